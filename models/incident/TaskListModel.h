#pragma once

#include "KeyedRowsModel.h"

#include "services/IncidentService.h"

namespace liaison {

// One incident's tasks (title with a done box, assignee, due date). Ticking the box does not
// change the model: it asks (doneToggled) and the service's tasksChanged brings the new state,
// so the model only ever shows what is stored.
class TaskListModel : public KeyedRowsModel<IncidentTask>
{
    Q_OBJECT
public:
    enum Column { TitleColumn, AssigneeColumn, DueColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole };

    TaskListModel(IncidentService &service, const QString &incidentId, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    void reload();

signals:
    void doneToggled(const QString &taskId, bool done);

protected:
    QString keyOf(const IncidentTask &row) const override { return row.id; }

private:
    IncidentService &m_service;
    QString m_incidentId;
};

// The analysts assigned to one incident (name; IdRole the assignment's id).
class AssigneeListModel : public KeyedRowsModel<NamedChild>
{
    Q_OBJECT
public:
    enum Role { IdRole = Qt::UserRole };

    AssigneeListModel(IncidentService &service, const QString &incidentId,
                      QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    void reload();

protected:
    QString keyOf(const NamedChild &row) const override { return row.id; }

private:
    IncidentService &m_service;
    QString m_incidentId;
};

} // namespace liaison
