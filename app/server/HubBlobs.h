#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace liaison {

// The hub's files (docs/PROTOCOL.md §9) as stored: complete blobs, uploads per device in
// chunks, and the bytes each device holds. A storage interface beside HubDirectory and HubFeed
// that decides nothing: HubBlobRules checks every upload and fetch (size limit, quota, chunk
// and whole hashes, who may learn that a blob is here, who may fetch it) and says what to
// write; the references that make a blob fetchable are the feed's (HubFeed::addBlobRef). The
// embedded default is the SQLCipher store. Writes run in the caller's transaction(); a failing
// disk throws StorageError.
class HubBlobs
{
public:
    virtual ~HubBlobs() = default;

    struct BlobLimits
    {
        qint64 maxBlobBytes = 25 * 1024 * 1024; // a file (`max_blob_bytes` in hello)
        // Bytes a device may hold at the hub in uploads not finished and in blobs it uploaded
        // that no record refers to yet.
        qint64 deviceQuotaBytes = 256 * 1024 * 1024;
        // Unfinished uploads and unreferenced blobs are removed after this long.
        qint64 unreferencedTtlSecs = 24 * 3600;
    };
    // The limits the rules apply (HubBlobRules, HubRules), the same for every backend: held
    // here, no backend implements them.
    void setBlobLimits(const BlobLimits &limits) { m_limits = limits; }
    const BlobLimits &blobLimits() const { return m_limits; }

    // Runs work in one transaction, as HubFeed::transaction (a backend that holds both runs
    // them as one: the feed's reads inside see the same state).
    virtual void transaction(const std::function<void()> &work) = 0;

    // Complete blobs: every chunk arrived and the whole matched its name.
    struct StoredBlob
    {
        qint64 size = 0;
        QByteArray chunkHashes; // 32 bytes per chunk, in order
        QString uploader; // the device whose upload completed it
    };
    virtual std::optional<StoredBlob> storedBlob(const QString &sha256) const = 0;
    virtual std::optional<QByteArray> blobChunk(const QString &sha256, int index) const = 0;

    // Uploads: one per blob and device, with the chunks that device sent so far.
    struct Upload
    {
        qint64 size = 0;
        QByteArray chunkHashes;
    };
    virtual std::optional<Upload> upload(const QString &sha256, const QString &device) const = 0;
    virtual void startUpload(const QString &sha256, const QString &device, const Upload &upload,
                             const QDateTime &now)
        = 0;
    // Removes the device's upload of sha256 and the chunks it sent.
    virtual void dropUpload(const QString &sha256, const QString &device) = 0;
    // Keeps a chunk of the device's upload (replacing one sent before at that index).
    virtual void putUploadChunk(const QString &sha256, const QString &device, int index,
                                const QByteArray &data)
        = 0;
    // The indexes of the chunks the device's upload holds, in order.
    virtual QList<int> uploadedChunks(const QString &sha256, const QString &device) const = 0;
    // Hands the chunks of the device's upload to chunk, in index order.
    virtual void readUpload(const QString &sha256, const QString &device,
                            const std::function<void(const QByteArray &)> &chunk) const = 0;
    // The device's upload becomes the complete blob sha256 (no blob of that name is stored
    // yet), its chunks with it; the upload is gone.
    virtual void completeUpload(const QString &sha256, const QString &device, const QDateTime &now)
        = 0;

    // Bytes the device holds: its unfinished uploads and the complete blobs it uploaded that
    // no record names (HubFeed::addBlobRef), leaving out those of the blob except.
    virtual qint64 deviceBytes(const QString &device, const QString &except) const = 0;

    // Removes uploads started before `before` and complete blobs finished before it that no
    // record names, with their chunks; returns how many uploads and blobs.
    virtual int removeStale(const QDateTime &before) = 0;
    // Bytes of blob chunks held (complete and unfinished), for tests and `liaison-hub status`.
    virtual qint64 blobBytesStored() const = 0;

    // What every backend does alike (HubBlobs.cpp).
    // Removes unfinished uploads and unreferenced blobs older than the TTL, in one transaction;
    // returns how many.
    int collectBlobs(const QDateTime &now = QDateTime::currentDateTimeUtc());

private:
    BlobLimits m_limits;
};

} // namespace liaison
