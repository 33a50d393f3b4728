#pragma once

#include "services/ServiceBase.h"

#include <QList>

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
    qint64 sentAt = 0;
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
    void markRead(const QString &channelId, qint64 upToMs);

    QList<Channel> channels() const;
    QList<ChatMessage> messages(const QString &channelId, int limit = 200) const;
    int unreadCount(const QString &channelId) const;

signals:
    void channelChanged(const QString &channelId);
    void messageAdded(const QString &channelId, const QString &messageId);
    void readMarkerChanged(const QString &channelId);

private:
    void onApplied(const QList<liaison::AppliedChange> &changes);
};

} // namespace liaison
