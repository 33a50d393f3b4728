#pragma once

#include "KeyedRowsModel.h"

#include "sync/Op.h"

#include <QHash>

namespace liaison {

class IncidentService;

// An incident's history (IncidentService::history: the signed ops of the incident and of its
// indicators, comments and evidence), newest first: when, who (the directory's name), which
// device, what changed (the record's kind and fields in the UI language). It follows the
// service's signals for the incident.
class IncidentHistoryModel : public KeyedRowsModel<Op>
{
    Q_OBJECT
public:
    enum Column { WhenColumn, WhoColumn, DeviceColumn, WhatColumn, ColumnCount };

    IncidentHistoryModel(IncidentService &service, const QString &incidentId,
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
    QString m_incidentId;
    mutable QHash<QString, QString> m_names; // a few authors, many ops: one look-up each
};

} // namespace liaison
