#include "cli/IncidentCommands.h"
#include "cli/CliSession.h"

#include "domain/DomainText.h"
#include "domain/Enums.h"
#include "domain/IncidentReference.h"
#include "domain/IndicatorValidator.h"
#include "domain/Schema.h"
#include "services/IncidentService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace liaison::cli {

namespace {

template<typename E, typename Parse>
E parseChoice(const Options &opts, const QString &name, Parse parse, E fallback,
              const QString &choices)
{
    if (!opts.has(name))
        return fallback;
    E value {};
    if (!parse(opts.value(name), &value))
        opts.fail(QStringLiteral("%1 takes %2, not '%3'").arg(name, choices, opts.value(name)));
    return value;
}

const QString kSeverities = QStringLiteral("low|medium|high|critical");

QString referenceOf(const Incident &i)
{
    return incidentReference(i.ownerCentre, i.createdAt, i.id);
}

QJsonObject incidentJson(const Incident &i)
{
    return QJsonObject {{"id", i.id},         {"reference", referenceOf(i)},   {"title", i.title},
                        {"status", i.status}, {"severity", i.severity},        {"tlp", i.tlp},
                        {"sector", i.sector}, {"owner_centre", i.ownerCentre}, {"scope", i.scope}};
}

const QString kTlps = QStringLiteral("clear|green|amber|amber+strict|red");

Exit incidentAdd(const QString &dir, const QStringList &args)
{
    const QString json = QStringLiteral("--json");
    const QString shared = QStringLiteral("--shared");
    const Options opts(args, QStringLiteral("incident add"),
                       {QStringLiteral("--title"), QStringLiteral("--summary"),
                        QStringLiteral("--severity"), QStringLiteral("--tlp"),
                        QStringLiteral("--sector"), QStringLiteral("--id")},
                       {shared, json});
    IncidentDraft d;
    d.title = opts.required(QStringLiteral("--title"));
    d.summary = opts.value(QStringLiteral("--summary"));
    d.severity = parseChoice(opts, QStringLiteral("--severity"), parseSeverity, Severity::Medium,
                             kSeverities);
    d.tlp = parseChoice(opts, QStringLiteral("--tlp"), parseTlp, Tlp::Amber, kTlps);
    d.sector = opts.value(QStringLiteral("--sector"));
    d.id = opts.value(QStringLiteral("--id"));
    if (opts.has(QStringLiteral("--id")) && !IncidentService::isIncidentId(d.id))
        opts.fail(QStringLiteral("--id takes a UUID in lowercase without braces, e.g. "
                                 "0b8a2c9e-4f6d-4e1a-9c3b-7d5e6f708192"));
    const bool share = opts.has(shared);
    Session s(dir);
    s.requireEnrolled();
    QString id;
    bool created = true;
    bool isShared = share;
    if (!d.id.isEmpty()) {
        if (const auto existing = s.incidents->incident(d.id)) {
            // A retry of a run that got this far: the same incident, nothing new.
            const bool same = !existing->deleted && existing->title == d.title.simplified();
            const bool existingShared = existing->scope == QLatin1String(kScopeShared);
            if (!same)
                throw Failure(Exit::InvalidInput,
                              QStringLiteral("invalid input: id (exists): incident %1 already "
                                             "exists with another title, or was deleted")
                                  .arg(d.id));
            if (share && !existingShared)
                throw Failure(Exit::InvalidInput,
                              QStringLiteral("invalid input: id (exists): incident %1 already "
                                             "exists and is not shared (incident share --id %1)")
                                  .arg(d.id));
            id = d.id;
            created = false;
            isShared = existingShared;
        }
    }
    if (created)
        id = share ? s.incidents->createSharedIncident(d) : s.incidents->createIncident(d);
    if (opts.has(json))
        printJson(
            QJsonDocument(QJsonObject {{"id", id}, {"shared", isShared}, {"created", created}}));
    else
        out() << id << "\n";
    return Exit::Done;
}

Exit incidentSet(const QString &dir, const QStringList &args)
{
    const QString title = QStringLiteral("--title");
    const QString summary = QStringLiteral("--summary");
    const QString status = QStringLiteral("--status");
    const QString severity = QStringLiteral("--severity");
    const QString sector = QStringLiteral("--sector");
    const QString tlp = QStringLiteral("--tlp");
    const QString reason = QStringLiteral("--reason");
    const Options opts(args, QStringLiteral("incident set"),
                       {title, summary, status, severity, sector, tlp, reason}, {}, 1);
    if (opts.has(reason) && !opts.has(tlp))
        opts.fail(QStringLiteral("--reason goes with --tlp"));
    if (!opts.has(title) && !opts.has(summary) && !opts.has(status) && !opts.has(severity)
        && !opts.has(sector) && !opts.has(tlp))
        opts.fail(QStringLiteral("give at least one of --title, --summary, --status, --severity, "
                                 "--sector, --tlp"));
    // Every value is checked before anything is changed.
    const auto newStatus = parseChoice(opts, status, parseStatus, IncidentStatus::New,
                                       statusKeys().join(QLatin1Char('|')));
    const auto newSeverity
        = parseChoice(opts, severity, parseSeverity, Severity::Medium, kSeverities);
    const auto newTlp = parseChoice(opts, tlp, parseTlp, Tlp::Amber, kTlps);
    Session s(dir);
    s.requireEnrolled();
    const QString id = opts.positional(0);
    const Incident current = s.incident(id);
    if (opts.has(title) && opts.value(title).simplified().isEmpty())
        throw ValidationError(QStringLiteral("title"), QStringLiteral("required"));
    // Lowering AMBER+STRICT without a reason is refused before any field changes.
    Tlp from = Tlp::Amber;
    if (opts.has(tlp) && parseTlp(current.tlp, &from) && from == Tlp::AmberStrict
        && newTlp < Tlp::AmberStrict && opts.value(reason).trimmed().isEmpty())
        throw ValidationError(QStringLiteral("reason"), QStringLiteral("required"));
    // One transaction, only the values that differ (a rerun changes nothing); a refused value
    // changes nothing at all.
    IncidentEdit edit;
    if (opts.has(title))
        edit.title = opts.value(title);
    if (opts.has(summary))
        edit.summary = opts.value(summary);
    if (opts.has(status))
        edit.status = newStatus;
    if (opts.has(severity))
        edit.severity = newSeverity;
    if (opts.has(sector))
        edit.sector = opts.value(sector);
    if (opts.has(tlp)) {
        edit.tlp = newTlp;
        edit.tlpReason = opts.value(reason);
    }
    s.incidents->edit(id, edit);
    return Exit::Done;
}

} // namespace

Exit commandIncident(const QString &dir, const QStringList &args)
{
    const QString sub = args.value(1);
    const QStringList rest = args.mid(2);
    if (sub == QLatin1String("add"))
        return incidentAdd(dir, rest);
    if (sub == QLatin1String("set"))
        return incidentSet(dir, rest);
    if (sub == QLatin1String("share")) {
        const Options opts(rest, QStringLiteral("incident share"), {QStringLiteral("--id")});
        const QString id = opts.required(QStringLiteral("--id"));
        Session s(dir);
        s.requireEnrolled();
        s.incidents->share(id);
        return Exit::Done;
    }
    if (sub == QLatin1String("delete")) {
        const Options opts(rest, QStringLiteral("incident delete"), {}, {}, 1);
        Session s(dir);
        s.requireEnrolled();
        s.incidents->remove(opts.positional(0));
        return Exit::Done;
    }
    if (sub == QLatin1String("list")) {
        const Options opts(rest, QStringLiteral("incident list"), {}, {QStringLiteral("--json")});
        const bool json = opts.has(QStringLiteral("--json"));
        Session s(dir);
        QJsonArray list;
        for (const auto &i : s.incidents->incidents()) {
            if (json)
                list.append(incidentJson(i));
            else
                out() << i.id << "\t" << referenceOf(i) << "\t" << i.status << "\t" << i.severity
                      << "\t" << i.tlp << "\t" << i.scope << "\t" << i.ownerCentre << "\t"
                      << printable(i.title) << "\n";
        }
        if (json)
            printJson(QJsonDocument(list));
        return Exit::Done;
    }
    if (sub == QLatin1String("show")) {
        const Options opts(rest, QStringLiteral("incident show"), {}, {QStringLiteral("--json")},
                           1);
        Session s(dir);
        // By id, or by the reference read out on the phone ("ccirc-2026-7kq4mx").
        const QString wanted = opts.positional(0);
        const QString reference = normalizeIncidentReference(wanted);
        std::optional<Incident> found;
        if (reference.isEmpty()) {
            found = s.incidents->incident(wanted);
            if (found && found->deleted)
                found.reset();
        } else {
            for (const auto &i : s.incidents->incidents()) {
                if (referenceOf(i) == reference) {
                    found = i;
                    break;
                }
            }
        }
        if (!found)
            throw ValidationError(QStringLiteral("incident"), QStringLiteral("not-found"));
        if (opts.has(QStringLiteral("--json"))) {
            QJsonObject object = incidentJson(*found);
            object.insert(QLatin1String("summary"), found->summary);
            object.insert(QLatin1String("pap"), found->pap);
            printJson(QJsonDocument(object));
            return Exit::Done;
        }
        const Incident &i = *found;
        out() << "reference\t" << referenceOf(i) << "\n"
              << "id\t" << i.id << "\n"
              << "title\t" << printable(i.title) << "\n"
              << "status\t" << i.status << "\n"
              << "severity\t" << i.severity << "\n"
              << "tlp\t" << i.tlp << "\n"
              << "pap\t" << i.pap << "\n"
              << "sector\t" << i.sector << "\n"
              << "owner_centre\t" << i.ownerCentre << "\n"
              << "scope\t" << i.scope << "\n"
              << "summary\t" << printable(i.summary) << "\n";
        return Exit::Done;
    }
    throw UsageError("incident takes add, list, show, share, set or delete");
}

Exit commandIndicator(const QString &dir, const QStringList &args)
{
    const QString sub = args.value(1);
    const QStringList rest = args.mid(2);
    if (sub == QLatin1String("add")) {
        const Options opts(rest, QStringLiteral("indicator add"),
                           {QStringLiteral("--incident"), QStringLiteral("--type"),
                            QStringLiteral("--value"), QStringLiteral("--note"),
                            QStringLiteral("--tlp")},
                           {QStringLiteral("--ioc"), QStringLiteral("--sighted")});
        const QString incident = opts.required(QStringLiteral("--incident"));
        const QString value = opts.required(QStringLiteral("--value"));
        IndicatorType type {};
        if (!parseIndicatorType(opts.required(QStringLiteral("--type")), &type))
            opts.fail(QStringLiteral("--type takes %1, not '%2'")
                          .arg(indicatorTypeKeys().join(QLatin1Char('|')),
                               opts.value(QStringLiteral("--type"))));
        IncidentService::NewIndicator indicator {
            type, value, opts.value(QStringLiteral("--note")), {}};
        // Without --tlp: the incident's marking. Looser than the incident's is refused.
        if (opts.has(QStringLiteral("--tlp")))
            indicator.tlp = parseChoice(opts, QStringLiteral("--tlp"), parseTlp, Tlp::Amber, kTlps);
        indicator.ioc = opts.has(QStringLiteral("--ioc"));
        indicator.sighted = opts.has(QStringLiteral("--sighted"));
        Session s(dir);
        s.requireEnrolled();
        s.incident(incident);
        out() << s.incidents->addIndicator(incident, indicator) << "\n";
        return Exit::Done;
    }
    if (sub == QLatin1String("list")) {
        const Options opts(rest, QStringLiteral("indicator list"), {QStringLiteral("--incident")},
                           {QStringLiteral("--json")});
        const QString incident = opts.required(QStringLiteral("--incident"));
        Session s(dir);
        s.incident(incident);
        QJsonArray list;
        for (const auto &i : s.incidents->indicators(incident)) {
            if (opts.has(QStringLiteral("--json")))
                list.append(QJsonObject {{"id", i.id},
                                         {"incident_id", i.incidentId},
                                         {"type", i.type},
                                         {"value", i.value},
                                         {"note", i.note},
                                         {"tlp", i.effectiveTlp},
                                         {"ioc", i.ioc},
                                         {"sighted", i.sighted},
                                         {"stays_in_centre", i.staysInCentre()}});
            else
                out() << i.id << "\t" << i.type << "\t" << printable(i.value) << "\t"
                      << printable(i.note) << "\n";
        }
        if (opts.has(QStringLiteral("--json")))
            printJson(QJsonDocument(list));
        return Exit::Done;
    }
    throw UsageError("indicator takes add or list");
}

Exit commandComment(const QString &dir, const QStringList &args)
{
    if (args.value(1) != QLatin1String("add"))
        throw UsageError("comment takes add");
    const Options opts(args.mid(2), QStringLiteral("comment add"),
                       {QStringLiteral("--incident"), QStringLiteral("--text")},
                       {QStringLiteral("--shared")});
    const QString incident = opts.required(QStringLiteral("--incident"));
    const QString text = opts.required(QStringLiteral("--text"));
    Session s(dir);
    s.requireEnrolled();
    s.incident(incident);
    out() << s.incidents->addComment(incident, text,
                                     opts.has(QStringLiteral("--shared"))
                                         ? CommentVisibility::Shared
                                         : CommentVisibility::Internal)
          << "\n";
    return Exit::Done;
}

} // namespace liaison::cli
