#include "IncidentFilterProxy.h"

#include "IncidentListModel.h"

namespace liaison {

IncidentFilterProxy::IncidentFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(IncidentListModel::SortRole);
    setSortLocaleAware(true);
    setDynamicSortFilter(true);
}

void IncidentFilterProxy::setFilter(const BoardFilter &filter)
{
    m_filter = filter;
    invalidateFilter();
}

bool IncidentFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_filter.isEmpty())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const auto value = [&index](int role) { return index.data(role).toString(); };
    const QString id = value(IncidentListModel::IdRole);
    if (m_filter.textMatches && !m_filter.textMatches->contains(id))
        return false;
    if (m_filter.assigned && !m_filter.assigned->contains(id))
        return false;
    if (!m_filter.tlps.isEmpty() && !m_filter.tlps.contains(value(IncidentListModel::TlpKeyRole)))
        return false;
    if (!m_filter.severities.isEmpty()
        && !m_filter.severities.contains(value(IncidentListModel::SeverityKeyRole)))
        return false;
    if (!m_filter.statuses.isEmpty()
        && !m_filter.statuses.contains(value(IncidentListModel::StatusKeyRole)))
        return false;
    if (!m_filter.sector.isEmpty() && value(IncidentListModel::SectorKeyRole) != m_filter.sector)
        return false;
    if (!m_filter.centre.isEmpty() && value(IncidentListModel::OwnerCentreRole) != m_filter.centre)
        return false;
    if (m_filter.unseenOnly && !index.data(IncidentListModel::UnseenRole).toBool())
        return false;
    return true;
}

StatusColumnProxy::StatusColumnProxy(const QString &statusKey, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_status(statusKey)
{
    setSortRole(IncidentListModel::SortRole);
    setDynamicSortFilter(true);
}

bool StatusColumnProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    return sourceModel()->index(sourceRow, 0, sourceParent).data(IncidentListModel::StatusKeyRole)
        == m_status;
}

} // namespace liaison
