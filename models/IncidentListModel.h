#pragma once

#include "services/IncidentService.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <optional>

namespace liaison {

// The incident board as a table. Loads the service's incidents once, then follows its
// fine-grained signals (one row inserted, changed or removed at a time; never a reset), so
// views keep their selection and scroll position while the board changes under them.
class IncidentListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        TitleColumn,
        StatusColumn,
        SeverityColumn,
        TlpColumn,
        SectorColumn,
        OwnerCentreColumn,
        ScopeColumn,
        UpdatedColumn,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1, // incident id (QString)
        StatusKeyRole, // stable status key ("new", "triage", ...)
        TlpKeyRole, // stable TLP key ("clear", ..., "amber+strict", "red")
        SortRole // a value that sorts meaningfully (severity rank, time, ...)
    };
    Q_ENUM(Role)

    explicit IncidentListModel(IncidentService &service, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    int rowOf(const QString &id) const { return m_rowById.value(id, -1); }
    const Incident &incidentAt(int row) const { return m_rows.at(row); }

    static QString statusLabel(const QString &key);
    static QString severityLabel(const QString &key);
    static QString scopeLabel(const QString &key);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onAdded(const QString &id);
    void onChanged(const QString &id);
    void onRemoved(const QString &id);
    std::optional<Incident> fetch(const QString &id) const;
    void insertIncident(const Incident &incident);
    void reindexFrom(int row);

    IncidentService &m_service;
    QList<Incident> m_rows;
    QHash<QString, int> m_rowById;
};

} // namespace liaison
