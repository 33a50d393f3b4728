#include "widgets/schedule/CalendarViews.h"

#include "models/schedule/ScheduleEventModel.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>
#include <numeric>

namespace liaison {

namespace {
constexpr int kPad = 2;

// A first free lane over columns [c0, c1] of an occupancy table, made as needed.
int takeLane(QList<QList<bool>> &lanes, int c0, int c1, int columns)
{
    for (int lane = 0;; ++lane) {
        if (lane == lanes.size())
            lanes.append(QList<bool>(columns, false));
        bool free = true;
        for (int c = c0; c <= c1 && free; ++c)
            free = !lanes[lane][c];
        if (free) {
            for (int c = c0; c <= c1; ++c)
                lanes[lane][c] = true;
            return lane;
        }
    }
}

bool spanningFirst(const ScheduleEvent &a, const ScheduleEvent &b)
{
    if (a.spansDays() != b.spansDays())
        return a.spansDays();
    if (a.firstDay != b.firstDay)
        return a.firstDay < b.firstDay;
    if (a.spansDays() && a.lastDay != b.lastDay)
        return a.lastDay > b.lastDay; // longer first
    if (a.visit.startsAt != b.visit.startsAt)
        return a.visit.startsAt < b.visit.startsAt;
    return a.visit.id < b.visit.id;
}
} // namespace

CalendarView::CalendarView(ScheduleEventModel &model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_selected(QDate::currentDate())
{
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    connect(&m_model, &QAbstractItemModel::modelReset, this, &CalendarView::relayout);
}

void CalendarView::relayout()
{
    m_dirty = true;
    update();
}

bool CalendarView::beginLayout(const QDate &first)
{
    if (!m_dirty)
        return false;
    m_dirty = false;
    m_placed.clear();
    m_hidden.clear();
    return first.isValid();
}

QList<int> CalendarView::sortedRows() const
{
    QList<int> rows(m_model.rowCount());
    std::iota(rows.begin(), rows.end(), 0);
    std::stable_sort(rows.begin(), rows.end(), [this](int a, int b) {
        return spanningFirst(m_model.event(a), m_model.event(b));
    });
    return rows;
}

void CalendarView::setSelectedDate(const QDate &date)
{
    if (!date.isValid() || date == m_selected)
        return;
    m_selected = date;
    m_selectedEvent.clear();
    update();
    emit selectedDateChanged(date);
}

QString CalendarView::selectedEvent() const
{
    if (!m_selectedEvent.isEmpty() && m_model.rowOf(m_selectedEvent) >= 0)
        return m_selectedEvent;
    const QList<int> rows = m_model.rowsOn(m_selected);
    return rows.isEmpty() ? QString() : m_model.event(rows.first()).visit.id;
}

void CalendarView::setSelectedEvent(const QString &id)
{
    m_selectedEvent = id;
    update();
}

QList<QRect> CalendarView::eventRects(const QString &id) const
{
    const_cast<CalendarView *>(this)->layoutEvents();
    QList<QRect> out;
    const int row = m_model.rowOf(id);
    for (const Placed &p : m_placed) {
        if (p.row == row)
            out << p.rect;
    }
    return out;
}

QDate CalendarView::dateAt(const QPoint &pos) const
{
    for (QDate d = m_model.firstDay(); d.isValid() && d <= m_model.lastDay(); d = d.addDays(1)) {
        if (dayRect(d).contains(pos))
            return d;
    }
    return {};
}

QString CalendarView::eventAt(const QPoint &pos) const
{
    const_cast<CalendarView *>(this)->layoutEvents();
    for (const Placed &p : m_placed) {
        if (p.rect.contains(pos))
            return m_model.event(p.row).visit.id;
    }
    return {};
}

void CalendarView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    m_dirty = true;
}

void CalendarView::paintEvent(QPaintEvent *)
{
    layoutEvents();
    QPainter painter(this);
    painter.fillRect(rect(), palette().base());
    paintGrid(painter);
    paintPlaced(painter);
}

void CalendarView::paintPlaced(QPainter &painter)
{
    const QFontMetrics fm(font());
    const QLocale locale;
    for (const Placed &p : m_placed) {
        const ScheduleEvent &e = m_model.event(p.row);
        const QModelIndex index = m_model.index(p.row);
        QColor colour = index.data(ScheduleEventModel::ColourRole).value<QColor>();
        const bool cancelled = e.status == QLatin1String("cancelled");
        const bool pending = e.status == QLatin1String("draft")
            || e.status == QLatin1String("proposed") || e.status == QLatin1String("tentative");
        if (cancelled)
            colour = colour.lighter(170);
        const QRect r = p.rect.adjusted(0, 0, -1, -1);
        painter.setPen(Qt::NoPen);
        painter.setBrush(pending ? colour.lighter(135) : colour);
        painter.drawRoundedRect(r, 3, 3);
        if (index.data(ScheduleEventModel::HatchedRole).toBool())
            painter.fillRect(r, QBrush(QColor(255, 255, 255, 70), Qt::BDiagPattern));
        if (pending) {
            // Not settled yet: a dashed outline as well as the lighter colour.
            painter.setPen(QPen(colour.darker(150), 1, Qt::DashLine));
            painter.setBrush(Qt::NoBrush);
            painter.drawRoundedRect(r, 3, 3);
        }
        if (e.visit.id == m_selectedEvent) {
            painter.setPen(QPen(palette().highlight().color(), 2));
            painter.setBrush(Qt::NoBrush);
            painter.drawRoundedRect(r.adjusted(1, 1, -1, -1), 3, 3);
        }
        QString text = index.data(ScheduleEventModel::CentreTagRole).toString() + QLatin1Char(' ');
        if (!e.spansDays() && !p.continuesLeft)
            text += locale.toString(e.localStart.time(), QLocale::ShortFormat) + QLatin1Char(' ');
        text += e.visit.title;
        QFont f = font();
        f.setStrikeOut(cancelled);
        painter.setFont(f);
        painter.setPen(Qt::white);
        const QRect textRect = r.adjusted(4, 0, -3, 0);
        painter.drawText(textRect, Qt::AlignLeft | Qt::AlignTop | Qt::TextSingleLine,
                         fm.elidedText(text, Qt::ElideRight, textRect.width()));
    }
    painter.setFont(font());
}

void CalendarView::keyPressEvent(QKeyEvent *event)
{
    int days = 0;
    switch (event->key()) {
    case Qt::Key_Left: days = layoutDirection() == Qt::RightToLeft ? 1 : -1; break;
    case Qt::Key_Right: days = layoutDirection() == Qt::RightToLeft ? -1 : 1; break;
    case Qt::Key_Up: days = -verticalStep(); break;
    case Qt::Key_Down: days = verticalStep(); break;
    case Qt::Key_PageUp: emit periodRequested(-1); return;
    case Qt::Key_PageDown: emit periodRequested(1); return;
    case Qt::Key_Home: emit todayRequested(); return;
    case Qt::Key_Return:
    case Qt::Key_Enter: {
        const QString id = selectedEvent();
        if (!id.isEmpty())
            emit openRequested(id);
        else
            emit newRequested(m_selected);
        return;
    }
    case Qt::Key_Tab:
    case Qt::Key_Backtab: QWidget::keyPressEvent(event); return;
    default: QWidget::keyPressEvent(event); return;
    }
    setSelectedDate(m_selected.addDays(days));
}

void CalendarView::mousePressEvent(QMouseEvent *event)
{
    setFocus(Qt::MouseFocusReason);
    const QPoint pos = event->position().toPoint();
    const QString id = eventAt(pos);
    const QDate day = dateAt(pos);
    if (day.isValid())
        setSelectedDate(day);
    setSelectedEvent(id);
}

void CalendarView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    const QString id = eventAt(pos);
    if (!id.isEmpty()) {
        emit openRequested(id);
        return;
    }
    const QDate day = dateAt(pos);
    if (day.isValid())
        emit newRequested(day);
}

bool CalendarView::event(QEvent *e)
{
    if (e->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(e);
        const int row = m_model.rowOf(eventAt(help->pos()));
        if (row >= 0)
            QToolTip::showText(help->globalPos(), m_model.describe(m_model.event(row)), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(e);
}

// ---- Month ----

MonthView::MonthView(ScheduleEventModel &model, QWidget *parent)
    : CalendarView(model, parent)
{
    setObjectName(QStringLiteral("monthView"));
    setMinimumSize(420, 320);
}

QPair<QDate, QDate> MonthView::gridRange(const QDate &date)
{
    const QDate first(date.year(), date.month(), 1);
    const int weekStart = int(QLocale().firstDayOfWeek());
    const int back = (first.dayOfWeek() - weekStart + 7) % 7;
    const QDate start = first.addDays(-back);
    return {start, start.addDays(41)};
}

void MonthView::setMonth(const QDate &date)
{
    const auto [first, last] = gridRange(date);
    m_first = first;
    m_month = date.month();
    m_model.setRange(first, last);
    relayout();
}

int MonthView::lineHeight() const
{
    return fontMetrics().height() + 2;
}

int MonthView::headerHeight() const
{
    return lineHeight() + kPad;
}

QRect MonthView::dayRect(const QDate &day) const
{
    if (!m_first.isValid())
        return {};
    const qint64 offset = m_first.daysTo(day);
    if (offset < 0 || offset >= 42)
        return {};
    const int col = int(offset % 7);
    const int row = int(offset / 7);
    const int top = headerHeight();
    const int x0 = width() * col / 7;
    const int x1 = width() * (col + 1) / 7;
    const int y0 = top + (height() - top) * row / 6;
    const int y1 = top + (height() - top) * (row + 1) / 6;
    QRect r(x0, y0, x1 - x0, y1 - y0);
    if (layoutDirection() == Qt::RightToLeft)
        r.moveLeft(width() - r.right() - 1);
    return r;
}

void MonthView::layoutEvents()
{
    if (!beginLayout(m_first))
        return;
    const int line = lineHeight();
    const QList<int> rows = sortedRows();
    for (int week = 0; week < 6; ++week) {
        const QDate w0 = m_first.addDays(week * 7);
        const QDate w6 = w0.addDays(6);
        const QRect cell = dayRect(w0);
        const int capacity = std::max(0, (cell.height() - line - kPad) / line);
        QList<QList<bool>> lanes;
        struct Item
        {
            int row, c0, c1, lane;
        };
        QList<Item> items;
        for (int row : rows) {
            const ScheduleEvent &e = m_model.event(row);
            if (e.lastDay < w0 || e.firstDay > w6)
                continue;
            const int c0 = int(w0.daysTo(std::max(e.firstDay, w0)));
            const int c1 = int(w0.daysTo(std::min(e.lastDay, w6)));
            items.append({row, c0, c1, takeLane(lanes, c0, c1, 7)});
        }
        // Room for every lane, or one line less and "+N more" in it.
        const int shown = int(lanes.size()) <= capacity ? capacity : std::max(0, capacity - 1);
        for (const Item &it : items) {
            if (it.lane >= shown) {
                for (int c = it.c0; c <= it.c1; ++c)
                    ++m_hidden[w0.addDays(c)];
                continue;
            }
            const ScheduleEvent &e = m_model.event(it.row);
            QRect a = dayRect(w0.addDays(it.c0));
            QRect b = dayRect(w0.addDays(it.c1));
            QRect r = a.united(b);
            r.setTop(cell.top() + line + kPad + it.lane * line);
            r.setHeight(line - 1);
            r.adjust(kPad, 0, -kPad, 0);
            m_placed.append({it.row, r, e.firstDay<w0, e.lastDay> w6});
        }
    }
}

void MonthView::paintGrid(QPainter &painter)
{
    const QLocale locale;
    const QDate today = QDate::currentDate();
    const QColor gridColour = palette().mid().color();
    // Weekday names.
    painter.setPen(palette().text().color());
    for (int col = 0; col < 7; ++col) {
        const QDate d = m_first.addDays(col);
        QRect r = dayRect(d);
        r.setTop(0);
        r.setHeight(headerHeight());
        painter.drawText(r, Qt::AlignCenter, locale.dayName(d.dayOfWeek(), QLocale::ShortFormat));
    }
    for (int i = 0; i < 42; ++i) {
        const QDate d = m_first.addDays(i);
        const QRect r = dayRect(d);
        const bool inMonth = d.month() == m_month;
        if (!inMonth)
            painter.fillRect(r, palette().alternateBase());
        painter.setPen(gridColour);
        painter.drawRect(r.adjusted(0, 0, -1, -1));
        QFont f = font();
        f.setBold(d == today);
        painter.setFont(f);
        painter.setPen(inMonth ? palette().text().color() : palette().placeholderText().color());
        const QRect numberRect(r.left() + 4, r.top() + 1, r.width() - 8, lineHeight());
        //: The day of the month in the month view; %1 the day, "Today" is added for today
        painter.drawText(numberRect, Qt::AlignLeft | Qt::AlignVCenter,
                         d == today ? tr("%1 · Today").arg(locale.toString(d.day()))
                                    : locale.toString(d.day()));
        painter.setFont(font());
        if (const int hidden = m_hidden.value(d); hidden > 0) {
            const QRect more(r.left() + 4, r.bottom() - lineHeight(), r.width() - 8, lineHeight());
            painter.setPen(palette().text().color());
            //: In a day of the month view: how many events did not fit
            painter.drawText(more, Qt::AlignLeft | Qt::AlignVCenter,
                             tr("+%n more", nullptr, hidden));
        }
        if (d == m_selected) {
            painter.setPen(QPen(palette().highlight().color(), hasFocus() ? 3 : 2));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(r.adjusted(1, 1, -2, -2));
        }
    }
}

// ---- Week ----

WeekView::WeekView(ScheduleEventModel &model, QWidget *parent)
    : CalendarView(model, parent)
{
    setObjectName(QStringLiteral("weekView"));
}

QPair<QDate, QDate> WeekView::weekRange(const QDate &date)
{
    const int weekStart = int(QLocale().firstDayOfWeek());
    const QDate start = date.addDays(-((date.dayOfWeek() - weekStart + 7) % 7));
    return {start, start.addDays(6)};
}

void WeekView::setWeek(const QDate &date)
{
    const auto [first, last] = weekRange(date);
    m_first = first;
    m_model.setRange(first, last);
    relayout();
}

int WeekView::headerHeight() const
{
    return fontMetrics().height() + 2 * kPad + 2;
}

int WeekView::gutterWidth() const
{
    return fontMetrics().horizontalAdvance(QLocale().toString(QTime(23, 0), QLocale::ShortFormat))
        + 3 * kPad;
}

int WeekView::hourHeight() const
{
    return std::max(2 * (fontMetrics().height() + 2),
                    (height() - headerHeight() - bandHeight()) / 24);
}

int WeekView::bandHeight() const
{
    return std::max(1, m_allDayLanes) * (fontMetrics().height() + 2) + 2 * kPad;
}

QSize WeekView::sizeHint() const
{
    return {700, headerHeight() + bandHeight() + 24 * 2 * (fontMetrics().height() + 2)};
}

int WeekView::yOfMinute(int minute) const
{
    return headerHeight() + bandHeight() + minute * hourHeight() / 60;
}

QRect WeekView::dayRect(const QDate &day) const
{
    if (!m_first.isValid())
        return {};
    const qint64 col = m_first.daysTo(day);
    if (col < 0 || col >= 7)
        return {};
    const int gutter = gutterWidth();
    const int w = width() - gutter;
    const int x0 = gutter + w * int(col) / 7;
    const int x1 = gutter + w * int(col + 1) / 7;
    return QRect(x0, 0, x1 - x0, height());
}

void WeekView::layoutEvents()
{
    if (!beginLayout(m_first))
        return;
    const QDate last = m_first.addDays(6);
    const int line = fontMetrics().height() + 2;
    const QList<int> rows = sortedRows();
    // The all-day band first: its height moves the grid down.
    QList<QList<bool>> lanes;
    struct Item
    {
        int row, c0, c1, lane;
    };
    QList<Item> band;
    for (int row : rows) {
        const ScheduleEvent &e = m_model.event(row);
        if (!e.spansDays())
            continue;
        const int c0 = int(m_first.daysTo(std::max(e.firstDay, m_first)));
        const int c1 = int(m_first.daysTo(std::min(e.lastDay, last)));
        band.append({row, c0, c1, takeLane(lanes, c0, c1, 7)});
    }
    m_allDayLanes = std::max(1, int(lanes.size()));
    const int bandTop = headerHeight() + kPad;
    for (const Item &it : band) {
        const ScheduleEvent &e = m_model.event(it.row);
        QRect r = dayRect(m_first.addDays(it.c0)).united(dayRect(m_first.addDays(it.c1)));
        r.setTop(bandTop + it.lane * line);
        r.setHeight(line - 1);
        r.adjust(kPad, 0, -kPad, 0);
        m_placed.append({it.row, r, e.firstDay<m_first, e.lastDay> last});
    }
    if (minimumHeight() != sizeHint().height())
        setMinimumHeight(sizeHint().height());
    // Timed events of one day, side by side where they overlap (each cluster split evenly).
    for (int col = 0; col < 7; ++col) {
        const QDate day = m_first.addDays(col);
        QList<int> dayRows;
        for (int row : rows) {
            const ScheduleEvent &e = m_model.event(row);
            if (!e.spansDays() && e.firstDay == day)
                dayRows << row;
        }
        const QRect column = dayRect(day);
        int i = 0;
        while (i < dayRows.size()) {
            // A cluster: events chained by overlaps.
            int j = i;
            QDateTime clusterEnd = m_model.event(dayRows[i]).localEnd;
            QList<QDateTime> laneEnds;
            QList<int> laneOf;
            while (j < dayRows.size()
                   && (j == i || m_model.event(dayRows[j]).localStart < clusterEnd)) {
                const ScheduleEvent &e = m_model.event(dayRows[j]);
                int lane = 0;
                while (lane < laneEnds.size() && laneEnds[lane] > e.localStart)
                    ++lane;
                if (lane == laneEnds.size())
                    laneEnds.append(e.localEnd);
                else
                    laneEnds[lane] = e.localEnd;
                laneOf << lane;
                clusterEnd = std::max(clusterEnd, e.localEnd);
                ++j;
            }
            const int count = int(laneEnds.size());
            for (int k = i; k < j; ++k) {
                const ScheduleEvent &e = m_model.event(dayRows[k]);
                const int startMin = e.localStart.time().msecsSinceStartOfDay() / 60000;
                const int endMin = e.localEnd.date() > day
                    ? 24 * 60
                    : e.localEnd.time().msecsSinceStartOfDay() / 60000;
                const int lane = laneOf[k - i];
                const int x0 = column.left() + kPad + (column.width() - 2 * kPad) * lane / count;
                const int x1
                    = column.left() + kPad + (column.width() - 2 * kPad) * (lane + 1) / count;
                const int y0 = yOfMinute(startMin);
                const int y1 = std::max(yOfMinute(endMin), y0 + line);
                m_placed.append({dayRows[k], QRect(x0, y0, x1 - x0 - 1, y1 - y0 - 1)});
            }
            i = j;
        }
    }
}

void WeekView::paintGrid(QPainter &painter)
{
    const QLocale locale;
    const QDate today = QDate::currentDate();
    const QColor gridColour = palette().mid().color();
    const int gridTop = headerHeight() + bandHeight();
    painter.setPen(gridColour);
    for (int h = 0; h <= 24; ++h) {
        const int y = yOfMinute(h * 60);
        painter.setPen(gridColour);
        painter.drawLine(gutterWidth(), y, width(), y);
        if (h < 24) {
            painter.setPen(palette().text().color());
            painter.drawText(QRect(0, y, gutterWidth() - kPad, fontMetrics().height()),
                             Qt::AlignRight | Qt::AlignTop,
                             locale.toString(QTime(h, 0), QLocale::ShortFormat));
        }
    }
    for (int col = 0; col < 7; ++col) {
        const QDate d = m_first.addDays(col);
        const QRect r = dayRect(d);
        if (d == m_selected)
            painter.fillRect(r, palette().alternateBase());
        painter.setPen(gridColour);
        painter.drawLine(r.left(), 0, r.left(), height());
        QFont f = font();
        f.setBold(d == today);
        painter.setFont(f);
        painter.setPen(palette().text().color());
        //: A column of the week view: %1 the weekday, %2 the date
        painter.drawText(QRect(r.left(), 0, r.width(), headerHeight()), Qt::AlignCenter,
                         tr("%1 %2").arg(locale.dayName(d.dayOfWeek(), QLocale::ShortFormat),
                                         locale.toString(d, QStringLiteral("d MMM"))));
        painter.setFont(font());
        if (d == m_selected) {
            painter.setPen(QPen(palette().highlight().color(), hasFocus() ? 3 : 2));
            painter.drawRect(QRect(r.left() + 1, 1, r.width() - 3, headerHeight() - 2));
        }
    }
    painter.setPen(gridColour);
    painter.drawLine(0, gridTop, width(), gridTop);
    painter.drawLine(0, headerHeight(), width(), headerHeight());
}

} // namespace liaison
