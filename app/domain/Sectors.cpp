#include "domain/Sectors.h"

#include <QCoreApplication>

namespace liaison {

const QList<Sector> &sectors()
{
    static const QList<Sector> all = {
        {"us.chemical", "US", QT_TRANSLATE_NOOP("liaison::Sectors", "Chemical")},
        {"us.commercial-facilities", "US",
         QT_TRANSLATE_NOOP("liaison::Sectors", "Commercial Facilities")},
        {"us.communications", "US", QT_TRANSLATE_NOOP("liaison::Sectors", "Communications")},
        {"us.critical-manufacturing", "US",
         QT_TRANSLATE_NOOP("liaison::Sectors", "Critical Manufacturing")},
        {"us.dams", "US", QT_TRANSLATE_NOOP("liaison::Sectors", "Dams")},
        {"us.defense-industrial-base", "US",
         QT_TRANSLATE_NOOP("liaison::Sectors", "Defense Industrial Base")},
        {"us.emergency-services", "US",
         QT_TRANSLATE_NOOP("liaison::Sectors", "Emergency Services")},
        {"us.energy", "US", QT_TRANSLATE_NOOP("liaison::Sectors", "Energy")},
        {"us.financial-services", "US",
         QT_TRANSLATE_NOOP("liaison::Sectors", "Financial Services")},
        {"us.food-agriculture", "US",
         QT_TRANSLATE_NOOP("liaison::Sectors", "Food and Agriculture")},
        {"us.government-facilities", "US",
         QT_TRANSLATE_NOOP("liaison::Sectors", "Government Facilities")},
        {"us.healthcare-public-health", "US",
         QT_TRANSLATE_NOOP("liaison::Sectors", "Healthcare and Public Health")},
        {"us.information-technology", "US",
         QT_TRANSLATE_NOOP("liaison::Sectors", "Information Technology")},
        {"us.nuclear", "US",
         QT_TRANSLATE_NOOP("liaison::Sectors", "Nuclear Reactors, Materials, and Waste")},
        {"us.transportation-systems", "US",
         QT_TRANSLATE_NOOP("liaison::Sectors", "Transportation Systems")},
        {"us.water-wastewater", "US",
         QT_TRANSLATE_NOOP("liaison::Sectors", "Water and Wastewater Systems")},
        {"ca.energy-utilities", "CA",
         QT_TRANSLATE_NOOP("liaison::Sectors", "Energy and Utilities")},
        {"ca.finance", "CA", QT_TRANSLATE_NOOP("liaison::Sectors", "Finance")},
        {"ca.food", "CA", QT_TRANSLATE_NOOP("liaison::Sectors", "Food")},
        {"ca.transportation", "CA", QT_TRANSLATE_NOOP("liaison::Sectors", "Transportation")},
        {"ca.government", "CA", QT_TRANSLATE_NOOP("liaison::Sectors", "Government")},
        {"ca.ict", "CA",
         QT_TRANSLATE_NOOP("liaison::Sectors", "Information and Communication Technology")},
        {"ca.health", "CA", QT_TRANSLATE_NOOP("liaison::Sectors", "Health")},
        {"ca.water", "CA", QT_TRANSLATE_NOOP("liaison::Sectors", "Water")},
        {"ca.safety", "CA", QT_TRANSLATE_NOOP("liaison::Sectors", "Safety")},
        {"ca.manufacturing", "CA", QT_TRANSLATE_NOOP("liaison::Sectors", "Manufacturing")},
    };
    return all;
}

namespace {
// Best-fit correspondence, US sector -> Canadian sectors. Read both ways.
struct Correspondence
{
    const char *us;
    const char *ca;
};
constexpr Correspondence kMapping[] = {
    {"us.chemical", "ca.manufacturing"},
    {"us.commercial-facilities", "ca.safety"},
    {"us.communications", "ca.ict"},
    {"us.critical-manufacturing", "ca.manufacturing"},
    {"us.dams", "ca.energy-utilities"},
    {"us.dams", "ca.water"},
    {"us.defense-industrial-base", "ca.manufacturing"},
    {"us.emergency-services", "ca.safety"},
    {"us.energy", "ca.energy-utilities"},
    {"us.financial-services", "ca.finance"},
    {"us.food-agriculture", "ca.food"},
    {"us.government-facilities", "ca.government"},
    {"us.healthcare-public-health", "ca.health"},
    {"us.information-technology", "ca.ict"},
    {"us.nuclear", "ca.energy-utilities"},
    {"us.nuclear", "ca.safety"},
    {"us.transportation-systems", "ca.transportation"},
    {"us.water-wastewater", "ca.water"},
};
} // namespace

QList<Sector> sectorsFirstFor(const QString &country)
{
    QList<Sector> first, rest;
    for (const auto &s : sectors())
        (country.compare(QLatin1String(s.country), Qt::CaseInsensitive) == 0 ? first : rest)
            .append(s);
    return first + rest;
}

const Sector *findSector(const QString &id)
{
    for (const auto &s : sectors()) {
        if (id == QLatin1String(s.id))
            return &s;
    }
    return nullptr;
}

QString sectorName(const QString &id)
{
    const Sector *s = findSector(id);
    return s ? QCoreApplication::translate("liaison::Sectors", s->name) : id;
}

QStringList counterpartSectors(const QString &id)
{
    QStringList out;
    for (const auto &m : kMapping) {
        if (id == QLatin1String(m.us))
            out << QString::fromLatin1(m.ca);
        else if (id == QLatin1String(m.ca))
            out << QString::fromLatin1(m.us);
    }
    return out;
}

} // namespace liaison
