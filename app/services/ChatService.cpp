#include "services/ChatService.h"

#include "domain/Schema.h"
#include "storage/Database.h"
#include "sync/ChangeRouter.h"

#include <QDateTime>

namespace liaison {

namespace {
// What the router tags this service's entities with (ChangeRouter::subscribe).
enum Owned : int { OwnChannel, OwnMessage, OwnReadMarker, OwnAttachment, OwnMember };
} // namespace

ChatService::ChatService(OpLog &log, QObject *parent)
    : ServiceBase(log, parent)
{
    // A channel and every record under it.
    log.router().subscribe(
        this,
        {{entity::Channel, OwnChannel},
         {entity::Message, OwnMessage},
         {entity::ReadMarker, OwnReadMarker},
         {entity::Attachment, OwnAttachment},
         {entity::ChannelMember, OwnMember}},
        [this](const std::vector<RoutedChange> &changes) { onApplied(changes); });
}

QString ChatService::createChannel(const QString &name, const QString &kind, bool shared,
                                   const QString &incidentId)
{
    static const QStringList kinds = {QStringLiteral("centre"), QStringLiteral("shared"),
                                      QStringLiteral("incident"), QStringLiteral("direct")};
    if (!kinds.contains(kind))
        throw ValidationError(QStringLiteral("kind"), QStringLiteral("invalid"));
    const QString id = newId();
    create(QString::fromLatin1(entity::Channel), id,
           {{QStringLiteral("name"), name.simplified()},
            {QStringLiteral("kind"), kind},
            {QStringLiteral("incident_id"), incidentId.isEmpty() ? FieldValue() : incidentId},
            {QStringLiteral("owner_centre"), identity().centre},
            {QStringLiteral("scope"), QString::fromLatin1(shared ? kScopeShared : kScopeCentre)},
            {QStringLiteral("deleted"), false}});
    return id;
}

QString ChatService::send(const QString &channelId, const QString &body)
{
    if (!rowExists("channels", channelId))
        throw ValidationError(QStringLiteral("channel"), QStringLiteral("not-found"));
    const QString id = newId();
    create(QString::fromLatin1(entity::Message), id,
           {{QStringLiteral("channel_id"), channelId},
            {QStringLiteral("body"), body},
            {QStringLiteral("sent_at"), m_log.clock().nowMs()},
            {QStringLiteral("deleted"), false}});
    return id;
}

void ChatService::markRead(const QString &channelId, const QString &messageId)
{
    const auto upTo = message(messageId);
    if (!upTo || upTo->channelId != channelId)
        throw ValidationError(QStringLiteral("message"), QStringLiteral("not-found"));
    // One marker per analyst and channel: a deterministic id, so every device of the analyst
    // moves the same record.
    const QString id = channelId + QLatin1Char('.') + identity().analystId;
    commit(QString::fromLatin1(entity::ReadMarker), id,
           {{QStringLiteral("channel_id"), channelId},
            {QStringLiteral("analyst_id"), identity().analystId},
            {QStringLiteral("last_read_at"), upTo->sentAt},
            {QStringLiteral("last_read"),
             QStringLiteral("%1:%2").arg(upTo->hlc, 16, 16, QLatin1Char('0')).arg(upTo->device)}});
}

QList<Channel> ChatService::channels() const
{
    QList<Channel> out;
    auto st = m_log.database().prepare(
        "SELECT id, name, kind, incident_id, owner_centre, scope FROM channels "
        "WHERE coalesce(deleted, 0) = 0 AND name IS NOT NULL ORDER BY name, id");
    while (st.step())
        out << Channel {st.text(0), st.text(1), st.text(2), st.text(3), st.text(4), st.text(5)};
    return out;
}

namespace {

// A message with the (hlc, device) of its first op: the op that created it on its sender's
// device (the smallest hlc of that message's ops).
constexpr char kMessageColumns[]
    = "SELECT m.id, m.channel_id, m.body, d.analyst_id, m.sent_at, o.hlc, "
      "substr(o.id, 1, instr(o.id, ':') - 1) AS device FROM messages m "
      "JOIN ops o ON o.id = (SELECT id FROM ops WHERE entity_id = m.id "
      "  AND entity = 'message' ORDER BY hlc LIMIT 1) "
      "LEFT JOIN devices d ON d.id = substr(o.id, 1, instr(o.id, ':') - 1) ";

ChatMessage readMessage(const Statement &st)
{
    return ChatMessage {st.text(0),  st.text(1),           st.text(2), st.text(3),
                        st.int64(4), quint64(st.int64(5)), st.text(6)};
}

} // namespace

std::optional<ChatMessage> ChatService::message(const QString &messageId) const
{
    auto &st = m_log.database().cached(std::string(kMessageColumns) + "WHERE m.id = ?1");
    st.bind(1, messageId);
    std::optional<ChatMessage> out;
    if (st.step())
        out = readMessage(st);
    st.reset();
    return out;
}

QList<ChatMessage> ChatService::messages(const QString &channelId, int limit) const
{
    QList<ChatMessage> out;
    auto st = m_log.database().prepare((std::string(kMessageColumns)
                                        + "WHERE m.channel_id = ?1 AND coalesce(m.deleted, 0) = 0 "
                                          "ORDER BY o.hlc DESC, device DESC LIMIT ?2")
                                           .c_str());
    st.bind(1, channelId).bind(2, std::int64_t(limit));
    while (st.step())
        out.prepend(readMessage(st));
    return out;
}

int ChatService::unreadCount(const QString &channelId) const
{
    const QString markerId = channelId + QLatin1Char('.') + identity().analystId;
    auto &marker = m_log.database().cached("SELECT last_read FROM read_markers WHERE id = ?1");
    marker.bind(1, markerId);
    const QString place = marker.step() ? marker.text(0) : QString();
    marker.reset();
    // "HLC:DEVICE"; no marker (or one of a version before schema 6): nothing read yet.
    bool ok = false;
    const qint64 hlc = place.section(QLatin1Char(':'), 0, 0).toLongLong(&ok, 16);
    const QString device = ok ? place.section(QLatin1Char(':'), 1) : QString();
    auto &st = m_log.database().cached(std::string("SELECT count(*) FROM (") + kMessageColumns
                                       + "WHERE m.channel_id = ?1 AND coalesce(m.deleted, 0) = 0 "
                                         "AND coalesce(d.analyst_id, '') <> ?2 "
                                         "AND (o.hlc > ?3 OR (o.hlc = ?3 AND device > ?4)))");
    st.bind(1, channelId)
        .bind(2, identity().analystId)
        .bind(3, std::int64_t(ok ? hlc : -1))
        .bind(4, device);
    const int n = st.step() ? int(st.int64(0)) : 0;
    st.reset();
    return n;
}

void ChatService::onApplied(const std::vector<RoutedChange> &changes)
{
    for (const RoutedChange &routed : changes) {
        const AppliedChange &c = *routed.change;
        switch (routed.tag) {
        case OwnChannel: emit channelChanged(c.entityId); break;
        case OwnMessage:
            if (c.created) {
                const QString channel
                    = parentOf(routed.def->table, routed.def->parentField, c.entityId);
                if (!channel.isEmpty())
                    emit messageAdded(channel, c.entityId);
            }
            break;
        case OwnReadMarker:
            emit readMarkerChanged(
                parentOf(routed.def->table, routed.def->parentField, c.entityId));
            break;
        default: break; // attachments and members: nothing to say yet
        }
    }
}

} // namespace liaison
