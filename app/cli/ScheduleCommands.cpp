// liaison-cli's scheduler commands: calls, visits and their workflow, the list as a table or
// JSON, and iCalendar files (services/ScheduleExchange; docs/ICALENDAR.md).
#include "cli/ScheduleCommands.h"

#include "domain/DomainText.h"
#include "domain/TimeZones.h"
#include "services/ScheduleExchange.h"
#include "services/ScheduleService.h"
#include "storage/Database.h"
#include "sync/OpLog.h"
#include "workspace/Workspace.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QTimeZone>

#include <algorithm>

namespace liaison::cli {

namespace {

const QString kJson = QStringLiteral("--json");
const QString kReason = QStringLiteral("--reason");

// A refusal of the schedule as the UI words it (DomainText), after the stable field and code.
[[noreturn]] void refuse(const ValidationError &e)
{
    throw Failure(Exit::InvalidInput,
                  QStringLiteral("invalid input: %1 (%2): %3")
                      .arg(e.field(), e.code(), refusalText(e.field(), e.code())));
}

// The unlocked profile and its schedule.
struct ScheduleSession
{
    std::unique_ptr<Workspace> workspace;
    ScheduleService *schedule = nullptr;

    explicit ScheduleSession(const QString &dir, bool writes)
        : workspace(openWorkspace(dir))
        , schedule(&workspace->schedule())
    {
        if (writes && !workspace->opLog().identity().isEnrolled())
            throw std::runtime_error("this profile is not enrolled with a hub yet "
                                     "(liaison-cli enrol --hub URL --code CODE)");
    }

    bool isAnalyst(const QString &id) const
    {
        auto st = workspace->opLog().database().prepare("SELECT 1 FROM analysts WHERE id = ?1");
        st.bind(1, id);
        return st.step();
    }

    // --attendee ID as an attendee: a contact of this profile, an e-mail address, or an
    // analyst of the hub's directory (in that order).
    VisitAttendee attendee(const QString &id, const QString &role) const
    {
        VisitAttendee a;
        a.role = role;
        const QString value = id.trimmed();
        const auto contacts = schedule->contacts();
        if (std::any_of(contacts.begin(), contacts.end(),
                        [&](const Contact &c) { return c.id == value; }))
            a.contactId = value;
        else if (value.contains(QLatin1Char('@')))
            a.email = value;
        else if (isAnalyst(value))
            a.analystId = value;
        else
            throw Failure(Exit::InvalidInput,
                          QStringLiteral("invalid input: attendee (not-found): '%1' is not a "
                                         "contact, an analyst of the hub's directory or an "
                                         "e-mail address")
                              .arg(value));
        return a;
    }
};

QDate parseDate(const Options &opts, const QString &name)
{
    const QString text = opts.required(name);
    const QDate d = QDate::fromString(text, Qt::ISODate);
    if (!d.isValid())
        opts.fail(QStringLiteral("%1 takes a date such as 2027-03-10, not '%2'").arg(name, text));
    return d;
}

QString parseZone(const Options &opts, const QString &name, const QString &fallback = {})
{
    if (!opts.has(name))
        return fallback;
    const QString zone = opts.value(name);
    if (!isKnownZone(zone))
        opts.fail(QStringLiteral("%1 takes an IANA time zone such as America/Toronto, not '%2'")
                      .arg(name, zone));
    return zone;
}

// The zone a visit is planned in when --tz is not given: the host centre's.
QString hostZone(const QString &host)
{
    const QString h = host.toUpper();
    if (h == QLatin1String("CCIRC"))
        return QStringLiteral("America/Toronto");
    if (h == QLatin1String("USCERT") || h == QLatin1String("US-CERT"))
        return QStringLiteral("America/New_York");
    return QStringLiteral("UTC");
}

// Saves a new visit or call with its attendees (role, the --attendee values) and prints its id.
// Every attendee is resolved before anything is written.
Exit create(const QString &dir, const Visit &visit,
            const QList<QPair<QString, QStringList>> &attendees, bool json)
{
    ScheduleSession s(dir, true);
    QList<VisitAttendee> people;
    for (const auto &[role, ids] : attendees) {
        for (const QString &id : ids)
            people << s.attendee(id, role);
    }
    QString id;
    try {
        id = s.schedule->saveVisit(visit);
        for (const VisitAttendee &a : std::as_const(people))
            s.schedule->addAttendee(id, a);
    } catch (const ValidationError &e) {
        refuse(e);
    }
    if (json)
        printJson(QJsonDocument(QJsonObject {{"id", id}}));
    else
        out() << id << "\n";
    return Exit::Done;
}

Exit callAdd(const QString &dir, QStringList rest)
{
    const QStringList required = takeRepeated(rest, QStringLiteral("--attendee"));
    const QStringList optional = takeRepeated(rest, QStringLiteral("--optional"));
    const QString start = QStringLiteral("--start");
    const QString duration = QStringLiteral("--duration");
    const QString tz = QStringLiteral("--tz");
    const Options opts(rest, QStringLiteral("call add"),
                       {QStringLiteral("--title"), start, duration, tz, QStringLiteral("--link"),
                        QStringLiteral("--purpose")},
                       {kJson});
    Visit call;
    call.kind = QStringLiteral("call");
    call.title = opts.required(QStringLiteral("--title"));
    call.url = opts.value(QStringLiteral("--link"));
    call.purpose = opts.value(QStringLiteral("--purpose"));
    opts.required(tz);
    call.timezone = parseZone(opts, tz);
    // Date and time apart: a QDateTime would read them in this system's zone (and move a time
    // in its own spring-forward gap) before --tz is applied.
    const QStringList parts = opts.required(start).split(QLatin1Char('T'));
    const QDate day = QDate::fromString(parts.value(0), Qt::ISODate);
    const QTime time = QTime::fromString(parts.value(1), Qt::ISODate);
    if (parts.size() != 2 || !day.isValid() || !time.isValid())
        opts.fail(QStringLiteral("--start takes a wall time such as 2027-03-10T10:00 (no offset: "
                                 "the zone is --tz), not '%1'")
                      .arg(opts.value(start)));
    const auto utc = toUtc(day, time, call.timezone);
    if (!utc)
        throw Failure(Exit::InvalidInput,
                      QStringLiteral("invalid input: starts_at (gap): %1 does not exist in %2 "
                                     "(the clocks skip it when daylight saving time starts)")
                          .arg(opts.value(start), call.timezone));
    bool ok = false;
    const int minutes = opts.required(duration).toInt(&ok);
    if (!ok || minutes < 1 || minutes > 24 * 60)
        opts.fail(QStringLiteral("--duration takes minutes from 1 to 1440, not '%1'")
                      .arg(opts.value(duration)));
    call.startsAt = *utc;
    call.endsAt = utc->addSecs(qint64(minutes) * 60);
    return create(dir, call,
                  {{QStringLiteral("required"), required}, {QStringLiteral("optional"), optional}},
                  opts.has(kJson));
}

Exit visitAdd(const QString &dir, QStringList rest)
{
    const QStringList visitors = takeRepeated(rest, QStringLiteral("--visitor"));
    const QString host = QStringLiteral("--host");
    const Options opts(rest, QStringLiteral("visit add"),
                       {QStringLiteral("--title"), host, QStringLiteral("--from"),
                        QStringLiteral("--to"), QStringLiteral("--location"),
                        QStringLiteral("--purpose"), QStringLiteral("--tz")},
                       {kJson});
    Visit visit;
    visit.kind = QStringLiteral("in_person");
    visit.allDay = true;
    visit.title = opts.required(QStringLiteral("--title"));
    visit.hostCentre = opts.required(host).trimmed().toUpper();
    visit.startDate = parseDate(opts, QStringLiteral("--from"));
    visit.endDate = parseDate(opts, QStringLiteral("--to"));
    visit.location = opts.value(QStringLiteral("--location"));
    visit.purpose = opts.value(QStringLiteral("--purpose"));
    visit.timezone = parseZone(opts, QStringLiteral("--tz"), hostZone(visit.hostCentre));
    return create(dir, visit, {{QStringLiteral("visitor"), visitors}}, opts.has(kJson));
}

// visit propose|approve|confirm|complete|cancel ID, call confirm|cancel ID.
Exit workflowStep(const QString &dir, const QString &words, const QString &step,
                  const QStringList &rest)
{
    const bool cancel = step == QLatin1String("cancel");
    const Options opts(rest, words, cancel ? QStringList {kReason} : QStringList {}, {}, 1);
    const QString reason = cancel ? opts.required(kReason) : QString();
    ScheduleSession s(dir, true);
    const QString id = opts.positional(0);
    try {
        if (!s.schedule->visit(id))
            throw ValidationError(QStringLiteral("visit"), QStringLiteral("not-found"));
        if (step == QLatin1String("propose"))
            s.schedule->propose(id);
        else if (step == QLatin1String("approve"))
            s.schedule->approve(id);
        else if (step == QLatin1String("confirm"))
            s.schedule->confirm(id);
        else if (step == QLatin1String("complete"))
            s.schedule->complete(id);
        else
            s.schedule->cancel(id, reason);
    } catch (const ValidationError &e) {
        refuse(e);
    }
    out() << s.schedule->effectiveStatus(*s.schedule->visit(id)) << "\n";
    return Exit::Done;
}

// An instant in the event's zone, ISO 8601 with its offset ("2027-03-10T10:00:00-05:00").
QString isoInZone(const QDateTime &utc, const QString &zone)
{
    return inZone(utc, zone.isEmpty() ? QStringLiteral("UTC") : zone).toString(Qt::ISODate);
}

QJsonObject visitJson(const ScheduleService &schedule, const Visit &v)
{
    QJsonArray attendees;
    for (const VisitAttendee &a : schedule.attendeesOf(v.id))
        attendees.append(QJsonObject {{"id", a.id},
                                      {"analyst_id", a.analystId},
                                      {"contact_id", a.contactId},
                                      {"name", a.name},
                                      {"email", a.email},
                                      {"role", a.role},
                                      {"rsvp", a.rsvp}});
    QJsonArray approvals;
    for (const VisitApproval &p : schedule.approvals(v.id))
        approvals.append(QJsonObject {{"centre", p.centre},
                                      {"analyst_id", p.analystId},
                                      {"approved_at", p.approvedAt.toString(Qt::ISODate)}});
    QJsonObject o {{"id", v.id},
                   {"kind", v.kind},
                   {"title", v.title},
                   {"status", schedule.effectiveStatus(v)},
                   {"start", isoInZone(v.startsAt, v.timezone)},
                   {"end", isoInZone(v.endsAt, v.timezone)},
                   {"timezone", v.timezone},
                   {"all_day", v.allDay},
                   {"host", v.hostCentre},
                   {"location", v.location},
                   {"url", v.url},
                   {"sequence", v.sequence},
                   {"scope", v.scope},
                   {"attendees", attendees},
                   {"approvals", approvals}};
    if (v.allDay) {
        o.insert(QStringLiteral("start_date"), v.startDate.toString(Qt::ISODate));
        o.insert(QStringLiteral("end_date"), v.endDate.toString(Qt::ISODate));
    }
    if (!v.cancelReason.isEmpty())
        o.insert(QStringLiteral("cancel_reason"), v.cancelReason);
    return o;
}

Exit scheduleList(const QString &dir, const QStringList &rest)
{
    const QString from = QStringLiteral("--from");
    const QString to = QStringLiteral("--to");
    const Options opts(rest, QStringLiteral("schedule list"), {from, to, QStringLiteral("--tz")},
                       {kJson});
    if (opts.has(from) != opts.has(to))
        opts.fail(QStringLiteral("--from and --to go together"));
    const QString zoneId
        = parseZone(opts, QStringLiteral("--tz"), QString::fromUtf8(QTimeZone::systemTimeZoneId()));
    const QTimeZone zone(zoneId.toUtf8());
    QDate first;
    QDate last;
    if (opts.has(from)) {
        first = parseDate(opts, from);
        last = parseDate(opts, to);
        if (last < first)
            opts.fail(QStringLiteral("--to comes before --from"));
    }
    ScheduleSession s(dir, false);
    const QList<Visit> list = opts.has(from)
        ? s.schedule->visitsBetween(first.startOfDay(zone).toUTC(),
                                    last.addDays(1).startOfDay(zone).toUTC())
        : s.schedule->visits();
    if (opts.has(kJson)) {
        QJsonArray array;
        for (const Visit &v : list)
            array.append(visitJson(*s.schedule, v));
        printJson(QJsonDocument(array));
        return Exit::Done;
    }
    for (const Visit &v : list) {
        const QString when = v.allDay ? v.startDate.toString(Qt::ISODate) + QStringLiteral("..")
                + v.endDate.toString(Qt::ISODate)
                                      : isoInZone(v.startsAt, v.timezone);
        out() << v.id << "\t" << v.kind << "\t" << s.schedule->effectiveStatus(v) << "\t" << when
              << "\t" << v.timezone << "\t" << v.title << "\n";
    }
    return Exit::Done;
}

Exit scheduleExport(const QString &dir, const QStringList &rest)
{
    const QString method = QStringLiteral("--method");
    const Options opts(rest, QStringLiteral("schedule export"),
                       {QStringLiteral("--ics"), QStringLiteral("--id"), method});
    const QString path = QDir(opts.required(QStringLiteral("--ics"))).absolutePath();
    ICalMethod m = ICalMethod::Publish;
    if (opts.has(method)) {
        const QString value = opts.value(method);
        if (value == QLatin1String("request"))
            m = ICalMethod::Request;
        else if (value == QLatin1String("cancel"))
            m = ICalMethod::Cancel;
        else
            opts.fail(QStringLiteral("--method takes request or cancel, not '%1'").arg(value));
    }
    const QStringList ids = opts.has(QStringLiteral("--id"))
        ? QStringList {opts.value(QStringLiteral("--id"))}
        : QStringList {};
    ScheduleSession s(dir, false);
    ScheduleExchange exchange(*s.schedule);
    QString error;
    QList<CalendarEvent> events;
    try {
        events = exchange.events(ids);
    } catch (const ValidationError &e) {
        refuse(e);
    }
    if (!exchange.exportToFile(path, ids, m, &error))
        throw Failure(Exit::Failed, error);
    out() << events.size() << "\n";
    return Exit::Done;
}

Exit scheduleImport(const QString &dir, const QStringList &rest)
{
    const Options opts(rest, QStringLiteral("schedule import"),
                       {QStringLiteral("--ics"), QStringLiteral("--tz")}, {kJson});
    const QString path = QDir(opts.required(QStringLiteral("--ics"))).absolutePath();
    const QString zone
        = parseZone(opts, QStringLiteral("--tz"), QString::fromUtf8(QTimeZone::systemTimeZoneId()));
    ScheduleSession s(dir, true);
    const ScheduleImportReport report
        = ScheduleExchange(*s.schedule).importFile(path, QTimeZone(zone.toUtf8()));
    for (const QString &problem : report.problems)
        err() << "liaison-cli: " << problem << "\n";
    err().flush();
    if (report.refused)
        throw Failure(Exit::InvalidInput,
                      QStringLiteral("schedule import: nothing was taken from %1").arg(path));
    if (opts.has(kJson)) {
        printJson(
            QJsonDocument(QJsonObject {{"created", report.created},
                                       {"updated", report.updated},
                                       {"unchanged", report.unchanged},
                                       {"answers", report.answers},
                                       {"ids", QJsonArray::fromStringList(report.ids)},
                                       {"problems", QJsonArray::fromStringList(report.problems)}}));
    } else {
        out() << "created " << report.created << ", updated " << report.updated << ", unchanged "
              << report.unchanged << ", answers " << report.answers << ", not taken or changed "
              << report.problems.size() << "\n";
    }
    return Exit::Done;
}

} // namespace

Exit commandCall(const QString &dir, const QStringList &args)
{
    const QString sub = args.value(1);
    if (sub == QLatin1String("add"))
        return callAdd(dir, args.mid(2));
    if (sub == QLatin1String("confirm") || sub == QLatin1String("cancel"))
        return workflowStep(dir, QStringLiteral("call ") + sub, sub, args.mid(2));
    throw UsageError("call takes add, confirm or cancel");
}

Exit commandVisit(const QString &dir, const QStringList &args)
{
    const QString sub = args.value(1);
    if (sub == QLatin1String("add"))
        return visitAdd(dir, args.mid(2));
    for (const char *step : {"propose", "approve", "confirm", "complete", "cancel"}) {
        if (sub == QLatin1String(step))
            return workflowStep(dir, QStringLiteral("visit ") + sub, sub, args.mid(2));
    }
    throw UsageError("visit takes add, propose, approve, confirm, complete or cancel");
}

Exit commandSchedule(const QString &dir, const QStringList &args)
{
    const QString sub = args.value(1);
    if (sub == QLatin1String("list"))
        return scheduleList(dir, args.mid(2));
    if (sub == QLatin1String("export"))
        return scheduleExport(dir, args.mid(2));
    if (sub == QLatin1String("import"))
        return scheduleImport(dir, args.mid(2));
    throw UsageError("schedule takes list, export or import");
}

} // namespace liaison::cli
