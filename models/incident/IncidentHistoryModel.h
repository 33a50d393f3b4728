#pragma once

#include "KeyedRowsModel.h"

#include "sync/Op.h"

#include <QHash>

namespace liaison {

class IncidentService;
class OpLog;

// An incident's history from the op log (its own ops and those of its indicators and
// comments), newest first: when, who (the directory's name), which device, what changed (the
// record's kind and fields in the UI language). The op log is the audit trail, so this model
// reads it directly; it follows the service's signals for the incident.
class IncidentHistoryModel : public KeyedRowsModel<Op>
{
    Q_OBJECT
public:
    enum Column { WhenColumn, WhoColumn, DeviceColumn, WhatColumn, ColumnCount };

    IncidentHistoryModel(IncidentService &service, OpLog &log, const QString &incidentId,
                         QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void reload();
    // Who made the latest change of the incident record itself; empty when unknown.
    QString latestIncidentAuthor() const;

protected:
    QString keyOf(const Op &row) const override { return row.id(); }

private:
    QString nameOf(const QString &analyst) const;

    IncidentService &m_service;
    OpLog &m_log;
    QString m_incidentId;
    mutable QHash<QString, QString> m_names; // a few authors, many ops: one look-up each
};

} // namespace liaison
