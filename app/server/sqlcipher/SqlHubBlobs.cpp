// The SQLCipher store's blobs (HubBlobs; docs/PROTOCOL.md §9): uploads per device, checked
// chunk by chunk and as a whole, served only to devices that may receive a record referring to
// them (blob_refs, written by HubRules through the feed).
#include "server/sqlcipher/SqlHubStore.h"

#include "core/Logging.h"
#include "domain/Schema.h"
#include "sync/Blob.h"
#include "sync/Protocol.h"

#include <QDateTime>

namespace liaison {

bool SqlHubStore::mayFetch(const HubDevice &device, const QString &sha256) const
{
    // The rule of opsAfter, for the feed entries of the ops that named the blob.
    auto &st = sql().cached(
        "SELECT 1 FROM blob_refs r JOIN feed f ON f.op_seq = r.op_seq WHERE r.sha256 = ?1 AND "
        "CASE WHEN f.analyst IS NOT NULL THEN f.analyst = ?3 "
        "ELSE ((f.visible_to IS NULL OR f.visible_to = ?2) "
        "AND (f.hidden_from IS NULL OR f.hidden_from <> ?2)) OR (f.audience IS NOT NULL AND "
        "EXISTS (SELECT 1 FROM memberships m WHERE m.root = f.audience AND m.analyst = ?3 AND "
        "m.from_seq <= f.hub_seq AND (m.until_seq IS NULL OR m.until_seq >= f.hub_seq))) END "
        "LIMIT 1");
    st.bind(1, sha256).bind(2, device.centre).bind(3, device.analystId);
    const bool may = st.step();
    st.reset();
    return may;
}

void SqlHubStore::dropUpload(const QString &sha256, const QString &deviceId)
{
    m_db.cached("DELETE FROM blob_chunks WHERE sha256 = ?1 AND owner = ?2")
        .bind(1, sha256)
        .bind(2, deviceId)
        .exec();
    m_db.cached("DELETE FROM blob_uploads WHERE sha256 = ?1 AND device = ?2")
        .bind(1, sha256)
        .bind(2, deviceId)
        .exec();
}

qint64 SqlHubStore::deviceBlobBytes(const QString &deviceId, const QString &except) const
{
    auto &st = sql().cached(
        "SELECT (SELECT coalesce(sum(size), 0) FROM blob_uploads WHERE device = ?1 AND "
        "sha256 <> ?2) + (SELECT coalesce(sum(size), 0) FROM blobs b WHERE uploader = ?1 AND "
        "sha256 <> ?2 AND NOT EXISTS (SELECT 1 FROM blob_refs r WHERE r.sha256 = b.sha256))");
    st.bind(1, deviceId).bind(2, except);
    const qint64 bytes = st.step() ? st.int64(0) : 0;
    st.reset();
    return bytes;
}

SqlHubStore::BlobAnswer SqlHubStore::putBlob(const HubDevice &device, const QString &sha256,
                                             qint64 size, const QByteArray &chunkHashes,
                                             const QDateTime &now)
{
    if (!blob::isSha256Hex(sha256) || size < 0
        || chunkHashes.size() != qsizetype(blob::chunkCount(size)) * 32)
        throw HubError(HubError::Kind::InvalidInput,
                       "blob-put: sha256 is 64 lowercase hex, size >= 0, one chunk hash per "
                       "256 KiB");
    BlobAnswer answer;
    if (size > m_blobLimits.maxBlobBytes) {
        answer.refusal = QLatin1String(protocol::blob::TooLarge);
        return answer;
    }
    Transaction tx(m_db);
    // Already here: done, for a device that uploaded it or may fetch it. Anyone else uploads
    // it again (the bytes are checked and dropped): the hub never tells a device which files
    // it holds.
    auto &done = m_db.cached("SELECT uploader FROM blobs WHERE sha256 = ?1");
    done.bind(1, sha256);
    const bool have = done.step();
    const QString uploader = have ? done.text(0) : QString();
    done.reset();
    if (have && (uploader == device.id || mayFetch(device, sha256))) {
        answer.complete = true;
        tx.commit();
        return answer;
    }
    auto &upload
        = m_db.cached("SELECT chunk_hashes FROM blob_uploads WHERE sha256 = ?1 AND device = ?2");
    upload.bind(1, sha256).bind(2, device.id);
    const bool started = upload.step();
    const bool sameList = started && upload.blob(0) == chunkHashes;
    upload.reset();
    if (started && !sameList) {
        dropUpload(sha256, device.id);
    }
    if (!sameList) {
        if (deviceBlobBytes(device.id, sha256) + size > m_blobLimits.deviceQuotaBytes) {
            answer.refusal = QLatin1String(protocol::blob::Quota);
            tx.commit();
            return answer;
        }
        m_db.cached("INSERT INTO blob_uploads(sha256, device, size, chunk_hashes, started_at) "
                    "VALUES (?1, ?2, ?3, ?4, ?5)")
            .bind(1, sha256)
            .bind(2, device.id)
            .bind(3, std::int64_t(size))
            .bind(4, chunkHashes)
            .bind(5, std::int64_t(now.toSecsSinceEpoch()))
            .exec();
    }
    auto &chunks
        = m_db.cached("SELECT idx FROM blob_chunks WHERE sha256 = ?1 AND owner = ?2 ORDER BY idx");
    chunks.bind(1, sha256).bind(2, device.id);
    while (chunks.step())
        answer.have << int(chunks.int64(0));
    chunks.reset();
    tx.commit();
    if (blob::chunkCount(size) == 0) // an empty file: nothing to send, check it now
        return putBlobChunk(device, sha256, -1, {}, now);
    return answer;
}

SqlHubStore::BlobAnswer SqlHubStore::putBlobChunk(const HubDevice &device, const QString &sha256,
                                                  int index, const QByteArray &data,
                                                  const QDateTime &now)
{
    BlobAnswer answer;
    Transaction tx(m_db);
    auto &upload = m_db.cached(
        "SELECT size, chunk_hashes FROM blob_uploads WHERE sha256 = ?1 AND device = ?2");
    upload.bind(1, sha256).bind(2, device.id);
    if (!upload.step()) {
        upload.reset();
        answer.refusal = QLatin1String(protocol::blob::NoUpload);
        return answer;
    }
    const qint64 size = upload.int64(0);
    const QByteArray hashes = upload.blob(1);
    upload.reset();
    const int count = blob::chunkCount(size);
    if (index >= 0) {
        if (index >= count || data.size() != blob::chunkSize(size, index)
            || blob::sha256(data) != hashes.mid(qsizetype(index) * 32, 32)) {
            answer.refusal = QLatin1String(protocol::blob::Corrupt);
            return answer;
        }
        m_db.cached("INSERT OR REPLACE INTO blob_chunks(sha256, owner, idx, data) "
                    "VALUES (?1, ?2, ?3, ?4)")
            .bind(1, sha256)
            .bind(2, device.id)
            .bind(3, index)
            .bind(4, data)
            .exec();
    }
    auto &counted
        = m_db.cached("SELECT count(*) FROM blob_chunks WHERE sha256 = ?1 AND owner = ?2");
    counted.bind(1, sha256).bind(2, device.id);
    const qint64 received = counted.step() ? counted.int64(0) : 0;
    counted.reset();
    if (received < count) {
        tx.commit();
        return answer;
    }
    // Every chunk is here: the whole must match its name, read back chunk by chunk.
    blob::Sha256 whole;
    auto &read
        = m_db.cached("SELECT data FROM blob_chunks WHERE sha256 = ?1 AND owner = ?2 ORDER BY idx");
    read.bind(1, sha256).bind(2, device.id);
    while (read.step())
        whole.add(read.blob(0));
    read.reset();
    const bool matches = QString::fromLatin1(whole.finish().toHex()) == sha256;
    auto &exists = m_db.cached("SELECT 1 FROM blobs WHERE sha256 = ?1");
    exists.bind(1, sha256);
    const bool already = exists.step();
    exists.reset();
    if (matches && !already) {
        m_db.cached("INSERT INTO blobs(sha256, size, chunk_hashes, uploader, completed_at) "
                    "VALUES (?1, ?2, ?3, ?4, ?5)")
            .bind(1, sha256)
            .bind(2, std::int64_t(size))
            .bind(3, hashes)
            .bind(4, device.id)
            .bind(5, std::int64_t(now.toSecsSinceEpoch()))
            .exec();
        m_db.cached("UPDATE blob_chunks SET owner = '' WHERE sha256 = ?1 AND owner = ?2")
            .bind(1, sha256)
            .bind(2, device.id)
            .exec();
    }
    dropUpload(sha256, device.id); // its chunks: moved to the blob above, or dropped
    tx.commit();
    if (!matches) {
        qCWarning(lcSync) << "device" << device.id << "uploaded a blob that fails its hash";
        answer.refusal = QLatin1String(protocol::blob::HashMismatch);
        return answer;
    }
    answer.complete = true;
    return answer;
}

std::optional<SqlHubStore::BlobMeta> SqlHubStore::blobFor(const HubDevice &device,
                                                          const QString &sha256) const
{
    if (!blob::isSha256Hex(sha256) || device.revoked || !mayFetch(device, sha256))
        return std::nullopt;
    auto &st = sql().cached("SELECT size, chunk_hashes FROM blobs WHERE sha256 = ?1");
    st.bind(1, sha256);
    std::optional<BlobMeta> meta;
    if (st.step())
        meta = BlobMeta {st.int64(0), st.blob(1)};
    st.reset();
    return meta;
}

std::optional<QByteArray> SqlHubStore::blobChunkFor(const HubDevice &device, const QString &sha256,
                                                    int index) const
{
    if (!blobFor(device, sha256))
        return std::nullopt;
    auto &st = sql().cached(
        "SELECT data FROM blob_chunks WHERE sha256 = ?1 AND owner = '' AND idx = ?2");
    st.bind(1, sha256).bind(2, index);
    std::optional<QByteArray> data;
    if (st.step())
        data = st.blob(0);
    st.reset();
    return data;
}

int SqlHubStore::collectBlobs(const QDateTime &now)
{
    const qint64 before = now.toSecsSinceEpoch() - m_blobLimits.unreferencedTtlSecs;
    Transaction tx(m_db);
    m_db.cached("DELETE FROM blob_uploads WHERE started_at < ?1")
        .bind(1, std::int64_t(before))
        .exec();
    int removed = m_db.changes();
    m_db.cached("DELETE FROM blobs WHERE completed_at < ?1 AND NOT EXISTS (SELECT 1 FROM "
                "blob_refs r WHERE r.sha256 = blobs.sha256)")
        .bind(1, std::int64_t(before))
        .exec();
    removed += m_db.changes();
    m_db.exec("DELETE FROM blob_chunks WHERE CASE WHEN owner = '' THEN NOT EXISTS (SELECT 1 FROM "
              "blobs b WHERE b.sha256 = blob_chunks.sha256) ELSE NOT EXISTS (SELECT 1 FROM "
              "blob_uploads u WHERE u.sha256 = blob_chunks.sha256 AND u.device = "
              "blob_chunks.owner) END");
    tx.commit();
    if (removed)
        qCInfo(lcSync) << "removed" << removed << "unreferenced or unfinished blobs";
    return removed;
}

qint64 SqlHubStore::blobBytesStored() const
{
    return sql().scalarInt("SELECT coalesce(sum(length(data)), 0) FROM blob_chunks");
}

} // namespace liaison
