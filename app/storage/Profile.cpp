#include "storage/Profile.h"

#include "core/FileUtil.h"
#include "core/Logging.h"
#include "storage/Migrations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QStandardPaths>

namespace liaison {

namespace {

constexpr char kFormat[] = "liaison-profile";
constexpr int kFormatVersion = 1;
constexpr char kRekeyDatabase[] = "liaison.db.rekey";
constexpr char kRekeySettings[] = "profile.next.json";
constexpr char kLockFile[] = ".liaison.lock";

int g_rekeyFailurePoint = 0;
int g_createSchemaVersion = 0;

struct Settings
{
    KdfParams kdf;
    QByteArray keyCheck;
    ProfileHolder holder; // not secret: who the profile belongs to, for the unlock dialog
};

constexpr int kMaxHolderText = 200;

QString pathIn(const QString &dir, const char *name)
{
    return QDir(dir).filePath(QLatin1String(name));
}

QByteArray settingsJson(const Settings &s)
{
    QJsonObject kdf {{"alg", "argon2id13"},
                     {"ops", static_cast<qint64>(s.kdf.opsLimit)},
                     {"mem", static_cast<qint64>(s.kdf.memLimit)},
                     {"salt", QString::fromLatin1(s.kdf.salt.toBase64())}};
    QJsonObject cipher {{"page_size", 4096}, {"hmac", "HMAC_SHA1"}, {"kdf", "PBKDF2_HMAC_SHA1"}};
    QJsonObject root {{"format", kFormat},
                      {"version", kFormatVersion},
                      {"kdf", kdf},
                      {"cipher", cipher},
                      {"key_check", QString::fromLatin1(s.keyCheck.toBase64())}};
    if (!s.holder.isEmpty())
        root.insert(QLatin1String("holder"),
                    QJsonObject {{"analyst", s.holder.analyst}, {"centre", s.holder.centre}});
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Settings readSettings(const QString &dir, const char *file)
{
    QFile f(pathIn(dir, file));
    if (!f.exists())
        throw ProfileError(ProfileError::Kind::NotAProfile, "no profile in this folder");
    if (!f.open(QIODevice::ReadOnly))
        throw ProfileError(ProfileError::Kind::Io, "cannot read the profile settings");
    if (f.size() > 64 * 1024)
        throw ProfileError(ProfileError::Kind::NotAProfile, "the profile settings are not ours");
    QJsonParseError err {};
    const auto doc = QJsonDocument::fromJson(f.readAll(), &err);
    const auto root = doc.object();
    if (err.error != QJsonParseError::NoError || root.value("format").toString() != kFormat)
        throw ProfileError(ProfileError::Kind::NotAProfile, "the profile settings are not ours");
    const int formatVersion = root.value("version").toInt(0);
    if (formatVersion > kFormatVersion)
        throw ProfileError(ProfileError::Kind::SchemaTooNew,
                           "the profile settings were written by a newer Liaison");
    if (formatVersion != kFormatVersion)
        throw ProfileError(ProfileError::Kind::Corrupt, "the profile settings are damaged");
    const auto kdf = root.value("kdf").toObject();
    Settings s;
    s.kdf.opsLimit = static_cast<std::uint64_t>(kdf.value("ops").toInteger());
    s.kdf.memLimit = static_cast<std::uint64_t>(kdf.value("mem").toInteger());
    s.kdf.salt = QByteArray::fromBase64(kdf.value("salt").toString().toLatin1());
    s.keyCheck = QByteArray::fromBase64(root.value("key_check").toString().toLatin1());
    // Optional, and never a reason to refuse the profile: only shown before unlocking.
    const auto holder = root.value("holder").toObject();
    s.holder.analyst = holder.value("analyst").toString().left(kMaxHolderText);
    s.holder.centre = holder.value("centre").toString().left(kMaxHolderText);
    if (kdf.value("alg").toString() != QLatin1String("argon2id13") || !s.kdf.isSane()
        || s.keyCheck.size() != 32) {
        throw ProfileError(ProfileError::Kind::Corrupt, "the profile settings are damaged");
    }
    return s;
}

void writeSettings(const QString &path, const Settings &s)
{
    QString error;
    if (!writeFileAtomically(path, settingsJson(s), &error))
        throw ProfileError(ProfileError::Kind::Io, error.toStdString());
}

void failIfAsked(int step)
{
    if (g_rekeyFailurePoint == step)
        throw ProfileError(ProfileError::Kind::Io, "simulated crash during passphrase change");
}

std::unique_ptr<QLockFile> lockProfile(const QString &dir)
{
    auto lock = std::make_unique<QLockFile>(pathIn(dir, kLockFile));
    lock->setStaleLockTime(0); // a lock is stale only when its process is gone
    if (!lock->tryLock(100))
        throw ProfileError(ProfileError::Kind::Locked, "the profile is open in another Liaison");
    return lock;
}

} // namespace

Profile::~Profile() = default;

bool Profile::exists(const QString &dir)
{
    return QFileInfo::exists(pathIn(dir, kSettingsFile))
        || QFileInfo::exists(pathIn(dir, kRekeySettings));
}

QString Profile::databasePath() const
{
    return pathIn(m_dir, kDatabaseFile);
}

void Profile::setRekeyFailurePointForTesting(int step)
{
    g_rekeyFailurePoint = step;
}

void Profile::setCreateSchemaVersionForTesting(int version)
{
    g_createSchemaVersion = version;
}

std::unique_ptr<Profile> Profile::create(const QString &dir, const SecureBuffer &passphrase,
                                         const KdfParams &params)
{
    if (exists(dir))
        throw ProfileError(ProfileError::Kind::AlreadyExists, "a profile already exists here");
    if (!QDir().mkpath(dir))
        throw ProfileError(ProfileError::Kind::Io, "cannot create the profile folder");
    // Owner-only before anything is written in it (the database, its salt and settings).
    makePrivate(dir);
    std::unique_ptr<Profile> profile(new Profile);
    profile->m_dir = QDir(dir).absolutePath();
    profile->m_lock = lockProfile(profile->m_dir);
    // A database without settings is the remains of a create() that died: start over.
    for (const char *stale : {kDatabaseFile, "liaison.db-wal", "liaison.db-shm", kRekeyDatabase})
        QFile::remove(pathIn(dir, stale));

    Settings s;
    s.kdf = params;
    SecureBuffer key = deriveKey(passphrase, params);
    s.keyCheck = keyCheckValue(key);
    profile->openDatabase(key, true);
    // The settings file is written last: until it exists, the folder holds no profile.
    writeSettings(pathIn(dir, kSettingsFile), s);
    makePrivate(dir); // the files SQLite and QSaveFile made under the process umask
    qCInfo(lcProfile) << "created profile";
    return profile;
}

std::unique_ptr<Profile> Profile::open(const QString &dir, const SecureBuffer &passphrase)
{
    std::unique_ptr<Profile> profile(new Profile);
    profile->m_dir = QDir(dir).absolutePath();
    if (!QFileInfo(dir).isDir() || !exists(dir))
        throw ProfileError(ProfileError::Kind::NotAProfile, "no profile in this folder");
    // A profile that other local users could read (copy the database and salt, guess
    // offline) is tightened before it is unlocked.
    if (makePrivate(profile->m_dir))
        qCWarning(lcProfile) << "the profile folder was readable by others: made owner-only";
    profile->m_lock = lockProfile(profile->m_dir);
    recoverInterruptedRekey(profile->m_dir);
    const Settings s = readSettings(dir, kSettingsFile);
    if (!QFileInfo::exists(pathIn(dir, kDatabaseFile)))
        throw ProfileError(ProfileError::Kind::NotAProfile, "the profile has no database");
    SecureBuffer key = deriveKey(passphrase, s.kdf);
    if (keyCheckValue(key) != s.keyCheck)
        throw ProfileError(ProfileError::Kind::WrongPassphrase, "wrong passphrase");
    profile->openDatabase(key, false);
    makePrivate(profile->m_dir); // the lock file and a WAL made just now, under the umask
    return profile;
}

ProfileHolder Profile::readHolder(const QString &dir)
{
    try {
        const bool interrupted = !QFileInfo::exists(pathIn(dir, kSettingsFile))
            && QFileInfo::exists(pathIn(dir, kRekeySettings));
        return readSettings(dir, interrupted ? kRekeySettings : kSettingsFile).holder;
    } catch (const ProfileError &) {
        return {};
    }
}

void Profile::setHolder(const ProfileHolder &holder)
{
    Settings s = readSettings(m_dir, kSettingsFile);
    const ProfileHolder trimmed {holder.analyst.left(kMaxHolderText),
                                 holder.centre.left(kMaxHolderText)};
    if (s.holder.analyst == trimmed.analyst && s.holder.centre == trimmed.centre)
        return;
    s.holder = trimmed;
    writeSettings(pathIn(m_dir, kSettingsFile), s);
}

QString Profile::defaultDir()
{
    // AppDataLocation is <data>/<organisation>/<application>; both are "Liaison", which made
    // ~/.local/share/Liaison/Liaison. The profile lives one level up, in <data>/Liaison.
    const QFileInfo base(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
    const QString doubled = QDir(base.filePath()).filePath(QStringLiteral("profile"));
    const QString name = QCoreApplication::organizationName();
    const QFileInfo parent(base.absolutePath()); // neither needs to exist yet
    if (name.isEmpty() || QCoreApplication::applicationName() != name || base.fileName() != name
        || parent.fileName() != name)
        return doubled;
    const QString dir = QDir(parent.filePath()).filePath(QStringLiteral("profile"));
    // A profile made by an earlier version at the doubled path moves here, unless it is open
    // (its lock file exists) or something is already here; then it is used where it is.
    if (exists(doubled) && !exists(dir)) {
        if (QFileInfo::exists(dir) || QFileInfo::exists(pathIn(doubled, kLockFile))
            || !QDir().rename(doubled, dir))
            return doubled;
        QDir().rmdir(QFileInfo(doubled).absolutePath()); // the emptied Liaison/Liaison
        qCInfo(lcProfile) << "moved the profile out of the doubled folder";
    }
    return dir;
}

void Profile::openDatabase(const SecureBuffer &key, bool create)
{
    const SecureBuffer raw = sqlcipherRawKey(key);
    try {
        m_db = Database::open(databasePath(), raw,
                              create ? Database::OpenMode::ReadWriteCreate
                                     : Database::OpenMode::ReadWrite);
        m_db.verifyReadable();
    } catch (const StorageError &e) {
        m_db.close();
        if (e.isNotADatabase())
            throw ProfileError(ProfileError::Kind::Corrupt, "the profile database is damaged");
        throw ProfileError(ProfileError::Kind::Io, e.what());
    }
    try {
        const int version = schemaVersion(m_db);
        // An existing profile always has a schema: an empty or truncated file is damage, not a
        // new profile (migrating it would silently start over with a new device key).
        if (!create && version == 0)
            throw StorageError(11 /* SQLITE_CORRUPT */, "the profile database is empty");
        if (version > latestSchemaVersion())
            throw SchemaTooNew {version, latestSchemaVersion()};
        m_db.exec("PRAGMA journal_mode = WAL");
        m_db.applyConnectionPragmas();
        migrate(m_db,
                create && g_createSchemaVersion ? g_createSchemaVersion : latestSchemaVersion());
    } catch (const SchemaTooNew &e) {
        m_db.close();
        throw ProfileError(ProfileError::Kind::SchemaTooNew,
                           "profile schema " + std::to_string(e.found)
                               + " is newer than this Liaison supports ("
                               + std::to_string(e.supported) + ")");
    } catch (const StorageError &e) {
        m_db.close();
        const int primary = e.code() & 0xff;
        if (primary == 11 /* SQLITE_CORRUPT */ || e.isNotADatabase())
            throw ProfileError(ProfileError::Kind::Corrupt, "the profile database is damaged");
        throw ProfileError(ProfileError::Kind::Io, e.what());
    }
}

void Profile::changePassphrase(const SecureBuffer &currentPassphrase,
                               const SecureBuffer &newPassphrase, const KdfParams &params)
{
    // The current passphrase is asked again: an unlocked, unattended desktop must not be
    // enough to lock its owner out.
    const Settings current = readSettings(m_dir, kSettingsFile);
    const SecureBuffer oldKey = deriveKey(currentPassphrase, current.kdf);
    if (keyCheckValue(oldKey) != current.keyCheck)
        throw ProfileError(ProfileError::Kind::WrongPassphrase, "wrong passphrase");
    Settings next;
    next.kdf = params;
    next.holder = current.holder;
    SecureBuffer newKey = deriveKey(newPassphrase, params);
    next.keyCheck = keyCheckValue(newKey);
    const SecureBuffer raw = sqlcipherRawKey(newKey);
    const QString rekeyPath = pathIn(m_dir, kRekeyDatabase);
    QFile::remove(rekeyPath);

    // Step 1: a complete copy under the new key, beside the live database.
    {
        auto attach = m_db.prepare("ATTACH DATABASE ?1 AS rekey KEY ?2");
        attach.bind(1, QDir::toNativeSeparators(rekeyPath));
        attach.bindSecret(2, raw, raw.size() - 1);
        attach.exec();
    }
    try {
        m_db.exec("PRAGMA rekey.cipher_page_size = 4096");
        if (m_db.scalarText("PRAGMA cipher_version")
                .value_or(QString())
                .startsWith(QLatin1Char('4'))) {
            m_db.exec("PRAGMA rekey.cipher_hmac_algorithm = HMAC_SHA1");
            m_db.exec("PRAGMA rekey.cipher_kdf_algorithm = PBKDF2_HMAC_SHA1");
        }
        m_db.exec("SELECT sqlcipher_export('rekey')");
        m_db.exec("DETACH DATABASE rekey");
        // The copy must open on its own, with the settings every later open will use.
        Database copy = Database::open(rekeyPath, raw, Database::OpenMode::ReadWrite);
        copy.verifyReadable();
        if (copy.scalarText("PRAGMA quick_check").value_or(QString()) != QLatin1String("ok")
            || schemaVersion(copy) != schemaVersion(m_db))
            throw ProfileError(ProfileError::Kind::Io, "the re-encrypted copy does not verify");
    } catch (...) {
        try {
            m_db.exec("DETACH DATABASE rekey");
        } catch (const StorageError &) { }
        QFile::remove(rekeyPath);
        throw;
    }
    failIfAsked(1);

    // Step 2: the new settings, beside the live ones. While liaison.db.rekey exists, an
    // interrupted change rolls back (recoverInterruptedRekey).
    writeSettings(pathIn(m_dir, kRekeySettings), next);
    failIfAsked(2);

    // Step 3: the switch. One atomic rename replaces the database; from here on the change
    // rolls forward.
    // The old key's WAL must be empty and gone, or it would be replayed onto the new file.
    m_db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
    m_db.close();
    QString error;
    if (QFileInfo::exists(databasePath() + QStringLiteral("-wal"))
        && !QFile::remove(databasePath() + QStringLiteral("-wal"))) {
        reopenAfterFailure(oldKey);
        recoverInterruptedRekey(m_dir);
        throw ProfileError(ProfileError::Kind::Io, "cannot remove the old write-ahead log");
    }
    QFile::remove(databasePath() + QStringLiteral("-shm"));
    if (!replaceFile(rekeyPath, databasePath(), &error)) {
        recoverInterruptedRekey(m_dir);
        reopenAfterFailure(oldKey);
        throw ProfileError(ProfileError::Kind::Io, error.toStdString());
    }
    failIfAsked(3);

    // Step 4: the new settings take the place of the old. Should this fail, the next open
    // finishes it (recoverInterruptedRekey); meanwhile the database works under the new key.
    if (!replaceFile(pathIn(m_dir, kRekeySettings), pathIn(m_dir, kSettingsFile), &error)) {
        reopenAfterFailure(newKey);
        throw ProfileError(ProfileError::Kind::Io, error.toStdString());
    }
    failIfAsked(4);

    openDatabase(newKey, false);
    qCInfo(lcProfile) << "passphrase changed";
}

void Profile::reopenAfterFailure(const SecureBuffer &key)
{
    try {
        openDatabase(key, false);
    } catch (const ProfileError &e) {
        qCWarning(lcProfile) << "cannot reopen the profile after a failed passphrase change:"
                             << e.what();
    }
}

void Profile::recoverInterruptedRekey(const QString &dir)
{
    const QString nextSettings = pathIn(dir, kRekeySettings);
    const QString rekeyDb = pathIn(dir, kRekeyDatabase);
    if (QFileInfo::exists(rekeyDb)) {
        // The switch (step 3) never happened: the old database and settings are intact.
        QFile::remove(rekeyDb);
        QFile::remove(nextSettings);
        qCWarning(lcProfile) << "rolled back an interrupted passphrase change";
    } else if (QFileInfo::exists(nextSettings)) {
        // The database was switched; finish by switching the settings.
        QString error;
        if (!replaceFile(nextSettings, pathIn(dir, kSettingsFile), &error))
            throw ProfileError(ProfileError::Kind::Io, error.toStdString());
        qCWarning(lcProfile) << "completed an interrupted passphrase change";
    }
}

} // namespace liaison
