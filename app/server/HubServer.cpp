#include "server/HubServer.h"

#include "core/Logging.h"
#include "sync/Protocol.h"

#include <QFile>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <QTimer>
#include <QWebSocket>
#include <QWebSocketServer>

#include <limits>

namespace liaison {

namespace {
constexpr int kRevocationPollMs = 1000;
// A connecting peer's HTTP upgrade request is well below this.
constexpr qint64 kMaxUpgradeRequestBytes = 16 * 1024;

// The address limits count by: an IPv4 address (also IPv4-mapped), or an IPv6 /64.
QString addressKey(const QHostAddress &peer)
{
    bool v4 = false;
    const quint32 ip4 = peer.toIPv4Address(&v4);
    if (v4)
        return QHostAddress(ip4).toString();
    Q_IPV6ADDR ip6 = peer.toIPv6Address();
    for (int i = 8; i < 16; ++i)
        ip6[i] = 0;
    return QHostAddress(ip6).toString() + QStringLiteral("/64");
}

} // namespace

// A connection in every stage; from the HTTP upgrade on, the sink of its protocol session.
struct HubServer::Session : FrameSink
{
    enum class Stage { Connecting, Pending, Authenticated };
    HubServer *server = nullptr;
    QTcpSocket *tcp = nullptr; // owned by the hub (child of the listener)
    QWebSocket *socket = nullptr; // from the HTTP upgrade on
    HubProtocol::Session *protocol = nullptr; // from the HTTP upgrade on
    Stage stage = Stage::Connecting;
    QString address; // addressKey() of the peer
    quint64 order = 0; // accept order: lower is older
    bool closing = false; // close frame sent: nothing more is read or sent
    qint64 partialMessageBytes = 0; // fragments of a text message not complete yet
    qint64 inFlight = 0; // as last counted in m_inFlight (and m_deviceInFlight[inFlightDevice])
    QString inFlightDevice;
    QTimer closeTimer;
    QTimer handshakeTimer;

    void sendText(const QString &text) override
    {
        if (!closing && socket)
            socket->sendTextMessage(text);
    }
    void close(const QString &code) override { server->closeSession(*this, code); }
    void authenticated(const HubDevice &device) override { server->onAuthenticated(*this, device); }
};

// Accepts every connection and hands it over at once: nothing waits in a Qt pending queue
// (so Qt's pending limit never pauses accepting); the hub applies its own limits.
class HubServer::Listener : public QTcpServer
{
public:
    explicit Listener(std::function<void(qintptr)> incoming)
        : m_incoming(std::move(incoming))
    { }

protected:
    void incomingConnection(qintptr descriptor) override { m_incoming(descriptor); }

private:
    std::function<void(qintptr)> m_incoming;
};

HubServer::HubServer(HubStore &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_protocol(store)
{ }

HubServer::~HubServer()
{
    // Aborting emits disconnected(): detach first so drop() does not edit the maps meanwhile.
    const auto connections = m_connections.values();
    for (const auto &s : connections) {
        s->tcp->disconnect(this);
        if (s->socket) {
            s->socket->disconnect(this);
            delete s->socket;
        }
        s->tcp->abort();
        if (s->protocol)
            m_protocol.closed(s->protocol);
    }
    m_sessions.clear();
    m_connections.clear();
}

void HubServer::setLimits(const Limits &limits)
{
    m_limits = limits;
    m_protocol.setLimits(limits);
}

void HubServer::disconnectDevice(const QString &deviceId)
{
    m_protocol.disconnectDevice(deviceId);
}

bool HubServer::listen(const QHostAddress &address, quint16 port, bool plain, QString *error)
{
    if (plain && !address.isLoopback()) {
        *error = QStringLiteral("ws:// (--plain-loopback) is allowed on a loopback address only");
        return false;
    }
    // TLS is the hub's own (startConnection): the WebSocket server only upgrades sockets.
    m_plain = plain;
    m_server = std::make_unique<QWebSocketServer>(QStringLiteral("liaison-hub"),
                                                  QWebSocketServer::NonSecureMode);
    if (!plain) {
        QFile keyFile(m_store.path(HubStore::kTlsKeyFile));
        QFile certFile(m_store.path(HubStore::kTlsCertFile));
        if (!keyFile.open(QIODevice::ReadOnly) || !certFile.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("cannot read tls.key / tls.crt");
            return false;
        }
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Ec));
        tls.setLocalCertificate(QSslCertificate(certFile.readAll()));
        tls.setProtocol(QSsl::TlsV1_2OrLater);
        m_tls = tls;
    }
    m_server->setMaxPendingConnections(1000); // taken at once in onNewConnection
    connect(m_server.get(), &QWebSocketServer::newConnection, this, &HubServer::onNewConnection);
    m_listener = std::make_unique<Listener>([this](qintptr d) { onIncoming(d); });
    m_listener->setMaxPendingConnections(std::numeric_limits<int>::max());
    // Out of descriptors (EMFILE) makes QTcpServer stop accepting: start again shortly.
    connect(m_listener.get(), &QTcpServer::acceptError, this,
            [this](QAbstractSocket::SocketError e) {
                qCWarning(lcSync) << "accept failed:" << e << "; accepting again in 100 ms";
                QTimer::singleShot(100, this, [this] {
                    if (m_listener)
                        m_listener->resumeAccepting();
                });
            });
    // `liaison-hub revoke` runs in another process: notice its revocations here.
    connect(&m_revocationPoll, &QTimer::timeout, &m_protocol, &HubProtocol::poll);
    m_revocationPoll.start(kRevocationPollMs);
    // Unfinished uploads and blobs no record refers to go after their TTL (checked hourly).
    connect(&m_blobCollect, &QTimer::timeout, this, [this] {
        try {
            m_store.blobs().collectBlobs();
        } catch (const std::exception &e) {
            qCWarning(lcSync) << "could not collect blobs:" << e.what();
        }
    });
    m_blobCollect.start(3600 * 1000);
    if (!m_listener->listen(address, port)) {
        *error = m_listener->errorString();
        return false;
    }
    qCInfo(lcSync) << "hub listening on" << address.toString() << m_listener->serverPort()
                   << (plain ? "(ws, loopback)" : "(wss)");
    return true;
}

quint16 HubServer::port() const
{
    return m_listener ? m_listener->serverPort() : 0;
}

void HubServer::onIncoming(qintptr descriptor)
{
    QTcpSocket *tcp = m_plain ? new QTcpSocket(m_listener.get()) : new QSslSocket(m_listener.get());
    if (!tcp->setSocketDescriptor(descriptor)) {
        qCWarning(lcSync) << "could not take an accepted connection:" << tcp->errorString();
        delete tcp;
        return;
    }
    // Nagle off: a live frame goes out at once instead of waiting for the peer's delayed ACK
    // (up to 40 ms) once the peer also sends (pings, acks, pushes).
    tcp->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    const QString address = addressKey(tcp->peerAddress());
    int connecting = 0;
    int connectingHere = 0;
    std::shared_ptr<Session> oldest;
    for (const auto &s : std::as_const(m_connections)) {
        if (s->stage != Session::Stage::Connecting)
            continue;
        ++connecting;
        connectingHere += s->address == address ? 1 : 0;
        if (!oldest || s->order < oldest->order)
            oldest = s;
    }
    // Before the upgrade there is no WebSocket to say `busy` on: these are closed silently.
    if (m_connections.size() >= m_limits.maxConnections
        || connectingHere >= m_limits.maxConnectingPerAddress) {
        qCDebug(lcSync) << "refused a connection at accept (too many from" << address << ")";
        tcp->abort();
        tcp->deleteLater();
        return;
    }
    if (connecting >= m_limits.maxConnecting && oldest) {
        qCInfo(lcSync) << "too many connections in TLS/upgrade: cutting the oldest";
        QTcpSocket *old = oldest->tcp;
        old->abort();
        drop(old);
    }
    auto session = std::make_shared<Session>();
    session->server = this;
    session->tcp = tcp;
    session->address = address;
    session->order = ++m_connectionCounter;
    m_connections.insert(tcp, session);
    startConnection(tcp);
}

void HubServer::startConnection(QTcpSocket *tcp)
{
    const auto session = m_connections.value(tcp);
    connect(tcp, &QAbstractSocket::disconnected, this, [this, tcp] { drop(tcp); });
    connect(tcp, &QAbstractSocket::errorOccurred, this, [this, tcp] {
        // A failed TLS handshake, or a peer gone before its upgrade; later, QWebSocket reports.
        if (auto s = m_connections.value(tcp); s && s->stage == Session::Stage::Connecting) {
            tcp->abort();
            drop(tcp);
        }
    });
    // Connected after the WebSocket's own reader: what is still buffered is a partial frame.
    connect(tcp, &QIODevice::readyRead, this, [this, tcp] {
        auto s = m_connections.value(tcp);
        if (!s)
            return;
        if (s->closing) {
            tcp->read(tcp->bytesAvailable()); // discarded: the session is over
            account(*s);
        } else if (s->stage == Session::Stage::Connecting) {
            if (tcp->bytesAvailable() > kMaxUpgradeRequestBytes) {
                tcp->abort();
                drop(tcp);
            }
        } else {
            account(*s);
        }
    });
    session->handshakeTimer.setSingleShot(true);
    connect(&session->handshakeTimer, &QTimer::timeout, this, [this, tcp] {
        auto s = m_connections.value(tcp);
        if (!s || s->stage == Session::Stage::Authenticated)
            return;
        if (s->stage == Session::Stage::Connecting) {
            tcp->abort(); // TLS or the HTTP upgrade not done in time
            drop(tcp);
        } else {
            m_protocol.sendError(s->protocol, QLatin1String(protocol::error::HandshakeTimeout),
                                 QStringLiteral("no authentication in time"), true);
        }
    });
    session->handshakeTimer.start(m_limits.handshakeMs);
    session->closeTimer.setSingleShot(true);
    connect(&session->closeTimer, &QTimer::timeout, this, [this, tcp] {
        if (m_connections.contains(tcp)) {
            tcp->abort();
            drop(tcp);
        }
    });
    if (m_plain) {
        m_server->handleConnection(tcp);
        return;
    }
    auto *tls = static_cast<QSslSocket *>(tcp);
    tls->setSslConfiguration(m_tls);
    connect(tls, &QSslSocket::encrypted, this, [this, tls] {
        if (m_connections.contains(tls))
            m_server->handleConnection(tls);
    });
    tls->startServerEncryption();
}

void HubServer::onNewConnection()
{
    while (QWebSocket *socket = m_server->nextPendingConnection()) {
        std::shared_ptr<Session> session;
        for (const auto &s : std::as_const(m_connections)) {
            if (s->stage == Session::Stage::Connecting && !s->socket
                && s->tcp->peerPort() == socket->peerPort()
                && s->tcp->peerAddress() == socket->peerAddress()) {
                session = s;
                break;
            }
        }
        if (!session) { // not one of ours (cannot happen): refuse it
            socket->abort();
            socket->deleteLater();
            continue;
        }
        session->socket = socket;
        session->stage = Session::Stage::Pending;
        session->protocol = m_protocol.open(*session, session->address, session->order);
        m_sessions.insert(socket, session);
        admit(session);
    }
}

void HubServer::admit(const std::shared_ptr<Session> &session)
{
    QWebSocket *socket = session->socket;
    // Until auth or enrol, small frames only; raised at welcome.
    socket->setMaxAllowedIncomingMessageSize(quint64(m_limits.maxHandshakeFrameBytes));
    socket->setMaxAllowedIncomingFrameSize(quint64(m_limits.maxHandshakeFrameBytes));
    connect(socket, &QWebSocket::textMessageReceived, this, [this, socket](const QString &text) {
        if (auto s = m_sessions.value(socket)) {
            s->partialMessageBytes = 0;
            if (!s->closing)
                m_protocol.receiveText(s->protocol, text);
        }
    });
    connect(socket, &QWebSocket::textFrameReceived, this,
            [this, socket](const QString &frame, bool isLastFrame) {
                auto s = m_sessions.value(socket);
                if (!s)
                    return;
                s->partialMessageBytes
                    = isLastFrame ? 0 : s->partialMessageBytes + qint64(frame.size()) * 2;
                account(*s);
            });
    connect(socket, &QWebSocket::binaryMessageReceived, this, [this, socket](const QByteArray &) {
        if (auto s = m_sessions.value(socket); s && !s->closing)
            m_protocol.receiveBinary(s->protocol);
    });
    connect(socket, &QWebSocket::disconnected, this, [this, socket] {
        if (auto s = m_sessions.value(socket))
            drop(s->tcp);
    });

    int pending = 0;
    int pendingHere = 0;
    std::shared_ptr<Session> oldest;
    for (const auto &s : std::as_const(m_sessions)) {
        if (s == session || s->stage == Session::Stage::Authenticated || s->closing)
            continue;
        ++pending;
        pendingHere += s->address == session->address ? 1 : 0;
        if (!oldest || s->order < oldest->order)
            oldest = s;
    }
    if (pendingHere >= m_limits.maxPendingPerAddress) {
        m_protocol.sendError(session->protocol, QLatin1String(protocol::error::Busy),
                             QStringLiteral("too many pending handshakes from this address"), true);
        return;
    }
    if (pending >= m_limits.maxPendingHandshakes && oldest) {
        // Room for the newcomer: a real client authenticates within a round trip, so the
        // oldest pending handshake is the likeliest to be stuck (or hostile).
        qCInfo(lcSync) << "too many pending handshakes: evicting the oldest";
        m_protocol.sendError(oldest->protocol, QLatin1String(protocol::error::Busy),
                             QStringLiteral("evicted: too many pending handshakes"), true);
    }
    qCInfo(lcSync) << "connection from" << socket->peerAddress().toString();
    m_protocol.hello(session->protocol);
}

void HubServer::drop(QTcpSocket *tcp)
{
    const auto s = m_connections.take(tcp);
    if (!s)
        return;
    releaseInFlight(*s);
    s->handshakeTimer.stop();
    s->closeTimer.stop();
    tcp->disconnect(this);
    if (s->socket) {
        m_sessions.remove(s->socket);
        const auto &device = m_protocol.device(s->protocol);
        qCInfo(lcSync) << "disconnected"
                       << (device ? device->id : QStringLiteral("(unauthenticated)"));
        m_protocol.closed(s->protocol);
        s->protocol = nullptr;
        s->socket->disconnect(this);
        s->socket->deleteLater();
    }
    // QWebSocket's destructor detaches every receiver of tcp: delete it here in any case.
    tcp->deleteLater();
}

void HubServer::closeSession(Session &session, const QString &reason)
{
    if (session.closing)
        return;
    session.closing = true;
    session.handshakeTimer.stop();
    // The close frame (RFC 6455 5.5.1; a server's frames are not masked), written here instead
    // of QWebSocket::close(), which closes the TCP socket at once: with a flood still coming,
    // the unread bytes make the kernel send a reset, and the peer loses the error frames and
    // the close frame (it sees 1006). Instead the hub stops reading frames, discards what
    // comes and waits for the peer to close (closeGraceMs at most).
    const QByteArray why = reason.toUtf8().left(123);
    const quint16 code = QWebSocketProtocol::CloseCodePolicyViolated;
    QByteArray frame;
    frame += char(0x88);
    frame += char(2 + why.size());
    frame += char(code >> 8);
    frame += char(code & 0xff);
    frame += why;
    session.tcp->write(frame);
    session.tcp->flush();
    // The WebSocket parser reads no more (what it holds of a partial frame is freed with it);
    // the rest is discarded, later: this may run inside the parser's own loop.
    if (session.socket)
        QObject::disconnect(session.tcp, &QIODevice::readyRead, session.socket, nullptr);
    QTcpSocket *tcp = session.tcp;
    QTimer::singleShot(0, this, [this, tcp] {
        if (auto s = m_connections.value(tcp)) {
            tcp->read(tcp->bytesAvailable());
            account(*s);
        }
    });
    account(session);
    session.closeTimer.start(m_limits.closeGraceMs);
}

void HubServer::account(Session &session)
{
    const qint64 now
        = session.closing ? 0 : session.tcp->bytesAvailable() + session.partialMessageBytes;
    const qint64 delta = now - session.inFlight;
    if (delta == 0)
        return;
    session.inFlight = now;
    m_inFlight += delta;
    qint64 device = 0;
    if (!session.inFlightDevice.isEmpty())
        device = (m_deviceInFlight[session.inFlightDevice] += delta);
    if (delta < 0 || session.closing || !session.protocol)
        return;
    if (device > m_limits.maxDeviceInFlightBytes || m_inFlight > m_limits.maxInFlightBytes) {
        qCWarning(lcSync) << "in-flight frame bytes over the budget:" << m_inFlight
                          << "over the hub," << device << "for the device; closing";
        m_protocol.sendError(session.protocol, QLatin1String(protocol::error::InFlightLimit),
                             QStringLiteral("too many frame bytes being received at once"), true);
    }
}

void HubServer::onAuthenticated(Session &session, const HubDevice &device)
{
    session.stage = Session::Stage::Authenticated;
    session.handshakeTimer.stop();
    // Its in-flight bytes count for its device from now on; full-size frames are allowed.
    releaseInFlight(session);
    session.inFlightDevice = device.id;
    account(session);
    session.socket->setMaxAllowedIncomingMessageSize(quint64(m_limits.maxFrameBytes) * 2);
    session.socket->setMaxAllowedIncomingFrameSize(quint64(m_limits.maxFrameBytes) * 2);
}

void HubServer::releaseInFlight(Session &session)
{
    m_inFlight -= session.inFlight;
    if (!session.inFlightDevice.isEmpty()) {
        auto it = m_deviceInFlight.find(session.inFlightDevice);
        if (it != m_deviceInFlight.end() && (*it -= session.inFlight) <= 0)
            m_deviceInFlight.erase(it);
    }
    session.inFlight = 0;
}

} // namespace liaison
