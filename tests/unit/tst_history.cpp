// An incident's history as edits (groupHistory over IncidentService::history) on real
// profiles: old and new values by the merge order, even when a remote op stamped earlier
// arrives later; the ops of one save grouped, separate saves apart; records removed and put
// back; a refused op left out; every kind of record under the incident, removed ones too.
#include "TestSupport.h"

#include "services/IncidentService.h"
#include "sync/OpLog.h"

#include <QTest>

using namespace liaison;
using test::TestReplica;

namespace {

using Kind = HistoryChange::Kind;

QString text(const FieldValue &value)
{
    const QString *s = std::get_if<QString>(&value);
    return s ? *s : QString();
}

// The changes of every edit, newest first, as "entity.field before>after" (kind for others).
QStringList describe(const QList<HistoryEdit> &edits)
{
    QStringList out;
    for (const HistoryEdit &e : edits) {
        QStringList changes;
        for (const HistoryChange &c : e.changes) {
            switch (c.kind) {
            case Kind::Created: changes << c.entity + QStringLiteral(" created"); break;
            case Kind::Removed: changes << c.entity + QStringLiteral(" removed"); break;
            case Kind::Restored: changes << c.entity + QStringLiteral(" restored"); break;
            case Kind::Changed:
                changes << QStringLiteral("%1.%2 %3>%4")
                               .arg(c.entity, c.field, text(c.before), text(c.after));
                break;
            }
        }
        out << e.author + QLatin1Char(':') + changes.join(QStringLiteral(", "));
    }
    return out;
}

void deliver(TestReplica &from, TestReplica &to)
{
    const RemoteApplyResult r = to.log->applyRemote(from.log->pendingOutbox(10000));
    QCOMPARE(r.rejected, 0);
}

} // namespace

class TestHistory : public QObject
{
    Q_OBJECT

private slots:
    // Old values follow the merge order (hlc, device): Sam's change stamped before Marie's
    // but received after it is, in the history, the value Marie's replaced.
    void oldValuesFollowTheMergeOrder()
    {
        ManualClock marieClock(1'760'000'000'000);
        ManualClock samClock(1'760'000'000'000);
        TestReplica marie(QStringLiteral("marie"), QStringLiteral("CCIRC"), marieClock);
        TestReplica sam(QStringLiteral("sam"), QStringLiteral("USCERT"), samClock);
        for (auto [a, b] : {std::pair {&marie, &sam}, std::pair {&sam, &marie}}) {
            const auto &id = a->log->identity();
            b->log->registerDevice(id.deviceId, id.key->publicKey(), id.analystId, id.centre);
        }
        IncidentService mine(*marie.log);
        IncidentService theirs(*sam.log);
        IncidentDraft d;
        d.title = QStringLiteral("Phishing wave");
        d.severity = Severity::Medium;
        d.tlp = Tlp::Green;
        const QString id = mine.createSharedIncident(d);
        deliver(marie, sam);
        samClock.advance(2000); // Sam's change is stamped first...
        theirs.setSeverity(id, Severity::Low);
        marieClock.advance(3000);
        mine.setSeverity(id, Severity::High); // ...Marie's later, before she receives his
        deliver(sam, marie);
        QCOMPARE(mine.incident(id)->severity, QStringLiteral("high"));
        const QStringList edits = describe(mine.historyEdits(id));
        QCOMPARE(edits.size(), 3);
        QCOMPARE(edits.at(0), QStringLiteral("marie:incident.severity low>high"));
        QCOMPARE(edits.at(1), QStringLiteral("sam:incident.severity medium>low"));
        // Made and shared in one transaction: one edit of three changes.
        QCOMPARE(edits.at(2),
                 QStringLiteral("marie:incident created, incident.scope "
                                "centre>shared, comment created"));
        // The same history on Sam's replica once he has Marie's change too.
        deliver(marie, sam);
        QCOMPARE(describe(theirs.historyEdits(id)), edits);
        const QList<HistoryEdit> grouped = mine.historyEdits(id);
        QCOMPARE(grouped.at(1).centre, QStringLiteral("USCERT"));
        QCOMPARE(grouped.at(2).opIds.size(), 3);
        // The record as it stood after each change: the creation names its title.
        QCOMPARE(text(*grouped.at(2).changes.first().recordField(QStringLiteral("title"))),
                 QStringLiteral("Phishing wave"));
    }

    // One save is one edit (a marking change writes the field and its release record);
    // separate saves are separate edits, and one that writes a value already there is none.
    void editsAreWhatOneSaveWrote()
    {
        ManualClock clock(1'760'000'000'000);
        TestReplica r(QStringLiteral("marie"), QStringLiteral("CCIRC"), clock);
        IncidentService svc(*r.log);
        IncidentDraft d;
        d.title = QStringLiteral("Ransomware");
        d.tlp = Tlp::Amber;
        const QString id = svc.createIncident(d);
        clock.advance(60'000);
        IncidentEdit e;
        e.title = QStringLiteral("Ransomware at a utility");
        e.status = IncidentStatus::Triage;
        e.tlp = Tlp::Red;
        svc.edit(id, e);
        clock.advance(60'000);
        svc.setStatus(id, IncidentStatus::Investigating);
        clock.advance(60'000);
        svc.setStatus(id, IncidentStatus::Investigating); // nothing changes: no op at all
        const QList<HistoryEdit> edits = svc.historyEdits(id);
        QCOMPARE(describe(edits),
                 QStringList({QStringLiteral("marie:incident.status triage>investigating"),
                              QStringLiteral("marie:incident.status new>triage, incident.title "
                                             "Ransomware>Ransomware at a utility, incident.tlp "
                                             "amber>red, comment created"),
                              QStringLiteral("marie:incident created")}));
        QCOMPARE(edits.at(1).opIds.size(), 2);
        QVERIFY(edits.at(0).hlc > edits.at(1).hlc);
        // The status changes of the timeline, oldest first.
        const auto statuses = svc.statusChanges(id);
        QCOMPARE(statuses.size(), 2);
        QCOMPARE(statuses.at(0).from, QStringLiteral("new"));
        QCOMPARE(statuses.at(1).to, QStringLiteral("investigating"));
        QCOMPARE(statuses.at(1).author, QStringLiteral("marie"));
    }

    // Every kind of record under the incident, removed ones too; a record put back; and an
    // op the hub refused is not in the history (it never happened anywhere else).
    void everyRecordAndNothingRefused()
    {
        ManualClock clock(1'760'000'000'000);
        TestReplica r(QStringLiteral("marie"), QStringLiteral("CCIRC"), clock);
        IncidentService svc(*r.log);
        r.log->recordAnalyst(QStringLiteral("sam"), QStringLiteral("Sam Hill"),
                             QStringLiteral("USCERT"));
        IncidentDraft d;
        d.title = QStringLiteral("ICS anomaly");
        const QString id = svc.createIncident(d);
        const auto step = [&] { clock.advance(1000); };
        step();
        const QString indicator
            = svc.addIndicator(id, IndicatorType::IPv4, QStringLiteral("192.0.2.7"));
        step();
        svc.removeIndicator(indicator);
        step();
        const QString task = svc.addTask(id, QStringLiteral("Call the plant"));
        step();
        svc.setTaskDone(task, true);
        step();
        const QString assignee = svc.assign(id, QStringLiteral("marie"));
        step();
        svc.unassign(assignee);
        step();
        svc.addTag(id, QStringLiteral("ics"));
        step();
        svc.shareWithAnalysts(id, {QStringLiteral("sam")});
        step();
        svc.unshareWithAnalyst(id, QStringLiteral("sam"));
        step();
        svc.shareWithAnalysts(id, {QStringLiteral("sam")});
        step();
        svc.setTitle(id, QStringLiteral("Refused title"));
        const std::vector<Op> refused = r.log->opsFor(QStringLiteral("incident"), id);
        r.log->acknowledge({}, {{refused.back().id(), QStringLiteral("not-owner")}});
        const QStringList edits = describe(svc.historyEdits(id));
        QCOMPARE(edits,
                 QStringList({
                     QStringLiteral("marie:incident_member restored, comment created"),
                     QStringLiteral("marie:incident_member removed, comment created"),
                     QStringLiteral("marie:incident_member created, comment created"),
                     QStringLiteral("marie:tag created"),
                     QStringLiteral("marie:assignee removed"),
                     QStringLiteral("marie:assignee created"),
                     QStringLiteral("marie:task.done >"), // bools: see below
                     QStringLiteral("marie:task created"),
                     QStringLiteral("marie:indicator removed"),
                     QStringLiteral("marie:indicator created"),
                     QStringLiteral("marie:incident created"),
                 }));
        const HistoryChange done = svc.historyEdits(id).at(6).changes.first();
        QCOMPARE(done.before, FieldValue(false));
        QCOMPARE(done.after, FieldValue(true));
        QCOMPARE(text(*done.recordField(QStringLiteral("title"))),
                 QStringLiteral("Call the plant"));
    }
};

QTEST_GUILESS_MAIN(TestHistory)
#include "tst_history.moc"
