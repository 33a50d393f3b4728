#pragma once

#include "domain/ICalendar.h"
#include "services/ScheduleService.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTimeZone>

namespace liaison {

// What an import of a calendar file did, and what it could not take.
struct ScheduleImportReport
{
    bool refused = false; // the file was refused whole (not iCalendar, too large): nothing taken
    int created = 0; // visits and calls added
    int updated = 0; // known ones changed (a newer SEQUENCE), cancellations included
    int unchanged = 0; // known ones at the same SEQUENCE
    int answers = 0; // attendees' answers (RSVP) updated from a METHOD:REPLY
    QStringList ids; // the visits created or updated, in the file's order
    // What was not taken, or taken differently than written: sentences in the UI language
    // (the reader's problems first, then the schedule's), for the UI and the command line.
    QStringList problems;
};

// Visits and calls to and from iCalendar files (RFC 5545, iTIP METHOD REQUEST / CANCEL /
// REPLY) for the scheduler (issue #12): maps ScheduleService's visits and attendees onto
// domain/ICalendar's CalendarEvent and back. The mapping, and what a file may change, are in
// docs/ICALENDAR.md ("The schedule's exchange").
class ScheduleExchange
{
    Q_DECLARE_TR_FUNCTIONS(ScheduleExchange)
public:
    explicit ScheduleExchange(ScheduleService &schedule);

    // The visit id an iCalendar UID stands for: a UUID (ours, Thunderbird's, Apple's) is the
    // id itself in lower case without braces; any other UID a name-based UUID of it (the same
    // UID always gives the same visit). A visit's UID is its id.
    static QString visitIdForUid(const QString &uid);

    // A visit or call as a calendar event: UID = id, SUMMARY, LOCATION, DESCRIPTION = purpose,
    // URL, times, host, organiser, attendees with their answers, STATUS, SEQUENCE,
    // LAST-MODIFIED = the record's last change.
    CalendarEvent toEvent(const Visit &visit) const;
    // Every visit and call (ids empty) by start time, or those given in that order. Throws
    // ValidationError("visit", "not-found") for an id that is not a visit of this profile.
    QList<CalendarEvent> events(const QStringList &ids = {}) const;
    QByteArray exportCalendar(const QStringList &ids, ICalMethod method) const;
    // The same written to path atomically (QSaveFile), owner-only (0600). False with a
    // sentence in *error when the file cannot be written; throws as events() does.
    bool exportToFile(const QString &path, const QStringList &ids, ICalMethod method,
                      QString *error) const;

    // Takes a calendar file: new events become visits or calls of this centre (an in-person
    // visit starts as a draft: approvals are never taken from a file); a known UID is updated
    // only by a newer SEQUENCE; METHOD:CANCEL cancels known events; METHOD:REPLY updates the
    // answer of the matching attendee. Floating times are read in floatingZone. Never throws
    // for the file's content: what it could not take is in the report.
    ScheduleImportReport importCalendar(const QByteArray &bytes, const QTimeZone &floatingZone);
    // The same from a file; a file that cannot be read is a refused report.
    ScheduleImportReport importFile(const QString &path, const QTimeZone &floatingZone);

private:
    struct People; // the directory's and contacts' names and addresses, read once
    CalendarEvent toEvent(const Visit &visit, const People &people) const;
    void importEvents(const QList<CalendarEvent> &events, ScheduleImportReport &report);
    void importCancellations(const QList<ICalCancel> &cancellations, ScheduleImportReport &report);
    void importReplies(QList<ICalReply> replies, ScheduleImportReport &report);
    // Writes what was read (known: each one already in the profile) and counts it.
    void save(const QList<ImportedVisit> &visits, const QStringList &names,
              const QList<bool> &known, ScheduleImportReport &report);

    ScheduleService &m_schedule;
};

} // namespace liaison
