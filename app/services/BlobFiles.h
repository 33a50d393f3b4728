#pragma once

#include "storage/BlobStore.h"
#include "sync/Op.h"

#include <QByteArray>
#include <QString>

namespace liaison {

class Database;

// What evidence on incidents and attachments of messages share (docs/PROTOCOL.md §9.4): a
// file read into the profile's encrypted blob store within the hub's limit, the fields of the
// record that names it, and the way out (written atomically, owner-only, its hash checked
// again on the way).
namespace blobfiles {

struct StoredFile
{
    QString name; // as shown: the file's name unless another was given, simplified
    QString mediaType;
    BlobInfo blob;
};

// The hub's file size limit (from its last hello; 25 MiB until known).
qint64 limit(Database &db);
// Whether a file may be taken, before anything is read or stored: ValidationError "file" /
// "unreadable" or "too-large".
void checkFile(Database &db, const QString &path);
// Reads a file into the store (marked for upload). Refused (ValidationError) for "name" /
// "empty-name" or "too-long", "file" / "unreadable" or "too-large"; nothing is stored then.
StoredFile storeFile(Database &db, const QString &path, const QString &name = {});
// The same for bytes held in memory (a pasted image), named `name`.
StoredFile storeData(Database &db, const QByteArray &data, const QString &name);
// The fields of the record that names the blob: its parent, name, type, size and SHA-256.
Fields recordFields(const QString &parentField, const QString &parentId, const StoredFile &file);
// Writes the blob to path (BlobStore::saveTo). Throws BlobError (NotHere, Corrupt, WriteFailed).
void writeOut(Database &db, const QString &sha256, const QString &path);

} // namespace blobfiles
} // namespace liaison
