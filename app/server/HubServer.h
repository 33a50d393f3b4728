#pragma once

#include "server/HubStore.h"

#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>

class QWebSocket;
class QWebSocketServer;
class QJsonObject;

namespace liaison {

// The hub's WebSocket endpoint (docs/PROTOCOL.md): handshake (hello, enrol, auth), push/ack,
// pull/page, live, devices, ping. One thread; every frame is answered or refused with an
// error frame, and one misbehaving client never stops the others.
class HubServer : public QObject
{
    Q_OBJECT
public:
    struct Limits
    {
        qint64 maxFrameBytes = 8 * 1024 * 1024;
        int maxOpsPerPush = 1000;
        int maxOpsPerPage = 1000;
        int maxPendingHandshakes = 64;
        int handshakeMs = 10'000;
        int maxErrorsBeforeClose = 3;
        // Per device (token buckets): frames and pushed ops per second, and the burst allowed.
        double framesPerSecond = 400;
        double frameBurst = 800;
        double opsPerSecond = 5000;
        double opBurst = 20'000;
    };

    explicit HubServer(HubStore &store, QObject *parent = nullptr);
    ~HubServer() override;

    void setLimits(const Limits &limits) { m_limits = limits; }
    // plain: ws:// (allowed on loopback addresses only); otherwise wss:// with tls.key/tls.crt.
    bool listen(const QHostAddress &address, quint16 port, bool plain, QString *error);
    quint16 port() const;
    int sessionCount() const { return int(m_sessions.size()); }
    // Closes the live connection of a revoked device at once.
    void disconnectDevice(const QString &deviceId);

private:
    struct Session;
    struct PushWork;
    struct TokenBucket
    {
        double tokens = 0;
        double last = 0;
        bool take(double amount, double rate, double burst);
    };
    void onNewConnection();
    void onText(Session &session, const QString &text);
    void handle(Session &session, const QJsonObject &frame);
    // Runs serve; a storage (or worker) failure becomes an "internal" error frame.
    void guarded(Session &session, const std::function<void()> &serve);
    void handleEnrol(Session &session, const QJsonObject &frame);
    void handleAuth(Session &session, const QJsonObject &frame);
    void dispatch(Session &session, const QJsonObject &frame);
    // Checks a push's limits and starts verifying it; a small one is verified and written at
    // once (nullptr). finishPush writes a verified push and acks it.
    std::unique_ptr<PushWork> startPush(Session &session, const QJsonObject &frame);
    void finishPush(Session &session, PushWork &work);
    void drain(Session &session);
    void drainAll();
    void handlePull(Session &session, const QJsonObject &frame);
    void handleDevices(Session &session);
    QJsonObject directoryFrame() const;
    void broadcastDirectory();
    void closeRevokedSessions();
    void sendError(Session &session, const QString &code, const QString &message,
                   bool close = false);
    void send(Session &session, const QJsonObject &frame);
    void broadcast(const QList<HubStore::StoredOp> &ops, const Session *origin);
    void drop(QWebSocket *socket);

    HubStore &m_store;
    Limits m_limits;
    std::unique_ptr<QWebSocketServer> m_server;
    QHash<QWebSocket *, std::shared_ptr<Session>> m_sessions;
    QHash<QString, TokenBucket> m_frameBuckets; // by device id, across its connections
    QHash<QString, TokenBucket> m_opBuckets;
    QTimer m_revocationPoll;
    QTimer m_drain;
};

} // namespace liaison
