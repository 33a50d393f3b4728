#pragma once

#include "sync/SyncTransport.h"

#include <QJsonArray>
#include <QObject>
#include <QTimer>
#include <QUrl>

#include <memory>
#include <optional>
#include <vector>

class QJsonObject;

namespace liaison {

class BlobTransfer;
class Database;
class StorageError;
class OpLog;
struct Op;

// Where this profile syncs: saved in the profile (meta) at enrolment.
struct HubEndpoint
{
    QUrl url;
    QString certificateSha256; // pinned fingerprint; empty for ws:// on loopback
    QString analystName; // as the hub knows the analyst this device was enrolled for

    // The hub this profile enrolled with, if any.
    static std::optional<HubEndpoint> load(Database &db);
    void save(Database &db) const;
};

// The client side of docs/PROTOCOL.md: connects to the hub, authenticates with the device key,
// fetches the device directory, pulls from its cursor in pages, pushes the outbox, then
// applies live ops. Reconnects with exponential backoff and jitter.
class SyncEngine : public QObject
{
    Q_OBJECT
public:
    enum class State { Offline, Connecting, Syncing, UpToDate, Error };
    Q_ENUM(State)

    explicit SyncEngine(OpLog &log, QObject *parent = nullptr);
    ~SyncEngine() override;

    // ws:// is accepted for loopback hosts only; wss:// needs the pinned SHA-256 fingerprint of
    // the hub certificate (colon-separated hex, as liaison-hub prints it).
    void setHub(const QUrl &url, const QString &certificateSha256 = {});
    // ws:// is allowed to these only: "localhost" and loopback addresses.
    static bool isLoopbackHost(const QString &host);
    // "ab cd …", "abcd…" or "AB:CD:…" (32 bytes of hex) -> "AB:CD:…", as liaison-hub prints
    // it; empty when it is not 32 bytes of hex.
    static QString normaliseFingerprint(const QString &text);
    // What an error frame's code means, for the analyst (translated; never the raw code).
    static QString hubErrorText(const QString &code);
    // Why the hub refused a change for good, as the end of a sentence (translated).
    static QString rejectionText(const QString &code);
    // setHub() with the endpoint saved at enrolment; false when the profile has none.
    bool useSavedHub();
    QUrl hubUrl() const { return m_url; }

    // Enrols this device with a one-time code (liaison-hub enroll). wss:// needs the
    // fingerprint the hub admin handed out with the code; the hub's certificate must match it.
    // Emits enrolled() (the profile then holds the analyst, centre, hub URL and pin, and
    // start() can follow) or enrolmentFailed() with a reason for the user.
    void enrol(const QUrl &url, const QString &code, const QString &certificateSha256);

    void start();
    void stop();

    State state() const { return m_state; }
    // Between the hub's welcome and the end of that connection.
    bool isAuthenticated() const { return m_authenticated; }
    // An ephemeral frame (presence, typing: docs/PROTOCOL.md §11) to the hub, if authenticated;
    // otherwise dropped (they are said again on the next session).
    void sendEphemeral(const QJsonObject &frame);
    // Files: uploads of this profile's new blobs and downloads on demand (docs/PROTOCOL.md §9).
    BlobTransfer &blobs() { return *m_blobs; }
    QString errorReason() const { return m_reason; }
    qint64 cursor() const;

    // Test and bench seams.
    // Delay before the first reconnection attempt (doubles up to 60 s); default 500 ms.
    void setReconnectBaseForTesting(int ms) { m_reconnectBaseMs = ms; }
    // A hub that answers `busy` is tried again with the reconnection backoff. After this many
    // `busy` answers in a row the engine gives up (state Error); -1 (default): never gives up.
    // Enrolment always gives up after kEnrolBusyRetries.
    void setMaxBusyRetries(int retries) { m_maxBusyRetries = retries; }
    static constexpr int kEnrolBusyRetries = 5;
    // How connections are made (default: a WebSocketTransport); a test links the engine to a
    // hub's protocol handler in memory.
    void setTransportFactory(SyncTransportFactory factory)
    {
        m_transportFactory = std::move(factory);
    }

signals:
    void stateChanged(liaison::SyncEngine::State state, const QString &reason);
    void opsReceived(int count);
    // Ops the hub refused for good (kept in the local log, out of the outbox).
    void opsRejected(int count, const QString &code);
    void enrolled(const QString &analystName, const QString &centre);
    void enrolmentFailed(const QString &reason);
    // The hub welcomed this device (each connection); ephemeral state can be said now.
    void authenticated();
    // The connection that was authenticated is gone: the hub's ephemeral state is unknown.
    void sessionEnded();
    // An ephemeral frame from the hub (`presence`, `typing`), as received.
    void ephemeralReceived(const QJsonObject &frame);
    // Every text frame as received from the hub (tests check what crossed the wire).
    void frameReceived(const QString &text);

private:
    enum class Mode { Sync, Enrol };
    void connectNow();
    void openSocket();
    void setState(State state, const QString &reason = {});
    void onText(const QString &text);
    void onHello(const QJsonObject &frame);
    void onPage(const QJsonObject &frame);
    void onAck(const QJsonObject &frame);
    void onError(const QJsonObject &frame);
    void onEnrolled(const QJsonObject &frame);
    void onDisconnected();
    void send(const QJsonObject &frame);
    void pull(qint64 after);
    void pushOutbox();
    // Applies live ops and moves the cursor past them in one transaction; when an op's device
    // is unknown the cursor stays and the directory is refreshed (those ops are pulled again).
    void applyOps(const QJsonArray &ops);
    void flushLive();
    void onStorageError(const StorageError &e);
    static std::vector<Op> parseOps(const QJsonArray &ops);
    void finishPendingPage();
    void refreshDirectory(int unknownOps);
    void scheduleReconnect();
    void failEnrolment(const QString &reason);

    OpLog &m_log;
    QUrl m_url;
    QString m_pin;
    Mode m_mode = Mode::Sync;
    QString m_enrolCode;
    SyncTransportFactory m_transportFactory;
    std::unique_ptr<SyncTransport> m_transport;
    QTimer m_reconnect;
    QTimer m_pushRetry;
    // Live ops received but not applied yet: frames that arrive together (a receiver that fell
    // behind) are applied in one transaction; an idle receiver applies each at once.
    QJsonArray m_pendingLive;
    QTimer m_liveFlush;
    State m_state = State::Offline;
    QString m_reason;
    int m_attempt = 0;
    int m_reconnectBaseMs = 500;
    int m_busyAnswers = 0; // `busy` answers since the last welcome (or enrolled)
    int m_maxBusyRetries = -1;
    bool m_retryEnrolment = false; // the hub was busy: enrol again after the close
    bool m_running = false;
    bool m_initialPullDone = false;
    bool m_pushInFlight = false;
    bool m_authenticated = false;
    qint64 m_requestedAfter = -1; // `after` of the pull in flight (pages are asked ahead)
    // A page whose signatures are being checked on another thread, applied when the next page
    // arrives (or at once if it is the last).
    struct PendingPage;
    std::unique_ptr<PendingPage> m_pendingPage;
    std::unique_ptr<BlobTransfer> m_blobs;
};

} // namespace liaison
