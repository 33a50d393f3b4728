// The hub's acceptance rules, driven through the real HubStore with ops signed by real device
// keys, as a modified client would push them: TLP 2.0 (AMBER+STRICT and RED never shared with
// a whole centre), fixed ownership, the sharing rule, per-analyst records, and the routing of
// comments that keep their own visibility. Every refused op leaves nothing behind.
#include "TestSupport.h"

#include "crypto/DeviceKey.h"
#include "server/HubStore.h"
#include "sync/Hlc.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

using namespace liaison;

namespace {

struct Pusher
{
    DeviceKey key = DeviceKey::generate();
    HubDevice device;
    qint64 seq = 0;
    quint64 counter = 0;

    Op op(const QString &entity, const QString &id, Fields fields, const QString &scope)
    {
        Op op;
        op.device = device.id;
        op.seq = ++seq;
        op.hlc = HybridClock::pack(quint64(QDateTime::currentMSecsSinceEpoch()), ++counter);
        op.author = device.analystId;
        op.centre = device.centre;
        op.scope = scope;
        op.entity = entity;
        op.entityId = id;
        op.fields = std::move(fields);
        normaliseFields(op.fields);
        op.signWith(key);
        return op;
    }
};

const QString kCentre = QStringLiteral("centre");
const QString kShared = QStringLiteral("shared");

Fields incidentFields(const QString &owner, const QString &tlp, const QString &scope)
{
    return {{QStringLiteral("title"), QStringLiteral("Incident")},
            {QStringLiteral("tlp"), tlp},
            {QStringLiteral("owner_centre"), owner},
            {QStringLiteral("scope"), scope},
            {QStringLiteral("deleted"), false}};
}

} // namespace

class TestHubRules : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<HubStore> m_store;
    Pusher m_ccirc;
    Pusher m_ccirc2; // a second analyst of the same centre
    Pusher m_uscert;

    // The code the hub refuses op with, or "accepted".
    QString push(Pusher &p, const Op &op)
    {
        try {
            Transaction tx(m_store->db());
            m_store->accept(op, p.device);
            tx.commit();
        } catch (const HubError &e) {
            return QString::fromUtf8(e.what());
        }
        return QStringLiteral("accepted");
    }

    // Feed entries a centre may pull.
    QStringList visibleTo(const QString &centre)
    {
        QStringList ids;
        for (const auto &entry : m_store->opsAfter(0, 100000, centre)) {
            QString error;
            if (const auto op = Op::fromStored(entry.canonical, entry.sig, &error))
                ids << op->id();
        }
        return ids;
    }

    void enrol(Pusher &p, const QString &centre, const QString &name)
    {
        const auto code = m_store->issueEnrolment(centre, name, {}, 3600);
        p.device = m_store->redeemEnrolment(code.code, p.key.publicKey());
    }

private slots:
    void init()
    {
        m_store = HubStore::init(m_dir.filePath(QUuid::createUuid().toString(QUuid::Id128)));
        m_store->addCentre(QStringLiteral("CCIRC"), QStringLiteral("CCIRC"));
        m_store->addCentre(QStringLiteral("USCERT"), QStringLiteral("US-CERT"));
        m_ccirc = {};
        m_ccirc2 = {};
        m_uscert = {};
        enrol(m_ccirc, QStringLiteral("CCIRC"), QStringLiteral("Marie Tremblay"));
        enrol(m_ccirc2, QStringLiteral("CCIRC"), QStringLiteral("Luc Gagnon"));
        enrol(m_uscert, QStringLiteral("USCERT"), QStringLiteral("John Smith"));
    }

    void amberStrictAndRedNeverLeaveTheCentre_data()
    {
        QTest::addColumn<QString>("tlp");
        QTest::addRow("amber+strict") << QStringLiteral("amber+strict");
        QTest::addRow("red") << QStringLiteral("red");
    }

    void amberStrictAndRedNeverLeaveTheCentre()
    {
        QFETCH(QString, tlp);
        const QString id = QStringLiteral("inc-1");
        const qint64 before = m_store->lastHubSeq();
        // Created shared at once: refused, and nothing of it is stored.
        QCOMPARE(push(m_ccirc,
                      m_ccirc.op(QStringLiteral("incident"), id,
                                 incidentFields(QStringLiteral("CCIRC"), tlp, kShared), kShared)),
                 QStringLiteral("tlp-forbids-share"));
        QCOMPARE(m_store->lastHubSeq(), before);
        QCOMPARE(m_store->db().scalarInt("SELECT count(*) FROM roots"), 0);
        // Created internal, then shared: the share is refused.
        QCOMPARE(push(m_ccirc,
                      m_ccirc.op(QStringLiteral("incident"), id,
                                 incidentFields(QStringLiteral("CCIRC"), tlp, kCentre), kCentre)),
                 QStringLiteral("accepted"));
        QCOMPARE(push(m_ccirc,
                      m_ccirc.op(QStringLiteral("incident"), id,
                                 {{QStringLiteral("scope"), kShared}}, kShared)),
                 QStringLiteral("tlp-forbids-share"));
        QVERIFY(visibleTo(QStringLiteral("USCERT")).isEmpty());
        // Lowered to AMBER by the owner, it may be shared; then raised again, it stays shared.
        QCOMPARE(push(m_ccirc,
                      m_ccirc.op(QStringLiteral("incident"), id,
                                 {{QStringLiteral("tlp"), QStringLiteral("amber")}}, kCentre)),
                 QStringLiteral("accepted"));
        QCOMPARE(push(m_ccirc,
                      m_ccirc.op(QStringLiteral("incident"), id,
                                 {{QStringLiteral("scope"), kShared}}, kShared)),
                 QStringLiteral("accepted"));
        QCOMPARE(visibleTo(QStringLiteral("USCERT")).size(), 3);
        QCOMPARE(push(m_ccirc,
                      m_ccirc.op(QStringLiteral("incident"), id, {{QStringLiteral("tlp"), tlp}},
                                 kShared)),
                 QStringLiteral("accepted"));
        QCOMPARE(visibleTo(QStringLiteral("USCERT")).size(), 4);
    }

    void lowerAndShareInOneOpIsJudgedOnTheNewMarking()
    {
        const QString id = QStringLiteral("inc-2");
        QCOMPARE(
            push(m_ccirc,
                 m_ccirc.op(QStringLiteral("incident"), id,
                            incidentFields(QStringLiteral("CCIRC"), QStringLiteral("red"), kCentre),
                            kCentre)),
            QStringLiteral("accepted"));
        // The owner lowers the marking and shares in one op: judged on the new marking.
        QCOMPARE(push(m_ccirc,
                      m_ccirc.op(QStringLiteral("incident"), id,
                                 {{QStringLiteral("tlp"), QStringLiteral("green")},
                                  {QStringLiteral("scope"), kShared}},
                                 kShared)),
                 QStringLiteral("accepted"));
        QCOMPARE(m_store->db().scalarText("SELECT tlp FROM roots").value(),
                 QStringLiteral("green"));
    }

    void ownershipIsFixedAndOnlyTheOwnerShares()
    {
        const QString id = QStringLiteral("inc-3");
        // A creation that names another centre as owner.
        QCOMPARE(push(m_uscert,
                      m_uscert.op(
                          QStringLiteral("incident"), id,
                          incidentFields(QStringLiteral("CCIRC"), QStringLiteral("green"), kCentre),
                          kCentre)),
                 QStringLiteral("owner-mismatch"));
        QCOMPARE(push(m_ccirc,
                      m_ccirc.op(
                          QStringLiteral("incident"), id,
                          incidentFields(QStringLiteral("CCIRC"), QStringLiteral("green"), kShared),
                          kShared)),
                 QStringLiteral("accepted"));
        // The other centre may edit a shared record but not relabel its owner...
        QCOMPARE(push(m_uscert,
                      m_uscert.op(QStringLiteral("incident"), id,
                                  {{QStringLiteral("owner_centre"), QStringLiteral("USCERT")}},
                                  kShared)),
                 QStringLiteral("owner-mismatch"));
        // ...nor set its scope.
        QCOMPARE(push(m_uscert,
                      m_uscert.op(QStringLiteral("incident"), id,
                                  {{QStringLiteral("scope"), kShared}}, kShared)),
                 QStringLiteral("not-owner"));
        QCOMPARE(push(m_uscert,
                      m_uscert.op(QStringLiteral("incident"), id,
                                  {{QStringLiteral("title"), QStringLiteral("Seen")}}, kShared)),
                 QStringLiteral("accepted"));
        QCOMPARE(
            push(m_ccirc2,
                 m_ccirc2.op(QStringLiteral("incident"), id,
                             {{QStringLiteral("owner_centre"), QStringLiteral("CCIRC")}}, kShared)),
            QStringLiteral("accepted")); // the same owner again changes nothing
    }

    void theSharingRuleIsOneRule()
    {
        const QString id = QStringLiteral("inc-4");
        QCOMPARE(push(m_ccirc,
                      m_ccirc.op(
                          QStringLiteral("incident"), id,
                          incidentFields(QStringLiteral("CCIRC"), QStringLiteral("green"), kCentre),
                          kCentre)),
                 QStringLiteral("accepted"));
        // Only the op's scope member says shared: refused, not silently kept at home.
        QCOMPARE(push(m_ccirc,
                      m_ccirc.op(QStringLiteral("incident"), id,
                                 {{QStringLiteral("title"), QStringLiteral("x")}}, kShared)),
                 QStringLiteral("scope-mismatch"));
        // Only the field says shared.
        QCOMPARE(push(m_ccirc,
                      m_ccirc.op(QStringLiteral("incident"), id,
                                 {{QStringLiteral("scope"), kShared}}, kCentre)),
                 QStringLiteral("scope-mismatch"));
        QVERIFY(visibleTo(QStringLiteral("USCERT")).isEmpty());
        QCOMPARE(push(m_ccirc,
                      m_ccirc.op(QStringLiteral("incident"), id,
                                 {{QStringLiteral("scope"), kShared}}, kShared)),
                 QStringLiteral("accepted"));
        QCOMPARE(visibleTo(QStringLiteral("USCERT")).size(), 2);
    }

    void readMarkersAreTheirAnalystsOwn()
    {
        const QString channel = QStringLiteral("chan-1");
        QCOMPARE(push(m_ccirc,
                      m_ccirc.op(QStringLiteral("channel"), channel,
                                 {{QStringLiteral("name"), QStringLiteral("Ops")},
                                  {QStringLiteral("kind"), QStringLiteral("centre")},
                                  {QStringLiteral("owner_centre"), QStringLiteral("CCIRC")},
                                  {QStringLiteral("scope"), kCentre}},
                                 kCentre)),
                 QStringLiteral("accepted"));
        const QString victim = m_ccirc2.device.analystId;
        const QString squatted = channel + QLatin1Char('.') + victim;
        auto marker = [&](Pusher &p, const QString &id, const QString &analyst) {
            return p.op(QStringLiteral("read_marker"), id,
                        {{QStringLiteral("channel_id"), channel},
                         {QStringLiteral("analyst_id"), analyst},
                         {QStringLiteral("last_read_at"), qint64(1000)}},
                        kCentre);
        };
        // Another analyst's id, with their name or with one's own: refused.
        QCOMPARE(push(m_ccirc, marker(m_ccirc, squatted, victim)),
                 QStringLiteral("not-own-record"));
        QCOMPARE(push(m_ccirc, marker(m_ccirc, squatted, m_ccirc.device.analystId)),
                 QStringLiteral("not-own-record"));
        // One's own id naming someone else: refused.
        QCOMPARE(
            push(m_ccirc,
                 marker(m_ccirc, channel + QLatin1Char('.') + m_ccirc.device.analystId, victim)),
            QStringLiteral("not-own-record"));
        // The victim's own marker is still accepted (it was not squatted).
        QCOMPARE(push(m_ccirc2, marker(m_ccirc2, squatted, victim)), QStringLiteral("accepted"));
        QCOMPARE(push(m_ccirc2,
                      m_ccirc2.op(QStringLiteral("read_marker"), squatted,
                                  {{QStringLiteral("last_read_at"), qint64(2000)}}, kCentre)),
                 QStringLiteral("accepted"));
    }

    void markingsAreTheFiveKeysOnly()
    {
        const QString id = QStringLiteral("inc-6");
        // "RED" in capitals, an unknown word, a number or null would slip past the sharing rule.
        const FieldValue bad[]
            = {FieldValue(QStringLiteral("RED")), FieldValue(QStringLiteral("tlp:red")),
               FieldValue(qint64(4)), FieldValue()};
        for (const FieldValue &value : bad) {
            Fields fields = incidentFields(QStringLiteral("CCIRC"), QStringLiteral("x"), kCentre);
            for (auto &[name, v] : fields) {
                if (name == QLatin1String("tlp"))
                    v = value;
            }
            QCOMPARE(push(m_ccirc, m_ccirc.op(QStringLiteral("incident"), id, fields, kCentre)),
                     QStringLiteral("invalid-tlp"));
        }
        QCOMPARE(m_store->db().scalarInt("SELECT count(*) FROM roots"), 0);
    }

    void childrenNeedAParentTheHubHolds()
    {
        // A comment naming an incident the hub never saw would claim it for its centre.
        const Op early = m_uscert.op(QStringLiteral("comment"), QStringLiteral("c-early"),
                                     {{QStringLiteral("incident_id"), QStringLiteral("inc-7")},
                                      {QStringLiteral("body"), QStringLiteral("first!")},
                                      {QStringLiteral("scope"), kShared}},
                                     kShared);
        QCOMPARE(push(m_uscert, early), QStringLiteral("unknown-parent"));
        // A child op without its parent field, of a child the hub never saw: refused too.
        QCOMPARE(push(m_uscert,
                      m_uscert.op(QStringLiteral("indicator"), QStringLiteral("i-1"),
                                  {{QStringLiteral("value"), QStringLiteral("x")}}, kShared)),
                 QStringLiteral("unknown-parent"));
        QCOMPARE(m_store->db().scalarInt("SELECT count(*) FROM roots"), 0);
        QCOMPARE(m_store->db().scalarInt("SELECT count(*) FROM children"), 0);
        // The real owner creates it afterwards, as its own.
        QCOMPARE(push(m_ccirc,
                      m_ccirc.op(
                          QStringLiteral("incident"), QStringLiteral("inc-7"),
                          incidentFields(QStringLiteral("CCIRC"), QStringLiteral("green"), kCentre),
                          kCentre)),
                 QStringLiteral("accepted"));
    }

    // A hub made before these rules (schema 2) is upgraded in place when it opens: every op
    // gets its record, every root its merged marking, every comment counts as internal.
    void schema2HubIsUpgraded()
    {
        const QString id = QStringLiteral("inc-8");
        QCOMPARE(push(m_ccirc,
                      m_ccirc.op(QStringLiteral("incident"), id,
                                 incidentFields(QStringLiteral("CCIRC"),
                                                QStringLiteral("amber+strict"), kCentre),
                                 kCentre)),
                 QStringLiteral("accepted"));
        const Op comment = m_ccirc.op(QStringLiteral("comment"), QStringLiteral("c-old"),
                                      {{QStringLiteral("incident_id"), id},
                                       {QStringLiteral("body"), QStringLiteral("legacy")}},
                                      kCentre);
        QCOMPARE(push(m_ccirc, comment), QStringLiteral("accepted"));
        // Back to the schema-2 shape, as a hub of the previous release has it on disk.
        const QString dir = QFileInfo(m_store->db().path()).absolutePath();
        m_store->db().exec(R"SQL(
BEGIN;
CREATE TABLE ops2 (hub_seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, device TEXT NOT NULL,
    seq INTEGER NOT NULL, hlc INTEGER NOT NULL, root TEXT, body BLOB NOT NULL, sig BLOB NOT NULL);
INSERT INTO ops2 SELECT hub_seq, id, device, seq, hlc, root, body, sig FROM ops;
DROP TABLE ops; ALTER TABLE ops2 RENAME TO ops;
CREATE INDEX ops_by_device ON ops(device, seq); CREATE INDEX ops_by_root ON ops(root);
CREATE TABLE roots2 (key TEXT PRIMARY KEY NOT NULL, owner TEXT NOT NULL,
    shared INTEGER NOT NULL DEFAULT 0) WITHOUT ROWID;
INSERT INTO roots2 SELECT key, owner, shared FROM roots;
DROP TABLE roots; ALTER TABLE roots2 RENAME TO roots;
CREATE TABLE children2 (key TEXT PRIMARY KEY NOT NULL, root TEXT NOT NULL) WITHOUT ROWID;
INSERT INTO children2 SELECT key, root FROM children;
DROP TABLE children; ALTER TABLE children2 RENAME TO children;
UPDATE meta SET value = 2 WHERE key = 'hub_schema';
COMMIT;
)SQL");
        m_store.reset();
        m_store = HubStore::open(dir);
        QCOMPARE(m_store->db().scalarInt("SELECT value FROM meta WHERE key = 'hub_schema'"), 3);
        QCOMPARE(m_store->db().scalarInt("SELECT count(*) FROM ops WHERE record IS NULL"), 0);
        QCOMPARE(m_store->db().scalarText("SELECT tlp FROM roots").value(),
                 QStringLiteral("amber+strict"));
        QCOMPARE(m_store->db().scalarInt("SELECT shared FROM children"), 0);
        // The rules hold on the upgraded store: still no share of AMBER+STRICT.
        QCOMPARE(push(m_ccirc,
                      m_ccirc.op(QStringLiteral("incident"), id,
                                 {{QStringLiteral("scope"), kShared}}, kShared)),
                 QStringLiteral("tlp-forbids-share"));
        QCOMPARE(push(m_ccirc,
                      m_ccirc.op(QStringLiteral("incident"), id,
                                 {{QStringLiteral("tlp"), QStringLiteral("amber")},
                                  {QStringLiteral("scope"), kShared}},
                                 kShared)),
                 QStringLiteral("accepted"));
        // The legacy comment counts as internal: it stayed behind.
        QVERIFY(!visibleTo(QStringLiteral("USCERT")).contains(comment.id()));
    }

    void commentsKeepTheirOwnVisibility()
    {
        const QString id = QStringLiteral("inc-5");
        QCOMPARE(push(m_ccirc,
                      m_ccirc.op(
                          QStringLiteral("incident"), id,
                          incidentFields(QStringLiteral("CCIRC"), QStringLiteral("amber"), kCentre),
                          kCentre)),
                 QStringLiteral("accepted"));
        auto comment = [&](Pusher &p, const QString &cid, const QString &scope) {
            return p.op(QStringLiteral("comment"), cid,
                        {{QStringLiteral("incident_id"), id},
                         {QStringLiteral("body"), QStringLiteral("text")},
                         {QStringLiteral("kind"), QStringLiteral("comment")},
                         {QStringLiteral("scope"), scope}},
                        kCentre);
        };
        const Op internal = comment(m_ccirc, QStringLiteral("c-internal"), kCentre);
        const Op picked = comment(m_ccirc, QStringLiteral("c-picked"), kCentre);
        QCOMPARE(push(m_ccirc, internal), QStringLiteral("accepted"));
        QCOMPARE(push(m_ccirc, picked), QStringLiteral("accepted"));
        // The analyst picks one comment in the share: the share, then the comment's scope.
        QCOMPARE(push(m_ccirc,
                      m_ccirc.op(QStringLiteral("incident"), id,
                                 {{QStringLiteral("scope"), kShared}}, kShared)),
                 QStringLiteral("accepted"));
        QStringList seen = visibleTo(QStringLiteral("USCERT"));
        QCOMPARE(seen.size(), 2); // the creation, republished first, then the share
        QVERIFY(!seen.contains(internal.id()) && !seen.contains(picked.id()));
        const Op widen = m_ccirc.op(QStringLiteral("comment"), QStringLiteral("c-picked"),
                                    {{QStringLiteral("scope"), kShared}}, kShared);
        // Only the centre that wrote it may let a comment out (the other cannot even see it).
        QCOMPARE(push(m_uscert,
                      m_uscert.op(QStringLiteral("comment"), QStringLiteral("c-picked"),
                                  {{QStringLiteral("scope"), kShared}}, kShared)),
                 QStringLiteral("scope-violation"));
        QCOMPARE(push(m_ccirc, widen), QStringLiteral("accepted"));
        seen = visibleTo(QStringLiteral("USCERT"));
        QVERIFY(seen.contains(picked.id()));
        QVERIFY(seen.contains(widen.id()));
        QVERIFY(!seen.contains(internal.id()));
        // The other centre's own internal note on the shared incident stays with it.
        const Op theirs = comment(m_uscert, QStringLiteral("c-uscert"), kCentre);
        QCOMPARE(push(m_uscert, theirs), QStringLiteral("accepted"));
        QVERIFY(!visibleTo(QStringLiteral("CCIRC")).contains(theirs.id()));
        QVERIFY(visibleTo(QStringLiteral("USCERT")).contains(theirs.id()));
        QCOMPARE(push(m_ccirc,
                      m_ccirc.op(QStringLiteral("comment"), QStringLiteral("c-uscert"),
                                 {{QStringLiteral("scope"), kShared}}, kShared)),
                 QStringLiteral("scope-violation"));
        // The other centre cannot write to an internal comment it was never sent.
        QCOMPARE(push(m_uscert,
                      m_uscert.op(QStringLiteral("comment"), QStringLiteral("c-internal"),
                                  {{QStringLiteral("body"), QStringLiteral("defaced")}}, kShared)),
                 QStringLiteral("scope-violation"));
        // Edits of the internal comment stay home too.
        const Op edit = m_ccirc.op(QStringLiteral("comment"), QStringLiteral("c-internal"),
                                   {{QStringLiteral("body"), QStringLiteral("edited")}}, kShared);
        QCOMPARE(push(m_ccirc, edit), QStringLiteral("accepted"));
        QVERIFY(!visibleTo(QStringLiteral("USCERT")).contains(edit.id()));
        // Feed: gap-free.
        QCOMPARE(m_store->db().scalarInt("SELECT count(*) FROM feed"), m_store->lastHubSeq());
    }
};

QTEST_GUILESS_MAIN(TestHubRules)
#include "tst_hubrules.moc"
