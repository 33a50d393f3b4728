#include "sync/SyncEngine.h"

#include "core/Logging.h"
#include "core/Trace.h"
#include "domain/Schema.h"
#include "storage/Database.h"
#include "storage/Meta.h"
#include "sync/BlobTransfer.h"
#include "sync/OpLog.h"
#include "sync/Protocol.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaMethod>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <future>
#include <utility>

namespace liaison {

namespace {
constexpr int kPageSize = 1000;
constexpr int kPushBatch = 500;
constexpr int kRateLimitedRetryMs = 1000;
constexpr int kClockAheadRetryMs = 30'000;
constexpr qint64 kAwaitingDirectory = -2; // m_requestedAfter while a directory is asked for

qint64 lastHubSeq(const QJsonArray &entries)
{
    qint64 last = 0;
    for (const QJsonValue &v : entries)
        last = std::max(last, qint64(v.toObject().value(QLatin1String("hub_seq")).toDouble()));
    return last;
}

// Codes after which retrying the same thing cannot help.
bool isFatalErrorCode(const QString &code)
{
    return code == QLatin1String(protocol::error::AuthFailed)
        || code == QLatin1String(protocol::error::DeviceRevoked)
        || code == QLatin1String(protocol::error::UnsupportedVersion);
}

} // namespace

std::optional<HubEndpoint> HubEndpoint::load(Database &db)
{
    const QString url = readMeta(db, "hub_url");
    if (url.isEmpty())
        return std::nullopt;
    return HubEndpoint {QUrl(url), readMeta(db, "hub_pin"), readMeta(db, "analyst_name")};
}

void HubEndpoint::save(Database &db) const
{
    Transaction tx(db);
    writeMeta(db, "hub_url", url.toString());
    writeMeta(db, "hub_pin", certificateSha256);
    tx.commit();
}

namespace {
// Enrolment is one transaction: the hub, the analyst's name and the identity together (this
// runs inside OpLog::setEnrolment's transaction).
void saveEnrolment(Database &db, const HubEndpoint &hub, const QString &analystName)
{
    writeMeta(db, "hub_url", hub.url.toString());
    writeMeta(db, "hub_pin", hub.certificateSha256);
    writeMeta(db, "analyst_name", analystName);
}
} // namespace

struct SyncEngine::PendingPage
{
    std::shared_ptr<OpLog::RemoteBatch> batch;
    std::future<void> verified;
    qint64 upTo = 0;
};

SyncEngine::SyncEngine(OpLog &log, QObject *parent)
    : QObject(parent)
    , m_log(log)
    , m_blobs(std::make_unique<BlobTransfer>(log.database()))
{
    m_reconnect.setSingleShot(true);
    connect(&m_reconnect, &QTimer::timeout, this, &SyncEngine::connectNow);
    m_liveFlush.setSingleShot(true);
    connect(&m_liveFlush, &QTimer::timeout, this, [this] {
        try {
            flushLive();
        } catch (const StorageError &e) {
            onStorageError(e);
        }
    });
    m_pushRetry.setSingleShot(true);
    connect(&m_pushRetry, &QTimer::timeout, this, &SyncEngine::pushOutbox);
    connect(&m_log, &OpLog::outboxChanged, this, [this](int size) {
        if (size > 0 && m_state == State::UpToDate)
            pushOutbox();
    });
    // A file added here (a local record naming a blob): upload it now rather than at the
    // next connection. Other changes cost nothing here.
    connect(&m_log, &OpLog::changesApplied, this, [this](const QList<AppliedChange> &changes) {
        for (const AppliedChange &c : changes) {
            const EntityDef *def = c.remote || !c.created ? nullptr : findEntity(c.entity);
            if (def && def->blobRef) {
                m_blobs->kick();
                return;
            }
        }
    });
}

SyncEngine::~SyncEngine()
{
    stop();
}

bool SyncEngine::isLoopbackHost(const QString &host)
{
    return host == QLatin1String("localhost") || QHostAddress(host).isLoopback();
}

QString SyncEngine::normaliseFingerprint(const QString &text)
{
    QString hex = text;
    static const QRegularExpression separators(QStringLiteral("[\\s:]"));
    hex.remove(separators);
    static const QRegularExpression onlyHex(QStringLiteral("^[0-9A-Fa-f]{64}$"));
    if (!onlyHex.match(hex).hasMatch())
        return {};
    hex = hex.toUpper();
    QStringList pairs;
    for (int i = 0; i < hex.size(); i += 2)
        pairs << hex.mid(i, 2);
    return pairs.join(QLatin1Char(':'));
}

void SyncEngine::setHub(const QUrl &url, const QString &certificateSha256)
{
    m_url = url;
    m_pin = normaliseFingerprint(certificateSha256);
}

bool SyncEngine::useSavedHub()
{
    const auto hub = HubEndpoint::load(m_log.database());
    if (!hub)
        return false;
    setHub(hub->url, hub->certificateSha256);
    return true;
}

qint64 SyncEngine::cursor() const
{
    return m_log.hubCursor();
}

void SyncEngine::start()
{
    m_mode = Mode::Sync;
    m_running = true;
    m_attempt = 0;
    connectNow();
}

void SyncEngine::stop()
{
    // Not applied: the cursor has not moved past them, they come again.
    m_liveFlush.stop();
    m_pendingLive = QJsonArray();
    m_running = false;
    m_pendingPage.reset(); // not applied: the cursor has not moved, it comes again
    m_reconnect.stop();
    m_pushRetry.stop();
    if (m_transport) {
        m_transport->disconnect(this);
        m_transport->abort();
        // Later: stop() may run inside one of the socket's own signals.
        m_transport.release()->deleteLater();
    }
    if (std::exchange(m_authenticated, false))
        emit sessionEnded();
    setState(State::Offline);
}

void SyncEngine::enrol(const QUrl &url, const QString &code, const QString &certificateSha256)
{
    stop();
    if (m_log.identity().isEnrolled()) {
        emit enrolmentFailed(tr("This profile is already enrolled with a hub"));
        return;
    }
    const QString scheme = url.scheme();
    if (scheme == QLatin1String("ws") && !isLoopbackHost(url.host())) {
        emit enrolmentFailed(tr("ws:// is only allowed to this computer; use wss://"));
        return;
    }
    if (scheme != QLatin1String("ws") && scheme != QLatin1String("wss")) {
        emit enrolmentFailed(tr("The hub address must start with wss://"));
        return;
    }
    setHub(url, certificateSha256);
    if (scheme == QLatin1String("wss") && m_pin.isEmpty()) {
        emit enrolmentFailed(tr("The hub certificate fingerprint is missing or incomplete: "
                                "it has 32 pairs of hexadecimal digits"));
        return;
    }
    m_mode = Mode::Enrol;
    m_enrolCode = code;
    m_running = true;
    m_attempt = 0;
    m_busyAnswers = 0;
    m_retryEnrolment = false;
    openSocket();
}

void SyncEngine::failEnrolment(const QString &reason)
{
    if (m_mode != Mode::Enrol)
        return;
    m_mode = Mode::Sync;
    m_enrolCode.clear();
    stop();
    emit enrolmentFailed(reason);
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
    if (plain && !isLoopbackHost(m_url.host())) {
        setState(State::Error, tr("ws:// is only allowed to this computer; use wss://"));
        return;
    }
    if (!plain && m_pin.isEmpty()) {
        setState(State::Error, tr("No hub certificate fingerprint to check the hub against"));
        return;
    }
    openSocket();
}

void SyncEngine::openSocket()
{
    if (m_transportFactory)
        m_transport = m_transportFactory();
    else
        m_transport = std::make_unique<WebSocketTransport>();
    m_initialPullDone = false;
    m_pushInFlight = false;
    m_requestedAfter = -1;
    connect(m_transport.get(), &SyncTransport::textReceived, this, &SyncEngine::onText);
    connect(m_transport.get(), &SyncTransport::disconnected, this, &SyncEngine::onDisconnected);
    connect(m_transport.get(), &SyncTransport::pinMismatch, this, [this](const QString &seen) {
        const QString reason = tr("The hub's certificate is not the one you enrolled with "
                                  "(it presented %1)")
                                   .arg(seen);
        if (m_mode == Mode::Enrol) {
            failEnrolment(tr("The hub's certificate does not match the fingerprint you were "
                             "given (it presented %1)")
                              .arg(seen));
            return;
        }
        setState(State::Error, reason);
        m_running = false;
    });
    if (m_mode == Mode::Sync)
        setState(State::Connecting);
    m_transport->open(m_url, m_pin);
}

void SyncEngine::onDisconnected()
{
    m_blobs->offline();
    if (std::exchange(m_authenticated, false))
        emit sessionEnded();
    m_pendingPage.reset(); // not applied: the cursor has not moved, it comes again
    m_liveFlush.stop();
    m_pendingLive = QJsonArray();
    QString why;
    if (m_transport) {
        why = m_transport->closeReason();
        m_transport.release()->deleteLater();
    }
    if (m_mode == Mode::Enrol && m_retryEnrolment && m_running) {
        m_retryEnrolment = false;
        scheduleReconnect(); // the hub was busy: the same code again, after the backoff
        return;
    }
    if (m_mode == Mode::Enrol) {
        failEnrolment(why.isEmpty() ? tr("The hub closed the connection")
                                    : tr("Could not reach the hub: %1").arg(why));
        return;
    }
    if (!m_running)
        return;
    if (m_state != State::Error)
        setState(State::Offline, why);
    scheduleReconnect();
}

void SyncEngine::scheduleReconnect()
{
    // 0.5 s, 1 s, 2 s ... up to 60 s, each with +-50 % jitter so devices do not come back in step.
    const int base = std::min(60'000, m_reconnectBaseMs << std::min(m_attempt, 7));
    ++m_attempt;
    const double jitter = 0.5 + QRandomGenerator::global()->generateDouble();
    m_reconnect.start(int(base * jitter));
}

void SyncEngine::sendEphemeral(const QJsonObject &frame)
{
    if (m_authenticated)
        send(frame);
}

void SyncEngine::send(const QJsonObject &frame)
{
    if (m_transport)
        m_transport->sendText(
            QString::fromUtf8(QJsonDocument(frame).toJson(QJsonDocument::Compact)));
}

void SyncEngine::onText(const QString &text)
{
    const std::int64_t receivedNs = trace::enabled() ? trace::nowNs() : 0;
    if (isSignalConnected(QMetaMethod::fromSignal(&SyncEngine::frameReceived)))
        emit frameReceived(text);
    QJsonParseError parseError {};
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        qCWarning(lcSync) << "hub sent a frame that is not a JSON object; ignored";
        return;
    }
    const QJsonObject frame = doc.object();
    const QString type = frame.value(QLatin1String("t")).toString();
    try {
        // Frames keep their order: live ops waiting to be applied go before anything else.
        if (type != QLatin1String(protocol::frame::Live))
            flushLive();
        if (type == QLatin1String(protocol::frame::Hello))
            onHello(frame);
        else if (type == QLatin1String(protocol::frame::Enrolled))
            onEnrolled(frame);
        else if (type == QLatin1String(protocol::frame::Welcome)) {
            m_attempt = 0;
            m_busyAnswers = 0;
            setState(State::Syncing);
            m_requestedAfter = kAwaitingDirectory;
            send({{"t", protocol::frame::Devices}});
            m_authenticated = true;
            emit authenticated();
        } else if (type == QLatin1String(protocol::frame::Devices)) {
            for (const QJsonValue &v : frame.value(QLatin1String("devices")).toArray()) {
                const QJsonObject d = v.toObject();
                try {
                    m_log.registerDevice(
                        d.value(QLatin1String("id")).toString(),
                        QByteArray::fromBase64(
                            d.value(QLatin1String("public_key")).toString().toLatin1()),
                        d.value(QLatin1String("analyst")).toString(),
                        d.value(QLatin1String("centre")).toString(),
                        d.value(QLatin1String("revoked")).toBool(),
                        qint64(d.value(QLatin1String("last_valid_seq")).toDouble()));
                    m_log.recordAnalyst(d.value(QLatin1String("analyst")).toString(),
                                        d.value(QLatin1String("analyst_name")).toString(),
                                        d.value(QLatin1String("centre")).toString(),
                                        d.value(QLatin1String("analyst_role")).toString());
                } catch (const std::invalid_argument &) {
                    qCWarning(lcSync) << "hub sent a device whose id does not match its key";
                }
            }
            // The first directory of a session, or a refresh after ops of an unknown device:
            // (re)pull from the cursor. An update the hub sends by itself needs no pull.
            if (m_requestedAfter == kAwaitingDirectory)
                pull(cursor());
        } else if (type == QLatin1String(protocol::frame::Page))
            onPage(frame);
        else if (type == QLatin1String(protocol::frame::Live)) {
            // Before the last page, every live op is also in a page still to come.
            const QJsonArray ops = frame.value(QLatin1String("ops")).toArray();
            if (receivedNs) {
                for (const QJsonValue &v : ops)
                    trace::markAt("rx_frame",
                                  v.toObject()
                                      .value(QLatin1String("op"))
                                      .toObject()
                                      .value(QLatin1String("id"))
                                      .toString(),
                                  &m_log, receivedNs);
            }
            if (m_initialPullDone) {
                for (const QJsonValue &v : ops)
                    m_pendingLive.append(v);
                // After the frames already read from the socket: they join this batch.
                if (!m_liveFlush.isActive())
                    m_liveFlush.start(0);
            }
        } else if (type == QLatin1String(protocol::frame::Ack))
            onAck(frame);
        else if (type == QLatin1String(protocol::frame::Error))
            onError(frame);
        else if (type == QLatin1String(protocol::frame::Pong)) {
            // keep-alive answer
        } else if (type.startsWith(QLatin1String(protocol::blob::FramePrefix)))
            m_blobs->handle(frame);
        else if (type == QLatin1String(protocol::frame::Presence)
                 || type == QLatin1String(protocol::frame::Typing))
            emit ephemeralReceived(frame);
        else
            qCWarning(lcSync) << "hub sent an unknown frame type; ignored";
    } catch (const StorageError &e) {
        onStorageError(e);
    }
}

void SyncEngine::onStorageError(const StorageError &e)
{
    qCWarning(lcSync) << "local storage error while syncing:" << e.what();
    setState(State::Error, tr("The local database could not store what the hub sent"));
    if (m_transport)
        m_transport->close();
}

void SyncEngine::onHello(const QJsonObject &frame)
{
    if (frame.value(QLatin1String("v")).toInt() != protocol::kVersion) {
        const QString reason
            = tr("The hub speaks a protocol version this Liaison does not know (%1)")
                  .arg(frame.value(QLatin1String("v")).toInt());
        if (m_mode == Mode::Enrol) {
            failEnrolment(reason);
            return;
        }
        setState(State::Error, reason);
        m_running = false;
        m_transport->close();
        return;
    }
    const QByteArray challenge
        = QByteArray::fromBase64(frame.value(QLatin1String("challenge")).toString().toLatin1());
    const auto &id = m_log.identity();
    if (m_mode == Mode::Enrol) {
        send({{"t", protocol::frame::Enrol},
              {"v", protocol::kVersion},
              {"code", m_enrolCode},
              {"public_key", QString::fromLatin1(id.key->publicKey().toBase64())}});
        return;
    }
    BlobStore::saveHubMaxBytes(
        m_log.database(),
        qint64(frame.value(QLatin1String("limits")).toObject().value("max_blob_bytes").toDouble()));
    send({{"t", protocol::frame::Auth},
          {"v", protocol::kVersion},
          {"device", id.deviceId},
          {"sig",
           QString::fromLatin1(
               id.key->sign(QByteArray(protocol::kAuthContext) + challenge).toBase64())}});
}

void SyncEngine::onEnrolled(const QJsonObject &frame)
{
    if (m_mode != Mode::Enrol)
        return;
    const QString device = frame.value(QLatin1String("device")).toString();
    const QString analyst = frame.value(QLatin1String("analyst")).toString();
    const QString name = frame.value(QLatin1String("analyst_name")).toString();
    const QString centre = frame.value(QLatin1String("centre")).toString();
    const QString hubPin
        = normaliseFingerprint(frame.value(QLatin1String("certificate_sha256")).toString());
    if (device != m_log.identity().deviceId || analyst.isEmpty() || centre.isEmpty()) {
        failEnrolment(tr("The hub's answer to the enrolment does not fit this device"));
        return;
    }
    // Over wss:// the TLS layer has already checked the certificate against the pin the analyst
    // typed; the hub must name the same one. Over ws:// (loopback) we pin what it names.
    if (m_url.scheme() == QLatin1String("wss") && hubPin != m_pin) {
        failEnrolment(tr("The hub names a certificate other than the one it presented"));
        return;
    }
    const HubEndpoint hub {m_url, m_url.scheme() == QLatin1String("wss") ? m_pin : hubPin, {}};
    m_log.setEnrolment(analyst, centre, [&](Database &db) { saveEnrolment(db, hub, name); });
    qCInfo(lcSync) << "enrolled as device" << device << "of" << centre;
    m_mode = Mode::Sync;
    m_enrolCode.clear();
    stop();
    emit enrolled(name, centre);
}

void SyncEngine::onPage(const QJsonObject &frame)
{
    // A page that answers an abandoned pull (the directory is being refreshed) is stale.
    if (qint64(frame.value(QLatin1String("after")).toDouble(-1)) != m_requestedAfter)
        return;
    const QJsonArray ops = frame.value(QLatin1String("ops")).toArray();
    const bool more = frame.value(QLatin1String("more")).toBool();
    // The hub says up to where this page is complete (ops of other centres' internal records
    // are skipped); at least the last op of the page.
    const qint64 upTo
        = std::max(qint64(frame.value(QLatin1String("cursor")).toDouble(0)), lastHubSeq(ops));
    // Ask for the next page before applying this one, so the hub reads while we write.
    if (more)
        pull(upTo);
    // Pipeline: this page's signatures are checked on another thread while the page before
    // is applied here; pages are applied, and the cursor moved, strictly in order.
    auto batch = std::make_shared<OpLog::RemoteBatch>(m_log.prepareRemote(parseOps(ops)));
    batch->cursor = upTo; // stored with the page's ops, in one transaction
    if (batch->result.unknownDevice > 0) {
        finishPendingPage();
        refreshDirectory(batch->result.unknownDevice);
        return;
    }
    auto verified = std::async(std::launch::async, [batch] { OpLog::verifyRemote(*batch); });
    finishPendingPage();
    m_pendingPage = std::make_unique<PendingPage>(PendingPage {batch, std::move(verified), upTo});
    if (!more) {
        finishPendingPage();
        m_requestedAfter = -1;
        m_initialPullDone = true;
        pushOutbox();
        m_blobs->online([this](const QJsonObject &f) { send(f); });
    }
}

void SyncEngine::finishPendingPage()
{
    if (!m_pendingPage)
        return;
    const std::unique_ptr<PendingPage> page = std::move(m_pendingPage);
    page->verified.wait();
    const auto result = m_log.applyVerified(*page->batch);
    if (result.applied > 0)
        emit opsReceived(result.applied);
}

void SyncEngine::refreshDirectory(int unknownOps)
{
    // A device enrolled after our directory was fetched: refresh it, then pull again from the
    // cursor (which has not moved past these ops), so nothing is skipped.
    qCInfo(lcSync) << unknownOps << "ops of unknown devices; refreshing directory";
    m_pendingPage.reset();
    m_initialPullDone = false;
    m_requestedAfter = kAwaitingDirectory;
    send({{"t", protocol::frame::Devices}});
}

std::vector<Op> SyncEngine::parseOps(const QJsonArray &ops)
{
    std::vector<Op> batch;
    batch.reserve(std::size_t(ops.size()));
    for (const QJsonValue &v : ops) {
        QString error;
        if (auto op
            = Op::fromJsonObject(v.toObject().value(QLatin1String("op")).toObject(), &error))
            batch.push_back(std::move(*op));
        else
            qCWarning(lcSync) << "hub sent a malformed op:" << error;
    }
    return batch;
}

void SyncEngine::onAck(const QJsonObject &frame)
{
    m_pushInFlight = false;
    std::vector<std::pair<QString, qint64>> acked;
    for (const QJsonValue &v : frame.value(QLatin1String("acks")).toArray()) {
        const QJsonObject a = v.toObject();
        acked.emplace_back(a.value(QLatin1String("id")).toString(),
                           qint64(a.value(QLatin1String("hub_seq")).toDouble()));
    }
    std::vector<std::pair<QString, QString>> rejected;
    bool clockAhead = false;
    for (const QJsonValue &v : frame.value(QLatin1String("rejected")).toArray()) {
        const QJsonObject r = v.toObject();
        const QString code = r.value(QLatin1String("code")).toString();
        // The clock check passes once real time catches up: the op waits in the outbox.
        if (code == QLatin1String(protocol::reject::ClockAhead))
            clockAhead = true;
        else
            rejected.emplace_back(r.value(QLatin1String("id")).toString(), code);
    }
    m_log.acknowledge(acked, rejected);
    if (!rejected.empty()) {
        qCWarning(lcSync) << "hub refused" << rejected.size() << "ops for good, first code"
                          << rejected.front().second;
        emit opsRejected(int(rejected.size()), rejected.front().second);
    }
    if (clockAhead) {
        setState(State::Error,
                 tr("This computer's clock is ahead of the hub's; changes wait until it is "
                    "corrected"));
        m_pushRetry.start(kClockAheadRetryMs);
        return;
    }
    pushOutbox();
}

void SyncEngine::onError(const QJsonObject &frame)
{
    const QString code = frame.value(QLatin1String("code")).toString();
    qCWarning(lcSync) << "hub error" << code;
    const bool busy = code == QLatin1String(protocol::error::Busy);
    if (busy)
        ++m_busyAnswers;
    if (m_mode == Mode::Enrol) {
        if (busy && m_busyAnswers <= kEnrolBusyRetries) {
            m_retryEnrolment = true; // the hub closes this connection; try again then
            return;
        }
        if (code == QLatin1String(protocol::error::EnrolRejected))
            failEnrolment(tr("The hub refused the enrolment code: it is unknown, already used "
                             "or expired"));
        else
            failEnrolment(hubErrorText(code));
        return;
    }
    if (busy) {
        // Too many connections are in their handshake at the hub: it closes this one; come
        // back after the reconnection backoff (0.5 s, 1 s, 2 s... with jitter).
        if (m_maxBusyRetries >= 0 && m_busyAnswers > m_maxBusyRetries) {
            setState(State::Error, tr("The hub is busy; try again later"));
            m_running = false;
            return;
        }
        setState(State::Connecting, tr("The hub is busy; trying again"));
        return;
    }
    if (code == QLatin1String(protocol::error::RateLimited)) {
        // Our push (or pull) was dropped: slow down and send it again.
        m_pushInFlight = false;
        m_pushRetry.start(kRateLimitedRetryMs);
        return;
    }
    setState(State::Error, hubErrorText(code));
    if (isFatalErrorCode(code))
        m_running = false;
}

QString SyncEngine::hubErrorText(const QString &code)
{
    if (code == QLatin1String(protocol::error::AuthFailed))
        return tr("The hub did not recognise this device: it may have been revoked, or enrolled "
                  "with another hub");
    if (code == QLatin1String(protocol::error::DeviceRevoked))
        return tr("This device has been revoked by the hub administrator");
    if (code == QLatin1String(protocol::error::UnsupportedVersion))
        return tr("The hub runs a version of Liaison this one cannot talk to");
    if (code == QLatin1String(protocol::error::TooManySessions))
        return tr("This device is connected to the hub too many times at once");
    if (code == QLatin1String(protocol::error::RateLimited)
        || code == QLatin1String(protocol::error::InFlightLimit))
        return tr("The hub asked this device to slow down");
    if (code == QLatin1String(protocol::error::HandshakeTimeout))
        return tr("The connection to the hub was too slow");
    if (code == QLatin1String(protocol::error::Internal))
        return tr("The hub could not store what this device sent; it will be sent again");
    //: A hub error this version does not know by name (details are in the log)
    return tr("The hub refused the connection");
}

QString SyncEngine::rejectionText(const QString &code)
{
    //: Ends "The hub refused N of your changes: ..."
    if (code == QLatin1String(protocol::reject::TlpForbidsShare)
        || code == QLatin1String(protocol::reject::InvalidTlp))
        return tr("the TLP marking forbids sharing it with another centre");
    if (code == QLatin1String(protocol::reject::NotOwner))
        return tr("only the owner centre may share it");
    if (code == QLatin1String(protocol::reject::ScopeViolation))
        return tr("it belongs to another centre's internal records");
    if (code == QLatin1String(protocol::reject::OwnerMismatch))
        return tr("a record's owner centre cannot change");
    if (code == QLatin1String(protocol::reject::UnknownParent))
        return tr("the record it belongs to is unknown to the hub");
    if (code == QLatin1String(protocol::reject::DeviceRevoked))
        return tr("this device has been revoked");
    if (code == QLatin1String(protocol::reject::NotMember))
        return tr("you are not on its member list (any more)");
    if (code == QLatin1String(protocol::reject::NotALead))
        //: Ends "The hub refused N of your changes: ...": a visit approval by a non-lead
        return tr("only a team lead of your centre may approve a visit");
    return tr("it did not pass the hub's checks");
}

void SyncEngine::pull(qint64 after)
{
    m_requestedAfter = after;
    send({{"t", protocol::frame::Pull}, {"after", after}, {"limit", kPageSize}});
}

void SyncEngine::pushOutbox()
{
    if (m_pushInFlight || !m_initialPullDone || !m_transport)
        return;
    const QList<QByteArray> pending = m_log.pendingOutboxWire(kPushBatch);
    if (pending.isEmpty()) {
        setState(State::UpToDate);
        return;
    }
    setState(State::Syncing);
    // The frame is written from the stored op bytes: no JSON object round trip per op.
    QByteArray frame = QByteArray("{\"t\":\"") + protocol::frame::Push + "\",\"ops\":[";
    frame += pending.join(',');
    frame += "]}";
    m_pushInFlight = true;
    m_transport->sendText(QString::fromUtf8(frame));
    if (trace::enabled()) {
        const std::int64_t now = trace::nowNs();
        for (const QByteArray &op : pending)
            trace::markAt(
                "push_sent",
                QJsonDocument::fromJson(op).object().value(QLatin1String("id")).toString(), &m_log,
                now);
    }
}

void SyncEngine::flushLive()
{
    m_liveFlush.stop();
    if (m_pendingLive.isEmpty())
        return;
    applyOps(std::exchange(m_pendingLive, QJsonArray()));
}

void SyncEngine::applyOps(const QJsonArray &ops)
{
    OpLog::RemoteBatch batch = m_log.prepareRemote(parseOps(ops));
    batch.cursor = lastHubSeq(ops); // with the ops, in one transaction
    OpLog::verifyRemote(batch);
    if (trace::enabled()) {
        const std::int64_t now = trace::nowNs();
        for (const Op &op : batch.ops)
            trace::markAt("rx_verified", op.id(), &m_log, now);
    }
    const auto result = m_log.applyVerified(batch);
    if (result.applied > 0)
        emit opsReceived(result.applied);
    if (result.unknownDevice > 0)
        refreshDirectory(result.unknownDevice);
}

} // namespace liaison
