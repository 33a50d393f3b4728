#include "domain/Schema.h"

#include <string_view>

namespace liaison {

int EntityDef::fieldIndex(const QString &field) const
{
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (field == QLatin1String(fields[i].name))
            return static_cast<int>(i);
    }
    return -1;
}

const FieldDef *EntityDef::field(const QString &fieldName) const
{
    const int i = fieldIndex(fieldName);
    return i >= 0 ? &fields[std::size_t(i)] : nullptr;
}

std::string EntityDef::searchableColumns() const
{
    std::string out;
    for (const auto &f : fields) {
        if (f.searchable())
            out += (out.empty() ? "" : ", ") + std::string(f.name);
    }
    return out;
}

int EntityDef::scopeIndex() const
{
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (fields[i].type == FieldType::Scope)
            return static_cast<int>(i);
    }
    return -1;
}

const EntityDef &EntityDef::rootDef() const
{
    const EntityDef *def = this;
    for (int guard = 0; def->isChild() && guard < 8; ++guard) {
        const EntityDef *parent = findEntity(QString::fromLatin1(def->parentEntity));
        if (!parent)
            break;
        def = parent;
    }
    return *def;
}

int EntityDef::depth() const
{
    int depth = 0;
    const EntityDef *def = this;
    while (def->isChild() && depth < 8) {
        def = findEntity(QString::fromLatin1(def->parentEntity));
        if (!def)
            break;
        ++depth;
    }
    return depth;
}

const EntityDef *memberListOf(const EntityDef &root)
{
    for (const auto &def : entityDefs()) {
        if (def.memberList && def.parentEntity && root.name == std::string_view(def.parentEntity))
            return &def;
    }
    return nullptr;
}

const std::vector<EntityDef> &entityDefs()
{
    using T = FieldType;
    // The parent reference of a child, the scope and the owner centre are set when a record
    // is made: Required. Keys checked against their own lists (status, TLP, kind...) need no
    // length.
    constexpr unsigned Req = Required;
    constexpr unsigned Search = Searchable;
    // A record naming a blob (attachment, evidence): its parent, then the blob's name, type,
    // size and SHA-256 (docs/PROTOCOL.md §9; the hub reads "sha256" and "size").
    const auto blobFields = [](const char *parentField) {
        return std::vector<FieldDef> {{parentField, T::Ref, Req},
                                      {"name", T::Text, Req, kMaxLabel},
                                      {"media_type", T::Text, 0, kMaxLabel},
                                      {"size", T::Int},
                                      {"sha256", T::Text, Req, 64},
                                      {"deleted", T::Bool}};
    };
    // Must match the materialised tables made by the migrations (tst_oplog checks it).
    static const std::vector<EntityDef> defs = {
        {entity::Incident,
         "incidents",
         nullptr,
         nullptr,
         {{"title", T::Text, Req | Search, kMaxLabel},
          {"summary", T::Text, Search, kMaxText},
          {"status", T::Text, Req},
          {"severity", T::Text, Req},
          {"tlp", T::Text, Req},
          {"pap", T::Text},
          {"sector", T::Text, 0, kMaxLabel},
          {"owner_centre", T::Text, Req},
          {"scope", T::Scope, Req},
          {"created_at", T::Int},
          {"deleted", T::Bool},
          // Schema 10: who reported it (free text: a person or an organisation), and how it
          // was closed: when, the resolution (true_positive, false_positive, duplicate, other)
          // and a closing summary.
          {"reporter", T::Text, 0, kMaxLabel},
          {"closed_at", T::Int},
          {"resolution", T::Text},
          {"closing_summary", T::Text, 0, kMaxText}}},
        {entity::Indicator,
         "indicators",
         "incident_id",
         entity::Incident,
         {{"incident_id", T::Ref, Req},
          {"type", T::Text, Req},
          // IndicatorValidator refuses a longer value first, with a reason of its own.
          {"value", T::Text, Req | Search, 2048},
          {"note", T::Text, Search, kMaxText},
          {"deleted", T::Bool},
          // Schema 8: where it came from ("message:ID" for a chat message; "" typed in).
          {"source", T::Text, 0, kMaxLabel},
          // Schema 10: its own marking (as strict as its incident's or stricter), whether it is
          // an indicator of compromise and was sighted, when it was first and last seen (ms),
          // and its own scope: "shared" follows the incident, "centre" keeps it in its centre
          // (an indicator marked AMBER+STRICT, or RED in an incident that is not).
          {"tlp", T::Text},
          {"ioc", T::Bool},
          {"sighted", T::Bool},
          {"first_seen", T::Int},
          {"last_seen", T::Int},
          {"scope", T::Scope}},
         false,
         false,
         false,
         false,
         true},
        {entity::Comment,
         "comments",
         "incident_id",
         entity::Incident,
         {{"incident_id", T::Ref, Req},
          {"body", T::Text, Req | Search, kMaxText},
          {"kind", T::Text},
          {"occurred_at", T::Int},
          {"deleted", T::Bool},
          // A comment's own visibility (schema 5): "centre" stays in its author's centre even
          // when the incident is shared; only "shared" comments of a shared incident leave.
          {"scope", T::Scope, Req}}},
        {entity::Task,
         "tasks",
         "incident_id",
         entity::Incident,
         {{"incident_id", T::Ref, Req},
          {"title", T::Text, Req, kMaxLabel},
          {"assignee", T::Text, 0, kMaxLabel},
          {"due_date", T::Text},
          {"done", T::Bool},
          {"deleted", T::Bool}}},
        {entity::Assignee,
         "assignees",
         "incident_id",
         entity::Incident,
         {{"incident_id", T::Ref, Req},
          {"analyst_id", T::Text, Req, kMaxLabel},
          {"deleted", T::Bool}}},
        {entity::Tag,
         "tags",
         "incident_id",
         entity::Incident,
         {{"incident_id", T::Ref, Req}, {"name", T::Text, Req, kMaxTag}, {"deleted", T::Bool}}},
        {entity::Channel,
         "channels",
         nullptr,
         nullptr,
         {{"name", T::Text, Req, kMaxChannelName},
          {"kind", T::Text, Req},
          {"incident_id", T::Ref},
          {"owner_centre", T::Text, Req},
          {"scope", T::Scope, Req},
          {"deleted", T::Bool},
          // What a member added later receives: "all" (default) or "joined" (from then on).
          {"history", T::Text},
          // Schema 8: the marking its messages inherit (an incident's channel shows its
          // incident's), a line saying what it is for, and archived (read-only, out of the rail).
          {"tlp", T::Text},
          {"topic", T::Text, 0, kMaxLabel},
          {"archived", T::Bool}}},
        {entity::Message,
         "messages",
         "channel_id",
         entity::Channel,
         {{"channel_id", T::Ref, Req},
          {"body", T::Text, Req | Search, kMaxMessage},
          {"sent_at", T::Int},
          {"deleted", T::Bool},
          // Schema 8: the message it answers (same channel), the analysts it mentions
          // (space-separated ids, so that counts need no parsing), when its body was last
          // edited (the editor's wall clock, shown only), and the sender's IANA time zone.
          {"reply_to", T::Text, 0, kMaxLabel},
          {"mentions", T::Text, 0, kMaxText},
          {"edited_at", T::Int},
          {"sent_tz", T::Text, 0, 64}},
         false,
         false,
         false,
         true},
        {entity::ReadMarker,
         "read_markers",
         "channel_id",
         entity::Channel,
         {{"channel_id", T::Ref, Req},
          {"analyst_id", T::Text, Req},
          {"last_read_at", T::Int},
          // Schema 6: the last message read, by its place in the order every replica agrees
          // on: "HLC:DEVICE" of the message's first op (HLC as 16 lowercase hex digits).
          {"last_read", T::Text},
          // Schema 8: no notifications from this channel (the analyst's own choice).
          {"muted", T::Bool}},
         false,
         true},
        {entity::Contact,
         "contacts",
         nullptr,
         nullptr,
         {{"name", T::Text, Req, kMaxLabel},
          {"organisation", T::Text, 0, kMaxLabel},
          {"centre", T::Text, 0, kMaxLabel},
          {"role", T::Text, 0, kMaxLabel},
          {"email", T::Text, 0, kMaxLabel},
          {"phone", T::Text, 0, kMaxLabel},
          {"language", T::Text, 0, kMaxLabel},
          {"timezone", T::Text, 0, kMaxLabel},
          {"notes", T::Text, 0, kMaxText},
          {"owner_centre", T::Text, Req},
          {"scope", T::Scope, Req},
          {"deleted", T::Bool},
          // Schema 9: "1-5 09:00-17:00" (docs/SCHEDULE.md), and the contact's Liaison account.
          {"working_hours", T::Text, 0, kMaxLabel},
          {"analyst_id", T::Text, 0, kMaxLabel}}},
        {entity::Visit,
         "visits",
         nullptr,
         nullptr,
         {{"title", T::Text, Req, kMaxLabel},
          {"kind", T::Text, Req},
          {"location", T::Text, 0, kMaxLabel},
          {"starts_at", T::Int, Req},
          {"ends_at", T::Int, Req},
          {"timezone", T::Text, 0, kMaxLabel},
          {"host_centre", T::Text, 0, kMaxLabel},
          {"status", T::Text},
          {"notes", T::Text, 0, kMaxText},
          {"owner_centre", T::Text, Req},
          {"scope", T::Scope, Req},
          {"deleted", T::Bool},
          // Schema 9: all-day visits by date (YYYY-MM-DD, both included) with travel days;
          // calls keep starts_at/ends_at. The workflow's status, its sequence (iCalendar
          // SEQUENCE), why it was cancelled; links.
          {"all_day", T::Bool},
          {"start_date", T::Text, 0, kMaxLabel},
          {"end_date", T::Text, 0, kMaxLabel},
          {"travel_before", T::Int},
          {"travel_after", T::Int},
          {"purpose", T::Text, 0, kMaxText},
          {"url", T::Text, 0, kMaxLabel},
          {"incident_ids", T::Text, 0, kMaxText},
          {"channel_id", T::Text, 0, kMaxLabel},
          {"cancel_reason", T::Text, 0, kMaxText},
          {"sequence", T::Int},
          {"organiser", T::Text, 0, kMaxLabel}}},
        {entity::Meeting,
         "meetings",
         "visit_id",
         entity::Visit,
         {{"visit_id", T::Ref, Req},
          {"title", T::Text, Req, kMaxLabel},
          {"starts_at", T::Int, Req},
          {"ends_at", T::Int},
          {"timezone", T::Text, 0, kMaxLabel},
          {"location", T::Text, 0, kMaxLabel},
          {"dial_in", T::Text, 0, kMaxLabel},
          {"deleted", T::Bool},
          {"owner", T::Text, 0, kMaxLabel}}}, // schema 9: who leads the agenda item
        {entity::Attendee,
         "attendees",
         "visit_id",
         entity::Visit,
         {{"visit_id", T::Ref, Req},
          {"contact_id", T::Ref},
          {"deleted", T::Bool},
          // Schema 9: an analyst, a contact or an address; "visitor", "required" or
          // "optional"; the RSVP (needs-action, accepted, declined, tentative).
          {"analyst_id", T::Text, 0, kMaxLabel},
          {"name", T::Text, 0, kMaxLabel},
          {"email", T::Text, 0, kMaxLabel},
          {"role", T::Text, 0, kMaxLabel},
          {"rsvp", T::Text, 0, kMaxLabel}}},
        // Schema 6: a file attached to a message (the blob itself is named by its SHA-256).
        {entity::Attachment, "attachments", "message_id", entity::Message, blobFields("message_id"),
         false, false, true},
        // Schema 6: named analysts who receive a record (TLP:RED shared with named people).
        {entity::IncidentMember,
         "incident_members",
         "incident_id",
         entity::Incident,
         {{"incident_id", T::Ref, Req},
          {"analyst_id", T::Text, Req},
          {"centre", T::Text, Req},
          {"removed", T::Bool}},
         true},
        {entity::ChannelMember,
         "channel_members",
         "channel_id",
         entity::Channel,
         {{"channel_id", T::Ref, Req},
          {"analyst_id", T::Text, Req},
          {"centre", T::Text, Req},
          {"removed", T::Bool}},
         true},
        // Schema 7: a file kept as evidence on an incident (the blob is named by its SHA-256).
        {entity::Evidence, "evidence", "incident_id", entity::Incident, blobFields("incident_id"),
         false, false, true},
        // Schema 8: what an analyst was typing in a channel, following them to their other
        // devices (written when they leave the channel or lock, not on every key).
        {entity::ChatDraft,
         "chat_drafts",
         "channel_id",
         entity::Channel,
         {{"channel_id", T::Ref, Req},
          {"analyst_id", T::Text, Req},
          {"body", T::Text, 0, kMaxMessage},
          {"saved_at", T::Int}},
         false,
         true},
        // Schema 9: a centre's approval of a visit, by a team lead of that centre (the hub
        // refuses it from anyone else: not-a-lead). Id: VISIT_ID + "." + CENTRE.
        {entity::VisitApproval,
         "visit_approvals",
         "visit_id",
         entity::Visit,
         {{"visit_id", T::Ref, Req},
          {"centre", T::Text, Req},
          {"analyst_id", T::Text, Req},
          {"approved_at", T::Int},
          {"withdrawn", T::Bool}}},
        // Schema 10: a link from an incident to another: "related" or "duplicate_of" (this
        // incident duplicates the other); "merged_into" when it was merged into the other.
        // Its id is INCIDENT_ID + "." + OTHER_ID, so both ends writing it merge as one.
        {entity::IncidentLink,
         "incident_links",
         "incident_id",
         entity::Incident,
         {{"incident_id", T::Ref, Req},
          {"other_id", T::Text, Req, kMaxLabel},
          {"kind", T::Text, Req},
          {"note", T::Text, 0, kMaxText},
          {"deleted", T::Bool}}},
        // Schema 10: an incident template (preset severity, TLP, PAP, sector and tasks, one
        // per line), named in English and French; shared between centres like any root. Its
        // preset marking is "preset_tlp": a root's "tlp" is its own marking, which the hub
        // enforces, and a template is no more secret than its words.
        {entity::IncidentTemplate,
         "incident_templates",
         nullptr,
         nullptr,
         {{"name", T::Text, Req, kMaxLabel},
          {"name_fr", T::Text, 0, kMaxLabel},
          {"description", T::Text, 0, kMaxText},
          {"severity", T::Text},
          {"preset_tlp", T::Text},
          {"pap", T::Text},
          {"sector", T::Text, 0, kMaxLabel},
          {"tasks", T::Text, 0, kMaxText},
          {"tasks_fr", T::Text, 0, kMaxText},
          {"owner_centre", T::Text, Req},
          {"scope", T::Scope, Req},
          {"deleted", T::Bool}}},
    };
    return defs;
}

int maxLengthOf(const char *entityName, const char *fieldName)
{
    const EntityDef *def = findEntity(QString::fromLatin1(entityName));
    const FieldDef *f = def ? def->field(QString::fromLatin1(fieldName)) : nullptr;
    return f ? f->maxLength : 0;
}

const EntityDef *findEntity(const QString &name)
{
    for (const auto &def : entityDefs()) {
        if (name == QLatin1String(def.name))
            return &def;
    }
    return nullptr;
}

} // namespace liaison
