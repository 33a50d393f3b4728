#pragma once

#include "domain/ValidationError.h"
#include "sync/OpLog.h"

#include <QObject>

#include <stdexcept>
#include <vector>

namespace liaison {

class DraftStore;
struct RoutedChange; // sync/ChangeRouter.h: what a service receives of applied changes

// Shared plumbing of the services: ids, committing changes, reading rows.
class ServiceBase : public QObject
{
    Q_OBJECT
public:
    explicit ServiceBase(OpLog &log, QObject *parent = nullptr);

    OpLog &opLog() { return m_log; }
    const OpLog &opLog() const { return m_log; }
    const LocalIdentity &identity() const { return m_log.identity(); }
    // An analyst's display name from this device's copy of the hub's directory (the id when
    // unknown).
    QString analystName(const QString &analystId) const { return m_log.analystName(analystId); }
    // Unsaved edits kept at lock time, in this profile (local to this device, never synced).
    DraftStore drafts();

    static QString newId(); // random UUID, lowercase, no braces

    // The registry's field rules (domain/Schema: FieldDef::maxLength, Required), the one
    // place the services check them: no text longer than its field's maxLength
    // ("too-long"), no required field blank (text: only white space; "required"), and when
    // creating, every required field present ("required"). Throws ValidationError naming
    // the first field, in the change's order. Unknown entities and fields are left to
    // OpLog::commit. Remote ops are not held to these rules (docs/STORAGE.md, "Limits").
    static void checkChange(const Change &change, bool creating);

protected:
    // An edit of existing records: each change checked (checkChange, not creating), then
    // committed in one transaction.
    void commit(const QString &entity, const QString &id, Fields fields);
    void commitAll(const std::vector<Change> &changes);
    // The change that makes a record, checked as a creation; commit it with commitAll (or
    // create(), which does both).
    static Change newRecord(const QString &entity, const QString &id, Fields fields);
    void create(const QString &entity, const QString &id, Fields fields);
    // Child entity's parent id (e.g. an indicator's incident), empty if unknown.
    QString parentOf(const char *table, const char *parentField, const QString &id) const;
    bool rowExists(const char *table, const QString &id) const;
    // The subset of wanted whose values differ from the stored record: an edit commits only
    // what the user changed, so it does not overwrite others' concurrent edits of other fields.
    // Throws ValidationError("record", "not-found") when the record does not exist.
    Fields onlyChanged(const char *entity, const QString &id, Fields wanted) const;

    OpLog &m_log;
};

} // namespace liaison
