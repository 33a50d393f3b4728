// liaison-bench schedule: issue #12's scheduler figures on a real profile (SQLCipher file) of
// 10,000 visits and calls over two years with 500 contacts (1 to 3 attendees each):
//   month:  the Schedule page's month view (widgets/schedule/MonthView, offscreen) moved to a
//           month and painted into an image: its model reads the six weeks shown through
//           ScheduleService::visitsBetween, the view lays the events out and paints them;
//           checked: the model holds exactly the events of those weeks (counted in SQL) and
//           the view placed them or counted them as "+N more";
//   find:   "find a time" for 10 attendees over 14 days: their bookings read from the profile,
//           their holidays, then domain/FindTime;
//   export: every event to one .ics file (ScheduleExchange: read, map, libical, QSaveFile);
//   import: that file into a second, empty real profile (parse, map, one transaction).
// Each beside a floor of the same run: the month's rows counted in SQL; findTimes alone on the
// same availabilities in memory; writeCalendar alone on the same events; readCalendar alone.
// The work is checked (events exported = imported, slots found); no wall-clock assertions.
#include "BenchUtil.h"
#include "TestSupport.h"

#include "core/Clock.h"
#include "domain/FindTime.h"
#include "domain/Holidays.h"
#include "domain/ICalendar.h"
#include "domain/TimeZones.h"
#include "models/schedule/ScheduleEventModel.h"
#include "services/ScheduleExchange.h"
#include "services/ScheduleService.h"
#include "storage/Database.h"
#include "storage/Profile.h"
#include "sync/OpLog.h"
#include "widgets/schedule/CalendarViews.h"

#include <QFile>
#include <QImage>
#include <QLocale>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTimeZone>

#include <fmt/core.h>

#include <algorithm>
#include <memory>

namespace liaison::bench {

namespace {

struct ScheduleOptions
{
    int events = 10'000;
    int contacts = 500;
    int attendees = 10; // for find a time
    int days = 14;
};

ScheduleOptions parseSchedule(const QStringList &args)
{
    ScheduleOptions o;
    for (int i = 0; i + 1 < args.size(); i += 2) {
        const int v = args[i + 1].toInt();
        if (args[i] == QLatin1String("--events"))
            o.events = std::clamp(v, 10, kICalMaxEvents);
        else if (args[i] == QLatin1String("--contacts"))
            o.contacts = std::clamp(v, 10, 100'000);
        else if (args[i] == QLatin1String("--attendees"))
            o.attendees = std::clamp(v, 2, kMaxFindTimePeople);
        else if (args[i] == QLatin1String("--days"))
            o.days = std::clamp(v, 1, kMaxFindTimeDays);
    }
    o.attendees = std::min(o.attendees, o.contacts);
    return o;
}

const QDate kFirstDay(2027, 1, 1); // the events span kFirstDay .. two years later
const char *const kZones[]
    = {"America/Toronto", "America/New_York", "America/Boise", "America/St_Johns"};

// The month view at the size of a laptop's Schedule page, painted once per month into an
// image (render() lays out on the first paint after the month changes, as a shown view does).
struct MonthPainter
{
    explicit MonthPainter(ScheduleService &schedule)
        : model(schedule)
        , view(model)
        , image(QSize(1200, 800), QImage::Format_ARGB32_Premultiplied)
    {
        model.setViewerZone(QStringLiteral("America/Toronto"));
        view.resize(image.size());
    }
    // Shows and paints the month of `first`; the events the model holds for its six weeks.
    int paint(const QDate &first)
    {
        view.setMonth(first);
        image.fill(Qt::white);
        view.render(&image);
        return model.rowCount();
    }
    // Events the last paint placed in a day cell, or counted in a day's "+N more".
    int shown() const
    {
        int placed = 0;
        for (int r = 0; r < model.rowCount(); ++r) {
            if (!view.eventRects(model.index(r).data(ScheduleEventModel::IdRole).toString())
                     .isEmpty())
                ++placed;
        }
        int hidden = 0;
        for (QDate d = view.firstShown(); d < view.firstShown().addDays(42); d = d.addDays(1))
            hidden += view.hiddenOn(d);
        return placed + hidden;
    }
    ScheduleEventModel model;
    MonthView view;
    QImage image;
};

// The profile every run reads (set up once per process).
struct Source
{
    ScheduleOptions options;
    QTemporaryDir dir;
    ManualClock clock {1'790'000'000'000};
    std::unique_ptr<Profile> profile;
    std::unique_ptr<OpLog> log;
    std::unique_ptr<ScheduleService> schedule;
    QStringList contactIds;
    QList<Contact> contacts;
    int events = 0;
};

std::unique_ptr<Source> g_source;

Source &source(const ScheduleOptions &opt)
{
    if (g_source && g_source->options.events == opt.events
        && g_source->options.contacts == opt.contacts)
        return *g_source;
    auto s = std::make_unique<Source>();
    s->options = opt;
    s->profile = Profile::create(s->dir.filePath(QStringLiteral("profile")),
                                 test::passphrase("schedule benchmark passphrase"),
                                 KdfParams::fastForTests());
    s->log = std::make_unique<OpLog>(s->profile->db(), s->clock);
    s->log->setEnrolment(QStringLiteral("bench-analyst"), QStringLiteral("CCIRC"));
    s->schedule = std::make_unique<ScheduleService>(*s->log);
    fmt::print("setting up {} contacts and {} events over two years in a real profile...\n",
               opt.contacts, opt.events);
    QRandomGenerator random(1212);
    for (int c = 0; c < opt.contacts; ++c) {
        Contact contact;
        contact.name = QStringLiteral("Contact %1").arg(c, 4, 10, QLatin1Char('0'));
        contact.emails = {QStringLiteral("contact%1@example.gov").arg(c)};
        contact.centre = c % 2 ? QStringLiteral("USCERT") : QStringLiteral("CCIRC");
        contact.timezone = QString::fromLatin1(kZones[c % 4]);
        s->contactIds << s->schedule->saveContact(contact);
    }
    s->contacts = s->schedule->contacts();
    QList<ImportedVisit> batch;
    const int span = int(kFirstDay.daysTo(kFirstDay.addYears(2)));
    for (int e = 0; e < opt.events; ++e) {
        ImportedVisit iv;
        Visit &v = iv.visit;
        v.id = ServiceBase::newId();
        const QDate day = kFirstDay.addDays(random.bounded(span - 7));
        v.timezone = QString::fromLatin1(kZones[e % 4]);
        if (e % 5 == 0) {
            v.kind = QStringLiteral("in_person");
            v.status = QStringLiteral("draft");
            v.allDay = true;
            v.startDate = day;
            v.endDate = day.addDays(random.bounded(5));
            v.hostCentre = e % 2 ? QStringLiteral("USCERT") : QStringLiteral("CCIRC");
            v.title = QStringLiteral("Exchange visit %1").arg(e);
            v.location = QStringLiteral("Ottawa, room %1").arg(e % 40);
        } else {
            v.kind = QStringLiteral("call");
            v.status = e % 3 ? QStringLiteral("confirmed") : QStringLiteral("tentative");
            const auto start
                = toUtc(day, QTime(8 + random.bounded(9), 15 * random.bounded(4)), v.timezone);
            v.startsAt = start.value_or(day.startOfDay(QTimeZone::utc()));
            v.endsAt = v.startsAt.addSecs(qint64(30 + 15 * random.bounded(5)) * 60);
            v.title = QStringLiteral("Call %1 on the campaign").arg(e);
            v.url = QStringLiteral("https://meet.example.gov/j/%1").arg(e);
        }
        v.purpose = QStringLiteral("Agenda of event %1: indicators, reports.").arg(e);
        const int people = 1 + random.bounded(3);
        for (int p = 0; p < people; ++p) {
            VisitAttendee a;
            a.contactId = s->contactIds.at(random.bounded(s->contactIds.size()));
            a.role = v.kind == QLatin1String("call") ? QStringLiteral("required")
                                                     : QStringLiteral("visitor");
            a.rsvp = p % 2 ? QStringLiteral("accepted") : QStringLiteral("needs-action");
            iv.attendees << a;
        }
        batch << iv;
        if (batch.size() == 500 || e + 1 == opt.events) {
            for (const auto &r : s->schedule->saveImported(batch)) {
                if (r)
                    fmt::print(stderr, "schedule bench: an event was refused: {}\n", r->what());
                else
                    ++s->events; // runSchedule checks that all were written
            }
            batch.clear();
        }
    }
    g_source = std::move(s);
    return *g_source;
}

// The find-a-time attendees' availability read from the profile: zone and centre from the
// contact, holidays of their centre, bookings = the events they attend in the range.
QList<Availability> availabilities(const Source &s, const QList<Contact> &who,
                                   const QDate &firstDay, int days)
{
    QList<Availability> out;
    QHash<QString, int> index;
    for (const Contact &c : who) {
        Availability a;
        a.who = c.id;
        a.timeZone = c.timezone;
        const bool us = c.centre == QLatin1String("USCERT");
        for (const Holiday &h :
             holidays(us ? Country::UnitedStates : Country::Canada,
                      us ? QStringLiteral("DC") : QStringLiteral("ON"), firstDay.year())) {
            if (h.observed >= firstDay && h.observed < firstDay.addDays(days))
                a.daysOff << h.observed;
        }
        index.insert(c.id, int(out.size()));
        out << a;
    }
    const QDateTime from = firstDay.addDays(-1).startOfDay(QTimeZone::utc());
    const QDateTime to = firstDay.addDays(days + 1).startOfDay(QTimeZone::utc());
    for (const Visit &v : s.schedule->visitsBetween(from, to)) {
        for (const VisitAttendee &a : s.schedule->attendeesOf(v.id)) {
            if (const auto i = index.find(a.contactId); i != index.end())
                out[*i].busy.append({v.startsAt, v.endsAt});
        }
    }
    return out;
}

} // namespace

int runSchedule(const QStringList &args, Report &report)
{
    const ScheduleOptions opt = parseSchedule(args);
    report.bench = QStringLiteral("schedule");
    Source &s = source(opt);
    if (s.events != opt.events) {
        fmt::print(stderr, "schedule bench: {} of {} events set up\n", s.events, opt.events);
        return 1;
    }

    // month: every month of the two years painted, the median and the slowest.
    const QTimeZone viewer("America/Toronto");
    std::vector<double> month;
    std::vector<double> monthFloor;
    qsizetype shown = 0;
    MonthPainter painter(*s.schedule);
    for (int m = 0; m < 24; ++m) {
        const QDate first = kFirstDay.addMonths(m);
        const Stopwatch w;
        const int held = painter.paint(first);
        month.push_back(w.elapsedMs());
        shown += painter.shown();
        // The floor, and the check: the events of the same six weeks counted in SQL (a timed
        // one by its instants in the viewer's zone, an all-day visit by its days).
        const QDate gridFirst = painter.view.firstShown();
        const Stopwatch f;
        auto st = s.log->database().prepare(
            "SELECT count(*) FROM visits WHERE coalesce(deleted, 0) = 0 AND title IS NOT NULL "
            "AND ((coalesce(all_day, 0) = 0 AND starts_at < ?2 AND ends_at > ?1) "
            "OR (all_day = 1 AND start_date <= ?4 AND end_date >= ?3))");
        st.bind(1, std::int64_t(gridFirst.startOfDay(viewer).toMSecsSinceEpoch()));
        st.bind(2, std::int64_t(gridFirst.addDays(42).startOfDay(viewer).toMSecsSinceEpoch()));
        st.bind(3, gridFirst.toString(Qt::ISODate));
        st.bind(4, gridFirst.addDays(41).toString(Qt::ISODate));
        st.step();
        const qint64 inGrid = st.int64(0);
        monthFloor.push_back(f.elapsedMs());
        if (held != inGrid) {
            fmt::print(stderr, "schedule bench: the month of {} held {} of its {} events\n",
                       first.toString(Qt::ISODate).toStdString(), held, inGrid);
            return 1;
        }
    }
    if (shown == 0) {
        fmt::print(stderr, "schedule bench: the months showed nothing\n");
        return 1;
    }

    // find a time: 10 contacts spread over the four zones and both centres, 14 days.
    QList<Contact> who = s.contacts.mid(0, opt.attendees);
    const QDate firstDay(2027, 10, 25); // across the autumn change in North America
    FindTimeRequest request;
    request.firstDay = firstDay;
    request.days = opt.days;
    request.lengthMinutes = 60;
    request.stepMinutes = 15;
    request.timeZone = QStringLiteral("America/Toronto");
    request.notBefore = firstDay.startOfDay(QTimeZone::utc());
    request.allowMissingRequired = true;
    const Stopwatch fw;
    const QList<Availability> people = availabilities(s, who, firstDay, opt.days);
    const QList<TimeSlot> foundSlots = findTimes(people, request);
    const double find = fw.elapsedMs();
    const Stopwatch ff;
    const QList<TimeSlot> again = findTimes(people, request);
    const double findFloor = ff.elapsedMs();
    qsizetype bookings = 0;
    for (const Availability &a : people)
        bookings += a.busy.size();
    if (foundSlots.isEmpty() || again.size() != foundSlots.size()) {
        fmt::print(stderr, "schedule bench: find a time found no slot\n");
        return 1;
    }

    // export: all events to a file, then the floor (libical writing the same events).
    QTemporaryDir work;
    const QString path = work.filePath(QStringLiteral("all.ics"));
    ScheduleExchange exchange(*s.schedule);
    QString error;
    const Stopwatch ew;
    if (!exchange.exportToFile(path, {}, ICalMethod::Publish, &error)) {
        fmt::print(stderr, "schedule bench: {}\n", error.toStdString());
        return 1;
    }
    const double exportMs = ew.elapsedMs();
    const QList<CalendarEvent> events = exchange.events();
    const Stopwatch ef;
    const QByteArray written = writeCalendar(events, ICalMethod::Publish);
    const double exportFloor = ef.elapsedMs();
    QFile file(path);
    const QByteArray bytes = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    const auto exported = bytes.count("BEGIN:VEVENT");
    if (exported != s.events || written.count("BEGIN:VEVENT") != s.events) {
        fmt::print(stderr, "schedule bench: {} events exported, not {}\n", exported, s.events);
        return 1;
    }

    // import: into a second real profile, empty; the floor is libical reading the file.
    QTemporaryDir second;
    auto profile = Profile::create(second.filePath(QStringLiteral("profile")),
                                   test::passphrase("schedule benchmark second profile"),
                                   KdfParams::fastForTests());
    OpLog log(profile->db(), s.clock);
    log.setEnrolment(QStringLiteral("bench-analyst-2"), QStringLiteral("USCERT"));
    ScheduleService target(log);
    const Stopwatch iw;
    const ScheduleImportReport imported
        = ScheduleExchange(target).importFile(path, QTimeZone("America/Toronto"));
    const double importMs = iw.elapsedMs();
    const Stopwatch iff;
    const ICalImport parsed = readCalendar(bytes, QTimeZone("America/Toronto"));
    const double importFloor = iff.elapsedMs();
    const auto inProfile
        = profile->db().scalarInt("SELECT count(*) FROM visits WHERE coalesce(deleted, 0) = 0");
    if (imported.created != s.events || inProfile != s.events || !imported.problems.isEmpty()
        || parsed.events.size() != s.events) {
        fmt::print(stderr, "schedule bench: {} imported ({} in the profile), {} problems, not {}\n",
                   imported.created, inProfile, imported.problems.size(), s.events);
        for (const QString &p : imported.problems.mid(0, 5))
            fmt::print(stderr, "  {}\n", p.toStdString());
        return 1;
    }

    const Summary monthSummary = summarize(month);
    const Summary monthFloorSummary = summarize(monthFloor);
    fmt::print("\n{:<62} {:>10} {:>12} {:>8}\n", "measure (ms)", "liaison", "floor", "target");
    fmt::print("{:<62} {:>10.2f} {:>12.3f} {:>8}\n",
               "month: the month view painted (p50 of 24 months)", monthSummary.p50,
               monthFloorSummary.p50, "< 100");
    fmt::print("{:<62} {:>10.2f} {:>12.3f} {:>8}\n", "month: the slowest of 24 months",
               monthSummary.max, monthFloorSummary.max, "");
    fmt::print("{:<62} {:>10.2f} {:>12.3f} {:>8}\n",
               QStringLiteral("find a time: %1 attendees, %2 days, %3 bookings read")
                   .arg(opt.attendees)
                   .arg(opt.days)
                   .arg(bookings)
                   .toStdString(),
               find, findFloor, "< 50");
    fmt::print("{:<62} {:>10.0f} {:>12.0f} {:>8}\n",
               QStringLiteral("export %1 events to .ics (%2 KiB)")
                   .arg(exported)
                   .arg(bytes.size() / 1024)
                   .toStdString(),
               exportMs, exportFloor, "< 1000");
    fmt::print("{:<62} {:>10.0f} {:>12.0f} {:>8}\n",
               QStringLiteral("import them into a second real profile").toStdString(), importMs,
               importFloor, "< 2000");
    fmt::print("(floors, same run: the month's rows counted in SQL; findTimes alone on the same "
               "availabilities; writeCalendar alone; readCalendar alone; {} slots found, {} "
               "events painted or counted in the months)\n",
               foundSlots.size(), shown);
    report.add(QStringLiteral("month_ms"), monthSummary.p50);
    report.add(QStringLiteral("month_max_ms"), monthSummary.max);
    report.add(QStringLiteral("find_time_ms"), find);
    report.add(QStringLiteral("ics_export_ms"), exportMs);
    report.add(QStringLiteral("ics_import_ms"), importMs);
    report.add(QStringLiteral("month_floor_ms"), monthFloorSummary.p50);
    report.add(QStringLiteral("find_time_floor_ms"), findFloor);
    report.add(QStringLiteral("ics_export_floor_ms"), exportFloor);
    report.add(QStringLiteral("ics_import_floor_ms"), importFloor);
    report.add(QStringLiteral("events"), double(s.events));
    report.add(QStringLiteral("slots"), double(foundSlots.size()));
    return 0;
}

} // namespace liaison::bench
