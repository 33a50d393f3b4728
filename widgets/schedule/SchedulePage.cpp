#include "widgets/schedule/SchedulePage.h"

#include "models/schedule/CentreInfo.h"
#include "models/schedule/ScheduleEventModel.h"
#include "widgets/common/FlowLayout.h"
#include "widgets/schedule/CalendarViews.h"
#include "widgets/schedule/CallDialog.h"
#include "widgets/schedule/VisitDialog.h"

#include "domain/TimeZones.h"
#include "services/ChatService.h"
#include "services/ScheduleService.h"
#include "sync/OpLog.h"
#include "workspace/Workspace.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace liaison {

namespace {
constexpr int kAgendaDays = 28;
} // namespace

SchedulePage::SchedulePage(Workspace &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_date(QDate::currentDate())
{
    setObjectName(QStringLiteral("schedulePage"));
    m_model = new ScheduleEventModel(context.schedule(), this);

    auto *bar = new QHBoxLayout;
    m_todayButton = new QPushButton(this);
    m_todayButton->setObjectName(QStringLiteral("todayButton"));
    m_prevButton = new QToolButton(this);
    m_prevButton->setObjectName(QStringLiteral("previousButton"));
    m_prevButton->setArrowType(Qt::LeftArrow);
    m_nextButton = new QToolButton(this);
    m_nextButton->setObjectName(QStringLiteral("nextButton"));
    m_nextButton->setArrowType(Qt::RightArrow);
    m_periodLabel = new QLabel(this);
    m_periodLabel->setObjectName(QStringLiteral("periodLabel"));
    QFont big = m_periodLabel->font();
    big.setBold(true);
    m_periodLabel->setFont(big);
    bar->addWidget(m_todayButton);
    bar->addWidget(m_prevButton);
    bar->addWidget(m_nextButton);
    bar->addWidget(m_periodLabel, 1);
    auto *modes = new QButtonGroup(this);
    const char *modeNames[] = {"monthMode", "weekMode", "agendaMode"};
    for (int i = 0; i < 3; ++i) {
        m_modeButtons[i] = new QToolButton(this);
        m_modeButtons[i]->setObjectName(QString::fromLatin1(modeNames[i]));
        m_modeButtons[i]->setCheckable(true);
        m_modeButtons[i]->setToolButtonStyle(Qt::ToolButtonTextOnly);
        modes->addButton(m_modeButtons[i], i);
        bar->addWidget(m_modeButtons[i]);
    }
    m_modeButtons[0]->setChecked(true);
    connect(modes, &QButtonGroup::idClicked, this, [this](int id) { setViewMode(ViewMode(id)); });

    // Wraps onto a second row in a narrow window (two windows side by side on one screen).
    auto *filters = new FlowLayout;
    m_centreLabel = new QLabel(this);
    m_centreFilter = new QComboBox(this);
    m_centreFilter->setObjectName(QStringLiteral("centreFilter"));
    m_centreLabel->setBuddy(m_centreFilter);
    m_personLabel = new QLabel(this);
    m_personFilter = new QComboBox(this);
    m_personFilter->setObjectName(QStringLiteral("personFilter"));
    m_personLabel->setBuddy(m_personFilter);
    m_zoneLabel = new QLabel(this);
    m_zoneLabel->setObjectName(QStringLiteral("viewerZone"));
    m_newVisitButton = new QPushButton(this);
    m_newVisitButton->setObjectName(QStringLiteral("newVisitButton"));
    m_newCallButton = new QPushButton(this);
    m_newCallButton->setObjectName(QStringLiteral("newCallButton"));
    filters->addWidget(m_centreLabel);
    filters->addWidget(m_centreFilter);
    filters->addWidget(m_personLabel);
    filters->addWidget(m_personFilter);
    m_zoneLabel->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    filters->addWidget(m_zoneLabel);
    filters->addWidget(m_newVisitButton);
    filters->addWidget(m_newCallButton);

    m_month = new MonthView(*m_model, this);
    m_week = new WeekView(*m_model, this);
    m_weekScroll = new QScrollArea(this);
    m_weekScroll->setWidget(m_week);
    m_weekScroll->setWidgetResizable(true);
    m_weekScroll->setFocusProxy(m_week);
    m_agenda = new QListView(this);
    m_agenda->setObjectName(QStringLiteral("agendaView"));
    m_agenda->setModel(m_model);
    m_agenda->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_agenda->setWordWrap(true);
    m_agenda->setUniformItemSizes(true);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_month);
    m_stack->addWidget(m_weekScroll);
    m_stack->addWidget(m_agenda);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addLayout(filters);
    layout->addWidget(m_stack, 1);

    connect(m_todayButton, &QPushButton::clicked, this, &SchedulePage::goToday);
    connect(m_prevButton, &QToolButton::clicked, this, [this] { step(-1); });
    connect(m_nextButton, &QToolButton::clicked, this, [this] { step(1); });
    for (CalendarView *view :
         {static_cast<CalendarView *>(m_month), static_cast<CalendarView *>(m_week)}) {
        connect(view, &CalendarView::selectedDateChanged, this, &SchedulePage::setDate);
        connect(view, &CalendarView::periodRequested, this, &SchedulePage::step);
        connect(view, &CalendarView::todayRequested, this, &SchedulePage::goToday);
        connect(view, &CalendarView::openRequested, this, &SchedulePage::openEvent);
        connect(view, &CalendarView::newRequested, this, &SchedulePage::newVisit);
    }
    connect(m_agenda, &QListView::activated, this, [this](const QModelIndex &index) {
        openEvent(index.data(ScheduleEventModel::IdRole).toString());
    });
    connect(m_newVisitButton, &QPushButton::clicked, this, [this] { newVisit(m_date); });
    connect(m_newCallButton, &QPushButton::clicked, this, [this] { newCall(m_date); });
    const auto filterChanged = [this] {
        m_model->setCentreFilter(m_centreFilter->currentData().toString());
        m_model->setPersonFilter(m_personFilter->currentData().toString());
    };
    connect(m_centreFilter, &QComboBox::currentIndexChanged, this, filterChanged);
    connect(m_personFilter, &QComboBox::currentIndexChanged, this, filterChanged);
    // The directory grows as the hub sends it; the filters follow.
    connect(&m_context, &Workspace::changesApplied, this, &SchedulePage::fillFilters);

    retranslateUi();
    updateRange();
}

SchedulePage::~SchedulePage() = default;

CalendarView *SchedulePage::currentCalendar() const
{
    if (m_mode == MonthMode)
        return m_month;
    if (m_mode == WeekMode)
        return m_week;
    return nullptr;
}

void SchedulePage::setViewMode(ViewMode mode)
{
    m_mode = mode;
    m_modeButtons[mode]->setChecked(true);
    m_stack->setCurrentIndex(int(mode));
    updateRange();
    if (QWidget *w = m_stack->currentWidget())
        w->setFocus();
}

void SchedulePage::setDate(const QDate &date)
{
    if (!date.isValid())
        return;
    m_date = date;
    updateRange();
}

void SchedulePage::goToday()
{
    setDate(QDate::currentDate());
}

void SchedulePage::step(int periods)
{
    switch (m_mode) {
    case MonthMode: setDate(m_date.addMonths(periods)); break;
    case WeekMode: setDate(m_date.addDays(7 * periods)); break;
    case AgendaMode: setDate(m_date.addDays(kAgendaDays * periods)); break;
    }
}

void SchedulePage::updateRange()
{
    m_month->setSelectedDate(m_date);
    m_week->setSelectedDate(m_date);
    switch (m_mode) {
    case MonthMode: m_month->setMonth(m_date); break;
    case WeekMode: m_week->setWeek(m_date); break;
    case AgendaMode: m_model->setRange(m_date, m_date.addDays(kAgendaDays - 1)); break;
    }
    m_periodLabel->setText(periodTitle());
}

QString SchedulePage::periodTitle() const
{
    const QLocale locale;
    switch (m_mode) {
    case MonthMode:
        //: The month shown: %1 the month's name, %2 the year
        return tr("%1 %2").arg(locale.standaloneMonthName(m_date.month()),
                               QString::number(m_date.year()));
    case WeekMode: {
        const auto [first, last] = WeekView::weekRange(m_date);
        //: The week shown: %1 its first day, %2 its last
        return tr("%1 – %2").arg(locale.toString(first, QLocale::ShortFormat),
                                 locale.toString(last, QLocale::ShortFormat));
    }
    case AgendaMode:
        return tr("%1 – %2").arg(
            locale.toString(m_date, QLocale::ShortFormat),
            locale.toString(m_date.addDays(kAgendaDays - 1), QLocale::ShortFormat));
    }
    return {};
}

void SchedulePage::fillFilters()
{
    const QString centre = m_centreFilter->currentData().toString();
    const QString person = m_personFilter->currentData().toString();
    const QSignalBlocker b1(m_centreFilter);
    const QSignalBlocker b2(m_personFilter);
    m_centreFilter->clear();
    //: Filter of the Schedule page: no centre filter
    m_centreFilter->addItem(tr("All centres"), QString());
    m_personFilter->clear();
    //: Filter of the Schedule page: no person filter
    m_personFilter->addItem(tr("Everyone"), QString());
    QStringList centres {m_context.identity().centre};
    for (const ChatMember &m : m_context.chat().directory()) {
        if (!m.centre.isEmpty() && !centres.contains(m.centre))
            centres << m.centre;
        //: A person in the filter: %1 their name, %2 their centre
        m_personFilter->addItem(tr("%1 (%2)").arg(m.name, m.centre), m.analystId);
    }
    centres.sort();
    for (const QString &c : centres) {
        //: A centre in the filter: %1 its tag (CA, US), %2 its id
        m_centreFilter->addItem(tr("%1 %2").arg(centreTag(c), c), c);
    }
    m_centreFilter->setCurrentIndex(std::max(0, m_centreFilter->findData(centre)));
    m_personFilter->setCurrentIndex(std::max(0, m_personFilter->findData(person)));
}

VisitDialog *SchedulePage::newVisit(const QDate &day)
{
    auto *dialog = new VisitDialog(m_context, QString(), day, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

CallDialog *SchedulePage::newCall(const QDate &day)
{
    auto *dialog = new CallDialog(m_context, QString(), day, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

QWidget *SchedulePage::openEvent(const QString &id)
{
    const auto visit = m_context.schedule().visit(id);
    if (!visit)
        return nullptr;
    QDialog *dialog = nullptr;
    if (visit->kind == QLatin1String("call"))
        dialog = new CallDialog(m_context, id, {}, this);
    else
        dialog = new VisitDialog(m_context, id, {}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void SchedulePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SchedulePage::retranslateUi()
{
    //: Schedule page: go to today
    m_todayButton->setText(tr("Today"));
    m_prevButton->setToolTip(tr("Previous (Page Up)"));
    m_prevButton->setAccessibleName(tr("Previous"));
    m_nextButton->setToolTip(tr("Next (Page Down)"));
    m_nextButton->setAccessibleName(tr("Next"));
    //: Schedule page view
    m_modeButtons[MonthMode]->setText(tr("Month"));
    //: Schedule page view
    m_modeButtons[WeekMode]->setText(tr("Week"));
    //: Schedule page view: a list of the coming events
    m_modeButtons[AgendaMode]->setText(tr("Agenda"));
    m_centreLabel->setText(tr("Centre:"));
    m_personLabel->setText(tr("Person:"));
    m_newVisitButton->setText(tr("New visit…"));
    m_newCallButton->setText(tr("New call…"));
    const QString zone = m_model->viewerZone();
    //: The zone the Schedule page shows times in; %1 e.g. "Ottawa (EST, UTC−05:00)"
    m_zoneLabel->setText(tr("Times in %1").arg(zoneCaption(zone, QDateTime::currentDateTimeUtc())));
    m_month->setAccessibleName(tr("Month"));
    m_week->setAccessibleName(tr("Week"));
    m_agenda->setAccessibleName(tr("Agenda"));
    fillFilters();
    m_periodLabel->setText(periodTitle());
    m_month->update();
    m_week->update();
    // Descriptions in the agenda are made when read: a reset re-reads them in this language.
    m_model->refresh();
}

} // namespace liaison
