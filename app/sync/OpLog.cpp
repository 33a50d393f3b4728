#include "sync/OpLog.h"

#include "sync/ChangeRouter.h"

#include "core/Parallel.h"
#include "core/Trace.h"

#include "core/Logging.h"
#include "crypto/Sodium.h"
#include "domain/Schema.h"
#include "storage/Database.h"
#include "storage/Meta.h"

#include <sodium.h>

#include <QDateTime>
#include <QtEndian>

#include <algorithm>
#include <array>
#include <mutex>
#include <stdexcept>
#include <string>
#include <thread>
#include <unordered_map>

namespace liaison {

namespace {

constexpr std::size_t kMaxEntityFields = 64;

// Per-field winning stamp. The materialised row keeps them in _clock:
//   repeated { u8 field index; u64 hlc (big-endian); u8 n; n bytes of device id }
struct FieldStamp
{
    std::uint64_t hlc = 0;
    QByteArray device;
    bool isSet() const { return hlc != 0; }
};

bool stampLess(const FieldStamp &a, std::uint64_t hlc, const QByteArray &device)
{
    if (a.hlc != hlc)
        return a.hlc < hlc;
    return a.device < device;
}

using Stamps = std::array<FieldStamp, kMaxEntityFields>;

void decodeClock(const QByteArray &blob, Stamps &stamps)
{
    const auto *p = reinterpret_cast<const unsigned char *>(blob.constData());
    const qsizetype n = blob.size();
    qsizetype i = 0;
    while (i + 10 <= n) {
        const unsigned index = p[i];
        const std::uint64_t hlc = qFromBigEndian<quint64>(p + i + 1);
        const unsigned len = p[i + 9];
        if (i + 10 + qsizetype(len) > n || index >= kMaxEntityFields)
            break;
        stamps[index].hlc = hlc;
        stamps[index].device = QByteArray(reinterpret_cast<const char *>(p + i + 10), len);
        i += 10 + len;
    }
}

QByteArray encodeClock(const Stamps &stamps, std::size_t count)
{
    QByteArray out;
    out.reserve(int(count) * 26);
    for (std::size_t i = 0; i < count; ++i) {
        const auto &s = stamps[i];
        if (!s.isSet())
            continue;
        unsigned char head[9];
        head[0] = static_cast<unsigned char>(i);
        qToBigEndian<quint64>(s.hlc, head + 1);
        out.append(reinterpret_cast<const char *>(head), 9);
        out.append(static_cast<char>(s.device.size()));
        out.append(s.device);
    }
    return out;
}

// Does value have the type the field wants? (Remote ops with a wrong type are stored and
// signed but their field is not materialised, on every replica alike.)
bool typeFits(FieldType type, const FieldValue &value)
{
    if (std::holds_alternative<std::monostate>(value))
        return type != FieldType::Scope;
    switch (type) {
    case FieldType::Text:
    case FieldType::Ref: return std::holds_alternative<QString>(value);
    case FieldType::Scope: {
        const QString *s = std::get_if<QString>(&value);
        return s
            && (*s == QLatin1String(kScopeCentre) || *s == QLatin1String(kScopeShared)
                || *s == QLatin1String(kScopeMembers));
    }
    case FieldType::Int: return std::holds_alternative<qint64>(value);
    case FieldType::Bool: return std::holds_alternative<bool>(value);
    }
    return false;
}

// The scope a child reaches: shared only when both it and its root are.
QString narrowerScope(const QString &a, const QString &b)
{
    return a == QLatin1String(kScopeShared) && b == QLatin1String(kScopeShared)
        ? QString::fromLatin1(kScopeShared)
        : QString::fromLatin1(kScopeCentre);
}

// Unset < members < centre < shared: a row created by a later edit arriving before its create
// op has no scope yet, and the create op's scope must still win there. Members-only is set
// when a root is made and never changes (the hub refuses it later); centre widens to shared.
int scopeRank(const QString &scope)
{
    if (scope == QLatin1String(kScopeShared))
        return 3;
    if (scope == QLatin1String(kScopeCentre))
        return 2;
    return scope == QLatin1String(kScopeMembers) ? 1 : 0;
}

void bindValue(Statement &st, int index, const FieldValue &value)
{
    if (const auto *s = std::get_if<QString>(&value)) {
        // A null QString and "" are the same value on the wire (canonical form ""): bind both
        // as empty text, or a local edit (null) and its remote copy ("") would differ.
        const QByteArray utf8 = s->toUtf8();
        st.bindText(index, utf8.isNull() ? QByteArray("") : utf8);
    } else if (const auto *n = std::get_if<qint64>(&value))
        st.bind(index, std::int64_t(*n));
    else if (const auto *b = std::get_if<bool>(&value))
        st.bind(index, std::int64_t(*b ? 1 : 0));
    else
        st.bindNull(index);
}

std::string columnList(const EntityDef &def)
{
    std::string out;
    for (const auto &f : def.fields)
        out += std::string(", ") + f.name;
    return out;
}

// SQL text per entity kind, built once (the statement cache is keyed by it).
struct EntitySql
{
    std::string select;
    std::string insert;
    std::string touch;
    std::unordered_map<std::uint64_t, std::string> updates; // by bit mask of winning fields
};

EntitySql makeSql(const EntityDef &def)
{
    EntitySql sql;
    sql.select = std::string("SELECT _clock") + (def.hasScope() ? ", scope" : "") + " FROM "
        + def.table + " WHERE id = ?1";
    sql.insert = std::string("INSERT INTO ") + def.table + "(id" + columnList(def)
        + ", _updated, _clock) VALUES (?1";
    for (std::size_t i = 0; i < def.fields.size() + 2; ++i)
        sql.insert += ", ?" + std::to_string(i + 2);
    sql.insert += ")";
    sql.touch
        = std::string("UPDATE ") + def.table + " SET _updated = ?2 WHERE id = ?1 AND _updated < ?2";
    return sql;
}

std::mutex g_updateSqlMutex; // guards EntitySql::updates (op logs may live on several threads)

EntitySql &sqlFor(const EntityDef &def)
{
    static std::unordered_map<const EntityDef *, EntitySql> all = [] {
        std::unordered_map<const EntityDef *, EntitySql> m;
        for (const auto &d : entityDefs())
            m.emplace(&d, makeSql(d));
        return m;
    }();
    return all.at(&def);
}

const std::string &updateSqlFor(const EntityDef &def, std::uint64_t mask)
{
    EntitySql &sql = sqlFor(def);
    std::lock_guard<std::mutex> lock(g_updateSqlMutex);
    auto it = sql.updates.find(mask);
    if (it != sql.updates.end())
        return it->second;
    std::string text = std::string("UPDATE ") + def.table + " SET ";
    int param = 2;
    for (std::size_t i = 0; i < def.fields.size(); ++i) {
        if (mask & (std::uint64_t(1) << i))
            text += std::string(def.fields[i].name) + " = ?" + std::to_string(param++) + ", ";
    }
    text += "_updated = max(_updated, ?" + std::to_string(param) + "), _clock = ?"
        + std::to_string(param + 1) + " WHERE id = ?1";
    return sql.updates.emplace(mask, std::move(text)).first->second;
}

} // namespace

OpLog::OpLog(Database &db, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_clock(clock)
    , m_hlc(clock)
{
    qRegisterMetaType<liaison::AppliedChange>();
    qRegisterMetaType<QList<liaison::AppliedChange>>();
    loadIdentity();
    m_router = std::make_unique<ChangeRouter>(*this);
}

OpLog::~OpLog() = default;

void OpLog::loadIdentity()
{
    auto &get = m_db.cached("SELECT value FROM meta WHERE key = ?1");
    get.bind(1, QStringLiteral("device_secret"));
    if (get.step()) {
        m_identity.key = std::make_shared<DeviceKey>(DeviceKey::fromSecretKey(get.secureBlob(0)));
        get.reset();
    } else {
        get.reset();
        auto key = std::make_shared<DeviceKey>(DeviceKey::generate());
        Transaction tx(m_db);
        auto &put = m_db.cached("INSERT INTO meta(key, value) VALUES ('device_secret', ?1)");
        // Bound without a copy into SQLite's heap; the page that holds it is encrypted at rest.
        put.bindSecretBlob(1, key->secretKey());
        put.exec();
        put.reset(); // drop the statement's pointer to the key
        tx.commit();
        m_identity.key = key;
    }
    m_identity.deviceId = m_identity.key->deviceId();
    m_identity.analystId = readMeta(m_db, "analyst_id");
    m_identity.centre = readMeta(m_db, "centre");
    const QString seq = readMeta(m_db, "next_seq");
    m_nextSeq = seq.isEmpty() ? 1 : seq.toLongLong();
    const QString hlc = readMeta(m_db, "hlc");
    m_hlc.restore(hlc.isEmpty() ? 0 : hlc.toULongLong());
}

void OpLog::setEnrolment(const QString &analystId, const QString &centre,
                         const std::function<void(Database &)> &alsoWrite)
{
    Transaction tx(m_db);
    writeMeta(m_db, "analyst_id", analystId);
    writeMeta(m_db, "centre", centre);
    if (alsoWrite)
        alsoWrite(m_db);
    writeDevice(m_identity.deviceId, m_identity.key->publicKey(), analystId, centre, false, 0);
    tx.commit();
    m_identity.analystId = analystId;
    m_identity.centre = centre;
    m_deviceCache.remove(m_identity.deviceId);
}

void OpLog::recordAnalyst(const QString &analystId, const QString &name, const QString &centre,
                          const QString &role)
{
    const QString trimmed = name.trimmed().left(200);
    if (analystId.isEmpty() || trimmed.isEmpty())
        return;
    Transaction tx(m_db);
    m_db.cached("DELETE FROM analysts WHERE id = ?1").bind(1, analystId).exec();
    m_db.cached("INSERT INTO analysts(id, name, centre, role) VALUES (?1, ?2, ?3, ?4)")
        .bind(1, analystId)
        .bind(2, trimmed)
        .bind(3, centre)
        .bind(4, role == QLatin1String("lead") ? role : QStringLiteral("analyst"))
        .exec();
    tx.commit();
}

QString OpLog::analystRole(const QString &analystId) const
{
    auto &st = m_db.cached("SELECT role FROM analysts WHERE id = ?1");
    st.bind(1, analystId);
    const QString role = st.step() ? st.text(0) : QString();
    st.reset();
    return role == QLatin1String("lead") ? role : QStringLiteral("analyst");
}

QString OpLog::analystName(const QString &analystId) const
{
    auto &st = m_db.cached("SELECT name FROM analysts WHERE id = ?1");
    st.bind(1, analystId);
    const QString name = st.step() ? st.text(0) : analystId;
    st.reset();
    return name;
}

void OpLog::writeDevice(const QString &deviceId, const QByteArray &publicKey,
                        const QString &analystId, const QString &centre, bool revoked,
                        qint64 lastValidSeq)
{
    m_db.cached("INSERT OR IGNORE INTO devices(id, public_key, analyst_id, centre, revoked, "
                "last_valid_seq) VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
        .bind(1, deviceId)
        .bind(2, publicKey)
        .bind(3, analystId)
        .bind(4, centre)
        .bind(5, std::int64_t(revoked))
        .bind(6, std::int64_t(lastValidSeq))
        .exec();
    m_db.cached("UPDATE devices SET public_key = ?2, analyst_id = ?3, centre = ?4, revoked = ?5, "
                "last_valid_seq = ?6 WHERE id = ?1")
        .bind(1, deviceId)
        .bind(2, publicKey)
        .bind(3, analystId)
        .bind(4, centre)
        .bind(5, std::int64_t(revoked))
        .bind(6, std::int64_t(lastValidSeq))
        .exec();
}

void OpLog::registerDevice(const QString &deviceId, const QByteArray &publicKey,
                           const QString &analystId, const QString &centre, bool revoked,
                           qint64 lastValidSeq)
{
    if (DeviceKey::deviceIdFor(publicKey) != deviceId)
        throw std::invalid_argument("device id does not match its public key");
    Transaction tx(m_db);
    writeDevice(deviceId, publicKey, analystId, centre, revoked, lastValidSeq);
    tx.commit();
    m_deviceCache.insert(deviceId,
                         DeviceInfo {publicKey, analystId, centre, revoked, lastValidSeq});
}

std::optional<OpLog::DeviceInfo> OpLog::deviceInfo(const QString &deviceId) const
{
    const auto it = m_deviceCache.constFind(deviceId);
    if (it != m_deviceCache.constEnd())
        return *it;
    auto &st = m_db.cached("SELECT public_key, analyst_id, centre, revoked, last_valid_seq "
                           "FROM devices WHERE id = ?1");
    st.bind(1, deviceId);
    if (!st.step())
        return std::nullopt;
    DeviceInfo info {st.blob(0), st.text(1), st.text(2), st.int64(3) != 0, st.int64(4)};
    st.reset();
    m_deviceCache.insert(deviceId, info);
    return info;
}

void OpLog::persistClock()
{
    for (const auto &[key, value] : {std::pair {"next_seq", QString::number(m_nextSeq)},
                                     std::pair {"hlc", QString::number(m_hlc.last())}}) {
        auto &upd = m_db.cached("UPDATE meta SET value = ?2 WHERE key = ?1");
        upd.bind(1, QString::fromLatin1(key)).bind(2, value).exec();
        if (m_db.changes() == 0) {
            m_db.cached("INSERT INTO meta(key, value) VALUES (?1, ?2)")
                .bind(1, QString::fromLatin1(key))
                .bind(2, value)
                .exec();
        }
    }
}

QString OpLog::scopeOf(const QString &entityName, const QString &entityId) const
{
    const EntityDef *def = findEntity(entityName);
    if (!def)
        return QString::fromLatin1(kScopeCentre);
    if (def->isChild()) {
        const std::string sql
            = std::string("SELECT ") + def->parentField + " FROM " + def->table + " WHERE id = ?1";
        auto &st = m_db.cached(sql);
        st.bind(1, entityId);
        const QString parent = st.step() ? st.text(0) : QString();
        st.reset();
        const QString parentScope = parent.isEmpty()
            ? QString::fromLatin1(kScopeCentre)
            : scopeOf(QString::fromLatin1(def->parentEntity), parent);
        if (!def->isScopedChild())
            return parentScope;
        auto &own = m_db.cached(std::string("SELECT scope FROM ") + def->table + " WHERE id = ?1");
        own.bind(1, entityId);
        const QString ownScope = own.step() ? own.text(0) : QString();
        own.reset();
        if (ownScope.isEmpty() && def->unscopedFollowsRoot)
            return parentScope;
        return narrowerScope(parentScope, ownScope);
    }
    if (!def->hasScope())
        return QString::fromLatin1(kScopeCentre);
    const std::string sql = std::string("SELECT scope FROM ") + def->table + " WHERE id = ?1";
    auto &st = m_db.cached(sql);
    st.bind(1, entityId);
    const QString scope = st.step() ? st.text(0) : QString();
    st.reset();
    return scope.isEmpty() ? QString::fromLatin1(kScopeCentre) : scope;
}

struct OpLog::RowState
{
    bool exists = false;
    QByteArray clock;
    QString scope;
};

OpLog::RowState OpLog::loadRow(const EntityDef &def, const QString &id) const
{
    RowState row;
    auto &sel = m_db.cached(sqlFor(def).select);
    sel.bind(1, id);
    row.exists = sel.step();
    if (row.exists) {
        row.clock = sel.blob(0);
        if (def.hasScope())
            row.scope = sel.text(1);
    }
    sel.reset();
    return row;
}

QString OpLog::scopeForChange(const EntityDef *def, const Change &change, const RowState &row) const
{
    if (!def)
        return QString::fromLatin1(kScopeCentre);
    QString parentScope;
    if (def->isChild()) {
        for (const auto &[name, value] : change.fields) {
            if (name == QLatin1String(def->parentField)) {
                if (const auto *parent = std::get_if<QString>(&value))
                    parentScope = scopeOf(QString::fromLatin1(def->parentEntity), *parent);
            }
        }
        if (parentScope.isEmpty()) {
            const std::string sql = std::string("SELECT ") + def->parentField + " FROM "
                + def->table + " WHERE id = ?1";
            auto &st = m_db.cached(sql);
            st.bind(1, change.entityId);
            const QString parent = st.step() ? st.text(0) : QString();
            st.reset();
            parentScope = parent.isEmpty()
                ? QString::fromLatin1(kScopeCentre)
                : scopeOf(QString::fromLatin1(def->parentEntity), parent);
        }
    }
    // The record's own scope after this change (roots and scoped children). A child of a kind
    // that had no scope before, written without one, follows its root: it has reached what
    // its root reached, and goes on doing so until a scope of its own is written.
    const bool followsRoot = def->unscopedFollowsRoot && row.scope.isEmpty();
    QString own = followsRoot ? parentScope
        : row.scope.isEmpty() ? QString::fromLatin1(kScopeCentre)
                              : row.scope;
    bool ownWritten = !followsRoot;
    for (const auto &[name, value] : change.fields) {
        if (name == QLatin1String("scope") && def->hasScope()) {
            const QString wanted = std::get<QString>(value);
            const bool members = wanted == QLatin1String(kScopeMembers);
            if (!members && wanted != QLatin1String(kScopeCentre)
                && wanted != QLatin1String(kScopeShared))
                throw std::invalid_argument("a scope is centre, shared or members");
            // Members-only is chosen when a root is made (a direct message), never later.
            if (members && (def->isChild() || row.exists))
                throw std::invalid_argument("only a new root record can be members-only");
            if (row.exists && scopeRank(wanted) < scopeRank(own))
                throw std::invalid_argument("a shared record cannot go back to centre scope");
            own = wanted;
            ownWritten = true;
        }
    }
    if (!def->isChild())
        return own;
    if (!def->isScopedChild() || !ownWritten)
        return parentScope;
    return narrowerScope(parentScope, own);
}

std::vector<Op> OpLog::commit(const std::vector<Change> &changes)
{
    if (!m_identity.isEnrolled())
        throw std::invalid_argument("this device is not enrolled yet");
    // Validate everything before writing anything.
    for (const auto &change : changes) {
        const EntityDef *def = findEntity(change.entity);
        if (!def)
            throw std::invalid_argument("unknown entity " + change.entity.toStdString());
        if (change.entityId.isEmpty() || change.fields.empty())
            throw std::invalid_argument("a change needs an id and at least one field");
        for (const auto &[name, value] : change.fields) {
            const int index = def->fieldIndex(name);
            if (index < 0)
                throw std::invalid_argument("unknown field " + name.toStdString());
            if (!typeFits(def->fields[std::size_t(index)].type, value))
                throw std::invalid_argument("wrong type for field " + name.toStdString());
            if (const auto *n = std::get_if<qint64>(&value);
                n && (*n > kMaxSafeInteger || *n < -kMaxSafeInteger))
                throw std::invalid_argument("integer out of range in " + name.toStdString());
        }
    }

    std::vector<Op> ops;
    ops.reserve(changes.size());
    QList<AppliedChange> applied;
    const qint64 savedSeq = m_nextSeq;
    try {
        Transaction tx(m_db);
        // 1. Stamp and materialise in order (a change may depend on the one before it, e.g. an
        //    indicator on an incident created in the same batch).
        std::vector<QByteArray> bodies;
        bodies.reserve(changes.size());
        for (const auto &change : changes) {
            const EntityDef *def = findEntity(change.entity);
            Op op;
            op.device = m_identity.deviceId;
            op.seq = m_nextSeq++;
            op.hlc = m_hlc.tick();
            op.author = m_identity.analystId;
            op.centre = m_identity.centre;
            const RowState row = loadRow(*def, change.entityId);
            op.scope = scopeForChange(def, change, row);
            op.entity = change.entity;
            op.entityId = change.entityId;
            op.fields = change.fields;
            if (!normaliseFields(op.fields))
                throw std::invalid_argument("a field is named twice in one change");
            bodies.push_back(op.canonical());
            materialise(op, false, applied, &row);
            ops.push_back(std::move(op));
        }
        // 2. Sign on every core (signatures depend on nothing but the op).
        const DeviceKey &key = *m_identity.key;
        parallelFor(ops.size(), [&](std::size_t i) { ops[i].signCanonical(key, bodies[i]); });
        // 3. Append to the log and the outbox.
        for (std::size_t i = 0; i < ops.size(); ++i) {
            storeOp(ops[i], bodies[i]);
            m_db.cached("INSERT INTO outbox(seq, op_id) VALUES (?1, ?2)")
                .bind(1, std::int64_t(ops[i].seq))
                .bind(2, ops[i].id())
                .exec();
        }
        persistClock();
        tx.commit();
        if (m_outboxCount >= 0)
            m_outboxCount += int(ops.size());
    } catch (...) {
        // The transaction rolled back: hand the sequence numbers out again. The clock keeps
        // its advance (stamps only need to grow).
        m_nextSeq = savedSeq;
        throw;
    }
    if (trace::enabled()) {
        const std::int64_t now = trace::nowNs();
        for (const Op &op : ops)
            trace::markAt("committed", op.id(), this, now);
    }
    if (!applied.isEmpty())
        emit changesApplied(applied);
    emit outboxChanged(outboxSize());
    return ops;
}

bool OpLog::storeOp(const Op &op, const QByteArray &canonical)
{
    auto &st = m_db.cached("INSERT OR IGNORE INTO ops(id, hlc, entity, entity_id, body, sig) "
                           "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    st.bind(1, op.id())
        .bind(2, std::int64_t(op.hlc))
        .bind(3, op.entity)
        .bind(4, op.entityId)
        .bind(5, canonical)
        .bind(6, op.sig);
    st.exec();
    return m_db.changes() > 0;
}

void OpLog::materialise(const Op &op, bool remote, QList<AppliedChange> &out, const RowState *row)
{
    const EntityDef *def = findEntity(op.entity);
    if (!def)
        return; // an entity of a newer Liaison: kept in the log, not shown
    const std::size_t fieldCount = def->fields.size();
    const QByteArray device = op.device.toUtf8();

    EntitySql &sql = sqlFor(*def);
    const RowState loaded = row ? RowState() : loadRow(*def, op.entityId);
    const RowState &current = row ? *row : loaded;
    const bool exists = current.exists;
    const QString &currentScope = current.scope;
    Stamps stamps;
    if (exists)
        decodeClock(current.clock, stamps);

    // Winners: fields whose value this op sets (its stamp beats the stored one).
    std::vector<std::pair<std::size_t, FieldValue>> winners;
    AppliedChange change {op.entity, op.entityId, {}, !exists, remote};
    for (const auto &[name, value] : op.fields) {
        const int idx = def->fieldIndex(name);
        if (idx < 0 || !typeFits(def->fields[std::size_t(idx)].type, value))
            continue;
        const auto index = std::size_t(idx);
        FieldStamp &stamp = stamps[index];
        const bool newer = stampLess(stamp, op.hlc, device);
        if (def->fields[index].type == FieldType::Scope) {
            // Scope only widens, whatever the order: value = max, stamp = max.
            const QString &wanted = std::get<QString>(value);
            if (newer) {
                stamp.hlc = op.hlc;
                stamp.device = device;
            }
            if (!exists || scopeRank(wanted) > scopeRank(currentScope)) {
                winners.emplace_back(index, value);
                change.fields << name;
            } else if (newer) {
                winners.emplace_back(index, currentScope); // rewrite to keep _clock in step
            }
            continue;
        }
        if (!newer)
            continue;
        stamp.hlc = op.hlc;
        stamp.device = device;
        winners.emplace_back(index, value);
        change.fields << name;
    }

    if (!exists) {
        auto &ins = m_db.cached(sql.insert);
        ins.bind(1, op.entityId);
        for (std::size_t i = 0; i < fieldCount; ++i)
            ins.bindNull(int(i) + 2);
        for (const auto &[index, value] : winners)
            bindValue(ins, int(index) + 2, value);
        ins.bind(int(fieldCount) + 2, std::int64_t(op.hlc));
        ins.bind(int(fieldCount) + 3, encodeClock(stamps, fieldCount));
        ins.exec();
    } else if (!winners.empty()) {
        // Winners are bound in field order, as the SQL names them.
        std::sort(winners.begin(), winners.end(),
                  [](const auto &a, const auto &b) { return a.first < b.first; });
        std::uint64_t mask = 0;
        for (const auto &w : winners)
            mask |= std::uint64_t(1) << w.first;
        auto &upd = m_db.cached(updateSqlFor(*def, mask));
        upd.bind(1, op.entityId);
        int param = 2;
        for (const auto &[index, value] : winners)
            bindValue(upd, param++, value);
        upd.bind(param, std::int64_t(op.hlc));
        upd.bind(param + 1, encodeClock(stamps, fieldCount));
        upd.exec();
    } else {
        m_db.cached(sql.touch).bind(1, op.entityId).bind(2, std::int64_t(op.hlc)).exec();
    }
    if (def->ordered) {
        // The record's place: the smallest (hlc, device) of its ops, whatever order they come.
        auto &order = m_db.cached(std::string("UPDATE ") + def->table
                                  + " SET _ohlc = ?2, _odev = ?3 WHERE id = ?1 AND (_ohlc IS NULL "
                                    "OR ?2 < _ohlc OR (?2 = _ohlc AND ?3 < _odev))");
        order.bind(1, op.entityId).bind(2, std::int64_t(op.hlc)).bindText(3, device).exec();
    }
    if (change.created || !change.fields.isEmpty())
        out << change;
}

RemoteApplyResult OpLog::applyRemote(const std::vector<Op> &ops)
{
    RemoteBatch batch = prepareRemote(ops);
    verifyRemote(batch);
    return applyVerified(batch);
}

OpLog::RemoteBatch OpLog::prepareRemote(std::vector<Op> ops) const
{
    RemoteBatch batch;
    // 1. Drop what we already have before paying for signature checks.
    batch.ops.reserve(ops.size());
    {
        auto &have = m_db.cached("SELECT 1 FROM ops WHERE id = ?1");
        for (auto &op : ops) {
            have.bind(1, op.id());
            const bool known = have.step();
            have.reset();
            if (known)
                ++batch.result.duplicates;
            else
                batch.ops.push_back(std::move(op));
        }
    }
    // 2. Authorise against the device directory.
    batch.state.assign(batch.ops.size(), 0);
    batch.keys.resize(batch.ops.size());
    batch.bodies.resize(batch.ops.size());
    for (std::size_t i = 0; i < batch.ops.size(); ++i) {
        const Op &op = batch.ops[i];
        const auto info = deviceInfo(op.device);
        if (!info) {
            batch.result.errors << QStringLiteral("unknown device");
            ++batch.result.unknownDevice;
            continue;
        }
        // Ops the hub accepted before the revocation stay valid (every replica agrees on
        // that, whatever order it learns things in); later ones are refused.
        if (info->revoked && op.seq > info->lastValidSeq) {
            batch.result.errors << QStringLiteral("revoked device");
            continue;
        }
        if (info->analystId != op.author || info->centre != op.centre) {
            batch.result.errors << QStringLiteral("author or centre does not match the device");
            continue;
        }
        batch.keys[i] = info->publicKey;
        batch.state[i] = 2; // authorised, signature pending
    }
    return batch;
}

void OpLog::verifyRemote(RemoteBatch &batch)
{
    // Pure: canonical bytes and Ed25519 checks, on every core; safe off the database thread.
    parallelFor(batch.ops.size(), [&batch](std::size_t i) {
        if (batch.state[i] != 2)
            return;
        batch.bodies[i] = batch.ops[i].canonical();
        batch.state[i] = batch.ops[i].verifyCanonical(batch.keys[i], batch.bodies[i]) ? 1 : 0;
    });
}

RemoteApplyResult OpLog::applyVerified(RemoteBatch &batch)
{
    RemoteApplyResult result = batch.result;
    QList<AppliedChange> applied;
    {
        Transaction tx(m_db);
        for (std::size_t i = 0; i < batch.ops.size(); ++i) {
            if (batch.state[i] != 1) {
                if (batch.state[i] == 0 && !batch.keys[i].isEmpty())
                    result.errors << QStringLiteral("bad signature"); // authorised, bad sig
                continue;
            }
            const Op &op = batch.ops[i];
            if (!storeOp(op, batch.bodies[i])) { // the same op twice, or already applied
                ++result.duplicates;
                continue;
            }
            materialise(op, true, applied);
            m_hlc.observe(op.hlc);
            ++result.applied;
        }
        persistClock();
        if (batch.cursor > 0 && result.unknownDevice == 0)
            storeHubCursor(batch.cursor);
        tx.commit();
    }
    result.rejected = int(result.errors.size());
    if (result.rejected)
        qCWarning(lcSync) << "rejected" << result.rejected << "remote ops";
    if (trace::enabled()) {
        const std::int64_t now = trace::nowNs();
        for (std::size_t i = 0; i < batch.ops.size(); ++i)
            trace::markAt("rx_stored", batch.ops[i].id(), this, now);
    }
    if (!applied.isEmpty())
        emit changesApplied(applied);
    return result;
}

qint64 OpLog::hubCursor() const
{
    return m_db.scalarInt("SELECT value FROM meta WHERE key = 'hub_cursor'", 0);
}

void OpLog::setHubCursor(qint64 cursor)
{
    Transaction tx(m_db);
    storeHubCursor(cursor);
    tx.commit();
}

void OpLog::storeHubCursor(qint64 cursor)
{
    m_db.cached("INSERT OR IGNORE INTO meta(key, value) VALUES ('hub_cursor', 0)").exec();
    m_db.cached("UPDATE meta SET value = ?1 WHERE key = 'hub_cursor' AND value < ?1")
        .bind(1, std::int64_t(cursor))
        .exec();
}

std::vector<Op> OpLog::pendingOutbox(int limit) const
{
    std::vector<Op> out;
    auto st = m_db.prepare("SELECT o.body, o.sig FROM outbox b JOIN ops o ON o.id = b.op_id "
                           "ORDER BY b.seq LIMIT ?1");
    st.bind(1, std::int64_t(limit));
    while (st.step()) {
        QString error;
        if (auto op = Op::fromStored(st.blob(0), st.blob(1), &error))
            out.push_back(std::move(*op));
        else
            qCWarning(lcSync) << "unreadable op in the outbox:" << error;
    }
    return out;
}

QList<QByteArray> OpLog::pendingOutboxWire(int limit) const
{
    QList<QByteArray> out;
    auto &st = m_db.cached("SELECT o.body, o.sig FROM outbox b JOIN ops o ON o.id = b.op_id "
                           "ORDER BY b.seq LIMIT ?1");
    st.bind(1, std::int64_t(limit));
    while (st.step())
        out << Op::wireJson(st.blob(0), st.blob(1));
    st.reset();
    return out;
}

int OpLog::outboxSize() const
{
    if (m_outboxCount < 0)
        m_outboxCount = int(m_db.scalarInt("SELECT count(*) FROM outbox"));
    return m_outboxCount;
}

void OpLog::acknowledge(const QString &opId, qint64 hubSeq)
{
    acknowledge({{opId, hubSeq}}, {});
}

void OpLog::acknowledge(const std::vector<std::pair<QString, qint64>> &acked,
                        const std::vector<std::pair<QString, QString>> &rejected)
{
    if (acked.empty() && rejected.empty())
        return;
    int removed = 0;
    QList<AppliedChange> rebuilt;
    {
        Transaction tx(m_db);
        for (const auto &[opId, hubSeq] : acked) {
            m_db.cached("UPDATE ops SET hub_seq = ?2 WHERE id = ?1")
                .bind(1, opId)
                .bind(2, std::int64_t(hubSeq))
                .exec();
            m_db.cached("DELETE FROM outbox WHERE op_id = ?1").bind(1, opId).exec();
            removed += m_db.changes();
        }
        const qint64 now = m_clock.nowMs();
        QList<std::pair<QString, QString>> records;
        for (const auto &[opId, code] : rejected) {
            m_db.cached("DELETE FROM outbox WHERE op_id = ?1").bind(1, opId).exec();
            if (m_db.changes() == 0)
                continue; // not ours, or already settled
            ++removed;
            m_db.cached("INSERT OR IGNORE INTO rejected_ops(op_id, code, rejected_at) "
                        "VALUES (?1, ?2, ?3)")
                .bind(1, opId)
                .bind(2, code)
                .bind(3, std::int64_t(now))
                .exec();
            auto &which = m_db.cached("SELECT entity, entity_id FROM ops WHERE id = ?1");
            which.bind(1, opId);
            if (which.step() && !records.contains({which.text(0), which.text(1)}))
                records.append({which.text(0), which.text(1)});
            which.reset();
        }
        for (const auto &[entity, entityId] : std::as_const(records))
            rebuildRecord(entity, entityId, rebuilt);
        tx.commit();
    }
    if (m_outboxCount >= 0)
        m_outboxCount -= removed;
    if (!rebuilt.isEmpty())
        emit changesApplied(rebuilt);
    emit outboxChanged(outboxSize());
}

void OpLog::rebuildRecord(const QString &entity, const QString &entityId, QList<AppliedChange> &out)
{
    const EntityDef *def = findEntity(entity);
    if (!def)
        return;
    m_db.cached(std::string("DELETE FROM ") + def->table + " WHERE id = ?1")
        .bind(1, entityId)
        .exec();
    auto &st = m_db.cached("SELECT body, sig FROM ops WHERE entity_id = ?1 AND entity = ?2 "
                           "AND id NOT IN (SELECT op_id FROM rejected_ops) ORDER BY hlc");
    st.bind(1, entityId).bind(2, entity);
    std::vector<Op> ops;
    while (st.step()) {
        QString error;
        if (auto op = Op::fromStored(st.blob(0), st.blob(1), &error))
            ops.push_back(std::move(*op));
    }
    st.reset();
    QList<AppliedChange> applied;
    for (const Op &op : ops)
        materialise(op, false, applied, nullptr);
    // One change for the record, naming every field, so that views reload it whole.
    AppliedChange change {entity, entityId, {}, false, false};
    for (const auto &f : def->fields)
        change.fields << QString::fromLatin1(f.name);
    out << change;
}

int OpLog::rejectedCount() const
{
    return int(m_db.scalarInt("SELECT count(*) FROM rejected_ops"));
}

std::optional<Op> OpLog::loadOp(const QString &opId) const
{
    auto &st = m_db.cached("SELECT body, sig FROM ops WHERE id = ?1");
    st.bind(1, opId);
    if (!st.step())
        return std::nullopt;
    const QByteArray canonical = st.blob(0);
    const QByteArray sig = st.blob(1);
    st.reset();
    return Op::fromStored(canonical, sig, nullptr);
}

std::vector<Op> OpLog::opsFor(const QString &entityName, const QString &entityId) const
{
    std::vector<Op> out;
    auto st = m_db.prepare("SELECT id FROM ops WHERE entity_id = ?2 AND entity = ?1 "
                           "ORDER BY hlc, id");
    st.bind(1, entityName).bind(2, entityId);
    QStringList ids;
    while (st.step())
        ids << st.text(0);
    for (const auto &id : ids) {
        if (auto op = loadOp(id))
            out.push_back(std::move(*op));
    }
    return out;
}

QByteArray OpLog::stateHash() const
{
    return hashState(false);
}

QByteArray OpLog::sharedStateHash() const
{
    return hashState(true);
}

namespace {

// SQL: the rows of def that both centres hold (their root is shared).
std::string sharedCondition(const EntityDef &def)
{
    std::string condition = !def.hasScope() ? std::string()
        : def.unscopedFollowsRoot           ? std::string("coalesce(scope, 'shared') = 'shared'")
                                            : std::string("scope = 'shared'");
    if (!def.isChild())
        return condition;
    const EntityDef *parent = findEntity(QString::fromLatin1(def.parentEntity));
    if (!parent)
        return "0";
    const std::string inParent = std::string(def.parentField) + " IN (SELECT id FROM "
        + parent->table + " WHERE " + sharedCondition(*parent) + ")";
    return condition.empty() ? inParent : inParent + " AND " + condition;
}

} // namespace

QByteArray OpLog::hashState(bool sharedOnly) const
{
    ensureSodium();
    crypto_generichash_state state;
    crypto_generichash_init(&state, nullptr, 0, 32);
    auto feed = [&state](const QByteArray &bytes) {
        const quint32 len = qToBigEndian<quint32>(quint32(bytes.size()));
        crypto_generichash_update(&state, reinterpret_cast<const unsigned char *>(&len), 4);
        crypto_generichash_update(&state,
                                  reinterpret_cast<const unsigned char *>(bytes.constData()),
                                  std::size_t(bytes.size()));
    };
    for (const auto &def : entityDefs()) {
        feed(QByteArray(def.table));
        std::string where;
        if (sharedOnly) {
            // Records of scope shared, and the records under them at any depth (a scoped
            // child, a comment, only when it is shared too).
            if (!def.rootDef().hasScope())
                continue;
            // A per-analyst record (read marker, draft) reaches its analyst's devices only,
            // never the other centre: it is no part of what the centres share.
            where = def.perAnalyst ? std::string(" WHERE 0") : " WHERE " + sharedCondition(def);
        }
        const std::string sql = std::string("SELECT id") + columnList(def)
            + ", _updated, _clock FROM " + def.table + where + " ORDER BY id";
        auto st = m_db.prepare(sql.c_str());
        const int columns = st.columnCount();
        while (st.step()) {
            for (int c = 0; c < columns; ++c) {
                const int type = st.columnType(c);
                feed(QByteArray::number(type));
                if (type == 1 /* SQLITE_INTEGER */)
                    feed(QByteArray::number(qint64(st.int64(c))));
                else if (type == 3 /* SQLITE_TEXT */)
                    feed(st.textUtf8(c));
                else if (type == 4 /* SQLITE_BLOB */)
                    feed(st.blob(c));
            }
        }
    }
    QByteArray out(32, Qt::Uninitialized);
    crypto_generichash_final(&state, reinterpret_cast<unsigned char *>(out.data()), 32);
    return out;
}

} // namespace liaison
