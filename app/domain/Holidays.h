#pragma once

#include "domain/ValidationError.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace liaison {

// Public holidays computed by rule (no table to keep up to date), for the scheduler's
// warnings: the Canadian federal public service's designated paid holidays, the US federal
// holidays of 5 U.S.C. 6103, and a few provinces, a state and the District of Columbia on top.
// The rules, their sources and the edge cases are in docs/SCHEDULE.md. Pure functions, no I/O.

enum class Country { Canada, UnitedStates };

QString countryCode(Country country); // "CA", "US"
// "CA" / "US", case-insensitive; false for anything else.
bool parseCountry(const QString &code, Country *out);

// The years the rules are written and tested for.
constexpr int kFirstHolidayYear = 1990;
constexpr int kLastHolidayYear = 2100;

// The regions known for a country, in alphabetical order ("AB", "BC", ... for Canada).
QStringList holidayRegions(Country country);

struct Holiday
{
    QDate date; // the day itself (July 1)
    QDate observed; // the day off: date, or the working day it moves to (Monday July 3)
    QString key; // stable id: "canada_day", "family_day", "juneteenth", ...
    QString nameEn;
    QString nameFr; // Canadian French
    QString region; // "" for a national holiday, else the region that adds it ("ON")

    bool isMoved() const { return observed != date; }
    bool operator==(const Holiday &other) const
    {
        return date == other.date && observed == other.observed && key == other.key
            && nameEn == other.nameEn && nameFr == other.nameFr && region == other.region;
    }
};

// The holidays of year in country, with the region's own days (region "" for the national
// list only), sorted by observed date. A holiday belongs to the year of its date: in the US,
// New Year's Day on a Saturday is observed on Friday, December 31 of the year before, and is
// listed with its own year (holidays(US, "", 2022) starts with 2021-12-31).
// Throws ValidationError("year", "out-of-range") outside kFirstHolidayYear..kLastHolidayYear,
// ValidationError("region", "unknown") for a region not in holidayRegions(country).
QList<Holiday> holidays(Country country, const QString &region, int year);

// The holiday observed on day (the day off, not the date it commemorates), if any; the first
// of them when two share the day. Same errors as holidays() for day's year.
std::optional<Holiday> holidayOn(Country country, const QString &region, const QDate &day);

// Why holidays() refused its input, as a sentence in the UI language (context "Holidays"); the
// known regions of country are listed for an unknown region.
QString holidayRefusal(const ValidationError &error, Country country);

// Easter Sunday of year (Gregorian calendar; the anonymous algorithm of Meeus, Jones and
// Butcher). Any year from 1583 on.
QDate easterSunday(int year);

} // namespace liaison
