#include "TaskListModel.h"

#include <QLocale>

namespace liaison {

TaskListModel::TaskListModel(IncidentService &service, const QString &incidentId, QObject *parent)
    : KeyedRowsModel(ColumnCount, parent)
    , m_service(service)
    , m_incidentId(incidentId)
{
    connect(&m_service, &IncidentService::tasksChanged, this, [this](const QString &id) {
        if (id == m_incidentId)
            reload();
    });
    reload();
}

void TaskListModel::reload()
{
    // A slot must not throw into Qt's signal machinery: a failed read keeps the rows shown.
    try {
        replaceRows(m_service.tasks(m_incidentId));
    } catch (const std::exception &) { }
}

QVariant TaskListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const IncidentTask &t = m_rows.at(index.row());
    if (role == IdRole)
        return t.id;
    if (role == Qt::CheckStateRole && index.column() == TitleColumn)
        return t.done ? Qt::Checked : Qt::Unchecked;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case TitleColumn: return t.title;
    case AssigneeColumn: return t.assignee;
    case DueColumn: {
        const QDate due = QDate::fromString(t.dueDate, Qt::ISODate);
        return due.isValid() ? QLocale().toString(due, QLocale::ShortFormat) : QString();
    }
    default: return {};
    }
}

QVariant TaskListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    //: Column of the tasks table
    case TitleColumn: return tr("Task");
    //: Column of the tasks table
    case AssigneeColumn: return tr("Assignee");
    //: Column of the tasks table: the due date
    case DueColumn: return tr("Due");
    default: return {};
    }
}

Qt::ItemFlags TaskListModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == TitleColumn)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

bool TaskListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || index.column() != TitleColumn
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    emit doneToggled(m_rows.at(index.row()).id, value.toInt() == Qt::Checked);
    return true;
}

AssigneeListModel::AssigneeListModel(IncidentService &service, const QString &incidentId,
                                     QObject *parent)
    : KeyedRowsModel(1, parent)
    , m_service(service)
    , m_incidentId(incidentId)
{
    connect(&m_service, &IncidentService::assigneesChanged, this, [this](const QString &id) {
        if (id == m_incidentId)
            reload();
    });
    reload();
}

void AssigneeListModel::reload()
{
    // A slot must not throw into Qt's signal machinery: a failed read keeps the rows shown.
    try {
        replaceRows(m_service.assignees(m_incidentId));
    } catch (const std::exception &) { }
}

QVariant AssigneeListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const NamedChild &a = m_rows.at(index.row());
    if (role == IdRole)
        return a.id;
    if (role == Qt::DisplayRole)
        // The analyst's name from the directory (an assignment keeps the id); text typed
        // before assignees came from the directory shows as it was typed.
        return m_service.analystName(a.name);
    return {};
}

} // namespace liaison
