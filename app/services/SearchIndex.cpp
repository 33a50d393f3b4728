#include "services/SearchIndex.h"

#include "domain/Schema.h"
#include "storage/Database.h"

#include <QRegularExpression>

#include <algorithm>

#include <string>
#include <string_view>
#include <vector>

namespace liaison {

namespace {
struct IndexedTable
{
    std::string table;
    std::string columns;
};

// The tables and columns the index holds: the registry's searchable fields. Their FTS4
// tables (TABLE_fts) and the triggers that note changed rows come from the migrations;
// tst_services checks that they index exactly these columns.
const std::vector<IndexedTable> &indexedTables()
{
    static const std::vector<IndexedTable> tables = [] {
        std::vector<IndexedTable> out;
        for (const auto &def : entityDefs()) {
            if (std::string columns = def.searchableColumns(); !columns.empty())
                out.push_back({def.table, std::move(columns)});
        }
        return out;
    }();
    return tables;
}

// Live incidents matching ?1 in their own searchable fields or in those of their live children.
const std::string &incidentSearchSql()
{
    static const std::string sql = [] {
        std::string where;
        for (const auto &def : entityDefs()) {
            if (def.searchableColumns().empty())
                continue;
            const std::string fts = std::string(def.table) + "_fts";
            const std::string match = "(SELECT docid FROM " + fts + " WHERE " + fts + " MATCH ?1)";
            if (def.name == std::string_view(entity::Incident))
                where += (where.empty() ? " " : " OR ") + ("rowid IN " + match);
            else if (def.parentEntity && def.parentEntity == std::string_view(entity::Incident))
                where += (where.empty() ? " " : " OR ") + std::string("id IN (SELECT ")
                    + def.parentField + " FROM " + def.table
                    + " WHERE coalesce(deleted, 0) = 0 AND rowid IN " + match + ")";
        }
        return "SELECT id FROM incidents WHERE coalesce(deleted, 0) = 0 AND (" + where
            + ") ORDER BY _updated DESC, id";
    }();
    return sql;
}
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
    for (const auto &[table, columns] : indexedTables()) {
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
    for (const auto &[table, columns] : indexedTables()) {
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
    auto st = m_db.prepare(incidentSearchSql().c_str());
    st.bind(1, query);
    QStringList ids;
    while (st.step())
        ids << st.text(0);
    return ids;
}

} // namespace liaison
