// Indicators' own markings (schema 10) over real profiles: as strict as their incident or
// stricter, the scope written by the rule of docs/PROTOCOL.md §7.2, honoured by the STIX and
// CSV exports and the release question's count, kept home when the incident is shared, "seen
// elsewhere"; and through a real hub on 127.0.0.1, an AMBER+STRICT indicator of a shared
// incident never reaching the other centre.
#include "HubHarness.h"
#include "TestSupport.h"

#include "domain/DomainText.h"
#include "services/CsvExport.h"
#include "services/IncidentService.h"
#include "services/Stix.h"
#include "storage/Database.h"
#include "sync/SyncEngine.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QtTest>

using namespace liaison;
using liaison::test::HubDeviceHandle;
using liaison::test::HubHarness;
using liaison::test::TestReplica;

namespace {

const QString kCentre = QStringLiteral("centre");
const QString kShared = QStringLiteral("shared");

QString draftIncident(IncidentService &svc, Tlp tlp,
                      const QString &title = QStringLiteral("Phishing wave"))
{
    IncidentDraft d;
    d.title = title;
    d.tlp = tlp;
    return svc.createIncident(d);
}

IncidentService::NewIndicator domain(const QString &value, std::optional<Tlp> tlp = std::nullopt)
{
    IncidentService::NewIndicator n {IndicatorType::Domain, value, {}, {}};
    n.tlp = tlp;
    return n;
}

// The fields of the last op written for a record, by name.
QStringList lastOpFields(const OpLog &log, const QString &entity, const QString &id)
{
    const std::vector<Op> ops = log.opsFor(entity, id);
    QStringList names;
    if (!ops.empty()) {
        for (const auto &f : ops.back().fields)
            names << f.first;
    }
    return names;
}

QJsonArray bundleObjects(const QByteArray &bundle)
{
    return QJsonDocument::fromJson(bundle).object().value(QLatin1String("objects")).toArray();
}

bool upToDate(HubDeviceHandle &d)
{
    return d.ws->sync().state() == SyncEngine::State::UpToDate && d.ws->outboxSize() == 0;
}

QStringList values(const QList<Indicator> &indicators)
{
    QStringList out;
    for (const Indicator &i : indicators)
        out << i.value;
    out.sort();
    return out;
}

} // namespace

class TestIndicatorRules : public QObject
{
    Q_OBJECT

    ManualClock m_clock {1'760'000'000'000};

private slots:
    // The marking and the scope each new indicator is written with; a looser one refused.
    void newIndicatorsTakeAMarkingAndAScope()
    {
        TestReplica r(QStringLiteral("marie"), QStringLiteral("CCIRC"), m_clock);
        IncidentService svc(*r.log);
        const QString id = draftIncident(svc, Tlp::Amber);
        const QString plain = svc.addIndicator(id, domain(QStringLiteral("plain.example")));
        const QString strict
            = svc.addIndicator(id, domain(QStringLiteral("strict.example"), Tlp::AmberStrict));
        const QString red = svc.addIndicator(id, domain(QStringLiteral("red.example"), Tlp::Red));
        QCOMPARE(test::refusal([&] {
                     svc.addIndicator(id, domain(QStringLiteral("loose.example"), Tlp::Green));
                 }),
                 QStringLiteral("tlp/looser-than-incident"));
        QCOMPARE(svc.indicators(id).size(), 3);
        const Indicator p = *svc.indicator(plain);
        QCOMPARE(p.tlp, QStringLiteral("amber"));
        QCOMPARE(p.effectiveTlp, QStringLiteral("amber"));
        QCOMPARE(p.scope, kCentre); // until the incident leaves (a scope never narrows)
        QVERIFY(!p.staysInCentre());
        QCOMPARE(svc.indicator(strict)->scope, kCentre);
        QCOMPARE(svc.indicator(red)->scope, kCentre); // RED under an incident that is not
        QCOMPARE(IncidentService::indicatorScope(Tlp::Red, Tlp::Red), kShared);
        QCOMPARE(IncidentService::indicatorScope(Tlp::Green, Tlp::Clear), kShared);
        // Every new indicator carries all twelve fields.
        QCOMPARE(lastOpFields(*r.log, QStringLiteral("indicator"), plain).size(), 12);
        QCOMPARE(svc.strictestMarking(id), Tlp::Red);
        QCOMPARE(svc.indicatorsStayingInCentre(id).size(), 2);
        // The incident raised above an indicator takes it along (shown and exported).
        svc.setTlp(id, Tlp::AmberStrict);
        QCOMPARE(svc.indicator(plain)->tlp, QStringLiteral("amber"));
        QCOMPARE(svc.indicator(plain)->effectiveTlp, QStringLiteral("amber+strict"));
        // And an indicator cannot then be marked below it.
        QCOMPARE(test::refusal([&] { svc.setIndicatorTlp(plain, Tlp::Amber); }),
                 QStringLiteral("tlp/looser-than-incident"));
        // An unknown incident, an unknown indicator.
        QCOMPARE(
            test::refusal([&] { svc.addIndicator(QStringLiteral("nope"), domain("x.example")); }),
            QStringLiteral("incident/not-found"));
        QCOMPARE(test::refusal([&] { svc.setIndicatorTlp(QStringLiteral("nope"), Tlp::Red); }),
                 QStringLiteral("indicator/not-found"));
    }

    // IOC and sighted flags, first and last seen (first <= last), the note; only what changed
    // is written.
    void flagsAndDates()
    {
        TestReplica r(QStringLiteral("marie"), QStringLiteral("CCIRC"), m_clock);
        IncidentService svc(*r.log);
        const QString id = draftIncident(svc, Tlp::Green);
        auto n = domain(QStringLiteral("c2.example"));
        n.ioc = true;
        n.firstSeen = 1'700'000'000'000;
        n.lastSeen = 1'700'000'600'000;
        const QString ind = svc.addIndicator(id, n);
        Indicator i = *svc.indicator(ind);
        QVERIFY(i.ioc);
        QVERIFY(!i.sighted);
        QCOMPARE(i.firstSeen, qint64(1'700'000'000'000));
        QCOMPARE(i.lastSeen, qint64(1'700'000'600'000));
        QCOMPARE(svc.indicatorAuthor(ind), r.log->identity().analystId);
        auto backwards = domain(QStringLiteral("late.example"));
        backwards.firstSeen = 2000;
        backwards.lastSeen = 1000;
        QCOMPARE(test::refusal([&] { svc.addIndicator(id, backwards); }),
                 QStringLiteral("last_seen/before-first-seen"));
        IndicatorEdit e;
        e.sighted = true;
        e.ioc = true; // unchanged: not written
        svc.editIndicator(ind, e);
        QCOMPARE(lastOpFields(*r.log, QStringLiteral("indicator"), ind),
                 QStringList {QStringLiteral("sighted")});
        QVERIFY(svc.indicator(ind)->sighted);
        IndicatorEdit before;
        before.lastSeen = 1'600'000'000'000; // before first seen
        QCOMPARE(test::refusal([&] { svc.editIndicator(ind, before); }),
                 QStringLiteral("last_seen/before-first-seen"));
        IndicatorEdit clear;
        clear.firstSeen = 0;
        clear.lastSeen = 0;
        svc.editIndicator(ind, clear);
        QCOMPARE(svc.indicator(ind)->firstSeen, qint64(0));
        QCOMPARE(svc.indicator(ind)->lastSeen, qint64(0));
        QVERIFY(!refusalText(QStringLiteral("last_seen"), QStringLiteral("before-first-seen"))
                     .contains(QLatin1String("before-first-seen")));
        QVERIFY(!refusalText(QStringLiteral("tlp"), QStringLiteral("looser-than-incident"))
                     .contains(QLatin1String("looser")));
    }

    // Kept home until its incident leaves; raised to AMBER+STRICT before, it stays when the
    // incident is shared while the others follow. Raised after it left: allowed, its scope
    // left alone.
    void raisingBeforeAndAfterItLeft()
    {
        TestReplica r(QStringLiteral("marie"), QStringLiteral("CCIRC"), m_clock);
        IncidentService svc(*r.log);
        const QString id = draftIncident(svc, Tlp::Green);
        const QString early = svc.addIndicator(id, domain(QStringLiteral("early.example")));
        const QString late = svc.addIndicator(id, domain(QStringLiteral("late.example")));
        QCOMPARE(svc.indicator(early)->scope, kCentre);
        QVERIFY(!svc.indicatorHasLeft(*svc.indicator(early)));
        svc.setIndicatorTlp(early, Tlp::AmberStrict);
        QCOMPARE(svc.indicator(early)->scope, kCentre);
        QVERIFY(svc.indicator(early)->staysInCentre());
        svc.share(id);
        QCOMPARE(svc.incident(id)->scope, kShared);
        QCOMPARE(svc.indicator(early)->scope, kCentre);
        QVERIFY(svc.indicatorHasLeft(*svc.indicator(late)));
        svc.setIndicatorTlp(late, Tlp::AmberStrict);
        QCOMPARE(svc.indicator(late)->tlp, QStringLiteral("amber+strict"));
        QCOMPARE(svc.indicator(late)->scope, kShared); // it has left: not pulled back
        QCOMPARE(lastOpFields(*r.log, QStringLiteral("indicator"), late),
                 QStringList {QStringLiteral("tlp")});
        // Lowered again, the one kept home may follow its incident now.
        svc.setIndicatorTlp(early, Tlp::Amber);
        QCOMPARE(svc.indicator(early)->scope, kShared);
    }

    // A RED indicator of a RED incident may follow it; once the incident is lowered and
    // shared, it is kept home.
    void sharingKeepsRestrictedIndicatorsHome()
    {
        TestReplica r(QStringLiteral("marie"), QStringLiteral("CCIRC"), m_clock);
        IncidentService svc(*r.log);
        const QString id = draftIncident(svc, Tlp::Red);
        const QString red = svc.addIndicator(id, domain(QStringLiteral("red.example")));
        QVERIFY(!svc.indicator(red)->staysInCentre());
        svc.setTlp(id, Tlp::Amber);
        QCOMPARE(svc.indicatorsStayingInCentre(id).size(), 1);
        svc.share(id);
        QCOMPARE(svc.indicator(red)->scope, kCentre);
        QCOMPARE(svc.indicator(red)->effectiveTlp, QStringLiteral("red"));
    }

    // STIX: each indicator carries its effective marking; for the other centre, those that
    // stay home are left out. CSV carries the effective marking, flags and dates.
    void exportsHonourEachIndicatorsMarking()
    {
        TestReplica r(QStringLiteral("marie"), QStringLiteral("CCIRC"), m_clock);
        IncidentService svc(*r.log);
        const QString id = draftIncident(svc, Tlp::Green);
        const QString green = svc.addIndicator(id, domain(QStringLiteral("green.example")));
        const QString strict
            = svc.addIndicator(id, domain(QStringLiteral("strict.example"), Tlp::AmberStrict));
        const auto markingOf = [](const QJsonArray &objects, const QString &stixId) {
            for (const QJsonValue &v : objects) {
                if (v.toObject().value(QLatin1String("id")).toString() == stixId)
                    return v.toObject().value(QLatin1String("object_marking_refs")).toArray();
            }
            return QJsonArray();
        };
        const QJsonArray own = bundleObjects(exportStixBundle(svc, {id}));
        QCOMPARE(markingOf(own, QStringLiteral("indicator--") + green),
                 QJsonArray {stixTlpMarkingId(Tlp::Green)});
        QCOMPARE(markingOf(own, QStringLiteral("indicator--") + strict),
                 QJsonArray {stixTlpMarkingId(Tlp::AmberStrict)});
        QCOMPARE(markingOf(own, QStringLiteral("incident--") + id),
                 QJsonArray {stixTlpMarkingId(Tlp::Green)});
        // The marking definition used is in the bundle.
        bool definitionThere = false;
        for (const QJsonValue &v : own)
            definitionThere |= v.toObject().value(QLatin1String("id")).toString()
                == stixTlpMarkingId(Tlp::AmberStrict);
        QVERIFY(definitionThere);
        const QByteArray counterpart = exportStixBundle(svc, {id}, StixAudience::CounterpartCentre);
        QVERIFY(!counterpart.contains("strict.example"));
        QVERIFY(counterpart.contains("green.example"));
        // CSV: the effective marking per indicator.
        const QString csv = QString::fromUtf8(exportIncidentsCsv(svc, {id}));
        const QStringList lines = csv.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QVERIFY(lines.first().contains(QLatin1String("indicator_tlp,indicator_ioc")));
        bool strictRow = false;
        for (const QString &line : lines) {
            if (line.contains(QLatin1String("strict.example")))
                strictRow = line.contains(QLatin1String(",amber+strict,false,false,"));
        }
        QVERIFY(strictRow);
        // The release question counts the strictest marking among what leaves.
        QCOMPARE(svc.strictestMarking(id), Tlp::AmberStrict);
        QVERIFY(tlpNeedsReleaseConfirmation(svc.strictestMarking(id)));
        svc.removeIndicator(strict);
        QCOMPARE(svc.strictestMarking(id), Tlp::Green);
    }

    // A copy out is recorded in the timeline with its count and strictest marking.
    void copiesAreRecorded()
    {
        TestReplica r(QStringLiteral("marie"), QStringLiteral("CCIRC"), m_clock);
        IncidentService svc(*r.log);
        const QString id = draftIncident(svc, Tlp::Amber);
        svc.recordIndicatorCopy(id, 2, Tlp::AmberStrict);
        const QList<IncidentComment> comments = svc.comments(id);
        QCOMPARE(comments.size(), 1);
        QCOMPARE(comments.first().kind, QStringLiteral("release"));
        QCOMPARE(comments.first().body, QStringLiteral("copy-out tlp:amber+strict indicators:2"));
        QCOMPARE(releaseSentence(comments.first().body, QStringLiteral("Marie")),
                 QStringLiteral("Marie copied 2 indicator(s) of this incident out of Liaison "
                                "(TLP:AMBER+STRICT)."));
    }

    // The same value in another live incident is found; a removed one is not.
    void seenElsewhere()
    {
        TestReplica r(QStringLiteral("marie"), QStringLiteral("CCIRC"), m_clock);
        IncidentService svc(*r.log);
        const QString a = draftIncident(svc, Tlp::Green, QStringLiteral("First"));
        const QString b = draftIncident(svc, Tlp::Green, QStringLiteral("Second"));
        const QString c = draftIncident(svc, Tlp::Green, QStringLiteral("Third"));
        const QString mine = svc.addIndicator(a, domain(QStringLiteral("shared-c2.example")));
        svc.addIndicator(a, domain(QStringLiteral("only-here.example")));
        // Typed defanged, stored live: the same value.
        svc.addIndicator(b, domain(QStringLiteral("shared-c2[.]example")));
        svc.addIndicator(c, domain(QStringLiteral("shared-c2.example")));
        QList<IndicatorSighting> seen = svc.indicatorsSeenElsewhere(a);
        QCOMPARE(seen.size(), 2);
        QCOMPARE(seen.at(0).indicatorId, mine);
        QStringList titles {seen.at(0).otherTitle, seen.at(1).otherTitle};
        titles.sort();
        QCOMPARE(titles, (QStringList {QStringLiteral("Second"), QStringLiteral("Third")}));
        svc.remove(c);
        seen = svc.indicatorsSeenElsewhere(a);
        QCOMPARE(seen.size(), 1);
        QCOMPARE(seen.first().otherIncidentId, b);
    }

    // Through a real hub: the other centre receives the shared incident with the indicators
    // that may follow it, never the AMBER+STRICT ones (kept home before or after the share),
    // and receives the new marking of one raised after it left.
    void strictIndicatorsNeverReachTheOtherCentre()
    {
        HubHarness hub;
        QVERIFY(hub.startHub());
        HubDeviceHandle &marie = hub.addDevice(QString::fromLatin1(HubHarness::kCcirc),
                                               QStringLiteral("Marie Tremblay"));
        HubDeviceHandle &dana
            = hub.addDevice(QString::fromLatin1(HubHarness::kUscert), QStringLiteral("Dana Lee"));
        marie.ws->sync().start();
        dana.ws->sync().start();
        IncidentService &svc = marie.ws->incidents();
        const QString id = draftIncident(svc, Tlp::Amber);
        svc.addIndicator(id, domain(QStringLiteral("follows.example")));
        svc.addIndicator(id, domain(QStringLiteral("strict.example"), Tlp::AmberStrict));
        const QString raised = svc.addIndicator(id, domain(QStringLiteral("raised.example")));
        svc.setIndicatorTlp(raised, Tlp::AmberStrict); // before the share: kept home
        const QString after = svc.addIndicator(id, domain(QStringLiteral("after.example")));
        svc.share(id);
        // Added once shared: stays home from the start.
        svc.addIndicator(id, domain(QStringLiteral("strict-later.example"), Tlp::AmberStrict));
        QTRY_VERIFY_WITH_TIMEOUT(dana.ws->incidents().incident(id).has_value(), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(upToDate(marie) && upToDate(dana), 15000);
        // Raised once it had left: the other centre gets the new marking (it keeps the value).
        svc.setIndicatorTlp(after, Tlp::AmberStrict);
        QTRY_VERIFY_WITH_TIMEOUT(dana.ws->incidents().indicator(after).has_value()
                                     && dana.ws->incidents().indicator(after)->tlp
                                         == QStringLiteral("amber+strict"),
                                 15000);
        QTRY_VERIFY_WITH_TIMEOUT(upToDate(marie) && upToDate(dana), 15000);
        QCOMPARE(
            values(dana.ws->incidents().indicators(id)),
            (QStringList {QStringLiteral("after.example"), QStringLiteral("follows.example")}));
        QCOMPARE(values(svc.indicators(id)).size(), 5);
        // Nothing of the strict ones is anywhere in the other centre's profile.
        auto st = dana.ws->opLog().database().prepare(
            "SELECT count(*) FROM indicators WHERE value LIKE '%strict%' OR value LIKE 'raised%'");
        QVERIFY(st.step());
        QCOMPARE(qint64(st.int64(0)), qint64(0));
        // Nor in its op log (the signed ops as received); the ones that followed are.
        const auto opsHolding = [&dana](const char *value) -> qint64 {
            auto q = dana.ws->opLog().database().prepare(
                "SELECT count(*) FROM ops WHERE entity = 'indicator' AND body LIKE ?1");
            q.bind(1, QStringLiteral("%%1%").arg(QLatin1String(value)));
            return q.step() ? qint64(q.int64(0)) : -1;
        };
        QCOMPARE(opsHolding("follows.example"), qint64(1));
        QCOMPARE(opsHolding("strict.example"), qint64(0));
        QCOMPARE(opsHolding("strict-later.example"), qint64(0));
        QCOMPARE(opsHolding("raised.example"), qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestIndicatorRules)
#include "tst_indicatorrules.moc"
