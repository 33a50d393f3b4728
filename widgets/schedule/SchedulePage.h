#pragma once

#include <QDate>
#include <QWidget>

class QComboBox;
class QLabel;
class QListView;
class QPushButton;
class QScrollArea;
class QStackedWidget;
class QToolButton;

namespace liaison {

class Workspace;
class ScheduleEventModel;
class MonthView;
class WeekView;
class CalendarView;
class VisitDialog;
class CallDialog;

// The Schedule page (issue #12): visits and calls of both centres in a Month, Week or Agenda
// view, coloured by centre, filtered by centre and by person; Today, Previous, Next; the
// keyboard moves the selected day (arrows), the period (PageUp/PageDown) and opens the
// selected event (Enter). New visits and calls open their editors.
class SchedulePage : public QWidget
{
    Q_OBJECT
public:
    enum ViewMode { MonthMode, WeekMode, AgendaMode };
    Q_ENUM(ViewMode)

    explicit SchedulePage(Workspace &context, QWidget *parent = nullptr);
    ~SchedulePage() override;

    ScheduleEventModel *model() const { return m_model; }
    MonthView *monthView() const { return m_month; }
    WeekView *weekView() const { return m_week; }
    QListView *agendaView() const { return m_agenda; }
    QComboBox *centreFilter() const { return m_centreFilter; }
    QComboBox *personFilter() const { return m_personFilter; }

    ViewMode viewMode() const { return m_mode; }
    void setViewMode(ViewMode mode);
    QDate date() const { return m_date; }
    void setDate(const QDate &date);
    void goToday();
    // One period (a month, a week, four weeks of agenda) back or forth.
    void step(int periods);
    QString periodTitle() const;

    // The editors open window-modal and delete themselves on close; returned for tests.
    VisitDialog *newVisit(const QDate &day);
    CallDialog *newCall(const QDate &day);
    QWidget *openEvent(const QString &id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateRange();
    void fillFilters();
    CalendarView *currentCalendar() const;

    Workspace &m_context;
    ScheduleEventModel *m_model = nullptr;
    ViewMode m_mode = MonthMode;
    QDate m_date;
    MonthView *m_month = nullptr;
    WeekView *m_week = nullptr;
    QScrollArea *m_weekScroll = nullptr;
    QListView *m_agenda = nullptr;
    QStackedWidget *m_stack = nullptr;
    QToolButton *m_modeButtons[3] = {};
    QPushButton *m_todayButton = nullptr;
    QToolButton *m_prevButton = nullptr;
    QToolButton *m_nextButton = nullptr;
    QLabel *m_periodLabel = nullptr;
    QLabel *m_centreLabel = nullptr;
    QLabel *m_personLabel = nullptr;
    QComboBox *m_centreFilter = nullptr;
    QComboBox *m_personFilter = nullptr;
    QPushButton *m_newVisitButton = nullptr;
    QPushButton *m_newCallButton = nullptr;
    QLabel *m_zoneLabel = nullptr;
};

} // namespace liaison
