#pragma once

#include "server/HubPresence.h"
#include "server/HubStore.h"

#include <QHash>
#include <QObject>
#include <QTimer>

#include <deque>
#include <functional>
#include <memory>
#include <optional>

class QJsonObject;

namespace liaison {

// The hub's limits (docs/PROTOCOL.md, "Limits"). The protocol handler applies those of frames,
// sessions, rates and enrolment; HubServer those that need sockets (connection stages,
// in-flight bytes, message sizes at the WebSocket layer).
struct HubLimits
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
    // Per session: presence frames (a client sends one when its analyst goes idle or comes
    // back); beyond, rate-limited.
    double presencePerSecond = 10.0 / 60;
    double presenceBurst = 10;
    // Pushes of up to this many ops are checked and written at once; larger ones are checked
    // on worker threads while the hub serves other frames.
    int inlinePushOps = 32;
};

// Where a session's frames go: the WebSocket glue (HubServer), or a test's in-memory link.
class FrameSink
{
public:
    virtual ~FrameSink() = default;
    // One text frame to the peer.
    virtual void sendText(const QString &text) = 0;
    // The hub ends the session after an error frame: a close frame (1008, code as reason);
    // nothing more is read. closed() follows when the connection is gone.
    virtual void close(const QString &code) = 0;
    // The session authenticated as device (the glue may raise its frame limits).
    virtual void authenticated(const HubDevice &device) { (void)device; }
};

// The hub's side of the protocol (docs/PROTOCOL.md §5) without sockets: frames in (text),
// frames out through each session's FrameSink. Handshake (hello, enrol, auth), push/ack,
// pull/page, live fan-out to the other sessions, devices, ping; errors, rates, sessions per
// device, failed enrolments per address. Frames of a session are answered in order; a large
// push is verified on worker threads meanwhile (the later frames wait behind it). One thread.
class HubProtocol : public QObject
{
    Q_OBJECT
public:
    struct Session;

    explicit HubProtocol(HubStore &store, QObject *parent = nullptr);
    ~HubProtocol() override;

    void setLimits(const HubLimits &limits) { m_limits = limits; }
    const HubLimits &limits() const { return m_limits; }

    // A new session of a peer at address (limits count by it), nothing sent yet; the sink
    // outlives it (until closed()). order: lower is older.
    Session *open(FrameSink &sink, const QString &address, quint64 order);
    // Sends hello (with a fresh challenge).
    void hello(Session *session);
    void receiveText(Session *session, const QString &text);
    void receiveBinary(Session *session);
    // The connection is gone: the session is forgotten.
    void closed(Session *session);
    // An error frame; with close (or after maxErrorsBeforeClose), the sink closes.
    void sendError(Session *session, const QString &code, const QString &message,
                   bool close = false);

    // The device a session authenticated as (none while pending).
    const std::optional<HubDevice> &device(const Session *session) const;
    bool isClosing(const Session *session) const;
    int sessionCount() const { return int(m_sessions.size()); }

    // Closes the sessions of a revoked device at once.
    void disconnectDevice(const QString &deviceId);
    // Closes the sessions of devices revoked meanwhile (in another process); forgets old
    // failed enrolments.
    void poll();

private:
    struct PushWork;
    struct TokenBucket
    {
        double tokens = 0;
        double last = 0;
        bool take(double amount, double rate, double burst);
    };
    bool enrolmentBlocked(const QString &address);
    void pruneEnrolFailures();
    void sendError(Session &session, const QString &code, const QString &message,
                   bool close = false);
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
    // presence and typing (docs/PROTOCOL.md §11): ephemeral, never stored.
    void handlePresence(Session &session, const QJsonObject &frame);
    void handleTyping(Session &session, const QJsonObject &frame);
    void broadcastPresence(const QList<HubPresence::Change> &changes, const Session *skip);
    // blob-put, blob-chunk, blob-get (docs/PROTOCOL.md §9).
    void handleBlob(Session &session, const QString &type, const QJsonObject &frame);
    QJsonObject directoryFrame() const;
    void broadcastDirectory();
    void send(Session &session, const QJsonObject &frame);
    void sendText(Session &session, const QString &text);
    void broadcast(const QList<FeedEntry> &ops, const Session *origin);
    QList<std::shared_ptr<Session>> sessions() const { return m_sessions.values(); }

    HubStore &m_store;
    HubLimits m_limits;
    qint64 m_frameReceivedNs = 0; // when the frame being served arrived (tracing only)
    QHash<Session *, std::shared_ptr<Session>> m_sessions;
    QHash<QString, std::deque<qint64>> m_enrolFailures; // by address: ms of each failure
    QHash<QString, TokenBucket> m_frameBuckets; // by device id, across its connections
    QHash<QString, TokenBucket> m_opBuckets;
    HubPresence m_presence;
    QTimer m_drain;
};

} // namespace liaison
