#pragma once

#include "KeyedRowsModel.h"

#include "services/IncidentService.h"

namespace liaison {

// One incident's indicators (type, value, note), following IncidentService::indicatorsChanged.
class IndicatorListModel : public KeyedRowsModel<Indicator>
{
    Q_OBJECT
public:
    enum Column { TypeColumn, ValueColumn, NoteColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole, TypeKeyRole };

    IndicatorListModel(IncidentService &service, const QString &incidentId,
                       QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void reload();

protected:
    QString keyOf(const Indicator &row) const override { return row.id; }

private:
    IncidentService &m_service;
    QString m_incidentId;
};

} // namespace liaison
