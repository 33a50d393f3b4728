#include "services/ChatService.h"

#include "domain/Schema.h"
#include "storage/Database.h"

#include <QDateTime>

namespace liaison {

namespace {
constexpr int kMaxMessage = 16000;
}

ChatService::ChatService(OpLog &log, QObject *parent)
    : ServiceBase(log, parent)
{
    connect(&log, &OpLog::changesApplied, this, &ChatService::onApplied);
}

QString ChatService::createChannel(const QString &name, const QString &kind, bool shared,
                                   const QString &incidentId)
{
    const QString n = name.simplified();
    if (n.isEmpty() || n.size() > 100)
        throw ValidationError(QStringLiteral("name"), QStringLiteral("invalid"));
    static const QStringList kinds = {QStringLiteral("centre"), QStringLiteral("shared"),
                                      QStringLiteral("incident"), QStringLiteral("direct")};
    if (!kinds.contains(kind))
        throw ValidationError(QStringLiteral("kind"), QStringLiteral("invalid"));
    const QString id = newId();
    commit(QString::fromLatin1(entity::Channel), id,
           {{QStringLiteral("name"), n},
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
    if (body.trimmed().isEmpty())
        throw ValidationError(QStringLiteral("body"), QStringLiteral("required"));
    if (body.size() > kMaxMessage)
        throw ValidationError(QStringLiteral("body"), QStringLiteral("too-long"));
    const QString id = newId();
    commit(QString::fromLatin1(entity::Message), id,
           {{QStringLiteral("channel_id"), channelId},
            {QStringLiteral("body"), body},
            {QStringLiteral("sent_at"), QDateTime::currentMSecsSinceEpoch()},
            {QStringLiteral("deleted"), false}});
    return id;
}

void ChatService::markRead(const QString &channelId, qint64 upToMs)
{
    // One marker per analyst and channel: a deterministic id, so every device of the analyst
    // moves the same record.
    const QString id = channelId + QLatin1Char('.') + identity().analystId;
    commit(QString::fromLatin1(entity::ReadMarker), id,
           {{QStringLiteral("channel_id"), channelId},
            {QStringLiteral("analyst_id"), identity().analystId},
            {QStringLiteral("last_read_at"), upToMs}});
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

QList<ChatMessage> ChatService::messages(const QString &channelId, int limit) const
{
    QList<ChatMessage> out;
    auto st = m_log.database().prepare(
        "SELECT m.id, m.channel_id, m.body, d.analyst_id, m.sent_at FROM messages m "
        "LEFT JOIN ops o ON o.id = (SELECT id FROM ops WHERE entity_id = m.id "
        "  AND entity = 'message' ORDER BY hlc LIMIT 1) "
        "LEFT JOIN devices d ON d.id = substr(o.id, 1, instr(o.id, ':') - 1) "
        "WHERE m.channel_id = ?1 AND coalesce(m.deleted, 0) = 0 "
        "ORDER BY m.sent_at DESC, m.id LIMIT ?2");
    st.bind(1, channelId).bind(2, std::int64_t(limit));
    while (st.step())
        out.prepend(ChatMessage {st.text(0), st.text(1), st.text(2), st.text(3), st.int64(4)});
    return out;
}

int ChatService::unreadCount(const QString &channelId) const
{
    auto &st = m_log.database().cached(
        "SELECT count(*) FROM messages WHERE channel_id = ?1 AND coalesce(deleted, 0) = 0 "
        "AND sent_at > coalesce((SELECT last_read_at FROM read_markers WHERE id = ?2), 0)");
    st.bind(1, channelId).bind(2, channelId + QLatin1Char('.') + identity().analystId);
    const int n = st.step() ? int(st.int64(0)) : 0;
    st.reset();
    return n;
}

void ChatService::onApplied(const QList<AppliedChange> &changes)
{
    for (const auto &c : changes) {
        if (c.entity == QLatin1String(entity::Channel)) {
            emit channelChanged(c.entityId);
        } else if (c.entity == QLatin1String(entity::Message) && c.created) {
            const QString channel = parentOf("messages", "channel_id", c.entityId);
            if (!channel.isEmpty())
                emit messageAdded(channel, c.entityId);
        } else if (c.entity == QLatin1String(entity::ReadMarker)) {
            emit readMarkerChanged(parentOf("read_markers", "channel_id", c.entityId));
        }
    }
}

} // namespace liaison
