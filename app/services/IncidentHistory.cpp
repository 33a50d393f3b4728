#include "services/IncidentHistory.h"

#include "domain/Schema.h"
#include "services/IncidentService.h"
#include "storage/Database.h"
#include "sync/Hlc.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace liaison {

namespace {

// The field that takes a record off its list: "removed" on a member list, else "deleted".
QString removalField(const EntityDef *def)
{
    return def && def->memberList ? QStringLiteral("removed") : QStringLiteral("deleted");
}

bool isTrue(const FieldValue &value)
{
    const bool *b = std::get_if<bool>(&value);
    return b && *b;
}

// A scope only widens: "centre" -> "shared" (OpLog's merge rule for FieldType::Scope).
FieldValue widerScope(const FieldValue &before, const FieldValue &after)
{
    const QString *was = std::get_if<QString>(&before);
    const QString *now = std::get_if<QString>(&after);
    if (!was || !now)
        return now ? after : before;
    if (*was == QLatin1String(kScopeShared) || *was == QLatin1String(kScopeMembers))
        return before;
    return after;
}

void setField(Fields &record, const QString &name, const FieldValue &value)
{
    const auto at = std::lower_bound(record.begin(), record.end(), name,
                                     [](const auto &f, const QString &n) { return f.first < n; });
    if (at != record.end() && at->first == name)
        at->second = value;
    else
        record.insert(at, {name, value});
}

const FieldValue *findField(const Fields &record, const QString &name)
{
    const auto at = std::lower_bound(record.begin(), record.end(), name,
                                     [](const auto &f, const QString &n) { return f.first < n; });
    return at != record.end() && at->first == name ? &at->second : nullptr;
}

// What one op changed of its record (state: the record as the ops before it left it).
QList<HistoryChange> changesOf(const Op &op, Fields &state, bool known)
{
    const EntityDef *def = findEntity(op.entity);
    const QString removal = removalField(def);
    QList<HistoryChange> out;
    HistoryChange base;
    base.entity = op.entity;
    base.entityId = op.entityId;
    if (!known) {
        for (const auto &[name, value] : op.fields)
            setField(state, name, value);
        base.kind = HistoryChange::Kind::Created;
        base.record = state;
        out << base;
        return out;
    }
    for (const auto &[name, value] : op.fields) {
        const FieldValue *was = findField(state, name);
        const FieldValue before = was ? *was : FieldValue();
        const FieldDef *field = def ? def->field(name) : nullptr;
        const FieldValue after
            = field && field->type == FieldType::Scope ? widerScope(before, value) : value;
        if (after == before)
            continue;
        setField(state, name, after);
        HistoryChange c = base;
        c.field = name;
        c.before = before;
        c.after = after;
        if (name == removal)
            c.kind = isTrue(after)
                ? HistoryChange::Kind::Removed
                : (isTrue(before) ? HistoryChange::Kind::Restored : HistoryChange::Kind::Changed);
        // A removal set to false on a record that was never removed says nothing.
        if (name == removal && c.kind == HistoryChange::Kind::Changed)
            continue;
        out << c;
    }
    for (HistoryChange &c : out)
        c.record = state;
    return out;
}

} // namespace

const FieldValue *HistoryChange::recordField(const QString &name) const
{
    return findField(record, name);
}

QList<HistoryEdit> groupHistory(std::vector<Op> ops)
{
    // The merge order: (hlc, device), the order in which the winning values were written.
    std::sort(ops.begin(), ops.end(), [](const Op &a, const Op &b) {
        return a.hlc != b.hlc ? a.hlc < b.hlc : a.device < b.device;
    });
    QHash<QString, Fields> records; // "entity/id" -> fields as the ops so far left them
    QList<HistoryEdit> edits;
    struct Open
    {
        int edit = -1;
        qint64 seq = 0;
        std::uint64_t hlc = 0;
    };
    QHash<QString, Open> open; // device -> its latest edit
    for (const Op &op : ops) {
        const QString key = op.entity + QLatin1Char('/') + op.entityId;
        const bool known = records.contains(key);
        const QList<HistoryChange> changes = changesOf(op, records[key], known);
        Open &last = open[op.device];
        const bool sameEdit = last.edit >= 0 && op.seq == last.seq + 1
            && qint64(HybridClock::wallMs(op.hlc)) - qint64(HybridClock::wallMs(last.hlc))
                <= HistoryEdit::kEditGapMs;
        if (!sameEdit) {
            HistoryEdit edit;
            edit.device = op.device;
            edit.author = op.author;
            edit.centre = op.centre;
            edit.hlc = op.hlc;
            edits << edit;
            last.edit = int(edits.size()) - 1;
        }
        last.seq = op.seq;
        last.hlc = op.hlc;
        HistoryEdit &edit = edits[last.edit];
        edit.opIds << op.id();
        edit.changes << changes;
    }
    edits.erase(std::remove_if(edits.begin(), edits.end(),
                               [](const HistoryEdit &e) { return e.changes.isEmpty(); }),
                edits.end());
    std::reverse(edits.begin(), edits.end());
    return edits;
}

// IncidentService's audit trail (here, beside the grouping it feeds).

QList<Op> IncidentService::history(const QString &incidentId) const
{
    Database &db = m_log.database();
    std::vector<Op> ops = m_log.opsFor(QString::fromLatin1(entity::Incident), incidentId);
    // Every kind of record under an incident, from the registry: a kind added later is in
    // the history without more work.
    for (const EntityDef &def : entityDefs()) {
        if (!def.parentEntity || QLatin1String(def.parentEntity) != QLatin1String(entity::Incident))
            continue;
        const std::string sql = std::string("SELECT id FROM ") + def.table + " WHERE "
            + def.parentField + " = ?1 ORDER BY id";
        QStringList ids;
        auto st = db.prepare(sql.c_str());
        st.bind(1, incidentId);
        while (st.step())
            ids << st.text(0);
        for (const QString &id : std::as_const(ids)) {
            std::vector<Op> more = m_log.opsFor(QString::fromLatin1(def.name), id);
            ops.insert(ops.end(), std::make_move_iterator(more.begin()),
                       std::make_move_iterator(more.end()));
        }
    }
    // What the hub refused stays in the signed log but never happened anywhere else.
    const QSet<QString> refused = refusedOps();
    if (!refused.isEmpty())
        ops.erase(std::remove_if(ops.begin(), ops.end(),
                                 [&](const Op &op) { return refused.contains(op.id()); }),
                  ops.end());
    std::sort(ops.begin(), ops.end(), [](const Op &a, const Op &b) {
        return a.hlc != b.hlc ? a.hlc > b.hlc : a.device > b.device;
    });
    return QList<Op>(std::make_move_iterator(ops.begin()), std::make_move_iterator(ops.end()));
}

QSet<QString> IncidentService::refusedOps() const
{
    QSet<QString> refused;
    auto st = m_log.database().prepare("SELECT op_id FROM rejected_ops");
    while (st.step())
        refused.insert(st.text(0));
    return refused;
}

QList<IncidentService::StatusChange> IncidentService::statusChanges(const QString &incidentId) const
{
    std::vector<Op> ops = m_log.opsFor(QString::fromLatin1(entity::Incident), incidentId);
    const QSet<QString> refused = refusedOps();
    ops.erase(std::remove_if(ops.begin(), ops.end(),
                             [&](const Op &op) { return refused.contains(op.id()); }),
              ops.end());
    QList<StatusChange> out;
    const QList<HistoryEdit> edits = groupHistory(std::move(ops));
    for (auto edit = edits.rbegin(); edit != edits.rend(); ++edit) {
        for (const HistoryChange &c : edit->changes) {
            if (c.kind != HistoryChange::Kind::Changed || c.field != QLatin1String("status"))
                continue;
            const QString *from = std::get_if<QString>(&c.before);
            const QString *to = std::get_if<QString>(&c.after);
            out.append({edit->opIds.first(), edit->author, qint64(HybridClock::wallMs(edit->hlc)),
                        from ? *from : QString(), to ? *to : QString()});
        }
    }
    return out;
}

QList<HistoryEdit> IncidentService::historyEdits(const QString &incidentId) const
{
    const QList<Op> ops = history(incidentId);
    return groupHistory(std::vector<Op>(ops.begin(), ops.end()));
}

IncidentService::HistoryDevice IncidentService::historyDevice(const QString &deviceId) const
{
    HistoryDevice out;
    if (deviceId == identity().deviceId) {
        out.kind = HistoryDevice::Kind::ThisDevice;
        return out;
    }
    auto &st
        = m_log.database().cached("SELECT d.id FROM devices d WHERE d.analyst_id = "
                                  "(SELECT analyst_id FROM devices WHERE id = ?1) ORDER BY d.id");
    st.bind(1, deviceId);
    while (st.step()) {
        ++out.count;
        if (st.text(0) == deviceId)
            out.number = out.count;
    }
    st.reset();
    if (out.number > 0)
        out.kind = HistoryDevice::Kind::Known;
    return out;
}

} // namespace liaison
