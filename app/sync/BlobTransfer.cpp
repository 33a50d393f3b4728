#include "sync/BlobTransfer.h"

#include "core/Logging.h"
#include "storage/Database.h"
#include "sync/Blob.h"

#include <QJsonArray>
#include <QJsonObject>

namespace liaison {

BlobTransfer::BlobTransfer(Database &db, QObject *parent)
    : QObject(parent)
    , m_store(db)
    , m_db(db)
{ }

void BlobTransfer::online(const Sender &send)
{
    m_send = send;
    if (m_up.isEmpty())
        startUpload();
    if (!m_downStarted)
        startDownload();
}

void BlobTransfer::offline()
{
    m_send = {};
    m_up.clear();
    m_upToSend.clear();
    m_upInFlight = 0;
    m_downStarted = false;
    m_downToAsk.clear();
    m_downInFlight = 0;
}

void BlobTransfer::kick()
{
    if (m_send && m_up.isEmpty())
        startUpload();
}

void BlobTransfer::download(const QString &sha256)
{
    if (!blob::isSha256Hex(sha256) || m_store.isComplete(sha256) || m_downQueue.contains(sha256))
        return;
    m_downQueue << sha256;
    if (m_send && !m_downStarted)
        startDownload();
}

bool BlobTransfer::isQueued(const QString &sha256) const
{
    return m_downQueue.contains(sha256);
}

void BlobTransfer::cancel(const QString &sha256)
{
    if (sha256.isEmpty())
        return;
    if (sha256 == m_up) {
        m_up.clear();
        m_upToSend.clear();
        m_upInFlight = 0;
        startUpload();
    }
    const bool current = m_downStarted && m_downQueue.value(0) == sha256;
    m_downQueue.removeAll(sha256);
    if (current)
        startDownload();
}

void BlobTransfer::startUpload()
{
    m_up.clear();
    if (!m_send)
        return;
    for (const QString &sha : m_store.pendingUploads()) {
        if (m_upFailed.contains(sha))
            continue;
        const auto info = m_store.info(sha);
        if (!info)
            continue;
        m_up = sha;
        m_upSize = info->size;
        m_upInFlight = 0;
        m_upToSend.clear();
        QJsonArray chunks;
        for (const QString &h : blob::hashesToHex(info->chunkHashes))
            chunks.append(h);
        m_send({{"t", "blob-put"}, {"sha256", sha}, {"size", info->size}, {"chunks", chunks}});
        return;
    }
}

void BlobTransfer::sendChunks()
{
    while (m_send && m_upInFlight < kWindow && !m_upToSend.isEmpty()) {
        const int index = m_upToSend.takeFirst();
        const QByteArray data = m_store.chunk(m_up, index);
        ++m_upInFlight;
        m_send({{"t", "blob-chunk"},
                {"sha256", m_up},
                {"index", index},
                {"data", QString::fromLatin1(data.toBase64())}});
    }
}

void BlobTransfer::finishUpload()
{
    const QString sha = m_up;
    m_store.markUploaded(sha);
    m_up.clear();
    m_upRestarts = 0;
    emit uploadProgress(sha, m_upSize, m_upSize);
    emit uploaded(sha);
    startUpload();
}

void BlobTransfer::failUpload(const QString &code)
{
    const QString sha = m_up;
    qCWarning(lcSync) << "hub refused the upload of a blob:" << code;
    m_upFailed.insert(sha);
    m_up.clear();
    emit failed(sha, code, true);
    startUpload();
}

void BlobTransfer::startDownload()
{
    m_downStarted = false;
    m_downToAsk.clear();
    m_downInFlight = 0;
    while (!m_downQueue.isEmpty() && m_store.isComplete(m_downQueue.first())) {
        const QString done = m_downQueue.takeFirst();
        emit downloaded(done);
    }
    if (!m_send || m_downQueue.isEmpty())
        return;
    m_downStarted = true;
    m_send({{"t", "blob-get"}, {"sha256", m_downQueue.first()}});
}

void BlobTransfer::requestChunks()
{
    const QString sha = m_downQueue.value(0);
    while (m_send && m_downInFlight < kWindow && !m_downToAsk.isEmpty()) {
        ++m_downInFlight;
        m_send({{"t", "blob-get"}, {"sha256", sha}, {"index", m_downToAsk.takeFirst()}});
    }
}

void BlobTransfer::finishDownload()
{
    const QString sha = m_downQueue.value(0);
    if (!m_store.finishDownload(sha)) {
        failDownload(QStringLiteral("blob-hash-mismatch"));
        return;
    }
    m_downQueue.removeFirst();
    emit downloaded(sha);
    startDownload();
}

void BlobTransfer::failDownload(const QString &code)
{
    const QString sha = m_downQueue.value(0);
    if (!m_downQueue.isEmpty())
        m_downQueue.removeFirst();
    emit failed(sha, code, false);
    startDownload();
}

void BlobTransfer::handle(const QJsonObject &frame)
{
    const QString type = frame.value(QLatin1String("t")).toString();
    const QString sha = frame.value(QLatin1String("sha256")).toString();
    const bool isUpload = !m_up.isEmpty() && sha == m_up;
    const bool isDownload = m_downStarted && sha == m_downQueue.value(0);
    const int index = frame.value(QLatin1String("index")).toInt(-1);
    if (type == QLatin1String("blob-status") && isUpload) {
        if (frame.value(QLatin1String("complete")).toBool()) {
            finishUpload();
            return;
        }
        QSet<int> have;
        for (const QJsonValue &v : frame.value(QLatin1String("have")).toArray())
            have.insert(v.toInt(-1));
        m_upToSend.clear();
        for (int i = 0; i < blob::chunkCount(m_upSize); ++i) {
            if (!have.contains(i))
                m_upToSend << i;
        }
        m_upDone = int(have.size());
        emit uploadProgress(m_up, std::min(m_upSize, qint64(m_upDone) * blob::kChunkBytes),
                            m_upSize);
        if (m_upToSend.isEmpty()) // every chunk there, but not finished: ask again
            failUpload(QStringLiteral("blob-corrupt"));
        else
            sendChunks();
    } else if (type == QLatin1String("blob-stored") && isUpload) {
        --m_upInFlight;
        ++m_upDone;
        if (frame.value(QLatin1String("complete")).toBool()) {
            finishUpload();
            return;
        }
        emit uploadProgress(m_up, std::min(m_upSize, qint64(m_upDone) * blob::kChunkBytes),
                            m_upSize);
        sendChunks();
    } else if (type == QLatin1String("blob-refused") && isUpload) {
        const QString code = frame.value(QLatin1String("code")).toString();
        // The hub dropped the upload (its TTL passed): start it again, a few times at most.
        if (code == QLatin1String("blob-no-upload") && m_upRestarts++ < 3) {
            startUpload();
            return;
        }
        failUpload(code);
    } else if (type == QLatin1String("blob-meta") && isDownload) {
        const qint64 size = qint64(frame.value(QLatin1String("size")).toDouble(-1));
        QStringList hex;
        for (const QJsonValue &v : frame.value(QLatin1String("chunks")).toArray())
            hex << v.toString();
        const auto hashes = blob::hashesFromHex(hex);
        if (size < 0 || !hashes || hashes->size() != qsizetype(blob::chunkCount(size)) * 32) {
            failDownload(QStringLiteral("blob-corrupt"));
            return;
        }
        m_store.expect(sha, size, *hashes);
        m_downToAsk = m_store.missingChunks(sha);
        if (m_downToAsk.isEmpty()) {
            finishDownload();
            return;
        }
        requestChunks();
    } else if (type == QLatin1String("blob-data") && isDownload) {
        --m_downInFlight;
        const auto data = QByteArray::fromBase64Encoding(
            frame.value(QLatin1String("data")).toString().toLatin1(),
            QByteArray::AbortOnBase64DecodingErrors);
        if (!data || !m_store.storeChunk(sha, index, *data)) {
            failDownload(QStringLiteral("blob-corrupt"));
            return;
        }
        const auto info = m_store.info(sha);
        const qint64 total = info ? info->size : 0;
        const qint64 missing = m_store.missingChunks(sha).size();
        emit downloadProgress(sha, std::max<qint64>(0, total - missing * blob::kChunkBytes), total);
        if (missing == 0 && m_downInFlight == 0 && m_downToAsk.isEmpty()) {
            finishDownload();
            return;
        }
        requestChunks();
    } else if (type == QLatin1String("blob-refused") && isDownload) {
        failDownload(frame.value(QLatin1String("code")).toString());
    }
}

} // namespace liaison
