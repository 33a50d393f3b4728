#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace liaison {

class Database;

// Unsaved edits kept when the profile locks (table drafts, schema 5): in the encrypted
// profile, local to this device, never ops and never synced. A record is what was being
// edited ("incident/ID"); its fields are input names and the text typed so far.
class DraftStore
{
public:
    explicit DraftStore(Database &db);

    // Replaces the record's draft in one transaction (an empty map removes it).
    void save(const QString &record, const QHash<QString, QString> &fields, qint64 savedAtMs);
    QHash<QString, QString> load(const QString &record) const;
    void remove(const QString &record);
    QStringList records() const;

private:
    Database &m_db;
};

} // namespace liaison
