#include "models/schedule/ScheduleEventModel.h"

#include "models/schedule/CentreInfo.h"

#include "domain/TimeZones.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTimeZone>

namespace liaison {

ScheduleEventModel::ScheduleEventModel(ScheduleService &service, QObject *parent)
    : QAbstractListModel(parent)
    , m_service(service)
    , m_zone(systemZone())
{
    // A burst of changes (a sync page, a save with its attendees) is read once.
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(0);
    connect(&m_refreshTimer, &QTimer::timeout, this, &ScheduleEventModel::refresh);
    connect(&m_service, &ScheduleService::visitChanged, this, [this] { m_refreshTimer.start(); });
}

void ScheduleEventModel::setRange(const QDate &first, const QDate &last)
{
    if (first == m_first && last == m_last)
        return;
    m_first = first;
    m_last = last;
    refresh();
}

void ScheduleEventModel::setViewerZone(const QString &zone)
{
    if (zone == m_zone || !isKnownZone(zone))
        return;
    m_zone = zone;
    refresh();
}

void ScheduleEventModel::setCentreFilter(const QString &centre)
{
    if (centre == m_centre)
        return;
    m_centre = centre;
    refresh();
}

void ScheduleEventModel::setPersonFilter(const QString &analystId)
{
    if (analystId == m_person)
        return;
    m_person = analystId;
    refresh();
}

QString ScheduleEventModel::eventCentre(const Visit &visit)
{
    return visit.hostCentre;
}

void ScheduleEventModel::refresh()
{
    m_refreshTimer.stop();
    beginResetModel();
    m_events.clear();
    m_rowById.clear();
    if (m_first.isValid() && m_last.isValid() && m_first <= m_last) {
        const QTimeZone zone(m_zone.toUtf8());
        // A day more on each side: an all-day visit's instants are in its host's zone, its
        // dates are what is compared below.
        const QDateTime from = m_first.addDays(-1).startOfDay(zone).toUTC();
        const QDateTime to = m_last.addDays(2).startOfDay(zone).toUTC();
        for (const Visit &v : m_service.visitsBetween(from, to)) {
            ScheduleEvent e;
            e.visit = v;
            if (v.allDay) {
                e.firstDay = v.startDate;
                e.lastDay = v.endDate;
            } else {
                e.localStart = inZone(v.startsAt, m_zone);
                e.localEnd = inZone(v.endsAt, m_zone);
                e.firstDay = e.localStart.date();
                // An event ending at midnight does not take the next day.
                e.lastDay = inZone(v.endsAt.addMSecs(-1), m_zone).date();
            }
            if (e.lastDay < m_first || e.firstDay > m_last)
                continue;
            if (!m_centre.isEmpty() && eventCentre(v) != m_centre)
                continue;
            if (!m_person.isEmpty() && v.organiser != m_person) {
                bool found = false;
                for (const VisitAttendee &a : m_service.attendeesOf(v.id))
                    found = found || a.analystId == m_person;
                if (!found)
                    continue;
            }
            e.status = m_service.effectiveStatus(v);
            m_rowById.insert(v.id, int(m_events.size()));
            m_events << e;
        }
    }
    endResetModel();
}

int ScheduleEventModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

QList<int> ScheduleEventModel::rowsOn(const QDate &day) const
{
    QList<int> out;
    for (int i = 0; i < m_events.size(); ++i) {
        if (m_events[i].firstDay <= day && day <= m_events[i].lastDay)
            out << i;
    }
    return out;
}

QString ScheduleEventModel::whenText(const ScheduleEvent &e) const
{
    const QLocale locale;
    if (e.visit.allDay) {
        if (e.firstDay == e.lastDay)
            return locale.toString(e.firstDay, QLocale::ShortFormat);
        //: A span of days: %1 the first, %2 the last
        return QCoreApplication::translate("ScheduleEventModel", "%1 – %2")
            .arg(locale.toString(e.firstDay, QLocale::ShortFormat),
                 locale.toString(e.lastDay, QLocale::ShortFormat));
    }
    if (e.firstDay == e.lastDay)
        //: A time on a day: %1 the day, %2 start time, %3 end time
        return QCoreApplication::translate("ScheduleEventModel", "%1, %2 – %3")
            .arg(locale.toString(e.firstDay, QLocale::ShortFormat),
                 locale.toString(e.localStart.time(), QLocale::ShortFormat),
                 locale.toString(e.localEnd.time(), QLocale::ShortFormat));
    return QCoreApplication::translate("ScheduleEventModel", "%1 – %2")
        .arg(locale.toString(e.localStart, QLocale::ShortFormat),
             locale.toString(e.localEnd, QLocale::ShortFormat));
}

QString ScheduleEventModel::describe(const ScheduleEvent &e) const
{
    const QString kind = e.isCall()
        //: Kind of calendar event
        ? QCoreApplication::translate("ScheduleEventModel", "Call")
        //: Kind of calendar event: an in-person visit
        : QCoreApplication::translate("ScheduleEventModel", "Visit");
    //: An event in the agenda: %1 when, %2 its title, %3 call or visit, %4 the centre's tag
    //: and id, %5 its status
    return QCoreApplication::translate("ScheduleEventModel", "%1 · %2 (%3, %4) · %5")
        .arg(whenText(e), e.visit.title, kind,
             QStringLiteral("%1 %2").arg(centreTag(eventCentre(e.visit)), eventCentre(e.visit)),
             statusText(e.status));
}

QString ScheduleEventModel::statusText(const QString &status)
{
    const auto t
        = [](const char *s) { return QCoreApplication::translate("ScheduleEventModel", s); };
    if (status == QLatin1String("draft"))
        //: Status of a visit
        return t(QT_TRANSLATE_NOOP("ScheduleEventModel", "Draft"));
    if (status == QLatin1String("proposed"))
        //: Status of a visit: waiting for the team leads' approval
        return t(QT_TRANSLATE_NOOP("ScheduleEventModel", "Proposed"));
    if (status == QLatin1String("approved"))
        //: Status of a visit: approved by a team lead of each centre
        return t(QT_TRANSLATE_NOOP("ScheduleEventModel", "Approved"));
    if (status == QLatin1String("confirmed"))
        //: Status of a visit or call
        return t(QT_TRANSLATE_NOOP("ScheduleEventModel", "Confirmed"));
    if (status == QLatin1String("completed"))
        //: Status of a visit
        return t(QT_TRANSLATE_NOOP("ScheduleEventModel", "Completed"));
    if (status == QLatin1String("cancelled"))
        //: Status of a visit or call
        return t(QT_TRANSLATE_NOOP("ScheduleEventModel", "Cancelled"));
    if (status == QLatin1String("tentative"))
        //: Status of a call not yet confirmed
        return t(QT_TRANSLATE_NOOP("ScheduleEventModel", "Tentative"));
    return status;
}

QVariant ScheduleEventModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_events.size())
        return {};
    const ScheduleEvent &e = m_events.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole: return describe(e);
    case Qt::ToolTipRole: return describe(e);
    case IdRole: return e.visit.id;
    case KindRole: return e.visit.kind;
    case CentreRole: return eventCentre(e.visit);
    case StatusRole: return e.status;
    case AllDayRole: return e.visit.allDay;
    case FirstDayRole: return e.firstDay;
    case LastDayRole: return e.lastDay;
    case StartRole: return e.localStart;
    case EndRole: return e.localEnd;
    case ColourRole: return centreColour(eventCentre(e.visit));
    case CentreTagRole: return centreTag(eventCentre(e.visit));
    case HatchedRole: return centreHatched(eventCentre(e.visit));
    default: return {};
    }
}

} // namespace liaison
