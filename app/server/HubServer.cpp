#include "server/HubServer.h"

#include "core/Logging.h"
#include "core/Parallel.h"
#include "crypto/DeviceKey.h"
#include "crypto/Sodium.h"

#include <sodium.h>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTimer>
#include <QWebSocket>
#include <QWebSocketServer>

#include <chrono>
#include <deque>
#include <functional>
#include <future>

namespace liaison {

namespace {
constexpr int kProtocolVersion = 1;
constexpr char kAuthContext[] = "liaison-auth-v1\n";
constexpr int kRevocationPollMs = 1000;
// Pushes of up to this many ops are checked and written at once; larger ones are checked on
// worker threads while the hub's thread serves other frames.
constexpr std::size_t kInlinePush = 32;
// Frames a device may have waiting behind its pushes before it is told to wait for the acks.
constexpr std::size_t kMaxQueuedFrames = 16;

double nowSeconds()
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

// `[{"hub_seq":N,"op":{...canonical...,"sig":"..."}}, ...]` written straight from the stored
// canonical bytes (valid JSON objects by construction): a page of 1,000 ops is the hot path
// of an initial sync, and a QJsonObject round trip per op cost more than the rest together.
// Returns how many entries it wrote.
int appendEntries(QByteArray &out, const QList<HubStore::StoredOp> &ops, const QString &centre)
{
    int count = 0;
    out += '[';
    for (const auto &op : ops) {
        if (!op.isVisibleTo(centre) || !op.canonical.endsWith('}'))
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
    QWebSocket *socket = nullptr;
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
    // Aborting emits disconnected(): detach first so drop() does not edit m_sessions meanwhile.
    const QList<QWebSocket *> sockets = m_sessions.keys();
    for (QWebSocket *socket : sockets) {
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    }
    m_sessions.clear();
}

bool HubServer::listen(const QHostAddress &address, quint16 port, bool plain, QString *error)
{
    if (plain && !address.isLoopback()) {
        *error = QStringLiteral("ws:// (--plain-loopback) is allowed on a loopback address only");
        return false;
    }
    m_server = std::make_unique<QWebSocketServer>(QStringLiteral("liaison-hub"),
                                                  plain ? QWebSocketServer::NonSecureMode
                                                        : QWebSocketServer::SecureMode);
    if (!plain) {
        const QString dir = QFileInfo(m_store.db().path()).absolutePath();
        QFile keyFile(QDir(dir).filePath(QLatin1String(HubStore::kTlsKeyFile)));
        QFile certFile(QDir(dir).filePath(QLatin1String(HubStore::kTlsCertFile)));
        if (!keyFile.open(QIODevice::ReadOnly) || !certFile.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("cannot read tls.key / tls.crt");
            return false;
        }
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Ec));
        tls.setLocalCertificate(QSslCertificate(certFile.readAll()));
        tls.setProtocol(QSsl::TlsV1_2OrLater);
        m_server->setSslConfiguration(tls);
    }
    m_server->setMaxPendingConnections(m_limits.maxPendingHandshakes);
    connect(m_server.get(), &QWebSocketServer::newConnection, this, &HubServer::onNewConnection);
    // `liaison-hub revoke` runs in another process: notice its revocations here.
    connect(&m_revocationPoll, &QTimer::timeout, this, &HubServer::closeRevokedSessions);
    m_revocationPoll.start(kRevocationPollMs);
    if (!m_server->listen(address, port)) {
        *error = m_server->errorString();
        return false;
    }
    qCInfo(lcSync) << "hub listening on" << address.toString() << m_server->serverPort()
                   << (plain ? "(ws, loopback)" : "(wss)");
    return true;
}

quint16 HubServer::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

void HubServer::onNewConnection()
{
    while (QWebSocket *socket = m_server->nextPendingConnection()) {
        int handshaking = 0;
        for (const auto &s : std::as_const(m_sessions))
            handshaking += s->device ? 0 : 1;
        auto session = std::make_shared<Session>();
        session->socket = socket;
        m_sessions.insert(socket, session);
        // Frames up to twice the limit are read and answered with an error frame; larger ones
        // make the WebSocket layer close the connection (close code 1009).
        socket->setMaxAllowedIncomingMessageSize(quint64(m_limits.maxFrameBytes) * 2);
        socket->setMaxAllowedIncomingFrameSize(quint64(m_limits.maxFrameBytes) * 2);
        connect(socket, &QWebSocket::textMessageReceived, this,
                [this, socket](const QString &text) {
                    if (auto s = m_sessions.value(socket))
                        onText(*s, text);
                });
        connect(socket, &QWebSocket::binaryMessageReceived, this,
                [this, socket](const QByteArray &) {
                    if (auto s = m_sessions.value(socket))
                        sendError(*s, QStringLiteral("binary-frame"),
                                  QStringLiteral("only JSON text frames"));
                });
        connect(socket, &QWebSocket::disconnected, this, [this, socket] { drop(socket); });
        if (handshaking >= m_limits.maxPendingHandshakes) {
            sendError(*session, QStringLiteral("busy"),
                      QStringLiteral("too many pending handshakes"), true);
            continue;
        }
        session->challenge.resize(32);
        ensureSodium();
        randombytes_buf(session->challenge.data(), 32);
        session->handshakeTimer.setSingleShot(true);
        connect(&session->handshakeTimer, &QTimer::timeout, this, [this, socket] {
            if (auto s = m_sessions.value(socket); s && !s->device)
                sendError(*s, QStringLiteral("handshake-timeout"),
                          QStringLiteral("no authentication in time"), true);
        });
        session->handshakeTimer.start(m_limits.handshakeMs);
        qCInfo(lcSync) << "connection from" << socket->peerAddress().toString();
        send(*session,
             {{"t", "hello"},
              {"v", kProtocolVersion},
              {"challenge", QString::fromLatin1(session->challenge.toBase64())},
              {"limits",
               QJsonObject {{"max_frame_bytes", m_limits.maxFrameBytes},
                            {"max_ops_per_push", m_limits.maxOpsPerPush},
                            {"max_ops_per_page", m_limits.maxOpsPerPage},
                            {"handshake_ms", m_limits.handshakeMs}}}});
    }
}

void HubServer::drop(QWebSocket *socket)
{
    if (auto s = m_sessions.take(socket)) {
        qCInfo(lcSync) << "disconnected"
                       << (s->device ? s->device->id : QStringLiteral("(unauthenticated)"));
        s->handshakeTimer.stop();
    }
    socket->deleteLater();
}

void HubServer::send(Session &session, const QJsonObject &frame)
{
    session.socket->sendTextMessage(
        QString::fromUtf8(QJsonDocument(frame).toJson(QJsonDocument::Compact)));
}

void HubServer::sendError(Session &session, const QString &code, const QString &message, bool close)
{
    send(session, {{"t", "error"}, {"code", code}, {"message", message}});
    if (close || ++session.errors >= m_limits.maxErrorsBeforeClose)
        session.socket->close(QWebSocketProtocol::CloseCodePolicyViolated, code);
}

void HubServer::onText(Session &session, const QString &text)
{
    TokenBucket &bucket = session.device ? m_frameBuckets[session.device->id] : session.frames;
    if (!bucket.take(1, m_limits.framesPerSecond, m_limits.frameBurst)) {
        sendError(session, QStringLiteral("rate-limited"),
                  QStringLiteral("too many frames; slow down"));
        return;
    }
    if (qint64(text.size()) * 3 > m_limits.maxFrameBytes
        && text.toUtf8().size() > m_limits.maxFrameBytes) {
        sendError(session, QStringLiteral("frame-too-large"),
                  QStringLiteral("at most %1 bytes per frame").arg(m_limits.maxFrameBytes), true);
        return;
    }
    QJsonParseError parseError {};
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        sendError(session, QStringLiteral("malformed"), QStringLiteral("not a JSON object"));
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
        sendError(session, QStringLiteral("internal"),
                  QStringLiteral("the hub could not store it"));
    }
}

void HubServer::handle(Session &session, const QJsonObject &frame)
{
    const QString type = frame.value(QLatin1String("t")).toString();
    if (type == QLatin1String("ping")) {
        send(session, {{"t", "pong"}});
        return;
    }
    if (!session.device) {
        if ((type == QLatin1String("enrol") || type == QLatin1String("auth"))
            && frame.value(QLatin1String("v")).toInt(-1) != kProtocolVersion) {
            sendError(session, QStringLiteral("unsupported-version"),
                      QStringLiteral("this hub speaks protocol version %1").arg(kProtocolVersion),
                      true);
            return;
        }
        if (type == QLatin1String("enrol"))
            handleEnrol(session, frame);
        else if (type == QLatin1String("auth"))
            handleAuth(session, frame);
        else if (type == QLatin1String("push") || type == QLatin1String("pull")
                 || type == QLatin1String("devices"))
            sendError(session, QStringLiteral("not-authenticated"),
                      QStringLiteral("authenticate first"));
        else
            sendError(session, QStringLiteral("unknown-type"),
                      QStringLiteral("unknown message type"));
        return;
    }
    if (!session.queue.empty()) {
        if (session.queue.size() >= kMaxQueuedFrames) {
            sendError(session, QStringLiteral("rate-limited"),
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
    if (type == QLatin1String("push")) {
        if (auto work = startPush(session, frame)) {
            session.queue.push_front({{}, std::move(work)});
            m_drain.start();
        }
    } else if (type == QLatin1String("pull"))
        handlePull(session, frame);
    else if (type == QLatin1String("devices"))
        handleDevices(session);
    else
        sendError(session, QStringLiteral("unknown-type"), QStringLiteral("unknown message type"));
}

void HubServer::handleEnrol(Session &session, const QJsonObject &frame)
{
    const QByteArray key
        = QByteArray::fromBase64(frame.value(QLatin1String("public_key")).toString().toLatin1());
    try {
        const HubDevice device
            = m_store.redeemEnrolment(frame.value(QLatin1String("code")).toString(), key);
        send(session,
             {{"t", "enrolled"},
              {"device", device.id},
              {"analyst", device.analystId},
              {"analyst_name", device.analystName},
              {"centre", device.centre},
              {"certificate_sha256", m_store.certificateFingerprint()}});
        qCInfo(lcSync) << "enrolled device" << device.id << "of" << device.centre;
        broadcastDirectory(); // so that connected devices can verify its ops at once
    } catch (const HubError &e) {
        sendError(session, QStringLiteral("enrol-rejected"), QString::fromUtf8(e.what()));
    }
}

void HubServer::handleAuth(Session &session, const QJsonObject &frame)
{
    const QString deviceId = frame.value(QLatin1String("device")).toString();
    const QByteArray sig
        = QByteArray::fromBase64(frame.value(QLatin1String("sig")).toString().toLatin1());
    const auto device = m_store.device(deviceId);
    if (!device || device->revoked
        || !DeviceKey::verify(device->publicKey, QByteArray(kAuthContext) + session.challenge,
                              sig)) {
        // One answer for unknown, revoked and bad signature.
        sendError(session, QStringLiteral("auth-failed"), QStringLiteral("authentication failed"),
                  true);
        return;
    }
    session.device = device;
    session.handshakeTimer.stop();
    qCInfo(lcSync) << "authenticated device" << device->id << "of" << device->centre;
    send(session,
         {{"t", "welcome"},
          {"device", device->id},
          {"analyst", device->analystId},
          {"centre", device->centre},
          {"last_hub_seq", m_store.lastHubSeq()}});
}

std::unique_ptr<HubServer::PushWork> HubServer::startPush(Session &session,
                                                          const QJsonObject &frame)
{
    const QJsonArray ops = frame.value(QLatin1String("ops")).toArray();
    if (ops.size() > m_limits.maxOpsPerPush) {
        sendError(session, QStringLiteral("batch-too-large"),
                  QStringLiteral("at most %1 ops per push").arg(m_limits.maxOpsPerPush));
        return nullptr;
    }
    // The device may have been revoked since it authenticated.
    session.device = m_store.device(session.device->id);
    if (!session.device || session.device->revoked) {
        sendError(session, QStringLiteral("device-revoked"),
                  QStringLiteral("this device is revoked"), true);
        return nullptr;
    }
    if (!m_opBuckets[session.device->id].take(double(ops.size()), m_limits.opsPerSecond,
                                              m_limits.opBurst)) {
        sendError(session, QStringLiteral("rate-limited"),
                  QStringLiteral("too many changes; slow down"));
        return nullptr;
    }
    auto work = std::make_unique<PushWork>();
    work->objects.reserve(std::size_t(ops.size()));
    for (const QJsonValue &v : ops)
        work->objects.push_back(v.toObject());
    work->pushed.resize(work->objects.size());
    work->publicKey = session.device->publicKey;
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
    // Revoked while its batch was being verified: nothing of it is written.
    session.device = m_store.device(session.device->id);
    if (!session.device || session.device->revoked) {
        sendError(session, QStringLiteral("device-revoked"),
                  QStringLiteral("this device is revoked"), true);
        return;
    }
    QJsonArray acks;
    QJsonArray rejected;
    QList<HubStore::StoredOp> fresh;
    {
        Transaction tx(m_store.db());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (std::size_t i = 0; i < work.pushed.size(); ++i) {
            const PushWork::Pushed &p = work.pushed[i];
            if (!p.op) {
                rejected.append(QJsonObject {{"id", work.objects[i].value(QLatin1String("id"))},
                                             {"code", "malformed-op"},
                                             {"message", p.error}});
                continue;
            }
            try {
                const auto accepted
                    = m_store.accept(*p.op, p.canonical, p.signatureOk, *session.device, now);
                acks.append(QJsonObject {{"id", p.op->id()}, {"hub_seq", accepted.hubSeq}});
                fresh << accepted.entries;
            } catch (const HubError &e) {
                rejected.append(
                    QJsonObject {{"id", p.op->id()}, {"code", QString::fromUtf8(e.what())}});
            }
        }
        tx.commit(); // acks go out only after the ops are durable
    }
    send(session, {{"t", "ack"}, {"acks", acks}, {"rejected", rejected}});
    if (!fresh.isEmpty())
        broadcast(fresh, &session);
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

void HubServer::broadcast(const QList<HubStore::StoredOp> &ops, const Session *origin)
{
    // Centres have few devices each: build each centre's frame once.
    QHash<QString, QString> frames;
    for (const auto &s : std::as_const(m_sessions)) {
        if (!s->device || s.get() == origin)
            continue;
        const QString &centre = s->device->centre;
        auto it = frames.find(centre);
        if (it == frames.end()) {
            QByteArray frame("{\"t\":\"live\",\"ops\":");
            const int count = appendEntries(frame, ops, centre);
            frame += '}';
            it = frames.insert(centre, count ? QString::fromUtf8(frame) : QString());
        }
        if (!it->isEmpty())
            s->socket->sendTextMessage(*it);
    }
}

void HubServer::handlePull(Session &session, const QJsonObject &frame)
{
    const qint64 after
        = std::max<qint64>(0, qint64(frame.value(QLatin1String("after")).toDouble(0)));
    const int limit = std::clamp(frame.value(QLatin1String("limit")).toInt(m_limits.maxOpsPerPage),
                                 1, m_limits.maxOpsPerPage);
    const qint64 last = m_store.lastHubSeq();
    auto ops = m_store.opsAfter(after, limit + 1, session.device->centre);
    const bool more = ops.size() > limit;
    if (more)
        ops.removeLast();
    // cursor: the page is complete up to here (entries the device may not receive skipped).
    QByteArray page("{\"t\":\"page\",\"after\":");
    page += QByteArray::number(after);
    page += ",\"more\":";
    page += more ? "true" : "false";
    page += ",\"cursor\":";
    page += QByteArray::number(more ? ops.last().hubSeq : last);
    page += ",\"last_hub_seq\":";
    page += QByteArray::number(last);
    page += ",\"ops\":";
    appendEntries(page, ops, session.device->centre);
    page += '}';
    session.socket->sendTextMessage(QString::fromUtf8(page));
}

QJsonObject HubServer::directoryFrame() const
{
    QJsonArray list;
    for (const auto &d : m_store.devices()) {
        list.append(QJsonObject {{"id", d.id},
                                 {"public_key", QString::fromLatin1(d.publicKey.toBase64())},
                                 {"analyst", d.analystId},
                                 {"analyst_name", d.analystName},
                                 {"centre", d.centre},
                                 {"revoked", d.revoked},
                                 {"last_valid_seq", d.lastValidSeq}});
    }
    return {{"t", "devices"}, {"devices", list}};
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
        const auto now = m_store.device(s->device->id);
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
        sendError(*s, QStringLiteral("device-revoked"), QStringLiteral("this device is revoked"),
                  true);
    }
    if (!sessions.isEmpty())
        broadcastDirectory(); // the others refuse its later ops too
}

} // namespace liaison
