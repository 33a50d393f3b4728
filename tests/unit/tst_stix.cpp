#include "TestSupport.h"

#include "services/IncidentService.h"
#include "services/Stix.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace liaison;
using liaison::test::TestReplica;

namespace {

QList<QJsonObject> objectsOfType(const QByteArray &bundle, const QString &type)
{
    QList<QJsonObject> out;
    const auto objects = QJsonDocument::fromJson(bundle).object().value("objects").toArray();
    for (const auto &v : objects) {
        if (v.toObject().value("type").toString() == type)
            out << v.toObject();
    }
    return out;
}

QByteArray bundleOf(const QJsonArray &objects)
{
    return QJsonDocument(QJsonObject {{"type", "bundle"},
                                      {"id", "bundle--5d0092c5-5f74-4287-9642-33f4c354e56d"},
                                      {"objects", objects}})
        .toJson();
}

QJsonObject indicator(const QString &id, const QString &pattern, const QJsonObject &extra = {})
{
    QJsonObject o {{"type", "indicator"},
                   {"spec_version", "2.1"},
                   {"id", "indicator--" + id},
                   {"created", "2026-11-30T10:00:00.000Z"},
                   {"modified", "2026-11-30T10:00:00.000Z"},
                   {"pattern", pattern},
                   {"pattern_type", "stix"},
                   {"valid_from", "2026-11-30T10:00:00.000Z"}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

const QString kRed = QStringLiteral("marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1");
const QString kTlp1White
    = QStringLiteral("marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9");

} // namespace

class TestStix : public QObject
{
    Q_OBJECT
private slots:
    void markingIdentifiers()
    {
        // The published ids (OASIS cti-stix-common-objects, TLP 2.0 extension).
        QCOMPARE(stixTlpMarkingId(Tlp::Clear),
                 QStringLiteral("marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487"));
        QCOMPARE(stixTlpMarkingId(Tlp::Green),
                 QStringLiteral("marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb"));
        QCOMPARE(stixTlpMarkingId(Tlp::Amber),
                 QStringLiteral("marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421"));
        QCOMPARE(stixTlpMarkingId(Tlp::AmberStrict),
                 QStringLiteral("marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003"));
        QCOMPARE(stixTlpMarkingId(Tlp::Red), kRed);
        Tlp tlp {};
        QVERIFY(stixMarkingTlp(kTlp1White, &tlp));
        QCOMPARE(tlp, Tlp::Clear);
        QVERIFY(stixMarkingTlp(kRed, &tlp));
        QCOMPARE(tlp, Tlp::Red);
        QVERIFY(!stixMarkingTlp(QStringLiteral("marking-definition--0000"), &tlp));
    }

    void patterns()
    {
        QCOMPARE(stixPattern(IndicatorType::IPv4, QStringLiteral("192.0.2.1")),
                 QStringLiteral("[ipv4-addr:value = '192.0.2.1']"));
        QCOMPARE(stixPattern(IndicatorType::Cidr, QStringLiteral("2001:db8::/32")),
                 QStringLiteral("[ipv6-addr:value = '2001:db8::/32']"));
        QCOMPARE(stixPattern(IndicatorType::Sha256, QString(64, QLatin1Char('a'))),
                 QStringLiteral("[file:hashes.'SHA-256' = '%1']").arg(QString(64, 'a')));
        // Quotes and backslashes are escaped (STIX patterning, string literals).
        QCOMPARE(stixPattern(IndicatorType::FileName, QStringLiteral("it's\\x.exe")),
                 QStringLiteral("[file:name = 'it\\'s\\\\x.exe']"));
        QVERIFY(stixPattern(IndicatorType::Cve, QStringLiteral("CVE-2024-3400")).isEmpty());
    }

    // Export, then import the export into a fresh incident: every indicator comes back.
    void exportThenImportRoundTrip()
    {
        ManualClock clock;
        TestReplica r(QStringLiteral("me"), QStringLiteral("CCIRC"), clock);
        IncidentService svc(*r.log);
        IncidentDraft d;
        d.title = QStringLiteral("Hameçonnage visant les hôpitaux");
        d.summary = QStringLiteral("Campagne en cours");
        d.tlp = Tlp::AmberStrict;
        d.severity = Severity::High;
        const QString id = svc.createIncident(d);
        svc.setStatus(id, IncidentStatus::Investigating);
        svc.addIndicator(id, IndicatorType::IPv4, QStringLiteral("192.0.2.1"), "C2");
        svc.addIndicator(id, IndicatorType::Domain, QStringLiteral("evil.example"));
        svc.addIndicator(id, IndicatorType::Sha1, QString(40, QLatin1Char('b')));
        svc.addIndicator(id, IndicatorType::FileName, QStringLiteral("it's.exe"));
        svc.addIndicator(id, IndicatorType::Cve, QStringLiteral("CVE-2024-3400"));
        const QString other = svc.createIncident(d);
        svc.remove(other);

        const QDateTime now(QDate(2026, 12, 1), QTime(12, 0), Qt::UTC);
        const QByteArray bundle = exportStixBundle(svc, {id, other, QStringLiteral("nope")}, now);
        QJsonParseError error {};
        const QJsonObject root = QJsonDocument::fromJson(bundle, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(root.value("type").toString(), QStringLiteral("bundle"));
        QVERIFY(root.value("id").toString().startsWith(QLatin1String("bundle--")));

        const auto incidents = objectsOfType(bundle, QStringLiteral("incident"));
        QCOMPARE(incidents.size(), 1); // the deleted and the missing one are left out
        const QJsonObject incident = incidents.first();
        QCOMPARE(incident.value("id").toString(), QStringLiteral("incident--") + id);
        QCOMPARE(incident.value("name").toString(), d.title);
        QCOMPARE(incident.value("description").toString(), d.summary);
        QCOMPARE(incident.value("spec_version").toString(), QStringLiteral("2.1"));
        QCOMPARE(incident.value("object_marking_refs").toArray(),
                 QJsonArray {stixTlpMarkingId(Tlp::AmberStrict)});
        const QJsonObject core = incident.value("extensions")
                                     .toObject()
                                     .value(QLatin1String(kStixIncidentCoreExtension))
                                     .toObject();
        QCOMPARE(core.value("extension_type").toString(), QStringLiteral("property-extension"));
        QCOMPARE(core.value("determination").toString(), QStringLiteral("confirmed"));
        QCOMPARE(core.value("investigation_status").toString(), QStringLiteral("open"));
        QCOMPARE(core.value("criticality").toInt(), 75);
        QCOMPARE(core.value("other_object_refs").toArray().size(), 5);

        const auto indicators = objectsOfType(bundle, QStringLiteral("indicator"));
        QCOMPARE(indicators.size(), 4);
        QStringList patterns;
        for (const auto &i : indicators) {
            patterns << i.value("pattern").toString();
            QCOMPARE(i.value("pattern_type").toString(), QStringLiteral("stix"));
            QVERIFY(!i.value("valid_from").toString().isEmpty());
            QCOMPARE(i.value("object_marking_refs").toArray(),
                     QJsonArray {stixTlpMarkingId(Tlp::AmberStrict)});
        }
        QVERIFY(patterns.contains(QStringLiteral("[ipv4-addr:value = '192.0.2.1']")));
        QVERIFY(patterns.contains(QStringLiteral("[file:name = 'it\\'s.exe']")));
        const auto vulns = objectsOfType(bundle, QStringLiteral("vulnerability"));
        QCOMPARE(vulns.size(), 1);
        QCOMPARE(vulns.first().value("name").toString(), QStringLiteral("CVE-2024-3400"));
        QCOMPARE(objectsOfType(bundle, QStringLiteral("relationship")).size(), 5);
        const auto identities = objectsOfType(bundle, QStringLiteral("identity"));
        QCOMPARE(identities.size(), 1);
        QCOMPARE(identities.first().value("name").toString(), QStringLiteral("CCIRC"));
        QCOMPARE(incident.value("created_by_ref"), identities.first().value("id"));
        const auto markings = objectsOfType(bundle, QStringLiteral("marking-definition"));
        QCOMPARE(markings.size(), 1);
        QCOMPARE(markings.first()
                     .value("extensions")
                     .toObject()
                     .value(QLatin1String(kStixTlp2Extension))
                     .toObject()
                     .value("tlp_2_0")
                     .toString(),
                 QStringLiteral("amber+strict"));
        // Exporting again gives the same object ids (only the bundle id is new).
        const QByteArray again = exportStixBundle(svc, {id}, now);
        QCOMPARE(objectsOfType(again, QStringLiteral("relationship")).first().value("id"),
                 objectsOfType(bundle, QStringLiteral("relationship")).first().value("id"));

        // Import into a fresh incident of the same TLP: all five come back.
        const QString target = svc.createIncident(d);
        const StixImportPlan plan = planStixImport(bundle, Tlp::AmberStrict);
        QVERIFY2(plan.error.isEmpty(), qPrintable(plan.error));
        QCOMPARE(plan.accepted.size(), 5);
        QCOMPARE(plan.skipped.size(), 0);
        QCOMPARE(plan.otherObjects.value(QStringLiteral("relationship")), 5);
        QList<IncidentService::NewIndicator> adds;
        for (const auto &a : plan.accepted)
            adds.append({a.type, a.value, a.note});
        QCOMPARE(svc.addIndicators(target, adds).size(), 5);
        QStringList values;
        for (const auto &i : svc.indicators(target))
            values << i.type + QLatin1Char(':') + i.value;
        values.sort();
        QStringList expected;
        for (const auto &i : svc.indicators(id))
            expected << i.type + QLatin1Char(':') + i.value;
        expected.sort();
        QCOMPARE(values, expected);
        // The C2 note came back as the indicator's description.
        bool noted = false;
        for (const auto &a : plan.accepted)
            noted = noted || (a.value == QLatin1String("192.0.2.1") && a.note == "C2");
        QVERIFY(noted);

        // Into the same incident again: all duplicates. Into a GREEN incident: all above.
        QSet<QString> existing;
        for (const auto &i : svc.indicators(target)) {
            IndicatorType t {};
            QVERIFY(parseIndicatorType(i.type, &t));
            existing.insert(indicatorKey(t, i.value));
        }
        const auto again2 = planStixImport(bundle, Tlp::AmberStrict, existing);
        QCOMPARE(again2.accepted.size(), 0);
        QCOMPARE(again2.skipped.size(), 5);
        for (const auto &s : again2.skipped)
            QCOMPARE(s.reason, StixSkipReason::Duplicate);
        const auto green = planStixImport(bundle, Tlp::Green);
        QCOMPARE(green.accepted.size(), 0);
        for (const auto &s : green.skipped) {
            QCOMPARE(s.reason, StixSkipReason::MarkedAbove);
            QCOMPARE(s.detail, QStringLiteral("TLP:AMBER+STRICT"));
        }
    }

    // Every kind of object that does not become an indicator is reported with its reason.
    void importReportsWhatItSkips()
    {
        const QJsonArray objects {
            indicator("00000000-0000-4000-8000-000000000001", "[ipv4-addr:value = '198.51.100.7']",
                      {{"object_marking_refs", QJsonArray {kTlp1White}}, {"name", "scanner"}}),
            indicator("00000000-0000-4000-8000-000000000002",
                      "[domain-name:value = 'a.example'] OR [url:value = 'https://b.example/x']"),
            indicator("00000000-0000-4000-8000-000000000003", "[ipv4-addr:value = '10.0.0.1']",
                      {{"revoked", true}}),
            indicator("00000000-0000-4000-8000-000000000004", "title: sigma rule",
                      {{"pattern_type", "sigma"}}),
            indicator("00000000-0000-4000-8000-000000000005",
                      "[file:name = 'a.exe' AND file:size = '10']"),
            indicator("00000000-0000-4000-8000-000000000006",
                      "[ipv4-addr:value = '198.51.100.8'] WITHIN 300 SECONDS"),
            indicator("00000000-0000-4000-8000-000000000007", "[process:name = 'evil']"),
            indicator("00000000-0000-4000-8000-000000000008", "[ipv4-addr:value = '999.1.1.1']"),
            indicator("00000000-0000-4000-8000-000000000009", "[ipv4-addr:value = '198.51.100.7']"),
            indicator("00000000-0000-4000-8000-00000000000a", "[domain-name:value = 'red.example']",
                      {{"object_marking_refs", QJsonArray {kRed}}}),
            indicator("00000000-0000-4000-8000-00000000000b", "not a pattern"),
            indicator("00000000-0000-4000-8000-00000000000c",
                      "[file:name = '" + QString(100000, QLatin1Char('a')) + "']"),
            QJsonObject {
                {"type", "domain-name"}, {"id", "domain-name--1"}, {"value", "Observed.EXAMPLE"}},
            QJsonObject {{"type", "file"},
                         {"id", "file--1"},
                         {"hashes", QJsonObject {{"MD5", QString(32, 'c')}, {"TLSH", "T1ab"}}}},
            QJsonObject {
                {"type", "vulnerability"}, {"id", "vulnerability--1"}, {"name", "CVE-2021-44228"}},
            QJsonObject {{"type", "malware"}, {"id", "malware--1"}},
            QJsonObject {{"type", "malware"}, {"id", "malware--2"}},
            QJsonValue(42),
        };
        const StixImportPlan plan = planStixImport(bundleOf(objects), Tlp::Amber);
        QVERIFY(plan.error.isEmpty());
        QStringList accepted;
        for (const auto &a : plan.accepted)
            accepted << indicatorKey(a.type, a.value);
        QCOMPARE(accepted,
                 (QStringList {"ipv4:198.51.100.7", "domain:a.example", "url:https://b.example/x",
                               "domain:observed.example", "md5:" + QString(32, 'c'),
                               "cve:CVE-2021-44228"}));
        QCOMPARE(plan.accepted.first().note, QStringLiteral("scanner"));
        QMap<QString, StixSkipReason> reasons;
        for (const auto &s : plan.skipped)
            reasons.insert(s.objectId, s.reason);
        const auto reason = [&reasons](const char *suffix) {
            return reasons.value(QStringLiteral("indicator--00000000-0000-4000-8000-00000000000")
                                 + QLatin1String(suffix));
        };
        QCOMPARE(reasons.size(), 11);
        QCOMPARE(reason("3"), StixSkipReason::Revoked);
        QCOMPARE(reason("4"), StixSkipReason::PatternLanguage);
        QCOMPARE(reason("5"), StixSkipReason::CompoundPattern);
        QCOMPARE(reason("6"), StixSkipReason::CompoundPattern);
        QCOMPARE(reason("7"), StixSkipReason::UnsupportedObservable);
        QCOMPARE(reason("8"), StixSkipReason::InvalidValue);
        QCOMPARE(reason("9"), StixSkipReason::Duplicate);
        QCOMPARE(reason("a"), StixSkipReason::MarkedAbove);
        QCOMPARE(reason("b"), StixSkipReason::Malformed);
        QCOMPARE(reason("c"), StixSkipReason::Malformed); // far too long for one value
        QCOMPARE(reasons.value(QStringLiteral("file--1")), StixSkipReason::UnsupportedObservable);
        QCOMPARE(plan.otherObjects.value(QStringLiteral("malware")), 2);
        QCOMPARE(plan.otherObjects.value(QStringLiteral("?")), 1);
    }

    void importRejectsWhatIsNotABundle()
    {
        QCOMPARE(planStixImport("{\"type\": \"bundle\", ", Tlp::Red).error,
                 QStringLiteral("not-json"));
        QCOMPARE(planStixImport("[1,2]", Tlp::Red).error, QStringLiteral("not-a-bundle"));
        QCOMPARE(planStixImport("{\"type\":\"indicator\"}", Tlp::Red).error,
                 QStringLiteral("not-a-bundle"));
        QCOMPARE(planStixImport("{\"type\":\"bundle\",\"objects\":{}}", Tlp::Red).error,
                 QStringLiteral("not-a-bundle"));
        QCOMPARE(planStixImport(QByteArray(kStixMaxImportBytes + 1, ' '), Tlp::Red).error,
                 QStringLiteral("too-large"));
        QVERIFY(planStixImport("{\"type\":\"bundle\",\"objects\":[]}", Tlp::Red).error.isEmpty());
    }

    void addIndicatorsIsAllOrNothing()
    {
        ManualClock clock;
        TestReplica r(QStringLiteral("me"), QStringLiteral("CCIRC"), clock);
        IncidentService svc(*r.log);
        IncidentDraft d;
        d.title = QStringLiteral("Batch");
        const QString id = svc.createIncident(d);
        QVERIFY_THROWS_EXCEPTION(
            ValidationError,
            svc.addIndicators(id,
                              {{IndicatorType::IPv4, QStringLiteral("192.0.2.9"), {}},
                               {IndicatorType::IPv4, QStringLiteral("nope"), {}}}));
        QCOMPARE(svc.indicators(id).size(), 0);
        QCOMPARE(
            svc.addIndicators(id, {{IndicatorType::IPv4, QStringLiteral("192.0.2.9"), {}}}).size(),
            1);
        QCOMPARE(svc.indicators(id).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestStix)
#include "tst_stix.moc"
