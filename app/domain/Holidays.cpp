#include "domain/Holidays.h"

#include "domain/DomainText.h"

#include <QCoreApplication>

#include <algorithm>
#include <vector>

namespace liaison {

namespace {

// How a holiday that falls on a weekend is moved (docs/SCHEDULE.md gives the sources).
enum class Observance {
    // Treasury Board agreements: to the first working day after it that is not already a
    // holiday (Christmas on Saturday: Monday; Boxing Day on Sunday then: Tuesday).
    NextWorkingDay,
    // 5 U.S.C. 6103(b) and Executive Order 11582 (and the District of Columbia's own rule):
    // Saturday to the Friday before, Sunday to the Monday after.
    FridayOrMonday,
    // 5 U.S.C. 6103(c), Inauguration Day: Sunday to Monday; on a Saturday there is no day off.
    SundayToMonday,
};

struct Rule
{
    Holiday holiday;
    Observance observance;
};

bool isWeekend(const QDate &d)
{
    return d.dayOfWeek() >= Qt::Saturday;
}

// The n-th (1-based) weekday of month.
QDate nthWeekday(int year, int month, int weekday, int n)
{
    QDate d(year, month, 1);
    d = d.addDays((weekday - d.dayOfWeek() + 7) % 7);
    return d.addDays(7 * (n - 1));
}

QDate lastWeekday(int year, int month, int weekday)
{
    QDate d(year, month, QDate(year, month, 1).daysInMonth());
    return d.addDays(-((d.dayOfWeek() - weekday + 7) % 7));
}

// The last Monday strictly before month/day (Victoria Day: the Monday before May 25).
QDate mondayBefore(int year, int month, int day)
{
    const QDate d(year, month, day);
    const int back = (d.dayOfWeek() - Qt::Monday + 7) % 7;
    return d.addDays(back == 0 ? -7 : -back);
}

Rule rule(const QDate &date, const char *key, const char *en, const char *fr, Observance observance,
          const char *region = "")
{
    Holiday h;
    h.date = date;
    h.observed = date;
    h.key = QString::fromLatin1(key);
    h.nameEn = QString::fromUtf8(en);
    h.nameFr = QString::fromUtf8(fr);
    h.region = QString::fromLatin1(region);
    return {h, observance};
}

void replaceKey(std::vector<Rule> &rules, const char *key, Rule replacement)
{
    for (Rule &r : rules) {
        if (r.holiday.key == QLatin1String(key)) {
            r = std::move(replacement);
            return;
        }
    }
}

// The Canadian federal public service's designated paid holidays (Treasury Board collective
// agreements, e.g. PA group clause 32.01), then what the region changes or adds.
std::vector<Rule> canadianRules(const QString &region, int year)
{
    constexpr auto tb = Observance::NextWorkingDay;
    const QDate easter = easterSunday(year);
    std::vector<Rule> rules {
        rule(QDate(year, 1, 1), "new_year", "New Year's Day", "Jour de l'An", tb),
        rule(easter.addDays(-2), "good_friday", "Good Friday", "Vendredi saint", tb),
        rule(easter.addDays(1), "easter_monday", "Easter Monday", "Lundi de Pâques", tb),
        rule(mondayBefore(year, 5, 25), "victoria_day", "Victoria Day", "Fête de Victoria", tb),
        rule(QDate(year, 7, 1), "canada_day", "Canada Day", "Fête du Canada", tb),
        // The "provincial or civic holiday" of clause 32.01(l): the first Monday of August in
        // most of Canada.
        rule(nthWeekday(year, 8, Qt::Monday, 1), "civic_holiday", "Civic Holiday", "Congé civique",
             tb),
        rule(nthWeekday(year, 9, Qt::Monday, 1), "labour_day", "Labour Day", "Fête du Travail", tb),
        rule(nthWeekday(year, 10, Qt::Monday, 2), "thanksgiving", "Thanksgiving", "Action de grâce",
             tb),
        rule(QDate(year, 11, 11), "remembrance_day", "Remembrance Day", "Jour du Souvenir", tb),
        rule(QDate(year, 12, 25), "christmas", "Christmas Day", "Noël", tb),
        rule(QDate(year, 12, 26), "boxing_day", "Boxing Day", "Lendemain de Noël", tb),
    };
    // S.C. 2021, c. 11 (royal assent June 3, 2021): first observed September 30, 2021.
    if (year >= 2021)
        rules.push_back(rule(QDate(year, 9, 30), "truth_reconciliation",
                             "National Day for Truth and Reconciliation",
                             "Journée nationale de la vérité et de la réconciliation", tb));

    const QDate thirdMondayFeb = nthWeekday(year, 2, Qt::Monday, 3);
    auto familyDay = [&](const QDate &d, const char *r) {
        rules.push_back(rule(d, "family_day", "Family Day", "Jour de la famille", tb, r));
    };
    if (region == QLatin1String("AB")) {
        familyDay(thirdMondayFeb, "AB"); // since 1990
    } else if (region == QLatin1String("BC")) {
        if (year >= 2019)
            familyDay(thirdMondayFeb, "BC");
        else if (year >= 2013) // the second Monday from 2013 to 2018
            familyDay(nthWeekday(year, 2, Qt::Monday, 2), "BC");
    } else if (region == QLatin1String("MB")) {
        if (year >= 2008)
            rules.push_back(rule(thirdMondayFeb, "louis_riel_day", "Louis Riel Day",
                                 "Journée Louis Riel", tb, "MB"));
    } else if (region == QLatin1String("NB")) {
        if (year >= 2018)
            familyDay(thirdMondayFeb, "NB");
    } else if (region == QLatin1String("NS")) {
        if (year >= 2015)
            rules.push_back(rule(thirdMondayFeb, "heritage_day", "Heritage Day",
                                 "Jour du patrimoine", tb, "NS"));
    } else if (region == QLatin1String("ON")) {
        if (year >= 2008)
            familyDay(thirdMondayFeb, "ON");
    } else if (region == QLatin1String("QC")) {
        // In Quebec the federal service's provincial holiday is the Fête nationale (June 24),
        // not the first Monday of August; Quebec names the Victoria Day Monday "Journée
        // nationale des patriotes" (since 2003).
        replaceKey(rules, "civic_holiday",
                   rule(QDate(year, 6, 24), "fete_nationale",
                        "Quebec National Holiday (Saint-Jean-Baptiste Day)",
                        "Fête nationale du Québec", tb, "QC"));
        if (year >= 2003)
            replaceKey(rules, "victoria_day",
                       rule(mondayBefore(year, 5, 25), "patriots_day", "National Patriots' Day",
                            "Journée nationale des patriotes", tb, "QC"));
    } else if (region == QLatin1String("SK")) {
        if (year >= 2007)
            familyDay(thirdMondayFeb, "SK");
    }
    return rules;
}

// 5 U.S.C. 6103(a), then what the region changes or adds.
std::vector<Rule> americanRules(const QString &region, int year)
{
    constexpr auto opm = Observance::FridayOrMonday;
    std::vector<Rule> rules {
        rule(QDate(year, 1, 1), "new_year", "New Year's Day", "Jour de l'An", opm),
        rule(nthWeekday(year, 1, Qt::Monday, 3), "mlk_day", "Birthday of Martin Luther King, Jr.",
             "Journée de Martin Luther King Jr.", opm),
        rule(nthWeekday(year, 2, Qt::Monday, 3), "washington_birthday", "Washington's Birthday",
             "Jour des présidents", opm),
        rule(lastWeekday(year, 5, Qt::Monday), "memorial_day", "Memorial Day",
             "Jour du Souvenir (États-Unis)", opm),
        rule(QDate(year, 7, 4), "independence_day", "Independence Day", "Fête de l'Indépendance",
             opm),
        rule(nthWeekday(year, 9, Qt::Monday, 1), "labor_day", "Labor Day", "Fête du Travail", opm),
        rule(nthWeekday(year, 10, Qt::Monday, 2), "columbus_day", "Columbus Day",
             "Jour de Christophe Colomb", opm),
        rule(QDate(year, 11, 11), "veterans_day", "Veterans Day", "Jour des anciens combattants",
             opm),
        rule(nthWeekday(year, 11, Qt::Thursday, 4), "thanksgiving", "Thanksgiving Day",
             "Action de grâce (États-Unis)", opm),
        rule(QDate(year, 12, 25), "christmas", "Christmas Day", "Noël", opm),
    };
    // Pub. L. 117-17 (signed June 17, 2021): first observed Friday, June 18, 2021.
    if (year >= 2021)
        rules.push_back(rule(QDate(year, 6, 19), "juneteenth",
                             "Juneteenth National Independence Day", "Juneteenth", opm));

    if (region == QLatin1String("DC")) {
        // D.C. Code 1-612.02: a legal public holiday in the District since 2005.
        if (year >= 2005)
            rules.push_back(rule(QDate(year, 4, 16), "dc_emancipation_day", "DC Emancipation Day",
                                 "Jour de l'émancipation (district de Columbia)", opm, "DC"));
        // 5 U.S.C. 6103(c): for federal employees in the District and the counties around it.
        if ((year - 1965) % 4 == 0)
            rules.push_back(rule(QDate(year, 1, 20), "inauguration_day", "Inauguration Day",
                                 "Jour de l'investiture", Observance::SundayToMonday, "DC"));
    } else if (region == QLatin1String("ID")) {
        // Idaho Code 73-108 adds no day to the federal list; it names the third Monday of
        // January its own way.
        replaceKey(rules, "mlk_day",
                   rule(nthWeekday(year, 1, Qt::Monday, 3), "mlk_day",
                        "Martin Luther King Jr.–Idaho Human Rights Day",
                        "Journée Martin Luther King Jr. et des droits de la personne de l'Idaho",
                        opm, "ID"));
    }
    return rules;
}

// Moves each holiday to its observed day and sorts by it.
QList<Holiday> observe(std::vector<Rule> rules)
{
    std::stable_sort(rules.begin(), rules.end(),
                     [](const Rule &a, const Rule &b) { return a.holiday.date < b.holiday.date; });
    QList<QDate> taken; // observed days of NextWorkingDay holidays so far, in date order
    QList<Holiday> result;
    for (Rule &r : rules) {
        Holiday &h = r.holiday;
        const int dow = h.date.dayOfWeek();
        switch (r.observance) {
        case Observance::NextWorkingDay:
            while (isWeekend(h.observed) || taken.contains(h.observed))
                h.observed = h.observed.addDays(1);
            taken << h.observed;
            break;
        case Observance::FridayOrMonday:
            if (dow == Qt::Saturday)
                h.observed = h.date.addDays(-1);
            else if (dow == Qt::Sunday)
                h.observed = h.date.addDays(1);
            break;
        case Observance::SundayToMonday:
            if (dow == Qt::Sunday)
                h.observed = h.date.addDays(1);
            break;
        }
        result << h;
    }
    std::stable_sort(result.begin(), result.end(),
                     [](const Holiday &a, const Holiday &b) { return a.observed < b.observed; });
    return result;
}

QString normalisedRegion(Country country, const QString &region)
{
    const QString r = region.trimmed().toUpper();
    if (!r.isEmpty() && !holidayRegions(country).contains(r))
        throw ValidationError(QStringLiteral("region"), QStringLiteral("unknown"));
    return r;
}

void checkYear(int year)
{
    if (year < kFirstHolidayYear || year > kLastHolidayYear)
        throw ValidationError(QStringLiteral("year"), QStringLiteral("out-of-range"));
}

QList<Holiday> computeHolidays(Country country, const QString &region, int year)
{
    return observe(country == Country::Canada ? canadianRules(region, year)
                                              : americanRules(region, year));
}

} // namespace

QString countryCode(Country country)
{
    return country == Country::Canada ? QStringLiteral("CA") : QStringLiteral("US");
}

bool parseCountry(const QString &code, Country *out)
{
    const QString c = code.trimmed().toUpper();
    if (c == QLatin1String("CA"))
        *out = Country::Canada;
    else if (c == QLatin1String("US"))
        *out = Country::UnitedStates;
    else
        return false;
    return true;
}

QStringList holidayRegions(Country country)
{
    if (country == Country::Canada)
        return {QStringLiteral("AB"), QStringLiteral("BC"), QStringLiteral("MB"),
                QStringLiteral("NB"), QStringLiteral("NS"), QStringLiteral("ON"),
                QStringLiteral("QC"), QStringLiteral("SK")};
    return {QStringLiteral("DC"), QStringLiteral("ID")};
}

QList<Holiday> holidays(Country country, const QString &region, int year)
{
    checkYear(year);
    return computeHolidays(country, normalisedRegion(country, region), year);
}

std::optional<Holiday> holidayOn(Country country, const QString &region, const QDate &day)
{
    if (!day.isValid())
        throw ValidationError(QStringLiteral("date"), QStringLiteral("invalid"));
    checkYear(day.year());
    const QString r = normalisedRegion(country, region);
    // A US holiday of next year may be observed on December 31 (New Year's Day on Saturday).
    for (int year : {day.year(), day.year() + 1}) {
        for (const Holiday &h : computeHolidays(country, r, year)) {
            if (h.observed == day)
                return h;
        }
    }
    return std::nullopt;
}

QString holidayRefusal(const ValidationError &error, Country country)
{
    if (error.field() == QLatin1String("year") && error.code() == QLatin1String("out-of-range"))
        //: %1 and %2 are years, e.g. 1990 and 2100
        return QCoreApplication::translate("Holidays",
                                           "Holidays are computed for the years %1 to %2 only.")
            .arg(kFirstHolidayYear)
            .arg(kLastHolidayYear);
    if (error.field() == QLatin1String("region") && error.code() == QLatin1String("unknown")) {
        const QString known = holidayRegions(country).join(QStringLiteral(", "));
        if (country == Country::Canada)
            //: %1 is a list of province codes, e.g. "AB, BC, ON, QC"
            return QCoreApplication::translate(
                       "Holidays",
                       "Liaison has no holiday rules for this region of Canada. "
                       "Known regions: %1.")
                .arg(known);
        //: %1 is a list of state codes, e.g. "DC, ID"
        return QCoreApplication::translate(
                   "Holidays",
                   "Liaison has no holiday rules for this region of the United "
                   "States. Known regions: %1.")
            .arg(known);
    }
    return refusalText(error.field(), error.code());
}

QDate easterSunday(int year)
{
    // Meeus, Astronomical Algorithms (1991), ch. 8, after Jones (1876) and Butcher (1877).
    const int a = year % 19;
    const int b = year / 100;
    const int c = year % 100;
    const int d = b / 4;
    const int e = b % 4;
    const int f = (b + 8) / 25;
    const int g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4;
    const int k = c % 4;
    const int l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31;
    const int day = (h + l - 7 * m + 114) % 31 + 1;
    return QDate(year, month, day);
}

} // namespace liaison
