#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace liaison {

// The warnings of a visit (issue #12), as data: never blocking, never silent. A visitor
// already booked on another visit or on its travel days, a statutory holiday of the host's or
// a visitor's centre on a day of the visit, a daylight-saving change during the visit in the
// host's or a visitor's zone. Pure: the caller gives the other visits and the holidays.

// A visit's days, host's local dates, both ends included. The travel days are the days around
// the visit spent getting there and back (travelFirst <= first, last <= travelLast); invalid
// dates mean no travel days on that side.
struct VisitDays
{
    QDate first;
    QDate last;
    QDate travelFirst;
    QDate travelLast;
};

// Another visit, as far as the checks need it.
struct OtherVisit
{
    QString id;
    QString title;
    VisitDays days;
    QStringList visitors; // who
};

struct VisitPerson
{
    QString who; // as in OtherVisit::visitors
    QString name; // shown in the sentence; who when empty
    QString centre; // centre id, as the holiday lookup knows it
    QString centreName; // shown; centre when empty
    QString timeZone; // IANA
};

// The holiday observed at centre on day, by its name in the UI language; empty when none.
using HolidayLookup = std::function<QString(const QString &centre, const QDate &day)>;

struct VisitCheck
{
    QString id; // the visit checked (left out of otherVisits if it is there)
    VisitDays days;
    QString hostCentre;
    QString hostCentreName;
    QString hostTimeZone;
    QList<VisitPerson> visitors;
    QList<OtherVisit> otherVisits; // those not cancelled
    HolidayLookup holidays; // may be empty: no holiday checks
};

enum class WarningKind {
    VisitorBooked, // a visitor is on another visit's days during this one (or its travel)
    VisitorTravelling, // a visit day of this one is a travel day of the visitor's other visit
    Holiday, // a holiday of the host's or a visitor's centre on a visit day
    DstChange, // clocks change during the visit in the host's or a visitor's zone
};

struct ScheduleWarning
{
    WarningKind kind = WarningKind::Holiday;
    QStringList who; // the visitors concerned (Holiday of the host centre, DstChange of the
                     // host zone: empty)
    QString centre; // Holiday: the centre
    QString timeZone; // DstChange: the zone
    QList<QDate> days; // the days concerned, in order
    QString otherVisitId; // VisitorBooked, VisitorTravelling
    QString text; // one sentence in the UI language (context "ScheduleChecks")
};

// Every warning of the visit: the visitors' other visits first (in the order of the visitors,
// then of otherVisits), then holidays (host centre first, then the visitors' centres, day by
// day), then daylight-saving changes (host zone first, then the visitors' other zones).
// Booked: the days of this visit and its travel days that are days of the other visit.
// Travelling: the days of this visit that are only travel days of the other. Travel days on
// both sides alone are no warning (going from one visit to the next).
QList<ScheduleWarning> visitWarnings(const VisitCheck &visit);

} // namespace liaison
