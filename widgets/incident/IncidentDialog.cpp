#include "IncidentDialog.h"

#include "models/board/IncidentListModel.h"
#include "widgets/common/DialogSupport.h"
#include "widgets/common/UiErrors.h"
#include "widgets/incident/IncidentExport.h"
#include "widgets/incident/ShareIncidentDialog.h"

#include "domain/Enums.h"
#include "domain/IndicatorValidator.h"
#include "domain/Schema.h"
#include "domain/Sectors.h"
#include "services/DraftStore.h"
#include "services/IncidentService.h"
#include "sync/Hlc.h"
#include "sync/OpLog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTabWidget>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace liaison {

namespace {

QString indicatorReason(const QString &code)
{
    //: Why an indicator was refused
    if (code == QLatin1String("empty"))
        return IncidentDialog::tr("empty");
    if (code == QLatin1String("too-long"))
        return IncidentDialog::tr("too long");
    if (code == QLatin1String("not-ipv4"))
        return IncidentDialog::tr("not an IPv4 address");
    if (code == QLatin1String("not-ipv6"))
        return IncidentDialog::tr("not an IPv6 address");
    if (code == QLatin1String("not-cidr") || code == QLatin1String("bad-prefix"))
        return IncidentDialog::tr("not a network range (CIDR)");
    if (code == QLatin1String("not-domain"))
        return IncidentDialog::tr("not a domain name");
    if (code == QLatin1String("not-url"))
        return IncidentDialog::tr("not a URL");
    if (code == QLatin1String("not-email"))
        return IncidentDialog::tr("not an email address");
    if (code == QLatin1String("wrong-length") || code == QLatin1String("not-hex"))
        return IncidentDialog::tr("not a hash of this type");
    if (code == QLatin1String("not-cve"))
        return IncidentDialog::tr("not a CVE identifier");
    if (code == QLatin1String("not-filename"))
        return IncidentDialog::tr("not a file name");
    if (code == QLatin1String("duplicate"))
        return IncidentDialog::tr("already in this incident");
    if (code == QLatin1String("not-saved"))
        return IncidentDialog::tr("could not be saved");
    return IncidentDialog::tr("of no known type");
}

QString typeLabel(const QString &key)
{
    IndicatorType type {};
    if (!parseIndicatorType(key, &type))
        return key;
    switch (type) {
    case IndicatorType::IPv4: return IncidentDialog::tr("IPv4 address");
    case IndicatorType::IPv6: return IncidentDialog::tr("IPv6 address");
    case IndicatorType::Cidr: return IncidentDialog::tr("Network range");
    case IndicatorType::Domain: return IncidentDialog::tr("Domain");
    case IndicatorType::Url: return IncidentDialog::tr("URL");
    case IndicatorType::Email: return IncidentDialog::tr("Email address");
    case IndicatorType::Md5: return QStringLiteral("MD5");
    case IndicatorType::Sha1: return QStringLiteral("SHA-1");
    case IndicatorType::Sha256: return QStringLiteral("SHA-256");
    case IndicatorType::Cve: return QStringLiteral("CVE");
    case IndicatorType::FileName: return IncidentDialog::tr("File name");
    }
    return key;
}

void selectData(QComboBox *combo, const QVariant &data)
{
    combo->setCurrentIndex(std::max(0, combo->findData(data)));
}

// "amber" -> "TLP:AMBER"; an unknown key is shown as it is.
QString tlpDisplay(const QString &key)
{
    Tlp tlp {};
    return parseTlp(key, &tlp) ? tlpLabel(tlp) : key;
}

QString when(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat);
}
} // namespace

IncidentDialog::IncidentDialog(IncidentService &service, OpLog &log, const QString &incidentId,
                               QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_log(log)
    , m_id(incidentId)
{
    setObjectName(QStringLiteral("incidentDialog"));
    resize(860, 640);

    m_title = new QLineEdit(this);
    m_title->setMaxLength(300);
    m_summary = new QPlainTextEdit(this);
    m_summary->setTabChangesFocus(true);
    m_summary->setMaximumHeight(90);
    m_status = new QComboBox(this);
    for (const QString &key : statusKeys())
        m_status->addItem(IncidentListModel::statusLabel(key), key);
    m_severity = new QComboBox(this);
    for (Severity s : {Severity::Low, Severity::Medium, Severity::High, Severity::Critical})
        m_severity->addItem(IncidentListModel::severityLabel(severityKey(s)), severityKey(s));
    m_tlp = new QComboBox(this);
    for (Tlp t : {Tlp::Clear, Tlp::Green, Tlp::Amber, Tlp::AmberStrict, Tlp::Red})
        m_tlp->addItem(tlpLabel(t), tlpKey(t));
    m_sector = new QComboBox(this);
    //: No critical-infrastructure sector chosen
    m_sector->addItem(tr("(none)"), QString());
    for (const auto &s : sectors()) {
        const QString id = QString::fromLatin1(s.id);
        //: Sector in a list: %1 country code (US, CA), %2 sector name
        m_sector->addItem(tr("%1 — %2").arg(QLatin1String(s.country), sectorName(id)), id);
        QStringList others;
        for (const QString &o : counterpartSectors(id))
            others << sectorName(o);
        //: Tooltip of a sector: the other country's corresponding sectors
        m_sector->setItemData(m_sector->count() - 1,
                              tr("Corresponds to: %1").arg(others.join(QLatin1String(", "))),
                              Qt::ToolTipRole);
    }
    m_owner = new QLabel(this);
    m_scope = new QLabel(this);
    m_shareButton = new QPushButton(this);
    m_shareButton->setObjectName(QStringLiteral("shareButton"));
    m_shareButton->setText(tr("Share with the counterpart centre…"));
    connect(m_shareButton, &QPushButton::clicked, this, [this] { share(); });
    auto *exportButton = new QPushButton(tr("E&xport"), this);
    exportButton->setObjectName(QStringLiteral("exportButton"));
    auto *exportMenu = new QMenu(exportButton);
    exportMenu->addAction(tr("As STIX 2.1 bundle…"), this, [this] {
        exportIncidentsInteractively(this, m_service, {m_id}, ExportFormat::Stix,
                                     QStringLiteral("incident"));
    });
    exportMenu->addAction(tr("As CSV…"), this, [this] {
        exportIncidentsInteractively(this, m_service, {m_id}, ExportFormat::Csv,
                                     QStringLiteral("incident"));
    });
    exportButton->setMenu(exportMenu);
    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("changedNotice"));
    m_notice->setWordWrap(true);
    m_notice->setStyleSheet(QStringLiteral("QLabel { background: #fff4ce; color: #3b2f00; "
                                           "padding: 6px; border-radius: 4px; }"));
    m_notice->hide();

    // Dirty tracking: a field the analyst touched keeps their value until saved.
    connect(m_title, &QLineEdit::textEdited, this,
            [this] { m_dirty.insert(QStringLiteral("title")); });
    connect(m_summary, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_loading)
            m_dirty.insert(QStringLiteral("summary"));
    });
    const auto track = [this](QComboBox *combo, const QString &field) {
        connect(combo, &QComboBox::activated, this, [this, field] { m_dirty.insert(field); });
    };
    track(m_status, QStringLiteral("status"));
    track(m_severity, QStringLiteral("severity"));
    track(m_tlp, QStringLiteral("tlp"));
    track(m_sector, QStringLiteral("sector"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Summary:"), m_summary);
    auto *row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Status:"), this));
    row->addWidget(m_status);
    row->addWidget(new QLabel(tr("Severity:"), this));
    row->addWidget(m_severity);
    //: Traffic Light Protocol marking
    row->addWidget(new QLabel(tr("TLP:"), this));
    row->addWidget(m_tlp);
    row->addStretch();
    form->addRow(row);
    form->addRow(tr("Sect&or:"), m_sector);
    auto *scopeRow = new QHBoxLayout;
    scopeRow->addWidget(m_owner);
    scopeRow->addWidget(m_scope, 1);
    scopeRow->addWidget(m_shareButton);
    scopeRow->addWidget(exportButton);
    form->addRow(scopeRow);
    m_title->setAccessibleName(tr("Title"));
    m_summary->setAccessibleName(tr("Summary"));
    m_status->setAccessibleName(tr("Status"));
    m_severity->setAccessibleName(tr("Severity"));
    m_tlp->setAccessibleName(tr("TLP"));
    m_sector->setAccessibleName(tr("Sector"));

    // Indicators.
    auto *indicatorsPage = new QWidget(this);
    m_indicators = new QTableWidget(0, 3, indicatorsPage);
    m_indicators->setObjectName(QStringLiteral("indicators"));
    m_indicators->setHorizontalHeaderLabels({tr("Type"), tr("Value"), tr("Note")});
    m_indicators->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_indicators->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_indicators->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_indicators->verticalHeader()->hide();
    m_indicators->setAccessibleName(tr("Indicators"));
    m_indicatorType = new QComboBox(indicatorsPage);
    for (const QString &key : indicatorTypeKeys())
        m_indicatorType->addItem(typeLabel(key), key);
    m_indicatorType->setAccessibleName(tr("Indicator type"));
    m_indicatorValue = new QLineEdit(indicatorsPage);
    m_indicatorValue->setPlaceholderText(tr("Indicator value"));
    m_indicatorValue->setAccessibleName(tr("Indicator value"));
    auto *addIndicatorButton = new QPushButton(tr("Add"), indicatorsPage);
    connect(addIndicatorButton, &QPushButton::clicked, this, &IncidentDialog::addIndicator);
    connect(m_indicatorValue, &QLineEdit::returnPressed, this, &IncidentDialog::addIndicator);
    m_indicatorMessage = new QLabel(indicatorsPage);
    m_indicatorMessage->setWordWrap(true);
    m_paste = new QPlainTextEdit(indicatorsPage);
    m_paste->setObjectName(QStringLiteral("bulkPaste"));
    m_paste->setPlaceholderText(tr("Paste several indicators here, one per line; the type of "
                                   "each line is recognised."));
    m_paste->setAccessibleName(tr("Indicators to add, one per line"));
    m_paste->setMaximumHeight(80);
    auto *pasteButton = new QPushButton(tr("Add the pasted lines"), indicatorsPage);
    connect(pasteButton, &QPushButton::clicked, this, [this] {
        const QStringList refused = addIndicatorsFromText(m_paste->toPlainText());
        Q_UNUSED(refused)
    });
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_indicatorType);
    addRow->addWidget(m_indicatorValue, 1);
    addRow->addWidget(addIndicatorButton);
    auto *importButton = new QPushButton(tr("&Import from STIX 2.1…"), indicatorsPage);
    importButton->setObjectName(QStringLiteral("importStixButton"));
    connect(importButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Import indicators from a STIX 2.1 bundle"), QString(),
            //: File type filter in the open dialog
            tr("STIX 2.1 bundles (*.json);;All files (*)"));
        if (path.isEmpty())
            return;
        QString report;
        const int added = importStix(path, &report);
        if (added < 0)
            QMessageBox::warning(this, tr("Import failed"), report);
        else
            QMessageBox::information(this, tr("Import from STIX 2.1"), report);
    });
    auto *pasteButtons = new QVBoxLayout;
    pasteButtons->addWidget(pasteButton);
    pasteButtons->addWidget(importButton);
    pasteButtons->addStretch();
    auto *pasteRow = new QHBoxLayout;
    pasteRow->addWidget(m_paste, 1);
    pasteRow->addLayout(pasteButtons);
    auto *indicatorsLayout = new QVBoxLayout(indicatorsPage);
    indicatorsLayout->addWidget(m_indicators, 1);
    indicatorsLayout->addLayout(addRow);
    indicatorsLayout->addLayout(pasteRow);
    indicatorsLayout->addWidget(m_indicatorMessage);

    // Comments and timeline.
    auto *commentsPage = new QWidget(this);
    m_comments = new QListWidget(commentsPage);
    m_comments->setObjectName(QStringLiteral("comments"));
    m_comments->setWordWrap(true);
    m_comments->setAccessibleName(tr("Comments and timeline"));
    m_comments->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_comments, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        QListWidgetItem *item = m_comments->itemAt(at);
        if (!item || !item->data(Qt::UserRole + 1).toBool())
            return;
        QMenu menu(this);
        const QString id = item->data(Qt::UserRole).toString();
        menu.addAction(tr("&Share this comment with the counterpart centre"), this,
                       [this, id] { shareComment(id); });
        menu.exec(m_comments->viewport()->mapToGlobal(at));
    });
    m_newComment = new QPlainTextEdit(commentsPage);
    m_newComment->setMaximumHeight(70);
    m_newComment->setPlaceholderText(tr("Write a comment"));
    m_newComment->setAccessibleName(tr("New comment"));
    m_newComment->setObjectName(QStringLiteral("newComment"));
    auto *commentButton = new QPushButton(tr("Comment"), commentsPage);
    commentButton->setObjectName(QStringLiteral("commentButton"));
    connect(commentButton, &QPushButton::clicked, this, &IncidentDialog::addComment);
    // Which audience the comment being written has, always in view.
    m_commentShared = new QCheckBox(tr("&Visible to the counterpart centre"), commentsPage);
    m_commentShared->setObjectName(QStringLiteral("commentShared"));
    m_composerScope = new QLabel(commentsPage);
    m_composerScope->setObjectName(QStringLiteral("composerScope"));
    m_composerScope->setWordWrap(true);
    connect(m_commentShared, &QCheckBox::toggled, this, [this] { updateComposerScope(); });
    auto *commentRow = new QHBoxLayout;
    commentRow->addWidget(m_newComment, 1);
    commentRow->addWidget(commentButton, 0, Qt::AlignTop);
    auto *composerRow = new QHBoxLayout;
    composerRow->addWidget(m_composerScope, 1);
    composerRow->addWidget(m_commentShared);
    auto *commentsLayout = new QVBoxLayout(commentsPage);
    commentsLayout->addWidget(m_comments, 1);
    commentsLayout->addLayout(composerRow);
    commentsLayout->addLayout(commentRow);

    // Tasks and assignees.
    auto *tasksPage = new QWidget(this);
    m_tasks = new QTableWidget(0, 3, tasksPage);
    m_tasks->setObjectName(QStringLiteral("tasks"));
    m_tasks->setHorizontalHeaderLabels({tr("Task"), tr("Assignee"), tr("Due")});
    m_tasks->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tasks->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tasks->verticalHeader()->hide();
    m_tasks->setAccessibleName(tr("Tasks"));
    // Ticking a task's box marks it done (for everyone, like any edit).
    connect(m_tasks, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (m_loading || item->column() != 0)
            return;
        runGuarded(this, [&] {
            m_service.setTaskDone(item->data(Qt::UserRole).toString(),
                                  item->checkState() == Qt::Checked);
        });
    });
    m_taskTitle = new QLineEdit(tasksPage);
    m_taskTitle->setPlaceholderText(tr("New task"));
    m_taskTitle->setAccessibleName(tr("New task"));
    m_taskAssignee = new QLineEdit(tasksPage);
    m_taskAssignee->setPlaceholderText(tr("Assignee"));
    m_taskAssignee->setAccessibleName(tr("Assignee"));
    m_taskHasDue = new QCheckBox(tr("Due"), tasksPage);
    m_taskDue = new QDateEdit(QDate::currentDate().addDays(7), tasksPage);
    m_taskDue->setCalendarPopup(true);
    m_taskDue->setDateRange(QDate(2000, 1, 1), QDate(2100, 12, 31));
    m_taskDue->setEnabled(false);
    m_taskDue->setAccessibleName(tr("Due date"));
    connect(m_taskHasDue, &QCheckBox::toggled, m_taskDue, &QWidget::setEnabled);
    auto *taskButton = new QPushButton(tr("Add task"), tasksPage);
    connect(taskButton, &QPushButton::clicked, this, [this] {
        if (addTask(m_taskTitle->text(), m_taskAssignee->text(),
                    m_taskHasDue->isChecked() ? m_taskDue->date() : QDate())) {
            m_taskTitle->clear();
            m_taskAssignee->clear();
        }
    });
    m_taskMessage = new QLabel(tasksPage);
    m_assignees = new QListWidget(tasksPage);
    m_assignees->setObjectName(QStringLiteral("assignees"));
    m_assignees->setAccessibleName(tr("Analysts assigned to this incident"));
    m_assignees->setMaximumHeight(90);
    m_newAssignee = new QLineEdit(tasksPage);
    m_newAssignee->setPlaceholderText(tr("Analyst to assign"));
    m_newAssignee->setAccessibleName(tr("Analyst to assign"));
    auto *assignButton = new QPushButton(tr("Assign"), tasksPage);
    connect(assignButton, &QPushButton::clicked, this, [this] {
        if (assign(m_newAssignee->text()))
            m_newAssignee->clear();
    });
    auto *unassignButton = new QPushButton(tr("Remove"), tasksPage);
    connect(unassignButton, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem *item = m_assignees->currentItem())
            runGuarded(this, [&] { m_service.unassign(item->data(Qt::UserRole).toString()); });
    });
    auto *taskRow = new QHBoxLayout;
    taskRow->addWidget(m_taskTitle, 2);
    taskRow->addWidget(m_taskAssignee, 1);
    taskRow->addWidget(m_taskHasDue);
    taskRow->addWidget(m_taskDue);
    taskRow->addWidget(taskButton);
    auto *assignRow = new QHBoxLayout;
    assignRow->addWidget(m_newAssignee, 1);
    assignRow->addWidget(assignButton);
    assignRow->addWidget(unassignButton);
    auto *tasksLayout = new QVBoxLayout(tasksPage);
    tasksLayout->addWidget(m_tasks, 1);
    tasksLayout->addLayout(taskRow);
    tasksLayout->addWidget(m_taskMessage);
    tasksLayout->addWidget(new QLabel(tr("Assigned analysts:"), tasksPage));
    tasksLayout->addWidget(m_assignees);
    tasksLayout->addLayout(assignRow);

    // History from the op log.
    m_history = new QTreeWidget(this);
    m_history->setObjectName(QStringLiteral("history"));
    m_history->setRootIsDecorated(false);
    m_history->setHeaderLabels({tr("When"), tr("Who"), tr("Device"), tr("What changed")});
    m_history->setAccessibleName(tr("History"));

    auto *tabs = new QTabWidget(this);
    tabs->addTab(indicatorsPage, tr("&Indicators"));
    tabs->addTab(commentsPage, tr("&Comments and timeline"));
    tabs->addTab(tasksPage, tr("&Tasks and assignees"));
    tabs->addTab(m_history, tr("&History"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    m_saveButton = buttons->button(QDialogButtonBox::Save);
    m_saveButton->setShortcut(QKeySequence::Save);
    connect(m_saveButton, &QPushButton::clicked, this, [this] { save(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_notice);
    layout->addLayout(form);
    layout->addWidget(tabs, 1);
    layout->addWidget(buttons);

    connect(&m_service, &IncidentService::incidentChanged, this, &IncidentDialog::onChanged);
    connect(&m_service, &IncidentService::indicatorsChanged, this, [this](const QString &id) {
        if (id == m_id) {
            loadIndicators();
            loadHistory();
        }
    });
    connect(&m_service, &IncidentService::commentsChanged, this, [this](const QString &id) {
        if (id == m_id) {
            loadComments();
            loadHistory();
        }
    });
    connect(&m_service, &IncidentService::tasksChanged, this, [this](const QString &id) {
        if (id == m_id)
            loadTasks();
    });
    connect(&m_service, &IncidentService::assigneesChanged, this, [this](const QString &id) {
        if (id == m_id)
            loadAssignees();
    });
    load(false);
    m_service.markSeen(m_id);
}

void IncidentDialog::load(bool keepEdits)
{
    const auto incident = m_service.incident(m_id);
    if (!incident)
        return;
    m_loading = true;
    //: Window title: %1 is the incident title
    setWindowTitle(tr("Incident — %1").arg(incident->title));
    if (!keepEdits || !m_dirty.contains(QStringLiteral("title")))
        m_title->setText(incident->title);
    if (!keepEdits || !m_dirty.contains(QStringLiteral("summary")))
        m_summary->setPlainText(incident->summary);
    if (!keepEdits || !m_dirty.contains(QStringLiteral("status")))
        selectData(m_status, incident->status);
    if (!keepEdits || !m_dirty.contains(QStringLiteral("severity")))
        selectData(m_severity, incident->severity);
    if (!keepEdits || !m_dirty.contains(QStringLiteral("tlp")))
        selectData(m_tlp, incident->tlp);
    if (!keepEdits || !m_dirty.contains(QStringLiteral("sector")))
        selectData(m_sector, incident->sector);
    //: %1 is a response centre code
    m_owner->setText(tr("Owner: %1").arg(incident->ownerCentre));
    const bool shared = incident->scope == QLatin1String(kScopeShared);
    m_scope->setText(shared ? tr("Shared with the counterpart centre")
                            : tr("Visible inside %1 only").arg(incident->ownerCentre));
    const bool owner = incident->ownerCentre == m_log.identity().centre;
    m_shareButton->setEnabled(!shared && owner);
    const QString refusal = IncidentService::shareRefusal(incident->tlp);
    m_shareButton->setToolTip(
        !refusal.isEmpty() ? validationText(ValidationError(QStringLiteral("tlp"), refusal))
            : owner        ? tr("Send this incident to the counterpart centre")
                           : tr("Only the centre that owns this incident can share it."));
    m_shared = shared;
    m_commentShared->setEnabled(shared);
    if (!shared)
        m_commentShared->setChecked(false);
    updateComposerScope();
    m_loading = false;
    if (!keepEdits) {
        loadIndicators();
        loadComments();
        loadTasks();
        loadAssignees();
        loadHistory();
    }
}

void IncidentDialog::loadTasks()
{
    const bool wasLoading = m_loading;
    m_loading = true;
    const auto list = m_service.tasks(m_id);
    m_tasks->setRowCount(int(list.size()));
    for (int r = 0; r < list.size(); ++r) {
        auto *title = new QTableWidgetItem(list[r].title);
        title->setData(Qt::UserRole, list[r].id);
        title->setFlags(title->flags() | Qt::ItemIsUserCheckable);
        title->setCheckState(list[r].done ? Qt::Checked : Qt::Unchecked);
        m_tasks->setItem(r, 0, title);
        m_tasks->setItem(r, 1, new QTableWidgetItem(list[r].assignee));
        const QDate due = QDate::fromString(list[r].dueDate, Qt::ISODate);
        m_tasks->setItem(r, 2,
                         new QTableWidgetItem(due.isValid()
                                                  ? QLocale().toString(due, QLocale::ShortFormat)
                                                  : QString()));
    }
    m_loading = wasLoading;
}

void IncidentDialog::loadAssignees()
{
    m_assignees->clear();
    for (const auto &a : m_service.assignees(m_id)) {
        auto *item = new QListWidgetItem(a.name, m_assignees);
        item->setData(Qt::UserRole, a.id);
    }
}

bool IncidentDialog::addTask(const QString &title, const QString &assignee, const QDate &due)
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

bool IncidentDialog::assign(const QString &analyst)
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

void IncidentDialog::loadIndicators()
{
    const auto list = m_service.indicators(m_id);
    m_indicators->setRowCount(int(list.size()));
    for (int r = 0; r < list.size(); ++r) {
        m_indicators->setItem(r, 0, new QTableWidgetItem(typeLabel(list[r].type)));
        m_indicators->setItem(r, 1, new QTableWidgetItem(list[r].value));
        m_indicators->setItem(r, 2, new QTableWidgetItem(list[r].note));
    }
}

QString IncidentDialog::releaseSentence(const QString &body, const QString &author) const
{
    if (body.startsWith(QLatin1String("share-comments "))) {
        const QString tlp
            = tlpDisplay(body.section(QStringLiteral(" tlp:"), 1).section(QLatin1Char(' '), 0, 0));
        const int count = body.section(QStringLiteral(" comments:"), 1).toInt();
        //: Timeline: %1 analyst, %2 TLP label; %n comments let out later
        return tr("%1 shared %n comment(s) with the counterpart centre (%2).", nullptr, count)
            .arg(author, tlp);
    }
    if (body.startsWith(QLatin1String("tlp tlp:"))) {
        // "tlp tlp:FROM tlp:TO" and the reason on the next line.
        const QString head = body.section(QLatin1Char('\n'), 0, 0);
        const QString reason = body.section(QLatin1Char('\n'), 1);
        const QString from = tlpDisplay(head.section(QStringLiteral(" tlp:"), 1, 1));
        const QString to = tlpDisplay(head.section(QStringLiteral(" tlp:"), 2, 2));
        if (reason.isEmpty())
            //: %1 analyst, %2 and %3 TLP labels
            return tr("%1 changed the marking from %2 to %3.").arg(author, from, to);
        //: %1 analyst, %2 and %3 TLP labels, %4 the reason they gave
        return tr("%1 changed the marking from %2 to %3. Reason: %4").arg(author, from, to, reason);
    }
    const QString action = body.section(QLatin1Char(' '), 0, 0);
    const QString tlp
        = tlpDisplay(body.section(QStringLiteral(" tlp:"), 1).section(QLatin1Char(' '), 0, 0));
    const int sharedComments
        = body.section(QStringLiteral(" comments:"), 1).section(QLatin1Char(' '), 0, 0).toInt();
    if (action == QLatin1String("share") && sharedComments > 0)
        //: Timeline: %1 analyst, %2 TLP label; %n comments picked to go with it
        return tr("%1 shared this incident with the counterpart centre (%2), with %n of its "
                  "comments.",
                  nullptr, sharedComments)
            .arg(author, tlp);
    if (action == QLatin1String("share"))
        //: Timeline: %1 analyst, %2 TLP label
        return tr("%1 shared this incident with the counterpart centre (%2).").arg(author, tlp);
    if (action == QLatin1String("export-stix"))
        return tr("%1 exported this incident as STIX 2.1 (%2).").arg(author, tlp);
    if (action == QLatin1String("export-csv"))
        return tr("%1 exported this incident as CSV (%2).").arg(author, tlp);
    if (action == QLatin1String("copy-out"))
        return tr("%1 copied this incident out of Liaison (%2).").arg(author, tlp);
    return body;
}

void IncidentDialog::loadComments()
{
    m_comments->clear();
    for (const auto &c : m_service.comments(m_id)) {
        const bool internal = m_shared && c.scope != QLatin1String(kScopeShared);
        const QString text = c.kind == QLatin1String("release")
            ? releaseSentence(c.body, m_log.analystName(c.author))
            : internal
            //: An internal comment of a shared incident: %1 author, %2 date and time, %3 text
            ? tr("%1, %2 (internal):\n%3")
                  .arg(m_log.analystName(c.author), when(c.occurredAt), c.body)
            //: A comment in the list: %1 author, %2 date and time, %3 the comment
            : tr("%1, %2:\n%3").arg(m_log.analystName(c.author), when(c.occurredAt), c.body);
        auto *item = new QListWidgetItem(text, m_comments);
        item->setData(Qt::UserRole, c.id);
        // Shareable later: an internal comment of this centre, on a shared incident.
        item->setData(Qt::UserRole + 1,
                      internal && c.kind != QLatin1String("release")
                          && c.centre == m_log.identity().centre);
        if (c.kind == QLatin1String("release")) {
            QFont italic = item->font();
            italic.setItalic(true);
            item->setFont(italic);
        }
    }
}

void IncidentDialog::loadHistory()
{
    m_history->clear();
    std::vector<Op> ops = m_log.opsFor(QStringLiteral("incident"), m_id);
    for (const auto &i : m_service.indicators(m_id)) {
        auto more = m_log.opsFor(QStringLiteral("indicator"), i.id);
        ops.insert(ops.end(), more.begin(), more.end());
    }
    for (const auto &c : m_service.comments(m_id)) {
        auto more = m_log.opsFor(QStringLiteral("comment"), c.id);
        ops.insert(ops.end(), more.begin(), more.end());
    }
    std::sort(ops.begin(), ops.end(), [](const Op &a, const Op &b) { return a.hlc > b.hlc; });
    QHash<QString, QString> names; // a few authors, many ops: one look-up each
    const auto name = [this, &names](const QString &analyst) {
        auto it = names.find(analyst);
        if (it == names.end())
            it = names.insert(analyst, m_log.analystName(analyst));
        return it.value();
    };
    for (const auto &op : ops) {
        QStringList fields;
        for (const auto &f : op.fields)
            fields << fieldLabel(op.entity, f.first);
        //: History: %1 the kind of record (incident, indicator, comment), %2 its fields
        const QString what
            = tr("%1: %2").arg(entityLabel(op.entity), fields.join(QLatin1String(", ")));
        m_history->addTopLevelItem(new QTreeWidgetItem(
            {when(qint64(HybridClock::wallMs(op.hlc))), name(op.author), op.device, what}));
    }
    m_history->resizeColumnToContents(0);
}

void IncidentDialog::onChanged(const QString &id, const QStringList &fields)
{
    if (id != m_id)
        return;
    QStringList overlapping;
    for (const QString &f : fields) {
        if (m_dirty.contains(f))
            overlapping << f;
    }
    load(true);
    loadHistory();
    if (!overlapping.isEmpty()) {
        // Who made the latest change of the record (the op log is the audit trail).
        const std::vector<Op> ops = m_log.opsFor(QStringLiteral("incident"), m_id);
        const auto latest = std::max_element(
            ops.begin(), ops.end(), [](const Op &a, const Op &b) { return a.hlc < b.hlc; });
        const QString who
            = latest == ops.end() ? tr("Someone else") : m_log.analystName(latest->author);
        QStringList names;
        for (const QString &f : std::as_const(overlapping))
            names << fieldLabel(QStringLiteral("incident"), f);
        //: %1 is an analyst's name, %2 a list of fields (title, status...) in the UI language
        m_notice->setText(tr("%1 changed the %2 while you were editing. Your text is kept; "
                             "saving it will replace theirs.")
                              .arg(who, names.join(QLatin1String(", "))));
        m_notice->show();
    }
}

bool IncidentDialog::hasUnsavedChanges() const
{
    return !m_dirty.isEmpty();
}

bool IncidentDialog::save()
{
    const auto before = m_service.incident(m_id);
    Tlp from {};
    const bool knownFrom = before && parseTlp(before->tlp, &from);
    Tlp wanted {};
    const bool tlpDirty = m_dirty.contains(QStringLiteral("tlp"))
        && parseTlp(m_tlp->currentData().toString(), &wanted) && !(knownFrom && wanted == from);
    QString reason;
    // Lowering TLP:AMBER+STRICT is a release of its own: asked for, with a reason on record.
    if (tlpDirty && knownFrom && from == Tlp::AmberStrict && wanted < Tlp::AmberStrict
        && !askText(this, tr("Lower the marking?"),
                    //: %1 is the new TLP label
                    tr("This incident is marked TLP:AMBER+STRICT. Lowering it to %1 lets it "
                       "be shared outside your centre. Why? (kept in the signed timeline)")
                        .arg(tlpLabel(wanted)),
                    &reason)) {
        m_notice->setText(tr("Not saved: lowering TLP:AMBER+STRICT needs a reason."));
        m_notice->show();
        return false;
    }
    try {
        // Every changed field in one transaction: a refused value saves nothing.
        IncidentEdit edit;
        if (m_dirty.contains(QStringLiteral("title")))
            edit.title = m_title->text();
        if (m_dirty.contains(QStringLiteral("summary")))
            edit.summary = m_summary->toPlainText();
        IncidentStatus status {};
        if (m_dirty.contains(QStringLiteral("status"))
            && parseStatus(m_status->currentData().toString(), &status))
            edit.status = status;
        Severity severity {};
        if (m_dirty.contains(QStringLiteral("severity"))
            && parseSeverity(m_severity->currentData().toString(), &severity))
            edit.severity = severity;
        if (tlpDirty) {
            edit.tlp = wanted;
            edit.tlpReason = reason;
        }
        if (m_dirty.contains(QStringLiteral("sector")))
            edit.sector = m_sector->currentData().toString();
        m_service.edit(m_id, edit);
    } catch (const ValidationError &e) {
        //: %1 is why, e.g. "The title is too long."
        m_notice->setText(tr("Not saved: %1").arg(validationText(e)));
        m_notice->show();
        return false;
    } catch (const std::exception &) {
        runGuarded(this, [] { throw; });
        return false;
    }
    m_dirty.clear();
    m_notice->hide();
    load(false);
    if (tlpDirty && knownFrom && wanted > from && before->scope == QLatin1String(kScopeShared)) {
        //: %1 the TLP label it had when it was shared, %2 the new one
        m_notice->setText(tr("The counterpart centre already holds this incident: it received "
                             "it marked %1. From now on it is marked %2; tell them, as the "
                             "marking does not take back what they have.")
                              .arg(tlpLabel(from), tlpLabel(wanted)));
        m_notice->show();
    }
    return true;
}

bool IncidentDialog::confirm(const QString &title, const QString &text)
{
    return askYesNo(this, title, text);
}

int IncidentDialog::importStix(const QString &path, QString *report)
{
    const int added = importStixIndicators(m_service, m_id, path, report);
    m_indicatorMessage->setText(added < 0 ? *report : report->section(QLatin1Char('\n'), 0, 0));
    return added;
}

bool IncidentDialog::share()
{
    const auto incident = m_service.incident(m_id);
    if (!incident || incident->scope == QLatin1String(kScopeShared))
        return false;
    if (const QString refusal = IncidentService::shareRefusal(incident->tlp); !refusal.isEmpty()) {
        showError(this, validationText(ValidationError(QStringLiteral("tlp"), refusal)));
        return false;
    }
    Tlp tlp {};
    const bool confirmFirst = !parseTlp(incident->tlp, &tlp) || tlpNeedsReleaseConfirmation(tlp);
    const QList<IncidentComment> comments = m_service.comments(m_id);
    const bool hasInternal = std::any_of(comments.begin(), comments.end(), [](const auto &c) {
        return c.kind != QLatin1String("release") && c.scope != QLatin1String(kScopeShared);
    });
    // GREEN and below with nothing internal to choose: no question asked.
    QStringList picked;
    if ((confirmFirst || hasInternal)
        && !ShareIncidentDialog::ask(
            this, *incident, comments,
            [this](const QString &analyst) { return m_log.analystName(analyst); }, &picked))
        return false;
    if (!runGuarded(this, [&] { m_service.share(m_id, picked); }))
        return false;
    load(true);
    loadComments();
    return true;
}

bool IncidentDialog::shareComment(const QString &commentId)
{
    const auto incident = m_service.incident(m_id);
    Tlp tlp {};
    if (incident && parseTlp(incident->tlp, &tlp) && tlpNeedsReleaseConfirmation(tlp)
        && !confirm(tr("Share this comment?"),
                    //: %1 is the TLP label, e.g. TLP:AMBER
                    tr("The counterpart centre will see this comment, under %1. It cannot be "
                       "taken back, and your name is recorded as the one who released it.")
                        .arg(tlpLabel(tlp))))
        return false;
    return runGuarded(this, [&] { m_service.shareComments(m_id, {commentId}); });
}

void IncidentDialog::addIndicator()
{
    IndicatorType type {};
    parseIndicatorType(m_indicatorType->currentData().toString(), &type);
    const IndicatorCheck check = validateIndicator(type, m_indicatorValue->text());
    if (!check.valid) {
        //: %1 is a reason such as "not an IPv4 address"
        m_indicatorMessage->setText(tr("Not added: %1.").arg(indicatorReason(check.reason)));
        return;
    }
    if (!runGuarded(this, [&] { m_service.addIndicator(m_id, type, check.normalised); }))
        return;
    m_indicatorValue->clear();
    m_indicatorMessage->clear();
}

QStringList IncidentDialog::addIndicatorsFromText(const QString &text)
{
    QSet<QString> existing;
    for (const auto &i : m_service.indicators(m_id))
        existing.insert(i.type + QLatin1Char('|') + i.value);
    QStringList refused;
    QStringList keep;
    int added = 0;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int n = 0; n < lines.size(); ++n) {
        const QString line = lines.at(n).trimmed();
        if (line.isEmpty())
            continue;
        IndicatorType type {};
        QString reason;
        if (!guessIndicatorType(line, &type)) {
            reason = indicatorReason(QStringLiteral("unknown-type"));
        } else {
            const IndicatorCheck check = validateIndicator(type, line);
            const QString key = indicatorTypeKey(type) + QLatin1Char('|') + check.normalised;
            if (!check.valid)
                reason = indicatorReason(check.reason);
            else if (existing.contains(key))
                reason = indicatorReason(QStringLiteral("duplicate"));
            else if (runGuarded(this,
                                [&] { m_service.addIndicator(m_id, type, check.normalised); })) {
                existing.insert(key);
                ++added;
                continue;
            } else {
                reason = indicatorReason(QStringLiteral("not-saved"));
            }
        }
        //: Bulk paste report: %1 line number, %2 reason
        refused << tr("line %1: %2").arg(n + 1).arg(reason);
        keep << line;
    }
    m_paste->setPlainText(keep.join(QLatin1Char('\n')));
    if (refused.isEmpty())
        m_indicatorMessage->setText(tr("%n indicator(s) added.", nullptr, added));
    else
        //: %1 number added, %2 the list of refused lines; they stay in the box to correct
        m_indicatorMessage->setText(tr("%n indicator(s) added. Not added, kept in the box to "
                                       "correct: %1",
                                       nullptr, added)
                                        .arg(refused.join(QLatin1String("; "))));
    return refused;
}

void IncidentDialog::addComment()
{
    const QString body = m_newComment->toPlainText().trimmed();
    if (body.isEmpty())
        return;
    const auto visibility = m_shared && m_commentShared->isChecked() ? CommentVisibility::Shared
                                                                     : CommentVisibility::Internal;
    // Kept in the box when refused (too long...), so that nothing typed is lost.
    if (runGuarded(this, [&] { m_service.addComment(m_id, body, visibility); }))
        m_newComment->clear();
}

std::array<std::pair<const char *, QComboBox *>, 4> IncidentDialog::choiceFields() const
{
    return {{{"status", m_status}, {"severity", m_severity}, {"tlp", m_tlp}, {"sector", m_sector}}};
}

QString IncidentDialog::draftRecord() const
{
    return QStringLiteral("incident/") + m_id;
}

bool IncidentDialog::saveDraft()
{
    QHash<QString, QString> fields;
    if (m_dirty.contains(QStringLiteral("title")))
        fields.insert(QStringLiteral("title"), m_title->text());
    if (m_dirty.contains(QStringLiteral("summary")))
        fields.insert(QStringLiteral("summary"), m_summary->toPlainText());
    for (const auto &[name, combo] : choiceFields()) {
        if (m_dirty.contains(QLatin1String(name)))
            fields.insert(QLatin1String(name), combo->currentData().toString());
    }
    if (!m_newComment->toPlainText().isEmpty()) {
        fields.insert(QStringLiteral("comment"), m_newComment->toPlainText());
        fields.insert(QStringLiteral("comment_shared"),
                      m_commentShared->isChecked() ? QStringLiteral("1") : QStringLiteral("0"));
    }
    if (fields.isEmpty())
        return false;
    return runGuarded(this, [&] {
        DraftStore(m_log.database())
            .save(draftRecord(), fields, QDateTime::currentMSecsSinceEpoch());
    });
}

bool IncidentDialog::restoreDraft()
{
    QHash<QString, QString> fields;
    if (!runGuarded(this, [&] { fields = DraftStore(m_log.database()).load(draftRecord()); })
        || fields.isEmpty())
        return false;
    m_loading = true;
    if (fields.contains(QStringLiteral("title")))
        m_title->setText(fields.value(QStringLiteral("title")));
    if (fields.contains(QStringLiteral("summary")))
        m_summary->setPlainText(fields.value(QStringLiteral("summary")));
    for (const auto &[name, combo] : choiceFields()) {
        const QString key = QLatin1String(name);
        if (fields.contains(key) && combo->findData(fields.value(key)) >= 0)
            selectData(combo, fields.value(key));
    }
    for (const QString &field : fields.keys()) {
        if (!field.startsWith(QLatin1String("comment")))
            m_dirty.insert(field);
    }
    if (fields.contains(QStringLiteral("comment"))) {
        m_newComment->setPlainText(fields.value(QStringLiteral("comment")));
        m_commentShared->setChecked(
            m_shared && fields.value(QStringLiteral("comment_shared")) == QLatin1String("1"));
    }
    m_loading = false;
    runGuarded(this, [&] { DraftStore(m_log.database()).remove(draftRecord()); });
    m_notice->setText(tr("Your unsaved edits from before Liaison locked are back. They are "
                         "not saved yet: save them, or close the window to discard them."));
    m_notice->show();
    return true;
}

void IncidentDialog::updateComposerScope()
{
    const auto incident = m_service.incident(m_id);
    const QString centre = incident ? incident->ownerCentre : QString();
    if (m_shared && m_commentShared->isChecked())
        m_composerScope->setText(tr("Shared comment: the counterpart centre will see it."));
    else if (m_shared)
        //: %1 is the analyst's own centre code
        m_composerScope->setText(
            tr("Internal comment: only %1 will see it.").arg(m_log.identity().centre));
    else
        //: %1 is a centre code
        m_composerScope->setText(
            tr("Internal comment: the incident is not shared; only %1 will see it.").arg(centre));
}

void IncidentDialog::done(int result)
{
    if (hasUnsavedChanges()
        && !confirm(tr("Discard your changes?"),
                    tr("You have changed this incident without saving. Close it anyway?")))
        return;
    QDialog::done(result);
}

} // namespace liaison
