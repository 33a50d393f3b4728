#include "server/sqlcipher/SqlHubStore.h"

#include "core/Logging.h"
#include "crypto/DeviceKey.h"
#include "crypto/Kdf.h"
#include "crypto/SecureBuffer.h"
#include "domain/Schema.h"
#include "sync/Blob.h"
#include "sync/Op.h"

#include <QTimeZone>
#include <QUuid>

namespace liaison {

namespace {

constexpr int kHubSchema = 6;
constexpr char kSchema[] = R"SQL(
CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value) WITHOUT ROWID;
CREATE TABLE centres (code TEXT PRIMARY KEY NOT NULL, name TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE analysts (
    id TEXT PRIMARY KEY NOT NULL, name TEXT NOT NULL, email TEXT,
    centre TEXT NOT NULL REFERENCES centres(code)
) WITHOUT ROWID;
CREATE TABLE enrolments (
    code_hash BLOB PRIMARY KEY NOT NULL,
    analyst_id TEXT NOT NULL REFERENCES analysts(id),
    expires_at INTEGER NOT NULL,
    used_at INTEGER
) WITHOUT ROWID;
CREATE TABLE devices (
    id TEXT PRIMARY KEY NOT NULL,
    public_key BLOB NOT NULL UNIQUE,
    analyst_id TEXT NOT NULL REFERENCES analysts(id),
    enrolled_at INTEGER NOT NULL,
    revoked_at INTEGER,
    last_valid_seq INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
-- Every accepted op once; hub_seq is the sequence number of its first feed entry.
CREATE TABLE ops (
    hub_seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    device TEXT NOT NULL,
    seq INTEGER NOT NULL,
    hlc INTEGER NOT NULL,
    root TEXT,
    body BLOB NOT NULL,
    sig BLOB NOT NULL,
    record TEXT
);
CREATE INDEX ops_by_device ON ops(device, seq);
CREATE INDEX ops_by_root ON ops(root);
CREATE INDEX ops_by_record ON ops(record);
-- What devices pull: gap-free hub_seq, each entry naming an op and who may receive it.
-- visible_to NULL = every centre; hidden_from = a centre that already has it (republication).
-- audience: a root whose members at this hub_seq receive it too (visible_to "-": nobody else);
-- analyst: only this analyst's devices (per-analyst records, history sent to a new member).
CREATE TABLE feed (
    hub_seq INTEGER PRIMARY KEY,
    op_seq INTEGER NOT NULL,
    visible_to TEXT,
    hidden_from TEXT,
    audience TEXT,
    analyst TEXT
);
-- Records that own a scope (incidents, channels, contacts, visits) and their children.
-- tlp: the record's marking by the merge rule (greatest (tlp_hlc, tlp_device) wins).
CREATE TABLE roots (
    key TEXT PRIMARY KEY NOT NULL,
    owner TEXT NOT NULL,
    shared INTEGER NOT NULL DEFAULT 0,
    tlp TEXT,
    tlp_hlc INTEGER,
    tlp_device TEXT,
    members_only INTEGER NOT NULL DEFAULT 0,
    has_members INTEGER NOT NULL DEFAULT 0,
    creator TEXT,
    history TEXT
) WITHOUT ROWID;
-- Who is on a root's member list, and from which hub_seq to which (inclusive; NULL: still).
CREATE TABLE memberships (
    root TEXT NOT NULL,
    analyst TEXT NOT NULL,
    from_seq INTEGER NOT NULL,
    until_seq INTEGER,
    PRIMARY KEY (root, analyst, from_seq)
) WITHOUT ROWID;
-- centre: the centre of the child's first op; shared: NULL for children that follow their
-- root, 0 or 1 for children with a scope of their own (comments).
CREATE TABLE children (
    key TEXT PRIMARY KEY NOT NULL,
    root TEXT NOT NULL,
    centre TEXT,
    shared INTEGER
) WITHOUT ROWID;
INSERT INTO meta(key, value) VALUES ('hub_schema', 4);
)SQL";

// Hub schema 2 -> 3: per-record columns for the TLP, ownership and comment-visibility rules.
constexpr char kSchema3[] = R"SQL(
ALTER TABLE ops ADD COLUMN record TEXT;
CREATE INDEX ops_by_record ON ops(record);
ALTER TABLE roots ADD COLUMN tlp TEXT;
ALTER TABLE roots ADD COLUMN tlp_hlc INTEGER;
ALTER TABLE roots ADD COLUMN tlp_device TEXT;
ALTER TABLE children ADD COLUMN centre TEXT;
ALTER TABLE children ADD COLUMN shared INTEGER;
UPDATE meta SET value = 3 WHERE key = 'hub_schema';
)SQL";

// Hub schema 3 -> 4: member lists, members-only roots and per-analyst feed entries.
constexpr char kSchema4[] = R"SQL(
ALTER TABLE feed ADD COLUMN audience TEXT;
ALTER TABLE feed ADD COLUMN analyst TEXT;
ALTER TABLE roots ADD COLUMN members_only INTEGER NOT NULL DEFAULT 0;
ALTER TABLE roots ADD COLUMN has_members INTEGER NOT NULL DEFAULT 0;
ALTER TABLE roots ADD COLUMN creator TEXT;
ALTER TABLE roots ADD COLUMN history TEXT;
CREATE TABLE memberships (
    root TEXT NOT NULL,
    analyst TEXT NOT NULL,
    from_seq INTEGER NOT NULL,
    until_seq INTEGER,
    PRIMARY KEY (root, analyst, from_seq)
) WITHOUT ROWID;
UPDATE meta SET value = 4 WHERE key = 'hub_schema';
)SQL";

// Hub schema 5 -> 6: an analyst's role (issue #12: only team leads approve visits). NULL or
// "analyst": an analyst; "lead": a team lead of their centre. Set by the hub admin only.
constexpr char kSchema6[] = R"SQL(
ALTER TABLE analysts ADD COLUMN role TEXT;
UPDATE meta SET value = 6 WHERE key = 'hub_schema';
)SQL";

// Hub schema 4 -> 5: blobs.
constexpr char kSchema5[] = R"SQL(
-- Schema 5: files. A blob is complete here once every chunk arrived and the whole SHA-256
-- matched; until then its chunks belong to the uploading device (owner = its id), each device
-- uploading on its own. blob_refs: records (attachment, evidence) naming a blob, and the op
-- (ops.hub_seq) that did; the hub serves a blob to devices that may receive such an op.
CREATE TABLE blobs (
    sha256 TEXT PRIMARY KEY NOT NULL,
    size INTEGER NOT NULL,
    chunk_hashes BLOB NOT NULL,
    uploader TEXT NOT NULL,
    completed_at INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TABLE blob_uploads (
    sha256 TEXT NOT NULL,
    device TEXT NOT NULL,
    size INTEGER NOT NULL,
    chunk_hashes BLOB NOT NULL,
    started_at INTEGER NOT NULL,
    PRIMARY KEY (sha256, device)
) WITHOUT ROWID;
CREATE TABLE blob_chunks (
    sha256 TEXT NOT NULL,
    owner TEXT NOT NULL,
    idx INTEGER NOT NULL,
    data BLOB NOT NULL,
    UNIQUE (sha256, owner, idx)
);
CREATE TABLE blob_refs (
    sha256 TEXT NOT NULL,
    record TEXT NOT NULL,
    op_seq INTEGER NOT NULL,
    PRIMARY KEY (sha256, record)
) WITHOUT ROWID;
CREATE INDEX blob_refs_by_record ON blob_refs(record);
CREATE INDEX feed_by_op ON feed(op_seq);
UPDATE meta SET value = 5 WHERE key = 'hub_schema';
)SQL";

Database openDatabase(const QString &path, const SecureBuffer &key, bool create)
{
    Database db = Database::open(path, sqlcipherRawKey(key),
                                 create ? Database::OpenMode::ReadWriteCreate
                                        : Database::OpenMode::ReadWrite);
    try {
        db.verifyReadable();
    } catch (const StorageError &) {
        throw HubError(HubError::Kind::BadKeyFile, "hub.db does not open with hub.key");
    }
    db.exec("PRAGMA journal_mode = WAL");
    db.applyConnectionPragmas();
    return db;
}

HubDevice readDevice(const Statement &st)
{
    HubDevice d {st.text(0),    st.blob(1),
                 st.text(2),    st.text(3),
                 st.text(4),    QDateTime::fromSecsSinceEpoch(st.int64(5), QTimeZone::utc()),
                 !st.isNull(6), st.int64(7)};
    d.analystRole = st.text(8) == QLatin1String(kRoleLead) ? QString::fromLatin1(kRoleLead)
                                                           : QString::fromLatin1(kRoleAnalyst);
    return d;
}

constexpr char kDeviceColumns[]
    = "SELECT d.id, d.public_key, d.analyst_id, a.name, a.centre, d.enrolled_at, d.revoked_at, "
      "d.last_valid_seq, a.role FROM devices d JOIN analysts a ON a.id = d.analyst_id ";

QString recordKey(const QString &entity, const QString &id)
{
    return entity + QLatin1Char('/') + id;
}

// NULL for an empty text.
Statement &bindOrNull(Statement &st, int index, const QString &text)
{
    if (text.isEmpty())
        st.bindNull(index);
    else
        st.bind(index, text);
    return st;
}

} // namespace

std::unique_ptr<SqlHubStore> SqlHubStore::create(const QString &path, const SecureBuffer &key)
{
    std::unique_ptr<SqlHubStore> store(new SqlHubStore);
    store->m_db = openDatabase(path, key, true);
    Transaction tx(store->m_db);
    store->m_db.exec(kSchema); // schema 4, then each later step
    store->m_db.exec(kSchema5);
    store->m_db.exec(kSchema6);
    tx.commit();
    return store;
}

std::unique_ptr<SqlHubStore> SqlHubStore::open(const QString &path, const SecureBuffer &key)
{
    std::unique_ptr<SqlHubStore> store(new SqlHubStore);
    store->m_db = openDatabase(path, key, false);
    const auto schema = store->m_db.scalarInt("SELECT value FROM meta WHERE key = 'hub_schema'", 0);
    if (schema == 1)
        throw HubError(HubError::Kind::NotAHub,
                       "hub.db was made by a development build (hub schema 1, never released); "
                       "make a new hub with liaison-hub init");
    if (schema == 2)
        store->upgradeFrom2();
    if (schema == 2 || schema == 3)
        store->upgradeFrom3();
    if (schema >= 2 && schema <= 4)
        store->upgradeFrom4();
    if (schema >= 2 && schema <= 5)
        store->upgradeFrom5();
    else if (schema != kHubSchema)
        throw HubError(HubError::Kind::NotAHub, "hub.db has an unknown schema");
    return store;
}

void SqlHubStore::upgradeFrom2()
{
    // Fills the new columns from the stored ops, in hub order, in one transaction: a crash
    // leaves schema 2 as it was.
    Transaction tx(m_db);
    m_db.exec(kSchema3);
    auto st = m_db.prepare("SELECT hub_seq, body, sig FROM ops ORDER BY hub_seq");
    m_db.exec("UPDATE children SET shared = NULL");
    while (st.step()) {
        QString error;
        const auto op = Op::fromStored(st.blob(1), st.blob(2), &error);
        if (!op)
            continue;
        const QString record = recordKey(op->entity, op->entityId);
        m_db.cached("UPDATE ops SET record = ?2 WHERE hub_seq = ?1")
            .bind(1, std::int64_t(st.int64(0)))
            .bind(2, record)
            .exec();
        if (const FieldValue *tlp = op->field(QStringLiteral("tlp"))) {
            if (const auto *text = std::get_if<QString>(tlp))
                mergeTlp(record, op->hlc, op->device, *text);
        }
        const EntityDef *def = findEntity(op->entity);
        if (def && def->isChild())
            m_db.cached("UPDATE children SET centre = coalesce(centre, ?2), shared = ?3 "
                        "WHERE key = ?1")
                .bind(1, record)
                .bind(2, op->centre)
                .bind(3, def->isScopedChild() ? 0 : -1)
                .exec();
    }
    m_db.exec("UPDATE children SET shared = NULL WHERE shared = -1");
    tx.commit();
    qCInfo(lcSync) << "hub store upgraded to schema 3";
}

void SqlHubStore::upgradeFrom3()
{
    // Read markers went to their analyst's whole centre before: from now on, to that
    // analyst's devices only (their feed entries are re-routed; nothing is renumbered).
    Transaction tx(m_db);
    m_db.exec(kSchema4);
    auto st = m_db.prepare("SELECT hub_seq, body, sig FROM ops WHERE record LIKE 'read\\_marker/%' "
                           "ESCAPE '\\'");
    while (st.step()) {
        QString error;
        const auto op = Op::fromStored(st.blob(1), st.blob(2), &error);
        if (!op)
            continue;
        m_db.cached("UPDATE feed SET analyst = ?2, visible_to = NULL, hidden_from = NULL "
                    "WHERE op_seq = ?1")
            .bind(1, std::int64_t(st.int64(0)))
            .bind(2, op->author)
            .exec();
    }
    tx.commit();
    qCInfo(lcSync) << "hub store upgraded to schema 4";
}

void SqlHubStore::upgradeFrom4()
{
    // Attachments accepted before schema 5 name their blobs in blob_refs (their bytes were
    // never uploaded: a receiver finds none until the author's device sends them), as
    // HubRules::applyBlobRef records them for an op accepted now.
    Transaction tx(m_db);
    m_db.exec(kSchema5);
    auto st = m_db.prepare("SELECT hub_seq, body, sig, record FROM ops WHERE record LIKE "
                           "'attachment/%' ORDER BY hub_seq");
    while (st.step()) {
        QString error;
        const auto op = Op::fromStored(st.blob(1), st.blob(2), &error);
        if (!op)
            continue;
        const blob::RefChange change = blob::refChange(*op);
        if (!change.sha256.isEmpty())
            addBlobRef(change.sha256, st.text(3), st.int64(0));
        if (change.dropped)
            dropBlobRefs(st.text(3));
    }
    tx.commit();
    qCInfo(lcSync) << "hub store upgraded to schema 5";
}

void SqlHubStore::upgradeFrom5()
{
    // Everyone enrolled before roles existed is an analyst until the admin names the leads.
    Transaction tx(m_db);
    m_db.exec(kSchema6);
    tx.commit();
    qCInfo(lcSync) << "hub store upgraded to schema" << kHubSchema;
}

void SqlHubStore::mergeTlp(const QString &rootKey, quint64 hlc, const QString &device,
                           const QString &tlp)
{
    // The same merge rule as every replica: the greatest (hlc, device) wins.
    m_db.cached("UPDATE roots SET tlp = ?2, tlp_hlc = ?3, tlp_device = ?4 WHERE key = ?1 AND "
                "(tlp_hlc IS NULL OR tlp_hlc < ?3 OR (tlp_hlc = ?3 AND tlp_device < ?4))")
        .bind(1, rootKey)
        .bind(2, tlp)
        .bind(3, std::int64_t(hlc))
        .bind(4, device)
        .exec();
}

// The directory.

void SqlHubStore::addCentre(const QString &code, const QString &name)
{
    checkCentre(code, name);
    Transaction tx(m_db);
    m_db.cached("INSERT OR IGNORE INTO centres(code, name) VALUES (?1, ?2)")
        .bind(1, code)
        .bind(2, name.trimmed())
        .exec();
    m_db.cached("UPDATE centres SET name = ?2 WHERE code = ?1")
        .bind(1, code)
        .bind(2, name.trimmed())
        .exec();
    tx.commit();
}

QList<std::pair<QString, QString>> SqlHubStore::centres() const
{
    QList<std::pair<QString, QString>> out;
    auto st = sql().prepare("SELECT code, name FROM centres ORDER BY code");
    while (st.step())
        out.append({st.text(0), st.text(1)});
    return out;
}

EnrolmentCode SqlHubStore::issueEnrolment(const QString &centre, const QString &analystName,
                                          const QString &email, qint64 validForSecs,
                                          const QDateTime &now)
{
    checkEnrolment(analystName, validForSecs);
    auto &known = m_db.cached("SELECT 1 FROM centres WHERE code = ?1");
    known.bind(1, centre);
    const bool centreKnown = known.step();
    known.reset();
    if (!centreKnown)
        throw HubError(HubError::Kind::UnknownCentre, "unknown centre (add it with: centre add)");

    const NewCode code = makeCode();
    const QString analystId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QDateTime expires = now.addSecs(validForSecs);
    Transaction tx(m_db);
    m_db.cached("INSERT INTO analysts(id, name, email, centre) VALUES (?1, ?2, ?3, ?4)")
        .bind(1, analystId)
        .bind(2, analystName.trimmed())
        .bind(3, email.trimmed())
        .bind(4, centre)
        .exec();
    m_db.cached("INSERT INTO enrolments(code_hash, analyst_id, expires_at) VALUES (?1, ?2, ?3)")
        .bind(1, codeHash(code.normalised))
        .bind(2, analystId)
        .bind(3, std::int64_t(expires.toSecsSinceEpoch()))
        .exec();
    tx.commit();
    return {code.grouped, expires, analystId};
}

EnrolmentCode SqlHubStore::issueDeviceEnrolment(const QString &analystId, qint64 validForSecs,
                                                const QDateTime &now)
{
    checkEnrolment(QStringLiteral("device"), validForSecs);
    if (analystCentre(analystId).isEmpty())
        throw HubError(HubError::Kind::InvalidInput,
                       "unknown analyst (see the analyst_id printed by enroll, or devices)");
    const NewCode code = makeCode();
    const QDateTime expires = now.addSecs(validForSecs);
    m_db.cached("INSERT INTO enrolments(code_hash, analyst_id, expires_at) VALUES (?1, ?2, ?3)")
        .bind(1, codeHash(code.normalised))
        .bind(2, analystId)
        .bind(3, std::int64_t(expires.toSecsSinceEpoch()))
        .exec();
    return {code.grouped, expires, analystId};
}

HubDevice SqlHubStore::redeemEnrolment(const QString &code, const QByteArray &publicKey,
                                       const QDateTime &now)
{
    if (publicKey.size() != 32)
        throw HubError(HubError::Kind::InvalidInput, "a device public key is 32 bytes");
    const QByteArray hash = codeHash(normaliseCode(code));
    Transaction tx(m_db);
    auto &find = m_db.cached(
        "SELECT analyst_id, expires_at, used_at FROM enrolments WHERE code_hash = ?1");
    find.bind(1, hash);
    const bool found = find.step();
    const QString analystId = found ? find.text(0) : QString();
    const qint64 expiresAt = found ? find.int64(1) : 0;
    const bool used = found && !find.isNull(2);
    find.reset();
    const QString deviceId = DeviceKey::deviceIdFor(publicKey);
    if (used) {
        // The same device presenting the code it already redeemed (its answer was lost: a
        // dropped connection, a crash before it saved the enrolment) gets the same answer
        // again, expired or not; any other key gets the one refusal for all.
        const auto enrolled = device(deviceId);
        if (enrolled && enrolled->publicKey == publicKey && enrolled->analystId == analystId
            && !enrolled->revoked)
            return *enrolled;
    }
    // One message for unknown, used and expired: the caller learns nothing about which.
    if (!found || used || now.toSecsSinceEpoch() >= expiresAt)
        throw HubError(HubError::Kind::CodeRejected,
                       "the enrolment code is invalid, used or expired");
    m_db.cached("UPDATE enrolments SET used_at = ?2 WHERE code_hash = ?1")
        .bind(1, hash)
        .bind(2, std::int64_t(now.toSecsSinceEpoch()))
        .exec();
    try {
        m_db.cached("INSERT INTO devices(id, public_key, analyst_id, enrolled_at) VALUES (?1, ?2, "
                    "?3, ?4)")
            .bind(1, deviceId)
            .bind(2, publicKey)
            .bind(3, analystId)
            .bind(4, std::int64_t(now.toSecsSinceEpoch()))
            .exec();
    } catch (const StorageError &) {
        throw HubError(HubError::Kind::CodeRejected, "this device key is already enrolled");
    }
    tx.commit();
    return device(deviceId).value();
}

QList<HubDevice> SqlHubStore::devices() const
{
    QList<HubDevice> out;
    auto st
        = sql().prepare((std::string(kDeviceColumns) + "ORDER BY a.centre, a.name, d.id").c_str());
    while (st.step())
        out << readDevice(st);
    return out;
}

std::optional<HubDevice> SqlHubStore::device(const QString &id) const
{
    auto st = sql().prepare((std::string(kDeviceColumns) + "WHERE d.id = ?1").c_str());
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    return readDevice(st);
}

bool SqlHubStore::revoke(const QString &deviceId)
{
    Transaction tx(m_db);
    // Ops accepted so far stay valid everywhere; the device's later ones are refused.
    m_db.cached("UPDATE devices SET revoked_at = ?2, last_valid_seq = (SELECT coalesce(max(seq), "
                "0) FROM ops WHERE device = ?1) WHERE id = ?1 AND revoked_at IS NULL")
        .bind(1, deviceId)
        .bind(2, std::int64_t(QDateTime::currentSecsSinceEpoch()))
        .exec();
    tx.commit();
    return device(deviceId).has_value();
}

void SqlHubStore::setAnalystRole(const QString &analystId, const QString &role)
{
    if (role != QLatin1String(kRoleLead) && role != QLatin1String(kRoleAnalyst))
        throw HubError(HubError::Kind::InvalidInput, "a role is \"lead\" or \"analyst\"");
    if (analystCentre(analystId).isEmpty())
        throw HubError(HubError::Kind::InvalidInput,
                       "unknown analyst (see the analyst_id printed by enroll, or devices)");
    m_db.cached("UPDATE analysts SET role = ?2 WHERE id = ?1")
        .bind(1, analystId)
        .bind(2, role)
        .exec();
}

QString SqlHubStore::analystRole(const QString &analystId) const
{
    auto &who = sql().cached("SELECT role FROM analysts WHERE id = ?1");
    who.bind(1, analystId);
    const QString role = who.step() ? who.text(0) : QString();
    who.reset();
    return role == QLatin1String(kRoleLead) ? role : QString::fromLatin1(kRoleAnalyst);
}

QString SqlHubStore::analystCentre(const QString &analystId) const
{
    auto &who = sql().cached("SELECT centre FROM analysts WHERE id = ?1");
    who.bind(1, analystId);
    const QString centre = who.step() ? who.text(0) : QString();
    who.reset();
    return centre;
}

// The feed.

void SqlHubStore::transaction(const std::function<void()> &work)
{
    Transaction tx(m_db);
    work();
    tx.commit();
}

std::optional<HubFeed::Held> SqlHubStore::findOp(const QString &id) const
{
    auto &have = sql().cached("SELECT hub_seq, body FROM ops WHERE id = ?1");
    have.bind(1, id);
    std::optional<Held> out;
    if (have.step())
        out = Held {have.int64(0), have.blob(1)};
    have.reset();
    return out;
}

std::optional<quint64> SqlHubStore::clockBefore(const QString &device, qint64 seq) const
{
    auto &before = sql().cached(
        "SELECT hlc FROM ops WHERE device = ?1 AND seq < ?2 ORDER BY seq DESC LIMIT 1");
    before.bind(1, device).bind(2, std::int64_t(seq));
    std::optional<quint64> out;
    if (before.step())
        out = quint64(before.int64(0));
    before.reset();
    return out;
}

std::optional<quint64> SqlHubStore::clockAfter(const QString &device, qint64 seq) const
{
    auto &after
        = sql().cached("SELECT hlc FROM ops WHERE device = ?1 AND seq > ?2 ORDER BY seq LIMIT 1");
    after.bind(1, device).bind(2, std::int64_t(seq));
    std::optional<quint64> out;
    if (after.step())
        out = quint64(after.int64(0));
    after.reset();
    return out;
}

void SqlHubStore::insertOp(const HubOp &op)
{
    m_db.cached("INSERT INTO ops(hub_seq, id, device, seq, hlc, root, body, sig, record) "
                "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)")
        .bind(1, std::int64_t(op.hubSeq))
        .bind(2, op.id)
        .bind(3, op.device)
        .bind(4, std::int64_t(op.seq))
        .bind(5, std::int64_t(op.hlc))
        .bind(6, op.root)
        .bind(7, op.canonical)
        .bind(8, op.sig)
        .bind(9, op.record)
        .exec();
}

QList<HubOp> SqlHubStore::readOps(Statement &st) const
{
    QList<HubOp> out;
    while (st.step()) {
        HubOp op;
        op.hubSeq = st.int64(0);
        op.record = st.text(1);
        op.canonical = st.blob(2);
        op.sig = st.blob(3);
        op.internalChild = !st.isNull(4) && st.int64(4) == 0;
        out << op;
    }
    st.reset();
    return out;
}

QList<HubOp> SqlHubStore::opsOfRoot(const QString &root) const
{
    auto &st = sql().cached("SELECT o.hub_seq, o.record, o.body, o.sig, c.shared FROM ops o "
                            "LEFT JOIN children c ON c.key = o.record WHERE o.root = ?1 "
                            "ORDER BY o.hub_seq");
    st.bind(1, root);
    return readOps(st);
}

QList<HubOp> SqlHubStore::opsOfRecord(const QString &record) const
{
    auto &st = sql().cached("SELECT o.hub_seq, o.record, o.body, o.sig, c.shared FROM ops o "
                            "LEFT JOIN children c ON c.key = o.record WHERE o.record = ?1 "
                            "ORDER BY o.hub_seq");
    st.bind(1, record);
    return readOps(st);
}

std::optional<HubRoot> SqlHubStore::root(const QString &key) const
{
    auto &find = sql().cached("SELECT owner, shared, tlp, tlp_hlc, tlp_device, members_only, "
                              "has_members, creator, history FROM roots WHERE key = ?1");
    find.bind(1, key);
    std::optional<HubRoot> out;
    if (find.step()) {
        HubRoot r;
        r.owner = find.text(0);
        r.shared = find.int64(1) != 0;
        r.tlp = find.text(2);
        r.tlpStamped = !find.isNull(3);
        r.tlpHlc = r.tlpStamped ? quint64(find.int64(3)) : 0;
        r.tlpDevice = find.text(4);
        r.membersOnly = find.int64(5) != 0;
        r.hasMembers = find.int64(6) != 0;
        r.creator = find.text(7);
        r.history = find.text(8);
        out = r;
    }
    find.reset();
    return out;
}

void SqlHubStore::insertRoot(const QString &key, const QString &owner, const QString &creator,
                             bool membersOnly, const QString &history)
{
    auto &insert = m_db.cached("INSERT INTO roots(key, owner, shared, members_only, creator, "
                               "history) VALUES (?1, ?2, 0, ?3, ?4, ?5)");
    insert.bind(1, key).bind(2, owner).bind(3, std::int64_t(membersOnly ? 1 : 0)).bind(4, creator);
    bindOrNull(insert, 5, history).exec();
}

void SqlHubStore::setRootShared(const QString &key)
{
    m_db.cached("UPDATE roots SET shared = 1 WHERE key = ?1").bind(1, key).exec();
}

void SqlHubStore::setRootTlp(const QString &key, const QString &tlp, quint64 hlc,
                             const QString &device)
{
    m_db.cached("UPDATE roots SET tlp = ?2, tlp_hlc = ?3, tlp_device = ?4 WHERE key = ?1")
        .bind(1, key)
        .bind(2, tlp)
        .bind(3, std::int64_t(hlc))
        .bind(4, device)
        .exec();
}

std::optional<HubChild> SqlHubStore::child(const QString &key) const
{
    auto &known = sql().cached("SELECT root, centre, shared FROM children WHERE key = ?1");
    known.bind(1, key);
    std::optional<HubChild> out;
    if (known.step()) {
        HubChild c;
        c.root = known.text(0);
        c.centre = known.isNull(1) ? QString() : known.text(1);
        if (!known.isNull(2))
            c.shared = known.int64(2) == 1;
        out = c;
    }
    known.reset();
    return out;
}

void SqlHubStore::insertChild(const QString &key, const HubChild &child)
{
    auto &insert
        = m_db.cached("INSERT INTO children(key, root, centre, shared) VALUES (?1, ?2, ?3, ?4)");
    insert.bind(1, key).bind(2, child.root).bind(3, child.centre);
    if (child.shared)
        insert.bind(4, std::int64_t(*child.shared ? 1 : 0));
    else
        insert.bindNull(4);
    insert.exec();
}

void SqlHubStore::setChildShared(const QString &key, bool shared)
{
    m_db.cached("UPDATE children SET shared = ?2 WHERE key = ?1")
        .bind(1, key)
        .bind(2, std::int64_t(shared ? 1 : 0))
        .exec();
}

bool SqlHubStore::isMember(const QString &root, const QString &analyst) const
{
    auto &st = sql().cached(
        "SELECT 1 FROM memberships WHERE root = ?1 AND analyst = ?2 AND until_seq IS NULL");
    st.bind(1, root).bind(2, analyst);
    const bool member = st.step();
    st.reset();
    return member;
}

QStringList SqlHubStore::membersOf(const QString &root) const
{
    QStringList out;
    auto &st = sql().cached(
        "SELECT analyst FROM memberships WHERE root = ?1 AND until_seq IS NULL ORDER BY analyst");
    st.bind(1, root);
    while (st.step())
        out << st.text(0);
    st.reset();
    return out;
}

QStringList SqlHubStore::membersAt(const QString &root, qint64 hubSeq) const
{
    QStringList out;
    auto &members = sql().cached("SELECT analyst FROM memberships WHERE root = ?1 AND "
                                 "from_seq <= ?2 AND (until_seq IS NULL OR until_seq >= ?2)");
    members.bind(1, root).bind(2, std::int64_t(hubSeq));
    while (members.step())
        out << members.text(0);
    members.reset();
    return out;
}

void SqlHubStore::addMember(const QString &root, const QString &analyst, qint64 fromSeq)
{
    m_db.cached("INSERT INTO memberships(root, analyst, from_seq) VALUES (?1, ?2, ?3)")
        .bind(1, root)
        .bind(2, analyst)
        .bind(3, std::int64_t(fromSeq))
        .exec();
    m_db.cached("UPDATE roots SET has_members = 1 WHERE key = ?1").bind(1, root).exec();
}

void SqlHubStore::removeMember(const QString &root, const QString &analyst, qint64 untilSeq)
{
    m_db.cached("UPDATE memberships SET until_seq = ?3 WHERE root = ?1 AND analyst = ?2 "
                "AND until_seq IS NULL")
        .bind(1, root)
        .bind(2, analyst)
        .bind(3, std::int64_t(untilSeq))
        .exec();
}

std::optional<QString> SqlHubStore::blobRefOf(const QString &record) const
{
    auto &ref = sql().cached("SELECT sha256 FROM blob_refs WHERE record = ?1");
    ref.bind(1, record);
    std::optional<QString> out;
    if (ref.step())
        out = ref.text(0);
    ref.reset();
    return out;
}

QList<FeedEntry> SqlHubStore::entriesNamingBlob(const QString &sha256) const
{
    auto &st = sql().cached("SELECT f.hub_seq, f.visible_to, f.hidden_from, f.audience, f.analyst "
                            "FROM blob_refs r JOIN feed f ON f.op_seq = r.op_seq "
                            "WHERE r.sha256 = ?1 ORDER BY f.hub_seq");
    st.bind(1, sha256);
    QList<FeedEntry> out;
    while (st.step())
        out << FeedEntry {st.int64(0), st.text(1), st.text(2), {}, {}, st.text(3), st.text(4), {}};
    st.reset();
    return out;
}

bool SqlHubStore::holdsRecord(const QString &record) const
{
    auto &earlier = sql().cached("SELECT 1 FROM ops WHERE record = ?1 LIMIT 1");
    earlier.bind(1, record);
    const bool exists = earlier.step();
    earlier.reset();
    return exists;
}

void SqlHubStore::addBlobRef(const QString &sha256, const QString &record, qint64 opSeq)
{
    m_db.cached("INSERT OR IGNORE INTO blob_refs(sha256, record, op_seq) VALUES (?1, ?2, ?3)")
        .bind(1, sha256)
        .bind(2, record)
        .bind(3, std::int64_t(opSeq))
        .exec();
}

void SqlHubStore::dropBlobRefs(const QString &record)
{
    m_db.cached("DELETE FROM blob_refs WHERE record = ?1").bind(1, record).exec();
}

qint64 SqlHubStore::lastHubSeq() const
{
    auto &st = sql().cached("SELECT coalesce(max(hub_seq), 0) FROM feed");
    const qint64 last = st.step() ? st.int64(0) : 0;
    st.reset();
    return last;
}

void SqlHubStore::appendEntry(const FeedEntry &entry, qint64 opSeq)
{
    auto &insert = m_db.cached("INSERT INTO feed(hub_seq, op_seq, visible_to, hidden_from, "
                               "audience, analyst) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    insert.bind(1, std::int64_t(entry.hubSeq)).bind(2, std::int64_t(opSeq));
    bindOrNull(insert, 3, entry.visibleTo);
    bindOrNull(insert, 4, entry.hiddenFrom);
    bindOrNull(insert, 5, entry.audience);
    bindOrNull(insert, 6, entry.analyst);
    insert.exec();
}

QList<FeedEntry> SqlHubStore::entriesAfter(qint64 after, int limit, const QString &centre,
                                           const QString &analyst) const
{
    QList<FeedEntry> out;
    // The same rule as FeedEntry::isVisibleTo: an analyst's entry for that analyst only; else
    // the centre rule, or membership of the entry's audience at its hub_seq.
    auto &st = sql().cached(
        "SELECT f.hub_seq, f.visible_to, f.hidden_from, o.body, o.sig, f.audience, f.analyst, "
        "f.audience IS NOT NULL AND EXISTS (SELECT 1 FROM memberships m WHERE "
        "m.root = f.audience AND m.analyst = ?4 AND m.from_seq <= f.hub_seq AND "
        "(m.until_seq IS NULL OR m.until_seq >= f.hub_seq)) AS member "
        "FROM feed f JOIN ops o ON o.hub_seq = f.op_seq WHERE f.hub_seq > ?1 AND "
        "CASE WHEN f.analyst IS NOT NULL THEN f.analyst = ?4 "
        "ELSE ((f.visible_to IS NULL OR f.visible_to = ?2) "
        "AND (f.hidden_from IS NULL OR f.hidden_from <> ?2)) OR member END "
        "ORDER BY f.hub_seq LIMIT ?3");
    st.bind(1, std::int64_t(after))
        .bind(2, centre)
        .bind(3, std::int64_t(limit))
        .bind(4, analyst.isEmpty() ? QStringLiteral("-") : analyst);
    while (st.step()) {
        FeedEntry entry {st.int64(0), st.text(1), st.text(2), st.blob(3),
                         st.blob(4),  st.text(5), st.text(6), {}};
        if (st.int64(7) != 0)
            entry.members << analyst;
        out << entry;
    }
    st.reset();
    return out;
}

} // namespace liaison
