#pragma once

#include "domain/ScheduleTypes.h"
#include "domain/ValidationError.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace liaison {

// "Find a time" (issue #12): the slots where the chosen attendees are all within their own
// working hours, not on a day off and not booked, over the next days; and the grid the UI
// draws, with bookings and holidays greyed out. Pure functions over ScheduleTypes'
// Availability; holidays arrive as Availability::daysOff (the caller asks the holiday
// module). Algorithm, cost and rules: docs/FINDTIME.md.

// Where someone stands during a stretch of time, in the order the reason is given: a slot
// that touches a day off is "day off" even at night; else outside working hours; else busy.
enum class Presence : quint8 { Free, DayOff, OutsideHours, Busy };

// A stable key for a presence ("free", "day-off", "outside-hours", "busy") and its words in the
// UI language (context "FindTime").
QString presenceKey(Presence presence);
QString presenceLabel(Presence presence);

constexpr int kMaxFindTimeDays = 31;
constexpr int kMaxFindTimePeople = 100;
constexpr int kMaxFindTimeSlots = 500;
constexpr int kMinFindTimeStepMinutes = 5;
constexpr int kMaxMeetingMinutes = 24 * 60;

struct FindTimeRequest
{
    QDate firstDay; // in timeZone
    int days = 14; // 1 .. kMaxFindTimeDays
    int lengthMinutes = 60; // 1 .. kMaxMeetingMinutes
    // Slots start every step minutes from local midnight in timeZone (5 .. 1440).
    int stepMinutes = 30;
    QString timeZone; // the organiser's IANA zone: the days are counted in it
    QStringList optional; // Availability::who of the optional attendees; the others are required
    QDateTime notBefore; // UTC, required: no slot starts earlier (pass the clock's now)
    int maxSlots = 20; // 1 .. kMaxFindTimeSlots
    // Also return slots where a required attendee is missing (at least one attendee free),
    // ranked after the complete ones: for "nobody overlaps, what is the least bad".
    bool allowMissingRequired = false;
};

struct Absence
{
    QString who;
    Presence why = Presence::Busy;
    bool optional = false;
    bool operator==(const Absence &) const = default;
};

struct TimeSlot
{
    QDateTime start; // UTC
    QDateTime end; // UTC
    QStringList free; // who, in the order of the people given
    QList<Absence> missing; // in the order of the people given
    int requiredFree = 0;
    int optionalFree = 0;
    bool allRequiredFree = false;
    // Higher is better: all required free first, then more required free, then more optional
    // free; equal scores are listed earliest first.
    qint64 score = 0;
};

// The best slots, best first (see TimeSlot::score), at most request.maxSlots.
// Throws ValidationError (findTimeRefusal() says why): "people" "required" / "too-many",
// "people" "unknown-zone" / "invalid-hours" / "duplicate" / "invalid-busy", "optional"
// "unknown-attendee", "firstDay" "invalid", "days" / "length" / "step" / "maxSlots"
// "out-of-range", "timeZone" "unknown", "notBefore" "required".
QList<TimeSlot> findTimes(const QList<Availability> &people, const FindTimeRequest &request);

// One day of the grid, in the request's zone: cells of stepMinutes from local midnight (a day
// of a daylight-saving change has 23 or 25 hours' worth of cells).
struct DayGrid
{
    QDate day;
    QDateTime start; // UTC of the first cell (local midnight)
    int stepMinutes = 30;
    // presence[person][cell], persons in the order given; a cell is Free only when the whole
    // cell is free. Cells before request.notBefore are shown as they are (the UI greys the
    // past itself).
    QList<QList<Presence>> presence;

    int cellCount() const { return presence.isEmpty() ? 0 : int(presence.first().size()); }
    QDateTime cellStart(int cell) const { return start.addSecs(qint64(cell) * stepMinutes * 60); }
};

// The grid over request.firstDay .. + request.days for the UI; the request's lengthMinutes,
// optional, maxSlots and allowMissingRequired do not matter. Same refusals as findTimes().
QList<DayGrid> availabilityGrid(const QList<Availability> &people, const FindTimeRequest &request);

// Why findTimes() or availabilityGrid() refused its input, as a sentence in the UI language
// (context "FindTime").
QString findTimeRefusal(const ValidationError &error);

} // namespace liaison
