#include "sync/SyncEngine.h"

#include "core/Logging.h"
#include "storage/Database.h"
#include "sync/OpLog.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSslCertificate>
#include <QSslError>
#include <QWebSocket>

namespace liaison {

namespace {
constexpr char kAuthContext[] = "liaison-auth-v1\n";
constexpr int kPageSize = 1000;
constexpr int kPushBatch = 500;
} // namespace

SyncEngine::SyncEngine(OpLog &log, QObject *parent)
    : QObject(parent)
    , m_log(log)
{
    m_reconnect.setSingleShot(true);
    connect(&m_reconnect, &QTimer::timeout, this, &SyncEngine::connectNow);
    connect(&m_log, &OpLog::outboxChanged, this, [this](int size) {
        if (size > 0 && m_state == State::UpToDate)
            pushOutbox();
    });
}

SyncEngine::~SyncEngine()
{
    stop();
}

void SyncEngine::setHub(const QUrl &url, const QString &certificateSha256)
{
    m_url = url;
    m_pin = certificateSha256.toUpper();
}

qint64 SyncEngine::cursor() const
{
    return m_log.database().scalarInt("SELECT value FROM meta WHERE key = 'hub_cursor'", 0);
}

void SyncEngine::setCursor(qint64 cursor)
{
    Database &db = m_log.database();
    Transaction tx(db);
    db.cached("INSERT OR IGNORE INTO meta(key, value) VALUES ('hub_cursor', 0)").exec();
    db.cached("UPDATE meta SET value = ?1 WHERE key = 'hub_cursor' AND value < ?1")
        .bind(1, std::int64_t(cursor))
        .exec();
    tx.commit();
}

void SyncEngine::start()
{
    m_running = true;
    m_attempt = 0;
    connectNow();
}

void SyncEngine::stop()
{
    m_running = false;
    m_reconnect.stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket.reset();
    }
    setState(State::Offline);
}

void SyncEngine::setState(State state, const QString &reason)
{
    if (state == m_state && reason == m_reason)
        return;
    m_state = state;
    m_reason = reason;
    emit stateChanged(state, reason);
}

void SyncEngine::connectNow()
{
    if (!m_running)
        return;
    const bool plain = m_url.scheme() == QLatin1String("ws");
    if (plain && !QHostAddress(m_url.host()).isLoopback()
        && m_url.host() != QLatin1String("localhost")) {
        setState(State::Error, tr("ws:// is only allowed to this computer; use wss://"));
        return;
    }
    if (!plain && m_pin.isEmpty()) {
        setState(State::Error, tr("No hub certificate fingerprint to check the hub against"));
        return;
    }
    m_socket = std::make_unique<QWebSocket>();
    m_initialPullDone = false;
    m_pushInFlight = false;
    connect(m_socket.get(), &QWebSocket::textMessageReceived, this, &SyncEngine::onText);
    connect(m_socket.get(), &QWebSocket::disconnected, this, &SyncEngine::onDisconnected);
    connect(m_socket.get(), &QWebSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
        // Pinning: accept the self-signed hub certificate only if it is the one enrolled.
        const QSslCertificate peer = m_socket->sslConfiguration().peerCertificate();
        const QString seen
            = QString::fromLatin1(peer.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
        if (!peer.isNull() && seen == m_pin) {
            m_socket->ignoreSslErrors(errors);
        } else {
            setState(State::Error, tr("The hub's certificate is not the one you enrolled with"));
            m_running = false;
        }
    });
    setState(State::Connecting);
    m_socket->open(m_url);
}

void SyncEngine::onDisconnected()
{
    if (m_socket)
        m_socket.release()->deleteLater();
    if (!m_running)
        return;
    if (m_state != State::Error)
        setState(State::Offline);
    scheduleReconnect();
}

void SyncEngine::scheduleReconnect()
{
    // 0.5 s, 1 s, 2 s ... up to 60 s, each with +-50 % jitter so devices do not come back in step.
    const int base = std::min(60'000, 500 << std::min(m_attempt, 7));
    ++m_attempt;
    const double jitter = 0.5 + QRandomGenerator::global()->generateDouble();
    m_reconnect.start(int(base * jitter));
}

void SyncEngine::send(const QJsonObject &frame)
{
    if (m_socket)
        m_socket->sendTextMessage(
            QString::fromUtf8(QJsonDocument(frame).toJson(QJsonDocument::Compact)));
}

void SyncEngine::onText(const QString &text)
{
    const QJsonObject frame = QJsonDocument::fromJson(text.toUtf8()).object();
    const QString type = frame.value(QLatin1String("t")).toString();
    if (type == QLatin1String("hello")) {
        if (frame.value(QLatin1String("v")).toInt() != 1) {
            setState(State::Error,
                     tr("The hub speaks a protocol version this Liaison does not know"));
            m_running = false;
            m_socket->close();
            return;
        }
        const QByteArray challenge
            = QByteArray::fromBase64(frame.value(QLatin1String("challenge")).toString().toLatin1());
        const auto &id = m_log.identity();
        send(
            {{"t", "auth"},
             {"device", id.deviceId},
             {"sig",
              QString::fromLatin1(id.key->sign(QByteArray(kAuthContext) + challenge).toBase64())}});
    } else if (type == QLatin1String("welcome")) {
        m_attempt = 0;
        setState(State::Syncing);
        send({{"t", "devices"}});
    } else if (type == QLatin1String("devices")) {
        for (const QJsonValue &v : frame.value(QLatin1String("devices")).toArray()) {
            const QJsonObject d = v.toObject();
            try {
                m_log.registerDevice(
                    d.value(QLatin1String("id")).toString(),
                    QByteArray::fromBase64(
                        d.value(QLatin1String("public_key")).toString().toLatin1()),
                    d.value(QLatin1String("analyst")).toString(),
                    d.value(QLatin1String("centre")).toString(),
                    d.value(QLatin1String("revoked")).toBool());
            } catch (const std::invalid_argument &) {
                qCWarning(lcSync) << "hub sent a device whose id does not match its key";
            }
        }
        pull();
    } else if (type == QLatin1String("page")) {
        applyOps(frame.value(QLatin1String("ops")).toArray());
        if (frame.value(QLatin1String("more")).toBool()) {
            pull();
        } else {
            m_initialPullDone = true;
            pushOutbox();
        }
    } else if (type == QLatin1String("live")) {
        // Before the last page, every live op is also in a page still to come.
        if (m_initialPullDone)
            applyOps(frame.value(QLatin1String("ops")).toArray());
    } else if (type == QLatin1String("ack")) {
        m_pushInFlight = false;
        for (const QJsonValue &v : frame.value(QLatin1String("acks")).toArray()) {
            const QJsonObject a = v.toObject();
            m_log.acknowledge(a.value(QLatin1String("id")).toString(),
                              qint64(a.value(QLatin1String("hub_seq")).toDouble()));
        }
        const QJsonArray rejected = frame.value(QLatin1String("rejected")).toArray();
        if (!rejected.isEmpty()) {
            qCWarning(lcSync) << "hub rejected" << rejected.size() << "ops";
            setState(State::Error,
                     tr("The hub refused %n change(s)", nullptr, int(rejected.size())));
            return;
        }
        pushOutbox();
    } else if (type == QLatin1String("error")) {
        const QString code = frame.value(QLatin1String("code")).toString();
        qCWarning(lcSync) << "hub error" << code;
        setState(State::Error, tr("The hub reported an error: %1").arg(code));
        if (code == QLatin1String("auth-failed") || code == QLatin1String("device-revoked"))
            m_running = false;
    }
}

void SyncEngine::pull()
{
    send({{"t", "pull"}, {"after", cursor()}, {"limit", kPageSize}});
}

void SyncEngine::pushOutbox()
{
    if (m_pushInFlight || !m_initialPullDone)
        return;
    const auto pending = m_log.pendingOutbox(kPushBatch);
    if (pending.empty()) {
        setState(State::UpToDate);
        return;
    }
    setState(State::Syncing);
    QJsonArray ops;
    for (const auto &op : pending)
        ops.append(QJsonDocument::fromJson(op.toJson()).object());
    m_pushInFlight = true;
    send({{"t", "push"}, {"ops", ops}});
}

void SyncEngine::applyOps(const QJsonArray &ops)
{
    std::vector<Op> batch;
    qint64 last = 0;
    for (const QJsonValue &v : ops) {
        const QJsonObject entry = v.toObject();
        QString error;
        if (auto op = Op::fromJsonObject(entry.value(QLatin1String("op")).toObject(), &error))
            batch.push_back(std::move(*op));
        else
            qCWarning(lcSync) << "hub sent a malformed op:" << error;
        last = std::max(last, qint64(entry.value(QLatin1String("hub_seq")).toDouble()));
    }
    const auto result = m_log.applyRemote(batch);
    if (last > 0)
        setCursor(last);
    if (result.applied > 0)
        emit opsReceived(result.applied);
}

} // namespace liaison
