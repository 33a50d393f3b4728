#include "models/schedule/CentreInfo.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTimeZone>

#include "domain/TimeZones.h"

namespace liaison {

namespace {
QString key(const QString &centre)
{
    QString k = centre.toUpper();
    k.remove(QLatin1Char('-'));
    return k;
}

int stableHash(const QString &s)
{
    unsigned h = 5381;
    for (const QChar c : s)
        h = h * 33 + c.unicode();
    return int(h % 1000);
}
} // namespace

CentreInfo centreInfo(const QString &centre)
{
    const QString k = key(centre);
    if (k == QLatin1String("CCIRC") || k == QLatin1String("CCCS"))
        return {QStringLiteral("America/Toronto"), Country::Canada, QStringLiteral("ON"), true};
    if (k == QLatin1String("USCERT") || k == QLatin1String("CISA"))
        return {QStringLiteral("America/New_York"), Country::UnitedStates, QStringLiteral("DC"),
                true};
    if (k == QLatin1String("INL"))
        return {QStringLiteral("America/Boise"), Country::UnitedStates, QStringLiteral("ID"), true};
    return {};
}

QString centreCountryCode(const QString &centre)
{
    const CentreInfo info = centreInfo(centre);
    return info.zone.isEmpty() ? QString() : countryCode(info.country);
}

QString systemZone()
{
    const QString zone = QString::fromUtf8(QTimeZone::systemTimeZoneId());
    return isKnownZone(zone) ? zone : QStringLiteral("UTC");
}

QString centreZone(const QString &centre, const QString &fallback)
{
    const QString zone = centreInfo(centre).zone;
    return zone.isEmpty() ? fallback : zone;
}

QString centreHoliday(const QString &centre, const QDate &day)
{
    const CentreInfo info = centreInfo(centre);
    if (!info.hasHolidays || !day.isValid() || day.year() < kFirstHolidayYear
        || day.year() > kLastHolidayYear)
        return {};
    const auto h = holidayOn(info.country, info.region, day);
    if (!h)
        return {};
    return QLocale().language() == QLocale::French ? h->nameFr : h->nameEn;
}

QColor centreColour(const QString &centre)
{
    const QString k = key(centre);
    if (k == QLatin1String("CCIRC"))
        return QColor(0xb0, 0x1e, 0x23); // red
    if (k == QLatin1String("USCERT"))
        return QColor(0x1f, 0x4e, 0x8c); // blue
    static const QColor palette[]
        = {QColor(0x2e, 0x6b, 0x30), QColor(0x6a, 0x3d, 0x9a), QColor(0x8a, 0x4b, 0x08),
           QColor(0x00, 0x5f, 0x73), QColor(0x5c, 0x5c, 0x5c)};
    return palette[stableHash(k) % int(std::size(palette))];
}

QString centreTag(const QString &centre)
{
    const CentreInfo info = centreInfo(centre);
    if (info.hasHolidays)
        return countryCode(info.country);
    return key(centre).left(3);
}

bool centreHatched(const QString &centre)
{
    const CentreInfo info = centreInfo(centre);
    if (info.hasHolidays)
        return info.country == Country::UnitedStates;
    return stableHash(key(centre)) % 2 == 1;
}

} // namespace liaison
