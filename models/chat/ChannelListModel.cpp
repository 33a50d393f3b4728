#include "models/chat/ChannelListModel.h"

#include "domain/DomainText.h"
#include "models/chat/PresenceLook.h"

#include <QColor>
#include <QCoreApplication>
#include <QFont>

namespace liaison {

namespace {

QString folded(const QString &text)
{
    QString out;
    for (const QChar c : text.normalized(QString::NormalizationForm_D).toCaseFolded()) {
        if (c.category() != QChar::Mark_NonSpacing)
            out += c;
    }
    return out;
}

QString groupOf(const Channel &c)
{
    if (c.kind == QLatin1String("incident"))
        return QStringLiteral("incidents");
    if (c.kind == QLatin1String("direct"))
        return QStringLiteral("direct");
    return QStringLiteral("channels");
}

} // namespace

ChannelListModel::ChannelListModel(ChatService &chat, QObject *parent)
    : QAbstractListModel(parent)
    , m_chat(chat)
{
    connect(&chat, &ChatService::channelChanged, this, &ChannelListModel::reload);
    connect(&chat, &ChatService::membersChanged, this, &ChannelListModel::reload);
    connect(&chat, &ChatService::messageAdded, this,
            [this](const QString &channelId) { refreshCounts(channelId); });
    connect(&chat, &ChatService::readMarkerChanged, this,
            [this](const QString &channelId) { refreshCounts(channelId); });
    reload();
}

void ChannelListModel::setPresence(Presence *presence)
{
    if (m_presence)
        m_presence->disconnect(this);
    m_presence = presence;
    if (presence)
        connect(presence, &Presence::presenceChanged, this, [this](const QStringList &analysts) {
            for (int row = 0; row < m_rows.size(); ++row) {
                const QString &peer = m_rows.at(row).peer;
                if (!peer.isEmpty() && (analysts.isEmpty() || analysts.contains(peer)))
                    emit dataChanged(index(row), index(row),
                                     {Qt::DecorationRole, Qt::ToolTipRole, PresenceRole});
            }
        });
    if (!m_rows.isEmpty())
        emit dataChanged(index(0), index(int(m_rows.size()) - 1));
}

Presence::State ChannelListModel::peerState(const Row &row) const
{
    return m_presence ? m_presence->stateOf(row.peer) : Presence::State::Offline;
}

void ChannelListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    const QString filter = folded(m_filter.trimmed());
    for (const char *group : {"channels", "incidents", "direct"}) {
        QList<Row> rows;
        for (const Channel &c : m_chat.channels()) {
            if (groupOf(c) != QLatin1String(group))
                continue;
            Row row;
            row.channel = c;
            row.name = titleOf(m_chat, c);
            row.peer = m_chat.directPeer(c);
            if (!filter.isEmpty() && !folded(row.name).contains(filter))
                continue;
            const UnreadCounts n = m_chat.unread(c);
            row.unread = n.messages;
            row.mentions = n.mentions;
            rows << row;
        }
        if (rows.isEmpty())
            continue;
        std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
            // The bridge first, then by name.
            const bool ab = a.channel.kind == QLatin1String("bridge");
            const bool bb = b.channel.kind == QLatin1String("bridge");
            if (ab != bb)
                return ab;
            return a.name.localeAwareCompare(b.name) < 0;
        });
        Row header;
        header.header = true;
        header.headerKind = QString::fromLatin1(group);
        m_rows << header << rows;
    }
    endResetModel();
}

QString ChannelListModel::titleOf(const ChatService &chat, const Channel &channel)
{
    if (channel.kind == QLatin1String("bridge"))
        //: The standing channel of all centres, in the chat rail and its header
        return QCoreApplication::translate("ChannelListModel", "Centre-to-centre bridge");
    return chat.displayName(channel);
}

void ChannelListModel::refreshCounts(const QString &channelId)
{
    const int row = rowOf(channelId);
    if (row < 0) {
        reload(); // a channel this rail does not know yet
        return;
    }
    Row &r = m_rows[row];
    const UnreadCounts n = m_chat.unread(r.channel);
    r.unread = n.messages;
    r.mentions = n.mentions;
    emit dataChanged(index(row), index(row));
}

void ChannelListModel::setFilter(const QString &text)
{
    if (text == m_filter)
        return;
    m_filter = text;
    reload();
}

int ChannelListModel::rowOf(const QString &channelId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (!m_rows.at(i).header && m_rows.at(i).channel.id == channelId)
            return i;
    }
    return -1;
}

int ChannelListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

Qt::ItemFlags ChannelListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return m_rows.at(index.row()).header ? Qt::ItemIsEnabled
                                         : Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QVariant ChannelListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows.at(index.row());
    if (r.header) {
        if (role == HeaderRole)
            return true;
        if (role == Qt::FontRole) {
            QFont f;
            f.setBold(true);
            f.setPointSizeF(f.pointSizeF() * 0.9);
            return f;
        }
        if (role == Qt::ForegroundRole)
            return QColor(0x55, 0x5b, 0x66);
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
            if (r.headerKind == QLatin1String("incidents"))
                //: Chat rail: group of the channels of incidents
                return QCoreApplication::translate("ChannelListModel", "Incidents");
            if (r.headerKind == QLatin1String("direct"))
                //: Chat rail: group of direct conversations
                return QCoreApplication::translate("ChannelListModel", "Direct messages");
            //: Chat rail: group of named channels
            return QCoreApplication::translate("ChannelListModel", "Channels");
        }
        return {};
    }
    const Channel &c = r.channel;
    const bool other = c.ownerCentre != m_chat.identity().centre;
    switch (role) {
    case Qt::DisplayRole: {
        QString text = r.name;
        if (other)
            //: Chat rail: %1 channel name, %2 the centre that made it
            text = QCoreApplication::translate("ChannelListModel", "%1 (%2)")
                       .arg(r.name, c.ownerCentre);
        if (r.mentions > 0)
            //: Chat rail: %1 channel name, %2 number of unread mentions
            return QCoreApplication::translate("ChannelListModel", "%1  @%2")
                .arg(text)
                .arg(r.mentions);
        if (r.unread > 0)
            //: Chat rail: %1 channel name, %2 number of unread messages
            return QCoreApplication::translate("ChannelListModel", "%1  (%2)")
                .arg(text)
                .arg(r.unread);
        return text;
    }
    case Qt::ToolTipRole: {
        QStringList lines {r.name, tlpDisplay(c.tlp), scopeLabel(c.scope)};
        if (other)
            //: Tooltip: %1 the centre that made the channel
            lines
                << QCoreApplication::translate("ChannelListModel", "Made by %1").arg(c.ownerCentre);
        if (r.unread > 0)
            lines << QCoreApplication::translate("ChannelListModel", "%n unread message(s)",
                                                 nullptr, r.unread);
        if (r.mentions > 0)
            lines << QCoreApplication::translate("ChannelListModel", "%n mention(s) of you",
                                                 nullptr, r.mentions);
        if (c.muted)
            lines << QCoreApplication::translate("ChannelListModel", "Muted");
        if (!r.peer.isEmpty() && m_presence)
            lines << presence_ui::stateText(peerState(r));
        return lines.join(QLatin1Char('\n'));
    }
    case Qt::AccessibleDescriptionRole:
        if (!r.peer.isEmpty() && m_presence)
            return presence_ui::stateText(peerState(r));
        return {};
    case Qt::DecorationRole:
        if (!r.peer.isEmpty() && m_presence)
            return presence_ui::stateIcon(peerState(r));
        return {};
    case Qt::FontRole:
        if (r.unread > 0) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case IdRole: return c.id;
    case KindRole: return c.kind;
    case HeaderRole: return false;
    case UnreadRole: return r.unread;
    case MentionRole: return r.mentions;
    case OtherCentreRole: return other;
    case TlpRole: return c.tlp;
    case MutedRole: return c.muted;
    case PeerRole: return r.peer;
    case PresenceRole: return int(peerState(r));
    default: return {};
    }
}

} // namespace liaison
