// The SQLCipher store's blobs (HubBlobs; docs/PROTOCOL.md §9): complete blobs (blobs and their
// chunks, owner ''), uploads per device (blob_uploads and the chunks it owns), and what the
// feed's blob_refs say of them. Facts only: HubBlobRules decides.
#include "server/sqlcipher/SqlHubStore.h"

#include <QDateTime>

namespace liaison {

std::optional<HubBlobs::StoredBlob> SqlHubStore::storedBlob(const QString &sha256) const
{
    auto &st = sql().cached("SELECT size, chunk_hashes, uploader FROM blobs WHERE sha256 = ?1");
    st.bind(1, sha256);
    std::optional<StoredBlob> out;
    if (st.step())
        out = StoredBlob {st.int64(0), st.blob(1), st.text(2)};
    st.reset();
    return out;
}

std::optional<QByteArray> SqlHubStore::blobChunk(const QString &sha256, int index) const
{
    auto &st = sql().cached(
        "SELECT data FROM blob_chunks WHERE sha256 = ?1 AND owner = '' AND idx = ?2");
    st.bind(1, sha256).bind(2, index);
    std::optional<QByteArray> data;
    if (st.step())
        data = st.blob(0);
    st.reset();
    return data;
}

std::optional<HubBlobs::Upload> SqlHubStore::upload(const QString &sha256,
                                                    const QString &device) const
{
    auto &st = sql().cached(
        "SELECT size, chunk_hashes FROM blob_uploads WHERE sha256 = ?1 AND device = ?2");
    st.bind(1, sha256).bind(2, device);
    std::optional<Upload> out;
    if (st.step())
        out = Upload {st.int64(0), st.blob(1)};
    st.reset();
    return out;
}

void SqlHubStore::startUpload(const QString &sha256, const QString &device, const Upload &upload,
                              const QDateTime &now)
{
    m_db.cached("INSERT INTO blob_uploads(sha256, device, size, chunk_hashes, started_at) "
                "VALUES (?1, ?2, ?3, ?4, ?5)")
        .bind(1, sha256)
        .bind(2, device)
        .bind(3, std::int64_t(upload.size))
        .bind(4, upload.chunkHashes)
        .bind(5, std::int64_t(now.toSecsSinceEpoch()))
        .exec();
}

void SqlHubStore::dropUpload(const QString &sha256, const QString &device)
{
    m_db.cached("DELETE FROM blob_chunks WHERE sha256 = ?1 AND owner = ?2")
        .bind(1, sha256)
        .bind(2, device)
        .exec();
    m_db.cached("DELETE FROM blob_uploads WHERE sha256 = ?1 AND device = ?2")
        .bind(1, sha256)
        .bind(2, device)
        .exec();
}

void SqlHubStore::putUploadChunk(const QString &sha256, const QString &device, int index,
                                 const QByteArray &data)
{
    m_db.cached("INSERT OR REPLACE INTO blob_chunks(sha256, owner, idx, data) "
                "VALUES (?1, ?2, ?3, ?4)")
        .bind(1, sha256)
        .bind(2, device)
        .bind(3, index)
        .bind(4, data)
        .exec();
}

QList<int> SqlHubStore::uploadedChunks(const QString &sha256, const QString &device) const
{
    auto &st
        = sql().cached("SELECT idx FROM blob_chunks WHERE sha256 = ?1 AND owner = ?2 ORDER BY idx");
    st.bind(1, sha256).bind(2, device);
    QList<int> out;
    while (st.step())
        out << int(st.int64(0));
    st.reset();
    return out;
}

void SqlHubStore::readUpload(const QString &sha256, const QString &device,
                             const std::function<void(const QByteArray &)> &chunk) const
{
    auto &st = sql().cached(
        "SELECT data FROM blob_chunks WHERE sha256 = ?1 AND owner = ?2 ORDER BY idx");
    st.bind(1, sha256).bind(2, device);
    while (st.step())
        chunk(st.blob(0));
    st.reset();
}

void SqlHubStore::completeUpload(const QString &sha256, const QString &device, const QDateTime &now)
{
    m_db.cached("INSERT INTO blobs(sha256, size, chunk_hashes, uploader, completed_at) "
                "SELECT sha256, size, chunk_hashes, device, ?3 FROM blob_uploads "
                "WHERE sha256 = ?1 AND device = ?2")
        .bind(1, sha256)
        .bind(2, device)
        .bind(3, std::int64_t(now.toSecsSinceEpoch()))
        .exec();
    m_db.cached("UPDATE blob_chunks SET owner = '' WHERE sha256 = ?1 AND owner = ?2")
        .bind(1, sha256)
        .bind(2, device)
        .exec();
    dropUpload(sha256, device); // its chunks are the blob's now
}

qint64 SqlHubStore::deviceBytes(const QString &device, const QString &except) const
{
    auto &st = sql().cached(
        "SELECT (SELECT coalesce(sum(size), 0) FROM blob_uploads WHERE device = ?1 AND "
        "sha256 <> ?2) + (SELECT coalesce(sum(size), 0) FROM blobs b WHERE uploader = ?1 AND "
        "sha256 <> ?2 AND NOT EXISTS (SELECT 1 FROM blob_refs r WHERE r.sha256 = b.sha256))");
    st.bind(1, device).bind(2, except);
    const qint64 bytes = st.step() ? st.int64(0) : 0;
    st.reset();
    return bytes;
}

int SqlHubStore::removeStale(const QDateTime &before)
{
    m_db.cached("DELETE FROM blob_uploads WHERE started_at < ?1")
        .bind(1, std::int64_t(before.toSecsSinceEpoch()))
        .exec();
    int removed = m_db.changes();
    m_db.cached("DELETE FROM blobs WHERE completed_at < ?1 AND NOT EXISTS (SELECT 1 FROM "
                "blob_refs r WHERE r.sha256 = blobs.sha256)")
        .bind(1, std::int64_t(before.toSecsSinceEpoch()))
        .exec();
    removed += m_db.changes();
    m_db.exec("DELETE FROM blob_chunks WHERE CASE WHEN owner = '' THEN NOT EXISTS (SELECT 1 FROM "
              "blobs b WHERE b.sha256 = blob_chunks.sha256) ELSE NOT EXISTS (SELECT 1 FROM "
              "blob_uploads u WHERE u.sha256 = blob_chunks.sha256 AND u.device = "
              "blob_chunks.owner) END");
    return removed;
}

qint64 SqlHubStore::blobBytesStored() const
{
    return sql().scalarInt("SELECT coalesce(sum(length(data)), 0) FROM blob_chunks");
}

} // namespace liaison
