#pragma once

#include "domain/Enums.h"
#include "domain/IndicatorValidator.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QSet>
#include <QStringList>

namespace liaison {

class IncidentService;

// STIX 2.1 (OASIS CS02) bundles: export of incidents with their indicators, import of
// indicators into an incident. See docs/STIX.md for the mapping and what is not carried.

// Published identifiers of the TLP 2.0 marking definitions (OASIS cti-stix-common-objects,
// extension-definition-specifications/tlp-2.0) and of the incident-core extension.
QString stixTlpMarkingId(Tlp tlp);
inline constexpr const char *kStixTlp2Extension
    = "extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d";
inline constexpr const char *kStixIncidentCoreExtension
    = "extension-definition--ef765651-680c-498d-9894-99799f2fa126";
// The source_name of the external reference that carries an incident's reference
// (CCIRC-2026-7KQ4MX) on the STIX incident object.
inline constexpr const char *kStixReferenceSource = "liaison";
// The TLP a marking-definition id stands for: TLP 2.0 ids, and the TLP 1.0 ids STIX 2.1
// predefines (WHITE is read as CLEAR). False for any other id.
bool stixMarkingTlp(const QString &markingId, Tlp *out);
// The TLP a written level stands for, as marking definitions spell it: "amber", "AMBER+STRICT",
// "TLP:CLEAR", "tlp:white" (WHITE is read as CLEAR), any case. False for anything else.
bool stixTlpLevel(const QString &text, Tlp *out);

// The STIX pattern for an indicator ("[ipv4-addr:value = '192.0.2.1']"; a CIDR range is
// "[ipv4-addr:value ISSUBSET '10.0.0.0/8']"); empty for CVEs, which are exported as
// vulnerability objects.
QString stixPattern(IndicatorType type, const QString &value);

// A bundle holding each incident (incident-core extension: determination, investigation
// status, criticality), its indicators (indicator objects with STIX patterns; CVEs as
// vulnerability objects) linked to it by related-to relationships, an identity per owner centre
// and the TLP 2.0 marking definitions used. Every object carries the incident's TLP marking.
// Object ids are derived from Liaison's ids and created / modified from the op log (the first
// and the last change of the record), so exporting an unchanged incident again gives the same
// objects, byte for byte; only the bundle id is new. Missing or deleted incidents are left out.
// Each indicator (and its relationship) carries its own marking when stricter than its
// incident's (Indicator::effectiveTlp). For the counterpart centre, indicators that stay in
// their centre (AMBER+STRICT, or RED in an incident that is not) are left out.
enum class StixAudience { OwnCentre, CounterpartCentre };
QByteArray exportStixBundle(const IncidentService &service, const QStringList &incidentIds,
                            StixAudience audience = StixAudience::OwnCentre);

// Why an object of an imported bundle did not become an indicator.
enum class StixSkipReason {
    Revoked, // the producer revoked the indicator
    PatternLanguage, // pattern_type other than "stix"
    CompoundPattern, // AND, FOLLOWEDBY, qualifiers or operators other than = and OR
    UnsupportedObservable, // an object path Liaison has no indicator type for
    InvalidValue, // the value fails Liaison's validation for its type
    Duplicate, // already in the incident, or earlier in the bundle
    MarkedAbove, // marked with a stricter TLP than the incident (markedBy: inherited)
    Malformed, // an indicator without a pattern, a pattern that does not parse
    UnknownMarking, // a marking that is neither a TLP level nor a statement (detail: its id)
    UnsupportedPattern, // NOT, list indexes ([*], [0]) or parentheses in a pattern
    Expired, // an indicator whose valid_until has passed (detail: valid_until)
};

struct StixSkip
{
    QString objectId; // the STIX id, or "objects[i]" when it has none
    QString detail; // the offending value, pattern or marking (not translated)
    StixSkipReason reason {};
    // The report or grouping whose marking applied (stricter than the object's own), if any.
    QString markedBy;
};

struct StixImportItem
{
    QString objectId;
    IndicatorType type {};
    QString value; // normalised
    QString note; // the object's name or description
    // The report or grouping whose marking applied (stricter than the object's own), if any.
    QString markedBy;
};

struct StixImportPlan
{
    QString error; // non-empty when the file is not a STIX 2.1 bundle at all (English key)
    QList<StixImportItem> accepted;
    QList<StixSkip> skipped;
    QMap<QString, int> otherObjects; // objects that are not indicators, by STIX type
    // Objects (accepted or skipped) that took a stricter marking from a report or grouping.
    int inheritedMarkings = 0;
};

inline constexpr qint64 kStixMaxImportBytes = 32 * 1024 * 1024;
inline constexpr int kStixMaxImportObjects = 200000;

// Reads a bundle and decides, for each indicator, observable (ipv4-addr, domain-name, url,
// email-addr, file) and vulnerability object, whether it becomes an indicator of an incident
// marked incidentTlp that already holds the values in existing ("type:value" keys, as
// indicatorKey gives). An object's marking is the strictest of its object_marking_refs, its
// granular_markings and those of every report or grouping that contains it (object_refs,
// transitively). Indicators whose valid_until is not after now are skipped. Pure: no I/O, no
// change. Errors: "too-large", "not-json", "not-a-bundle", "too-many-objects".
StixImportPlan planStixImport(const QByteArray &json, Tlp incidentTlp,
                              const QSet<QString> &existing = {},
                              const QDateTime &now = QDateTime::currentDateTimeUtc());
QString indicatorKey(IndicatorType type, const QString &normalisedValue);

} // namespace liaison
