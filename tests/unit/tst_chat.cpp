// Chat (ChatService) on real profiles, against the hub's real protocol handler and store in
// memory (MemoryNetwork: no sockets, a seeded schedule of frame deliveries): messages, edits,
// deletions, replies, mentions, read state and drafts following the analyst, member-only
// channels, the incident's channel following its incident, the bridge made by two centres at
// once, and a message the hub refuses shown as failed. The seed of the random schedule is
// printed; LIAISON_SEED=n replays a run.
#include "MemoryNetwork.h"
#include "TestSupport.h"

#include "domain/Schema.h"
#include "server/HubProtocol.h"
#include "server/HubStore.h"
#include "services/ChatService.h"
#include "services/IncidentService.h"
#include "services/MessageSeal.h"
#include "sync/SyncEngine.h"

#include <QtTest>

#include <QTemporaryDir>

#include <random>

using namespace liaison;

namespace {

const QString kCcirc = QStringLiteral("CCIRC");
const QString kUscert = QStringLiteral("USCERT");

struct Device
{
    QString name;
    QString centre;
    std::unique_ptr<ManualClock> clock;
    std::unique_ptr<test::TestReplica> replica;
    std::unique_ptr<IncidentService> incidents;
    std::unique_ptr<ChatService> chat;
    std::unique_ptr<SyncEngine> engine;

    OpLog &log() { return *replica->log; }
    QString analyst() { return log().identity().analystId; }
};

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

// A seal that is not the identity: what the op carries is not what the analyst typed.
class ReversingSeal final : public MessageSeal
{
public:
    QString seal(const QString &, const QString &plain) const override
    {
        QString out = plain;
        std::reverse(out.begin(), out.end());
        return QStringLiteral("sealed:") + out;
    }
    QString open(const QString &, const QString &sealed) const override
    {
        if (!sealed.startsWith(QLatin1String("sealed:")))
            return {};
        QString out = sealed.mid(7);
        std::reverse(out.begin(), out.end());
        return out;
    }
};

} // namespace

class TestChat : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<HubStore> m_store;
    std::unique_ptr<HubProtocol> m_hub;
    std::unique_ptr<test::MemoryNetwork> m_network;
    std::vector<std::unique_ptr<Device>> m_devices;
    std::mt19937_64 m_rng {1};
    int m_hubs = 0;

    void makeHub(quint64 seed = 1)
    {
        m_devices.clear();
        m_network.reset();
        m_hub.reset();
        m_store.reset();
        m_rng.seed(seed);
        m_store = HubStore::init(m_dir.filePath(QStringLiteral("hub-%1").arg(++m_hubs)));
        m_store->directory().addCentre(kCcirc, QStringLiteral("Canadian Centre"));
        m_store->directory().addCentre(kUscert, QStringLiteral("US-CERT"));
        m_hub = std::make_unique<HubProtocol>(*m_store);
        HubLimits limits;
        limits.inlinePushOps = 1'000'000;
        limits.framesPerSecond = 1e12;
        limits.frameBurst = 1e12;
        limits.opsPerSecond = 1e12;
        limits.opBurst = 1e12;
        m_hub->setLimits(limits);
        m_network = std::make_unique<test::MemoryNetwork>(*m_hub);
    }

    // A device of a new analyst called name, or another device of that analyst.
    Device &addDevice(const QString &centre, const QString &name)
    {
        auto d = std::make_unique<Device>();
        d->name = name;
        d->centre = centre;
        d->clock = std::make_unique<ManualClock>(1'700'000'000'000);
        d->replica
            = std::make_unique<test::TestReplica>(QStringLiteral("pending"), centre, *d->clock);
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
        d->incidents = std::make_unique<IncidentService>(d->log());
        d->chat = std::make_unique<ChatService>(d->log());
        d->engine = std::make_unique<SyncEngine>(d->log());
        d->engine->setTransportFactory(m_network->transports());
        d->engine->setHub(QUrl(QStringLiteral("ws://127.0.0.1:1"))); // not dialled
        m_devices.push_back(std::move(d));
        return *m_devices.back();
    }

    static void settle()
    {
        QCoreApplication::processEvents();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }

    bool quiet() const
    {
        if (m_network->waiting() > 0)
            return false;
        for (const auto &d : m_devices) {
            if (d->engine->state() != SyncEngine::State::Offline
                && (d->engine->state() != SyncEngine::State::UpToDate
                    || d->log().outboxSize() != 0))
                return false;
        }
        return true;
    }

    // Delivers frames until nothing moves (bounded).
    bool drain()
    {
        int idle = 0;
        for (int rounds = 0; rounds < 100'000 && idle < 3; ++rounds) {
            if (m_network->deliverOne(m_rng))
                continue;
            settle();
            idle = quiet() ? idle + 1 : 0;
        }
        return idle >= 3;
    }

    void online(std::initializer_list<Device *> devices)
    {
        for (Device *d : devices)
            d->engine->start();
    }

private slots:
    // Send, edit (history kept), delete (tombstone), reply; the seal sits between the analyst's
    // text and the op.
    void messagesOnOneDevice()
    {
        makeHub();
        Device &a = addDevice(kCcirc, QStringLiteral("Chantal Roy"));
        a.chat->setSeal(std::make_unique<ReversingSeal>());
        const QString ch = a.chat->createGroup(QStringLiteral("Team"), QStringLiteral("centre"),
                                               QStringLiteral("amber"));
        const QString first = a.chat->send(ch, QStringLiteral("  Seen 203.0.113.45?  "));
        a.clock->advance(1000);
        const QString reply = a.chat->send(ch, QStringLiteral("Yes"), first);
        QCOMPARE(a.chat->message(first)->body, QStringLiteral("Seen 203.0.113.45?"));
        QCOMPARE(a.chat->message(reply)->replyTo, first);
        QVERIFY(a.chat->message(first)->pending); // in the outbox, not at the hub yet
        // What the op carries went through the seal.
        QCOMPARE(a.log().database().scalarText("SELECT body FROM messages ORDER BY _ohlc LIMIT 1"),
                 std::optional<QString>(QStringLiteral("sealed:?54.311.0.302 neeS")));
        a.clock->advance(1000);
        a.chat->edit(first, QStringLiteral("Seen 203.0.113.46?"));
        QCOMPARE(a.chat->message(first)->body, QStringLiteral("Seen 203.0.113.46?"));
        QCOMPARE(a.chat->message(first)->editedAt, a.clock->nowMs());
        a.chat->remove(reply);
        QVERIFY(a.chat->message(reply)->deleted);
        QVERIFY(a.chat->message(reply)->body.isEmpty());
        const auto history = a.chat->history(first);
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.at(0).body, QStringLiteral("Seen 203.0.113.45?"));
        QCOMPARE(history.at(1).body, QStringLiteral("Seen 203.0.113.46?"));
        QCOMPARE(ids(a.chat->messages(ch)), (QStringList {first, reply})); // tombstone kept
        QCOMPARE(ids(a.chat->messages(ch, 10, reply)), QStringList {first});
        QCOMPARE(ids(a.chat->messagesAfter(ch, first, 10)), QStringList {reply});
        // Refused, and nothing written.
        const int written = a.log().outboxSize();
        const auto refusal = [](auto &&f) -> QString {
            try {
                f();
            } catch (const ValidationError &e) {
                return e.field() + QLatin1Char('/') + e.code();
            }
            return {};
        };
        QCOMPARE(refusal([&] { a.chat->edit(reply, QStringLiteral("x")); }),
                 QStringLiteral("message/deleted"));
        QCOMPARE(refusal([&] { a.chat->send(ch, QStringLiteral("   ")); }),
                 QStringLiteral("body/required"));
        QCOMPARE(refusal([&] { a.chat->send(ch, QString(kMaxMessage + 1, QLatin1Char('x'))); }),
                 QStringLiteral("body/too-long"));
        QCOMPARE(refusal([&] { a.chat->send(ch, QStringLiteral("x"), QStringLiteral("nope")); }),
                 QStringLiteral("reply/not-found"));
        QCOMPARE(refusal([&] {
                     a.chat->createGroup(QStringLiteral("Out"), QStringLiteral("shared"),
                                         QStringLiteral("red"));
                 }),
                 QStringLiteral("visibility/share-forbidden"));
        QCOMPARE(refusal([&] {
                     a.chat->createGroup(QStringLiteral("Out"), QStringLiteral("centre"),
                                         QStringLiteral("purple"));
                 }),
                 QStringLiteral("tlp/invalid"));
        a.chat->setArchived(ch, true);
        QCOMPARE(refusal([&] { a.chat->send(ch, QStringLiteral("late")); }),
                 QStringLiteral("channel/archived"));
        QCOMPARE(a.log().outboxSize(), written + 1); // only the archive op
        QVERIFY(a.chat->channels().isEmpty());
        QCOMPARE(a.chat->channels(true).size(), 1);
    }

    // Three devices of two centres write at once while frames arrive in a random order: the
    // order of a channel is the same everywhere, and read state, mentions and the draft of an
    // analyst follow them to their other device, never to anyone else.
    void sameOrderEverywhereAndReadStateFollows()
    {
        const quint64 seed = seedFromEnvironment();
        const QString where = QStringLiteral("seed %1 (LIAISON_SEED=%1 replays it)").arg(seed);
        makeHub(seed);
        Device &a = addDevice(kCcirc, QStringLiteral("Chantal Roy"));
        Device &a2 = addDevice(kCcirc, QStringLiteral("Chantal Roy")); // her laptop
        Device &b = addDevice(kUscert, QStringLiteral("Dana Lee"));
        QCOMPARE(a2.analyst(), a.analyst());
        online({&a, &a2, &b});
        QVERIFY2(drain(), qPrintable(where));
        const QString bridge = a.chat->ensureBridge();
        QVERIFY2(drain(), qPrintable(where));
        QVERIFY(b.chat->channel(bridge).has_value());
        std::uniform_int_distribution<int> pick(0, 2);
        Device *writers[] = {&a, &a2, &b};
        for (int i = 0; i < 60; ++i) {
            Device &w = *writers[pick(m_rng)];
            w.clock->advance(1 + pick(m_rng) * 7);
            const QString body = (i % 10 == 3)
                ? QStringLiteral("@%1 look at message %2")
                      .arg(i % 20 == 3 ? a.analyst() : QStringLiteral("Chantal.Roy"))
                      .arg(i)
                : QStringLiteral("message %1 from %2").arg(i).arg(w.name);
            w.chat->send(bridge, body);
            for (int k = pick(m_rng); k > 0; --k)
                m_network->deliverOne(m_rng);
        }
        QVERIFY2(drain(), qPrintable(where));
        const QStringList order = ids(a.chat->messages(bridge, 1000));
        QCOMPARE(order.size(), 60);
        QVERIFY2(ids(a2.chat->messages(bridge, 1000)) == order, qPrintable(where));
        QVERIFY2(ids(b.chat->messages(bridge, 1000)) == order, qPrintable(where));
        // B's messages are unread for Chantal on both her devices; six mention her, of which
        // those B wrote count (her own never do).
        const int unread = a.chat->unreadCount(bridge);
        QVERIFY2(unread > 0, qPrintable(where));
        QCOMPARE(a2.chat->unreadCount(bridge), unread);
        QCOMPARE(ChatService::handleOf(QStringLiteral(" Hélène  Côté-Roy ")),
                 QStringLiteral("helene.cote-roy"));
        int mentionsByOthers = 0;
        for (const ChatMessage &m : a.chat->messages(bridge, 1000))
            mentionsByOthers += m.mentions.contains(a.analyst()) && m.author != a.analyst();
        for (const ChatMessage &m : a.chat->messages(bridge, 1000))
            QCOMPARE(m.mentions.contains(a.analyst()), m.body.contains(QLatin1String("look")));
        QCOMPARE(a.chat->mentionCount(bridge), mentionsByOthers);
        const QString firstUnread = a.chat->firstUnread(bridge);
        QVERIFY(!firstUnread.isEmpty());
        QCOMPARE(a.chat->message(firstUnread)->author, b.analyst());
        a.chat->markAllRead(bridge);
        QCOMPARE(a.chat->unreadCount(bridge), 0);
        // A marker only moves forward.
        a.chat->markRead(bridge, order.first());
        QCOMPARE(a.chat->unreadCount(bridge), 0);
        a.chat->saveDraft(bridge, QStringLiteral("half-typed answer"));
        a.chat->setMuted(bridge, true);
        QVERIFY2(drain(), qPrintable(where));
        QCOMPARE(a2.chat->unreadCount(bridge), 0);
        QCOMPARE(a2.chat->draft(bridge), QStringLiteral("half-typed answer"));
        QVERIFY(a2.chat->channel(bridge)->muted);
        QVERIFY(b.chat->draft(bridge).isEmpty()); // per analyst: never reaches Dana
        QVERIFY(!b.chat->channel(bridge)->muted);
        QCOMPARE(b.log().database().scalarInt("SELECT count(*) FROM chat_drafts"), 0);
        QCOMPARE(
            b.log().database().scalarInt("SELECT count(DISTINCT analyst_id) FROM read_markers"),
            b.log().database().scalarInt("SELECT count(*) FROM read_markers") ? 1 : 0);
        QCOMPARE(b.log().database().scalarInt("SELECT count(*) FROM read_markers WHERE muted = 1"),
                 0);
        QCOMPARE(a.log().sharedStateHash(), b.log().sharedStateHash());
        // Search: every word, filters by author and channel.
        ChatSearch query;
        query.text = QStringLiteral("look message");
        QCOMPARE(b.chat->search(query).size(), 6);
        query.authorId = b.analyst();
        const QList<ChatMessage> all = b.chat->messages(bridge, 1000);
        const auto byDana = std::count_if(all.cbegin(), all.cend(), [&](const ChatMessage &m) {
            return m.author == b.analyst() && m.body.contains(QLatin1String("look"));
        });
        QCOMPARE(b.chat->search(query).size(), int(byDana));
        query.authorId.clear();
        query.channelId = QStringLiteral("elsewhere");
        QCOMPARE(b.chat->search(query).size(), 0);
        for (const auto &d : m_devices)
            QCOMPARE(d->log().rejectedCount(), 0);
    }

    // Two centres open the bridge at once: the hub keeps the first and refuses the other; both
    // then hold the same bridge and talk in it.
    void bridgeMadeByTwoCentresAtOnce()
    {
        makeHub();
        Device &a = addDevice(kCcirc, QStringLiteral("Chantal Roy"));
        Device &b = addDevice(kUscert, QStringLiteral("Dana Lee"));
        a.chat->ensureBridge();
        b.chat->ensureBridge();
        online({&a});
        QVERIFY(drain());
        online({&b});
        QVERIFY(drain());
        const QString bridge = QString::fromLatin1(ChatService::kBridgeId);
        QCOMPARE(a.chat->channel(bridge)->ownerCentre, kCcirc);
        QCOMPARE(b.chat->channel(bridge)->ownerCentre, kCcirc);
        QCOMPARE(b.log().rejectedCount(), 1); // its own creation
        b.chat->send(bridge, QStringLiteral("Hello from DC"));
        a.chat->send(bridge, QStringLiteral("Hello from Ottawa"));
        QVERIFY(drain());
        QCOMPARE(ids(a.chat->messages(bridge)), ids(b.chat->messages(bridge)));
        QCOMPARE(a.chat->messages(bridge).size(), 2);
        QCOMPARE(a.log().sharedStateHash(), b.log().sharedStateHash());
    }

    // A members-only channel: only members receive it; a removed member receives nothing
    // written after the removal, and what they wrote offline after it fails at the hub, shown
    // as failed with Retry and Delete.
    void membersOnlyAndFailedMessages()
    {
        makeHub();
        Device &a = addDevice(kCcirc, QStringLiteral("Chantal Roy"));
        Device &b = addDevice(kUscert, QStringLiteral("Dana Lee"));
        Device &c = addDevice(kUscert, QStringLiteral("Sam Ortiz"));
        online({&a, &b, &c});
        QVERIFY(drain());
        const QString ch
            = a.chat->createGroup(QStringLiteral("Tiger team"), QStringLiteral("members"),
                                  QStringLiteral("amber"), {b.analyst()});
        a.chat->send(ch, QStringLiteral("members only"));
        QVERIFY(drain());
        QCOMPARE(b.chat->messages(ch).size(), 1);
        QVERIFY(!c.chat->channel(ch).has_value()); // same centre as B, not a member
        QCOMPARE(c.log().database().scalarInt("SELECT count(*) FROM messages"), 0);
        // C asks for the direct conversation with A: the same id on both sides.
        const QString dm = c.chat->directChannel(a.analyst());
        QCOMPARE(dm, ChatService::directChannelId(a.analyst(), c.analyst()));
        c.chat->send(dm, QStringLiteral("psst"));
        QVERIFY(drain());
        QCOMPARE(a.chat->messages(dm).size(), 1);
        QCOMPARE(a.chat->mentionCount(dm), 1); // a direct message is for her
        QCOMPARE(a.chat->displayName(*a.chat->channel(dm)), QStringLiteral("Sam Ortiz"));
        QVERIFY(!b.chat->channel(dm).has_value());

        // B goes offline and writes; meanwhile A takes B off the list and writes again.
        b.engine->stop();
        QVERIFY(drain());
        b.chat->send(ch, QStringLiteral("written offline after my removal"));
        a.chat->removeMember(ch, b.analyst());
        a.chat->send(ch, QStringLiteral("after the removal"));
        QVERIFY(drain());
        QSignalSpy failedSpy(b.chat.get(), &ChatService::messageFailed);
        online({&b});
        QVERIFY(drain());
        const auto bodies = [](const QList<ChatMessage> &list) {
            QStringList out;
            for (const ChatMessage &m : list)
                out << m.body;
            return out;
        };
        QVERIFY(!bodies(b.chat->messages(ch)).contains(QStringLiteral("after the removal")));
        QVERIFY(!bodies(a.chat->messages(ch))
                     .contains(QStringLiteral("written offline after my removal")));
        const auto failed = b.chat->failed(ch);
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.at(0).body, QStringLiteral("written offline after my removal"));
        QCOMPARE(failed.at(0).code, QStringLiteral("not-member"));
        QVERIFY(failedSpy.count() >= 1);
        // Retry: she knows by now that she is off the list, so her client refuses it (the hub
        // would); the failure stays until Delete forgets it.
        QVERIFY(!b.chat->canWrite(ch));
        QVERIFY_THROWS_EXCEPTION(ValidationError, b.chat->retry(failed.at(0).opId));
        QVERIFY(drain());
        QCOMPARE(b.chat->failed(ch).size(), 1);
        QCOMPARE(b.log().rejectedCount(), 1);
        b.chat->dismissFailed(b.chat->failed(ch).at(0).opId);
        QCOMPARE(b.chat->failed(ch).size(), 0);
    }

    // The incident's channel follows its incident: internal while the incident is, shared
    // when it is, and for a TLP:RED incident only the named analysts of the other centre.
    void incidentChannelFollowsIncident()
    {
        makeHub();
        Device &a = addDevice(kCcirc, QStringLiteral("Chantal Roy"));
        Device &b = addDevice(kUscert, QStringLiteral("Dana Lee"));
        Device &c = addDevice(kUscert, QStringLiteral("Sam Ortiz"));
        online({&a, &b, &c});
        QVERIFY(drain());
        IncidentDraft draft;
        draft.title = QStringLiteral("Phishing wave");
        draft.tlp = Tlp::Green;
        const QString incident = a.incidents->createIncident(draft);
        const QString ch = a.chat->incidentChannel(incident);
        QCOMPARE(ch, ChatService::incidentChannelId(incident));
        QCOMPARE(a.chat->displayName(*a.chat->channel(ch)), QStringLiteral("Phishing wave"));
        a.chat->send(ch, QStringLiteral("internal first look"));
        QVERIFY(drain());
        QVERIFY(!b.chat->channel(ch).has_value());
        // B cannot open it either while the incident is internal.
        QVERIFY_THROWS_EXCEPTION(ValidationError, b.chat->incidentChannel(incident));
        a.incidents->share(incident);
        a.chat->followIncident(incident); // what Workspace does on the incident's change
        QVERIFY(drain());
        QCOMPARE(b.chat->channel(ch)->scope, QStringLiteral("shared"));
        QCOMPARE(b.chat->messages(ch).size(), 1); // its history came with it
        QCOMPARE(c.chat->messages(ch).size(), 1);
        QCOMPARE(b.chat->channel(ch)->tlp, QStringLiteral("green"));

        // RED, shared with Dana by name: the channel goes to her, not to Sam.
        IncidentDraft red;
        red.title = QStringLiteral("Named only");
        red.tlp = Tlp::Red;
        const QString redIncident = a.incidents->createIncident(red);
        const QString redChannel = a.chat->incidentChannel(redIncident);
        a.chat->send(redChannel, QStringLiteral("for Dana only"));
        a.incidents->shareWithAnalysts(redIncident, {b.analyst()});
        a.chat->followIncident(redIncident);
        QVERIFY(drain());
        QCOMPARE(a.chat->members(redChannel).size(), 1);
        QVERIFY(b.chat->channel(redChannel).has_value());
        QCOMPARE(b.chat->channel(redChannel)->tlp, QStringLiteral("red"));
        QCOMPARE(b.chat->messages(redChannel).size(), 1);
        QVERIFY(!c.chat->channel(redChannel).has_value());
        QCOMPARE(c.log().database().scalarInt("SELECT count(*) FROM messages WHERE channel_id "
                                              "LIKE 'ic-%' AND body = 'for Dana only'"),
                 0);
        // Dana answers; Sam still sees nothing. Then Dana is taken off: later messages stay
        // with CCIRC.
        b.chat->send(redChannel, QStringLiteral("ack"));
        QVERIFY(drain());
        QCOMPARE(a.chat->messages(redChannel).size(), 2);
        a.incidents->unshareWithAnalyst(redIncident, b.analyst());
        a.chat->followIncident(redIncident);
        a.chat->send(redChannel, QStringLiteral("after Dana left"));
        QVERIFY(drain());
        QCOMPARE(b.chat->messages(redChannel).size(), 2);
        QCOMPARE(a.chat->messages(redChannel).size(), 3);
        QVERIFY(!c.chat->channel(redChannel).has_value());
        // Its members follow the incident, not a hand-made list.
        QVERIFY_THROWS_EXCEPTION(ValidationError, a.chat->addMember(redChannel, c.analyst()));
        for (const auto &d : m_devices)
            QCOMPARE(d->log().rejectedCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestChat)
#include "tst_chat.moc"
