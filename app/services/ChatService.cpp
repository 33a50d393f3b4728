#include "services/ChatService.h"

#include "domain/Enums.h"
#include "domain/MessageText.h"
#include "domain/Schema.h"
#include "services/DraftStore.h"
#include "services/MessageSeal.h"
#include "services/SearchIndex.h"
#include "storage/Database.h"
#include "sync/ChangeRouter.h"

#include <QCryptographicHash>
#include <QSet>
#include <QTimeZone>

#include <algorithm>

namespace liaison {

namespace {
// What the router tags this service's entities with (ChangeRouter::subscribe).
enum Owned : int { OwnChannel, OwnMessage, OwnReadMarker, OwnAttachment, OwnMember, OwnDraft };

const QString kKindBridge = QStringLiteral("bridge");
const QString kKindGroup = QStringLiteral("group");
const QString kKindIncident = QStringLiteral("incident");
const QString kKindDirect = QStringLiteral("direct");

QString place(quint64 hlc, const QString &device)
{
    return QStringLiteral("%1:%2").arg(hlc, 16, 16, QLatin1Char('0')).arg(device);
}

// A message with its author (the analyst and centre of its first op's device) and whether
// this device still waits for the hub to take it.
#define LIAISON_MESSAGE_COLUMNS                                                                    \
    "SELECT m.id, m.channel_id, m.body, d.analyst_id, d.centre, m.sent_at, m.sent_tz, "            \
    "m.edited_at, m.reply_to, m.mentions, coalesce(m.deleted, 0), m._ohlc, m._odev, "
#define LIAISON_MESSAGE_FROM "FROM messages m LEFT JOIN devices d ON d.id = m._odev "
constexpr char kMessageColumns[] = LIAISON_MESSAGE_COLUMNS
    "EXISTS (SELECT 1 FROM ops o WHERE o.entity_id = m.id AND o.entity = 'message' "
    "  AND o.id IN (SELECT op_id FROM outbox)) " LIAISON_MESSAGE_FROM;
// The same for lists of messages: "pending" is filled in from pendingIds() (a probe of the op
// log per message would read every message's op, the biggest rows of the profile: a page of
// the SQLite cache per message when scrolling through a channel).
constexpr char kListColumns[] = LIAISON_MESSAGE_COLUMNS "0 " LIAISON_MESSAGE_FROM;
#undef LIAISON_MESSAGE_COLUMNS
#undef LIAISON_MESSAGE_FROM

// Messages of others after a marker place (?3 hlc, ?4 device) in channel ?1, ?2 = this analyst.
constexpr char kUnreadWhere[]
    = "WHERE m.channel_id = ?1 AND coalesce(m.deleted, 0) = 0 "
      "AND coalesce(d.analyst_id, '') <> ?2 "
      // A range of the (channel_id, _ohlc, _odev) index, so that the first one is found at once.
      "AND m._ohlc >= ?3 AND NOT (m._ohlc = ?3 AND m._odev <= ?4) ";

constexpr char kChannelColumns[]
    = "SELECT c.id, c.name, c.kind, c.incident_id, c.owner_centre, c.scope, c.tlp, c.topic, "
      "coalesce(c.archived, 0), coalesce(r.muted, 0), i.tlp FROM channels c "
      "LEFT JOIN read_markers r ON r.id = c.id || '.' || ?1 "
      "LEFT JOIN incidents i ON i.id = c.incident_id ";

Channel readChannel(const Statement &st)
{
    Channel c;
    c.id = st.text(0);
    c.name = st.text(1);
    c.kind = st.text(2);
    // Versions before schema 8 named the visibility as the kind.
    if (c.kind == QLatin1String("centre") || c.kind == QLatin1String("shared"))
        c.kind = kKindGroup;
    c.incidentId = st.text(3);
    c.ownerCentre = st.text(4);
    c.scope = st.text(5);
    c.tlp = st.text(6);
    c.topic = st.text(7);
    c.archived = st.int64(8) != 0;
    c.muted = st.int64(9) != 0;
    if (c.kind == kKindIncident && !st.isNull(10))
        c.tlp = st.text(10); // the incident's marking is the channel's
    if (c.tlp.isEmpty())
        c.tlp = tlpKey(Tlp::Green);
    return c;
}

struct IncidentFacts
{
    bool exists = false;
    QString scope;
    QString tlp;
    QString ownerCentre;
    QStringList members; // named analysts, not removed
};

IncidentFacts incidentFacts(Database &db, const QString &incidentId)
{
    IncidentFacts f;
    auto &st = db.cached("SELECT scope, tlp, owner_centre FROM incidents "
                         "WHERE id = ?1 AND coalesce(deleted, 0) = 0");
    st.bind(1, incidentId);
    if (st.step()) {
        f.exists = true;
        f.scope = st.text(0);
        f.tlp = st.text(1);
        f.ownerCentre = st.text(2);
    }
    st.reset();
    auto &m = db.cached("SELECT analyst_id FROM incident_members WHERE incident_id = ?1 "
                        "AND coalesce(removed, 0) = 0 ORDER BY analyst_id");
    m.bind(1, incidentId);
    while (m.step())
        f.members << m.text(0);
    m.reset();
    return f;
}

QString analystCentre(Database &db, const QString &analystId)
{
    auto &st = db.cached("SELECT centre FROM analysts WHERE id = ?1");
    st.bind(1, analystId);
    const QString centre = st.step() ? st.text(0) : QString();
    st.reset();
    return centre;
}

} // namespace

ChatService::ChatService(OpLog &log, QObject *parent)
    : ServiceBase(log, parent)
    , m_seal(std::make_unique<IdentitySeal>())
{
    // A channel and every record under it.
    log.router().subscribe(
        this,
        {{entity::Channel, OwnChannel},
         {entity::Message, OwnMessage},
         {entity::ReadMarker, OwnReadMarker},
         {entity::Attachment, OwnAttachment},
         {entity::ChannelMember, OwnMember},
         {entity::ChatDraft, OwnDraft}},
        [this](const std::vector<RoutedChange> &changes) { onApplied(changes); });
    // A refusal of the hub leaves the outbox: a message may have failed.
    connect(&log, &OpLog::outboxChanged, this, [this] { onOutboxChanged(); });
}

ChatService::~ChatService() = default;

void ChatService::setSeal(std::unique_ptr<MessageSeal> seal)
{
    if (seal)
        m_seal = std::move(seal);
}

// ---- channels

QString ChatService::checkedTlp(const QString &tlp) const
{
    Tlp parsed;
    if (!parseTlp(tlp, &parsed))
        throw ValidationError(QStringLiteral("tlp"), QStringLiteral("invalid"));
    return tlpKey(parsed);
}

Change ChatService::memberChange(const QString &channelId, const QString &analystId,
                                 bool removed) const
{
    const QString centre = analystCentre(m_log.database(), analystId);
    if (centre.isEmpty())
        throw ValidationError(QStringLiteral("members"), QStringLiteral("unknown-analyst"));
    return {QString::fromLatin1(entity::ChannelMember),
            channelId + QLatin1Char('.') + analystId,
            {{QStringLiteral("channel_id"), channelId},
             {QStringLiteral("analyst_id"), analystId},
             {QStringLiteral("centre"), centre},
             {QStringLiteral("removed"), removed}}};
}

Change ChatService::channelRecord(const QString &id, const QString &name, const QString &kind,
                                  const QString &incidentId, const QString &scope,
                                  const QString &tlp, const QString &topic) const
{
    // Every field of a channel in its creating op (docs/PROTOCOL.md §7.2: "all 10").
    return newRecord(QString::fromLatin1(entity::Channel), id,
                     {{QStringLiteral("name"), name},
                      {QStringLiteral("kind"), kind},
                      {QStringLiteral("incident_id"),
                       incidentId.isEmpty() ? FieldValue() : FieldValue(incidentId)},
                      {QStringLiteral("owner_centre"), identity().centre},
                      {QStringLiteral("scope"), scope},
                      {QStringLiteral("deleted"), false},
                      {QStringLiteral("history"), QStringLiteral("all")},
                      {QStringLiteral("tlp"), tlp},
                      {QStringLiteral("topic"), topic},
                      {QStringLiteral("archived"), false}});
}

QString ChatService::ensureBridge()
{
    if (rowExists("channels", QString::fromLatin1(kBridgeId)))
        return QString::fromLatin1(kBridgeId);
    // Two centres may make it at once: the hub takes the first and refuses the other
    // ("not-owner"); that device then receives the first one's (docs/CHAT.md).
    commitAll({channelRecord(QString::fromLatin1(kBridgeId), QStringLiteral("bridge"), kKindBridge,
                             {}, QString::fromLatin1(kScopeShared), tlpKey(Tlp::Green), {})});
    return QString::fromLatin1(kBridgeId);
}

QString ChatService::createGroup(const QString &name, const QString &visibility, const QString &tlp,
                                 const QStringList &memberIds, const QString &topic)
{
    const QString marking = checkedTlp(tlp);
    const bool shared = visibility == QLatin1String(kScopeShared);
    const bool membersOnly = visibility == QLatin1String(kScopeMembers);
    if (!shared && !membersOnly && visibility != QLatin1String(kScopeCentre))
        throw ValidationError(QStringLiteral("visibility"), QStringLiteral("invalid"));
    if (shared && (marking == tlpKey(Tlp::AmberStrict) || marking == tlpKey(Tlp::Red)))
        throw ValidationError(QStringLiteral("visibility"), QStringLiteral("share-forbidden"));
    const QString id = newId();
    std::vector<Change> changes;
    changes.push_back(channelRecord(id, name.simplified(), kKindGroup, {}, visibility, marking,
                                    topic.simplified()));
    QStringList named;
    if (membersOnly)
        named << identity().analystId; // the creator first (docs/PROTOCOL.md §7.3)
    for (const QString &m : memberIds) {
        if (!named.contains(m))
            named << m;
    }
    for (const QString &analyst : std::as_const(named)) {
        changes.push_back(memberChange(id, analyst, false));
        if (marking == tlpKey(Tlp::AmberStrict)
            && analystCentre(m_log.database(), analyst) != identity().centre)
            throw ValidationError(QStringLiteral("members"),
                                  QStringLiteral("share-forbidden-amber-strict"));
    }
    commitAll(changes);
    return id;
}

QString ChatService::directChannelId(const QString &analystA, const QString &analystB)
{
    QStringList pair {analystA, analystB};
    pair.sort();
    const QByteArray digest = QCryptographicHash::hash(pair.join(QLatin1Char('\n')).toUtf8(),
                                                       QCryptographicHash::Sha256);
    return QStringLiteral("dm-") + QString::fromLatin1(digest.toHex().left(32));
}

QString ChatService::directChannel(const QString &analystId)
{
    if (analystId == identity().analystId)
        throw ValidationError(QStringLiteral("members"), QStringLiteral("self"));
    if (analystCentre(m_log.database(), analystId).isEmpty())
        throw ValidationError(QStringLiteral("members"), QStringLiteral("unknown-analyst"));
    const QString id = directChannelId(identity().analystId, analystId);
    if (rowExists("channels", id))
        return id;
    commitAll({channelRecord(id, QStringLiteral("direct"), kKindDirect, {},
                             QString::fromLatin1(kScopeMembers), tlpKey(Tlp::Amber), {}),
               memberChange(id, identity().analystId, false), memberChange(id, analystId, false)});
    return id;
}

QString ChatService::incidentChannelId(const QString &incidentId)
{
    return QStringLiteral("ic-") + incidentId;
}

QString ChatService::existingIncidentChannel(const QString &incidentId) const
{
    const QString id = incidentChannelId(incidentId);
    return rowExists("channels", id) ? id : QString();
}

QString ChatService::incidentChannel(const QString &incidentId)
{
    if (const QString id = existingIncidentChannel(incidentId); !id.isEmpty()) {
        followIncident(incidentId);
        return id;
    }
    const IncidentFacts f = incidentFacts(m_log.database(), incidentId);
    if (!f.exists)
        throw ValidationError(QStringLiteral("incident"), QStringLiteral("not-found"));
    const bool owner = f.ownerCentre == identity().centre;
    const bool shared = f.scope == QLatin1String(kScopeShared);
    // Another centre may open it only where the whole of its centre may read it anyway: a
    // channel it made would be its centre's (docs/CHAT.md, "Incident channels").
    if (!owner && (!shared || f.tlp == tlpKey(Tlp::Red) || f.tlp == tlpKey(Tlp::AmberStrict)))
        return {};
    const QString id = incidentChannelId(incidentId);
    std::vector<Change> changes;
    changes.push_back(channelRecord(id, QStringLiteral("incident"), kKindIncident, incidentId,
                                    shared ? f.scope : QString::fromLatin1(kScopeCentre), f.tlp,
                                    {}));
    if (owner) {
        for (const QString &analyst : f.members)
            changes.push_back(memberChange(id, analyst, false));
    }
    commitAll(changes);
    return id;
}

void ChatService::followIncident(const QString &incidentId)
{
    const QString id = existingIncidentChannel(incidentId);
    if (id.isEmpty())
        return;
    const IncidentFacts f = incidentFacts(m_log.database(), incidentId);
    const auto ch = channel(id);
    if (!f.exists || !ch || f.ownerCentre != identity().centre || ch->ownerCentre != f.ownerCentre)
        return;
    std::vector<Change> changes;
    auto &raw = m_log.database().cached("SELECT scope, tlp FROM channels WHERE id = ?1");
    raw.bind(1, id);
    QString scope, tlp;
    if (raw.step()) {
        scope = raw.text(0);
        tlp = raw.text(1);
    }
    raw.reset();
    Fields fields;
    if (tlp != f.tlp)
        fields.push_back({QStringLiteral("tlp"), f.tlp});
    if (f.scope == QLatin1String(kScopeShared) && scope != f.scope)
        fields.push_back({QStringLiteral("scope"), f.scope});
    if (!fields.empty())
        changes.push_back({QString::fromLatin1(entity::Channel), id, std::move(fields)});
    QStringList current;
    for (const ChatMember &m : members(id))
        current << m.analystId;
    for (const QString &analyst : f.members) {
        if (!current.contains(analyst))
            changes.push_back(memberChange(id, analyst, false));
    }
    for (const QString &analyst : std::as_const(current)) {
        if (!f.members.contains(analyst))
            changes.push_back(memberChange(id, analyst, true));
    }
    if (!changes.empty())
        commitAll(changes);
}

Channel ChatService::writableChannel(const QString &channelId) const
{
    const auto ch = channel(channelId);
    if (!ch)
        throw ValidationError(QStringLiteral("channel"), QStringLiteral("not-found"));
    if (ch->archived)
        throw ValidationError(QStringLiteral("channel"), QStringLiteral("archived"));
    if (!canWrite(*ch))
        throw ValidationError(QStringLiteral("channel"), QStringLiteral("not-member"));
    return *ch;
}

bool ChatService::canWrite(const QString &channelId) const
{
    const auto ch = channel(channelId);
    return ch && canWrite(*ch);
}

bool ChatService::canWrite(const Channel &ch) const
{
    const bool membersOnly = ch.scope == QLatin1String(kScopeMembers);
    const bool othersInternal
        = ch.scope != QLatin1String(kScopeShared) && ch.ownerCentre != identity().centre;
    if (!membersOnly && !othersInternal)
        return true;
    auto &member = m_log.database().cached(
        "SELECT 1 FROM channel_members WHERE id = ?1 AND coalesce(removed, 0) = 0");
    member.bind(1, ch.id + QLatin1Char('.') + identity().analystId);
    const bool onList = member.step();
    member.reset();
    if (onList || !membersOnly)
        return onList;
    // The hub lets the creator of a members-only channel write to it even off the list.
    const std::vector<Op> ops = m_log.opsFor(QString::fromLatin1(entity::Channel), ch.id);
    return !ops.empty() && ops.front().author == identity().analystId;
}

void ChatService::setTopic(const QString &channelId, const QString &topic)
{
    writableChannel(channelId);
    commit(
        QString::fromLatin1(entity::Channel), channelId,
        onlyChanged(entity::Channel, channelId, {{QStringLiteral("topic"), topic.simplified()}}));
}

void ChatService::setTlp(const QString &channelId, const QString &tlp)
{
    const Channel ch = writableChannel(channelId);
    const QString marking = checkedTlp(tlp);
    if (ch.kind == kKindIncident)
        throw ValidationError(QStringLiteral("tlp"), QStringLiteral("follows-incident"));
    if (ch.ownerCentre != identity().centre)
        throw ValidationError(QStringLiteral("channel"), QStringLiteral("not-owner"));
    commit(QString::fromLatin1(entity::Channel), channelId,
           onlyChanged(entity::Channel, channelId, {{QStringLiteral("tlp"), marking}}));
}

void ChatService::setArchived(const QString &channelId, bool archived)
{
    const auto ch = channel(channelId);
    if (!ch)
        throw ValidationError(QStringLiteral("channel"), QStringLiteral("not-found"));
    if (ch->kind == kKindBridge)
        throw ValidationError(QStringLiteral("channel"), QStringLiteral("bridge"));
    if (ch->ownerCentre != identity().centre)
        throw ValidationError(QStringLiteral("channel"), QStringLiteral("not-owner"));
    if (!canWrite(*ch))
        throw ValidationError(QStringLiteral("channel"), QStringLiteral("not-member"));
    commit(QString::fromLatin1(entity::Channel), channelId,
           onlyChanged(entity::Channel, channelId, {{QStringLiteral("archived"), archived}}));
}

void ChatService::setMuted(const QString &channelId, bool muted)
{
    const auto ch = channel(channelId);
    if (!ch)
        throw ValidationError(QStringLiteral("channel"), QStringLiteral("not-found"));
    if (!canWrite(*ch))
        throw ValidationError(QStringLiteral("channel"), QStringLiteral("not-member"));
    // Every op on a marker names it whole (docs/PROTOCOL.md §7.2): a device that never saw
    // the marker's first op still materialises a complete record.
    commit(QString::fromLatin1(entity::ReadMarker), markerId(channelId),
           {{QStringLiteral("channel_id"), channelId},
            {QStringLiteral("analyst_id"), identity().analystId},
            {QStringLiteral("muted"), muted}});
}

void ChatService::addMember(const QString &channelId, const QString &analystId)
{
    const Channel ch = writableChannel(channelId);
    if (ch.kind == kKindIncident)
        throw ValidationError(QStringLiteral("members"), QStringLiteral("follows-incident"));
    if (ch.kind == kKindDirect)
        throw ValidationError(QStringLiteral("members"), QStringLiteral("direct"));
    QStringList current;
    for (const ChatMember &m : members(channelId))
        current << m.analystId;
    const bool me = current.contains(identity().analystId);
    const bool ownerSide
        = ch.ownerCentre == identity().centre && (me || ch.scope != QLatin1String(kScopeMembers));
    if (!me && !ownerSide)
        throw ValidationError(QStringLiteral("members"), QStringLiteral("not-member"));
    if (current.contains(analystId))
        return;
    Change c = memberChange(channelId, analystId, false);
    if (ch.tlp == tlpKey(Tlp::AmberStrict)
        && analystCentre(m_log.database(), analystId) != ch.ownerCentre)
        throw ValidationError(QStringLiteral("members"),
                              QStringLiteral("share-forbidden-amber-strict"));
    commitAll({std::move(c)});
}

void ChatService::removeMember(const QString &channelId, const QString &analystId)
{
    const Channel ch = writableChannel(channelId);
    if (ch.kind == kKindIncident)
        throw ValidationError(QStringLiteral("members"), QStringLiteral("follows-incident"));
    if (ch.kind == kKindDirect)
        throw ValidationError(QStringLiteral("members"), QStringLiteral("direct"));
    QStringList current;
    for (const ChatMember &m : members(channelId))
        current << m.analystId;
    if (!current.contains(analystId))
        return;
    const bool me = current.contains(identity().analystId);
    const bool ownerSide
        = ch.ownerCentre == identity().centre && (me || ch.scope != QLatin1String(kScopeMembers));
    if (!ownerSide && analystId != identity().analystId)
        throw ValidationError(QStringLiteral("members"), QStringLiteral("not-member"));
    commitAll({memberChange(channelId, analystId, true)});
}

QList<Channel> ChatService::channels(bool withArchived) const
{
    QList<Channel> out;
    auto st = m_log.database().prepare(
        (std::string(kChannelColumns)
         + "WHERE coalesce(c.deleted, 0) = 0 AND c.name IS NOT NULL ORDER BY c.name, c.id")
            .c_str());
    st.bind(1, identity().analystId);
    while (st.step()) {
        Channel c = readChannel(st);
        if (withArchived || !c.archived)
            out << c;
    }
    return out;
}

std::optional<Channel> ChatService::channel(const QString &channelId) const
{
    auto &st = m_log.database().cached(std::string(kChannelColumns)
                                       + "WHERE c.id = ?2 AND coalesce(c.deleted, 0) = 0 "
                                         "AND c.name IS NOT NULL");
    st.bind(1, identity().analystId).bind(2, channelId);
    std::optional<Channel> out;
    if (st.step())
        out = readChannel(st);
    st.reset();
    return out;
}

QList<ChatMember> ChatService::members(const QString &channelId) const
{
    QList<ChatMember> out;
    auto &st = m_log.database().cached(
        "SELECT m.analyst_id, coalesce(a.name, m.analyst_id), m.centre FROM channel_members m "
        "LEFT JOIN analysts a ON a.id = m.analyst_id "
        "WHERE m.channel_id = ?1 AND coalesce(m.removed, 0) = 0 ORDER BY 2, 1");
    st.bind(1, channelId);
    while (st.step())
        out.append({st.text(0), st.text(1), st.text(2)});
    st.reset();
    return out;
}

QList<ChatMember> ChatService::directory() const
{
    QList<ChatMember> out;
    auto &st = m_log.database().cached("SELECT id, name, centre FROM analysts ORDER BY name, id");
    while (st.step())
        out.append({st.text(0), st.text(1), st.text(2)});
    st.reset();
    return out;
}

QString ChatService::directPeer(const Channel &channel) const
{
    if (channel.kind == kKindDirect) {
        for (const ChatMember &m : members(channel.id)) {
            if (m.analystId != identity().analystId)
                return m.analystId;
        }
    }
    return {};
}

QString ChatService::displayName(const Channel &channel) const
{
    if (const QString peer = directPeer(channel); !peer.isEmpty())
        return m_log.analystName(peer);
    if (channel.kind == kKindIncident) {
        auto &st = m_log.database().cached("SELECT title FROM incidents WHERE id = ?1");
        st.bind(1, channel.incidentId);
        const QString title = st.step() ? st.text(0) : QString();
        st.reset();
        if (!title.isEmpty())
            return title;
    }
    return channel.name;
}

// ---- messages

QString ChatService::handleOf(const QString &name)
{
    // "Hélène Côté" -> "helene.cote": letters without their accents, words joined by dots.
    QString out;
    for (const QChar c : name.normalized(QString::NormalizationForm_D).toLower()) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z'))
            || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('-')
            || c == QLatin1Char('_'))
            out += c;
        else if ((c.isSpace() || c == QLatin1Char('.')) && !out.endsWith(QLatin1Char('.')))
            out += QLatin1Char('.');
    }
    while (out.endsWith(QLatin1Char('.')))
        out.chop(1);
    while (out.startsWith(QLatin1Char('.')))
        out.remove(0, 1);
    return out;
}

QStringList ChatService::mentionsIn(const QString &body) const
{
    // "@handle" (MessageText: not in code, not inside an address): an analyst of the directory
    // by id or by the handle of their name (two analysts of the same name are both meant).
    QStringList out;
    const QStringList handles = mentionedHandles(body);
    if (handles.isEmpty())
        return out;
    for (const ChatMember &a : directory()) {
        for (const QString &h : handles) {
            if (isHandleOf(h, a) && !out.contains(a.analystId))
                out << a.analystId;
        }
    }
    return out;
}

bool ChatService::isHandleOf(const QString &handle, const ChatMember &analyst)
{
    if (handle.compare(analyst.analystId, Qt::CaseInsensitive) == 0)
        return true;
    const QString ofName = handleOf(analyst.name);
    return !ofName.isEmpty() && handle.compare(ofName, Qt::CaseInsensitive) == 0;
}

QString ChatService::send(const QString &channelId, const QString &body, const QString &replyTo)
{
    const Change change = newMessage(channelId, body, replyTo);
    m_log.commit({change});
    return change.entityId;
}

Change ChatService::newMessage(const QString &channelId, const QString &body,
                               const QString &replyTo, bool withFiles) const
{
    writableChannel(channelId);
    if (!replyTo.isEmpty()) {
        const auto original = message(replyTo);
        if (!original || original->channelId != channelId)
            throw ValidationError(QStringLiteral("reply"), QStringLiteral("not-found"));
    }
    const QString text = body.trimmed();
    const QString id = newId();
    const QString tz = QString::fromUtf8(QTimeZone::systemTimeZoneId());
    // Checked as typed (length, blank: a message that carries files may have no text), then
    // sealed.
    const bool noText = withFiles && text.isEmpty();
    Fields typed {{QStringLiteral("channel_id"), channelId}};
    if (!noText)
        typed.push_back({QStringLiteral("body"), text});
    checkChange({QString::fromLatin1(entity::Message), id, std::move(typed)}, !noText);
    return {QString::fromLatin1(entity::Message),
            id,
            {{QStringLiteral("channel_id"), channelId},
             {QStringLiteral("body"), m_seal->seal(channelId, text)},
             {QStringLiteral("sent_at"), m_log.clock().nowMs()},
             {QStringLiteral("deleted"), false},
             {QStringLiteral("reply_to"), replyTo},
             {QStringLiteral("mentions"), mentionsIn(text).join(QLatin1Char(' '))},
             {QStringLiteral("edited_at"), FieldValue()},
             {QStringLiteral("sent_tz"), tz.left(64)}}};
}

ChatMessage ChatService::ownMessage(const QString &messageId) const
{
    const auto m = message(messageId);
    if (!m)
        throw ValidationError(QStringLiteral("message"), QStringLiteral("not-found"));
    if (m->author != identity().analystId)
        throw ValidationError(QStringLiteral("message"), QStringLiteral("not-author"));
    if (m->deleted)
        throw ValidationError(QStringLiteral("message"), QStringLiteral("deleted"));
    writableChannel(m->channelId);
    return *m;
}

void ChatService::edit(const QString &messageId, const QString &body)
{
    const ChatMessage m = ownMessage(messageId);
    const QString text = body.trimmed();
    if (text == m.body)
        return;
    checkChange({QString::fromLatin1(entity::Message), messageId, {{QStringLiteral("body"), text}}},
                false);
    commit(QString::fromLatin1(entity::Message), messageId,
           {{QStringLiteral("body"), m_seal->seal(m.channelId, text)},
            {QStringLiteral("edited_at"), m_log.clock().nowMs()},
            {QStringLiteral("mentions"), mentionsIn(text).join(QLatin1Char(' '))}});
}

void ChatService::remove(const QString &messageId)
{
    ownMessage(messageId);
    commit(
        QString::fromLatin1(entity::Message), messageId,
        {{QStringLiteral("deleted"), true}, {QStringLiteral("edited_at"), m_log.clock().nowMs()}});
}

ChatMessage ChatService::readMessage(const Statement &st) const
{
    ChatMessage m;
    m.id = st.text(0);
    m.channelId = st.text(1);
    m.deleted = st.int64(10) != 0;
    if (!m.deleted)
        m.body = m_seal->open(m.channelId, st.text(2));
    m.author = st.text(3);
    m.authorCentre = st.text(4);
    m.sentAt = st.int64(5);
    m.sentTz = st.text(6);
    m.editedAt = st.int64(7);
    m.replyTo = st.text(8);
    m.mentions = st.text(9).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    m.hlc = quint64(st.int64(11));
    m.device = st.text(12);
    m.pending = st.int64(13) != 0;
    return m;
}

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

QList<ChatMessage> ChatService::messages(const QString &channelId, int limit,
                                         const QString &beforeId) const
{
    QList<ChatMessage> out;
    qint64 hlc = std::numeric_limits<qint64>::max();
    QString device(QChar(0xFFFD)); // above every device id
    if (!beforeId.isEmpty()) {
        const auto before = message(beforeId);
        if (!before)
            return out;
        hlc = qint64(before->hlc);
        device = before->device;
    }
    auto &st = m_log.database().cached(
        std::string(kListColumns)
        + "WHERE m.channel_id = ?1 AND m._ohlc <= ?2 AND NOT (m._ohlc = ?2 AND m._odev >= ?3) "
          "ORDER BY m._ohlc DESC, m._odev DESC LIMIT ?4");
    st.bind(1, channelId).bind(2, std::int64_t(hlc)).bind(3, device).bind(4, std::int64_t(limit));
    while (st.step())
        out.append(readMessage(st));
    st.reset();
    std::reverse(out.begin(), out.end());
    markPending(out);
    return out;
}

QList<ChatMessage> ChatService::messagesAfter(const QString &channelId, const QString &afterId,
                                              int limit) const
{
    QList<ChatMessage> out;
    const auto after = message(afterId);
    if (!after)
        return out;
    auto &st = m_log.database().cached(
        std::string(kListColumns)
        + "WHERE m.channel_id = ?1 AND m._ohlc >= ?2 AND NOT (m._ohlc = ?2 AND m._odev <= ?3) "
          "ORDER BY m._ohlc, m._odev LIMIT ?4");
    st.bind(1, channelId)
        .bind(2, std::int64_t(after->hlc))
        .bind(3, after->device)
        .bind(4, std::int64_t(limit));
    while (st.step())
        out << readMessage(st);
    st.reset();
    markPending(out);
    return out;
}

void ChatService::markPending(QList<ChatMessage> &messages) const
{
    if (messages.isEmpty() || m_log.outboxSize() == 0)
        return;
    QSet<QString> pending;
    // CROSS JOIN: the few ops of the outbox, each found in the log (SQLite would walk the log).
    auto &st = m_log.database().cached("SELECT o.entity_id FROM outbox x CROSS JOIN ops o "
                                       "ON o.id = x.op_id WHERE o.entity = 'message'");
    while (st.step())
        pending.insert(st.text(0));
    st.reset();
    for (ChatMessage &m : messages)
        m.pending = pending.contains(m.id);
}

int ChatService::messageCount(const QString &channelId) const
{
    auto &st = m_log.database().cached("SELECT count(*) FROM messages WHERE channel_id = ?1");
    st.bind(1, channelId);
    const int n = st.step() ? int(st.int64(0)) : 0;
    st.reset();
    return n;
}

QList<MessageVersion> ChatService::history(const QString &messageId) const
{
    QList<MessageVersion> out;
    const auto m = message(messageId);
    if (!m)
        return out;
    for (const Op &op : m_log.opsFor(QString::fromLatin1(entity::Message), messageId)) {
        const FieldValue *body = op.field(QStringLiteral("body"));
        const FieldValue *deleted = op.field(QStringLiteral("deleted"));
        const bool deletes = deleted && std::get_if<bool>(deleted) && *std::get_if<bool>(deleted);
        if (!body && !deletes)
            continue;
        MessageVersion v;
        v.author = m_log.analystName(op.author);
        const FieldValue *at = op.field(body && out.isEmpty() ? QStringLiteral("sent_at")
                                                              : QStringLiteral("edited_at"));
        if (at && std::get_if<qint64>(at))
            v.at = *std::get_if<qint64>(at);
        else
            v.at = qint64(op.hlc >> 16); // the HLC's wall-clock part
        if (body && std::get_if<QString>(body))
            v.body = m_seal->open(m->channelId, *std::get_if<QString>(body));
        v.deleted = deletes;
        out << v;
    }
    return out;
}

QList<FailedMessage> ChatService::failed(const QString &channelId) const
{
    QList<FailedMessage> out;
    auto &st = m_log.database().cached(
        // CROSS JOIN keeps the few refusals outside: SQLite would otherwise walk every op.
        "SELECT r.op_id, r.code FROM rejected_ops r CROSS JOIN ops o ON o.id = r.op_id "
        "WHERE r.dismissed = 0 AND o.entity = 'message' ORDER BY o.hlc");
    QList<std::pair<QString, QString>> refused;
    while (st.step())
        refused.append({st.text(0), st.text(1)});
    st.reset();
    for (const auto &[opId, code] : std::as_const(refused)) {
        const auto op = m_log.loadOp(opId);
        if (!op)
            continue;
        const FieldValue *channel = op->field(QStringLiteral("channel_id"));
        const FieldValue *body = op->field(QStringLiteral("body"));
        if (!channel || !body || !std::get_if<QString>(channel) || !std::get_if<QString>(body))
            continue; // an edit that failed: the message itself is fine
        const QString ch = *std::get_if<QString>(channel);
        if (!channelId.isEmpty() && ch != channelId)
            continue;
        FailedMessage f;
        f.opId = opId;
        f.channelId = ch;
        f.body = m_seal->open(ch, *std::get_if<QString>(body));
        f.code = code;
        if (const FieldValue *reply = op->field(QStringLiteral("reply_to"));
            reply && std::get_if<QString>(reply))
            f.replyTo = *std::get_if<QString>(reply);
        if (const FieldValue *at = op->field(QStringLiteral("sent_at"));
            at && std::get_if<qint64>(at))
            f.sentAt = *std::get_if<qint64>(at);
        out << f;
    }
    return out;
}

QString ChatService::retry(const QString &opId)
{
    for (const FailedMessage &f : failed({})) {
        if (f.opId != opId)
            continue;
        const QString replyTo = f.replyTo.isEmpty() || message(f.replyTo) ? f.replyTo : QString();
        const QString id = send(f.channelId, f.body, replyTo);
        dismissFailed(opId);
        return id;
    }
    throw ValidationError(QStringLiteral("message"), QStringLiteral("not-found"));
}

void ChatService::dismissFailed(const QString &opId)
{
    QString channelId;
    for (const FailedMessage &f : failed({})) {
        if (f.opId == opId)
            channelId = f.channelId;
    }
    m_log.database()
        .cached("UPDATE rejected_ops SET dismissed = 1 WHERE op_id = ?1")
        .bind(1, opId)
        .exec();
    if (!channelId.isEmpty())
        emit messageFailed(channelId);
}

QList<ChatMessage> ChatService::search(const ChatSearch &query) const
{
    QList<ChatMessage> out;
    const QString fts = SearchIndex::toFtsQuery(query.text);
    if (fts.isEmpty())
        return out;
    SearchIndex(m_log.database()).refresh();
    auto st = m_log.database().prepare(
        (std::string(kListColumns)
         + "WHERE m.rowid IN (SELECT docid FROM messages_fts WHERE messages_fts MATCH ?1) "
           "AND coalesce(m.deleted, 0) = 0 "
           "AND (coalesce(?2, '') = '' OR m.channel_id = ?2) "
           "AND (coalesce(?3, '') = '' OR d.analyst_id = ?3) "
           "AND (?4 = 0 OR m.sent_at >= ?4) AND (?5 = 0 OR m.sent_at < ?5) "
           "AND m.channel_id IN (SELECT id FROM channels WHERE coalesce(deleted, 0) = 0) "
           "ORDER BY m._ohlc DESC, m._odev DESC LIMIT ?6")
            .c_str());
    st.bind(1, fts)
        .bind(2, query.channelId)
        .bind(3, query.authorId)
        .bind(4, std::int64_t(query.fromMs))
        .bind(5, std::int64_t(query.toMs))
        .bind(6, std::int64_t(std::max(1, query.limit)));
    while (st.step())
        out << readMessage(st);
    markPending(out);
    return out;
}

// ---- read state

QString ChatService::markerId(const QString &channelId) const
{
    // One marker per analyst and channel: a deterministic id, so every device of the analyst
    // moves the same record.
    return channelId + QLatin1Char('.') + identity().analystId;
}

std::pair<qint64, QString> ChatService::markerPlace(const QString &channelId) const
{
    auto &marker = m_log.database().cached("SELECT last_read FROM read_markers WHERE id = ?1");
    marker.bind(1, markerId(channelId));
    const QString at = marker.step() ? marker.text(0) : QString();
    marker.reset();
    // "HLC:DEVICE"; no marker (or one of a version before schema 6): nothing read yet.
    bool ok = false;
    const qint64 hlc = at.section(QLatin1Char(':'), 0, 0).toLongLong(&ok, 16);
    if (!ok)
        return {-1, QString()};
    return {hlc, at.section(QLatin1Char(':'), 1)};
}

void ChatService::markRead(const QString &channelId, const QString &messageId)
{
    const auto upTo = message(messageId);
    if (!upTo || upTo->channelId != channelId)
        throw ValidationError(QStringLiteral("message"), QStringLiteral("not-found"));
    const auto [hlc, device] = markerPlace(channelId);
    if (qint64(upTo->hlc) < hlc || (qint64(upTo->hlc) == hlc && upTo->device <= device))
        return; // already read further: a marker only moves forward
    if (!canWrite(channelId))
        return; // taken off the channel: the hub would refuse the marker
    commit(QString::fromLatin1(entity::ReadMarker), markerId(channelId),
           {{QStringLiteral("channel_id"), channelId},
            {QStringLiteral("analyst_id"), identity().analystId},
            {QStringLiteral("last_read_at"), upTo->sentAt},
            {QStringLiteral("last_read"), place(upTo->hlc, upTo->device)}});
}

void ChatService::markAllRead(const QString &channelId)
{
    const auto last = messages(channelId, 1);
    if (!last.isEmpty())
        markRead(channelId, last.constLast().id);
}

Statement &ChatService::unreadQuery(const std::string &select, const std::string &tail,
                                    const QString &channelId) const
{
    const auto [hlc, device] = markerPlace(channelId);
    auto &st = m_log.database().cached(
        select + " FROM messages m LEFT JOIN devices d ON d.id = m._odev " + kUnreadWhere + tail);
    st.bind(1, channelId).bind(2, identity().analystId).bind(3, std::int64_t(hlc)).bind(4, device);
    return st;
}

UnreadCounts ChatService::unread(const Channel &channel) const
{
    // One pass over the unread range for both counts.
    auto &st = unreadQuery(
        "SELECT count(*), coalesce(sum((' ' || m.mentions || ' ') LIKE '% ' || ?2 || ' %'), 0)", {},
        channel.id);
    UnreadCounts n;
    if (st.step()) {
        n.messages = int(st.int64(0));
        // In a direct conversation every message is for this analyst.
        n.mentions = channel.kind == kKindDirect ? n.messages : int(st.int64(1));
    }
    st.reset();
    return n;
}

int ChatService::unreadCount(const QString &channelId) const
{
    const auto ch = channel(channelId);
    return ch ? unread(*ch).messages : 0;
}

int ChatService::mentionCount(const QString &channelId) const
{
    const auto ch = channel(channelId);
    return ch ? unread(*ch).mentions : 0;
}

QString ChatService::firstUnread(const QString &channelId) const
{
    auto &st = unreadQuery("SELECT m.id", "ORDER BY m._ohlc, m._odev LIMIT 1", channelId);
    const QString id = st.step() ? st.text(0) : QString();
    st.reset();
    return id;
}

UnreadCounts ChatService::totals() const
{
    UnreadCounts sum;
    for (const Channel &c : channels()) {
        if (c.muted)
            continue;
        const UnreadCounts n = unread(c);
        sum.messages += n.messages;
        sum.mentions += n.mentions;
    }
    return sum;
}

// ---- drafts

namespace {
QString localDraftRecord(const QString &channelId)
{
    return QStringLiteral("chat/") + channelId;
}
} // namespace

QString ChatService::syncedDraft(const QString &channelId) const
{
    auto &st = m_log.database().cached("SELECT body FROM chat_drafts WHERE id = ?1");
    st.bind(1, markerId(channelId));
    const QString sealed = st.step() ? st.text(0) : QString();
    st.reset();
    return sealed.isEmpty() ? QString() : m_seal->open(channelId, sealed);
}

QString ChatService::draft(const QString &channelId) const
{
    // What was being typed here (kept as it was typed), else the draft that followed the
    // analyst from another device.
    const QString local = DraftStore(m_log.database())
                              .load(localDraftRecord(channelId))
                              .value(QStringLiteral("body"));
    return local.isEmpty() ? syncedDraft(channelId) : local;
}

void ChatService::keepTyping(const QString &channelId, const QString &text)
{
    DraftStore store(m_log.database());
    if (text.isEmpty())
        store.remove(localDraftRecord(channelId));
    else
        store.save(localDraftRecord(channelId), {{QStringLiteral("body"), text.left(kMaxMessage)}},
                   m_log.clock().nowMs());
}

void ChatService::saveDraft(const QString &channelId, const QString &text)
{
    DraftStore(m_log.database()).remove(localDraftRecord(channelId));
    if (text == syncedDraft(channelId) || !rowExists("channels", channelId) || !canWrite(channelId))
        return;
    const QString body = text.left(kMaxMessage);
    commit(QString::fromLatin1(entity::ChatDraft), markerId(channelId),
           {{QStringLiteral("channel_id"), channelId},
            {QStringLiteral("analyst_id"), identity().analystId},
            {QStringLiteral("body"), body.isEmpty() ? QString() : m_seal->seal(channelId, body)},
            {QStringLiteral("saved_at"), m_log.clock().nowMs()}});
}

void ChatService::onOutboxChanged()
{
    emit outboxMoved();
    const int rejected = m_log.rejectedCount();
    if (rejected == m_rejectedSeen)
        return;
    const bool first = m_rejectedSeen < 0;
    m_rejectedSeen = rejected;
    if (first)
        return;
    QStringList channels;
    for (const FailedMessage &f : failed({})) {
        if (!channels.contains(f.channelId))
            channels << f.channelId;
    }
    for (const QString &c : std::as_const(channels))
        emit messageFailed(c);
}

void ChatService::onApplied(const std::vector<RoutedChange> &changes)
{
    for (const RoutedChange &routed : changes) {
        const AppliedChange &c = *routed.change;
        switch (routed.tag) {
        case OwnChannel: emit channelChanged(c.entityId); break;
        case OwnMessage: {
            const QString channel
                = parentOf(routed.def->table, routed.def->parentField, c.entityId);
            if (channel.isEmpty())
                break;
            if (c.created)
                emit messageAdded(channel, c.entityId);
            else
                emit messageChanged(channel, c.entityId);
            break;
        }
        case OwnReadMarker: {
            const QString channel
                = parentOf(routed.def->table, routed.def->parentField, c.entityId);
            emit readMarkerChanged(channel);
            if (c.fields.contains(QStringLiteral("muted")))
                emit channelChanged(channel);
            break;
        }
        case OwnMember:
            emit membersChanged(parentOf(routed.def->table, routed.def->parentField, c.entityId));
            break;
        case OwnDraft:
            emit draftChanged(parentOf(routed.def->table, routed.def->parentField, c.entityId));
            break;
        default: break; // attachments: no view yet
        }
    }
}

} // namespace liaison
