#include "DomainText.h"

#include "domain/Enums.h"
#include "domain/IndicatorValidator.h"

#include <QCoreApplication>

namespace liaison {

QString statusLabel(const QString &key)
{
    IncidentStatus status = IncidentStatus::New;
    if (!parseStatus(key, &status))
        return key;
    switch (status) {
    //: Incident status
    case IncidentStatus::New: return QCoreApplication::translate("DomainText", "New");
    //: Incident status
    case IncidentStatus::Triage: return QCoreApplication::translate("DomainText", "Triage");
    case IncidentStatus::Investigating:
        //: Incident status
        return QCoreApplication::translate("DomainText", "Investigating");
    //: Incident status
    case IncidentStatus::Mitigating: return QCoreApplication::translate("DomainText", "Mitigating");
    //: Incident status
    case IncidentStatus::Resolved: return QCoreApplication::translate("DomainText", "Resolved");
    //: Incident status
    case IncidentStatus::Closed: return QCoreApplication::translate("DomainText", "Closed");
    }
    return key;
}

QString severityLabel(const QString &key)
{
    Severity severity = Severity::Medium;
    if (!parseSeverity(key, &severity))
        return key;
    switch (severity) {
    //: Incident severity
    case Severity::Low: return QCoreApplication::translate("DomainText", "Low");
    //: Incident severity
    case Severity::Medium: return QCoreApplication::translate("DomainText", "Medium");
    //: Incident severity
    case Severity::High: return QCoreApplication::translate("DomainText", "High");
    //: Incident severity
    case Severity::Critical: return QCoreApplication::translate("DomainText", "Critical");
    }
    return key;
}

QString scopeLabel(const QString &key)
{
    if (key == QLatin1String("centre"))
        //: Scope: the record stays inside its owner centre
        return QCoreApplication::translate("DomainText", "Centre only");
    if (key == QLatin1String("shared"))
        //: Scope: both centres see the record
        return QCoreApplication::translate("DomainText", "Shared");
    if (key == QLatin1String("members"))
        //: Scope: only the analysts named on the record's member list
        return QCoreApplication::translate("DomainText", "Members only");
    return key;
}

QString tlpDisplay(const QString &key)
{
    Tlp tlp {};
    return parseTlp(key, &tlp) ? tlpLabel(tlp) : key;
}

QString indicatorTypeLabel(const QString &key)
{
    IndicatorType type {};
    if (!parseIndicatorType(key, &type))
        return key;
    switch (type) {
    case IndicatorType::IPv4: return QCoreApplication::translate("DomainText", "IPv4 address");
    case IndicatorType::IPv6: return QCoreApplication::translate("DomainText", "IPv6 address");
    case IndicatorType::Cidr: return QCoreApplication::translate("DomainText", "Network range");
    case IndicatorType::Domain: return QCoreApplication::translate("DomainText", "Domain");
    case IndicatorType::Url: return QCoreApplication::translate("DomainText", "URL");
    case IndicatorType::Email: return QCoreApplication::translate("DomainText", "Email address");
    case IndicatorType::Md5: return QStringLiteral("MD5");
    case IndicatorType::Sha1: return QStringLiteral("SHA-1");
    case IndicatorType::Sha256: return QStringLiteral("SHA-256");
    case IndicatorType::Cve: return QStringLiteral("CVE");
    case IndicatorType::FileName: return QCoreApplication::translate("DomainText", "File name");
    }
    return key;
}

QString entityLabel(const QString &entity)
{
    //: A kind of record, as named in the history and in messages
    if (entity == QLatin1String("incident"))
        return QCoreApplication::translate("DomainText", "Incident");
    if (entity == QLatin1String("indicator"))
        return QCoreApplication::translate("DomainText", "Indicator");
    if (entity == QLatin1String("comment"))
        return QCoreApplication::translate("DomainText", "Comment");
    if (entity == QLatin1String("task"))
        return QCoreApplication::translate("DomainText", "Task");
    if (entity == QLatin1String("assignee"))
        return QCoreApplication::translate("DomainText", "Assignment");
    if (entity == QLatin1String("tag"))
        return QCoreApplication::translate("DomainText", "Tag");
    if (entity == QLatin1String("evidence"))
        return QCoreApplication::translate("DomainText", "Evidence file");
    return QCoreApplication::translate("DomainText", "Record");
}

QString fieldLabel(const QString &entity, const QString &field)
{
    Q_UNUSED(entity);
    static const struct
    {
        const char *key;
        const char *label;
    } labels[] = {
        {"title", QT_TRANSLATE_NOOP("DomainText", "title")},
        {"summary", QT_TRANSLATE_NOOP("DomainText", "summary")},
        {"status", QT_TRANSLATE_NOOP("DomainText", "status")},
        {"severity", QT_TRANSLATE_NOOP("DomainText", "severity")},
        {"tlp", QT_TRANSLATE_NOOP("DomainText", "TLP marking")},
        {"pap", QT_TRANSLATE_NOOP("DomainText", "PAP marking")},
        {"sector", QT_TRANSLATE_NOOP("DomainText", "sector")},
        {"owner_centre", QT_TRANSLATE_NOOP("DomainText", "owner centre")},
        {"scope", QT_TRANSLATE_NOOP("DomainText", "visibility")},
        {"created_at", QT_TRANSLATE_NOOP("DomainText", "creation date")},
        {"deleted", QT_TRANSLATE_NOOP("DomainText", "deletion")},
        {"incident_id", QT_TRANSLATE_NOOP("DomainText", "incident")},
        {"type", QT_TRANSLATE_NOOP("DomainText", "type")},
        {"value", QT_TRANSLATE_NOOP("DomainText", "value")},
        {"note", QT_TRANSLATE_NOOP("DomainText", "note")},
        {"body", QT_TRANSLATE_NOOP("DomainText", "text")},
        {"kind", QT_TRANSLATE_NOOP("DomainText", "kind")},
        {"occurred_at", QT_TRANSLATE_NOOP("DomainText", "date")},
        {"assignee", QT_TRANSLATE_NOOP("DomainText", "assignee")},
        {"due_date", QT_TRANSLATE_NOOP("DomainText", "due date")},
        {"done", QT_TRANSLATE_NOOP("DomainText", "done")},
        {"analyst_id", QT_TRANSLATE_NOOP("DomainText", "analyst")},
        {"analyst", QT_TRANSLATE_NOOP("DomainText", "analyst")},
        {"name", QT_TRANSLATE_NOOP("DomainText", "name")},
        {"reason", QT_TRANSLATE_NOOP("DomainText", "reason")},
        // Every field the registry limits or requires has a name here (tst_services checks).
        {"channel_id", QT_TRANSLATE_NOOP("DomainText", "channel")},
        {"visit_id", QT_TRANSLATE_NOOP("DomainText", "visit")},
        {"contact_id", QT_TRANSLATE_NOOP("DomainText", "contact")},
        {"message_id", QT_TRANSLATE_NOOP("DomainText", "message")},
        {"starts_at", QT_TRANSLATE_NOOP("DomainText", "start")},
        {"ends_at", QT_TRANSLATE_NOOP("DomainText", "end")},
        {"centre", QT_TRANSLATE_NOOP("DomainText", "centre")},
        {"organisation", QT_TRANSLATE_NOOP("DomainText", "organisation")},
        {"role", QT_TRANSLATE_NOOP("DomainText", "role")},
        {"email", QT_TRANSLATE_NOOP("DomainText", "email address")},
        {"phone", QT_TRANSLATE_NOOP("DomainText", "phone number")},
        {"language", QT_TRANSLATE_NOOP("DomainText", "language")},
        {"timezone", QT_TRANSLATE_NOOP("DomainText", "time zone")},
        {"notes", QT_TRANSLATE_NOOP("DomainText", "note")},
        {"location", QT_TRANSLATE_NOOP("DomainText", "location")},
        {"host_centre", QT_TRANSLATE_NOOP("DomainText", "host centre")},
        {"dial_in", QT_TRANSLATE_NOOP("DomainText", "dial-in details")},
        {"media_type", QT_TRANSLATE_NOOP("DomainText", "file type")},
        {"size", QT_TRANSLATE_NOOP("DomainText", "size")},
        {"sha256", QT_TRANSLATE_NOOP("DomainText", "SHA-256")},
        {"source", QT_TRANSLATE_NOOP("DomainText", "source")},
        {"topic", QT_TRANSLATE_NOOP("DomainText", "topic")},
        {"reply_to", QT_TRANSLATE_NOOP("DomainText", "reply")},
        {"reply", QT_TRANSLATE_NOOP("DomainText", "reply")},
        {"mentions", QT_TRANSLATE_NOOP("DomainText", "mentions")},
        {"sent_tz", QT_TRANSLATE_NOOP("DomainText", "time zone")},
        {"members", QT_TRANSLATE_NOOP("DomainText", "members")},
        {"visibility", QT_TRANSLATE_NOOP("DomainText", "visibility")},
        {"channel", QT_TRANSLATE_NOOP("DomainText", "channel")},
        {"message", QT_TRANSLATE_NOOP("DomainText", "message")},
        // The scheduler (schema 9).
        {"working_hours", QT_TRANSLATE_NOOP("DomainText", "working hours")},
        {"start_date", QT_TRANSLATE_NOOP("DomainText", "first day")},
        {"end_date", QT_TRANSLATE_NOOP("DomainText", "last day")},
        {"purpose", QT_TRANSLATE_NOOP("DomainText", "purpose")},
        {"url", QT_TRANSLATE_NOOP("DomainText", "video or phone link")},
        {"incident_ids", QT_TRANSLATE_NOOP("DomainText", "linked incidents")},
        {"cancel_reason", QT_TRANSLATE_NOOP("DomainText", "reason for cancelling")},
        {"organiser", QT_TRANSLATE_NOOP("DomainText", "organiser")},
        {"owner", QT_TRANSLATE_NOOP("DomainText", "owner")},
        {"rsvp", QT_TRANSLATE_NOOP("DomainText", "answer")},
        {"travel", QT_TRANSLATE_NOOP("DomainText", "travel days")},
        {"visit", QT_TRANSLATE_NOOP("DomainText", "visit")},
        {"attendee", QT_TRANSLATE_NOOP("DomainText", "attendee")},
        {"approval", QT_TRANSLATE_NOOP("DomainText", "approval")},
        // The board (schema 10).
        {"reporter", QT_TRANSLATE_NOOP("DomainText", "reporter")},
        {"closed_at", QT_TRANSLATE_NOOP("DomainText", "closing date")},
        {"resolution", QT_TRANSLATE_NOOP("DomainText", "resolution")},
        {"closing_summary", QT_TRANSLATE_NOOP("DomainText", "closing summary")},
        {"ioc", QT_TRANSLATE_NOOP("DomainText", "indicator of compromise")},
        {"sighted", QT_TRANSLATE_NOOP("DomainText", "sighted")},
        {"first_seen", QT_TRANSLATE_NOOP("DomainText", "first seen")},
        {"last_seen", QT_TRANSLATE_NOOP("DomainText", "last seen")},
        {"other_id", QT_TRANSLATE_NOOP("DomainText", "linked incident")},
        {"name_fr", QT_TRANSLATE_NOOP("DomainText", "French name")},
        {"description", QT_TRANSLATE_NOOP("DomainText", "description")},
        {"preset_tlp", QT_TRANSLATE_NOOP("DomainText", "TLP marking")},
        {"tasks", QT_TRANSLATE_NOOP("DomainText", "tasks")},
        {"tasks_fr", QT_TRANSLATE_NOOP("DomainText", "French tasks")},
    };
    for (const auto &l : labels) {
        if (field == QLatin1String(l.key))
            return QCoreApplication::translate("DomainText", l.label);
    }
    //: A field this version of Liaison does not know by name
    return QCoreApplication::translate("DomainText", "another field");
}

namespace {
// Refusals of the chat service (field and code), in the words of a channel.
QString chatRefusal(const QString &fieldName, const QString &code)
{
    const auto is = [&](const char *field, const char *c) {
        return fieldName == QLatin1String(field) && code == QLatin1String(c);
    };
    if (is("visibility", "share-forbidden"))
        return QCoreApplication::translate(
            "DomainText",
            "A channel marked TLP:AMBER+STRICT or TLP:RED cannot be shared with a whole centre: "
            "make it members-only or keep it inside your centre.");
    if (is("members", "share-forbidden-amber-strict"))
        return QCoreApplication::translate(
            "DomainText",
            "This channel is marked TLP:AMBER+STRICT: it cannot have members from another "
            "centre.");
    if (is("members", "unknown-analyst"))
        return QCoreApplication::translate("DomainText",
                                           "This analyst is not in the hub's directory.");
    if (is("members", "self"))
        return QCoreApplication::translate("DomainText",
                                           "A direct conversation needs another analyst.");
    if (is("members", "not-member"))
        return QCoreApplication::translate(
            "DomainText",
            "Only the channel's members, or its own centre for a channel that is "
            "not members-only, can change who is in it.");
    if (is("members", "follows-incident") || is("tlp", "follows-incident"))
        return QCoreApplication::translate(
            "DomainText",
            "An incident's channel follows its incident: change who the incident "
            "is shared with, or its marking, instead.");
    if (is("members", "direct"))
        return QCoreApplication::translate(
            "DomainText",
            "A direct conversation is between two analysts: make a channel to "
            "talk with more.");
    if (is("channel", "archived"))
        return QCoreApplication::translate("DomainText",
                                           "This channel is archived: nothing can be written "
                                           "to it.");
    if (is("channel", "not-member"))
        return QCoreApplication::translate("DomainText",
                                           "You are no longer a member of this channel: "
                                           "nothing can be written to it.");
    if (is("channel", "bridge"))
        return QCoreApplication::translate("DomainText",
                                           "The bridge between the centres cannot be archived.");
    if (is("channel", "not-owner"))
        return QCoreApplication::translate("DomainText",
                                           "Only the centre that made this channel can change "
                                           "this.");
    if (is("message", "not-author"))
        return QCoreApplication::translate("DomainText",
                                           "Only its author can change or delete a message.");
    if (is("message", "deleted"))
        return QCoreApplication::translate("DomainText", "This message was deleted.");
    if (is("file", "too-large"))
        return QCoreApplication::translate("DomainText",
                                           "The file is larger than the hub accepts.");
    if (is("file", "unreadable"))
        return QCoreApplication::translate("DomainText", "The file could not be read.");
    if (is("attachment", "not-author"))
        return QCoreApplication::translate("DomainText",
                                           "Only the analyst who sent a file can take it back.");
    if (is("attachment", "sent"))
        return QCoreApplication::translate(
            "DomainText", "This file has already reached the hub: it can no longer be cancelled.");
    return {};
}
} // namespace

// Refusals of the scheduler's workflow (ScheduleService), in the words of a team lead.
QString scheduleRefusal(const QString &fieldName, const QString &code)
{
    const auto is = [&](const char *field, const char *c) {
        return fieldName == QLatin1String(field) && code == QLatin1String(c);
    };
    if (is("approval", "not-a-lead"))
        return QCoreApplication::translate(
            "DomainText",
            "Only a team lead approves a visit, for their own centre. The hub's "
            "administrator names the team leads.");
    if (is("status", "not-draft"))
        return QCoreApplication::translate("DomainText", "Only a visit in draft can be proposed.");
    if (is("status", "not-proposed"))
        return QCoreApplication::translate(
            "DomainText", "Propose the visit first: team leads approve a proposed visit.");
    if (is("status", "not-approved"))
        return QCoreApplication::translate(
            "DomainText",
            "A team lead of each centre taking part must approve the visit before it is "
            "confirmed.");
    if (is("status", "not-tentative"))
        return QCoreApplication::translate("DomainText",
                                           "This call is already confirmed or cancelled.");
    if (is("status", "not-confirmed"))
        return QCoreApplication::translate("DomainText",
                                           "Only a confirmed visit can be marked completed.");
    if (is("status", "closed"))
        return QCoreApplication::translate(
            "DomainText", "This visit or call is completed or cancelled: it cannot change.");
    if (is("end_date", "before-start") || is("ends_at", "before-start"))
        return QCoreApplication::translate("DomainText", "The end comes before the start.");
    if (is("end_date", "out-of-range"))
        return QCoreApplication::translate("DomainText", "A visit lasts at most a year.");
    if (is("travel", "out-of-range"))
        return QCoreApplication::translate("DomainText",
                                           "Travel takes from 0 to 14 days on each side.");
    if (is("working_hours", "invalid"))
        return QCoreApplication::translate(
            "DomainText",
            "Write the working hours as days and times, e.g. “1-5 09:00-17:00” (Monday to "
            "Friday, 1 is Monday).");
    if (is("starts_at", "outside-visit"))
        return QCoreApplication::translate(
            "DomainText",
            "An agenda item takes place during the visit, from its first to its last day.");
    if (is("visit", "mismatch"))
        return QCoreApplication::translate("DomainText",
                                           "An agenda item cannot move to another visit.");
    if (is("attendee", "required"))
        return QCoreApplication::translate(
            "DomainText", "Name an analyst, a contact or an e-mail address for the attendee.");
    return {};
}

namespace {
// Refusals of the indicator rules (IncidentService): markings, dates.
QString indicatorRuleRefusal(const QString &fieldName, const QString &code)
{
    if (fieldName == QLatin1String("tlp") && code == QLatin1String("looser-than-incident"))
        return QCoreApplication::translate(
            "DomainText",
            "An indicator is marked as strictly as its incident or more strictly, never less: "
            "pick the incident's marking or a stricter one.");
    if (fieldName == QLatin1String("last_seen") && code == QLatin1String("before-first-seen"))
        return QCoreApplication::translate("DomainText",
                                           "The indicator was last seen before it was first "
                                           "seen: check the two dates.");
    return {};
}
} // namespace

QString refusalText(const QString &fieldName, const QString &code)
{
    if (const QString indicator = indicatorRuleRefusal(fieldName, code); !indicator.isEmpty())
        return indicator;
    if (const QString chat = chatRefusal(fieldName, code); !chat.isEmpty())
        return chat;
    if (const QString schedule = scheduleRefusal(fieldName, code); !schedule.isEmpty())
        return schedule;
    if (code == QLatin1String("share-forbidden-amber-strict"))
        return QCoreApplication::translate(
            "DomainText",
            "This incident is marked TLP:AMBER+STRICT: it stays inside your centre and "
            "cannot be shared. The owner centre may lower the marking to TLP:AMBER, with "
            "a reason, and share it then.");
    if (code == QLatin1String("share-forbidden-red"))
        return QCoreApplication::translate(
            "DomainText",
            "This incident is marked TLP:RED: it is for named people only and is never "
            "shared with a whole centre.");
    if (code == QLatin1String("not-own"))
        return QCoreApplication::translate("DomainText",
                                           "Only the centre that wrote this comment can share it.");
    if (code == QLatin1String("not-shared"))
        return QCoreApplication::translate(
            "DomainText", "Share the incident first: its comments can only follow it.");
    if (code == QLatin1String("not-owner"))
        return QCoreApplication::translate("DomainText",
                                           "Only the centre that owns this incident can share it.");
    const QString field = fieldLabel({}, fieldName);
    //: %1 is a field name, e.g. "title"
    if (code == QLatin1String("required"))
        return QCoreApplication::translate("DomainText", "The %1 is required.").arg(field);
    //: %1 is a field name, e.g. "summary"
    if (code == QLatin1String("too-long"))
        return QCoreApplication::translate("DomainText", "The %1 is too long.").arg(field);
    if (code == QLatin1String("not-found"))
        return QCoreApplication::translate("DomainText",
                                           "It no longer exists: someone may have deleted it.");
    if (code == QLatin1String("out-of-range"))
        //: %1 is a field name, e.g. "due date"
        return QCoreApplication::translate("DomainText", "The %1 is out of range.").arg(field);
    //: %1 is a field name, e.g. "sector"
    return QCoreApplication::translate("DomainText", "The %1 is not valid.").arg(field);
}

QString indicatorRefusal(const QString &code)
{
    //: Why an indicator was refused
    if (code == QLatin1String("empty"))
        return QCoreApplication::translate("DomainText", "empty");
    if (code == QLatin1String("too-long"))
        return QCoreApplication::translate("DomainText", "too long");
    if (code == QLatin1String("not-ipv4"))
        return QCoreApplication::translate("DomainText", "not an IPv4 address");
    if (code == QLatin1String("invalid-ipv4"))
        //: Why an indicator was refused: four numbers separated by dots, but one is above 255
        //: or has a leading zero
        return QCoreApplication::translate("DomainText",
                                           "an invalid IPv4 address (four numbers from 0 to "
                                           "255, without leading zeros)");
    if (code == QLatin1String("is-ipv4"))
        return QCoreApplication::translate("DomainText", "an IPv4 address, not a domain name");
    if (code == QLatin1String("not-ipv6"))
        return QCoreApplication::translate("DomainText", "not an IPv6 address");
    if (code == QLatin1String("not-cidr") || code == QLatin1String("bad-prefix"))
        return QCoreApplication::translate("DomainText", "not a network range (CIDR)");
    if (code == QLatin1String("not-domain"))
        return QCoreApplication::translate("DomainText", "not a domain name");
    if (code == QLatin1String("not-url"))
        return QCoreApplication::translate("DomainText", "not a URL");
    if (code == QLatin1String("not-email"))
        return QCoreApplication::translate("DomainText", "not an email address");
    if (code == QLatin1String("wrong-length") || code == QLatin1String("not-hex"))
        return QCoreApplication::translate("DomainText", "not a hash of this type");
    if (code == QLatin1String("not-cve"))
        return QCoreApplication::translate("DomainText", "not a CVE identifier");
    if (code == QLatin1String("not-filename"))
        return QCoreApplication::translate("DomainText", "not a file name");
    if (code == QLatin1String("duplicate"))
        return QCoreApplication::translate("DomainText", "already in this incident");
    if (code == QLatin1String("not-saved"))
        return QCoreApplication::translate("DomainText", "could not be saved");
    return QCoreApplication::translate("DomainText", "of no known type");
}

QString releaseSentence(const QString &body, const QString &author)
{
    if (body.startsWith(QLatin1String("share-comments "))) {
        const QString tlp
            = tlpDisplay(body.section(QStringLiteral(" tlp:"), 1).section(QLatin1Char(' '), 0, 0));
        const int count = body.section(QStringLiteral(" comments:"), 1).toInt();
        //: Timeline: %1 analyst, %2 TLP label; %n comments let out later
        return QCoreApplication::translate(
                   "DomainText", "%1 shared %n comment(s) with the counterpart centre (%2).",
                   nullptr, count)
            .arg(author, tlp);
    }
    if (body.startsWith(QLatin1String("tlp tlp:"))) {
        // "tlp tlp:FROM tlp:TO" and the reason on the next line.
        const QString head = body.section(QLatin1Char('\n'), 0, 0);
        const QString reason = body.section(QLatin1Char('\n'), 1);
        const QString from = tlpDisplay(head.section(QStringLiteral(" tlp:"), 1, 1));
        const QString to = tlpDisplay(head.section(QStringLiteral(" tlp:"), 2, 2));
        if (reason.isEmpty())
            //: %1 analyst, %2 and %3 TLP labels
            return QCoreApplication::translate("DomainText",
                                               "%1 changed the marking from %2 to %3.")
                .arg(author, from, to);
        //: %1 analyst, %2 and %3 TLP labels, %4 the reason they gave
        return QCoreApplication::translate("DomainText",
                                           "%1 changed the marking from %2 to %3. Reason: %4")
            .arg(author, from, to, reason);
    }
    const QString action = body.section(QLatin1Char(' '), 0, 0);
    const QString tlp
        = tlpDisplay(body.section(QStringLiteral(" tlp:"), 1).section(QLatin1Char(' '), 0, 0));
    const int sharedComments
        = body.section(QStringLiteral(" comments:"), 1).section(QLatin1Char(' '), 0, 0).toInt();
    if (action == QLatin1String("share-named") || action == QLatin1String("unshare-named")) {
        const QString ids
            = body.section(QStringLiteral(" analysts:"), 1).section(QLatin1Char(' '), 0, 0);
        const int people = int(ids.split(QLatin1Char(','), Qt::SkipEmptyParts).size());
        if (action == QLatin1String("share-named"))
            //: Timeline: %1 analyst, %2 TLP label; %n people of the other centres named
            return QCoreApplication::translate(
                       "DomainText", "%1 shared this incident with %n named person(s) (%2).",
                       nullptr, people)
                .arg(author, tlp);
        //: Timeline: %1 analyst; %n people taken off the incident's list
        return QCoreApplication::translate(
                   "DomainText", "%1 stopped sharing this incident with %n named person(s).",
                   nullptr, people)
            .arg(author);
    }
    if (action == QLatin1String("share") && sharedComments > 0)
        //: Timeline: %1 analyst, %2 TLP label; %n comments picked to go with it
        return QCoreApplication::translate("DomainText",
                                           "%1 shared this incident with the counterpart centre "
                                           "(%2), with %n of its comments.",
                                           nullptr, sharedComments)
            .arg(author, tlp);
    if (action == QLatin1String("share"))
        //: Timeline: %1 analyst, %2 TLP label
        return QCoreApplication::translate(
                   "DomainText", "%1 shared this incident with the counterpart centre (%2).")
            .arg(author, tlp);
    if (action == QLatin1String("export-stix"))
        return QCoreApplication::translate("DomainText",
                                           "%1 exported this incident as STIX 2.1 (%2).")
            .arg(author, tlp);
    if (action == QLatin1String("export-csv"))
        return QCoreApplication::translate("DomainText", "%1 exported this incident as CSV (%2).")
            .arg(author, tlp);
    if (action == QLatin1String("save-evidence"))
        //: Timeline: %1 analyst, %2 TLP label
        return QCoreApplication::translate(
                   "DomainText", "%1 saved an evidence file of this incident to disk (%2).")
            .arg(author, tlp);
    if (action == QLatin1String("open-evidence"))
        //: Timeline: %1 analyst, %2 TLP label
        return QCoreApplication::translate(
                   "DomainText",
                   "%1 opened an evidence file of this incident in another program (%2).")
            .arg(author, tlp);
    if (action == QLatin1String("save-attachment"))
        //: Timeline: %1 analyst, %2 TLP label
        return QCoreApplication::translate(
                   "DomainText", "%1 saved a file of this incident's channel to disk (%2).")
            .arg(author, tlp);
    if (action == QLatin1String("open-attachment"))
        //: Timeline: %1 analyst, %2 TLP label
        return QCoreApplication::translate(
                   "DomainText",
                   "%1 opened a file of this incident's channel in another program (%2).")
            .arg(author, tlp);
    const int copiedIndicators
        = body.section(QStringLiteral(" indicators:"), 1).section(QLatin1Char(' '), 0, 0).toInt();
    if (action == QLatin1String("copy-out") && copiedIndicators > 0)
        //: Timeline: %1 analyst, %2 the strictest TLP label among what was copied
        return QCoreApplication::translate(
                   "DomainText", "%1 copied %n indicator(s) of this incident out of Liaison (%2).",
                   nullptr, copiedIndicators)
            .arg(author, tlp);
    if (action == QLatin1String("copy-out"))
        return QCoreApplication::translate("DomainText",
                                           "%1 copied this incident out of Liaison (%2).")
            .arg(author, tlp);
    return body;
}

} // namespace liaison
