// The test vectors of docs/PROTOCOL.md that a second client checks itself against:
//  * §7.6  the state hash of a small state built from fixed ops (fixed device keys, fixed
//          HLCs), through the real OpLog, in several orders, and recomputed here from the
//          document's description alone (no SQL), so that the description is the algorithm;
//  * §7.7  the sharing walk-through: hub_seq numbers, republication and rejection codes,
//          through the real HubStore;
//  * §1    what the op parser accepts: unknown members ignored, base64 with or without
//          padding.
#include "TestSupport.h"

#include "crypto/DeviceKey.h"
#include "crypto/Sodium.h"
#include "server/HubStore.h"
#include "sync/Hlc.h"
#include "sync/Op.h"
#include "sync/OpLog.h"

#include <sodium.h>

#include <QTemporaryDir>
#include <QUuid>
#include <QtEndian>
#include <QtTest>

#include <algorithm>

using namespace liaison;
using liaison::test::TestReplica;

// docs/PROTOCOL.md §7.6.
#define DEVICE_B "25843b3a196efcef"
#define PUBLIC_KEY_B "29acbae141bccaf0b22e1a94d34d0bc7361e526d0bfe12c89794bc9322966dd7"
#define SHARE_CANONICAL                                                                            \
    "{\"author\":\"analyst-1\",\"centre\":\"CCIRC\",\"device\":\"9d24e2eeaf27c2a0\",\"entity\":"   \
    "\"incident\",\"entity_id\":\"4f9d1c2e-0000-4000-8000-000000000001\",\"fields\":{\"scope\":"   \
    "\"shared\"},\"hlc\":\"018bcfe56be80000\",\"id\":\"9d24e2eeaf27c2a0:3\",\"scope\":\"shared\"," \
    "\"seq\":3,\"v\":1}"
#define SHARE_SIGNATURE                                                                            \
    "5040b3caede5a3e8fb0268d672468e221204f75828b828b0e4b3e7c8a70b128c893ab1810b02285a0c6588d462"   \
    "55228181ab076fa10110e30869a266a6069808"
#define INDICATOR_CLOCK                                                                            \
    "00018bcfe5680000011039643234653265656166323763326130"                                         \
    "01018bcfe5680000011039643234653265656166323763326130"                                         \
    "02018bcfe5680000011039643234653265656166323763326130"                                         \
    "03018bcfe5680000011039643234653265656166323763326130"                                         \
    "04018bcfe58b2800001032353834336233613139366566636566"
#define STATE_HASH "1ad3d3b185ee6e813f88d5248de9f8963e9705aaf1958779603e5a7b332bb04f"
#define SHARED_STATE_HASH "b5f4c0b7c07e7c776ac9a566b4436d3c8fc447ac8d39e2d4a3472460fa242095"

namespace {

constexpr quint64 kT = 1'700'000'000'000; // 2023-11-14T22:13:20Z

DeviceKey keyFromSeed(int first)
{
    QByteArray seed;
    for (int i = 0; i < 32; ++i)
        seed.append(char(first + i));
    return DeviceKey::fromSeed(seed);
}

struct Author
{
    DeviceKey key;
    QString analyst;
    QString centre;
    qint64 seq = 0;

    Op op(quint64 hlc, const char *scope, const char *entity, const char *id, Fields fields)
    {
        Op op;
        op.device = key.deviceId();
        op.seq = ++seq;
        op.hlc = hlc;
        op.author = analyst;
        op.centre = centre;
        op.scope = QString::fromLatin1(scope);
        op.entity = QString::fromLatin1(entity);
        op.entityId = QString::fromLatin1(id);
        op.fields = std::move(fields);
        normaliseFields(op.fields);
        op.signWith(key);
        return op;
    }
};

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

const char kIncident[] = "4f9d1c2e-0000-4000-8000-000000000001";
const char kIndicator[] = "4f9d1c2e-0000-4000-8000-000000000002";
const char kSharedComment[] = "4f9d1c2e-0000-4000-8000-000000000003";
const char kInternalComment[] = "4f9d1c2e-0000-4000-8000-000000000004";
const char kTag[] = "4f9d1c2e-0000-4000-8000-000000000005";
const char kAttachment[] = "4f9d1c2e-0000-4000-8000-000000000006";

// The ops of §7.6, in the order the document lists them.
std::vector<Op> vectorOps(Author &a, Author &b)
{
    using P = HybridClock;
    std::vector<Op> ops;
    // 1. A creates the incident, internal.
    ops.push_back(a.op(P::pack(kT, 0), "centre", "incident", kIncident,
                       {{s("title"), s("Phishing wave")},
                        {s("summary"), s("")},
                        {s("status"), s("new")},
                        {s("severity"), s("high")},
                        {s("tlp"), s("amber")},
                        {s("pap"), s("green")},
                        {s("sector"), s("ca.finance")},
                        {s("owner_centre"), s("CCIRC")},
                        {s("scope"), s("centre")},
                        {s("created_at"), qint64(kT)},
                        {s("deleted"), false}}));
    // 2. A adds an indicator.
    ops.push_back(a.op(P::pack(kT, 1), "centre", "indicator", kIndicator,
                       {{s("incident_id"), s(kIncident)},
                        {s("type"), s("domain")},
                        {s("value"), s("evil.example")},
                        {s("note"), s("")},
                        {s("deleted"), false}}));
    // 3. A shares the incident.
    ops.push_back(
        a.op(P::pack(kT + 1000, 0), "shared", "incident", kIncident, {{s("scope"), s("shared")}}));
    // 4. and 5. B and A set the severity with the same HLC: the greater device id wins.
    ops.push_back(b.op(P::pack(kT + 2000, 0), "shared", "incident", kIncident,
                       {{s("severity"), s("critical")}}));
    ops.push_back(a.op(P::pack(kT + 2000, 0), "shared", "incident", kIncident,
                       {{s("severity"), s("medium")}}));
    // 6. B comments, shared.
    ops.push_back(b.op(P::pack(kT + 3000, 0), "shared", "comment", kSharedComment,
                       {{s("incident_id"), s(kIncident)},
                        {s("body"), s("Seen here too")},
                        {s("kind"), s("comment")},
                        {s("occurred_at"), qint64(kT + 3000)},
                        {s("scope"), s("shared")},
                        {s("deleted"), false}}));
    // 7. A comments, internal.
    ops.push_back(a.op(P::pack(kT + 4000, 0), "centre", "comment", kInternalComment,
                       {{s("incident_id"), s(kIncident)},
                        {s("body"), s("Internal note")},
                        {s("kind"), s("comment")},
                        {s("occurred_at"), qint64(kT + 4000)},
                        {s("scope"), s("centre")},
                        {s("deleted"), false}}));
    // 8. A tries to narrow the incident back: the value stays "shared", its stamp moves.
    ops.push_back(
        a.op(P::pack(kT + 5000, 0), "centre", "incident", kIncident, {{s("scope"), s("centre")}}));
    // 9. A field this version does not know: kept in the log, not materialised; _updated moves.
    ops.push_back(
        a.op(P::pack(kT + 6000, 0), "shared", "incident", kIncident, {{s("priority"), qint64(3)}}));
    // 10. An op of a known entity with only unknown fields: a row of NULLs, an empty _clock.
    ops.push_back(a.op(P::pack(kT + 7000, 0), "centre", "tag", kTag, {{s("colour"), s("red")}}));
    // 11. An entity this version does not know: kept in the log, no row anywhere.
    ops.push_back(a.op(P::pack(kT + 8000, 0), "centre", "future_entity", kAttachment,
                       {{s("name"), s("a.txt")}}));
    // 12. B deletes the indicator (deletion is a field).
    ops.push_back(
        b.op(P::pack(kT + 9000, 0), "shared", "indicator", kIndicator, {{s("deleted"), true}}));
    // 13. A value of the wrong type (text for an integer field): not materialised.
    ops.push_back(b.op(P::pack(kT + 10000, 0), "shared", "incident", kIncident,
                       {{s("created_at"), s("yesterday")}}));
    return ops;
}

// The state hash as docs/PROTOCOL.md §7.6 describes it, fed by hand.
class ReferenceHash
{
public:
    ReferenceHash()
    {
        ensureSodium();
        crypto_generichash_init(&m_state, nullptr, 0, 32);
    }
    void item(const QByteArray &bytes)
    {
        unsigned char len[4];
        qToBigEndian<quint32>(quint32(bytes.size()), len);
        crypto_generichash_update(&m_state, len, 4);
        crypto_generichash_update(&m_state, reinterpret_cast<const unsigned char *>(bytes.data()),
                                  std::size_t(bytes.size()));
    }
    void table(const char *name) { item(QByteArray(name)); }
    void integer(qint64 n)
    {
        item("1");
        item(QByteArray::number(n));
    }
    void text(const QByteArray &utf8)
    {
        item("3");
        item(utf8);
    }
    void null() { item("5"); }
    struct Stamp
    {
        int index;
        quint64 hlc;
        QByteArray device;
    };
    void clock(const std::vector<Stamp> &stamps)
    {
        QByteArray blob;
        for (const auto &st : stamps) {
            blob.append(char(st.index));
            unsigned char hlc[8];
            qToBigEndian<quint64>(st.hlc, hlc);
            blob.append(reinterpret_cast<const char *>(hlc), 8);
            blob.append(char(st.device.size()));
            blob.append(st.device);
        }
        item("4");
        item(blob);
    }
    QByteArray finish()
    {
        QByteArray out(32, Qt::Uninitialized);
        crypto_generichash_final(&m_state, reinterpret_cast<unsigned char *>(out.data()), 32);
        return out;
    }

private:
    crypto_generichash_state m_state;
};

const char *const kTables[]
    = {"incidents",         "indicators",  "comments",         "tasks",
       "assignees",         "tags",        "channels",         "messages",
       "read_markers",      "contacts",    "visits",           "meetings",
       "attendees",         "attachments", "incident_members", "channel_members",
       "evidence",          "chat_drafts", "visit_approvals",  "incident_links",
       "incident_templates"};

QByteArray referenceHash(bool sharedOnly, const QByteArray &devA, const QByteArray &devB)
{
    using P = HybridClock;
    // Fields 4 and 5 have the same HLC: the greater device id (byte order) wins.
    const bool bWins = devB > devA;
    const QByteArray severityDevice = bWins ? devB : devA;
    ReferenceHash h;
    for (const char *table : kTables) {
        h.table(table);
        const QByteArray name(table);
        if (name == "incidents") {
            h.text(kIncident);
            h.text("Phishing wave");
            h.text(""); // summary: empty text, not NULL
            h.text("new");
            h.text(bWins ? "critical" : "medium");
            h.text("amber");
            h.text("green");
            h.text("ca.finance");
            h.text("CCIRC");
            h.text("shared"); // scope only widens
            h.integer(qint64(kT)); // created_at: the text of op 13 does not fit
            h.integer(0); // deleted false
            for (int i = 0; i < 4; ++i)
                h.null(); // reporter, closed_at, resolution, closing_summary (schema 10)
            h.integer(qint64(P::pack(kT + 10000, 0))); // _updated: the greatest HLC applied
            const quint64 t0 = P::pack(kT, 0);
            h.clock({{0, t0, devA},
                     {1, t0, devA},
                     {2, t0, devA},
                     {3, P::pack(kT + 2000, 0), severityDevice},
                     {4, t0, devA},
                     {5, t0, devA},
                     {6, t0, devA},
                     {7, t0, devA},
                     {8, P::pack(kT + 5000, 0), devA}, // the greatest scope stamp
                     {9, t0, devA},
                     {10, t0, devA}});
        } else if (name == "indicators") {
            h.text(kIndicator);
            h.text(kIncident);
            h.text("domain");
            h.text("evil.example");
            h.text("");
            h.integer(1); // deleted by B
            h.null(); // source (schema 8): never written here
            for (int i = 0; i < 6; ++i)
                h.null(); // tlp, ioc, sighted, first_seen, last_seen, scope (schema 10)
            h.integer(qint64(P::pack(kT + 9000, 0)));
            const quint64 t1 = P::pack(kT, 1);
            h.clock({{0, t1, devA},
                     {1, t1, devA},
                     {2, t1, devA},
                     {3, t1, devA},
                     {4, P::pack(kT + 9000, 0), devB}});
        } else if (name == "comments") {
            // ORDER BY id: ...0003 (B, shared) before ...0004 (A, internal).
            auto comment = [&](const char *id, const char *body, quint64 at, const char *scope,
                               const QByteArray &device) {
                h.text(id);
                h.text(kIncident);
                h.text(body);
                h.text("comment");
                h.integer(qint64(at));
                h.integer(0);
                h.text(scope);
                const quint64 hlc = P::pack(at, 0);
                h.integer(qint64(hlc));
                h.clock({{0, hlc, device},
                         {1, hlc, device},
                         {2, hlc, device},
                         {3, hlc, device},
                         {4, hlc, device},
                         {5, hlc, device}});
            };
            comment(kSharedComment, "Seen here too", kT + 3000, "shared", devB);
            if (!sharedOnly)
                comment(kInternalComment, "Internal note", kT + 4000, "centre", devA);
        } else if (name == "tags" && !sharedOnly) {
            // Its incident_id is NULL: not a child of a shared record.
            h.text(kTag);
            h.null();
            h.null();
            h.null();
            h.integer(qint64(P::pack(kT + 7000, 0)));
            h.clock({}); // a zero-length blob
        }
    }
    return h.finish();
}

struct Hub
{
    QTemporaryDir dir;
    std::unique_ptr<HubStore> store;

    Hub()
    {
        store = HubStore::init(dir.filePath(QStringLiteral("hub")));
        store->directory().addCentre(QStringLiteral("CCIRC"), QStringLiteral("CCIRC"));
        store->directory().addCentre(QStringLiteral("USCERT"), QStringLiteral("US-CERT"));
    }
    Author enrol(DeviceKey key, const QString &centre, HubDevice *device)
    {
        const auto code
            = store->directory().issueEnrolment(centre, QStringLiteral("Analyst"), {}, 3600);
        *device = store->directory().redeemEnrolment(code.code, key.publicKey());
        return Author {std::move(key), device->analystId, centre};
    }
    // The hub_seq the op got, or its rejection code.
    QString push(const Op &op, const HubDevice &device)
    {
        try {
            const auto accepted = store->rules().accept(op, device);
            return QString::number(accepted.hubSeq);
        } catch (const HubError &e) {
            return QString::fromUtf8(e.what());
        }
    }
    // "hub_seq=op id" of what a centre pulls.
    QStringList pulled(const QString &centre)
    {
        QStringList out;
        for (const auto &entry : store->feed().entriesAfter(0, 1000, centre)) {
            const auto op = Op::fromStored(entry.canonical, entry.sig, nullptr);
            out << QStringLiteral("%1=%2").arg(entry.hubSeq).arg(op ? op->id() : QString());
        }
        return out;
    }
};

} // namespace

class TestProtocolVectors : public QObject
{
    Q_OBJECT

private slots:
    void deviceIds()
    {
        QCOMPARE(keyFromSeed(0x00).deviceId(), QStringLiteral("9d24e2eeaf27c2a0"));
        QCOMPARE(keyFromSeed(0x20).deviceId(), QStringLiteral(DEVICE_B));
        QCOMPARE(keyFromSeed(0x20).publicKey().toHex(), QByteArray(PUBLIC_KEY_B));
    }

    void stateHashVector()
    {
        Author a {keyFromSeed(0x00), QStringLiteral("analyst-1"), QStringLiteral("CCIRC")};
        Author b {keyFromSeed(0x20), QStringLiteral("analyst-2"), QStringLiteral("USCERT")};
        const std::vector<Op> ops = vectorOps(a, b);
        ManualClock clock(qint64(kT) + 60'000);

        auto replica = [&](const QString &analyst, const QString &centre) {
            auto r = std::make_unique<TestReplica>(analyst, centre, clock);
            for (const Author *who : {&a, &b})
                r->log->registerDevice(who->key.deviceId(), who->key.publicKey(), who->analyst,
                                       who->centre);
            return r;
        };
        // In order, in one batch.
        auto inOrder = replica(QStringLiteral("analyst-3"), QStringLiteral("CCIRC"));
        const auto result = inOrder->log->applyRemote(ops);
        QCOMPARE(result.applied, int(ops.size()));
        QCOMPARE(result.rejected, 0);
        // Backwards, one op at a time, each twice.
        auto backwards = replica(QStringLiteral("analyst-4"), QStringLiteral("USCERT"));
        for (auto it = ops.rbegin(); it != ops.rend(); ++it) {
            backwards->log->applyRemote({*it});
            backwards->log->applyRemote({*it});
        }
        // Interleaved: odd positions, then even ones.
        auto interleaved = replica(QStringLiteral("analyst-5"), QStringLiteral("CCIRC"));
        std::vector<Op> odd, even;
        for (std::size_t i = 0; i < ops.size(); ++i)
            (i % 2 ? odd : even).push_back(ops[i]);
        interleaved->log->applyRemote(odd);
        interleaved->log->applyRemote(even);

        const QByteArray devA = a.key.deviceId().toLatin1();
        const QByteArray devB = b.key.deviceId().toLatin1();
        const QByteArray full = inOrder->log->stateHash();
        const QByteArray shared = inOrder->log->sharedStateHash();
        qInfo("state-hash          %s", full.toHex().constData());
        qInfo("state-hash --shared %s", shared.toHex().constData());
        for (const auto *r : {backwards.get(), interleaved.get()}) {
            QCOMPARE(r->log->stateHash().toHex(), full.toHex());
            QCOMPARE(r->log->sharedStateHash().toHex(), shared.toHex());
        }
        // The document's description, fed by hand, is the same algorithm...
        QCOMPARE(referenceHash(false, devA, devB).toHex(), full.toHex());
        QCOMPARE(referenceHash(true, devA, devB).toHex(), shared.toHex());
        // ...and gives the hex printed in the document.
        QCOMPARE(full.toHex(), QByteArray(STATE_HASH));
        QCOMPARE(shared.toHex(), QByteArray(SHARED_STATE_HASH));
        // Op 3, the share, on the wire.
        QCOMPARE(ops[2].canonical(), QByteArray(SHARE_CANONICAL));
        QCOMPARE(ops[2].sig.toHex(), QByteArray(SHARE_SIGNATURE));
        // The indicator's _clock and _updated.
        QCOMPARE(inOrder->profile->db()
                     .scalarText("SELECT lower(hex(_clock)) FROM indicators")
                     .value()
                     .toLatin1(),
                 QByteArray(INDICATOR_CLOCK));
        QCOMPARE(inOrder->profile->db().scalarInt("SELECT _updated FROM indicators"),
                 std::int64_t(HybridClock::pack(kT + 9000, 0)));
        QCOMPARE(inOrder->profile->db().scalarInt("SELECT length(_clock) FROM tags"), 0);
        QCOMPARE(inOrder->profile->db().scalarText("SELECT typeof(_clock) FROM tags").value(),
                 QStringLiteral("blob"));
        // The unknown entity and field are kept in the log.
        QCOMPARE(inOrder->profile->db().scalarInt("SELECT count(*) FROM ops"),
                 std::int64_t(ops.size()));
    }

    void sharingWalkThrough()
    {
        Hub hub;
        HubDevice devA, devB;
        Author a = hub.enrol(keyFromSeed(0x00), QStringLiteral("CCIRC"), &devA);
        Author b = hub.enrol(keyFromSeed(0x20), QStringLiteral("USCERT"), &devB);
        using P = HybridClock;
        const auto inc = [](const char *tlp, const char *scope) {
            return Fields {{s("title"), s("Phishing wave")},
                           {s("tlp"), s(tlp)},
                           {s("owner_centre"), s("CCIRC")},
                           {s("scope"), s(scope)},
                           {s("deleted"), false}};
        };
        const auto comment = [](const char *scope) {
            return Fields {{s("incident_id"), s(kIncident)},
                           {s("body"), s("text")},
                           {s("kind"), s("comment")},
                           {s("scope"), s(scope)},
                           {s("deleted"), false}};
        };
        // A: the incident, an indicator, an internal comment, a comment marked shared.
        QCOMPARE(
            hub.push(a.op(P::pack(kT, 0), "centre", "incident", kIncident, inc("amber", "centre")),
                     devA),
            QStringLiteral("1"));
        QCOMPARE(hub.push(a.op(P::pack(kT, 1), "centre", "indicator", kIndicator,
                               {{s("incident_id"), s(kIncident)},
                                {s("type"), s("domain")},
                                {s("value"), s("evil.example")}}),
                          devA),
                 QStringLiteral("2"));
        QCOMPARE(
            hub.push(a.op(P::pack(kT, 2), "centre", "comment", kInternalComment, comment("centre")),
                     devA),
            QStringLiteral("3"));
        QCOMPARE(
            hub.push(a.op(P::pack(kT, 3), "centre", "comment", kSharedComment, comment("shared")),
                     devA),
            QStringLiteral("4"));
        // B cannot write to A's internal incident; the refusal uses no hub_seq.
        QCOMPARE(hub.push(b.op(P::pack(kT, 4), "centre", "comment", kTag, comment("centre")), devB),
                 QStringLiteral("scope-violation"));
        // The sharing rule: both the op's scope member and its scope field.
        QCOMPARE(hub.push(a.op(P::pack(kT, 5), "centre", "incident", kIncident,
                               {{s("scope"), s("shared")}}),
                          devA),
                 QStringLiteral("scope-mismatch"));
        QCOMPARE(
            hub.push(a.op(P::pack(kT, 6), "shared", "incident", kIncident, {{s("title"), s("x")}}),
                     devA),
            QStringLiteral("scope-mismatch"));
        // A refused op used A's seq 5 and 6: the next accepted op has seq 7 (a gap is fine),
        // but its HLC must exceed that of A's last accepted op.
        QCOMPARE(hub.push(a.op(P::pack(kT, 3), "shared", "incident", kIncident,
                               {{s("scope"), s("shared")}}),
                          devA),
                 QStringLiteral("clock-not-increasing"));
        // The share: ops 1, 2 and 4 again at 5, 6, 7 (for the other centres), the share at 8.
        const Op share = a.op(P::pack(kT + 1000, 0), "shared", "incident", kIncident,
                              {{s("scope"), s("shared")}});
        QCOMPARE(share.seq, qint64(8));
        QCOMPARE(hub.push(share, devA), QStringLiteral("8"));
        // B: only the owner sets scope; B's internal comment stays in USCERT.
        QCOMPARE(hub.push(b.op(P::pack(kT + 2000, 0), "shared", "incident", kIncident,
                               {{s("scope"), s("shared")}}),
                          devB),
                 QStringLiteral("not-owner"));
        QCOMPARE(hub.push(b.op(P::pack(kT + 2000, 1), "shared", "comment", kTag, comment("centre")),
                          devB),
                 QStringLiteral("9"));
        // Raising the marking of a shared record is accepted; owner_centre is fixed.
        QCOMPARE(hub.push(a.op(P::pack(kT + 3000, 0), "shared", "incident", kIncident,
                               {{s("tlp"), s("red")}}),
                          devA),
                 QStringLiteral("10"));
        QCOMPARE(hub.push(b.op(P::pack(kT + 3000, 1), "shared", "incident", kIncident,
                               {{s("owner_centre"), s("USCERT")}}),
                          devB),
                 QStringLiteral("owner-mismatch"));
        const QString idA = a.key.deviceId();
        const QString idB = b.key.deviceId();
        QCOMPARE(
            hub.pulled(QStringLiteral("CCIRC")),
            QStringList({QStringLiteral("1=%1:1").arg(idA), QStringLiteral("2=%1:2").arg(idA),
                         QStringLiteral("3=%1:3").arg(idA), QStringLiteral("4=%1:4").arg(idA),
                         QStringLiteral("8=%1:8").arg(idA), QStringLiteral("10=%1:9").arg(idA)}));
        QCOMPARE(
            hub.pulled(QStringLiteral("USCERT")),
            QStringList({QStringLiteral("5=%1:1").arg(idA), QStringLiteral("6=%1:2").arg(idA),
                         QStringLiteral("7=%1:4").arg(idA), QStringLiteral("8=%1:8").arg(idA),
                         QStringLiteral("9=%1:3").arg(idB), QStringLiteral("10=%1:9").arg(idA)}));
        // A record created with amber+strict or red is never shared; created shared, refused.
        QCOMPARE(hub.push(a.op(P::pack(kT + 4000, 0), "shared", "incident", kAttachment,
                               inc("amber+strict", "shared")),
                          devA),
                 QStringLiteral("tlp-forbids-share"));
    }

    void opParserLeniency()
    {
        Author a {keyFromSeed(0x00), QStringLiteral("analyst-1"), QStringLiteral("CCIRC")};
        const Op op = a.op(HybridClock::pack(kT, 0), "centre", "incident", kIncident,
                           {{s("title"), s("x")}});
        const QByteArray wire = op.toJson();
        // The sig is standard base64 (RFC 4648 §4) with padding.
        const QByteArray b64 = op.sig.toBase64();
        QVERIFY(b64.endsWith("=="));
        QVERIFY(wire.contains("\"sig\":\"" + b64 + "\""));
        // Without padding: accepted, same signature.
        QByteArray unpadded = wire;
        unpadded.replace(b64, b64.left(b64.size() - 2));
        auto parsed = Op::fromJson(unpadded, nullptr);
        QVERIFY(parsed);
        QCOMPARE(parsed->sig, op.sig);
        // Unknown members: ignored (not signed, not kept, not forwarded).
        QByteArray extra = wire;
        extra.replace("{\"author\"", "{\"x-note\":[1,2],\"author\"");
        parsed = Op::fromJson(extra, nullptr);
        QVERIFY(parsed);
        QCOMPARE(parsed->canonical(), op.canonical());
        QVERIFY(parsed->verify(a.key.publicKey()));
        QVERIFY(!parsed->toJson().contains("x-note"));
        // A space in an identifier is refused (identifiers are 0x21..0x7e without " and \).
        QByteArray space = wire;
        space.replace("\"centre\":\"CCIRC\"", "\"centre\":\"CC IRC\"");
        QVERIFY(!Op::fromJson(space, nullptr));
    }
};

QTEST_GUILESS_MAIN(TestProtocolVectors)
#include "tst_protocolvectors.moc"
