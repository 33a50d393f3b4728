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
-- The log is append-only: a rowid table keeps its pages full and in order; id is unique.
CREATE TABLE ops (
    id TEXT NOT NULL UNIQUE,
    hlc INTEGER NOT NULL,
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    body BLOB NOT NULL,
    sig BLOB NOT NULL,
    hub_seq INTEGER
);
CREATE INDEX ops_by_entity ON ops(entity_id, entity);
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
-- Schema 2: lookups of children by parent, and full-text search (FTS4).
-- The search index is derived and refreshed lazily: triggers only note which rows changed in
-- search_pending (a few bytes per edit); SearchIndex::refresh() re-indexes them before a search
-- and when the app is idle. The FTS tables keep their own copy of the text (not external
-- content) so that a row can be removed from the index after its text has changed.
CREATE INDEX indicators_by_incident ON indicators(incident_id);
CREATE INDEX comments_by_incident ON comments(incident_id);
CREATE INDEX tasks_by_incident ON tasks(incident_id);
CREATE INDEX assignees_by_incident ON assignees(incident_id);
CREATE INDEX tags_by_incident ON tags(incident_id);
CREATE INDEX messages_by_channel ON messages(channel_id, sent_at);
CREATE INDEX meetings_by_visit ON meetings(visit_id);
CREATE INDEX attendees_by_visit ON attendees(visit_id);
CREATE TABLE search_pending (tbl TEXT NOT NULL, row INTEGER NOT NULL, PRIMARY KEY (tbl, row)) WITHOUT ROWID;
CREATE VIRTUAL TABLE incidents_fts USING fts4(title, summary, tokenize=unicode61);
INSERT INTO search_pending(tbl, row) SELECT 'incidents', rowid FROM incidents;
CREATE TRIGGER incidents_search_ai AFTER INSERT ON incidents BEGIN
    INSERT OR IGNORE INTO search_pending(tbl, row) VALUES ('incidents', new.rowid);
END;
CREATE TRIGGER incidents_search_au AFTER UPDATE OF title, summary, deleted ON incidents BEGIN
    INSERT OR IGNORE INTO search_pending(tbl, row) VALUES ('incidents', new.rowid);
END;
CREATE TRIGGER incidents_search_ad AFTER DELETE ON incidents BEGIN
    INSERT OR IGNORE INTO search_pending(tbl, row) VALUES ('incidents', old.rowid);
END;
CREATE VIRTUAL TABLE indicators_fts USING fts4(value, note, tokenize=unicode61);
INSERT INTO search_pending(tbl, row) SELECT 'indicators', rowid FROM indicators;
CREATE TRIGGER indicators_search_ai AFTER INSERT ON indicators BEGIN
    INSERT OR IGNORE INTO search_pending(tbl, row) VALUES ('indicators', new.rowid);
END;
CREATE TRIGGER indicators_search_au AFTER UPDATE OF value, note, deleted ON indicators BEGIN
    INSERT OR IGNORE INTO search_pending(tbl, row) VALUES ('indicators', new.rowid);
END;
CREATE TRIGGER indicators_search_ad AFTER DELETE ON indicators BEGIN
    INSERT OR IGNORE INTO search_pending(tbl, row) VALUES ('indicators', old.rowid);
END;
CREATE VIRTUAL TABLE comments_fts USING fts4(body, tokenize=unicode61);
INSERT INTO search_pending(tbl, row) SELECT 'comments', rowid FROM comments;
CREATE TRIGGER comments_search_ai AFTER INSERT ON comments BEGIN
    INSERT OR IGNORE INTO search_pending(tbl, row) VALUES ('comments', new.rowid);
END;
CREATE TRIGGER comments_search_au AFTER UPDATE OF body, deleted ON comments BEGIN
    INSERT OR IGNORE INTO search_pending(tbl, row) VALUES ('comments', new.rowid);
END;
CREATE TRIGGER comments_search_ad AFTER DELETE ON comments BEGIN
    INSERT OR IGNORE INTO search_pending(tbl, row) VALUES ('comments', old.rowid);
END;
)SQL"},
        {3, R"SQL(
-- Schema 3: sync. Local ops the hub refused for good leave the outbox (they would block it)
-- but stay in the signed log; rejected_ops says why, for the analyst to see. The device
-- directory learns the last op seq the hub accepted from a revoked device: its ops up to that
-- one stay valid on every replica, whatever order they arrive in.
CREATE TABLE rejected_ops (
    op_id TEXT PRIMARY KEY NOT NULL,
    code TEXT NOT NULL,
    rejected_at INTEGER NOT NULL
) WITHOUT ROWID;
ALTER TABLE devices ADD COLUMN last_valid_seq INTEGER NOT NULL DEFAULT 0;
)SQL"},
        {4, R"SQL(
-- Schema 4: incidents that others changed (the incident or its indicators, comments...) since
-- this analyst last opened them here. Local to the device, never synced; the board marks them.
CREATE TABLE unseen (incident_id TEXT PRIMARY KEY NOT NULL) WITHOUT ROWID;
CREATE INDEX assignees_by_analyst ON assignees(analyst_id);
-- Acks remove outbox rows by op id: without this, each ack scanned the whole outbox.
CREATE INDEX outbox_by_op ON outbox(op_id);
)SQL"},
        {5, R"SQL(
-- Schema 5: comments get a visibility of their own (scope: centre or shared, only widens), so
-- that sharing an incident does not carry its internal discussion across. The table is rebuilt
-- to keep its columns in registry order; rowids are kept, so the full-text index stays valid.
-- Comments written before schema 5 have no scope: they count as internal.
CREATE TABLE comments_v5 (
    id TEXT PRIMARY KEY NOT NULL,
    incident_id TEXT,
    body TEXT,
    kind TEXT,
    occurred_at INTEGER,
    deleted INTEGER,
    scope TEXT,
    _updated INTEGER NOT NULL DEFAULT 0,
    _clock BLOB NOT NULL
);
INSERT INTO comments_v5(rowid, id, incident_id, body, kind, occurred_at, deleted, _updated,
                        _clock)
    SELECT rowid, id, incident_id, body, kind, occurred_at, deleted, _updated, _clock
    FROM comments;
DROP TABLE comments;
ALTER TABLE comments_v5 RENAME TO comments;
CREATE INDEX comments_by_incident ON comments(incident_id);
CREATE TRIGGER comments_search_ai AFTER INSERT ON comments BEGIN
    INSERT OR IGNORE INTO search_pending(tbl, row) VALUES ('comments', new.rowid);
END;
CREATE TRIGGER comments_search_au AFTER UPDATE OF body, deleted ON comments BEGIN
    INSERT OR IGNORE INTO search_pending(tbl, row) VALUES ('comments', new.rowid);
END;
CREATE TRIGGER comments_search_ad AFTER DELETE ON comments BEGIN
    INSERT OR IGNORE INTO search_pending(tbl, row) VALUES ('comments', old.rowid);
END;
-- Unsaved edits kept when the profile locks: local to this device, never ops, never synced.
-- record names what was being edited ("incident/ID", "comment/INCIDENT-ID"), field the input.
CREATE TABLE drafts (
    record TEXT NOT NULL,
    field TEXT NOT NULL,
    value TEXT NOT NULL,
    saved_at INTEGER NOT NULL,
    PRIMARY KEY (record, field)
) WITHOUT ROWID;
)SQL"},
        {6, R"SQL(
-- Schema 6: records nest three deep (attachment -> message -> channel), and roots get member
-- lists (analysts named by the owner centre; the hub sends the root's ops to them only).
-- channels gains "history"; rebuilt to keep its columns in registry order.
CREATE TABLE channels_v6 (
    id TEXT PRIMARY KEY NOT NULL,
    name TEXT,
    kind TEXT,
    incident_id TEXT,
    owner_centre TEXT,
    scope TEXT,
    deleted INTEGER,
    history TEXT,
    _updated INTEGER NOT NULL DEFAULT 0,
    _clock BLOB NOT NULL
);
INSERT INTO channels_v6(id, name, kind, incident_id, owner_centre, scope, deleted, _updated, _clock)
    SELECT id, name, kind, incident_id, owner_centre, scope, deleted, _updated, _clock FROM channels;
DROP TABLE channels;
ALTER TABLE channels_v6 RENAME TO channels;
-- read_markers gains "last_read" (a place in the (hlc, device) order, not a wall-clock time).
CREATE TABLE read_markers_v6 (
    id TEXT PRIMARY KEY NOT NULL,
    channel_id TEXT,
    analyst_id TEXT,
    last_read_at INTEGER,
    last_read TEXT,
    _updated INTEGER NOT NULL DEFAULT 0,
    _clock BLOB NOT NULL
);
INSERT INTO read_markers_v6(id, channel_id, analyst_id, last_read_at, _updated, _clock)
    SELECT id, channel_id, analyst_id, last_read_at, _updated, _clock FROM read_markers;
DROP TABLE read_markers;
ALTER TABLE read_markers_v6 RENAME TO read_markers;
CREATE TABLE attachments (
    id TEXT PRIMARY KEY NOT NULL,
    message_id TEXT,
    name TEXT,
    media_type TEXT,
    size INTEGER,
    sha256 TEXT,
    deleted INTEGER,
    _updated INTEGER NOT NULL DEFAULT 0,
    _clock BLOB NOT NULL
);
CREATE INDEX attachments_by_message ON attachments(message_id);
CREATE TABLE incident_members (
    id TEXT PRIMARY KEY NOT NULL,
    incident_id TEXT,
    analyst_id TEXT,
    centre TEXT,
    removed INTEGER,
    _updated INTEGER NOT NULL DEFAULT 0,
    _clock BLOB NOT NULL
);
CREATE INDEX incident_members_by_incident ON incident_members(incident_id);
CREATE TABLE channel_members (
    id TEXT PRIMARY KEY NOT NULL,
    channel_id TEXT,
    analyst_id TEXT,
    centre TEXT,
    removed INTEGER,
    _updated INTEGER NOT NULL DEFAULT 0,
    _clock BLOB NOT NULL
);
CREATE INDEX channel_members_by_channel ON channel_members(channel_id);
)SQL"},
        {7, R"SQL(
-- Schema 7: files. A blob is content-addressed (SHA-256 of its bytes) and kept in chunks of
-- 256 KiB inside this encrypted database; evidence records on incidents refer to blobs.
CREATE TABLE evidence (
    id TEXT PRIMARY KEY NOT NULL,
    incident_id TEXT,
    name TEXT,
    media_type TEXT,
    size INTEGER,
    sha256 TEXT,
    deleted INTEGER,
    _updated INTEGER NOT NULL DEFAULT 0,
    _clock BLOB NOT NULL
);
CREATE INDEX evidence_by_incident ON evidence(incident_id);
-- chunk_hashes: the SHA-256 of each chunk, 32 bytes each, in order. complete: every chunk is
-- here and the whole hash was checked. upload: still to be sent to the hub.
CREATE TABLE blobs (
    sha256 TEXT PRIMARY KEY NOT NULL,
    size INTEGER NOT NULL,
    chunk_hashes BLOB NOT NULL,
    complete INTEGER NOT NULL DEFAULT 0,
    upload INTEGER NOT NULL DEFAULT 0,
    added_at INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TABLE blob_chunks (
    sha256 TEXT NOT NULL,
    idx INTEGER NOT NULL,
    data BLOB NOT NULL,
    UNIQUE (sha256, idx)
);
)SQL"},
        {8, R"SQL(
-- Schema 8: chat. Channels get a marking, a topic and an archive flag; messages answer,
-- mention, are edited and carry their sender's time zone; an analyst's read marker can mute
-- its channel; drafts follow the analyst; indicators name their source.
ALTER TABLE channels ADD COLUMN tlp TEXT;
ALTER TABLE channels ADD COLUMN topic TEXT;
ALTER TABLE channels ADD COLUMN archived INTEGER;
ALTER TABLE messages ADD COLUMN reply_to TEXT;
ALTER TABLE messages ADD COLUMN mentions TEXT;
ALTER TABLE messages ADD COLUMN edited_at INTEGER;
ALTER TABLE messages ADD COLUMN sent_tz TEXT;
-- The (hlc, device) of each message's first op: the order every replica agrees on, kept
-- by the op log (EntityDef::ordered), so that a page of a channel is one range of an index.
ALTER TABLE messages ADD COLUMN _ohlc INTEGER;
ALTER TABLE messages ADD COLUMN _odev TEXT;
UPDATE messages SET
    _ohlc = (SELECT min(hlc) FROM ops WHERE entity = 'message' AND entity_id = messages.id),
    _odev = (SELECT substr(id, 1, instr(id, ':') - 1) FROM ops
             WHERE entity = 'message' AND entity_id = messages.id ORDER BY hlc, id LIMIT 1);
DROP INDEX messages_by_channel;
CREATE INDEX messages_in_order ON messages(channel_id, _ohlc, _odev);
CREATE VIRTUAL TABLE messages_fts USING fts4(body, tokenize=unicode61);
INSERT INTO search_pending(tbl, row) SELECT 'messages', rowid FROM messages;
CREATE TRIGGER messages_search_ai AFTER INSERT ON messages BEGIN
    INSERT OR IGNORE INTO search_pending(tbl, row) VALUES ('messages', new.rowid);
END;
CREATE TRIGGER messages_search_au AFTER UPDATE OF body, deleted ON messages BEGIN
    INSERT OR IGNORE INTO search_pending(tbl, row) VALUES ('messages', new.rowid);
END;
CREATE TRIGGER messages_search_ad AFTER DELETE ON messages BEGIN
    INSERT OR IGNORE INTO search_pending(tbl, row) VALUES ('messages', old.rowid);
END;
ALTER TABLE read_markers ADD COLUMN muted INTEGER;
ALTER TABLE indicators ADD COLUMN source TEXT;
CREATE TABLE chat_drafts (
    id TEXT PRIMARY KEY NOT NULL,
    channel_id TEXT,
    analyst_id TEXT,
    body TEXT,
    saved_at INTEGER,
    _updated INTEGER NOT NULL DEFAULT 0,
    _clock BLOB NOT NULL
);
-- A refused op the analyst has dealt with (a failed message retried or deleted).
ALTER TABLE rejected_ops ADD COLUMN dismissed INTEGER NOT NULL DEFAULT 0;
)SQL"},
        {9, R"SQL(
-- Schema 9: the scheduler (issue #12). An analyst's role from the hub's directory (team leads
-- approve visits); contacts get working hours and their Liaison account; a visit is an
-- all-day span of dates with travel days, a purpose, links and a workflow (status, sequence,
-- why it was cancelled); a call is a timed visit of kind "call" with a link; agenda items have
-- an owner; attendees are analysts, contacts or addresses, with a role and an RSVP; each
-- centre's approval of a visit is a record of its own.
ALTER TABLE analysts ADD COLUMN role TEXT;
ALTER TABLE contacts ADD COLUMN working_hours TEXT;
ALTER TABLE contacts ADD COLUMN analyst_id TEXT;
ALTER TABLE visits ADD COLUMN all_day INTEGER;
ALTER TABLE visits ADD COLUMN start_date TEXT;
ALTER TABLE visits ADD COLUMN end_date TEXT;
ALTER TABLE visits ADD COLUMN travel_before INTEGER;
ALTER TABLE visits ADD COLUMN travel_after INTEGER;
ALTER TABLE visits ADD COLUMN purpose TEXT;
ALTER TABLE visits ADD COLUMN url TEXT;
ALTER TABLE visits ADD COLUMN incident_ids TEXT;
ALTER TABLE visits ADD COLUMN channel_id TEXT;
ALTER TABLE visits ADD COLUMN cancel_reason TEXT;
ALTER TABLE visits ADD COLUMN sequence INTEGER;
ALTER TABLE visits ADD COLUMN organiser TEXT;
ALTER TABLE meetings ADD COLUMN owner TEXT;
ALTER TABLE attendees ADD COLUMN analyst_id TEXT;
ALTER TABLE attendees ADD COLUMN name TEXT;
ALTER TABLE attendees ADD COLUMN email TEXT;
ALTER TABLE attendees ADD COLUMN role TEXT;
ALTER TABLE attendees ADD COLUMN rsvp TEXT;
CREATE TABLE visit_approvals (
    id TEXT PRIMARY KEY NOT NULL,
    visit_id TEXT,
    centre TEXT,
    analyst_id TEXT,
    approved_at INTEGER,
    withdrawn INTEGER,
    _updated INTEGER NOT NULL DEFAULT 0,
    _clock BLOB NOT NULL
);
CREATE INDEX visit_approvals_by_visit ON visit_approvals(visit_id);
)SQL"},
        {10, R"SQL(
-- Schema 10: the board (issue #13). Incidents name their reporter and how they were closed;
-- indicators get a marking of their own, IOC and sighted flags, first and last seen, and a
-- scope of their own (an indicator written before has none: it follows its incident, as it
-- did, EntityDef::unscopedFollowsRoot); incidents link to others (related, duplicate of,
-- merged into); incident templates. "Seen elsewhere" looks indicators up by value.
ALTER TABLE incidents ADD COLUMN reporter TEXT;
ALTER TABLE incidents ADD COLUMN closed_at INTEGER;
ALTER TABLE incidents ADD COLUMN resolution TEXT;
ALTER TABLE incidents ADD COLUMN closing_summary TEXT;
ALTER TABLE indicators ADD COLUMN tlp TEXT;
ALTER TABLE indicators ADD COLUMN ioc INTEGER;
ALTER TABLE indicators ADD COLUMN sighted INTEGER;
ALTER TABLE indicators ADD COLUMN first_seen INTEGER;
ALTER TABLE indicators ADD COLUMN last_seen INTEGER;
ALTER TABLE indicators ADD COLUMN scope TEXT;
CREATE INDEX indicators_by_value ON indicators(value);
CREATE TABLE incident_links (
    id TEXT PRIMARY KEY NOT NULL,
    incident_id TEXT,
    other_id TEXT,
    kind TEXT,
    note TEXT,
    deleted INTEGER,
    _updated INTEGER NOT NULL DEFAULT 0,
    _clock BLOB NOT NULL
);
CREATE INDEX incident_links_by_incident ON incident_links(incident_id);
CREATE INDEX incident_links_by_other ON incident_links(other_id);
CREATE TABLE incident_templates (
    id TEXT PRIMARY KEY NOT NULL,
    name TEXT,
    name_fr TEXT,
    description TEXT,
    severity TEXT,
    preset_tlp TEXT,
    pap TEXT,
    sector TEXT,
    tasks TEXT,
    tasks_fr TEXT,
    owner_centre TEXT,
    scope TEXT,
    deleted INTEGER,
    _updated INTEGER NOT NULL DEFAULT 0,
    _clock BLOB NOT NULL
);
)SQL"},
    };
    return all;
}

int schemaVersion(Database &db)
{
    const bool hasMeta
        = db.scalarInt("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'meta'");
    if (!hasMeta)
        return 0;
    return static_cast<int>(db.scalarInt("SELECT value FROM meta WHERE key = 'schema_version'", 0));
}

void migrate(Database &db, int target)
{
    const int current = schemaVersion(db);
    if (current > latestSchemaVersion())
        throw SchemaTooNew {current, latestSchemaVersion()};
    for (const auto &m : migrations()) {
        if (m.version <= current || m.version > target)
            continue;
        Transaction tx(db);
        db.exec(m.sql);
        auto &st
            = db.cached("INSERT OR IGNORE INTO meta(key, value) VALUES ('schema_version', ?1)");
        st.bind(1, m.version).exec();
        db.cached("UPDATE meta SET value = ?1 WHERE key = 'schema_version'")
            .bind(1, m.version)
            .exec();
        tx.commit();
        qCInfo(lcDb) << "migrated profile schema to version" << m.version;
    }
}

} // namespace liaison
