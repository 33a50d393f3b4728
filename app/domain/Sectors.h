#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace liaison {

// Critical-infrastructure sectors: the 16 of the United States (CISA, PPD-21) and the 10 of
// Canada (National Strategy for Critical Infrastructure). An incident stores the stable id
// ("us.energy", "ca.finance"); names are shown translated.
struct Sector
{
    const char *id;
    const char *country; // "US" or "CA"
    const char *name; // English; translated in context "liaison::Sectors"
};

const QList<Sector> &sectors();
// All sectors, those of country ("CA", "US") first, each country's in their usual order (an
// analyst of a Canadian centre sees Canada's ten before the sixteen of the United States).
// An unknown or empty country: the order of sectors().
QList<Sector> sectorsFirstFor(const QString &country);
const Sector *findSector(const QString &id);
// The sector's name in the current UI language; the id itself when it is unknown.
QString sectorName(const QString &id);
// The other country's sectors that correspond to this one (best fit; may be several).
QStringList counterpartSectors(const QString &id);

} // namespace liaison
