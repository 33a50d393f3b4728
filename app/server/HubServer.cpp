#include "server/HubServer.h"

#include "core/Logging.h"
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

namespace liaison {

namespace {
constexpr int kProtocolVersion = 1;
constexpr char kAuthContext[] = "liaison-auth-v1\n";
} // namespace

struct HubServer::Session
{
    QWebSocket *socket = nullptr;
    QByteArray challenge;
    std::optional<HubDevice> device;
    QTimer handshakeTimer;
    int errors = 0;
};

QJsonObject storedOpJson(const HubStore::StoredOp &op)
{
    QJsonObject o = QJsonDocument::fromJson(op.canonical).object();
    o.insert(QStringLiteral("sig"), QString::fromLatin1(op.sig.toBase64()));
    return o;
}

HubServer::HubServer(HubStore &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{ }

HubServer::~HubServer()
{
    for (auto it = m_sessions.begin(); it != m_sessions.end(); ++it)
        it.key()->abort();
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
        socket->setMaxAllowedIncomingMessageSize(quint64(m_limits.maxFrameBytes));
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
              {"challenge", QString::fromLatin1(session->challenge.toBase64())}});
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
    QJsonParseError parseError {};
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        sendError(session, QStringLiteral("malformed"), QStringLiteral("not a JSON object"));
        return;
    }
    try {
        handle(session, doc.object());
    } catch (const StorageError &e) {
        qCWarning(lcSync) << "storage error while serving a frame:" << e.what();
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
    if (type == QLatin1String("push"))
        handlePush(session, frame);
    else if (type == QLatin1String("pull"))
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
        Transaction tx(m_store.db());
        const HubDevice device
            = m_store.redeemEnrolment(frame.value(QLatin1String("code")).toString(), key);
        tx.commit();
        send(session,
             {{"t", "enrolled"},
              {"device", device.id},
              {"analyst", device.analystId},
              {"analyst_name", device.analystName},
              {"centre", device.centre},
              {"certificate_sha256", m_store.certificateFingerprint()}});
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

void HubServer::handlePush(Session &session, const QJsonObject &frame)
{
    const QJsonArray ops = frame.value(QLatin1String("ops")).toArray();
    if (ops.size() > m_limits.maxOpsPerPush) {
        sendError(session, QStringLiteral("batch-too-large"),
                  QStringLiteral("at most %1 ops per push").arg(m_limits.maxOpsPerPush));
        return;
    }
    // The device may have been revoked since it authenticated.
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
        for (const QJsonValue &value : ops) {
            QString error;
            const auto op = Op::fromJsonObject(value.toObject(), &error);
            if (!op) {
                rejected.append(QJsonObject {{"id", value.toObject().value(QLatin1String("id"))},
                                             {"code", "malformed-op"},
                                             {"message", error}});
                continue;
            }
            try {
                const auto accepted = m_store.accept(*op, *session.device);
                acks.append(QJsonObject {{"id", op->id()}, {"hub_seq", accepted.hubSeq}});
                if (!accepted.duplicate)
                    fresh << HubStore::StoredOp {accepted.hubSeq, op->centre, op->scope,
                                                 op->canonical(), op->sig};
            } catch (const HubError &e) {
                rejected.append(
                    QJsonObject {{"id", op->id()}, {"code", QString::fromUtf8(e.what())}});
            }
        }
        tx.commit(); // acks go out only after the ops are durable
    }
    send(session, {{"t", "ack"}, {"acks", acks}, {"rejected", rejected}});
    if (!fresh.isEmpty())
        broadcast(fresh, &session);
}

void HubServer::broadcast(const QList<HubStore::StoredOp> &ops, const Session *origin)
{
    for (const auto &s : std::as_const(m_sessions)) {
        if (!s->device || s.get() == origin)
            continue;
        QJsonArray visible;
        for (const auto &op : ops) {
            // Scope: an op of scope centre never leaves its centre.
            if (op.scope == QLatin1String("shared") || op.centre == s->device->centre)
                visible.append(QJsonObject {{"hub_seq", op.hubSeq}, {"op", storedOpJson(op)}});
        }
        if (!visible.isEmpty())
            send(*s, {{"t", "live"}, {"ops", visible}});
    }
}

void HubServer::handlePull(Session &session, const QJsonObject &frame)
{
    const qint64 after = qint64(frame.value(QLatin1String("after")).toDouble(0));
    const int limit = std::clamp(frame.value(QLatin1String("limit")).toInt(m_limits.maxOpsPerPage),
                                 1, m_limits.maxOpsPerPage);
    const auto ops = m_store.opsAfter(after, limit + 1, session.device->centre);
    QJsonArray page;
    for (int i = 0; i < std::min(limit, int(ops.size())); ++i)
        page.append(QJsonObject {{"hub_seq", ops[i].hubSeq}, {"op", storedOpJson(ops[i])}});
    send(session,
         {{"t", "page"},
          {"ops", page},
          {"more", ops.size() > limit},
          {"last_hub_seq", m_store.lastHubSeq()}});
}

void HubServer::handleDevices(Session &session)
{
    QJsonArray list;
    for (const auto &d : m_store.devices()) {
        list.append(QJsonObject {{"id", d.id},
                                 {"public_key", QString::fromLatin1(d.publicKey.toBase64())},
                                 {"analyst", d.analystId},
                                 {"centre", d.centre},
                                 {"revoked", d.revoked}});
    }
    send(session, {{"t", "devices"}, {"devices", list}});
}

void HubServer::disconnectDevice(const QString &deviceId)
{
    for (const auto &s : std::as_const(m_sessions)) {
        if (s->device && s->device->id == deviceId)
            sendError(*s, QStringLiteral("device-revoked"),
                      QStringLiteral("this device is revoked"), true);
    }
}

} // namespace liaison
