#include "storage/Database.h"

#include "core/Logging.h"

#ifndef SQLITE_HAS_CODEC
#define SQLITE_HAS_CODEC 1
#endif
#include <sqlcipher/sqlite3.h> // never a plain SQLite header (cmake/SQLCipher.cmake)

#include <QFile>

#include <string>
#include <unordered_map>
#include <utility>

namespace liaison {

bool StorageError::isNotADatabase() const
{
    return (m_code & 0xff) == SQLITE_NOTADB;
}

// ---- Statement ---------------------------------------------------------------------------

Statement::Statement(Database &db, const char *sql)
    : m_db(&db)
{
    if (!db.isOpen())
        throw StorageError(SQLITE_MISUSE, "the database is closed");
    const int rc = sqlite3_prepare_v2(db.handle(), sql, -1, &m_stmt, nullptr);
    if (rc != SQLITE_OK)
        db.throwError(rc, "prepare");
}

Statement::~Statement()
{
    if (m_stmt)
        sqlite3_finalize(m_stmt);
}

Statement::Statement(Statement &&other) noexcept
    : m_stmt(std::exchange(other.m_stmt, nullptr))
    , m_db(std::exchange(other.m_db, nullptr))
{ }

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        if (m_stmt)
            sqlite3_finalize(m_stmt);
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_db = std::exchange(other.m_db, nullptr);
    }
    return *this;
}

void Statement::check(int rc) const
{
    if (rc != SQLITE_OK)
        m_db->throwError(rc, "bind");
}

Statement &Statement::bind(int index, std::int64_t value)
{
    check(sqlite3_bind_int64(m_stmt, index, value));
    return *this;
}

Statement &Statement::bind(int index, double value)
{
    check(sqlite3_bind_double(m_stmt, index, value));
    return *this;
}

Statement &Statement::bind(int index, const QString &value)
{
    if (value.isNull())
        return bindNull(index);
    return bindText(index, value.toUtf8());
}

Statement &Statement::bindText(int index, const QByteArray &utf8)
{
    check(sqlite3_bind_text(m_stmt, index, utf8.constData(), static_cast<int>(utf8.size()),
                            SQLITE_TRANSIENT));
    return *this;
}

Statement &Statement::bind(int index, const QByteArray &blob)
{
    if (blob.isNull())
        return bindNull(index);
    check(sqlite3_bind_blob(m_stmt, index, blob.constData(), static_cast<int>(blob.size()),
                            SQLITE_TRANSIENT));
    return *this;
}

Statement &Statement::bindNull(int index)
{
    check(sqlite3_bind_null(m_stmt, index));
    return *this;
}

Statement &Statement::bindSecret(int index, const SecureBuffer &secret, std::size_t length)
{
    check(
        sqlite3_bind_text(m_stmt, index, secret.chars(), static_cast<int>(length), SQLITE_STATIC));
    return *this;
}

Statement &Statement::bindSecretBlob(int index, const SecureBuffer &secret)
{
    check(sqlite3_bind_blob(m_stmt, index, secret.data(), static_cast<int>(secret.size()),
                            SQLITE_STATIC));
    return *this;
}

bool Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    // The statement's text (never its bound values) says which one failed: the SQL of this
    // code base is written with parameters, so it holds no analyst's data.
    const char *sql = sqlite3_sql(m_stmt);
    std::string context = "step (";
    context += sql ? std::string(sql).substr(0, 160) : std::string("?");
    context += ")";
    sqlite3_reset(m_stmt);
    m_db->throwError(rc, context.c_str());
}

void Statement::exec()
{
    while (step()) { }
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

std::int64_t Statement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

QString Statement::text(int column) const
{
    if (isNull(column))
        return {};
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return QString::fromUtf8(p, sqlite3_column_bytes(m_stmt, column));
}

QByteArray Statement::textUtf8(int column) const
{
    if (isNull(column))
        return {};
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return QByteArray(p, sqlite3_column_bytes(m_stmt, column));
}

QByteArray Statement::blob(int column) const
{
    if (isNull(column))
        return {};
    const auto *p = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
    const int n = sqlite3_column_bytes(m_stmt, column);
    return n ? QByteArray(p, n) : QByteArray("", 0);
}

SecureBuffer Statement::secureBlob(int column) const
{
    const void *p = sqlite3_column_blob(m_stmt, column);
    const int n = sqlite3_column_bytes(m_stmt, column);
    return SecureBuffer::fromBytes(p, static_cast<std::size_t>(n));
}

int Statement::columnType(int column) const
{
    return sqlite3_column_type(m_stmt, column);
}

int Statement::columnCount() const
{
    return sqlite3_column_count(m_stmt);
}

// ---- Database ----------------------------------------------------------------------------

struct Database::Cache
{
    std::unordered_map<std::string, Statement> statements;
};

void Database::CacheDeleter::operator()(Cache *cache) const
{
    delete cache;
}

Database::~Database()
{
    close();
}

Database::Database(Database &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_path(std::move(other.m_path))
    , m_cache(new Cache)
{
    // Cached statements point back at their Database: they cannot follow it. Finalise them;
    // they are prepared again on first use.
    if (other.m_cache)
        other.m_cache->statements.clear();
    other.m_cache.reset();
}

Database &Database::operator=(Database &&other) noexcept
{
    if (this != &other) {
        close();
        m_db = std::exchange(other.m_db, nullptr);
        m_path = std::move(other.m_path);
        if (other.m_cache)
            other.m_cache->statements.clear();
        other.m_cache.reset();
        m_cache.reset(new Cache);
    }
    return *this;
}

void Database::close()
{
    if (m_cache)
        m_cache->statements.clear(); // statements must be finalised before the connection
    m_cache.reset();
    if (m_db) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

Database Database::open(const QString &path, const SecureBuffer &key, OpenMode mode)
{
    Database db;
    db.m_path = path;
    int flags = SQLITE_OPEN_NOMUTEX;
    switch (mode) {
    case OpenMode::ReadOnly: flags |= SQLITE_OPEN_READONLY; break;
    case OpenMode::ReadWrite: flags |= SQLITE_OPEN_READWRITE; break;
    case OpenMode::ReadWriteCreate: flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE; break;
    }
    const QByteArray nativePath = QFile::encodeName(path);
    const int rc = sqlite3_open_v2(nativePath.constData(), &db.m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        std::string msg = db.m_db ? sqlite3_errmsg(db.m_db) : "out of memory";
        db.close();
        throw StorageError(rc, "cannot open database: " + msg);
    }
    sqlite3_extended_result_codes(db.m_db, 1);
    if (!key.isEmpty()) {
        // key holds "x'<hex>'\0": SQLCipher takes the raw key without running its own KDF.
        const int krc = sqlite3_key(db.m_db, key.chars(), static_cast<int>(key.size() - 1));
        if (krc != SQLITE_OK)
            db.throwError(krc, "key");
        db.applyCipherCompatibility();
    }
    db.m_cache.reset(new Cache);
    return db;
}

void Database::applyCipherCompatibility()
{
    // SQLCipher 3.x defaults to 1 KiB pages, 4.x to 4 KiB and SHA512. Fixing all three keeps a
    // profile portable between the Debian (3.4.1) and vcpkg (4.x) builds.
    exec("PRAGMA cipher_page_size = 4096");
    const auto version = scalarText("PRAGMA cipher_version").value_or(QString());
    if (version.startsWith(QLatin1Char('4'))) {
        exec("PRAGMA cipher_hmac_algorithm = HMAC_SHA1");
        exec("PRAGMA cipher_kdf_algorithm = PBKDF2_HMAC_SHA1");
    }
}

void Database::verifyReadable()
{
    // The first read of page 1 decrypts it; a wrong key fails here with SQLITE_NOTADB.
    scalarInt("SELECT count(*) FROM sqlite_master");
}

void Database::applyConnectionPragmas()
{
    exec("PRAGMA foreign_keys = ON");
    exec("PRAGMA temp_store = MEMORY");
    exec("PRAGMA synchronous = NORMAL"); // WAL + NORMAL: durable at checkpoints, never corrupt
    exec("PRAGMA busy_timeout = 5000");
    // 64 MiB of decrypted page cache: re-decrypting hot pages costs more than the memory.
    exec("PRAGMA cache_size = -65536");
}

void Database::exec(const char *sql)
{
    char *err = nullptr;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &err);
    if (rc != SQLITE_OK) {
        std::string msg = err ? err : sqlite3_errstr(rc);
        sqlite3_free(err);
        throw StorageError(rc, "exec failed: " + msg);
    }
}

Statement &Database::cached(const std::string &sql)
{
    if (!m_db || !m_cache)
        throw StorageError(SQLITE_MISUSE, "the database is closed");
    auto it = m_cache->statements.find(sql);
    if (it == m_cache->statements.end())
        it = m_cache->statements.emplace(sql, Statement(*this, sql.c_str())).first;
    else
        it->second.reset();
    return it->second;
}

std::int64_t Database::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

QString Database::errorMessage() const
{
    return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString();
}

std::int64_t Database::scalarInt(const char *sql, std::int64_t fallback)
{
    Statement st(*this, sql);
    return st.step() ? st.int64(0) : fallback;
}

std::optional<QString> Database::scalarText(const char *sql)
{
    Statement st(*this, sql);
    if (!st.step())
        return std::nullopt;
    return st.text(0);
}

void Database::throwError(int rc, const char *context) const
{
    std::string msg
        = std::string(context) + ": " + (m_db ? sqlite3_errmsg(m_db) : sqlite3_errstr(rc));
    throw StorageError(rc, msg);
}

// ---- Transaction -------------------------------------------------------------------------

Transaction::Transaction(Database &db)
    : m_db(db)
{
    m_db.cached("BEGIN IMMEDIATE").exec();
}

Transaction::~Transaction()
{
    if (!m_done) {
        try {
            m_db.cached("ROLLBACK").exec();
        } catch (const StorageError &e) {
            qCWarning(lcDb) << "rollback failed:" << e.what();
        }
    }
}

void Transaction::commit()
{
    m_db.cached("COMMIT").exec();
    m_done = true;
}

} // namespace liaison
