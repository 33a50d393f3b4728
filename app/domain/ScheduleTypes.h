#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace liaison {

// The scheduler's plain values (issue #12), shared by the service that stores them, the
// iCalendar reader and writer, "find a time" and the views. No storage, no Qt widgets.

// Someone invited to a call or a visit: an analyst of the hub's directory (analystId) or a
// contact of the directory (contactId), or only a name and an address (an invitation read
// from a file).
struct Attendee
{
    QString analystId;
    QString contactId;
    QString name;
    QString email;
    bool optional = false; // iCalendar ROLE=OPT-PARTICIPANT, else REQ-PARTICIPANT
    // RSVP state, iCalendar PARTSTAT in lower case: "needs-action", "accepted", "declined",
    // "tentative".
    QString rsvp = QStringLiteral("needs-action");

    bool operator==(const Attendee &) const = default;
};

// A call or a visit as a calendar shows and exchanges it.
struct CalendarEvent
{
    QString uid; // stable across edits (iCalendar UID); our record id
    QString kind; // "call" or "visit"
    QString title;
    QString location;
    QString description;
    QString url; // a video or phone link (iCalendar URL)
    // All-day (visits): startDate .. endDate, both included (iCalendar writes DTEND the day
    // after). Timed (calls): start and end in UTC, shown in timeZone.
    bool allDay = false;
    QDate startDate;
    QDate endDate;
    QDateTime start; // UTC
    QDateTime end; // UTC
    QString timeZone; // IANA id of the organiser's zone (iCalendar TZID)
    // A visit's host centre ("CCIRC"): letters, digits, "-" and "_", at most 64 (kMaxTag);
    // written as X-LIAISON-HOST for our own round trip, anything else not written or read.
    QString hostCentre;
    QString organiserName;
    QString organiserEmail;
    QList<Attendee> attendees;
    QString status; // "tentative", "confirmed" or "cancelled" (iCalendar STATUS)
    int sequence = 0; // iCalendar SEQUENCE: raised by each change that matters to attendees
    QDateTime updated; // UTC, iCalendar DTSTAMP / LAST-MODIFIED

    bool operator==(const CalendarEvent &) const = default;
};

// Working hours on one weekday, in minutes after midnight local time: [startMinute, endMinute).
struct WorkingHours
{
    int startMinute = 9 * 60;
    int endMinute = 17 * 60;
    bool operator==(const WorkingHours &) const = default;
};

// When someone can be booked, for "find a time": their zone, their hours per weekday (Qt's
// 1 = Monday ... 7 = Sunday; a day absent is not worked), the days off (statutory holidays
// of their centre, leave) and what they are already booked for.
struct Availability
{
    QString who; // an analyst or contact id, to say who is missing in a slot
    QString timeZone; // IANA id
    QList<QPair<int, WorkingHours>> hours; // (weekday, hours); default Mon-Fri 9-17
    QList<QDate> daysOff; // local dates
    QList<QPair<QDateTime, QDateTime>> busy; // UTC [start, end)
};

} // namespace liaison
