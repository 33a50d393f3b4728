#include "storage/BlobStore.h"

#include "storage/Database.h"
#include "sync/Blob.h"

#include <sqlcipher/sqlite3.h> // never a plain SQLite header (cmake/SQLCipher.cmake)

#include <QDateTime>
#include <QFile>
#include <QRandomGenerator>
#include <QSaveFile>

#include <memory>

namespace liaison {

namespace {

// A transaction of its own unless the caller holds one.
std::unique_ptr<Transaction> ownTransaction(Database &db)
{
    if (sqlite3_get_autocommit(db.handle()) == 0)
        return nullptr;
    return std::make_unique<Transaction>(db);
}

} // namespace

BlobStore::BlobStore(Database &db)
    : m_db(db)
{ }

qint64 BlobStore::hubMaxBytes(Database &db)
{
    auto &st = db.cached("SELECT value FROM meta WHERE key = 'hub_max_blob_bytes'");
    const qint64 bytes = st.step() ? st.int64(0) : 0;
    st.reset();
    return bytes > 0 ? bytes : blob::kDefaultMaxBytes;
}

void BlobStore::saveHubMaxBytes(Database &db, qint64 bytes)
{
    if (bytes <= 0 || bytes == hubMaxBytes(db))
        return;
    db.cached("INSERT OR REPLACE INTO meta(key, value) VALUES ('hub_max_blob_bytes', ?1)")
        .bind(1, std::int64_t(bytes))
        .exec();
}

BlobInfo BlobStore::importFile(const QString &path, qint64 maxBytes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw BlobError(BlobError::Kind::Unreadable, file.errorString().toStdString());
    return importDevice(file, maxBytes);
}

BlobInfo BlobStore::importDevice(QIODevice &file, qint64 maxBytes)
{
    if (!file.isSequential() && file.size() > maxBytes)
        throw BlobError(BlobError::Kind::TooLarge, "file above the hub's limit");
    auto tx = ownTransaction(m_db);
    // Chunks go in under a temporary name until the whole hash is known.
    const QString temp
        = QStringLiteral("importing-%1").arg(QRandomGenerator::system()->generate64());
    blob::Sha256 whole;
    QByteArray hashes;
    qint64 size = 0;
    for (int index = 0;; ++index) {
        const QByteArray data = file.read(blob::kChunkBytes);
        if (data.isEmpty()) {
            const auto *device = qobject_cast<QFileDevice *>(&file);
            if (device && device->error() != QFileDevice::NoError)
                throw BlobError(BlobError::Kind::Unreadable, file.errorString().toStdString());
            break;
        }
        size += data.size();
        if (size > maxBytes)
            throw BlobError(BlobError::Kind::TooLarge, "file above the hub's limit");
        whole.add(data);
        hashes += blob::sha256(data);
        m_db.cached("INSERT INTO blob_chunks(sha256, idx, data) VALUES (?1, ?2, ?3)")
            .bind(1, temp)
            .bind(2, index)
            .bind(3, data)
            .exec();
        if (data.size() < blob::kChunkBytes)
            break;
    }
    const QString sha = QString::fromLatin1(whole.finish().toHex());
    if (isComplete(sha)) {
        m_db.cached("DELETE FROM blob_chunks WHERE sha256 = ?1").bind(1, temp).exec();
    } else {
        m_db.cached("DELETE FROM blob_chunks WHERE sha256 = ?1").bind(1, sha).exec();
        m_db.cached("UPDATE blob_chunks SET sha256 = ?2 WHERE sha256 = ?1")
            .bind(1, temp)
            .bind(2, sha)
            .exec();
    }
    BlobInfo info = insertImported(sha, size, hashes);
    if (tx)
        tx->commit();
    return info;
}

BlobInfo BlobStore::insertImported(const QString &sha256, qint64 size, const QByteArray &hashes)
{
    if (auto existing = info(sha256); existing && existing->complete)
        return *existing; // already here (imported, or downloaded): nothing to send again
    m_db.cached("INSERT OR REPLACE INTO blobs(sha256, size, chunk_hashes, complete, upload, "
                "added_at) VALUES (?1, ?2, ?3, 1, 1, ?4)")
        .bind(1, sha256)
        .bind(2, std::int64_t(size))
        .bind(3, hashes)
        .bind(4, std::int64_t(QDateTime::currentSecsSinceEpoch()))
        .exec();
    return {sha256, size, hashes, true, true};
}

std::optional<BlobInfo> BlobStore::info(const QString &sha256) const
{
    auto &st
        = m_db.cached("SELECT size, chunk_hashes, complete, upload FROM blobs WHERE sha256 = ?1");
    st.bind(1, sha256);
    std::optional<BlobInfo> out;
    if (st.step())
        out = BlobInfo {sha256, st.int64(0), st.blob(1), st.int64(2) != 0, st.int64(3) != 0};
    st.reset();
    return out;
}

bool BlobStore::isComplete(const QString &sha256) const
{
    const auto i = info(sha256);
    return i && i->complete;
}

QByteArray BlobStore::chunk(const QString &sha256, int index) const
{
    auto &st = m_db.cached("SELECT data FROM blob_chunks WHERE sha256 = ?1 AND idx = ?2");
    st.bind(1, sha256).bind(2, index);
    QByteArray data;
    if (st.step())
        data = st.blob(0);
    st.reset();
    return data;
}

void BlobStore::saveTo(const QString &sha256, const QString &path) const
{
    const auto blobInfo = info(sha256);
    if (!blobInfo || !blobInfo->complete)
        throw BlobError(BlobError::Kind::NotHere, "blob not in this profile");
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        throw BlobError(BlobError::Kind::WriteFailed, out.errorString().toStdString());
    // The temporary file, hence the file once renamed: a released file is this user's only,
    // whatever the umask or the permissions of a file it replaces.
    out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    blob::Sha256 whole;
    const int count = blob::chunkCount(blobInfo->size);
    for (int i = 0; i < count; ++i) {
        const QByteArray data = chunk(sha256, i);
        if (data.size() != blob::chunkSize(blobInfo->size, i)
            || blob::sha256(data) != blobInfo->chunkHashes.mid(qsizetype(i) * 32, 32))
            throw BlobError(BlobError::Kind::Corrupt, "a chunk does not match its hash");
        whole.add(data);
        if (out.write(data) != data.size())
            throw BlobError(BlobError::Kind::WriteFailed, out.errorString().toStdString());
    }
    if (QString::fromLatin1(whole.finish().toHex()) != sha256)
        throw BlobError(BlobError::Kind::Corrupt, "the file does not match its hash");
    if (!out.commit())
        throw BlobError(BlobError::Kind::WriteFailed, out.errorString().toStdString());
}

QByteArray BlobStore::readAll(const QString &sha256) const
{
    const auto blobInfo = info(sha256);
    if (!blobInfo || !blobInfo->complete)
        throw BlobError(BlobError::Kind::NotHere, "blob not in this profile");
    QByteArray out;
    for (int i = 0; i < blob::chunkCount(blobInfo->size); ++i)
        out += chunk(sha256, i);
    if (blob::sha256Hex(out) != sha256)
        throw BlobError(BlobError::Kind::Corrupt, "the file does not match its hash");
    return out;
}

void BlobStore::expect(const QString &sha256, qint64 size, const QByteArray &chunkHashes)
{
    if (const auto existing = info(sha256)) {
        if (existing->complete || existing->chunkHashes == chunkHashes)
            return;
        // Another chunk list for the same name (the earlier one failed its whole hash).
        m_db.cached("DELETE FROM blob_chunks WHERE sha256 = ?1").bind(1, sha256).exec();
    }
    m_db.cached("INSERT OR REPLACE INTO blobs(sha256, size, chunk_hashes, complete, upload, "
                "added_at) VALUES (?1, ?2, ?3, 0, 0, ?4)")
        .bind(1, sha256)
        .bind(2, std::int64_t(size))
        .bind(3, chunkHashes)
        .bind(4, std::int64_t(QDateTime::currentSecsSinceEpoch()))
        .exec();
}

bool BlobStore::storeChunk(const QString &sha256, int index, const QByteArray &data)
{
    const auto blobInfo = info(sha256);
    if (!blobInfo || blobInfo->complete || index < 0 || index >= blob::chunkCount(blobInfo->size)
        || data.size() != blob::chunkSize(blobInfo->size, index)
        || blob::sha256(data) != blobInfo->chunkHashes.mid(qsizetype(index) * 32, 32))
        return false;
    m_db.cached("INSERT OR REPLACE INTO blob_chunks(sha256, idx, data) VALUES (?1, ?2, ?3)")
        .bind(1, sha256)
        .bind(2, index)
        .bind(3, data)
        .exec();
    return true;
}

QList<int> BlobStore::missingChunks(const QString &sha256) const
{
    const auto blobInfo = info(sha256);
    if (!blobInfo || blobInfo->complete)
        return {};
    QList<bool> have(blob::chunkCount(blobInfo->size), false);
    auto &st = m_db.cached("SELECT idx FROM blob_chunks WHERE sha256 = ?1");
    st.bind(1, sha256);
    while (st.step()) {
        const qint64 i = st.int64(0);
        if (i >= 0 && i < have.size())
            have[qsizetype(i)] = true;
    }
    st.reset();
    QList<int> missing;
    for (int i = 0; i < have.size(); ++i) {
        if (!have[i])
            missing << i;
    }
    return missing;
}

bool BlobStore::finishDownload(const QString &sha256)
{
    const auto blobInfo = info(sha256);
    if (!blobInfo)
        return false;
    if (blobInfo->complete)
        return true;
    if (!missingChunks(sha256).isEmpty())
        return false;
    blob::Sha256 whole;
    for (int i = 0; i < blob::chunkCount(blobInfo->size); ++i)
        whole.add(chunk(sha256, i));
    auto tx = ownTransaction(m_db);
    if (QString::fromLatin1(whole.finish().toHex()) != sha256) {
        m_db.cached("DELETE FROM blob_chunks WHERE sha256 = ?1").bind(1, sha256).exec();
        m_db.cached("DELETE FROM blobs WHERE sha256 = ?1").bind(1, sha256).exec();
        if (tx)
            tx->commit();
        return false;
    }
    m_db.cached("UPDATE blobs SET complete = 1 WHERE sha256 = ?1").bind(1, sha256).exec();
    if (tx)
        tx->commit();
    return true;
}

QStringList BlobStore::pendingUploads() const
{
    QStringList out;
    auto &st = m_db.cached(
        "SELECT sha256 FROM blobs WHERE upload = 1 AND complete = 1 ORDER BY added_at, sha256");
    while (st.step())
        out << st.text(0);
    st.reset();
    return out;
}

void BlobStore::markUploaded(const QString &sha256)
{
    m_db.cached("UPDATE blobs SET upload = 0 WHERE sha256 = ?1").bind(1, sha256).exec();
}

void BlobStore::dropUpload(const QString &sha256)
{
    auto tx = ownTransaction(m_db);
    markUploaded(sha256);
    auto &named = m_db.cached(
        "SELECT (SELECT count(*) FROM attachments WHERE sha256 = ?1 AND coalesce(deleted, 0) = 0)"
        " + (SELECT count(*) FROM evidence WHERE sha256 = ?1 AND coalesce(deleted, 0) = 0)");
    named.bind(1, sha256);
    const bool stillNamed = named.step() && named.int64(0) > 0;
    named.reset();
    if (!stillNamed) {
        m_db.cached("DELETE FROM blob_chunks WHERE sha256 = ?1").bind(1, sha256).exec();
        m_db.cached("DELETE FROM blobs WHERE sha256 = ?1").bind(1, sha256).exec();
    }
    if (tx)
        tx->commit();
}

} // namespace liaison
