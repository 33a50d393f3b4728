#pragma once

#include "domain/ScheduleTypes.h"
#include "services/ServiceBase.h"

#include <QDateTime>
#include <QList>
#include <QStringList>

#include <optional>

namespace liaison {

// A point of contact of the directory (docs/SCHEDULE.md, "Contacts"). Lists are stored in the
// schema's text columns: emails and phones one per line, languages as "en,fr".
struct Contact
{
    QString id;
    QString name;
    QString organisation;
    QString centre;
    QString role;
    QStringList emails; // work addresses, preferred first (normalised to lower case)
    QStringList phones; // work numbers as written, preferred first
    QStringList languages; // primary language tags, preferred first: "en", "fr"
    QString timezone; // IANA id
    QString notes;
    QString scope;
    QString workingHours; // "1-5 09:00-17:00" (parseWorkingHours), empty when not known
    QString analystId; // their account in the hub's directory, when they use Liaison
    // Derived, never stored: an analyst of the hub's directory nobody typed in (id empty),
    // and for any contact with an account, "lead" or "analyst" as the directory says.
    bool fromDirectory = false;
    QString analystRole;

    bool isAnalyst() const { return !analystId.isEmpty(); }
    QString email() const { return emails.value(0); } // the preferred one
    QString phone() const { return phones.value(0); }
};

// Working hours as stored in a contact: comma-separated stretches "DAYS HH:MM-HH:MM", DAYS a
// weekday (1 = Monday ... 7 = Sunday) or a range of them: "1-5 09:00-17:00",
// "1-4 08:00-16:00, 5 08:00-12:00". std::nullopt for anything else (or empty text); a day
// given twice, an end not after its start, a time past 24:00 are refused. formatWorkingHours
// writes the canonical text back.
std::optional<QList<QPair<int, WorkingHours>>> parseWorkingHours(const QString &text);
QString formatWorkingHours(const QList<QPair<int, WorkingHours>> &hours);

struct Visit
{
    QString id;
    QString title;
    QString kind; // "in_person" or "call"
    QString location;
    // A call: its start and end (UTC). An all-day visit: the start of startDate and the end
    // of endDate in its zone (filled by saveVisit), so that both sort together.
    QDateTime startsAt; // UTC
    QDateTime endsAt; // UTC
    QString timezone; // IANA id the visit is planned in (the host's; the organiser's for a call)
    QString hostCentre;
    // A visit: "draft", "proposed", "confirmed", "completed", "cancelled" (approved is
    // derived: proposed with every required centre's approval, see isApproved). A call:
    // "tentative", "confirmed", "cancelled".
    QString status;
    QString notes;
    QString scope;
    // Schema 9.
    bool allDay = false;
    QDate startDate; // all-day: first and last day, both included
    QDate endDate;
    int travelBefore = 0; // days of travel before and after (for conflicts)
    int travelAfter = 0;
    QString purpose;
    QString url; // a video or phone link
    QStringList incidentIds;
    QString channelId;
    QString cancelReason;
    int sequence = 0; // raised by every change attendees must hear of (iCalendar SEQUENCE)
    QString organiser; // analyst id
};

// A centre's approval of a visit (by a team lead of that centre).
struct VisitApproval
{
    QString centre;
    QString analystId;
    QDateTime approvedAt; // UTC
};

// Someone on a visit or a call.
struct VisitAttendee
{
    QString id;
    QString analystId; // an analyst of the hub's directory, or
    QString contactId; // a contact of the directory, or only
    QString name; // a name and
    QString email; // an address
    QString role; // "visitor" (a visit's travellers), "required" or "optional" (a call's)
    QString rsvp; // "needs-action", "accepted", "declined", "tentative"
};

// A visit or call read from a calendar file (ScheduleExchange), with who is on it.
struct ImportedVisit
{
    // Its id (the iCalendar UID's, docs/ICALENDAR.md), its status and sequence as the file
    // gives them; the rest as saveVisit takes it.
    Visit visit;
    // Without id: added to the visit. With id: that attendee's answer (rsvp) updated.
    QList<VisitAttendee> attendees;
};

// An item of a visit's agenda (a session, a briefing, a tour): the `meetings` table.
struct AgendaItem
{
    QString id;
    QString visitId;
    QString title;
    QDateTime startsAt; // UTC
    QDateTime endsAt; // UTC
    QString timezone; // IANA id the item was planned in (the visit's when empty)
    QString location;
    QString owner; // who leads it: an analyst id of the directory, or a name
};

class ScheduleService : public ServiceBase
{
    Q_OBJECT
public:
    explicit ScheduleService(OpLog &log, QObject *parent = nullptr);

    // Creates when id is empty, or when it is a UUID no contact has (an import keeping a
    // card's UID; a removed contact with that id comes back). Throws ValidationError for a
    // missing name, a malformed e-mail, phone, language or working hours, an unknown time zone.
    QString saveContact(const Contact &contact);
    // Several in one transaction: all saved, or none (ValidationError for the first refused).
    QStringList saveContacts(const QList<Contact> &contacts);
    // The checks and normalisation saveContact applies (ValidationError), without saving.
    static Contact normalisedContact(const Contact &contact);
    void removeContact(const QString &id);
    // Throws ValidationError for an impossible date range or unknown time zone.
    QString saveVisit(const Visit &visit);
    void removeVisit(const QString &id);
    QString addAttendee(const QString &visitId, const QString &contactId);
    // An analyst, contact or address on a visit or call (role "visitor", "required" or
    // "optional"). Throws ValidationError for an unknown visit, role or RSVP, or nobody named.
    QString addAttendee(const QString &visitId, const VisitAttendee &attendee);
    void setRsvp(const QString &attendeeId, const QString &rsvp);
    // Writes visits and calls read from a calendar file in one transaction: each created with
    // its id, or updated when a record of that id exists, with the status and sequence it
    // carries (the workflow's steps are not taken: ScheduleExchange decides what a file may
    // change). Each is checked as saveVisit and addAttendee check; one refused is left out
    // with its attendees and the others are written. Returns each one's refusal, or nothing.
    QList<std::optional<ValidationError>> saveImported(const QList<ImportedVisit> &visits);
    void removeAttendee(const QString &attendeeId);

    // The workflow of an in-person visit (docs/SCHEDULE.md): Draft -> Proposed (shared with
    // every centre in the same op) -> approved by a team lead of each required centre ->
    // Confirmed -> Completed, or Cancelled with a reason from any state before Completed.
    // Each step checks the state it starts from and who may take it, and throws
    // ValidationError("status", ...) or ("approval", ...) otherwise; propose, confirm and
    // cancel raise the sequence.
    void propose(const QString &visitId);
    // This analyst's approval for their centre; they must be a team lead in the hub's
    // directory ("approval"/"not-a-lead"; the hub refuses it too: not-a-lead).
    void approve(const QString &visitId);
    void withdrawApproval(const QString &visitId);
    void confirm(const QString &visitId);
    void complete(const QString &visitId);
    void cancel(const QString &visitId, const QString &reason);
    // The host centre, the owner centre and the centres of the visitors.
    QStringList requiredCentres(const QString &visitId) const;
    // Approvals in force, by team leads as this device's directory knows them.
    QList<VisitApproval> approvals(const QString &visitId) const;
    bool isApproved(const QString &visitId) const;
    // status, with "approved" for a proposed visit every required centre approved.
    QString effectiveStatus(const Visit &visit) const;
    bool isLead() const;

    // A visit's agenda (docs/SCHEDULE.md, "Agenda items"). Creates when id is empty. Throws
    // ValidationError: "visit"/"not-found", "status"/"closed" (a cancelled or completed
    // visit), "title"/"required" or "too-long", "starts_at"/"invalid", "ends_at"/"invalid" or
    // "before-start", "starts_at"/"outside-visit" (outside the visit's first to last day),
    // "timezone"/"unknown"; on an edit "record"/"not-found" or "visit"/"mismatch" (an item
    // cannot move to another visit).
    QString saveAgendaItem(const AgendaItem &item);
    void removeAgendaItem(const QString &id);
    // The items of a visit by start time, then title.
    QList<AgendaItem> agendaOf(const QString &visitId) const;

    QList<Contact> contacts() const; // the contacts typed in or imported, by name
    std::optional<Contact> contact(const QString &id) const;
    // What the Contacts page lists: contacts(), and the analysts of the hub's directory that
    // no contact names as its account (fromDirectory, derived and never written as ops),
    // except this device's own analyst; by name.
    QList<Contact> directory() const;
    // The visits and calls a contact takes part in that have not ended by notBefore (UTC), by
    // start: as an attendee by contact id, or by analyst id (attendee or organiser) for an
    // analyst; what their card lists.
    QList<Visit> visitsOf(const Contact &contact, const QDateTime &notBefore) const;
    QList<Visit> visits() const; // by start time
    // The visits and calls that overlap [from, to) (UTC), by start time: what a month, week or
    // agenda view shows. Empty for an empty or invalid range.
    QList<Visit> visitsBetween(const QDateTime &from, const QDateTime &to) const;
    std::optional<Visit> visit(const QString &id) const;
    QStringList attendees(const QString &visitId) const; // contact ids
    QList<VisitAttendee> attendeesOf(const QString &visitId) const;

signals:
    void contactChanged(const QString &id);
    void visitChanged(const QString &id);

private:
    void addOwnership(Fields &fields, bool creating, const QString &scope) const;
    Visit requireVisit(const QString &id) const;
    // An attendee's checked fields (addAttendee's rules), the visit not looked up.
    Fields attendeeFields(const QString &visitId, const VisitAttendee &attendee) const;
    void setStatus(const Visit &visit, const QString &status, Fields extra = {});
    void onApplied(const std::vector<RoutedChange> &changes);
};

} // namespace liaison
