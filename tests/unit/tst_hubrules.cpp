// The hub's acceptance rules, driven through the real HubStore with ops signed by real device
// keys, as a modified client would push them: TLP 2.0 (AMBER+STRICT and RED never shared with
// a whole centre), fixed ownership, the sharing rule, per-analyst records, and the routing of
// comments that keep their own visibility. Every refused op leaves nothing behind. And the
// rules of files (HubBlobRules) over the same real store: the size limit, the quota, no oracle,
// and who may fetch.
#include "TestSupport.h"

#include "crypto/DeviceKey.h"
#include "server/HubStore.h"
#include "sync/Blob.h"
#include "sync/Hlc.h"
#include "sync/Protocol.h"

#include <QFileInfo>
#include <QRandomGenerator>
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

// A file as a device uploads it: its bytes, its name and its chunk hashes (32 bytes each).
struct File
{
    QByteArray data;
    QString sha256;
    QByteArray chunkHashes;
    qint64 size() const { return data.size(); }
};

File makeFile(qsizetype size, quint32 seed)
{
    File f;
    QRandomGenerator rng(seed);
    f.data.resize(size);
    for (qsizetype i = 0; i < size; ++i)
        f.data[i] = char(rng.bounded(256));
    f.sha256 = blob::sha256Hex(f.data);
    for (int i = 0; i < blob::chunkCount(size); ++i)
        f.chunkHashes
            += blob::sha256(f.data.mid(qsizetype(i) * blob::kChunkBytes, blob::kChunkBytes));
    return f;
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
    Pusher m_uscert2; // a second analyst of the other centre

    // The hub's database file on a connection of the test's own.
    Database hubDb() { return test::openHubDatabase(m_store->dir()); }

    // The code the hub refuses op with, or "accepted".
    QString push(Pusher &p, const Op &op)
    {
        try {
            m_store->rules().accept(op, p.device);
        } catch (const HubError &e) {
            return QString::fromUtf8(e.what());
        }
        return QStringLiteral("accepted");
    }

    // Feed entries a centre may pull.
    QStringList visibleTo(const QString &centre)
    {
        QStringList ids;
        for (const auto &entry : m_store->feed().entriesAfter(0, 100000, centre)) {
            QString error;
            if (const auto op = Op::fromStored(entry.canonical, entry.sig, &error))
                ids << op->id();
        }
        return ids;
    }

    // Feed entries the devices of one analyst may pull, as op ids.
    QStringList seenBy(const Pusher &p)
    {
        QStringList ids;
        for (const auto &entry :
             m_store->feed().entriesAfter(0, 100000, p.device.centre, p.device.analystId)) {
            QString error;
            if (const auto op = Op::fromStored(entry.canonical, entry.sig, &error))
                ids << op->id();
        }
        return ids;
    }

    // Where a live fan-out of op would go: the analysts (of m_everyone) whose devices get it.
    QStringList liveTo(Pusher &p, const Op &op, const std::vector<Pusher *> &everyone)
    {
        QStringList out;
        const auto accepted = m_store->rules().accept(op, p.device);
        for (const Pusher *other : everyone) {
            for (const auto &entry : accepted.entries) {
                QString error;
                const auto stored = Op::fromStored(entry.canonical, entry.sig, &error);
                if (stored && stored->id() == op.id()
                    && entry.isVisibleTo(other->device.centre, other->device.analystId))
                    out << other->device.analystName;
            }
        }
        return out;
    }

    Op member(Pusher &p, const QString &entity, const QString &root, const Pusher &who,
              bool removed = false)
    {
        const QString parent = entity == QLatin1String("incident_member")
            ? QStringLiteral("incident_id")
            : QStringLiteral("channel_id");
        return p.op(entity, root + QLatin1Char('.') + who.device.analystId,
                    {{parent, root},
                     {QStringLiteral("analyst_id"), who.device.analystId},
                     {QStringLiteral("centre"), who.device.centre},
                     {QStringLiteral("removed"), removed}},
                    kCentre);
    }

    HubBlobRules &blobRules() { return m_store->blobRules(); }

    // Puts the file and sends every chunk the hub asks for, as a client does; the last answer.
    HubBlobRules::BlobAnswer upload(const Pusher &p, const File &f)
    {
        auto answer = blobRules().putBlob(p.device, f.sha256, f.size(), f.chunkHashes);
        for (int i = 0;
             answer.refusal.isEmpty() && !answer.complete && i < blob::chunkCount(f.size()); ++i) {
            answer = blobRules().putBlobChunk(
                p.device, f.sha256, i,
                f.data.mid(qsizetype(i) * blob::kChunkBytes, blob::kChunkBytes));
        }
        return answer;
    }

    // An evidence record naming the file on an incident.
    Op evidence(Pusher &p, const QString &incident, const QString &id, const File &f)
    {
        return p.op(QStringLiteral("evidence"), id,
                    {{QStringLiteral("incident_id"), incident},
                     {QStringLiteral("name"), QStringLiteral("capture.pcap")},
                     {QStringLiteral("size"), qint64(f.size())},
                     {QStringLiteral("sha256"), f.sha256},
                     {QStringLiteral("deleted"), false}},
                    kCentre);
    }

    QString newIncident(Pusher &p, const QString &id, const QString &tlp)
    {
        return push(p,
                    p.op(QStringLiteral("incident"), id,
                         incidentFields(p.device.centre, tlp, kCentre), kCentre));
    }

    bool mayFetch(const Pusher &p, const File &f)
    {
        return blobRules().blobFor(p.device, f.sha256).has_value();
    }

    void enrol(Pusher &p, const QString &centre, const QString &name)
    {
        const auto code = m_store->directory().issueEnrolment(centre, name, {}, 3600);
        p.device = m_store->directory().redeemEnrolment(code.code, p.key.publicKey());
    }

private slots:
    void init()
    {
        m_store = HubStore::init(m_dir.filePath(QUuid::createUuid().toString(QUuid::Id128)));
        m_store->directory().addCentre(QStringLiteral("CCIRC"), QStringLiteral("CCIRC"));
        m_store->directory().addCentre(QStringLiteral("USCERT"), QStringLiteral("US-CERT"));
        m_ccirc = {};
        m_ccirc2 = {};
        m_uscert = {};
        m_uscert2 = {};
        enrol(m_ccirc, QStringLiteral("CCIRC"), QStringLiteral("Marie Tremblay"));
        enrol(m_ccirc2, QStringLiteral("CCIRC"), QStringLiteral("Luc Gagnon"));
        enrol(m_uscert, QStringLiteral("USCERT"), QStringLiteral("John Smith"));
        enrol(m_uscert2, QStringLiteral("USCERT"), QStringLiteral("Jane Doe"));
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
        const qint64 before = m_store->feed().lastHubSeq();
        // Created shared at once: refused, and nothing of it is stored.
        QCOMPARE(push(m_ccirc,
                      m_ccirc.op(QStringLiteral("incident"), id,
                                 incidentFields(QStringLiteral("CCIRC"), tlp, kShared), kShared)),
                 QStringLiteral("tlp-forbids-share"));
        QCOMPARE(m_store->feed().lastHubSeq(), before);
        QCOMPARE(hubDb().scalarInt("SELECT count(*) FROM roots"), 0);
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
        QCOMPARE(hubDb().scalarText("SELECT tlp FROM roots").value(), QStringLiteral("green"));
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

    void readMarkersReachTheirAnalystOnly()
    {
        const QString channel = QStringLiteral("chan-ro");
        QCOMPARE(push(m_ccirc,
                      m_ccirc.op(QStringLiteral("channel"), channel,
                                 {{QStringLiteral("name"), QStringLiteral("Bridge")},
                                  {QStringLiteral("owner_centre"), QStringLiteral("CCIRC")},
                                  {QStringLiteral("scope"), kShared}},
                                 kShared)),
                 QStringLiteral("accepted"));
        const Op marker = m_ccirc.op(QStringLiteral("read_marker"),
                                     channel + QLatin1Char('.') + m_ccirc.device.analystId,
                                     {{QStringLiteral("channel_id"), channel},
                                      {QStringLiteral("analyst_id"), m_ccirc.device.analystId},
                                      {QStringLiteral("last_read_at"), qint64(1000)}},
                                     kShared);
        QCOMPARE(liveTo(m_ccirc, marker, {&m_ccirc, &m_ccirc2, &m_uscert}),
                 QStringList {QStringLiteral("Marie Tremblay")});
        QVERIFY(seenBy(m_ccirc).contains(marker.id()));
        QVERIFY(!seenBy(m_ccirc2).contains(marker.id())); // a colleague of the same centre
        QVERIFY(!seenBy(m_uscert).contains(marker.id()));
    }

    void recordsNestThreeDeep()
    {
        // channel -> message -> attachment: the attachment goes where its channel goes.
        auto channel = [&](const QString &id, const QString &scope) {
            return m_ccirc.op(QStringLiteral("channel"), id,
                              {{QStringLiteral("name"), QStringLiteral("Bridge")},
                               {QStringLiteral("owner_centre"), QStringLiteral("CCIRC")},
                               {QStringLiteral("scope"), scope}},
                              scope);
        };
        auto message
            = [](Pusher &p, const QString &id, const QString &channelId, const QString &scope) {
                  return p.op(QStringLiteral("message"), id,
                              {{QStringLiteral("channel_id"), channelId},
                               {QStringLiteral("body"), QStringLiteral("see the capture")}},
                              scope);
              };
        auto attachment
            = [](Pusher &p, const QString &id, const QString &messageId, const QString &scope) {
                  return p.op(QStringLiteral("attachment"), id,
                              {{QStringLiteral("message_id"), messageId},
                               {QStringLiteral("name"), QStringLiteral("capture.pcap")},
                               {QStringLiteral("size"), qint64(2048)}},
                              scope);
              };
        QCOMPARE(push(m_ccirc, channel(QStringLiteral("ch-s"), kShared)),
                 QStringLiteral("accepted"));
        QCOMPARE(push(m_ccirc, channel(QStringLiteral("ch-c"), kCentre)),
                 QStringLiteral("accepted"));
        // Shared channel: a message by the other centre, an attachment by this one.
        const Op m1 = message(m_uscert, QStringLiteral("m1"), QStringLiteral("ch-s"), kShared);
        QCOMPARE(push(m_uscert, m1), QStringLiteral("accepted"));
        const Op a1 = attachment(m_ccirc, QStringLiteral("a1"), QStringLiteral("m1"), kShared);
        QCOMPARE(push(m_ccirc, a1), QStringLiteral("accepted"));
        QVERIFY(seenBy(m_uscert).contains(a1.id()));
        QVERIFY(seenBy(m_ccirc2).contains(a1.id()));
        QCOMPARE(hubDb().scalarText("SELECT root FROM children WHERE key = 'attachment/a1'"),
                 std::optional<QString>(QStringLiteral("channel/ch-s")));
        // Internal channel: its grandchild stays home, and the other centre cannot add one.
        const Op m2 = message(m_ccirc, QStringLiteral("m2"), QStringLiteral("ch-c"), kCentre);
        QCOMPARE(push(m_ccirc, m2), QStringLiteral("accepted"));
        const Op a2 = attachment(m_ccirc, QStringLiteral("a2"), QStringLiteral("m2"), kCentre);
        QCOMPARE(push(m_ccirc, a2), QStringLiteral("accepted"));
        QVERIFY(seenBy(m_ccirc2).contains(a2.id()));
        QVERIFY(!seenBy(m_uscert).contains(a2.id()));
        QCOMPARE(push(m_uscert,
                      attachment(m_uscert, QStringLiteral("a3"), QStringLiteral("m2"), kCentre)),
                 QStringLiteral("scope-violation"));
        // An attachment of a message the hub does not hold: refused.
        QCOMPARE(push(m_uscert,
                      attachment(m_uscert, QStringLiteral("a4"), QStringLiteral("nope"), kShared)),
                 QStringLiteral("unknown-parent"));
        // Sharing the channel later carries the grandchild across, after its parents.
        QCOMPARE(push(m_ccirc,
                      m_ccirc.op(QStringLiteral("channel"), QStringLiteral("ch-c"),
                                 {{QStringLiteral("scope"), kShared}}, kShared)),
                 QStringLiteral("accepted"));
        const QStringList seen = seenBy(m_uscert);
        QVERIFY(seen.indexOf(m2.id()) >= 0);
        QVERIFY(seen.indexOf(m2.id()) < seen.indexOf(a2.id()));
    }

    void redGoesToNamedAnalystsOnly()
    {
        const QString id = QStringLiteral("inc-red");
        const Op create = m_ccirc.op(
            QStringLiteral("incident"), id,
            incidentFields(QStringLiteral("CCIRC"), QStringLiteral("red"), kCentre), kCentre);
        QCOMPARE(push(m_ccirc, create), QStringLiteral("accepted"));
        auto comment = [&](Pusher &p, const QString &cid, const QString &scope) {
            return p.op(QStringLiteral("comment"), cid,
                        {{QStringLiteral("incident_id"), id},
                         {QStringLiteral("body"), QStringLiteral("note")},
                         {QStringLiteral("scope"), scope}},
                        kCentre);
        };
        const Op internal = comment(m_ccirc, QStringLiteral("c-int"), kCentre);
        QCOMPARE(push(m_ccirc, internal), QStringLiteral("accepted"));
        // Before anyone is named, the other centre can neither see nor write.
        QVERIFY(seenBy(m_uscert).isEmpty());
        QCOMPARE(push(m_uscert, comment(m_uscert, QStringLiteral("c-x"), kShared)),
                 QStringLiteral("scope-violation"));
        // Only the owner centre names people; the name and centre must be the directory's.
        QCOMPARE(push(m_uscert, member(m_uscert, QStringLiteral("incident_member"), id, m_uscert)),
                 QStringLiteral("scope-violation"));
        Op wrongCentre = m_ccirc.op(QStringLiteral("incident_member"),
                                    id + QLatin1Char('.') + m_uscert.device.analystId,
                                    {{QStringLiteral("incident_id"), id},
                                     {QStringLiteral("analyst_id"), m_uscert.device.analystId},
                                     {QStringLiteral("centre"), QStringLiteral("CCIRC")}},
                                    kCentre);
        QCOMPARE(push(m_ccirc, wrongCentre), QStringLiteral("invalid-member"));
        QCOMPARE(push(m_ccirc,
                      m_ccirc.op(QStringLiteral("incident_member"), id + ".someone",
                                 {{QStringLiteral("incident_id"), id},
                                  {QStringLiteral("analyst_id"), QStringLiteral("x")}},
                                 kCentre)),
                 QStringLiteral("invalid-member"));

        // Marie names John: John gets the record's history (not the internal comment) and
        // every later op; Jane, of John's centre, gets nothing.
        const Op named = member(m_ccirc, QStringLiteral("incident_member"), id, m_uscert);
        QCOMPARE(push(m_ccirc, named), QStringLiteral("accepted"));
        QCOMPARE(m_store->feed().membersOf(QStringLiteral("incident/") + id),
                 QStringList {m_uscert.device.analystId});
        QStringList john = seenBy(m_uscert);
        QVERIFY(john.contains(create.id()));
        QVERIFY(john.indexOf(create.id()) < john.indexOf(named.id()));
        QVERIFY(!john.contains(internal.id()));
        QVERIFY(seenBy(m_uscert2).isEmpty());
        const Op edit
            = m_ccirc2.op(QStringLiteral("incident"), id,
                          {{QStringLiteral("title"), QStringLiteral("Renamed")}}, kCentre);
        QCOMPARE(liveTo(m_ccirc2, edit, {&m_ccirc, &m_ccirc2, &m_uscert, &m_uscert2}),
                 (QStringList {QStringLiteral("Marie Tremblay"), QStringLiteral("Luc Gagnon"),
                               QStringLiteral("John Smith")}));
        // John writes a comment: the owner centre and the members see it, Jane does not.
        const Op reply = comment(m_uscert, QStringLiteral("c-john"), kShared);
        QCOMPARE(liveTo(m_uscert, reply, {&m_ccirc, &m_ccirc2, &m_uscert, &m_uscert2}),
                 (QStringList {QStringLiteral("Marie Tremblay"), QStringLiteral("Luc Gagnon"),
                               QStringLiteral("John Smith")}));
        QVERIFY(!seenBy(m_uscert2).contains(reply.id()));
        // An internal comment written now still stays home.
        const Op internal2 = comment(m_ccirc, QStringLiteral("c-int2"), kCentre);
        QCOMPARE(liveTo(m_ccirc, internal2, {&m_ccirc, &m_ccirc2, &m_uscert, &m_uscert2}),
                 (QStringList {QStringLiteral("Marie Tremblay"), QStringLiteral("Luc Gagnon")}));

        // Removed: John receives the removal, and nothing written after it.
        const Op removal = member(m_ccirc, QStringLiteral("incident_member"), id, m_uscert, true);
        QCOMPARE(push(m_ccirc, removal), QStringLiteral("accepted"));
        const Op after = m_ccirc.op(QStringLiteral("incident"), id,
                                    {{QStringLiteral("title"), QStringLiteral("After")}}, kCentre);
        QCOMPARE(liveTo(m_ccirc, after, {&m_ccirc, &m_ccirc2, &m_uscert, &m_uscert2}),
                 (QStringList {QStringLiteral("Marie Tremblay"), QStringLiteral("Luc Gagnon")}));
        john = seenBy(m_uscert);
        QVERIFY(john.contains(removal.id()));
        QVERIFY(john.contains(edit.id()));
        QVERIFY(!john.contains(after.id()));
        QCOMPARE(push(m_uscert, comment(m_uscert, QStringLiteral("c-late"), kShared)),
                 QStringLiteral("scope-violation"));
        // RED is still never shared with the whole centre.
        QCOMPARE(push(m_ccirc,
                      m_ccirc.op(QStringLiteral("incident"), id,
                                 {{QStringLiteral("scope"), kShared}}, kShared)),
                 QStringLiteral("tlp-forbids-share"));
    }

    void amberStrictIsNeverNamedAcross()
    {
        const QString id = QStringLiteral("inc-as");
        QCOMPARE(push(m_ccirc,
                      m_ccirc.op(QStringLiteral("incident"), id,
                                 incidentFields(QStringLiteral("CCIRC"),
                                                QStringLiteral("amber+strict"), kCentre),
                                 kCentre)),
                 QStringLiteral("accepted"));
        QCOMPARE(push(m_ccirc, member(m_ccirc, QStringLiteral("incident_member"), id, m_uscert)),
                 QStringLiteral("tlp-forbids-share"));
        // Naming someone of the owner centre is harmless (they see it already).
        QCOMPARE(push(m_ccirc, member(m_ccirc, QStringLiteral("incident_member"), id, m_ccirc2)),
                 QStringLiteral("accepted"));
        QVERIFY(seenBy(m_uscert).isEmpty());
    }

    void membersOnlyChannelsAreTheirMembersAlone()
    {
        // John opens a direct message with Marie: members-only from its first op.
        const QString dm = QStringLiteral("dm-1");
        const Op create = m_uscert.op(QStringLiteral("channel"), dm,
                                      {{QStringLiteral("name"), QStringLiteral("")},
                                       {QStringLiteral("kind"), QStringLiteral("direct")},
                                       {QStringLiteral("owner_centre"), QStringLiteral("USCERT")},
                                       {QStringLiteral("scope"), QStringLiteral("members")}},
                                      QStringLiteral("members"));
        QCOMPARE(push(m_uscert, create), QStringLiteral("accepted"));
        QVERIFY(seenBy(m_uscert2).isEmpty()); // not even John's own centre
        QCOMPARE(push(m_uscert, member(m_uscert, QStringLiteral("channel_member"), dm, m_uscert)),
                 QStringLiteral("accepted"));
        QCOMPARE(push(m_uscert, member(m_uscert, QStringLiteral("channel_member"), dm, m_ccirc)),
                 QStringLiteral("accepted"));
        const Op hello = m_uscert.op(QStringLiteral("message"), QStringLiteral("dm-m1"),
                                     {{QStringLiteral("channel_id"), dm},
                                      {QStringLiteral("body"), QStringLiteral("Hello Marie")}},
                                     QStringLiteral("members"));
        QCOMPARE(liveTo(m_uscert, hello, {&m_ccirc, &m_ccirc2, &m_uscert, &m_uscert2}),
                 (QStringList {QStringLiteral("Marie Tremblay"), QStringLiteral("John Smith")}));
        QVERIFY(seenBy(m_ccirc).contains(create.id())); // Marie got the history
        QVERIFY(seenBy(m_ccirc2).isEmpty());
        QVERIFY(seenBy(m_uscert2).isEmpty());
        // Outsiders cannot write, or add themselves; members-only is never widened.
        QCOMPARE(push(m_ccirc2,
                      m_ccirc2.op(QStringLiteral("message"), QStringLiteral("dm-x"),
                                  {{QStringLiteral("channel_id"), dm},
                                   {QStringLiteral("body"), QStringLiteral("hi")}},
                                  QStringLiteral("members"))),
                 QStringLiteral("not-member"));
        QCOMPARE(push(m_ccirc2, member(m_ccirc2, QStringLiteral("channel_member"), dm, m_ccirc2)),
                 QStringLiteral("not-member"));
        QCOMPARE(push(m_uscert,
                      m_uscert.op(QStringLiteral("channel"), dm,
                                  {{QStringLiteral("scope"), kShared}}, kShared)),
                 QStringLiteral("scope-violation"));
        // Marie leaves: she gets her leaving, not what John writes next.
        const Op leave = member(m_ccirc, QStringLiteral("channel_member"), dm, m_ccirc, true);
        QCOMPARE(push(m_ccirc, leave), QStringLiteral("accepted"));
        const Op later = m_uscert.op(QStringLiteral("message"), QStringLiteral("dm-m2"),
                                     {{QStringLiteral("channel_id"), dm},
                                      {QStringLiteral("body"), QStringLiteral("Still there?")}},
                                     QStringLiteral("members"));
        QCOMPARE(push(m_uscert, later), QStringLiteral("accepted"));
        QVERIFY(seenBy(m_ccirc).contains(leave.id()));
        QVERIFY(!seenBy(m_ccirc).contains(later.id()));
        QCOMPARE(push(m_ccirc,
                      m_ccirc.op(QStringLiteral("message"), QStringLiteral("dm-m3"),
                                 {{QStringLiteral("channel_id"), dm},
                                  {QStringLiteral("body"), QStringLiteral("back")}},
                                 QStringLiteral("members"))),
                 QStringLiteral("not-member"));
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
        QCOMPARE(hubDb().scalarInt("SELECT count(*) FROM roots"), 0);
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
        QCOMPARE(hubDb().scalarInt("SELECT count(*) FROM roots"), 0);
        QCOMPARE(hubDb().scalarInt("SELECT count(*) FROM children"), 0);
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
        // A read marker of schema 2 and 3 went to its analyst's whole centre.
        QCOMPARE(push(m_ccirc,
                      m_ccirc.op(QStringLiteral("channel"), QStringLiteral("ch-8"),
                                 {{QStringLiteral("name"), QStringLiteral("Bridge")},
                                  {QStringLiteral("owner_centre"), QStringLiteral("CCIRC")},
                                  {QStringLiteral("scope"), kShared}},
                                 kShared)),
                 QStringLiteral("accepted"));
        const Op marker = m_ccirc.op(QStringLiteral("read_marker"),
                                     QStringLiteral("ch-8.") + m_ccirc.device.analystId,
                                     {{QStringLiteral("channel_id"), QStringLiteral("ch-8")},
                                      {QStringLiteral("analyst_id"), m_ccirc.device.analystId},
                                      {QStringLiteral("last_read_at"), qint64(1000)}},
                                     kShared);
        QCOMPARE(push(m_ccirc, marker), QStringLiteral("accepted"));
        // Back to the schema-2 shape, as a hub of the previous release has it on disk.
        const QString dir = m_store->dir();
        hubDb().exec(R"SQL(
PRAGMA foreign_keys = OFF;
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
CREATE TABLE feed2 (hub_seq INTEGER PRIMARY KEY, op_seq INTEGER NOT NULL, visible_to TEXT,
    hidden_from TEXT);
INSERT INTO feed2 SELECT hub_seq, op_seq, visible_to, hidden_from FROM feed;
UPDATE feed2 SET visible_to = 'CCIRC' WHERE op_seq = (SELECT max(hub_seq) FROM ops);
DROP TABLE feed; ALTER TABLE feed2 RENAME TO feed;
DROP TABLE memberships;
DROP TABLE blobs; DROP TABLE blob_uploads; DROP TABLE blob_chunks; DROP TABLE blob_refs;
CREATE TABLE analysts2 (id TEXT PRIMARY KEY NOT NULL, name TEXT NOT NULL, email TEXT,
    centre TEXT NOT NULL REFERENCES centres(code)) WITHOUT ROWID;
INSERT INTO analysts2 SELECT id, name, email, centre FROM analysts;
DROP TABLE analysts; ALTER TABLE analysts2 RENAME TO analysts;
UPDATE meta SET value = 2 WHERE key = 'hub_schema';
COMMIT;
PRAGMA foreign_keys = ON;
)SQL");
        m_store.reset();
        m_store = HubStore::open(dir);
        QCOMPARE(hubDb().scalarInt("SELECT value FROM meta WHERE key = 'hub_schema'"), 6);
        // Schema 6: everyone enrolled before roles existed is an analyst.
        QCOMPARE(m_store->directory().analystRole(m_ccirc.device.analystId),
                 QStringLiteral("analyst"));
        QCOMPARE(hubDb().scalarInt("SELECT count(*) FROM blob_refs"), 0);
        // The old marker now reaches its analyst only.
        QVERIFY(visibleTo(QStringLiteral("CCIRC")).contains(marker.id()) == false);
        QVERIFY(seenBy(m_ccirc).contains(marker.id()));
        QVERIFY(!seenBy(m_ccirc2).contains(marker.id()));
        QCOMPARE(hubDb().scalarInt("SELECT count(*) FROM ops WHERE record IS NULL"), 0);
        QCOMPARE(hubDb().scalarText("SELECT tlp FROM roots WHERE key = 'incident/inc-8'").value(),
                 QStringLiteral("amber+strict"));
        QCOMPARE(hubDb().scalarInt("SELECT shared FROM children WHERE key LIKE 'comment/%'"), 0);
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
        QCOMPARE(hubDb().scalarInt("SELECT count(*) FROM feed"), m_store->feed().lastHubSeq());
    }

    // Schema 10: an indicator has a marking and a scope of its own. One written without a
    // scope (an older version's) follows its incident as it did; one marked AMBER+STRICT, or
    // RED under an incident that is not RED, stays home; a share must name a marking that
    // allows it.
    void indicatorsKeepTheirOwnMarking()
    {
        const QString id = QStringLiteral("inc-ind");
        QCOMPARE(newIncident(m_ccirc, id, QStringLiteral("amber")), QStringLiteral("accepted"));
        const QString tlp = QStringLiteral("tlp");
        const QString scope = QStringLiteral("scope");
        // A new indicator of the incident, with extra fields (its marking, its scope).
        const auto indicator = [&](Pusher &p, const QString &iid, Fields extra) {
            extra.emplace_back(QStringLiteral("incident_id"), id);
            extra.emplace_back(QStringLiteral("type"), QStringLiteral("domain"));
            extra.emplace_back(QStringLiteral("value"), iid + QStringLiteral(".example"));
            return p.op(QStringLiteral("indicator"), iid, extra, kCentre);
        };
        const auto edit = [&](Pusher &p, const QString &iid, Fields fields) {
            return p.op(QStringLiteral("indicator"), iid, std::move(fields), kCentre);
        };
        const Op legacy = indicator(m_ccirc, QStringLiteral("i-legacy"), {});
        const Op legacy2 = indicator(m_ccirc, QStringLiteral("i-legacy2"), {});
        const Op strict = indicator(m_ccirc, QStringLiteral("i-strict"),
                                    {{tlp, QStringLiteral("amber+strict")}, {scope, kCentre}});
        const Op plain = indicator(m_ccirc, QStringLiteral("i-plain"),
                                   {{tlp, QStringLiteral("amber")}, {scope, kShared}});
        for (const Op *o : {&legacy, &legacy2, &strict, &plain})
            QCOMPARE(push(m_ccirc, *o), QStringLiteral("accepted"));
        // Sharing an indicator must name a marking that lets it follow its incident.
        QCOMPARE(push(m_ccirc,
                      indicator(m_ccirc, QStringLiteral("i-x"),
                                {{tlp, QStringLiteral("amber+strict")}, {scope, kShared}})),
                 QStringLiteral("tlp-forbids-share"));
        QCOMPARE(push(m_ccirc,
                      indicator(m_ccirc, QStringLiteral("i-y"),
                                {{tlp, QStringLiteral("red")}, {scope, kShared}})),
                 QStringLiteral("tlp-forbids-share"));
        QCOMPARE(push(m_ccirc, indicator(m_ccirc, QStringLiteral("i-z"), {{scope, kShared}})),
                 QStringLiteral("tlp-forbids-share"));
        QCOMPARE(push(m_ccirc,
                      indicator(m_ccirc, QStringLiteral("i-w"),
                                {{tlp, QStringLiteral("AMBER")}, {scope, kShared}})),
                 QStringLiteral("invalid-tlp"));
        // A marking that is not one of the five keys is refused in any op, with or without
        // a scope.
        QCOMPARE(
            push(m_ccirc, edit(m_ccirc, QStringLiteral("i-plain"), {{tlp, QStringLiteral("RED")}})),
            QStringLiteral("invalid-tlp"));
        // The second legacy indicator is raised to AMBER+STRICT, and so given a scope of its
        // own, while the incident is still internal: accepted.
        QCOMPARE(push(m_ccirc,
                      edit(m_ccirc, QStringLiteral("i-legacy2"),
                           {{tlp, QStringLiteral("amber+strict")}, {scope, kCentre}})),
                 QStringLiteral("accepted"));
        QCOMPARE(
            push(m_ccirc, m_ccirc.op(QStringLiteral("incident"), id, {{scope, kShared}}, kShared)),
            QStringLiteral("accepted"));
        const QStringList seen = visibleTo(QStringLiteral("USCERT"));
        QVERIFY(seen.contains(legacy.id())); // followed its incident across
        QVERIFY(seen.contains(plain.id()));
        QVERIFY(!seen.contains(strict.id()));
        QVERIFY(!seen.contains(legacy2.id()));
        // One written without a scope after the share follows the incident across at once.
        const Op late = indicator(m_uscert, QStringLiteral("i-late"), {});
        QCOMPARE(push(m_uscert, late), QStringLiteral("accepted"));
        QVERIFY(visibleTo(QStringLiteral("CCIRC")).contains(late.id()));
        // Now that the incident has left, the first legacy indicator cannot be pulled back.
        QCOMPARE(push(m_ccirc,
                      edit(m_ccirc, QStringLiteral("i-legacy"),
                           {{tlp, QStringLiteral("amber+strict")}, {scope, kCentre}})),
                 QStringLiteral("scope-violation"));
        // Edits of the AMBER+STRICT indicator stay home; the other centre cannot touch it.
        const Op note = edit(m_ccirc, QStringLiteral("i-strict"),
                             {{QStringLiteral("note"), QStringLiteral("still ours")}});
        QCOMPARE(push(m_ccirc, note), QStringLiteral("accepted"));
        QVERIFY(!visibleTo(QStringLiteral("USCERT")).contains(note.id()));
        QCOMPARE(push(m_uscert,
                      edit(m_uscert, QStringLiteral("i-strict"),
                           {{QStringLiteral("note"), QStringLiteral("defaced")}})),
                 QStringLiteral("scope-violation"));
        // A RED indicator may follow a RED incident (to its named people).
        const QString red = QStringLiteral("inc-red");
        QCOMPARE(newIncident(m_ccirc, red, QStringLiteral("red")), QStringLiteral("accepted"));
        QCOMPARE(push(m_ccirc,
                      m_ccirc.op(QStringLiteral("indicator"), QStringLiteral("i-red"),
                                 {{QStringLiteral("incident_id"), red},
                                  {QStringLiteral("type"), QStringLiteral("domain")},
                                  {QStringLiteral("value"), QStringLiteral("r.example")},
                                  {tlp, QStringLiteral("red")},
                                  {scope, kShared}},
                                 kCentre)),
                 QStringLiteral("accepted"));
    }

    // One size limit for a file and for the record naming it.
    void blobsAboveTheSizeLimitAreRefused()
    {
        HubBlobs::BlobLimits limits;
        limits.maxBlobBytes = blob::kChunkBytes + 100;
        m_store->blobs().setBlobLimits(limits);
        const File big = makeFile(limits.maxBlobBytes + 1, 1);
        QCOMPARE(
            blobRules().putBlob(m_ccirc.device, big.sha256, big.size(), big.chunkHashes).refusal,
            QLatin1String(protocol::blob::TooLarge));
        QVERIFY(!m_store->blobs().upload(big.sha256, m_ccirc.device.id));
        QCOMPARE(m_store->blobs().blobBytesStored(), qint64(0));
        QCOMPARE(newIncident(m_ccirc, QStringLiteral("inc-big"), QStringLiteral("green")),
                 QStringLiteral("accepted"));
        QCOMPARE(push(m_ccirc,
                      evidence(m_ccirc, QStringLiteral("inc-big"), QStringLiteral("ev-big"), big)),
                 QStringLiteral("invalid-blob-ref"));
        // At the limit: stored, and named.
        const File fits = makeFile(limits.maxBlobBytes, 2);
        QVERIFY(upload(m_ccirc, fits).complete);
        QCOMPARE(m_store->blobs().blobBytesStored(), fits.size());
        QCOMPARE(
            push(m_ccirc,
                 evidence(m_ccirc, QStringLiteral("inc-big"), QStringLiteral("ev-fits"), fits)),
            QStringLiteral("accepted"));
        QVERIFY(mayFetch(m_ccirc2, fits));
    }

    // A device's quota holds its unfinished uploads and the files it uploaded that no record
    // names yet; a named file is the hub's, not the device's.
    void blobQuotaCountsWhatNoRecordNames()
    {
        HubBlobs::BlobLimits limits;
        limits.deviceQuotaBytes = 2 * blob::kChunkBytes;
        m_store->blobs().setBlobLimits(limits);
        const File first = makeFile(blob::kChunkBytes, 3);
        const File second = makeFile(blob::kChunkBytes, 4);
        const File third = makeFile(10, 5);
        QVERIFY(upload(m_ccirc, first).complete);
        const auto started
            = blobRules().putBlob(m_ccirc.device, second.sha256, second.size(), second.chunkHashes);
        QVERIFY(started.refusal.isEmpty());
        QVERIFY(!started.complete);
        QCOMPARE(blobRules()
                     .putBlob(m_ccirc.device, third.sha256, third.size(), third.chunkHashes)
                     .refusal,
                 QLatin1String(protocol::blob::Quota));
        QVERIFY(!m_store->blobs().upload(third.sha256, m_ccirc.device.id));
        // Resuming the upload under way is no new charge; another device has a quota of its own.
        QVERIFY(blobRules()
                    .putBlob(m_ccirc.device, second.sha256, second.size(), second.chunkHashes)
                    .refusal.isEmpty());
        QVERIFY(upload(m_ccirc2, makeFile(blob::kChunkBytes, 6)).complete);
        // Once a record names the first file, the third fits.
        QCOMPARE(newIncident(m_ccirc, QStringLiteral("inc-q"), QStringLiteral("green")),
                 QStringLiteral("accepted"));
        QCOMPARE(push(m_ccirc,
                      evidence(m_ccirc, QStringLiteral("inc-q"), QStringLiteral("ev-q"), first)),
                 QStringLiteral("accepted"));
        QVERIFY(upload(m_ccirc, third).complete);
        // Collected after the time to live, the unfinished upload and the unnamed file no longer
        // count either; the named one stays.
        QCOMPARE(m_store->blobs().collectBlobs(QDateTime::currentDateTimeUtc().addDays(2)), 3);
        QVERIFY(m_store->blobs().storedBlob(first.sha256));
        QVERIFY(!m_store->blobs().storedBlob(third.sha256));
        QVERIFY(!m_store->blobs().upload(second.sha256, m_ccirc.device.id));
    }

    // Uploading bytes the hub already holds tells a device so only if it uploaded them or may
    // fetch them; anyone else sends every byte, which the hub checks and drops.
    void blobUploadsAreNoOracle()
    {
        const QString id = QStringLiteral("inc-file");
        const File f = makeFile(2 * blob::kChunkBytes + 10, 7);
        QCOMPARE(newIncident(m_ccirc, id, QStringLiteral("green")), QStringLiteral("accepted"));
        QVERIFY(upload(m_ccirc, f).complete);
        QCOMPARE(push(m_ccirc, evidence(m_ccirc, id, QStringLiteral("ev-1"), f)),
                 QStringLiteral("accepted"));
        const qint64 stored = m_store->blobs().blobBytesStored();
        // The uploader, and a colleague who may fetch it: told at once.
        QVERIFY(blobRules().putBlob(m_ccirc.device, f.sha256, f.size(), f.chunkHashes).complete);
        QVERIFY(blobRules().putBlob(m_ccirc2.device, f.sha256, f.size(), f.chunkHashes).complete);
        QVERIFY(mayFetch(m_ccirc2, f));
        // The other centre's analyst, who may not: an upload like any other, "complete" only once
        // every byte came, and still nothing to fetch.
        const auto john = blobRules().putBlob(m_uscert.device, f.sha256, f.size(), f.chunkHashes);
        QVERIFY(john.refusal.isEmpty());
        QVERIFY(!john.complete);
        QVERIFY(john.have.isEmpty());
        QVERIFY(upload(m_uscert, f).complete);
        QCOMPARE(m_store->blobs().blobBytesStored(), stored);
        QCOMPARE(m_store->blobs().storedBlob(f.sha256)->uploader, m_ccirc.device.id);
        QVERIFY(!mayFetch(m_uscert, f));
        QVERIFY(!blobRules().blobChunkFor(m_uscert.device, f.sha256, 0));
        // Bytes that fail the name are refused and leave nothing.
        File lie = f;
        lie.data[0] = char(lie.data[0] ^ 1);
        lie.chunkHashes.replace(0, 32, blob::sha256(lie.data.left(blob::kChunkBytes)));
        QCOMPARE(upload(m_uscert, lie).refusal, QLatin1String(protocol::blob::HashMismatch));
        QCOMPARE(m_store->blobs().blobBytesStored(), stored);
        // Shared: the record naming it reaches the other centre, and so does the file.
        QCOMPARE(push(m_ccirc,
                      m_ccirc.op(QStringLiteral("incident"), id,
                                 {{QStringLiteral("scope"), kShared}}, kShared)),
                 QStringLiteral("accepted"));
        QVERIFY(blobRules().putBlob(m_uscert2.device, f.sha256, f.size(), f.chunkHashes).complete);
        QCOMPARE(blobRules().blobChunkFor(m_uscert.device, f.sha256, 2).value_or(QByteArray()),
                 f.data.mid(2 * blob::kChunkBytes));
    }

    // A device fetches a file when it may receive a feed entry of a record naming it: on a
    // TLP:RED incident, a named analyst from the history sent when named and while on the
    // list, never their colleague, never a revoked device.
    void namedAnalystsFetchWhatTheyReceive()
    {
        const QString id = QStringLiteral("inc-red-file");
        QCOMPARE(newIncident(m_ccirc, id, QStringLiteral("red")), QStringLiteral("accepted"));
        const File before = makeFile(100, 8);
        const File during = makeFile(200, 9);
        const File after = makeFile(300, 10);
        QVERIFY(upload(m_ccirc, before).complete);
        QCOMPARE(push(m_ccirc, evidence(m_ccirc, id, QStringLiteral("ev-before"), before)),
                 QStringLiteral("accepted"));
        QVERIFY(!mayFetch(m_uscert, before));
        QCOMPARE(push(m_ccirc, member(m_ccirc, QStringLiteral("incident_member"), id, m_uscert)),
                 QStringLiteral("accepted"));
        QVERIFY(mayFetch(m_uscert, before));
        QVERIFY(upload(m_ccirc, during).complete);
        QCOMPARE(push(m_ccirc, evidence(m_ccirc, id, QStringLiteral("ev-during"), during)),
                 QStringLiteral("accepted"));
        QVERIFY(mayFetch(m_uscert, during));
        QVERIFY(!mayFetch(m_uscert2, before));
        QVERIFY(!mayFetch(m_uscert2, during));
        QCOMPARE(
            push(m_ccirc, member(m_ccirc, QStringLiteral("incident_member"), id, m_uscert, true)),
            QStringLiteral("accepted"));
        QVERIFY(upload(m_ccirc, after).complete);
        QCOMPARE(push(m_ccirc, evidence(m_ccirc, id, QStringLiteral("ev-after"), after)),
                 QStringLiteral("accepted"));
        QVERIFY(!mayFetch(m_uscert, after));
        QVERIFY(mayFetch(m_uscert, during)); // what he received then stays his
        QVERIFY(mayFetch(m_ccirc2, after));
        HubDevice revoked = m_ccirc2.device;
        revoked.revoked = true;
        QVERIFY(!blobRules().blobFor(revoked, after.sha256));
    }
};

QTEST_GUILESS_MAIN(TestHubRules)
#include "tst_hubrules.moc"
