#include "BoardPage.h"

#include "models/board/IncidentFilterProxy.h"
#include "models/board/IncidentListModel.h"
#include "models/schedule/CentreInfo.h"
#include "widgets/board/BoardView.h"
#include "widgets/board/NewIncidentDialog.h"
#include "widgets/common/DialogSupport.h"
#include "widgets/common/FlowLayout.h"
#include "widgets/common/UiErrors.h"

#include "domain/DomainText.h"
#include "domain/Enums.h"
#include "domain/IncidentReference.h"
#include "domain/Sectors.h"
#include "services/IncidentService.h"
#include "services/SearchIndex.h"
#include "sync/OpLog.h"
#include "sync/SyncEngine.h"
#include "workspace/Workspace.h"

#include <QAction>
#include <QActionGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDataStream>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIODevice>
#include <QLineEdit>
#include <QMessageBox>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace liaison {

namespace {
// 2: the table gained its reference column (a version-1 header layout is not restored: its
// sections were one fewer).
constexpr int kStateVersion = 2;
constexpr int kSearchDelayMs = 150;
// After a change, the search index catches up once nothing has happened for this long, in
// slices small enough not to hold the interface up (a few ms each).
constexpr int kIdleIndexDelayMs = 500;
constexpr int kIdleIndexSliceRows = 2000;

QComboBox *makeCombo(QWidget *parent, const char *name)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(QLatin1String(name));
    // Long sector names must not squeeze the search field: the popup shows them in full.
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(12);
    return combo;
}

// Keeps the current choice (by data) while the items are rebuilt in another language.
void refill(QComboBox *combo, const QString &anyText,
            const QList<std::pair<QString, QString>> &items)
{
    const QString current = combo->currentData().toString();
    const QSignalBlocker block(combo);
    combo->clear();
    combo->addItem(anyText, QString());
    for (const auto &[key, text] : items)
        combo->addItem(text, key);
    combo->setCurrentIndex(std::max(0, combo->findData(current)));
}
} // namespace

BoardPage::BoardPage(Workspace &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("boardPage"));
    m_model = new IncidentListModel(m_context.incidents(), this);
    m_proxy = new IncidentFilterProxy(this);
    m_proxy->setSourceModel(m_model);

    // Filter bar.
    m_text = new QLineEdit(this);
    m_text->setObjectName(QStringLiteral("boardFilter"));
    m_text->setClearButtonEnabled(true);
    m_text->setMinimumWidth(200);
    m_searchDelay = new QTimer(this);
    m_searchDelay->setObjectName(QStringLiteral("searchDelay"));
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(kSearchDelayMs);
    connect(m_text, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &BoardPage::applyFilter);
    // The first search after a burst of changes would otherwise pay for their re-indexing.
    m_idleIndex = new QTimer(this);
    m_idleIndex->setObjectName(QStringLiteral("idleIndex"));
    m_idleIndex->setSingleShot(true);
    connect(m_idleIndex, &QTimer::timeout, this, &BoardPage::indexWhileIdle);
    connect(&m_context, &Workspace::changesApplied, this,
            [this] { m_idleIndex->start(kIdleIndexDelayMs); });
    m_idleIndex->start(kIdleIndexDelayMs);
    m_tlp = makeCombo(this, "tlpFilter");
    m_severity = makeCombo(this, "severityFilter");
    m_status = makeCombo(this, "statusFilter");
    m_sector = makeCombo(this, "sectorFilter");
    m_centre = makeCombo(this, "centreFilter");
    for (QComboBox *combo : {m_tlp, m_severity, m_status, m_sector, m_centre})
        connect(combo, &QComboBox::currentIndexChanged, this, &BoardPage::applyFilter);
    m_mine = new QCheckBox(this);
    m_mine->setObjectName(QStringLiteral("assignedToMe"));
    m_unseen = new QCheckBox(this);
    m_unseen->setObjectName(QStringLiteral("changedSinceLastLook"));
    for (QCheckBox *box : {m_mine, m_unseen})
        connect(box, &QCheckBox::toggled, this, &BoardPage::applyFilter);

    // Actions.
    m_newAction = new QAction(this);
    m_newAction->setShortcut(QKeySequence::New);
    connect(m_newAction, &QAction::triggered, this, &BoardPage::createIncident);
    connect(&m_context.sync(), &SyncEngine::enrolled, this, &BoardPage::updateNewAction);
    m_boardAction = new QAction(this);
    m_boardAction->setCheckable(true);
    m_boardAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    m_tableAction = new QAction(this);
    m_tableAction->setCheckable(true);
    m_tableAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    // A radio choice: one of the two is always checked.
    auto *modes = new QActionGroup(this);
    modes->setExclusive(true);
    modes->addAction(m_boardAction);
    modes->addAction(m_tableAction);
    connect(m_boardAction, &QAction::triggered, this, [this] { setMode(Mode::Board); });
    connect(m_tableAction, &QAction::triggered, this, [this] { setMode(Mode::Table); });
    m_findAction = new QAction(this);
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_text->setFocus();
        m_text->selectAll();
    });
    m_exportCsvAction = new QAction(this);
    connect(m_exportCsvAction, &QAction::triggered, this, [this] {
        exportIncidentsInteractively(this, m_context.incidents(), shownIncidents(),
                                     ExportFormat::Csv, QStringLiteral("incidents"));
    });
    m_exportStixAction = new QAction(this);
    connect(m_exportStixAction, &QAction::triggered, this, [this] {
        exportIncidentsInteractively(this, m_context.incidents(), shownIncidents(),
                                     ExportFormat::Stix, QStringLiteral("incidents"));
    });
    addActions({m_newAction, m_boardAction, m_tableAction, m_findAction, m_exportCsvAction,
                m_exportStixAction});
    m_newButton = new QToolButton(this);
    m_newButton->setDefaultAction(m_newAction);
    m_newButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_boardButton = new QToolButton(this);
    m_boardButton->setDefaultAction(m_boardAction);
    m_tableButton = new QToolButton(this);
    m_tableButton->setDefaultAction(m_tableAction);

    // One flowing bar: actions, search and the personal filters, then the attribute filters;
    // it wraps onto more rows as the window narrows (two windows side by side on one screen).
    auto *bar = new FlowLayout;
    bar->setObjectName(QStringLiteral("boardBar"));
    for (QWidget *w : std::initializer_list<QWidget *> {m_newButton, m_text, m_boardButton,
                                                        m_tableButton, m_mine, m_unseen})
        bar->addWidget(w);
    bar->addRowBreak();
    for (QWidget *w :
         std::initializer_list<QWidget *> {m_tlp, m_severity, m_status, m_sector, m_centre})
        bar->addWidget(w);
    // Tab order as the bar reads, starting at the main action (New incident).
    QWidget *previous = m_newButton;
    for (QWidget *w :
         std::initializer_list<QWidget *> {m_text, m_boardButton, m_tableButton, m_mine, m_unseen,
                                           m_tlp, m_severity, m_status, m_sector, m_centre}) {
        QWidget::setTabOrder(previous, w);
        previous = w;
    }

    // Views.
    m_board = new BoardView(m_proxy, this);
    connect(m_board, &BoardView::statusChangeRequested, this, &BoardPage::changeStatus);
    connect(m_board, &BoardView::incidentActivated, this, &BoardPage::openRequested);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("incidentTable"));
    // The table sorts in a proxy of its own: the filter proxy under the board stays unsorted,
    // so that a sync update moves one card instead of re-sorting every column's source.
    m_tableSort = new QSortFilterProxyModel(this);
    m_tableSort->setSourceModel(m_proxy);
    m_tableSort->setSortRole(IncidentListModel::SortRole);
    m_tableSort->setSortLocaleAware(true);
    m_table->setModel(m_tableSort);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(IncidentListModel::UpdatedColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(IncidentListModel::TitleColumn, QHeaderView::Stretch);
    header->setSectionsMovable(true); // the order is kept with the widths (saveState)
    header->setMinimumSectionSize(40);
    // The reference first, the way both centres quote an incident; a saved order replaces it.
    header->moveSection(header->visualIndex(IncidentListModel::ReferenceColumn), 0);
    // Sorting by any column: the header's click (setSortingEnabled) sorts on SortRole.
    header->setSortIndicatorShown(true);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit openRequested(index.data(IncidentListModel::IdRole).toString());
    });
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_board);
    m_stack->addWidget(m_table);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_stack, 1);
    setMode(Mode::Board);
    retranslateUi();
}

BoardPage::~BoardPage() = default;

BoardPage::Mode BoardPage::mode() const
{
    return m_stack->currentWidget() == m_table ? Mode::Table : Mode::Board;
}

void BoardPage::setMode(Mode mode)
{
    m_stack->setCurrentWidget(mode == Mode::Table ? static_cast<QWidget *>(m_table) : m_board);
    m_boardAction->setChecked(mode == Mode::Board);
    m_tableAction->setChecked(mode == Mode::Table);
    // The board's columns are the statuses: the status filter is for the table.
    m_status->setVisible(mode == Mode::Table);
    // A hidden table need not keep its order up to date on every change.
    m_tableSort->setDynamicSortFilter(mode == Mode::Table);
    if (mode == Mode::Table)
        m_tableSort->sort(m_table->horizontalHeader()->sortIndicatorSection(),
                          m_table->horizontalHeader()->sortIndicatorOrder());
    applyFilter();
    if (mode == Mode::Table)
        fitTableColumns();
}

void BoardPage::fitTableColumns()
{
    // Measured when the table is shown, not when the board opens (the board's open time
    // counts; a hidden table need not be measured), and again after a language switch.
    if (mode() != Mode::Table)
        return;
    QHeaderView *header = m_table->horizontalHeader();
    for (int c = 0; c < IncidentListModel::ColumnCount; ++c) {
        if (c == IncidentListModel::TitleColumn || header->isSectionHidden(c))
            continue; // the title takes what is left
        // Wide enough for the header and the cells in this language; a column the analyst
        // made wider stays wider.
        const int needed
            = std::max(static_cast<const QAbstractItemView *>(m_table)->sizeHintForColumn(c),
                       header->sectionSizeHint(c));
        if (header->sectionSize(c) < needed)
            header->resizeSection(c, needed);
    }
}

QString BoardPage::currentIncident() const
{
    if (mode() == Mode::Board)
        return m_board->currentIncident();
    const QModelIndex index = m_table->currentIndex();
    return index.isValid() ? index.data(IncidentListModel::IdRole).toString() : QString();
}

void BoardPage::selectIncident(const QString &id)
{
    if (mode() == Mode::Board) {
        m_board->selectIncident(id);
        return;
    }
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex index
        = m_tableSort->mapFromSource(m_proxy->mapFromSource(m_model->index(row, 0)));
    if (index.isValid()) {
        m_table->setCurrentIndex(index);
        m_table->scrollTo(index);
    }
}

void BoardPage::applyFilter()
{
    BoardFilter filter;
    const QString text = m_text->text().trimmed();
    if (const QString reference = normalizeIncidentReference(text); !reference.isEmpty()) {
        // A reference read out on the phone: the incident it names, whatever else it says.
        QSet<QString> ids;
        for (int row : m_model->rowsWithReference(reference))
            ids.insert(m_model->incidentAt(row).id);
        filter.textMatches = ids;
    } else if (!SearchIndex::toFtsQuery(text).isEmpty()) {
        try {
            const QStringList ids = m_context.search().searchIncidents(text);
            filter.textMatches = QSet<QString>(ids.cbegin(), ids.cend());
        } catch (const std::exception &) {
            filter.textMatches = QSet<QString>();
        }
    }
    const auto one = [](QComboBox *combo) {
        const QString key = combo->currentData().toString();
        return key.isEmpty() ? QSet<QString>() : QSet<QString> {key};
    };
    filter.tlps = one(m_tlp);
    filter.severities = one(m_severity);
    if (mode() == Mode::Table)
        filter.statuses = one(m_status);
    filter.sector = m_sector->currentData().toString();
    filter.centre = m_centre->currentData().toString();
    if (m_mine->isChecked())
        filter.assigned = m_context.incidents().incidentsAssignedTo(m_context.identity().analystId);
    filter.unseenOnly = m_unseen->isChecked();
    m_proxy->setFilter(filter);
}

void BoardPage::indexWhileIdle()
{
    int taken = 0;
    try {
        taken = m_context.search().refreshSome(kIdleIndexSliceRows);
    } catch (const std::exception &) {
        return; // searchIncidents refreshes before searching in any case
    }
    if (taken > 0)
        m_idleIndex->start(0); // the next slice after the events waiting now
}

void BoardPage::changeStatus(const QString &id, const QString &statusKey)
{
    IncidentStatus status = IncidentStatus::New;
    if (!parseStatus(statusKey, &status))
        return;
    runGuarded(this, [&] {
        const auto incident = m_context.incidents().incident(id);
        if (!incident || incident->status == statusKey)
            return;
        m_context.incidents().setStatus(id, status);
    });
}

void BoardPage::createIncident()
{
    NewIncidentDialog dialog(m_context.identity().centre, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    runGuarded(this, [&] {
        const QString id = m_context.incidents().createIncident(dialog.draft());
        if (mode() == Mode::Board)
            m_board->selectIncident(id);
    });
}

QStringList BoardPage::shownIncidents() const
{
    QStringList ids;
    for (int r = 0; r < m_proxy->rowCount(); ++r)
        ids << m_proxy->index(r, 0).data(IncidentListModel::IdRole).toString();
    return ids;
}

bool BoardPage::exportTo(const QString &path, ExportFormat format, QString *error)
{
    return exportIncidents(this, m_context.incidents(), shownIncidents(), format, path, error);
}

QByteArray BoardPage::saveState() const
{
    QByteArray out;
    QDataStream stream(&out, QIODevice::WriteOnly);
    stream << kStateVersion << int(mode()) << m_table->horizontalHeader()->saveState();
    return out;
}

void BoardPage::restoreState(const QByteArray &state)
{
    QDataStream stream(state);
    int version = 0;
    int mode = 0;
    QByteArray header;
    stream >> version >> mode >> header;
    if (stream.status() != QDataStream::Ok || version < 1 || version > kStateVersion)
        return;
    if (version == kStateVersion)
        m_table->horizontalHeader()->restoreState(header);
    setMode(mode == int(Mode::Table) ? Mode::Table : Mode::Board);
    fitTableColumns(); // a layout saved in the other language may be too narrow for this one
}

void BoardPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void BoardPage::fillCombos()
{
    QList<std::pair<QString, QString>> tlps;
    for (Tlp t : {Tlp::Clear, Tlp::Green, Tlp::Amber, Tlp::AmberStrict, Tlp::Red})
        tlps.append({tlpKey(t), tlpLabel(t)});
    //: Filter choice: no TLP restriction
    refill(m_tlp, tr("Any TLP"), tlps);
    QList<std::pair<QString, QString>> severities;
    for (Severity s : {Severity::Low, Severity::Medium, Severity::High, Severity::Critical})
        severities.append({severityKey(s), severityLabel(severityKey(s))});
    //: Filter choice: any severity
    refill(m_severity, tr("Any severity"), severities);
    QList<std::pair<QString, QString>> statuses;
    for (const QString &key : statusKeys())
        statuses.append({key, statusLabel(key)});
    //: Filter choice: any status
    refill(m_status, tr("Any status"), statuses);
    QList<std::pair<QString, QString>> sectorItems;
    for (const auto &s : sectorsFirstFor(centreCountryCode(m_context.identity().centre))) {
        const QString id = QString::fromLatin1(s.id);
        //: Sector in a list: %1 country code (US, CA), %2 sector name
        sectorItems.append({id, tr("%1 — %2").arg(QLatin1String(s.country), sectorName(id))});
    }
    //: Filter choice: any critical-infrastructure sector
    refill(m_sector, tr("Any sector"), sectorItems);
    QList<std::pair<QString, QString>> centres;
    QSet<QString> codes {m_context.identity().centre};
    for (int r = 0; r < m_model->rowCount(); ++r)
        codes.insert(m_model->incidentAt(r).ownerCentre);
    codes.remove(QString());
    QStringList sorted(codes.cbegin(), codes.cend());
    sorted.sort();
    for (const QString &code : sorted)
        centres.append({code, code});
    //: Filter choice: incidents of any owner centre
    refill(m_centre, tr("Any centre"), centres);
}

void BoardPage::updateNewAction()
{
    // An incident is signed by its analyst: without an identity from a hub there is none.
    const bool enrolled = m_context.identity().isEnrolled();
    m_newAction->setEnabled(enrolled);
    m_newAction->setToolTip(
        enrolled ? tr("Create an incident (%1)")
                       .arg(m_newAction->shortcut().toString(QKeySequence::NativeText))
                 : tr("Enrol this profile with a hub first (File → Settings): incidents are "
                      "signed by their analyst."));
}

void BoardPage::retranslateUi()
{
    fillCombos();
    m_text->setPlaceholderText(tr("Search titles, summaries, indicators, comments"));
    m_text->setAccessibleName(tr("Search incidents"));
    m_tlp->setAccessibleName(tr("Filter by TLP"));
    m_severity->setAccessibleName(tr("Filter by severity"));
    m_status->setAccessibleName(tr("Filter by status"));
    m_sector->setAccessibleName(tr("Filter by sector"));
    m_centre->setAccessibleName(tr("Filter by owner centre"));
    m_mine->setText(tr("Assigned to me"));
    m_unseen->setText(tr("Changed since I last looked"));
    m_newAction->setText(tr("New incident…"));
    updateNewAction();
    //: Show incidents as kanban columns
    m_boardAction->setText(tr("Board"));
    //: Show incidents as a table
    m_tableAction->setText(tr("Table"));
    m_findAction->setText(tr("Search incidents"));
    m_exportCsvAction->setText(tr("Export shown incidents as CSV…"));
    m_exportStixAction->setText(tr("Export shown incidents as STIX 2.1…"));
    m_table->setAccessibleName(tr("Incidents"));
    fitTableColumns();
}

} // namespace liaison
