// The schedule's iCalendar exchange (services/ScheduleExchange): calls and visits written to
// .ics files by one real profile (SQLCipher, in a temporary folder) and read into another;
// REPLY answers, CANCEL files, older versions and malformed files.
#include "TestSupport.h"

#include "core/Clock.h"
#include "services/ScheduleExchange.h"
#include "services/ScheduleService.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QUuid>
#include <QtTest>

using namespace liaison;
using liaison::test::TestReplica;

namespace {
const QTimeZone kOttawa("America/Toronto");

QDateTime ottawa(int y, int m, int d, int h, int min)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), kOttawa).toUTC();
}

VisitAttendee attendee(const QString &analyst, const QString &contact, const QString &name,
                       const QString &email, const QString &role, const QString &rsvp = {})
{
    return VisitAttendee {{}, analyst, contact, name, email, role, rsvp};
}

const VisitAttendee *byEmail(const QList<VisitAttendee> &list, const QString &email)
{
    for (const VisitAttendee &a : list) {
        if (a.email.compare(email, Qt::CaseInsensitive) == 0)
            return &a;
    }
    return nullptr;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

class TestScheduleExchange : public QObject
{
    Q_OBJECT

    ManualClock m_clock {1'790'000'000'000};
    std::unique_ptr<TestReplica> m_a; // an analyst of CCIRC
    std::unique_ptr<TestReplica> m_b; // an analyst of US-CERT, another profile
    std::unique_ptr<ScheduleService> m_schedA;
    std::unique_ptr<ScheduleService> m_schedB;
    QTemporaryDir m_files;

    // A call in Ottawa with a contact, an analyst and an address, confirmed.
    QString makeCall()
    {
        Contact jane;
        jane.name = QStringLiteral("Jane Doe");
        jane.emails
            = {QStringLiteral("jane@example.gov"), QStringLiteral("j.doe@cisa.example.gov")};
        const QString contact = m_schedA->saveContact(jane);
        Visit call;
        call.kind = QStringLiteral("call");
        call.title = QStringLiteral("Weekly sync, ransomware campaign; “phase 2”");
        call.startsAt = ottawa(2027, 3, 10, 10, 0);
        call.endsAt = call.startsAt.addSecs(45 * 60);
        call.timezone = QStringLiteral("America/Toronto");
        call.url = QStringLiteral("https://meet.example.gov/j/123?pwd=a,b");
        call.purpose = QStringLiteral("Indicators of the week.\nThen the joint report.");
        call.notes = QStringLiteral("CCIRC only: do not send");
        const QString id = m_schedA->saveVisit(call);
        m_schedA->addAttendee(id, attendee({}, contact, {}, {}, QStringLiteral("required")));
        m_schedA->addAttendee(id,
                              attendee(QStringLiteral("b1"), {}, {}, {}, QStringLiteral("optional"),
                                       QStringLiteral("accepted")));
        m_schedA->addAttendee(id,
                              attendee({}, {}, QStringLiteral("Marie Tremblay"),
                                       QStringLiteral("marie@uscert.example"),
                                       QStringLiteral("required")));
        m_schedA->confirm(id);
        return id;
    }

    QString exportA(const QString &name, const QStringList &ids = {},
                    ICalMethod method = ICalMethod::Publish)
    {
        const QString path = m_files.filePath(name);
        QString error;
        if (!ScheduleExchange(*m_schedA).exportToFile(path, ids, method, &error))
            qWarning() << error;
        return path;
    }

private slots:
    void init()
    {
        m_a = std::make_unique<TestReplica>(QStringLiteral("a1"), QStringLiteral("CCIRC"), m_clock);
        m_b = std::make_unique<TestReplica>(QStringLiteral("b1"), QStringLiteral("USCERT"),
                                            m_clock);
        for (OpLog *log : {m_a->log.get(), m_b->log.get()}) {
            log->recordAnalyst(QStringLiteral("a1"), QStringLiteral("Alex Martin"),
                               QStringLiteral("CCIRC"), QStringLiteral("lead"));
            log->recordAnalyst(QStringLiteral("b1"), QStringLiteral("Bob Smith"),
                               QStringLiteral("USCERT"), QStringLiteral("lead"));
        }
        m_schedA = std::make_unique<ScheduleService>(*m_a->log);
        m_schedB = std::make_unique<ScheduleService>(*m_b->log);
    }

    void cleanup()
    {
        m_schedA.reset();
        m_schedB.reset();
        m_a.reset();
        m_b.reset();
    }

    void uidMapping()
    {
        const QString uuid = QStringLiteral("0b8a2c9e-4f6d-4e1a-9c3b-7d5e6f708192");
        QCOMPARE(ScheduleExchange::visitIdForUid(uuid), uuid);
        QCOMPARE(ScheduleExchange::visitIdForUid(QStringLiteral("{0B8A2C9E-4F6D-4E1A-9C3B-"
                                                                "7D5E6F708192}")),
                 uuid);
        const QString outlook = QStringLiteral("040000008200E00074C5B7101A82E008000000");
        const QString mapped = ScheduleExchange::visitIdForUid(outlook);
        QVERIFY(!QUuid::fromString(mapped).isNull());
        QCOMPARE(ScheduleExchange::visitIdForUid(outlook), mapped); // stable
        QVERIFY(ScheduleExchange::visitIdForUid(outlook + QLatin1Char('x')) != mapped);
    }

    void callRoundTrip()
    {
        const QString id = makeCall();
        const Visit sent = *m_schedA->visit(id);
        const QString path = exportA(QStringLiteral("call.ics"));
        const QByteArray bytes = readAll(path);
        QVERIFY(bytes.startsWith("BEGIN:VCALENDAR\r\n"));
        QVERIFY(!bytes.contains("METHOD:")); // a plain export
        QVERIFY(bytes.contains("UID:" + id.toLatin1()));
        QVERIFY(bytes.contains("STATUS:CONFIRMED"));
        QVERIFY(bytes.contains("DTSTART;TZID=America/Toronto:20270310T100000"));
        QVERIFY(!bytes.contains("CCIRC only")); // notes are not exported
#ifdef Q_OS_UNIX
        const QFileDevice::Permissions perms = QFile::permissions(path);
        QVERIFY(perms.testFlag(QFileDevice::ReadOwner) && perms.testFlag(QFileDevice::WriteOwner));
        QCOMPARE(perms
                     & (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther
                        | QFileDevice::WriteOther),
                 QFileDevice::Permissions());
#endif

        const ScheduleImportReport report = ScheduleExchange(*m_schedB).importFile(path, kOttawa);
        QVERIFY2(report.problems.isEmpty(), qPrintable(report.problems.join(QLatin1Char('\n'))));
        QCOMPARE(report.created, 1);
        QCOMPARE(report.ids, QStringList {id});
        const auto got = m_schedB->visit(id);
        QVERIFY(got);
        QCOMPARE(got->kind, QStringLiteral("call"));
        QCOMPARE(got->title, sent.title);
        QCOMPARE(got->startsAt, sent.startsAt);
        QCOMPARE(got->endsAt, sent.endsAt);
        QCOMPARE(got->timezone, QStringLiteral("America/Toronto"));
        QCOMPARE(got->url, sent.url);
        QCOMPARE(got->purpose, sent.purpose);
        QVERIFY(got->notes.isEmpty());
        QCOMPARE(got->status, QStringLiteral("confirmed"));
        QCOMPARE(got->sequence, sent.sequence);
        QCOMPARE(got->scope, QStringLiteral("centre")); // stays in US-CERT until shared

        const QList<VisitAttendee> people = m_schedB->attendeesOf(id);
        QCOMPARE(people.size(), 3);
        // Jane was a contact of CCIRC's profile: here a name and an address.
        const VisitAttendee *jane = byEmail(people, QStringLiteral("jane@example.gov"));
        QVERIFY(jane);
        QCOMPARE(jane->name, QStringLiteral("Jane Doe"));
        QVERIFY(jane->contactId.isEmpty());
        QCOMPARE(jane->role, QStringLiteral("required"));
        QCOMPARE(jane->rsvp, QStringLiteral("needs-action"));
        const VisitAttendee *marie = byEmail(people, QStringLiteral("marie@uscert.example"));
        QVERIFY(marie);
        QCOMPARE(marie->name, QStringLiteral("Marie Tremblay"));
        const auto bob = std::find_if(people.begin(), people.end(), [](const VisitAttendee &a) {
            return a.analystId == QLatin1String("b1");
        });
        QVERIFY(bob != people.end());
        QCOMPARE(bob->role, QStringLiteral("optional"));
        QCOMPARE(bob->rsvp, QStringLiteral("accepted"));
        QCOMPARE(bob->name, QStringLiteral("Bob Smith"));

        // The same file again changes nothing.
        const ScheduleImportReport again = ScheduleExchange(*m_schedB).importFile(path, kOttawa);
        QCOMPARE(again.created, 0);
        QCOMPARE(again.updated, 0);
        QCOMPARE(again.unchanged, 1);
        QCOMPARE(m_schedB->attendeesOf(id).size(), 3);

        // What B exports of it is what A exported, but for B's own DTSTAMP-free parts.
        const QList<CalendarEvent> fromA = ScheduleExchange(*m_schedA).events({id});
        QList<CalendarEvent> fromB = ScheduleExchange(*m_schedB).events({id});
        QCOMPARE(fromB.size(), 1);
        QCOMPARE(fromB[0].title, fromA[0].title);
        QCOMPARE(fromB[0].start, fromA[0].start);
        QCOMPARE(fromB[0].attendees.size(), 3);
    }

    void allDayVisitRoundTrip()
    {
        Visit visit;
        visit.kind = QStringLiteral("in_person");
        visit.title = QStringLiteral("Échange d’analystes à Ottawa");
        visit.allDay = true;
        visit.startDate = QDate(2027, 5, 3);
        visit.endDate = QDate(2027, 5, 7);
        visit.timezone = QStringLiteral("America/Toronto");
        visit.hostCentre = QStringLiteral("CCIRC");
        visit.location = QStringLiteral("CCIRC, 1 Rue du Centre, Ottawa");
        visit.purpose = QStringLiteral("Joint triage week");
        visit.travelBefore = 1;
        const QString id = m_schedA->saveVisit(visit);
        m_schedA->addAttendee(id,
                              attendee(QStringLiteral("b1"), {}, {},
                                       QStringLiteral("bob@uscert.example"),
                                       QStringLiteral("visitor")));
        m_schedA->propose(id);
        const Visit sent = *m_schedA->visit(id);
        const QString path = exportA(QStringLiteral("visit.ics"), {id}, ICalMethod::Request);
        const QByteArray bytes = readAll(path);
        QVERIFY(bytes.contains("METHOD:REQUEST"));
        QVERIFY(bytes.contains("DTSTART;VALUE=DATE:20270503"));
        QVERIFY(bytes.contains("DTEND;VALUE=DATE:20270508"));
        QVERIFY(bytes.contains("STATUS:TENTATIVE"));
        QVERIFY(bytes.contains("SEQUENCE:" + QByteArray::number(sent.sequence)));
        QVERIFY(bytes.contains("X-LIAISON-HOST:CCIRC"));

        const ScheduleImportReport report = ScheduleExchange(*m_schedB).importFile(path, kOttawa);
        QVERIFY2(report.problems.isEmpty(), qPrintable(report.problems.join(QLatin1Char('\n'))));
        QCOMPARE(report.created, 1);
        const auto got = m_schedB->visit(id);
        QVERIFY(got);
        QCOMPARE(got->kind, QStringLiteral("in_person"));
        QVERIFY(got->allDay);
        QCOMPARE(got->startDate, QDate(2027, 5, 3));
        QCOMPARE(got->endDate, QDate(2027, 5, 7));
        QCOMPARE(got->startsAt, sent.startsAt);
        QCOMPARE(got->endsAt, sent.endsAt);
        QCOMPARE(got->hostCentre, QStringLiteral("CCIRC"));
        QCOMPARE(got->title, sent.title);
        QCOMPARE(got->location, sent.location);
        QCOMPARE(got->sequence, sent.sequence);
        // The workflow is never a file's: a draft in the importing centre, no approval.
        QCOMPARE(got->status, QStringLiteral("draft"));
        QVERIFY(m_schedB->approvals(id).isEmpty());
        const QList<VisitAttendee> visitors = m_schedB->attendeesOf(id);
        QCOMPARE(visitors.size(), 1);
        QCOMPARE(visitors[0].analystId, QStringLiteral("b1"));
        QCOMPARE(visitors[0].role, QStringLiteral("visitor"));
        // It shows in the month it is in.
        const auto may
            = m_schedB->visitsBetween(ottawa(2027, 5, 1, 0, 0), ottawa(2027, 6, 1, 0, 0));
        QCOMPARE(may.size(), 1);
    }

    void replyUpdatesRsvp()
    {
        const QString id = makeCall();
        const int sequence = m_schedA->visit(id)->sequence;
        const QByteArray reply = "BEGIN:VCALENDAR\r\nPRODID:-//Test//Outlook-like//EN\r\n"
                                 "VERSION:2.0\r\nMETHOD:REPLY\r\nBEGIN:VEVENT\r\nUID:"
            + id.toLatin1() + "\r\nSEQUENCE:" + QByteArray::number(sequence)
            + "\r\nDTSTAMP:20270301T120000Z\r\nDTSTART:20270310T150000Z\r\n"
              "ORGANIZER:mailto:alex@ccirc.example\r\n"
              "ATTENDEE;PARTSTAT=ACCEPTED;CN=Marie Tremblay:mailto:Marie@USCERT.example\r\n"
              "END:VEVENT\r\nEND:VCALENDAR\r\n";
        const ScheduleImportReport report
            = ScheduleExchange(*m_schedA).importCalendar(reply, kOttawa);
        QVERIFY2(report.problems.isEmpty(), qPrintable(report.problems.join(QLatin1Char('\n'))));
        QCOMPARE(report.answers, 1);
        QCOMPARE(report.created, 0);
        QCOMPARE(byEmail(m_schedA->attendeesOf(id), QStringLiteral("marie@uscert.example"))->rsvp,
                 QStringLiteral("accepted"));

        // Jane answers through her contact's address (the attendee row has none of its own).
        QByteArray jane = reply;
        jane.replace("PARTSTAT=ACCEPTED;CN=Marie Tremblay:mailto:Marie@USCERT.example",
                     "PARTSTAT=TENTATIVE:mailto:jane@example.gov");
        QCOMPARE(ScheduleExchange(*m_schedA).importCalendar(jane, kOttawa).answers, 1);
        const auto attendees = m_schedA->attendeesOf(id);
        const auto janeRow
            = std::find_if(attendees.begin(), attendees.end(),
                           [](const VisitAttendee &a) { return !a.contactId.isEmpty(); });
        QCOMPARE(janeRow->rsvp, QStringLiteral("tentative"));
        // ... and through her contact's second address, in another case.
        QByteArray janeOther = reply;
        janeOther.replace("PARTSTAT=ACCEPTED;CN=Marie Tremblay:mailto:Marie@USCERT.example",
                          "PARTSTAT=ACCEPTED:mailto:J.Doe@cisa.example.gov");
        QCOMPARE(ScheduleExchange(*m_schedA).importCalendar(janeOther, kOttawa).answers, 1);
        const auto again = m_schedA->attendeesOf(id);
        QCOMPARE(std::find_if(again.begin(), again.end(),
                              [](const VisitAttendee &a) { return !a.contactId.isEmpty(); })
                     ->rsvp,
                 QStringLiteral("accepted"));

        // Someone who was not invited: reported, nothing changed.
        QByteArray stranger = reply;
        stranger.replace("Marie@USCERT.example", "eve@elsewhere.example");
        const ScheduleImportReport strange
            = ScheduleExchange(*m_schedA).importCalendar(stranger, kOttawa);
        QCOMPARE(strange.answers, 0);
        QCOMPARE(strange.problems.size(), 1);
        QVERIFY(strange.problems[0].contains(QStringLiteral("eve@elsewhere.example")));

        // The call moved (a new sequence): an answer to the old version is stale.
        Visit moved = *m_schedA->visit(id);
        moved.startsAt = moved.startsAt.addSecs(3600);
        moved.endsAt = moved.endsAt.addSecs(3600);
        m_schedA->saveVisit(moved);
        QVERIFY(m_schedA->visit(id)->sequence > sequence);
        QByteArray declined = reply;
        declined.replace("PARTSTAT=ACCEPTED", "PARTSTAT=DECLINED");
        const ScheduleImportReport stale
            = ScheduleExchange(*m_schedA).importCalendar(declined, kOttawa);
        QCOMPARE(stale.answers, 0);
        QCOMPARE(stale.problems.size(), 1);
        QCOMPARE(byEmail(m_schedA->attendeesOf(id), QStringLiteral("marie@uscert.example"))->rsvp,
                 QStringLiteral("accepted"));
    }

    void malformedImportsNothing()
    {
        makeCall();
        const QByteArray good = ScheduleExchange(*m_schedA).exportCalendar({}, ICalMethod::Publish);
        const QList<QByteArray> bad {
            QByteArray("this is not a calendar\r\n"),
            QByteArray(),
            QByteArray("BEGIN:VCALENDAR\r\n\0\r\n", 20),
            // cut inside the event: the event is not taken
            good.left(good.indexOf("END:VEVENT")),
        };
        for (const QByteArray &bytes : bad) {
            const ScheduleImportReport report
                = ScheduleExchange(*m_schedB).importCalendar(bytes, kOttawa);
            QCOMPARE(report.created, 0);
            QVERIFY(!report.problems.isEmpty());
            for (const QString &p : report.problems)
                QVERIFY2(!p.contains(QLatin1String("not-a-calendar")), qPrintable(p));
            QVERIFY(m_schedB->visits().isEmpty());
            QVERIFY(m_schedB->opLog().database().scalarInt("SELECT count(*) FROM attendees") == 0);
        }
        const ScheduleImportReport missing = ScheduleExchange(*m_schedB).importFile(
            m_files.filePath(QStringLiteral("does-not-exist.ics")), kOttawa);
        QVERIFY(missing.refused);
        QCOMPARE(missing.problems.size(), 1);
        // An event the service refuses (a visit over a year) is reported; the rest is taken.
        const QByteArray twoEvents
            = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//T//T//EN\r\nBEGIN:VEVENT\r\n"
              "UID:long@example\r\nDTSTAMP:20270101T000000Z\r\nSUMMARY:Too long\r\n"
              "DTSTART;VALUE=DATE:20270101\r\nDTEND;VALUE=DATE:20290101\r\nEND:VEVENT\r\n"
              "BEGIN:VEVENT\r\nUID:ok@example\r\nDTSTAMP:20270101T000000Z\r\nSUMMARY:Fine\r\n"
              "DTSTART:20270105T150000Z\r\nDTEND:20270105T160000Z\r\nEND:VEVENT\r\n"
              "END:VCALENDAR\r\n";
        const ScheduleImportReport partly
            = ScheduleExchange(*m_schedB).importCalendar(twoEvents, kOttawa);
        QCOMPARE(partly.created, 1);
        QCOMPARE(partly.problems.size(), 1);
        QVERIFY(partly.problems[0].contains(QStringLiteral("Too long")));
        QCOMPARE(m_schedB->visits().size(), 1);
        QCOMPARE(m_schedB->visits()[0].id, ScheduleExchange::visitIdForUid("ok@example"));
        QCOMPARE(m_schedB->visits()[0].timezone, QStringLiteral("UTC"));
    }

    void olderSequenceDoesNotOverwrite()
    {
        const QString id = makeCall();
        const QString first = exportA(QStringLiteral("v1.ics"), {id}, ICalMethod::Request);
        Visit renamed = *m_schedA->visit(id);
        renamed.title = QStringLiteral("Weekly sync (moved room)");
        renamed.location = QStringLiteral("Room 4");
        m_schedA->saveVisit(renamed);
        const int newer = m_schedA->visit(id)->sequence;
        const QString second = exportA(QStringLiteral("v2.ics"), {id}, ICalMethod::Request);

        // The first version, then the second: updated.
        QCOMPARE(ScheduleExchange(*m_schedB).importFile(first, kOttawa).created, 1);
        const ScheduleImportReport update = ScheduleExchange(*m_schedB).importFile(second, kOttawa);
        QCOMPARE(update.updated, 1);
        QCOMPARE(m_schedB->visit(id)->title, renamed.title);
        QCOMPARE(m_schedB->visit(id)->location, QStringLiteral("Room 4"));
        QCOMPARE(m_schedB->visit(id)->sequence, newer);
        QCOMPARE(m_schedB->attendeesOf(id).size(), 3); // matched, not added again

        // The first again: older, reported, not applied.
        const ScheduleImportReport older = ScheduleExchange(*m_schedB).importFile(first, kOttawa);
        QCOMPARE(older.updated, 0);
        QCOMPARE(older.problems.size(), 1);
        QCOMPARE(m_schedB->visit(id)->title, renamed.title);
        QCOMPARE(m_schedB->visit(id)->sequence, newer);

        // The organiser cancels: a CANCEL file cancels it here too.
        m_schedA->cancel(id, QStringLiteral("Nothing to discuss"));
        const QString cancel = exportA(QStringLiteral("cancel.ics"), {id}, ICalMethod::Cancel);
        QVERIFY(readAll(cancel).contains("METHOD:CANCEL"));
        const ScheduleImportReport cancelled
            = ScheduleExchange(*m_schedB).importFile(cancel, kOttawa);
        QCOMPARE(cancelled.updated, 1);
        QCOMPARE(m_schedB->visit(id)->status, QStringLiteral("cancelled"));
        QCOMPARE(m_schedB->visit(id)->sequence, m_schedA->visit(id)->sequence);
        QVERIFY(!m_schedB->visit(id)->cancelReason.isEmpty());
        // A cancelled event that is not in a profile is not added to it.
        TestReplica third(QStringLiteral("c1"), QStringLiteral("USCERT"), m_clock);
        ScheduleService schedC(*third.log);
        const ScheduleImportReport notAdded
            = ScheduleExchange(schedC).importFile(exportA(QStringLiteral("all.ics")), kOttawa);
        QCOMPARE(notAdded.created, 0);
        QCOMPARE(notAdded.problems.size(), 1);
        QVERIFY(schedC.visits().isEmpty());
        QVERIFY_THROWS_EXCEPTION(ValidationError,
                                 ScheduleExchange(*m_schedA).events({QStringLiteral("nope")}));
    }
};

QTEST_GUILESS_MAIN(TestScheduleExchange)
#include "tst_scheduleexchange.moc"
