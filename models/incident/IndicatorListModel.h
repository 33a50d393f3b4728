#pragma once

#include "KeyedRowsModel.h"

#include "services/IncidentService.h"

namespace liaison {

// One row of the indicators table: the indicator, who added it, where else it is seen.
struct IndicatorRow
{
    Indicator indicator;
    QString addedBy; // analyst id of the op that created it
    QList<IndicatorSighting> elsewhere; // other incidents holding the same value
};

// One incident's indicators, following IncidentService::indicatorsChanged (of this incident,
// and of the others for "seen elsewhere"). The IOC and Sighted columns are check boxes that
// write through the service; a refused change leaves the row as it was.
class IndicatorListModel : public KeyedRowsModel<IndicatorRow>
{
    Q_OBJECT
public:
    enum Column {
        TypeColumn,
        ValueColumn,
        TlpColumn,
        IocColumn,
        SightedColumn,
        FirstSeenColumn,
        LastSeenColumn,
        SourceColumn,
        ElsewhereColumn,
        NoteColumn,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole,
        TypeKeyRole,
        TlpKeyRole, // the effective marking's key
        ValueRole, // the live value
        ElsewhereRole, // QStringList of the other incidents' ids
        StaysInCentreRole // bool
    };

    IndicatorListModel(IncidentService &service, const QString &incidentId,
                       QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void reload();
    // The translated reason of the last refused check-box change (empty when none).
    QString lastError() const { return m_lastError; }

signals:
    void editRefused(const QString &message);

protected:
    QString keyOf(const IndicatorRow &row) const override { return row.indicator.id; }

private:
    QString sourceText(const IndicatorRow &row) const;

    IncidentService &m_service;
    QString m_incidentId;
    QString m_lastError;
};

} // namespace liaison
