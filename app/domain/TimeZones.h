#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTime>

#include <optional>

namespace liaison {

// Time zones for the scheduler (issue #12): calls are stored in UTC with the organiser's IANA
// zone, and shown in the viewer's and the counterparts' zones side by side. Pure functions over
// QTimeZone (the system's tz database), no I/O of our own. The rules are in docs/FINDTIME.md.

// True for an IANA id that this system's tz database knows ("America/St_Johns", "UTC").
bool isKnownZone(const QString &ianaId);

// utc shown as a wall time in ianaId (a QDateTime with that zone); an invalid QDateTime when
// utc is invalid or the zone unknown.
QDateTime inZone(const QDateTime &utc, const QString &ianaId);

// What a local wall time is in a zone: an ordinary time, a time that clocks skip (spring
// forward: 02:30 on 2026-03-08 in Ottawa), or a time that happens twice (fall back: 01:30 on
// 2026-11-01 in Ottawa).
enum class WallTimeKind { Unique, Gap, Ambiguous, Invalid };
WallTimeKind classifyWallTime(const QDate &date, const QTime &time, const QString &ianaId);

// Which instant an ambiguous (fall-back) wall time means.
enum class AmbiguousPolicy {
    FirstOccurrence, // the earlier instant, still on daylight time: what calendars do
    SecondOccurrence, // the later instant, on standard time again
    Refuse, // neither: std::nullopt, the caller asks
};

// The UTC instant of a wall time in ianaId. A time in a spring-forward gap does not exist and
// is refused (std::nullopt): moving it silently would book a call at an hour nobody typed;
// the UI says why with classifyWallTime() and gapAround(). An ambiguous time follows policy.
// std::nullopt as well for an invalid date or time, or an unknown zone.
std::optional<QDateTime> toUtc(const QDate &date, const QTime &time, const QString &ianaId,
                               AmbiguousPolicy policy = AmbiguousPolicy::FirstOccurrence);

// The offset from UTC as people write it: "UTC−04:00", "UTC−02:30", "UTC+01:00", "UTC+00:00"
// (U+2212 MINUS SIGN; the same in every language).
QString offsetLabel(int offsetSeconds);
// The offset of ianaId at the instant atUtc; empty for an unknown zone.
QString offsetLabel(const QString &ianaId, const QDateTime &atUtc);
// The zone's abbreviation at atUtc from the tz database ("EDT", "NDT", "MST", "GMT", "BST",
// "CEST"); some zones have none and give an offset such as "+03".
QString zoneAbbreviation(const QString &ianaId, const QDateTime &atUtc);
// The zone's long name in the default locale's language ("Eastern Daylight Time"), from ICU
// or the system: it varies between systems, so the UI shows it and tests do not compare it.
QString zoneDisplayName(const QString &ianaId, const QDateTime &atUtc);

// A change of a zone's offset (a daylight-saving change, or a zone redefining itself).
struct DstChange
{
    QString timeZone; // IANA id
    QDate date; // the local date of the change, in the zone
    QDateTime atUtc; // the instant of the change
    int oldOffsetSeconds = 0;
    int newOffsetSeconds = 0;

    bool springsForward() const { return newOffsetSeconds > oldOffsetSeconds; }
    bool operator==(const DstChange &) const = default;
};

// The offset changes of ianaId whose local date lies in from .. to (both included), oldest
// first; empty for an unknown zone or when to is before from.
QList<DstChange> dstChangesBetween(const QString &ianaId, const QDate &from, const QDate &to);

// The change whose gap holds date and time (classifyWallTime() == Gap), if any: the UI says
// "clocks go from 02:00 to 03:00".
std::optional<DstChange> gapAround(const QDate &date, const QTime &time, const QString &ianaId);

// A zone the UI offers first, with its city in the interface language.
struct ZoneChoice
{
    QString ianaId;
    QString city; // translated (context "TimeZones")
};

// The centres' zones, offered before the full list: Ottawa (America/Toronto), Washington
// (America/New_York), Idaho Falls (America/Boise: Mountain time), St. John's
// (America/St_Johns), Halifax, Winnipeg, Edmonton, Vancouver, and UTC.
QList<ZoneChoice> preferredZones();
// The translated city of a preferred zone, or the IANA id's last part with spaces
// ("America/Los_Angeles" -> "Los Angeles") for another zone.
QString zoneCity(const QString &ianaId);
// "Ottawa (EDT, UTC−04:00)": a zone as a column header or a picker shows it at atUtc.
QString zoneCaption(const QString &ianaId, const QDateTime &atUtc);

} // namespace liaison
