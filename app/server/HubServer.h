#pragma once

#include "server/HubStore.h"

#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QSslConfiguration>
#include <QTimer>

#include <deque>
#include <functional>
#include <memory>

class QTcpSocket;
class QWebSocket;
class QWebSocketServer;
class QJsonObject;

namespace liaison {

// The hub's WebSocket endpoint (docs/PROTOCOL.md): handshake (hello, enrol, auth), push/ack,
// pull/page, live, devices, ping. One thread; every frame is answered or refused with an
// error frame, and one misbehaving client never stops the others.
//
// The hub accepts TCP connections itself (no QTcpServer/QSslServer pending limit: Qt 6.4's
// QSslServer stops accepting for good once that many handshakes are stuck), runs TLS itself and
// hands the socket to QWebSocketServer for the HTTP upgrade. A connection goes through three
// stages, each with its own limits (docs/PROTOCOL.md, "Limits"): connecting (TLS and HTTP
// upgrade), pending (a WebSocket before auth/enrol) and authenticated.
class HubServer : public QObject
{
    Q_OBJECT
public:
    struct Limits
    {
        qint64 maxFrameBytes = 8 * 1024 * 1024;
        int maxOpsPerPush = 1000;
        int maxOpsPerPage = 1000;
        // Connections from TCP accept to the end of the HTTP upgrade (TLS included): per
        // address (IPv6: per /64), refused at accept beyond; over the hub, the oldest is cut.
        int maxConnectingPerAddress = 16;
        int maxConnecting = 256;
        // WebSockets before auth/enrol: per address a further one gets `busy`; over the hub,
        // the oldest is evicted (`busy`) to make room.
        int maxPendingPerAddress = 8;
        int maxPendingHandshakes = 64;
        int maxConnections = 4096; // all stages; refused at accept beyond
        int maxSessionsPerDevice = 8; // beyond, the device's oldest session is closed
        // Until auth/enrol a frame (and a message) may hold this much; beyond, close 1009.
        qint64 maxHandshakeFrameBytes = 64 * 1024;
        // Bytes of frames still being received (socket buffer + fragments of a message): per
        // device over its sessions, and over the whole hub.
        qint64 maxDeviceInFlightBytes = 32 * 1024 * 1024;
        qint64 maxInFlightBytes = 256 * 1024 * 1024;
        // From TCP accept to welcome/enrolled.
        int handshakeMs = 10'000;
        int maxErrorsBeforeClose = 3;
        // Failed enrolments per address in a sliding window; then refused unchecked.
        int maxEnrolFailuresPerAddress = 10;
        int enrolFailureWindowMs = 60'000;
        // After the hub's close frame, how long the peer has to close its side.
        int closeGraceMs = 2000;
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
    class Listener;
    struct TokenBucket
    {
        double tokens = 0;
        double last = 0;
        bool take(double amount, double rate, double burst);
    };
    void onIncoming(qintptr descriptor);
    void startConnection(QTcpSocket *tcp);
    void onNewConnection();
    void admit(const std::shared_ptr<Session> &session);
    // Sends a close frame (1008, the code as reason) and reads nothing more: what the peer
    // sends is discarded until it closes, or until closeGraceMs.
    void closeSession(Session &session, const QString &reason);
    // In-flight bytes of a session (and of its device, and of the hub); closes it beyond.
    void account(Session &session);
    void releaseInFlight(Session &session);
    bool enrolmentBlocked(const QString &address);
    void pruneEnrolFailures();
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
    // blob-put, blob-chunk, blob-get (docs/PROTOCOL.md §9).
    void handleBlob(Session &session, const QString &type, const QJsonObject &frame);
    QJsonObject directoryFrame() const;
    void broadcastDirectory();
    void closeRevokedSessions();
    void sendError(Session &session, const QString &code, const QString &message,
                   bool close = false);
    void send(Session &session, const QJsonObject &frame);
    void broadcast(const QList<FeedEntry> &ops, const Session *origin);
    void drop(QTcpSocket *tcp);

    HubStore &m_store;
    Limits m_limits;
    bool m_plain = true;
    qint64 m_frameReceivedNs = 0; // when the frame being served arrived (tracing only)
    QSslConfiguration m_tls;
    std::unique_ptr<QWebSocketServer> m_server; // HTTP upgrade only; does not listen
    std::unique_ptr<Listener> m_listener; // after m_server: destroyed first, with its sockets
    quint64 m_connectionCounter = 0;
    QHash<QTcpSocket *, std::shared_ptr<Session>> m_connections; // every stage
    QHash<QWebSocket *, std::shared_ptr<Session>> m_sessions; // pending and authenticated
    qint64 m_inFlight = 0;
    QHash<QString, qint64> m_deviceInFlight;
    QHash<QString, std::deque<qint64>> m_enrolFailures; // by address: ms of each failure
    QHash<QString, TokenBucket> m_frameBuckets; // by device id, across its connections
    QHash<QString, TokenBucket> m_opBuckets;
    QTimer m_revocationPoll;
    QTimer m_drain;
    QTimer m_blobCollect;
};

} // namespace liaison
