// liaison-bench findtime: "find a time" (domain/FindTime) for attendees spread over the
// centres' zones, each with many bookings, against issue #12's target (10 attendees over 14
// days in < 50 ms). Pure computation: no profile, no hub.
#include "BenchUtil.h"

#include "domain/FindTime.h"

#include <QRandomGenerator>

#include <fmt/core.h>

#include <algorithm>

namespace liaison::bench {

namespace {

struct FindTimeOptions
{
    int people = 10;
    int days = 14;
    int step = 15;
    int bookings = 200;
    int searches = 50;
};

FindTimeOptions parseFindTime(const QStringList &args)
{
    FindTimeOptions o;
    for (int i = 0; i + 1 < args.size(); i += 2) {
        const int v = args[i + 1].toInt();
        if (args[i] == QLatin1String("--people"))
            o.people = std::clamp(v, 1, kMaxFindTimePeople);
        else if (args[i] == QLatin1String("--days"))
            o.days = std::clamp(v, 1, kMaxFindTimeDays);
        else if (args[i] == QLatin1String("--step"))
            o.step = std::clamp(v, kMinFindTimeStepMinutes, 24 * 60);
        else if (args[i] == QLatin1String("--bookings"))
            o.bookings = std::clamp(v, 0, 100000);
        else if (args[i] == QLatin1String("--searches"))
            o.searches = std::clamp(v, 1, 10000);
    }
    return o;
}

} // namespace

int runFindTime(const QStringList &args, Report &report)
{
    const FindTimeOptions opt = parseFindTime(args);
    report.bench = QStringLiteral("findtime");
    const char *const zones[] = {"America/Toronto", "America/New_York", "America/Boise",
                                 "America/St_Johns", "Europe/London"};
    // Bookings of 15 minutes to 2 hours on the quarter hour over the searched days, fixed seed.
    QRandomGenerator random(12);
    const QDate firstDay(2026, 10, 19); // across Europe's and North America's autumn changes
    const QDateTime from(firstDay.addDays(-1), QTime(0, 0), Qt::UTC);
    QList<Availability> people;
    for (int p = 0; p < opt.people; ++p) {
        Availability a;
        a.who = QStringLiteral("analyst-%1").arg(p);
        a.timeZone = QString::fromLatin1(zones[p % 5]);
        a.daysOff = {firstDay.addDays(p % opt.days)};
        for (int b = 0; b < opt.bookings; ++b) {
            const QDateTime start = from.addSecs(qint64(random.bounded((opt.days + 2) * 96)) * 900);
            a.busy.append({start, start.addSecs(qint64(1 + random.bounded(8)) * 900)});
        }
        people << a;
    }
    FindTimeRequest request;
    request.firstDay = firstDay;
    request.days = opt.days;
    request.lengthMinutes = 60;
    request.stepMinutes = opt.step;
    request.timeZone = QStringLiteral("America/Toronto");
    request.notBefore = from;
    request.optional = {people.last().who};
    request.allowMissingRequired = true;

    fmt::print("findtime: {} attendees, {} days, {} min steps, {} bookings each, {} searches\n",
               opt.people, opt.days, opt.step, opt.bookings, opt.searches);
    std::vector<double> find;
    std::vector<double> grid;
    qsizetype found = 0;
    for (int i = 0; i < opt.searches; ++i) {
        const Stopwatch f;
        found = findTimes(people, request).size();
        find.push_back(f.elapsedMs());
        const Stopwatch g;
        const QList<DayGrid> days = availabilityGrid(people, request);
        grid.push_back(g.elapsedMs());
        if (days.size() != opt.days) {
            fmt::print(stderr, "findtime: the grid has {} days, not {}\n", days.size(), opt.days);
            return 1;
        }
    }
    const Summary findSummary = summarize(find);
    const Summary gridSummary = summarize(grid);
    fmt::print("  findTimes        {} (target p50 < 50 ms for 10 attendees over 14 days)\n",
               formatSummary(findSummary).toStdString());
    fmt::print("  availabilityGrid {}\n", formatSummary(gridSummary).toStdString());
    report.add(QStringLiteral("find"), findSummary);
    report.add(QStringLiteral("grid"), gridSummary);
    report.add(QStringLiteral("slots"), double(found));
    return found > 0 ? 0 : 1;
}

} // namespace liaison::bench
