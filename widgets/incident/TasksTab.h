#pragma once

#include <QWidget>

class QCheckBox;
class QDate;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QTableView;

namespace liaison {

class AssigneeListModel;
class IncidentService;
class TaskListModel;

// The incident window's tasks (TaskListModel: ticking a task's box marks it done for
// everyone) and the analysts assigned to the incident (AssigneeListModel).
class TasksTab : public QWidget
{
    Q_OBJECT
public:
    TasksTab(IncidentService &service, const QString &incidentId, QWidget *parent = nullptr);

    // Adds a task; an invalid date or an empty title gives a message and adds nothing.
    bool addTask(const QString &title, const QString &assignee, const QDate &due);
    bool assign(const QString &analyst);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    IncidentService &m_service;
    QString m_id;
    TaskListModel *m_taskModel = nullptr;
    AssigneeListModel *m_assigneeModel = nullptr;
    QTableView *m_tasks = nullptr;
    QLineEdit *m_taskTitle = nullptr;
    QLineEdit *m_taskAssignee = nullptr;
    QCheckBox *m_taskHasDue = nullptr;
    QDateEdit *m_taskDue = nullptr;
    QPushButton *m_taskButton = nullptr;
    QLabel *m_taskMessage = nullptr;
    QLabel *m_assigneesLabel = nullptr;
    QListView *m_assignees = nullptr;
    QLineEdit *m_newAssignee = nullptr;
    QPushButton *m_assignButton = nullptr;
    QPushButton *m_unassignButton = nullptr;
};

} // namespace liaison
