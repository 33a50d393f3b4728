#pragma once

#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

class QWebSocket;

namespace liaison {

// How the sync engine reaches the hub: frames (JSON text) out, frames in, the end of the
// connection. WebSocketTransport is the real one; a test links an engine to a hub's protocol
// handler in memory through another (tests/support/MemoryNetwork). The engine's state machine
// (SyncEngine) knows nothing else of sockets.
class SyncTransport : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    // Connects to url. pin: the SHA-256 fingerprint the hub's certificate must have over
    // wss:// (as SyncEngine::normaliseFingerprint writes it); empty over ws://.
    virtual void open(const QUrl &url, const QString &pin) = 0;
    virtual void sendText(const QString &text) = 0;
    // An orderly close; disconnected() follows.
    virtual void close() = 0;
    // Cuts the connection at once; nothing is emitted any more.
    virtual void abort() = 0;
    // Why the connection ended (the peer's close reason, or the error), once disconnected.
    virtual QString closeReason() const = 0;

signals:
    void textReceived(const QString &text);
    void disconnected();
    // The hub presented a certificate other than the pin (seen: its fingerprint); the
    // connection fails (disconnected() follows).
    void pinMismatch(const QString &seen);
};

using SyncTransportFactory = std::function<std::unique_ptr<SyncTransport>()>;

// The transport over a QWebSocket: pinning, Nagle off, a 16 MiB message limit.
class WebSocketTransport : public SyncTransport
{
    Q_OBJECT
public:
    explicit WebSocketTransport(QObject *parent = nullptr);
    ~WebSocketTransport() override;
    void open(const QUrl &url, const QString &pin) override;
    void sendText(const QString &text) override;
    void close() override;
    void abort() override;
    QString closeReason() const override;

private:
    std::unique_ptr<QWebSocket> m_socket;
    QString m_pin;
};

} // namespace liaison
