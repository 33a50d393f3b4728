// Chat against a real hub over real WebSockets on 127.0.0.1, checked on the wire: the hub
// (HubServer over a HubStore, or the liaison-hub process), client profiles in SQLCipher files
// (Workspace: op log, ChatService, SyncEngine), and raw WebSocket clients that authenticate as
// a device and record every page and live frame the hub sends them.
//   * three devices of two centres write to one shared channel while they go offline and come
//     back at random: the same messages in the same order everywhere;
//   * a member taken off a members-only channel receives nothing written after the removal;
//   * a centre-only channel never reaches the other centre, only an analyst of it named on
//     its list, and nothing after she is taken off; a removed member's client writes no more;
//   * messages written offline survive a restart of the profile, pending, and arrive in order;
//   * liaison-cli killed with SIGKILL while it syncs: every message arrives once, in order;
//   * presence (online, away, offline over an analyst's devices) and typing reach exactly those
//     who may read the channel, and the hub checks every presence and typing frame.
// Every wait is bounded. The random schedules print their seed; LIAISON_SEED=n replays the
// schedule (the timing of the sockets is the machine's).
#include "TestSupport.h"
#include "WireSupport.h"

#include "crypto/DeviceKey.h"
#include "domain/Schema.h"
#include "server/HubServer.h"
#include "server/HubStore.h"
#include "services/ChatService.h"
#include "storage/Database.h"
#include "storage/Profile.h"
#include "sync/OpLog.h"
#include "sync/Presence.h"
#include "sync/SyncEngine.h"
#include "workspace/Workspace.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <memory>
#include <random>
#include <vector>

using namespace liaison;
using namespace liaison::test;

namespace {

const QString kCcirc = QStringLiteral("CCIRC");
const QString kUscert = QStringLiteral("USCERT");
const char kPassphrase[] = "correct horse battery staple";

quint64 seedFromEnvironment()
{
    bool ok = false;
    const quint64 seed = qEnvironmentVariable("LIAISON_SEED").toULongLong(&ok);
    return ok ? seed : QRandomGenerator::global()->generate64();
}

QStringList ids(const QList<ChatMessage> &messages)
{
    QStringList out;
    for (const ChatMessage &m : messages)
        out << m.id;
    return out;
}

// A client profile as the desktop holds it: a SQLCipher profile in its own folder, opened in a
// Workspace (op log, services, sync engine). The folder outlives the workspace (a restart).
struct Device
{
    QString name;
    QString centre;
    QString dir;
    std::unique_ptr<ManualClock> clock;
    std::unique_ptr<Workspace> ws;
    QStringList frames; // every frame the engine received, as text

    OpLog &log() { return ws->opLog(); }
    ChatService &chat() { return ws->chat(); }
    SyncEngine &engine() { return ws->sync(); }
    QString analyst() { return log().identity().analystId; }
    QString deviceId() { return log().identity().deviceId; }
    bool upToDate()
    {
        return engine().state() == SyncEngine::State::UpToDate && log().outboxSize() == 0;
    }
};

// The op that created a message (its first op carries channel_id).
QString creatingOpId(OpLog &log, const QString &messageId)
{
    for (const Op &op : log.opsFor(QString::fromLatin1(entity::Message), messageId)) {
        if (op.field(QStringLiteral("channel_id")))
            return op.id();
    }
    return {};
}

// The op ids a page or live frame carries, in order (none for other frames).
QStringList opIdsOf(const QJsonObject &frame)
{
    QStringList out;
    const QString t = frame.value(QLatin1String("t")).toString();
    if (t != QLatin1String("page") && t != QLatin1String("live"))
        return out;
    for (const QJsonValue &v : frame.value(QLatin1String("ops")).toArray())
        out << v.toObject()
                   .value(QLatin1String("op"))
                   .toObject()
                   .value(QLatin1String("id"))
                   .toString();
    return out;
}

QStringList opIdsOf(const QStringList &frames)
{
    QStringList out;
    for (const QString &text : frames)
        out << opIdsOf(QJsonDocument::fromJson(text.toUtf8()).object());
    return out;
}

// A raw WebSocket client authenticated as one device: records every frame, pulls the whole
// feed on demand, and tells which op ids the hub sent it (in pages and in live frames).
class WireTap
{
public:
    explicit WireTap(quint16 port)
        : m_client(port)
    { }
    bool authenticate(const DeviceKey &key) { return m_client.authenticate(key); }
    // Takes what arrived so far (call inside QTRY_* conditions: they run the event loop).
    void drain()
    {
        for (QJsonObject f = m_client.next(0); !f.isEmpty(); f = m_client.next(0))
            m_frames << f;
    }
    // The whole feed from `after`, page after page (bounded); false on a time-out.
    bool pullAll(qint64 after = 0)
    {
        for (int pages = 0; pages < 1000; ++pages) {
            m_client.send({{"t", "pull"}, {"after", double(after)}, {"limit", 1000}});
            QJsonObject page;
            for (int i = 0; i < 1000 && page.isEmpty(); ++i) {
                const QJsonObject f = m_client.next(5000);
                if (f.isEmpty())
                    return false;
                m_frames << f;
                if (f.value(QLatin1String("t")).toString() == QLatin1String("page")
                    && qint64(f.value(QLatin1String("after")).toDouble()) == after)
                    page = f;
            }
            if (page.isEmpty())
                return false;
            ++m_pages;
            if (!page.value(QLatin1String("more")).toBool())
                return true;
            after = qint64(page.value(QLatin1String("cursor")).toDouble());
        }
        return false;
    }
    // Op ids of every page and live frame, in the order received (with repeats).
    QStringList opIds() const
    {
        QStringList out;
        for (const QJsonObject &f : m_frames)
            out << opIdsOf(f);
        return out;
    }
    int liveFrames() const
    {
        return int(std::count_if(m_frames.cbegin(), m_frames.cend(), [](const QJsonObject &f) {
            return f.value(QLatin1String("t")).toString() == QLatin1String("live");
        }));
    }
    int pages() const { return m_pages; }
    QStringList errors() const
    {
        QStringList out;
        for (const QJsonObject &f : m_frames) {
            if (f.value(QLatin1String("t")).toString() == QLatin1String("error"))
                out << f.value(QLatin1String("code")).toString();
        }
        return out;
    }

private:
    RawClient m_client;
    QList<QJsonObject> m_frames;
    int m_pages = 0;
};

// Process helpers for liaison-hub and liaison-cli (as tst_cli runs them).
using Result = test::ProcessResult;

QProcessEnvironment cliEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LIAISON_PASSPHRASE"), QString::fromLatin1(kPassphrase));
    env.insert(QStringLiteral("LIAISON_KDF"), QStringLiteral("fast-for-tests"));
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("liaison.*.info=false"));
    return env;
}

Result run(const QString &binary, const QStringList &args)
{
    return test::runProcess(binary, args, cliEnvironment());
}

} // namespace

class TestChatWire : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_hubDir;
    std::unique_ptr<HubStore> m_store;
    std::unique_ptr<HubServer> m_server;
    quint16 m_port = 0;
    std::vector<std::unique_ptr<Device>> m_devices;
    int m_made = 0;

    QUrl hubUrl() const { return QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(m_port)); }

    // The hub on m_port (0: any free port, remembered for restarts).
    bool startHub()
    {
        if (!m_store)
            m_store = HubStore::open(m_hubDir);
        m_server = std::make_unique<HubServer>(*m_store);
        QString error;
        if (!m_server->listen(QHostAddress::LocalHost, m_port, true, &error)) {
            qWarning("hub: %s", qPrintable(error));
            return false;
        }
        m_port = m_server->port();
        return true;
    }
    // Stops the hub: its sockets close, its store is closed (as a stopped process's).
    void stopHub()
    {
        m_server.reset();
        m_store.reset();
    }

    void attachWorkspace(Device &d, std::unique_ptr<Profile> profile)
    {
        d.ws = std::make_unique<Workspace>(std::move(profile), *d.clock);
        d.engine().setReconnectBaseForTesting(50);
        d.engine().setHub(hubUrl());
        Device *raw = &d;
        connect(&d.engine(), &SyncEngine::frameReceived, this,
                [raw](const QString &text) { raw->frames << text; });
    }

    // A new profile enrolled as a new analyst of centre (or another device of the analyst
    // called name, if one exists). Its clock starts at now + clockOffsetMs.
    Device &addDevice(const QString &centre, const QString &name, qint64 clockOffsetMs = 0)
    {
        auto d = std::make_unique<Device>();
        d->name = name;
        d->centre = centre;
        d->dir = m_dir.filePath(QStringLiteral("device-%1").arg(++m_made));
        d->clock
            = std::make_unique<ManualClock>(QDateTime::currentMSecsSinceEpoch() + clockOffsetMs);
        attachWorkspace(
            *d, Profile::create(d->dir, passphrase(kPassphrase), KdfParams::fastForTests()));
        QString existing;
        for (const auto &other : m_devices) {
            if (other->name == name)
                existing = other->analyst();
        }
        const auto code = existing.isEmpty()
            ? m_store->directory().issueEnrolment(centre, name, {}, 3600)
            : m_store->directory().issueDeviceEnrolment(existing, 3600);
        const HubDevice device
            = m_store->directory().redeemEnrolment(code.code, d->log().identity().key->publicKey());
        d->log().setEnrolment(device.analystId, device.centre);
        m_devices.push_back(std::move(d));
        return *m_devices.back();
    }

    // Closes the workspace (engine, services, op log, profile) and opens the folder again, as
    // a restart of the app does; the clock may have moved (even back).
    void restart(Device &d)
    {
        d.ws.reset();
        attachWorkspace(d, Profile::open(d.dir, passphrase(kPassphrase)));
    }

    // A raw device of an existing analyst (their second device), on the wire.
    std::unique_ptr<WireTap> tapAs(const QString &analystId)
    {
        DeviceKey key = DeviceKey::generate();
        const auto code = m_store->directory().issueDeviceEnrolment(analystId, 3600);
        m_store->directory().redeemEnrolment(code.code, key.publicKey());
        auto tap = std::make_unique<WireTap>(m_port);
        if (!tap->authenticate(key))
            return {};
        return tap;
    }

    bool allUpToDate()
    {
        for (const auto &d : m_devices) {
            if (d->ws && !d->upToDate())
                return false;
        }
        return true;
    }

    static bool hasChannel(Device &d, const QString &id)
    {
        return d.chat().channel(id).has_value();
    }

    // From the hub's own store: every op whose root (found through the parents named in the
    // ops themselves, at any depth) is `root` ("channel/ID"), with its first hub_seq, in
    // hub_seq order. Worked out here from the op bodies, not from the hub's routing columns.
    QList<std::pair<qint64, QString>> hubOpsOfRoot(const QString &root, QString hubDir = {})
    {
        if (hubDir.isEmpty())
            hubDir = m_hubDir;
        QList<std::pair<qint64, QString>> out;
        QHash<QString, QString> parentOf; // record -> its parent record
        Database hubDb = openHubDatabase(hubDir);
        auto st = hubDb.prepare("SELECT hub_seq, body FROM ops ORDER BY hub_seq");
        while (st.step()) {
            QString error;
            const auto op = Op::fromStored(st.blob(1), QByteArray(64, '\0'), &error);
            if (!op)
                continue;
            const QString record = op->entity + QLatin1Char('/') + op->entityId;
            const EntityDef *def = findEntity(op->entity);
            if (def && def->isChild()) {
                const FieldValue *parent = op->field(QString::fromLatin1(def->parentField));
                if (parent && std::holds_alternative<QString>(*parent)
                    && !parentOf.contains(record))
                    parentOf.insert(record,
                                    QString::fromLatin1(def->parentEntity) + QLatin1Char('/')
                                        + std::get<QString>(*parent));
            }
            QString r = record;
            for (int depth = 0; depth < 8 && parentOf.contains(r); ++depth)
                r = parentOf.value(r);
            if (r == root)
                out.append({st.int64(0), op->id()});
        }
        return out;
    }

private slots:
    void init()
    {
        m_hubDir
            = m_dir.filePath(QStringLiteral("hub-%1").arg(QRandomGenerator::global()->generate()));
        m_port = 0;
        m_store = HubStore::init(m_hubDir);
        m_store->directory().addCentre(kCcirc,
                                       QStringLiteral("Canadian Cyber Incident Response Centre"));
        m_store->directory().addCentre(kUscert, QStringLiteral("US-CERT"));
        QVERIFY(startHub());
    }

    void cleanup()
    {
        m_devices.clear();
        stopHub();
    }

    void sameOrderOnThreeDevices_data()
    {
        QTest::addColumn<quint64>("seed");
        if (qEnvironmentVariableIsSet("LIAISON_SEED")) {
            QTest::addRow("env") << seedFromEnvironment();
            return;
        }
        QTest::addRow("seed-7") << quint64(7);
        QTest::addRow("random") << seedFromEnvironment();
    }

    // Three devices, two centres, one order: each device writes to a shared channel in rounds
    // while devices go offline (engine stopped) and come back at random. At the end every
    // device lists the same messages in the same order, the order of the (hlc, device) stamps
    // the senders gave them, whatever their wall clocks (up to 90 s apart) said.
    void sameOrderOnThreeDevices()
    {
        QFETCH(quint64, seed);
        qInfo("sameOrderOnThreeDevices seed %llu (replay with LIAISON_SEED=%llu)",
              static_cast<unsigned long long>(seed), static_cast<unsigned long long>(seed));
        const QString where = QStringLiteral("seed %1").arg(seed);
        std::mt19937_64 rng(seed);
        const auto below = [&rng](int n) { return int(rng() % quint64(n)); };
        QElapsedTimer timer;
        timer.start();

        Device &a = addDevice(kCcirc, QStringLiteral("Chantal Roy"), below(180'001) - 90'000);
        Device &a2 = addDevice(kCcirc, QStringLiteral("Luc Gagnon"), below(180'001) - 90'000);
        Device &b = addDevice(kUscert, QStringLiteral("Dana Lee"), below(180'001) - 90'000);
        Device *devices[] = {&a, &a2, &b};
        const QString ch = a.chat().createGroup(QStringLiteral("CCIRC / US-CERT"),
                                                QStringLiteral("shared"), QStringLiteral("green"));
        for (Device *d : devices)
            d->engine().start();
        for (Device *d : devices)
            QTRY_VERIFY2_WITH_TIMEOUT(hasChannel(*d, ch), qPrintable(where), 10000);

        struct Sent
        {
            quint64 hlc;
            QString device;
            QString id;
        };
        std::vector<Sent> sent;
        QHash<QString, QStringList> sentBy; // device id -> its messages, in the order written
        int toggles = 0;
        for (int round = 0; round < 10; ++round) {
            std::vector<Device *> order(std::begin(devices), std::end(devices));
            std::shuffle(order.begin(), order.end(), rng);
            for (Device *d : order) {
                // Offline or back online, at random (a third of the time).
                if (below(3) == 0) {
                    ++toggles;
                    if (d->engine().state() == SyncEngine::State::Offline)
                        d->engine().start();
                    else
                        d->engine().stop();
                }
                const int n = 1 + below(3);
                for (int k = 0; k < n; ++k) {
                    d->clock->advance(below(1500));
                    const QString id = d->chat().send(
                        ch, QStringLiteral("r%1 %2 #%3").arg(round).arg(d->name).arg(k));
                    const auto m = d->chat().message(id);
                    QVERIFY(m.has_value());
                    QVERIFY(m->pending);
                    QCOMPARE(m->device, d->deviceId());
                    sent.push_back({m->hlc, m->device, id});
                    sentBy[d->deviceId()] << id;
                }
                QTest::qWait(below(25));
            }
            QTest::qWait(below(80));
        }
        for (Device *d : devices) {
            if (d->engine().state() == SyncEngine::State::Offline)
                d->engine().start();
        }
        const int total = int(sent.size());
        QTRY_VERIFY2_WITH_TIMEOUT(allUpToDate(), qPrintable(where), 20000);
        for (Device *d : devices)
            QTRY_VERIFY2_WITH_TIMEOUT(d->chat().messageCount(ch) == total, qPrintable(where),
                                      10000);

        // The order every replica must agree on, from the senders' own stamps.
        std::sort(sent.begin(), sent.end(), [](const Sent &x, const Sent &y) {
            return x.hlc != y.hlc ? x.hlc < y.hlc : x.device < y.device;
        });
        QStringList expected;
        for (const Sent &s : sent)
            expected << s.id;
        for (Device *d : devices) {
            const QList<ChatMessage> list = d->chat().messages(ch, 1000);
            QVERIFY2(ids(list) == expected, qPrintable(where + QStringLiteral(" on ") + d->name));
            for (const ChatMessage &m : list)
                QVERIFY2(!m.pending, qPrintable(where));
            // Each sender's messages keep the order they were written in.
            for (auto it = sentBy.cbegin(); it != sentBy.cend(); ++it) {
                QStringList theirs;
                for (const ChatMessage &m : list) {
                    if (m.device == it.key())
                        theirs << m.id;
                }
                QVERIFY2(theirs == it.value(), qPrintable(where));
            }
        }
        QTRY_VERIFY2_WITH_TIMEOUT(a.log().sharedStateHash() == a2.log().sharedStateHash()
                                      && a.log().sharedStateHash() == b.log().sharedStateHash(),
                                  qPrintable(where), 10000);
        for (Device *d : devices)
            QCOMPARE(d->log().rejectedCount(), 0);
        // At the hub: each message once, each op once, no gap in hub_seq.
        Database hubDb = openHubDatabase(m_hubDir);
        QCOMPARE(hubDb.scalarInt("SELECT count(DISTINCT id) FROM ops"),
                 hubDb.scalarInt("SELECT count(*) FROM ops"));
        QCOMPARE(hubDb.scalarInt("SELECT count(*) FROM feed"), m_store->feed().lastHubSeq());
        QCOMPARE(int(hubOpsOfRoot(QStringLiteral("channel/") + ch).size()), total + 1);
        qInfo("seed %llu: %d messages, %d offline/online toggles, %lld ms",
              static_cast<unsigned long long>(seed), total, toggles, timer.elapsed());
    }

    // A removed member receives nothing written after the removal, on the wire: a raw client
    // authenticated as the removed analyst's second device records every page and live frame.
    void removedMemberReceivesNothingAfter()
    {
        Device &a = addDevice(kCcirc, QStringLiteral("Chantal Roy"));
        Device &b = addDevice(kUscert, QStringLiteral("Dana Lee"));
        a.engine().start();
        b.engine().start();
        QTRY_VERIFY_WITH_TIMEOUT(allUpToDate(), 10000);
        const auto tap = tapAs(b.analyst()); // Dana's second device, by hand
        QVERIFY(tap);
        QVERIFY(tap->pullAll(0));

        const QString ch
            = a.chat().createGroup(QStringLiteral("Tiger team"), QStringLiteral("members"),
                                   QStringLiteral("amber"), {b.analyst()});
        const QString m1 = a.chat().send(ch, QStringLiteral("m1: for both of us"));
        const QString m1Op = creatingOpId(a.log(), m1);
        QTRY_VERIFY_WITH_TIMEOUT(b.chat().message(m1).has_value(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT((tap->drain(), tap->opIds().contains(m1Op)), 10000);
        QVERIFY(tap->liveFrames() > 0); // it came live

        a.chat().removeMember(ch, b.analyst());
        const QString removalOp = a.log()
                                      .opsFor(QString::fromLatin1(entity::ChannelMember),
                                              ch + QLatin1Char('.') + b.analyst())
                                      .back()
                                      .id();
        const QString m2 = a.chat().send(ch, QStringLiteral("m2: after Dana left"));
        a.chat().edit(m1, QStringLiteral("m1, edited after Dana left"));
        a.chat().setTopic(ch, QStringLiteral("topic after Dana left"));
        a.chat().markAllRead(ch);
        // A message in a channel Dana still has, written last: once it arrived, everything
        // the hub would have sent her before it has arrived too (frames go in hub_seq order).
        const QString bridge = a.chat().ensureBridge();
        const QString sentinel = a.chat().send(bridge, QStringLiteral("sentinel"));
        const QString sentinelOp = creatingOpId(a.log(), sentinel);
        QTRY_VERIFY_WITH_TIMEOUT(a.upToDate(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(b.chat().message(sentinel).has_value(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT((tap->drain(), tap->opIds().contains(sentinelOp)), 10000);
        // And the whole feed again, from 0, on the same session and on a new one.
        QVERIFY(tap->pullAll(0));
        const auto fresh = tapAs(b.analyst());
        QVERIFY(fresh);
        QVERIFY(fresh->pullAll(0));

        // The ops of the channel the hub accepted after the removal (from its own store).
        const auto onChannel = hubOpsOfRoot(QStringLiteral("channel/") + ch);
        qint64 removalSeq = -1;
        for (const auto &[hubSeq, id] : onChannel) {
            if (id == removalOp)
                removalSeq = hubSeq;
        }
        QVERIFY(removalSeq > 0);
        QStringList after;
        for (const auto &[hubSeq, id] : onChannel) {
            if (hubSeq > removalSeq)
                after << id;
        }
        QVERIFY2(after.size() >= 3, qPrintable(after.join(QLatin1Char(',')))); // m2, edit, topic
        QVERIFY(after.contains(creatingOpId(a.log(), m2)));

        for (const WireTap *t : {tap.get(), fresh.get()}) {
            const QStringList seen = t->opIds();
            QVERIFY(seen.contains(m1Op));
            QVERIFY(seen.contains(removalOp)); // she is told she was removed
            QVERIFY(seen.contains(sentinelOp));
            for (const QString &id : std::as_const(after))
                QVERIFY2(!seen.contains(id), qPrintable(id + QStringLiteral(" reached Dana")));
            QVERIFY(t->errors().isEmpty());
        }
        // Her desktop's engine neither.
        const QStringList toEngine = opIdsOf(b.frames);
        QVERIFY(toEngine.contains(m1Op));
        QVERIFY(toEngine.contains(removalOp));
        for (const QString &id : std::as_const(after))
            QVERIFY2(!toEngine.contains(id),
                     qPrintable(id + QStringLiteral(" reached Dana's engine")));
        // Her store: m1 as it was, no m2, no later topic; she knows she left.
        QVERIFY(!b.chat().message(m2).has_value());
        QVERIFY(!b.log().loadOp(creatingOpId(a.log(), m2)).has_value());
        QCOMPARE(ids(b.chat().messages(ch)), QStringList {m1});
        QCOMPARE(b.chat().message(m1)->body, QStringLiteral("m1: for both of us"));
        QVERIFY(b.chat().channel(ch)->topic.isEmpty());
        QCOMPARE(b.chat().members(ch).size(), 1); // Chantal alone
        // She knows she was taken off: her client writes nothing more to the channel that the
        // hub would refuse (not-member): no message, no read marker, no draft, no mute.
        QVERIFY(!b.chat().canWrite(ch));
        QVERIFY(a.chat().canWrite(ch));
        const int written = b.log().database().scalarInt("SELECT count(*) FROM ops");
        const auto refusal = [](auto &&f) -> QString {
            try {
                f();
            } catch (const ValidationError &e) {
                return e.field() + QLatin1Char('/') + e.code();
            }
            return {};
        };
        QCOMPARE(refusal([&] { b.chat().send(ch, QStringLiteral("still there?")); }),
                 QStringLiteral("channel/not-member"));
        QCOMPARE(refusal([&] { b.chat().setMuted(ch, true); }),
                 QStringLiteral("channel/not-member"));
        b.chat().markAllRead(ch); // what a view does when it shows the channel: nothing
        b.chat().saveDraft(ch, QStringLiteral("half-typed")); // and when it leaves it
        QCOMPARE(b.log().database().scalarInt("SELECT count(*) FROM ops"), written);
        QCOMPARE(b.log().outboxSize(), 0);
        QCOMPARE(ids(a.chat().messages(ch)), (QStringList {m1, m2}));
        QCOMPARE(a.log().rejectedCount(), 0);
        QCOMPARE(b.log().rejectedCount(), 0);
    }

    // A CCIRC channel of scope centre never reaches US-CERT: not a US-CERT desktop, not a raw
    // US-CERT device reading every page and live frame, while a CCIRC colleague receives it.
    void centreChannelStaysInItsCentre()
    {
        Device &a = addDevice(kCcirc, QStringLiteral("Chantal Roy"));
        Device &a2 = addDevice(kCcirc, QStringLiteral("Luc Gagnon"));
        Device &u = addDevice(kUscert, QStringLiteral("Dana Lee"));
        for (Device *d : {&a, &a2, &u})
            d->engine().start();
        QTRY_VERIFY_WITH_TIMEOUT(allUpToDate(), 10000);
        const auto tap = tapAs(u.analyst());
        QVERIFY(tap);
        QVERIFY(tap->pullAll(0));

        const QString ch = a.chat().createGroup(QStringLiteral("CCIRC team"),
                                                QStringLiteral("centre"), QStringLiteral("green"));
        QStringList written;
        for (int i = 0; i < 5; ++i)
            written << a.chat().send(ch, QStringLiteral("internal %1").arg(i));
        QTRY_VERIFY_WITH_TIMEOUT(hasChannel(a2, ch), 10000);
        const QString reply = a2.chat().send(ch, QStringLiteral("Luc, internal"));
        a.chat().edit(written.first(), QStringLiteral("internal 0, edited"));
        a.chat().setTopic(ch, QStringLiteral("ours"));
        // The sentinel, last, in a channel both centres have.
        const QString bridge = a.chat().ensureBridge();
        const QString sentinel = a.chat().send(bridge, QStringLiteral("sentinel"));
        QTRY_VERIFY_WITH_TIMEOUT(allUpToDate(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(u.chat().message(sentinel).has_value(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(
            (tap->drain(), tap->opIds().contains(creatingOpId(a.log(), sentinel))), 10000);
        QVERIFY(tap->pullAll(0));
        QTRY_VERIFY_WITH_TIMEOUT(a2.chat().messageCount(ch) == 6, 10000);

        const auto onChannel = hubOpsOfRoot(QStringLiteral("channel/") + ch);
        QCOMPARE(onChannel.size(), 9); // creation, 6 messages, an edit, the topic
        QStringList channelOps;
        for (const auto &entry : onChannel)
            channelOps << entry.second;
        const QStringList seen = tap->opIds();
        QVERIFY(!seen.isEmpty());
        for (const QString &id : std::as_const(channelOps))
            QVERIFY2(!seen.contains(id), qPrintable(id + QStringLiteral(" reached US-CERT")));
        const QStringList toEngine = opIdsOf(u.frames);
        QVERIFY(toEngine.contains(creatingOpId(a.log(), sentinel)));
        for (const QString &text : std::as_const(u.frames))
            QVERIFY2(!text.contains(ch),
                     qPrintable(QStringLiteral("a frame to US-CERT names ") + ch));
        for (const QString &id : std::as_const(channelOps))
            QVERIFY2(!toEngine.contains(id), qPrintable(id + QStringLiteral(" reached US-CERT")));
        QVERIFY(!hasChannel(u, ch));
        auto &count
            = u.log().database().cached("SELECT count(*) FROM messages WHERE channel_id = ?1");
        count.bind(1, ch);
        QVERIFY(count.step());
        QCOMPARE(count.int64(0), std::int64_t(0));
        count.reset();
        QVERIFY(!u.chat().message(reply).has_value());
        // The CCIRC colleague has all of it, in the same order.
        QCOMPARE(ids(a2.chat().messages(ch)), ids(a.chat().messages(ch)));
        for (Device *d : {&a, &a2, &u})
            QCOMPARE(d->log().rejectedCount(), 0);
    }

    // A CCIRC centre channel with one US-CERT analyst named on its list: it reaches her (her
    // desktop and her second device), never her US-CERT colleague; once she is taken off, no
    // later op reaches her.
    void centreChannelWithANamedGuest()
    {
        Device &a = addDevice(kCcirc, QStringLiteral("Chantal Roy"));
        Device &u = addDevice(kUscert, QStringLiteral("Dana Lee"));
        a.engine().start();
        u.engine().start();
        QTRY_VERIFY_WITH_TIMEOUT(allUpToDate(), 10000);
        const auto guest = tapAs(u.analyst()); // Dana's second device
        QVERIFY(guest);
        const auto code
            = m_store->directory().issueEnrolment(kUscert, QStringLiteral("Sam Ortiz"), {}, 3600);
        DeviceKey samKey = DeviceKey::generate();
        m_store->directory().redeemEnrolment(code.code, samKey.publicKey());
        WireTap colleague(m_port); // Sam: US-CERT, not on the list
        QVERIFY(colleague.authenticate(samKey));
        QVERIFY(guest->pullAll(0));
        QVERIFY(colleague.pullAll(0));

        const QString ch
            = a.chat().createGroup(QStringLiteral("CCIRC + Dana"), QStringLiteral("centre"),
                                   QStringLiteral("amber"), {u.analyst()});
        const QString before = a.chat().send(ch, QStringLiteral("for CCIRC and Dana"));
        QTRY_VERIFY_WITH_TIMEOUT(u.chat().message(before).has_value(), 10000);
        const QString answer = u.chat().send(ch, QStringLiteral("Dana here"));
        QTRY_VERIFY_WITH_TIMEOUT(a.chat().message(answer).has_value(), 10000);
        a.chat().removeMember(ch, u.analyst());
        const QString removalOp = a.log()
                                      .opsFor(QString::fromLatin1(entity::ChannelMember),
                                              ch + QLatin1Char('.') + u.analyst())
                                      .back()
                                      .id();
        const QString afterwards = a.chat().send(ch, QStringLiteral("CCIRC only again"));
        const QString bridge = a.chat().ensureBridge();
        const QString sentinel = a.chat().send(bridge, QStringLiteral("sentinel"));
        const QString sentinelOp = creatingOpId(a.log(), sentinel);
        QTRY_VERIFY_WITH_TIMEOUT(allUpToDate(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(u.chat().message(sentinel).has_value(), 10000);
        for (WireTap *t : {guest.get(), &colleague})
            QTRY_VERIFY_WITH_TIMEOUT((t->drain(), t->opIds().contains(sentinelOp)), 10000);
        QVERIFY(guest->pullAll(0));
        QVERIFY(colleague.pullAll(0));

        const auto onChannel = hubOpsOfRoot(QStringLiteral("channel/") + ch);
        qint64 removalSeq = -1;
        for (const auto &[hubSeq, id] : onChannel) {
            if (id == removalOp)
                removalSeq = hubSeq;
        }
        QVERIFY(removalSeq > 0);
        QStringList upToRemoval, after;
        for (const auto &[hubSeq, id] : onChannel)
            (hubSeq > removalSeq ? after : upToRemoval) << id;
        QCOMPARE(upToRemoval.size(), 5); // creation, Dana on the list, two messages, removal
        QCOMPARE(after, QStringList {creatingOpId(a.log(), afterwards)});
        const QStringList toGuest = guest->opIds();
        const QStringList toEngine = opIdsOf(u.frames);
        for (const QString &id : std::as_const(upToRemoval)) {
            QVERIFY2(toGuest.contains(id), qPrintable(id + QStringLiteral(" missed Dana")));
            QVERIFY2(toEngine.contains(id) || id.startsWith(u.deviceId() + QLatin1Char(':')),
                     qPrintable(id + QStringLiteral(" missed Dana's desktop")));
        }
        for (const QString &id : std::as_const(after)) {
            QVERIFY2(!toGuest.contains(id), qPrintable(id + QStringLiteral(" reached Dana")));
            QVERIFY2(!toEngine.contains(id), qPrintable(id + QStringLiteral(" reached Dana")));
        }
        const QStringList toColleague = colleague.opIds();
        QVERIFY(toColleague.contains(sentinelOp));
        for (const auto &entry : onChannel)
            QVERIFY2(!toColleague.contains(entry.second),
                     qPrintable(entry.second + QStringLiteral(" reached Sam")));
        QCOMPARE(ids(u.chat().messages(ch)), (QStringList {before, answer}));
        // Off the list of another centre's channel: her client writes to it no more (the hub
        // would refuse it: scope-violation).
        QVERIFY(!u.chat().canWrite(ch));
        QVERIFY_THROWS_EXCEPTION(ValidationError, u.chat().send(ch, QStringLiteral("hello?")));
        QVERIFY(a.chat().canWrite(ch));
        QCOMPARE(ids(a.chat().messages(ch)), (QStringList {before, answer, afterwards}));
        QCOMPARE(a.log().rejectedCount(), 0);
        QCOMPARE(u.log().rejectedCount(), 0);
    }

    // Typing frames of the devices' engines, as received.
    static int typingFrames(const Device &d, const QString &channel)
    {
        int n = 0;
        for (const QString &text : d.frames) {
            const QJsonObject f = QJsonDocument::fromJson(text.toUtf8()).object();
            if (f.value(QLatin1String("t")).toString() == QLatin1String("typing")
                && f.value(QLatin1String("channel")).toString() == channel)
                ++n;
        }
        return n;
    }

    // Presence over an analyst's devices, as every desktop sees it: online while one of them
    // is, away when all are idle, offline when the last is gone; a device that does not turn
    // presence on (liaison-cli) does not make its analyst online. Typing reaches who may read
    // the channel only: a centre channel's typing never reaches the other centre, a direct
    // message's never a third analyst; it is repeated at most every repeat delay, stops when
    // told and expires when not repeated.
    void presenceAndTyping()
    {
        Device &a = addDevice(kCcirc, QStringLiteral("Chantal Roy"));
        Device &c = addDevice(kCcirc, QStringLiteral("Luc Gagnon"));
        Device &u = addDevice(kUscert, QStringLiteral("Dana Lee"));
        Device &cli = addDevice(kUscert, QStringLiteral("Sam Hill")); // presence never on
        for (Device *d : {&a, &c, &u}) {
            d->ws->presence().setEnabled(true);
            d->ws->presence().setTypingTimesForTesting(200, 400, 800);
        }
        // Hers: repeated and stopped only when the test says (the count of frames is exact).
        a.ws->presence().setTypingTimesForTesting(60'000, 60'000, 800);
        for (Device *d : {&a, &c, &u, &cli})
            d->engine().start();
        QTRY_VERIFY_WITH_TIMEOUT(allUpToDate(), 10000);
        const auto stateOf = [](Device &viewer, Device &of) {
            return viewer.ws->presence().stateOf(of.analyst());
        };
        QTRY_VERIFY_WITH_TIMEOUT(u.ws->presence().isKnown(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(u, a), Presence::State::Online, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(a, u), Presence::State::Online, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(a, c), Presence::State::Online, 10000);
        QCOMPARE(stateOf(u, cli), Presence::State::Offline);
        QCOMPARE(stateOf(a, cli), Presence::State::Offline);
        QVERIFY(!cli.ws->presence().isKnown());

        // Away on her only device; her second device online makes her online again; when that
        // one goes, she is away; when the first goes too, offline.
        a.ws->presence().setAway(true);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(u, a), Presence::State::Away, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(c, a), Presence::State::Away, 10000);
        Device &a2 = addDevice(kCcirc, QStringLiteral("Chantal Roy")); // her second device
        a2.ws->presence().setEnabled(true);
        a2.engine().start();
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(u, a), Presence::State::Online, 10000);
        a2.ws.reset(); // closed: the desktop quit
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(u, a), Presence::State::Away, 10000);
        a.ws->presence().setAway(false);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(u, a), Presence::State::Online, 10000);

        // Typing in a centre channel: her colleague sees it, US-CERT hears nothing of it.
        const QString team = a.chat().createGroup(
            QStringLiteral("CCIRC team"), QStringLiteral("centre"), QStringLiteral("green"));
        const QString dm = a.chat().directChannel(u.analyst());
        const QString bridge = a.chat().ensureBridge();
        QTRY_VERIFY_WITH_TIMEOUT(allUpToDate(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(hasChannel(c, team), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(hasChannel(u, dm), 10000);
        a.ws->presence().noteTyping(team);
        QTRY_COMPARE_WITH_TIMEOUT(c.ws->presence().typingIn(team), QStringList {a.analyst()},
                                  10000);
        // Repeated keys inside the repeat delay send one start.
        for (int i = 0; i < 20; ++i)
            a.ws->presence().noteTyping(team);
        a.ws->presence().stopTyping();
        QTRY_VERIFY_WITH_TIMEOUT(c.ws->presence().typingIn(team).isEmpty(), 10000);
        QCOMPARE(typingFrames(c, team), 2); // one start, one stop
        QVERIFY(a.ws->presence().typingIn(team).isEmpty()); // never yourself
        // A channel US-CERT may not read: her typing there is dropped at the hub.
        u.ws->presence().noteTyping(team);
        // A direct message: the two of them only.
        a.ws->presence().noteTyping(dm);
        QTRY_COMPARE_WITH_TIMEOUT(u.ws->presence().typingIn(dm), QStringList {a.analyst()}, 10000);
        // The bridge reaches everyone online: the sentinel after which nothing else may come.
        u.ws->presence().noteTyping(bridge);
        QTRY_COMPARE_WITH_TIMEOUT(c.ws->presence().typingIn(bridge), QStringList {u.analyst()},
                                  10000);
        QTRY_COMPARE_WITH_TIMEOUT(a.ws->presence().typingIn(bridge), QStringList {u.analyst()},
                                  10000);
        QCOMPARE(typingFrames(c, dm), 0);
        QCOMPARE(typingFrames(u, team), 0);
        QCOMPARE(typingFrames(a, team), 0);
        QVERIFY(c.ws->presence().typingIn(team).isEmpty());
        for (const QString &text : std::as_const(u.frames))
            QVERIFY2(!text.contains(team), qPrintable(QStringLiteral("US-CERT heard of ") + team));
        for (const QString &text : std::as_const(cli.frames))
            QVERIFY2(!text.contains(QLatin1String("\"typing\""))
                         && !text.contains(QLatin1String("\"presence\"")),
                     "a client that never asked got an ephemeral frame");
        // Not repeated: it expires (a start is shown 800 ms here), the idle stop also comes.
        QTRY_VERIFY_WITH_TIMEOUT(u.ws->presence().typingIn(dm).isEmpty(), 10000);
        // A peer that goes offline stops typing everywhere at once.
        u.ws->presence().noteTyping(dm);
        QTRY_COMPARE_WITH_TIMEOUT(a.ws->presence().typingIn(dm), QStringList {u.analyst()}, 10000);
        u.engine().stop();
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(a, u), Presence::State::Offline, 10000);
        QVERIFY(a.ws->presence().typingIn(dm).isEmpty());
        // The hub is restarted: everyone is unknown, then said again by each session.
        stopHub();
        QTRY_VERIFY_WITH_TIMEOUT(!c.ws->presence().isKnown(), 10000);
        QCOMPARE(stateOf(c, a), Presence::State::Offline);
        QVERIFY(startHub());
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(c, a), Presence::State::Online, 20000);
    }

    // The hub checks every ephemeral frame: before auth they are refused, a bad state or a
    // typing frame without its members is a bad request, presence frames beyond their rate
    // are refused; typing in a channel that does not exist or that the device may not read is
    // dropped without an answer, and a flood of typing frames passes on at most one start per
    // channel every two seconds.
    void ephemeralFramesAreChecked()
    {
        Device &a = addDevice(kCcirc, QStringLiteral("Chantal Roy"));
        a.ws->presence().setEnabled(true);
        a.engine().start();
        QTRY_VERIFY_WITH_TIMEOUT(allUpToDate(), 10000);
        const QString team = a.chat().createGroup(
            QStringLiteral("CCIRC team"), QStringLiteral("centre"), QStringLiteral("green"));
        const QString bridge = a.chat().ensureBridge();
        QTRY_VERIFY_WITH_TIMEOUT(allUpToDate(), 10000);
        const auto codeOf
            = [](const QJsonObject &f) { return f.value(QLatin1String("code")).toString(); };
        {
            RawClient early(m_port);
            early.nextOfType(QStringLiteral("hello"));
            early.send({{"t", "presence"}, {"state", "online"}});
            QCOMPARE(codeOf(early.next()), QStringLiteral("not-authenticated"));
            early.send({{"t", "typing"}, {"channel", bridge}, {"active", true}});
            QCOMPARE(codeOf(early.next()), QStringLiteral("not-authenticated"));
        }
        // A US-CERT device, by hand.
        DeviceKey key = DeviceKey::generate();
        const auto code
            = m_store->directory().issueEnrolment(kUscert, QStringLiteral("Rogue"), {}, 3600);
        m_store->directory().redeemEnrolment(code.code, key.publicKey());
        RawClient rogue(m_port);
        QVERIFY(rogue.authenticate(key));
        rogue.send({{"t", "presence"}, {"state", "invisible"}});
        QCOMPARE(codeOf(rogue.nextOfType(QStringLiteral("error"))), QStringLiteral("bad-request"));
        rogue.send({{"t", "presence"}, {"state", "online"}});
        const QJsonObject snapshot = rogue.nextOfType(QStringLiteral("presence"));
        QVERIFY(snapshot.value(QLatin1String("full")).toBool());
        QVERIFY(QJsonDocument(snapshot).toJson().contains(a.analyst().toUtf8()));
        rogue.send({{"t", "typing"}, {"channel", bridge}});
        QCOMPARE(codeOf(rogue.nextOfType(QStringLiteral("error"))), QStringLiteral("bad-request"));
        // Two errors so far: the third would close; the rest must not be errors.
        rogue.send({{"t", "typing"}, {"channel", team}, {"active", true}});
        rogue.send(
            {{"t", "typing"}, {"channel", QStringLiteral("no-such-channel")}, {"active", true}});
        for (int i = 0; i < 50; ++i)
            rogue.send({{"t", "typing"}, {"channel", bridge}, {"active", true}});
        rogue.send({{"t", "ping"}});
        QVERIFY(!rogue.nextOfType(QStringLiteral("pong")).isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(typingFrames(a, bridge) >= 1, 10000);
        QTest::qWait(300);
        QCOMPARE(typingFrames(a, bridge), 1);
        QCOMPARE(typingFrames(a, team), 0);
        QCOMPARE(typingFrames(a, QStringLiteral("no-such-channel")), 0);
        QCOMPARE(a.ws->presence().typingIn(bridge).size(), 1);
        QVERIFY(!rogue.closed());

        // Presence frames beyond their rate (10 at once, then one every six seconds).
        RawClient flood(m_port);
        DeviceKey key2 = DeviceKey::generate();
        const auto code2
            = m_store->directory().issueEnrolment(kUscert, QStringLiteral("Flood"), {}, 3600);
        m_store->directory().redeemEnrolment(code2.code, key2.publicKey());
        QVERIFY(flood.authenticate(key2));
        for (int i = 0; i < 11; ++i)
            flood.send({{"t", "presence"}, {"state", i % 2 ? "away" : "online"}});
        QCOMPARE(codeOf(flood.nextOfType(QStringLiteral("error"))), QStringLiteral("rate-limited"));
    }

    // Messages written while the hub is down, then a restart of the app (the workspace, op
    // log and profile closed and opened again from the folder): listed as pending, delivered
    // in the order written when the hub is back, pending cleared, received in that order.
    void offlineMessagesSurviveARestart()
    {
        Device &d = addDevice(kCcirc, QStringLiteral("Chantal Roy"));
        Device &e = addDevice(kUscert, QStringLiteral("Dana Lee"));
        d.engine().start();
        e.engine().start();
        const QString ch = e.chat().createGroup(QStringLiteral("Both centres"),
                                                QStringLiteral("shared"), QStringLiteral("green"));
        QTRY_VERIFY_WITH_TIMEOUT(hasChannel(d, ch), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(allUpToDate(), 10000);

        stopHub();
        QTRY_VERIFY_WITH_TIMEOUT(d.engine().state() != SyncEngine::State::UpToDate, 5000);
        QStringList written;
        for (int i = 1; i <= 3; ++i) {
            d.clock->advance(1000);
            written << d.chat().send(ch, QStringLiteral("offline %1").arg(i));
        }
        QCOMPARE(d.log().outboxSize(), 3);
        // The app is closed and started again; the wall clock went back a minute meanwhile.
        d.clock->advance(-60'000);
        restart(d);
        QCOMPARE(d.log().outboxSize(), 3);
        const QList<ChatMessage> before = d.chat().messages(ch);
        QCOMPARE(ids(before), written);
        for (const ChatMessage &m : before)
            QVERIFY(m.pending);
        written << d.chat().send(ch, QStringLiteral("after the restart"));
        QCOMPARE(ids(d.chat().messages(ch)), written);

        QVERIFY(startHub()); // the same port, the same store
        d.engine().start();
        QTRY_VERIFY_WITH_TIMEOUT(allUpToDate(), 15000);
        for (const ChatMessage &m : d.chat().messages(ch))
            QVERIFY(!m.pending);
        QTRY_COMPARE_WITH_TIMEOUT(ids(e.chat().messages(ch)), written, 10000);
        // At the hub, in the order written; and on Dana's wire in that order too.
        Database hubDb = openHubDatabase(m_hubDir);
        auto &seqOf = hubDb.cached("SELECT hub_seq FROM ops WHERE id = ?1");
        QList<qint64> hubSeqs;
        QStringList opIds;
        for (const QString &id : std::as_const(written)) {
            opIds << creatingOpId(d.log(), id);
            seqOf.bind(1, opIds.last());
            QVERIFY(seqOf.step());
            hubSeqs << seqOf.int64(0);
            seqOf.reset();
        }
        QVERIFY2(std::is_sorted(hubSeqs.cbegin(), hubSeqs.cend()), qPrintable(opIds.join(',')));
        const QStringList toDana = opIdsOf(e.frames);
        QList<qsizetype> arrival;
        for (const QString &id : std::as_const(opIds)) {
            QVERIFY2(toDana.contains(id),
                     qPrintable(id + QStringLiteral(" never reached Dana's engine")));
            arrival << toDana.indexOf(id);
        }
        QVERIFY2(std::is_sorted(arrival.cbegin(), arrival.cend()),
                 qPrintable(toDana.join(QLatin1Char(','))));
        QCOMPARE(d.log().rejectedCount(), 0);
        QCOMPARE(e.log().rejectedCount(), 0);
    }

    // liaison-cli as separate processes against a liaison-hub process: messages sent while
    // the hub is down wait in the outbox; `sync --watch` of the sender and of the receiver is
    // killed with SIGKILL at random moments (mid-push, mid-pull, or after), a `chat send` too;
    // then `sync --once`: every message written arrives exactly once, in the order written.
    void cliKilledWhileSyncing()
    {
        const quint64 seed = seedFromEnvironment();
        qInfo("cliKilledWhileSyncing seed %llu (replay with LIAISON_SEED=%llu)",
              static_cast<unsigned long long>(seed), static_cast<unsigned long long>(seed));
        const QString where = QStringLiteral("seed %1").arg(seed);
        std::mt19937_64 rng(seed);
        const auto between
            = [&rng](int lo, int hi) { return lo + int(rng() % quint64(hi - lo + 1)); };
        QElapsedTimer timer;
        timer.start();
        stopHub(); // this test runs the hub as its own process
        const QString hubBinary = QStringLiteral(LIAISON_HUB_BINARY);
        const QString cliBinary = QStringLiteral(LIAISON_CLI_BINARY);
        const QString hubDir = m_dir.filePath(QStringLiteral("cli-hub-%1").arg(++m_made));
        QCOMPARE(run(hubBinary, {"init", "--data", hubDir}).code, 0);
        for (const QString &centre : {kCcirc, kUscert})
            QCOMPARE(run(hubBinary,
                         {"centre", "add", "--data", hubDir, "--code", centre, "--name", centre})
                         .code,
                     0);
        QProcess hub;
        quint16 port = 0;
        const auto startHubProcess = [&] {
            hub.start(hubBinary,
                      {"serve", "--data", hubDir, "--listen",
                       QStringLiteral("127.0.0.1:%1").arg(port), "--plain-loopback"});
            if (!hub.waitForStarted(10000))
                return false;
            static const QRegularExpression portLine(QStringLiteral("\\(port (\\d+)\\)"));
            QByteArray out;
            for (int i = 0; i < 100 && !out.contains('\n'); ++i) {
                if (!hub.waitForReadyRead(100) && hub.state() != QProcess::Running)
                    return false;
                out += hub.readAllStandardOutput();
            }
            port = quint16(portLine.match(QString::fromUtf8(out)).captured(1).toUInt());
            return port != 0;
        };
        const auto stopHubProcess = [&] {
            hub.terminate();
            return hub.waitForFinished(10000) && hub.exitCode() == 0;
        };
        QVERIFY(startHubProcess());
        const QString ca = m_dir.filePath(QStringLiteral("cli-ca-%1").arg(m_made));
        const QString us = m_dir.filePath(QStringLiteral("cli-us-%1").arg(m_made));
        const auto cli = [&](const QString &profile, const QStringList &args) {
            return run(cliBinary, QStringList {"--profile", profile} + args);
        };
        static const QRegularExpression codeLine(QStringLiteral("One-time enrolment code: (\\S+)"));
        for (const auto &[profile, centre, name] :
             {std::tuple {ca, kCcirc, QStringLiteral("Chantal Roy")},
              std::tuple {us, kUscert, QStringLiteral("Dana Lee")}}) {
            QCOMPARE(cli(profile, {"init"}).code, 0);
            const Result code = run(
                hubBinary, {"enroll", "--data", hubDir, "--centre", centre, "--analyst", name});
            QCOMPARE(code.code, 0);
            const Result enrolled
                = cli(profile,
                      {"enrol", "--hub", QStringLiteral("ws://127.0.0.1:%1").arg(port), "--code",
                       codeLine.match(code.out).captured(1)});
            QVERIFY2(enrolled.code == 0, qPrintable(enrolled.err));
        }
        const Result made = cli(ca, {"channel", "create", "--name", "Wire", "--shared"});
        QCOMPARE(made.code, 0);
        const QString ch = made.out.trimmed();
        QCOMPARE(cli(ca, {"sync", "--once"}).code, 0);
        QCOMPARE(cli(us, {"sync", "--once"}).code, 0);

        QStringList attempts; // every message body, in the order its send was started
        QStringList maybe; // of those, sends killed mid-way: written or not, never half
        const auto send = [&](const QString &body) {
            attempts << body;
            const Result r = cli(ca, {"chat", "send", "--channel", ch, "--text", body});
            return r.code == 0 && !r.out.trimmed().isEmpty() ? 0 : (r.code ? r.code : -1);
        };
        // The hub is down: chat send still succeeds, the message waits in the outbox.
        QVERIFY(stopHubProcess());
        for (int i = 0; i < 3; ++i)
            QCOMPARE(send(QStringLiteral("offline %1").arg(i)), 0);
        const QJsonArray pending
            = QJsonDocument::fromJson(
                  cli(ca, {"chat", "list", "--channel", ch, "--json"}).out.toUtf8())
                  .array();
        QCOMPARE(pending.size(), 3);
        for (const QJsonValue &m : pending)
            QVERIFY(m.toObject().value(QLatin1String("pending")).toBool());
        // A long outbox, so that a kill can land in the middle of a push (500 ops a batch):
        // written here, by the same profile opened in this process (no CLI is running then).
        int bulkWritten = 0;
        const auto bulk = [&](int n) {
            Workspace ws(Profile::open(ca, passphrase(kPassphrase)));
            for (int i = 0; i < n; ++i) {
                const QString body
                    = QStringLiteral("bulk %1").arg(bulkWritten++, 4, 10, QLatin1Char('0'));
                ws.chat().send(ch, body);
                attempts << body;
            }
            return ws.outboxSize();
        };
        QCOMPARE(bulk(700), 703);
        QVERIFY(startHubProcess()); // the same port: the profiles saved it

        // How long one chat send lives, to kill the later ones at any point of their life.
        QElapsedTimer lifetime;
        lifetime.start();
        QCOMPARE(send(QStringLiteral("online 0")), 0);
        const int sendMs = int(lifetime.elapsed());

        // Kill rounds: both sides run sync --watch; the sender is killed with SIGKILL at a
        // random moment after it starts syncing, the receiver a little later. Round 0 is
        // killed once up to date and measures how long a sync takes; later rounds kill within
        // that time. A chat send after each round, itself killed in rounds 1, 3 and 4.
        QStringList report;
        int syncMs = 0;
        for (int round = 0; round < 5; ++round) {
            const int queued = round == 0 ? 704 : bulk(between(300, 900));
            QProcess sender;
            QProcess receiver;
            for (auto [p, profile] : {std::pair {&sender, ca}, std::pair {&receiver, us}}) {
                p->setProcessEnvironment(cliEnvironment());
                p->start(cliBinary, {"--profile", profile, "sync", "--watch"});
                QVERIFY(p->waitForStarted(10000));
            }
            QByteArray out;
            const auto readUntil = [&](const char *what) {
                for (int i = 0; i < 1000 && !out.contains(what); ++i) {
                    sender.waitForReadyRead(10);
                    out += sender.readAllStandardOutput();
                    if (sender.state() != QProcess::Running)
                        break;
                }
                return out.contains(what);
            };
            QVERIFY2(readUntil("Syncing"), out.constData());
            int killAfter = 0;
            if (round == 0) {
                lifetime.restart();
                QVERIFY2(readUntil("UpToDate"), out.constData());
                syncMs = std::max(1, int(lifetime.elapsed()));
            } else {
                killAfter = between(0, syncMs + syncMs / 5);
                QTest::qWait(killAfter);
            }
            QVERIFY(sender.state() == QProcess::Running);
            sender.kill(); // SIGKILL
            const int receiverAfter = between(0, 2 * syncMs);
            QTest::qWait(receiverAfter);
            receiver.kill();
            // (Already reaped by the event loop of the wait, or reaped now.)
            for (QProcess *p : {&sender, &receiver})
                QVERIFY(p->state() == QProcess::NotRunning || p->waitForFinished(10000));
            QCOMPARE(sender.exitStatus(), QProcess::CrashExit);
            int left = -1;
            int heard = -1;
            { // Neither profile is left locked by a killed process.
                auto p = Profile::open(ca, passphrase(kPassphrase));
                left = int(p->db().scalarInt("SELECT count(*) FROM outbox"));
                auto q = Profile::open(us, passphrase(kPassphrase));
                heard = int(q->db().scalarInt("SELECT count(*) FROM messages"));
            }
            report << QStringLiteral("round %1: %2 queued, killed %3, %4 left, "
                                     "receiver killed %5 ms later with %6 messages")
                          .arg(round)
                          .arg(queued)
                          .arg(round == 0 ? QStringLiteral("up to date")
                                          : QStringLiteral("%1 ms into the sync").arg(killAfter))
                          .arg(left)
                          .arg(receiverAfter)
                          .arg(heard);
            const QString body = QStringLiteral("round %1").arg(round);
            if (round % 2 == 0 && round != 4) {
                QCOMPARE(send(body), 0);
            } else {
                attempts << body;
                QProcess killed;
                killed.setProcessEnvironment(cliEnvironment());
                killed.start(cliBinary,
                             {"--profile", ca, "chat", "send", "--channel", ch, "--text", body});
                QVERIFY(killed.waitForStarted(10000));
                QTest::qWait(between(sendMs / 3, sendMs + 5));
                killed.kill();
                QVERIFY(killed.state() == QProcess::NotRunning || killed.waitForFinished(10000));
                if (killed.exitStatus() != QProcess::NormalExit || killed.exitCode() != 0)
                    maybe << body;
            }
        }
        qInfo("%s: a send takes %d ms, a sync %d ms; %s", qPrintable(where), sendMs, syncMs,
              qPrintable(report.join(QStringLiteral("; "))));

        // Both sides finish with sync --once.
        const Result pushed = cli(ca, {"sync", "--once", "--json"});
        QVERIFY2(pushed.code == 0, qPrintable(pushed.err));
        QCOMPARE(QJsonDocument::fromJson(pushed.out.toUtf8()).object().value("pending").toInt(-1),
                 0);
        QCOMPARE(cli(us, {"sync", "--once"}).code, 0);
        const auto listOf = [&](const QString &profile) {
            return QJsonDocument::fromJson(
                       cli(profile, {"chat", "list", "--channel", ch, "--limit", "10000", "--json"})
                           .out.toUtf8())
                .array();
        };
        const QJsonArray sent = listOf(ca);
        const QJsonArray received = listOf(us);
        QStringList sentIds, receivedIds, receivedBodies;
        for (const QJsonValue &m : sent) {
            sentIds << m.toObject().value(QLatin1String("id")).toString();
            QVERIFY(!m.toObject().value(QLatin1String("pending")).toBool());
        }
        for (const QJsonValue &m : received) {
            receivedIds << m.toObject().value(QLatin1String("id")).toString();
            receivedBodies << m.toObject().value(QLatin1String("body")).toString();
        }
        QCOMPARE(receivedIds, sentIds);
        QCOMPARE(QSet<QString>(receivedIds.cbegin(), receivedIds.cend()).size(),
                 receivedIds.size());
        // What a killed send wrote (all or nothing) keeps its place in the order written.
        QStringList expected;
        for (const QString &body : std::as_const(attempts)) {
            if (!maybe.contains(body) || receivedBodies.contains(body))
                expected << body;
        }
        QVERIFY2(receivedBodies == expected,
                 qPrintable(where + QStringLiteral(": ") + receivedBodies.join(QLatin1Char('|'))));
        QVERIFY(receivedBodies.size() >= bulkWritten + 3 + 1 + 2);

        // At the hub: each message once.
        QVERIFY(stopHubProcess());
        Database hubDb = openHubDatabase(hubDir);
        QCOMPARE(hubDb.scalarInt("SELECT count(DISTINCT id) FROM ops"),
                 hubDb.scalarInt("SELECT count(*) FROM ops"));
        QCOMPARE(int(hubOpsOfRoot(QStringLiteral("channel/") + ch, hubDir).size()),
                 1 + int(receivedIds.size()));
        qInfo("%s: %d messages, %d killed sends of which %d wrote, %lld ms", qPrintable(where),
              int(receivedIds.size()), int(maybe.size()),
              int(std::count_if(maybe.cbegin(), maybe.cend(),
                                [&](const QString &b) { return receivedBodies.contains(b); })),
              timer.elapsed());
    }
};

QTEST_GUILESS_MAIN(TestChatWire)
#include "tst_chatwire.moc"
