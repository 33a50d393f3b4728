#include "services/BlobFiles.h"

#include "domain/Schema.h"
#include "services/ServiceBase.h"

#include <QBuffer>
#include <QFileInfo>
#include <QMimeDatabase>

namespace liaison::blobfiles {

namespace {

QString checkedName(const QString &name)
{
    const QString shown = name.simplified();
    if (shown.isEmpty())
        throw ValidationError(QStringLiteral("name"), QStringLiteral("empty-name"));
    // Before the file is read in (the record keeps the name's first 255 characters).
    if (shown.size() > kMaxText)
        throw ValidationError(QStringLiteral("name"), QStringLiteral("too-long"));
    return shown;
}

[[noreturn]] void refuse(const BlobError &e)
{
    throw ValidationError(QStringLiteral("file"),
                          e.kind() == BlobError::Kind::TooLarge ? QStringLiteral("too-large")
                                                                : QStringLiteral("unreadable"));
}

} // namespace

qint64 limit(Database &db)
{
    return BlobStore::hubMaxBytes(db);
}

void checkFile(Database &db, const QString &path)
{
    const QFileInfo info(path);
    if (!info.isFile() || !info.isReadable())
        throw ValidationError(QStringLiteral("file"), QStringLiteral("unreadable"));
    if (info.size() > limit(db))
        throw ValidationError(QStringLiteral("file"), QStringLiteral("too-large"));
}

StoredFile storeFile(Database &db, const QString &path, const QString &name)
{
    const QFileInfo file(path);
    StoredFile out;
    out.name = checkedName(name.isEmpty() ? file.fileName() : name);
    checkFile(db, path);
    try {
        out.blob = BlobStore(db).importFile(path, limit(db));
    } catch (const BlobError &e) {
        refuse(e);
    }
    out.mediaType = QMimeDatabase().mimeTypeForFile(file).name();
    return out;
}

StoredFile storeData(Database &db, const QByteArray &data, const QString &name)
{
    StoredFile out;
    out.name = checkedName(name);
    if (data.size() > limit(db))
        throw ValidationError(QStringLiteral("file"), QStringLiteral("too-large"));
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    try {
        out.blob = BlobStore(db).importDevice(buffer, limit(db));
    } catch (const BlobError &e) {
        refuse(e);
    }
    out.mediaType = QMimeDatabase().mimeTypeForFileNameAndData(out.name, data).name();
    return out;
}

Fields recordFields(const QString &parentField, const QString &parentId, const StoredFile &file)
{
    return {{parentField, parentId},
            {QStringLiteral("name"), file.name.left(255)},
            {QStringLiteral("media_type"), file.mediaType},
            {QStringLiteral("size"), file.blob.size},
            {QStringLiteral("sha256"), file.blob.sha256},
            {QStringLiteral("deleted"), false}};
}

void writeOut(Database &db, const QString &sha256, const QString &path)
{
    BlobStore(db).saveTo(sha256, path);
}

} // namespace liaison::blobfiles
