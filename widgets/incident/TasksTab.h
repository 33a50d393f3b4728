#pragma once

#include "services/IncidentService.h"

#include <QWidget>

class QCheckBox;
class QCompleter;
class QStringListModel;
class QDate;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QTableView;

namespace liaison {

class AssigneeListModel;
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
    // Assigns the analyst of the directory that analyst names ("Name (CENTRE)" as the
    // completion lists them, a name only one analyst has, or an id); refuses, with a message,
    // a name the directory does not know.
    bool assign(const QString &analyst);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();
    void refreshDirectory();
    void assignTyped(const QString &text);
    void showAssignMessage(const QString &message);
    static QString analystLabel(const QString &name, const QString &centre);

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
    QStringListModel *m_directory = nullptr;
    QCompleter *m_completer = nullptr;
    QList<IncidentService::Member> m_analysts;
    QLabel *m_assignMessage = nullptr;
    QPushButton *m_assignButton = nullptr;
    QPushButton *m_unassignButton = nullptr;
};

} // namespace liaison
