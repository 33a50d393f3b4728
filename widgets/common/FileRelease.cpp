#include "widgets/common/FileRelease.h"

#include "widgets/common/DialogSupport.h"

#include "core/PlatformSecurity.h"
#include "domain/Enums.h"
#include "storage/BlobStore.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QUrl>
#include <QUuid>

namespace liaison {

namespace {

// The translation context of these sentences.
class FileRelease
{
    Q_DECLARE_TR_FUNCTIONS(FileRelease)
};

std::function<bool(const QString &)> &opener()
{
    static std::function<bool(const QString &)> open
        = [](const QString &path) { return QDesktopServices::openUrl(QUrl::fromLocalFile(path)); };
    return open;
}

} // namespace

void setFileOpenerForTesting(std::function<bool(const QString &)> open)
{
    opener() = open ? std::move(open) : [](const QString &path) {
        return QDesktopServices::openUrl(QUrl::fromLocalFile(path));
    };
}

bool confirmFileRelease(QWidget *parent, const QString &name, const QString &tlpKey, bool open,
                        FileOrigin origin)
{
    Tlp tlp = Tlp::Red;
    parseTlp(tlpKey, &tlp);
    const bool restricted = tlpNeedsReleaseConfirmation(tlp);
    const bool incident = origin == FileOrigin::Incident;
    if (open) {
        QString text;
        if (incident && restricted)
            //: %1 file name, %2 its TLP label (TLP:AMBER…)
            text = FileRelease::tr(
                       "Liaison will hand %1 to the program your system uses for this kind of "
                       "file. It belongs to a %2 incident, and files kept as evidence can be "
                       "harmful: open it only where that is safe. The release is recorded in the "
                       "incident's timeline. Open it?")
                       .arg(name, tlpLabel(tlp));
        else if (incident)
            //: %1 file name
            text = FileRelease::tr(
                       "Liaison will hand %1 to the program your system uses for this kind of "
                       "file. Files kept as evidence can be harmful: open it only where that is "
                       "safe. Open it?")
                       .arg(name);
        else
            //: %1 file name, %2 the channel's TLP label (TLP:AMBER…)
            text = FileRelease::tr(
                       "Liaison will hand %1 to the program your system uses for this kind of "
                       "file. It was sent in a %2 channel, and files shared in incident chat can "
                       "be harmful: open it only where that is safe. Open it?")
                       .arg(name, tlpLabel(tlp));
        return askYesNo(parent, FileRelease::tr("Open in another program?"), text);
    }
    if (!restricted)
        return true;
    return askYesNo(
        parent, FileRelease::tr("Save a restricted file?"),
        incident
            //: %1 file name, %2 its TLP label (TLP:AMBER…)
            ? FileRelease::tr("%1 belongs to a %2 incident. Saving it takes it out of Liaison; "
                              "the release is recorded in the incident's timeline. Save it?")
                  .arg(name, tlpLabel(tlp))
            //: %1 file name, %2 the channel's TLP label (TLP:AMBER…)
            : FileRelease::tr("%1 was sent in a %2 channel. Saving it takes it out of Liaison: "
                              "share it only as the marking allows. Save it?")
                  .arg(name, tlpLabel(tlp)));
}

bool openPrivateCopy(const QString &name, const std::function<void(const QString &)> &write,
                     QString *message)
{
    // A folder of this user's only, so that no one else reads the copy handed over.
    const QString dir = QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation))
                            .filePath(QStringLiteral("liaison-open-")
                                      + QUuid::createUuid().toString(QUuid::Id128).left(12));
    QString error;
    if (!QDir().mkpath(dir) || !restrictToOwner(dir, &error)) {
        *message = FileRelease::tr("Not opened: no private folder could be made for the copy.");
        return false;
    }
    const QString path = QDir(dir).filePath(QFileInfo(name).fileName());
    try {
        write(path);
    } catch (const BlobError &e) {
        *message = fileWriteFailure(e, name, path);
        return false;
    } catch (const std::exception &) {
        *message = FileRelease::tr("Not saved: the release could not be recorded.");
        return false;
    }
    if (!opener()(path)) {
        *message = FileRelease::tr("No program on this system opens %1.").arg(name);
        return false;
    }
    *message = FileRelease::tr("Opened %1.").arg(name);
    return true;
}

QString fileWriteFailure(const BlobError &error, const QString &name, const QString &path)
{
    if (error.kind() == BlobError::Kind::Corrupt)
        return FileRelease::tr(
                   "Not saved: the copy of %1 in this profile does not match its SHA-256.")
            .arg(name);
    if (error.kind() == BlobError::Kind::NotHere)
        return FileRelease::tr("Not saved: %1 is not on this computer yet.").arg(name);
    //: %1 file name, %2 the place it was to be written
    return FileRelease::tr("Not saved: %1 could not be written to %2.")
        .arg(name, QDir::toNativeSeparators(path));
}

QString fileTransferFailure(const QString &code, bool upload)
{
    if (upload) {
        if (code == QLatin1String("blob-too-large"))
            return FileRelease::tr("The hub refused a file: it is larger than the hub accepts.");
        if (code == QLatin1String("blob-quota"))
            return FileRelease::tr(
                "The hub refused a file: this device has too many files waiting at the "
                "hub. It is sent again when Liaison starts.");
        return FileRelease::tr("The hub refused a file; it stays on this computer.");
    }
    if (code == QLatin1String("blob-not-found"))
        return FileRelease::tr(
            "The hub does not have this file: the analyst who added it may not have been "
            "connected since, or it is not shared with you.");
    return FileRelease::tr(
        "What arrived from the hub did not match the file's SHA-256; nothing was kept.");
}

} // namespace liaison
