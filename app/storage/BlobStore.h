#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <stdexcept>

class QIODevice;

namespace liaison {

class Database;

// A file the store cannot take or give back; what() is for logs, kind() for the user's message.
class BlobError : public std::runtime_error
{
public:
    enum class Kind {
        Unreadable, // the file cannot be read
        TooLarge, // above the hub's limit
        NotHere, // not (completely) in this profile
        Corrupt, // bytes that do not match their hash
        WriteFailed // the destination cannot be written
    };
    BlobError(Kind kind, const std::string &what)
        : std::runtime_error(what)
        , m_kind(kind)
    { }
    Kind kind() const { return m_kind; }

private:
    Kind m_kind;
};

struct BlobInfo
{
    QString sha256;
    qint64 size = 0;
    QByteArray chunkHashes; // 32 bytes per chunk
    bool complete = false;
    bool upload = false; // still to be sent to the hub
};

// The profile's content-addressed file store (docs/STORAGE.md, schema 7): chunks of 256 KiB in
// the encrypted database, each checked against its SHA-256 and the whole against the blob's.
// Reads and writes go chunk by chunk: a file is never held whole in memory.
class BlobStore
{
public:
    explicit BlobStore(Database &db);

    // The hub's file size limit, from its hello (blob::kDefaultMaxBytes until known).
    static qint64 hubMaxBytes(Database &db);
    static void saveHubMaxBytes(Database &db, qint64 bytes);

    // Reads a file into the store, marked for upload (in the caller's transaction if there is
    // one, else in its own). Throws BlobError (Unreadable, TooLarge).
    BlobInfo importFile(const QString &path, qint64 maxBytes);
    // The same from an open device (a pasted image held in a QBuffer).
    BlobInfo importDevice(QIODevice &in, qint64 maxBytes);

    std::optional<BlobInfo> info(const QString &sha256) const;
    bool isComplete(const QString &sha256) const;
    QByteArray chunk(const QString &sha256, int index) const;
    // Writes the blob to path atomically (QSaveFile, owner read/write only), checking every
    // chunk and the whole hash on the way. Throws BlobError (NotHere, Corrupt, WriteFailed).
    void saveTo(const QString &sha256, const QString &path) const;
    QByteArray readAll(const QString &sha256) const; // small blobs and tests

    // Download side: the blob is expected (its chunk hashes from the hub); chunks arrive in any
    // order and survive a restart. storeChunk refuses (false) a chunk that fails its hash.
    // finishDownload checks the whole hash: true when complete, false when it failed (the
    // chunks are dropped, the download starts again).
    void expect(const QString &sha256, qint64 size, const QByteArray &chunkHashes);
    bool storeChunk(const QString &sha256, int index, const QByteArray &data);
    QList<int> missingChunks(const QString &sha256) const;
    bool finishDownload(const QString &sha256);

    QStringList pendingUploads() const;
    void markUploaded(const QString &sha256);
    // A file taken back before it reached the hub (a cancelled attachment): no longer sent;
    // its bytes go too when no record of this profile (attachment, evidence) names it.
    void dropUpload(const QString &sha256);

private:
    BlobInfo insertImported(const QString &sha256, qint64 size, const QByteArray &hashes);
    Database &m_db;
};

} // namespace liaison
