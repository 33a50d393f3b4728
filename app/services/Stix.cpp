#include "services/Stix.h"

#include "domain/IncidentReference.h"
#include "domain/Schema.h"
#include "services/IncidentService.h"
#include "sync/Hlc.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUuid>

#include <algorithm>
#include <optional>

namespace liaison {

namespace {

// Namespace of the name-based (version 5) UUIDs of objects that have no Liaison id of their
// own: centre identities and relationships. Fixed, so that exports are repeatable.
const QUuid kLiaisonNamespace(QStringLiteral("6f1a4d0e-3b9c-4e57-9a2d-8c1e5b7f3a60"));

struct MarkingInfo
{
    Tlp tlp;
    const char *id;
    const char *name;
};

constexpr MarkingInfo kTlp2Markings[] = {
    {Tlp::Clear, "marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487", "TLP:CLEAR"},
    {Tlp::Green, "marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb", "TLP:GREEN"},
    {Tlp::Amber, "marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421", "TLP:AMBER"},
    {Tlp::AmberStrict, "marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003",
     "TLP:AMBER+STRICT"},
    {Tlp::Red, "marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1", "TLP:RED"},
};

// TLP 1.0, predefined by STIX 2.1 section 7.2.1.4.
constexpr MarkingInfo kTlp1Markings[] = {
    {Tlp::Clear, "marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9", "TLP:WHITE"},
    {Tlp::Green, "marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da", "TLP:GREEN"},
    {Tlp::Amber, "marking-definition--f88d31f6-486f-44da-b317-01333bde0b82", "TLP:AMBER"},
    {Tlp::Red, "marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed", "TLP:RED"},
};

// Longest STIX pattern read (a URL indicator's pattern is at most about 2,100 characters).
constexpr qsizetype kMaxPatternLength = 4096;

// The date the TLP 2.0 marking definitions carry: part of the published objects.
constexpr const char *kTlp2Created = "2022-10-01T00:00:00.000Z";

// The created and modified dates of the centre identities. An identity holds nothing that
// changes (its name is the centre code its id is derived from), so the same fixed date in every
// export keeps it the same object, byte for byte.
constexpr const char *kIdentityCreated = "2020-01-01T00:00:00.000Z";

QString stamp(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QString stamp(qint64 ms)
{
    return stamp(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC));
}

QString v5(const QString &name)
{
    return QUuid::createUuidV5(kLiaisonNamespace, name).toString(QUuid::WithoutBraces);
}

QJsonObject markingObject(const MarkingInfo &m)
{
    return {{"type", "marking-definition"},
            {"spec_version", "2.1"},
            {"id", QLatin1String(m.id)},
            {"created", QLatin1String(kTlp2Created)},
            {"name", QLatin1String(m.name)},
            {"extensions",
             QJsonObject {{QLatin1String(kStixTlp2Extension),
                           QJsonObject {{"extension_type", "property-extension"},
                                        {"tlp_2_0", tlpKey(m.tlp)}}}}}};
}

QString escapePatternValue(QString value)
{
    value.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    value.replace(QLatin1Char('\''), QLatin1String("\\'"));
    return value;
}

// Incident-core extension (extension-definition--ef765651-…, JSON schema with
// additionalProperties false): extension_type, determination and investigation_status are
// required; criticality 0-100 is optional. Liaison records no outcome (blocked, failed-attempt,
// successful-attempt, false-positive, low-value), so determination is always "suspected", the
// value the extension says to use until a well-researched result is available.
QJsonObject incidentCore(const Incident &incident)
{
    IncidentStatus status = IncidentStatus::New;
    parseStatus(incident.status, &status);
    const char *investigation = status == IncidentStatus::New                      ? "new"
        : (status == IncidentStatus::Resolved || status == IncidentStatus::Closed) ? "closed"
                                                                                   : "open";
    Severity severity = Severity::Medium;
    parseSeverity(incident.severity, &severity);
    return {{"extension_type", "property-extension"},
            {"determination", "suspected"},
            {"investigation_status", investigation},
            {"criticality", (int(severity) + 1) * 25}};
}

// When a record was created and last changed: the wall times of the first and the latest op of
// its entity id (ops are ordered by HLC, whose wall part never decreases, so created <=
// modified), and of the latest op that set its "tlp" field (0 if none).
struct RecordTimes
{
    qint64 created = 0;
    qint64 modified = 0;
    qint64 tlpChanged = 0;
};

RecordTimes recordTimes(const OpLog &log, const char *entityName, const QString &id,
                        const RecordTimes &fallback)
{
    const std::vector<Op> ops = log.opsFor(QString::fromLatin1(entityName), id);
    if (ops.empty())
        return fallback;
    RecordTimes t;
    t.created = qint64(HybridClock::wallMs(ops.front().hlc));
    for (const Op &op : ops) {
        const qint64 wall = qint64(HybridClock::wallMs(op.hlc));
        t.modified = std::max(t.modified, wall);
        for (const auto &field : op.fields) {
            if (field.first == QLatin1String("tlp"))
                t.tlpChanged = std::max(t.tlpChanged, wall);
        }
    }
    return t;
}

// What an object path of a STIX pattern (or an observable's property) stands for.
bool observableType(const QString &object, QString path, const QString &value, IndicatorType *out)
{
    path.remove(QLatin1Char('\''));
    const QString o = object.toLower();
    if (o == QLatin1String("ipv4-addr") && path == QLatin1String("value")) {
        *out = value.contains(QLatin1Char('/')) ? IndicatorType::Cidr : IndicatorType::IPv4;
        return true;
    }
    if (o == QLatin1String("ipv6-addr") && path == QLatin1String("value")) {
        *out = value.contains(QLatin1Char('/')) ? IndicatorType::Cidr : IndicatorType::IPv6;
        return true;
    }
    if (path != QLatin1String("value") && o != QLatin1String("file"))
        return false;
    if (o == QLatin1String("domain-name"))
        *out = IndicatorType::Domain;
    else if (o == QLatin1String("url"))
        *out = IndicatorType::Url;
    else if (o == QLatin1String("email-addr"))
        *out = IndicatorType::Email;
    else if (o == QLatin1String("file")) {
        const QString p = path.toUpper();
        if (p == QLatin1String("HASHES.MD5"))
            *out = IndicatorType::Md5;
        else if (p == QLatin1String("HASHES.SHA-1") || p == QLatin1String("HASHES.SHA1"))
            *out = IndicatorType::Sha1;
        else if (p == QLatin1String("HASHES.SHA-256") || p == QLatin1String("HASHES.SHA256"))
            *out = IndicatorType::Sha256;
        else if (p == QLatin1String("NAME"))
            *out = IndicatorType::FileName;
        else
            return false;
    } else
        return false;
    return true;
}

struct Comparison
{
    QString object;
    QString path;
    QString value;
};

enum class PatternParse { Ok, Compound, Malformed };

// The pattern with the content of its string literals (values, quoted path steps such as
// hashes.'SHA-256') blanked, so that what is left is the pattern's own syntax.
QString withoutLiterals(const QString &pattern)
{
    QString out;
    out.reserve(pattern.size());
    bool inLiteral = false;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        if (!inLiteral) {
            out.append(c);
            inLiteral = c == QLatin1Char('\'');
        } else if (c == QLatin1Char('\\')) {
            ++i; // an escaped character
        } else if (c == QLatin1Char('\'')) {
            out.append(c);
            inLiteral = false;
        }
    }
    return out;
}

// STIX patterning that Liaison does not read: NOT, list indexes ("[*]", "[0]") and
// parenthesised comparisons or observations.
bool usesUnsupportedSyntax(const QString &pattern)
{
    static const QRegularExpression unsupported(
        QStringLiteral("[()]|(?<![A-Za-z0-9_-])NOT(?![A-Za-z0-9_-])|\\[\\s*(\\*|[0-9]+)\\s*\\]"));
    return withoutLiterals(pattern).contains(unsupported);
}

// Simple patterns only: comparisons "object:path = 'value'" joined by OR, in brackets; an
// address may also be compared with ISSUBSET (a CIDR range).
PatternParse parsePattern(const QString &pattern, QList<Comparison> *out)
{
    static const QRegularExpression comparison(QStringLiteral(
        "([A-Za-z0-9-]+):([A-Za-z0-9_.'-]+?)\\s*(=|!=|<=|>=|<|>|LIKE|MATCHES|IN|ISSUBSET|"
        "ISSUPERSET)\\s*'((?:[^'\\\\]|\\\\.)*)'"));
    QString rest = pattern;
    bool compound = false;
    auto it = comparison.globalMatch(pattern);
    while (it.hasNext()) {
        const auto m = it.next();
        const QString op = m.captured(3);
        const QString object = m.captured(1).toLower();
        const bool address
            = object == QLatin1String("ipv4-addr") || object == QLatin1String("ipv6-addr");
        if (op != QLatin1String("=") && !(op == QLatin1String("ISSUBSET") && address))
            compound = true;
        QString value = m.captured(4);
        value.replace(QLatin1String("\\'"), QLatin1String("'"));
        value.replace(QLatin1String("\\\\"), QLatin1String("\\"));
        out->append({m.captured(1), m.captured(2), value});
    }
    if (out->isEmpty() || !pattern.trimmed().startsWith(QLatin1Char('[')))
        return PatternParse::Malformed;
    rest.replace(comparison, QString());
    static const QRegularExpression separators(QStringLiteral("[\\s\\[\\]()]+"));
    rest.replace(separators, QStringLiteral(" "));
    const QStringList words = rest.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &w : words) {
        if (w != QLatin1String("OR"))
            compound = true;
    }
    return compound ? PatternParse::Compound : PatternParse::Ok;
}

QString noteOf(const QJsonObject &object)
{
    QString note = object.value(QLatin1String("description")).toString();
    if (note.isEmpty())
        note = object.value(QLatin1String("name")).toString();
    return note.left(500);
}

// How strictly an imported object is marked: the strictest TLP level among its markings, and
// the first marking that could not be identified (neither a TLP level nor a statement).
struct MarkingLevel
{
    std::optional<Tlp> tlp;
    QString unknown;

    // Takes the stricter of both; true when that changed this one.
    bool absorb(const MarkingLevel &other)
    {
        bool changed = false;
        if (other.tlp && (!tlp || *other.tlp > *tlp)) {
            tlp = other.tlp;
            changed = true;
        }
        if (unknown.isEmpty() && !other.unknown.isEmpty()) {
            unknown = other.unknown;
            changed = true;
        }
        return changed;
    }
};

// A marking definition of the bundle: a TLP level, a statement (copyright, terms of use: no
// handling restriction), or something else that Liaison cannot read.
struct MarkingDefinition
{
    std::optional<Tlp> tlp;
    bool statement = false;
};

MarkingDefinition readMarkingDefinition(const QJsonObject &o)
{
    MarkingDefinition def;
    Tlp tlp {};
    const QJsonValue tlp2 = o.value(QLatin1String("extensions"))
                                .toObject()
                                .value(QLatin1String(kStixTlp2Extension))
                                .toObject()
                                .value(QLatin1String("tlp_2_0"));
    if (!tlp2.isUndefined()) {
        // The TLP 2.0 extension: its level, or nothing readable.
        if (stixTlpLevel(tlp2.toString(), &tlp))
            def.tlp = tlp;
        return def;
    }
    const QString type = o.value(QLatin1String("definition_type")).toString().toLower();
    const QJsonObject definition = o.value(QLatin1String("definition")).toObject();
    bool tlpWritten = type == QLatin1String("tlp");
    for (auto it = definition.begin(); it != definition.end(); ++it) {
        // STIX 2.1 TLP 1.0 form {"tlp": "amber"}; OpenCTI's {"TLP": "TLP:AMBER+STRICT"}.
        if (it.key().toLower() == QLatin1String("tlp")) {
            tlpWritten = true;
            if (stixTlpLevel(it.value().toString(), &tlp)) {
                def.tlp = tlp;
                return def;
            }
        }
    }
    if (tlpWritten) {
        // A TLP definition whose level is only in its name ("TLP:AMBER"), or none readable.
        if (stixTlpLevel(o.value(QLatin1String("name")).toString(), &tlp))
            def.tlp = tlp;
        return def;
    }
    def.statement = type == QLatin1String("statement") && definition.size() == 1
        && definition.value(QLatin1String("statement")).isString();
    return def;
}

// The marking a reference stands for. The published TLP ids mean what OASIS defines, whatever
// the bundle says of them; other ids only what the bundle defines.
MarkingLevel resolveMarking(const QJsonValue &ref,
                            const QHash<QString, MarkingDefinition> &definitions)
{
    MarkingLevel level;
    const QString id = ref.toString();
    Tlp tlp {};
    if (stixMarkingTlp(id, &tlp)) {
        level.tlp = tlp;
        return level;
    }
    const auto defined = definitions.constFind(id);
    if (defined != definitions.cend() && defined->tlp)
        level.tlp = defined->tlp;
    else if (defined == definitions.cend() || !defined->statement)
        level.unknown = id.isEmpty() ? QStringLiteral("?") : id.left(200);
    return level;
}

// An object's own marking: object_marking_refs and the marking_ref of each granular marking
// (a part of the object marked more strictly makes the whole object that strict; granular
// language markings carry no handling restriction).
MarkingLevel ownMarking(const QJsonObject &o, const QHash<QString, MarkingDefinition> &definitions)
{
    MarkingLevel level;
    const QJsonValue refs = o.value(QLatin1String("object_marking_refs"));
    for (const QJsonValue &ref : refs.toArray())
        level.absorb(resolveMarking(ref, definitions));
    if (!refs.isUndefined() && !refs.isArray())
        level.absorb({std::nullopt, QStringLiteral("object_marking_refs")});
    const QJsonValue granular = o.value(QLatin1String("granular_markings"));
    for (const QJsonValue &g : granular.toArray()) {
        const QJsonObject marking = g.toObject();
        const QJsonValue ref = marking.value(QLatin1String("marking_ref"));
        if (!ref.isUndefined())
            level.absorb(resolveMarking(ref, definitions));
        else if (!marking.value(QLatin1String("lang")).isString())
            level.absorb({std::nullopt, QStringLiteral("granular_markings")});
    }
    if (!granular.isUndefined() && !granular.isArray())
        level.absorb({std::nullopt, QStringLiteral("granular_markings")});
    return level;
}

// The marking an object takes from the reports and groupings that contain it (object_refs,
// transitively), and the container that passed the strictest on.
struct InheritedMarking
{
    MarkingLevel level;
    QString from;
};

QHash<QString, InheritedMarking>
inheritedMarkings(const QJsonArray &objects, const QHash<QString, MarkingDefinition> &definitions)
{
    struct Container
    {
        QString id;
        MarkingLevel level; // its own and what it inherits
        QJsonArray refs;
    };
    QList<Container> containers;
    QHash<QString, int> index;
    for (const QJsonValue &v : objects) {
        const QJsonObject o = v.toObject();
        const QString type = o.value(QLatin1String("type")).toString();
        if (type != QLatin1String("report") && type != QLatin1String("grouping"))
            continue;
        const QString id = o.value(QLatin1String("id")).toString();
        if (id.isEmpty() || index.contains(id))
            continue;
        index.insert(id, int(containers.size()));
        containers.append(
            {id, ownMarking(o, definitions), o.value(QLatin1String("object_refs")).toArray()});
    }
    // Each container's level only gets stricter, a bounded number of times, and is passed on
    // again only when it did: the work is a small multiple of the number of references.
    QHash<QString, InheritedMarking> inherited;
    QList<int> work;
    for (int i = int(containers.size()) - 1; i >= 0; --i)
        work.append(i);
    while (!work.isEmpty()) {
        const int c = work.takeLast();
        const MarkingLevel level = containers[c].level;
        const QString from = containers[c].id;
        for (const QJsonValue &ref : std::as_const(containers[c].refs)) {
            const QString id = ref.toString();
            if (id.isEmpty() || id == from)
                continue;
            InheritedMarking &in = inherited[id];
            if (in.level.absorb(level))
                in.from = from;
            const auto inner = index.constFind(id);
            if (inner != index.cend() && containers[*inner].level.absorb(level))
                work.append(*inner);
        }
    }
    return inherited;
}

} // namespace

QString stixTlpMarkingId(Tlp tlp)
{
    for (const auto &m : kTlp2Markings) {
        if (m.tlp == tlp)
            return QLatin1String(m.id);
    }
    return {};
}

bool stixMarkingTlp(const QString &markingId, Tlp *out)
{
    const auto find = [&markingId, out](const auto &table) {
        for (const MarkingInfo &m : table) {
            if (markingId == QLatin1String(m.id)) {
                *out = m.tlp;
                return true;
            }
        }
        return false;
    };
    return find(kTlp2Markings) || find(kTlp1Markings);
}

bool stixTlpLevel(const QString &text, Tlp *out)
{
    QString level = text.trimmed().toLower();
    if (level.startsWith(QLatin1String("tlp:")))
        level = level.mid(4).trimmed();
    if (level == QLatin1String("white"))
        level = QStringLiteral("clear");
    return parseTlp(level, out);
}

QString stixPattern(IndicatorType type, const QString &value)
{
    const QString v = escapePatternValue(value);
    const bool v6 = value.contains(QLatin1Char(':'));
    switch (type) {
    case IndicatorType::IPv4: return QStringLiteral("[ipv4-addr:value = '%1']").arg(v);
    case IndicatorType::IPv6: return QStringLiteral("[ipv6-addr:value = '%1']").arg(v);
    case IndicatorType::Cidr:
        return v6 ? QStringLiteral("[ipv6-addr:value ISSUBSET '%1']").arg(v)
                  : QStringLiteral("[ipv4-addr:value ISSUBSET '%1']").arg(v);
    case IndicatorType::Domain: return QStringLiteral("[domain-name:value = '%1']").arg(v);
    case IndicatorType::Url: return QStringLiteral("[url:value = '%1']").arg(v);
    case IndicatorType::Email: return QStringLiteral("[email-addr:value = '%1']").arg(v);
    case IndicatorType::Md5: return QStringLiteral("[file:hashes.MD5 = '%1']").arg(v);
    case IndicatorType::Sha1: return QStringLiteral("[file:hashes.'SHA-1' = '%1']").arg(v);
    case IndicatorType::Sha256: return QStringLiteral("[file:hashes.'SHA-256' = '%1']").arg(v);
    case IndicatorType::FileName: return QStringLiteral("[file:name = '%1']").arg(v);
    case IndicatorType::Cve: return {};
    }
    return {};
}

QString indicatorKey(IndicatorType type, const QString &normalisedValue)
{
    return indicatorTypeKey(type) + QLatin1Char(':') + normalisedValue;
}

QByteArray exportStixBundle(const IncidentService &service, const QStringList &incidentIds,
                            StixAudience audience)
{
    QJsonArray objects;
    QSet<Tlp> markingsUsed;
    QMap<QString, QString> identities; // centre code -> identity id
    const OpLog &log = service.opLog();
    for (const QString &id : incidentIds) {
        const auto incident = service.incident(id);
        if (!incident || incident->deleted)
            continue;
        Tlp tlp = Tlp::Red; // an unreadable marking exports as the strictest
        parseTlp(incident->tlp, &tlp);
        markingsUsed.insert(tlp);
        const QJsonArray marking {stixTlpMarkingId(tlp)};
        if (!identities.contains(incident->ownerCentre))
            identities.insert(incident->ownerCentre,
                              QStringLiteral("identity--")
                                  + v5(QStringLiteral("centre:") + incident->ownerCentre));
        const QString author = identities.value(incident->ownerCentre);
        const qint64 updated
            = std::max(qint64(HybridClock::wallMs(incident->updatedHlc)), incident->createdAt);
        const RecordTimes incidentTimes
            = recordTimes(log, entity::Incident, incident->id, {incident->createdAt, updated, 0});
        const QString incidentStixId = QStringLiteral("incident--") + incident->id;
        for (const Indicator &indicator : service.indicators(id)) {
            IndicatorType type {};
            if (!parseIndicatorType(indicator.type, &type))
                continue;
            if (audience == StixAudience::CounterpartCentre && indicator.staysInCentre())
                continue; // AMBER+STRICT (or RED in an incident that is not): never leaves
            // Its own marking when stricter than the incident's (Indicator::effectiveTlp).
            Tlp indicatorTlp = Tlp::Red;
            parseTlp(indicator.effectiveTlp, &indicatorTlp);
            markingsUsed.insert(indicatorTlp);
            const QJsonArray indicatorMarking {stixTlpMarkingId(indicatorTlp)};
            const RecordTimes times
                = recordTimes(log, entity::Indicator, indicator.id, incidentTimes);
            const QString created = stamp(times.created);
            // The object carries the incident's marking: a new marking is a new version.
            const QString modified = stamp(std::max(times.modified, incidentTimes.tlpChanged));
            QJsonObject object {{"spec_version", "2.1"},
                                {"created", created},
                                {"modified", modified},
                                {"created_by_ref", author},
                                {"object_marking_refs", indicatorMarking}};
            if (type == IndicatorType::Cve) {
                object.insert(QLatin1String("type"), QLatin1String("vulnerability"));
                object.insert(QLatin1String("id"),
                              QStringLiteral("vulnerability--") + indicator.id);
                object.insert(QLatin1String("name"), indicator.value);
                object.insert(QLatin1String("external_references"),
                              QJsonArray {QJsonObject {{"source_name", "cve"},
                                                       {"external_id", indicator.value}}});
            } else {
                object.insert(QLatin1String("type"), QLatin1String("indicator"));
                object.insert(QLatin1String("id"), QStringLiteral("indicator--") + indicator.id);
                object.insert(QLatin1String("name"), indicator.value);
                object.insert(QLatin1String("pattern"), stixPattern(type, indicator.value));
                object.insert(QLatin1String("pattern_type"), QLatin1String("stix"));
                object.insert(QLatin1String("valid_from"), created);
            }
            if (!indicator.note.isEmpty())
                object.insert(QLatin1String("description"), indicator.note);
            const QString objectId = object.value(QLatin1String("id")).toString();
            objects.append(object);
            objects.append(QJsonObject {{"type", "relationship"},
                                        {"spec_version", "2.1"},
                                        {"id",
                                         QStringLiteral("relationship--")
                                             + v5(QStringLiteral("related-to:") + objectId
                                                  + QLatin1Char('>') + incidentStixId)},
                                        {"created", created},
                                        {"modified", modified},
                                        {"created_by_ref", author},
                                        {"relationship_type", "related-to"},
                                        {"source_ref", objectId},
                                        {"target_ref", incidentStixId},
                                        {"object_marking_refs", indicatorMarking}});
        }
        QJsonObject object {
            {"type", "incident"},
            {"spec_version", "2.1"},
            {"id", incidentStixId},
            {"created", stamp(incidentTimes.created)},
            {"modified", stamp(incidentTimes.modified)},
            {"created_by_ref", author},
            {"name", incident->title},
            {"object_marking_refs", marking},
            {"extensions",
             QJsonObject {{QLatin1String(kStixIncidentCoreExtension), incidentCore(*incident)}}},
            {"x_liaison_status", incident->status},
            {"x_liaison_severity", incident->severity},
            {"x_liaison_pap", incident->pap},
            // The reference both centres quote (docs/REFERENCES.md), as STIX 2.1 §2.5 says an
            // identifier from another system is given: an external reference.
            {"external_references",
             QJsonArray {QJsonObject {
                 {"source_name", QLatin1String(kStixReferenceSource)},
                 {"external_id",
                  incidentReference(incident->ownerCentre, incident->createdAt, incident->id)}}}}};
        if (!incident->summary.isEmpty())
            object.insert(QLatin1String("description"), incident->summary);
        if (!incident->sector.isEmpty())
            object.insert(QLatin1String("x_liaison_sector"), incident->sector);
        objects.append(object);
    }
    for (auto it = identities.cbegin(); it != identities.cend(); ++it)
        objects.append(QJsonObject {{"type", "identity"},
                                    {"spec_version", "2.1"},
                                    {"id", it.value()},
                                    {"created", QLatin1String(kIdentityCreated)},
                                    {"modified", QLatin1String(kIdentityCreated)},
                                    {"name", it.key()},
                                    {"identity_class", "organization"}});
    for (const auto &m : kTlp2Markings) {
        if (markingsUsed.contains(m.tlp))
            objects.append(markingObject(m));
    }
    const QJsonObject bundle {
        {"type", "bundle"},
        {"id", QStringLiteral("bundle--") + QUuid::createUuid().toString(QUuid::WithoutBraces)},
        {"objects", objects}};
    return QJsonDocument(bundle).toJson(QJsonDocument::Indented);
}

StixImportPlan planStixImport(const QByteArray &json, Tlp incidentTlp,
                              const QSet<QString> &existing, const QDateTime &now)
{
    StixImportPlan plan;
    if (json.size() > kStixMaxImportBytes) {
        plan.error = QStringLiteral("too-large");
        return plan;
    }
    QJsonParseError parseError {};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        plan.error = QStringLiteral("not-json");
        return plan;
    }
    const QJsonObject root = doc.object();
    if (!doc.isObject() || root.value(QLatin1String("type")).toString() != QLatin1String("bundle")
        || !root.value(QLatin1String("objects")).isArray()) {
        plan.error = QStringLiteral("not-a-bundle");
        return plan;
    }
    const QJsonArray objects = root.value(QLatin1String("objects")).toArray();
    if (objects.size() > kStixMaxImportObjects) {
        plan.error = QStringLiteral("too-many-objects");
        return plan;
    }

    // Marking definitions the bundle defines itself (TLP 2.0 extension, TLP 1.0 form, OpenCTI's
    // form, statements), then what reports and groupings pass on to the objects they hold.
    QHash<QString, MarkingDefinition> definitions;
    for (const QJsonValue &v : objects) {
        const QJsonObject o = v.toObject();
        if (o.value(QLatin1String("type")).toString() == QLatin1String("marking-definition"))
            definitions.insert(o.value(QLatin1String("id")).toString(), readMarkingDefinition(o));
    }
    const QHash<QString, InheritedMarking> inherited = inheritedMarkings(objects, definitions);

    QSet<QString> seen = existing;
    QString markedBy; // of the object being considered
    const auto consider = [&](const QString &objectId, IndicatorType type, const QString &raw,
                              const QString &note, const QString &detail) {
        const IndicatorCheck check = validateIndicator(type, raw);
        if (!check.valid) {
            plan.skipped.append({objectId, detail, StixSkipReason::InvalidValue, markedBy});
            return;
        }
        const QString key = indicatorKey(type, check.normalised);
        if (seen.contains(key)) {
            plan.skipped.append({objectId, detail, StixSkipReason::Duplicate, markedBy});
            return;
        }
        seen.insert(key);
        plan.accepted.append({objectId, type, check.normalised, note, markedBy});
    };

    for (int i = 0; i < objects.size(); ++i) {
        const QJsonObject o = objects.at(i).toObject();
        const QString type = o.value(QLatin1String("type")).toString();
        QString objectId = o.value(QLatin1String("id")).toString();
        if (objectId.isEmpty())
            objectId = QStringLiteral("objects[%1]").arg(i);
        static const QStringList observables {
            QStringLiteral("indicator"), QStringLiteral("ipv4-addr"),
            QStringLiteral("ipv6-addr"), QStringLiteral("domain-name"),
            QStringLiteral("url"),       QStringLiteral("email-addr"),
            QStringLiteral("file"),      QStringLiteral("vulnerability")};
        if (!observables.contains(type)) {
            ++plan.otherObjects[type.isEmpty() ? QStringLiteral("?") : type.left(64)];
            continue;
        }
        if (o.value(QLatin1String("revoked")).toBool()) {
            plan.skipped.append({objectId, QString(), StixSkipReason::Revoked, {}});
            continue;
        }
        // The strictest of the object's own markings and those of its reports and groupings.
        MarkingLevel marking = ownMarking(o, definitions);
        markedBy.clear();
        const auto in = inherited.constFind(objectId);
        if (in != inherited.cend() && marking.absorb(in->level)) {
            markedBy = in->from;
            ++plan.inheritedMarkings;
        }
        const auto skip = [&](const QString &detail, StixSkipReason reason) {
            plan.skipped.append({objectId, detail, reason, markedBy});
        };
        if (!marking.unknown.isEmpty()) {
            // It may be stricter than anything Liaison knows.
            skip(marking.unknown, StixSkipReason::UnknownMarking);
            continue;
        }
        if (marking.tlp && *marking.tlp > incidentTlp) {
            skip(tlpLabel(*marking.tlp), StixSkipReason::MarkedAbove);
            continue;
        }
        const QString note = noteOf(o);
        if (type == QLatin1String("indicator")) {
            const QString pattern = o.value(QLatin1String("pattern")).toString();
            const QString language = o.value(QLatin1String("pattern_type")).toString();
            const QString validUntil = o.value(QLatin1String("valid_until")).toString();
            const QDateTime until = QDateTime::fromString(validUntil, Qt::ISODateWithMs);
            if (until.isValid() && until <= now) {
                skip(validUntil.left(64), StixSkipReason::Expired);
                continue;
            }
            if (language != QLatin1String("stix")) {
                skip(language, StixSkipReason::PatternLanguage);
                continue;
            }
            if (pattern.size() > kMaxPatternLength) {
                // Liaison's indicators are single values: a pattern this long is not one, and
                // parsing it could take long.
                skip(pattern.left(200), StixSkipReason::Malformed);
                continue;
            }
            if (usesUnsupportedSyntax(pattern)) {
                skip(pattern.left(200), StixSkipReason::UnsupportedPattern);
                continue;
            }
            QList<Comparison> comparisons;
            switch (parsePattern(pattern, &comparisons)) {
            case PatternParse::Malformed:
                skip(pattern.left(200), StixSkipReason::Malformed);
                continue;
            case PatternParse::Compound:
                skip(pattern.left(200), StixSkipReason::CompoundPattern);
                continue;
            case PatternParse::Ok: break;
            }
            for (const Comparison &c : comparisons) {
                IndicatorType t {};
                if (!observableType(c.object, c.path, c.value, &t))
                    skip(c.object + QLatin1Char(':') + c.path,
                         StixSkipReason::UnsupportedObservable);
                else
                    consider(objectId, t, c.value, note, c.value.left(200));
            }
        } else if (type == QLatin1String("vulnerability")) {
            QString cve;
            for (const QJsonValue &ref : o.value(QLatin1String("external_references")).toArray()) {
                const QJsonObject r = ref.toObject();
                if (r.value(QLatin1String("source_name")).toString().toLower()
                    == QLatin1String("cve"))
                    cve = r.value(QLatin1String("external_id")).toString();
            }
            if (cve.isEmpty())
                cve = o.value(QLatin1String("name")).toString();
            const QString description = o.value(QLatin1String("description")).toString();
            consider(objectId, IndicatorType::Cve, cve, description.left(500), cve.left(200));
        } else if (type == QLatin1String("file")) {
            const QJsonObject hashes = o.value(QLatin1String("hashes")).toObject();
            bool any = false;
            for (auto it = hashes.begin(); it != hashes.end(); ++it) {
                IndicatorType t {};
                const QString value = it.value().toString();
                if (observableType(type, QStringLiteral("hashes.") + it.key(), value, &t)) {
                    consider(objectId, t, value, note, value.left(200));
                    any = true;
                } else
                    skip(QStringLiteral("file:hashes.") + it.key(),
                         StixSkipReason::UnsupportedObservable);
            }
            const QString name = o.value(QLatin1String("name")).toString();
            if (!name.isEmpty())
                consider(objectId, IndicatorType::FileName, name, note, name.left(200));
            else if (!any && hashes.isEmpty())
                skip(type, StixSkipReason::Malformed);
        } else {
            const QString value = o.value(QLatin1String("value")).toString();
            IndicatorType t {};
            if (value.isEmpty() || !observableType(type, QStringLiteral("value"), value, &t))
                skip(type, StixSkipReason::Malformed);
            else
                consider(objectId, t, value, note, value.left(200));
        }
    }
    return plan;
}

} // namespace liaison
