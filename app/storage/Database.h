#pragma once

#include "crypto/SecureBuffer.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>

struct sqlite3;
struct sqlite3_stmt;

namespace liaison {

// A failed SQLite/SQLCipher call. code() is the SQLite result code.
class StorageError : public std::runtime_error
{
public:
    StorageError(int code, const std::string &what)
        : std::runtime_error(what)
        , m_code(code)
    { }
    int code() const { return m_code; }
    // SQLITE_NOTADB: wrong key or a file that is not a (SQLCipher) database.
    bool isNotADatabase() const;

private:
    int m_code;
};

class Database;

// A prepared statement. Binds are 1-based like SQLite's; reads are 0-based.
class Statement
{
public:
    Statement() = default;
    Statement(Database &db, const char *sql);
    ~Statement();
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    Statement &bind(int index, std::int64_t value);
    Statement &bind(int index, int value) { return bind(index, std::int64_t(value)); }
    Statement &bind(int index, double value);
    Statement &bind(int index, const QString &value);
    Statement &bind(int index, const QByteArray &blob);
    Statement &bindText(int index, const QByteArray &utf8);
    Statement &bindNull(int index);
    // Binds a secret as text without copying it into SQLite's heap (SQLITE_STATIC): the buffer
    // must outlive the step.
    Statement &bindSecret(int index, const SecureBuffer &secret, std::size_t length);
    Statement &bindSecretBlob(int index, const SecureBuffer &secret);

    // Steps once: true when a row is available, false when done. Throws on error.
    bool step();
    // Steps to completion (for statements that return no rows).
    void exec();
    void reset();

    bool isNull(int column) const;
    std::int64_t int64(int column) const;
    double real(int column) const;
    QString text(int column) const;
    QByteArray textUtf8(int column) const;
    QByteArray blob(int column) const;
    // Copies a blob column straight into secure memory (for key material).
    SecureBuffer secureBlob(int column) const;
    int columnType(int column) const;
    int columnCount() const;

    sqlite3_stmt *handle() const { return m_stmt; }

private:
    void check(int rc) const;

    sqlite3_stmt *m_stmt = nullptr;
    Database *m_db = nullptr;
};

// One SQLCipher connection. Not thread-safe: one thread uses it at a time.
class Database
{
public:
    enum class OpenMode { ReadWrite, ReadWriteCreate, ReadOnly };

    Database() = default;
    ~Database();
    Database(Database &&other) noexcept;
    Database &operator=(Database &&other) noexcept;
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens path and applies the raw 256-bit key (SQLCipher "x'..'" form, never SQL text).
    // Does not read the file: call verifyReadable() to find out whether the key fits.
    static Database open(const QString &path, const SecureBuffer &key, OpenMode mode);
    // Throws StorageError (isNotADatabase()) when the key is wrong or the file is not ours.
    void verifyReadable();
    // Settings shared by SQLCipher 3.4 (Debian) and 4.x (vcpkg): 4 KiB pages, SHA1 HMAC/KDF.
    void applyCipherCompatibility();
    void applyConnectionPragmas();

    void exec(const char *sql);
    Statement prepare(const char *sql) { return Statement(*this, sql); }
    // Returns a prepared statement cached by its SQL text, reset and with bindings cleared.
    Statement &cached(const std::string &sql);

    std::int64_t lastInsertRowId() const;
    int changes() const;
    QString errorMessage() const;
    bool isOpen() const { return m_db != nullptr; }
    void close();
    sqlite3 *handle() const { return m_db; }
    const QString &path() const { return m_path; }

    // Convenience: single integer from a query, or fallback when there is no row.
    std::int64_t scalarInt(const char *sql, std::int64_t fallback = 0);
    std::optional<QString> scalarText(const char *sql);

    [[noreturn]] void throwError(int rc, const char *context) const;

private:
    struct Cache;
    struct CacheDeleter
    {
        void operator()(Cache *cache) const;
    };
    sqlite3 *m_db = nullptr;
    QString m_path;
    std::unique_ptr<Cache, CacheDeleter> m_cache;
};

// BEGIN IMMEDIATE .. COMMIT; rolls back when destroyed without commit (e.g. on exception).
class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    void commit();

private:
    Database &m_db;
    bool m_done = false;
};

} // namespace liaison
