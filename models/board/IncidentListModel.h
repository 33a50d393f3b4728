#pragma once

#include "services/IncidentService.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QHash>
#include <QList>
#include <QSet>

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
        // Last, so that saved table layouts of earlier versions keep their columns; the table
        // shows it first (BoardPage).
        ReferenceColumn,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1, // incident id (QString)
        StatusKeyRole, // stable status key ("new", "triage", ...)
        TlpKeyRole, // stable TLP key ("clear", ..., "amber+strict", "red")
        SortRole, // a value that sorts meaningfully (severity rank, time, ...)
        SeverityKeyRole, // "low", "medium", "high", "critical"
        SectorKeyRole, // sector id ("us.energy"), may be empty
        OwnerCentreRole,
        ScopeKeyRole, // "centre" or "shared"
        UnseenRole, // bool: changed by others since the analyst last opened it
        AssigneesRole, // QStringList of analyst display names
        ReferenceRole, // "CCIRC-2026-7KQ4MX" (domain/IncidentReference)
        AgeRole, // qint64: ms since the incident was created (the service's clock)
        SinceChangeRole // qint64: ms since its last change
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
    bool isUnseen(const QString &id) const { return m_unseen.contains(id); }
    QString reference(int row) const;
    // The row of the incident with this reference (as normalizeIncidentReference gives it), or
    // -1. Computes the references it has not computed yet.
    QList<int> rowsWithReference(const QString &reference) const;

    static QColor tlpColour(const QString &key);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onAdded(const QString &id);
    void onChanged(const QString &id);
    void onRemoved(const QString &id);
    std::optional<Incident> fetch(const QString &id) const;
    void insertIncident(const Incident &incident);
    void reindexFrom(int row);

    void refreshRow(const QString &id, const QList<int> &roles);

    IncidentService &m_service;
    QList<Incident> m_rows;
    QHash<QString, int> m_rowById;
    QSet<QString> m_unseen;
    mutable QHash<QString, QStringList> m_assignees; // filled when first asked
    mutable QHash<QString, QString> m_references; // filled when first asked (a SHA-256 each)
};

} // namespace liaison
