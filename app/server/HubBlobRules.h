#pragma once

#include "server/HubBlobs.h"
#include "server/HubDirectory.h"
#include "server/HubFeed.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace liaison {

// The hub's rules for files (docs/PROTOCOL.md §9) in one place, over the blob and feed
// interfaces, no SQL: the file size limit, the per-device quota, each chunk checked against
// its hash and the whole against its name, no oracle (a device learns that the hub already
// holds a file only if it uploaded it or may fetch it), and who may fetch (a device that may
// receive a record naming the blob, by the feed's own rule). Each call is one transaction of
// the blob store. Another backend implements HubBlobs and HubFeed, nothing of this.
class HubBlobRules
{
public:
    HubBlobRules(HubBlobs &blobs, const HubFeed &feed);

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
    BlobAnswer putBlob(const HubDevice &device, const QString &sha256, qint64 size,
                       const QByteArray &chunkHashes,
                       const QDateTime &now = QDateTime::currentDateTimeUtc());
    BlobAnswer putBlobChunk(const HubDevice &device, const QString &sha256, int index,
                            const QByteArray &data,
                            const QDateTime &now = QDateTime::currentDateTimeUtc());
    struct BlobMeta
    {
        qint64 size = 0;
        QByteArray chunkHashes;
    };
    // A complete blob that a record the device may receive refers to; nullopt otherwise (one
    // answer for "no such blob" and "not for you").
    std::optional<BlobMeta> blobFor(const HubDevice &device, const QString &sha256) const;
    std::optional<QByteArray> blobChunkFor(const HubDevice &device, const QString &sha256,
                                           int index) const;
    // Whether the device may receive one of the feed entries of the ops that named the blob
    // (FeedEntry::isVisibleTo, the rule of the feed's pages).
    bool mayFetch(const HubDevice &device, const QString &sha256) const;

private:
    // putBlob's work in its transaction; the caller checks an empty file at once.
    BlobAnswer startOrResume(const HubDevice &device, const QString &sha256, qint64 size,
                             const QByteArray &chunkHashes, const QDateTime &now);

    HubBlobs &m_blobs;
    const HubFeed &m_feed;
};

} // namespace liaison
