#pragma once

#include "server/HubProtocol.h"
#include "server/HubStore.h"

#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QSslConfiguration>
#include <QTimer>

#include <functional>
#include <memory>

class QTcpSocket;
class QWebSocket;
class QWebSocketServer;

namespace liaison {

// The hub's WebSocket endpoint (docs/PROTOCOL.md): the glue between sockets and the protocol
// handler (HubProtocol: the frames, without sockets). One thread; one misbehaving client never
// stops the others.
//
// The hub accepts TCP connections itself (no QTcpServer/QSslServer pending limit: Qt 6.4's
// QSslServer stops accepting for good once that many handshakes are stuck), runs TLS itself and
// hands the socket to QWebSocketServer for the HTTP upgrade. A connection goes through three
// stages, each with its own limits (docs/PROTOCOL.md, "Limits"): connecting (TLS and HTTP
// upgrade), pending (a WebSocket before auth/enrol) and authenticated. Those limits, the
// in-flight bytes, the handshake time and the close handshake are the glue's.
class HubServer : public QObject
{
    Q_OBJECT
public:
    using Limits = HubLimits;

    explicit HubServer(HubStore &store, QObject *parent = nullptr);
    ~HubServer() override;

    void setLimits(const Limits &limits);
    // plain: ws:// (allowed on loopback addresses only); otherwise wss:// with tls.key/tls.crt.
    bool listen(const QHostAddress &address, quint16 port, bool plain, QString *error);
    quint16 port() const;
    int sessionCount() const { return int(m_sessions.size()); }
    // Closes the live connection of a revoked device at once.
    void disconnectDevice(const QString &deviceId);

private:
    struct Session;
    class Listener;
    void onIncoming(qintptr descriptor);
    void startConnection(QTcpSocket *tcp);
    void onNewConnection();
    void admit(const std::shared_ptr<Session> &session);
    // The protocol's session authenticated: full-size frames, in-flight bytes for its device.
    void onAuthenticated(Session &session, const HubDevice &device);
    // Sends a close frame (1008, the code as reason) and reads nothing more: what the peer
    // sends is discarded until it closes, or until closeGraceMs.
    void closeSession(Session &session, const QString &reason);
    // In-flight bytes of a session (and of its device, and of the hub); closes it beyond.
    void account(Session &session);
    void releaseInFlight(Session &session);
    void drop(QTcpSocket *tcp);

    HubStore &m_store;
    Limits m_limits;
    HubProtocol m_protocol; // before the sessions: its own sessions name theirs as sinks
    bool m_plain = true;
    QSslConfiguration m_tls;
    std::unique_ptr<QWebSocketServer> m_server; // HTTP upgrade only; does not listen
    std::unique_ptr<Listener> m_listener; // after m_server: destroyed first, with its sockets
    quint64 m_connectionCounter = 0;
    QHash<QTcpSocket *, std::shared_ptr<Session>> m_connections; // every stage
    QHash<QWebSocket *, std::shared_ptr<Session>> m_sessions; // pending and authenticated
    qint64 m_inFlight = 0;
    QHash<QString, qint64> m_deviceInFlight;
    QTimer m_revocationPoll;
    QTimer m_blobCollect;
};

} // namespace liaison
