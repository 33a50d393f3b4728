#pragma once

#include "sync/Op.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <vector>

namespace liaison {

// One change in an incident's history, as the op log's merge order says it happened: a
// record made, a field changed from one value to another, a record removed or put back.
struct HistoryChange
{
    enum class Kind { Created, Changed, Removed, Restored };
    Kind kind = Kind::Changed;
    QString entity; // "incident", "indicator", "task", ...
    QString entityId;
    QString field; // Changed: the field
    // Changed: the field's value before this op (the value that won among the ops before it
    // by (hlc, device), null when none had set it) and the value it wrote.
    FieldValue before;
    FieldValue after;
    // The record's fields as they stood once this op was applied (to name it: a task's
    // title, an indicator's value and type), sorted by name.
    Fields record;

    const FieldValue *recordField(const QString &name) const;
};

// What one device wrote together: the ops of one save or one transaction (the service's
// commitAll stamps them one after the other). An edit is the ops of one device with
// consecutive sequence numbers, each stamped within kEditGapMs of the one before it.
struct HistoryEdit
{
    static constexpr qint64 kEditGapMs = 500;

    QString device;
    QString author; // analyst id
    QString centre;
    std::uint64_t hlc = 0; // the first op's stamp
    QStringList opIds;
    QList<HistoryChange> changes; // in the order they were written

    QString key() const { return opIds.isEmpty() ? QString() : opIds.first(); }
};

// The edits of a record and its children from their ops (any order), newest first. Every
// field merges last-writer-wins by (hlc, device) but a scope, which only widens; a write
// that changes nothing (the same value again, a scope that does not widen) is left out, as
// is an edit left with no change.
QList<HistoryEdit> groupHistory(std::vector<Op> ops);

} // namespace liaison
