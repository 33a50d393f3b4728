#pragma once

#include "services/ServiceBase.h"

#include <QList>

#include <optional>

namespace liaison {

struct Channel
{
    QString id;
    QString name;
    QString kind; // "centre" (inside one centre), "shared" (centre to centre), "incident", "direct"
    QString incidentId;
    QString ownerCentre;
    QString scope;
};

struct ChatMessage
{
    QString id;
    QString channelId;
    QString body;
    QString author;
    qint64 sentAt = 0; // the sender's wall clock: shown, never used to order
    // Its place in the order every replica agrees on: the (hlc, device) of its first op.
    quint64 hlc = 0;
    QString device;
};

class ChatService : public ServiceBase
{
    Q_OBJECT
public:
    explicit ChatService(OpLog &log, QObject *parent = nullptr);

    // shared: the channel is visible to both centres from the start.
    QString createChannel(const QString &name, const QString &kind, bool shared,
                          const QString &incidentId = {});
    QString send(const QString &channelId, const QString &body);
    // Marks the channel read up to and including this message (its (hlc, device) place).
    void markRead(const QString &channelId, const QString &messageId);

    QList<Channel> channels() const;
    // The last `limit` messages, in (hlc, device) order: the same on every replica, whatever
    // the senders' wall clocks say.
    QList<ChatMessage> messages(const QString &channelId, int limit = 200) const;
    // Messages of others after this analyst's read marker, in that order.
    int unreadCount(const QString &channelId) const;

signals:
    void channelChanged(const QString &channelId);
    void messageAdded(const QString &channelId, const QString &messageId);
    void readMarkerChanged(const QString &channelId);

private:
    void onApplied(const std::vector<RoutedChange> &changes);
    std::optional<ChatMessage> message(const QString &messageId) const;
};

} // namespace liaison
