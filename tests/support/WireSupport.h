#pragma once

// A client that speaks the protocol by hand (tests of the hub's rules and abuse cases), and
// signed ops of raw devices.
#include "crypto/DeviceKey.h"
#include "server/HubStore.h"
#include "sync/Hlc.h"
#include "sync/Op.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QWebSocket>
#include <QtTest>

namespace liaison::test {

// A client that speaks the protocol by hand, for the abuse cases.
class RawClient
{
public:
    explicit RawClient(quint16 port)
    {
        QObject::connect(&m_socket, &QWebSocket::textMessageReceived,
                         [this](const QString &text) { m_frames << text; });
        m_socket.open(QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(port)));
    }
    // The next frame not read yet (empty object on time-out).
    QJsonObject next(int timeoutMs = 5000)
    {
        QElapsedTimer timer;
        timer.start();
        while (m_read >= m_frames.size() && timer.elapsed() < timeoutMs)
            QTest::qWait(10);
        if (m_read >= m_frames.size())
            return {};
        return QJsonDocument::fromJson(m_frames.at(m_read++).toUtf8()).object();
    }
    // Reads frames until one of type t (or time-out).
    QJsonObject nextOfType(const QString &t, int timeoutMs = 5000)
    {
        for (int i = 0; i < 50; ++i) {
            const QJsonObject f = next(timeoutMs);
            if (f.isEmpty() || f.value(QLatin1String("t")).toString() == t)
                return f;
        }
        return {};
    }
    void send(const QJsonObject &frame)
    {
        m_socket.sendTextMessage(
            QString::fromUtf8(QJsonDocument(frame).toJson(QJsonDocument::Compact)));
    }
    void sendText(const QString &text) { m_socket.sendTextMessage(text); }
    bool authenticate(const DeviceKey &key)
    {
        const QJsonObject hello = nextOfType(QStringLiteral("hello"));
        const QByteArray challenge
            = QByteArray::fromBase64(hello.value(QLatin1String("challenge")).toString().toLatin1());
        send({{"t", "auth"},
              {"v", 1},
              {"device", key.deviceId()},
              {"sig",
               QString::fromLatin1(
                   key.sign(QByteArray("liaison-auth-v1\n") + challenge).toBase64())}});
        return next().value(QLatin1String("t")).toString() == QLatin1String("welcome");
    }
    QWebSocket &socket() { return m_socket; }
    bool closed() const { return m_socket.state() == QAbstractSocket::UnconnectedState; }

private:
    QWebSocket m_socket;
    QStringList m_frames;
    int m_read = 0;
};

// A signed op of a raw device.
inline Op makeOp(const DeviceKey &key, const HubDevice &device, qint64 seq, std::uint64_t hlc,
                 const QString &entity, const QString &entityId, Fields fields,
                 const QString &scope = QStringLiteral("centre"))
{
    Op op;
    op.device = key.deviceId();
    op.seq = seq;
    op.hlc = hlc;
    op.author = device.analystId;
    op.centre = device.centre;
    op.scope = scope;
    op.entity = entity;
    op.entityId = entityId;
    op.fields = std::move(fields);
    normaliseFields(op.fields);
    op.signWith(key);
    return op;
}

inline QJsonObject opJson(const Op &op)
{
    return QJsonDocument::fromJson(op.toJson()).object();
}

inline std::uint64_t nowHlc(qint64 offsetMs = 0)
{
    return HybridClock::pack(std::uint64_t(QDateTime::currentMSecsSinceEpoch() + offsetMs), 0);
}

inline QString rejectionCode(const QJsonObject &ack)
{
    return ack.value(QLatin1String("rejected"))
        .toArray()
        .at(0)
        .toObject()
        .value(QLatin1String("code"))
        .toString();
}

} // namespace liaison::test
