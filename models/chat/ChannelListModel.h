#pragma once

#include "services/ChatService.h"

#include "sync/Presence.h"

#include <QAbstractListModel>
#include <QPointer>

namespace liaison {

// The chat rail: channels grouped by kind (bridge and groups, incidents, direct), each group
// under a header row, with this analyst's unread and mention counts. Archived channels are
// left out. A filter keeps channels whose name contains the text (case and accents ignored).
class ChannelListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        KindRole,
        HeaderRole, // true for a group header (not selectable)
        UnreadRole,
        MentionRole,
        OtherCentreRole, // made by another centre
        TlpRole,
        MutedRole,
        PeerRole, // a direct channel's other analyst
        PresenceRole, // ... and their Presence::State (int)
    };

    explicit ChannelListModel(ChatService &chat, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    // How a channel is named in the rail, its header and search results: the bridge by what it
    // is, a direct channel by the other analyst, an incident's by the incident's title.
    static QString titleOf(const ChatService &chat, const Channel &channel);

    // Direct channels show their peer's presence (online, away, offline) from then on.
    void setPresence(Presence *presence);
    void setFilter(const QString &text);
    int rowOf(const QString &channelId) const;
    // Reloads every row (channels, names, counts).
    void reload();

private:
    void refreshCounts(const QString &channelId);

    struct Row
    {
        bool header = false;
        QString headerKind; // for a header: "channels", "incidents", "direct"
        Channel channel;
        QString name;
        QString peer; // direct channels
        int unread = 0;
        int mentions = 0;
    };
    Presence::State peerState(const Row &row) const;

    ChatService &m_chat;
    QPointer<Presence> m_presence;
    QString m_filter;
    QList<Row> m_rows;
};

} // namespace liaison
