#include "services/ScheduleExchange.h"

#include "domain/DomainText.h"
#include "storage/Database.h"
#include "sync/Hlc.h"

#include <QFile>
#include <QHash>
#include <QSaveFile>
#include <QSet>
#include <QUuid>

#include <algorithm>

namespace liaison {

namespace {

const QString kInPerson = QStringLiteral("in_person");
const QString kCall = QStringLiteral("call");
const QString kCancelled = QStringLiteral("cancelled");

// Names the UIDs of others' files map to (QUuid::createUuidV5): fixed, never change it.
const QUuid kUidNamespace(QStringLiteral("{6c1a4f0e-2b7d-5e3a-9f61-0d4c8b2e7a15}"));

// iCalendar STATUS of a visit's or call's workflow state.
QString icalStatus(const Visit &v)
{
    if (v.status == kCancelled)
        return kCancelled;
    if (v.status == QLatin1String("confirmed") || v.status == QLatin1String("completed"))
        return QStringLiteral("confirmed");
    return QStringLiteral("tentative"); // draft, proposed, tentative
}

bool closed(const Visit &v)
{
    return v.status == kCancelled || v.status == QLatin1String("completed");
}

// Who the attendee is in the file and in the profile: the same analyst, the same contact, or
// the same address.
bool sameAttendee(const VisitAttendee &stored, const Attendee &read, const QString &storedEmail)
{
    if (!stored.analystId.isEmpty() && stored.analystId == read.analystId)
        return true;
    if (!stored.contactId.isEmpty() && stored.contactId == read.contactId)
        return true;
    return !storedEmail.isEmpty() && storedEmail.compare(read.email, Qt::CaseInsensitive) == 0;
}

} // namespace

struct ScheduleExchange::People
{
    struct Person
    {
        QString name;
        QString email; // the preferred address, written to a file
        QStringList others; // a contact's other addresses, matched on import
    };
    QHash<QString, Person> analysts;
    QHash<QString, Person> contacts;
    QHash<QString, qint64> updated; // visit id -> wall time (ms) of its last change

    explicit People(ScheduleService &schedule)
    {
        Database &db = schedule.opLog().database();
        auto a = db.prepare("SELECT id, name, email FROM analysts");
        while (a.step())
            analysts.insert(a.text(0), {a.text(1), a.text(2), {}});
        for (const Contact &c : schedule.contacts())
            contacts.insert(c.id, {c.name, c.email(), c.emails.mid(1)});
        auto u = db.prepare("SELECT id, _updated FROM visits WHERE coalesce(deleted, 0) = 0");
        while (u.step())
            updated.insert(u.text(0), qint64(HybridClock::wallMs(std::uint64_t(u.int64(1)))));
    }

    // The attendee's own name and address, else its contact's, else its analyst's.
    Person of(const VisitAttendee &a) const
    {
        Person p {a.name, a.email, {}};
        for (const auto *table : {&contacts, &analysts}) {
            const QString &id = table == &contacts ? a.contactId : a.analystId;
            const auto found = id.isEmpty() ? table->end() : table->find(id);
            if (found == table->end())
                continue;
            if (p.name.isEmpty())
                p.name = found->name;
            if (p.email.isEmpty())
                p.email = found->email;
            p.others += found->others;
        }
        return p;
    }
};

ScheduleExchange::ScheduleExchange(ScheduleService &schedule)
    : m_schedule(schedule)
{ }

QString ScheduleExchange::visitIdForUid(const QString &uid)
{
    const QUuid asUuid = QUuid::fromString(uid.trimmed());
    if (!asUuid.isNull())
        return asUuid.toString(QUuid::WithoutBraces);
    return QUuid::createUuidV5(kUidNamespace, uid).toString(QUuid::WithoutBraces);
}

CalendarEvent ScheduleExchange::toEvent(const Visit &visit) const
{
    return toEvent(visit, People(m_schedule));
}

CalendarEvent ScheduleExchange::toEvent(const Visit &v, const People &people) const
{
    CalendarEvent e;
    e.uid = v.id;
    e.kind = v.kind == kInPerson ? QStringLiteral("visit") : QStringLiteral("call");
    e.title = v.title;
    e.location = v.location;
    e.description = v.purpose; // notes stay in the profile: they are the centre's own
    e.url = v.url;
    e.allDay = v.allDay;
    if (v.allDay) {
        e.startDate = v.startDate;
        e.endDate = v.endDate;
    } else {
        e.start = v.startsAt;
        e.end = v.endsAt;
    }
    e.timeZone = v.timezone;
    e.hostCentre = v.hostCentre;
    if (!v.organiser.isEmpty()) {
        const auto organiser = people.analysts.value(v.organiser);
        e.organiserName = organiser.name.isEmpty() ? v.organiser : organiser.name;
        e.organiserEmail = organiser.email;
    }
    for (const VisitAttendee &a : m_schedule.attendeesOf(v.id)) {
        const People::Person p = people.of(a);
        Attendee out;
        out.analystId = a.analystId;
        out.contactId = a.contactId;
        out.name = p.name;
        out.email = p.email;
        out.optional = a.role == QLatin1String("optional");
        out.rsvp = a.rsvp.isEmpty() ? QStringLiteral("needs-action") : a.rsvp;
        e.attendees << out;
    }
    e.status = icalStatus(v);
    e.sequence = v.sequence;
    if (const qint64 ms = people.updated.value(v.id); ms > 0)
        e.updated = QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
    return e;
}

QList<CalendarEvent> ScheduleExchange::events(const QStringList &ids) const
{
    const People people(m_schedule);
    QList<CalendarEvent> out;
    if (ids.isEmpty()) {
        for (const Visit &v : m_schedule.visits())
            out << toEvent(v, people);
        return out;
    }
    for (const QString &id : ids) {
        const auto v = m_schedule.visit(id);
        if (!v)
            throw ValidationError(QStringLiteral("visit"), QStringLiteral("not-found"));
        out << toEvent(*v, people);
    }
    return out;
}

QByteArray ScheduleExchange::exportCalendar(const QStringList &ids, ICalMethod method) const
{
    return writeCalendar(events(ids), method);
}

bool ScheduleExchange::exportToFile(const QString &path, const QStringList &ids, ICalMethod method,
                                    QString *error) const
{
    const QByteArray bytes = exportCalendar(ids, method);
    QSaveFile file(path);
    const bool written = file.open(QIODevice::WriteOnly)
        && file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        && file.write(bytes) == bytes.size() && file.commit();
    if (!written && error) {
        //: %1 is a file's path, %2 the system's reason
        *error = tr("The calendar could not be written to %1: %2").arg(path, file.errorString());
    }
    return written;
}

ScheduleImportReport ScheduleExchange::importFile(const QString &path,
                                                  const QTimeZone &floatingZone)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ScheduleImportReport report;
        report.refused = true;
        //: %1 is a file's path, %2 the system's reason
        report.problems << tr("The file %1 could not be read: %2").arg(path, file.errorString());
        return report;
    }
    // A little more than the reader takes, so that a larger file is refused as too large.
    return importCalendar(file.read(kICalMaxFileOctets + 1), floatingZone);
}

ScheduleImportReport ScheduleExchange::importCalendar(const QByteArray &bytes,
                                                      const QTimeZone &floatingZone)
{
    ScheduleImportReport report;
    ICalImport file;
    try {
        file = readCalendar(bytes, floatingZone);
    } catch (const ValidationError &e) {
        report.refused = true;
        report.problems << icalRefusalText(e.code());
        return report;
    }
    for (const ICalProblem &p : std::as_const(file.problems))
        report.problems << p.message();
    if (file.method == QLatin1String("REPLY"))
        importReplies(file.replies, report);
    else if (file.method == QLatin1String("CANCEL"))
        importCancellations(file.cancellations, report);
    else
        importEvents(file.events, report); // none for a method the reader does not take
    return report;
}

namespace {
// How the messages name an event: its title, else its UID.
QString eventName(const QString &title, const QString &uid)
{
    return title.isEmpty() ? uid : title;
}
} // namespace

void ScheduleExchange::importEvents(const QList<CalendarEvent> &events,
                                    ScheduleImportReport &report)
{
    QSet<QString> contacts;
    for (const Contact &c : m_schedule.contacts())
        contacts.insert(c.id);
    QList<ImportedVisit> batch;
    QStringList names;
    QList<bool> known;
    for (const CalendarEvent &e : events) {
        const QString name = eventName(e.title, e.uid);
        const QString id = visitIdForUid(e.uid);
        const auto stored = m_schedule.visit(id);
        if (!stored && e.status == kCancelled) {
            //: %1 is an event's title
            report.problems << tr("“%1” is cancelled in the file: not added.").arg(name);
            continue;
        }
        if (stored && e.sequence < stored->sequence) {
            report.problems
                //: %1 is an event's title; SEQUENCE is iCalendar's revision number
                << tr("“%1” is an older version (SEQUENCE %2) than this profile’s (%3): not "
                      "changed.")
                       .arg(name)
                       .arg(e.sequence)
                       .arg(stored->sequence);
            continue;
        }
        if (stored && e.sequence == stored->sequence) {
            ++report.unchanged;
            continue;
        }
        if (stored && closed(*stored)) {
            //: %1 is an event's title
            report.problems << tr("“%1” is completed or cancelled here: not changed.").arg(name);
            continue;
        }
        ImportedVisit imported;
        Visit &v = imported.visit;
        if (stored) {
            v = *stored;
        } else {
            v.id = id;
            v.kind = e.kind == QLatin1String("visit") ? kInPerson : kCall;
            // Approvals are ops of team leads, never a file's: a visit starts as a draft.
            v.status = v.kind == kCall ? e.status : QStringLiteral("draft");
        }
        v.title = e.title;
        v.location = e.location;
        v.purpose = e.description;
        v.url = e.url;
        v.allDay = e.allDay;
        v.startDate = e.allDay ? e.startDate : QDate();
        v.endDate = e.allDay ? e.endDate : QDate();
        v.startsAt = e.start;
        v.endsAt = e.end;
        v.timezone = e.timeZone.isEmpty() && !e.allDay ? QStringLiteral("UTC") : e.timeZone;
        if (!e.hostCentre.isEmpty())
            v.hostCentre = e.hostCentre;
        v.sequence = e.sequence;
        if (stored && e.status == kCancelled) {
            v.status = kCancelled;
            v.cancelReason = tr("Cancelled in an imported calendar file.");
        } else if (stored && v.kind == kCall) {
            v.status = e.status;
        }
        if (!e.allDay && e.end <= e.start) {
            //: %1 is an event's title
            report.problems
                << tr("“%1” has no length (its end is its start): not taken.").arg(name);
            continue;
        }
        const QList<VisitAttendee> storedAttendees
            = stored ? m_schedule.attendeesOf(id) : QList<VisitAttendee>();
        for (const Attendee &a : e.attendees) {
            const auto match
                = std::find_if(storedAttendees.begin(), storedAttendees.end(),
                               [&](const VisitAttendee &s) { return sameAttendee(s, a, s.email); });
            if (match != storedAttendees.end()) {
                if (match->rsvp != a.rsvp)
                    imported.attendees << VisitAttendee {match->id, {}, {}, {}, {}, {}, a.rsvp};
                continue;
            }
            VisitAttendee added;
            added.analystId = a.analystId;
            // A contact of another profile is only a name and an address here.
            added.contactId = contacts.contains(a.contactId) ? a.contactId : QString();
            added.name = a.name;
            added.email = a.email;
            added.role = a.optional   ? QStringLiteral("optional")
                : v.kind == kInPerson ? QStringLiteral("visitor")
                                      : QStringLiteral("required");
            added.rsvp = a.rsvp;
            if (added.analystId.isEmpty() && added.contactId.isEmpty() && added.email.isEmpty())
                continue; // the reader reported it (no-address)
            imported.attendees << added;
        }
        batch << imported;
        names << name;
        known << bool(stored);
    }
    save(batch, names, known, report);
}

void ScheduleExchange::save(const QList<ImportedVisit> &visits, const QStringList &names,
                            const QList<bool> &known, ScheduleImportReport &report)
{
    if (visits.isEmpty())
        return;
    const auto refusals = m_schedule.saveImported(visits);
    for (qsizetype i = 0; i < visits.size(); ++i) {
        if (const auto &refusal = refusals.value(i)) {
            //: %1 is an event's title, %2 why it was refused (a sentence)
            report.problems << tr("“%1” was not taken: %2")
                                   .arg(names.value(i),
                                        refusalText(refusal->field(), refusal->code()));
            continue;
        }
        const QString &id = visits.at(i).visit.id;
        report.ids << id;
        if (known.value(i))
            ++report.updated;
        else
            ++report.created;
    }
}

void ScheduleExchange::importCancellations(const QList<ICalCancel> &cancellations,
                                           ScheduleImportReport &report)
{
    QList<ImportedVisit> batch;
    QStringList names;
    for (const ICalCancel &c : cancellations) {
        const auto stored = m_schedule.visit(visitIdForUid(c.uid));
        if (!stored) {
            //: %1 is an event's UID (its identifier in the file)
            report.problems << tr("The cancelled event %1 is not in this profile.").arg(c.uid);
            continue;
        }
        if (stored->status == kCancelled) {
            ++report.unchanged;
            continue;
        }
        if (c.sequence < stored->sequence || closed(*stored)) {
            report.problems
                //: %1 is an event's title
                << tr("The cancellation of “%1” is older than this profile’s version, or the "
                      "event is completed: not cancelled.")
                       .arg(stored->title);
            continue;
        }
        ImportedVisit imported;
        imported.visit = *stored;
        imported.visit.status = kCancelled;
        imported.visit.sequence = c.sequence;
        imported.visit.cancelReason = tr("Cancelled in an imported calendar file.");
        batch << imported;
        names << stored->title;
    }
    save(batch, names, QList<bool>(batch.size(), true), report);
}

void ScheduleExchange::importReplies(QList<ICalReply> replies, ScheduleImportReport &report)
{
    // Several answers of one attendee: the latest (DTSTAMP) is applied last and wins.
    std::stable_sort(replies.begin(), replies.end(),
                     [](const ICalReply &a, const ICalReply &b) { return a.stamp < b.stamp; });
    const People people(m_schedule);
    for (const ICalReply &r : std::as_const(replies)) {
        const auto stored = m_schedule.visit(visitIdForUid(r.uid));
        if (!stored) {
            //: %1 is an event's UID (its identifier in the file)
            report.problems
                << tr("The answer is about an event not in this profile (%1).").arg(r.uid);
            continue;
        }
        if (r.sequence < stored->sequence) {
            report.problems
                //: %1 is an e-mail address, %2 an event's title
                << tr("The answer of %1 is about an older version of “%2”: not taken.")
                       .arg(r.email, stored->title);
            continue;
        }
        const QList<VisitAttendee> attendees = m_schedule.attendeesOf(stored->id);
        Attendee read;
        read.email = r.email;
        const auto match
            = std::find_if(attendees.begin(), attendees.end(), [&](const VisitAttendee &a) {
                  const People::Person p = people.of(a);
                  if (sameAttendee(a, read, p.email))
                      return true;
                  // A contact with several addresses answers from any of them.
                  return std::any_of(p.others.cbegin(), p.others.cend(), [&](const QString &e) {
                      return e.compare(read.email, Qt::CaseInsensitive) == 0;
                  });
              });
        if (match == attendees.end() || r.email.isEmpty()) {
            report.problems
                //: %1 is an e-mail address, %2 an event's title
                << tr("%1 is not an attendee of “%2”: the answer is not taken.")
                       .arg(r.email, stored->title);
            continue;
        }
        if (match->rsvp != r.rsvp) {
            m_schedule.setRsvp(match->id, r.rsvp);
            ++report.answers;
        } else {
            ++report.unchanged;
        }
        if (!report.ids.contains(stored->id))
            report.ids << stored->id;
    }
}

} // namespace liaison
