#include "IncidentFilterProxy.h"

#include "models/board/IncidentListModel.h"

namespace liaison {

IncidentFilterProxy::IncidentFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true); // filters follow changes; this proxy does not sort
    // Re-filter when a row's "unseen" mark changes too (the model signals it with this role).
    setFilterRole(IncidentListModel::UnseenRole);
}

void IncidentFilterProxy::setFilter(const BoardFilter &filter)
{
    m_filter = filter;
    // invalidate(), not invalidateFilter(): a new filter can drop tens of thousands of rows,
    // and one layout change costs the views and the board's column proxies one rebuild, where
    // row-range signals would cost one pass each.
    invalidate();
}

bool IncidentFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_filter.isEmpty())
        return true;
    // Over the incident model (the usual case) the row is read directly: a new filter runs
    // this for every incident, and QVariant round trips would dominate.
    if (const auto *incidents = qobject_cast<const IncidentListModel *>(sourceModel())) {
        const Incident &i = incidents->incidentAt(sourceRow);
        return accepts(i.id, i.tlp, i.severity, i.status, i.sector, i.ownerCentre,
                       [&] { return incidents->isUnseen(i.id); });
    }
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const auto value = [&index](int role) { return index.data(role).toString(); };
    return accepts(value(IncidentListModel::IdRole), value(IncidentListModel::TlpKeyRole),
                   value(IncidentListModel::SeverityKeyRole),
                   value(IncidentListModel::StatusKeyRole), value(IncidentListModel::SectorKeyRole),
                   value(IncidentListModel::OwnerCentreRole),
                   [&] { return index.data(IncidentListModel::UnseenRole).toBool(); });
}

bool IncidentFilterProxy::accepts(const QString &id, const QString &tlp, const QString &severity,
                                  const QString &status, const QString &sector,
                                  const QString &centre, const std::function<bool()> &unseen) const
{
    if (m_filter.textMatches && !m_filter.textMatches->contains(id))
        return false;
    if (m_filter.assigned && !m_filter.assigned->contains(id))
        return false;
    if (!m_filter.tlps.isEmpty() && !m_filter.tlps.contains(tlp))
        return false;
    if (!m_filter.severities.isEmpty() && !m_filter.severities.contains(severity))
        return false;
    if (!m_filter.statuses.isEmpty() && !m_filter.statuses.contains(status))
        return false;
    if (!m_filter.sector.isEmpty() && sector != m_filter.sector)
        return false;
    if (!m_filter.centre.isEmpty() && centre != m_filter.centre)
        return false;
    if (m_filter.unseenOnly && !unseen())
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

void StatusColumnProxy::setSourceModel(QAbstractItemModel *source)
{
    m_castFrom = nullptr;
    QSortFilterProxyModel::setSourceModel(source);
}

const Incident *StatusColumnProxy::incidentAt(int sourceRow) const
{
    if (sourceModel() != m_castFrom) { // the casts once per source, not once per row
        m_castFrom = sourceModel();
        m_filter = qobject_cast<const QSortFilterProxyModel *>(m_castFrom);
        m_incidents
            = m_filter ? qobject_cast<const IncidentListModel *>(m_filter->sourceModel()) : nullptr;
    }
    if (!m_incidents)
        return nullptr;
    const QModelIndex source = m_filter->mapToSource(m_filter->index(sourceRow, 0));
    return source.isValid() ? &m_incidents->incidentAt(source.row()) : nullptr;
}

bool StatusColumnProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (const Incident *incident = incidentAt(sourceRow))
        return incident->status == m_status;
    return sourceModel()->index(sourceRow, 0, sourceParent).data(IncidentListModel::StatusKeyRole)
        == m_status;
}

bool StatusColumnProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (sortColumn() == IncidentListModel::UpdatedColumn) {
        const Incident *a = incidentAt(left.row());
        const Incident *b = incidentAt(right.row());
        if (a && b)
            return a->updatedHlc < b->updatedHlc;
    }
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace liaison
