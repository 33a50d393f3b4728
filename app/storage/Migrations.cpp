#include "storage/Migrations.h"

#include "core/Logging.h"
#include "storage/Database.h"

namespace liaison {

// Each migration is frozen once released: later schema changes add a migration, they never
// edit an old one (profiles in the field were made by it, and tests/data holds fixtures).
const std::vector<Migration> &migrations()
{
    static const std::vector<Migration> all = {
        {1, R"SQL(
-- Schema 1: local identity, directory, op log, outbox and the materialised tables.
CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value) WITHOUT ROWID;
CREATE TABLE centres (
    code TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    country TEXT
) WITHOUT ROWID;
CREATE TABLE analysts (
    id TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    email TEXT,
    centre TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE devices (
    id TEXT PRIMARY KEY NOT NULL,
    public_key BLOB NOT NULL,
    analyst_id TEXT NOT NULL,
    centre TEXT NOT NULL,
    revoked INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
CREATE TABLE ops (
    id TEXT PRIMARY KEY NOT NULL,
    device TEXT NOT NULL,
    seq INTEGER NOT NULL,
    hlc INTEGER NOT NULL,
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    body BLOB NOT NULL,
    sig BLOB NOT NULL,
    hub_seq INTEGER
) WITHOUT ROWID;
CREATE INDEX ops_by_entity ON ops(entity, entity_id);
CREATE TABLE outbox (
    seq INTEGER PRIMARY KEY,
    op_id TEXT NOT NULL
);
CREATE TABLE incidents (
    id TEXT PRIMARY KEY NOT NULL,
    title TEXT,
    summary TEXT,
    status TEXT,
    severity TEXT,
    tlp TEXT,
    pap TEXT,
    sector TEXT,
    owner_centre TEXT,
    scope TEXT,
    created_at INTEGER,
    deleted INTEGER,
    _updated INTEGER NOT NULL DEFAULT 0,
    _clock BLOB NOT NULL
);
CREATE TABLE indicators (
    id TEXT PRIMARY KEY NOT NULL,
    incident_id TEXT,
    type TEXT,
    value TEXT,
    note TEXT,
    deleted INTEGER,
    _updated INTEGER NOT NULL DEFAULT 0,
    _clock BLOB NOT NULL
);
CREATE TABLE comments (
    id TEXT PRIMARY KEY NOT NULL,
    incident_id TEXT,
    body TEXT,
    kind TEXT,
    occurred_at INTEGER,
    deleted INTEGER,
    _updated INTEGER NOT NULL DEFAULT 0,
    _clock BLOB NOT NULL
);
CREATE TABLE tasks (
    id TEXT PRIMARY KEY NOT NULL,
    incident_id TEXT,
    title TEXT,
    assignee TEXT,
    due_date TEXT,
    done INTEGER,
    deleted INTEGER,
    _updated INTEGER NOT NULL DEFAULT 0,
    _clock BLOB NOT NULL
);
CREATE TABLE assignees (
    id TEXT PRIMARY KEY NOT NULL,
    incident_id TEXT,
    analyst_id TEXT,
    deleted INTEGER,
    _updated INTEGER NOT NULL DEFAULT 0,
    _clock BLOB NOT NULL
);
CREATE TABLE tags (
    id TEXT PRIMARY KEY NOT NULL,
    incident_id TEXT,
    name TEXT,
    deleted INTEGER,
    _updated INTEGER NOT NULL DEFAULT 0,
    _clock BLOB NOT NULL
);
CREATE TABLE channels (
    id TEXT PRIMARY KEY NOT NULL,
    name TEXT,
    kind TEXT,
    incident_id TEXT,
    owner_centre TEXT,
    scope TEXT,
    deleted INTEGER,
    _updated INTEGER NOT NULL DEFAULT 0,
    _clock BLOB NOT NULL
);
CREATE TABLE messages (
    id TEXT PRIMARY KEY NOT NULL,
    channel_id TEXT,
    body TEXT,
    sent_at INTEGER,
    deleted INTEGER,
    _updated INTEGER NOT NULL DEFAULT 0,
    _clock BLOB NOT NULL
);
CREATE TABLE read_markers (
    id TEXT PRIMARY KEY NOT NULL,
    channel_id TEXT,
    analyst_id TEXT,
    last_read_at INTEGER,
    _updated INTEGER NOT NULL DEFAULT 0,
    _clock BLOB NOT NULL
);
CREATE TABLE contacts (
    id TEXT PRIMARY KEY NOT NULL,
    name TEXT,
    organisation TEXT,
    centre TEXT,
    role TEXT,
    email TEXT,
    phone TEXT,
    language TEXT,
    timezone TEXT,
    notes TEXT,
    owner_centre TEXT,
    scope TEXT,
    deleted INTEGER,
    _updated INTEGER NOT NULL DEFAULT 0,
    _clock BLOB NOT NULL
);
CREATE TABLE visits (
    id TEXT PRIMARY KEY NOT NULL,
    title TEXT,
    kind TEXT,
    location TEXT,
    starts_at INTEGER,
    ends_at INTEGER,
    timezone TEXT,
    host_centre TEXT,
    status TEXT,
    notes TEXT,
    owner_centre TEXT,
    scope TEXT,
    deleted INTEGER,
    _updated INTEGER NOT NULL DEFAULT 0,
    _clock BLOB NOT NULL
);
CREATE TABLE meetings (
    id TEXT PRIMARY KEY NOT NULL,
    visit_id TEXT,
    title TEXT,
    starts_at INTEGER,
    ends_at INTEGER,
    timezone TEXT,
    location TEXT,
    dial_in TEXT,
    deleted INTEGER,
    _updated INTEGER NOT NULL DEFAULT 0,
    _clock BLOB NOT NULL
);
CREATE TABLE attendees (
    id TEXT PRIMARY KEY NOT NULL,
    visit_id TEXT,
    contact_id TEXT,
    deleted INTEGER,
    _updated INTEGER NOT NULL DEFAULT 0,
    _clock BLOB NOT NULL
);
)SQL"},
        {2, R"SQL(
-- Schema 2: full-text search (FTS4, external content) and lookups of children by parent.
CREATE INDEX indicators_by_incident ON indicators(incident_id);
CREATE INDEX comments_by_incident ON comments(incident_id);
CREATE INDEX tasks_by_incident ON tasks(incident_id);
CREATE INDEX assignees_by_incident ON assignees(incident_id);
CREATE INDEX tags_by_incident ON tags(incident_id);
CREATE INDEX messages_by_channel ON messages(channel_id, sent_at);
CREATE INDEX meetings_by_visit ON meetings(visit_id);
CREATE INDEX attendees_by_visit ON attendees(visit_id);
CREATE VIRTUAL TABLE incidents_fts USING fts4(content="incidents", title, summary);
INSERT INTO incidents_fts(docid, title, summary) SELECT rowid, title, summary FROM incidents;
CREATE TRIGGER incidents_fts_bu BEFORE UPDATE OF title, summary ON incidents BEGIN
    DELETE FROM incidents_fts WHERE docid = old.rowid;
END;
CREATE TRIGGER incidents_fts_bd BEFORE DELETE ON incidents BEGIN
    DELETE FROM incidents_fts WHERE docid = old.rowid;
END;
CREATE TRIGGER incidents_fts_au AFTER UPDATE OF title, summary ON incidents BEGIN
    INSERT INTO incidents_fts(docid, title, summary) VALUES (new.rowid, new.title, new.summary);
END;
CREATE TRIGGER incidents_fts_ai AFTER INSERT ON incidents BEGIN
    INSERT INTO incidents_fts(docid, title, summary) VALUES (new.rowid, new.title, new.summary);
END;
CREATE VIRTUAL TABLE indicators_fts USING fts4(content="indicators", value, note);
INSERT INTO indicators_fts(docid, value, note) SELECT rowid, value, note FROM indicators;
CREATE TRIGGER indicators_fts_bu BEFORE UPDATE OF value, note ON indicators BEGIN
    DELETE FROM indicators_fts WHERE docid = old.rowid;
END;
CREATE TRIGGER indicators_fts_bd BEFORE DELETE ON indicators BEGIN
    DELETE FROM indicators_fts WHERE docid = old.rowid;
END;
CREATE TRIGGER indicators_fts_au AFTER UPDATE OF value, note ON indicators BEGIN
    INSERT INTO indicators_fts(docid, value, note) VALUES (new.rowid, new.value, new.note);
END;
CREATE TRIGGER indicators_fts_ai AFTER INSERT ON indicators BEGIN
    INSERT INTO indicators_fts(docid, value, note) VALUES (new.rowid, new.value, new.note);
END;
CREATE VIRTUAL TABLE comments_fts USING fts4(content="comments", body);
INSERT INTO comments_fts(docid, body) SELECT rowid, body FROM comments;
CREATE TRIGGER comments_fts_bu BEFORE UPDATE OF body ON comments BEGIN
    DELETE FROM comments_fts WHERE docid = old.rowid;
END;
CREATE TRIGGER comments_fts_bd BEFORE DELETE ON comments BEGIN
    DELETE FROM comments_fts WHERE docid = old.rowid;
END;
CREATE TRIGGER comments_fts_au AFTER UPDATE OF body ON comments BEGIN
    INSERT INTO comments_fts(docid, body) VALUES (new.rowid, new.body);
END;
CREATE TRIGGER comments_fts_ai AFTER INSERT ON comments BEGIN
    INSERT INTO comments_fts(docid, body) VALUES (new.rowid, new.body);
END;
)SQL"},
    };
    return all;
}

int schemaVersion(Database &db)
{
    const bool hasMeta = db.scalarInt(
        "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'meta'");
    if (!hasMeta)
        return 0;
    return static_cast<int>(
        db.scalarInt("SELECT value FROM meta WHERE key = 'schema_version'", 0));
}

void migrate(Database &db, int target)
{
    const int current = schemaVersion(db);
    if (current > latestSchemaVersion())
        throw SchemaTooNew{current, latestSchemaVersion()};
    for (const auto &m : migrations()) {
        if (m.version <= current || m.version > target)
            continue;
        Transaction tx(db);
        db.exec(m.sql);
        auto &st = db.cached("INSERT OR IGNORE INTO meta(key, value) VALUES ('schema_version', ?1)");
        st.bind(1, m.version).exec();
        db.cached("UPDATE meta SET value = ?1 WHERE key = 'schema_version'").bind(1, m.version).exec();
        tx.commit();
        qCInfo(lcDb) << "migrated profile schema to version" << m.version;
    }
}

} // namespace liaison
