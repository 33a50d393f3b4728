#include "IndicatorListModel.h"

#include "domain/DomainText.h"

namespace liaison {

IndicatorListModel::IndicatorListModel(IncidentService &service, const QString &incidentId,
                                       QObject *parent)
    : KeyedRowsModel(ColumnCount, parent)
    , m_service(service)
    , m_incidentId(incidentId)
{
    connect(&m_service, &IncidentService::indicatorsChanged, this, [this](const QString &id) {
        if (id == m_incidentId)
            reload();
    });
    reload();
}

void IndicatorListModel::reload()
{
    // A slot must not throw into Qt's signal machinery: a failed read keeps the rows shown.
    try {
        replaceRows(m_service.indicators(m_incidentId));
    } catch (const std::exception &) { }
}

QVariant IndicatorListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Indicator &i = m_rows.at(index.row());
    if (role == IdRole)
        return i.id;
    if (role == TypeKeyRole)
        return i.type;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case TypeColumn: return indicatorTypeLabel(i.type);
    case ValueColumn: return i.value;
    case NoteColumn: return i.note;
    default: return {};
    }
}

QVariant IndicatorListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    //: Column of the indicators table
    case TypeColumn: return tr("Type");
    //: Column of the indicators table
    case ValueColumn: return tr("Value");
    //: Column of the indicators table
    case NoteColumn: return tr("Note");
    default: return {};
    }
}

} // namespace liaison
