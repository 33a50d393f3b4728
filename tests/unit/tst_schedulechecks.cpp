#include "domain/ScheduleChecks.h"
#include "widgets/common/Translator.h"

#include <QtTest>

using namespace liaison;

namespace {

VisitPerson visitor(const char *who, const char *name, const char *centre, const char *zone)
{
    return VisitPerson {QString::fromLatin1(who), QString::fromLatin1(name),
                        QString::fromLatin1(centre), QString::fromLatin1(centre).toUpper(),
                        QString::fromLatin1(zone)};
}

// A visit to Ottawa from Thursday October 29 to Wednesday November 11, 2026: clocks fall back
// on November 1 everywhere in North America, and November 11 is Remembrance Day in Canada
// and Veterans Day in the United States.
VisitCheck autumnVisit()
{
    VisitCheck v;
    v.id = QStringLiteral("visit-1");
    v.days = {QDate(2026, 10, 29), QDate(2026, 11, 11), QDate(2026, 10, 28), QDate(2026, 11, 12)};
    v.hostCentre = QStringLiteral("ccirc");
    v.hostCentreName = QStringLiteral("CCIRC");
    v.hostTimeZone = QStringLiteral("America/Toronto");
    v.visitors = {visitor("alice", "Alice Moreau", "uscert", "America/New_York"),
                  visitor("bob", "Bob Tanaka", "inl", "America/Boise"),
                  visitor("dave", "Dave Boudreau", "ccirc", "America/Halifax")};
    v.holidays = [](const QString &centre, const QDate &day) {
        if (day != QDate(2026, 11, 11))
            return QString();
        return centre == QLatin1String("ccirc") ? QStringLiteral("Remembrance Day")
                                                : QStringLiteral("Veterans Day");
    };
    return v;
}

QList<ScheduleWarning> ofKind(const QList<ScheduleWarning> &all, WarningKind kind)
{
    QList<ScheduleWarning> out;
    for (const ScheduleWarning &w : all) {
        if (w.kind == kind)
            out << w;
    }
    return out;
}

} // namespace

class TestScheduleChecks : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { Translator::instance().apply(Translator::Language::English); }
    void cleanupTestCase() { Translator::instance().apply(Translator::Language::English); }

    void holidaysOfEveryCentre()
    {
        const QList<ScheduleWarning> holidays
            = ofKind(visitWarnings(autumnVisit()), WarningKind::Holiday);
        // The host's centre first, then each visitor's centre once (Dave is of the host's).
        QCOMPARE(holidays.size(), 3);
        QCOMPARE(holidays.at(0).centre, QStringLiteral("ccirc"));
        QVERIFY(holidays.at(0).who.isEmpty());
        QCOMPARE(holidays.at(0).days, QList<QDate>({QDate(2026, 11, 11)}));
        QCOMPARE(holidays.at(0).text,
                 QStringLiteral("Wednesday, November 11, 2026 is a holiday for CCIRC: "
                                "Remembrance Day."));
        QCOMPARE(holidays.at(1).centre, QStringLiteral("uscert"));
        QCOMPARE(holidays.at(1).who, QStringList({"alice"}));
        QCOMPARE(holidays.at(2).centre, QStringLiteral("inl"));
        QCOMPARE(holidays.at(2).who, QStringList({"bob"}));
        QCOMPARE(holidays.at(2).text,
                 QStringLiteral("Wednesday, November 11, 2026 is a holiday for INL: "
                                "Veterans Day."));
        // Travel days are not visit days: a holiday on November 12 says nothing.
        VisitCheck v = autumnVisit();
        v.holidays = [](const QString &, const QDate &day) {
            return day == QDate(2026, 11, 12) || day == QDate(2026, 10, 28)
                ? QStringLiteral("Travel holiday")
                : QString();
        };
        QVERIFY(ofKind(visitWarnings(v), WarningKind::Holiday).isEmpty());
        v.holidays = {};
        QVERIFY(ofKind(visitWarnings(v), WarningKind::Holiday).isEmpty());
    }

    void daylightSavingInEveryZone()
    {
        const QList<ScheduleWarning> dst
            = ofKind(visitWarnings(autumnVisit()), WarningKind::DstChange);
        // Ottawa (host), Washington (Alice), Boise (Bob), Halifax (Dave): all on November 1.
        QCOMPARE(dst.size(), 4);
        QStringList zones;
        for (const ScheduleWarning &w : dst) {
            zones << w.timeZone;
            QCOMPARE(w.days, QList<QDate>({QDate(2026, 11, 1)}));
        }
        QCOMPARE(zones,
                 QStringList(
                     {"America/Toronto", "America/New_York", "America/Boise", "America/Halifax"}));
        QVERIFY(dst.at(0).who.isEmpty());
        QCOMPARE(dst.at(2).who, QStringList({"bob"}));
        QCOMPARE(dst.at(0).text,
                 QStringLiteral("Clocks change in Ottawa on Sunday, November 1, 2026, from "
                                "UTC\u221204:00 to UTC\u221205:00: the agenda shows times in both "
                                "zones."));

        // A visitor from London in the same visit: Europe changed on October 25, before it;
        // a visit from October 20 sees both continents' changes.
        VisitCheck v = autumnVisit();
        v.visitors = {visitor("liam", "Liam Walsh", "ncsc", "Europe/London")};
        v.days.first = QDate(2026, 10, 20);
        const QList<ScheduleWarning> both = ofKind(visitWarnings(v), WarningKind::DstChange);
        QCOMPARE(both.size(), 2);
        QCOMPARE(both.at(0).days, QList<QDate>({QDate(2026, 11, 1)}));
        QCOMPARE(both.at(1).timeZone, QStringLiteral("Europe/London"));
        QCOMPARE(both.at(1).days, QList<QDate>({QDate(2026, 10, 25)}));
        QCOMPARE(both.at(1).who, QStringList({"liam"}));

        // A summer visit: no change, no warning.
        v.days = {QDate(2026, 7, 6), QDate(2026, 7, 10), {}, {}};
        QVERIFY(ofKind(visitWarnings(v), WarningKind::DstChange).isEmpty());
    }

    void visitorBookedOrTravelling()
    {
        // This visit: June 8-10, 2026, travel on June 7 and 11.
        VisitCheck v;
        v.id = QStringLiteral("v");
        v.days = {QDate(2026, 6, 8), QDate(2026, 6, 10), QDate(2026, 6, 7), QDate(2026, 6, 11)};
        v.hostCentre = QStringLiteral("ccirc");
        v.hostTimeZone = QStringLiteral("America/Toronto");
        v.visitors = {visitor("alice", "Alice Moreau", "uscert", "America/New_York")};
        v.otherVisits = {
            // June 10-12, travel June 9 and 13: June 10-11 are its days (booked, on this visit
            // and its travel day); June 9 is its travel day during this visit (travelling).
            {QStringLiteral("washington"),
             QStringLiteral("Washington exchange"),
             {QDate(2026, 6, 10), QDate(2026, 6, 12), QDate(2026, 6, 9), QDate(2026, 6, 13)},
             {QStringLiteral("alice")}},
            // June 1-5, travel home June 7: a travel day on both sides is no warning.
            {QStringLiteral("inl"),
             QStringLiteral("INL tour"),
             {QDate(2026, 6, 1), QDate(2026, 6, 5), QDate(2026, 5, 31), QDate(2026, 6, 7)},
             {QStringLiteral("alice")}},
            // Someone else's visit on the same days.
            {QStringLiteral("other"),
             QStringLiteral("Other"),
             {QDate(2026, 6, 8), QDate(2026, 6, 10), {}, {}},
             {QStringLiteral("bob")}},
            // The visit itself, as the caller may list it.
            {QStringLiteral("v"), QStringLiteral("Itself"), v.days, {QStringLiteral("alice")}},
        };
        const QList<ScheduleWarning> warnings = visitWarnings(v);
        QCOMPARE(warnings.size(), 2);
        QCOMPARE(warnings.at(0).kind, WarningKind::VisitorBooked);
        QCOMPARE(warnings.at(0).who, QStringList({"alice"}));
        QCOMPARE(warnings.at(0).otherVisitId, QStringLiteral("washington"));
        QCOMPARE(warnings.at(0).days, QList<QDate>({QDate(2026, 6, 10), QDate(2026, 6, 11)}));
        QCOMPARE(warnings.at(0).text,
                 QStringLiteral("Alice Moreau is already booked on the visit “Washington "
                                "exchange” from Wednesday, June 10, 2026 to Thursday, June 11, "
                                "2026."));
        QCOMPARE(warnings.at(1).kind, WarningKind::VisitorTravelling);
        QCOMPARE(warnings.at(1).days, QList<QDate>({QDate(2026, 6, 9)}));
        QCOMPARE(warnings.at(1).text,
                 QStringLiteral("Alice Moreau is travelling for the visit “Washington "
                                "exchange” on Tuesday, June 9, 2026."));
    }

    void inFrench()
    {
        Translator::instance().apply(Translator::Language::French);
        const QList<ScheduleWarning> w = visitWarnings(autumnVisit());
        const QList<ScheduleWarning> holidays = ofKind(w, WarningKind::Holiday);
        QCOMPARE(holidays.at(0).text,
                 QStringLiteral("Le mercredi 11 novembre 2026 est un jour férié pour CCIRC\u00a0: "
                                "Remembrance Day."));
        const QList<ScheduleWarning> dst = ofKind(w, WarningKind::DstChange);
        QCOMPARE(dst.at(2).text,
                 QStringLiteral("L’heure change à Idaho Falls le dimanche 1 novembre 2026, de "
                                "UTC\u221206:00 à UTC\u221207:00\u00a0: l’ordre du jour montre les "
                                "heures dans les deux fuseaux."));
        Translator::instance().apply(Translator::Language::English);
    }

    void emptyOrBackwardsVisit()
    {
        VisitCheck v = autumnVisit();
        v.days.last = v.days.first.addDays(-1);
        QVERIFY(visitWarnings(v).isEmpty());
        v.days = {};
        QVERIFY(visitWarnings(v).isEmpty());
    }
};

QTEST_MAIN(TestScheduleChecks)
#include "tst_schedulechecks.moc"
