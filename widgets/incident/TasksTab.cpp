#include "TasksTab.h"

#include "models/incident/TaskListModel.h"
#include "widgets/common/UiErrors.h"

#include "services/IncidentService.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace liaison {

TasksTab::TasksTab(IncidentService &service, const QString &incidentId, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_id(incidentId)
{
    m_taskModel = new TaskListModel(m_service, m_id, this);
    m_tasks = new QTableView(this);
    m_tasks->setObjectName(QStringLiteral("tasks"));
    m_tasks->setModel(m_taskModel);
    m_tasks->horizontalHeader()->setSectionResizeMode(TaskListModel::TitleColumn,
                                                      QHeaderView::Stretch);
    m_tasks->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tasks->verticalHeader()->hide();
    // Ticking a task's box marks it done (for everyone, like any edit).
    connect(m_taskModel, &TaskListModel::doneToggled, this,
            [this](const QString &taskId, bool done) {
                runGuarded(this, [&] { m_service.setTaskDone(taskId, done); });
            });
    m_taskTitle = new QLineEdit(this);
    m_taskAssignee = new QLineEdit(this);
    m_taskHasDue = new QCheckBox(this);
    m_taskDue = new QDateEdit(QDate::currentDate().addDays(7), this);
    m_taskDue->setCalendarPopup(true);
    m_taskDue->setDateRange(QDate(2000, 1, 1), QDate(2100, 12, 31));
    m_taskDue->setEnabled(false);
    connect(m_taskHasDue, &QCheckBox::toggled, m_taskDue, &QWidget::setEnabled);
    m_taskButton = new QPushButton(this);
    connect(m_taskButton, &QPushButton::clicked, this, [this] {
        if (addTask(m_taskTitle->text(), m_taskAssignee->text(),
                    m_taskHasDue->isChecked() ? m_taskDue->date() : QDate())) {
            m_taskTitle->clear();
            m_taskAssignee->clear();
        }
    });
    m_taskMessage = new QLabel(this);
    m_assigneeModel = new AssigneeListModel(m_service, m_id, this);
    m_assignees = new QListView(this);
    m_assignees->setObjectName(QStringLiteral("assignees"));
    m_assignees->setModel(m_assigneeModel);
    m_assignees->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_assignees->setMaximumHeight(90);
    m_newAssignee = new QLineEdit(this);
    m_assignButton = new QPushButton(this);
    connect(m_assignButton, &QPushButton::clicked, this, [this] {
        if (assign(m_newAssignee->text()))
            m_newAssignee->clear();
    });
    m_unassignButton = new QPushButton(this);
    connect(m_unassignButton, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_assignees->currentIndex();
        if (!current.isValid())
            return;
        const QString id = current.data(AssigneeListModel::IdRole).toString();
        runGuarded(this, [&] { m_service.unassign(id); });
    });
    m_assigneesLabel = new QLabel(this);

    auto *taskRow = new QHBoxLayout;
    taskRow->addWidget(m_taskTitle, 2);
    taskRow->addWidget(m_taskAssignee, 1);
    taskRow->addWidget(m_taskHasDue);
    taskRow->addWidget(m_taskDue);
    taskRow->addWidget(m_taskButton);
    auto *assignRow = new QHBoxLayout;
    assignRow->addWidget(m_newAssignee, 1);
    assignRow->addWidget(m_assignButton);
    assignRow->addWidget(m_unassignButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tasks, 1);
    layout->addLayout(taskRow);
    layout->addWidget(m_taskMessage);
    layout->addWidget(m_assigneesLabel);
    layout->addWidget(m_assignees);
    layout->addLayout(assignRow);
    retranslateUi();
}

void TasksTab::retranslateUi()
{
    m_tasks->setAccessibleName(tr("Tasks"));
    m_taskTitle->setPlaceholderText(tr("New task"));
    m_taskTitle->setAccessibleName(tr("New task"));
    m_taskAssignee->setPlaceholderText(tr("Assignee"));
    m_taskAssignee->setAccessibleName(tr("Assignee"));
    m_taskHasDue->setText(tr("Due"));
    m_taskDue->setAccessibleName(tr("Due date"));
    m_taskButton->setText(tr("Add task"));
    m_assigneesLabel->setText(tr("Assigned analysts:"));
    m_assignees->setAccessibleName(tr("Analysts assigned to this incident"));
    m_newAssignee->setPlaceholderText(tr("Analyst to assign"));
    m_newAssignee->setAccessibleName(tr("Analyst to assign"));
    m_assignButton->setText(tr("Assign"));
    m_unassignButton->setText(tr("Remove"));
}

void TasksTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

bool TasksTab::addTask(const QString &title, const QString &assignee, const QDate &due)
{
    try {
        m_service.addTask(m_id, title, assignee.trimmed(), due);
    } catch (const ValidationError &e) {
        if (e.field() == QLatin1String("due_date"))
            m_taskMessage->setText(tr("Not added: the due date must be between 2000 and 2100."));
        else if (e.field() == QLatin1String("title") && e.code() == QLatin1String("required"))
            m_taskMessage->setText(tr("Not added: a task needs a title."));
        else
            //: %1 is why, e.g. "The title is too long."
            m_taskMessage->setText(tr("Not added: %1").arg(validationText(e)));
        return false;
    }
    m_taskMessage->clear();
    return true;
}

bool TasksTab::assign(const QString &analyst)
{
    const QString name = analyst.trimmed();
    if (name.isEmpty())
        return false;
    for (const auto &a : m_service.assignees(m_id)) {
        if (a.name == name)
            return false; // already assigned
    }
    return runGuarded(this, [&] { m_service.assign(m_id, name); });
}

} // namespace liaison
