#include "domain/ScheduleChecks.h"

#include "domain/TimeZones.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSet>

namespace liaison {

namespace {

QDate spanStart(const VisitDays &d)
{
    return d.travelFirst.isValid() && d.travelFirst < d.first ? d.travelFirst : d.first;
}

QDate spanEnd(const VisitDays &d)
{
    return d.travelLast.isValid() && d.travelLast > d.last ? d.travelLast : d.last;
}

bool isVisitDay(const VisitDays &d, const QDate &day)
{
    return day >= d.first && day <= d.last;
}

bool isTravelOnlyDay(const VisitDays &d, const QDate &day)
{
    return !isVisitDay(d, day) && day >= spanStart(d) && day <= spanEnd(d);
}

QString dayText(const QDate &day)
{
    return QLocale().toString(day, QLocale::LongFormat);
}

QString nameOf(const VisitPerson &p)
{
    return p.name.isEmpty() ? p.who : p.name;
}

// "on March 3" or "from March 3 to March 5": the days are consecutive or not, the sentence
// names the first and the last.
QString bookedText(const VisitPerson &p, const OtherVisit &other, const QList<QDate> &days)
{
    if (days.size() == 1)
        //: Visit warning: %1 a visitor, %2 the title of their other visit, %3 a date
        return QCoreApplication::translate("ScheduleChecks",
                                           "%1 is already booked on the visit “%2” on %3.")
            .arg(nameOf(p), other.title, dayText(days.first()));
    //: Visit warning: %1 a visitor, %2 the title of their other visit, %3 and %4 the first and
    //: last dates this visit shares with it
    return QCoreApplication::translate("ScheduleChecks",
                                       "%1 is already booked on the visit “%2” from %3 to %4.")
        .arg(nameOf(p), other.title, dayText(days.first()), dayText(days.last()));
}

QString travellingText(const VisitPerson &p, const OtherVisit &other, const QList<QDate> &days)
{
    if (days.size() == 1)
        //: Visit warning: %1 a visitor, %2 the title of their other visit, %3 a date of this
        //: visit that is a travel day of the other
        return QCoreApplication::translate("ScheduleChecks",
                                           "%1 is travelling for the visit “%2” on %3.")
            .arg(nameOf(p), other.title, dayText(days.first()));
    //: Visit warning: %1 a visitor, %2 the title of their other visit, %3 and %4 the first and
    //: last dates of this visit that are travel days of the other
    return QCoreApplication::translate("ScheduleChecks",
                                       "%1 is travelling for the visit “%2” from %3 to %4.")
        .arg(nameOf(p), other.title, dayText(days.first()), dayText(days.last()));
}

void addVisitorConflicts(const VisitCheck &visit, QList<ScheduleWarning> &out)
{
    const QDate from = spanStart(visit.days);
    const QDate to = spanEnd(visit.days);
    for (const VisitPerson &p : visit.visitors) {
        for (const OtherVisit &other : visit.otherVisits) {
            if (other.id == visit.id || !other.visitors.contains(p.who))
                continue;
            QList<QDate> booked;
            QList<QDate> travelling;
            for (QDate d = from; d <= to; d = d.addDays(1)) {
                if (isVisitDay(other.days, d))
                    booked << d;
                else if (isVisitDay(visit.days, d) && isTravelOnlyDay(other.days, d))
                    travelling << d;
            }
            if (!booked.isEmpty())
                out << ScheduleWarning {
                    WarningKind::VisitorBooked,  {p.who}, {}, {}, booked, other.id,
                    bookedText(p, other, booked)};
            if (!travelling.isEmpty())
                out << ScheduleWarning {
                    WarningKind::VisitorTravelling,      {p.who}, {}, {}, travelling, other.id,
                    travellingText(p, other, travelling)};
        }
    }
}

void addHolidays(const VisitCheck &visit, QList<ScheduleWarning> &out)
{
    if (!visit.holidays || !visit.days.first.isValid() || !visit.days.last.isValid())
        return;
    // The host's centre, then each visitor's centre once, with the visitors from it.
    QList<QPair<QString, QString>> centres {
        {visit.hostCentre,
         visit.hostCentreName.isEmpty() ? visit.hostCentre : visit.hostCentreName}};
    QList<QStringList> whoByCentre {{}};
    for (const VisitPerson &p : visit.visitors) {
        qsizetype i = 0;
        while (i < centres.size() && centres.at(i).first != p.centre)
            ++i;
        if (i == centres.size()) {
            centres.append({p.centre, p.centreName.isEmpty() ? p.centre : p.centreName});
            whoByCentre.append(QStringList());
        }
        if (i > 0) // the host's own people are not visitors of their centre's holiday
            whoByCentre[i] << p.who;
    }
    for (qsizetype i = 0; i < centres.size(); ++i) {
        const auto &[centre, centreName] = centres.at(i);
        for (QDate d = visit.days.first; d <= visit.days.last; d = d.addDays(1)) {
            const QString holiday = visit.holidays(centre, d);
            if (holiday.isEmpty())
                continue;
            //: Visit warning: %1 a date of the visit, %2 a centre (host or visitor's), %3 the
            //: holiday's name
            const QString text
                = QCoreApplication::translate("ScheduleChecks", "%1 is a holiday for %2: %3.")
                      .arg(dayText(d), centreName, holiday);
            out << ScheduleWarning {
                WarningKind::Holiday, whoByCentre.at(i), centre, {}, {d}, {}, text};
        }
    }
}

void addDstChanges(const VisitCheck &visit, QList<ScheduleWarning> &out)
{
    QStringList zones {visit.hostTimeZone};
    QList<QStringList> whoByZone {{}};
    for (const VisitPerson &p : visit.visitors) {
        const qsizetype i = zones.indexOf(p.timeZone);
        if (i < 0) {
            zones << p.timeZone;
            whoByZone << QStringList {p.who};
        } else if (i > 0) {
            whoByZone[i] << p.who;
        }
    }
    for (qsizetype i = 0; i < zones.size(); ++i) {
        for (const DstChange &c :
             dstChangesBetween(zones.at(i), visit.days.first, visit.days.last)) {
            //: Visit warning: %1 the city of a time zone, %2 the date clocks change, %3 and %4
            //: the offsets before and after ("UTC−05:00")
            const QString text
                = QCoreApplication::translate(
                      "ScheduleChecks",
                      "Clocks change in %1 on %2, from %3 to %4: the agenda shows times in both "
                      "zones.")
                      .arg(zoneCity(c.timeZone), dayText(c.date), offsetLabel(c.oldOffsetSeconds),
                           offsetLabel(c.newOffsetSeconds));
            out << ScheduleWarning {
                WarningKind::DstChange, whoByZone.at(i), {}, c.timeZone, {c.date}, {}, text};
        }
    }
}

} // namespace

QList<ScheduleWarning> visitWarnings(const VisitCheck &visit)
{
    QList<ScheduleWarning> warnings;
    if (!visit.days.first.isValid() || !visit.days.last.isValid()
        || visit.days.last < visit.days.first)
        return warnings;
    addVisitorConflicts(visit, warnings);
    addHolidays(visit, warnings);
    addDstChanges(visit, warnings);
    return warnings;
}

} // namespace liaison
