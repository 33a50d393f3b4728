#include "core/FileUtil.h"

#include "core/PlatformSecurity.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

#include <filesystem>
#include <system_error>

namespace liaison {

bool writeFileAtomically(const QString &path, const QByteArray &data, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

bool makePrivate(const QString &dir)
{
#ifdef Q_OS_UNIX
    constexpr auto kOthers = QFileDevice::ReadGroup | QFileDevice::WriteGroup
        | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther
        | QFileDevice::ExeOther;
    bool tightened = false;
    const auto folderPerms = QFile::permissions(dir);
    if (folderPerms & kOthers) {
        tightened = true;
        QFile::setPermissions(dir,
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                  | QFileDevice::ExeOwner | QFileDevice::ReadUser
                                  | QFileDevice::WriteUser | QFileDevice::ExeUser);
    }
    const QFileInfoList files
        = QDir(dir).entryInfoList(QDir::Files | QDir::Hidden | QDir::System | QDir::NoSymLinks);
    for (const QFileInfo &file : files) {
        if (file.permissions() & kOthers) {
            tightened = true;
            QFile::setPermissions(file.absoluteFilePath(),
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                      | QFileDevice::ReadUser | QFileDevice::WriteUser);
        }
    }
    return tightened;
#else
    // Windows: an explicit owner-only DACL on the folder, inherited by its files (the ACL of
    // the per-user application data folder would let administrators' tools and backups in).
    restrictToOwner(dir);
    return false;
#endif
}

void restrictNewFilesToOwner()
{
#ifdef Q_OS_UNIX
    ::umask(077);
#endif
}

bool replaceFile(const QString &from, const QString &to, QString *error)
{
    std::error_code ec;
    std::filesystem::rename(std::filesystem::path(from.toStdU16String()),
                            std::filesystem::path(to.toStdU16String()), ec);
    if (ec && error)
        *error = QString::fromStdString(ec.message());
    return !ec;
}

} // namespace liaison
