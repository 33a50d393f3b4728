// Real hub (HubServer over a real HubStore) on 127.0.0.1 and real clients (SyncEngine over
// SQLCipher profiles), plus raw WebSocket clients that speak the protocol by hand to abuse it.
// Every wait is bounded (QTRY_* timeouts, fixed edit counts); random runs print their seed.
#include "TestSupport.h"
#include "WireSupport.h"

#include "crypto/DeviceKey.h"
#include "domain/Schema.h"
#include "server/HubServer.h"
#include "server/HubStore.h"
#include "services/ChatService.h"
#include "services/IncidentService.h"
#include "storage/Database.h"
#include "sync/Hlc.h"
#include "sync/SyncEngine.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QWebSocket>
#include <QtTest>

using namespace liaison;
using namespace liaison::test;

namespace {

const QString kCcirc = QStringLiteral("CCIRC");
const QString kUscert = QStringLiteral("USCERT");

struct Client
{
    QString centre;
    std::unique_ptr<ManualClock> clock;
    std::unique_ptr<test::TestReplica> replica;
    std::unique_ptr<IncidentService> incidents;
    std::unique_ptr<ChatService> chat;
    std::unique_ptr<SyncEngine> engine;
    QStringList frames; // every frame received, as text (the wire check reads them)

    OpLog &log() { return *replica->log; }
};

IncidentDraft draft(const QString &title, Tlp tlp = Tlp::Green)
{
    IncidentDraft d;
    d.title = title;
    d.severity = Severity::Medium;
    d.tlp = tlp;
    return d;
}

} // namespace

class TestSync : public QObject
{
    Q_OBJECT

    QTemporaryDir m_hubDir;
    std::unique_ptr<HubStore> m_store;
    std::unique_ptr<HubServer> m_server;

    std::unique_ptr<Client> makeClient(const QString &centre, const QString &name,
                                       qint64 clockOffsetMs = 0)
    {
        auto c = std::make_unique<Client>();
        c->centre = centre;
        c->clock
            = std::make_unique<ManualClock>(QDateTime::currentMSecsSinceEpoch() + clockOffsetMs);
        // Enrol: the hub binds the device key to a new analyst of centre.
        const auto code = m_store->directory().issueEnrolment(centre, name, {}, 3600);
        c->replica
            = std::make_unique<test::TestReplica>(QStringLiteral("pending"), centre, *c->clock);
        const auto device = m_store->directory().redeemEnrolment(
            code.code, c->replica->log->identity().key->publicKey());
        c->replica->log->setEnrolment(device.analystId, device.centre);
        c->incidents = std::make_unique<IncidentService>(c->log());
        c->chat = std::make_unique<ChatService>(c->log());
        c->engine = std::make_unique<SyncEngine>(c->log());
        c->engine->setReconnectBaseForTesting(50);
        c->engine->setHub(QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(m_server->port())));
        Client *raw = c.get();
        connect(c->engine.get(), &SyncEngine::frameReceived, this,
                [raw](const QString &text) { raw->frames << text; });
        return c;
    }

    std::pair<DeviceKey, HubDevice> rawDevice(const QString &centre, const QString &name)
    {
        DeviceKey key = DeviceKey::generate();
        const auto code = m_store->directory().issueEnrolment(centre, name, {}, 3600);
        const HubDevice device = m_store->directory().redeemEnrolment(code.code, key.publicKey());
        return {std::move(key), device};
    }

    static bool upToDate(const std::vector<std::unique_ptr<Client>> &clients)
    {
        for (const auto &c : clients) {
            if (c->engine->state() != SyncEngine::State::UpToDate || c->log().outboxSize() != 0)
                return false;
        }
        return true;
    }

    // The wire check: from the hub's own log, the test works out for every record which centre
    // owns it and at which hub_seq it was shared (never, for internal ones), then reads every
    // frame a device of `centre` received: each op it carried must belong to a record of that
    // centre, or to one shared before that entry's hub_seq.
    QStringList leaksTo(const Client &client)
    {
        struct RecordInfo
        {
            QString owner;
            qint64 sharedAt = std::numeric_limits<qint64>::max();
        };
        QHash<QString, RecordInfo> roots;
        QHash<QString, RecordInfo> comments; // scoped children: their own visibility
        QHash<QString, QString> childRoot;
        QHash<QString, QString> rootOfOp;
        QHash<QString, QString> recordOfOp;
        // A share is sent after what it republishes: its block starts after the op before it.
        qint64 previousHubSeq = 0;
        Database hubDb = test::openHubDatabase(m_store->dir());
        auto st = hubDb.prepare("SELECT hub_seq, body FROM ops ORDER BY hub_seq");
        while (st.step()) {
            QString error;
            const auto op = Op::fromStored(st.blob(1), QByteArray(64, '\0'), &error);
            const qint64 blockStart = previousHubSeq + 1;
            previousHubSeq = st.int64(0);
            if (!op)
                continue;
            const EntityDef *def = findEntity(op->entity);
            QString root = op->entity + QLatin1Char('/') + op->entityId;
            const QString record = root;
            recordOfOp.insert(op->id(), record);
            if (def && def->isScopedChild()) {
                const FieldValue *scope = op->field(QStringLiteral("scope"));
                const auto *scopeText = scope ? std::get_if<QString>(scope) : nullptr;
                // An indicator written without a scope follows its root (sharedAt 0) until an op
                // gives it one; a comment without one is internal.
                if (!comments.contains(record))
                    comments.insert(record,
                                    {op->centre,
                                     def->unscopedFollowsRoot && !scopeText
                                         ? 0
                                         : std::numeric_limits<qint64>::max()});
                if (scopeText && *scopeText == QLatin1String("centre") && def->unscopedFollowsRoot)
                    comments[record].sharedAt = std::numeric_limits<qint64>::max();
                if (scopeText && *scopeText == QLatin1String("shared")
                    && comments[record].sharedAt == std::numeric_limits<qint64>::max())
                    comments[record].sharedAt = blockStart;
            }
            if (def && def->isChild()) {
                const FieldValue *parent = op->field(QString::fromLatin1(def->parentField));
                if (parent && std::holds_alternative<QString>(*parent))
                    childRoot.insert(root,
                                     QString::fromLatin1(def->parentEntity) + QLatin1Char('/')
                                         + std::get<QString>(*parent));
                root = childRoot.value(root);
            }
            rootOfOp.insert(op->id(), root);
            if (root.isEmpty())
                continue;
            if (!roots.contains(root))
                roots.insert(root, {op->centre, std::numeric_limits<qint64>::max()});
            const FieldValue *scope = op->field(QStringLiteral("scope"));
            if (scope && std::holds_alternative<QString>(*scope)
                && std::get<QString>(*scope) == QLatin1String("shared")
                && roots[root].sharedAt == std::numeric_limits<qint64>::max())
                roots[root].sharedAt = blockStart;
        }
        QStringList leaks;
        for (const QString &text : client.frames) {
            const QJsonObject frame = QJsonDocument::fromJson(text.toUtf8()).object();
            for (const QJsonValue &v : frame.value(QLatin1String("ops")).toArray()) {
                const qint64 hubSeq
                    = qint64(v.toObject().value(QLatin1String("hub_seq")).toDouble());
                const QJsonObject op = v.toObject().value(QLatin1String("op")).toObject();
                const QString id = op.value(QLatin1String("id")).toString();
                const QString root = rootOfOp.value(id);
                const RecordInfo info = roots.value(root);
                const bool ownCentre = root.isEmpty()
                    ? op.value(QLatin1String("centre")).toString() == client.centre
                    : info.owner == client.centre;
                bool sharedBefore = root.isEmpty()
                    ? op.value(QLatin1String("scope")).toString() == QLatin1String("shared")
                    : info.sharedAt <= hubSeq;
                bool mine = ownCentre;
                // An internal comment stays with its author's centre, even on a shared record.
                const auto comment = comments.constFind(recordOfOp.value(id));
                if (comment != comments.constEnd()) {
                    mine = comment->owner == client.centre;
                    sharedBefore = sharedBefore && comment->sharedAt <= hubSeq;
                }
                if (!mine && !sharedBefore)
                    leaks << QStringLiteral("%1 at hub_seq %2 (record %3)")
                                 .arg(id)
                                 .arg(hubSeq)
                                 .arg(root);
            }
        }
        return leaks;
    }

private slots:
    void init()
    {
        m_store = HubStore::init(m_hubDir.filePath(
            QStringLiteral("hub-%1").arg(QRandomGenerator::global()->generate())));
        m_store->directory().addCentre(kCcirc,
                                       QStringLiteral("Canadian Cyber Incident Response Centre"));
        m_store->directory().addCentre(kUscert, QStringLiteral("US-CERT"));
        m_server = std::make_unique<HubServer>(*m_store);
        QString error;
        QVERIFY2(m_server->listen(QHostAddress::LocalHost, 0, true, &error), qPrintable(error));
    }

    void cleanup()
    {
        m_server.reset();
        m_store.reset();
    }

    void plainOnlyOnLoopback()
    {
        HubServer other(*m_store);
        QString error;
        QVERIFY(!other.listen(QHostAddress::Any, 0, true, &error));
        QVERIFY(error.contains(QLatin1String("loopback")));
    }

    void convergence_data()
    {
        QTest::addColumn<quint32>("seed");
        if (qEnvironmentVariableIsSet("LIAISON_SEED")) {
            QTest::addRow("env") << qgetenv("LIAISON_SEED").toUInt();
            return;
        }
        QTest::addRow("seed-7") << 7u;
        QTest::addRow("seed-2026") << 2026u;
        QTest::addRow("random") << QRandomGenerator::global()->generate();
    }

    // Two centres, four devices: random concurrent edits of incidents, their child lists,
    // deletes, shares and chat, while devices go offline and come back at random. Afterwards
    // the devices of a centre hold the same state, the shared part is the same everywhere, and
    // no frame a US-CERT device received carried a CCIRC-internal record.
    void convergence()
    {
        QFETCH(quint32, seed);
        qInfo("convergence seed %u (replay with LIAISON_SEED=%u)", seed, seed);
        QRandomGenerator rng(seed);
        const auto failure = [seed](const QString &what) {
            return qPrintable(QStringLiteral("%1 (seed %2)").arg(what).arg(seed));
        };
        std::vector<std::unique_ptr<Client>> clients;
        // Clocks up to two minutes apart: within the hub's drift bound, out of step.
        for (const auto &[centre, name] :
             {std::pair {kCcirc, "Marie Tremblay"}, std::pair {kCcirc, "Jean Roy"},
              std::pair {kUscert, "John Smith"}, std::pair {kUscert, "Ann Lee"}})
            clients.push_back(makeClient(centre, QString::fromLatin1(name),
                                         qint64(rng.bounded(240'000)) - 120'000));

        const QString internal = clients[0]->incidents->createIncident(
            draft(QStringLiteral("CCIRC internal only"), Tlp::Red));
        clients[0]->incidents->addIndicator(internal, IndicatorType::Domain,
                                            QStringLiteral("internal.example"));
        // Written to while internal, shared in round 3 (and maybe others at random).
        const QString sharedLater
            = clients[0]->incidents->createIncident(draft(QStringLiteral("CCIRC, shared later")));
        const QString sharedChannel = clients[2]->chat->createGroup(
            QStringLiteral("CCIRC / US-CERT"), QStringLiteral("shared"), QStringLiteral("green"));
        const QString internalChannel = clients[0]->chat->createGroup(
            QStringLiteral("CCIRC team"), QStringLiteral("centre"), QStringLiteral("green"));
        for (auto &c : clients)
            c->engine->start();
        QTRY_VERIFY2_WITH_TIMEOUT(upToDate(clients), failure(QStringLiteral("first sync")), 20000);
        // Acked is not yet received by the others: wait until everyone has the channels.
        const auto hasChannel = [](Client &c, const QString &id) {
            for (const auto &channel : c.chat->channels()) {
                if (channel.id == id)
                    return true;
            }
            return false;
        };
        for (auto &c : clients)
            QTRY_VERIFY_WITH_TIMEOUT(hasChannel(*c, sharedChannel), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(hasChannel(*clients[1], internalChannel), 10000);

        for (int round = 0; round < 8; ++round) {
            for (std::size_t i = 0; i < clients.size(); ++i) {
                Client &c = *clients[i];
                c.clock->advance(qint64(rng.bounded(2000)));
                if (rng.bounded(3) == 0)
                    c.engine->stop();
                QStringList ids;
                for (const auto &inc : c.incidents->incidents())
                    ids << inc.id;
                const int edits = 3 + int(rng.bounded(6));
                for (int e = 0; e < edits; ++e) {
                    const QString target
                        = ids.isEmpty() ? QString() : ids.at(int(rng.bounded(quint32(ids.size()))));
                    const QString tag = QStringLiteral("r%1 d%2 e%3").arg(round).arg(i).arg(e);
                    const quint32 kind = target.isEmpty() ? 0 : rng.bounded(11);
                    switch (kind) {
                    case 0:
                        ids << c.incidents->createIncident(draft(QStringLiteral("New ") + tag));
                        break;
                    case 1: c.incidents->setTitle(target, tag); break;
                    case 2:
                        c.incidents->setSeverity(target,
                                                 rng.bounded(2) ? Severity::High : Severity::Low);
                        break;
                    case 3:
                        c.incidents->addIndicator(
                            target, IndicatorType::IPv4,
                            QStringLiteral("192.0.2.%1").arg(rng.bounded(250)));
                        break;
                    case 4:
                        c.incidents->addComment(target, QStringLiteral("note ") + tag,
                                                rng.bounded(2) ? CommentVisibility::Shared
                                                               : CommentVisibility::Internal);
                        break;
                    case 5:
                        c.incidents->addTag(target, QStringLiteral("tag-%1").arg(rng.bounded(5)));
                        break;
                    case 6: {
                        const auto indicators = c.incidents->indicators(target);
                        if (!indicators.isEmpty())
                            c.incidents->removeIndicator(indicators.first().id);
                        break;
                    }
                    case 7:
                        // Only the owner centre shares (the hub refuses others).
                        if (c.incidents->incident(target)->ownerCentre == c.centre
                            && target != internal)
                            c.incidents->share(target);
                        break;
                    case 8:
                        if (target != internal && target != sharedLater && rng.bounded(3) == 0) {
                            c.incidents->remove(target);
                            ids.removeAll(target);
                        }
                        break;
                    case 9: c.chat->send(sharedChannel, QStringLiteral("hello ") + tag); break;
                    default:
                        if (c.centre == kCcirc)
                            c.chat->send(internalChannel, QStringLiteral("internal ") + tag);
                        break;
                    }
                }
            }
            if (round == 3)
                clients[0]->incidents->share(sharedLater);
            for (auto &c : clients) {
                if (c->engine->state() == SyncEngine::State::Offline)
                    c->engine->start();
            }
            QTRY_VERIFY2_WITH_TIMEOUT(upToDate(clients),
                                      failure(QStringLiteral("round %1").arg(round)), 30000);
        }
        // Live ops may still be in flight after the last acks: wait for the hashes to agree.
        QTRY_VERIFY2_WITH_TIMEOUT(clients[0]->log().stateHash() == clients[1]->log().stateHash(),
                                  failure(QStringLiteral("CCIRC devices differ")), 10000);
        QTRY_VERIFY2_WITH_TIMEOUT(clients[2]->log().stateHash() == clients[3]->log().stateHash(),
                                  failure(QStringLiteral("US-CERT devices differ")), 10000);
        for (std::size_t i = 1; i < clients.size(); ++i)
            QTRY_VERIFY2_WITH_TIMEOUT(
                clients[i]->log().sharedStateHash() == clients[0]->log().sharedStateHash(),
                failure(QStringLiteral("shared part differs on device %1").arg(i)), 10000);
        // The shared part is not trivially empty.
        int shared = 0;
        for (const auto &inc : clients[2]->incidents->incidents())
            shared += inc.ownerCentre == kCcirc ? 1 : 0;
        QVERIFY2(shared > 0, failure(QStringLiteral("no CCIRC incident was shared")));

        // Centre scope stays home, checked on the wire.
        for (std::size_t i : {std::size_t(2), std::size_t(3)}) {
            const QStringList leaks = leaksTo(*clients[i]);
            QVERIFY2(leaks.isEmpty(), failure(leaks.join(QLatin1String(", "))));
            QVERIFY(!clients[i]->frames.isEmpty());
            QVERIFY(!clients[i]->incidents->incident(internal).has_value());
            for (const auto &channel : clients[i]->chat->channels())
                QVERIFY(channel.id != internalChannel);
        }
        // Nothing stored twice at the hub, and hub_seq has no gap.
        QCOMPARE(test::openHubDatabase(m_store->dir()).scalarInt("SELECT count(*) FROM feed"),
                 m_store->feed().lastHubSeq());
        QCOMPARE(test::openHubDatabase(m_store->dir()).scalarInt("SELECT min(hub_seq) FROM feed"),
                 1);
        QCOMPARE(
            test::openHubDatabase(m_store->dir()).scalarInt("SELECT count(DISTINCT id) FROM ops"),
            test::openHubDatabase(m_store->dir()).scalarInt("SELECT count(*) FROM ops"));
        for (auto &c : clients)
            QCOMPARE(c->log().rejectedCount(), 0);
    }

    // An incident with indicators and comments written while it was internal: sharing it sends
    // all of it to the other centre, including to a device that was offline meanwhile.
    void sharingRepublishesEarlierChildren()
    {
        std::vector<std::unique_ptr<Client>> clients;
        clients.push_back(makeClient(kCcirc, QStringLiteral("Marie Tremblay")));
        clients.push_back(makeClient(kUscert, QStringLiteral("John Smith")));
        for (auto &c : clients)
            c->engine->start();
        const QString id = clients[0]->incidents->createIncident(
            draft(QStringLiteral("Ransomware at a utility")));
        clients[0]->incidents->addIndicator(id, IndicatorType::Domain,
                                            QStringLiteral("evil.example"));
        const QString picked
            = clients[0]->incidents->addComment(id, QStringLiteral("Seen since Monday"));
        const QString internal = clients[0]->incidents->addComment(
            id, QStringLiteral("The utility asked us not to name it"));
        clients[0]->incidents->setTlp(id, Tlp::Green);
        QTRY_VERIFY_WITH_TIMEOUT(upToDate(clients), 10000);
        QVERIFY(!clients[1]->incidents->incident(id).has_value());
        clients[1]->engine->stop();
        clients[0]->incidents->share(id, {picked});
        QTRY_VERIFY_WITH_TIMEOUT(clients[0]->log().outboxSize() == 0, 10000);
        clients[1]->engine->start();
        QTRY_VERIFY_WITH_TIMEOUT(upToDate(clients), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(clients[1]->incidents->incident(id).has_value(), 5000);
        QCOMPARE(clients[1]->incidents->indicators(id).size(), 1);
        // The picked comment crossed; the internal one and the owner's release records did not.
        const auto received = clients[1]->incidents->comments(id);
        QCOMPARE(received.size(), 1);
        QCOMPARE(received.first().id, picked);
        QVERIFY(!clients[1]->log().opsFor(QStringLiteral("comment"), internal).size());
        QCOMPARE(clients[1]->log().sharedStateHash(), clients[0]->log().sharedStateHash());
        QVERIFY(leaksTo(*clients[1]).isEmpty());
        // The incident's creation reached the other centre before the op that shared it.
        QStringList order;
        for (const QString &text : std::as_const(clients[1]->frames)) {
            const QJsonObject frame = QJsonDocument::fromJson(text.toUtf8()).object();
            for (const QJsonValue &v : frame.value(QLatin1String("ops")).toArray()) {
                const QJsonObject op = v.toObject().value(QLatin1String("op")).toObject();
                if (op.value(QLatin1String("entity_id")).toString() == id)
                    order << (op.value(QLatin1String("fields"))
                                      .toObject()
                                      .contains(QLatin1String("title"))
                                  ? QStringLiteral("create")
                                  : QStringLiteral("other"));
            }
        }
        QVERIFY2(!order.isEmpty() && order.first() == QLatin1String("create"),
                 qPrintable(order.join(QLatin1Char(','))));
        // A comment shared later, on the shared incident, follows with its earlier ops.
        clients[0]->incidents->share(id, {internal});
        QTRY_VERIFY_WITH_TIMEOUT(clients[1]->incidents->comments(id).size() == 2, 10000);
        QVERIFY(leaksTo(*clients[1]).isEmpty());
        // The directory names the author for the other centre's history and comments.
        const QString author = clients[0]->log().identity().analystId;
        QCOMPARE(clients[1]->log().analystName(author), QStringLiteral("Marie Tremblay"));
        QCOMPARE(clients[1]->log().analystName(QStringLiteral("nobody")), QStringLiteral("nobody"));
    }

    // A change the hub refuses for good does not stay in its author's view: a modified or
    // raced client that shares an AMBER+STRICT incident ends with the incident internal, as
    // every other replica has it, and the analyst is told.
    void refusedChangesAreUndoneLocally()
    {
        std::vector<std::unique_ptr<Client>> clients;
        clients.push_back(makeClient(kCcirc, QStringLiteral("Marie Tremblay")));
        clients.push_back(makeClient(kCcirc, QStringLiteral("Luc Gagnon")));
        for (auto &c : clients)
            c->engine->start();
        const QString id = clients[0]->incidents->createIncident(
            draft(QStringLiteral("Ransomware at a utility"), Tlp::AmberStrict));
        QTRY_VERIFY_WITH_TIMEOUT(upToDate(clients), 10000);
        QSignalSpy rejected(clients[0]->engine.get(), &SyncEngine::opsRejected);
        // Past the service's own check, straight into the log (what a modified client does).
        clients[0]->log().commit({{QStringLiteral("incident"),
                                   id,
                                   {{QStringLiteral("scope"), QStringLiteral("shared")}}}});
        QCOMPARE(clients[0]->incidents->incident(id)->scope, QStringLiteral("shared"));
        QTRY_VERIFY_WITH_TIMEOUT(rejected.count() == 1, 10000);
        QCOMPARE(rejected.at(0).at(1).toString(), QStringLiteral("tlp-forbids-share"));
        QCOMPARE(clients[0]->incidents->incident(id)->scope, QStringLiteral("centre"));
        QCOMPARE(clients[0]->log().rejectedCount(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(upToDate(clients), 10000);
        QCOMPARE(clients[0]->log().stateHash(), clients[1]->log().stateHash());
    }

    void tlsWithPinnedCertificate()
    {
        HubServer secure(*m_store);
        QString error;
        QVERIFY2(secure.listen(QHostAddress::LocalHost, 0, false, &error), qPrintable(error));
        std::vector<std::unique_ptr<Client>> clients;
        clients.push_back(makeClient(kCcirc, QStringLiteral("TLS Analyst")));
        Client &c = *clients[0];
        const QUrl url(QStringLiteral("wss://127.0.0.1:%1").arg(secure.port()));
        // The wrong pin: refused, with a clear reason, and no retry.
        c.engine->setHub(url, QString(QStringLiteral("00:")).repeated(31) + QStringLiteral("00"));
        c.engine->start();
        QTRY_COMPARE_WITH_TIMEOUT(c.engine->state(), SyncEngine::State::Error, 10000);
        QVERIFY(c.engine->errorReason().contains(QLatin1String("certificate")));
        c.engine->stop();
        // No pin at all for wss: refused before connecting.
        c.engine->setHub(url);
        c.engine->start();
        QCOMPARE(c.engine->state(), SyncEngine::State::Error);
        c.engine->stop();
        // The enrolled certificate's pin (any spelling of it): syncs.
        c.incidents->createIncident(draft(QStringLiteral("Over TLS")));
        c.engine->setHub(url, m_store->certificateFingerprint().toLower());
        c.engine->start();
        QTRY_VERIFY_WITH_TIMEOUT(upToDate(clients), 10000);
        QCOMPARE(m_store->feed().lastHubSeq(), 1);
    }

    // Enrolment over the wire: a code works once, the pin must match, the profile remembers
    // the hub.
    void enrolmentOverTheWire()
    {
        HubServer secure(*m_store);
        QString error;
        QVERIFY2(secure.listen(QHostAddress::LocalHost, 0, false, &error), qPrintable(error));
        const QUrl url(QStringLiteral("wss://127.0.0.1:%1").arg(secure.port()));
        const auto code
            = m_store->directory().issueEnrolment(kUscert, QStringLiteral("Dana Scully"), {}, 3600);
        ManualClock clock;
        test::TestReplica replica(QString(), QString(), clock);
        // TestReplica enrols with the given (empty) ids; start from an unenrolled profile.
        replica.profile->db().exec("DELETE FROM meta WHERE key IN ('analyst_id', 'centre')");
        auto log = std::make_unique<OpLog>(replica.profile->db(), clock);
        QVERIFY(!log->identity().isEnrolled());
        SyncEngine engine(*log);
        QSignalSpy ok(&engine, &SyncEngine::enrolled);
        QSignalSpy failed(&engine, &SyncEngine::enrolmentFailed);

        // A fingerprint that is not the hub's: refused before the code is sent.
        engine.enrol(url, code.code,
                     QString(QStringLiteral("AB:")).repeated(31) + QStringLiteral("AB"));
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 10000);
        QVERIFY(failed.last().at(0).toString().contains(QLatin1String("fingerprint")));
        // No fingerprint over wss: refused at once.
        engine.enrol(url, code.code, {});
        QCOMPARE(failed.count(), 2);
        // ws:// to another machine: refused at once.
        engine.enrol(QUrl(QStringLiteral("ws://192.0.2.1:1")), code.code, {});
        QCOMPARE(failed.count(), 3);
        QVERIFY(failed.last().at(0).toString().contains(QLatin1String("ws://")));

        // The right fingerprint, typed in lower case with spaces.
        QString typed = m_store->certificateFingerprint().toLower();
        typed.replace(QLatin1Char(':'), QLatin1Char(' '));
        engine.enrol(url, code.code.toLower(), typed);
        QTRY_COMPARE_WITH_TIMEOUT(ok.count(), 1, 10000);
        QCOMPARE(ok.last().at(0).toString(), QStringLiteral("Dana Scully"));
        QCOMPARE(ok.last().at(1).toString(), kUscert);
        QVERIFY(log->identity().isEnrolled());
        const auto saved = HubEndpoint::load(replica.profile->db());
        QVERIFY(saved.has_value());
        QCOMPARE(saved->url, url);
        QCOMPARE(saved->certificateSha256, m_store->certificateFingerprint());

        // The same code again, from another device: refused, with the one message for all.
        test::TestReplica other(QString(), QString(), clock);
        other.profile->db().exec("DELETE FROM meta WHERE key IN ('analyst_id', 'centre')");
        OpLog otherLog(other.profile->db(), clock);
        SyncEngine otherEngine(otherLog);
        QSignalSpy otherFailed(&otherEngine, &SyncEngine::enrolmentFailed);
        otherEngine.enrol(url, code.code, m_store->certificateFingerprint());
        QTRY_COMPARE_WITH_TIMEOUT(otherFailed.count(), 1, 10000);
        QVERIFY(otherFailed.last().at(0).toString().contains(QLatin1String("expired")));
        QVERIFY(!otherLog.identity().isEnrolled());

        // An expired code: the same answer.
        const auto expired
            = m_store->directory().issueEnrolment(kUscert, QStringLiteral("Late Analyst"), {}, 60,
                                                  QDateTime::currentDateTimeUtc().addSecs(-120));
        otherEngine.enrol(url, expired.code, m_store->certificateFingerprint());
        QTRY_COMPARE_WITH_TIMEOUT(otherFailed.count(), 2, 10000);
        QVERIFY(!otherLog.identity().isEnrolled());

        // The enrolled device syncs with what it saved.
        IncidentService incidents(*log);
        incidents.createIncident(draft(QStringLiteral("First from an enrolled device")));
        QVERIFY(engine.useSavedHub());
        engine.start();
        QTRY_COMPARE_WITH_TIMEOUT(engine.state(), SyncEngine::State::UpToDate, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(log->outboxSize(), 0, 5000);
        QCOMPARE(m_store->feed().lastHubSeq(), 1);
    }

    // A device enrolled after the others connected: its ops are verified (the hub sends the new
    // directory) and none is skipped.
    void newDeviceWhileOthersAreConnected()
    {
        std::vector<std::unique_ptr<Client>> clients;
        clients.push_back(makeClient(kCcirc, QStringLiteral("Early Analyst")));
        clients[0]->engine->start();
        QTRY_VERIFY_WITH_TIMEOUT(upToDate(clients), 10000);
        clients.push_back(makeClient(kCcirc, QStringLiteral("Late Analyst")));
        const QString id
            = clients[1]->incidents->createIncident(draft(QStringLiteral("From the new device")));
        clients[1]->engine->start();
        QTRY_VERIFY_WITH_TIMEOUT(upToDate(clients), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(clients[0]->incidents->incident(id).has_value(), 10000);
        QCOMPARE(clients[0]->log().stateHash(), clients[1]->log().stateHash());
    }

    void abuseGetsErrorsAndOthersKeepWorking()
    {
        HubServer::Limits limits;
        limits.maxFrameBytes = 64 * 1024;
        limits.maxOpsPerPush = 50;
        limits.handshakeMs = 300;
        limits.framesPerSecond = 20;
        limits.frameBurst = 40;
        m_server.reset();
        m_server = std::make_unique<HubServer>(*m_store);
        m_server->setLimits(limits);
        QString error;
        QVERIFY(m_server->listen(QHostAddress::LocalHost, 0, true, &error));
        const quint16 port = m_server->port();

        std::vector<std::unique_ptr<Client>> clients;
        clients.push_back(makeClient(kCcirc, QStringLiteral("Good Analyst")));
        clients.push_back(makeClient(kUscert, QStringLiteral("Good Counterpart")));
        for (auto &c : clients)
            c->engine->start();
        const QString internal
            = clients[0]->incidents->createIncident(draft(QStringLiteral("Internal"), Tlp::Amber));
        QTRY_VERIFY_WITH_TIMEOUT(upToDate(clients), 10000);
        int goodEdits = 0;
        auto goodClientsStillSync = [&] {
            const QString id = clients[0]->incidents->createIncident(
                draft(QStringLiteral("Still working %1").arg(++goodEdits)));
            clients[0]->incidents->share(id);
            QTRY_VERIFY_WITH_TIMEOUT(upToDate(clients), 10000);
            QTRY_VERIFY_WITH_TIMEOUT(clients[1]->incidents->incident(id).has_value(), 10000);
        };

        {
            RawClient rogue(port);
            QCOMPARE(rogue.nextOfType(QStringLiteral("hello")).value(QLatin1String("v")).toInt(),
                     1);
            rogue.sendText(QStringLiteral("{not json"));
            QCOMPARE(rogue.next().value(QLatin1String("code")).toString(),
                     QStringLiteral("malformed"));
            rogue.send({{"t", "pull"}, {"after", 0}});
            QCOMPARE(rogue.next().value(QLatin1String("code")).toString(),
                     QStringLiteral("not-authenticated"));
            rogue.socket().sendBinaryMessage(QByteArray("\x01\x02", 2));
            QCOMPARE(rogue.next().value(QLatin1String("code")).toString(),
                     QStringLiteral("binary-frame"));
            // The third error closes the connection.
            QTRY_VERIFY_WITH_TIMEOUT(rogue.closed(), 5000);
        }
        {
            RawClient rogue(port);
            rogue.nextOfType(QStringLiteral("hello"));
            rogue.send({{"t", "subscribe-everything"}});
            QCOMPARE(rogue.next().value(QLatin1String("code")).toString(),
                     QStringLiteral("unknown-type"));
            rogue.send({{"t", "auth"}, {"v", 2}, {"device", "0000000000000000"}, {"sig", "AAAA"}});
            QCOMPARE(rogue.next().value(QLatin1String("code")).toString(),
                     QStringLiteral("unsupported-version"));
            QTRY_VERIFY_WITH_TIMEOUT(rogue.closed(), 5000);
        }
        {
            // A device the hub never enrolled.
            const DeviceKey stranger = DeviceKey::generate();
            RawClient rogue(port);
            QVERIFY(!rogue.authenticate(stranger));
            QTRY_VERIFY_WITH_TIMEOUT(rogue.closed(), 5000);
        }
        {
            // A client that never finishes its handshake.
            RawClient slow(port);
            slow.nextOfType(QStringLiteral("hello"));
            QCOMPARE(slow.next(3000).value(QLatin1String("code")).toString(),
                     QStringLiteral("handshake-timeout"));
            QTRY_VERIFY_WITH_TIMEOUT(slow.closed(), 5000);
        }
        goodClientsStillSync();

        auto [key, device] = rawDevice(kUscert, QStringLiteral("Mallory"));
        {
            RawClient rogue(port);
            QVERIFY(rogue.authenticate(key));
            qint64 seq = 0;
            auto pushOne = [&](const Op &op) {
                rogue.send({{"t", "push"}, {"ops", QJsonArray {opJson(op)}}});
                return rogue.nextOfType(QStringLiteral("ack"));
            };
            const QString incidentId = QStringLiteral("4f9d1c2e-0000-4000-8000-00000000aaaa");
            // A well-formed op is accepted.
            const Op good = makeOp(key, device, ++seq, nowHlc(), QStringLiteral("incident"),
                                   incidentId, {{QStringLiteral("title"), QStringLiteral("ok")}});
            QCOMPARE(pushOne(good).value(QLatin1String("acks")).toArray().size(), 1);
            // Altered after signing.
            Op altered = makeOp(key, device, ++seq, nowHlc(1), QStringLiteral("incident"),
                                incidentId, {{QStringLiteral("title"), QStringLiteral("a")}});
            altered.fields = {{QStringLiteral("title"), QStringLiteral("b")}};
            QCOMPARE(rejectionCode(pushOne(altered)), QStringLiteral("bad-signature"));
            // Claiming another author, another centre, another device.
            HubDevice other = device;
            other.analystId = QStringLiteral("someone-else");
            QCOMPARE(rejectionCode(pushOne(
                         makeOp(key, other, ++seq, nowHlc(2), QStringLiteral("incident"),
                                incidentId, {{QStringLiteral("title"), QStringLiteral("x")}}))),
                     QStringLiteral("author-or-centre-mismatch"));
            other = device;
            other.centre = kCcirc;
            QCOMPARE(rejectionCode(pushOne(
                         makeOp(key, other, ++seq, nowHlc(3), QStringLiteral("incident"),
                                incidentId, {{QStringLiteral("title"), QStringLiteral("x")}}))),
                     QStringLiteral("author-or-centre-mismatch"));
            const DeviceKey otherKey = DeviceKey::generate();
            QCOMPARE(rejectionCode(pushOne(
                         makeOp(otherKey, device, 1, nowHlc(4), QStringLiteral("incident"),
                                incidentId, {{QStringLiteral("title"), QStringLiteral("x")}}))),
                     QStringLiteral("op-device-mismatch"));
            // Writing into the other centre's internal incident.
            QCOMPARE(rejectionCode(
                         pushOne(makeOp(key, device, ++seq, nowHlc(5), QStringLiteral("indicator"),
                                        QStringLiteral("4f9d1c2e-0000-4000-8000-00000000bbbb"),
                                        {{QStringLiteral("incident_id"), internal},
                                         {QStringLiteral("value"), QStringLiteral("x")}}))),
                     QStringLiteral("scope-violation"));
            // Ten minutes in the future.
            QCOMPARE(rejectionCode(pushOne(
                         makeOp(key, device, ++seq, nowHlc(600'000), QStringLiteral("incident"),
                                incidentId, {{QStringLiteral("title"), QStringLiteral("x")}}))),
                     QStringLiteral("clock-ahead"));
            // A stamp that does not grow with seq.
            QCOMPARE(rejectionCode(pushOne(
                         makeOp(key, device, ++seq, good.hlc, QStringLiteral("incident"),
                                incidentId, {{QStringLiteral("title"), QStringLiteral("x")}}))),
                     QStringLiteral("clock-not-increasing"));
            // The same id with other content.
            QCOMPARE(rejectionCode(pushOne(makeOp(
                         key, device, good.seq, good.hlc, QStringLiteral("incident"), incidentId,
                         {{QStringLiteral("title"), QStringLiteral("forked")}}))),
                     QStringLiteral("conflicting-op"));
            // The same op again: acked with its first hub_seq, not stored twice.
            const qint64 before = m_store->feed().lastHubSeq();
            const QJsonObject again = pushOne(good);
            Database hubDb = test::openHubDatabase(m_store->dir());
            auto first = hubDb.prepare("SELECT hub_seq FROM ops WHERE id = ?1");
            first.bind(1, good.id());
            QVERIFY(first.step());
            QCOMPARE(again.value(QLatin1String("acks"))
                         .toArray()
                         .at(0)
                         .toObject()
                         .value(QLatin1String("hub_seq"))
                         .toInteger(),
                     first.int64(0));
            QCOMPARE(m_store->feed().lastHubSeq(), before);
            // Malformed op inside a valid frame.
            rogue.send({{"t", "push"}, {"ops", QJsonArray {QJsonObject {{"id", "x"}, {"v", 9}}}}});
            QCOMPARE(rejectionCode(rogue.nextOfType(QStringLiteral("ack"))),
                     QStringLiteral("malformed-op"));
            // A batch above the limit.
            QJsonArray big;
            for (int i = 0; i < limits.maxOpsPerPush + 1; ++i)
                big.append(opJson(good));
            rogue.send({{"t", "push"}, {"ops", big}});
            QCOMPARE(
                rogue.nextOfType(QStringLiteral("error")).value(QLatin1String("code")).toString(),
                QStringLiteral("batch-too-large"));
        }
        goodClientsStillSync();
        {
            // A frame above the size limit: an error, then the connection is closed.
            RawClient rogue(port);
            QVERIFY(rogue.authenticate(key));
            rogue.sendText(QStringLiteral("{\"t\":\"ping\",\"pad\":\"%1\"}")
                               .arg(QString(100 * 1024, QLatin1Char('x'))));
            QCOMPARE(
                rogue.nextOfType(QStringLiteral("error")).value(QLatin1String("code")).toString(),
                QStringLiteral("frame-too-large"));
            QTRY_VERIFY_WITH_TIMEOUT(rogue.closed(), 5000);
        }
        {
            // A bounded flood of 200 frames: rate-limited, then cut off.
            RawClient rogue(port);
            QVERIFY(rogue.authenticate(key));
            for (int i = 0; i < 200 && !rogue.closed(); ++i)
                rogue.send({{"t", "ping"}});
            QCOMPARE(
                rogue.nextOfType(QStringLiteral("error")).value(QLatin1String("code")).toString(),
                QStringLiteral("rate-limited"));
            QTRY_VERIFY_WITH_TIMEOUT(rogue.closed(), 5000);
        }
        goodClientsStillSync();

        // Revoked: the live connection is cut at once, the device stays out, and the others
        // keep its earlier ops.
        RawClient revokedLater(port);
        QVERIFY(revokedLater.authenticate(key));
        m_store->directory().revoke(key.deviceId());
        QCOMPARE(revokedLater.nextOfType(QStringLiteral("error"), 3000)
                     .value(QLatin1String("code"))
                     .toString(),
                 QStringLiteral("device-revoked"));
        QTRY_VERIFY_WITH_TIMEOUT(revokedLater.closed(), 5000);
        RawClient afterRevocation(port);
        QVERIFY(!afterRevocation.authenticate(key));
        const QString device0 = clients[0]->log().identity().deviceId;
        m_store->directory().revoke(device0);
        QTRY_COMPARE_WITH_TIMEOUT(clients[0]->engine->state(), SyncEngine::State::Error, 5000);
        QVERIFY(clients[0]->engine->errorReason().contains(QLatin1String("revoked")));
        // A fresh US-CERT device still accepts everything device 0 wrote before its revocation.
        std::vector<std::unique_ptr<Client>> late;
        late.push_back(makeClient(kUscert, QStringLiteral("Fresh Device")));
        late[0]->engine->start();
        QTRY_VERIFY_WITH_TIMEOUT(upToDate(late), 10000);
        QCOMPARE(late[0]->log().sharedStateHash(), clients[1]->log().sharedStateHash());
    }

    // Ops refused for good leave the outbox (it would be blocked for ever), stay in the log,
    // and are reported.
    // A batch of 300 with the default limits: the hub checks the signatures on every core, each
    // core a part of the batch; bad ones in any part are found, in their place, and the rest is
    // acked.
    void bigPushChecksEverySignature()
    {
        auto [key, device] = rawDevice(kUscert, QStringLiteral("Batch pusher"));
        RawClient client(m_server->port());
        QVERIFY(client.authenticate(key));
        qint64 seq = 0;
        const QString incidentId = QStringLiteral("4f9d1c2e-0000-4000-8000-00000000cccc");
        QJsonArray batch;
        const QSet<int> alteredAt {150, 290};
        for (int i = 0; i < 300; ++i) {
            if (i == 200) {
                batch.append(QJsonObject {{"id", "broken"}, {"v", 1}});
                continue;
            }
            Op op
                = makeOp(key, device, ++seq, nowHlc(10 + i), QStringLiteral("incident"), incidentId,
                         {{QStringLiteral("title"), QStringLiteral("batch %1").arg(i)}});
            if (alteredAt.contains(i))
                op.fields = {{QStringLiteral("title"), QStringLiteral("tampered")}};
            batch.append(opJson(op));
        }
        client.send({{"t", "push"}, {"ops", batch}});
        const QJsonObject bigAck = client.nextOfType(QStringLiteral("ack"));
        QCOMPARE(bigAck.value(QLatin1String("acks")).toArray().size(), 297);
        QStringList codes;
        for (const QJsonValue &r : bigAck.value(QLatin1String("rejected")).toArray())
            codes << r.toObject().value(QLatin1String("code")).toString();
        codes.sort();
        QCOMPARE(codes,
                 (QStringList {QStringLiteral("bad-signature"), QStringLiteral("bad-signature"),
                               QStringLiteral("malformed-op")}));

        // Large pushes are verified on worker threads while the hub serves others; a device's
        // own frames are still answered in the order it sent them: two pushes and a pull sent
        // back to back give ack, ack, page.
        QJsonArray first;
        QJsonArray second;
        for (int i = 0; i < 400; ++i) {
            const Op op = makeOp(key, device, ++seq, nowHlc(400 + i), QStringLiteral("incident"),
                                 incidentId,
                                 {{QStringLiteral("title"), QStringLiteral("order %1").arg(i)}});
            (i < 250 ? first : second).append(opJson(op));
        }
        const qint64 before = m_store->feed().lastHubSeq();
        client.send({{"t", "push"}, {"ops", first}});
        client.send({{"t", "push"}, {"ops", second}});
        client.send({{"t", "pull"}, {"after", before}});
        const QJsonObject ack1 = client.next();
        const QJsonObject ack2 = client.next();
        const QJsonObject page = client.next();
        QCOMPARE(ack1.value(QLatin1String("t")).toString(), QStringLiteral("ack"));
        QCOMPARE(ack1.value(QLatin1String("acks")).toArray().size(), 250);
        QCOMPARE(ack2.value(QLatin1String("t")).toString(), QStringLiteral("ack"));
        QCOMPARE(ack2.value(QLatin1String("acks")).toArray().size(), 150);
        QCOMPARE(page.value(QLatin1String("t")).toString(), QStringLiteral("page"));
        // The page already holds both pushes: the pull was served after them.
        QCOMPARE(page.value(QLatin1String("last_hub_seq")).toInteger(), before + 400);
        // Hub sequence numbers follow the device's order.
        const auto seqOf = [](const QJsonObject &ack, int i) {
            return ack.value(QLatin1String("acks"))
                .toArray()
                .at(i)
                .toObject()
                .value(QLatin1String("hub_seq"))
                .toInteger();
        };
        QVERIFY(seqOf(ack1, 249) < seqOf(ack2, 0));
    }

    void refusedOpsLeaveTheOutbox()
    {
        std::vector<std::unique_ptr<Client>> clients;
        clients.push_back(makeClient(kUscert, QStringLiteral("Confused Analyst")));
        clients.push_back(makeClient(kCcirc, QStringLiteral("Owner")));
        clients[1]->engine->start();
        const QString internal
            = clients[1]->incidents->createIncident(draft(QStringLiteral("Internal")));
        QTRY_VERIFY_WITH_TIMEOUT(clients[1]->log().outboxSize() == 0, 10000);
        // A US-CERT device that somehow names the internal incident (a typed id, say).
        clients[0]->log().commit({{QStringLiteral("comment"),
                                   QStringLiteral("4f9d1c2e-0000-4000-8000-00000000cccc"),
                                   {{QStringLiteral("incident_id"), internal},
                                    {QStringLiteral("body"), QStringLiteral("hello?")}}}});
        const QString kept = clients[0]->incidents->createIncident(draft(QStringLiteral("Fine")));
        QSignalSpy rejected(clients[0]->engine.get(), &SyncEngine::opsRejected);
        clients[0]->engine->start();
        QTRY_COMPARE_WITH_TIMEOUT(rejected.count(), 1, 10000);
        QCOMPARE(rejected.first().at(1).toString(), QStringLiteral("scope-violation"));
        QTRY_COMPARE_WITH_TIMEOUT(clients[0]->log().outboxSize(), 0, 10000);
        QCOMPARE(clients[0]->log().rejectedCount(), 1);
        QVERIFY(clients[0]->incidents->incident(kept).has_value());
        QTRY_COMPARE_WITH_TIMEOUT(clients[0]->engine->state(), SyncEngine::State::UpToDate, 5000);
        Database hubDb = test::openHubDatabase(m_store->dir());
        auto atHub = hubDb.prepare("SELECT count(*) FROM ops WHERE device = ?1");
        atHub.bind(1, clients[0]->log().identity().deviceId);
        QVERIFY(atHub.step());
        QCOMPARE(atHub.int64(0), 1); // "Fine" made it, the refused comment did not
    }
};

QTEST_GUILESS_MAIN(TestSync)
#include "tst_sync.moc"
