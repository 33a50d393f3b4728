#include "server/HubServer.h"

#include "core/Logging.h"
#include "core/Parallel.h"
#include "core/Trace.h"
#include "crypto/DeviceKey.h"
#include "crypto/Sodium.h"
#include "sync/Blob.h"
#include "sync/Protocol.h"

#include <sodium.h>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <QTimer>
#include <QWebSocket>
#include <QWebSocketServer>

#include <chrono>
#include <cmath>
#include <deque>
#include <functional>
#include <future>
#include <limits>
#include <optional>

namespace liaison {

namespace {
constexpr int kRevocationPollMs = 1000;
// Pushes of up to this many ops are checked and written at once; larger ones are checked on
// worker threads while the hub's thread serves other frames.
constexpr std::size_t kInlinePush = 32;
// Frames a device may have waiting behind its pushes before it is told to wait for the acks.
constexpr std::size_t kMaxQueuedFrames = 16;

// A connecting peer's HTTP upgrade request is well below this.
constexpr qint64 kMaxUpgradeRequestBytes = 16 * 1024;
// JSON numbers the hub reads as integers: exact in a double.
constexpr double kMaxSafeInteger = 9007199254740991.0; // 2^53 - 1

qint64 nowMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

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

// A member read as an integer in [min, 2^53-1]: absent gives the fallback; anything else (not
// a number, a fraction, out of range) gives nothing. No unchecked double-to-integer cast.
std::optional<qint64> integerMember(const QJsonObject &frame, QLatin1String name, qint64 min,
                                    qint64 fallback)
{
    const QJsonValue v = frame.value(name);
    if (v.isUndefined())
        return fallback;
    if (!v.isDouble())
        return std::nullopt;
    const double d = v.toDouble();
    if (!std::isfinite(d) || d != std::trunc(d) || d < double(min) || d > kMaxSafeInteger)
        return std::nullopt;
    return qint64(d);
}

double nowSeconds()
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

// `[{"hub_seq":N,"op":{...canonical...,"sig":"..."}}, ...]` written straight from the stored
// canonical bytes (valid JSON objects by construction): a page of 1,000 ops is the hot path
// of an initial sync, and a QJsonObject round trip per op cost more than the rest together.
// Returns how many entries it wrote.
int appendEntries(QByteArray &out, const QList<FeedEntry> &ops, const QString &centre,
                  const QString &analyst)
{
    int count = 0;
    out += '[';
    for (const auto &op : ops) {
        if (!op.isVisibleTo(centre, analyst) || !op.canonical.endsWith('}'))
            continue;
        if (count++)
            out += ',';
        out += "{\"hub_seq\":";
        out += QByteArray::number(op.hubSeq);
        out += ",\"op\":";
        out += Op::wireJson(op.canonical, op.sig);
        out += '}';
    }
    out += ']';
    return count;
}
} // namespace

bool HubServer::TokenBucket::take(double amount, double rate, double burst)
{
    const double now = nowSeconds();
    if (last == 0) {
        tokens = burst;
    } else {
        tokens = std::min(burst, tokens + (now - last) * rate);
    }
    last = now;
    if (tokens < amount)
        return false;
    tokens -= amount;
    return true;
}

// A pushed batch on its way: its ops are parsed and their signatures checked on worker
// threads (every core) while the hub's thread writes other batches; then written in order.
struct HubServer::PushWork
{
    struct Pushed
    {
        std::optional<Op> op;
        QString error;
        QByteArray canonical;
        bool signatureOk = false;
    };
    std::vector<QJsonObject> objects;
    std::vector<Pushed> pushed;
    QByteArray publicKey;
    // Last member: destroyed first, which waits for the workers while the rest is alive.
    std::future<void> verified;

    void verify()
    {
        parallelFor(pushed.size(), [this](std::size_t i) {
            Pushed &p = pushed[i];
            p.op = Op::fromJsonObject(objects[i], &p.error);
            if (!p.op)
                return;
            p.canonical = p.op->canonical();
            p.signatureOk = p.op->verifyCanonical(publicKey, p.canonical);
        });
    }
    bool ready() const
    {
        return !verified.valid()
            || verified.wait_for(std::chrono::seconds(0)) == std::future_status::ready;
    }
};

struct HubServer::Session
{
    enum class Stage { Connecting, Pending, Authenticated };
    QTcpSocket *tcp = nullptr; // owned by the hub (child of the listener)
    QWebSocket *socket = nullptr; // from the HTTP upgrade on
    Stage stage = Stage::Connecting;
    QString address; // addressKey() of the peer
    quint64 order = 0; // accept order: lower is older
    bool closing = false; // close frame sent: nothing more is read or sent
    qint64 partialMessageBytes = 0; // fragments of a text message not complete yet
    qint64 inFlight = 0; // as last counted in m_inFlight (and m_deviceInFlight[inFlightDevice])
    QString inFlightDevice;
    QTimer closeTimer;
    QByteArray challenge;
    std::optional<HubDevice> device;
    QTimer handshakeTimer;
    TokenBucket frames; // before authentication; then the device's own bucket counts
    int errors = 0;
    // Frames are answered in the order they came: behind a push being verified, later frames
    // wait (a frame, or the push itself once started).
    struct Queued
    {
        QJsonObject frame;
        std::unique_ptr<PushWork> push;
    };
    std::deque<Queued> queue;
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
{
    // While batches are being verified, look for finished ones every millisecond.
    m_drain.setInterval(1);
    connect(&m_drain, &QTimer::timeout, this, &HubServer::drainAll);
}

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
    }
    m_sessions.clear();
    m_connections.clear();
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
    connect(&m_revocationPoll, &QTimer::timeout, this, &HubServer::closeRevokedSessions);
    connect(&m_revocationPoll, &QTimer::timeout, this, &HubServer::pruneEnrolFailures);
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
        if (!s || s->device)
            return;
        if (s->stage == Session::Stage::Connecting) {
            tcp->abort(); // TLS or the HTTP upgrade not done in time
            drop(tcp);
        } else {
            sendError(*s, QLatin1String(protocol::error::HandshakeTimeout),
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
        if (auto s = m_sessions.value(socket))
            onText(*s, text);
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
            sendError(*s, QLatin1String(protocol::error::BinaryFrame),
                      QStringLiteral("only JSON text frames"));
    });
    connect(socket, &QWebSocket::disconnected, this, [this, socket] {
        if (auto s = m_sessions.value(socket))
            drop(s->tcp);
    });

    int pending = 0;
    int pendingHere = 0;
    std::shared_ptr<Session> oldest;
    for (const auto &s : std::as_const(m_sessions)) {
        if (s == session || s->device || s->closing)
            continue;
        ++pending;
        pendingHere += s->address == session->address ? 1 : 0;
        if (!oldest || s->order < oldest->order)
            oldest = s;
    }
    if (pendingHere >= m_limits.maxPendingPerAddress) {
        sendError(*session, QLatin1String(protocol::error::Busy),
                  QStringLiteral("too many pending handshakes from this address"), true);
        return;
    }
    if (pending >= m_limits.maxPendingHandshakes && oldest) {
        // Room for the newcomer: a real client authenticates within a round trip, so the
        // oldest pending handshake is the likeliest to be stuck (or hostile).
        qCInfo(lcSync) << "too many pending handshakes: evicting the oldest";
        sendError(*oldest, QLatin1String(protocol::error::Busy),
                  QStringLiteral("evicted: too many pending handshakes"), true);
    }
    session->challenge.resize(32);
    ensureSodium();
    randombytes_buf(session->challenge.data(), 32);
    qCInfo(lcSync) << "connection from" << socket->peerAddress().toString();
    send(*session,
         {{"t", protocol::frame::Hello},
          {"v", protocol::kVersion},
          {"challenge", QString::fromLatin1(session->challenge.toBase64())},
          {"limits",
           QJsonObject {{"max_frame_bytes", m_limits.maxFrameBytes},
                        {"max_handshake_frame_bytes", m_limits.maxHandshakeFrameBytes},
                        {"max_blob_bytes", m_store.blobs().blobLimits().maxBlobBytes},
                        {"max_ops_per_push", m_limits.maxOpsPerPush},
                        {"max_ops_per_page", m_limits.maxOpsPerPage},
                        {"max_sessions_per_device", m_limits.maxSessionsPerDevice},
                        {"handshake_ms", m_limits.handshakeMs}}}});
}

void HubServer::drop(QTcpSocket *tcp)
{
    const auto s = m_connections.take(tcp);
    if (!s)
        return;
    releaseInFlight(*s);
    s->handshakeTimer.stop();
    s->closeTimer.stop();
    s->queue.clear();
    tcp->disconnect(this);
    if (s->socket) {
        m_sessions.remove(s->socket);
        qCInfo(lcSync) << "disconnected"
                       << (s->device ? s->device->id : QStringLiteral("(unauthenticated)"));
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
    session.queue.clear();
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
    if (delta < 0 || session.closing)
        return;
    if (device > m_limits.maxDeviceInFlightBytes || m_inFlight > m_limits.maxInFlightBytes) {
        qCWarning(lcSync) << "in-flight frame bytes over the budget:" << m_inFlight
                          << "over the hub," << device << "for the device; closing";
        sendError(session, QLatin1String(protocol::error::InFlightLimit),
                  QStringLiteral("too many frame bytes being received at once"), true);
    }
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

void HubServer::send(Session &session, const QJsonObject &frame)
{
    if (session.closing || !session.socket)
        return;
    session.socket->sendTextMessage(
        QString::fromUtf8(QJsonDocument(frame).toJson(QJsonDocument::Compact)));
}

void HubServer::sendError(Session &session, const QString &code, const QString &message, bool close)
{
    if (session.closing)
        return;
    send(session, {{"t", protocol::frame::Error}, {"code", code}, {"message", message}});
    if (close || ++session.errors >= m_limits.maxErrorsBeforeClose)
        closeSession(session, code);
}

void HubServer::onText(Session &session, const QString &text)
{
    m_frameReceivedNs = trace::enabled() ? trace::nowNs() : 0;
    session.partialMessageBytes = 0;
    if (session.closing)
        return;
    TokenBucket &bucket = session.device ? m_frameBuckets[session.device->id] : session.frames;
    if (!bucket.take(1, m_limits.framesPerSecond, m_limits.frameBurst)) {
        sendError(session, QLatin1String(protocol::error::RateLimited),
                  QStringLiteral("too many frames; slow down"));
        return;
    }
    if (qint64(text.size()) * 3 > m_limits.maxFrameBytes
        && text.toUtf8().size() > m_limits.maxFrameBytes) {
        sendError(session, QLatin1String(protocol::error::FrameTooLarge),
                  QStringLiteral("at most %1 bytes per frame").arg(m_limits.maxFrameBytes), true);
        return;
    }
    QJsonParseError parseError {};
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        sendError(session, QLatin1String(protocol::error::Malformed),
                  QStringLiteral("not a JSON object"));
        return;
    }
    guarded(session, [&] { handle(session, doc.object()); });
}

void HubServer::guarded(Session &session, const std::function<void()> &serve)
{
    try {
        serve();
    } catch (const std::exception &e) { // StorageError, or a worker's failure rethrown here
        qCWarning(lcSync) << "error while serving a frame:" << e.what();
        sendError(session, QLatin1String(protocol::error::Internal),
                  QStringLiteral("the hub could not store it"));
    }
}

void HubServer::handle(Session &session, const QJsonObject &frame)
{
    const QString type = frame.value(QLatin1String("t")).toString();
    if (type == QLatin1String(protocol::frame::Ping)) {
        send(session, {{"t", protocol::frame::Pong}});
        return;
    }
    if (!session.device) {
        if ((type == QLatin1String(protocol::frame::Enrol)
             || type == QLatin1String(protocol::frame::Auth))
            && frame.value(QLatin1String("v")).toInt(-1) != protocol::kVersion) {
            sendError(session, QLatin1String(protocol::error::UnsupportedVersion),
                      QStringLiteral("this hub speaks protocol version %1").arg(protocol::kVersion),
                      true);
            return;
        }
        if (type == QLatin1String(protocol::frame::Enrol))
            handleEnrol(session, frame);
        else if (type == QLatin1String(protocol::frame::Auth))
            handleAuth(session, frame);
        else if (type == QLatin1String(protocol::frame::Push)
                 || type == QLatin1String(protocol::frame::Pull)
                 || type == QLatin1String(protocol::frame::Devices)
                 || type.startsWith(QLatin1String(protocol::blob::FramePrefix)))
            sendError(session, QLatin1String(protocol::error::NotAuthenticated),
                      QStringLiteral("authenticate first"));
        else
            sendError(session, QLatin1String(protocol::error::UnknownType),
                      QStringLiteral("unknown message type"));
        return;
    }
    if (!session.queue.empty()) {
        if (session.queue.size() >= kMaxQueuedFrames) {
            sendError(session, QLatin1String(protocol::error::RateLimited),
                      QStringLiteral("too many frames waiting; wait for the acks"));
            return;
        }
        session.queue.push_back({frame, nullptr});
        return;
    }
    dispatch(session, frame);
}

void HubServer::dispatch(Session &session, const QJsonObject &frame)
{
    const QString type = frame.value(QLatin1String("t")).toString();
    if (type == QLatin1String(protocol::frame::Push)) {
        if (auto work = startPush(session, frame)) {
            session.queue.push_front({{}, std::move(work)});
            m_drain.start();
        }
    } else if (type == QLatin1String(protocol::frame::Pull))
        handlePull(session, frame);
    else if (type == QLatin1String(protocol::frame::Devices))
        handleDevices(session);
    else if (type == QLatin1String(protocol::blob::Put)
             || type == QLatin1String(protocol::blob::Chunk)
             || type == QLatin1String(protocol::blob::Get))
        guarded(session, [&] { handleBlob(session, type, frame); });
    else
        sendError(session, QLatin1String(protocol::error::UnknownType),
                  QStringLiteral("unknown message type"));
}

void HubServer::handleBlob(Session &session, const QString &type, const QJsonObject &frame)
{
    const HubDevice &device = *session.device;
    const QString sha = frame.value(QLatin1String("sha256")).toString();
    auto refuse = [&](const QString &code, std::optional<int> index = std::nullopt) {
        QJsonObject answer {{"t", protocol::blob::Refused}, {"sha256", sha}, {"code", code}};
        if (index)
            answer.insert(QStringLiteral("index"), *index);
        send(session, answer);
    };
    if (!blob::isSha256Hex(sha)) {
        sendError(session, QLatin1String(protocol::error::BadRequest),
                  QStringLiteral("%1: sha256 is 64 lowercase hex digits").arg(type));
        return;
    }
    if (type == QLatin1String(protocol::blob::Put)) {
        const auto size = integerMember(frame, QLatin1String("size"), 0, -1);
        QStringList hex;
        for (const QJsonValue &v : frame.value(QLatin1String("chunks")).toArray())
            hex << v.toString();
        const auto hashes = blob::hashesFromHex(hex);
        if (!size || *size < 0 || !frame.value(QLatin1String("chunks")).isArray() || !hashes
            || hashes->size() != qsizetype(blob::chunkCount(*size)) * 32) {
            sendError(session, QLatin1String(protocol::error::BadRequest),
                      QStringLiteral("blob-put: size (an integer >= 0) and chunks (one SHA-256 "
                                     "per 256 KiB, in order)"));
            return;
        }
        const auto answer = m_store.blobs().putBlob(device, sha, *size, *hashes);
        if (!answer.refusal.isEmpty()) {
            refuse(answer.refusal);
            return;
        }
        QJsonArray have;
        for (int i : answer.have)
            have.append(i);
        send(session,
             {{"t", protocol::blob::Status},
              {"sha256", sha},
              {"complete", answer.complete},
              {"have", have}});
    } else if (type == QLatin1String(protocol::blob::Chunk)) {
        const auto index = integerMember(frame, QLatin1String("index"), 0, -1);
        const auto decoded = QByteArray::fromBase64Encoding(
            frame.value(QLatin1String("data")).toString().toLatin1(),
            QByteArray::AbortOnBase64DecodingErrors);
        if (!index || *index < 0
            || *index > blob::chunkCount(m_store.blobs().blobLimits().maxBlobBytes)
            || !frame.value(QLatin1String("data")).isString() || !decoded) {
            sendError(session, QLatin1String(protocol::error::BadRequest),
                      QStringLiteral("blob-chunk: index (an integer >= 0) and data (base64)"));
            return;
        }
        const auto answer = m_store.blobs().putBlobChunk(device, sha, int(*index), *decoded);
        if (!answer.refusal.isEmpty()) {
            refuse(answer.refusal, int(*index));
            return;
        }
        send(session,
             {{"t", protocol::blob::Stored},
              {"sha256", sha},
              {"index", int(*index)},
              {"complete", answer.complete}});
    } else {
        const auto index = integerMember(frame, QLatin1String("index"), 0, -1);
        if (!index) {
            sendError(session, QLatin1String(protocol::error::BadRequest),
                      QStringLiteral("blob-get: index, when given, is an integer >= 0"));
            return;
        }
        if (*index < 0) {
            const auto meta = m_store.blobs().blobFor(device, sha);
            if (!meta) {
                refuse(QLatin1String(protocol::blob::NotFound));
                return;
            }
            QJsonArray chunks;
            for (const QString &h : blob::hashesToHex(meta->chunkHashes))
                chunks.append(h);
            send(session,
                 {{"t", protocol::blob::Meta},
                  {"sha256", sha},
                  {"size", meta->size},
                  {"chunks", chunks}});
            return;
        }
        const auto data = *index <= INT_MAX ? m_store.blobs().blobChunkFor(device, sha, int(*index))
                                            : std::nullopt;
        if (!data) {
            refuse(QLatin1String(protocol::blob::NotFound), int(std::min<qint64>(*index, INT_MAX)));
            return;
        }
        send(session,
             {{"t", protocol::blob::Data},
              {"sha256", sha},
              {"index", int(*index)},
              {"data", QString::fromLatin1(data->toBase64())}});
    }
}

bool HubServer::enrolmentBlocked(const QString &address)
{
    auto it = m_enrolFailures.find(address);
    if (it == m_enrolFailures.end())
        return false;
    const qint64 since = nowMs() - m_limits.enrolFailureWindowMs;
    while (!it->empty() && it->front() <= since)
        it->pop_front();
    if (it->empty()) {
        m_enrolFailures.erase(it);
        return false;
    }
    return int(it->size()) >= m_limits.maxEnrolFailuresPerAddress;
}

void HubServer::pruneEnrolFailures()
{
    const qint64 since = nowMs() - m_limits.enrolFailureWindowMs;
    for (auto it = m_enrolFailures.begin(); it != m_enrolFailures.end();) {
        while (!it->empty() && it->front() <= since)
            it->pop_front();
        it = it->empty() ? m_enrolFailures.erase(it) : std::next(it);
    }
}

void HubServer::handleEnrol(Session &session, const QJsonObject &frame)
{
    // Codes are 120 bits, but guesses cost nothing: per address, a few failures a minute,
    // counted across connections; beyond, the code is not even looked at.
    if (enrolmentBlocked(session.address)) {
        sendError(session, QLatin1String(protocol::error::RateLimited),
                  QStringLiteral("too many failed enrolments from this address; wait a minute"),
                  true);
        return;
    }
    const QByteArray key
        = QByteArray::fromBase64(frame.value(QLatin1String("public_key")).toString().toLatin1());
    try {
        const HubDevice device = m_store.directory().redeemEnrolment(
            frame.value(QLatin1String("code")).toString(), key);
        send(session,
             {{"t", protocol::frame::Enrolled},
              {"device", device.id},
              {"analyst", device.analystId},
              {"analyst_name", device.analystName},
              {"centre", device.centre},
              {"certificate_sha256", m_store.certificateFingerprint()}});
        qCInfo(lcSync) << "enrolled device" << device.id << "of" << device.centre;
        broadcastDirectory(); // so that connected devices can verify its ops at once
    } catch (const HubError &e) {
        auto &failures = m_enrolFailures[session.address];
        failures.push_back(nowMs());
        while (int(failures.size()) > m_limits.maxEnrolFailuresPerAddress)
            failures.pop_front();
        sendError(session, QLatin1String(protocol::error::EnrolRejected),
                  QString::fromUtf8(e.what()));
    }
}

void HubServer::handleAuth(Session &session, const QJsonObject &frame)
{
    const QString deviceId = frame.value(QLatin1String("device")).toString();
    const QByteArray sig
        = QByteArray::fromBase64(frame.value(QLatin1String("sig")).toString().toLatin1());
    const auto device = m_store.directory().device(deviceId);
    if (!device || device->revoked
        || !DeviceKey::verify(device->publicKey,
                              QByteArray(protocol::kAuthContext) + session.challenge, sig)) {
        // One answer for unknown, revoked and bad signature.
        sendError(session, QLatin1String(protocol::error::AuthFailed),
                  QStringLiteral("authentication failed"), true);
        return;
    }
    // At most maxSessionsPerDevice sessions per device: the oldest goes (a device that lost
    // its connection without noticing comes back on a new one).
    std::shared_ptr<Session> oldest;
    int sessions = 0;
    for (const auto &s : std::as_const(m_sessions)) {
        if (!s->device || s->closing || s->device->id != device->id)
            continue;
        ++sessions;
        if (!oldest || s->order < oldest->order)
            oldest = s;
    }
    if (sessions >= m_limits.maxSessionsPerDevice && oldest) {
        qCInfo(lcSync) << "device" << device->id << "has too many sessions: closing the oldest";
        sendError(*oldest, QLatin1String(protocol::error::TooManySessions),
                  QStringLiteral("this device opened a newer session"), true);
    }
    session.device = device;
    session.stage = Session::Stage::Authenticated;
    session.handshakeTimer.stop();
    // Its in-flight bytes count for its device from now on; full-size frames are allowed.
    releaseInFlight(session);
    session.inFlightDevice = device->id;
    account(session);
    session.socket->setMaxAllowedIncomingMessageSize(quint64(m_limits.maxFrameBytes) * 2);
    session.socket->setMaxAllowedIncomingFrameSize(quint64(m_limits.maxFrameBytes) * 2);
    qCInfo(lcSync) << "authenticated device" << device->id << "of" << device->centre;
    send(session,
         {{"t", protocol::frame::Welcome},
          {"device", device->id},
          {"analyst", device->analystId},
          {"centre", device->centre},
          {"last_hub_seq", m_store.feed().lastHubSeq()}});
}

std::unique_ptr<HubServer::PushWork> HubServer::startPush(Session &session,
                                                          const QJsonObject &frame)
{
    const QJsonArray ops = frame.value(QLatin1String("ops")).toArray();
    if (ops.size() > m_limits.maxOpsPerPush) {
        sendError(session, QLatin1String(protocol::error::BatchTooLarge),
                  QStringLiteral("at most %1 ops per push").arg(m_limits.maxOpsPerPush));
        return nullptr;
    }
    // The device may have been revoked since it authenticated.
    session.device = m_store.directory().device(session.device->id);
    if (!session.device || session.device->revoked) {
        sendError(session, QLatin1String(protocol::error::DeviceRevoked),
                  QStringLiteral("this device is revoked"), true);
        return nullptr;
    }
    if (!m_opBuckets[session.device->id].take(double(ops.size()), m_limits.opsPerSecond,
                                              m_limits.opBurst)) {
        sendError(session, QLatin1String(protocol::error::RateLimited),
                  QStringLiteral("too many changes; slow down"));
        return nullptr;
    }
    auto work = std::make_unique<PushWork>();
    work->objects.reserve(std::size_t(ops.size()));
    for (const QJsonValue &v : ops)
        work->objects.push_back(v.toObject());
    work->pushed.resize(work->objects.size());
    work->publicKey = session.device->publicKey;
    if (m_frameReceivedNs) {
        for (const QJsonObject &o : work->objects)
            trace::markAt("hub_received", o.value(QLatin1String("id")).toString(), nullptr,
                          m_frameReceivedNs);
    }
    if (work->pushed.size() <= kInlinePush) {
        // A live edit or two: checked and written at once, no worker round trip.
        work->verify();
        finishPush(session, *work);
        return nullptr;
    }
    PushWork *raw = work.get();
    work->verified = std::async(std::launch::async, [raw] { raw->verify(); });
    return work;
}

void HubServer::finishPush(Session &session, PushWork &work)
{
    if (trace::enabled()) {
        const std::int64_t now = trace::nowNs();
        for (const auto &p : work.pushed) {
            if (p.op)
                trace::markAt("hub_verified", p.op->id(), nullptr, now);
        }
    }
    // Revoked while its batch was being verified: nothing of it is written.
    session.device = m_store.directory().device(session.device->id);
    if (!session.device || session.device->revoked) {
        sendError(session, QLatin1String(protocol::error::DeviceRevoked),
                  QStringLiteral("this device is revoked"), true);
        return;
    }
    QJsonArray acks;
    QJsonArray rejected;
    QList<FeedEntry> fresh;
    std::vector<HubRules::Candidate> candidates;
    candidates.reserve(work.pushed.size());
    for (const PushWork::Pushed &p : work.pushed) {
        if (p.op)
            candidates.push_back({&*p.op, p.canonical, p.signatureOk});
    }
    // One transaction: acks go out only after the ops are durable.
    const auto outcomes = m_store.rules().acceptBatch(candidates, *session.device);
    std::size_t next = 0;
    for (std::size_t i = 0; i < work.pushed.size(); ++i) {
        const PushWork::Pushed &p = work.pushed[i];
        if (!p.op) {
            rejected.append(QJsonObject {{"id", work.objects[i].value(QLatin1String("id"))},
                                         {"code", protocol::reject::MalformedOp},
                                         {"message", p.error}});
            continue;
        }
        const HubRules::Outcome &outcome = outcomes[next++];
        if (outcome.isAccepted()) {
            acks.append(QJsonObject {{"id", p.op->id()}, {"hub_seq", outcome.accepted.hubSeq}});
            fresh << outcome.accepted.entries;
        } else {
            rejected.append(QJsonObject {{"id", p.op->id()}, {"code", outcome.code}});
        }
    }
    const bool tracing = trace::enabled();
    const std::int64_t storedNs = tracing ? trace::nowNs() : 0;
    send(session, {{"t", protocol::frame::Ack}, {"acks", acks}, {"rejected", rejected}});
    if (!fresh.isEmpty())
        broadcast(fresh, &session);
    if (tracing) {
        const std::int64_t now = trace::nowNs();
        for (const QJsonValue &a : std::as_const(acks)) {
            const QString id = a.toObject().value(QLatin1String("id")).toString();
            trace::markAt("hub_stored", id, nullptr, storedNs);
            trace::markAt("hub_fanned_out", id, nullptr, now);
        }
    }
}

void HubServer::drainAll()
{
    bool verifying = false;
    const auto sessions = m_sessions.values(); // a frame may close a session meanwhile
    for (const auto &s : sessions) {
        drain(*s);
        verifying = verifying || !s->queue.empty();
    }
    if (!verifying)
        m_drain.stop();
}

void HubServer::drain(Session &session)
{
    while (!session.queue.empty()) {
        Session::Queued &front = session.queue.front();
        if (front.push) {
            if (!front.push->ready())
                return;
            const std::unique_ptr<PushWork> work = std::move(front.push);
            session.queue.pop_front();
            guarded(session, [&] {
                work->verified.get(); // rethrows a worker's exception here
                finishPush(session, *work);
            });
            continue;
        }
        const QJsonObject frame = std::move(front.frame);
        session.queue.pop_front();
        guarded(session, [&] { dispatch(session, frame); });
    }
}

void HubServer::broadcast(const QList<FeedEntry> &ops, const Session *origin)
{
    // Centres have few devices each: build each centre's frame once (each analyst's, when an
    // entry is for named analysts only).
    const bool perAnalyst = std::any_of(ops.cbegin(), ops.cend(), [](const auto &op) {
        return !op.analyst.isEmpty() || !op.audience.isEmpty();
    });
    QHash<QString, QString> frames;
    for (const auto &s : std::as_const(m_sessions)) {
        if (!s->device || s->closing || s.get() == origin)
            continue;
        const QString &centre = s->device->centre;
        const QString key = perAnalyst ? centre + QLatin1Char('\n') + s->device->analystId : centre;
        auto it = frames.find(key);
        if (it == frames.end()) {
            QByteArray frame = QByteArray("{\"t\":\"") + protocol::frame::Live + "\",\"ops\":";
            const int count = appendEntries(frame, ops, centre, s->device->analystId);
            frame += '}';
            it = frames.insert(key, count ? QString::fromUtf8(frame) : QString());
        }
        if (!it->isEmpty())
            s->socket->sendTextMessage(*it); // not closing: checked above
    }
}

void HubServer::handlePull(Session &session, const QJsonObject &frame)
{
    const auto afterValue = integerMember(frame, QLatin1String("after"), 0, 0);
    const auto limitValue = integerMember(frame, QLatin1String("limit"), 1, m_limits.maxOpsPerPage);
    if (!afterValue || !limitValue) {
        sendError(session, QLatin1String(protocol::error::BadRequest),
                  QStringLiteral("pull: after is an integer 0..2^53-1, limit one 1..2^53-1"));
        return;
    }
    const qint64 after = *afterValue;
    const int limit = int(std::min<qint64>(*limitValue, m_limits.maxOpsPerPage));
    const qint64 last = m_store.feed().lastHubSeq();
    auto ops = m_store.feed().entriesAfter(after, limit + 1, session.device->centre,
                                           session.device->analystId);
    const bool more = ops.size() > limit;
    if (more)
        ops.removeLast();
    // cursor: the page is complete up to here (entries the device may not receive skipped).
    QByteArray page = QByteArray("{\"t\":\"") + protocol::frame::Page + "\",\"after\":";
    page += QByteArray::number(after);
    page += ",\"more\":";
    page += more ? "true" : "false";
    page += ",\"cursor\":";
    page += QByteArray::number(more ? ops.last().hubSeq : last);
    page += ",\"last_hub_seq\":";
    page += QByteArray::number(last);
    page += ",\"ops\":";
    appendEntries(page, ops, session.device->centre, session.device->analystId);
    page += '}';
    if (!session.closing)
        session.socket->sendTextMessage(QString::fromUtf8(page));
}

QJsonObject HubServer::directoryFrame() const
{
    QJsonArray list;
    for (const auto &d : m_store.directory().devices()) {
        list.append(QJsonObject {{"id", d.id},
                                 {"public_key", QString::fromLatin1(d.publicKey.toBase64())},
                                 {"analyst", d.analystId},
                                 {"analyst_name", d.analystName},
                                 {"centre", d.centre},
                                 {"revoked", d.revoked},
                                 {"last_valid_seq", d.lastValidSeq}});
    }
    return {{"t", protocol::frame::Devices}, {"devices", list}};
}

void HubServer::handleDevices(Session &session)
{
    send(session, directoryFrame());
}

void HubServer::broadcastDirectory()
{
    const QJsonObject frame = directoryFrame();
    for (const auto &s : std::as_const(m_sessions)) {
        if (s->device)
            send(*s, frame);
    }
}

void HubServer::closeRevokedSessions()
{
    QStringList revoked;
    for (const auto &s : std::as_const(m_sessions)) {
        if (!s->device)
            continue;
        const auto now = m_store.directory().device(s->device->id);
        if (!now || now->revoked)
            revoked << s->device->id;
    }
    for (const QString &id : std::as_const(revoked))
        disconnectDevice(id);
}

void HubServer::disconnectDevice(const QString &deviceId)
{
    // Closing may drop a session at once: pick them first, then close.
    QList<std::shared_ptr<Session>> sessions;
    for (const auto &s : std::as_const(m_sessions)) {
        if (s->device && s->device->id == deviceId)
            sessions << s;
    }
    for (const auto &s : std::as_const(sessions)) {
        qCInfo(lcSync) << "closing the session of revoked device" << deviceId;
        s->device.reset(); // no more frames served, nothing more sent live
        sendError(*s, QLatin1String(protocol::error::DeviceRevoked),
                  QStringLiteral("this device is revoked"), true);
    }
    if (!sessions.isEmpty())
        broadcastDirectory(); // the others refuse its later ops too
}

} // namespace liaison
