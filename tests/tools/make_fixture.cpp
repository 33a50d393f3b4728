// Makes a profile at an older schema version for tests/data (tst_profile migrates it).
// Usage: liaison-make-fixture DIR SCHEMA_VERSION
#include "TestSupport.h"

#include "core/Clock.h"
#include "services/ChatService.h"
#include "services/IncidentService.h"
#include "services/ScheduleService.h"
#include "storage/Profile.h"
#include "sync/OpLog.h"

#include <QCoreApplication>
#include <QTextStream>
#include <QTimeZone>

using namespace liaison;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        QTextStream(stderr) << "usage: liaison-make-fixture DIR SCHEMA_VERSION\n";
        return 2;
    }
    // The services write with today's code, which needs today's tables: a fixture is made at
    // the latest schema and taken back by hand, one migration at a time (below).
    const int version = args[2].toInt();
    if (version < 2) {
        QTextStream(stderr) << "schema 1 fixtures were made by the tool of their time\n";
        return 2;
    }
    auto profile = Profile::create(args[1], test::passphrase("fixture passphrase"),
                                   KdfParams::fastForTests());
    OpLog log(profile->db());
    log.setEnrolment(QStringLiteral("fixture-analyst"), QStringLiteral("CCIRC"));
    IncidentService incidents(log);
    const QString id = incidents.createIncident({QStringLiteral("Fixture incident"),
                                                 QStringLiteral("Made by make_fixture"),
                                                 Severity::High,
                                                 Tlp::Amber,
                                                 QStringLiteral("amber"),
                                                 {}});
    incidents.addIndicator(id, IndicatorType::Domain, QStringLiteral("phish.example.org"));
    if (version == 4 || version == 5) // a comment (migration 5 carries it with its search entry)
        incidents.addComment(id, QStringLiteral("Fixture comment about beaconing"));
    if (version == 7) { // a channel with two messages (migration 8 orders them)
        ChatService chat(log);
        const QString channel = chat.createGroup(QStringLiteral("Fixture channel"),
                                                 QStringLiteral("centre"), QStringLiteral("green"));
        chat.send(channel, QStringLiteral("First fixture message"));
        chat.send(channel, QStringLiteral("Second fixture message"));
    }
    if (version == 8) { // a contact and a visit with it (migration 9 extends both)
        log.recordAnalyst(QStringLiteral("fixture-analyst"), QStringLiteral("Fixture Analyst"),
                          QStringLiteral("CCIRC"));
        ScheduleService schedule(log);
        Contact contact;
        contact.name = QStringLiteral("Fixture Contact");
        contact.timezone = QStringLiteral("America/New_York");
        const QString contactId = schedule.saveContact(contact);
        Visit visit;
        visit.title = QStringLiteral("Fixture visit");
        visit.kind = QStringLiteral("in_person");
        visit.startsAt = QDateTime(QDate(2027, 3, 1), QTime(14, 0), QTimeZone::utc());
        visit.endsAt = visit.startsAt.addSecs(8 * 3600);
        visit.timezone = QStringLiteral("America/Toronto");
        schedule.addAttendee(schedule.saveVisit(visit), contactId);
    }
    if (version < 10) // undo migration 10
        profile->db().exec(R"SQL(
BEGIN;
DROP TABLE incident_templates;
DROP TABLE incident_links;
DROP INDEX indicators_by_value;
CREATE TABLE incidents9 (
    id TEXT PRIMARY KEY NOT NULL, title TEXT, summary TEXT, status TEXT, severity TEXT,
    tlp TEXT, pap TEXT, sector TEXT, owner_centre TEXT, scope TEXT, created_at INTEGER,
    deleted INTEGER, _updated INTEGER NOT NULL DEFAULT 0, _clock BLOB NOT NULL);
INSERT INTO incidents9(rowid, id, title, summary, status, severity, tlp, pap, sector,
    owner_centre, scope, created_at, deleted, _updated, _clock)
    SELECT rowid, id, title, summary, status, severity, tlp, pap, sector, owner_centre, scope,
    created_at, deleted, _updated, _clock FROM incidents;
DROP TABLE incidents;
ALTER TABLE incidents9 RENAME TO incidents;
CREATE TRIGGER incidents_search_ai AFTER INSERT ON incidents BEGIN
    INSERT OR IGNORE INTO search_pending(tbl, row) VALUES ('incidents', new.rowid);
END;
CREATE TRIGGER incidents_search_au AFTER UPDATE OF title, summary, deleted ON incidents BEGIN
    INSERT OR IGNORE INTO search_pending(tbl, row) VALUES ('incidents', new.rowid);
END;
CREATE TRIGGER incidents_search_ad AFTER DELETE ON incidents BEGIN
    INSERT OR IGNORE INTO search_pending(tbl, row) VALUES ('incidents', old.rowid);
END;
CREATE TABLE indicators9 (
    id TEXT PRIMARY KEY NOT NULL, incident_id TEXT, type TEXT, value TEXT, note TEXT,
    deleted INTEGER, _updated INTEGER NOT NULL DEFAULT 0, _clock BLOB NOT NULL, source TEXT);
INSERT INTO indicators9(rowid, id, incident_id, type, value, note, deleted, _updated, _clock,
    source)
    SELECT rowid, id, incident_id, type, value, note, deleted, _updated, _clock, source
    FROM indicators;
DROP TABLE indicators;
ALTER TABLE indicators9 RENAME TO indicators;
CREATE INDEX indicators_by_incident ON indicators(incident_id);
CREATE TRIGGER indicators_search_ai AFTER INSERT ON indicators BEGIN
    INSERT OR IGNORE INTO search_pending(tbl, row) VALUES ('indicators', new.rowid);
END;
CREATE TRIGGER indicators_search_au AFTER UPDATE OF value, note, deleted ON indicators BEGIN
    INSERT OR IGNORE INTO search_pending(tbl, row) VALUES ('indicators', new.rowid);
END;
CREATE TRIGGER indicators_search_ad AFTER DELETE ON indicators BEGIN
    INSERT OR IGNORE INTO search_pending(tbl, row) VALUES ('indicators', old.rowid);
END;
UPDATE meta SET value = 9 WHERE key = 'schema_version';
COMMIT;
)SQL");
    if (version < 9) // undo migration 9
        profile->db().exec(R"SQL(
BEGIN;
DROP TABLE visit_approvals;
CREATE TABLE analysts8 (
    id TEXT PRIMARY KEY NOT NULL, name TEXT NOT NULL, email TEXT, centre TEXT NOT NULL
) WITHOUT ROWID;
INSERT INTO analysts8 SELECT id, name, email, centre FROM analysts;
DROP TABLE analysts;
ALTER TABLE analysts8 RENAME TO analysts;
CREATE TABLE contacts8 (
    id TEXT PRIMARY KEY NOT NULL, name TEXT, organisation TEXT, centre TEXT, role TEXT,
    email TEXT, phone TEXT, language TEXT, timezone TEXT, notes TEXT, owner_centre TEXT,
    scope TEXT, deleted INTEGER, _updated INTEGER NOT NULL DEFAULT 0, _clock BLOB NOT NULL);
INSERT INTO contacts8 SELECT id, name, organisation, centre, role, email, phone, language,
    timezone, notes, owner_centre, scope, deleted, _updated, _clock FROM contacts;
DROP TABLE contacts;
ALTER TABLE contacts8 RENAME TO contacts;
CREATE TABLE visits8 (
    id TEXT PRIMARY KEY NOT NULL, title TEXT, kind TEXT, location TEXT, starts_at INTEGER,
    ends_at INTEGER, timezone TEXT, host_centre TEXT, status TEXT, notes TEXT,
    owner_centre TEXT, scope TEXT, deleted INTEGER,
    _updated INTEGER NOT NULL DEFAULT 0, _clock BLOB NOT NULL);
INSERT INTO visits8 SELECT id, title, kind, location, starts_at, ends_at, timezone,
    host_centre, status, notes, owner_centre, scope, deleted, _updated, _clock FROM visits;
DROP TABLE visits;
ALTER TABLE visits8 RENAME TO visits;
CREATE TABLE meetings8 (
    id TEXT PRIMARY KEY NOT NULL, visit_id TEXT, title TEXT, starts_at INTEGER,
    ends_at INTEGER, timezone TEXT, location TEXT, dial_in TEXT, deleted INTEGER,
    _updated INTEGER NOT NULL DEFAULT 0, _clock BLOB NOT NULL);
INSERT INTO meetings8 SELECT id, visit_id, title, starts_at, ends_at, timezone, location,
    dial_in, deleted, _updated, _clock FROM meetings;
DROP TABLE meetings;
ALTER TABLE meetings8 RENAME TO meetings;
CREATE INDEX meetings_by_visit ON meetings(visit_id);
CREATE TABLE attendees8 (
    id TEXT PRIMARY KEY NOT NULL, visit_id TEXT, contact_id TEXT, deleted INTEGER,
    _updated INTEGER NOT NULL DEFAULT 0, _clock BLOB NOT NULL);
INSERT INTO attendees8 SELECT id, visit_id, contact_id, deleted, _updated, _clock FROM attendees;
DROP TABLE attendees;
ALTER TABLE attendees8 RENAME TO attendees;
CREATE INDEX attendees_by_visit ON attendees(visit_id);
UPDATE meta SET value = 8 WHERE key = 'schema_version';
COMMIT;
)SQL");
    if (version < 8) // undo migration 8
        profile->db().exec(R"SQL(
BEGIN;
DROP TABLE chat_drafts;
DROP TRIGGER messages_search_ai;
DROP TRIGGER messages_search_au;
DROP TRIGGER messages_search_ad;
DROP TABLE messages_fts;
DELETE FROM search_pending WHERE tbl = 'messages';
CREATE TABLE channels7 (
    id TEXT PRIMARY KEY NOT NULL, name TEXT, kind TEXT, incident_id TEXT, owner_centre TEXT,
    scope TEXT, deleted INTEGER, history TEXT,
    _updated INTEGER NOT NULL DEFAULT 0, _clock BLOB NOT NULL);
INSERT INTO channels7 SELECT id, name, kind, incident_id, owner_centre, scope, deleted, history,
    _updated, _clock FROM channels;
DROP TABLE channels;
ALTER TABLE channels7 RENAME TO channels;
CREATE TABLE messages7 (
    id TEXT PRIMARY KEY NOT NULL, channel_id TEXT, body TEXT, sent_at INTEGER, deleted INTEGER,
    _updated INTEGER NOT NULL DEFAULT 0, _clock BLOB NOT NULL);
INSERT INTO messages7 SELECT id, channel_id, body, sent_at, deleted, _updated, _clock
    FROM messages;
DROP TABLE messages;
ALTER TABLE messages7 RENAME TO messages;
CREATE INDEX messages_by_channel ON messages(channel_id, sent_at);
CREATE TABLE read_markers7 (
    id TEXT PRIMARY KEY NOT NULL, channel_id TEXT, analyst_id TEXT, last_read_at INTEGER,
    last_read TEXT, _updated INTEGER NOT NULL DEFAULT 0, _clock BLOB NOT NULL);
INSERT INTO read_markers7 SELECT id, channel_id, analyst_id, last_read_at, last_read, _updated,
    _clock FROM read_markers;
DROP TABLE read_markers;
ALTER TABLE read_markers7 RENAME TO read_markers;
DROP TRIGGER indicators_search_ai;
DROP TRIGGER indicators_search_au;
DROP TRIGGER indicators_search_ad;
CREATE TABLE indicators7 (
    id TEXT PRIMARY KEY NOT NULL, incident_id TEXT, type TEXT, value TEXT, note TEXT,
    deleted INTEGER, _updated INTEGER NOT NULL DEFAULT 0, _clock BLOB NOT NULL);
INSERT INTO indicators7 SELECT id, incident_id, type, value, note, deleted, _updated, _clock
    FROM indicators;
DROP TABLE indicators;
ALTER TABLE indicators7 RENAME TO indicators;
CREATE INDEX indicators_by_incident ON indicators(incident_id);
CREATE TRIGGER indicators_search_ai AFTER INSERT ON indicators BEGIN
    INSERT OR IGNORE INTO search_pending(tbl, row) VALUES ('indicators', new.rowid);
END;
CREATE TRIGGER indicators_search_au AFTER UPDATE OF value, note, deleted ON indicators BEGIN
    INSERT OR IGNORE INTO search_pending(tbl, row) VALUES ('indicators', new.rowid);
END;
CREATE TRIGGER indicators_search_ad AFTER DELETE ON indicators BEGIN
    INSERT OR IGNORE INTO search_pending(tbl, row) VALUES ('indicators', old.rowid);
END;
CREATE TABLE rejected_ops7 (
    op_id TEXT PRIMARY KEY NOT NULL, code TEXT NOT NULL, rejected_at INTEGER NOT NULL
) WITHOUT ROWID;
INSERT INTO rejected_ops7 SELECT op_id, code, rejected_at FROM rejected_ops;
DROP TABLE rejected_ops;
ALTER TABLE rejected_ops7 RENAME TO rejected_ops;
UPDATE meta SET value = 7 WHERE key = 'schema_version';
COMMIT;
)SQL");
    if (version < 7) // undo migration 7
        profile->db().exec(R"SQL(
BEGIN;
DROP TABLE evidence;
DROP TABLE blobs;
DROP TABLE blob_chunks;
UPDATE meta SET value = 6 WHERE key = 'schema_version';
COMMIT;
)SQL");
    if (version < 6) // undo migration 6
        profile->db().exec(R"SQL(
BEGIN;
DROP TABLE attachments;
DROP TABLE incident_members;
DROP TABLE channel_members;
CREATE TABLE channels5 (
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
INSERT INTO channels5 SELECT id, name, kind, incident_id, owner_centre, scope, deleted, _updated,
    _clock FROM channels;
DROP TABLE channels;
ALTER TABLE channels5 RENAME TO channels;
CREATE TABLE read_markers5 (
    id TEXT PRIMARY KEY NOT NULL,
    channel_id TEXT,
    analyst_id TEXT,
    last_read_at INTEGER,
    _updated INTEGER NOT NULL DEFAULT 0,
    _clock BLOB NOT NULL
);
INSERT INTO read_markers5 SELECT id, channel_id, analyst_id, last_read_at, _updated, _clock
    FROM read_markers;
DROP TABLE read_markers;
ALTER TABLE read_markers5 RENAME TO read_markers;
UPDATE meta SET value = 5 WHERE key = 'schema_version';
COMMIT;
)SQL");
    if (version < 5) // undo migration 5
        profile->db().exec(R"SQL(
BEGIN;
DROP TABLE drafts;
CREATE TABLE comments4 (
    id TEXT PRIMARY KEY NOT NULL,
    incident_id TEXT,
    body TEXT,
    kind TEXT,
    occurred_at INTEGER,
    deleted INTEGER,
    _updated INTEGER NOT NULL DEFAULT 0,
    _clock BLOB NOT NULL
);
INSERT INTO comments4(rowid, id, incident_id, body, kind, occurred_at, deleted, _updated, _clock)
    SELECT rowid, id, incident_id, body, kind, occurred_at, deleted, _updated, _clock FROM comments;
DROP TABLE comments;
ALTER TABLE comments4 RENAME TO comments;
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
UPDATE meta SET value = 4 WHERE key = 'schema_version';
COMMIT;
)SQL");
    if (version < 4) // undo migration 4
        profile->db().exec(
            "BEGIN; DROP TABLE unseen; DROP INDEX assignees_by_analyst; DROP INDEX outbox_by_op; "
            "UPDATE meta SET value = 3 WHERE key = 'schema_version'; COMMIT;");
    if (version < 3) {
        // Undo migration 3 (SQLite 3.15 has no DROP COLUMN: rebuild the table).
        profile->db().exec(R"SQL(
BEGIN;
DROP TABLE rejected_ops;
CREATE TABLE devices2 (
    id TEXT PRIMARY KEY NOT NULL,
    public_key BLOB NOT NULL,
    analyst_id TEXT NOT NULL,
    centre TEXT NOT NULL,
    revoked INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
INSERT INTO devices2 SELECT id, public_key, analyst_id, centre, revoked FROM devices;
DROP TABLE devices;
ALTER TABLE devices2 RENAME TO devices;
UPDATE meta SET value = 2 WHERE key = 'schema_version';
COMMIT;
)SQL");
    }
    profile->db().exec("PRAGMA wal_checkpoint(TRUNCATE)");
    return 0;
}
