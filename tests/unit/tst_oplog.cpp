#include "TestSupport.h"

#include "core/Parallel.h"
#include "domain/Schema.h"
#include "storage/Database.h"
#include "sync/ChangeRouter.h"
#include "sync/OpLog.h"

#include <QSignalSpy>
#include <QtTest>

using namespace liaison;
using liaison::test::TestReplica;

namespace {

Change incident(const QString &id, const QString &title)
{
    return Change {QStringLiteral("incident"),
                   id,
                   {{QStringLiteral("title"), title},
                    {QStringLiteral("scope"), QStringLiteral("centre")},
                    {QStringLiteral("owner_centre"), QStringLiteral("CCIRC")}}};
}

QString title(OpLog &log, const QString &id)
{
    auto st = log.database().prepare("SELECT title FROM incidents WHERE id = ?1");
    st.bind(1, id);
    return st.step() ? st.text(0) : QString();
}

void introduce(OpLog &to, const OpLog &from)
{
    const auto &id = from.identity();
    to.registerDevice(id.deviceId, id.key->publicKey(), id.analystId, id.centre);
}

} // namespace

class TestOpLog : public QObject
{
    Q_OBJECT

private slots:
    void schemaMatchesRegistry()
    {
        ManualClock clock;
        TestReplica r(QStringLiteral("a1"), QStringLiteral("CCIRC"), clock);
        for (const auto &def : entityDefs()) {
            auto st = r.profile->db().prepare(
                (std::string("PRAGMA table_info(") + def.table + ")").c_str());
            // The registry's fields in its order; the op log's own columns (_updated, _clock,
            // _ohlc...) wherever a migration's ALTER TABLE put them.
            QStringList columns;
            QStringList local;
            while (st.step())
                (st.text(1).startsWith(QLatin1Char('_')) ? local : columns) << st.text(1);
            QStringList expected {QStringLiteral("id")};
            for (const auto &f : def.fields)
                expected << QString::fromLatin1(f.name);
            QCOMPARE(columns, expected);
            QStringList expectedLocal {QStringLiteral("_updated"), QStringLiteral("_clock")};
            if (def.ordered)
                expectedLocal << QStringLiteral("_ohlc") << QStringLiteral("_odev");
            QCOMPARE(local, expectedLocal);
        }
    }

    void localCommitIsAtomic()
    {
        ManualClock clock;
        TestReplica r(QStringLiteral("a1"), QStringLiteral("CCIRC"), clock);
        QSignalSpy applied(r.log.get(), &OpLog::changesApplied);
        const auto ops = r.log->commit({incident(QStringLiteral("i1"), QStringLiteral("First"))});
        QCOMPARE(ops.size(), 1u);
        QCOMPARE(ops[0].seq, 1);
        QCOMPARE(title(*r.log, QStringLiteral("i1")), QStringLiteral("First"));
        QCOMPARE(r.log->outboxSize(), 1);
        QCOMPARE(applied.count(), 1);

        // A batch whose second change is invalid writes nothing, and reuses no sequence.
        Change bad {QStringLiteral("incident"),
                    QStringLiteral("i3"),
                    {{QStringLiteral("title"), qint64(5)}}};
        QVERIFY_THROWS_EXCEPTION(
            std::invalid_argument,
            r.log->commit({incident(QStringLiteral("i2"), QStringLiteral("Second")), bad}));
        QVERIFY(title(*r.log, QStringLiteral("i2")).isNull());
        QCOMPARE(r.log->outboxSize(), 1);
        QCOMPARE(r.profile->db().scalarInt("SELECT count(*) FROM ops"), 1);
        const auto next = r.log->commit({incident(QStringLiteral("i2"), QStringLiteral("Second"))});
        QCOMPARE(next[0].seq, 2);
    }

    void sequenceAndClockSurviveRestart()
    {
        ManualClock clock(5'000'000);
        QTemporaryDir dir;
        std::uint64_t lastHlc = 0;
        {
            auto p = Profile::create(dir.path(), test::passphrase("pass phrase"),
                                     KdfParams::fastForTests());
            OpLog log(p->db(), clock);
            log.setEnrolment(QStringLiteral("a1"), QStringLiteral("CCIRC"));
            lastHlc = log.commit({incident(QStringLiteral("i1"), QStringLiteral("x"))})[0].hlc;
        }
        clock.set(1'000); // the wall clock went far back while the app was closed
        auto p = Profile::open(dir.path(), test::passphrase("pass phrase"));
        OpLog log(p->db(), clock);
        const auto op = log.commit({incident(QStringLiteral("i2"), QStringLiteral("y"))})[0];
        QCOMPARE(op.seq, 2);
        QVERIFY(op.hlc > lastHlc);
    }

    void remoteApplyIsIdempotent()
    {
        ManualClock clock;
        TestReplica a(QStringLiteral("a1"), QStringLiteral("CCIRC"), clock);
        TestReplica b(QStringLiteral("b1"), QStringLiteral("CCIRC"), clock);
        introduce(*b.log, *a.log);
        const auto ops = a.log->commit({incident(QStringLiteral("i1"), QStringLiteral("Hello"))});
        auto r1 = b.log->applyRemote(ops);
        QCOMPARE(r1.applied, 1);
        const QByteArray hash = b.log->stateHash();
        auto r2 = b.log->applyRemote({ops[0], ops[0]});
        QCOMPARE(r2.applied, 0);
        QCOMPARE(r2.duplicates, 2);
        QCOMPARE(b.log->stateHash(), hash);
        QCOMPARE(b.profile->db().scalarInt("SELECT count(*) FROM ops"), 1);
        QCOMPARE(a.log->stateHash(), hash);
    }

    void remoteBatchMovesTheCursorWithItsOps()
    {
        ManualClock clock;
        TestReplica a(QStringLiteral("a1"), QStringLiteral("CCIRC"), clock);
        TestReplica b(QStringLiteral("b1"), QStringLiteral("CCIRC"), clock);
        TestReplica stranger(QStringLiteral("s1"), QStringLiteral("CCIRC"), clock);
        introduce(*b.log, *a.log);
        QCOMPARE(b.log->hubCursor(), 0);

        // Ops and cursor land together (one transaction: a crash keeps both or neither).
        auto batch = b.log->prepareRemote(
            a.log->commit({incident(QStringLiteral("i1"), QStringLiteral("One"))}));
        batch.cursor = 7;
        OpLog::verifyRemote(batch);
        QCOMPARE(b.log->applyVerified(batch).applied, 1);
        QCOMPARE(b.log->hubCursor(), 7);

        // An op of a device we do not know yet: the cursor stays, so the op is pulled again
        // once the directory is refreshed.
        auto unknown = b.log->prepareRemote(
            stranger.log->commit({incident(QStringLiteral("i2"), QStringLiteral("Two"))}));
        unknown.cursor = 8;
        OpLog::verifyRemote(unknown);
        QCOMPARE(b.log->applyVerified(unknown).unknownDevice, 1);
        QCOMPARE(b.log->hubCursor(), 7);

        // The cursor never moves back.
        b.log->setHubCursor(3);
        QCOMPARE(b.log->hubCursor(), 7);
        b.log->setHubCursor(9);
        QCOMPARE(b.log->hubCursor(), 9);
    }

    void rejectsTamperedAndUnauthorisedOps()
    {
        ManualClock clock;
        TestReplica a(QStringLiteral("a1"), QStringLiteral("CCIRC"), clock);
        TestReplica b(QStringLiteral("b1"), QStringLiteral("USCERT"), clock);
        TestReplica stranger(QStringLiteral("s1"), QStringLiteral("CCIRC"), clock);
        introduce(*b.log, *a.log);
        const QByteArray empty = b.log->stateHash();
        const Op good = a.log->commit({incident(QStringLiteral("i1"), QStringLiteral("Real"))})[0];

        Op changed = good;
        changed.fields[2].second
            = QStringLiteral("Forged title"); // fields sorted: owner, scope, title
        Op otherAuthor = good;
        otherAuthor.author = QStringLiteral("someone-else");
        otherAuthor.signWith(*a.log->identity().key); // validly signed, but not a1's identity
        const Op unknownDevice
            = stranger.log->commit({incident(QStringLiteral("i9"), QStringLiteral("Who?"))})[0];

        const auto result = b.log->applyRemote({changed, otherAuthor, unknownDevice});
        QCOMPARE(result.applied, 0);
        QCOMPARE(result.rejected, 3);
        QVERIFY(result.errors.contains(QStringLiteral("bad signature")));
        QVERIFY(result.errors.contains(QStringLiteral("unknown device")));
        QVERIFY(
            result.errors.contains(QStringLiteral("author or centre does not match the device")));
        QCOMPARE(b.log->stateHash(), empty);

        // Revoked devices are refused too.
        introduce(*b.log, *stranger.log);
        const auto &sid = stranger.log->identity();
        b.log->registerDevice(sid.deviceId, sid.key->publicKey(), sid.analystId, sid.centre, true);
        QCOMPARE(b.log->applyRemote({unknownDevice}).errors,
                 QStringList {QStringLiteral("revoked device")});

        QCOMPARE(b.log->applyRemote({good}).applied, 1);
        QCOMPARE(title(*b.log, QStringLiteral("i1")), QStringLiteral("Real"));
    }

    void lastWriterWinsPerField()
    {
        ManualClock clock;
        TestReplica a(QStringLiteral("a1"), QStringLiteral("CCIRC"), clock);
        TestReplica b(QStringLiteral("b1"), QStringLiteral("CCIRC"), clock);
        introduce(*a.log, *b.log);
        introduce(*b.log, *a.log);
        const auto create = a.log->commit({incident(QStringLiteral("i1"), QStringLiteral("Base"))});
        b.log->applyRemote(create);
        // Concurrent edits at the same wall time: one edits the title, the other the summary
        // and the title; per field, the greater (hlc, device) wins on both replicas.
        clock.advance(10);
        const auto ea = a.log->commit({{QStringLiteral("incident"),
                                        QStringLiteral("i1"),
                                        {{QStringLiteral("title"), QStringLiteral("From A")}}}});
        const auto eb
            = b.log->commit({{QStringLiteral("incident"),
                              QStringLiteral("i1"),
                              {{QStringLiteral("title"), QStringLiteral("From B")},
                               {QStringLiteral("summary"), QStringLiteral("B's summary")}}}});
        a.log->applyRemote(eb);
        b.log->applyRemote(ea);
        QCOMPARE(a.log->stateHash(), b.log->stateHash());
        const bool aWins
            = ea[0].hlc > eb[0].hlc || (ea[0].hlc == eb[0].hlc && ea[0].device > eb[0].device);
        QCOMPARE(title(*a.log, QStringLiteral("i1")),
                 aWins ? QStringLiteral("From A") : QStringLiteral("From B"));
    }

    void scopeOnlyWidens()
    {
        ManualClock clock;
        TestReplica a(QStringLiteral("a1"), QStringLiteral("CCIRC"), clock);
        a.log->commit({incident(QStringLiteral("i1"), QStringLiteral("x"))});
        a.log->commit({{QStringLiteral("indicator"),
                        QStringLiteral("ind1"),
                        {{QStringLiteral("incident_id"), QStringLiteral("i1")},
                         {QStringLiteral("value"), QStringLiteral("1.2.3.4")}}}});
        QCOMPARE(a.log->scopeOf(QStringLiteral("indicator"), QStringLiteral("ind1")),
                 QStringLiteral("centre"));
        const auto shared
            = a.log->commit({{QStringLiteral("incident"),
                              QStringLiteral("i1"),
                              {{QStringLiteral("scope"), QStringLiteral("shared")}}}});
        QCOMPARE(shared[0].scope, QStringLiteral("shared"));
        // Children take their parent's scope on the wire.
        const auto child
            = a.log->commit({{QStringLiteral("indicator"),
                              QStringLiteral("ind2"),
                              {{QStringLiteral("incident_id"), QStringLiteral("i1")},
                               {QStringLiteral("value"), QStringLiteral("5.6.7.8")}}}});
        QCOMPARE(child[0].scope, QStringLiteral("shared"));
        QVERIFY_THROWS_EXCEPTION(
            std::invalid_argument,
            a.log->commit({{QStringLiteral("incident"),
                            QStringLiteral("i1"),
                            {{QStringLiteral("scope"), QStringLiteral("centre")}}}}));
    }

    void outboxAcknowledge()
    {
        ManualClock clock;
        TestReplica a(QStringLiteral("a1"), QStringLiteral("CCIRC"), clock);
        a.log->commit({incident(QStringLiteral("i1"), QStringLiteral("x")),
                       incident(QStringLiteral("i2"), QStringLiteral("y"))});
        auto pending = a.log->pendingOutbox(10);
        QCOMPARE(pending.size(), 2u);
        QVERIFY(pending[0].verify(a.log->identity().key->publicKey()));
        QCOMPARE(pending[0].seq, 1);
        const QString first = pending[0].id();
        a.log->acknowledge(first, 41);
        QCOMPARE(a.log->outboxSize(), 1);
        QCOMPARE(a.log->pendingOutbox(10)[0].seq, 2);
        auto st = a.profile->db().prepare("SELECT hub_seq FROM ops WHERE id = ?1");
        st.bind(1, first);
        QVERIFY(st.step());
        QCOMPARE(st.int64(0), 41);
    }

    void parallelForRunsEverythingAndRethrows()
    {
        std::vector<int> hits(1000, 0);
        parallelFor(hits.size(), [&](std::size_t i) { hits[i] += 1; });
        QVERIFY(std::all_of(hits.begin(), hits.end(), [](int h) { return h == 1; }));
        bool thrown = false;
        try {
            parallelFor(1000, [](std::size_t i) {
                if (i == 900)
                    throw std::runtime_error("worker failed");
            });
        } catch (const std::runtime_error &) {
            thrown = true;
        }
        QVERIFY(thrown);
    }

    void unenrolledDeviceCannotWrite()
    {
        QTemporaryDir dir;
        auto p = Profile::create(dir.path(), test::passphrase("pass phrase"),
                                 KdfParams::fastForTests());
        OpLog log(p->db());
        QVERIFY(!log.identity().isEnrolled());
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 log.commit({incident(QStringLiteral("i1"), QStringLiteral("x"))}));
    }

    // The router hands each subscriber, once per batch, only the changes of the entities it
    // subscribed to, in the batch's order and with its own tags; nothing to a subscriber with
    // no share, and nothing once it is gone.
    void routerHandsEachOwnerItsShareOfABatch()
    {
        ManualClock clock;
        TestReplica r(QStringLiteral("a1"), QStringLiteral("CCIRC"), clock);
        ChangeRouter &router = r.log->router();
        auto incidents = std::make_unique<QObject>();
        QObject chat;
        QList<QList<int>> incidentCalls;
        int chatCalls = 0;
        router.subscribe(incidents.get(), {{"incident", 1}, {"indicator", 2}},
                         [&](const std::vector<RoutedChange> &share) {
                             QList<int> tags;
                             for (const RoutedChange &c : share) {
                                 QCOMPARE(QLatin1String(c.def->name), c.change->entity);
                                 tags << c.tag;
                             }
                             incidentCalls << tags;
                         });
        router.subscribe(&chat, {{"message", 7}},
                         [&](const std::vector<RoutedChange> &) { ++chatCalls; });
        QCOMPARE(router.ownersOf(QStringLiteral("indicator")),
                 QList<const QObject *> {incidents.get()});
        QVERIFY(router.ownersOf(QStringLiteral("tag")).isEmpty());
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 router.subscribe(&chat, {{"no-such-entity", 0}}, {}));

        const Change indicator {QStringLiteral("indicator"),
                                QStringLiteral("n1"),
                                {{QStringLiteral("incident_id"), QStringLiteral("i1")},
                                 {QStringLiteral("value"), QStringLiteral("evil.example")}}};
        const Change tag {QStringLiteral("tag"),
                          QStringLiteral("t1"),
                          {{QStringLiteral("incident_id"), QStringLiteral("i1")},
                           {QStringLiteral("name"), QStringLiteral("wiper")}}};
        Change second = indicator;
        second.entityId = QStringLiteral("n2");
        r.log->commit(
            {indicator, incident(QStringLiteral("i1"), QStringLiteral("x")), tag, second});
        QCOMPARE(incidentCalls, (QList<QList<int>> {{2, 1, 2}}));
        QCOMPARE(chatCalls, 0);
        QCOMPARE(router.deliveries(incidents.get()), 1);
        QCOMPARE(router.deliveries(&chat), 0);
        r.log->commit({tag}); // nobody's: nobody is called
        QCOMPARE(incidentCalls.size(), 1);

        incidents.reset();
        QVERIFY(router.ownersOf(QStringLiteral("indicator")).isEmpty());
        r.log->commit({indicator});
        QCOMPARE(incidentCalls.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestOpLog)
#include "tst_oplog.moc"
