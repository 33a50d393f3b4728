#include "domain/ICalendar.h"

#include "domain/Schema.h"
#include "domain/ValidationError.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QStringDecoder>
#include <QUuid>

#include <libical/ical.h>

#include <algorithm>
#include <cstring>
#include <memory>
#include <mutex>

namespace liaison {

namespace {

// Dates outside these years are refused: nothing the scheduler plans is there, and they would
// make a VTIMEZONE (ours, or a file's expanded by libical) cover centuries.
constexpr int kFirstYear = 1900;
constexpr int kLastYear = 2200;
// A file's VTIMEZONE with more observances than this is not used (libical expands them all).
constexpr int kMaxObservances = 300;
constexpr int kMaxTimezoneDates = 2000; // RDATEs of one VTIMEZONE
// A DURATION longer than this (in days) ends outside any year we take.
constexpr qint64 kMaxDurationDays = 400 * 366;
// What a written attendee or organiser without an address carries (Outlook writes the same).
constexpr char kNoAddress[] = "invalid:nomail";
constexpr char kKindProperty[] = "X-LIAISON-KIND";
constexpr char kZoneProperty[] = "X-LIAISON-TZID";
constexpr char kHostProperty[] = "X-LIAISON-HOST";
constexpr char kAnalystParameter[] = "X-LIAISON-ANALYST";
constexpr char kContactParameter[] = "X-LIAISON-CONTACT";

void initLibical()
{
    static std::once_flag once;
    // libical's default, but a build with ICAL_ERRORS_ARE_FATAL would abort on bad input.
    std::call_once(once, [] { icalerror_set_errors_are_fatal(0); });
}

struct ComponentFree
{
    void operator()(icalcomponent *c) const { icalcomponent_free(c); }
};
using ComponentPtr = std::unique_ptr<icalcomponent, ComponentFree>;

// A string libical allocated for us (the *_r functions).
struct BufferFree
{
    void operator()(char *s) const { icalmemory_free_buffer(s); }
};
using BufferPtr = std::unique_ptr<char, BufferFree>;

// A component's children and properties as lists. libical keeps one iterator per component,
// so a loop over a calendar's events must not share it with a look-up of its VTIMEZONEs.
QList<icalcomponent *> children(icalcomponent *c, icalcomponent_kind kind)
{
    QList<icalcomponent *> out;
    for (icalcompiter i = icalcomponent_begin_component(c, kind); icalcompiter_deref(&i) != nullptr;
         icalcompiter_next(&i)) {
        out << icalcompiter_deref(&i);
    }
    return out;
}

QList<icalproperty *> properties(icalcomponent *c, icalproperty_kind kind)
{
    QList<icalproperty *> out;
    for (icalproperty *p = icalcomponent_get_first_property(c, kind); p;
         p = icalcomponent_get_next_property(c, kind)) {
        out << p;
    }
    return out;
}

QString fromIcal(const char *s)
{
    return s ? QString::fromUtf8(s) : QString();
}

// Text as we keep and write it: line breaks as \n, no other control character (libical drops
// a CR and writes the others raw, which no reader takes back the same); a single-line value
// (a name, an address, an identifier) has no line break or tab either.
QString cleanText(const QString &text, bool singleLine)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\r') {
            if (i + 1 < text.size() && text.at(i + 1) == u'\n')
                continue;
            out += singleLine ? u' ' : u'\n';
        } else if (c == u'\n' || c == u'\t') {
            out += singleLine ? u' ' : c;
        } else if (c.unicode() < 0x20 || c.unicode() == 0x7f) {
            continue;
        } else {
            out += c;
        }
    }
    return out;
}

// libical strips white space around a value when it reads one (and a value of nothing but
// white space is an error), so none is written or kept at either end; an escaped line break
// stays.
QString trimmedText(const QString &text, bool singleLine)
{
    const QString clean = cleanText(text, singleLine);
    qsizetype first = 0, last = clean.size();
    while (first < last && (clean.at(first) == u' ' || clean.at(first) == u'\t'))
        ++first;
    while (last > first && (clean.at(last - 1) == u' ' || clean.at(last - 1) == u'\t'))
        --last;
    return clean.mid(first, last - first);
}

QByteArray toIcal(const QString &text, bool singleLine)
{
    return trimmedText(text, singleLine).toUtf8();
}

// ---------------------------------------------------------------------------------------------
// Times

icaltimetype icalDate(QDate date)
{
    icaltimetype t = icaltime_null_date();
    t.year = date.year();
    t.month = date.month();
    t.day = date.day();
    t.is_date = 1;
    return t;
}

icaltimetype icalLocal(const QDateTime &local)
{
    icaltimetype t = icaltime_null_time();
    t.year = local.date().year();
    t.month = local.date().month();
    t.day = local.date().day();
    t.hour = local.time().hour();
    t.minute = local.time().minute();
    t.second = local.time().second();
    return t;
}

icaltimetype icalUtc(const QDateTime &utc)
{
    icaltimetype t = icalLocal(utc.toUTC());
    t.zone = icaltimezone_get_utc_timezone();
    return t;
}

// The instant a wall-clock time names in tz, as RFC 5545 §3.3.5 reads it: an ambiguous time
// (the hour repeated when clocks go back) is its first occurrence; a time that does not exist
// (the hour skipped when they go forward) is read with the offset before the gap.
QDateTime localToUtc(const QTimeZone &tz, QDate date, QTime time)
{
    const qint64 naive = QDateTime(date, time, QTimeZone::utc()).toSecsSinceEpoch();
    const auto offsetAt = [&tz](qint64 secs) {
        return tz.offsetFromUtc(QDateTime::fromSecsSinceEpoch(secs, QTimeZone::utc()));
    };
    const int before = offsetAt(naive - 86400);
    const int after = offsetAt(naive + 86400);
    qint64 best = 0;
    bool found = false;
    for (const int offset : {before, after}) {
        const qint64 candidate = naive - offset;
        if (offsetAt(candidate) == offset && (!found || candidate < best)) {
            best = candidate;
            found = true;
        }
    }
    return QDateTime::fromSecsSinceEpoch(found ? best : naive - before, QTimeZone::utc());
}

QDateTime wholeSeconds(const QDateTime &t)
{
    return QDateTime::fromSecsSinceEpoch(t.toSecsSinceEpoch(), QTimeZone::utc());
}

bool isUtcZone(const QString &id)
{
    return id.isEmpty() || id == QLatin1String("UTC") || id == QLatin1String("Etc/UTC");
}

// Our keys and libical's values, both ways: Attendee::rsvp and PARTSTAT, CalendarEvent::status
// and STATUS.
struct PartstatName
{
    icalparameter_partstat value;
    const char *key;
};
constexpr PartstatName kPartstats[] = {{ICAL_PARTSTAT_NEEDSACTION, "needs-action"},
                                       {ICAL_PARTSTAT_ACCEPTED, "accepted"},
                                       {ICAL_PARTSTAT_DECLINED, "declined"},
                                       {ICAL_PARTSTAT_TENTATIVE, "tentative"}};

struct StatusName
{
    icalproperty_status value;
    const char *key;
};
constexpr StatusName kStatuses[] = {{ICAL_STATUS_TENTATIVE, "tentative"},
                                    {ICAL_STATUS_CONFIRMED, "confirmed"},
                                    {ICAL_STATUS_CANCELLED, "cancelled"}};

// ---------------------------------------------------------------------------------------------
// Writing VTIMEZONE from Qt's transitions

struct Onset
{
    QDateTime atUtc;
    int offsetFrom = 0;
    int offsetTo = 0;
    bool daylight = false;
    QString name;

    QDateTime localStart() const { return atUtc.addSecs(offsetFrom).toUTC(); }
};

// Which yearly rules ("the 2nd Sunday", "the last Sunday") a local date satisfies: bit n for
// the nth weekday of its month, bit 0 for the last one.
unsigned ruleBits(QDate d)
{
    unsigned bits = 1u << ((d.day() - 1) / 7 + 1);
    if (d.day() + 7 > d.daysInMonth())
        bits |= 1u;
    return bits;
}

bool sameRule(const Onset &a, const Onset &b)
{
    const QDateTime la = a.localStart(), lb = b.localStart();
    return a.daylight == b.daylight && a.offsetFrom == b.offsetFrom && a.offsetTo == b.offsetTo
        && a.name == b.name && la.date().month() == lb.date().month()
        && la.date().dayOfWeek() == lb.date().dayOfWeek() && la.time() == lb.time()
        && la.date().year() + 1 == lb.date().year();
}

QByteArray icalStamp(const QDateTime &utc)
{
    return utc.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
}

icalcomponent *observance(const QList<Onset> &run, bool openEnded)
{
    const Onset &first = run.first();
    icalcomponent *c
        = first.daylight ? icalcomponent_new_xdaylight() : icalcomponent_new_xstandard();
    icalcomponent_add_property(c, icalproperty_new_dtstart(icalLocal(first.localStart())));
    icalcomponent_add_property(c, icalproperty_new_tzoffsetfrom(first.offsetFrom));
    icalcomponent_add_property(c, icalproperty_new_tzoffsetto(first.offsetTo));
    if (!first.name.isEmpty())
        icalcomponent_add_property(c,
                                   icalproperty_new_tzname(toIcal(first.name, true).constData()));
    if (run.size() > 1) {
        unsigned bits = ~0u;
        for (const Onset &o : run)
            bits &= ruleBits(o.localStart().date());
        const QDate d = first.localStart().date();
        static const char *const days[] = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};
        int position = 0;
        if (bits & 1u) {
            position = -1;
        } else {
            for (int n = 1; n <= 5 && position == 0; ++n) {
                if (bits & (1u << n))
                    position = n;
            }
        }
        QByteArray rule = "FREQ=YEARLY;BYMONTH=" + QByteArray::number(d.month())
            + ";BYDAY=" + QByteArray::number(position) + days[d.dayOfWeek() - 1];
        if (!openEnded)
            rule += ";UNTIL=" + icalStamp(run.last().atUtc);
        icalcomponent_add_property(c, icalproperty_new_rrule(icalrecurrencetype_from_string(rule)));
    }
    return c;
}

// A VTIMEZONE for tz that is right from the start of firstYear to the end of lastYear + 1:
// the observance in effect at the start, then every transition, consecutive years of the
// same rule folded into one observance with a yearly RRULE (UNTIL when the rule changes, as
// in 2007 for the US and Canada). A zone without transitions is one STANDARD observance.
icalcomponent *vtimezone(const QTimeZone &tz, int firstYear, int lastYear)
{
    const QDateTime from(QDate(firstYear, 1, 1), QTime(0, 0), QTimeZone::utc());
    const QDateTime to(QDate(lastYear + 2, 1, 1), QTime(0, 0), QTimeZone::utc());
    QList<QTimeZone::OffsetData> transitions;
    const QTimeZone::OffsetData before = tz.previousTransition(from);
    if (before.atUtc.isValid())
        transitions << before;
    transitions += tz.transitions(from, to);

    QList<Onset> onsets;
    for (const QTimeZone::OffsetData &t : std::as_const(transitions)) {
        Onset o;
        o.atUtc = t.atUtc.toUTC();
        o.offsetTo = t.offsetFromUtc;
        o.offsetFrom
            = onsets.isEmpty() ? tz.offsetFromUtc(t.atUtc.addSecs(-1)) : onsets.last().offsetTo;
        o.daylight = t.daylightTimeOffset != 0;
        o.name = t.abbreviation;
        onsets << o;
    }

    icalcomponent *vtz = icalcomponent_new_vtimezone();
    icalcomponent_add_property(vtz, icalproperty_new_tzid(tz.id().constData()));
    if (onsets.isEmpty()) {
        Onset fixed;
        fixed.offsetFrom = fixed.offsetTo = tz.offsetFromUtc(from);
        fixed.name = tz.abbreviation(from);
        fixed.atUtc = QDateTime(QDate(1970, 1, 1), QTime(0, 0), QTimeZone::utc())
                          .addSecs(-fixed.offsetFrom);
        icalcomponent_add_component(vtz, observance({fixed}, true));
        return vtz;
    }
    // Runs of each kind, in order; the last run of a kind is left open-ended so that a client
    // extending the zone beyond our events follows the current rule.
    for (const bool daylight : {false, true}) {
        QList<QList<Onset>> runs;
        for (const Onset &o : std::as_const(onsets)) {
            if (o.daylight != daylight)
                continue;
            if (!runs.isEmpty() && sameRule(runs.last().last(), o)) {
                unsigned bits = ruleBits(o.localStart().date());
                for (const Onset &r : std::as_const(runs.last()))
                    bits &= ruleBits(r.localStart().date());
                if (bits != 0) {
                    runs.last() << o;
                    continue;
                }
            }
            runs.append({o});
        }
        for (qsizetype i = 0; i < runs.size(); ++i)
            icalcomponent_add_component(vtz, observance(runs.at(i), i + 1 == runs.size()));
    }
    return vtz;
}

// ---------------------------------------------------------------------------------------------
// Writing

void addText(icalcomponent *c, icalproperty *(*make)(const char *), const QString &text)
{
    const QByteArray bytes = toIcal(text, false);
    if (!bytes.isEmpty())
        icalcomponent_add_property(c, make(bytes.constData()));
}

void addXParameter(icalproperty *p, const char *name, const QString &value)
{
    const QByteArray bytes = toIcal(value, true);
    if (bytes.isEmpty())
        return;
    icalparameter *param = icalparameter_new_x(bytes.constData());
    icalparameter_set_xname(param, name);
    icalproperty_add_parameter(p, param);
}

void addXProperty(icalcomponent *c, const char *name, const QByteArray &value)
{
    icalproperty *p = icalproperty_new_x(value.constData());
    icalproperty_set_x_name(p, name);
    icalcomponent_add_property(c, p);
}

// A host centre as X-LIAISON-HOST carries it: a short key, else nothing.
bool isCentreKey(const QString &centre)
{
    return !centre.isEmpty() && centre.size() <= kMaxTag
        && std::all_of(centre.begin(), centre.end(), [](QChar c) {
               return (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
                   || (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
                   || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('-')
                   || c == QLatin1Char('_');
           });
}

QByteArray calAddress(const QString &email)
{
    const QByteArray bytes = toIcal(email, true).trimmed();
    return bytes.isEmpty() ? QByteArray(kNoAddress) : "mailto:" + bytes;
}

void addPerson(icalproperty *p, const QString &name)
{
    const QByteArray cn = toIcal(name, true);
    if (!cn.isEmpty())
        icalproperty_add_parameter(p, icalparameter_new_cn(cn.constData()));
}

// DTSTART or DTEND of a timed event: local time with TZID when the instant reads back the
// same from it, else UTC (the second 01:30 of a night when clocks go back).
icalproperty *timedProperty(icalproperty *(*make)(icaltimetype), const QDateTime &utc,
                            const QTimeZone *tz, bool *inUtc)
{
    const QDateTime t = wholeSeconds(utc);
    if (tz) {
        const QDateTime local = t.toTimeZone(*tz);
        if (localToUtc(*tz, local.date(), local.time()) == t) {
            icalproperty *p = make(icalLocal(local));
            icalproperty_add_parameter(p, icalparameter_new_tzid(tz->id().constData()));
            return p;
        }
    }
    *inUtc = true;
    return make(icalUtc(t));
}

icalcomponent *vevent(const CalendarEvent &e, ICalMethod method)
{
    icalcomponent *ev = icalcomponent_new_vevent();
    addText(ev, icalproperty_new_uid, cleanText(e.uid, true));
    const QDateTime stamp = e.updated.isValid() ? wholeSeconds(e.updated)
                                                : wholeSeconds(QDateTime::currentDateTimeUtc());
    icalcomponent_add_property(ev, icalproperty_new_dtstamp(icalUtc(stamp)));
    if (e.updated.isValid())
        icalcomponent_add_property(ev, icalproperty_new_lastmodified(icalUtc(stamp)));
    icalcomponent_add_property(ev, icalproperty_new_sequence(std::max(0, e.sequence)));

    QString status = e.status;
    if (method == ICalMethod::Cancel)
        status = QStringLiteral("cancelled");
    for (const StatusName &s : kStatuses) {
        if (status == QLatin1String(s.key))
            icalcomponent_add_property(ev, icalproperty_new_status(s.value));
    }

    addText(ev, icalproperty_new_summary, e.title);
    addText(ev, icalproperty_new_location, e.location);
    addText(ev, icalproperty_new_description, e.description);
    addText(ev, icalproperty_new_url, cleanText(e.url, true).trimmed());

    bool zoneInUtc = false;
    if (e.allDay) {
        if (e.startDate.isValid()) {
            icalcomponent_add_property(ev, icalproperty_new_dtstart(icalDate(e.startDate)));
            const QDate last
                = e.endDate.isValid() && e.endDate >= e.startDate ? e.endDate : e.startDate;
            icalcomponent_add_property(ev, icalproperty_new_dtend(icalDate(last.addDays(1))));
        }
        zoneInUtc = true; // a date has no zone: keep the organiser's for our own round trip
    } else if (e.start.isValid()) {
        const QTimeZone tz(e.timeZone.toUtf8());
        const QTimeZone *zone = !isUtcZone(e.timeZone) && tz.isValid() ? &tz : nullptr;
        icalcomponent_add_property(
            ev, timedProperty(icalproperty_new_dtstart, e.start, zone, &zoneInUtc));
        if (e.end.isValid() && e.end >= e.start) {
            icalcomponent_add_property(
                ev, timedProperty(icalproperty_new_dtend, e.end, zone, &zoneInUtc));
        }
        if (!zone)
            zoneInUtc = true;
    }
    if (zoneInUtc && !e.timeZone.isEmpty() && QTimeZone(e.timeZone.toUtf8()).isValid())
        addXProperty(ev, kZoneProperty, e.timeZone.toUtf8());

    if (!e.organiserEmail.isEmpty() || !e.organiserName.isEmpty()) {
        icalproperty *o = icalproperty_new_organizer(calAddress(e.organiserEmail).constData());
        addPerson(o, e.organiserName);
        icalcomponent_add_property(ev, o);
    }
    for (const Attendee &a : e.attendees) {
        icalproperty *p = icalproperty_new_attendee(calAddress(a.email).constData());
        addPerson(p, a.name);
        icalproperty_add_parameter(p,
                                   icalparameter_new_role(a.optional ? ICAL_ROLE_OPTPARTICIPANT
                                                                     : ICAL_ROLE_REQPARTICIPANT));
        icalparameter_partstat answer = ICAL_PARTSTAT_NEEDSACTION;
        for (const PartstatName &n : kPartstats) {
            if (a.rsvp == QLatin1String(n.key))
                answer = n.value;
        }
        icalproperty_add_parameter(p, icalparameter_new_partstat(answer));
        if (method == ICalMethod::Request)
            icalproperty_add_parameter(p, icalparameter_new_rsvp(ICAL_RSVP_TRUE));
        addXParameter(p, kAnalystParameter, a.analystId);
        addXParameter(p, kContactParameter, a.contactId);
        icalcomponent_add_property(ev, p);
    }
    if (e.kind == QLatin1String("call") || e.kind == QLatin1String("visit"))
        addXProperty(ev, kKindProperty, e.kind.toLatin1());
    if (isCentreKey(e.hostCentre))
        addXProperty(ev, kHostProperty, e.hostCentre.toLatin1());
    return ev;
}

// ---------------------------------------------------------------------------------------------
// Reading

struct Reader
{
    QTimeZone floatingZone;
    ICalImport result;
    int component = 0; // position of the component being read
    QString uid; // its UID, for the problems
    QHash<QString, QTimeZone> zones; // TZID -> resolved IANA zone (invalid: none)
    QSet<QString> uids;
    int events = 0;
    bool stopped = false;

    void problem(const QString &code, const QString &detail = {})
    {
        if (result.problems.size() > kICalMaxProblems)
            return;
        if (result.problems.size() == kICalMaxProblems) {
            result.problems.append(
                {0, {}, QStringLiteral("too-many-problems"), QString::number(kICalMaxProblems)});
            return;
        }
        const ICalProblem p {component, uid, code, detail};
        // DTSTART and DTEND in one unknown zone are one problem, not two.
        for (qsizetype i = result.problems.size() - 1; i >= 0 && i >= result.problems.size() - 8;
             --i) {
            if (result.problems.at(i) == p)
                return;
        }
        result.problems.append(p);
    }

    void fileProblem(const QString &code, const QString &detail = {})
    {
        const int c = component;
        const QString u = uid;
        component = 0;
        uid.clear();
        problem(code, detail);
        component = c;
        uid = u;
    }

    void readCalendar(icalcomponent *cal);
    void readEvent(icalcomponent *cal, icalcomponent *ev, const QString &method);
    void readReply(icalcomponent *ev);
    QTimeZone zoneOf(icalcomponent *cal, const QString &tzid);
    bool usableVTimezone(icalcomponent *cal, const QString &tzid);
};

QString text(icalcomponent *c, icalproperty_kind kind, const char *field, int max, bool singleLine,
             Reader &r)
{
    icalproperty *p = icalcomponent_get_first_property(c, kind);
    if (!p)
        return {};
    const icalvalue *v = icalproperty_get_value(p);
    if (!v)
        return {};
    QString s = trimmedText(fromIcal(icalvalue_get_text(v)), singleLine);
    if (kind == ICAL_URL_PROPERTY)
        s = trimmedText(fromIcal(icalvalue_get_uri(v)), true).trimmed();
    if (s.size() > max) {
        s.truncate(max);
        if (s.back().isHighSurrogate())
            s.chop(1);
        r.problem(QStringLiteral("too-long"), QString::fromLatin1(field));
    }
    return s;
}

QString parameterText(icalproperty *p, const char *name)
{
    BufferPtr value(icalproperty_get_parameter_as_string_r(p, name));
    return fromIcal(value.get());
}

QString xParameter(icalproperty *p, const char *name)
{
    for (icalparameter *param = icalproperty_get_first_parameter(p, ICAL_X_PARAMETER); param;
         param = icalproperty_get_next_parameter(p, ICAL_X_PARAMETER)) {
        if (qstricmp(icalparameter_get_xname(param), name) == 0)
            return trimmedText(fromIcal(icalparameter_get_xvalue(param)), true);
    }
    return {};
}

QString xProperty(icalcomponent *c, const char *name)
{
    for (icalproperty *p : properties(c, ICAL_X_PROPERTY)) {
        if (qstricmp(icalproperty_get_x_name(p), name) == 0)
            return trimmedText(fromIcal(icalproperty_get_x(p)), true).trimmed();
    }
    return {};
}

// A cal-address as an e-mail address: what follows "mailto:", else nothing.
QString emailOf(const char *value)
{
    const QString v = trimmedText(fromIcal(value), true).trimmed();
    if (!v.startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive))
        return {};
    return v.mid(7).trimmed();
}

QString personName(icalproperty *p, Reader &r)
{
    // Not icalproperty_get_parameter_as_string_r: it gives the value RFC 6868-encoded again.
    icalparameter *cn = icalproperty_get_first_parameter(p, ICAL_CN_PARAMETER);
    QString name = cn ? trimmedText(fromIcal(icalparameter_get_cn(cn)), true) : QString();
    if (name.size() > kMaxLabel) {
        name.truncate(kMaxLabel);
        if (name.back().isHighSurrogate())
            name.chop(1);
        r.problem(QStringLiteral("too-long"), QStringLiteral("CN"));
    }
    return name;
}

QString rsvpOf(icalproperty *p, Reader &r)
{
    icalparameter *param = icalproperty_get_first_parameter(p, ICAL_PARTSTAT_PARAMETER);
    if (!param)
        return QStringLiteral("needs-action");
    const icalparameter_partstat value = icalparameter_get_partstat(param);
    for (const PartstatName &n : kPartstats) {
        if (value == n.value)
            return QString::fromLatin1(n.key);
    }
    r.problem(QStringLiteral("unknown-answer"), parameterText(p, "PARTSTAT").left(kMaxTag));
    return QStringLiteral("needs-action");
}

QTimeZone ianaZone(const QString &tzid)
{
    const QByteArray id = tzid.toUtf8();
    if (id.isEmpty() || id.size() > 200)
        return {};
    if (QTimeZone::isTimeZoneIdAvailable(id))
        return QTimeZone(id);
    const QByteArray windows = QTimeZone::windowsIdToDefaultIanaId(id);
    if (!windows.isEmpty())
        return QTimeZone(windows);
    // "/mozilla.org/20050126_1/America/New_York", "/freeassociation.sourceforge.net/…": an
    // IANA id behind a vendor's prefix.
    const QList<QByteArray> parts = id.split('/');
    for (qsizetype i = 1; i + 1 < parts.size(); ++i) {
        QByteArray candidate = parts.at(i);
        for (qsizetype j = i + 1; j < parts.size(); ++j)
            candidate += '/' + parts.at(j);
        if (QTimeZone::isTimeZoneIdAvailable(candidate))
            return QTimeZone(candidate);
    }
    return {};
}

icalcomponent *findVTimezone(icalcomponent *cal, const QString &tzid)
{
    for (icalcomponent *c : children(cal, ICAL_VTIMEZONE_COMPONENT)) {
        icalproperty *p = icalcomponent_get_first_property(c, ICAL_TZID_PROPERTY);
        if (p && fromIcal(icalproperty_get_tzid(p)) == tzid)
            return c;
    }
    return nullptr;
}

QTimeZone Reader::zoneOf(icalcomponent *cal, const QString &tzid)
{
    const auto found = zones.constFind(tzid);
    if (found != zones.constEnd())
        return *found;
    QTimeZone tz = ianaZone(tzid);
    if (!tz.isValid()) {
        // Evolution names the IANA zone of its own VTIMEZONEs in X-LIC-LOCATION.
        if (icalcomponent *vtz = findVTimezone(cal, tzid))
            tz = ianaZone(xProperty(vtz, "X-LIC-LOCATION"));
    }
    zones.insert(tzid, tz);
    return tz;
}

// A yearly rule of an observance as zones are written (BYMONTH=3;BYDAY=2SU, or Outlook's
// BYMONTHDAY=8,...,14;BYDAY=SU), not one that libical would expand into millions of onsets.
bool boundedRule(const icalrecurrencetype &r)
{
    const auto count = [](const short *a, int max) {
        int n = 0;
        while (n < max && a[n] != ICAL_RECURRENCE_ARRAY_MAX)
            ++n;
        return n;
    };
    return r.freq == ICAL_YEARLY_RECURRENCE && r.interval <= 1
        && count(r.by_second, ICAL_BY_SECOND_SIZE) == 0
        && count(r.by_minute, ICAL_BY_MINUTE_SIZE) == 0 && count(r.by_hour, ICAL_BY_HOUR_SIZE) == 0
        && count(r.by_year_day, ICAL_BY_YEARDAY_SIZE) == 0
        && count(r.by_week_no, ICAL_BY_WEEKNO_SIZE) == 0
        && count(r.by_set_pos, ICAL_BY_SETPOS_SIZE) <= 1
        && count(r.by_month, ICAL_BY_MONTH_SIZE) <= 1
        && count(r.by_month_day, ICAL_BY_MONTHDAY_SIZE) <= 7
        && count(r.by_day, ICAL_BY_DAY_SIZE) <= 7;
}

bool boundedVTimezone(icalcomponent *vtz)
{
    int observances = 0;
    int dates = 0;
    for (icalcomponent *o : children(vtz, ICAL_ANY_COMPONENT)) {
        const icalcomponent_kind kind = icalcomponent_isa(o);
        if (kind != ICAL_XSTANDARD_COMPONENT && kind != ICAL_XDAYLIGHT_COMPONENT)
            continue;
        if (++observances > kMaxObservances)
            return false;
        icalproperty *start = icalcomponent_get_first_property(o, ICAL_DTSTART_PROPERTY);
        if (!start)
            return false;
        const icaltimetype t = icalproperty_get_dtstart(start);
        if (t.year < 1583 || t.year > kLastYear) // Gregorian years only
            return false;
        for (icalproperty *p : properties(o, ICAL_ANY_PROPERTY)) {
            const icalproperty_kind k = icalproperty_isa(p);
            if (k == ICAL_RRULE_PROPERTY && !boundedRule(icalproperty_get_rrule(p)))
                return false;
            if (k == ICAL_RDATE_PROPERTY && ++dates > kMaxTimezoneDates)
                return false;
        }
    }
    return observances > 0;
}

// A file's own VTIMEZONE, handed to libical only when its expansion is bounded. Every
// VTIMEZONE of that TZID is checked: libical may pick any of them.
bool Reader::usableVTimezone(icalcomponent *cal, const QString &tzid)
{
    bool found = false;
    for (icalcomponent *c : children(cal, ICAL_VTIMEZONE_COMPONENT)) {
        icalproperty *p = icalcomponent_get_first_property(c, ICAL_TZID_PROPERTY);
        if (!p || fromIcal(icalproperty_get_tzid(p)) != tzid)
            continue;
        if (!boundedVTimezone(c))
            return false;
        found = true;
    }
    return found;
}

struct When
{
    bool ok = false;
    bool isDate = false;
    QDate date;
    QDateTime utc;
    QString zone; // the IANA zone it was written in, empty for UTC
};

// A time libical read that Qt can hold, within a year of our range (a zone's offset or an
// all-day DTEND may carry an event in range across New Year); the event itself is checked
// against the range once it is in UTC (inRange).
bool validTime(const icaltimetype &t)
{
    if (icaltime_is_null_time(t) || t.year < kFirstYear - 1 || t.year > kLastYear + 1
        || !QDate::isValid(t.year, t.month, t.day))
        return false;
    return t.is_date || QTime::isValid(t.hour, t.minute, std::min(t.second, 59));
}

When readWhen(Reader &r, icalcomponent *cal, icalproperty *p, bool *outOfRange)
{
    When w;
    const icalvalue *v = icalproperty_get_value(p);
    if (!v)
        return w;
    const icalvalue_kind kind = icalvalue_isa(v);
    if (kind != ICAL_DATE_VALUE && kind != ICAL_DATETIME_VALUE)
        return w;
    const icaltimetype t
        = kind == ICAL_DATE_VALUE ? icalvalue_get_date(v) : icalvalue_get_datetime(v);
    if (!validTime(t)) {
        if (!icaltime_is_null_time(t))
            *outOfRange = true;
        return w;
    }
    const QDate date(t.year, t.month, t.day);
    w.ok = true;
    if (t.is_date) {
        w.isDate = true;
        w.date = date;
        return w;
    }
    const QTime time(t.hour, t.minute, std::min(t.second, 59)); // a leap second: :59
    if (icaltime_is_utc(t)) {
        w.utc = QDateTime(date, time, QTimeZone::utc());
        return w;
    }
    icalparameter *tzParam = icalproperty_get_first_parameter(p, ICAL_TZID_PARAMETER);
    if (!tzParam) {
        w.utc = localToUtc(r.floatingZone, date, time);
        w.zone = QString::fromUtf8(r.floatingZone.id());
        r.problem(QStringLiteral("floating"), w.zone);
        return w;
    }
    const QString tzid
        = trimmedText(fromIcal(icalparameter_get_tzid(tzParam)), true).left(kMaxLabel);
    const QTimeZone tz = r.zoneOf(cal, tzid);
    if (tz.isValid()) {
        w.utc = localToUtc(tz, date, time);
        w.zone = QString::fromUtf8(tz.id());
        return w;
    }
    if (r.usableVTimezone(cal, tzid)) {
        if (icaltimezone *zone = icalcomponent_get_timezone(cal, tzid.toUtf8().constData())) {
            icaltimetype local = t;
            local.zone = zone;
            const icaltimetype u = icaltime_convert_to_zone(local, icaltimezone_get_utc_timezone());
            if (validTime(u)) {
                w.utc
                    = QDateTime(QDate(u.year, u.month, u.day),
                                QTime(u.hour, u.minute, std::min(u.second, 59)), QTimeZone::utc());
                r.problem(QStringLiteral("custom-zone"), tzid);
                return w;
            }
        }
    }
    w.utc = QDateTime(date, time, QTimeZone::utc());
    r.problem(QStringLiteral("unknown-zone"), tzid);
    return w;
}

// DTSTAMP or LAST-MODIFIED, UTC by definition (a time without Z is taken as UTC too).
QDateTime utcStamp(icalcomponent *c, icalproperty_kind kind)
{
    icalproperty *p = icalcomponent_get_first_property(c, kind);
    const icalvalue *v = p ? icalproperty_get_value(p) : nullptr;
    if (!v || icalvalue_isa(v) != ICAL_DATETIME_VALUE)
        return {};
    const icaltimetype t = icalvalue_get_datetime(v);
    if (!validTime(t))
        return {};
    return QDateTime(QDate(t.year, t.month, t.day), QTime(t.hour, t.minute, std::min(t.second, 59)),
                     QTimeZone::utc());
}

qint64 durationDays(const icaldurationtype &d)
{
    return qint64(d.weeks) * 7 + d.days;
}

qint64 durationSeconds(const icaldurationtype &d)
{
    return qint64(d.hours) * 3600 + qint64(d.minutes) * 60 + d.seconds;
}

bool boundedDuration(const icaldurationtype &d)
{
    return durationDays(d) <= kMaxDurationDays && durationSeconds(d) <= kMaxDurationDays * 86400;
}

// Where a DURATION from start ends: days and weeks are calendar days in the event's zone
// (RFC 5545 §3.3.6: P1D over a DST change is 23 or 25 hours), the rest exact seconds.
QDateTime addDuration(const QDateTime &start, const QString &zone, const icaldurationtype &d)
{
    const int sign = d.is_neg ? -1 : 1;
    const qint64 days = sign * durationDays(d);
    const qint64 secs = sign * durationSeconds(d);
    QDateTime t = start;
    if (days != 0) {
        const QTimeZone tz = zone.isEmpty() ? QTimeZone::utc() : QTimeZone(zone.toUtf8());
        const QDateTime local = start.toTimeZone(tz);
        t = localToUtc(tz, local.date().addDays(days), local.time());
    }
    return t.addSecs(secs);
}

void Reader::readEvent(icalcomponent *cal, icalcomponent *ev, const QString &method)
{
    // A component the parser closed at the end of the input was cut off: any of it may be
    // missing, so none of it is taken.
    for (icalproperty *p : properties(ev, ICAL_XLICERROR_PROPERTY)) {
        if (std::strstr(icalproperty_get_xlicerror(p), "Missing END tag")) {
            problem(QStringLiteral("truncated"));
            return;
        }
    }
    for (icalproperty *p : properties(ev, ICAL_XLICERROR_PROPERTY)) {
        problem(QStringLiteral("unreadable-line"),
                trimmedText(fromIcal(icalproperty_get_xlicerror(p)), true).left(200));
    }

    if (method == QLatin1String("REPLY")) {
        readReply(ev);
        return;
    }
    if (method == QLatin1String("CANCEL") && !uid.isEmpty()
        && !icalcomponent_get_first_property(ev, ICAL_RECURRENCEID_PROPERTY)) {
        ICalCancel cancel {uid, 0};
        if (icalproperty *p = icalcomponent_get_first_property(ev, ICAL_SEQUENCE_PROPERTY))
            cancel.sequence = std::max(0, icalproperty_get_sequence(p));
        if (!result.cancellations.contains(cancel))
            result.cancellations << cancel;
        // Without a start there is nothing more to take, and nothing wrong either.
        if (!icalcomponent_get_first_property(ev, ICAL_DTSTART_PROPERTY))
            return;
    }
    if (icalcomponent_get_first_property(ev, ICAL_RECURRENCEID_PROPERTY)) {
        problem(QStringLiteral("occurrence"));
        return;
    }
    if (!uid.isEmpty() && uids.contains(uid)) {
        problem(QStringLiteral("duplicate-uid"));
        return;
    }

    CalendarEvent e;
    bool outOfRange = false;
    icalproperty *startProp = icalcomponent_get_first_property(ev, ICAL_DTSTART_PROPERTY);
    const When start = startProp ? readWhen(*this, cal, startProp, &outOfRange) : When();
    if (!start.ok) {
        problem(outOfRange ? QStringLiteral("out-of-range") : QStringLiteral("no-start"));
        return;
    }
    When end;
    if (icalproperty *endProp = icalcomponent_get_first_property(ev, ICAL_DTEND_PROPERTY)) {
        bool endOutOfRange = false;
        end = readWhen(*this, cal, endProp, &endOutOfRange);
        if (end.ok && end.isDate != start.isDate) {
            problem(QStringLiteral("mixed-times"));
            end = When();
        } else if (!end.ok && endOutOfRange) {
            problem(QStringLiteral("out-of-range"));
            return;
        }
    }
    icalproperty *durationProp = icalcomponent_get_first_property(ev, ICAL_DURATION_PROPERTY);
    const icaldurationtype duration
        = durationProp ? icalproperty_get_duration(durationProp) : icaldurationtype_null_duration();
    const bool hasDuration = durationProp && !icaldurationtype_is_bad_duration(duration)
        && !icaldurationtype_is_null_duration(duration);
    if (hasDuration && !end.ok && !boundedDuration(duration)) {
        problem(QStringLiteral("out-of-range"));
        return;
    }

    if (uid.isEmpty()) {
        // A name-based UUID of the event's text and place: importing the same file twice gives
        // the same events, not copies, and two identical events without UID stay two.
        BufferPtr bytes(icalcomponent_as_ical_string_r(ev));
        uid = QUuid::createUuidV5(QUuid(),
                                  QByteArray(bytes.get()) + '#' + QByteArray::number(component))
                  .toString(QUuid::WithoutBraces);
        if (uids.contains(uid)) {
            problem(QStringLiteral("duplicate-uid"));
            return;
        }
        problem(QStringLiteral("no-uid"), uid);
    }
    e.uid = uid;

    const QString zoneHint = xProperty(ev, kZoneProperty);
    const bool zoneHintValid = !zoneHint.isEmpty() && zoneHint.size() <= kMaxLabel
        && QTimeZone::isTimeZoneIdAvailable(zoneHint.toUtf8());
    if (start.isDate) {
        e.allDay = true;
        e.startDate = start.date;
        QDate last = start.date;
        if (end.ok) {
            last = end.date.addDays(-1);
        } else if (hasDuration) {
            // Whole days; a part of a day counts as one (PT1H on a date: that day).
            const qint64 days
                = durationDays(duration) + (durationSeconds(duration) + 86399) / 86400;
            last = duration.is_neg ? start.date.addDays(-1)
                                   : start.date.addDays(std::max<qint64>(1, days) - 1);
        }
        if (last < start.date) {
            if (last.addDays(1) != start.date) // DTEND = DTSTART: one day, say nothing
                problem(QStringLiteral("end-before-start"));
            last = start.date;
        }
        e.endDate = last;
        if (zoneHintValid)
            e.timeZone = zoneHint;
    } else {
        e.start = start.utc;
        e.timeZone = start.zone;
        if (e.timeZone.isEmpty() && zoneHintValid)
            e.timeZone = zoneHint;
        e.end = end.ok    ? end.utc
            : hasDuration ? addDuration(e.start, e.timeZone, duration)
                          : e.start;
        if (e.end < e.start) {
            problem(QStringLiteral("end-before-start"));
            e.end = e.start;
        }
    }
    const auto inRange = [](QDate d) { return d.year() >= kFirstYear && d.year() <= kLastYear; };
    if (e.allDay ? !inRange(e.startDate) || !inRange(e.endDate)
                 : !e.end.isValid() || !inRange(e.start.date()) || !inRange(e.end.date())) {
        problem(QStringLiteral("out-of-range"));
        return;
    }
    if (icalcomponent_get_first_property(ev, ICAL_RRULE_PROPERTY)
        || icalcomponent_get_first_property(ev, ICAL_RDATE_PROPERTY)) {
        problem(QStringLiteral("recurring"));
    }

    e.title = text(ev, ICAL_SUMMARY_PROPERTY, "SUMMARY", kMaxLabel, false, *this);
    e.location = text(ev, ICAL_LOCATION_PROPERTY, "LOCATION", kMaxLabel, false, *this);
    e.description = text(ev, ICAL_DESCRIPTION_PROPERTY, "DESCRIPTION", kMaxText, false, *this);
    e.url = text(ev, ICAL_URL_PROPERTY, "URL", kMaxText, true, *this);

    const QString kind = xProperty(ev, kKindProperty);
    e.kind = kind == QLatin1String("call") || kind == QLatin1String("visit") ? kind
        : e.allDay ? QStringLiteral("visit")
                   : QStringLiteral("call");

    if (const QString host = xProperty(ev, kHostProperty); isCentreKey(host))
        e.hostCentre = host;

    e.status = QStringLiteral("confirmed");
    if (icalproperty *p = icalcomponent_get_first_property(ev, ICAL_STATUS_PROPERTY)) {
        const icalproperty_status value = icalproperty_get_status(p);
        const auto known = std::find_if(std::begin(kStatuses), std::end(kStatuses),
                                        [value](const StatusName &s) { return s.value == value; });
        if (known != std::end(kStatuses)) {
            e.status = QString::fromLatin1(known->key);
        } else {
            BufferPtr text(icalproperty_get_value_as_string_r(p));
            problem(QStringLiteral("unknown-status"),
                    trimmedText(fromIcal(text.get()), true).left(kMaxTag));
        }
    }
    if (method == QLatin1String("CANCEL"))
        e.status = QStringLiteral("cancelled");
    if (icalproperty *p = icalcomponent_get_first_property(ev, ICAL_SEQUENCE_PROPERTY))
        e.sequence = std::max(0, icalproperty_get_sequence(p));

    e.updated = utcStamp(ev, ICAL_LASTMODIFIED_PROPERTY);
    if (!e.updated.isValid())
        e.updated = utcStamp(ev, ICAL_DTSTAMP_PROPERTY);

    if (icalproperty *o = icalcomponent_get_first_property(ev, ICAL_ORGANIZER_PROPERTY)) {
        e.organiserName = personName(o, *this);
        e.organiserEmail = emailOf(icalproperty_get_organizer(o)).left(kMaxLabel);
    }
    int attendees = 0;
    for (icalproperty *p : properties(ev, ICAL_ATTENDEE_PROPERTY)) {
        if (++attendees > kICalMaxAttendees) {
            problem(QStringLiteral("too-many-attendees"), QString::number(kICalMaxAttendees));
            break;
        }
        Attendee a;
        a.name = personName(p, *this);
        a.email = emailOf(icalproperty_get_attendee(p));
        a.analystId = xParameter(p, kAnalystParameter).left(kMaxLabel);
        a.contactId = xParameter(p, kContactParameter).left(kMaxLabel);
        if (a.email.size() > kMaxLabel)
            a.email.clear();
        if (a.email.isEmpty() && a.analystId.isEmpty() && a.contactId.isEmpty()) {
            problem(QStringLiteral("no-address"), a.name);
            continue;
        }
        if (icalparameter *role = icalproperty_get_first_parameter(p, ICAL_ROLE_PARAMETER)) {
            const icalparameter_role value = icalparameter_get_role(role);
            a.optional = value == ICAL_ROLE_OPTPARTICIPANT || value == ICAL_ROLE_NONPARTICIPANT;
        }
        a.rsvp = rsvpOf(p, *this);
        e.attendees << a;
    }

    uids.insert(e.uid);
    result.events << e;
}

void Reader::readReply(icalcomponent *ev)
{
    if (uid.isEmpty()) {
        problem(QStringLiteral("no-uid"));
        return;
    }
    ICalReply base;
    base.uid = uid;
    if (icalproperty *p = icalcomponent_get_first_property(ev, ICAL_SEQUENCE_PROPERTY))
        base.sequence = std::max(0, icalproperty_get_sequence(p));
    base.stamp = utcStamp(ev, ICAL_DTSTAMP_PROPERTY);
    int attendees = 0;
    bool any = false;
    for (icalproperty *p : properties(ev, ICAL_ATTENDEE_PROPERTY)) {
        if (++attendees > kICalMaxAttendees) {
            problem(QStringLiteral("too-many-attendees"), QString::number(kICalMaxAttendees));
            break;
        }
        ICalReply reply = base;
        reply.name = personName(p, *this);
        reply.email = emailOf(icalproperty_get_attendee(p));
        if (reply.email.isEmpty() || reply.email.size() > kMaxLabel) {
            problem(QStringLiteral("no-address"), reply.name);
            continue;
        }
        reply.rsvp = rsvpOf(p, *this);
        result.replies << reply;
        any = true;
    }
    if (!any && attendees == 0)
        problem(QStringLiteral("no-answer"));
}

void Reader::readCalendar(icalcomponent *cal)
{
    QString method;
    if (icalproperty *p = icalcomponent_get_first_property(cal, ICAL_METHOD_PROPERTY)) {
        BufferPtr value(icalproperty_get_value_as_string_r(p));
        method = trimmedText(fromIcal(value.get()), true).trimmed().toUpper().left(kMaxTag);
    }
    if (result.method.isEmpty())
        result.method = method;
    for (icalproperty *p : properties(cal, ICAL_XLICERROR_PROPERTY)) {
        const char *message = icalproperty_get_xlicerror(p);
        if (std::strstr(message, "Missing END tag"))
            fileProblem(QStringLiteral("file-truncated"));
        else
            fileProblem(QStringLiteral("unreadable-line"),
                        trimmedText(fromIcal(message), true).left(200));
    }
    const bool known = method.isEmpty() || method == QLatin1String("PUBLISH")
        || method == QLatin1String("REQUEST") || method == QLatin1String("ADD")
        || method == QLatin1String("CANCEL") || method == QLatin1String("REPLY");
    if (!known) {
        fileProblem(QStringLiteral("method"), method);
        return;
    }
    for (icalcomponent *c : children(cal, ICAL_ANY_COMPONENT)) {
        const icalcomponent_kind kind = icalcomponent_isa(c);
        if (kind == ICAL_VTIMEZONE_COMPONENT)
            continue;
        ++component;
        uid.clear();
        if (icalproperty *p = icalcomponent_get_first_property(c, ICAL_UID_PROPERTY))
            uid = trimmedText(fromIcal(icalproperty_get_uid(p)), true).trimmed();
        if (uid.size() > kMaxLabel) {
            uid.truncate(kMaxLabel);
            if (uid.back().isHighSurrogate())
                uid.chop(1);
            if (kind == ICAL_VEVENT_COMPONENT) {
                problem(QStringLiteral("uid-too-long"), QString::number(kMaxLabel));
                continue;
            }
        }
        if (kind != ICAL_VEVENT_COMPONENT) {
            problem(QStringLiteral("not-an-event"),
                    QString::fromLatin1(icalcomponent_kind_to_string(kind)));
            continue;
        }
        if (++events > kICalMaxEvents) {
            fileProblem(QStringLiteral("too-many-events"), QString::number(kICalMaxEvents));
            stopped = true;
            return;
        }
        readEvent(cal, c, method);
    }
    uid.clear();
}

// The bytes libical reads: UTF-8 (a UTF-16 file, as some Windows editors save, converted),
// without a byte order mark, lone CRs as line ends.
QByteArray normalised(const QByteArray &bytes)
{
    QByteArray data = bytes;
    if (data.startsWith("\xFF\xFE") || data.startsWith("\xFE\xFF")) {
        QStringDecoder decode(data.startsWith("\xFF\xFE") ? QStringDecoder::Utf16LE
                                                          : QStringDecoder::Utf16BE);
        data = QString(decode(data.mid(2))).toUtf8();
    }
    if (data.startsWith("\xEF\xBB\xBF"))
        data.remove(0, 3);
    for (qsizetype i = 0; i < data.size(); ++i) {
        if (data.at(i) == '\r' && (i + 1 == data.size() || data.at(i + 1) != '\n'))
            data[i] = '\n';
    }
    return data;
}

struct LineSource
{
    const char *pos;
    const char *end;
};

char *nextLine(char *out, size_t size, void *data)
{
    auto *src = static_cast<LineSource *>(data);
    if (src->pos >= src->end)
        return nullptr;
    // libical asks for 80 bytes at a time: look no further than that for the line's end (a
    // search to the end of a 5 MiB line for every 80 bytes of it is quadratic).
    const size_t window = std::min(size_t(src->end - src->pos), size - 1);
    const auto *nl = static_cast<const char *>(std::memchr(src->pos, '\n', window));
    const size_t n = nl ? size_t(nl - src->pos) + 1 : window;
    std::memcpy(out, src->pos, n);
    out[n] = '\0';
    src->pos += n;
    return out;
}

} // namespace

QByteArray writeCalendar(const QList<CalendarEvent> &events, ICalMethod method)
{
    initLibical();
    ComponentPtr cal(icalcomponent_new_vcalendar());
    icalcomponent_add_property(cal.get(), icalproperty_new_prodid("-//Liaison//Liaison//EN"));
    icalcomponent_add_property(cal.get(), icalproperty_new_version("2.0"));
    icalcomponent_add_property(cal.get(), icalproperty_new_calscale("GREGORIAN"));
    if (method == ICalMethod::Request)
        icalcomponent_add_property(cal.get(), icalproperty_new_method(ICAL_METHOD_REQUEST));
    else if (method == ICalMethod::Cancel)
        icalcomponent_add_property(cal.get(), icalproperty_new_method(ICAL_METHOD_CANCEL));

    // Every zone the timed events are written in, over the years they span.
    QList<QByteArray> order;
    QHash<QByteArray, std::pair<int, int>> years;
    for (const CalendarEvent &e : events) {
        if (e.allDay || !e.start.isValid() || isUtcZone(e.timeZone))
            continue;
        const QTimeZone tz(e.timeZone.toUtf8());
        if (!tz.isValid())
            continue;
        const QDateTime end = e.end.isValid() && e.end >= e.start ? e.end : e.start;
        const int first = e.start.toTimeZone(tz).date().year();
        const int last = end.toTimeZone(tz).date().year();
        const auto it = years.find(tz.id());
        if (it == years.end()) {
            order << tz.id();
            years.insert(tz.id(), {first, last});
        } else {
            it->first = std::min(it->first, first);
            it->second = std::max(it->second, last);
        }
    }
    for (const QByteArray &id : std::as_const(order)) {
        const auto span = years.value(id);
        icalcomponent_add_component(cal.get(), vtimezone(QTimeZone(id), span.first, span.second));
    }
    for (const CalendarEvent &e : events)
        icalcomponent_add_component(cal.get(), vevent(e, method));

    BufferPtr text(icalcomponent_as_ical_string_r(cal.get()));
    return QByteArray(text.get());
}

ICalImport readCalendar(const QByteArray &bytes)
{
    return readCalendar(bytes, QTimeZone::systemTimeZone());
}

ICalImport readCalendar(const QByteArray &bytes, const QTimeZone &floatingZone)
{
    initLibical();
    if (bytes.size() > kICalMaxFileOctets)
        throw ValidationError(QStringLiteral("ics"), QStringLiteral("too-large"));
    const QByteArray data = normalised(bytes);
    // libical takes nearly anything made of lines; what does not start as a calendar is not one.
    if (!data.trimmed().left(15).toUpper().startsWith("BEGIN:VCALENDAR") || data.contains('\0')) {
        throw ValidationError(QStringLiteral("ics"), QStringLiteral("not-a-calendar"));
    }

    // icalparser_parse_string would drop a file that ends inside a component; parsing by hand
    // and cleaning up keeps what was complete, the open components marked with X-LIC-ERROR.
    LineSource source {data.constData(), data.constData() + data.size()};
    icalparser *parser = icalparser_new();
    icalparser_set_gen_data(parser, &source);
    ComponentPtr root(icalparser_parse(parser, nextLine));
    const bool cutShort = source.pos < source.end;
    // icalparser_clean's result stays the parser's: a copy is ours.
    icalcomponent *open = icalparser_clean(parser);
    ComponentPtr rest(open ? icalcomponent_new_clone(open) : nullptr);
    icalparser_free(parser);

    QList<icalcomponent *> tops;
    for (icalcomponent *c : {root.get(), rest.get()}) {
        if (!c)
            continue;
        if (icalcomponent_isa(c) == ICAL_XROOT_COMPONENT) {
            for (icalcomponent *child : children(c, ICAL_ANY_COMPONENT)) {
                tops << child;
            }
        } else {
            tops << c;
        }
    }
    if (tops.isEmpty())
        throw ValidationError(QStringLiteral("ics"), QStringLiteral("unreadable"));
    if (std::none_of(tops.cbegin(), tops.cend(), [](icalcomponent *c) {
            return icalcomponent_isa(c) == ICAL_VCALENDAR_COMPONENT;
        })) {
        throw ValidationError(QStringLiteral("ics"), QStringLiteral("not-a-calendar"));
    }

    Reader reader;
    reader.floatingZone = floatingZone.isValid() ? floatingZone : QTimeZone::utc();
    if (cutShort)
        reader.fileProblem(QStringLiteral("cut-short"));
    for (icalcomponent *c : std::as_const(tops)) {
        if (reader.stopped)
            break;
        if (icalcomponent_isa(c) != ICAL_VCALENDAR_COMPONENT) {
            reader.fileProblem(
                QStringLiteral("not-a-calendar"),
                QString::fromLatin1(icalcomponent_kind_to_string(icalcomponent_isa(c))));
            continue;
        }
        reader.readCalendar(c);
    }
    return reader.result;
}

QString ICalProblem::sentence() const
{
    const QString d = detail;
    if (code == QLatin1String("no-start"))
        //: iCalendar import problem: a VEVENT without DTSTART
        return QCoreApplication::translate("ICalendar", "an event without a start: left out");
    if (code == QLatin1String("out-of-range"))
        //: iCalendar import problem
        return QCoreApplication::translate("ICalendar",
                                           "a date before 1900 or after 2200: left out");
    if (code == QLatin1String("unknown-zone"))
        //: iCalendar import problem: %1 the TZID as written in the file
        return QCoreApplication::translate("ICalendar", "an unknown time zone %1: read as UTC")
            .arg(d);
    if (code == QLatin1String("custom-zone"))
        //: iCalendar import problem: %1 the TZID; the file's VTIMEZONE was used to convert
        return QCoreApplication::translate(
                   "ICalendar",
                   "the time zone %1 is not a known one: its times are converted with the file's "
                   "own definition and kept in UTC")
            .arg(d);
    if (code == QLatin1String("floating"))
        //: iCalendar import problem: %1 the importing analyst's time zone (IANA id)
        return QCoreApplication::translate(
                   "ICalendar", "a time without a time zone: read in your time zone (%1)")
            .arg(d);
    if (code == QLatin1String("recurring"))
        //: iCalendar import problem
        return QCoreApplication::translate(
            "ICalendar", "a recurring event (RRULE): only its first occurrence is taken");
    if (code == QLatin1String("occurrence"))
        //: iCalendar import problem: a VEVENT with RECURRENCE-ID
        return QCoreApplication::translate("ICalendar",
                                           "a changed occurrence of a recurring event: left out");
    if (code == QLatin1String("no-address"))
        //: iCalendar import problem: %1 the attendee's name (may be empty)
        return d.isEmpty()
            ? QCoreApplication::translate("ICalendar", "an attendee without an address: left out")
            : QCoreApplication::translate("ICalendar",
                                          "an attendee without an address (%1): left out")
                  .arg(d);
    if (code == QLatin1String("no-uid"))
        //: iCalendar import problem: %1 the identifier made for the event
        return d.isEmpty()
            ? QCoreApplication::translate("ICalendar", "an answer without a UID: left out")
            : QCoreApplication::translate("ICalendar", "an event without a UID: given %1").arg(d);
    if (code == QLatin1String("uid-too-long"))
        //: iCalendar import problem: %1 a number of characters
        return QCoreApplication::translate("ICalendar",
                                           "a UID longer than %L1 characters: left out")
            .arg(d.toInt());
    if (code == QLatin1String("duplicate-uid"))
        //: iCalendar import problem
        return QCoreApplication::translate("ICalendar",
                                           "a second event with the same UID: left out");
    if (code == QLatin1String("truncated"))
        //: iCalendar import problem: the file was cut inside this VEVENT
        return QCoreApplication::translate("ICalendar",
                                           "the file ends inside this event: left out");
    if (code == QLatin1String("file-truncated"))
        //: iCalendar import problem
        return QCoreApplication::translate(
            "ICalendar", "the file ends before END:VCALENDAR: only the complete events are taken");
    if (code == QLatin1String("cut-short"))
        //: iCalendar import problem
        return QCoreApplication::translate(
            "ICalendar", "libical stopped before the end of the file: the rest is left out");
    if (code == QLatin1String("unreadable-line"))
        //: iCalendar import problem: %1 libical's own (English) description of the line
        return QCoreApplication::translate("ICalendar",
                                           "a line that could not be read was left out (%1)")
            .arg(d);
    if (code == QLatin1String("too-long"))
        //: iCalendar import problem: %1 a property name such as SUMMARY or CN
        return QCoreApplication::translate("ICalendar", "the %1 field is too long: cut").arg(d);
    if (code == QLatin1String("end-before-start"))
        //: iCalendar import problem
        return QCoreApplication::translate("ICalendar",
                                           "an end before its start: the event ends at its start");
    if (code == QLatin1String("mixed-times"))
        //: iCalendar import problem: DTSTART a date and DTEND a date-time or the reverse
        return QCoreApplication::translate(
            "ICalendar",
            "a start and an end of different kinds (date and date-time): the end is ignored");
    if (code == QLatin1String("unknown-status"))
        //: iCalendar import problem: %1 the STATUS value as written
        return QCoreApplication::translate("ICalendar", "an unknown status %1: read as confirmed")
            .arg(d);
    if (code == QLatin1String("unknown-answer"))
        //: iCalendar import problem: %1 the PARTSTAT value as written
        return QCoreApplication::translate("ICalendar",
                                           "an unknown answer %1: read as no answer yet")
            .arg(d);
    if (code == QLatin1String("no-answer"))
        //: iCalendar import problem: a REPLY VEVENT without ATTENDEE
        return QCoreApplication::translate("ICalendar", "an answer without an attendee: left out");
    if (code == QLatin1String("not-an-event"))
        //: iCalendar import problem: %1 the component name (VTODO, VJOURNAL, ...)
        return QCoreApplication::translate("ICalendar", "not an event (%1): left out").arg(d);
    if (code == QLatin1String("not-a-calendar"))
        //: iCalendar import problem: %1 a component name at the top of the file
        return QCoreApplication::translate("ICalendar", "not a calendar (%1): left out").arg(d);
    if (code == QLatin1String("method"))
        //: iCalendar import problem: %1 the METHOD (COUNTER, REFRESH, ...)
        return QCoreApplication::translate(
                   "ICalendar", "METHOD:%1 is not handled: nothing of this calendar is taken")
            .arg(d);
    if (code == QLatin1String("too-many-events"))
        //: iCalendar import problem: %1 the limit
        return QCoreApplication::translate("ICalendar",
                                           "more than %L1 events: the rest is left out")
            .arg(d.toInt());
    if (code == QLatin1String("too-many-attendees"))
        //: iCalendar import problem: %1 the limit
        return QCoreApplication::translate("ICalendar",
                                           "more than %L1 attendees: the rest are left out")
            .arg(d.toInt());
    if (code == QLatin1String("too-many-problems"))
        //: iCalendar import problem: %1 the limit
        return QCoreApplication::translate("ICalendar",
                                           "more than %L1 problems: the rest are not listed")
            .arg(d.toInt());
    return code;
}

QString ICalProblem::message() const
{
    if (component == 0)
        //: iCalendar import: %1 a problem of the file as a whole
        return QCoreApplication::translate("ICalendar", "In the file: %1").arg(sentence());
    if (!uid.isEmpty())
        //: iCalendar import: %1 the event's UID, %2 the problem
        return QCoreApplication::translate("ICalendar", "Event %1: %2").arg(uid, sentence());
    //: iCalendar import: %1 the component's position in the file (1, 2, ...), %2 the problem
    return QCoreApplication::translate("ICalendar", "Component %1: %2")
        .arg(QString::number(component), sentence());
}

QString icalRefusalText(const QString &code)
{
    if (code == QLatin1String("too-large"))
        //: iCalendar import refused: %1 the size limit in MiB
        return QCoreApplication::translate("ICalendar",
                                           "This file is larger than %1 MiB: it was not read.")
            .arg(kICalMaxFileOctets / (1024 * 1024));
    if (code == QLatin1String("not-a-calendar"))
        //: iCalendar import refused
        return QCoreApplication::translate("ICalendar",
                                           "This file is not an iCalendar (.ics) file.");
    //: iCalendar import refused: libical could not read it
    return QCoreApplication::translate("ICalendar", "This iCalendar file could not be read.");
}

} // namespace liaison
