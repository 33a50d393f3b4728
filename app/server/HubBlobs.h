#pragma once

#include "server/HubDirectory.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace liaison {

// The hub's files (docs/PROTOCOL.md §9): uploads per device in chunks, checked chunk by chunk
// and as a whole, kept encrypted at rest with the store, served only to devices that may
// receive a record referring to them (the references are the feed's, written by HubRules when
// it accepts an attachment or an evidence op). A storage interface beside HubDirectory and
// HubFeed; the embedded default is the SQLCipher store. Each call is its own transaction.
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
    virtual void setBlobLimits(const BlobLimits &limits) = 0;
    virtual const BlobLimits &blobLimits() const = 0;

    // An answer to blob-put / blob-chunk: refusal is a blob-refused code (empty: none);
    // have lists the chunks the hub already holds from this device (resume).
    struct BlobAnswer
    {
        QString refusal;
        QList<int> have;
        bool complete = false;
    };
    // Starts (or resumes) an upload. Throws HubError(InvalidInput) when the chunk list does not
    // fit the size.
    virtual BlobAnswer putBlob(const HubDevice &device, const QString &sha256, qint64 size,
                               const QByteArray &chunkHashes,
                               const QDateTime &now = QDateTime::currentDateTimeUtc())
        = 0;
    virtual BlobAnswer putBlobChunk(const HubDevice &device, const QString &sha256, int index,
                                    const QByteArray &data,
                                    const QDateTime &now = QDateTime::currentDateTimeUtc())
        = 0;
    struct BlobMeta
    {
        qint64 size = 0;
        QByteArray chunkHashes;
    };
    // A complete blob that a record the device may receive refers to; nullopt otherwise (one
    // answer for "no such blob" and "not for you").
    virtual std::optional<BlobMeta> blobFor(const HubDevice &device,
                                            const QString &sha256) const = 0;
    virtual std::optional<QByteArray> blobChunkFor(const HubDevice &device, const QString &sha256,
                                                   int index) const = 0;
    // Removes unfinished uploads and unreferenced blobs older than the TTL; returns how many.
    virtual int collectBlobs(const QDateTime &now = QDateTime::currentDateTimeUtc()) = 0;
    // Bytes of blob chunks held (complete and unfinished), for tests and `liaison-hub status`.
    virtual qint64 blobBytesStored() const = 0;
};

} // namespace liaison
