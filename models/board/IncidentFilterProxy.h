#pragma once

#include <QSet>
#include <QSortFilterProxyModel>
#include <QStringList>

#include <functional>
#include <optional>

namespace liaison {

struct Incident;
class IncidentListModel;

// What the analyst asked the board to show. Empty sets and strings mean "any".
struct BoardFilter
{
    // Incidents whose text (title, summary, indicators, comments) matched a full-text search;
    // nullopt when no text is searched.
    std::optional<QSet<QString>> textMatches;
    QSet<QString> tlps; // TLP keys
    QSet<QString> severities;
    QSet<QString> statuses;
    QString sector; // sector id
    QString centre; // owner centre code
    // Incidents assigned to the chosen analyst (or to me); nullopt when not filtered.
    std::optional<QSet<QString>> assigned;
    bool unseenOnly = false; // changed since I last looked

    bool isEmpty() const
    {
        return !textMatches && tlps.isEmpty() && severities.isEmpty() && statuses.isEmpty()
            && sector.isEmpty() && centre.isEmpty() && !assigned && !unseenOnly;
    }
};

// Filters IncidentListModel rows by a BoardFilter. Sorting goes by IncidentListModel::SortRole.
// The board's status columns sit on top of it (one more proxy each, by status).
class IncidentFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit IncidentFilterProxy(QObject *parent = nullptr);

    void setFilter(const BoardFilter &filter);
    const BoardFilter &filter() const { return m_filter; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool accepts(const QString &id, const QString &tlp, const QString &severity,
                 const QString &status, const QString &sector, const QString &centre,
                 const std::function<bool()> &unseen) const;

    BoardFilter m_filter;
};

// Keeps the rows whose StatusKeyRole is one status: one column of the kanban board.
class StatusColumnProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    StatusColumnProxy(const QString &statusKey, QObject *parent = nullptr);
    const QString &statusKey() const { return m_status; }
    void setSourceModel(QAbstractItemModel *source) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    // Newest change first, read from the incident rows directly (a column re-sorts thousands
    // of rows when the board's filter changes; QVariant round trips would dominate).
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    // The incident behind a row of the source (the board's filter proxy over the incident
    // model), or nullptr when the source is something else.
    const Incident *incidentAt(int sourceRow) const;

    QString m_status;
    mutable const QAbstractItemModel *m_castFrom = nullptr;
    mutable const QSortFilterProxyModel *m_filter = nullptr;
    mutable const IncidentListModel *m_incidents = nullptr;
};

} // namespace liaison
