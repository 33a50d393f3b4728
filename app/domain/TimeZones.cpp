#include "domain/TimeZones.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTimeZone>

#include <algorithm>
#include <cstdlib>

namespace liaison {

namespace {

constexpr qint64 kDayMs = 24 * 3600 * 1000LL;

QTimeZone zoneOf(const QString &ianaId)
{
    return isKnownZone(ianaId) ? QTimeZone(ianaId.toUtf8()) : QTimeZone();
}

QDateTime utcAt(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

// The UTC instants whose wall time in tz is localMs (a wall time read as if it were UTC),
// earliest first: none in a gap, two in a fold. The offsets a day either side are the only
// candidates: no zone changes its offset twice within two days.
QList<qint64> instantsOfWallTime(const QTimeZone &tz, qint64 localMs)
{
    const int before = tz.offsetFromUtc(utcAt(localMs - kDayMs));
    const int after = tz.offsetFromUtc(utcAt(localMs + kDayMs));
    QList<qint64> found;
    for (const int offset : {before, after}) {
        const qint64 candidate = localMs - offset * 1000LL;
        if (tz.offsetFromUtc(utcAt(candidate)) == offset && !found.contains(candidate))
            found << candidate;
    }
    std::sort(found.begin(), found.end());
    return found;
}

qint64 wallMs(const QDate &date, const QTime &time)
{
    return QDateTime(date, time, Qt::UTC).toMSecsSinceEpoch();
}

struct PreferredZone
{
    const char *ianaId;
    const char *city;
};

// The centres' zones first (Ottawa, Washington, Idaho Falls, St. John's), then the other
// Canadian zones from east to west, then UTC.
constexpr PreferredZone kPreferred[] = {
    //: City shown for the time zone America/Toronto (the Canadian centre)
    {"America/Toronto", QT_TRANSLATE_NOOP("TimeZones", "Ottawa")},
    //: City shown for the time zone America/New_York (the US centre)
    {"America/New_York", QT_TRANSLATE_NOOP("TimeZones", "Washington")},
    //: City shown for the time zone America/Boise (Mountain time: the Idaho National Laboratory)
    {"America/Boise", QT_TRANSLATE_NOOP("TimeZones", "Idaho Falls")},
    //: City shown for the time zone America/St_Johns (Newfoundland, UTC−03:30)
    {"America/St_Johns", QT_TRANSLATE_NOOP("TimeZones", "St. John's")},
    //: City shown for the time zone America/Halifax
    {"America/Halifax", QT_TRANSLATE_NOOP("TimeZones", "Halifax")},
    //: City shown for the time zone America/Winnipeg
    {"America/Winnipeg", QT_TRANSLATE_NOOP("TimeZones", "Winnipeg")},
    //: City shown for the time zone America/Edmonton
    {"America/Edmonton", QT_TRANSLATE_NOOP("TimeZones", "Edmonton")},
    //: City shown for the time zone America/Vancouver
    {"America/Vancouver", QT_TRANSLATE_NOOP("TimeZones", "Vancouver")},
    //: The zone UTC in the list of time zones (Coordinated Universal Time)
    {"UTC", QT_TRANSLATE_NOOP("TimeZones", "UTC")},
};

} // namespace

bool isKnownZone(const QString &ianaId)
{
    if (ianaId.isEmpty())
        return false;
    // Qt also takes "UTC-05:00" as a zone: a fixed offset is not a place, so not ours.
    if (ianaId.size() > 3 && ianaId.startsWith(QLatin1String("UTC"))
        && (ianaId.at(3) == QLatin1Char('+') || ianaId.at(3) == QLatin1Char('-')))
        return false;
    return QTimeZone(ianaId.toUtf8()).isValid();
}

QDateTime inZone(const QDateTime &utc, const QString &ianaId)
{
    const QTimeZone tz = zoneOf(ianaId);
    if (!utc.isValid() || !tz.isValid())
        return {};
    return utc.toTimeZone(tz);
}

WallTimeKind classifyWallTime(const QDate &date, const QTime &time, const QString &ianaId)
{
    const QTimeZone tz = zoneOf(ianaId);
    if (!date.isValid() || !time.isValid() || !tz.isValid())
        return WallTimeKind::Invalid;
    switch (instantsOfWallTime(tz, wallMs(date, time)).size()) {
    case 0: return WallTimeKind::Gap;
    case 1: return WallTimeKind::Unique;
    default: return WallTimeKind::Ambiguous;
    }
}

std::optional<QDateTime> toUtc(const QDate &date, const QTime &time, const QString &ianaId,
                               AmbiguousPolicy policy)
{
    const QTimeZone tz = zoneOf(ianaId);
    if (!date.isValid() || !time.isValid() || !tz.isValid())
        return std::nullopt;
    const QList<qint64> instants = instantsOfWallTime(tz, wallMs(date, time));
    if (instants.isEmpty())
        return std::nullopt;
    if (instants.size() == 1)
        return utcAt(instants.first());
    switch (policy) {
    case AmbiguousPolicy::FirstOccurrence: return utcAt(instants.first());
    case AmbiguousPolicy::SecondOccurrence: return utcAt(instants.last());
    case AmbiguousPolicy::Refuse: break;
    }
    return std::nullopt;
}

QString offsetLabel(int offsetSeconds)
{
    const int minutes = std::abs(offsetSeconds) / 60;
    const QChar sign = offsetSeconds < 0 ? QChar(0x2212) : QLatin1Char('+');
    return QStringLiteral("UTC%1%2:%3")
        .arg(sign)
        .arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QString offsetLabel(const QString &ianaId, const QDateTime &atUtc)
{
    const QTimeZone tz = zoneOf(ianaId);
    if (!tz.isValid() || !atUtc.isValid())
        return {};
    return offsetLabel(tz.offsetFromUtc(atUtc));
}

QString zoneAbbreviation(const QString &ianaId, const QDateTime &atUtc)
{
    const QTimeZone tz = zoneOf(ianaId);
    if (!tz.isValid() || !atUtc.isValid())
        return {};
    return tz.abbreviation(atUtc);
}

QString zoneDisplayName(const QString &ianaId, const QDateTime &atUtc)
{
    const QTimeZone tz = zoneOf(ianaId);
    if (!tz.isValid() || !atUtc.isValid())
        return {};
    return tz.displayName(atUtc, QTimeZone::LongName, QLocale());
}

QList<DstChange> dstChangesBetween(const QString &ianaId, const QDate &from, const QDate &to)
{
    const QTimeZone tz = zoneOf(ianaId);
    if (!tz.isValid() || !from.isValid() || !to.isValid() || to < from || !tz.hasTransitions())
        return {};
    // A day of margin either side covers every offset; the local date decides below.
    const QDateTime start = utcAt(wallMs(from, QTime(0, 0)) - kDayMs);
    const QDateTime end = utcAt(wallMs(to.addDays(1), QTime(0, 0)) + kDayMs);
    QList<DstChange> changes;
    for (const QTimeZone::OffsetData &t : tz.transitions(start, end)) {
        const qint64 at = t.atUtc.toMSecsSinceEpoch();
        const int oldOffset = tz.offsetFromUtc(utcAt(at - 1));
        if (oldOffset == t.offsetFromUtc)
            continue; // only the abbreviation or the standard/daylight split changed
        // The local date on which clocks change, read on the old offset (02:00 EST is on
        // March 8, not on the evening before).
        const QDate date = utcAt(at + oldOffset * 1000LL).date();
        if (date < from || date > to)
            continue;
        changes << DstChange {ianaId, date, utcAt(at), oldOffset, t.offsetFromUtc};
    }
    return changes;
}

std::optional<DstChange> gapAround(const QDate &date, const QTime &time, const QString &ianaId)
{
    if (classifyWallTime(date, time, ianaId) != WallTimeKind::Gap)
        return std::nullopt;
    const qint64 local = wallMs(date, time);
    for (const DstChange &change : dstChangesBetween(ianaId, date.addDays(-1), date.addDays(1))) {
        const qint64 at = change.atUtc.toMSecsSinceEpoch();
        if (change.springsForward() && local >= at + change.oldOffsetSeconds * 1000LL
            && local < at + change.newOffsetSeconds * 1000LL)
            return change;
    }
    return std::nullopt;
}

QList<ZoneChoice> preferredZones()
{
    QList<ZoneChoice> zones;
    for (const PreferredZone &z : kPreferred)
        zones << ZoneChoice {QString::fromLatin1(z.ianaId),
                             QCoreApplication::translate("TimeZones", z.city)};
    return zones;
}

QString zoneCity(const QString &ianaId)
{
    for (const PreferredZone &z : kPreferred) {
        if (ianaId == QLatin1String(z.ianaId))
            return QCoreApplication::translate("TimeZones", z.city);
    }
    QString city = ianaId.mid(ianaId.lastIndexOf(QLatin1Char('/')) + 1);
    city.replace(QLatin1Char('_'), QLatin1Char(' '));
    return city;
}

QString zoneCaption(const QString &ianaId, const QDateTime &atUtc)
{
    const QString offset = offsetLabel(ianaId, atUtc);
    if (offset.isEmpty())
        return ianaId;
    const QString abbreviation = zoneAbbreviation(ianaId, atUtc);
    // Zones without a letter abbreviation give "+03" or "UTC": the offset says it already.
    if (abbreviation.isEmpty() || !abbreviation.at(0).isLetter()
        || abbreviation.startsWith(QLatin1String("UTC")))
        //: A time zone as a column header: %1 the city, %2 its offset ("UTC−04:00")
        return QCoreApplication::translate("TimeZones", "%1 (%2)").arg(zoneCity(ianaId), offset);
    //: A time zone as a column header: %1 the city, %2 its abbreviation ("EDT"), %3 its
    //: offset ("UTC−04:00")
    return QCoreApplication::translate("TimeZones", "%1 (%2, %3)")
        .arg(zoneCity(ianaId), abbreviation, offset);
}

} // namespace liaison
