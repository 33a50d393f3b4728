#include "services/IncidentService.h"

#include "domain/Schema.h"
#include "services/BlobFiles.h"
#include "storage/Database.h"
#include "sync/ChangeRouter.h"
#include "sync/Hlc.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace liaison {

// Lengths and required fields are the registry's (domain/Schema), checked by ServiceBase when
// a change is made; what is left here are the rules it cannot say (keys, markings, dates).
namespace {
// The reason given for lowering TLP:AMBER+STRICT (part of a release comment's body).
constexpr int kMaxReason = kMaxLabel;

Incident readIncident(const Statement &st)
{
    Incident i;
    i.id = st.text(0);
    i.title = st.text(1);
    i.summary = st.text(2);
    i.status = st.text(3);
    i.severity = st.text(4);
    i.tlp = st.text(5);
    i.pap = st.text(6);
    i.sector = st.text(7);
    i.ownerCentre = st.text(8);
    i.scope = st.text(9);
    i.createdAt = st.int64(10);
    i.updatedHlc = quint64(st.int64(11));
    i.deleted = st.int64(12) != 0;
    return i;
}

// The op that widens a record (incident or comment) to both centres.
Change sharedScope(const char *entityName, const QString &id)
{
    return {QString::fromLatin1(entityName),
            id,
            {{QStringLiteral("scope"), QString::fromLatin1(kScopeShared)}}};
}

// What the router tags this service's entities with (ChangeRouter::subscribe).
enum Owned : int {
    OwnIncident,
    OwnIndicator,
    OwnComment,
    OwnTask,
    OwnAssignee,
    OwnTag,
    OwnMember,
    OwnEvidence,
    OwnLink,
    OwnTemplate
};

constexpr char kIncidentColumns[]
    = "SELECT id, title, summary, status, severity, tlp, pap, sector, owner_centre, scope, "
      "created_at, _updated, coalesce(deleted, 0) FROM incidents ";
} // namespace

IncidentService::IncidentService(OpLog &log, QObject *parent)
    : ServiceBase(log, parent)
{
    // An incident and every child of it (the records whose root is an incident).
    log.router().subscribe(
        this,
        {{entity::Incident, OwnIncident},
         {entity::Indicator, OwnIndicator},
         {entity::Comment, OwnComment},
         {entity::Task, OwnTask},
         {entity::Assignee, OwnAssignee},
         {entity::Tag, OwnTag},
         {entity::IncidentMember, OwnMember},
         {entity::Evidence, OwnEvidence},
         {entity::IncidentLink, OwnLink},
         {entity::IncidentTemplate, OwnTemplate}},
        [this](const std::vector<RoutedChange> &changes) { onApplied(changes); });
}

bool IncidentService::isIncidentId(const QString &id)
{
    static const QRegularExpression uuid(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    return uuid.match(id).hasMatch();
}

Change IncidentService::creation(const IncidentDraft &draft) const
{
    if (!isPapKey(draft.pap))
        throw ValidationError(QStringLiteral("pap"), QStringLiteral("invalid"));
    QString id = draft.id;
    if (id.isEmpty()) {
        id = newId();
    } else {
        if (!isIncidentId(id))
            throw ValidationError(QStringLiteral("id"), QStringLiteral("invalid"));
        // Any row, deleted or not: an id names one incident for good.
        auto &st = m_log.database().cached("SELECT 1 FROM incidents WHERE id = ?1");
        st.bind(1, id);
        const bool taken = st.step();
        st.reset();
        if (taken)
            throw ValidationError(QStringLiteral("id"), QStringLiteral("exists"));
    }
    return newRecord(QString::fromLatin1(entity::Incident), id,
                     {{QStringLiteral("title"), draft.title.simplified()},
                      {QStringLiteral("summary"), draft.summary},
                      {QStringLiteral("status"), statusKey(IncidentStatus::New)},
                      {QStringLiteral("severity"), severityKey(draft.severity)},
                      {QStringLiteral("tlp"), tlpKey(draft.tlp)},
                      {QStringLiteral("pap"), draft.pap},
                      {QStringLiteral("sector"), draft.sector},
                      {QStringLiteral("owner_centre"), identity().centre},
                      {QStringLiteral("scope"), QString::fromLatin1(kScopeCentre)},
                      {QStringLiteral("created_at"), m_log.clock().nowMs()},
                      {QStringLiteral("deleted"), false}});
}

QString IncidentService::createIncident(const IncidentDraft &draft)
{
    const Change change = creation(draft);
    commitAll({change});
    return change.entityId;
}

QString IncidentService::createSharedIncident(const IncidentDraft &draft)
{
    // The same refusal as share(), before anything is written.
    if (const QString refusal = shareRefusal(tlpKey(draft.tlp)); !refusal.isEmpty())
        throw ValidationError(QStringLiteral("tlp"), refusal);
    const Change created = creation(draft);
    const QString &id = created.entityId;
    // As share() would write it right after createIncident(), but in one transaction: a
    // process killed in between leaves either all three ops or none.
    commitAll({created, sharedScope(entity::Incident, id),
               releaseChange(id, releaseBody(ReleaseAction::Share, tlpKey(draft.tlp)))});
    return id;
}

Incident IncidentService::ownIncident(const QString &id) const
{
    auto current = incident(id);
    if (!current)
        throw ValidationError(QStringLiteral("incident"), QStringLiteral("not-found"));
    if (current->ownerCentre != identity().centre)
        throw ValidationError(QStringLiteral("scope"), QStringLiteral("not-owner"));
    return *current;
}

void IncidentService::requireIncident(const QString &id) const
{
    if (!rowExists("incidents", id))
        throw ValidationError(QStringLiteral("incident"), QStringLiteral("not-found"));
}

void IncidentService::setField(const QString &id, const char *field, FieldValue value)
{
    requireIncident(id);
    commit(QString::fromLatin1(entity::Incident), id,
           {{QString::fromLatin1(field), std::move(value)}});
}

void IncidentService::setTitle(const QString &id, const QString &title)
{
    setField(id, "title", title.simplified());
}

void IncidentService::setSummary(const QString &id, const QString &summary)
{
    setField(id, "summary", summary);
}

void IncidentService::setStatus(const QString &id, IncidentStatus status)
{
    setField(id, "status", statusKey(status));
}

void IncidentService::setSeverity(const QString &id, Severity severity)
{
    setField(id, "severity", severityKey(severity));
}

void IncidentService::setTlp(const QString &id, Tlp tlp, const QString &reason)
{
    IncidentEdit e;
    e.tlp = tlp;
    e.tlpReason = reason;
    edit(id, e);
}

void IncidentService::edit(const QString &id, const IncidentEdit &e)
{
    const auto current = incident(id);
    if (!current)
        throw ValidationError(QStringLiteral("incident"), QStringLiteral("not-found"));
    Fields fields;
    std::vector<Change> changes;
    // Only what changed is checked (commitAll): a title someone else made longer than this
    // version allows does not stop an edit of the status.
    if (e.title) {
        const QString title = e.title->simplified();
        if (title != current->title)
            fields.emplace_back(QStringLiteral("title"), title);
    }
    if (e.summary && *e.summary != current->summary)
        fields.emplace_back(QStringLiteral("summary"), *e.summary);
    if (e.status && statusKey(*e.status) != current->status)
        fields.emplace_back(QStringLiteral("status"), statusKey(*e.status));
    if (e.severity && severityKey(*e.severity) != current->severity)
        fields.emplace_back(QStringLiteral("severity"), severityKey(*e.severity));
    if (e.sector && *e.sector != current->sector)
        fields.emplace_back(QStringLiteral("sector"), *e.sector);
    Tlp from = Tlp::Amber;
    const bool known = parseTlp(current->tlp, &from);
    if (e.tlp && !(known && from == *e.tlp)) {
        const QString why = e.tlpReason.trimmed();
        // TLP:AMBER+STRICT is lowered only on purpose: the reason is part of the signed record.
        if (known && from == Tlp::AmberStrict && *e.tlp < Tlp::AmberStrict && why.isEmpty())
            throw ValidationError(QStringLiteral("reason"), QStringLiteral("required"));
        if (why.size() > kMaxReason)
            throw ValidationError(QStringLiteral("reason"), QStringLiteral("too-long"));
        fields.emplace_back(QStringLiteral("tlp"), tlpKey(*e.tlp));
        changes.push_back(releaseChange(id, markingBody(current->tlp, tlpKey(*e.tlp), why)));
    }
    if (fields.empty())
        return;
    // The incident's fields first, then the marking's record in the timeline.
    changes.insert(changes.begin(), Change {QString::fromLatin1(entity::Incident), id, fields});
    commitAll(changes);
}

QString IncidentService::markingBody(const QString &from, const QString &to, const QString &reason)
{
    QString body = QStringLiteral("tlp tlp:") + from + QStringLiteral(" tlp:") + to;
    if (!reason.isEmpty())
        body += QLatin1Char('\n') + reason;
    return body;
}

Change IncidentService::releaseChange(const QString &incidentId, const QString &body)
{
    // Internal to the owner centre: the audit trail of what left, and why.
    return newRecord(QString::fromLatin1(entity::Comment), newId(),
                     {{QStringLiteral("incident_id"), incidentId},
                      {QStringLiteral("body"), body},
                      {QStringLiteral("kind"), QStringLiteral("release")},
                      {QStringLiteral("occurred_at"), m_log.clock().nowMs()},
                      {QStringLiteral("scope"), QString::fromLatin1(kScopeCentre)},
                      {QStringLiteral("deleted"), false}});
}

void IncidentService::shareComments(const QString &incidentId, const QStringList &commentIds)
{
    const auto current = incident(incidentId);
    if (!current)
        throw ValidationError(QStringLiteral("incident"), QStringLiteral("not-found"));
    if (current->scope != QLatin1String(kScopeShared))
        throw ValidationError(QStringLiteral("scope"), QStringLiteral("not-shared"));
    std::vector<Change> changes;
    appendCommentShares(incidentId, commentIds, changes);
    if (changes.empty())
        return;
    changes.push_back(releaseChange(
        incidentId,
        QStringLiteral("share-comments tlp:%1 comments:%2").arg(current->tlp).arg(changes.size())));
    commitAll(changes);
}

void IncidentService::appendCommentShares(const QString &incidentId, const QStringList &commentIds,
                                          std::vector<Change> &changes) const
{
    const QList<IncidentComment> existing = comments(incidentId);
    for (const QString &commentId : commentIds) {
        const auto it = std::find_if(existing.begin(), existing.end(),
                                     [&](const IncidentComment &c) { return c.id == commentId; });
        if (it == existing.end() || it->kind == QLatin1String("release"))
            throw ValidationError(QStringLiteral("comment"), QStringLiteral("not-found"));
        // Only the centre that wrote a comment may let it out (the hub refuses others too).
        if (it->centre != identity().centre)
            throw ValidationError(QStringLiteral("comment"), QStringLiteral("not-own"));
        if (it->scope != QLatin1String(kScopeShared))
            changes.push_back(sharedScope(entity::Comment, commentId));
    }
}

QString IncidentService::shareRefusal(const QString &tlp)
{
    if (tlp == tlpKey(Tlp::AmberStrict))
        return QStringLiteral("share-forbidden-amber-strict");
    if (tlp == tlpKey(Tlp::Red))
        return QStringLiteral("share-forbidden-red");
    return {};
}

void IncidentService::setSector(const QString &id, const QString &sector)
{
    setField(id, "sector", sector);
}

void IncidentService::share(const QString &id, const QStringList &commentIds)
{
    const Incident current = ownIncident(id);
    if (const QString refusal = shareRefusal(current.tlp); !refusal.isEmpty())
        throw ValidationError(QStringLiteral("tlp"), refusal);
    std::vector<Change> changes;
    if (current.scope != QLatin1String(kScopeShared)) {
        changes.push_back(sharedScope(entity::Incident, id));
        // With it, in the same transaction, the indicators whose marking lets them follow.
        appendIndicatorShares(current, current.tlp, changes);
    }
    appendCommentShares(id, commentIds, changes);
    if (changes.empty())
        return;
    QString body = releaseBody(ReleaseAction::Share, current.tlp);
    if (!commentIds.isEmpty())
        body += QStringLiteral(" comments:%1").arg(commentIds.size());
    changes.push_back(releaseChange(id, body));
    commitAll(changes);
}

void IncidentService::shareWithAnalysts(const QString &id, const QStringList &analystIds)
{
    QStringList named = analystIds;
    for (const Member &m : members(id))
        named << m.analystId;
    setNamedAnalysts(id, named);
}

void IncidentService::unshareWithAnalyst(const QString &id, const QString &analystId)
{
    QStringList named;
    for (const Member &m : members(id)) {
        if (m.analystId != analystId)
            named << m.analystId;
    }
    setNamedAnalysts(id, named);
}

QList<IncidentService::Member> IncidentService::counterpartAnalysts() const
{
    QList<Member> out;
    auto &st = m_log.database().cached(
        "SELECT id, name, centre FROM analysts WHERE centre <> ?1 ORDER BY name, id");
    st.bind(1, identity().centre);
    while (st.step())
        out.append({st.text(0), st.text(1), st.text(2)});
    st.reset();
    return out;
}

QList<IncidentService::Member> IncidentService::directoryAnalysts() const
{
    QList<Member> out;
    auto &st = m_log.database().cached("SELECT id, name, centre FROM analysts ORDER BY name, id");
    while (st.step())
        out.append({st.text(0), st.text(1), st.text(2)});
    st.reset();
    return out;
}

void IncidentService::setNamedAnalysts(const QString &id, const QStringList &analystIds)
{
    const Incident current = ownIncident(id);
    QStringList before;
    for (const Member &m : members(id))
        before << m.analystId;
    std::vector<Change> changes;
    QStringList added;
    QStringList removed;
    for (const QString &analyst : analystIds) {
        if (before.contains(analyst) || added.contains(analyst))
            continue;
        auto &st = m_log.database().cached("SELECT centre FROM analysts WHERE id = ?1");
        st.bind(1, analyst);
        const QString centre = st.step() ? st.text(0) : QString();
        st.reset();
        if (centre.isEmpty())
            throw ValidationError(QStringLiteral("analyst"), QStringLiteral("unknown"));
        if (centre != identity().centre && current.tlp == tlpKey(Tlp::AmberStrict))
            throw ValidationError(QStringLiteral("tlp"),
                                  QStringLiteral("share-forbidden-amber-strict"));
        added << analyst;
        changes.push_back(newRecord(QString::fromLatin1(entity::IncidentMember),
                                    id + QLatin1Char('.') + analyst,
                                    {{QStringLiteral("incident_id"), id},
                                     {QStringLiteral("analyst_id"), analyst},
                                     {QStringLiteral("centre"), centre},
                                     {QStringLiteral("removed"), false}}));
    }
    for (const QString &analyst : std::as_const(before)) {
        if (analystIds.contains(analyst))
            continue;
        removed << analyst;
        changes.push_back({QString::fromLatin1(entity::IncidentMember),
                           id + QLatin1Char('.') + analyst,
                           {{QStringLiteral("removed"), true}}});
    }
    // One release record per direction, in the same transaction as the member ops.
    const auto record = [&](ReleaseAction action, const QStringList &who) {
        if (!who.isEmpty())
            changes.push_back(releaseChange(id,
                                            releaseBody(action, current.tlp)
                                                + QStringLiteral(" analysts:")
                                                + who.join(QLatin1Char(','))));
    };
    // Named people receive the indicators whose marking lets them follow (kept home so far).
    if (!added.isEmpty())
        appendIndicatorShares(current, current.tlp, changes);
    record(ReleaseAction::ShareNamed, added);
    record(ReleaseAction::UnshareNamed, removed);
    if (!changes.empty())
        commitAll(changes);
}

QList<IncidentService::Member> IncidentService::members(const QString &id) const
{
    QList<Member> out;
    auto &st = m_log.database().cached(
        "SELECT m.analyst_id, coalesce(a.name, m.analyst_id), m.centre FROM incident_members m "
        "LEFT JOIN analysts a ON a.id = m.analyst_id WHERE m.incident_id = ?1 AND "
        "coalesce(m.removed, 0) = 0 ORDER BY 2, 1");
    st.bind(1, id);
    while (st.step())
        out.append({st.text(0), st.text(1), st.text(2)});
    st.reset();
    return out;
}

void IncidentService::remove(const QString &id)
{
    setField(id, "deleted", true);
}

QString IncidentService::addComment(const QString &incidentId, const QString &body,
                                    CommentVisibility visibility)
{
    requireIncident(incidentId);
    const QString id = newId();
    create(QString::fromLatin1(entity::Comment), id,
           {{QStringLiteral("incident_id"), incidentId},
            {QStringLiteral("body"), body},
            {QStringLiteral("kind"), QStringLiteral("comment")},
            {QStringLiteral("occurred_at"), m_log.clock().nowMs()},
            {QStringLiteral("scope"),
             QString::fromLatin1(visibility == CommentVisibility::Shared ? kScopeShared
                                                                         : kScopeCentre)},
            {QStringLiteral("deleted"), false}});
    return id;
}

QString IncidentService::releaseBody(ReleaseAction action, const QString &tlp)
{
    static const char *const names[]
        = {"share",         "export-stix",   "export-csv",    "copy-out",        "share-named",
           "unshare-named", "save-evidence", "open-evidence", "save-attachment", "open-attachment"};
    return QString::fromLatin1(names[int(action)]) + QStringLiteral(" tlp:") + tlp;
}

QString IncidentService::recordRelease(const QString &incidentId, ReleaseAction action)
{
    return recordReleases({incidentId}, action).first();
}

QStringList IncidentService::recordReleases(const QStringList &incidentIds, ReleaseAction action)
{
    std::vector<Change> changes;
    changes.reserve(std::size_t(incidentIds.size()));
    QStringList ids;
    for (const QString &incidentId : incidentIds) {
        const auto current = incident(incidentId);
        if (!current)
            throw ValidationError(QStringLiteral("incident"), QStringLiteral("not-found"));
        changes.push_back(releaseChange(incidentId, releaseBody(action, current->tlp)));
        ids << changes.back().entityId;
    }
    if (!changes.empty())
        commitAll(changes);
    return ids;
}

QString IncidentService::addTask(const QString &incidentId, const QString &title,
                                 const QString &assignee, const QDate &due)
{
    requireIncident(incidentId);
    if (due.isValid() && (due.year() < 2000 || due.year() > 2100))
        throw ValidationError(QStringLiteral("due_date"), QStringLiteral("out-of-range"));
    const QString id = newId();
    create(QString::fromLatin1(entity::Task), id,
           {{QStringLiteral("incident_id"), incidentId},
            {QStringLiteral("title"), title.simplified()},
            {QStringLiteral("assignee"), assignee},
            {QStringLiteral("due_date"),
             due.isValid() ? FieldValue(due.toString(Qt::ISODate)) : FieldValue()},
            {QStringLiteral("done"), false},
            {QStringLiteral("deleted"), false}});
    return id;
}

void IncidentService::setTaskDone(const QString &taskId, bool done)
{
    if (!rowExists("tasks", taskId))
        throw ValidationError(QStringLiteral("task"), QStringLiteral("not-found"));
    commit(QString::fromLatin1(entity::Task), taskId, {{QStringLiteral("done"), done}});
}

QString IncidentService::assign(const QString &incidentId, const QString &analystId)
{
    requireIncident(incidentId);
    const QString id = newId();
    create(QString::fromLatin1(entity::Assignee), id,
           {{QStringLiteral("incident_id"), incidentId},
            {QStringLiteral("analyst_id"), analystId},
            {QStringLiteral("deleted"), false}});
    return id;
}

void IncidentService::unassign(const QString &assigneeId)
{
    commit(QString::fromLatin1(entity::Assignee), assigneeId, {{QStringLiteral("deleted"), true}});
}

QString IncidentService::addTag(const QString &incidentId, const QString &name)
{
    requireIncident(incidentId);
    const QString id = newId();
    create(QString::fromLatin1(entity::Tag), id,
           {{QStringLiteral("incident_id"), incidentId},
            {QStringLiteral("name"), name.simplified()},
            {QStringLiteral("deleted"), false}});
    return id;
}

void IncidentService::removeTag(const QString &tagId)
{
    commit(QString::fromLatin1(entity::Tag), tagId, {{QStringLiteral("deleted"), true}});
}

std::optional<Incident> IncidentService::incident(const QString &id) const
{
    auto &st = m_log.database().cached(std::string(kIncidentColumns) + "WHERE id = ?1");
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    Incident i = readIncident(st);
    st.reset();
    return i;
}

QList<Incident> IncidentService::incidents() const
{
    QList<Incident> out;
    auto st = m_log.database().prepare(
        (std::string(kIncidentColumns)
         + "WHERE coalesce(deleted, 0) = 0 AND title IS NOT NULL ORDER BY _updated DESC, id")
            .c_str());
    while (st.step())
        out << readIncident(st);
    return out;
}

QList<IncidentComment> IncidentService::comments(const QString &incidentId) const
{
    QList<IncidentComment> out;
    // The author is the author of the op that created the comment (the op log is the audit).
    auto st = m_log.database().prepare(
        "SELECT c.id, c.incident_id, c.body, c.kind, c.occurred_at, "
        "(SELECT substr(o.id, 1, instr(o.id, ':') - 1) FROM ops o "
        " WHERE o.entity_id = c.id AND o.entity = 'comment' "
        " ORDER BY o.hlc LIMIT 1), coalesce(c.scope, 'centre') FROM comments c "
        "WHERE c.incident_id = ?1 AND coalesce(c.deleted, 0) = 0 ORDER BY c.occurred_at, c.id");
    st.bind(1, incidentId);
    while (st.step()) {
        IncidentComment c {st.text(0), st.text(1),  st.text(2), st.text(3),
                           {},         st.int64(4), st.text(6), {}};
        const QString device = st.text(5);
        auto &who = m_log.database().cached("SELECT analyst_id, centre FROM devices WHERE id = ?1");
        who.bind(1, device);
        const bool known = who.step();
        c.author = known ? who.text(0) : device;
        c.centre = known ? who.text(1) : QString();
        who.reset();
        out << c;
    }
    return out;
}

qint64 IncidentService::evidenceLimit() const
{
    return blobfiles::limit(m_log.database());
}

QString IncidentService::addEvidence(const QString &incidentId, const QString &filePath,
                                     const QString &name)
{
    requireIncident(incidentId);
    const blobfiles::StoredFile file = blobfiles::storeFile(m_log.database(), filePath, name);
    const QString id = newId();
    create(QString::fromLatin1(entity::Evidence), id,
           blobfiles::recordFields(QStringLiteral("incident_id"), incidentId, file));
    return id;
}

void IncidentService::removeEvidence(const QString &evidenceId)
{
    if (!rowExists("evidence", evidenceId))
        throw ValidationError(QStringLiteral("evidence"), QStringLiteral("not-found"));
    commit(QString::fromLatin1(entity::Evidence), evidenceId, {{QStringLiteral("deleted"), true}});
}

QList<EvidenceFile> IncidentService::evidence(const QString &incidentId) const
{
    QList<EvidenceFile> out;
    auto st = m_log.database().prepare(
        "SELECT e.id, e.incident_id, e.name, e.media_type, e.size, e.sha256, "
        "(SELECT o.id || ' ' || o.hlc FROM ops o WHERE o.entity_id = e.id AND "
        " o.entity = 'evidence' ORDER BY o.hlc LIMIT 1), "
        "coalesce((SELECT b.complete FROM blobs b WHERE b.sha256 = e.sha256), 0) "
        "FROM evidence e WHERE e.incident_id = ?1 AND coalesce(e.deleted, 0) = 0 "
        "ORDER BY e.name COLLATE NOCASE, e.id");
    st.bind(1, incidentId);
    while (st.step()) {
        EvidenceFile f {st.text(0), st.text(1), st.text(2), st.text(3),      st.int64(4),
                        st.text(5), {},         0,          st.int64(7) != 0};
        const QString first = st.text(6);
        const QString device = first.section(QLatin1Char(':'), 0, 0);
        f.addedAtMs = qint64(HybridClock::wallMs(first.section(QLatin1Char(' '), 1).toULongLong()));
        auto &who = m_log.database().cached("SELECT analyst_id FROM devices WHERE id = ?1");
        who.bind(1, device);
        f.addedBy = who.step() ? who.text(0) : device;
        who.reset();
        out << f;
    }
    return out;
}

std::optional<EvidenceFile> IncidentService::evidenceFile(const QString &evidenceId) const
{
    const QString incidentId = parentOf("evidence", "incident_id", evidenceId);
    for (const EvidenceFile &f : evidence(incidentId)) {
        if (f.id == evidenceId)
            return f;
    }
    return std::nullopt;
}

void IncidentService::exportEvidence(const QString &evidenceId, const QString &path,
                                     ReleaseAction action)
{
    const auto file = evidenceFile(evidenceId);
    if (!file)
        throw ValidationError(QStringLiteral("evidence"), QStringLiteral("not-found"));
    blobfiles::writeOut(m_log.database(), file->sha256, path);
    recordRelease(file->incidentId, action);
}

QList<IncidentTask> IncidentService::tasks(const QString &incidentId) const
{
    QList<IncidentTask> out;
    auto st = m_log.database().prepare(
        "SELECT id, incident_id, title, assignee, due_date, coalesce(done, 0) FROM tasks "
        "WHERE incident_id = ?1 AND coalesce(deleted, 0) = 0 ORDER BY due_date, title, id");
    st.bind(1, incidentId);
    while (st.step())
        out << IncidentTask {st.text(0), st.text(1), st.text(2),
                             st.text(3), st.text(4), st.int64(5) != 0};
    return out;
}

QList<NamedChild> IncidentService::namedChildren(const char *table, const char *column,
                                                 const QString &incidentId) const
{
    QList<NamedChild> out;
    const std::string sql = std::string("SELECT id, ") + column + " FROM " + table
        + " WHERE incident_id = ?1 AND coalesce(deleted, 0) = 0 ORDER BY " + column + ", id";
    auto st = m_log.database().prepare(sql.c_str());
    st.bind(1, incidentId);
    while (st.step())
        out << NamedChild {st.text(0), st.text(1)};
    return out;
}

QList<NamedChild> IncidentService::assignees(const QString &incidentId) const
{
    return namedChildren("assignees", "analyst_id", incidentId);
}

QList<NamedChild> IncidentService::tags(const QString &incidentId) const
{
    return namedChildren("tags", "name", incidentId);
}

QSet<QString> IncidentService::incidentsAssignedTo(const QString &analystId) const
{
    QSet<QString> out;
    auto st = m_log.database().prepare("SELECT incident_id FROM assignees WHERE analyst_id = ?1 "
                                       "AND coalesce(deleted, 0) = 0");
    st.bind(1, analystId);
    while (st.step())
        out.insert(st.text(0));
    return out;
}

QSet<QString> IncidentService::unseenIncidents() const
{
    QSet<QString> out;
    auto st = m_log.database().prepare("SELECT incident_id FROM unseen");
    while (st.step())
        out.insert(st.text(0));
    return out;
}

void IncidentService::markSeen(const QString &incidentId)
{
    m_log.database().cached("DELETE FROM unseen WHERE incident_id = ?1").bind(1, incidentId).exec();
    if (m_log.database().changes() > 0)
        emit seenChanged(incidentId, false);
}

void IncidentService::onApplied(const std::vector<RoutedChange> &changes)
{
    QSet<QString> remotelyChanged;
    for (const RoutedChange &routed : changes) {
        const AppliedChange &c = *routed.change;
        if (routed.tag == OwnIncident) {
            if (c.remote)
                remotelyChanged.insert(c.entityId);
            if (c.fields.contains(QLatin1String("deleted"))) {
                const auto i = incident(c.entityId);
                if (!i || i->deleted) { // deleted, or gone (its creation was refused)
                    emit incidentRemoved(c.entityId);
                    continue;
                }
            }
            if (c.created)
                emit incidentAdded(c.entityId);
            else
                emit incidentChanged(c.entityId, c.fields);
            continue;
        }
        if (routed.tag == OwnTemplate) { // a root of its own
            emit templatesChanged();
            continue;
        }
        // A child of an incident.
        const QString parent = parentOf(routed.def->table, routed.def->parentField, c.entityId);
        if (c.remote)
            remotelyChanged.insert(parent);
        if (parent.isEmpty())
            continue;
        switch (routed.tag) {
        case OwnIndicator: emit indicatorsChanged(parent); break;
        case OwnComment: emit commentsChanged(parent); break;
        case OwnTask: emit tasksChanged(parent); break;
        case OwnAssignee: emit assigneesChanged(parent); break;
        case OwnTag: emit tagsChanged(parent); break;
        case OwnEvidence: emit evidenceChanged(parent); break;
        case OwnLink: emit linksChanged(parent); break;
        default: break; // a member list entry: the incident's ops say what changed
        }
    }
    remotelyChanged.remove(QString());
    if (remotelyChanged.isEmpty())
        return;
    // A slot must not throw into the signal that called it: a failed note is only a lost mark.
    try {
        Transaction tx(m_log.database());
        for (const QString &id : std::as_const(remotelyChanged))
            m_log.database()
                .cached("INSERT OR IGNORE INTO unseen(incident_id) VALUES (?1)")
                .bind(1, id)
                .exec();
        tx.commit();
    } catch (const StorageError &) {
        return;
    }
    for (const QString &id : std::as_const(remotelyChanged))
        emit seenChanged(id, true);
}

} // namespace liaison
