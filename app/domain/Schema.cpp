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
    // Must match the materialised tables made by the migrations (tst_schema checks it).
    static const std::vector<EntityDef> defs = {
        {entity::Incident,
         "incidents",
         nullptr,
         nullptr,
         {{"title", T::Text},
          {"summary", T::Text},
          {"status", T::Text},
          {"severity", T::Text},
          {"tlp", T::Text},
          {"pap", T::Text},
          {"sector", T::Text},
          {"owner_centre", T::Text},
          {"scope", T::Scope},
          {"created_at", T::Int},
          {"deleted", T::Bool}}},
        {entity::Indicator,
         "indicators",
         "incident_id",
         entity::Incident,
         {{"incident_id", T::Ref},
          {"type", T::Text},
          {"value", T::Text},
          {"note", T::Text},
          {"deleted", T::Bool}}},
        {entity::Comment,
         "comments",
         "incident_id",
         entity::Incident,
         {{"incident_id", T::Ref},
          {"body", T::Text},
          {"kind", T::Text},
          {"occurred_at", T::Int},
          {"deleted", T::Bool},
          // A comment's own visibility (schema 5): "centre" stays in its author's centre even
          // when the incident is shared; only "shared" comments of a shared incident leave.
          {"scope", T::Scope}}},
        {entity::Task,
         "tasks",
         "incident_id",
         entity::Incident,
         {{"incident_id", T::Ref},
          {"title", T::Text},
          {"assignee", T::Text},
          {"due_date", T::Text},
          {"done", T::Bool},
          {"deleted", T::Bool}}},
        {entity::Assignee,
         "assignees",
         "incident_id",
         entity::Incident,
         {{"incident_id", T::Ref}, {"analyst_id", T::Text}, {"deleted", T::Bool}}},
        {entity::Tag,
         "tags",
         "incident_id",
         entity::Incident,
         {{"incident_id", T::Ref}, {"name", T::Text}, {"deleted", T::Bool}}},
        {entity::Channel,
         "channels",
         nullptr,
         nullptr,
         {{"name", T::Text},
          {"kind", T::Text},
          {"incident_id", T::Ref},
          {"owner_centre", T::Text},
          {"scope", T::Scope},
          {"deleted", T::Bool},
          // What a member added later receives: "all" (default) or "joined" (from then on).
          {"history", T::Text}}},
        {entity::Message,
         "messages",
         "channel_id",
         entity::Channel,
         {{"channel_id", T::Ref}, {"body", T::Text}, {"sent_at", T::Int}, {"deleted", T::Bool}}},
        {entity::ReadMarker,
         "read_markers",
         "channel_id",
         entity::Channel,
         {{"channel_id", T::Ref},
          {"analyst_id", T::Text},
          {"last_read_at", T::Int},
          // Schema 6: the last message read, by its place in the order every replica agrees
          // on: "HLC:DEVICE" of the message's first op (HLC as 16 lowercase hex digits).
          {"last_read", T::Text}},
         false,
         true},
        {entity::Contact,
         "contacts",
         nullptr,
         nullptr,
         {{"name", T::Text},
          {"organisation", T::Text},
          {"centre", T::Text},
          {"role", T::Text},
          {"email", T::Text},
          {"phone", T::Text},
          {"language", T::Text},
          {"timezone", T::Text},
          {"notes", T::Text},
          {"owner_centre", T::Text},
          {"scope", T::Scope},
          {"deleted", T::Bool}}},
        {entity::Visit,
         "visits",
         nullptr,
         nullptr,
         {{"title", T::Text},
          {"kind", T::Text},
          {"location", T::Text},
          {"starts_at", T::Int},
          {"ends_at", T::Int},
          {"timezone", T::Text},
          {"host_centre", T::Text},
          {"status", T::Text},
          {"notes", T::Text},
          {"owner_centre", T::Text},
          {"scope", T::Scope},
          {"deleted", T::Bool}}},
        {entity::Meeting,
         "meetings",
         "visit_id",
         entity::Visit,
         {{"visit_id", T::Ref},
          {"title", T::Text},
          {"starts_at", T::Int},
          {"ends_at", T::Int},
          {"timezone", T::Text},
          {"location", T::Text},
          {"dial_in", T::Text},
          {"deleted", T::Bool}}},
        {entity::Attendee,
         "attendees",
         "visit_id",
         entity::Visit,
         {{"visit_id", T::Ref}, {"contact_id", T::Ref}, {"deleted", T::Bool}}},
        // Schema 6: a file attached to a message (the blob itself is named by its SHA-256).
        {entity::Attachment,
         "attachments",
         "message_id",
         entity::Message,
         {{"message_id", T::Ref},
          {"name", T::Text},
          {"media_type", T::Text},
          {"size", T::Int},
          {"sha256", T::Text},
          {"deleted", T::Bool}},
         false,
         false,
         true},
        // Schema 6: named analysts who receive a record (TLP:RED shared with named people).
        {entity::IncidentMember,
         "incident_members",
         "incident_id",
         entity::Incident,
         {{"incident_id", T::Ref},
          {"analyst_id", T::Text},
          {"centre", T::Text},
          {"removed", T::Bool}},
         true},
        {entity::ChannelMember,
         "channel_members",
         "channel_id",
         entity::Channel,
         {{"channel_id", T::Ref},
          {"analyst_id", T::Text},
          {"centre", T::Text},
          {"removed", T::Bool}},
         true},
        // Schema 7: a file kept as evidence on an incident (the blob is named by its SHA-256).
        {entity::Evidence,
         "evidence",
         "incident_id",
         entity::Incident,
         {{"incident_id", T::Ref},
          {"name", T::Text},
          {"media_type", T::Text},
          {"size", T::Int},
          {"sha256", T::Text},
          {"deleted", T::Bool}},
         false,
         false,
         true},
    };
    return defs;
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
