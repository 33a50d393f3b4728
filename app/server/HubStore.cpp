#include "server/HubStore.h"

#include "core/Logging.h"
#include "crypto/DeviceKey.h"
#include "crypto/Kdf.h"
#include "crypto/Sodium.h"
#include "server/SelfSignedCertificate.h"
#include "sync/Hlc.h"

#include <sodium.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QTimeZone>
#include <QUuid>

namespace liaison {

namespace {

constexpr int kHubSchema = 1;
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
    revoked_at INTEGER
) WITHOUT ROWID;
CREATE TABLE ops (
    hub_seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    device TEXT NOT NULL,
    centre TEXT NOT NULL,
    scope TEXT NOT NULL,
    body BLOB NOT NULL,
    sig BLOB NOT NULL
);
INSERT INTO meta(key, value) VALUES ('hub_schema', 1);
)SQL";

QString pathIn(const QString &dir, const char *name)
{
    return QDir(dir).filePath(QLatin1String(name));
}

// Creates path with owner-only permissions; refuses to overwrite.
void writeSecretFile(const QString &path, const char *data, qsizetype size)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                   QFileDevice::ReadOwner | QFileDevice::WriteOwner)
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
    return HubDevice {st.text(0),   st.blob(1),
                      st.text(2),   st.text(3),
                      st.text(4),   QDateTime::fromSecsSinceEpoch(st.int64(5), QTimeZone::utc()),
                      !st.isNull(6)};
}

constexpr char kDeviceColumns[]
    = "SELECT d.id, d.public_key, d.analyst_id, a.name, a.centre, d.enrolled_at, d.revoked_at "
      "FROM devices d JOIN analysts a ON a.id = d.analyst_id ";

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
    QFile::setPermissions(dir,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);

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
    store->m_db.exec(kSchema);
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
    if (schema != kHubSchema)
        throw HubError(HubError::Kind::NotAHub, "hub.db has an unknown schema");
    return store;
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
    // One message for unknown, used and expired: the caller learns nothing about which.
    if (!found || used || now.toSecsSinceEpoch() >= expiresAt)
        throw HubError(HubError::Kind::CodeRejected,
                       "the enrolment code is invalid, used or expired");
    const QString deviceId = DeviceKey::deviceIdFor(publicKey);
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
    // The connection authenticated as device; the op must be its own and well-formed.
    if (op.device != device.id)
        throw HubError(HubError::Kind::OpRejected, "op-device-mismatch");
    if (device.revoked)
        throw HubError(HubError::Kind::OpRejected, "device-revoked");
    if (op.author != device.analystId || op.centre != device.centre)
        throw HubError(HubError::Kind::OpRejected, "author-or-centre-mismatch");
    if (HybridClock::wallMs(op.hlc)
        > quint64(now.toMSecsSinceEpoch() + HybridClock::kMaxForwardDriftMs))
        throw HubError(HubError::Kind::OpRejected, "clock-ahead");
    auto &have = m_db.cached("SELECT hub_seq FROM ops WHERE id = ?1");
    have.bind(1, op.id());
    if (have.step()) {
        const qint64 seq = have.int64(0);
        have.reset();
        return {seq, true};
    }
    have.reset();
    const QByteArray body = op.canonical();
    if (!op.verifyCanonical(device.publicKey, body))
        throw HubError(HubError::Kind::OpRejected, "bad-signature");
    // Gap-free: the next hub_seq is max + 1 inside the writer's transaction.
    const qint64 next = m_db.scalarInt("SELECT coalesce(max(hub_seq), 0) + 1 FROM ops");
    m_db.cached("INSERT INTO ops(hub_seq, id, device, centre, scope, body, sig) "
                "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
        .bind(1, std::int64_t(next))
        .bind(2, op.id())
        .bind(3, op.device)
        .bind(4, op.centre)
        .bind(5, op.scope)
        .bind(6, body)
        .bind(7, op.sig)
        .exec();
    return {next, false};
}

QList<HubStore::StoredOp> HubStore::opsAfter(qint64 after, int limit, const QString &centre) const
{
    QList<StoredOp> out;
    auto &st = const_cast<Database &>(m_db).cached(
        "SELECT hub_seq, centre, scope, body, sig FROM ops WHERE hub_seq > ?1 "
        "AND (scope = 'shared' OR centre = ?2) ORDER BY hub_seq LIMIT ?3");
    st.bind(1, std::int64_t(after)).bind(2, centre).bind(3, std::int64_t(limit));
    while (st.step())
        out << StoredOp {st.int64(0), st.text(1), st.text(2), st.blob(3), st.blob(4)};
    st.reset();
    return out;
}

qint64 HubStore::lastHubSeq() const
{
    return const_cast<Database &>(m_db).scalarInt("SELECT coalesce(max(hub_seq), 0) FROM ops");
}

bool HubStore::revoke(const QString &deviceId)
{
    Transaction tx(m_db);
    m_db.cached("UPDATE devices SET revoked_at = ?2 WHERE id = ?1 AND revoked_at IS NULL")
        .bind(1, deviceId)
        .bind(2, std::int64_t(QDateTime::currentSecsSinceEpoch()))
        .exec();
    tx.commit();
    return device(deviceId).has_value();
}

} // namespace liaison
