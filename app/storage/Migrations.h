#pragma once

#include <vector>

namespace liaison {

class Database;

struct Migration
{
    int version;
    const char *sql;
};

const std::vector<Migration> &migrations();
inline int latestSchemaVersion()
{
    return static_cast<int>(migrations().size());
}

// Thrown when a profile was written by a newer Liaison than this one.
struct SchemaTooNew
{
    int found;
    int supported;
};

// Reads meta.schema_version (0 for an empty database).
int schemaVersion(Database &db);
// Applies every migration above the current version up to target, each in its own
// transaction that also records the new version. Throws SchemaTooNew, StorageError.
void migrate(Database &db, int target = latestSchemaVersion());

} // namespace liaison
