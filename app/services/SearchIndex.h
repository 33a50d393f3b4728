#pragma once

#include <QString>
#include <QStringList>

namespace liaison {

class Database;

// Full-text search (FTS4) over the registry's searchable fields (domain/Schema): incidents
// (title, summary), their indicators (value, note) and comments (body).
// Writes only note changed rows (search_pending); refresh() brings the index up to date and
// runs before every search, so a search never misses an edit.
class SearchIndex
{
public:
    explicit SearchIndex(Database &db)
        : m_db(db)
    { }

    // Re-indexes every row changed since the last refresh, in one transaction. Returns how
    // many rows it indexed.
    int refresh();
    // Re-indexes at most maxRows of the changed rows, in one transaction, so that an idle
    // re-index can run in slices between events. Returns how many pending rows it took (0:
    // the index is up to date).
    int refreshSome(int maxRows);
    int pending() const;

    // Ids of live incidents whose title, summary, indicators or comments match every word of
    // text (prefix match, case-insensitive). Text is user input: it is tokenised here, never
    // passed to FTS as query syntax.
    QStringList searchIncidents(const QString &text);

    // The FTS query made of user text ("" when it has no searchable word).
    static QString toFtsQuery(const QString &text);

private:
    Database &m_db;
};

} // namespace liaison
