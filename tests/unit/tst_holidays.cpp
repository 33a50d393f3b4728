// Holidays by rule, checked against published lists written down here with their source.
//
// United States: the U.S. Office of Personnel Management's "Federal Holidays" tables
// (opm.gov/policy-data-oversight/pay-leave/federal-holidays, years 2010-2030), which apply
// 5 U.S.C. 6103 and Executive Order 11582 (Saturday -> Friday before, Sunday -> Monday after).
// Canada: the Government of Canada's public service holiday lists (canada.ca, "Public service
// pay: statutory holidays" / "Jours fériés"; Library and Archives Canada's 2024 list), which
// apply the Treasury Board agreements' rule (a holiday on a day of rest moves to the first
// working day after it).
// Easter: python-dateutil's easter() (EASTER_WESTERN, an independent implementation) for every
// year 1990-2100, spot-checked against the published table of the Astronomical Society of
// South Australia (2000-04-23, 2038-04-25, 2100-03-28).
#include "domain/Holidays.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace liaison;

namespace {

QDate day(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

// "key=date>observed" (or "key=date" when not moved), in observed order, for comparing a whole
// year at once with a readable diff.
QStringList summary(const QList<Holiday> &list)
{
    QStringList lines;
    for (const Holiday &h : list) {
        QString line = h.key + QLatin1Char('=') + h.date.toString(Qt::ISODate);
        if (h.isMoved())
            line += QLatin1Char('>') + h.observed.toString(Qt::ISODate);
        lines << line;
    }
    return lines;
}

QStringList words(const char *text)
{
    return QString::fromLatin1(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

const Holiday *find(const QList<Holiday> &list, const char *key)
{
    for (const Holiday &h : list) {
        if (h.key == QLatin1String(key))
            return &h;
    }
    return nullptr;
}

} // namespace

class TestHolidays : public QObject
{
    Q_OBJECT
private slots:
    void easter();
    void easterOutsideRange();
    void wholeYear_data();
    void wholeYear();
    void sortedAndWellFormed();
    void usNewYearObservedInPreviousYear();
    void canadianChainAtChristmas();
    void truthAndReconciliationFrom2021();
    void juneteenthFrom2021();
    void victoriaDayIsMondayBefore25();
    void regions_data();
    void regions();
    void quebec();
    void idahoNamesOnly();
    void districtOfColumbia();
    void holidayOn();
    void refusals();
    void refusalText();
    void cliJson();
    void cliTable();
    void cliErrors();

private:
    struct Run
    {
        int code = -1;
        QByteArray out;
        QString err;
    };
    Run cli(const QStringList &args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        // No saved desktop setting decides the language (XDG_CONFIG_HOME is ours).
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_config.path());
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(LIAISON_CLI_BINARY), args);
        Run r;
        if (!p.waitForFinished(30'000)) {
            p.kill();
            p.waitForFinished();
            return r;
        }
        r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = p.readAllStandardOutput();
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }
    QTemporaryDir m_config;
};

void TestHolidays::easter()
{
    static const char *const dates[] = {
        "0415", "0331", "0419", "0411", "0403", "0416", "0407", "0330", "0412", "0404", "0423",
        "0415", "0331", "0420", "0411", "0327", "0416", "0408", "0323", "0412", "0404", "0424",
        "0408", "0331", "0420", "0405", "0327", "0416", "0401", "0421", "0412", "0404", "0417",
        "0409", "0331", "0420", "0405", "0328", "0416", "0401", "0421", "0413", "0328", "0417",
        "0409", "0325", "0413", "0405", "0425", "0410", "0401", "0421", "0406", "0329", "0417",
        "0409", "0325", "0414", "0405", "0418", "0410", "0402", "0421", "0406", "0329", "0418",
        "0402", "0422", "0414", "0330", "0418", "0410", "0326", "0415", "0406", "0329", "0411",
        "0403", "0422", "0414", "0330", "0419", "0410", "0326", "0415", "0407", "0419", "0411",
        "0403", "0423", "0407", "0330", "0419", "0404", "0326", "0415", "0331", "0420", "0411",
        "0403", "0416", "0408", "0330", "0412", "0404", "0424", "0415", "0331", "0420", "0412",
        "0328",
    };
    static_assert(std::size(dates) == kLastHolidayYear - kFirstHolidayYear + 1);
    for (int year = kFirstHolidayYear; year <= kLastHolidayYear; ++year) {
        const QString mmdd = QString::fromLatin1(dates[year - kFirstHolidayYear]);
        const QDate expected(year, mmdd.left(2).toInt(), mmdd.mid(2).toInt());
        QCOMPARE(easterSunday(year), expected);
        QCOMPARE(easterSunday(year).dayOfWeek(), int(Qt::Sunday));
    }
    QCOMPARE(easterSunday(2000), day("2000-04-23"));
    QCOMPARE(easterSunday(2038), day("2038-04-25"));
    QCOMPARE(easterSunday(2100), day("2100-03-28"));
}

void TestHolidays::easterOutsideRange()
{
    // The algorithm holds for any Gregorian year: the earliest and latest possible Easters.
    QCOMPARE(easterSunday(1818), day("1818-03-22"));
    QCOMPARE(easterSunday(2285), day("2285-03-22"));
    QCOMPARE(easterSunday(1943), day("1943-04-25"));
}

void TestHolidays::wholeYear_data()
{
    QTest::addColumn<QString>("country");
    QTest::addColumn<QString>("region");
    QTest::addColumn<int>("year");
    QTest::addColumn<QStringList>("expected");
    auto us = [](const char *name, int year, const char *list) {
        QTest::newRow(name) << QStringLiteral("US") << QString() << year << words(list);
    };
    auto ca = [](const char *name, int year, const char *list) {
        QTest::newRow(name) << QStringLiteral("CA") << QString() << year << words(list);
    };
    // OPM 2010: Independence Day on Sunday -> Monday July 5, Christmas on Saturday -> Friday 24.
    us("US 2010", 2010,
       "new_year=2010-01-01 mlk_day=2010-01-18 washington_birthday=2010-02-15 "
       "memorial_day=2010-05-31 independence_day=2010-07-04>2010-07-05 labor_day=2010-09-06 "
       "columbus_day=2010-10-11 veterans_day=2010-11-11 thanksgiving=2010-11-25 "
       "christmas=2010-12-25>2010-12-24");
    // OPM 2011: New Year's Day 2011 (Saturday) is observed Friday, December 31, 2010.
    us("US 2011", 2011,
       "new_year=2011-01-01>2010-12-31 mlk_day=2011-01-17 washington_birthday=2011-02-21 "
       "memorial_day=2011-05-30 independence_day=2011-07-04 labor_day=2011-09-05 "
       "columbus_day=2011-10-10 veterans_day=2011-11-11 thanksgiving=2011-11-24 "
       "christmas=2011-12-25>2011-12-26");
    // OPM 2017: New Year's Day on Sunday -> Monday 2; Veterans Day on Saturday -> Friday 10.
    us("US 2017", 2017,
       "new_year=2017-01-01>2017-01-02 mlk_day=2017-01-16 washington_birthday=2017-02-20 "
       "memorial_day=2017-05-29 independence_day=2017-07-04 labor_day=2017-09-04 "
       "columbus_day=2017-10-09 veterans_day=2017-11-11>2017-11-10 thanksgiving=2017-11-23 "
       "christmas=2017-12-25");
    // OPM 2021: Juneteenth's first year, observed Friday June 18; July 4 on Sunday -> 5;
    // Christmas on Saturday -> Friday 24.
    us("US 2021", 2021,
       "new_year=2021-01-01 mlk_day=2021-01-18 washington_birthday=2021-02-15 "
       "memorial_day=2021-05-31 juneteenth=2021-06-19>2021-06-18 "
       "independence_day=2021-07-04>2021-07-05 labor_day=2021-09-06 columbus_day=2021-10-11 "
       "veterans_day=2021-11-11 thanksgiving=2021-11-25 christmas=2021-12-25>2021-12-24");
    // OPM 2022: New Year's Day observed Friday, December 31, 2021; Juneteenth on Sunday -> 20.
    us("US 2022", 2022,
       "new_year=2022-01-01>2021-12-31 mlk_day=2022-01-17 washington_birthday=2022-02-21 "
       "memorial_day=2022-05-30 juneteenth=2022-06-19>2022-06-20 independence_day=2022-07-04 "
       "labor_day=2022-09-05 columbus_day=2022-10-10 veterans_day=2022-11-11 "
       "thanksgiving=2022-11-24 christmas=2022-12-25>2022-12-26");
    // OPM 2023: Veterans Day on Saturday -> Friday November 10; Christmas on Monday.
    us("US 2023", 2023,
       "new_year=2023-01-01>2023-01-02 mlk_day=2023-01-16 washington_birthday=2023-02-20 "
       "memorial_day=2023-05-29 juneteenth=2023-06-19 independence_day=2023-07-04 "
       "labor_day=2023-09-04 columbus_day=2023-10-09 veterans_day=2023-11-11>2023-11-10 "
       "thanksgiving=2023-11-23 christmas=2023-12-25");
    // OPM 2026: Independence Day on Saturday -> Friday July 3.
    us("US 2026", 2026,
       "new_year=2026-01-01 mlk_day=2026-01-19 washington_birthday=2026-02-16 "
       "memorial_day=2026-05-25 juneteenth=2026-06-19 independence_day=2026-07-04>2026-07-03 "
       "labor_day=2026-09-07 columbus_day=2026-10-12 veterans_day=2026-11-11 "
       "thanksgiving=2026-11-26 christmas=2026-12-25");
    // OPM 2030.
    us("US 2030", 2030,
       "new_year=2030-01-01 mlk_day=2030-01-21 washington_birthday=2030-02-18 "
       "memorial_day=2030-05-27 juneteenth=2030-06-19 independence_day=2030-07-04 "
       "labor_day=2030-09-02 columbus_day=2030-10-14 veterans_day=2030-11-11 "
       "thanksgiving=2030-11-28 christmas=2030-12-25");
    // Canada.ca 2020: no Truth and Reconciliation day yet; Boxing Day on Saturday -> Monday 28.
    ca("CA 2020", 2020,
       "new_year=2020-01-01 good_friday=2020-04-10 easter_monday=2020-04-13 "
       "victoria_day=2020-05-18 canada_day=2020-07-01 civic_holiday=2020-08-03 "
       "labour_day=2020-09-07 thanksgiving=2020-10-12 remembrance_day=2020-11-11 "
       "christmas=2020-12-25 boxing_day=2020-12-26>2020-12-28");
    // Canada.ca 2021: the first National Day for Truth and Reconciliation (Thursday); Christmas
    // on Saturday -> Monday 27 and Boxing Day on Sunday -> Tuesday 28.
    ca("CA 2021", 2021,
       "new_year=2021-01-01 good_friday=2021-04-02 easter_monday=2021-04-05 "
       "victoria_day=2021-05-24 canada_day=2021-07-01 civic_holiday=2021-08-02 "
       "labour_day=2021-09-06 truth_reconciliation=2021-09-30 thanksgiving=2021-10-11 "
       "remembrance_day=2021-11-11 christmas=2021-12-25>2021-12-27 "
       "boxing_day=2021-12-26>2021-12-28");
    // Canada.ca 2022: New Year's Day on Saturday -> Monday January 3; Christmas on Sunday ->
    // Monday 26, so Boxing Day (Monday 26) -> Tuesday 27.
    ca("CA 2022", 2022,
       "new_year=2022-01-01>2022-01-03 good_friday=2022-04-15 easter_monday=2022-04-18 "
       "victoria_day=2022-05-23 canada_day=2022-07-01 civic_holiday=2022-08-01 "
       "labour_day=2022-09-05 truth_reconciliation=2022-09-30 thanksgiving=2022-10-10 "
       "remembrance_day=2022-11-11 christmas=2022-12-25>2022-12-26 "
       "boxing_day=2022-12-26>2022-12-27");
    // Canada.ca 2023: Canada Day on Saturday -> Monday July 3; September 30 and November 11 on
    // Saturdays -> Mondays October 2 and November 13.
    ca("CA 2023", 2023,
       "new_year=2023-01-01>2023-01-02 good_friday=2023-04-07 easter_monday=2023-04-10 "
       "victoria_day=2023-05-22 canada_day=2023-07-01>2023-07-03 civic_holiday=2023-08-07 "
       "labour_day=2023-09-04 truth_reconciliation=2023-09-30>2023-10-02 "
       "thanksgiving=2023-10-09 remembrance_day=2023-11-11>2023-11-13 christmas=2023-12-25 "
       "boxing_day=2023-12-26");
    // Library and Archives Canada, "Jours fériés" 2024.
    ca("CA 2024", 2024,
       "new_year=2024-01-01 good_friday=2024-03-29 easter_monday=2024-04-01 "
       "victoria_day=2024-05-20 canada_day=2024-07-01 civic_holiday=2024-08-05 "
       "labour_day=2024-09-02 truth_reconciliation=2024-09-30 thanksgiving=2024-10-14 "
       "remembrance_day=2024-11-11 christmas=2024-12-25 boxing_day=2024-12-26");
    // Canada Day on Sunday -> Monday July 2 (also the Holidays Act's own rule).
    ca("CA 2018", 2018,
       "new_year=2018-01-01 good_friday=2018-03-30 easter_monday=2018-04-02 "
       "victoria_day=2018-05-21 canada_day=2018-07-01>2018-07-02 civic_holiday=2018-08-06 "
       "labour_day=2018-09-03 thanksgiving=2018-10-08 remembrance_day=2018-11-11>2018-11-12 "
       "christmas=2018-12-25 boxing_day=2018-12-26");
}

void TestHolidays::wholeYear()
{
    QFETCH(QString, country);
    QFETCH(QString, region);
    QFETCH(int, year);
    QFETCH(QStringList, expected);
    Country c {};
    QVERIFY(parseCountry(country, &c));
    QCOMPARE(summary(holidays(c, region, year)), expected);
}

void TestHolidays::sortedAndWellFormed()
{
    for (Country c : {Country::Canada, Country::UnitedStates}) {
        QStringList regions = holidayRegions(c);
        regions.prepend(QString());
        for (const QString &region : regions) {
            for (int year = kFirstHolidayYear; year <= kLastHolidayYear; ++year) {
                const QList<Holiday> list = holidays(c, region, year);
                QVERIFY(list.size() >= 10);
                QDate previous;
                QSet<QString> keys;
                for (const Holiday &h : list) {
                    QVERIFY2(h.observed.dayOfWeek() <= Qt::Friday
                                 || h.key == QLatin1String("inauguration_day"),
                             qPrintable(h.key + QString::number(year)));
                    QVERIFY(!h.nameEn.isEmpty() && !h.nameFr.isEmpty());
                    QCOMPARE(h.date.year(), year);
                    QVERIFY(qAbs(h.date.daysTo(h.observed)) <= 3);
                    QVERIFY(!previous.isValid() || previous <= h.observed);
                    QVERIFY2(!keys.contains(h.key), qPrintable(h.key));
                    keys << h.key;
                    previous = h.observed;
                }
                // Canada moves holidays apart: never two on one day.
                if (c == Country::Canada) {
                    QSet<QDate> days;
                    for (const Holiday &h : list)
                        days << h.observed;
                    QCOMPARE(days.size(), list.size());
                }
            }
        }
    }
}

void TestHolidays::usNewYearObservedInPreviousYear()
{
    const QList<Holiday> y2022 = holidays(Country::UnitedStates, {}, 2022);
    QCOMPARE(y2022.first().key, QStringLiteral("new_year"));
    QCOMPARE(y2022.first().date, day("2022-01-01"));
    QCOMPARE(y2022.first().observed, day("2021-12-31"));
    // 2021's own list does not repeat it: each holiday is listed once, under its own year.
    const QList<Holiday> y2021 = holidays(Country::UnitedStates, {}, 2021);
    QCOMPARE(y2021.last().key, QStringLiteral("christmas"));
    QCOMPARE(std::count_if(y2021.begin(), y2021.end(),
                           [](const Holiday &h) { return h.key == QLatin1String("new_year"); }),
             1);
    // But the day is found as a holiday from either side.
    const auto onDec31 = liaison::holidayOn(Country::UnitedStates, {}, day("2021-12-31"));
    QVERIFY(onDec31);
    QCOMPARE(onDec31->key, QStringLiteral("new_year"));
    QCOMPARE(onDec31->date, day("2022-01-01"));
    // The last year: New Year's Day 2101 is a Saturday, observed on Friday 2100-12-31.
    const auto last = liaison::holidayOn(Country::UnitedStates, {}, day("2100-12-31"));
    QVERIFY(last);
    QCOMPARE(last->date, day("2101-01-01"));
    // Canada never moves back: the 2022 New Year's Day is Monday January 3.
    QVERIFY(!liaison::holidayOn(Country::Canada, {}, day("2021-12-31")));
    QCOMPARE(liaison::holidayOn(Country::Canada, {}, day("2022-01-03"))->key,
             QStringLiteral("new_year"));
}

void TestHolidays::canadianChainAtChristmas()
{
    // Christmas on Saturday (2027): Monday 27, Boxing Day (Sunday) Tuesday 28.
    const QList<Holiday> y2027 = holidays(Country::Canada, {}, 2027);
    QCOMPARE(find(y2027, "christmas")->observed, day("2027-12-27"));
    QCOMPARE(find(y2027, "boxing_day")->observed, day("2027-12-28"));
    // Christmas on Sunday (2033): Monday 26, so Boxing Day moves from Monday to Tuesday 27.
    const QList<Holiday> y2033 = holidays(Country::Canada, {}, 2033);
    QCOMPARE(find(y2033, "christmas")->observed, day("2033-12-26"));
    QCOMPARE(find(y2033, "boxing_day")->observed, day("2033-12-27"));
    // The US has no Boxing Day and moves Christmas on Saturday back to Friday.
    QCOMPARE(find(holidays(Country::UnitedStates, {}, 2027), "christmas")->observed,
             day("2027-12-24"));
}

void TestHolidays::truthAndReconciliationFrom2021()
{
    QVERIFY(!find(holidays(Country::Canada, {}, 2020), "truth_reconciliation"));
    const Holiday *first = find(holidays(Country::Canada, {}, 2021), "truth_reconciliation");
    QVERIFY(first);
    QCOMPARE(first->date, day("2021-09-30"));
    QCOMPARE(first->nameFr,
             QStringLiteral("Journée nationale de la vérité et de la réconciliation"));
    // 2029: Sunday -> Monday October 1.
    QCOMPARE(find(holidays(Country::Canada, {}, 2029), "truth_reconciliation")->observed,
             day("2029-10-01"));
}

void TestHolidays::juneteenthFrom2021()
{
    QVERIFY(!find(holidays(Country::UnitedStates, {}, 2020), "juneteenth"));
    QCOMPARE(find(holidays(Country::UnitedStates, {}, 2021), "juneteenth")->observed,
             day("2021-06-18"));
    // 2027: Saturday -> Friday June 18.
    QCOMPARE(find(holidays(Country::UnitedStates, {}, 2027), "juneteenth")->observed,
             day("2027-06-18"));
}

void TestHolidays::victoriaDayIsMondayBefore25()
{
    // May 25 on a Monday (2026): the Monday before is May 18, not the 25th.
    QCOMPARE(find(holidays(Country::Canada, {}, 2026), "victoria_day")->date, day("2026-05-18"));
    // May 24 on a Monday (2021): that day.
    QCOMPARE(find(holidays(Country::Canada, {}, 2021), "victoria_day")->date, day("2021-05-24"));
    for (int year = kFirstHolidayYear; year <= kLastHolidayYear; ++year) {
        const QDate d = find(holidays(Country::Canada, {}, year), "victoria_day")->date;
        QCOMPARE(d.dayOfWeek(), int(Qt::Monday));
        QVERIFY(d >= QDate(year, 5, 18) && d <= QDate(year, 5, 24));
    }
}

void TestHolidays::regions_data()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<int>("year");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QDate>("date"); // invalid: not a holiday that year
    QTest::newRow("ON family day 2008") << "ON" << 2008 << "family_day" << day("2008-02-18");
    QTest::newRow("ON before 2008") << "ON" << 2007 << "family_day" << QDate();
    QTest::newRow("ON 2024") << "on" << 2024 << "family_day" << day("2024-02-19");
    QTest::newRow("AB since 1990") << "AB" << 1990 << "family_day" << day("1990-02-19");
    QTest::newRow("SK 2007") << "SK" << 2007 << "family_day" << day("2007-02-19");
    QTest::newRow("SK 2006") << "SK" << 2006 << "family_day" << QDate();
    QTest::newRow("MB Louis Riel 2008") << "MB" << 2008 << "louis_riel_day" << day("2008-02-18");
    QTest::newRow("MB 2007") << "MB" << 2007 << "louis_riel_day" << QDate();
    QTest::newRow("BC first, 2nd Monday") << "BC" << 2013 << "family_day" << day("2013-02-11");
    QTest::newRow("BC 2018, 2nd Monday") << "BC" << 2018 << "family_day" << day("2018-02-12");
    QTest::newRow("BC 2019, 3rd Monday") << "BC" << 2019 << "family_day" << day("2019-02-18");
    QTest::newRow("BC 2012") << "BC" << 2012 << "family_day" << QDate();
    QTest::newRow("NB 2018") << "NB" << 2018 << "family_day" << day("2018-02-19");
    QTest::newRow("NB 2017") << "NB" << 2017 << "family_day" << QDate();
    QTest::newRow("NS heritage 2015") << "NS" << 2015 << "heritage_day" << day("2015-02-16");
    QTest::newRow("NS 2014") << "NS" << 2014 << "heritage_day" << QDate();
    QTest::newRow("national list only") << "" << 2024 << "family_day" << QDate();
    QTest::newRow("QC has no family day") << "QC" << 2024 << "family_day" << QDate();
}

void TestHolidays::regions()
{
    QFETCH(QString, region);
    QFETCH(int, year);
    QFETCH(QString, key);
    QFETCH(QDate, date);
    const QList<Holiday> list = holidays(Country::Canada, region, year);
    const Holiday *h = find(list, key.toLatin1().constData());
    if (!date.isValid()) {
        QVERIFY(!h);
        return;
    }
    QVERIFY(h);
    QCOMPARE(h->date, date);
    QCOMPARE(h->observed, date);
    QCOMPARE(h->region, region.toUpper());
    // A region adds to the national list, and takes nothing from it (but in Quebec).
    QCOMPARE(list.size(), holidays(Country::Canada, {}, year).size() + 1);
}

void TestHolidays::quebec()
{
    const QList<Holiday> y2023 = holidays(Country::Canada, QStringLiteral("QC"), 2023);
    // The Fête nationale takes the place of the first Monday of August.
    QVERIFY(!find(y2023, "civic_holiday"));
    const Holiday *fete = find(y2023, "fete_nationale");
    QVERIFY(fete);
    QCOMPARE(fete->nameFr, QStringLiteral("Fête nationale du Québec"));
    QCOMPARE(fete->region, QStringLiteral("QC"));
    // Saturday June 24, 2023: the federal service's Monday June 26.
    QCOMPARE(fete->date, day("2023-06-24"));
    QCOMPARE(fete->observed, day("2023-06-26"));
    // Sunday June 24, 2029: Monday June 25 (also the Loi sur la fête nationale's own rule).
    QCOMPARE(
        find(holidays(Country::Canada, QStringLiteral("QC"), 2029), "fete_nationale")->observed,
        day("2029-06-25"));
    // The Victoria Day Monday under Quebec's name since 2003.
    QVERIFY(!find(y2023, "victoria_day"));
    const Holiday *patriots = find(y2023, "patriots_day");
    QVERIFY(patriots);
    QCOMPARE(patriots->date, day("2023-05-22"));
    QCOMPARE(patriots->nameFr, QStringLiteral("Journée nationale des patriotes"));
    const QList<Holiday> y2002 = holidays(Country::Canada, QStringLiteral("QC"), 2002);
    QVERIFY(find(y2002, "victoria_day"));
    QVERIFY(!find(y2002, "patriots_day"));
    QCOMPARE(y2023.size(), holidays(Country::Canada, {}, 2023).size());
}

void TestHolidays::idahoNamesOnly()
{
    for (int year : {1990, 2021, 2024, 2100}) {
        const QList<Holiday> federal = holidays(Country::UnitedStates, {}, year);
        const QList<Holiday> idaho = holidays(Country::UnitedStates, QStringLiteral("ID"), year);
        // Idaho adds no day: the same days, one of them named differently.
        QCOMPARE(summary(idaho), summary(federal));
        const Holiday *mlk = find(idaho, "mlk_day");
        QCOMPARE(mlk->nameEn, QStringLiteral("Martin Luther King Jr.–Idaho Human Rights Day"));
        QCOMPARE(mlk->region, QStringLiteral("ID"));
        QCOMPARE(find(federal, "mlk_day")->nameEn,
                 QStringLiteral("Birthday of Martin Luther King, Jr."));
    }
}

void TestHolidays::districtOfColumbia()
{
    const auto emancipation = [](int year) {
        const QList<Holiday> list = holidays(Country::UnitedStates, QStringLiteral("DC"), year);
        const Holiday *h = find(list, "dc_emancipation_day");
        return h ? h->observed : QDate();
    };
    QCOMPARE(emancipation(2004), QDate());
    QCOMPARE(emancipation(2005), day("2005-04-15")); // Saturday -> Friday
    QCOMPARE(emancipation(2023), day("2023-04-17")); // Sunday -> Monday
    QCOMPARE(emancipation(2024), day("2024-04-16")); // Tuesday
    QVERIFY(!find(holidays(Country::UnitedStates, {}, 2024), "dc_emancipation_day"));
    // Inauguration Day every fourth year after 1965; on Sunday (2013) the Monday after, which
    // is also Martin Luther King Jr.'s birthday that year; on Saturday (2001) no day off.
    const auto inauguration = [](int year) {
        const QList<Holiday> list = holidays(Country::UnitedStates, QStringLiteral("DC"), year);
        const Holiday *h = find(list, "inauguration_day");
        return h ? h->observed : QDate();
    };
    QCOMPARE(inauguration(2021), day("2021-01-20"));
    QCOMPARE(inauguration(2022), QDate());
    QCOMPARE(inauguration(2013), day("2013-01-21"));
    QCOMPARE(inauguration(2001), day("2001-01-20"));
    QCOMPARE(inauguration(2025), day("2025-01-20"));
}

void TestHolidays::holidayOn()
{
    // The observed day is the holiday; the date it commemorates is not, once moved.
    const auto canadaDay = liaison::holidayOn(Country::Canada, {}, day("2023-07-03"));
    QVERIFY(canadaDay);
    QCOMPARE(canadaDay->key, QStringLiteral("canada_day"));
    QCOMPARE(canadaDay->date, day("2023-07-01"));
    QVERIFY(!liaison::holidayOn(Country::Canada, {}, day("2023-07-01")));
    QVERIFY(!liaison::holidayOn(Country::Canada, {}, day("2023-07-04")));
    // Regions count.
    QVERIFY(!liaison::holidayOn(Country::Canada, {}, day("2024-02-19")));
    QCOMPARE(liaison::holidayOn(Country::Canada, QStringLiteral("ON"), day("2024-02-19"))->key,
             QStringLiteral("family_day"));
    QCOMPARE(liaison::holidayOn(Country::UnitedStates, {}, day("2024-02-19"))->key,
             QStringLiteral("washington_birthday"));
    QVERIFY_THROWS_EXCEPTION(ValidationError,
                             liaison::holidayOn(Country::Canada, {}, day("1989-12-31")));
    QVERIFY_THROWS_EXCEPTION(ValidationError, liaison::holidayOn(Country::Canada, {}, QDate()));
}

void TestHolidays::refusals()
{
    const auto codeOf = [](auto &&call) {
        try {
            call();
        } catch (const ValidationError &e) {
            return e.field() + QLatin1Char('/') + e.code();
        }
        return QString();
    };
    QCOMPARE(codeOf([] { holidays(Country::Canada, {}, 1989); }),
             QStringLiteral("year/out-of-range"));
    QCOMPARE(codeOf([] { holidays(Country::UnitedStates, {}, 2101); }),
             QStringLiteral("year/out-of-range"));
    QCOMPARE(codeOf([] { holidays(Country::Canada, {}, 1990); }), QString());
    QCOMPARE(codeOf([] { holidays(Country::Canada, {}, 2100); }), QString());
    QCOMPARE(codeOf([] { holidays(Country::Canada, QStringLiteral("DC"), 2024); }),
             QStringLiteral("region/unknown"));
    QCOMPARE(codeOf([] { holidays(Country::UnitedStates, QStringLiteral("ON"), 2024); }),
             QStringLiteral("region/unknown"));
    QCOMPARE(codeOf([] { holidays(Country::Canada, QStringLiteral("YT"), 2024); }),
             QStringLiteral("region/unknown"));
    Country c {};
    QVERIFY(parseCountry(QStringLiteral("ca"), &c));
    QCOMPARE(c, Country::Canada);
    QVERIFY(parseCountry(QStringLiteral("US"), &c));
    QCOMPARE(c, Country::UnitedStates);
    QVERIFY(!parseCountry(QStringLiteral("MX"), &c));
    QCOMPARE(countryCode(Country::Canada), QStringLiteral("CA"));
}

void TestHolidays::refusalText()
{
    QCOMPARE(holidayRefusal(ValidationError(QStringLiteral("year"), QStringLiteral("out-of-range")),
                            Country::Canada),
             QStringLiteral("Holidays are computed for the years 1990 to 2100 only."));
    QCOMPARE(holidayRefusal(ValidationError(QStringLiteral("region"), QStringLiteral("unknown")),
                            Country::UnitedStates),
             QStringLiteral("Liaison has no holiday rules for this region of the United States. "
                            "Known regions: DC, ID."));
}

void TestHolidays::cliJson()
{
    const Run r
        = cli({QStringLiteral("holidays"), QStringLiteral("--country"), QStringLiteral("US"),
               QStringLiteral("--year"), QStringLiteral("2022"), QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    // The members in the documented order, then the extra ones.
    QVERIFY2(r.out.startsWith("[{\"date\":\"2022-01-01\",\"observed\":\"2021-12-31\","
                              "\"name_en\":\"New Year's Day\",\"name_fr\":\"Jour de l'An\","),
             r.out.constData());
    QJsonParseError error;
    const QJsonArray list = QJsonDocument::fromJson(r.out, &error).array();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(list.size(), 11);
    QCOMPARE(list.at(4).toObject().value(QLatin1String("name_en")).toString(),
             QStringLiteral("Juneteenth National Independence Day"));
    QCOMPARE(list.at(4).toObject().value(QLatin1String("observed")).toString(),
             QStringLiteral("2022-06-20"));
    QString previous;
    for (const QJsonValue &v : list) {
        const QString observed = v.toObject().value(QLatin1String("observed")).toString();
        QVERIFY(previous <= observed);
        previous = observed;
    }
    // French names with their accents, in UTF-8.
    const Run qc = cli({QStringLiteral("holidays"), QStringLiteral("--country=CA"),
                        QStringLiteral("--region"), QStringLiteral("qc"), QStringLiteral("--year"),
                        QStringLiteral("2023"), QStringLiteral("--json")});
    QCOMPARE(qc.code, 0);
    const QJsonArray quebec = QJsonDocument::fromJson(qc.out).array();
    bool found = false;
    for (const QJsonValue &v : quebec) {
        const QJsonObject o = v.toObject();
        if (o.value(QLatin1String("key")).toString() == QLatin1String("fete_nationale")) {
            QCOMPARE(o.value(QLatin1String("name_fr")).toString(),
                     QStringLiteral("Fête nationale du Québec"));
            QCOMPARE(o.value(QLatin1String("observed")).toString(), QStringLiteral("2023-06-26"));
            QCOMPARE(o.value(QLatin1String("region")).toString(), QStringLiteral("QC"));
            found = true;
        }
    }
    QVERIFY(found);
}

void TestHolidays::cliTable()
{
    const QStringList args {QStringLiteral("holidays"), QStringLiteral("--country"),
                            QStringLiteral("CA"), QStringLiteral("--year"), QStringLiteral("2023")};
    const Run en = cli(args + QStringList {QStringLiteral("--lang"), QStringLiteral("en")});
    QCOMPARE(en.code, 0);
    const QStringList lines
        = QString::fromUtf8(en.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 13); // the title and 12 holidays
    QVERIFY2(lines.at(0).startsWith(QLatin1String("Observed")), qPrintable(lines.at(0)));
    QVERIFY2(lines.at(5).contains(QLatin1String("2023-07-03"))
                 && lines.at(5).contains(QLatin1String("2023-07-01"))
                 && lines.at(5).endsWith(QLatin1String("Canada Day")),
             qPrintable(lines.at(5)));
    const Run fr = cli(args + QStringList {QStringLiteral("--lang"), QStringLiteral("fr")});
    QCOMPARE(fr.code, 0);
    const QString french = QString::fromUtf8(fr.out);
    QVERIFY2(french.startsWith(QStringLiteral("Jour observé")), qPrintable(french));
    QVERIFY(french.contains(QStringLiteral("Fête du Canada")));
    QVERIFY(!french.contains(QLatin1String("Canada Day")));
    // Without --lang: the system's language (a French locale here).
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_config.path());
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("fr_CA.UTF-8"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("fr_CA.UTF-8"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(LIAISON_CLI_BINARY), args);
    QVERIFY(p.waitForFinished(30'000));
    QVERIFY(
        QString::fromUtf8(p.readAllStandardOutput()).contains(QStringLiteral("Lendemain de Noël")));
}

void TestHolidays::cliErrors()
{
    const auto holidaysCli = [&](const QStringList &more) {
        return cli(QStringList {QStringLiteral("holidays")} + more);
    };
    // A year outside the rules: invalid input (7), with the range.
    Run r = holidaysCli({QStringLiteral("--country"), QStringLiteral("CA"),
                         QStringLiteral("--year"), QStringLiteral("1989")});
    QCOMPARE(r.code, 7);
    QVERIFY2(r.err.contains(QLatin1String("year (out-of-range)"))
                 && r.err.contains(QLatin1String("1990 to 2100")),
             qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
    // An unknown region: a usage error (2) that lists the known ones.
    r = holidaysCli({QStringLiteral("--country"), QStringLiteral("US"), QStringLiteral("--region"),
                     QStringLiteral("ON"), QStringLiteral("--year"), QStringLiteral("2024")});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QLatin1String("Known regions: DC, ID.")), qPrintable(r.err));
    r = holidaysCli({QStringLiteral("--country"), QStringLiteral("MX"), QStringLiteral("--year"),
                     QStringLiteral("2024")});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QLatin1String("--country takes CA or US")), qPrintable(r.err));
    r = holidaysCli({QStringLiteral("--country"), QStringLiteral("CA"), QStringLiteral("--year"),
                     QStringLiteral("twenty")});
    QCOMPARE(r.code, 2);
    r = holidaysCli({QStringLiteral("--country"), QStringLiteral("CA")});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QLatin1String("--year is required")), qPrintable(r.err));
    r = holidaysCli({QStringLiteral("--country"), QStringLiteral("CA"), QStringLiteral("--year"),
                     QStringLiteral("2024"), QStringLiteral("--lang"), QStringLiteral("de")});
    QCOMPARE(r.code, 2);
    // --help names the command (the man page and completion are made from it).
    r = cli({QStringLiteral("--help")});
    QVERIFY(r.out.contains("holidays --country CA|US"));
}

QTEST_GUILESS_MAIN(TestHolidays)
#include "tst_holidays.moc"
