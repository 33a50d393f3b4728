#include "server/HubProtocol.h"

#include "core/Logging.h"
#include "core/Parallel.h"
#include "core/Trace.h"
#include "crypto/DeviceKey.h"
#include "crypto/Sodium.h"
#include "sync/Blob.h"
#include "sync/Protocol.h"

#include <sodium.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <chrono>
#include <climits>
#include <cmath>
#include <future>

namespace liaison {

namespace {
// Frames a device may have waiting behind its pushes before it is told to wait for the acks.
constexpr std::size_t kMaxQueuedFrames = 16;
// JSON numbers the hub reads as integers: exact in a double.
constexpr double kMaxSafeInteger = 9007199254740991.0; // 2^53 - 1

qint64 nowMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
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

// A pushed batch on its way: its ops are parsed and their signatures checked on worker
// threads (every core) while the hub's thread writes other batches; then written in order.
struct HubProtocol::PushWork
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

struct HubProtocol::Session
{
    FrameSink *sink = nullptr;
    QString address; // what limits per address count by
    quint64 order = 0; // lower is older
    bool closing = false; // the sink closes: nothing more is read or sent
    QByteArray challenge;
    std::optional<HubDevice> device;
    TokenBucket frames; // before authentication; then the device's own bucket counts
    TokenBucket presence; // presence frames
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

HubProtocol::HubProtocol(HubStore &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    // While batches are being verified, look for finished ones every millisecond.
    m_drain.setInterval(1);
    connect(&m_drain, &QTimer::timeout, this, &HubProtocol::drainAll);
}

HubProtocol::~HubProtocol() = default;

HubProtocol::Session *HubProtocol::open(FrameSink &sink, const QString &address, quint64 order)
{
    auto session = std::make_shared<Session>();
    session->sink = &sink;
    session->address = address;
    session->order = order;
    m_sessions.insert(session.get(), session);
    return session.get();
}

void HubProtocol::hello(Session *session)
{
    session->challenge.resize(32);
    ensureSodium();
    randombytes_buf(session->challenge.data(), 32);
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

void HubProtocol::receiveBinary(Session *session)
{
    if (!session->closing)
        sendError(*session, QLatin1String(protocol::error::BinaryFrame),
                  QStringLiteral("only JSON text frames"));
}

void HubProtocol::closed(Session *session)
{
    if (const auto s = m_sessions.take(session)) {
        s->closing = true;
        s->queue.clear(); // waits for a push being verified, if any
        broadcastPresence(m_presence.drop(session), nullptr);
    }
}

const std::optional<HubDevice> &HubProtocol::device(const Session *session) const
{
    return session->device;
}

bool HubProtocol::isClosing(const Session *session) const
{
    return session->closing;
}

bool HubProtocol::TokenBucket::take(double amount, double rate, double burst)
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

void HubProtocol::send(Session &session, const QJsonObject &frame)
{
    sendText(session, QString::fromUtf8(QJsonDocument(frame).toJson(QJsonDocument::Compact)));
}

void HubProtocol::sendText(Session &session, const QString &text)
{
    if (!session.closing)
        session.sink->sendText(text);
}

void HubProtocol::sendError(Session *session, const QString &code, const QString &message,
                            bool close)
{
    sendError(*session, code, message, close);
}

void HubProtocol::sendError(Session &session, const QString &code, const QString &message,
                            bool close)
{
    if (session.closing)
        return;
    send(session, {{"t", protocol::frame::Error}, {"code", code}, {"message", message}});
    if (close || ++session.errors >= m_limits.maxErrorsBeforeClose) {
        // Nothing more is read or sent; the sink sends the close frame.
        session.closing = true;
        session.queue.clear();
        session.sink->close(code);
    }
}

void HubProtocol::receiveText(Session *s, const QString &text)
{
    Session &session = *s;
    m_frameReceivedNs = trace::enabled() ? trace::nowNs() : 0;
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

void HubProtocol::guarded(Session &session, const std::function<void()> &serve)
{
    try {
        serve();
    } catch (const std::exception &e) { // StorageError, or a worker's failure rethrown here
        qCWarning(lcSync) << "error while serving a frame:" << e.what();
        sendError(session, QLatin1String(protocol::error::Internal),
                  QStringLiteral("the hub could not store it"));
    }
}

void HubProtocol::handle(Session &session, const QJsonObject &frame)
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
                 || type == QLatin1String(protocol::frame::Presence)
                 || type == QLatin1String(protocol::frame::Typing)
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

void HubProtocol::dispatch(Session &session, const QJsonObject &frame)
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
        send(session, directoryFrame());
    else if (type == QLatin1String(protocol::frame::Presence))
        handlePresence(session, frame);
    else if (type == QLatin1String(protocol::frame::Typing))
        guarded(session, [&] { handleTyping(session, frame); });
    else if (type == QLatin1String(protocol::blob::Put)
             || type == QLatin1String(protocol::blob::Chunk)
             || type == QLatin1String(protocol::blob::Get))
        guarded(session, [&] { handleBlob(session, type, frame); });
    else
        sendError(session, QLatin1String(protocol::error::UnknownType),
                  QStringLiteral("unknown message type"));
}

void HubProtocol::handleBlob(Session &session, const QString &type, const QJsonObject &frame)
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
        const auto answer = m_store.blobRules().putBlob(device, sha, *size, *hashes);
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
        const auto answer = m_store.blobRules().putBlobChunk(device, sha, int(*index), *decoded);
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
            const auto meta = m_store.blobRules().blobFor(device, sha);
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
        const auto data = *index <= INT_MAX
            ? m_store.blobRules().blobChunkFor(device, sha, int(*index))
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

bool HubProtocol::enrolmentBlocked(const QString &address)
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

void HubProtocol::pruneEnrolFailures()
{
    const qint64 since = nowMs() - m_limits.enrolFailureWindowMs;
    for (auto it = m_enrolFailures.begin(); it != m_enrolFailures.end();) {
        while (!it->empty() && it->front() <= since)
            it->pop_front();
        it = it->empty() ? m_enrolFailures.erase(it) : std::next(it);
    }
}

void HubProtocol::handleEnrol(Session &session, const QJsonObject &frame)
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

void HubProtocol::handleAuth(Session &session, const QJsonObject &frame)
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
    // Its glue raises its frame limits; its in-flight bytes count for its device from now on.
    session.sink->authenticated(*device);
    qCInfo(lcSync) << "authenticated device" << device->id << "of" << device->centre;
    send(session,
         {{"t", protocol::frame::Welcome},
          {"device", device->id},
          {"analyst", device->analystId},
          {"centre", device->centre},
          {"last_hub_seq", m_store.feed().lastHubSeq()}});
}

std::unique_ptr<HubProtocol::PushWork> HubProtocol::startPush(Session &session,
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
    if (work->pushed.size() <= std::size_t(std::max(0, m_limits.inlinePushOps))) {
        // A live edit or two: checked and written at once, no worker round trip.
        work->verify();
        finishPush(session, *work);
        return nullptr;
    }
    PushWork *raw = work.get();
    work->verified = std::async(std::launch::async, [raw] { raw->verify(); });
    return work;
}

void HubProtocol::finishPush(Session &session, PushWork &work)
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

void HubProtocol::drainAll()
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

void HubProtocol::drain(Session &session)
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

void HubProtocol::broadcast(const QList<FeedEntry> &ops, const Session *origin)
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
            sendText(*s, *it);
    }
}

void HubProtocol::handlePull(Session &session, const QJsonObject &frame)
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
    sendText(session, QString::fromUtf8(page));
}

void HubProtocol::handlePresence(Session &session, const QJsonObject &frame)
{
    bool ok = false;
    const QJsonValue stateValue = frame.value(QLatin1String("state"));
    const HubPresence::State state = HubPresence::parseState(stateValue.toString(), &ok);
    if (!stateValue.isString() || !ok) {
        sendError(session, QLatin1String(protocol::error::BadRequest),
                  QStringLiteral("presence: state is \"online\" or \"away\""));
        return;
    }
    if (!session.presence.take(1, m_limits.presencePerSecond, m_limits.presenceBurst)) {
        sendError(session, QLatin1String(protocol::error::RateLimited),
                  QStringLiteral("too many presence frames; send one when the state changes"));
        return;
    }
    const bool first = !m_presence.isSubscribed(&session);
    const auto changes = m_presence.set(&session, session.device->analystId, state);
    if (first) {
        // Everyone online or away now (this analyst included), then the others are told.
        QJsonArray analysts;
        for (const auto &[analyst, st] : m_presence.snapshot())
            analysts.append(
                QJsonObject {{"analyst", analyst}, {"state", HubPresence::stateName(st)}});
        send(session, {{"t", protocol::frame::Presence}, {"full", true}, {"analysts", analysts}});
    }
    broadcastPresence(changes, first ? &session : nullptr);
}

void HubProtocol::broadcastPresence(const QList<HubPresence::Change> &changes, const Session *skip)
{
    if (changes.isEmpty())
        return;
    QJsonArray analysts;
    for (const auto &[analyst, state] : changes)
        analysts.append(
            QJsonObject {{"analyst", analyst}, {"state", HubPresence::stateName(state)}});
    const QString text = QString::fromUtf8(
        QJsonDocument(
            QJsonObject {{"t", protocol::frame::Presence}, {"full", false}, {"analysts", analysts}})
            .toJson(QJsonDocument::Compact));
    for (const auto &s : std::as_const(m_sessions)) {
        if (s.get() != skip && s->device && m_presence.isSubscribed(s.get()))
            sendText(*s, text);
    }
}

void HubProtocol::handleTyping(Session &session, const QJsonObject &frame)
{
    const QJsonValue channelValue = frame.value(QLatin1String("channel"));
    const QJsonValue activeValue = frame.value(QLatin1String("active"));
    const QString channel = channelValue.toString();
    if (!channelValue.isString() || channel.isEmpty() || channel.size() > 200
        || !activeValue.isBool()) {
        sendError(session, QLatin1String(protocol::error::BadRequest),
                  QStringLiteral("typing: channel (a channel id) and active (true or false)"));
        return;
    }
    const HubDevice &device = *session.device;
    // Nothing is answered: a channel this device may not receive (or that does not exist) is
    // dropped like a frame sent too often, so typing tells nothing about which channels exist.
    if (!m_presence.isSubscribed(&session))
        return;
    const HubRules::Audience audience
        = m_store.rules().audienceOf(QStringLiteral("channel/") + channel);
    if (!audience.includes(device.centre, device.analystId))
        return;
    if (!m_presence.passTyping(&session, channel, activeValue.toBool(), nowSeconds()))
        return;
    const QString text
        = QString::fromUtf8(QJsonDocument(QJsonObject {{"t", protocol::frame::Typing},
                                                       {"channel", channel},
                                                       {"analyst", device.analystId},
                                                       {"active", activeValue.toBool()}})
                                .toJson(QJsonDocument::Compact));
    for (const auto &s : std::as_const(m_sessions)) {
        if (!s->device || s->device->analystId == device.analystId
            || !m_presence.isSubscribed(s.get()))
            continue;
        if (audience.includes(s->device->centre, s->device->analystId))
            sendText(*s, text);
    }
}

QJsonObject HubProtocol::directoryFrame() const
{
    QJsonArray list;
    for (const auto &d : m_store.directory().devices()) {
        list.append(QJsonObject {{"id", d.id},
                                 {"public_key", QString::fromLatin1(d.publicKey.toBase64())},
                                 {"analyst", d.analystId},
                                 {"analyst_name", d.analystName},
                                 {"centre", d.centre},
                                 {"analyst_role", d.analystRole},
                                 {"revoked", d.revoked},
                                 {"last_valid_seq", d.lastValidSeq}});
    }
    return {{"t", protocol::frame::Devices}, {"devices", list}};
}

void HubProtocol::broadcastDirectory()
{
    const QJsonObject frame = directoryFrame();
    for (const auto &s : std::as_const(m_sessions)) {
        if (s->device)
            send(*s, frame);
    }
}

void HubProtocol::poll()
{
    pruneEnrolFailures();
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

void HubProtocol::disconnectDevice(const QString &deviceId)
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
