#include "TasksTab.h"

#include "models/incident/TaskListModel.h"
#include "widgets/common/UiErrors.h"

#include "services/IncidentService.h"

#include <QCheckBox>
#include <QCompleter>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QStringListModel>
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
    // Assignees come from the hub's directory: completion on the names as they are typed,
    // Enter (or a pick in the list) assigns, a name the directory does not know is refused.
    m_newAssignee = new QLineEdit(this);
    m_newAssignee->setObjectName(QStringLiteral("newAssignee"));
    m_directory = new QStringListModel(this);
    m_completer = new QCompleter(m_directory, this);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_newAssignee->setCompleter(m_completer);
    m_newAssignee->installEventFilter(this);
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this,
            [this](const QString &text) { assignTyped(text); });
    m_assignMessage = new QLabel(this);
    m_assignMessage->setObjectName(QStringLiteral("assignMessage"));
    m_assignMessage->setWordWrap(true);
    m_assignMessage->hide();
    m_assignButton = new QPushButton(this);
    connect(m_assignButton, &QPushButton::clicked, this,
            [this] { assignTyped(m_newAssignee->text()); });
    refreshDirectory();
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
    layout->addWidget(m_assignMessage);
    retranslateUi();
}

void TasksTab::refreshDirectory()
{
    QStringList labels;
    runGuarded(this, [&] {
        m_analysts = m_service.directoryAnalysts();
        for (const auto &a : std::as_const(m_analysts))
            labels << analystLabel(a.name, a.centre);
    });
    m_directory->setStringList(labels);
}

QString TasksTab::analystLabel(const QString &name, const QString &centre)
{
    //: An analyst in the assignee completion: %1 the name, %2 the response centre
    return tr("%1 (%2)").arg(name, centre);
}

bool TasksTab::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_newAssignee && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            // Here, not the dialog's default button: Enter assigns what was typed.
            assignTyped(m_newAssignee->text());
            return true;
        }
    } else if (watched == m_newAssignee && event->type() == QEvent::FocusIn) {
        refreshDirectory(); // the directory may have grown since the window opened
    }
    return QWidget::eventFilter(watched, event);
}

void TasksTab::assignTyped(const QString &text)
{
    if (assign(text))
        m_newAssignee->clear();
}

void TasksTab::showAssignMessage(const QString &message)
{
    m_assignMessage->setText(message);
    m_assignMessage->setVisible(!message.isEmpty());
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
    const QString typed = analyst.trimmed();
    if (typed.isEmpty())
        return false;
    refreshDirectory();
    // "Name (CENTRE)" as the completion gives it, a name alone when only one analyst has it,
    // or the analyst's id.
    QList<IncidentService::Member> matches;
    for (const auto &a : std::as_const(m_analysts)) {
        if (analystLabel(a.name, a.centre).compare(typed, Qt::CaseInsensitive) == 0
            || a.analystId == typed) {
            matches = {a};
            break;
        }
        if (a.name.compare(typed, Qt::CaseInsensitive) == 0)
            matches.append(a);
    }
    if (matches.isEmpty()) {
        //: %1 is what the analyst typed
        showAssignMessage(tr("Not assigned: “%1” is not in the directory. Pick an analyst from "
                             "the list that opens as you type.")
                              .arg(typed));
        return false;
    }
    if (matches.size() > 1) {
        //: %1 is a name that several analysts of the directory share
        showAssignMessage(tr("Not assigned: several analysts are called “%1”. Pick one, with "
                             "their centre, from the list.")
                              .arg(typed));
        return false;
    }
    const QString analystId = matches.constFirst().analystId;
    for (const auto &a : m_service.assignees(m_id)) {
        if (a.name == analystId) {
            //: %1 is the analyst's name
            showAssignMessage(tr("%1 is already assigned.").arg(matches.constFirst().name));
            return false;
        }
    }
    showAssignMessage(QString());
    return runGuarded(this, [&] { m_service.assign(m_id, analystId); });
}

} // namespace liaison
