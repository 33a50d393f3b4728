// Built and run at configure time by cmake/SQLCipher.cmake (not part of any target). Exits 0
// only when <sqlcipher/sqlite3.h> declares SQLCipher's codec API, matches the version of the
// library it links, and that library is SQLCipher (it answers PRAGMA cipher_version).
#define SQLITE_HAS_CODEC 1
#include <sqlcipher/sqlite3.h>

#include <cstdio>

int main()
{
    // Plain SQLite 3.32 and later do not declare sqlite3_key: then this does not compile.
    int (*const keyFunction)(sqlite3 *, const void *, int) = &sqlite3_key;
    if (!keyFunction)
        return 2;
    if (sqlite3_libversion_number() != SQLITE_VERSION_NUMBER) {
        std::printf("header SQLite %s, library SQLite %s\n", SQLITE_VERSION, sqlite3_libversion());
        return 3;
    }
    sqlite3 *db = nullptr;
    if (sqlite3_open(":memory:", &db) != SQLITE_OK)
        return 4;
    sqlite3_stmt *statement = nullptr;
    int status = 5;
    if (sqlite3_prepare_v2(db, "PRAGMA cipher_version", -1, &statement, nullptr) == SQLITE_OK
        && sqlite3_step(statement) == SQLITE_ROW && sqlite3_column_text(statement, 0)) {
        std::printf("SQLCipher %s on SQLite %s\n",
                    reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)),
                    sqlite3_libversion());
        status = 0;
    } else {
        std::printf("the library links but is not SQLCipher (no PRAGMA cipher_version)\n");
    }
    sqlite3_finalize(statement);
    sqlite3_close(db);
    return status;
}
