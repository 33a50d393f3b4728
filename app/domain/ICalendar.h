#pragma once

#include "domain/ScheduleTypes.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QTimeZone>

namespace liaison {

// iCalendar (RFC 5545) files and iTIP (RFC 5546) invitations for the scheduler (issue #12),
// through libical: what is written, what is read and every problem reported are in
// docs/ICALENDAR.md. Pure functions on ScheduleTypes' values; no storage, no UI, no clock.

// Bounds on hostile input: a file over the size is refused whole; past the counts, the rest
// is left out and said so.
constexpr qsizetype kICalMaxFileOctets = 8 * 1024 * 1024;
constexpr int kICalMaxEvents = 20'000;
constexpr int kICalMaxAttendees = 500; // per event
constexpr int kICalMaxProblems = 1'000; // then one "too-many-problems" closes the list

// What a written file is for.
enum class ICalMethod {
    // A plain RFC 5545 export (no METHOD line): attendees and their answers kept as they are.
    // Not iTIP PUBLISH, which forbids ATTENDEE.
    Publish,
    // METHOD:REQUEST, an invitation or an update of one: every attendee asked RSVP=TRUE.
    Request,
    // METHOD:CANCEL: every event written STATUS:CANCELLED. SEQUENCE is written as given: the
    // caller (the schedule service, when it cancels) raises it, as it does for any change that
    // matters to attendees; this writer never changes an event.
    Cancel,
};

// One VCALENDAR with a VEVENT per event and a VTIMEZONE for every zone the timed events use
// (from QTimeZone's transitions over the years the events span). UTF-8, CRLF, folded lines.
QByteArray writeCalendar(const QList<CalendarEvent> &events, ICalMethod method);

// An attendee's answer read from a METHOD:REPLY file, to update the RSVP of the event uid.
struct ICalReply
{
    QString uid;
    QString email; // the attendee's address as written, without "mailto:" (compare ignoring case)
    QString name; // CN, when given
    QString rsvp; // "accepted", "declined", "tentative" or "needs-action" (Attendee::rsvp)
    int sequence = 0; // the SEQUENCE the answer is about: older than the event's, it is stale
    QDateTime stamp; // DTSTAMP (UTC): orders several answers of one attendee
    bool operator==(const ICalReply &) const = default;
};

// An event the organiser cancelled (METHOD:CANCEL): RFC 5546 asks only for its UID and
// SEQUENCE, so a cancellation without a start is still one.
struct ICalCancel
{
    QString uid;
    int sequence = 0;
    bool operator==(const ICalCancel &) const = default;
};

// Something of a file that was not taken, or taken differently than written. component is
// the 1-based position of the component (VEVENT, VTODO, ...) in the file, 0 for the file as a
// whole; uid its UID when it has one; code a stable key ("no-start", "unknown-zone", ...:
// docs/ICALENDAR.md); detail what the sentence names (a zone, an address, a field, libical's
// own words), never translated.
struct ICalProblem
{
    int component = 0;
    QString uid;
    QString code;
    QString detail;

    // The sentence in the UI language (context "ICalendar"), e.g. "an unknown time zone
    // Foo/Bar: read as UTC".
    QString sentence() const;
    // Where and what, e.g. "Event abc@example.org: an event without a start".
    QString message() const;
    bool operator==(const ICalProblem &) const = default;
};

struct ICalImport
{
    QString method; // METHOD as written, upper case ("REQUEST", "REPLY", ...; empty: none)
    QList<CalendarEvent> events; // not for REPLY; for CANCEL those with a start, "cancelled"
    QList<ICalReply> replies; // only for REPLY
    QList<ICalCancel> cancellations; // only for CANCEL: every event with a UID
    QList<ICalProblem> problems;
};

// Reads every event of an iCalendar file. Throws ValidationError (field "ics") when the bytes
// are not iCalendar at all or libical cannot read them ("too-large", "not-a-calendar",
// "unreadable"; icalRefusalText turns the code into a sentence); otherwise takes what it can
// and lists the rest in problems. Floating times (no TZID, no Z) are read in floatingZone,
// the zone of the analyst who imports the file, and said so.
ICalImport readCalendar(const QByteArray &bytes, const QTimeZone &floatingZone);
ICalImport readCalendar(const QByteArray &bytes); // floating times in the system's zone

// A ValidationError's code from readCalendar as a sentence in the UI language.
QString icalRefusalText(const QString &code);

} // namespace liaison
