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

    int fieldIndex(const QString &field) const;
    bool hasScope() const { return scopeIndex() >= 0; }
    int scopeIndex() const;
    bool isChild() const { return parentField != nullptr; }
    // A child with a scope of its own (a comment): it leaves its centre only when both it and
    // its root are shared. Other children follow their root.
    bool isScopedChild() const { return isChild() && hasScope(); }
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
} // namespace entity

inline constexpr char kScopeCentre[] = "centre";
inline constexpr char kScopeShared[] = "shared";

// The registry of every entity kind, in a fixed order (the state hash depends on it).
const std::vector<EntityDef> &entityDefs();
const EntityDef *findEntity(const QString &name);

} // namespace liaison
