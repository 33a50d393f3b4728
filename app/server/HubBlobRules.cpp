#include "server/HubBlobRules.h"

#include "core/Logging.h"
#include "sync/Blob.h"
#include "sync/Protocol.h"

namespace liaison {

HubBlobRules::HubBlobRules(HubBlobs &blobs, const HubFeed &feed)
    : m_blobs(blobs)
    , m_feed(feed)
{ }

bool HubBlobRules::mayFetch(const HubDevice &device, const QString &sha256) const
{
    // The feed's one rule, FeedEntry::isVisibleTo (its pages select by it too, in the backend's
    // query for speed): a device may fetch a blob when it may receive one of the entries of
    // the ops that named it (as written, republished on a share, sent to a new member), with
    // the audience's members as they were at that entry.
    for (FeedEntry entry : m_feed.entriesNamingBlob(sha256)) {
        if (!entry.audience.isEmpty())
            entry.members = m_feed.membersAt(entry.audience, entry.hubSeq);
        if (entry.isVisibleTo(device.centre, device.analystId))
            return true;
    }
    return false;
}

HubBlobRules::BlobAnswer HubBlobRules::putBlob(const HubDevice &device, const QString &sha256,
                                               qint64 size, const QByteArray &chunkHashes,
                                               const QDateTime &now)
{
    if (!blob::isSha256Hex(sha256) || size < 0
        || chunkHashes.size() != qsizetype(blob::chunkCount(size)) * 32)
        throw HubError(HubError::Kind::InvalidInput,
                       "blob-put: sha256 is 64 lowercase hex, size >= 0, one chunk hash per "
                       "256 KiB");
    BlobAnswer answer;
    if (size > m_blobs.blobLimits().maxBlobBytes) {
        answer.refusal = QLatin1String(protocol::blob::TooLarge);
        return answer;
    }
    m_blobs.transaction([&] { answer = startOrResume(device, sha256, size, chunkHashes, now); });
    if (answer.refusal.isEmpty() && !answer.complete && blob::chunkCount(size) == 0)
        return putBlobChunk(device, sha256, -1, {}, now); // an empty file: nothing to send
    return answer;
}

HubBlobRules::BlobAnswer HubBlobRules::startOrResume(const HubDevice &device, const QString &sha256,
                                                     qint64 size, const QByteArray &chunkHashes,
                                                     const QDateTime &now)
{
    BlobAnswer answer;
    // Already here: done, for a device that uploaded it or may fetch it. Anyone else uploads
    // it again (the bytes are checked and dropped): the hub never tells a device which files
    // it holds.
    if (const auto stored = m_blobs.storedBlob(sha256);
        stored && (stored->uploader == device.id || mayFetch(device, sha256))) {
        answer.complete = true;
        return answer;
    }
    const auto started = m_blobs.upload(sha256, device.id);
    const bool sameList = started && started->chunkHashes == chunkHashes;
    if (started && !sameList)
        m_blobs.dropUpload(sha256, device.id); // another chunk list: start again
    if (!sameList) {
        if (m_blobs.deviceBytes(device.id, sha256) + size > m_blobs.blobLimits().deviceQuotaBytes) {
            answer.refusal = QLatin1String(protocol::blob::Quota);
            return answer;
        }
        m_blobs.startUpload(sha256, device.id, {size, chunkHashes}, now);
    }
    answer.have = m_blobs.uploadedChunks(sha256, device.id);
    return answer;
}

HubBlobRules::BlobAnswer HubBlobRules::putBlobChunk(const HubDevice &device, const QString &sha256,
                                                    int index, const QByteArray &data,
                                                    const QDateTime &now)
{
    BlobAnswer answer;
    std::optional<bool> matches; // set once every chunk is here
    m_blobs.transaction([&] {
        const auto upload = m_blobs.upload(sha256, device.id);
        if (!upload) {
            answer.refusal = QLatin1String(protocol::blob::NoUpload);
            return;
        }
        const int count = blob::chunkCount(upload->size);
        if (index >= 0) {
            if (index >= count || data.size() != blob::chunkSize(upload->size, index)
                || blob::sha256(data) != upload->chunkHashes.mid(qsizetype(index) * 32, 32)) {
                answer.refusal = QLatin1String(protocol::blob::Corrupt);
                return;
            }
            m_blobs.putUploadChunk(sha256, device.id, index, data);
        }
        if (m_blobs.uploadedChunks(sha256, device.id).size() < count)
            return;
        // Every chunk is here: the whole must match its name, read back chunk by chunk.
        blob::Sha256 whole;
        m_blobs.readUpload(sha256, device.id, [&](const QByteArray &chunk) { whole.add(chunk); });
        matches = QString::fromLatin1(whole.finish().toHex()) == sha256;
        if (*matches && !m_blobs.storedBlob(sha256))
            m_blobs.completeUpload(sha256, device.id, now);
        else
            m_blobs.dropUpload(sha256, device.id); // a lie, or bytes the hub already holds
    });
    if (!answer.refusal.isEmpty() || !matches)
        return answer;
    if (!*matches) {
        qCWarning(lcSync) << "device" << device.id << "uploaded a blob that fails its hash";
        answer.refusal = QLatin1String(protocol::blob::HashMismatch);
        return answer;
    }
    answer.complete = true;
    return answer;
}

std::optional<HubBlobRules::BlobMeta> HubBlobRules::blobFor(const HubDevice &device,
                                                            const QString &sha256) const
{
    if (!blob::isSha256Hex(sha256) || device.revoked || !mayFetch(device, sha256))
        return std::nullopt;
    const auto stored = m_blobs.storedBlob(sha256);
    if (!stored)
        return std::nullopt;
    return BlobMeta {stored->size, stored->chunkHashes};
}

std::optional<QByteArray> HubBlobRules::blobChunkFor(const HubDevice &device, const QString &sha256,
                                                     int index) const
{
    if (!blobFor(device, sha256))
        return std::nullopt;
    return m_blobs.blobChunk(sha256, index);
}

} // namespace liaison
