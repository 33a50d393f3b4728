#include "TestSupport.h"

#include "domain/IncidentReference.h"
#include "services/ChatService.h"
#include "services/CsvExport.h"
#include "services/DraftStore.h"
#include "services/IncidentService.h"
#include "services/ScheduleService.h"
#include "services/SearchIndex.h"

#include "domain/DomainText.h"
#include "domain/Schema.h"
#include "storage/Database.h"
#include "sync/ChangeRouter.h"

#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>

#include <functional>

using namespace liaison;
using liaison::test::TestReplica;

static IncidentDraft blankDraft()
{
    IncidentDraft d;
    d.title = QStringLiteral("   ");
    return d;
}

static IncidentDraft blankDraftTitled(const QString &title)
{
    IncidentDraft d;
    d.title = title;
    return d;
}

// "field/code" of the ValidationError an action throws, "ok" when it throws none.
static QString refusalOf(const std::function<void()> &action)
{
    try {
        action();
    } catch (const ValidationError &e) {
        return e.field() + QLatin1Char('/') + e.code();
    }
    return QStringLiteral("ok");
}

class TestServices : public QObject
{
    Q_OBJECT
private slots:
    void incidentLifecycle()
    {
        ManualClock clock;
        TestReplica r(QStringLiteral("a1"), QStringLiteral("CCIRC"), clock);
        IncidentService svc(*r.log);
        QSignalSpy added(&svc, &IncidentService::incidentAdded);
        QSignalSpy changed(&svc, &IncidentService::incidentChanged);
        QSignalSpy removed(&svc, &IncidentService::incidentRemoved);
        QSignalSpy indicators(&svc, &IncidentService::indicatorsChanged);

        const QString id = svc.createIncident(
            {QStringLiteral("  Ransomware at a utility "), QStringLiteral("Summary"),
             Severity::High, Tlp::AmberStrict, QStringLiteral("amber"), QStringLiteral("energy")});
        QCOMPARE(added.count(), 1);
        auto inc = svc.incident(id).value();
        QCOMPARE(inc.title, QStringLiteral("Ransomware at a utility"));
        QCOMPARE(inc.status, QStringLiteral("new"));
        QCOMPARE(inc.tlp, QStringLiteral("amber+strict"));
        QCOMPARE(inc.scope, QStringLiteral("centre"));
        QCOMPARE(inc.ownerCentre, QStringLiteral("CCIRC"));

        svc.setStatus(id, IncidentStatus::Investigating);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(1).toStringList(), QStringList {QStringLiteral("status")});

        const QString ind
            = svc.addIndicator(id, IndicatorType::Domain, QStringLiteral("Evil.Example.com"));
        QCOMPARE(indicators.count(), 1);
        QCOMPARE(indicators.at(0).at(0).toString(), id);
        QCOMPARE(svc.indicators(id).value(0).value, QStringLiteral("evil.example.com"));
        try {
            svc.addIndicator(id, IndicatorType::IPv4, QStringLiteral("999.1.1.1"));
            QFAIL("invalid indicator accepted");
        } catch (const ValidationError &e) {
            QCOMPARE(e.field(), QStringLiteral("value"));
            QCOMPARE(e.code(), QStringLiteral("invalid-ipv4"));
        }
        QCOMPARE(svc.indicators(id).size(), 1);
        svc.removeIndicator(ind);
        QVERIFY(svc.indicators(id).isEmpty());

        svc.addComment(id, QStringLiteral("Seen by our sensors too."));
        QCOMPARE(svc.comments(id).value(0).author, QStringLiteral("a1"));
        const QString task = svc.addTask(id, QStringLiteral("Call the utility"),
                                         QStringLiteral("a1"), QDate(2026, 12, 1));
        svc.setTaskDone(task, true);
        QVERIFY(svc.tasks(id).value(0).done);
        QCOMPARE(svc.tasks(id).value(0).dueDate, QStringLiteral("2026-12-01"));
        QVERIFY_THROWS_EXCEPTION(ValidationError,
                                 svc.addTask(id, QStringLiteral("x"), {}, QDate(1850, 1, 1)));
        svc.assign(id, QStringLiteral("a2"));
        svc.addTag(id, QStringLiteral("ransomware"));
        QCOMPARE(svc.assignees(id).value(0).name, QStringLiteral("a2"));
        QCOMPARE(svc.tags(id).value(0).name, QStringLiteral("ransomware"));

        // TLP:AMBER+STRICT never leaves the centre; lowering it needs a reason.
        try {
            svc.share(id);
            QFAIL("an AMBER+STRICT incident was shared");
        } catch (const ValidationError &e) {
            QCOMPARE(e.code(), QStringLiteral("share-forbidden-amber-strict"));
        }
        QCOMPARE(svc.incident(id)->scope, QStringLiteral("centre"));
        QVERIFY_THROWS_EXCEPTION(ValidationError, svc.setTlp(id, Tlp::Amber));
        QCOMPARE(svc.incident(id)->tlp, QStringLiteral("amber+strict"));
        svc.setTlp(id, Tlp::Amber, QStringLiteral("Utility agreed to partner sharing"));
        QCOMPARE(svc.incident(id)->tlp, QStringLiteral("amber"));
        const auto lowered = svc.comments(id);
        QVERIFY(std::any_of(lowered.begin(), lowered.end(), [](const IncidentComment &c) {
            return c.kind == QLatin1String("release")
                && c.body
                == QStringLiteral("tlp tlp:amber+strict tlp:amber\nUtility agreed to partner "
                                  "sharing")
                && c.scope == QLatin1String("centre");
        }));
        // Sharing records its release in the timeline, with the marking it had.
        const int before = int(svc.comments(id).size());
        svc.share(id);
        QCOMPARE(svc.incident(id)->scope, QStringLiteral("shared"));
        QCOMPARE(svc.comments(id).size(), before + 1);
        bool found = false;
        for (const auto &c : svc.comments(id))
            found = found
                || (c.kind == QLatin1String("release")
                    && c.body == QStringLiteral("share tlp:") + svc.incident(id)->tlp);
        QVERIFY(found);
        QVERIFY_THROWS_EXCEPTION(ValidationError,
                                 svc.recordRelease(QStringLiteral("nope"), ReleaseAction::CopyOut));
        QVERIFY_THROWS_EXCEPTION(ValidationError, svc.createIncident(blankDraft()));
        QVERIFY_THROWS_EXCEPTION(ValidationError,
                                 svc.setTitle(QStringLiteral("nope"), QStringLiteral("x")));

        // Full-text search sees titles, indicators and comments, and follows edits.
        SearchIndex search(r.profile->db());
        QCOMPARE(search.searchIncidents(QStringLiteral("RANSOM utility")), QStringList {id});
        QCOMPARE(search.searchIncidents(QStringLiteral("sensors")), QStringList {id}); // comment
        QVERIFY(search.searchIncidents(QStringLiteral("evil")).isEmpty()); // indicator removed
        svc.setTitle(id, QStringLiteral("Wiper at a utility"));
        QVERIFY(search.searchIncidents(QStringLiteral("ransomware")).isEmpty());
        QCOMPARE(search.searchIncidents(QStringLiteral("wiper")), QStringList {id});
        QVERIFY(search.searchIncidents(QStringLiteral("\"unbalanced OR (")).isEmpty());
        QCOMPARE(search.pending(), 0);

        svc.remove(id);
        QCOMPARE(removed.count(), 1);
        QVERIFY(svc.incidents().isEmpty());
        QVERIFY(search.searchIncidents(QStringLiteral("wiper")).isEmpty());
    }

    void redIsNeverSharedAndCommentsKeepTheirVisibility()
    {
        ManualClock clock;
        TestReplica r(QStringLiteral("a1"), QStringLiteral("CCIRC"), clock);
        IncidentService svc(*r.log);
        IncidentDraft d;
        d.title = QStringLiteral("Exposed OT gateway");
        d.tlp = Tlp::Red;
        const QString id = svc.createIncident(d);
        try {
            svc.share(id);
            QFAIL("a RED incident was shared with a whole centre");
        } catch (const ValidationError &e) {
            QCOMPARE(e.field(), QStringLiteral("tlp"));
            QCOMPARE(e.code(), QStringLiteral("share-forbidden-red"));
        }
        svc.setTlp(id, Tlp::Amber); // lowering RED asks for no reason, but is recorded
        const QString internal = svc.addComment(id, QStringLiteral("Vendor name: ACME"));
        const QString picked = svc.addComment(id, QStringLiteral("Gateway patched"));
        QCOMPARE(svc.comments(id).size(), 3);
        svc.share(id, {picked});
        QCOMPARE(svc.incident(id)->scope, QStringLiteral("shared"));
        QHash<QString, QString> scopes;
        for (const auto &c : svc.comments(id))
            scopes.insert(c.id, c.scope);
        QCOMPARE(scopes.value(internal), QStringLiteral("centre"));
        QCOMPARE(scopes.value(picked), QStringLiteral("shared"));
        // The comments' ops say where they may go: only the picked one is shared.
        QCOMPARE(r.log->opsFor(QStringLiteral("comment"), internal).back().scope,
                 QStringLiteral("centre"));
        QCOMPARE(r.log->opsFor(QStringLiteral("comment"), picked).back().scope,
                 QStringLiteral("shared"));
        // A new comment on a shared incident is internal unless the analyst says otherwise.
        const QString later = svc.addComment(id, QStringLiteral("Our own notes"));
        QCOMPARE(r.log->opsFor(QStringLiteral("comment"), later).back().scope,
                 QStringLiteral("centre"));
        const QString open
            = svc.addComment(id, QStringLiteral("For both centres"), CommentVisibility::Shared);
        QCOMPARE(r.log->opsFor(QStringLiteral("comment"), open).back().scope,
                 QStringLiteral("shared"));
        // Raising the marking of a shared incident is allowed and recorded.
        const int before = int(svc.comments(id).size());
        svc.setTlp(id, Tlp::Red);
        QCOMPARE(svc.incident(id)->tlp, QStringLiteral("red"));
        QCOMPARE(svc.comments(id).size(), before + 1);
        // Only the owner centre shares; a comment of the wrong incident cannot be picked.
        QVERIFY_THROWS_EXCEPTION(ValidationError, svc.share(id, {QStringLiteral("nope")}));
    }

    void redIsSharedWithNamedAnalysts()
    {
        ManualClock clock;
        TestReplica r(QStringLiteral("a1"), QStringLiteral("CCIRC"), clock);
        IncidentService svc(*r.log);
        r.log->recordAnalyst(QStringLiteral("john"), QStringLiteral("John Smith"),
                             QStringLiteral("USCERT"));
        r.log->recordAnalyst(QStringLiteral("luc"), QStringLiteral("Luc Gagnon"),
                             QStringLiteral("CCIRC"));
        IncidentDraft d;
        d.title = QStringLiteral("Exposed OT gateway");
        d.tlp = Tlp::Red;
        const QString id = svc.createIncident(d);
        auto codeOf = [&](const std::function<void()> &call) {
            try {
                call();
            } catch (const ValidationError &e) {
                return e.field() + QLatin1Char('/') + e.code();
            }
            return QStringLiteral("ok");
        };
        QCOMPARE(codeOf([&] { svc.shareWithAnalysts(id, {QStringLiteral("nobody")}); }),
                 QStringLiteral("analyst/unknown"));
        const int comments = int(svc.comments(id).size());
        QCOMPARE(codeOf([&] { svc.shareWithAnalysts(id, {QStringLiteral("john")}); }),
                 QStringLiteral("ok"));
        QCOMPARE(svc.members(id).size(), 1);
        QCOMPARE(svc.members(id).front().name, QStringLiteral("John Smith"));
        QCOMPARE(svc.incident(id)->scope, QStringLiteral("centre")); // never the whole centre
        // One release record, kept internal, naming who.
        QCOMPARE(svc.comments(id).size(), comments + 1);
        QVERIFY(svc.comments(id).back().body.startsWith(QStringLiteral("share-named tlp:red")));
        QCOMPARE(svc.comments(id).back().scope, QStringLiteral("centre"));
        // Naming again changes nothing.
        const int ops = int(r.log->database().scalarInt("SELECT count(*) FROM ops"));
        svc.shareWithAnalysts(id, {QStringLiteral("john")});
        QCOMPARE(int(r.log->database().scalarInt("SELECT count(*) FROM ops")), ops);
        svc.unshareWithAnalyst(id, QStringLiteral("john"));
        QVERIFY(svc.members(id).isEmpty());
        // AMBER+STRICT: to a colleague of the owner centre, never across.
        svc.setTlp(id, Tlp::AmberStrict);
        QCOMPARE(codeOf([&] { svc.shareWithAnalysts(id, {QStringLiteral("john")}); }),
                 QStringLiteral("tlp/share-forbidden-amber-strict"));
        QCOMPARE(codeOf([&] { svc.shareWithAnalysts(id, {QStringLiteral("luc")}); }),
                 QStringLiteral("ok"));
        // Only the owner centre names people.
        TestReplica other(QStringLiteral("b1"), QStringLiteral("USCERT"), clock);
        const auto &mine = r.log->identity();
        other.log->registerDevice(mine.deviceId, mine.key->publicKey(), mine.analystId,
                                  mine.centre);
        QVERIFY(other.log->applyRemote(r.log->opsFor(QStringLiteral("incident"), id)).applied > 0);
        IncidentService theirs(*other.log);
        other.log->recordAnalyst(QStringLiteral("john"), QStringLiteral("John Smith"),
                                 QStringLiteral("USCERT"));
        QVERIFY(theirs.incident(id).has_value());
        QCOMPARE(codeOf([&] { theirs.shareWithAnalysts(id, {QStringLiteral("john")}); }),
                 QStringLiteral("scope/not-owner"));
    }

    // incident add --shared: the incident, its scope and its release record in one
    // transaction (one changesApplied, one outbox change), refused as share() refuses.
    void createSharedIncidentIsOneTransaction()
    {
        ManualClock clock;
        TestReplica r(QStringLiteral("a1"), QStringLiteral("CCIRC"), clock);
        IncidentService svc(*r.log);
        QSignalSpy applied(r.log.get(), &OpLog::changesApplied);
        QSignalSpy outbox(r.log.get(), &OpLog::outboxChanged);
        IncidentDraft d = blankDraftTitled(QStringLiteral(" Shared at birth "));
        d.tlp = Tlp::Green;
        const QString id = svc.createSharedIncident(d);
        QCOMPARE(applied.count(), 1);
        QCOMPARE(outbox.count(), 1);
        QCOMPARE(r.log->outboxSize(), 3);
        const auto changes = applied.at(0).at(0).value<QList<AppliedChange>>();
        QCOMPARE(changes.size(), 3);
        const Incident inc = svc.incident(id).value();
        QCOMPARE(inc.title, QStringLiteral("Shared at birth"));
        QCOMPARE(inc.scope, QStringLiteral("shared"));
        QCOMPARE(inc.ownerCentre, QStringLiteral("CCIRC"));
        const auto ops = r.log->opsFor(QStringLiteral("incident"), id);
        QCOMPARE(ops.size(), std::size_t(2));
        QCOMPARE(ops.back().seq, ops.front().seq + 1);
        const auto comments = svc.comments(id);
        QCOMPARE(comments.size(), 1);
        QCOMPARE(comments.at(0).kind, QStringLiteral("release"));
        QCOMPARE(comments.at(0).body, QStringLiteral("share tlp:green"));
        QCOMPARE(comments.at(0).scope, QStringLiteral("centre"));

        // AMBER+STRICT and RED: the same refusal as share(), and nothing written.
        const std::pair<Tlp, const char *> refused[] = {
            {Tlp::AmberStrict, "share-forbidden-amber-strict"}, {Tlp::Red, "share-forbidden-red"}};
        for (const auto &[tlp, code] : refused) {
            d.tlp = tlp;
            try {
                svc.createSharedIncident(d);
                QFAIL("a shared incident was created under a marking that forbids it");
            } catch (const ValidationError &e) {
                QCOMPARE(e.field(), QStringLiteral("tlp"));
                QCOMPARE(e.code(), QLatin1String(code));
            }
        }
        QCOMPARE(applied.count(), 1);
        QCOMPARE(r.log->outboxSize(), 3);
        QCOMPARE(svc.incidents().size(), 1);
    }

    // IncidentDraft::id: the caller's id (a script's retry), checked and never reused.
    void createIncidentWithAGivenId()
    {
        ManualClock clock;
        TestReplica r(QStringLiteral("a1"), QStringLiteral("CCIRC"), clock);
        IncidentService svc(*r.log);
        IncidentDraft d = blankDraftTitled(QStringLiteral("Known id"));
        d.id = QStringLiteral("0b8a2c9e-4f6d-4e1a-9c3b-7d5e6f708192");
        QCOMPARE(svc.createIncident(d), d.id);
        QCOMPARE(svc.incident(d.id)->title, QStringLiteral("Known id"));
        const auto expectRefusal = [&](const IncidentDraft &draft, const char *code) {
            try {
                svc.createIncident(draft);
                QFAIL("id accepted");
            } catch (const ValidationError &e) {
                QCOMPARE(e.field(), QStringLiteral("id"));
                QCOMPARE(e.code(), QLatin1String(code));
            }
        };
        expectRefusal(d, "exists");
        svc.remove(d.id);
        expectRefusal(d, "exists"); // deleted: the id stays taken
        for (const char *bad : {"0B8A2C9E-4F6D-4E1A-9C3B-7D5E6F708193",
                                "{0b8a2c9e-4f6d-4e1a-9c3b-7d5e6f708193}", "not-a-uuid"}) {
            IncidentDraft b = blankDraftTitled(QStringLiteral("Bad id"));
            b.id = QLatin1String(bad);
            expectRefusal(b, "invalid");
        }
        QVERIFY(IncidentService::isIncidentId(IncidentService::newId()));
        QCOMPARE(r.log->outboxSize(), 2);
    }

    void chat()
    {
        ManualClock clock;
        TestReplica r(QStringLiteral("a1"), QStringLiteral("CCIRC"), clock);
        ChatService chat(*r.log);
        QSignalSpy messages(&chat, &ChatService::messageAdded);
        const QString ch = chat.createGroup(QStringLiteral("CCIRC ↔ US-CERT"),
                                            QStringLiteral("shared"), QStringLiteral("green"));
        QCOMPARE(chat.channels().value(0).scope, QStringLiteral("shared"));
        chat.send(ch, QStringLiteral("Bonjour"));
        chat.send(ch, QStringLiteral("Second"));
        QCOMPARE(messages.count(), 2);
        QCOMPARE(chat.messages(ch).size(), 2);
        QCOMPARE(chat.messages(ch).value(0).author, QStringLiteral("a1"));
        QCOMPARE(chat.messages(ch).value(0).sentAt, clock.nowMs()); // the injected clock
        QCOMPARE(chat.unreadCount(ch), 0); // one's own messages are not unread
        QVERIFY_THROWS_EXCEPTION(ValidationError, chat.send(ch, QStringLiteral("  ")));
        QVERIFY_THROWS_EXCEPTION(ValidationError,
                                 chat.send(QStringLiteral("missing"), QStringLiteral("x")));
        QVERIFY_THROWS_EXCEPTION(ValidationError, chat.send(ch, QString(20000, QLatin1Char('x'))));
        QVERIFY_THROWS_EXCEPTION(ValidationError, chat.markRead(ch, QStringLiteral("missing")));
    }

    void chatOrderTrustsNoWallClock()
    {
        // B's wall clock is a minute behind A's: by wall clock, B's reply would come before the
        // message it answers. Order and unread counts follow (hlc, device) instead.
        ManualClock clockA(1'700'000'000'000);
        ManualClock clockB(1'700'000'000'000 - 60'000);
        TestReplica a(QStringLiteral("a1"), QStringLiteral("CCIRC"), clockA);
        TestReplica b(QStringLiteral("b1"), QStringLiteral("USCERT"), clockB);
        auto introduce = [](TestReplica &to, TestReplica &from) {
            const auto &id = from.log->identity();
            to.log->registerDevice(id.deviceId, id.key->publicKey(), id.analystId, id.centre);
        };
        introduce(a, b);
        introduce(b, a);
        ChatService chatA(*a.log);
        ChatService chatB(*b.log);
        auto sync = [](TestReplica &from, TestReplica &to) {
            std::vector<Op> ops = from.log->pendingOutbox(1000);
            to.log->applyRemote(ops);
        };
        const QString ch = chatA.createGroup(QStringLiteral("Bridge"), QStringLiteral("shared"),
                                             QStringLiteral("green"));
        const QString question = chatA.send(ch, QStringLiteral("Seen 203.0.113.45?"));
        sync(a, b);
        const QString answer = chatB.send(ch, QStringLiteral("Yes, since Monday"));
        sync(b, a);
        QVERIFY(chatB.messages(ch).value(1).sentAt < chatB.messages(ch).value(0).sentAt);
        for (ChatService *chat : {&chatA, &chatB}) {
            const auto list = chat->messages(ch);
            QCOMPARE(list.size(), 2);
            QCOMPARE(list.value(0).id, question);
            QCOMPARE(list.value(1).id, answer);
        }
        // A has one unread message (B's); reading up to it clears it, and a later message of
        // B counts again although its wall-clock time is earlier than everything A sent.
        QCOMPARE(chatA.unreadCount(ch), 1);
        chatA.markRead(ch, answer);
        QCOMPARE(chatA.unreadCount(ch), 0);
        chatB.send(ch, QStringLiteral("And one more"));
        sync(b, a);
        QCOMPARE(chatA.unreadCount(ch), 1);
        QCOMPARE(chatB.unreadCount(ch), 1); // A's question, never marked read on B
    }

    void schedule()
    {
        ManualClock clock;
        TestReplica r(QStringLiteral("a1"), QStringLiteral("CCIRC"), clock);
        ScheduleService sched(*r.log);
        Contact c;
        c.name = QStringLiteral("Jane Doe");
        c.emails = {QStringLiteral("jane@EXAMPLE.gov")};
        c.timezone = QStringLiteral("America/New_York");
        const QString contact = sched.saveContact(c);
        QCOMPARE(sched.contacts().value(0).email(), QStringLiteral("jane@example.gov"));
        // An edit sends only what changed (so it cannot undo others' concurrent edits).
        Contact edited = sched.contacts().value(0);
        edited.role = QStringLiteral("Liaison officer");
        const int opsBefore = int(r.profile->db().scalarInt("SELECT count(*) FROM ops"));
        sched.saveContact(edited);
        QCOMPARE(int(r.profile->db().scalarInt("SELECT count(*) FROM ops")), opsBefore + 1);
        const auto lastOp = r.log->opsFor(QStringLiteral("contact"), contact).back();
        QCOMPARE(lastOp.fields.size(), 1u);
        QCOMPARE(lastOp.fields[0].first, QStringLiteral("role"));
        sched.saveContact(edited); // nothing changed: no op
        QCOMPARE(int(r.profile->db().scalarInt("SELECT count(*) FROM ops")), opsBefore + 1);
        c.emails = {QStringLiteral("not-an-email")};
        QVERIFY_THROWS_EXCEPTION(ValidationError, sched.saveContact(c));
        c.emails.clear();
        c.timezone = QStringLiteral("Mars/Olympus_Mons");
        QVERIFY_THROWS_EXCEPTION(ValidationError, sched.saveContact(c));
        // The scheduler's one rule for zones (domain/TimeZones): IANA ids and their links, not
        // Qt's fixed offsets.
        c.timezone = QStringLiteral("UTC-05:00");
        QVERIFY_THROWS_EXCEPTION(ValidationError, sched.saveContact(c));
        c.timezone = QStringLiteral("Etc/UTC");
        sched.saveContact(c);

        Visit v;
        v.title = QStringLiteral("Exchange visit, Ottawa");
        v.kind = QStringLiteral("in_person");
        v.timezone = QStringLiteral("America/Toronto");
        v.startsAt = QDateTime(QDate(2027, 3, 1), QTime(9, 0), QTimeZone::utc());
        v.endsAt = v.startsAt.addSecs(3600 * 8);
        const QString visit = sched.saveVisit(v);
        sched.addAttendee(visit, contact);
        QCOMPARE(sched.attendees(visit), QStringList {contact});
        QCOMPARE(sched.visits().value(0).startsAt, v.startsAt);
        Visit impossible = v;
        impossible.endsAt = v.startsAt.addSecs(-60);
        QVERIFY_THROWS_EXCEPTION(ValidationError, sched.saveVisit(impossible));
        impossible = v;
        impossible.startsAt = QDateTime();
        QVERIFY_THROWS_EXCEPTION(ValidationError, sched.saveVisit(impossible));

        // What a month or week view reads: the visits overlapping a range, touching ends out.
        Visit later = v;
        later.title = QStringLiteral("Call with US-CERT");
        later.startsAt = v.startsAt.addDays(3);
        later.endsAt = later.startsAt.addSecs(1800);
        const QString laterId = sched.saveVisit(later);
        auto ids = [&](const QDateTime &from, const QDateTime &to) {
            QStringList out;
            for (const Visit &found : sched.visitsBetween(from, to))
                out << found.id;
            return out;
        };
        QCOMPARE(ids(v.startsAt.addDays(-1), v.startsAt.addDays(7)),
                 (QStringList {visit, laterId}));
        QCOMPARE(ids(v.endsAt, later.startsAt), QStringList {}); // [end, start): neither
        QCOMPARE(ids(v.endsAt.addSecs(-1), later.startsAt.addSecs(1)),
                 (QStringList {visit, laterId}));
        QCOMPARE(ids(later.startsAt.addSecs(60), later.startsAt.addSecs(120)),
                 QStringList {laterId}); // inside it
        QCOMPARE(ids(later.endsAt, v.startsAt), QStringList {}); // an empty range
        sched.removeVisit(laterId);
        QCOMPARE(ids(v.startsAt.addDays(-1), v.startsAt.addDays(7)), QStringList {visit});
    }

    // A visit's agenda (the meetings table): items saved, listed by start, edited with only
    // what changed, removed; every refusal by its field and code.
    void agendaItems()
    {
        ManualClock clock;
        TestReplica r(QStringLiteral("a1"), QStringLiteral("CCIRC"), clock);
        ScheduleService sched(*r.log);
        Visit v;
        v.title = QStringLiteral("Exchange visit, Ottawa");
        v.kind = QStringLiteral("in_person");
        v.timezone = QStringLiteral("America/Toronto");
        v.allDay = true;
        v.startDate = QDate(2027, 3, 8);
        v.endDate = QDate(2027, 3, 10);
        const QString visit = sched.saveVisit(v);
        QSignalSpy changed(&sched, &ScheduleService::visitChanged);
        const auto refusal = [&](const AgendaItem &item) {
            try {
                sched.saveAgendaItem(item);
            } catch (const ValidationError &e) {
                return e.field() + QLatin1Char('/') + e.code();
            }
            return QString();
        };
        AgendaItem a;
        a.visitId = visit;
        a.title = QStringLiteral("  Joint  triage ");
        a.startsAt = QDateTime(QDate(2027, 3, 9), QTime(14, 0), QTimeZone::utc());
        a.endsAt = a.startsAt.addSecs(5400);
        a.timezone = QStringLiteral("America/Toronto");
        a.location = QStringLiteral("Room 201");
        a.owner = QStringLiteral("Luc Gagnon");
        const QString second = sched.saveAgendaItem(a);
        AgendaItem first = a;
        first.title = QStringLiteral("Welcome");
        first.startsAt = QDateTime(QDate(2027, 3, 8), QTime(13, 30), QTimeZone::utc());
        first.endsAt = first.startsAt.addSecs(1800);
        const QString firstId = sched.saveAgendaItem(first);
        QCOMPARE(changed.count(), 2);
        QCOMPARE(changed.value(0).value(0).toString(), visit);
        auto agenda = sched.agendaOf(visit);
        QCOMPARE(agenda.size(), 2);
        QCOMPARE(agenda.value(0).id, firstId);
        QCOMPARE(agenda.value(1).id, second);
        QCOMPARE(agenda.value(1).title, QStringLiteral("Joint triage"));
        QCOMPARE(agenda.value(1).startsAt, a.startsAt);
        QCOMPARE(agenda.value(1).endsAt, a.endsAt);
        QCOMPARE(agenda.value(1).owner, QStringLiteral("Luc Gagnon"));
        QCOMPARE(agenda.value(1).location, QStringLiteral("Room 201"));
        QCOMPARE(agenda.value(1).timezone, QStringLiteral("America/Toronto"));

        // An edit commits only what changed.
        AgendaItem edited = agenda.value(1);
        edited.owner = QStringLiteral("Dana Lee");
        sched.saveAgendaItem(edited);
        const auto lastOp = r.log->opsFor(QStringLiteral("meeting"), second).back();
        QCOMPARE(lastOp.fields.size(), 1u);
        QCOMPARE(lastOp.fields[0].first, QStringLiteral("owner"));
        QCOMPARE(sched.agendaOf(visit).value(1).owner, QStringLiteral("Dana Lee"));

        AgendaItem bad = a;
        bad.title = QStringLiteral("   ");
        QCOMPARE(refusal(bad), QStringLiteral("title/required"));
        bad = a;
        bad.startsAt = QDateTime();
        QCOMPARE(refusal(bad), QStringLiteral("starts_at/invalid"));
        bad = a;
        bad.endsAt = a.startsAt;
        QCOMPARE(refusal(bad), QStringLiteral("ends_at/before-start"));
        bad = a;
        bad.startsAt = QDateTime(QDate(2027, 3, 11), QTime(10, 0), QTimeZone::utc());
        bad.endsAt = bad.startsAt.addSecs(3600);
        QCOMPARE(refusal(bad), QStringLiteral("starts_at/outside-visit"));
        bad = a;
        bad.timezone = QStringLiteral("UTC-05:00");
        QCOMPARE(refusal(bad), QStringLiteral("timezone/unknown"));
        bad = a;
        bad.visitId = QStringLiteral("no-such-visit");
        QCOMPARE(refusal(bad), QStringLiteral("visit/not-found"));
        bad = a;
        bad.id = QStringLiteral("no-such-item");
        QCOMPARE(refusal(bad), QStringLiteral("record/not-found"));
        Visit other = v;
        other.title = QStringLiteral("Another visit");
        const QString otherVisit = sched.saveVisit(other);
        bad = edited;
        bad.visitId = otherVisit;
        QCOMPARE(refusal(bad), QStringLiteral("visit/mismatch"));
        QVERIFY(
            !refusalText(QStringLiteral("starts_at"), QStringLiteral("outside-visit")).isEmpty());
        QVERIFY(!refusalText(QStringLiteral("visit"), QStringLiteral("mismatch")).isEmpty());

        sched.removeAgendaItem(firstId);
        QCOMPARE(sched.agendaOf(visit).size(), 1);
        QVERIFY_THROWS_EXCEPTION(ValidationError, sched.removeAgendaItem(QStringLiteral("nope")));
        // A closed visit's agenda no longer changes.
        sched.cancel(visit, QStringLiteral("Budget"));
        QCOMPARE(refusal(edited), QStringLiteral("status/closed"));
        QCOMPARE(sched.agendaOf(otherVisit).size(), 0);
    }

    // "Changed since I last looked": remote changes to an incident or its children mark it,
    // opening it clears the mark, local edits never set it.
    void unseenFollowsRemoteChanges()
    {
        ManualClock clock;
        test::TestReplica mine(QStringLiteral("me"), QStringLiteral("CCIRC"), clock);
        test::TestReplica theirs(QStringLiteral("them"), QStringLiteral("CCIRC"), clock);
        IncidentService svc(*mine.log);
        IncidentService other(*theirs.log);
        const auto &them = theirs.log->identity();
        mine.log->registerDevice(them.deviceId, them.key->publicKey(), them.analystId, them.centre);
        auto deliver = [&](const std::vector<Op> &ops) {
            QCOMPARE(mine.log->applyRemote(ops).applied, int(ops.size()));
        };
        QSignalSpy seen(&svc, &IncidentService::seenChanged);
        const QString local = svc.createIncident(blankDraftTitled(QStringLiteral("Mine")));
        QVERIFY(svc.unseenIncidents().isEmpty());

        std::vector<Op> ops;
        QObject::connect(theirs.log.get(), &OpLog::outboxChanged,
                         [&] { ops = theirs.log->pendingOutbox(100); });
        const QString remote = other.createIncident(blankDraftTitled(QStringLiteral("Theirs")));
        deliver(ops);
        QCOMPARE(svc.unseenIncidents(), QSet<QString> {remote});
        QCOMPARE(seen.count(), 1);
        svc.markSeen(remote);
        QVERIFY(svc.unseenIncidents().isEmpty());
        QCOMPARE(seen.last().at(1).toBool(), false);

        // A child (an indicator) changed remotely marks its incident.
        for (const auto &op : ops)
            theirs.log->acknowledge(op.id(), 1);
        other.addIndicator(remote, IndicatorType::Domain, QStringLiteral("evil.example"));
        const std::vector<Op> child = theirs.log->pendingOutbox(100);
        QCOMPARE(child.size(), std::size_t(1));
        deliver(child);
        QCOMPARE(svc.unseenIncidents(), QSet<QString> {remote});
        svc.assign(local, QStringLiteral("me"));
        QCOMPARE(svc.incidentsAssignedTo(QStringLiteral("me")), QSet<QString> {local});
        QVERIFY(!svc.unseenIncidents().contains(local));
    }

    // What the incident window reads of the audit trail, the directory and the drafts comes
    // from the service (the window holds no op log): the history of the incident and of every
    // record under it (a removed file too), newest first, nothing else.
    void historyNamesAndDraftsComeFromTheService()
    {
        ManualClock clock;
        TestReplica r(QStringLiteral("a1"), QStringLiteral("CCIRC"), clock);
        IncidentService svc(*r.log);
        const QString id = svc.createIncident(blankDraftTitled(QStringLiteral("Phishing")));
        const auto step = [&] { clock.advance(1000); };
        step();
        const QString indicator
            = svc.addIndicator(id, IndicatorType::Domain, QStringLiteral("evil.example"));
        step();
        const QString comment = svc.addComment(id, QStringLiteral("Seen at two sites"));
        step();
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("capture.pcap")));
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write("pcap bytes") > 0);
        file.close();
        const QString evidence = svc.addEvidence(id, file.fileName());
        step();
        svc.removeEvidence(evidence);
        step();
        svc.addTask(id, QStringLiteral("Call the utility"));
        step();
        svc.setTitle(id, QStringLiteral("Phishing wave"));

        const QList<Op> history = svc.history(id);
        QStringList records;
        for (int i = 0; i < history.size(); ++i) {
            if (i > 0)
                QVERIFY(history.at(i - 1).hlc > history.at(i).hlc);
            records << history.at(i).entity + QLatin1Char('/') + history.at(i).entityId;
        }
        QCOMPARE(records.first(), QStringLiteral("incident/") + id);
        QVERIFY(records.contains(QStringLiteral("indicator/") + indicator));
        QVERIFY(records.contains(QStringLiteral("comment/") + comment));
        QCOMPARE(records.count(QStringLiteral("evidence/") + evidence), 2); // added, removed
        // Tasks too (every kind of record under the incident).
        QCOMPARE(std::count_if(history.begin(), history.end(),
                               [](const Op &op) { return op.entity == QLatin1String("task"); }),
                 1);
        const int incidentOps = int(records.count(QStringLiteral("incident/") + id));
        QVERIFY(incidentOps >= 2); // created, retitled
        QCOMPARE(records.size(), incidentOps + 5);

        // Names: the directory's, else the id.
        r.log->recordAnalyst(QStringLiteral("marie"), QStringLiteral("Marie Tremblay"),
                             QStringLiteral("CCIRC"));
        QCOMPARE(svc.analystName(QStringLiteral("marie")), QStringLiteral("Marie Tremblay"));
        QCOMPARE(svc.analystName(QStringLiteral("nobody")), QStringLiteral("nobody"));

        // Drafts: kept in the profile, never an op.
        const int ops = int(r.log->pendingOutbox(1000).size());
        svc.drafts().save(QStringLiteral("incident/") + id,
                          {{QStringLiteral("title"), QStringLiteral("Half-typed")}}, 1);
        QCOMPARE(svc.drafts().load(QStringLiteral("incident/") + id).value(QStringLiteral("title")),
                 QStringLiteral("Half-typed"));
        QCOMPARE(int(r.log->pendingOutbox(1000).size()), ops);
        svc.drafts().remove(QStringLiteral("incident/") + id);
        QVERIFY(svc.drafts().load(QStringLiteral("incident/") + id).isEmpty());
    }

    // Lengths and required fields come from the registry (domain/Schema) and are checked in
    // one place (ServiceBase::checkChange) for every service; nothing refused is written.
    void registryRulesRefuseLocalEdits()
    {
        ManualClock clock;
        TestReplica r(QStringLiteral("a1"), QStringLiteral("CCIRC"), clock);
        IncidentService svc(*r.log);
        ChatService chat(*r.log);
        ScheduleService sched(*r.log);
        const QString tooLong(kMaxLabel + 1, QLatin1Char('x'));
        QCOMPARE(refusalOf([&] { svc.createIncident(blankDraftTitled(tooLong)); }),
                 QStringLiteral("title/too-long"));
        QCOMPARE(refusalText(QStringLiteral("title"), QStringLiteral("too-long")),
                 QStringLiteral("The title is too long."));
        // The limit itself is allowed.
        const QString id
            = svc.createIncident(blankDraftTitled(QString(kMaxLabel, QLatin1Char('x'))));
        const int written = r.log->outboxSize();
        QCOMPARE(refusalOf([&] { svc.setTitle(id, tooLong); }), QStringLiteral("title/too-long"));
        QCOMPARE(refusalOf([&] { svc.setTitle(id, QStringLiteral("  ")); }),
                 QStringLiteral("title/required"));
        QCOMPARE(refusalOf([&] { svc.setSector(id, tooLong); }), QStringLiteral("sector/too-long"));
        QCOMPARE(refusalOf([&] { svc.setSummary(id, QString(kMaxText + 1, QLatin1Char('s'))); }),
                 QStringLiteral("summary/too-long"));
        QCOMPARE(refusalOf([&] { svc.addTag(id, QString(kMaxTag + 1, QLatin1Char('t'))); }),
                 QStringLiteral("name/too-long"));
        QCOMPARE(refusalOf([&] { svc.addTag(id, QStringLiteral(" ")); }),
                 QStringLiteral("name/required"));
        QCOMPARE(refusalOf([&] { svc.assign(id, QStringLiteral(" ")); }),
                 QStringLiteral("analyst_id/required"));
        QCOMPARE(refusalOf([&] { svc.addTask(id, QStringLiteral(" "), {}, {}); }),
                 QStringLiteral("title/required"));
        QCOMPARE(refusalOf([&] { svc.addComment(id, QString(kMaxText + 1, QLatin1Char('c'))); }),
                 QStringLiteral("body/too-long"));
        QCOMPARE(refusalOf([&] {
                     chat.createGroup(QString(kMaxChannelName + 1, QLatin1Char('c')),
                                      QStringLiteral("shared"), QStringLiteral("green"));
                 }),
                 QStringLiteral("name/too-long"));
        QCOMPARE(refusalOf([&] {
                     chat.createGroup(QStringLiteral(" "), QStringLiteral("shared"),
                                      QStringLiteral("green"));
                 }),
                 QStringLiteral("name/required"));
        Contact contact;
        contact.name = QStringLiteral("Jean Tremblay");
        contact.notes = QString(kMaxText + 1, QLatin1Char('n'));
        QCOMPARE(refusalOf([&] { sched.saveContact(contact); }), QStringLiteral("notes/too-long"));
        QCOMPARE(refusalText(QStringLiteral("notes"), QStringLiteral("too-long")),
                 QStringLiteral("The note is too long."));
        contact.notes.clear();
        contact.organisation = tooLong;
        QCOMPARE(refusalOf([&] { sched.saveContact(contact); }),
                 QStringLiteral("organisation/too-long"));
        QCOMPARE(r.log->outboxSize(), written);

        // A creation carries every required field; an edit is checked on what it carries.
        const Change partial {QString::fromLatin1(entity::Incident),
                              QStringLiteral("i1"),
                              {{QStringLiteral("summary"), QStringLiteral("No title")}}};
        QCOMPARE(refusalOf([&] { ServiceBase::checkChange(partial, true); }),
                 QStringLiteral("title/required"));
        QCOMPARE(refusalOf([&] { ServiceBase::checkChange(partial, false); }),
                 QStringLiteral("ok"));
        QCOMPARE(refusalText(QStringLiteral("title"), QStringLiteral("required")),
                 QStringLiteral("The title is required."));
    }

    // The registry's rules are sane: limits only on text, each below what an op may carry on
    // the wire (Op::fromJson: 64 Ki), and every limited or required field has a name the
    // refusal sentence can say.
    void registryRulesAreConsistent()
    {
        QCOMPARE(maxLengthOf(entity::Incident, "title"), kMaxLabel);
        QCOMPARE(maxLengthOf(entity::Incident, "no-such-field"), 0);
        const QString unnamed = fieldLabel({}, QStringLiteral("no-such-field"));
        for (const auto &def : entityDefs()) {
            for (const auto &f : def.fields) {
                const QString where
                    = QLatin1String(def.name) + QLatin1Char('.') + QLatin1String(f.name);
                QVERIFY2(f.maxLength >= 0 && f.maxLength <= 64 * 1024, qPrintable(where));
                QVERIFY2(f.maxLength == 0 || f.type == FieldType::Text, qPrintable(where));
                QVERIFY2(!f.searchable() || f.type == FieldType::Text, qPrintable(where));
                if (f.maxLength > 0 || f.required())
                    QVERIFY2(fieldLabel(QLatin1String(def.name), QLatin1String(f.name)) != unnamed,
                             qPrintable(where));
            }
            // A child is always made under its parent.
            if (def.isChild())
                QVERIFY2(def.field(QLatin1String(def.parentField))->required(), def.name);
        }
    }

    // A remote op is not held to this version's limits: an over-long title (a later version,
    // another client) is applied as it is, on every replica alike, and other fields of the
    // record can still be edited; only writing an over-long value here is refused.
    void remoteOverLongValuesAreKept()
    {
        ManualClock clock;
        TestReplica theirs(QStringLiteral("them"), QStringLiteral("CCIRC"), clock);
        TestReplica mine(QStringLiteral("me"), QStringLiteral("CCIRC"), clock);
        const auto &them = theirs.log->identity();
        mine.log->registerDevice(them.deviceId, them.key->publicKey(), them.analystId, them.centre);
        const QString id = IncidentService::newId();
        const QString title(kMaxLabel * 4, QLatin1Char('L'));
        // Straight through the op log, as a client without these limits would write it.
        theirs.log->commit({{QString::fromLatin1(entity::Incident),
                             id,
                             {{QStringLiteral("title"), title},
                              {QStringLiteral("summary"), QString()},
                              {QStringLiteral("status"), QStringLiteral("new")},
                              {QStringLiteral("severity"), QStringLiteral("high")},
                              {QStringLiteral("tlp"), QStringLiteral("amber")},
                              {QStringLiteral("pap"), QStringLiteral("amber")},
                              {QStringLiteral("sector"), QString()},
                              {QStringLiteral("owner_centre"), QStringLiteral("CCIRC")},
                              {QStringLiteral("scope"), QStringLiteral("centre")},
                              {QStringLiteral("created_at"), qint64(1)},
                              {QStringLiteral("deleted"), false}}}});
        const auto result = mine.log->applyRemote(theirs.log->pendingOutbox(10));
        QCOMPARE(result.applied, 1);
        QCOMPARE(result.rejected, 0);
        IncidentService svc(*mine.log);
        QCOMPARE(svc.incident(id)->title, title);
        QCOMPARE(mine.log->stateHash(), theirs.log->stateHash());
        // The form sends the title back unchanged with the new status: only the status is
        // written.
        IncidentEdit edit;
        edit.title = title;
        edit.status = IncidentStatus::Investigating;
        QCOMPARE(refusalOf([&] { svc.edit(id, edit); }), QStringLiteral("ok"));
        QCOMPARE(svc.incident(id)->status, QStringLiteral("investigating"));
        QCOMPARE(svc.incident(id)->title, title);
        QCOMPARE(mine.log->opsFor(QStringLiteral("incident"), id).back().fields.size(),
                 std::size_t(1));
        QCOMPARE(refusalOf([&] { svc.setTitle(id, title); }), QStringLiteral("title/too-long"));
        QCOMPARE(svc.incident(id)->title, title);
    }

    // The full-text index's FTS4 tables and triggers are written by hand in the migrations
    // (profile schema); SearchIndex takes its columns from the registry's searchable flags.
    // They must say the same: every searchable field is indexed and re-indexed on change, and
    // no other table has an index.
    void fullTextIndexMatchesSearchableFields()
    {
        ManualClock clock;
        TestReplica r(QStringLiteral("a1"), QStringLiteral("CCIRC"), clock);
        Database &db = r.profile->db();
        static const QRegularExpression updateOf(QStringLiteral("AFTER UPDATE OF (.+) ON (\\w+)"));
        QStringList indexed;
        for (const auto &def : entityDefs()) {
            QStringList searchable;
            for (const auto &f : def.fields) {
                if (f.searchable())
                    searchable << QString::fromLatin1(f.name);
            }
            const QString table = QString::fromLatin1(def.table);
            auto fts = db.prepare(
                "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?1");
            fts.bind(1, table + QStringLiteral("_fts"));
            QVERIFY(fts.step());
            QCOMPARE(fts.int64(0) == 1, !searchable.isEmpty());
            if (searchable.isEmpty())
                continue;
            indexed << table + QStringLiteral("_fts");
            auto columns
                = db.prepare((std::string("PRAGMA table_info(") + def.table + "_fts)").c_str());
            QStringList have;
            while (columns.step())
                have << columns.text(1);
            QCOMPARE(have, searchable);
            QCOMPARE(QString::fromLatin1(def.searchableColumns().c_str()),
                     searchable.join(QStringLiteral(", ")));
            // Insert, update of a searchable field or of deleted, and delete note the row.
            for (const char *suffix : {"_search_ai", "_search_au", "_search_ad"}) {
                auto trigger = db.prepare(
                    "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?1");
                trigger.bind(1, table + QLatin1String(suffix));
                QVERIFY2(trigger.step(), qPrintable(table + QLatin1String(suffix)));
                const QString sql = trigger.text(0);
                QVERIFY2(sql.contains(QStringLiteral("'") + table + QStringLiteral("'")),
                         qPrintable(sql));
                if (QLatin1String(suffix) != QLatin1String("_search_au"))
                    continue;
                const auto m = updateOf.match(sql);
                QVERIFY2(m.hasMatch(), qPrintable(sql));
                QCOMPARE(m.captured(2), table);
                QCOMPARE(m.captured(1).split(QStringLiteral(", ")),
                         searchable + QStringList {QStringLiteral("deleted")});
            }
        }
        auto all = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE "
                              "'CREATE VIRTUAL TABLE%' ORDER BY name");
        QStringList virtualTables;
        while (all.step())
            virtualTables << all.text(0);
        indexed.sort();
        QCOMPARE(virtualTables, indexed);
    }

    // One dispatcher from entity to the service that owns it (OpLog::router): every entity of
    // the registry goes to the service of its root, and a change reaches only that service,
    // local or remote, once per batch, with the same signals as before.
    void changesReachOnlyTheirOwner()
    {
        ManualClock clock;
        TestReplica r(QStringLiteral("me"), QStringLiteral("CCIRC"), clock);
        IncidentService incidents(*r.log);
        ChatService chat(*r.log);
        ScheduleService schedule(*r.log);
        const ChangeRouter &router = r.log->router();
        const auto ownerOfRoot = [&](const EntityDef &root) -> const QObject * {
            if (root.name == std::string_view(entity::Incident)
                || root.name == std::string_view(entity::IncidentTemplate))
                return &incidents;
            if (root.name == std::string_view(entity::Channel))
                return &chat;
            return &schedule; // contacts and visits
        };
        for (const auto &def : entityDefs())
            QCOMPARE(router.ownersOf(QLatin1String(def.name)),
                     QList<const QObject *> {ownerOfRoot(def.rootDef())});

        QSignalSpy indicators(&incidents, &IncidentService::indicatorsChanged);
        QSignalSpy channels(&chat, &ChatService::channelChanged);
        QSignalSpy contacts(&schedule, &ScheduleService::contactChanged);
        const QString id = incidents.createIncident(blankDraftTitled(QStringLiteral("Routed")));
        incidents.addIndicator(id, IndicatorType::Domain, QStringLiteral("evil.example"));
        QCOMPARE(indicators.count(), 1);
        QCOMPARE(indicators.at(0).at(0).toString(), id);
        QCOMPARE(router.deliveries(&incidents), 2);
        QCOMPARE(router.deliveries(&chat), 0);
        QCOMPARE(router.deliveries(&schedule), 0);
        QCOMPARE(channels.count() + contacts.count(), 0);

        // One batch that touches all three: each is called once, with its own share.
        r.log->commit({{QString::fromLatin1(entity::Indicator),
                        IncidentService::newId(),
                        {{QStringLiteral("incident_id"), id},
                         {QStringLiteral("type"), QStringLiteral("domain")},
                         {QStringLiteral("value"), QStringLiteral("other.example")}}},
                       {QString::fromLatin1(entity::Channel),
                        QStringLiteral("c1"),
                        {{QStringLiteral("name"), QStringLiteral("Bridge")},
                         {QStringLiteral("scope"), QStringLiteral("centre")}}},
                       {QString::fromLatin1(entity::Contact),
                        QStringLiteral("k1"),
                        {{QStringLiteral("name"), QStringLiteral("Jean")},
                         {QStringLiteral("scope"), QStringLiteral("centre")}}}});
        QCOMPARE(router.deliveries(&incidents), 3);
        QCOMPARE(router.deliveries(&chat), 1);
        QCOMPARE(router.deliveries(&schedule), 1);
        QCOMPARE(indicators.count(), 2);
        QCOMPARE(channels.count(), 1);
        QCOMPARE(contacts.count(), 1);

        // A remote indicator: IncidentService says so and marks its incident unseen; the
        // others hear nothing.
        TestReplica theirs(QStringLiteral("them"), QStringLiteral("CCIRC"), clock);
        const auto &them = theirs.log->identity();
        r.log->registerDevice(them.deviceId, them.key->publicKey(), them.analystId, them.centre);
        theirs.log->commit({{QString::fromLatin1(entity::Indicator),
                             IncidentService::newId(),
                             {{QStringLiteral("incident_id"), id},
                              {QStringLiteral("type"), QStringLiteral("domain")},
                              {QStringLiteral("value"), QStringLiteral("third.example")}}}});
        QSignalSpy seen(&incidents, &IncidentService::seenChanged);
        QCOMPARE(r.log->applyRemote(theirs.log->pendingOutbox(10)).applied, 1);
        QCOMPARE(indicators.count(), 3);
        QCOMPARE(seen.count(), 1);
        QCOMPARE(seen.at(0).at(0).toString(), id);
        QCOMPARE(router.deliveries(&chat), 1);
        QCOMPARE(router.deliveries(&schedule), 1);
    }

    // CSV: RFC 4180 quoting, UTF-8 with BOM, one row per indicator, formula injection defused.
    void csvExport()
    {
        ManualClock clock;
        TestReplica r(QStringLiteral("me"), QStringLiteral("CCIRC"), clock);
        IncidentService svc(*r.log);
        IncidentDraft d;
        d.title = QStringLiteral("Hameçonnage, \"vague\" à Ottawa");
        d.summary = QStringLiteral("=HYPERLINK(\"http://evil\")\nsecond line");
        const QString id = svc.createIncident(d);
        svc.addIndicator(id, IndicatorType::IPv4, QStringLiteral("192.0.2.1"));
        svc.addIndicator(id, IndicatorType::Domain, QStringLiteral("evil.example"),
                         QStringLiteral("-1+2"));
        const QString bare = svc.createIncident(blankDraftTitled(QStringLiteral("No indicators")));
        const QByteArray csv = exportIncidentsCsv(svc, {id, bare, QStringLiteral("missing")});
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
        const QString text = QString::fromUtf8(csv.mid(3));
        QVERIFY(text.endsWith(QLatin1String("\r\n")));
        // Header + 2 indicator rows + 1 row for the bare incident; the summary's line break is
        // inside quotes, so count record ends outside quotes.
        int records = 0;
        bool inQuotes = false;
        for (int i = 0; i < text.size(); ++i) {
            if (text[i] == QLatin1Char('"'))
                inQuotes = !inQuotes;
            else if (!inQuotes && text[i] == QLatin1Char('\n'))
                ++records;
        }
        QCOMPARE(records, 4);
        QVERIFY(text.contains(QStringLiteral("\"Hameçonnage, \"\"vague\"\" à Ottawa\"")));
        QVERIFY(text.contains(QStringLiteral("\"'=HYPERLINK(\"\"http://evil\"\")\nsecond line\"")));
        QVERIFY(text.contains(QStringLiteral("\"'-1+2\"")));
        // The second column is the reference both centres quote.
        QVERIFY(text.startsWith(QLatin1String("incident_id,reference,title,")));
        const auto exported = svc.incident(id);
        QVERIFY(exported);
        QVERIFY(text.contains(QLatin1String("\r\n") + id + QLatin1Char(',')
                              + incidentReference(exported->ownerCentre, exported->createdAt, id)
                              + QLatin1Char(',')));
        QCOMPARE(csvField(QStringLiteral("plain")), QByteArray("plain"));
        QCOMPARE(csvField(QStringLiteral("@cmd")), QByteArray("\"'@cmd\""));
        QCOMPARE(csvField(QString()), QByteArray());
    }
};

QTEST_GUILESS_MAIN(TestServices)
#include "tst_services.moc"
