#include "storage/Meta.h"

#include "storage/Database.h"

namespace liaison {

QString readMeta(Database &db, const char *key)
{
    auto &st = db.cached("SELECT value FROM meta WHERE key = ?1");
    st.bind(1, QString::fromLatin1(key));
    const QString value = st.step() ? st.text(0) : QString();
    st.reset();
    return value;
}

void writeMeta(Database &db, const char *key, const QString &value)
{
    // SQLite 3.15 has no UPSERT; INSERT OR REPLACE would delete the row first.
    db.cached("INSERT OR IGNORE INTO meta(key, value) VALUES (?1, ?2)")
        .bind(1, QString::fromLatin1(key))
        .bind(2, value)
        .exec();
    db.cached("UPDATE meta SET value = ?2 WHERE key = ?1")
        .bind(1, QString::fromLatin1(key))
        .bind(2, value)
        .exec();
}

} // namespace liaison
