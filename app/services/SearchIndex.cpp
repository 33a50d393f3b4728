#include "services/SearchIndex.h"

#include "storage/Database.h"

#include <QRegularExpression>

#include <algorithm>

#include <string>

namespace liaison {

namespace {
struct IndexedTable
{
    const char *table;
    const char *columns;
};
constexpr IndexedTable kTables[] = {
    {"incidents", "title, summary"},
    {"indicators", "value, note"},
    {"comments", "body"},
};
} // namespace

int SearchIndex::pending() const
{
    return int(m_db.scalarInt("SELECT count(*) FROM search_pending"));
}

int SearchIndex::refresh()
{
    if (m_db.scalarInt("SELECT EXISTS (SELECT 1 FROM search_pending)") == 0)
        return 0;
    Transaction tx(m_db);
    int indexed = 0;
    for (const auto &t : kTables) {
        const std::string table(t.table);
        const std::string columns(t.columns);
        m_db.exec(("DELETE FROM " + table
                   + "_fts WHERE docid IN (SELECT row FROM search_pending "
                     "WHERE tbl = '"
                   + table + "')")
                      .c_str());
        m_db.exec(("INSERT INTO " + table + "_fts(docid, " + columns + ") SELECT rowid, " + columns
                   + " FROM " + table
                   + " WHERE coalesce(deleted, 0) = 0 AND rowid IN (SELECT row "
                     "FROM search_pending WHERE tbl = '"
                   + table + "')")
                      .c_str());
        indexed += m_db.changes();
    }
    m_db.exec("DELETE FROM search_pending");
    tx.commit();
    return indexed;
}

int SearchIndex::refreshSome(int maxRows)
{
    if (m_db.scalarInt("SELECT EXISTS (SELECT 1 FROM search_pending)") == 0)
        return 0;
    Transaction tx(m_db);
    m_db.exec("CREATE TEMP TABLE IF NOT EXISTS search_slice (tbl TEXT NOT NULL, row INTEGER NOT "
              "NULL)");
    m_db.exec("DELETE FROM search_slice");
    m_db.cached("INSERT INTO search_slice(tbl, row) SELECT tbl, row FROM search_pending LIMIT ?1")
        .bind(1, std::int64_t(std::max(1, maxRows)))
        .exec();
    const int taken = int(m_db.scalarInt("SELECT count(*) FROM search_slice"));
    for (const auto &t : kTables) {
        const std::string table(t.table);
        const std::string columns(t.columns);
        const std::string slice = "(SELECT row FROM search_slice WHERE tbl = '" + table + "')";
        m_db.exec(("DELETE FROM " + table + "_fts WHERE docid IN " + slice).c_str());
        m_db.exec(("INSERT INTO " + table + "_fts(docid, " + columns + ") SELECT rowid, " + columns
                   + " FROM " + table + " WHERE coalesce(deleted, 0) = 0 AND rowid IN " + slice)
                      .c_str());
        m_db.exec(
            ("DELETE FROM search_pending WHERE tbl = '" + table + "' AND row IN " + slice).c_str());
    }
    m_db.exec("DELETE FROM search_slice");
    tx.commit();
    return taken;
}

QString SearchIndex::toFtsQuery(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[^\\w]+"),
                                               QRegularExpression::UseUnicodePropertiesOption);
    QStringList terms;
    for (const QString &word : text.split(separators, Qt::SkipEmptyParts))
        terms << QLatin1Char('"') + word.toLower() + QStringLiteral("*\"");
    return terms.join(QLatin1Char(' '));
}

QStringList SearchIndex::searchIncidents(const QString &text)
{
    const QString query = toFtsQuery(text);
    if (query.isEmpty())
        return {};
    refresh();
    auto st = m_db.prepare(
        "SELECT id FROM incidents WHERE coalesce(deleted, 0) = 0 AND ("
        " rowid IN (SELECT docid FROM incidents_fts WHERE incidents_fts MATCH ?1)"
        " OR id IN (SELECT incident_id FROM indicators WHERE coalesce(deleted, 0) = 0 AND rowid IN"
        "   (SELECT docid FROM indicators_fts WHERE indicators_fts MATCH ?1))"
        " OR id IN (SELECT incident_id FROM comments WHERE coalesce(deleted, 0) = 0 AND rowid IN"
        "   (SELECT docid FROM comments_fts WHERE comments_fts MATCH ?1)))"
        " ORDER BY _updated DESC, id");
    st.bind(1, query);
    QStringList ids;
    while (st.step())
        ids << st.text(0);
    return ids;
}

} // namespace liaison
