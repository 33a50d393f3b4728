#pragma once

#include <QDate>
#include <QHash>
#include <QList>
#include <QRect>
#include <QWidget>

namespace liaison {

class ScheduleEventModel;
struct ScheduleEvent;

// Shared by the Month and Week views: a selected day moved with the keyboard (arrows move it,
// PageUp/PageDown move the period, Home goes to today, Enter opens the selected event), events
// laid out once per model reset or resize and painted from that layout, and accessors to the
// layout for tests and the benchmark (no pixels compared).
class CalendarView : public QWidget
{
    Q_OBJECT
public:
    explicit CalendarView(ScheduleEventModel &model, QWidget *parent = nullptr);

    QDate selectedDate() const { return m_selected; }
    void setSelectedDate(const QDate &date);
    // The event id last clicked, or the first of the selected day.
    QString selectedEvent() const;
    void setSelectedEvent(const QString &id);

    // The rectangle of a day (invalid when it is not shown) and the rectangles an event is
    // painted in (several for an event that runs over several weeks), in widget coordinates.
    virtual QRect dayRect(const QDate &day) const = 0;
    QList<QRect> eventRects(const QString &id) const;
    QDate dateAt(const QPoint &pos) const;
    QString eventAt(const QPoint &pos) const;
    // Events laid out but not shown for want of room, on a day ("+2 more").
    int hiddenOn(const QDate &day) const { return m_hidden.value(day); }

signals:
    void selectedDateChanged(const QDate &date);
    // PageUp / PageDown: -1 or +1 period.
    void periodRequested(int step);
    void todayRequested();
    void openRequested(const QString &eventId);
    void newRequested(const QDate &day);

protected:
    struct Placed
    {
        int row; // in the model
        QRect rect;
        bool continuesLeft = false;
        bool continuesRight = false;
    };
    // Fills m_placed and m_hidden for the current size and model.
    virtual void layoutEvents() = 0;
    void paintEvent(QPaintEvent *event) override;
    virtual void paintGrid(QPainter &painter) = 0;
    void paintPlaced(QPainter &painter);
    void resizeEvent(QResizeEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override;
    void relayout();
    // Starts a layout when one is due (clears the last); false when there is nothing to lay
    // out (up to date, or no days shown).
    bool beginLayout(const QDate &first);
    // The model's rows, multi-day events first (longest first), then by start.
    QList<int> sortedRows() const;
    // The step of Up/Down arrows, in days (7 in the month, 1 in the week).
    virtual int verticalStep() const = 0;

    ScheduleEventModel &m_model;
    QDate m_selected;
    QString m_selectedEvent;
    QList<Placed> m_placed;
    QHash<QDate, int> m_hidden;
    bool m_dirty = true;
};

// A month as six weeks of seven days from the locale's first day of the week. Multi-day
// visits span their days as one bar per week; timed calls show their start time. Only the
// model's range (the six weeks) is read.
class MonthView : public CalendarView
{
    Q_OBJECT
public:
    explicit MonthView(ScheduleEventModel &model, QWidget *parent = nullptr);
    // The first and last day of the six weeks that show the month of date.
    static QPair<QDate, QDate> gridRange(const QDate &date);
    QRect dayRect(const QDate &day) const override;
    QDate firstShown() const { return m_first; }
    // Shows the month of date (the model's range follows).
    void setMonth(const QDate &date);

protected:
    void layoutEvents() override;
    void paintGrid(QPainter &painter) override;
    int verticalStep() const override { return 7; }

private:
    int headerHeight() const;
    int lineHeight() const;
    QDate m_first;
    int m_month = 0;
};

// Seven days: an all-day band with visits and multi-day events, and a 24-hour grid with the
// calls at their times in the viewer's zone (side by side when they overlap).
class WeekView : public CalendarView
{
    Q_OBJECT
public:
    explicit WeekView(ScheduleEventModel &model, QWidget *parent = nullptr);
    static QPair<QDate, QDate> weekRange(const QDate &date);
    QRect dayRect(const QDate &day) const override; // the day's column, all-day band included
    void setWeek(const QDate &date);
    QDate firstShown() const { return m_first; }
    // The y of a time of day in the grid.
    int yOfMinute(int minute) const;
    QSize sizeHint() const override;

protected:
    void layoutEvents() override;
    void paintGrid(QPainter &painter) override;
    int verticalStep() const override { return 1; }

private:
    int headerHeight() const;
    int gutterWidth() const;
    int hourHeight() const;
    int allDayLanes() const { return m_allDayLanes; }
    int bandHeight() const;
    QDate m_first;
    int m_allDayLanes = 1;
};

} // namespace liaison
