// The visit workflow across two centres against a real hub over WebSockets on 127.0.0.1: a
// visit prepared inside CCIRC stays there until proposed; only team leads approve, one per
// centre (the service refuses an analyst, and the hub refuses an approval op forged past the
// service: not-a-lead); it cannot be confirmed before every required centre approved; then
// confirmed and completed, and every device of both centres ends with the same visit,
// attendees and approvals. Real profiles (SQLCipher), a real HubServer, every wait bounded.
#include "TestSupport.h"

#include "domain/Schema.h"
#include "server/HubServer.h"
#include "server/HubStore.h"
#include "services/ScheduleService.h"
#include "storage/Profile.h"
#include "sync/OpLog.h"
#include "sync/Protocol.h"
#include "sync/SyncEngine.h"
#include "workspace/Workspace.h"

#include <QHostAddress>
#include <QTemporaryDir>
#include <QtTest>

using namespace liaison;
using liaison::test::refusal;

namespace {
const char kPassphrase[] = "schedule test passphrase";
const QString kCcirc = QStringLiteral("CCIRC");
const QString kUscert = QStringLiteral("USCERT");

} // namespace

class TestSchedule : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<HubStore> m_store;
    std::unique_ptr<HubServer> m_server;
    std::vector<std::unique_ptr<Workspace>> m_devices;
    int m_made = 0; // folders made (each test's own)

    Workspace &addAnalyst(const QString &centre, const QString &name, bool lead)
    {
        auto ws = std::make_unique<Workspace>(
            Profile::create(m_dir.filePath(QStringLiteral("p%1").arg(++m_made)),
                            test::passphrase(kPassphrase), KdfParams::fastForTests()));
        const auto code = m_store->directory().issueEnrolment(centre, name, {}, 3600);
        const HubDevice device = m_store->directory().redeemEnrolment(
            code.code, ws->opLog().identity().key->publicKey());
        if (lead)
            m_store->directory().setAnalystRole(device.analystId, QString::fromLatin1(kRoleLead));
        ws->opLog().setEnrolment(device.analystId, device.centre);
        ws->sync().setHub(QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(m_server->port())));
        ws->sync().start();
        m_devices.push_back(std::move(ws));
        return *m_devices.back();
    }

    bool allUpToDate() const
    {
        for (const auto &d : m_devices) {
            if (d->sync().state() != SyncEngine::State::UpToDate || d->outboxSize() != 0)
                return false;
        }
        return true;
    }

private slots:
    void init()
    {
        m_store = HubStore::init(m_dir.filePath(QStringLiteral("hub%1").arg(++m_made)));
        m_store->directory().addCentre(kCcirc, QStringLiteral("CCIRC"));
        m_store->directory().addCentre(kUscert, QStringLiteral("US-CERT"));
        m_server = std::make_unique<HubServer>(*m_store);
        QString error;
        QVERIFY2(m_server->listen(QHostAddress::LocalHost, 0, true, &error), qPrintable(error));
    }

    void cleanup()
    {
        m_devices.clear();
        m_server.reset();
        m_store.reset();
    }

    void visitApprovedByALeadOfEachCentre()
    {
        Workspace &marie = addAnalyst(kCcirc, QStringLiteral("Marie Tremblay"), false);
        Workspace &luc = addAnalyst(kCcirc, QStringLiteral("Luc Gagnon"), true);
        Workspace &dana = addAnalyst(kUscert, QStringLiteral("Dana Lee"), true);
        Workspace &sam = addAnalyst(kUscert, QStringLiteral("Sam Hill"), false);
        QTRY_VERIFY_WITH_TIMEOUT(allUpToDate(), 10000);
        QVERIFY(luc.schedule().isLead());
        QVERIFY(!marie.schedule().isLead());
        QCOMPARE(marie.opLog().analystRole(dana.identity().analystId), QStringLiteral("lead"));

        // Prepared inside CCIRC: US-CERT sees nothing of it yet.
        Visit v;
        v.title = QStringLiteral("Analyst exchange, Ottawa");
        v.kind = QStringLiteral("in_person");
        v.allDay = true;
        v.startDate = QDate(2027, 3, 8); // the week of the US/Canada spring DST change
        v.endDate = QDate(2027, 3, 12);
        v.timezone = QStringLiteral("America/Toronto");
        v.hostCentre = kCcirc;
        v.travelBefore = 1;
        v.travelAfter = 1;
        v.purpose = QStringLiteral("Joint triage of the quarter's ICS incidents");
        const QString id = marie.schedule().saveVisit(v);
        VisitAttendee visitor;
        visitor.analystId = sam.identity().analystId;
        visitor.role = QStringLiteral("visitor");
        marie.schedule().addAttendee(id, visitor);
        const Visit draft = *marie.schedule().visit(id);
        QCOMPARE(draft.status, QStringLiteral("draft"));
        QCOMPARE(draft.startsAt, QDateTime(QDate(2027, 3, 8), QTime(5, 0), QTimeZone::utc()));
        QCOMPARE(draft.endsAt, QDateTime(QDate(2027, 3, 13), QTime(5, 0), QTimeZone::utc()));
        QCOMPARE(marie.schedule().requiredCentres(id), (QStringList {kCcirc, kUscert}));
        QTRY_VERIFY_WITH_TIMEOUT(allUpToDate(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(luc.schedule().visit(id).has_value(), 10000);
        QVERIFY(!dana.schedule().visit(id).has_value());
        QCOMPARE(refusal([&] { luc.schedule().approve(id); }),
                 QStringLiteral("status/not-proposed"));
        QCOMPARE(refusal([&] { marie.schedule().confirm(id); }),
                 QStringLiteral("status/not-approved"));

        // Proposed: shared with the other centre in the same op.
        marie.schedule().propose(id);
        QTRY_VERIFY_WITH_TIMEOUT(dana.schedule().visit(id).has_value(), 10000);
        QCOMPARE(dana.schedule().visit(id)->status, QStringLiteral("proposed"));
        QCOMPARE(dana.schedule().attendeesOf(id).size(), 1);
        // An analyst is not a lead: the service refuses, and the hub refuses the op forged past it.
        QCOMPARE(refusal([&] { sam.schedule().approve(id); }),
                 QStringLiteral("approval/not-a-lead"));
        const int rejectedBefore = sam.opLog().rejectedCount();
        sam.opLog().commit({Change {QString::fromLatin1(entity::VisitApproval),
                                    id + QLatin1Char('.') + kUscert,
                                    {{QStringLiteral("visit_id"), id},
                                     {QStringLiteral("centre"), kUscert},
                                     {QStringLiteral("analyst_id"), sam.identity().analystId},
                                     {QStringLiteral("approved_at"), qint64(1)},
                                     {QStringLiteral("withdrawn"), false}}}});
        QTRY_COMPARE_WITH_TIMEOUT(sam.opLog().rejectedCount(), rejectedBefore + 1, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(allUpToDate(), 10000);
        QVERIFY(
            !m_store->feed().holdsRecord(QStringLiteral("visit_approval/%1.%2").arg(id, kUscert)));
        QVERIFY(dana.schedule().approvals(id).isEmpty());
        // A lead of one centre approves for their own centre only: not yet approved.
        luc.schedule().approve(id);
        QTRY_COMPARE_WITH_TIMEOUT(marie.schedule().approvals(id).size(), 1, 10000);
        QCOMPARE(marie.schedule().approvals(id).at(0).centre, kCcirc);
        QCOMPARE(marie.schedule().approvals(id).at(0).analystId, luc.identity().analystId);
        QVERIFY(!marie.schedule().isApproved(id));
        QCOMPARE(refusal([&] { marie.schedule().confirm(id); }),
                 QStringLiteral("status/not-approved"));
        // The other centre's lead: approved everywhere.
        QTRY_VERIFY_WITH_TIMEOUT(dana.schedule().visit(id).has_value(), 10000);
        dana.schedule().approve(id);
        for (const auto &d : m_devices)
            QTRY_VERIFY_WITH_TIMEOUT(d->schedule().isApproved(id), 10000);
        QCOMPARE(sam.schedule().effectiveStatus(*sam.schedule().visit(id)),
                 QStringLiteral("approved"));
        marie.schedule().confirm(id);
        QTRY_VERIFY_WITH_TIMEOUT(allUpToDate(), 10000);
        for (const auto &d : m_devices)
            QTRY_COMPARE_WITH_TIMEOUT(d->schedule().visit(id)->status, QStringLiteral("confirmed"),
                                      10000);
        QCOMPARE(refusal([&] { marie.schedule().cancel(id, QStringLiteral("  ")); }),
                 QStringLiteral("cancel_reason/required"));
        dana.schedule().complete(id);
        QTRY_VERIFY_WITH_TIMEOUT(allUpToDate(), 10000);
        // Up to date is about the outbox: the completion may still be on its way to Marie.
        QTRY_COMPARE_WITH_TIMEOUT(marie.schedule().visit(id)->status, QStringLiteral("completed"),
                                  10000);
        QCOMPARE(refusal([&] { marie.schedule().cancel(id, QStringLiteral("too late")); }),
                 QStringLiteral("status/closed"));
        // The same on every device: fields, attendees, approvals.
        const Visit expected = *marie.schedule().visit(id);
        QCOMPARE(expected.status, QStringLiteral("completed"));
        QCOMPARE(expected.sequence, 3); // proposed, confirmed, completed
        for (const auto &d : m_devices) {
            QTRY_COMPARE_WITH_TIMEOUT(d->schedule().visit(id)->status, QStringLiteral("completed"),
                                      10000);
            const Visit got = *d->schedule().visit(id);
            QCOMPARE(got.startDate, expected.startDate);
            QCOMPARE(got.endDate, expected.endDate);
            QCOMPARE(got.purpose, expected.purpose);
            QCOMPARE(got.sequence, expected.sequence);
            QCOMPARE(got.scope, QString::fromLatin1(kScopeShared));
            QCOMPARE(d->schedule().approvals(id).size(), 2);
            QCOMPARE(d->schedule().attendeesOf(id).size(), 1);
            QCOMPARE(d->opLog().rejectedCount(), d.get() == &sam ? 1 : 0);
        }
    }

    // A call: timed in the organiser's zone, tentative then confirmed or cancelled with a
    // reason; RSVPs; what the service refuses.
    void callAndItsAttendees()
    {
        Workspace &marie = addAnalyst(kCcirc, QStringLiteral("Marie Tremblay"), false);
        Visit call;
        call.title = QStringLiteral("Weekly sync with ICS-CERT");
        call.kind = QStringLiteral("call");
        call.timezone = QStringLiteral("America/St_Johns");
        call.startsAt = QDateTime(QDate(2027, 3, 10), QTime(13, 30), QTimeZone::utc());
        call.endsAt = call.startsAt.addSecs(45 * 60);
        call.url = QStringLiteral("https://meet.example.gc.ca/abc");
        const QString id = marie.schedule().saveVisit(call);
        QCOMPARE(marie.schedule().visit(id)->status, QStringLiteral("tentative"));
        VisitAttendee a;
        a.name = QStringLiteral("Jordan Smith");
        a.email = QStringLiteral("jordan@example.gov");
        a.role = QStringLiteral("optional");
        const QString attendee = marie.schedule().addAttendee(id, a);
        marie.schedule().setRsvp(attendee, QStringLiteral("accepted"));
        QCOMPARE(marie.schedule().attendeesOf(id).at(0).rsvp, QStringLiteral("accepted"));
        QCOMPARE(refusal([&] { marie.schedule().setRsvp(attendee, QStringLiteral("maybe")); }),
                 QStringLiteral("rsvp/invalid"));
        a.role = QStringLiteral("host");
        QCOMPARE(refusal([&] { marie.schedule().addAttendee(id, a); }),
                 QStringLiteral("role/invalid"));
        QCOMPARE(refusal([&] {
                     marie.schedule().addAttendee(
                         id, VisitAttendee {{}, {}, {}, {}, {}, QStringLiteral("required"), {}});
                 }),
                 QStringLiteral("attendee/required"));
        QCOMPARE(refusal([&] { marie.schedule().propose(id); }),
                 QStringLiteral("status/not-draft"));
        // Moving it is news to the attendees.
        Visit moved = *marie.schedule().visit(id);
        moved.startsAt = moved.startsAt.addSecs(3600);
        moved.endsAt = moved.endsAt.addSecs(3600);
        marie.schedule().saveVisit(moved);
        QCOMPARE(marie.schedule().visit(id)->sequence, 1);
        marie.schedule().confirm(id);
        QCOMPARE(marie.schedule().visit(id)->status, QStringLiteral("confirmed"));
        marie.schedule().cancel(id, QStringLiteral("Counterpart on leave"));
        QCOMPARE(marie.schedule().visit(id)->cancelReason, QStringLiteral("Counterpart on leave"));
        QCOMPARE(marie.schedule().visit(id)->sequence, 3);
        QCOMPARE(refusal([&] { marie.schedule().saveVisit(moved); }),
                 QStringLiteral("status/closed"));
        Visit bad = call;
        bad.allDay = true;
        bad.startDate = QDate(2027, 3, 12);
        bad.endDate = QDate(2027, 3, 10);
        QCOMPARE(refusal([&] { marie.schedule().saveVisit(bad); }),
                 QStringLiteral("end_date/before-start"));
        bad.endDate = QDate(2028, 6, 1);
        QCOMPARE(refusal([&] { marie.schedule().saveVisit(bad); }),
                 QStringLiteral("end_date/out-of-range"));
        bad = call;
        bad.travelBefore = 30;
        QCOMPARE(refusal([&] { marie.schedule().saveVisit(bad); }),
                 QStringLiteral("travel/out-of-range"));
    }
};

QTEST_GUILESS_MAIN(TestSchedule)
#include "tst_schedule.moc"
