#include "domain/TimeZones.h"

#include <QtTest>

using namespace liaison;

namespace {

QDateTime utc(int y, int mo, int d, int h, int mi = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), Qt::UTC);
}

} // namespace

Q_DECLARE_METATYPE(liaison::AmbiguousPolicy)
Q_DECLARE_METATYPE(liaison::WallTimeKind)

class TestTimeZones : public QObject
{
    Q_OBJECT
private slots:
    void knownZones()
    {
        QVERIFY(isKnownZone(QStringLiteral("America/Toronto")));
        QVERIFY(isKnownZone(QStringLiteral("America/St_Johns")));
        QVERIFY(isKnownZone(QStringLiteral("Europe/London")));
        QVERIFY(isKnownZone(QStringLiteral("UTC")));
        QVERIFY(isKnownZone(QStringLiteral("Etc/UTC"))); // a link, known but not listed
        QVERIFY(!isKnownZone(QString()));
        QVERIFY(!isKnownZone(QStringLiteral("Nowhere/Atlantis")));
        QVERIFY(!isKnownZone(QStringLiteral("UTC-05:00"))); // Qt takes it; not a place
        QVERIFY(
            !liaison::inZone(utc(2026, 7, 1, 12), QStringLiteral("Nowhere/Atlantis")).isValid());
        QVERIFY(
            !liaison::toUtc(QDate(2026, 7, 1), QTime(9, 0), QStringLiteral("Nowhere/Atlantis")));
    }

    void preferredZonesAreTheCentres()
    {
        const QList<ZoneChoice> zones = preferredZones();
        QStringList ids;
        for (const ZoneChoice &z : zones) {
            QVERIFY2(isKnownZone(z.ianaId), qPrintable(z.ianaId));
            QVERIFY(!z.city.isEmpty());
            ids << z.ianaId;
        }
        QCOMPARE(ids,
                 QStringList({"America/Toronto", "America/New_York", "America/Boise",
                              "America/St_Johns", "America/Halifax", "America/Winnipeg",
                              "America/Edmonton", "America/Vancouver", "UTC"}));
        QCOMPARE(zones.at(0).city, QStringLiteral("Ottawa"));
        QCOMPARE(zones.at(1).city, QStringLiteral("Washington"));
        QCOMPARE(zones.at(2).city, QStringLiteral("Idaho Falls"));
        QCOMPARE(zones.at(3).city, QStringLiteral("St. John's"));
        // Idaho Falls keeps Mountain time: UTC−07:00 in winter, UTC−06:00 in summer.
        QCOMPARE(offsetLabel(QStringLiteral("America/Boise"), utc(2026, 1, 15, 12)),
                 QStringLiteral("UTC\u221207:00"));
        QCOMPARE(offsetLabel(QStringLiteral("America/Boise"), utc(2026, 7, 15, 12)),
                 QStringLiteral("UTC\u221206:00"));
        QCOMPARE(zoneCity(QStringLiteral("America/Boise")), QStringLiteral("Idaho Falls"));
        QCOMPARE(zoneCity(QStringLiteral("America/Los_Angeles")), QStringLiteral("Los Angeles"));
    }

    void inZone_data()
    {
        QTest::addColumn<QDateTime>("at");
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QDateTime>("wall"); // the local wall time, written as a UTC value
        // Summer: EDT −4, NDT −2:30, MDT −6, BST +1, CEST +2.
        QTest::addRow("ottawa summer")
            << utc(2026, 7, 1, 16) << "America/Toronto" << utc(2026, 7, 1, 12);
        QTest::addRow("st johns summer")
            << utc(2026, 7, 1, 16) << "America/St_Johns" << utc(2026, 7, 1, 13, 30);
        QTest::addRow("boise summer")
            << utc(2026, 7, 1, 16) << "America/Boise" << utc(2026, 7, 1, 10);
        QTest::addRow("london summer")
            << utc(2026, 7, 1, 16) << "Europe/London" << utc(2026, 7, 1, 17);
        QTest::addRow("paris summer")
            << utc(2026, 7, 1, 16) << "Europe/Paris" << utc(2026, 7, 1, 18);
        // Winter: EST −5, NST −3:30, MST −7, GMT 0.
        QTest::addRow("washington winter")
            << utc(2026, 1, 15, 16) << "America/New_York" << utc(2026, 1, 15, 11);
        QTest::addRow("st johns winter")
            << utc(2026, 1, 15, 16) << "America/St_Johns" << utc(2026, 1, 15, 12, 30);
        QTest::addRow("london winter")
            << utc(2026, 1, 15, 16) << "Europe/London" << utc(2026, 1, 15, 16);
        // Between the two continents' changes: Ottawa already on EDT, London still on GMT.
        QTest::addRow("london mid-march")
            << utc(2026, 3, 16, 16) << "Europe/London" << utc(2026, 3, 16, 16);
        QTest::addRow("ottawa mid-march")
            << utc(2026, 3, 16, 16) << "America/Toronto" << utc(2026, 3, 16, 12);
        // Late October: London back on GMT (October 25), Ottawa on EDT until November 1.
        QTest::addRow("ottawa late october")
            << utc(2026, 10, 28, 16) << "America/Toronto" << utc(2026, 10, 28, 12);
        QTest::addRow("london late october")
            << utc(2026, 10, 28, 16) << "Europe/London" << utc(2026, 10, 28, 16);
    }

    void inZone()
    {
        QFETCH(QDateTime, at);
        QFETCH(QString, zone);
        QFETCH(QDateTime, wall);
        const QDateTime local = liaison::inZone(at, zone);
        QVERIFY(local.isValid());
        QCOMPARE(local.date(), wall.date());
        QCOMPARE(local.time(), wall.time());
        QCOMPARE(local.toUTC(), at);
    }

    void toUtc_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QTime>("time");
        QTest::addColumn<AmbiguousPolicy>("policy");
        QTest::addColumn<WallTimeKind>("kind");
        QTest::addColumn<QDateTime>("expected"); // invalid: refused
        const auto first = AmbiguousPolicy::FirstOccurrence;
        const auto second = AmbiguousPolicy::SecondOccurrence;
        const auto refuse = AmbiguousPolicy::Refuse;
        const auto unique = WallTimeKind::Unique;
        const auto gap = WallTimeKind::Gap;
        const auto fold = WallTimeKind::Ambiguous;
        const QString ottawa = QStringLiteral("America/Toronto");
        const QString stJohns = QStringLiteral("America/St_Johns");
        // Ottawa springs forward on 2026-03-08 at 02:00 EST (07:00 UTC) to 03:00 EDT.
        QTest::addRow("ottawa day before") << ottawa << QDate(2026, 3, 7) << QTime(12, 0) << first
                                           << unique << utc(2026, 3, 7, 17);
        QTest::addRow("ottawa before gap") << ottawa << QDate(2026, 3, 8) << QTime(1, 59) << first
                                           << unique << utc(2026, 3, 8, 6, 59);
        QTest::addRow("ottawa in gap")
            << ottawa << QDate(2026, 3, 8) << QTime(2, 30) << first << gap << QDateTime();
        QTest::addRow("ottawa gap start")
            << ottawa << QDate(2026, 3, 8) << QTime(2, 0) << second << gap << QDateTime();
        QTest::addRow("ottawa after gap")
            << ottawa << QDate(2026, 3, 8) << QTime(3, 0) << first << unique << utc(2026, 3, 8, 7);
        // Ottawa falls back on 2026-11-01 at 02:00 EDT (06:00 UTC) to 01:00 EST: 01:00-01:59
        // happen twice, first at UTC−4 then at UTC−5.
        QTest::addRow("ottawa fold first") << ottawa << QDate(2026, 11, 1) << QTime(1, 30) << first
                                           << fold << utc(2026, 11, 1, 5, 30);
        QTest::addRow("ottawa fold second") << ottawa << QDate(2026, 11, 1) << QTime(1, 30)
                                            << second << fold << utc(2026, 11, 1, 6, 30);
        QTest::addRow("ottawa fold refused")
            << ottawa << QDate(2026, 11, 1) << QTime(1, 30) << refuse << fold << QDateTime();
        QTest::addRow("ottawa before fold") << ottawa << QDate(2026, 11, 1) << QTime(0, 59)
                                            << refuse << unique << utc(2026, 11, 1, 4, 59);
        QTest::addRow("ottawa after fold") << ottawa << QDate(2026, 11, 1) << QTime(2, 0) << refuse
                                           << unique << utc(2026, 11, 1, 7);
        // St. John's: NST −3:30 / NDT −2:30, changing at 02:00 local on the same days.
        QTest::addRow("st johns summer") << stJohns << QDate(2026, 7, 1) << QTime(9, 0) << first
                                         << unique << utc(2026, 7, 1, 11, 30);
        QTest::addRow("st johns winter") << stJohns << QDate(2026, 1, 15) << QTime(9, 0) << first
                                         << unique << utc(2026, 1, 15, 12, 30);
        QTest::addRow("st johns in gap")
            << stJohns << QDate(2026, 3, 8) << QTime(2, 15) << first << gap << QDateTime();
        QTest::addRow("st johns after gap") << stJohns << QDate(2026, 3, 8) << QTime(3, 0) << first
                                            << unique << utc(2026, 3, 8, 5, 30);
        QTest::addRow("st johns fold first") << stJohns << QDate(2026, 11, 1) << QTime(1, 15)
                                             << first << fold << utc(2026, 11, 1, 3, 45);
        QTest::addRow("st johns fold second") << stJohns << QDate(2026, 11, 1) << QTime(1, 15)
                                              << second << fold << utc(2026, 11, 1, 4, 45);
        // Europe changes at 01:00 UTC on 2026-03-29 and 2026-10-25: London at 01:00 local,
        // Paris at 02:00 local.
        QTest::addRow("london in gap")
            << "Europe/London" << QDate(2026, 3, 29) << QTime(1, 30) << first << gap << QDateTime();
        QTest::addRow("london after gap") << "Europe/London" << QDate(2026, 3, 29) << QTime(2, 0)
                                          << first << unique << utc(2026, 3, 29, 1);
        QTest::addRow("london fold first") << "Europe/London" << QDate(2026, 10, 25) << QTime(1, 30)
                                           << first << fold << utc(2026, 10, 25, 0, 30);
        QTest::addRow("london fold second")
            << "Europe/London" << QDate(2026, 10, 25) << QTime(1, 30) << second << fold
            << utc(2026, 10, 25, 1, 30);
        QTest::addRow("paris in gap")
            << "Europe/Paris" << QDate(2026, 3, 29) << QTime(2, 30) << first << gap << QDateTime();
        QTest::addRow("paris fold first") << "Europe/Paris" << QDate(2026, 10, 25) << QTime(2, 30)
                                          << first << fold << utc(2026, 10, 25, 0, 30);
        QTest::addRow("paris fold second") << "Europe/Paris" << QDate(2026, 10, 25) << QTime(2, 30)
                                           << second << fold << utc(2026, 10, 25, 1, 30);
        // London 01:30 on Ottawa's change days is an ordinary time.
        QTest::addRow("london on ottawa's day")
            << "Europe/London" << QDate(2026, 3, 8) << QTime(1, 30) << refuse << unique
            << utc(2026, 3, 8, 1, 30);
        QTest::addRow("utc") << "UTC" << QDate(2026, 3, 8) << QTime(2, 30) << refuse << unique
                             << utc(2026, 3, 8, 2, 30);
        QTest::addRow("invalid date") << ottawa << QDate(2026, 2, 30) << QTime(9, 0) << first
                                      << WallTimeKind::Invalid << QDateTime();
    }

    void toUtc()
    {
        QFETCH(QString, zone);
        QFETCH(QDate, date);
        QFETCH(QTime, time);
        QFETCH(AmbiguousPolicy, policy);
        QFETCH(WallTimeKind, kind);
        QFETCH(QDateTime, expected);
        QCOMPARE(classifyWallTime(date, time, zone), kind);
        const std::optional<QDateTime> got = liaison::toUtc(date, time, zone, policy);
        QCOMPARE(got.has_value(), expected.isValid());
        if (got) {
            QCOMPARE(*got, expected);
            QCOMPARE(got->timeSpec(), Qt::UTC);
            // And back: the wall time read in the zone is the one given.
            const QDateTime back = liaison::inZone(*got, zone);
            QCOMPARE(back.date(), date);
            QCOMPARE(back.time(), time);
        }
    }

    void gapIsExplained()
    {
        const auto change
            = gapAround(QDate(2026, 3, 8), QTime(2, 30), QStringLiteral("America/Toronto"));
        QVERIFY(change);
        QCOMPARE(change->date, QDate(2026, 3, 8));
        QCOMPARE(change->atUtc, utc(2026, 3, 8, 7));
        QCOMPARE(change->oldOffsetSeconds, -5 * 3600);
        QCOMPARE(change->newOffsetSeconds, -4 * 3600);
        QVERIFY(change->springsForward());
        QVERIFY(!gapAround(QDate(2026, 3, 8), QTime(3, 0), QStringLiteral("America/Toronto")));
        const auto stJohns
            = gapAround(QDate(2026, 3, 8), QTime(2, 59), QStringLiteral("America/St_Johns"));
        QVERIFY(stJohns);
        QCOMPARE(stJohns->atUtc, utc(2026, 3, 8, 5, 30));
    }

    void offsetLabels_data()
    {
        QTest::addColumn<int>("seconds");
        QTest::addColumn<QString>("label");
        QTest::addRow("EDT") << -4 * 3600 << QStringLiteral("UTC\u221204:00");
        QTest::addRow("NDT") << -(2 * 3600 + 1800) << QStringLiteral("UTC\u221202:30");
        QTest::addRow("NST") << -(3 * 3600 + 1800) << QStringLiteral("UTC\u221203:30");
        QTest::addRow("UTC") << 0 << QStringLiteral("UTC+00:00");
        QTest::addRow("CET") << 3600 << QStringLiteral("UTC+01:00");
        QTest::addRow("IST") << 5 * 3600 + 1800 << QStringLiteral("UTC+05:30");
        QTest::addRow("Kiribati") << 14 * 3600 << QStringLiteral("UTC+14:00");
    }

    void offsetLabels()
    {
        QFETCH(int, seconds);
        QFETCH(QString, label);
        QCOMPARE(offsetLabel(seconds), label);
    }

    void zoneLabels()
    {
        const QDateTime summer = utc(2026, 7, 1, 12);
        const QDateTime winter = utc(2026, 1, 15, 12);
        QCOMPARE(offsetLabel(QStringLiteral("America/St_Johns"), summer),
                 QStringLiteral("UTC\u221202:30"));
        QCOMPARE(offsetLabel(QStringLiteral("America/St_Johns"), winter),
                 QStringLiteral("UTC\u221203:30"));
        QVERIFY(offsetLabel(QStringLiteral("Nowhere/Atlantis"), summer).isEmpty());
        // The tz database's abbreviations; display names depend on ICU and are not compared.
        QCOMPARE(zoneAbbreviation(QStringLiteral("America/Toronto"), summer),
                 QStringLiteral("EDT"));
        QCOMPARE(zoneAbbreviation(QStringLiteral("America/Toronto"), winter),
                 QStringLiteral("EST"));
        QCOMPARE(zoneAbbreviation(QStringLiteral("America/St_Johns"), summer),
                 QStringLiteral("NDT"));
        QCOMPARE(zoneAbbreviation(QStringLiteral("America/St_Johns"), winter),
                 QStringLiteral("NST"));
        QCOMPARE(zoneAbbreviation(QStringLiteral("America/Boise"), summer), QStringLiteral("MDT"));
        QCOMPARE(zoneAbbreviation(QStringLiteral("Europe/London"), summer), QStringLiteral("BST"));
        QCOMPARE(zoneAbbreviation(QStringLiteral("Europe/London"), winter), QStringLiteral("GMT"));
        QVERIFY(!zoneDisplayName(QStringLiteral("America/St_Johns"), summer).isEmpty());
        QCOMPARE(zoneCaption(QStringLiteral("America/Toronto"), summer),
                 QStringLiteral("Ottawa (EDT, UTC\u221204:00)"));
        QCOMPARE(zoneCaption(QStringLiteral("America/St_Johns"), winter),
                 QStringLiteral("St. John's (NST, UTC\u221203:30)"));
        QCOMPARE(zoneCaption(QStringLiteral("UTC"), summer), QStringLiteral("UTC (UTC+00:00)"));
    }

    void dstChanges_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<QList<DstChange>>("expected");
        const QString ottawa = QStringLiteral("America/Toronto");
        const QString stJohns = QStringLiteral("America/St_Johns");
        const QString london = QStringLiteral("Europe/London");
        const int est = -5 * 3600, edt = -4 * 3600;
        const int nst = -(3 * 3600 + 1800), ndt = -(2 * 3600 + 1800);
        const DstChange ottawaSpring {ottawa, QDate(2026, 3, 8), utc(2026, 3, 8, 7), est, edt};
        const DstChange ottawaFall {ottawa, QDate(2026, 11, 1), utc(2026, 11, 1, 6), edt, est};
        QTest::addRow("ottawa 2026") << ottawa << QDate(2026, 1, 1) << QDate(2026, 12, 31)
                                     << QList<DstChange> {ottawaSpring, ottawaFall};
        QTest::addRow("ottawa the day itself")
            << ottawa << QDate(2026, 11, 1) << QDate(2026, 11, 1) << QList<DstChange> {ottawaFall};
        QTest::addRow("ottawa between")
            << ottawa << QDate(2026, 3, 9) << QDate(2026, 10, 31) << QList<DstChange> {};
        QTest::addRow("ottawa the day before")
            << ottawa << QDate(2026, 3, 1) << QDate(2026, 3, 7) << QList<DstChange> {};
        QTest::addRow("st johns 2026")
            << stJohns << QDate(2026, 1, 1) << QDate(2026, 12, 31)
            << QList<DstChange> {{stJohns, QDate(2026, 3, 8), utc(2026, 3, 8, 5, 30), nst, ndt},
                                 {stJohns, QDate(2026, 11, 1), utc(2026, 11, 1, 4, 30), ndt, nst}};
        QTest::addRow("london 2026")
            << london << QDate(2026, 1, 1) << QDate(2026, 12, 31)
            << QList<DstChange> {{london, QDate(2026, 3, 29), utc(2026, 3, 29, 1), 0, 3600},
                                 {london, QDate(2026, 10, 25), utc(2026, 10, 25, 1), 3600, 0}};
        QTest::addRow("utc") << "UTC" << QDate(2026, 1, 1) << QDate(2026, 12, 31)
                             << QList<DstChange> {};
        QTest::addRow("backwards")
            << ottawa << QDate(2026, 12, 31) << QDate(2026, 1, 1) << QList<DstChange> {};
        QTest::addRow("unknown") << "Nowhere/Atlantis" << QDate(2026, 1, 1) << QDate(2026, 12, 31)
                                 << QList<DstChange> {};
    }

    void dstChanges()
    {
        QFETCH(QString, zone);
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(QList<DstChange>, expected);
        const QList<DstChange> got = dstChangesBetween(zone, from, to);
        QCOMPARE(got.size(), expected.size());
        for (qsizetype i = 0; i < got.size(); ++i) {
            QCOMPARE(got.at(i).timeZone, expected.at(i).timeZone);
            QCOMPARE(got.at(i).date, expected.at(i).date);
            QCOMPARE(got.at(i).atUtc, expected.at(i).atUtc);
            QCOMPARE(got.at(i).oldOffsetSeconds, expected.at(i).oldOffsetSeconds);
            QCOMPARE(got.at(i).newOffsetSeconds, expected.at(i).newOffsetSeconds);
        }
    }
};

QTEST_GUILESS_MAIN(TestTimeZones)
#include "tst_timezones.moc"
