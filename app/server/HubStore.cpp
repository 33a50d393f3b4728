#include "server/HubStore.h"

#include "core/Logging.h"
#include "core/PlatformSecurity.h"
#include "crypto/DeviceKey.h"
#include "crypto/Kdf.h"
#include "crypto/Sodium.h"
#include "domain/Enums.h"
#include "domain/Schema.h"
#include "server/SelfSignedCertificate.h"
#include "sync/Hlc.h"
#include "sync/Protocol.h"

#include <sodium.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QTimeZone>
#include <QUuid>

#include <tuple>

namespace liaison {

namespace {

constexpr int kHubSchema = 5;
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

// The centre code no device has: a feed entry for the members of its audience only.
constexpr char kNoCentre[] = "-";

QString pathIn(const QString &dir, const char *name)
{
    return QDir(dir).filePath(QLatin1String(name));
}

// Creates path with owner-only permissions; refuses to overwrite.
void writeSecretFile(const QString &path, const char *data, qsizetype size)
{
#ifdef Q_OS_WIN
    // Qt's permission flags set no ACL on Windows: the file is made with an owner-only DACL
    // before a byte of the secret is written to it.
    QString error;
    if (!createOwnerOnlyFile(path, &error))
        throw HubError(HubError::Kind::Io,
                       "cannot create " + path.toStdString() + ": " + error.toStdString());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::ExistingOnly)
#else
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                   QFileDevice::ReadOwner | QFileDevice::WriteOwner)
#endif
        || file.write(data, size) != size || !file.flush()) {
        throw HubError(HubError::Kind::Io, "cannot write " + path.toStdString());
    }
}

SecureBuffer readKeyFile(const QString &dir)
{
    QFile file(pathIn(dir, HubStore::kKeyFile));
    if (!file.exists())
        throw HubError(HubError::Kind::NotAHub, "no hub in this folder (run liaison-hub init)");
#ifdef Q_OS_UNIX
    if (file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther))
        throw HubError(HubError::Kind::BadKeyFile,
                       "hub.key must be readable by its owner only (chmod 600)");
#endif
    if (!file.open(QIODevice::ReadOnly) || file.size() != 32)
        throw HubError(HubError::Kind::BadKeyFile, "hub.key is unreadable or not 32 bytes");
    SecureBuffer key(32);
    if (file.read(reinterpret_cast<char *>(key.data()), 32) != 32)
        throw HubError(HubError::Kind::BadKeyFile, "hub.key is unreadable");
    return key;
}

Database openDatabase(const QString &dir, const SecureBuffer &key, bool create)
{
    Database db = Database::open(pathIn(dir, HubStore::kDatabaseFile), sqlcipherRawKey(key),
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

// Crockford base32 without padding: unambiguous to read aloud and type.
QString base32(const unsigned char *bytes, std::size_t size)
{
    static const char alphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    QString out;
    unsigned buffer = 0;
    int bits = 0;
    for (std::size_t i = 0; i < size; ++i) {
        buffer = (buffer << 8) | bytes[i];
        bits += 8;
        while (bits >= 5) {
            out += QLatin1Char(alphabet[(buffer >> (bits - 5)) & 31]);
            bits -= 5;
        }
    }
    if (bits > 0)
        out += QLatin1Char(alphabet[(buffer << (5 - bits)) & 31]);
    return out;
}

HubDevice readDevice(const Statement &st)
{
    return HubDevice {st.text(0),    st.blob(1),
                      st.text(2),    st.text(3),
                      st.text(4),    QDateTime::fromSecsSinceEpoch(st.int64(5), QTimeZone::utc()),
                      !st.isNull(6), st.int64(7)};
}

constexpr char kDeviceColumns[]
    = "SELECT d.id, d.public_key, d.analyst_id, a.name, a.centre, d.enrolled_at, d.revoked_at, "
      "d.last_valid_seq FROM devices d JOIN analysts a ON a.id = d.analyst_id ";

QString recordKey(const QString &entity, const QString &id)
{
    return entity + QLatin1Char('/') + id;
}

} // namespace

std::unique_ptr<HubStore> HubStore::init(const QString &dir)
{
    ensureSodium();
    for (const char *name : {kKeyFile, kDatabaseFile, kTlsKeyFile, kTlsCertFile}) {
        if (QFileInfo::exists(pathIn(dir, name)))
            throw HubError(HubError::Kind::AlreadyExists,
                           "a hub already exists in this folder; init refuses to overwrite it");
    }
    if (!QDir().mkpath(dir))
        throw HubError(HubError::Kind::Io, "cannot create the hub folder");
    // 0700, or on Windows an owner-only DACL that hub.db, its journal and tls.crt inherit.
    QString permissionError;
    if (!restrictToOwner(dir, &permissionError))
        throw HubError(HubError::Kind::Io,
                       "cannot make the hub folder private: " + permissionError.toStdString());

    SecureBuffer key(32);
    randombytes_buf(key.data(), key.size());
    writeSecretFile(pathIn(dir, kKeyFile), key.chars(), 32);

    const SelfSignedCertificate tls
        = SelfSignedCertificate::generate(QStringLiteral("liaison-hub"));
    writeSecretFile(pathIn(dir, kTlsKeyFile), tls.privateKeyPem.chars(),
                    qsizetype(tls.privateKeyPem.size()));
    QFile cert(pathIn(dir, kTlsCertFile));
    if (!cert.open(QIODevice::WriteOnly | QIODevice::NewOnly) || cert.write(tls.certificatePem) < 0)
        throw HubError(HubError::Kind::Io, "cannot write tls.crt");
    cert.close();

    std::unique_ptr<HubStore> store(new HubStore);
    store->m_dir = dir;
    store->m_db = openDatabase(dir, key, true);
    Transaction tx(store->m_db);
    store->m_db.exec(kSchema); // schema 4, then each later step
    store->m_db.exec(kSchema5);
    tx.commit();
    qCInfo(lcSync) << "hub initialised";
    return store;
}

std::unique_ptr<HubStore> HubStore::open(const QString &dir)
{
    const SecureBuffer key = readKeyFile(dir);
    std::unique_ptr<HubStore> store(new HubStore);
    store->m_dir = dir;
    store->m_db = openDatabase(dir, key, false);
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
    else if (schema != kHubSchema)
        throw HubError(HubError::Kind::NotAHub, "hub.db has an unknown schema");
    return store;
}

void HubStore::upgradeFrom2()
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
        if (const FieldValue *tlp = op->field(QStringLiteral("tlp")))
            updateTlp(record, *op, *tlp);
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

void HubStore::upgradeFrom3()
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

void HubStore::upgradeFrom4()
{
    // Attachments accepted before schema 5 name their blobs in blob_refs (their bytes were
    // never uploaded: a receiver finds none until the author's device sends them).
    Transaction tx(m_db);
    m_db.exec(kSchema5);
    auto st = m_db.prepare("SELECT hub_seq, body, sig, record FROM ops WHERE record LIKE "
                           "'attachment/%' ORDER BY hub_seq");
    while (st.step()) {
        QString error;
        const auto op = Op::fromStored(st.blob(1), st.blob(2), &error);
        if (!op)
            continue;
        applyBlobRef(*op, st.text(3), st.int64(0));
    }
    tx.commit();
    qCInfo(lcSync) << "hub store upgraded to schema" << kHubSchema;
}

QString HubStore::certificateFingerprint() const
{
    QFile file(pathIn(m_dir, kTlsCertFile));
    if (!file.open(QIODevice::ReadOnly))
        throw HubError(HubError::Kind::Io, "cannot read tls.crt");
    const auto certs = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
    if (certs.isEmpty())
        throw HubError(HubError::Kind::Io, "tls.crt holds no certificate");
    return QString::fromLatin1(
        certs.first().digest(QCryptographicHash::Sha256).toHex(':').toUpper());
}

void HubStore::addCentre(const QString &code, const QString &name)
{
    static const QRegularExpression valid(QStringLiteral("^[A-Z][A-Z0-9-]{1,15}$"));
    if (!valid.match(code).hasMatch())
        throw HubError(HubError::Kind::InvalidInput,
                       "a centre code is 2-16 capital letters, digits or dashes (e.g. CCIRC)");
    if (name.trimmed().isEmpty())
        throw HubError(HubError::Kind::InvalidInput, "a centre needs a name");
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

QList<std::pair<QString, QString>> HubStore::centres() const
{
    QList<std::pair<QString, QString>> out;
    auto st = const_cast<Database &>(m_db).prepare("SELECT code, name FROM centres ORDER BY code");
    while (st.step())
        out.append({st.text(0), st.text(1)});
    return out;
}

QString HubStore::normaliseCode(const QString &code)
{
    QString out;
    for (QChar c : code.toUpper()) {
        if (c == QLatin1Char('-') || c.isSpace())
            continue;
        // Crockford: O reads as 0, I and L as 1.
        if (c == QLatin1Char('O'))
            c = QLatin1Char('0');
        else if (c == QLatin1Char('I') || c == QLatin1Char('L'))
            c = QLatin1Char('1');
        out += c;
    }
    return out;
}

QByteArray HubStore::codeHash(const QString &normalisedCode)
{
    static const char context[] = "liaison-enrolment-code-v1";
    const QByteArray utf8 = normalisedCode.toUtf8();
    QByteArray out(32, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char *>(out.data()), 32,
                       reinterpret_cast<const unsigned char *>(utf8.constData()),
                       std::size_t(utf8.size()), reinterpret_cast<const unsigned char *>(context),
                       sizeof(context) - 1);
    return out;
}

EnrolmentCode HubStore::issueEnrolment(const QString &centre, const QString &analystName,
                                       const QString &email, qint64 validForSecs,
                                       const QDateTime &now)
{
    ensureSodium();
    if (analystName.trimmed().isEmpty())
        throw HubError(HubError::Kind::InvalidInput, "an analyst needs a name");
    if (validForSecs < 60 || validForSecs > 30 * 24 * 3600)
        throw HubError(HubError::Kind::InvalidInput, "a code is valid for 1 minute to 30 days");
    auto &known = m_db.cached("SELECT 1 FROM centres WHERE code = ?1");
    known.bind(1, centre);
    const bool centreKnown = known.step();
    known.reset();
    if (!centreKnown)
        throw HubError(HubError::Kind::UnknownCentre, "unknown centre (add it with: centre add)");

    unsigned char random[15]; // 120 bits: 24 base32 characters
    randombytes_buf(random, sizeof random);
    const QString raw = base32(random, sizeof random);
    sodium_memzero(random, sizeof random);
    QString grouped;
    for (int i = 0; i < raw.size(); i += 4)
        grouped += (i ? QStringLiteral("-") : QString()) + raw.mid(i, 4);

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
        .bind(1, codeHash(raw))
        .bind(2, analystId)
        .bind(3, std::int64_t(expires.toSecsSinceEpoch()))
        .exec();
    tx.commit();
    return {grouped, expires, analystId};
}

HubDevice HubStore::redeemEnrolment(const QString &code, const QByteArray &publicKey,
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

QList<HubDevice> HubStore::devices() const
{
    QList<HubDevice> out;
    auto st = const_cast<Database &>(m_db).prepare(
        (std::string(kDeviceColumns) + "ORDER BY a.centre, a.name, d.id").c_str());
    while (st.step())
        out << readDevice(st);
    return out;
}

std::optional<HubDevice> HubStore::device(const QString &id) const
{
    auto st = const_cast<Database &>(m_db).prepare(
        (std::string(kDeviceColumns) + "WHERE d.id = ?1").c_str());
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    return readDevice(st);
}

HubStore::Accepted HubStore::accept(const Op &op, const HubDevice &device, const QDateTime &now)
{
    const QByteArray body = op.canonical();
    return accept(op, body, op.verifyCanonical(device.publicKey, body), device, now);
}

HubStore::Accepted HubStore::accept(const Op &op, const QByteArray &canonical, bool signatureOk,
                                    const HubDevice &device, const QDateTime &now)
{
    auto reject = [](const char *code) { return HubError(HubError::Kind::OpRejected, code); };
    // The connection authenticated as device; the op must be its own and well-formed.
    if (op.device != device.id)
        throw reject(protocol::reject::OpDeviceMismatch);
    if (device.revoked)
        throw reject(protocol::reject::DeviceRevoked);
    if (op.author != device.analystId || op.centre != device.centre)
        throw reject(protocol::reject::AuthorOrCentreMismatch);
    if (HybridClock::wallMs(op.hlc)
        > quint64(now.toMSecsSinceEpoch() + HybridClock::kMaxForwardDriftMs))
        throw reject(protocol::reject::ClockAhead);
    auto &have = m_db.cached("SELECT hub_seq, body FROM ops WHERE id = ?1");
    have.bind(1, op.id());
    if (have.step()) {
        const qint64 seq = have.int64(0);
        const bool same = have.blob(1) == canonical;
        have.reset();
        // A second, different op under the same id would fork the device's history.
        if (!same)
            throw reject(protocol::reject::ConflictingOp);
        return {seq, true, {}};
    }
    have.reset();
    if (!signatureOk)
        throw reject(protocol::reject::BadSignature);
    checkClockIncreases(op);

    // Every rule is checked before the first write: a refused op leaves nothing behind (its
    // batch goes on in the same transaction).
    const Route route = routeFor(op);
    checkBlobRef(op, route.record);
    applyRoute(op, route);
    // Gap-free: the next hub_seq is max + 1 inside the writer's transaction.
    qint64 seq = lastHubSeq();
    Accepted accepted;
    if (route.becameShared || route.childBecameShared) {
        // The record has just left its centre: everything written to it so far goes to the
        // other centres now, at new sequence numbers (their cursors are past the old ones),
        // in the order it was written and before the op that shares it, so that a receiver
        // meets the record's creation first. Comments still internal stay behind.
        auto &earlier = route.becameShared
            ? m_db.cached("SELECT o.hub_seq, o.body, o.sig FROM ops o "
                          "LEFT JOIN children c ON c.key = o.record "
                          "WHERE o.root = ?1 AND (c.shared IS NULL OR c.shared = 1) "
                          "ORDER BY o.hub_seq")
            : m_db.cached("SELECT hub_seq, body, sig FROM ops WHERE record = ?1 "
                          "ORDER BY hub_seq");
        earlier.bind(1, route.becameShared ? route.root : route.record);
        QList<std::tuple<qint64, QByteArray, QByteArray>> republish;
        while (earlier.step())
            republish.append({earlier.int64(0), earlier.blob(1), earlier.blob(2)});
        earlier.reset();
        for (const auto &[opSeq, body, sig] : republish)
            accepted.entries << appendFeed(++seq, opSeq, {}, route.hiddenFrom, body, sig);
    }
    if (route.memberHistory) {
        // A new member gets what was written before they joined (the root's policy: all of
        // it, or only the record and its member list), for their devices only, before the op
        // that adds them. Internal comments stay behind.
        auto &earlier = route.memberJoinedOnly
            ? m_db.cached("SELECT o.hub_seq, o.body, o.sig FROM ops o "
                          "LEFT JOIN children c ON c.key = o.record WHERE o.root = ?1 AND "
                          "(o.record = ?1 OR o.record LIKE ?2) ORDER BY o.hub_seq")
            : m_db.cached("SELECT o.hub_seq, o.body, o.sig FROM ops o "
                          "LEFT JOIN children c ON c.key = o.record WHERE o.root = ?1 AND "
                          "(c.shared IS NULL OR c.shared = 1 OR ?2 = 'all') ORDER BY o.hub_seq");
        const EntityDef *memberDef = findEntity(op.entity);
        earlier.bind(1, route.root)
            .bind(2,
                  route.memberJoinedOnly
                      ? QString::fromLatin1(memberDef->name) + QStringLiteral("/%")
                      : route.memberAllHistory ? QStringLiteral("all")
                                               : QStringLiteral("shared-only"));
        QList<std::tuple<qint64, QByteArray, QByteArray>> history;
        while (earlier.step())
            history.append({earlier.int64(0), earlier.blob(1), earlier.blob(2)});
        earlier.reset();
        for (const auto &[opSeq, body, sig] : history)
            accepted.entries << appendFeed(++seq, opSeq, {}, {}, body, sig, {},
                                           route.memberAnalyst);
    }
    // The op itself: its hub_seq is its own feed entry, after what it republished.
    accepted.hubSeq = ++seq;
    applyMembership(route, accepted.hubSeq);
    m_db.cached("INSERT INTO ops(hub_seq, id, device, seq, hlc, root, body, sig, record) "
                "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)")
        .bind(1, std::int64_t(accepted.hubSeq))
        .bind(2, op.id())
        .bind(3, op.device)
        .bind(4, std::int64_t(op.seq))
        .bind(5, std::int64_t(op.hlc))
        .bind(6, route.root)
        .bind(7, canonical)
        .bind(8, op.sig)
        .bind(9, route.record)
        .exec();
    applyBlobRef(op, route.record, accepted.hubSeq);
    accepted.entries << appendFeed(accepted.hubSeq, accepted.hubSeq, route.visibleTo, {}, canonical,
                                   op.sig, route.audience, route.analyst);
    return accepted;
}

void HubStore::checkClockIncreases(const Op &op)
{
    // A device's stamps grow with its seq; two ops of one device with one stamp would merge by
    // arrival order, so the hub refuses what breaks the rule.
    auto &before = m_db.cached(
        "SELECT hlc FROM ops WHERE device = ?1 AND seq < ?2 ORDER BY seq DESC LIMIT 1");
    before.bind(1, op.device).bind(2, std::int64_t(op.seq));
    const bool hasBefore = before.step();
    const quint64 prev = hasBefore ? quint64(before.int64(0)) : 0;
    before.reset();
    auto &after
        = m_db.cached("SELECT hlc FROM ops WHERE device = ?1 AND seq > ?2 ORDER BY seq LIMIT 1");
    after.bind(1, op.device).bind(2, std::int64_t(op.seq));
    const bool hasAfter = after.step();
    const quint64 nextHlc = hasAfter ? quint64(after.int64(0)) : 0;
    after.reset();
    if ((hasBefore && op.hlc <= prev) || (hasAfter && op.hlc >= nextHlc))
        throw HubError(HubError::Kind::OpRejected, protocol::reject::ClockNotIncreasing);
}

namespace {

bool isSharedValue(const FieldValue *value)
{
    const auto *text = value ? std::get_if<QString>(value) : nullptr;
    return text && *text == QLatin1String(kScopeShared);
}

// TLP markings that may never reach a whole other centre (TLP 2.0: AMBER+STRICT is for the
// owner organisation only, RED for named people only).
bool tlpForbidsSharing(const QString &tlp)
{
    return tlp == QLatin1String("amber+strict") || tlp == QLatin1String("red");
}

bool isTlpKey(const FieldValue &value)
{
    const auto *text = std::get_if<QString>(&value);
    Tlp tlp {};
    return text && parseTlp(*text, &tlp) && tlpKey(tlp) == *text;
}

HubError rejected(const char *code)
{
    return HubError(HubError::Kind::OpRejected, code);
}

} // namespace

void HubStore::updateTlp(const QString &rootKey, const Op &op, const FieldValue &value)
{
    const auto *tlp = std::get_if<QString>(&value);
    if (!tlp)
        return;
    // The same merge rule as every replica: the greatest (hlc, device) wins.
    m_db.cached("UPDATE roots SET tlp = ?2, tlp_hlc = ?3, tlp_device = ?4 WHERE key = ?1 AND "
                "(tlp_hlc IS NULL OR tlp_hlc < ?3 OR (tlp_hlc = ?3 AND tlp_device < ?4))")
        .bind(1, rootKey)
        .bind(2, *tlp)
        .bind(3, std::int64_t(op.hlc))
        .bind(4, op.device)
        .exec();
}

HubStore::Route HubStore::routeFor(const Op &op)
{
    // Reads and decides only: every rule is checked before anything is written, so a refused
    // op leaves nothing behind without a savepoint per op (a savepoint makes SQLCipher copy
    // and encrypt every page it touches into a sub-journal: ingest fell by more than half).
    Route route;
    const EntityDef *def = findEntity(op.entity);
    const QString recordId = recordKey(op.entity, op.entityId);
    route.record = recordId;
    QString childCentre = op.centre;
    bool childShared = false; // a scoped child's own scope (a comment's visibility)
    bool childExisted = false;
    if (def && !def->isChild()) {
        route.root = recordId;
    } else if (def) {
        auto &known = m_db.cached("SELECT root, centre, shared FROM children WHERE key = ?1");
        known.bind(1, recordId);
        childExisted = known.step();
        const QString stored = childExisted ? known.text(0) : QString();
        if (childExisted) {
            childCentre = known.isNull(1) ? op.centre : known.text(1);
            childShared = !known.isNull(2) && known.int64(2) == 1;
        }
        known.reset();
        const FieldValue *parent = op.field(QString::fromLatin1(def->parentField));
        const QString *parentId = parent ? std::get_if<QString>(parent) : nullptr;
        QString named = parentId && !parentId->isEmpty()
            ? recordKey(QString::fromLatin1(def->parentEntity), *parentId)
            : QString();
        // The parent may be a child itself (attachment -> message -> channel): its root,
        // which the hub recorded when the parent came, is this record's root too.
        const EntityDef *parentDef = findEntity(QString::fromLatin1(def->parentEntity));
        if (!named.isEmpty() && parentDef && parentDef->isChild()) {
            auto &grand = m_db.cached("SELECT root FROM children WHERE key = ?1");
            grand.bind(1, named);
            const QString parentRoot = grand.step() ? grand.text(0) : QString();
            grand.reset();
            if (parentRoot.isEmpty())
                throw rejected(protocol::reject::UnknownParent);
            named = parentRoot;
        }
        if (!stored.isEmpty() && !named.isEmpty() && named != stored)
            throw rejected(protocol::reject::ParentChanged);
        route.root = stored.isEmpty() ? named : stored;
        route.writes.insertChild = !childExisted && !named.isEmpty();
        route.writes.childScoped = def->isScopedChild();
    }
    checkOwnRecord(op, def, route.root);
    if (route.root.isEmpty()) {
        if (def && def->isChild())
            throw rejected(protocol::reject::UnknownParent);
        // An entity this hub does not know (a newer Liaison's): the op's own scope decides, as
        // its author wrote it.
        route.visibleTo = op.scope == QLatin1String(kScopeShared) ? QString() : op.centre;
        return route;
    }
    auto &find = m_db.cached("SELECT owner, shared, tlp, tlp_hlc, tlp_device, members_only, "
                             "has_members, creator, history FROM roots WHERE key = ?1");
    find.bind(1, route.root);
    const bool exists = find.step();
    route.owner = exists ? find.text(0) : op.centre;
    bool shared = exists && find.int64(1) != 0;
    QString marking = exists ? find.text(2) : QString();
    const bool markingStamped = exists && !find.isNull(3);
    const qint64 markingHlc = markingStamped ? find.int64(3) : 0;
    const QByteArray markingDevice = exists ? find.text(4).toUtf8() : QByteArray();
    bool membersOnly = exists && find.int64(5) != 0;
    const bool hasMembers = exists && find.int64(6) != 0;
    const bool authorIsCreator = exists && find.text(7) == op.author;
    route.memberJoinedOnly = exists && find.text(8) == QLatin1String("joined");
    find.reset();
    const bool authorIsMember = (membersOnly || hasMembers) && isMember(route.root, op.author);
    // A child names a record this hub holds: otherwise its author could claim the parent's id
    // (and its ownership) before the real owner creates it, and route by its own say.
    if (def && def->isChild() && !exists)
        throw rejected(protocol::reject::UnknownParent);
    const bool isRootOp = def && !def->isChild();
    route.writes.insertRoot = !exists;
    if (isRootOp) {
        // The marking the hub enforces is one of TLP 2.0's five keys, never a look-alike.
        const FieldValue *tlp = op.field(QStringLiteral("tlp"));
        if (tlp && !isTlpKey(*tlp))
            throw rejected(protocol::reject::InvalidTlp);
        // Ownership is fixed at creation: the creating op's centre, never relabelled.
        if (const FieldValue *owner = op.field(QStringLiteral("owner_centre"))) {
            const auto *text = std::get_if<QString>(owner);
            if (!text || *text != route.owner)
                throw rejected(protocol::reject::OwnerMismatch);
        }
        // The marking by the merge rule every replica applies: the greatest (hlc, device).
        const QByteArray device = op.device.toUtf8();
        if (tlp
            && (!markingStamped || markingHlc < qint64(op.hlc)
                || (markingHlc == qint64(op.hlc) && markingDevice < device))) {
            marking = std::get<QString>(*tlp);
            route.writes.tlp = marking;
        }
    }
    // A centre's internal record is invisible to the others: they cannot write to it either,
    // unless they are on its member list. A members-only record is its members' alone.
    if (membersOnly && !authorIsMember && !authorIsCreator)
        throw rejected(protocol::reject::NotMember);
    if (!membersOnly && !shared && route.owner != op.centre && !authorIsMember)
        throw rejected(protocol::reject::ScopeViolation);
    if (isRootOp) {
        const FieldValue *scopeField = op.field(QStringLiteral("scope"));
        const bool sharesNow = isSharedValue(scopeField);
        // The op's scope member and its scope field say the same thing, or the op is refused:
        // a record is shared by its scope field (docs/PROTOCOL.md, "Sharing").
        if (scopeField && (op.scope == QLatin1String(kScopeShared)) != sharesNow)
            throw rejected(protocol::reject::ScopeMismatch);
        if (!scopeField && !shared && op.scope == QLatin1String(kScopeShared))
            throw rejected(protocol::reject::ScopeMismatch);
        if (scopeField && op.centre != route.owner)
            throw rejected(protocol::reject::NotOwner);
        // Members-only is chosen at creation and kept: never widened, never narrowed to.
        const bool wantsMembers = scopeField && std::get_if<QString>(scopeField)
            && *std::get_if<QString>(scopeField) == QLatin1String(kScopeMembers);
        if (exists && scopeField && wantsMembers != membersOnly)
            throw rejected(protocol::reject::ScopeViolation);
        if (!exists && wantsMembers) {
            membersOnly = true;
            route.writes.membersOnly = true;
            const FieldValue *history = op.field(QStringLiteral("history"));
            const auto *text = history ? std::get_if<QString>(history) : nullptr;
            route.writes.history = text && *text == QLatin1String("joined")
                ? QStringLiteral("joined")
                : QStringLiteral("all");
        }
        // Raising the marking of a record already shared is allowed (it has left); sharing a
        // record marked AMBER+STRICT or RED is not.
        if (!shared && sharesNow && tlpForbidsSharing(marking))
            throw rejected(protocol::reject::TlpForbidsShare);
        if (!shared && sharesNow) {
            shared = true;
            route.becameShared = exists; // a record created shared has nothing to republish
            route.writes.rootShared = true;
        }
    }
    if (def && def->memberList)
        routeMember(op, route, membersOnly, authorIsMember, authorIsCreator, shared, marking);
    // The root's members receive its ops (beside its centre, or alone when members-only).
    const bool withMembers = hasMembers || route.member == Route::Member::Add;
    if (def && def->perAnalyst) {
        // Read markers: the analyst's own devices, wherever the record's root goes.
        route.analyst = op.author;
        return route;
    }
    if (def && def->isScopedChild()) {
        // An internal comment is its centre's alone, on a shared record too.
        if (!childShared && op.centre != childCentre)
            throw rejected(protocol::reject::ScopeViolation);
        const FieldValue *scopeField = op.field(QStringLiteral("scope"));
        if (isSharedValue(scopeField) && !childShared) {
            childShared = true;
            route.childBecameShared = childExisted && shared;
            route.writes.childShared = true;
        }
        if (!shared && childCentre != route.owner) {
            // A named member of another centre wrote it: for the owner centre and the
            // members, never for the member's whole centre.
            route.visibleTo = route.owner;
            route.audience = route.root;
            return route;
        }
        route.visibleTo = shared && childShared ? QString() : childCentre;
        route.hiddenFrom = childCentre;
        if (!shared && childShared && withMembers)
            route.audience = route.root;
        return route;
    }
    route.visibleTo = membersOnly ? QString::fromLatin1(kNoCentre)
        : shared                  ? QString()
                                  : route.owner;
    route.hiddenFrom = route.owner;
    if (membersOnly || (!shared && withMembers))
        route.audience = route.root;
    return route;
}

bool HubStore::isMember(const QString &rootKey, const QString &analyst) const
{
    auto &st = const_cast<Database &>(m_db).cached(
        "SELECT 1 FROM memberships WHERE root = ?1 AND analyst = ?2 AND until_seq IS NULL");
    st.bind(1, rootKey).bind(2, analyst);
    const bool member = st.step();
    st.reset();
    return member;
}

QStringList HubStore::membersOf(const QString &rootKey) const
{
    QStringList out;
    auto &st = const_cast<Database &>(m_db).cached(
        "SELECT analyst FROM memberships WHERE root = ?1 AND until_seq IS NULL ORDER BY analyst");
    st.bind(1, rootKey);
    while (st.step())
        out << st.text(0);
    st.reset();
    return out;
}

void HubStore::routeMember(const Op &op, Route &route, bool membersOnly, bool authorIsMember,
                           bool authorIsCreator, bool shared, const QString &marking)
{
    // A member entry is "ROOT-ID.ANALYST-ID": one record per analyst and root, so adding and
    // removing the same analyst merge like any field.
    const QString rootId = route.root.mid(route.root.indexOf(QLatin1Char('/')) + 1);
    if (!op.entityId.startsWith(rootId + QLatin1Char('.')))
        throw rejected(protocol::reject::InvalidMember);
    const QString analyst = op.entityId.mid(rootId.size() + 1);
    if (const FieldValue *named = op.field(QStringLiteral("analyst_id"))) {
        const auto *text = std::get_if<QString>(named);
        if (!text || *text != analyst)
            throw rejected(protocol::reject::InvalidMember);
    }
    auto &who = m_db.cached("SELECT centre FROM analysts WHERE id = ?1");
    who.bind(1, analyst);
    const QString centre = who.step() ? who.text(0) : QString();
    who.reset();
    if (centre.isEmpty())
        throw rejected(protocol::reject::InvalidMember);
    if (const FieldValue *named = op.field(QStringLiteral("centre"))) {
        const auto *text = std::get_if<QString>(named);
        if (!text || *text != centre)
            throw rejected(protocol::reject::InvalidMember);
    }
    const FieldValue *removedValue = op.field(QStringLiteral("removed"));
    const bool *removed = removedValue ? std::get_if<bool>(removedValue) : nullptr;
    if (!removed && !op.field(QStringLiteral("analyst_id")))
        return; // touches no membership
    const bool adding = !removed || !*removed;
    const bool ownerSide = op.centre == route.owner && (authorIsMember || !membersOnly);
    // Who may change the list (docs/PROTOCOL.md, "Members"): the root's creator; to add, any
    // current member, or, on a record that is not members-only, any analyst of the owner
    // centre; to remove someone else, an analyst of the owner centre as for adding; anyone on
    // the list may leave.
    const bool allowed = authorIsCreator
        || (adding ? authorIsMember || ownerSide
                   : ownerSide || (authorIsMember && analyst == op.author));
    if (!allowed)
        throw rejected(protocol::reject::NotMember);
    // TLP:AMBER+STRICT never leaves the owner centre, not even to a named person.
    if (adding && centre != route.owner && marking == QLatin1String("amber+strict"))
        throw rejected(protocol::reject::TlpForbidsShare);
    const bool already = isMember(route.root, analyst);
    if (adding == already)
        return; // no change: already on the list, or already off it
    route.member = adding ? Route::Member::Add : Route::Member::Remove;
    route.memberAnalyst = analyst;
    if (adding) {
        // What the new member could not see before: a members-only record, or another
        // centre's record that is not shared.
        const bool couldSee = !membersOnly && (shared || centre == route.owner);
        route.memberHistory = !couldSee;
        route.memberAllHistory = membersOnly; // a members-only record has no internal part
    }
}

void HubStore::applyMembership(const Route &route, qint64 hubSeq)
{
    if (route.member == Route::Member::Add) {
        m_db.cached("INSERT INTO memberships(root, analyst, from_seq) VALUES (?1, ?2, ?3)")
            .bind(1, route.root)
            .bind(2, route.memberAnalyst)
            .bind(3, std::int64_t(hubSeq))
            .exec();
        m_db.cached("UPDATE roots SET has_members = 1 WHERE key = ?1").bind(1, route.root).exec();
    } else if (route.member == Route::Member::Remove) {
        // The removal itself still reaches the removed member; nothing after it does.
        m_db.cached("UPDATE memberships SET until_seq = ?3 WHERE root = ?1 AND analyst = ?2 "
                    "AND until_seq IS NULL")
            .bind(1, route.root)
            .bind(2, route.memberAnalyst)
            .bind(3, std::int64_t(hubSeq))
            .exec();
    }
}

void HubStore::applyRoute(const Op &op, const Route &route)
{
    const Route::Writes &w = route.writes;
    if (w.insertChild) {
        auto &insert = m_db.cached(
            "INSERT INTO children(key, root, centre, shared) VALUES (?1, ?2, ?3, ?4)");
        insert.bind(1, route.record).bind(2, route.root).bind(3, op.centre);
        if (w.childScoped)
            insert.bind(4, w.childShared ? 1 : 0);
        else
            insert.bindNull(4);
        insert.exec();
    } else if (w.childShared) {
        m_db.cached("UPDATE children SET shared = 1 WHERE key = ?1").bind(1, route.record).exec();
    }
    if (w.insertRoot) {
        auto &insert = m_db.cached("INSERT INTO roots(key, owner, shared, members_only, creator, "
                                   "history) VALUES (?1, ?2, 0, ?3, ?4, ?5)");
        insert.bind(1, route.root)
            .bind(2, route.owner)
            .bind(3, std::int64_t(w.membersOnly ? 1 : 0))
            .bind(4, op.author);
        if (w.history.isEmpty())
            insert.bindNull(5);
        else
            insert.bind(5, w.history);
        insert.exec();
    }
    if (w.tlp)
        m_db.cached("UPDATE roots SET tlp = ?2, tlp_hlc = ?3, tlp_device = ?4 WHERE key = ?1")
            .bind(1, route.root)
            .bind(2, *w.tlp)
            .bind(3, std::int64_t(op.hlc))
            .bind(4, op.device)
            .exec();
    if (w.rootShared)
        m_db.cached("UPDATE roots SET shared = 1 WHERE key = ?1").bind(1, route.root).exec();
}

void HubStore::checkOwnRecord(const Op &op, const EntityDef *def, const QString &root)
{
    if (!def || op.entity != QLatin1String(entity::ReadMarker))
        return;
    // A per-analyst record is its analyst's alone: its id is "CHANNEL.ANALYST" and it names no
    // other analyst, so nobody can squat another analyst's marker.
    if (const FieldValue *analyst = op.field(QStringLiteral("analyst_id"))) {
        const auto *text = std::get_if<QString>(analyst);
        if (!text || *text != op.author)
            throw rejected(protocol::reject::NotOwnRecord);
    }
    const QString prefix = QString::fromLatin1(def->parentEntity) + QLatin1Char('/');
    const QString channel = root.startsWith(prefix) ? root.mid(prefix.size()) : QString();
    if (channel.isEmpty() || op.entityId != channel + QLatin1Char('.') + op.author)
        throw rejected(protocol::reject::NotOwnRecord);
}

HubStore::StoredOp HubStore::appendFeed(qint64 hubSeq, qint64 opSeq, const QString &visibleTo,
                                        const QString &hiddenFrom, const QByteArray &canonical,
                                        const QByteArray &sig, const QString &audience,
                                        const QString &analyst)
{
    m_db.cached("INSERT INTO feed(hub_seq, op_seq, visible_to, hidden_from, audience, analyst) "
                "VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
        .bind(1, std::int64_t(hubSeq))
        .bind(2, std::int64_t(opSeq))
        .bind(3, visibleTo.isEmpty() ? QString() : visibleTo)
        .bind(4, hiddenFrom.isEmpty() ? QString() : hiddenFrom)
        .bind(5, audience.isEmpty() ? QString() : audience)
        .bind(6, analyst.isEmpty() ? QString() : analyst)
        .exec();
    StoredOp entry {hubSeq, visibleTo, hiddenFrom, canonical, sig, audience, analyst, {}};
    if (!audience.isEmpty()) {
        auto &members = m_db.cached("SELECT analyst FROM memberships WHERE root = ?1 AND "
                                    "from_seq <= ?2 AND (until_seq IS NULL OR until_seq >= ?2)");
        members.bind(1, audience).bind(2, std::int64_t(hubSeq));
        while (members.step())
            entry.members << members.text(0);
        members.reset();
    }
    return entry;
}

QList<HubStore::StoredOp> HubStore::opsAfter(qint64 after, int limit, const QString &centre,
                                             const QString &analyst) const
{
    QList<StoredOp> out;
    // The same rule as StoredOp::isVisibleTo: an analyst's entry for that analyst only; else
    // the centre rule, or membership of the entry's audience at its hub_seq.
    auto &st = const_cast<Database &>(m_db).cached(
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
        StoredOp entry {st.int64(0), st.text(1), st.text(2), st.blob(3),
                        st.blob(4),  st.text(5), st.text(6), {}};
        if (st.int64(7) != 0)
            entry.members << analyst;
        out << entry;
    }
    st.reset();
    return out;
}

qint64 HubStore::lastHubSeq() const
{
    auto &st = const_cast<Database &>(m_db).cached("SELECT coalesce(max(hub_seq), 0) FROM feed");
    const qint64 last = st.step() ? st.int64(0) : 0;
    st.reset();
    return last;
}

bool HubStore::revoke(const QString &deviceId)
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

} // namespace liaison
