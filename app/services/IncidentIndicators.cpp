// IncidentService: an incident's indicators (schema 10: their own marking and scope, IOC and
// sighted flags, first and last seen) and "seen elsewhere". Split from IncidentService.cpp.
#include "services/IncidentService.h"

#include "domain/Schema.h"
#include "storage/Database.h"

#include <algorithm>

namespace liaison {

namespace {

constexpr char kIndicatorColumns[]
    = "SELECT i.id, i.incident_id, i.type, i.value, i.note, i.source, i.tlp, i.scope, "
      "coalesce(i.ioc, 0), coalesce(i.sighted, 0), coalesce(i.first_seen, 0), "
      "coalesce(i.last_seen, 0), inc.tlp FROM indicators i "
      "LEFT JOIN incidents inc ON inc.id = i.incident_id ";

// An unreadable marking counts as the strictest.
Tlp tlpOr(const QString &key, Tlp fallback)
{
    Tlp tlp = fallback;
    return parseTlp(key, &tlp) ? tlp : fallback;
}

Indicator readIndicator(const Statement &st)
{
    Indicator i;
    i.id = st.text(0);
    i.incidentId = st.text(1);
    i.type = st.text(2);
    i.value = st.text(3);
    i.note = st.text(4);
    i.source = st.text(5);
    i.tlp = st.text(6);
    i.scope = st.text(7);
    i.ioc = st.int64(8) != 0;
    i.sighted = st.int64(9) != 0;
    i.firstSeen = st.int64(10);
    i.lastSeen = st.int64(11);
    const Tlp incident = tlpOr(st.text(12), Tlp::Red);
    const Tlp own = i.tlp.isEmpty() ? incident : tlpOr(i.tlp, Tlp::Red);
    i.effectiveTlp = tlpKey(std::max(own, incident));
    i.homeOnly = !i.tlp.isEmpty()
        && IncidentService::indicatorScope(own, incident) == QLatin1String(kScopeCentre);
    return i;
}

FieldValue timeValue(qint64 ms)
{
    return ms > 0 ? FieldValue(ms) : FieldValue(std::monostate {});
}

void checkSeen(qint64 first, qint64 last)
{
    if (first < 0)
        throw ValidationError(QStringLiteral("first_seen"), QStringLiteral("out-of-range"));
    if (last < 0)
        throw ValidationError(QStringLiteral("last_seen"), QStringLiteral("out-of-range"));
    if (first > 0 && last > 0 && last < first)
        throw ValidationError(QStringLiteral("last_seen"), QStringLiteral("before-first-seen"));
}

} // namespace

QString IncidentService::indicatorScope(Tlp indicatorTlp, Tlp incidentTlp)
{
    if (indicatorTlp == Tlp::AmberStrict || (indicatorTlp == Tlp::Red && incidentTlp != Tlp::Red))
        return QString::fromLatin1(kScopeCentre);
    return QString::fromLatin1(kScopeShared);
}

bool IncidentService::incidentHasLeft(const Incident &incident) const
{
    return incident.scope == QLatin1String(kScopeShared) || !members(incident.id).isEmpty();
}

QString IncidentService::newIndicatorScope(Tlp indicatorTlp, const Incident &incident) const
{
    // Kept home until the incident leaves (a scope never narrows: one written "shared" could
    // not be taken back if it were raised to AMBER+STRICT before the incident is shared);
    // share() and setNamedAnalysts() let out those whose marking allows it.
    if (!incidentHasLeft(incident))
        return QString::fromLatin1(kScopeCentre);
    return indicatorScope(indicatorTlp, tlpOr(incident.tlp, Tlp::Red));
}

bool IncidentService::indicatorHasLeft(const Indicator &indicator) const
{
    const auto current = incident(indicator.incidentId);
    return current && current->scope == QLatin1String(kScopeShared)
        && indicator.scope != QLatin1String(kScopeCentre);
}

QString IncidentService::addIndicator(const QString &incidentId, IndicatorType type,
                                      const QString &value, const QString &note,
                                      const QString &source)
{
    return addIndicator(incidentId, NewIndicator {type, value, note, source});
}

QString IncidentService::addIndicator(const QString &incidentId, const NewIndicator &indicator)
{
    return addIndicators(incidentId, {indicator}).first();
}

QStringList IncidentService::addIndicators(const QString &incidentId,
                                           const QList<NewIndicator> &indicators)
{
    const auto parent = incident(incidentId);
    if (!parent)
        throw ValidationError(QStringLiteral("incident"), QStringLiteral("not-found"));
    const Tlp incidentTlp = tlpOr(parent->tlp, Tlp::Red);
    std::vector<Change> changes;
    changes.reserve(std::size_t(indicators.size()));
    QStringList ids;
    for (const NewIndicator &indicator : indicators) {
        const IndicatorCheck check = validateIndicator(indicator.type, indicator.value);
        if (!check.valid)
            throw ValidationError(QStringLiteral("value"), check.reason);
        const Tlp tlp = indicator.tlp.value_or(incidentTlp);
        if (tlp < incidentTlp)
            throw ValidationError(QStringLiteral("tlp"), QStringLiteral("looser-than-incident"));
        checkSeen(indicator.firstSeen, indicator.lastSeen);
        ids << newId();
        changes.push_back(newRecord(QString::fromLatin1(entity::Indicator), ids.last(),
                                    {{QStringLiteral("incident_id"), incidentId},
                                     {QStringLiteral("type"), indicatorTypeKey(indicator.type)},
                                     {QStringLiteral("value"), check.normalised},
                                     {QStringLiteral("note"), indicator.note},
                                     {QStringLiteral("deleted"), false},
                                     {QStringLiteral("source"), indicator.source},
                                     {QStringLiteral("tlp"), tlpKey(tlp)},
                                     {QStringLiteral("ioc"), indicator.ioc},
                                     {QStringLiteral("sighted"), indicator.sighted},
                                     {QStringLiteral("first_seen"), timeValue(indicator.firstSeen)},
                                     {QStringLiteral("last_seen"), timeValue(indicator.lastSeen)},
                                     {QStringLiteral("scope"), newIndicatorScope(tlp, *parent)}}));
    }
    if (!changes.empty())
        commitAll(changes);
    return ids;
}

void IncidentService::editIndicator(const QString &indicatorId, const IndicatorEdit &e)
{
    const auto current = indicator(indicatorId);
    if (!current)
        throw ValidationError(QStringLiteral("indicator"), QStringLiteral("not-found"));
    const auto parent = incident(current->incidentId);
    if (!parent)
        throw ValidationError(QStringLiteral("incident"), QStringLiteral("not-found"));
    Fields fields;
    if (e.tlp) {
        const Tlp incidentTlp = tlpOr(parent->tlp, Tlp::Red);
        if (*e.tlp < incidentTlp)
            throw ValidationError(QStringLiteral("tlp"), QStringLiteral("looser-than-incident"));
        if (tlpKey(*e.tlp) != current->tlp) {
            fields.emplace_back(QStringLiteral("tlp"), tlpKey(*e.tlp));
            // One that has left keeps following its incident (the hub refuses to pull it
            // back, and would refuse it "shared" with a marking that forbids it): its new
            // marking still tells the analysts of both centres how to handle it from now on.
            const QString scope = newIndicatorScope(*e.tlp, *parent);
            // Never narrowed from "shared"; one that followed its incident (no scope yet)
            // gets "centre" while the incident has not left.
            if (!indicatorHasLeft(*current) && scope != current->scope
                && current->scope != QLatin1String(kScopeShared))
                fields.emplace_back(QStringLiteral("scope"), scope);
        }
    }
    const qint64 first = e.firstSeen.value_or(current->firstSeen);
    const qint64 last = e.lastSeen.value_or(current->lastSeen);
    checkSeen(first, last);
    if (e.ioc && *e.ioc != current->ioc)
        fields.emplace_back(QStringLiteral("ioc"), *e.ioc);
    if (e.sighted && *e.sighted != current->sighted)
        fields.emplace_back(QStringLiteral("sighted"), *e.sighted);
    if (e.firstSeen && *e.firstSeen != current->firstSeen)
        fields.emplace_back(QStringLiteral("first_seen"), timeValue(*e.firstSeen));
    if (e.lastSeen && *e.lastSeen != current->lastSeen)
        fields.emplace_back(QStringLiteral("last_seen"), timeValue(*e.lastSeen));
    if (e.note && *e.note != current->note)
        fields.emplace_back(QStringLiteral("note"), *e.note);
    if (fields.empty())
        return;
    commit(QString::fromLatin1(entity::Indicator), indicatorId, std::move(fields));
}

void IncidentService::setIndicatorTlp(const QString &indicatorId, Tlp tlp)
{
    IndicatorEdit e;
    e.tlp = tlp;
    editIndicator(indicatorId, e);
}

void IncidentService::removeIndicator(const QString &indicatorId)
{
    if (!rowExists("indicators", indicatorId))
        throw ValidationError(QStringLiteral("indicator"), QStringLiteral("not-found"));
    commit(QString::fromLatin1(entity::Indicator), indicatorId,
           {{QStringLiteral("deleted"), true}});
}

void IncidentService::appendIndicatorShares(const Incident &incident, const QString &tlp,
                                            std::vector<Change> &changes) const
{
    // The incident leaves with marking tlp: its indicators kept home until now follow it when
    // their own marking allows, those written in this centre (only they may be widened here).
    const Tlp incidentTlp = tlpOr(tlp, Tlp::Red);
    for (const Indicator &i : indicators(incident.id)) {
        if (i.scope != QLatin1String(kScopeCentre) || i.tlp.isEmpty())
            continue;
        if (indicatorScope(tlpOr(i.tlp, Tlp::Red), incidentTlp) != QLatin1String(kScopeShared))
            continue;
        const std::vector<Op> ops = m_log.opsFor(QString::fromLatin1(entity::Indicator), i.id);
        if (ops.empty() || ops.front().centre != identity().centre)
            continue;
        changes.push_back({QString::fromLatin1(entity::Indicator),
                           i.id,
                           {{QStringLiteral("tlp"), i.tlp},
                            {QStringLiteral("scope"), QString::fromLatin1(kScopeShared)}}});
    }
}

QList<Indicator> IncidentService::indicatorsStayingInCentre(const QString &incidentId) const
{
    QList<Indicator> out;
    for (const Indicator &i : indicators(incidentId)) {
        // Marked so that they cannot follow (the others kept home until now leave with it).
        if (i.staysInCentre())
            out << i;
    }
    return out;
}

Tlp IncidentService::strictestMarking(const QString &incidentId) const
{
    const auto current = incident(incidentId);
    if (!current)
        return Tlp::Red;
    Tlp strictest = tlpOr(current->tlp, Tlp::Red);
    for (const Indicator &i : indicators(incidentId))
        strictest = std::max(strictest, tlpOr(i.effectiveTlp, Tlp::Red));
    return strictest;
}

QString IncidentService::recordIndicatorCopy(const QString &incidentId, int count, Tlp strictest)
{
    requireIncident(incidentId);
    const Change change = releaseChange(incidentId,
                                        releaseBody(ReleaseAction::CopyOut, tlpKey(strictest))
                                            + QStringLiteral(" indicators:%1").arg(count));
    commitAll({change});
    return change.entityId;
}

QList<Indicator> IncidentService::indicators(const QString &incidentId) const
{
    QList<Indicator> out;
    auto st = m_log.database().prepare(
        (std::string(kIndicatorColumns)
         + "WHERE i.incident_id = ?1 AND coalesce(i.deleted, 0) = 0 ORDER BY i.type, i.value, "
           "i.id")
            .c_str());
    st.bind(1, incidentId);
    while (st.step())
        out << readIndicator(st);
    return out;
}

std::optional<Indicator> IncidentService::indicator(const QString &indicatorId) const
{
    auto &st = m_log.database().cached(std::string(kIndicatorColumns)
                                       + "WHERE i.id = ?1 AND coalesce(i.deleted, 0) = 0");
    st.bind(1, indicatorId);
    if (!st.step()) {
        st.reset();
        return std::nullopt;
    }
    Indicator i = readIndicator(st);
    st.reset();
    return i;
}

QString IncidentService::indicatorAuthor(const QString &indicatorId) const
{
    const std::vector<Op> ops = m_log.opsFor(QString::fromLatin1(entity::Indicator), indicatorId);
    return ops.empty() ? QString() : ops.front().author;
}

QList<IndicatorSighting> IncidentService::indicatorsSeenElsewhere(const QString &incidentId) const
{
    // indicators_by_value (schema 10) finds the other rows; an incident this profile holds is
    // one this analyst may see (the hub sends nothing else).
    QList<IndicatorSighting> out;
    auto st = m_log.database().prepare(
        "SELECT i.id, o.incident_id, inc.title FROM indicators i "
        "JOIN indicators o ON o.value = i.value AND o.type = i.type "
        "AND o.incident_id <> i.incident_id AND coalesce(o.deleted, 0) = 0 "
        "JOIN incidents inc ON inc.id = o.incident_id AND coalesce(inc.deleted, 0) = 0 "
        "AND inc.title IS NOT NULL "
        "WHERE i.incident_id = ?1 AND coalesce(i.deleted, 0) = 0 "
        "GROUP BY i.id, o.incident_id ORDER BY i.id, inc._updated DESC, o.incident_id");
    st.bind(1, incidentId);
    while (st.step())
        out << IndicatorSighting {st.text(0), st.text(1), st.text(2)};
    return out;
}

} // namespace liaison
