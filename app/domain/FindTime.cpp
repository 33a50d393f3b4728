#include "domain/FindTime.h"

#include "domain/TimeZones.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <utility>
#include <vector>

namespace liaison {

namespace {

constexpr qint64 kMinuteMs = 60 * 1000LL;

using Interval = std::pair<qint64, qint64>; // UTC ms, [first, second)

qint64 msOf(const QDateTime &utc)
{
    return utc.toMSecsSinceEpoch();
}

QDateTime utcAt(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

// A wall time as the edge of a working day or of a calendar day: a time in a spring-forward
// gap becomes the instant clocks jump (the first that exists after it); an ambiguous time is
// read so that the day is the longest (its start on the first occurrence, its end on the
// second). minute may be 1440: midnight at the end of the day.
qint64 edgeToUtc(const QDate &date, int minute, const QString &zone, bool isEnd)
{
    const QDate day = minute >= 24 * 60 ? date.addDays(1) : date;
    const QTime time = QTime(0, 0).addSecs((minute % (24 * 60)) * 60);
    const auto policy
        = isEnd ? AmbiguousPolicy::SecondOccurrence : AmbiguousPolicy::FirstOccurrence;
    if (const std::optional<QDateTime> utc = toUtc(day, time, zone, policy))
        return msOf(*utc);
    if (const std::optional<DstChange> gap = gapAround(day, time, zone))
        return msOf(gap->atUtc);
    // Not reached for a known zone; a zone that skips a whole day would land here.
    return msOf(QDateTime(day, time, Qt::UTC));
}

void mergeSorted(std::vector<Interval> &intervals)
{
    std::vector<Interval> merged;
    merged.reserve(intervals.size());
    for (const Interval &i : intervals) {
        if (i.second <= i.first)
            continue;
        if (!merged.empty() && i.first <= merged.back().second)
            merged.back().second = std::max(merged.back().second, i.second);
        else
            merged.push_back(i);
    }
    intervals = std::move(merged);
}

// One attendee over the searched range: their working stretches, days off and bookings in UTC,
// each sorted and merged once.
struct Timeline
{
    std::vector<Interval> work;
    std::vector<Interval> off;
    std::vector<Interval> busy;
};

Timeline timelineOf(const Availability &person, const QDate &firstDay, int days)
{
    QList<QPair<int, WorkingHours>> hours = person.hours;
    if (hours.isEmpty()) {
        for (int weekday = Qt::Monday; weekday <= Qt::Friday; ++weekday)
            hours.append({weekday, WorkingHours {}});
    }
    std::sort(hours.begin(), hours.end(), [](const auto &a, const auto &b) {
        return std::pair(a.first, a.second.startMinute) < std::pair(b.first, b.second.startMinute);
    });
    const QSet<QDate> daysOff(person.daysOff.cbegin(), person.daysOff.cend());

    Timeline t;
    // No zone is more than a day from another, a meeting lasts a day at most: two local days
    // either side cover the range.
    for (QDate d = firstDay.addDays(-2); d <= firstDay.addDays(days + 2); d = d.addDays(1)) {
        if (daysOff.contains(d)) {
            t.off.push_back({edgeToUtc(d, 0, person.timeZone, false),
                             edgeToUtc(d, 24 * 60, person.timeZone, true)});
            continue;
        }
        for (const auto &[weekday, h] : hours) {
            if (weekday == d.dayOfWeek())
                t.work.push_back({edgeToUtc(d, h.startMinute, person.timeZone, false),
                                  edgeToUtc(d, h.endMinute, person.timeZone, true)});
        }
    }
    mergeSorted(t.work);
    t.busy.reserve(size_t(person.busy.size()));
    for (const auto &[start, end] : person.busy)
        t.busy.push_back({msOf(start), msOf(end)});
    std::sort(t.busy.begin(), t.busy.end());
    mergeSorted(t.busy);
    return t;
}

// Walks one timeline with stretches asked in order of their start: each list is passed once,
// so a whole search costs O(steps + stretches) per attendee.
class Cursor
{
public:
    explicit Cursor(const Timeline &t)
        : m_t(&t)
    { }

    // Presence over [start, end); start never goes back between calls.
    Presence at(qint64 start, qint64 end)
    {
        const auto &work = m_t->work;
        while (m_work < work.size() && work[m_work].second <= start)
            ++m_work;
        const bool inHours
            = m_work < work.size() && work[m_work].first <= start && end <= work[m_work].second;
        if (!inHours) {
            const auto &off = m_t->off;
            while (m_off < off.size() && off[m_off].second <= start)
                ++m_off;
            return m_off < off.size() && off[m_off].first < end ? Presence::DayOff
                                                                : Presence::OutsideHours;
        }
        const auto &busy = m_t->busy;
        while (m_busy < busy.size() && busy[m_busy].second <= start)
            ++m_busy;
        return m_busy < busy.size() && busy[m_busy].first < end ? Presence::Busy : Presence::Free;
    }

private:
    const Timeline *m_t;
    size_t m_work = 0;
    size_t m_off = 0;
    size_t m_busy = 0;
};

[[noreturn]] void refuse(const char *field, const char *code)
{
    throw ValidationError(QString::fromLatin1(field), QString::fromLatin1(code));
}

void validate(const QList<Availability> &people, const FindTimeRequest &r, bool forSlots)
{
    if (people.isEmpty())
        refuse("people", "required");
    if (people.size() > kMaxFindTimePeople)
        refuse("people", "too-many");
    if (!r.firstDay.isValid())
        refuse("firstDay", "invalid");
    if (r.days < 1 || r.days > kMaxFindTimeDays)
        refuse("days", "out-of-range");
    if (r.stepMinutes < kMinFindTimeStepMinutes || r.stepMinutes > 24 * 60)
        refuse("step", "out-of-range");
    if (!isKnownZone(r.timeZone))
        refuse("timeZone", "unknown");
    if (!r.notBefore.isValid())
        refuse("notBefore", "required");
    if (forSlots) {
        if (r.lengthMinutes < 1 || r.lengthMinutes > kMaxMeetingMinutes)
            refuse("length", "out-of-range");
        if (r.maxSlots < 1 || r.maxSlots > kMaxFindTimeSlots)
            refuse("maxSlots", "out-of-range");
    }
    QSet<QString> seen;
    for (const Availability &p : people) {
        if (seen.contains(p.who))
            refuse("people", "duplicate");
        seen.insert(p.who);
        if (!isKnownZone(p.timeZone))
            refuse("people", "unknown-zone");
        for (const auto &[weekday, h] : p.hours) {
            if (weekday < Qt::Monday || weekday > Qt::Sunday || h.startMinute < 0
                || h.endMinute > 24 * 60 || h.startMinute >= h.endMinute)
                refuse("people", "invalid-hours");
        }
        for (const auto &[start, end] : p.busy) {
            if (!start.isValid() || !end.isValid())
                refuse("people", "invalid-busy");
        }
    }
    if (forSlots) {
        for (const QString &who : r.optional) {
            if (!seen.contains(who))
                refuse("optional", "unknown-attendee");
        }
    }
}

std::vector<Timeline> timelinesOf(const QList<Availability> &people, const FindTimeRequest &r)
{
    std::vector<Timeline> timelines;
    timelines.reserve(size_t(people.size()));
    for (const Availability &p : people)
        timelines.push_back(timelineOf(p, r.firstDay, r.days));
    return timelines;
}

// Local midnight of day in the request's zone, in UTC.
qint64 dayStart(const FindTimeRequest &r, const QDate &day)
{
    return edgeToUtc(day, 0, r.timeZone, false);
}

} // namespace

QString presenceKey(Presence presence)
{
    switch (presence) {
    case Presence::Free: return QStringLiteral("free");
    case Presence::DayOff: return QStringLiteral("day-off");
    case Presence::OutsideHours: return QStringLiteral("outside-hours");
    case Presence::Busy: return QStringLiteral("busy");
    }
    return {};
}

QString presenceLabel(Presence presence)
{
    switch (presence) {
    case Presence::Free:
        //: Find a time: the attendee can be booked then
        return QCoreApplication::translate("FindTime", "Free");
    case Presence::DayOff:
        //: Find a time: the attendee is on leave or it is a holiday of their centre
        return QCoreApplication::translate("FindTime", "Day off or holiday");
    case Presence::OutsideHours:
        //: Find a time: the time is outside the attendee's working hours, in their own zone
        return QCoreApplication::translate("FindTime", "Outside working hours");
    case Presence::Busy:
        //: Find a time: the attendee is already booked then
        return QCoreApplication::translate("FindTime", "Busy");
    }
    return {};
}

QList<TimeSlot> findTimes(const QList<Availability> &people, const FindTimeRequest &request)
{
    validate(people, request, true);
    const std::vector<Timeline> timelines = timelinesOf(people, request);
    std::vector<Cursor> cursors(timelines.begin(), timelines.end());
    const QSet<QString> optionalSet(request.optional.cbegin(), request.optional.cend());
    std::vector<bool> isOptional;
    for (const Availability &p : people)
        isOptional.push_back(optionalSet.contains(p.who));
    const int requiredCount = int(std::count(isOptional.begin(), isOptional.end(), false));

    struct Candidate
    {
        qint64 start;
        qint64 score;
        size_t presence; // index of its first entry in presences
        int requiredFree;
        int optionalFree;
    };
    std::vector<Candidate> candidates;
    std::vector<Presence> presences;
    const size_t n = people.size();
    const qint64 step = request.stepMinutes * kMinuteMs;
    const qint64 length = request.lengthMinutes * kMinuteMs;
    const qint64 notBefore = msOf(request.notBefore);
    std::vector<Presence> row(n);

    qint64 dayEnd = dayStart(request, request.firstDay);
    for (int i = 0; i < request.days; ++i) {
        const qint64 begin = dayEnd;
        dayEnd = dayStart(request, request.firstDay.addDays(i + 1));
        for (qint64 s = begin; s < dayEnd; s += step) {
            if (s < notBefore)
                continue;
            int requiredFree = 0;
            int optionalFree = 0;
            for (size_t p = 0; p < n; ++p) {
                row[p] = cursors[p].at(s, s + length);
                if (row[p] == Presence::Free)
                    ++(isOptional[p] ? optionalFree : requiredFree);
            }
            const bool complete = requiredFree == requiredCount;
            if (!complete && !(request.allowMissingRequired && requiredFree + optionalFree > 0))
                continue;
            const qint64 score
                = (complete ? qint64(1) << 40 : 0) + (qint64(requiredFree) << 20) + optionalFree;
            candidates.push_back({s, score, presences.size(), requiredFree, optionalFree});
            presences.insert(presences.end(), row.begin(), row.end());
        }
    }

    // Candidates are in time order: a stable sort by score keeps the earlier of equals first.
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const Candidate &a, const Candidate &b) { return a.score > b.score; });
    if (candidates.size() > size_t(request.maxSlots))
        candidates.resize(size_t(request.maxSlots));

    QList<TimeSlot> found;
    found.reserve(qsizetype(candidates.size()));
    for (const Candidate &c : candidates) {
        TimeSlot slot;
        slot.start = utcAt(c.start);
        slot.end = utcAt(c.start + length);
        slot.requiredFree = c.requiredFree;
        slot.optionalFree = c.optionalFree;
        slot.allRequiredFree = c.requiredFree == requiredCount;
        slot.score = c.score;
        for (size_t p = 0; p < n; ++p) {
            const Presence presence = presences[c.presence + p];
            if (presence == Presence::Free)
                slot.free << people.at(qsizetype(p)).who;
            else
                slot.missing << Absence {people.at(qsizetype(p)).who, presence, isOptional[p]};
        }
        found << slot;
    }
    return found;
}

QList<DayGrid> availabilityGrid(const QList<Availability> &people, const FindTimeRequest &request)
{
    validate(people, request, false);
    const std::vector<Timeline> timelines = timelinesOf(people, request);
    std::vector<Cursor> cursors(timelines.begin(), timelines.end());
    const qint64 step = request.stepMinutes * kMinuteMs;

    QList<DayGrid> grid;
    qint64 dayEnd = dayStart(request, request.firstDay);
    for (int i = 0; i < request.days; ++i) {
        DayGrid day;
        day.day = request.firstDay.addDays(i);
        day.stepMinutes = request.stepMinutes;
        const qint64 begin = dayEnd;
        dayEnd = dayStart(request, day.day.addDays(1));
        day.start = utcAt(begin);
        const int cells = int((dayEnd - begin + step - 1) / step);
        day.presence.resize(people.size());
        for (QList<Presence> &row : day.presence)
            row.reserve(cells);
        for (int c = 0; c < cells; ++c) {
            const qint64 s = begin + c * step;
            for (size_t p = 0; p < cursors.size(); ++p)
                day.presence[qsizetype(p)] << cursors[p].at(s, s + step);
        }
        grid << day;
    }
    return grid;
}

QString findTimeRefusal(const ValidationError &error)
{
    const QString &field = error.field();
    const QString &code = error.code();
    auto is = [&](const char *f, const char *c) {
        return field == QLatin1String(f) && code == QLatin1String(c);
    };
    if (is("people", "required"))
        //: Find a time refused: no attendee chosen
        return QCoreApplication::translate("FindTime", "Choose at least one attendee.");
    if (is("people", "too-many"))
        //: Find a time refused: %n the largest number of attendees
        return QCoreApplication::translate("FindTime", "Find a time for at most %n attendee(s).",
                                           nullptr, kMaxFindTimePeople);
    if (is("people", "duplicate"))
        //: Find a time refused
        return QCoreApplication::translate("FindTime", "The same attendee is listed twice.");
    if (is("people", "unknown-zone"))
        //: Find a time refused: an attendee's IANA time zone is not in the tz database
        return QCoreApplication::translate("FindTime",
                                           "An attendee's time zone is not a known time zone.");
    if (is("people", "invalid-hours"))
        //: Find a time refused: working hours must be within one day, start before end
        return QCoreApplication::translate(
            "FindTime",
            "An attendee's working hours are not valid: each day must start before it ends, "
            "within the day.");
    if (is("people", "invalid-busy"))
        //: Find a time refused: a booking read from the calendar lacks a start or an end
        return QCoreApplication::translate("FindTime",
                                           "An attendee's booking has no valid start or end.");
    if (is("optional", "unknown-attendee"))
        //: Find a time refused
        return QCoreApplication::translate("FindTime",
                                           "An optional attendee is not among the attendees.");
    if (is("firstDay", "invalid"))
        //: Find a time refused
        return QCoreApplication::translate("FindTime", "Choose the first day to search.");
    if (is("days", "out-of-range"))
        //: Find a time refused: %n the largest number of days searched
        return QCoreApplication::translate("FindTime", "Search at most %n day(s) ahead.", nullptr,
                                           kMaxFindTimeDays);
    if (is("length", "out-of-range"))
        //: Find a time refused: the meeting's length
        return QCoreApplication::translate("FindTime",
                                           "A meeting lasts from 1 minute to 24 hours.");
    if (is("step", "out-of-range"))
        //: Find a time refused: %1 the smallest step between slots, in minutes
        return QCoreApplication::translate(
                   "FindTime", "The step between slots must be from %1 minutes to 24 hours.")
            .arg(kMinFindTimeStepMinutes);
    if (is("maxSlots", "out-of-range"))
        //: Find a time refused: %1 the largest number of slots proposed
        return QCoreApplication::translate("FindTime", "Ask for 1 to %1 slots.")
            .arg(kMaxFindTimeSlots);
    if (is("timeZone", "unknown"))
        //: Find a time refused: the organiser's IANA time zone is not in the tz database
        return QCoreApplication::translate("FindTime",
                                           "The organiser's time zone is not a known time zone.");
    if (is("notBefore", "required"))
        //: Find a time refused: the search was started without the current time
        return QCoreApplication::translate("FindTime", "The search needs the current time.");
    //: Find a time refused for a reason not listed
    return QCoreApplication::translate("FindTime", "This search cannot be run.");
}

} // namespace liaison
