#pragma once

#include <QObject>
#include <QTimer>
#include <QUrl>

#include <memory>

class QWebSocket;
class QJsonObject;

namespace liaison {

class OpLog;

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
    void start();
    void stop();

    State state() const { return m_state; }
    QString errorReason() const { return m_reason; }
    qint64 cursor() const;

signals:
    void stateChanged(liaison::SyncEngine::State state, const QString &reason);
    void opsReceived(int count);

private:
    void connectNow();
    void setState(State state, const QString &reason = {});
    void onText(const QString &text);
    void onDisconnected();
    void send(const QJsonObject &frame);
    void pull();
    void pushOutbox();
    void applyOps(const QJsonArray &ops);
    void scheduleReconnect();
    void setCursor(qint64 cursor);

    OpLog &m_log;
    QUrl m_url;
    QString m_pin;
    std::unique_ptr<QWebSocket> m_socket;
    QTimer m_reconnect;
    State m_state = State::Offline;
    QString m_reason;
    int m_attempt = 0;
    bool m_running = false;
    bool m_initialPullDone = false;
    bool m_pushInFlight = false;
};

} // namespace liaison
