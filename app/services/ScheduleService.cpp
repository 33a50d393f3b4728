#include "services/ScheduleService.h"

#include "domain/IndicatorValidator.h"
#include "domain/Schema.h"
#include "domain/TimeZones.h"
#include "storage/Database.h"
#include "sync/ChangeRouter.h"

#include <QTimeZone>

#include <algorithm>
#include <string>

namespace liaison {

namespace {
// What the router tags this service's entities with (ChangeRouter::subscribe).
enum Owned : int { OwnContact, OwnVisit, OwnMeeting, OwnAttendee, OwnApproval };

const QString kInPerson = QStringLiteral("in_person");
const QString kCall = QStringLiteral("call");

bool isOneOf(const QString &value, std::initializer_list<const char *> allowed)
{
    for (const char *a : allowed) {
        if (value == QLatin1String(a))
            return true;
    }
    return false;
}

// Midnight starting a local date in a zone (UTC when the zone is empty), as UTC.
QDateTime startOfDay(const QDate &date, const QString &tz)
{
    const QTimeZone zone = tz.isEmpty() ? QTimeZone::utc() : QTimeZone(tz.toUtf8());
    return date.startOfDay(zone).toUTC();
}

void checkTimeZone(const QString &tz)
{
    // One rule for a zone everywhere in the scheduler (domain/TimeZones): an IANA id this
    // system's tz database knows, links such as Etc/UTC included, no fixed "UTC-05:00".
    if (!tz.isEmpty() && !isKnownZone(tz))
        throw ValidationError(QStringLiteral("timezone"), QStringLiteral("unknown"));
}
} // namespace

void ScheduleService::addOwnership(Fields &fields, bool creating, const QString &scope) const
{
    // New records belong to our centre and start in its scope unless shared at once; an
    // existing record can only be widened to shared (OpLog refuses narrowing).
    const bool shared = scope == QLatin1String(kScopeShared);
    if (creating)
        fields.emplace_back(QStringLiteral("owner_centre"), identity().centre);
    if (creating || shared)
        fields.emplace_back(QStringLiteral("scope"),
                            QString::fromLatin1(shared ? kScopeShared : kScopeCentre));
}

ScheduleService::ScheduleService(OpLog &log, QObject *parent)
    : ServiceBase(log, parent)
{
    // Contacts, and a visit with what is under it.
    log.router().subscribe(
        this,
        {{entity::Contact, OwnContact},
         {entity::Visit, OwnVisit},
         {entity::Meeting, OwnMeeting},
         {entity::Attendee, OwnAttendee},
         {entity::VisitApproval, OwnApproval}},
        [this](const std::vector<RoutedChange> &changes) { onApplied(changes); });
}

namespace {
// A visit's or call's checked fields as saveVisit and saveImported write them (the workflow's
// status, sequence and organiser apart). Fills an all-day visit's instants from its days.
// Throws ValidationError for what saveVisit refuses.
Fields visitFields(Visit &v)
{
    const QString title = v.title.simplified();
    if (v.kind != kInPerson && v.kind != kCall)
        throw ValidationError(QStringLiteral("kind"), QStringLiteral("invalid"));
    checkTimeZone(v.timezone);
    if (v.allDay) {
        // A span of days in the host's zone; its instants are filled from it.
        if (!v.startDate.isValid() || !v.endDate.isValid())
            throw ValidationError(QStringLiteral("start_date"), QStringLiteral("invalid"));
        if (v.endDate < v.startDate)
            throw ValidationError(QStringLiteral("end_date"), QStringLiteral("before-start"));
        if (v.startDate.daysTo(v.endDate) > 366)
            throw ValidationError(QStringLiteral("end_date"), QStringLiteral("out-of-range"));
        v.startsAt = startOfDay(v.startDate, v.timezone);
        v.endsAt = startOfDay(v.endDate.addDays(1), v.timezone);
    }
    if (!v.startsAt.isValid() || !v.endsAt.isValid())
        throw ValidationError(QStringLiteral("starts_at"), QStringLiteral("invalid"));
    if (v.endsAt <= v.startsAt)
        throw ValidationError(QStringLiteral("ends_at"), QStringLiteral("before-start"));
    if (v.startsAt.date().year() < 2000 || v.endsAt.date().year() > 2100)
        throw ValidationError(QStringLiteral("starts_at"), QStringLiteral("out-of-range"));
    if (v.travelBefore < 0 || v.travelBefore > 14 || v.travelAfter < 0 || v.travelAfter > 14)
        throw ValidationError(QStringLiteral("travel"), QStringLiteral("out-of-range"));
    return Fields {
        {QStringLiteral("title"), title},
        {QStringLiteral("kind"), v.kind},
        {QStringLiteral("location"), v.location},
        {QStringLiteral("starts_at"), v.startsAt.toMSecsSinceEpoch()},
        {QStringLiteral("ends_at"), v.endsAt.toMSecsSinceEpoch()},
        {QStringLiteral("timezone"), v.timezone},
        {QStringLiteral("host_centre"), v.hostCentre},
        {QStringLiteral("notes"), v.notes},
        {QStringLiteral("all_day"), v.allDay},
        {QStringLiteral("start_date"), v.allDay ? v.startDate.toString(Qt::ISODate) : QString()},
        {QStringLiteral("end_date"), v.allDay ? v.endDate.toString(Qt::ISODate) : QString()},
        {QStringLiteral("travel_before"), qint64(v.travelBefore)},
        {QStringLiteral("travel_after"), qint64(v.travelAfter)},
        {QStringLiteral("purpose"), v.purpose},
        {QStringLiteral("url"), v.url.trimmed()},
        {QStringLiteral("incident_ids"), v.incidentIds.join(QLatin1Char(' '))},
        {QStringLiteral("channel_id"), v.channelId}};
}
} // namespace

QString ScheduleService::saveVisit(const Visit &input)
{
    Visit v = input;
    Fields fields = visitFields(v);
    const bool creating = v.id.isEmpty();
    const QString id = creating ? newId() : v.id;
    if (creating) {
        // The workflow starts here; later steps go through propose, approve, confirm...
        fields.emplace_back(QStringLiteral("status"),
                            v.kind == kCall ? QStringLiteral("tentative")
                                            : QStringLiteral("draft"));
        fields.emplace_back(QStringLiteral("sequence"), qint64(0));
        fields.emplace_back(QStringLiteral("organiser"), identity().analystId);
        fields.emplace_back(QStringLiteral("cancel_reason"), QString());
        fields.emplace_back(QStringLiteral("deleted"), false);
    } else {
        const Visit stored = requireVisit(id);
        if (stored.status == QLatin1String("cancelled")
            || stored.status == QLatin1String("completed"))
            throw ValidationError(QStringLiteral("status"), QStringLiteral("closed"));
        fields = onlyChanged(entity::Visit, id, std::move(fields));
        // A change of time or place is news to the attendees: a new sequence.
        for (const auto &[name, value] : fields) {
            if (isOneOf(name,
                        {"starts_at", "ends_at", "location", "start_date", "end_date", "timezone",
                         "url", "title"})) {
                fields.emplace_back(QStringLiteral("sequence"), qint64(stored.sequence + 1));
                break;
            }
        }
    }
    addOwnership(fields, creating, v.scope);
    if (creating)
        create(QString::fromLatin1(entity::Visit), id, std::move(fields));
    else if (!fields.empty())
        commit(QString::fromLatin1(entity::Visit), id, std::move(fields));
    return id;
}

Visit ScheduleService::requireVisit(const QString &id) const
{
    const auto v = visit(id);
    if (!v)
        throw ValidationError(QStringLiteral("visit"), QStringLiteral("not-found"));
    return *v;
}

QList<std::optional<ValidationError>>
ScheduleService::saveImported(const QList<ImportedVisit> &visits)
{
    QList<std::optional<ValidationError>> refusals;
    std::vector<Change> changes;
    for (const ImportedVisit &imported : visits) {
        std::vector<Change> own;
        try {
            Visit v = imported.visit;
            if (v.id.isEmpty())
                throw ValidationError(QStringLiteral("visit"), QStringLiteral("required"));
            const bool statusFits = v.kind == kCall
                ? isOneOf(v.status, {"tentative", "confirmed", "cancelled"})
                : isOneOf(v.status, {"draft", "proposed", "confirmed", "completed", "cancelled"});
            if (!statusFits)
                throw ValidationError(QStringLiteral("status"), QStringLiteral("invalid"));
            Fields fields = visitFields(v);
            fields.emplace_back(QStringLiteral("status"), v.status);
            fields.emplace_back(QStringLiteral("sequence"), qint64(std::max(0, v.sequence)));
            fields.emplace_back(QStringLiteral("cancel_reason"), v.cancelReason.trimmed());
            const bool creating = !rowExists("visits", v.id);
            if (creating) {
                fields.emplace_back(QStringLiteral("organiser"), v.organiser);
                fields.emplace_back(QStringLiteral("deleted"), false);
            } else {
                fields = onlyChanged(entity::Visit, v.id, std::move(fields));
            }
            addOwnership(fields, creating, v.scope);
            if (creating)
                own.push_back(
                    newRecord(QString::fromLatin1(entity::Visit), v.id, std::move(fields)));
            else if (!fields.empty())
                own.push_back({QString::fromLatin1(entity::Visit), v.id, std::move(fields)});
            for (const VisitAttendee &a : imported.attendees) {
                if (a.id.isEmpty()) {
                    own.push_back(newRecord(QString::fromLatin1(entity::Attendee), newId(),
                                            attendeeFields(v.id, a)));
                } else {
                    if (!isOneOf(a.rsvp, {"needs-action", "accepted", "declined", "tentative"}))
                        throw ValidationError(QStringLiteral("rsvp"), QStringLiteral("invalid"));
                    own.push_back({QString::fromLatin1(entity::Attendee),
                                   a.id,
                                   {{QStringLiteral("rsvp"), a.rsvp}}});
                }
            }
            for (const Change &change : own)
                checkChange(change, false);
        } catch (const ValidationError &e) {
            refusals << e;
            continue;
        }
        refusals << std::nullopt;
        changes.insert(changes.end(), std::make_move_iterator(own.begin()),
                       std::make_move_iterator(own.end()));
    }
    if (!changes.empty())
        m_log.commit(changes);
    return refusals;
}

void ScheduleService::setStatus(const Visit &visit, const QString &status, Fields extra)
{
    extra.emplace_back(QStringLiteral("status"), status);
    extra.emplace_back(QStringLiteral("sequence"), qint64(visit.sequence + 1));
    commit(QString::fromLatin1(entity::Visit), visit.id, std::move(extra));
}

void ScheduleService::propose(const QString &visitId)
{
    const Visit v = requireVisit(visitId);
    if (v.kind != kInPerson || v.status != QLatin1String("draft"))
        throw ValidationError(QStringLiteral("status"), QStringLiteral("not-draft"));
    // Proposed to every centre: shared in the same op (only the owner centre may).
    Fields fields;
    if (v.scope != QLatin1String(kScopeShared))
        fields.emplace_back(QStringLiteral("scope"), QString::fromLatin1(kScopeShared));
    setStatus(v, QStringLiteral("proposed"), std::move(fields));
}

bool ScheduleService::isLead() const
{
    return m_log.analystRole(identity().analystId) == QLatin1String("lead");
}

void ScheduleService::approve(const QString &visitId)
{
    const Visit v = requireVisit(visitId);
    if (!isLead())
        throw ValidationError(QStringLiteral("approval"), QStringLiteral("not-a-lead"));
    if (v.status != QLatin1String("proposed"))
        throw ValidationError(QStringLiteral("status"), QStringLiteral("not-proposed"));
    const QString id = visitId + QLatin1Char('.') + identity().centre;
    Fields fields {{QStringLiteral("visit_id"), visitId},
                   {QStringLiteral("centre"), identity().centre},
                   {QStringLiteral("analyst_id"), identity().analystId},
                   {QStringLiteral("approved_at"), m_log.clock().nowMs()},
                   {QStringLiteral("withdrawn"), false}};
    if (rowExists("visit_approvals", id))
        commit(QString::fromLatin1(entity::VisitApproval), id, std::move(fields));
    else
        create(QString::fromLatin1(entity::VisitApproval), id, std::move(fields));
}

void ScheduleService::withdrawApproval(const QString &visitId)
{
    const QString id = visitId + QLatin1Char('.') + identity().centre;
    if (!isLead())
        throw ValidationError(QStringLiteral("approval"), QStringLiteral("not-a-lead"));
    if (!rowExists("visit_approvals", id))
        throw ValidationError(QStringLiteral("approval"), QStringLiteral("not-found"));
    commit(QString::fromLatin1(entity::VisitApproval), id,
           {{QStringLiteral("visit_id"), visitId},
            {QStringLiteral("centre"), identity().centre},
            {QStringLiteral("analyst_id"), identity().analystId},
            {QStringLiteral("withdrawn"), true}});
}

void ScheduleService::confirm(const QString &visitId)
{
    const Visit v = requireVisit(visitId);
    if (v.kind == kCall) {
        if (v.status != QLatin1String("tentative"))
            throw ValidationError(QStringLiteral("status"), QStringLiteral("not-tentative"));
        setStatus(v, QStringLiteral("confirmed"));
        return;
    }
    if (v.status != QLatin1String("proposed") || !isApproved(visitId))
        throw ValidationError(QStringLiteral("status"), QStringLiteral("not-approved"));
    setStatus(v, QStringLiteral("confirmed"));
}

void ScheduleService::complete(const QString &visitId)
{
    const Visit v = requireVisit(visitId);
    if (v.kind != kInPerson || v.status != QLatin1String("confirmed"))
        throw ValidationError(QStringLiteral("status"), QStringLiteral("not-confirmed"));
    setStatus(v, QStringLiteral("completed"));
}

void ScheduleService::cancel(const QString &visitId, const QString &reason)
{
    const Visit v = requireVisit(visitId);
    if (reason.trimmed().isEmpty())
        throw ValidationError(QStringLiteral("cancel_reason"), QStringLiteral("required"));
    if (v.status == QLatin1String("cancelled") || v.status == QLatin1String("completed"))
        throw ValidationError(QStringLiteral("status"), QStringLiteral("closed"));
    setStatus(v, QStringLiteral("cancelled"),
              {{QStringLiteral("cancel_reason"), reason.trimmed()}});
}

QStringList ScheduleService::requiredCentres(const QString &visitId) const
{
    const auto v = visit(visitId);
    if (!v)
        return {};
    QStringList centres;
    const auto add = [&centres](const QString &c) {
        if (!c.isEmpty() && !centres.contains(c))
            centres << c;
    };
    add(v->hostCentre);
    {
        auto &owner = m_log.database().cached("SELECT owner_centre FROM visits WHERE id = ?1");
        owner.bind(1, visitId);
        if (owner.step())
            add(owner.text(0));
        owner.reset();
    }
    auto st = m_log.database().prepare(
        "SELECT a.centre FROM attendees t JOIN analysts a ON a.id = t.analyst_id "
        "WHERE t.visit_id = ?1 AND t.role = 'visitor' AND coalesce(t.deleted, 0) = 0");
    st.bind(1, visitId);
    while (st.step())
        add(st.text(0));
    std::sort(centres.begin(), centres.end());
    return centres;
}

QList<VisitApproval> ScheduleService::approvals(const QString &visitId) const
{
    // Every client checks who approved, as the hub does: a team lead of the centre approved.
    QList<VisitApproval> out;
    auto st = m_log.database().prepare(
        "SELECT p.centre, p.analyst_id, p.approved_at FROM visit_approvals p "
        "JOIN analysts a ON a.id = p.analyst_id AND a.centre = p.centre AND a.role = 'lead' "
        "WHERE p.visit_id = ?1 AND coalesce(p.withdrawn, 0) = 0 AND p.id = p.visit_id || '.' || "
        "p.centre ORDER BY p.centre");
    st.bind(1, visitId);
    while (st.step())
        out << VisitApproval {st.text(0), st.text(1),
                              QDateTime::fromMSecsSinceEpoch(st.int64(2), QTimeZone::utc())};
    return out;
}

bool ScheduleService::isApproved(const QString &visitId) const
{
    QStringList approved;
    for (const VisitApproval &a : approvals(visitId))
        approved << a.centre;
    const QStringList required = requiredCentres(visitId);
    if (required.isEmpty())
        return false;
    for (const QString &c : required) {
        if (!approved.contains(c))
            return false;
    }
    return true;
}

QString ScheduleService::effectiveStatus(const Visit &visit) const
{
    if (visit.kind == kInPerson && visit.status == QLatin1String("proposed")
        && isApproved(visit.id))
        return QStringLiteral("approved");
    return visit.status;
}

void ScheduleService::removeVisit(const QString &id)
{
    commit(QString::fromLatin1(entity::Visit), id, {{QStringLiteral("deleted"), true}});
}

QString ScheduleService::addAttendee(const QString &visitId, const QString &contactId)
{
    if (!rowExists("visits", visitId) || !rowExists("contacts", contactId))
        throw ValidationError(QStringLiteral("attendee"), QStringLiteral("not-found"));
    const QString id = newId();
    create(QString::fromLatin1(entity::Attendee), id,
           {{QStringLiteral("visit_id"), visitId},
            {QStringLiteral("contact_id"), contactId},
            {QStringLiteral("deleted"), false}});
    return id;
}

QString ScheduleService::addAttendee(const QString &visitId, const VisitAttendee &a)
{
    if (!rowExists("visits", visitId))
        throw ValidationError(QStringLiteral("visit"), QStringLiteral("not-found"));
    const QString id = newId();
    create(QString::fromLatin1(entity::Attendee), id, attendeeFields(visitId, a));
    return id;
}

Fields ScheduleService::attendeeFields(const QString &visitId, const VisitAttendee &a) const
{
    if (!isOneOf(a.role, {"visitor", "required", "optional"}))
        throw ValidationError(QStringLiteral("role"), QStringLiteral("invalid"));
    const QString rsvp = a.rsvp.isEmpty() ? QStringLiteral("needs-action") : a.rsvp;
    if (!isOneOf(rsvp, {"needs-action", "accepted", "declined", "tentative"}))
        throw ValidationError(QStringLiteral("rsvp"), QStringLiteral("invalid"));
    if (a.analystId.isEmpty() && a.contactId.isEmpty() && a.email.trimmed().isEmpty())
        throw ValidationError(QStringLiteral("attendee"), QStringLiteral("required"));
    if (!a.contactId.isEmpty() && !rowExists("contacts", a.contactId))
        throw ValidationError(QStringLiteral("attendee"), QStringLiteral("not-found"));
    return {{QStringLiteral("visit_id"), visitId},
            {QStringLiteral("contact_id"), a.contactId},
            {QStringLiteral("analyst_id"), a.analystId},
            {QStringLiteral("name"), a.name.simplified()},
            {QStringLiteral("email"), a.email.trimmed()},
            {QStringLiteral("role"), a.role},
            {QStringLiteral("rsvp"), rsvp},
            {QStringLiteral("deleted"), false}};
}

void ScheduleService::setRsvp(const QString &attendeeId, const QString &rsvp)
{
    if (!isOneOf(rsvp, {"needs-action", "accepted", "declined", "tentative"}))
        throw ValidationError(QStringLiteral("rsvp"), QStringLiteral("invalid"));
    if (!rowExists("attendees", attendeeId))
        throw ValidationError(QStringLiteral("attendee"), QStringLiteral("not-found"));
    commit(QString::fromLatin1(entity::Attendee), attendeeId, {{QStringLiteral("rsvp"), rsvp}});
}

void ScheduleService::removeAttendee(const QString &attendeeId)
{
    if (!rowExists("attendees", attendeeId))
        throw ValidationError(QStringLiteral("attendee"), QStringLiteral("not-found"));
    commit(QString::fromLatin1(entity::Attendee), attendeeId, {{QStringLiteral("deleted"), true}});
}

QList<VisitAttendee> ScheduleService::attendeesOf(const QString &visitId) const
{
    // Cached: an export asks for every visit's attendees in turn.
    QList<VisitAttendee> out;
    auto &st = m_log.database().cached(
        "SELECT id, analyst_id, contact_id, name, email, role, rsvp FROM attendees "
        "WHERE visit_id = ?1 AND coalesce(deleted, 0) = 0 ORDER BY role, name, id");
    st.bind(1, visitId);
    while (st.step())
        out << VisitAttendee {st.text(0), st.text(1), st.text(2), st.text(3),
                              st.text(4), st.text(5), st.text(6)};
    st.reset();
    return out;
}

QString ScheduleService::saveAgendaItem(const AgendaItem &item)
{
    const Visit v = requireVisit(item.visitId);
    if (v.status == QLatin1String("cancelled") || v.status == QLatin1String("completed"))
        throw ValidationError(QStringLiteral("status"), QStringLiteral("closed"));
    const QString title = item.title.simplified();
    if (title.isEmpty())
        throw ValidationError(QStringLiteral("title"), QStringLiteral("required"));
    if (!item.startsAt.isValid())
        throw ValidationError(QStringLiteral("starts_at"), QStringLiteral("invalid"));
    if (!item.endsAt.isValid())
        throw ValidationError(QStringLiteral("ends_at"), QStringLiteral("invalid"));
    if (item.endsAt <= item.startsAt)
        throw ValidationError(QStringLiteral("ends_at"), QStringLiteral("before-start"));
    // Within the visit: from its first day's midnight to its last day's end, in its zone.
    if (item.startsAt < v.startsAt || item.endsAt > v.endsAt)
        throw ValidationError(QStringLiteral("starts_at"), QStringLiteral("outside-visit"));
    checkTimeZone(item.timezone);
    const bool creating = item.id.isEmpty();
    const QString id = creating ? newId() : item.id;
    if (!creating) {
        if (!rowExists("meetings", id))
            throw ValidationError(QStringLiteral("record"), QStringLiteral("not-found"));
        if (parentOf("meetings", "visit_id", id) != item.visitId)
            throw ValidationError(QStringLiteral("visit"), QStringLiteral("mismatch"));
    }
    Fields fields {{QStringLiteral("title"), title},
                   {QStringLiteral("starts_at"), item.startsAt.toMSecsSinceEpoch()},
                   {QStringLiteral("ends_at"), item.endsAt.toMSecsSinceEpoch()},
                   {QStringLiteral("timezone"), item.timezone},
                   {QStringLiteral("location"), item.location.simplified()},
                   {QStringLiteral("owner"), item.owner.trimmed()}};
    if (creating) {
        fields.emplace(fields.begin(), QStringLiteral("visit_id"), item.visitId);
        fields.emplace_back(QStringLiteral("deleted"), false);
        create(QString::fromLatin1(entity::Meeting), id, std::move(fields));
        return id;
    }
    fields = onlyChanged(entity::Meeting, id, std::move(fields));
    if (!fields.empty())
        commit(QString::fromLatin1(entity::Meeting), id, std::move(fields));
    return id;
}

void ScheduleService::removeAgendaItem(const QString &id)
{
    if (!rowExists("meetings", id))
        throw ValidationError(QStringLiteral("record"), QStringLiteral("not-found"));
    commit(QString::fromLatin1(entity::Meeting), id, {{QStringLiteral("deleted"), true}});
}

QList<AgendaItem> ScheduleService::agendaOf(const QString &visitId) const
{
    QList<AgendaItem> out;
    auto st = m_log.database().prepare(
        "SELECT id, visit_id, title, starts_at, ends_at, timezone, location, owner FROM meetings "
        "WHERE visit_id = ?1 AND coalesce(deleted, 0) = 0 AND title IS NOT NULL "
        "ORDER BY starts_at, title, id");
    st.bind(1, visitId);
    while (st.step()) {
        AgendaItem a;
        a.id = st.text(0);
        a.visitId = st.text(1);
        a.title = st.text(2);
        a.startsAt = QDateTime::fromMSecsSinceEpoch(st.int64(3), QTimeZone::utc());
        a.endsAt = QDateTime::fromMSecsSinceEpoch(st.int64(4), QTimeZone::utc());
        a.timezone = st.text(5);
        a.location = st.text(6);
        a.owner = st.text(7);
        out << a;
    }
    return out;
}

namespace {
constexpr char kVisitColumns[]
    = "SELECT id, title, kind, location, starts_at, ends_at, timezone, host_centre, status, "
      "notes, scope, all_day, start_date, end_date, travel_before, travel_after, purpose, url, "
      "incident_ids, channel_id, cancel_reason, sequence, organiser FROM visits "
      "WHERE coalesce(deleted, 0) = 0 AND title IS NOT NULL ";

Visit readVisit(const Statement &st)
{
    Visit v;
    v.id = st.text(0);
    v.title = st.text(1);
    v.kind = st.text(2);
    v.location = st.text(3);
    v.startsAt = QDateTime::fromMSecsSinceEpoch(st.int64(4), QTimeZone::utc());
    v.endsAt = QDateTime::fromMSecsSinceEpoch(st.int64(5), QTimeZone::utc());
    v.timezone = st.text(6);
    v.hostCentre = st.text(7);
    v.status = st.text(8);
    v.notes = st.text(9);
    v.scope = st.text(10);
    v.allDay = st.int64(11) != 0;
    v.startDate = QDate::fromString(st.text(12), Qt::ISODate);
    v.endDate = QDate::fromString(st.text(13), Qt::ISODate);
    v.travelBefore = int(st.int64(14));
    v.travelAfter = int(st.int64(15));
    v.purpose = st.text(16);
    v.url = st.text(17);
    v.incidentIds = st.text(18).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    v.channelId = st.text(19);
    v.cancelReason = st.text(20);
    v.sequence = int(st.int64(21));
    v.organiser = st.text(22);
    return v;
}
} // namespace

QList<Visit> ScheduleService::visits() const
{
    QList<Visit> out;
    auto st
        = m_log.database().prepare((std::string(kVisitColumns) + "ORDER BY starts_at, id").c_str());
    while (st.step())
        out << readVisit(st);
    return out;
}

QList<Visit> ScheduleService::visitsBetween(const QDateTime &from, const QDateTime &to) const
{
    QList<Visit> out;
    if (!from.isValid() || !to.isValid() || to <= from)
        return out;
    auto st = m_log.database().prepare(
        (std::string(kVisitColumns) + "AND starts_at < ?2 AND ends_at > ?1 ORDER BY starts_at, id")
            .c_str());
    st.bind(1, std::int64_t(from.toMSecsSinceEpoch()));
    st.bind(2, std::int64_t(to.toMSecsSinceEpoch()));
    while (st.step())
        out << readVisit(st);
    return out;
}

std::optional<Visit> ScheduleService::visit(const QString &id) const
{
    // Cached: an import looks up every UID of the file.
    auto &st = m_log.database().cached(std::string(kVisitColumns) + "AND id = ?1");
    st.bind(1, id);
    std::optional<Visit> found;
    if (st.step())
        found = readVisit(st);
    st.reset();
    return found;
}

QStringList ScheduleService::attendees(const QString &visitId) const
{
    QStringList out;
    auto st = m_log.database().prepare("SELECT contact_id FROM attendees WHERE visit_id = ?1 "
                                       "AND coalesce(deleted, 0) = 0 ORDER BY contact_id");
    st.bind(1, visitId);
    while (st.step())
        out << st.text(0);
    return out;
}

void ScheduleService::onApplied(const std::vector<RoutedChange> &changes)
{
    for (const RoutedChange &routed : changes) {
        const AppliedChange &c = *routed.change;
        switch (routed.tag) {
        case OwnContact: emit contactChanged(c.entityId); break;
        case OwnVisit: emit visitChanged(c.entityId); break;
        default: // a meeting or an attendee: its visit changed
            emit visitChanged(parentOf(routed.def->table, routed.def->parentField, c.entityId));
            break;
        }
    }
}

} // namespace liaison
