#include "sync/SyncTransport.h"

#include "core/Logging.h"

#include <QCryptographicHash>
#include <QSslCertificate>
#include <QSslError>
#include <QWebSocket>

namespace liaison {

WebSocketTransport::WebSocketTransport(QObject *parent)
    : SyncTransport(parent)
    , m_socket(std::make_unique<QWebSocket>())
{
    m_socket->setMaxAllowedIncomingMessageSize(16 * 1024 * 1024);
    connect(m_socket.get(), &QWebSocket::textMessageReceived, this, &SyncTransport::textReceived);
    connect(m_socket.get(), &QWebSocket::binaryMessageReceived, this,
            [] { qCWarning(lcSync) << "hub sent a binary frame; ignored"; });
    connect(m_socket.get(), &QWebSocket::disconnected, this, &SyncTransport::disconnected);
    // Nagle off on the socket under the WebSocket (QWebSocket does not expose it; it is the
    // WebSocket's child): a push goes out at once, not after the hub's delayed ACK.
    connect(m_socket.get(), &QWebSocket::connected, this, [this] {
        for (auto *tcp : m_socket->findChildren<QAbstractSocket *>())
            tcp->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    });
    connect(m_socket.get(), &QWebSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
        // Pinning: accept the self-signed hub certificate only if it is the one enrolled.
        const QSslCertificate peer = m_socket->sslConfiguration().peerCertificate();
        const QString seen
            = QString::fromLatin1(peer.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
        if (!peer.isNull() && seen == m_pin) {
            m_socket->ignoreSslErrors(errors);
            return;
        }
        emit pinMismatch(seen);
    });
}

WebSocketTransport::~WebSocketTransport()
{
    m_socket->disconnect(this);
}

void WebSocketTransport::open(const QUrl &url, const QString &pin)
{
    m_pin = pin;
    m_socket->open(url);
}

void WebSocketTransport::sendText(const QString &text)
{
    m_socket->sendTextMessage(text);
}

void WebSocketTransport::close()
{
    m_socket->close();
}

void WebSocketTransport::abort()
{
    m_socket->disconnect(this);
    m_socket->abort();
}

QString WebSocketTransport::closeReason() const
{
    QString why = m_socket->closeReason();
    if (why.isEmpty() && m_socket->error() != QAbstractSocket::UnknownSocketError)
        why = m_socket->errorString();
    return why;
}

} // namespace liaison
