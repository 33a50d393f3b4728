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

// What a field promises beyond its type (FieldDef::flags).
enum FieldFlag : unsigned {
    // In the full-text index (SearchIndex; its FTS4 tables and triggers come from the
    // migrations, and tst_services checks they index exactly these fields).
    Searchable = 1u << 0,
    // A record is made with it, not blank (text: not only spaces), and no edit blanks it.
    Required = 1u << 1,
};

// Longest text (QString::size(), UTF-16 code units) a local edit may write, by kind of field.
inline constexpr int kMaxLabel = 300; // titles, names, short identifiers
inline constexpr int kMaxText = 60000; // summaries, notes, comment bodies
inline constexpr int kMaxMessage = 16000; // a chat message
inline constexpr int kMaxTag = 64;
inline constexpr int kMaxChannelName = 100;

struct FieldDef
{
    const char *name;
    FieldType type;
    unsigned flags = 0;
    // Text: the most a local edit may write (0: no limit). The services refuse more
    // (ServiceBase::checkChange, "too-long"); a remote op over it is applied as it is, like any
    // other signed op, so that replicas of every version converge (docs/STORAGE.md, "Limits").
    int maxLength = 0;

    bool searchable() const { return (flags & Searchable) != 0; }
    bool required() const { return (flags & Required) != 0; }
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
    // Records shown in one order every replica agrees on (chat messages, schema 8): the
    // table keeps the (hlc, device) of the record's first op in its local columns _ohlc and
    // _odev (OpLog maintains them; an index makes a page of a channel one range scan).
    bool ordered = false;
    // A scoped child whose kind had no scope before (indicators until schema 10): a record
    // with no scope of its own follows its root, as it did when it was written, instead of
    // counting as internal (comments written before schema 5 count as internal).
    bool unscopedFollowsRoot = false;

    int fieldIndex(const QString &field) const;
    const FieldDef *field(const QString &fieldName) const;
    // The searchable fields' names, in field order, joined by ", " (empty: none).
    std::string searchableColumns() const;
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
inline constexpr char ChatDraft[] = "chat_draft";
inline constexpr char VisitApproval[] = "visit_approval";
inline constexpr char IncidentLink[] = "incident_link";
inline constexpr char IncidentTemplate[] = "incident_template";
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
// A field's maxLength (0 when the entity or field is unknown, or has none): what an input
// widget may limit itself to.
int maxLengthOf(const char *entity, const char *field);

} // namespace liaison
