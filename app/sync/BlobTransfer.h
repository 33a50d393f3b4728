#pragma once

#include "storage/BlobStore.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>

#include <functional>

class QJsonObject;

namespace liaison {

class Database;

// The client side of the blob frames (docs/PROTOCOL.md §9), driven by SyncEngine: uploads the
// profile's blobs marked for upload, one at a time, and downloads on demand, each with at most
// kWindow chunks in flight. Progress lives in the profile (chunks the hub acknowledged are
// asked for again with blob-put; chunks received are stored at once), so a transfer cut by a
// lost connection, a killed app or a restart resumes where it stopped.
class BlobTransfer : public QObject
{
    Q_OBJECT
public:
    static constexpr int kWindow = 4;
    using Sender = std::function<void(const QJsonObject &)>;

    explicit BlobTransfer(Database &db, QObject *parent = nullptr);

    // Connected and up to date: starts what is waiting. offline(): the connection is gone.
    void online(const Sender &send);
    void offline();
    bool isOnline() const { return bool(m_send); }
    // A blob frame from the hub (blob-status, blob-stored, blob-meta, blob-data, blob-refused).
    void handle(const QJsonObject &frame);
    // Looks for new blobs to upload (after a local change).
    void kick();

    // Fetches a blob the profile does not hold yet (queued; starts when online).
    void download(const QString &sha256);
    bool isQueued(const QString &sha256) const;
    // Stops a download (queued or under way: what arrived stays, so a later download resumes)
    // or the upload of a blob no longer marked for upload (BlobStore::dropUpload first); the
    // hub's answers still in flight for it are ignored.
    void cancel(const QString &sha256);
    QString currentUpload() const { return m_up; }

signals:
    void uploadProgress(const QString &sha256, qint64 done, qint64 total);
    void uploaded(const QString &sha256);
    void downloadProgress(const QString &sha256, qint64 done, qint64 total);
    void downloaded(const QString &sha256);
    // A transfer the hub refused or that failed its hash: a blob-refused code
    // (blob-not-found, blob-too-large, blob-quota, blob-corrupt, blob-hash-mismatch).
    void failed(const QString &sha256, const QString &code, bool upload);

private:
    void startUpload();
    void sendChunks();
    void startDownload();
    void requestChunks();
    void finishUpload();
    void failUpload(const QString &code);
    void finishDownload(); // every chunk of the current download is here
    void failDownload(const QString &code);

    BlobStore m_store;
    Database &m_db;
    Sender m_send;
    // Upload in progress.
    QString m_up;
    qint64 m_upSize = 0;
    QList<int> m_upToSend;
    int m_upInFlight = 0;
    int m_upDone = 0;
    int m_upRestarts = 0;
    QSet<QString> m_upFailed; // refused this session: not tried again until restart
    // Downloads: the current one first.
    QStringList m_downQueue;
    bool m_downStarted = false;
    QList<int> m_downToAsk;
    int m_downInFlight = 0;
};

} // namespace liaison
