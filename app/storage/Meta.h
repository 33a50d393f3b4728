#pragma once

#include <QString>

namespace liaison {

class Database;

// The profile's meta table (key -> value): identity, hub, cursor, clock. writeMeta runs in
// the caller's transaction when there is one.
QString readMeta(Database &db, const char *key);
void writeMeta(Database &db, const char *key, const QString &value);

} // namespace liaison
