#pragma once

#include <QString>

#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace liaison {

// How a field's value is typed and merged. Every field merges last-writer-wins by
// (hlc, device) except Scope, which only ever widens (centre < shared): a record that has been
// shared has already left the centre, so "narrowing" it back would be a lie.
enum class FieldType { Text, Int, Bool, Ref, Scope };

struct FieldDef
{
    const char *name;
    FieldType type;
};

// One entity kind of the op log and its materialised table.
struct EntityDef
{
    const char *name; // op "entity", e.g. "incident"
    const char *table; // materialised table, e.g. "incidents"
    const char *parentField; // child entities: the field naming the parent (or nullptr)
    const char *parentEntity;
    std::vector<FieldDef> fields;
    // A member list entry of its root (schema 6): its id is "ROOT-ID.ANALYST-ID", its fields
    // name the analyst and their centre, "removed" takes them off. The hub sends the root's
    // ops to the members it lists (docs/PROTOCOL.md, "Members").
    bool memberList = false;
    // A record of one analyst (read markers): it reaches that analyst's own devices only.
    bool perAnalyst = false;
    // A record that refers to a file (schema 7): its `sha256`, `size` and `media_type` fields
    // name a blob (docs/PROTOCOL.md §9), set by the record's first op and never changed. The
    // hub serves the blob to the devices that may receive such a record.
    bool blobRef = false;

    int fieldIndex(const QString &field) const;
    bool hasScope() const { return scopeIndex() >= 0; }
    int scopeIndex() const;
    bool isChild() const { return parentField != nullptr; }
    // A child with a scope of its own (a comment): it leaves its centre only when both it and
    // its root are shared. Other children follow their root.
    bool isScopedChild() const { return isChild() && hasScope(); }
    // The entity whose record owns this one's scope: itself for a root, else its parent's
    // root, through any depth (attachment -> message -> channel).
    const EntityDef &rootDef() const;
    // How deep it nests: 0 for a root, 1 for its children...
    int depth() const;
};

namespace entity {
inline constexpr char Incident[] = "incident";
inline constexpr char Indicator[] = "indicator";
inline constexpr char Comment[] = "comment";
inline constexpr char Task[] = "task";
inline constexpr char Assignee[] = "assignee";
inline constexpr char Tag[] = "tag";
inline constexpr char Channel[] = "channel";
inline constexpr char Message[] = "message";
inline constexpr char ReadMarker[] = "read_marker";
inline constexpr char Contact[] = "contact";
inline constexpr char Visit[] = "visit";
inline constexpr char Meeting[] = "meeting";
inline constexpr char Attendee[] = "attendee";
inline constexpr char Attachment[] = "attachment";
inline constexpr char IncidentMember[] = "incident_member";
inline constexpr char ChannelMember[] = "channel_member";
inline constexpr char Evidence[] = "evidence";
} // namespace entity

inline constexpr char kScopeCentre[] = "centre";
inline constexpr char kScopeShared[] = "shared";
// Only the analysts on the root's member list (direct messages, private channels); set at
// creation, never widened.
inline constexpr char kScopeMembers[] = "members";

// The member list entity of a root entity (nullptr when it has none).
const EntityDef *memberListOf(const EntityDef &root);

// The registry of every entity kind, in a fixed order (the state hash depends on it).
const std::vector<EntityDef> &entityDefs();
const EntityDef *findEntity(const QString &name);

} // namespace liaison
