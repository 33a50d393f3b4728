#include "services/ScheduleService.h"

#include "domain/IndicatorValidator.h"
#include "domain/Schema.h"
#include "storage/Database.h"
#include "sync/ChangeRouter.h"

#include <QTimeZone>

namespace liaison {

namespace {
// What the router tags this service's entities with (ChangeRouter::subscribe).
enum Owned : int { OwnContact, OwnVisit, OwnMeeting, OwnAttendee };

void checkTimeZone(const QString &tz)
{
    if (!tz.isEmpty() && !QTimeZone::isTimeZoneIdAvailable(tz.toUtf8()))
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
         {entity::Attendee, OwnAttendee}},
        [this](const std::vector<RoutedChange> &changes) { onApplied(changes); });
}

QString ScheduleService::saveContact(const Contact &c)
{
    const QString name = c.name.simplified();
    QString email = c.email.trimmed();
    if (!email.isEmpty()) {
        const auto check = validateIndicator(IndicatorType::Email, email);
        if (!check.valid)
            throw ValidationError(QStringLiteral("email"), QStringLiteral("invalid"));
        email = check.normalised;
    }
    checkTimeZone(c.timezone);
    const bool creating = c.id.isEmpty();
    const QString id = creating ? newId() : c.id;
    Fields fields {
        {QStringLiteral("name"), name},           {QStringLiteral("organisation"), c.organisation},
        {QStringLiteral("centre"), c.centre},     {QStringLiteral("role"), c.role},
        {QStringLiteral("email"), email},         {QStringLiteral("phone"), c.phone.trimmed()},
        {QStringLiteral("language"), c.language}, {QStringLiteral("timezone"), c.timezone},
        {QStringLiteral("notes"), c.notes}};
    if (creating)
        fields.emplace_back(QStringLiteral("deleted"), false);
    else
        fields = onlyChanged(entity::Contact, id, std::move(fields));
    addOwnership(fields, creating, c.scope);
    if (creating)
        create(QString::fromLatin1(entity::Contact), id, std::move(fields));
    else if (!fields.empty())
        commit(QString::fromLatin1(entity::Contact), id, std::move(fields));
    return id;
}

void ScheduleService::removeContact(const QString &id)
{
    commit(QString::fromLatin1(entity::Contact), id, {{QStringLiteral("deleted"), true}});
}

QString ScheduleService::saveVisit(const Visit &v)
{
    const QString title = v.title.simplified();
    if (!v.startsAt.isValid() || !v.endsAt.isValid())
        throw ValidationError(QStringLiteral("starts_at"), QStringLiteral("invalid"));
    if (v.endsAt <= v.startsAt)
        throw ValidationError(QStringLiteral("ends_at"), QStringLiteral("before-start"));
    if (v.startsAt.date().year() < 2000 || v.endsAt.date().year() > 2100)
        throw ValidationError(QStringLiteral("starts_at"), QStringLiteral("out-of-range"));
    if (v.kind != QLatin1String("in_person") && v.kind != QLatin1String("call"))
        throw ValidationError(QStringLiteral("kind"), QStringLiteral("invalid"));
    checkTimeZone(v.timezone);
    const bool creating = v.id.isEmpty();
    const QString id = creating ? newId() : v.id;
    Fields fields {
        {QStringLiteral("title"), title},
        {QStringLiteral("kind"), v.kind},
        {QStringLiteral("location"), v.location},
        {QStringLiteral("starts_at"), v.startsAt.toMSecsSinceEpoch()},
        {QStringLiteral("ends_at"), v.endsAt.toMSecsSinceEpoch()},
        {QStringLiteral("timezone"), v.timezone},
        {QStringLiteral("host_centre"), v.hostCentre},
        {QStringLiteral("status"), v.status.isEmpty() ? QStringLiteral("planned") : v.status},
        {QStringLiteral("notes"), v.notes}};
    if (creating)
        fields.emplace_back(QStringLiteral("deleted"), false);
    else
        fields = onlyChanged(entity::Visit, id, std::move(fields));
    addOwnership(fields, creating, v.scope);
    if (creating)
        create(QString::fromLatin1(entity::Visit), id, std::move(fields));
    else if (!fields.empty())
        commit(QString::fromLatin1(entity::Visit), id, std::move(fields));
    return id;
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

QList<Contact> ScheduleService::contacts() const
{
    QList<Contact> out;
    auto st = m_log.database().prepare(
        "SELECT id, name, organisation, centre, role, email, phone, language, timezone, notes, "
        "scope FROM contacts WHERE coalesce(deleted, 0) = 0 AND name IS NOT NULL "
        "ORDER BY name, id");
    while (st.step())
        out << Contact {st.text(0), st.text(1), st.text(2), st.text(3), st.text(4), st.text(5),
                        st.text(6), st.text(7), st.text(8), st.text(9), st.text(10)};
    return out;
}

QList<Visit> ScheduleService::visits() const
{
    QList<Visit> out;
    auto st = m_log.database().prepare(
        "SELECT id, title, kind, location, starts_at, ends_at, timezone, host_centre, status, "
        "notes, scope FROM visits WHERE coalesce(deleted, 0) = 0 AND title IS NOT NULL "
        "ORDER BY starts_at, id");
    while (st.step()) {
        out << Visit {st.text(0),
                      st.text(1),
                      st.text(2),
                      st.text(3),
                      QDateTime::fromMSecsSinceEpoch(st.int64(4), QTimeZone::utc()),
                      QDateTime::fromMSecsSinceEpoch(st.int64(5), QTimeZone::utc()),
                      st.text(6),
                      st.text(7),
                      st.text(8),
                      st.text(9),
                      st.text(10)};
    }
    return out;
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
