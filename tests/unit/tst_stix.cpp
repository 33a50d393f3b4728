#include "TestSupport.h"

#include "domain/IncidentReference.h"
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
const QString kTlp1Green
    = QStringLiteral("marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da");
const QString kTlp1Amber
    = QStringLiteral("marking-definition--f88d31f6-486f-44da-b317-01333bde0b82");
const QString kTlp1Red = QStringLiteral("marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed");
const QString kGreen = QStringLiteral("marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb");
const QString kClear = QStringLiteral("marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487");

QJsonObject markingDefinition(const QString &id, const QJsonObject &extra)
{
    QJsonObject o {{"type", "marking-definition"},
                   {"spec_version", "2.1"},
                   {"id", id},
                   {"created", "2022-10-01T00:00:00.000Z"}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

QJsonObject markedWith(const QStringList &refs)
{
    return {{"object_marking_refs", QJsonArray::fromStringList(refs)}};
}

// The reason each skipped object was skipped, by id.
QMap<QString, StixSkip> skipsById(const StixImportPlan &plan)
{
    QMap<QString, StixSkip> out;
    for (const auto &s : plan.skipped)
        out.insert(s.objectId, s);
    return out;
}

QStringList acceptedIds(const StixImportPlan &plan)
{
    QStringList out;
    for (const auto &a : plan.accepted)
        out << a.objectId;
    return out;
}

// Objects by id, as compact JSON (what "byte-identical" compares).
QMap<QString, QByteArray> objectBytes(const QByteArray &bundle)
{
    QMap<QString, QByteArray> out;
    const auto objects = QJsonDocument::fromJson(bundle).object().value("objects").toArray();
    for (const auto &v : objects)
        out.insert(v.toObject().value("id").toString(),
                   QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    return out;
}

QString stampOf(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

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
        // TLP 1.0 ids (STIX 2.1 section 7.2.1.4).
        QVERIFY(stixMarkingTlp(kTlp1Green, &tlp));
        QCOMPARE(tlp, Tlp::Green);
        QVERIFY(stixMarkingTlp(kTlp1Amber, &tlp));
        QCOMPARE(tlp, Tlp::Amber);
        QVERIFY(stixMarkingTlp(kTlp1Red, &tlp));
        QCOMPARE(tlp, Tlp::Red);
        // Levels as marking definitions write them.
        const QList<std::pair<const char *, Tlp>> levels {{"amber", Tlp::Amber},
                                                          {"TLP:AMBER+STRICT", Tlp::AmberStrict},
                                                          {"tlp:clear", Tlp::Clear},
                                                          {"TLP:WHITE", Tlp::Clear},
                                                          {"White", Tlp::Clear},
                                                          {" TLP:Red ", Tlp::Red},
                                                          {"amber+strict", Tlp::AmberStrict}};
        for (const auto &[text, expected] : levels) {
            QVERIFY2(stixTlpLevel(QLatin1String(text), &tlp), text);
            QCOMPARE(tlp, expected);
        }
        QVERIFY(!stixTlpLevel(QStringLiteral("TLP:PURPLE"), &tlp));
        QVERIFY(!stixTlpLevel(QString(), &tlp));
    }

    void patterns()
    {
        QCOMPARE(stixPattern(IndicatorType::IPv4, QStringLiteral("192.0.2.1")),
                 QStringLiteral("[ipv4-addr:value = '192.0.2.1']"));
        // A range is a subset test (STIX patterning, set operators), not an equality.
        QCOMPARE(stixPattern(IndicatorType::Cidr, QStringLiteral("2001:db8::/32")),
                 QStringLiteral("[ipv6-addr:value ISSUBSET '2001:db8::/32']"));
        QCOMPARE(stixPattern(IndicatorType::Cidr, QStringLiteral("10.0.0.0/8")),
                 QStringLiteral("[ipv4-addr:value ISSUBSET '10.0.0.0/8']"));
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

        const QByteArray bundle = exportStixBundle(svc, {id, other, QStringLiteral("nope")});
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
        QCOMPARE(core.value("determination").toString(), QStringLiteral("suspected"));
        QCOMPARE(core.value("investigation_status").toString(), QStringLiteral("open"));
        QCOMPARE(core.value("criticality").toInt(), 75);
        QVERIFY(!core.contains("other_object_refs")); // not a property of the extension
        // The reference both centres quote, as an external reference (STIX 2.1 §2.5).
        const auto incidentRecord = svc.incident(id);
        QVERIFY(incidentRecord);
        const QString reference
            = incidentReference(incidentRecord->ownerCentre, incidentRecord->createdAt, id);
        QVERIFY(reference.startsWith(incidentRecord->ownerCentre + QLatin1Char('-')));
        QCOMPARE(
            incident.value("external_references").toArray(),
            (QJsonArray {QJsonObject {{"source_name", "liaison"}, {"external_id", reference}}}));

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
        const QByteArray again = exportStixBundle(svc, {id});
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
            adds.append({a.type, a.value, a.note, QStringLiteral("import:stix")});
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

    // Every exported incident's incident-core extension holds only properties the published
    // extension defines, determination from its enumeration, whatever the status.
    void exportFollowsIncidentCore()
    {
        ManualClock clock;
        TestReplica r(QStringLiteral("me"), QStringLiteral("CCIRC"), clock);
        IncidentService svc(*r.log);
        IncidentDraft d;
        d.title = QStringLiteral("Statuses");
        QStringList ids;
        for (const QString &key : statusKeys()) {
            IncidentStatus status {};
            QVERIFY(parseStatus(key, &status));
            const QString id = svc.createIncident(d);
            svc.setStatus(id, status);
            svc.addIndicator(id, IndicatorType::Domain, QStringLiteral("evil.example"));
            ids << id;
        }
        const QByteArray bundle = exportStixBundle(svc, ids);
        const auto incidents = objectsOfType(bundle, QStringLiteral("incident"));
        QCOMPARE(incidents.size(), ids.size());
        const QStringList allowed {"extension_type", "determination", "investigation_status",
                                   "criticality"};
        const QStringList determinations {"blocked",   "failed-attempt",     "false-positive",
                                          "low-value", "successful-attempt", "suspected"};
        QSet<QString> investigated;
        for (const auto &incident : incidents) {
            const QJsonObject core = incident.value("extensions")
                                         .toObject()
                                         .value(QLatin1String(kStixIncidentCoreExtension))
                                         .toObject();
            for (const QString &key : core.keys())
                QVERIFY2(allowed.contains(key), qPrintable(key));
            // Required by the extension's schema.
            QVERIFY(determinations.contains(core.value("determination").toString()));
            investigated.insert(core.value("investigation_status").toString());
            const int criticality = core.value("criticality").toInt(-1);
            QVERIFY(criticality >= 0 && criticality <= 100);
        }
        QCOMPARE(investigated, (QSet<QString> {"new", "open", "closed"}));
        // The link from an indicator to its incident is a relationship object.
        const auto relationships = objectsOfType(bundle, QStringLiteral("relationship"));
        QCOMPARE(relationships.size(), ids.size());
        for (const auto &rel : relationships) {
            QCOMPARE(rel.value("relationship_type").toString(), QStringLiteral("related-to"));
            QVERIFY(rel.value("source_ref").toString().startsWith(QLatin1String("indicator--")));
            QVERIFY(rel.value("target_ref").toString().startsWith(QLatin1String("incident--")));
        }
    }

    // created is when the record was made, modified when it last changed (the op log's HLC
    // wall times, from the injected clock); an unchanged incident exports the same bytes.
    void exportTimesComeFromTheOpLog()
    {
        const qint64 t0 = 1'700'000'000'000;
        ManualClock clock(t0);
        TestReplica r(QStringLiteral("me"), QStringLiteral("CCIRC"), clock);
        IncidentService svc(*r.log);
        IncidentDraft d;
        d.title = QStringLiteral("Times");
        d.tlp = Tlp::Green;
        const QString id = svc.createIncident(d);
        clock.advance(60'000);
        const QString indicatorId
            = svc.addIndicator(id, IndicatorType::IPv4, QStringLiteral("192.0.2.7"));
        clock.advance(60'000);
        svc.setSummary(id, QStringLiteral("Changed later"));
        clock.advance(60'000);

        const QByteArray first = exportStixBundle(svc, {id});
        const auto byId = [](const QByteArray &bundle, const QString &stixId) {
            const auto objects
                = QJsonDocument::fromJson(bundle).object().value("objects").toArray();
            for (const auto &v : objects) {
                if (v.toObject().value("id").toString() == stixId)
                    return v.toObject();
            }
            return QJsonObject();
        };
        const QJsonObject incident = byId(first, QStringLiteral("incident--") + id);
        QCOMPARE(incident.value("created").toString(), stampOf(t0));
        QCOMPARE(incident.value("modified").toString(), stampOf(t0 + 120'000));
        const QJsonObject indicator = byId(first, QStringLiteral("indicator--") + indicatorId);
        QCOMPARE(indicator.value("created").toString(), stampOf(t0 + 60'000));
        QCOMPARE(indicator.value("modified").toString(), stampOf(t0 + 60'000));
        QCOMPARE(indicator.value("valid_from").toString(), stampOf(t0 + 60'000));
        const auto relationships = objectsOfType(first, QStringLiteral("relationship"));
        QCOMPARE(relationships.size(), 1);
        QCOMPARE(relationships.first().value("created").toString(), stampOf(t0 + 60'000));
        for (const QJsonValue &v :
             QJsonDocument::fromJson(first).object().value("objects").toArray()) {
            const QJsonObject o = v.toObject();
            if (o.value("type").toString() == QLatin1String("marking-definition"))
                continue; // immutable: created only (STIX 2.1, 7.2.1)
            QVERIFY2(o.value("created").toString() <= o.value("modified").toString(),
                     qPrintable(o.value("id").toString()));
        }

        // Later, nothing changed: every object is the same, byte for byte (the bundle id is new).
        clock.advance(3'600'000);
        const QByteArray second = exportStixBundle(svc, {id});
        QCOMPARE(objectBytes(second), objectBytes(first));
        QVERIFY(QJsonDocument::fromJson(second).object().value("id")
                != QJsonDocument::fromJson(first).object().value("id"));

        // A new marking on the incident is a new version of every object that carries it.
        svc.setTlp(id, Tlp::Amber);
        const QByteArray third = exportStixBundle(svc, {id});
        const qint64 t4 = t0 + 180'000 + 3'600'000;
        QCOMPARE(byId(third, QStringLiteral("indicator--") + indicatorId).value("modified"),
                 QJsonValue(stampOf(t4)));
        QCOMPARE(byId(third, QStringLiteral("indicator--") + indicatorId).value("created"),
                 QJsonValue(stampOf(t0 + 60'000)));
        QCOMPARE(objectsOfType(third, QStringLiteral("relationship")).first().value("modified"),
                 QJsonValue(stampOf(t4)));
        QCOMPARE(byId(third, QStringLiteral("incident--") + id).value("modified"),
                 QJsonValue(stampOf(t4)));
    }

    // CIDR ranges go out as ISSUBSET and come back as ranges.
    void cidrRoundTrip()
    {
        ManualClock clock;
        TestReplica r(QStringLiteral("me"), QStringLiteral("CCIRC"), clock);
        IncidentService svc(*r.log);
        IncidentDraft d;
        d.title = QStringLiteral("Ranges");
        const QString id = svc.createIncident(d);
        svc.addIndicator(id, IndicatorType::Cidr, QStringLiteral("10.0.0.0/8"));
        svc.addIndicator(id, IndicatorType::Cidr, QStringLiteral("2001:db8::/32"));
        const QByteArray bundle = exportStixBundle(svc, {id});
        QStringList patterns;
        for (const auto &i : objectsOfType(bundle, QStringLiteral("indicator")))
            patterns << i.value("pattern").toString();
        patterns.sort();
        QCOMPARE(patterns,
                 (QStringList {"[ipv4-addr:value ISSUBSET '10.0.0.0/8']",
                               "[ipv6-addr:value ISSUBSET '2001:db8::/32']"}));
        const StixImportPlan plan = planStixImport(bundle, Tlp::Amber);
        QCOMPARE(plan.skipped.size(), 0);
        QCOMPARE(plan.accepted.size(), 2);
        for (const auto &a : plan.accepted)
            QCOMPARE(a.type, IndicatorType::Cidr);
        // ISSUBSET on anything but an address is still a comparison Liaison cannot hold.
        const auto other
            = planStixImport(bundleOf({indicator("00000000-0000-4000-8000-000000000001",
                                                 "[domain-name:value ISSUBSET 'example.com']")}),
                             Tlp::Amber);
        QCOMPARE(other.skipped.size(), 1);
        QCOMPARE(other.skipped.first().reason, StixSkipReason::CompoundPattern);
    }

    // The published TLP ids mean what OASIS defines: a bundle cannot redefine them.
    void publishedMarkingsCannotBeRedefined()
    {
        const QString tlp2Ext = QLatin1String(kStixTlp2Extension);
        const QJsonArray objects {
            markingDefinition(kRed,
                              {{"name", "TLP:CLEAR"},
                               {"extensions",
                                QJsonObject {{tlp2Ext,
                                              QJsonObject {{"extension_type", "property-extension"},
                                                           {"tlp_2_0", "clear"}}}}}}),
            markingDefinition(
                kTlp1Red,
                {{"definition_type", "tlp"}, {"definition", QJsonObject {{"tlp", "white"}}}}),
            markingDefinition(
                kClear, {{"definition_type", "tlp"}, {"definition", QJsonObject {{"tlp", "red"}}}}),
            indicator("00000000-0000-4000-8000-000000000001", "[ipv4-addr:value = '192.0.2.1']",
                      markedWith({kRed})),
            indicator("00000000-0000-4000-8000-000000000002", "[ipv4-addr:value = '192.0.2.2']",
                      markedWith({kTlp1Red})),
            indicator("00000000-0000-4000-8000-000000000003", "[ipv4-addr:value = '192.0.2.3']",
                      markedWith({kClear})),
        };
        const StixImportPlan plan = planStixImport(bundleOf(objects), Tlp::Green);
        QCOMPARE(acceptedIds(plan),
                 QStringList {"indicator--00000000-0000-4000-8000-000000000003"});
        const auto skips = skipsById(plan);
        QCOMPARE(skips.size(), 2);
        for (const auto &s : skips) {
            QCOMPARE(s.reason, StixSkipReason::MarkedAbove);
            QCOMPARE(s.detail, QStringLiteral("TLP:RED"));
        }
    }

    // Marking definitions of the bundle are read by what they say, in the forms tools write.
    void markingsRecognisedByContent()
    {
        const auto custom = [](int n) {
            return QStringLiteral("marking-definition--00000000-0000-4000-8000-%1")
                .arg(n, 12, 10, QLatin1Char('0'));
        };
        const QString tlp2Ext = QLatin1String(kStixTlp2Extension);
        const QJsonArray objects {
            // STIX 2.1 TLP 1.0 style
            markingDefinition(
                custom(1),
                {{"definition_type", "tlp"}, {"definition", QJsonObject {{"tlp", "amber"}}}}),
            // OpenCTI: AMBER+STRICT under its own id
            markingDefinition(custom(2),
                              {{"definition_type", "TLP"},
                               {"name", "TLP:AMBER+STRICT"},
                               {"definition", QJsonObject {{"TLP", "TLP:AMBER+STRICT"}}}}),
            markingDefinition(
                custom(3),
                {{"definition_type", "TLP"}, {"definition", QJsonObject {{"TLP", "TLP:WHITE"}}}}),
            markingDefinition(
                custom(4),
                {{"definition_type", "tlp"}, {"definition", QJsonObject {{"tlp", "TLP:CLEAR"}}}}),
            // TLP 2.0 extension under another id
            markingDefinition(custom(5),
                              {{"extensions",
                                QJsonObject {{tlp2Ext,
                                              QJsonObject {{"extension_type", "property-extension"},
                                                           {"tlp_2_0", "green"}}}}}}),
            indicator("00000000-0000-4000-8000-000000000001", "[ipv4-addr:value = '192.0.2.1']",
                      markedWith({custom(1)})),
            indicator("00000000-0000-4000-8000-000000000002", "[ipv4-addr:value = '192.0.2.2']",
                      markedWith({custom(2)})),
            indicator("00000000-0000-4000-8000-000000000003", "[ipv4-addr:value = '192.0.2.3']",
                      markedWith({custom(3)})),
            indicator("00000000-0000-4000-8000-000000000004", "[ipv4-addr:value = '192.0.2.4']",
                      markedWith({custom(4)})),
            indicator("00000000-0000-4000-8000-000000000005", "[ipv4-addr:value = '192.0.2.5']",
                      markedWith({custom(5)})),
            // TLP 1.0 published ids
            indicator("00000000-0000-4000-8000-000000000006", "[ipv4-addr:value = '192.0.2.6']",
                      markedWith({kTlp1White})),
            indicator("00000000-0000-4000-8000-000000000007", "[ipv4-addr:value = '192.0.2.7']",
                      markedWith({kTlp1Green})),
            indicator("00000000-0000-4000-8000-000000000008", "[ipv4-addr:value = '192.0.2.8']",
                      markedWith({kTlp1Amber})),
            indicator("00000000-0000-4000-8000-000000000009", "[ipv4-addr:value = '192.0.2.9']",
                      markedWith({kTlp1Red})),
        };
        const QByteArray bundle = bundleOf(objects);
        const auto id = [](int n) {
            return QStringLiteral("indicator--00000000-0000-4000-8000-00000000000%1").arg(n);
        };
        {
            // Into a CLEAR incident: only the CLEAR / WHITE ones.
            const StixImportPlan plan = planStixImport(bundle, Tlp::Clear);
            QCOMPARE(acceptedIds(plan), (QStringList {id(3), id(4), id(6)}));
            const auto skips = skipsById(plan);
            QCOMPARE(skips.value(id(1)).detail, QStringLiteral("TLP:AMBER"));
            QCOMPARE(skips.value(id(2)).detail, QStringLiteral("TLP:AMBER+STRICT"));
            QCOMPARE(skips.value(id(5)).detail, QStringLiteral("TLP:GREEN"));
            QCOMPARE(skips.value(id(7)).detail, QStringLiteral("TLP:GREEN"));
            QCOMPARE(skips.value(id(8)).detail, QStringLiteral("TLP:AMBER"));
            QCOMPARE(skips.value(id(9)).detail, QStringLiteral("TLP:RED"));
            for (const auto &s : skips)
                QCOMPARE(s.reason, StixSkipReason::MarkedAbove);
        }
        {
            // Into an AMBER incident: all but AMBER+STRICT and RED.
            const StixImportPlan plan = planStixImport(bundle, Tlp::Amber);
            QCOMPARE(acceptedIds(plan),
                     (QStringList {id(1), id(3), id(4), id(5), id(6), id(7), id(8)}));
            QCOMPARE(skipsById(plan).keys(), (QStringList {id(2), id(9)}));
        }
    }

    // A marking on part of an object (granular_markings) marks the whole object.
    void granularMarkingsCount()
    {
        const QJsonArray objects {
            indicator("00000000-0000-4000-8000-000000000001", "[ipv4-addr:value = '192.0.2.1']",
                      {{"object_marking_refs", QJsonArray {kGreen}},
                       {"granular_markings",
                        QJsonArray {QJsonObject {{"marking_ref", kRed},
                                                 {"selectors", QJsonArray {"description"}}}}}}),
            indicator(
                "00000000-0000-4000-8000-000000000002", "[ipv4-addr:value = '192.0.2.2']",
                {{"granular_markings",
                  QJsonArray {QJsonObject {{"lang", "fr"}, {"selectors", QJsonArray {"name"}}},
                              QJsonObject {{"marking_ref", kGreen},
                                           {"selectors", QJsonArray {"pattern"}}}}}}),
        };
        const StixImportPlan plan = planStixImport(bundleOf(objects), Tlp::Amber);
        QCOMPARE(acceptedIds(plan),
                 QStringList {"indicator--00000000-0000-4000-8000-000000000002"});
        QCOMPARE(plan.skipped.size(), 1);
        QCOMPARE(plan.skipped.first().reason, StixSkipReason::MarkedAbove);
        QCOMPARE(plan.skipped.first().detail, QStringLiteral("TLP:RED"));
    }

    // A report's or grouping's marking applies to the objects it holds (nested, too): the
    // strictest wins, and the plan says which container it came from.
    void containerMarkingsApply()
    {
        const auto id = [](int n) {
            return QStringLiteral("indicator--00000000-0000-4000-8000-00000000000%1").arg(n);
        };
        const QString amberStrict = stixTlpMarkingId(Tlp::AmberStrict);
        const QString amber = stixTlpMarkingId(Tlp::Amber);
        const QJsonArray objects {
            indicator("00000000-0000-4000-8000-000000000001", "[ipv4-addr:value = '192.0.2.1']",
                      markedWith({kGreen})),
            indicator("00000000-0000-4000-8000-000000000002", "[ipv4-addr:value = '192.0.2.2']"),
            indicator("00000000-0000-4000-8000-000000000003", "[ipv4-addr:value = '192.0.2.3']"),
            indicator("00000000-0000-4000-8000-000000000004", "[ipv4-addr:value = '192.0.2.4']",
                      markedWith({amber})),
            indicator("00000000-0000-4000-8000-000000000005", "[ipv4-addr:value = '192.0.2.5']"),
            QJsonObject {{"type", "report"},
                         {"id", "report--1"},
                         {"name", "red report"},
                         {"object_marking_refs", QJsonArray {kRed}},
                         {"object_refs", QJsonArray {id(1)}}},
            QJsonObject {{"type", "grouping"},
                         {"id", "grouping--1"},
                         {"object_marking_refs", QJsonArray {amber}},
                         {"object_refs", QJsonArray {id(2)}}},
            // Nested: a GREEN report holds an AMBER+STRICT grouping that holds indicator 3;
            // the report also holds indicator 4 (AMBER itself: its own marking is stricter).
            QJsonObject {{"type", "report"},
                         {"id", "report--2"},
                         {"object_marking_refs", QJsonArray {kGreen}},
                         {"object_refs", QJsonArray {"grouping--2", id(4), "report--2"}}},
            QJsonObject {{"type", "grouping"},
                         {"id", "grouping--2"},
                         {"object_marking_refs", QJsonArray {amberStrict}},
                         {"object_refs", QJsonArray {id(3)}}},
            // Two containers loop on each other; the RED one wins for what they hold.
            QJsonObject {{"type", "grouping"},
                         {"id", "grouping--3"},
                         {"object_refs", QJsonArray {"grouping--4"}}},
            QJsonObject {{"type", "grouping"},
                         {"id", "grouping--4"},
                         {"object_marking_refs", QJsonArray {kRed}},
                         {"object_refs", QJsonArray {"grouping--3", id(5)}}},
        };
        const StixImportPlan plan = planStixImport(bundleOf(objects), Tlp::Amber);
        QCOMPARE(acceptedIds(plan), (QStringList {id(2), id(4)}));
        QCOMPARE(plan.accepted.at(0).markedBy, QStringLiteral("grouping--1"));
        QVERIFY(plan.accepted.at(1).markedBy.isEmpty());
        const auto skips = skipsById(plan);
        QCOMPARE(skips.size(), 3);
        QCOMPARE(skips.value(id(1)).reason, StixSkipReason::MarkedAbove);
        QCOMPARE(skips.value(id(1)).detail, QStringLiteral("TLP:RED"));
        QCOMPARE(skips.value(id(1)).markedBy, QStringLiteral("report--1"));
        QCOMPARE(skips.value(id(3)).detail, QStringLiteral("TLP:AMBER+STRICT"));
        QCOMPARE(skips.value(id(3)).markedBy, QStringLiteral("grouping--2"));
        QCOMPARE(skips.value(id(5)).detail, QStringLiteral("TLP:RED"));
        QCOMPARE(skips.value(id(5)).markedBy, QStringLiteral("grouping--4"));
        QCOMPARE(plan.inheritedMarkings, 4); // 1, 2, 3 and 5
        QCOMPARE(plan.otherObjects.value(QStringLiteral("report")), 2);
        QCOMPARE(plan.otherObjects.value(QStringLiteral("grouping")), 4);
    }

    // A marking Liaison cannot identify might be stricter than the incident: skipped.
    void unknownMarkingsSkip()
    {
        const QString statement
            = QStringLiteral("marking-definition--00000000-0000-4000-8000-000000000001");
        const QString acs
            = QStringLiteral("marking-definition--00000000-0000-4000-8000-000000000002");
        const QString unreadable
            = QStringLiteral("marking-definition--00000000-0000-4000-8000-000000000003");
        const QString missing
            = QStringLiteral("marking-definition--00000000-0000-4000-8000-000000000004");
        const QJsonArray objects {
            markingDefinition(statement,
                              {{"definition_type", "statement"},
                               {"definition", QJsonObject {{"statement", "Copyright 2026"}}}}),
            markingDefinition(
                acs,
                {{"extensions",
                  QJsonObject {{"extension-definition--3a65884d-005a-4290-"
                                "8335-cb2d778a83ce",
                                QJsonObject {{"extension_type", "property-extension"}}}}}}),
            markingDefinition(
                unreadable,
                {{"definition_type", "tlp"}, {"definition", QJsonObject {{"tlp", "purple"}}}}),
            indicator("00000000-0000-4000-8000-000000000001", "[ipv4-addr:value = '192.0.2.1']",
                      markedWith({statement, kGreen})),
            indicator("00000000-0000-4000-8000-000000000002", "[ipv4-addr:value = '192.0.2.2']",
                      markedWith({acs})),
            indicator("00000000-0000-4000-8000-000000000003", "[ipv4-addr:value = '192.0.2.3']",
                      markedWith({kGreen, unreadable})),
            indicator("00000000-0000-4000-8000-000000000004", "[ipv4-addr:value = '192.0.2.4']",
                      markedWith({missing})),
            indicator("00000000-0000-4000-8000-000000000005", "[ipv4-addr:value = '192.0.2.5']",
                      {{"granular_markings",
                        QJsonArray {QJsonObject {{"marking_ref", missing},
                                                 {"selectors", QJsonArray {"pattern"}}}}}}),
            // An unknown marking on a report reaches what it holds.
            indicator("00000000-0000-4000-8000-000000000006", "[ipv4-addr:value = '192.0.2.6']"),
            QJsonObject {
                {"type", "report"},
                {"id", "report--1"},
                {"object_marking_refs", QJsonArray {missing}},
                {"object_refs", QJsonArray {"indicator--00000000-0000-4000-8000-000000000006"}}},
        };
        const StixImportPlan plan = planStixImport(bundleOf(objects), Tlp::Red);
        QCOMPARE(acceptedIds(plan),
                 QStringList {"indicator--00000000-0000-4000-8000-000000000001"});
        const auto skips = skipsById(plan);
        QCOMPARE(skips.size(), 5);
        for (const auto &s : skips)
            QCOMPARE(s.reason, StixSkipReason::UnknownMarking);
        QCOMPARE(skips.value("indicator--00000000-0000-4000-8000-000000000002").detail, acs);
        QCOMPARE(skips.value("indicator--00000000-0000-4000-8000-000000000003").detail, unreadable);
        QCOMPARE(skips.value("indicator--00000000-0000-4000-8000-000000000004").detail, missing);
        QCOMPARE(skips.value("indicator--00000000-0000-4000-8000-000000000006").markedBy,
                 QStringLiteral("report--1"));
    }

    // STIX patterning Liaison does not read is "unsupported", not "unreadable".
    void unsupportedPatternSyntax()
    {
        const QStringList unsupported {
            "[ipv4-addr:value NOT = '192.0.2.1']",
            "[email-message:to_refs[*].value = 'a@example.com']",
            "[network-traffic:extensions.'http-request-ext'.request_header[0] = 'x']",
            "[(ipv4-addr:value = '192.0.2.1')]",
            "([domain-name:value = 'a.example'] OR [domain-name:value = 'b.example'])",
            "[ipv4-addr:value = '192.0.2.1' AND NOT ipv4-addr:value = '192.0.2.2']",
        };
        QJsonArray objects;
        for (int i = 0; i < unsupported.size(); ++i)
            objects.append(
                indicator(QStringLiteral("00000000-0000-4000-8000-%1").arg(i, 12, 10, QChar('0')),
                          unsupported.at(i)));
        // Inside a value, the same characters are only text.
        objects.append(indicator("00000000-0000-4000-8000-0000000000a1",
                                 "[url:value = 'https://a.example/(NOT)/x[0]']"));
        objects.append(indicator("00000000-0000-4000-8000-0000000000a2",
                                 "[domain-name:value = 'not.example']"));
        const StixImportPlan plan = planStixImport(bundleOf(objects), Tlp::Amber);
        QCOMPARE(plan.accepted.size(), 2);
        QCOMPARE(plan.accepted.at(0).value, QStringLiteral("https://a.example/(NOT)/x[0]"));
        QCOMPARE(plan.skipped.size(), unsupported.size());
        for (const auto &s : plan.skipped) {
            QCOMPARE(s.reason, StixSkipReason::UnsupportedPattern);
            QVERIFY(unsupported.contains(s.detail));
        }
    }

    // An indicator past its valid_until (by the clock the caller gives) is skipped.
    void expiredIndicatorsSkip()
    {
        const QDateTime now(QDate(2026, 12, 1), QTime(12, 0), Qt::UTC);
        const QJsonArray objects {
            indicator("00000000-0000-4000-8000-000000000001", "[ipv4-addr:value = '192.0.2.1']",
                      {{"valid_until", "2026-12-01T11:59:59.999Z"}}),
            indicator("00000000-0000-4000-8000-000000000002", "[ipv4-addr:value = '192.0.2.2']",
                      {{"valid_until", "2026-12-01T12:00:00.001Z"}}),
            indicator("00000000-0000-4000-8000-000000000003", "[ipv4-addr:value = '192.0.2.3']",
                      {{"valid_until", "2026-12-01T12:00:00Z"}}),
            indicator("00000000-0000-4000-8000-000000000004", "[ipv4-addr:value = '192.0.2.4']"),
        };
        const StixImportPlan plan = planStixImport(bundleOf(objects), Tlp::Amber, {}, now);
        QCOMPARE(acceptedIds(plan),
                 (QStringList {"indicator--00000000-0000-4000-8000-000000000002",
                               "indicator--00000000-0000-4000-8000-000000000004"}));
        const auto skips = skipsById(plan);
        QCOMPARE(skips.size(), 2);
        QCOMPARE(skips.value("indicator--00000000-0000-4000-8000-000000000001").reason,
                 StixSkipReason::Expired);
        QCOMPARE(skips.value("indicator--00000000-0000-4000-8000-000000000001").detail,
                 QStringLiteral("2026-12-01T11:59:59.999Z"));
        QCOMPARE(skips.value("indicator--00000000-0000-4000-8000-000000000003").reason,
                 StixSkipReason::Expired);
        // A day earlier, all four are still valid.
        QCOMPARE(planStixImport(bundleOf(objects), Tlp::Amber, {}, now.addDays(-1)).accepted.size(),
                 4);
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
                              {{IndicatorType::IPv4, QStringLiteral("192.0.2.9"), {}, {}},
                               {IndicatorType::IPv4, QStringLiteral("nope"), {}, {}}}));
        QCOMPARE(svc.indicators(id).size(), 0);
        QCOMPARE(svc.addIndicators(id, {{IndicatorType::IPv4, QStringLiteral("192.0.2.9"), {}, {}}})
                     .size(),
                 1);
        QCOMPARE(svc.indicators(id).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestStix)
#include "tst_stix.moc"
