#include "domain/FindTime.h"
#include "domain/TimeZones.h"
#include "widgets/common/Translator.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QtTest>

using namespace liaison;

namespace {

const QString kOttawa = QStringLiteral("America/Toronto");
const QString kWashington = QStringLiteral("America/New_York");
const QString kBoise = QStringLiteral("America/Boise");
const QString kStJohns = QStringLiteral("America/St_Johns");
const QString kLondon = QStringLiteral("Europe/London");
const QString kParis = QStringLiteral("Europe/Paris");

QDateTime utc(int y, int mo, int d, int h, int mi = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), Qt::UTC);
}

// Someone working Monday to Friday, 9 to 17 in their zone (the default hours).
Availability person(const QString &who, const QString &zone)
{
    Availability a;
    a.who = who;
    a.timeZone = zone;
    return a;
}

FindTimeRequest request(const QDate &firstDay, int days, int length = 60, int step = 30)
{
    FindTimeRequest r;
    r.firstDay = firstDay;
    r.days = days;
    r.lengthMinutes = length;
    r.stepMinutes = step;
    r.timeZone = kOttawa;
    r.notBefore = utc(2026, 1, 1, 0);
    r.maxSlots = kMaxFindTimeSlots;
    return r;
}

QList<QDateTime> starts(const QList<TimeSlot> &found)
{
    QList<QDateTime> out;
    for (const TimeSlot &s : found)
        out << s.start;
    return out;
}

// The slots per day of the organiser's zone (Ottawa), and their Ottawa start times.
QMap<QDate, QStringList> byOttawaDay(const QList<TimeSlot> &found)
{
    QMap<QDate, QStringList> days;
    for (const TimeSlot &s : found) {
        const QDateTime local = inZone(s.start, kOttawa);
        days[local.date()] << local.time().toString(QStringLiteral("HH:mm"));
    }
    return days;
}

QList<TimeSlot> sortedByStart(QList<TimeSlot> found)
{
    std::sort(found.begin(), found.end(),
              [](const TimeSlot &a, const TimeSlot &b) { return a.start < b.start; });
    return found;
}

// The reference the fast walk must agree with: every 5 minutes of the slot looked up from
// scratch (local weekday and time, day off, every booking scanned). Exact when the hours,
// bookings and offsets all fall on 5-minute marks.
Presence naivePresence(const Availability &p, const QDateTime &start, const QDateTime &end)
{
    bool offHours = false;
    bool dayOff = false;
    for (QDateTime t = start; t < end; t = t.addSecs(300)) {
        const QDateTime local = inZone(t, p.timeZone);
        if (p.daysOff.contains(local.date())) {
            dayOff = true;
            continue;
        }
        const int minute = local.time().hour() * 60 + local.time().minute();
        const int weekday = local.date().dayOfWeek();
        const bool worked = weekday <= 5 && minute >= 9 * 60 && minute < 17 * 60;
        if (!worked)
            offHours = true;
    }
    if (dayOff)
        return Presence::DayOff;
    if (offHours)
        return Presence::OutsideHours;
    for (const auto &[bs, be] : p.busy) {
        if (bs < end && be > start)
            return Presence::Busy;
    }
    return Presence::Free;
}

QList<Availability> tenPeople()
{
    return {person("ottawa-1", kOttawa),         person("ottawa-2", kOttawa),
            person("ottawa-3", kOttawa),         person("washington-1", kWashington),
            person("washington-2", kWashington), person("boise-1", kBoise),
            person("boise-2", kBoise),           person("stjohns-1", kStJohns),
            person("stjohns-2", kStJohns),       person("london-1", kLondon)};
}

} // namespace

class TestFindTime : public QObject
{
    Q_OBJECT
private slots:
    void cleanupTestCase() { Translator::instance().apply(Translator::Language::English); }

    void ottawaAndLondonInJune()
    {
        // Monday 2026-06-15. Ottawa 9-17 EDT = 13:00-21:00 UTC; London 9-17 BST =
        // 08:00-16:00 UTC. Overlap 13:00-16:00 UTC = 09:00-12:00 in Ottawa: one-hour slots
        // every 30 minutes start at 09:00, 09:30, 10:00, 10:30 and 11:00 Ottawa time.
        const QList<Availability> people {person("ana", kOttawa), person("liam", kLondon)};
        const QList<TimeSlot> found = findTimes(people, request(QDate(2026, 6, 15), 1));
        QCOMPARE(
            starts(found),
            QList<QDateTime>({utc(2026, 6, 15, 13), utc(2026, 6, 15, 13, 30), utc(2026, 6, 15, 14),
                              utc(2026, 6, 15, 14, 30), utc(2026, 6, 15, 15)}));
        for (const TimeSlot &s : found) {
            QCOMPARE(s.end, s.start.addSecs(3600));
            QCOMPARE(s.free, QStringList({"ana", "liam"}));
            QVERIFY(s.missing.isEmpty());
            QVERIFY(s.allRequiredFree);
            QCOMPARE(s.start.timeSpec(), Qt::UTC);
        }
    }

    void stJohnsEndsEarlier()
    {
        // July 2026. St. John's 9-17 NDT (UTC−2:30) = 11:30-19:30 UTC; Ottawa 13:00-21:00
        // UTC. Overlap 13:00-19:30 UTC = 09:00-15:30 Ottawa: the St. John's analyst ends
        // their day 1.5 h before Ottawa does. One-hour slots every 30 minutes: 09:00 .. 14:30.
        const QList<Availability> people {person("ana", kOttawa), person("nell", kStJohns)};
        const QList<TimeSlot> found = findTimes(people, request(QDate(2026, 7, 6), 1));
        QCOMPARE(found.size(), 12);
        QCOMPARE(found.first().start, utc(2026, 7, 6, 13));
        QCOMPARE(found.last().start, utc(2026, 7, 6, 18, 30));
        QCOMPARE(found.last().end, utc(2026, 7, 6, 19, 30));
        // Boise 9-17 MDT (UTC−6) = 15:00-23:00 UTC narrows it to 15:00-19:30 UTC = 11:00-15:30
        // Ottawa: starts 11:00 .. 14:30, eight of them.
        const QList<TimeSlot> three = findTimes(people + QList<Availability> {person("bo", kBoise)},
                                                request(QDate(2026, 7, 6), 1));
        QCOMPARE(
            byOttawaDay(three).value(QDate(2026, 7, 6)),
            QStringList({"11:00", "11:30", "12:00", "12:30", "13:00", "13:30", "14:00", "14:30"}));
    }

    void fiveCentresOverlapOneHour()
    {
        // Ottawa and Washington 13-21 UTC, Boise 15-23, St. John's 11:30-19:30, London 08-16
        // (summer): all five only 15:00-16:00 UTC = 11:00 in Ottawa, on each weekday. Two
        // weeks from Monday 2026-06-15: ten slots, one a weekday, none on the weekends.
        const QList<Availability> people {person("ana", kOttawa), person("will", kWashington),
                                          person("bo", kBoise), person("nell", kStJohns),
                                          person("liam", kLondon)};
        const QList<TimeSlot> found = findTimes(people, request(QDate(2026, 6, 15), 14, 60, 15));
        QCOMPARE(found.size(), 10);
        const QMap<QDate, QStringList> days = byOttawaDay(found);
        for (auto it = days.cbegin(); it != days.cend(); ++it) {
            QVERIFY(it.key().dayOfWeek() <= 5);
            QCOMPARE(it.value(), QStringList({"11:00"}));
        }
    }

    void europeChangesOnOtherDates()
    {
        // March 2026: North America springs forward on the 8th, Europe on the 29th. One-hour
        // slots on the hour, Ottawa with London:
        //  - week of March 2 (EST, GMT): Ottawa 14-22 UTC, London 09-17 -> 14-17 UTC = 09-12
        //    Ottawa: 09:00, 10:00, 11:00;
        //  - weeks of March 9, 16, 23 (EDT, GMT): Ottawa 13-21 -> 13-17 UTC = 09-13: four;
        //  - week of March 30 (EDT, BST): London 08-16 -> 13-16 UTC = 09-12: three again.
        const QList<Availability> people {person("ana", kOttawa), person("liam", kLondon)};
        const QMap<QDate, QStringList> london
            = byOttawaDay(findTimes(people, request(QDate(2026, 3, 2), 31, 60, 60)));
        const QStringList three {"09:00", "10:00", "11:00"};
        const QStringList four {"09:00", "10:00", "11:00", "12:00"};
        for (QDate d(2026, 3, 2); d <= QDate(2026, 4, 1); d = d.addDays(1)) {
            if (d.dayOfWeek() > 5) {
                QVERIFY(!london.contains(d));
                continue;
            }
            const bool between = d >= QDate(2026, 3, 9) && d <= QDate(2026, 3, 27);
            QCOMPARE(london.value(d), between ? four : three);
        }

        // October 2026 with Paris: Europe falls back on the 25th, North America on November 1.
        //  - to October 23 (EDT, CEST): Ottawa 13-21 UTC, Paris 07-15 -> 13-15 = 09:00, 10:00;
        //  - week of October 26 (EDT, CET): Paris 08-16 -> 13-16 = 09:00, 10:00, 11:00;
        //  - from November 2 (EST, CET): Ottawa 14-22 -> 14-16 = 09:00, 10:00.
        // 31 days from Monday October 5 end on Wednesday November 4: 15 + 5 + 3 weekdays,
        // 15 * 2 + 5 * 3 + 3 * 2 = 51 slots.
        const QList<Availability> paris {person("ana", kOttawa), person("paul", kParis)};
        const QList<TimeSlot> found = findTimes(paris, request(QDate(2026, 10, 5), 31, 60, 60));
        QCOMPARE(found.size(), 51);
        const QMap<QDate, QStringList> days = byOttawaDay(found);
        QCOMPARE(days.value(QDate(2026, 10, 23)), QStringList({"09:00", "10:00"}));
        QCOMPARE(days.value(QDate(2026, 10, 26)), QStringList({"09:00", "10:00", "11:00"}));
        QCOMPARE(days.value(QDate(2026, 10, 30)), QStringList({"09:00", "10:00", "11:00"}));
        QCOMPARE(days.value(QDate(2026, 11, 2)), QStringList({"09:00", "10:00"}));
        QCOMPARE(days.value(QDate(2026, 11, 4)), QStringList({"09:00", "10:00"}));
        QVERIFY(!days.contains(QDate(2026, 11, 5)));
    }

    void perPersonWeekdayAcrossMidnight()
    {
        // Each weekday is the person's own, in their own zone. In June, London (BST) works
        // Saturday 00:00-04:00 only = Friday 23:00 - Saturday 03:00 UTC; Boise (MDT) works
        // Friday 17:00-21:00 only = the same four hours of UTC. In Ottawa (EDT, the
        // organiser's days) that is Friday 19:00-23:00.
        Availability liam = person("liam", kLondon);
        liam.hours = {{Qt::Saturday, WorkingHours {0, 4 * 60}}};
        Availability bo = person("bo", kBoise);
        bo.hours = {{Qt::Friday, WorkingHours {17 * 60, 21 * 60}}};
        const QList<TimeSlot> found
            = findTimes({liam, bo}, request(QDate(2026, 6, 19), 2, 60, 60)); // Fri, Sat
        QCOMPARE(byOttawaDay(found).value(QDate(2026, 6, 19)),
                 QStringList({"19:00", "20:00", "21:00", "22:00"}));
        QCOMPARE(found.size(), 4);
    }

    void holidaysAndBookingsExcluded()
    {
        // Canada Day, Wednesday 2026-07-01: the Ottawa analyst's day off.
        Availability ana = person("ana", kOttawa);
        ana.daysOff = {QDate(2026, 7, 1)};
        Availability will = person("will", kWashington);
        // Thursday 2026-07-02, 10:00-11:30 EDT = 14:00-15:30 UTC, given out of order and
        // overlapping so that sorting and merging are needed.
        will.busy = {{utc(2026, 7, 2, 14, 30), utc(2026, 7, 2, 15, 30)},
                     {utc(2026, 7, 2, 14), utc(2026, 7, 2, 15)}};
        const QList<TimeSlot> found = findTimes({ana, will}, request(QDate(2026, 7, 1), 2, 60, 30));
        const QMap<QDate, QStringList> days = byOttawaDay(found);
        QVERIFY(!days.contains(QDate(2026, 7, 1)));
        // Starts 09:00 .. 16:00 every 30 minutes (15), less those meeting 10:00-11:30:
        // 09:30, 10:00, 10:30, 11:00. Eleven left.
        QCOMPARE(days.value(QDate(2026, 7, 2)),
                 QStringList({"09:00", "11:30", "12:00", "12:30", "13:00", "13:30", "14:00",
                              "14:30", "15:00", "15:30", "16:00"}));

        // The reasons, when the missing may be shown: Ana is off on Canada Day, Will busy.
        FindTimeRequest r = request(QDate(2026, 7, 1), 2, 60, 30);
        r.allowMissingRequired = true;
        const QList<TimeSlot> all = sortedByStart(findTimes({ana, will}, r));
        const auto at = [&](const QDateTime &start) {
            for (const TimeSlot &s : all) {
                if (s.start == start)
                    return s;
            }
            return TimeSlot();
        };
        const TimeSlot canadaDay = at(utc(2026, 7, 1, 14)); // 10:00 EDT
        QCOMPARE(canadaDay.free, QStringList({"will"}));
        QCOMPARE(canadaDay.missing, QList<Absence>({{"ana", Presence::DayOff, false}}));
        QVERIFY(!canadaDay.allRequiredFree);
        const TimeSlot booked = at(utc(2026, 7, 2, 14));
        QCOMPARE(booked.missing, QList<Absence>({{"will", Presence::Busy, false}}));
        // 16:30-17:30 runs past both working days: nobody is free, so it is not offered.
        QVERIFY(!at(utc(2026, 7, 2, 20, 30)).start.isValid());
        QVERIFY(at(utc(2026, 7, 2, 20)).start.isValid()); // 16:00-17:00 is
        // The complete slots come first.
        const QList<TimeSlot> ranked = findTimes({ana, will}, r);
        QVERIFY(ranked.first().allRequiredFree);
        QCOMPARE(ranked.first().start, utc(2026, 7, 2, 13));
        QVERIFY(!ranked.last().allRequiredFree);
    }

    void optionalAttendeesRanked()
    {
        // Monday 2026-06-15, one-hour slots on the hour. Ana (Ottawa, 13-21 UTC) is required;
        // Liam (London, 08-16 UTC) and Bo (Boise, 15-23 UTC) are optional. Every Ottawa
        // working hour is a slot: 13 .. 20 UTC. Both optional attendees are free only at
        // 15:00 UTC, which ranks first; then the others with one optional free each,
        // earliest first.
        FindTimeRequest r = request(QDate(2026, 6, 15), 1, 60, 60);
        r.optional = {"liam", "bo"};
        const QList<TimeSlot> found
            = findTimes({person("ana", kOttawa), person("liam", kLondon), person("bo", kBoise)}, r);
        QCOMPARE(starts(found),
                 QList<QDateTime>({utc(2026, 6, 15, 15), utc(2026, 6, 15, 13), utc(2026, 6, 15, 14),
                                   utc(2026, 6, 15, 16), utc(2026, 6, 15, 17), utc(2026, 6, 15, 18),
                                   utc(2026, 6, 15, 19), utc(2026, 6, 15, 20)}));
        QCOMPARE(found.at(0).optionalFree, 2);
        QCOMPARE(found.at(1).optionalFree, 1);
        QCOMPARE(found.at(1).missing, QList<Absence>({{"bo", Presence::OutsideHours, true}}));
        QVERIFY(found.at(0).score > found.at(1).score);
        QCOMPARE(found.at(1).score, found.at(2).score);

        r.maxSlots = 3;
        QCOMPARE(
            starts(findTimes(
                {person("ana", kOttawa), person("liam", kLondon), person("bo", kBoise)}, r)),
            QList<QDateTime>({utc(2026, 6, 15, 15), utc(2026, 6, 15, 13), utc(2026, 6, 15, 14)}));
    }

    void noSlotInThePast()
    {
        // Now is 11:10 in Ottawa (15:10 UTC): the first slot starts at 11:30.
        FindTimeRequest r = request(QDate(2026, 6, 15), 2, 30, 30);
        r.notBefore = utc(2026, 6, 15, 15, 10);
        const QList<TimeSlot> found = sortedByStart(findTimes({person("ana", kOttawa)}, r));
        QCOMPARE(found.first().start, utc(2026, 6, 15, 15, 30));
        for (const TimeSlot &s : found)
            QVERIFY(s.start >= r.notBefore);
        // 11:30 .. 16:30 the first day (11), 09:00 .. 16:30 the second (16).
        QCOMPARE(found.size(), 11 + 16);
        // All of it in the past: nothing.
        r.notBefore = utc(2026, 6, 20, 0);
        QVERIFY(findTimes({person("ana", kOttawa)}, r).isEmpty());
    }

    void nobodyOverlaps()
    {
        // London 09:00-12:00 BST (08-11 UTC) and Boise 9-17 MDT (15-23 UTC) never meet.
        Availability liam = person("liam", kLondon);
        for (int day = Qt::Monday; day <= Qt::Friday; ++day)
            liam.hours.append({day, WorkingHours {9 * 60, 12 * 60}});
        const QList<Availability> people {liam, person("bo", kBoise)};
        FindTimeRequest r = request(QDate(2026, 6, 15), 1, 30, 30);
        QVERIFY(findTimes(people, r).isEmpty());
        // Asked for the least bad: each slot has exactly one of them.
        r.allowMissingRequired = true;
        const QList<TimeSlot> partial = findTimes(people, r);
        QVERIFY(!partial.isEmpty());
        for (const TimeSlot &s : partial) {
            QVERIFY(!s.allRequiredFree);
            QCOMPARE(s.free.size(), 1);
        }
        // The grid agrees: no cell where both are free.
        const QList<DayGrid> grid = availabilityGrid(people, r);
        QCOMPARE(grid.size(), 1);
        for (int c = 0; c < grid.first().cellCount(); ++c)
            QVERIFY(grid.first().presence.at(0).at(c) != Presence::Free
                    || grid.first().presence.at(1).at(c) != Presence::Free);
    }

    void tenPeopleAcrossFiveZones()
    {
        // Ten attendees in Ottawa, Washington, Boise, St. John's and London: the same single
        // hour as five (15:00-16:00 UTC) on each weekday; two weeks, 15-minute steps, so 10
        // slots, less Wednesday June 17 where boise-2 is booked 15:30-15:45 UTC.
        QList<Availability> people = tenPeople();
        people[6].busy = {{utc(2026, 6, 17, 15, 30), utc(2026, 6, 17, 15, 45)}};
        const QList<TimeSlot> found = findTimes(people, request(QDate(2026, 6, 15), 14, 60, 15));
        QCOMPARE(found.size(), 9);
        QVERIFY(!byOttawaDay(found).contains(QDate(2026, 6, 17)));
        for (const TimeSlot &s : found) {
            QCOMPARE(s.free.size(), 10);
            QCOMPARE(inZone(s.start, kOttawa).time(), QTime(11, 0));
        }
    }

    void agreesWithTheNaiveScan()
    {
        // Ten people, fourteen days, 15-minute steps, 200 bookings each at random on the
        // quarter hour, some days off: every slot's presence as the reference computes it.
        // The time is printed, never asserted.
        QRandomGenerator random(20260615);
        QList<Availability> people = tenPeople();
        const QDateTime from = utc(2026, 10, 19, 0); // across both autumn changes
        for (Availability &p : people) {
            for (int i = 0; i < 200; ++i) {
                const QDateTime start = from.addSecs(qint64(random.bounded(16 * 96)) * 900);
                p.busy.append({start, start.addSecs(qint64(1 + random.bounded(8)) * 900)});
            }
            p.daysOff = {QDate(2026, 10, 19).addDays(random.bounded(14))};
        }
        FindTimeRequest r = request(QDate(2026, 10, 19), 14, 45, 15);
        r.allowMissingRequired = true;
        r.optional = {"ottawa-3", "london-1"};
        QElapsedTimer timer;
        timer.start();
        const QList<TimeSlot> found = findTimes(people, r);
        const qint64 findMs = timer.elapsed();
        timer.restart();
        const QList<DayGrid> grid = availabilityGrid(people, r);
        qInfo("findTimes: %lld ms, availabilityGrid: %lld ms (10 people, 14 days, 15 min, "
              "200 bookings each)",
              findMs, qint64(timer.elapsed()));
        QVERIFY(!found.isEmpty());
        for (const TimeSlot &s : found) {
            QStringList free;
            QList<Absence> missing;
            for (const Availability &p : people) {
                const Presence expected = naivePresence(p, s.start, s.end);
                if (expected == Presence::Free)
                    free << p.who;
                else
                    missing << Absence {p.who, expected, r.optional.contains(p.who)};
            }
            QCOMPARE(s.free, free);
            QCOMPARE(s.missing, missing);
        }
        QCOMPARE(grid.size(), 14);
        for (const DayGrid &day : grid) {
            for (int c = 0; c < day.cellCount(); ++c) {
                const QDateTime s = day.cellStart(c);
                for (qsizetype p = 0; p < people.size(); ++p)
                    QCOMPARE(day.presence.at(p).at(c),
                             naivePresence(people.at(p), s, s.addSecs(15 * 60)));
            }
        }
    }

    void gridGreysBookingsAndHolidays()
    {
        Availability ana = person("ana", kOttawa);
        ana.daysOff = {QDate(2026, 6, 16)};
        Availability liam = person("liam", kLondon);
        liam.busy = {{utc(2026, 6, 15, 10), utc(2026, 6, 15, 10, 30)}}; // 06:00 Ottawa
        const QList<DayGrid> grid
            = availabilityGrid({ana, liam}, request(QDate(2026, 6, 15), 2, 60, 60));
        QCOMPARE(grid.size(), 2);
        const DayGrid &monday = grid.at(0);
        QCOMPARE(monday.day, QDate(2026, 6, 15));
        QCOMPARE(monday.start, utc(2026, 6, 15, 4)); // Ottawa midnight, EDT
        QCOMPARE(monday.cellCount(), 24);
        for (int c = 0; c < 24; ++c) {
            // Ana 09-17 Ottawa; Liam 08-16 UTC = 04-12 Ottawa, booked in the 06:00 cell.
            QCOMPARE(monday.presence.at(0).at(c),
                     c >= 9 && c < 17 ? Presence::Free : Presence::OutsideHours);
            const Presence liamExpected = c == 6 ? Presence::Busy
                : c >= 4 && c < 12               ? Presence::Free
                                                 : Presence::OutsideHours;
            QCOMPARE(monday.presence.at(1).at(c), liamExpected);
        }
        for (int c = 0; c < 24; ++c)
            QCOMPARE(grid.at(1).presence.at(0).at(c), Presence::DayOff);
    }

    void gridDaysOfClockChanges()
    {
        // Ottawa's spring day has 23 hours, its autumn day 25.
        const QList<DayGrid> spring
            = availabilityGrid({person("ana", kOttawa)}, request(QDate(2026, 3, 8), 1, 60, 60));
        QCOMPARE(spring.first().cellCount(), 23);
        QCOMPARE(spring.first().start, utc(2026, 3, 8, 5));
        const QList<DayGrid> autumn
            = availabilityGrid({person("ana", kOttawa)}, request(QDate(2026, 11, 1), 1, 60, 15));
        QCOMPARE(autumn.first().cellCount(), 25 * 4);
        // Monday after the spring change: 09:00 EDT is 13:00 UTC (it was 14:00 the week before).
        const QList<TimeSlot> monday
            = findTimes({person("ana", kOttawa)}, request(QDate(2026, 3, 9), 1, 60, 60));
        QCOMPARE(monday.first().start, utc(2026, 3, 9, 13));
    }

    void refused_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("which");
        QTest::addRow("no one") << "people"
                                << "required" << 0;
        QTest::addRow("101 people") << "people"
                                    << "too-many" << 1;
        QTest::addRow("length 0") << "length"
                                  << "out-of-range" << 2;
        QTest::addRow("length over 24 h") << "length"
                                          << "out-of-range" << 3;
        QTest::addRow("step 0") << "step"
                                << "out-of-range" << 4;
        QTest::addRow("32 days") << "days"
                                 << "out-of-range" << 5;
        QTest::addRow("0 days") << "days"
                                << "out-of-range" << 6;
        QTest::addRow("unknown organiser zone") << "timeZone"
                                                << "unknown" << 7;
        QTest::addRow("unknown attendee zone") << "people"
                                               << "unknown-zone" << 8;
        QTest::addRow("no now") << "notBefore"
                                << "required" << 9;
        QTest::addRow("no first day") << "firstDay"
                                      << "invalid" << 10;
        QTest::addRow("0 found") << "maxSlots"
                                 << "out-of-range" << 11;
        QTest::addRow("optional stranger") << "optional"
                                           << "unknown-attendee" << 12;
        QTest::addRow("twice") << "people"
                               << "duplicate" << 13;
        QTest::addRow("hours backwards") << "people"
                                         << "invalid-hours" << 14;
        QTest::addRow("weekday 8") << "people"
                                   << "invalid-hours" << 15;
        QTest::addRow("booking without end") << "people"
                                             << "invalid-busy" << 16;
    }

    void refused()
    {
        QFETCH(QString, field);
        QFETCH(QString, code);
        QFETCH(int, which);
        QList<Availability> people {person("ana", kOttawa), person("liam", kLondon)};
        FindTimeRequest r = request(QDate(2026, 6, 15), 14);
        switch (which) {
        case 0: people.clear(); break;
        case 1:
            people.clear();
            for (int i = 0; i < 101; ++i)
                people << person(QStringLiteral("p%1").arg(i), kOttawa);
            break;
        case 2: r.lengthMinutes = 0; break;
        case 3: r.lengthMinutes = 24 * 60 + 1; break;
        case 4: r.stepMinutes = 0; break;
        case 5: r.days = 32; break;
        case 6: r.days = 0; break;
        case 7: r.timeZone = QStringLiteral("Mars/Olympus_Mons"); break;
        case 8: people[1].timeZone = QStringLiteral("Europe/Atlantis"); break;
        case 9: r.notBefore = QDateTime(); break;
        case 10: r.firstDay = QDate(); break;
        case 11: r.maxSlots = 0; break;
        case 12: r.optional = {QStringLiteral("zoe")}; break;
        case 13: people[1].who = people[0].who; break;
        case 14: people[0].hours = {{Qt::Monday, WorkingHours {17 * 60, 9 * 60}}}; break;
        case 15: people[0].hours = {{8, WorkingHours {}}}; break;
        case 16: people[0].busy = {{utc(2026, 6, 15, 12), QDateTime()}}; break;
        }
        try {
            findTimes(people, r);
            QFAIL("findTimes accepted it");
        } catch (const ValidationError &e) {
            QCOMPARE(e.field(), field);
            QCOMPARE(e.code(), code);
            const QString text = findTimeRefusal(e);
            QVERIFY(!text.isEmpty());
            QVERIFY2(text != findTimeRefusal(ValidationError("x", "y")), qPrintable(text));
        }
        // The grid refuses the same, except for what only slots need.
        if (field == QLatin1String("length") || field == QLatin1String("maxSlots")
            || field == QLatin1String("optional")) {
            availabilityGrid(people, r);
            return;
        }
        QVERIFY_THROWS_EXCEPTION(ValidationError, availabilityGrid(people, r));
    }

    void refusalsInFrench()
    {
        Translator::instance().apply(Translator::Language::French);
        QCOMPARE(findTimeRefusal(ValidationError("days", "out-of-range")),
                 QStringLiteral("Cherchez au plus 31 jours à l’avance."));
        QCOMPARE(findTimeRefusal(ValidationError("people", "too-many")),
                 QStringLiteral("Cherchez une plage pour au plus 100 participants."));
        QCOMPARE(presenceLabel(Presence::DayOff), QStringLiteral("Congé ou jour férié"));
        QCOMPARE(zoneCity(kStJohns), QStringLiteral("St. John's"));
        Translator::instance().apply(Translator::Language::English);
        QCOMPARE(findTimeRefusal(ValidationError("days", "out-of-range")),
                 QStringLiteral("Search at most 31 days ahead."));
        QCOMPARE(presenceLabel(Presence::DayOff), QStringLiteral("Day off or holiday"));
    }
};

QTEST_MAIN(TestFindTime)
#include "tst_findtime.moc"
