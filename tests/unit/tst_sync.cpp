// Real hub (HubServer over a real HubStore) on 127.0.0.1 and real clients (SyncEngine over
// SQLCipher profiles). Loops are bounded by QTRY timeouts and fixed edit counts.
#include "TestSupport.h"

#include "server/HubServer.h"
#include "server/HubStore.h"
#include "services/IncidentService.h"
#include "storage/Database.h"
#include "sync/SyncEngine.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QWebSocket>
#include <QtTest>

using namespace liaison;

namespace {

struct Client
{
    std::unique_ptr<test::TestReplica> replica;
    std::unique_ptr<IncidentService> incidents;
    std::unique_ptr<SyncEngine> engine;
};

} // namespace

class TestSync : public QObject
{
    Q_OBJECT

    QTemporaryDir m_hubDir;
    std::unique_ptr<HubStore> m_store;
    std::unique_ptr<HubServer> m_server;
    ManualClock m_clock {QDateTime::currentMSecsSinceEpoch()};

    Client makeClient(const QString &centre, const QString &name)
    {
        Client c;
        // Enrol: the hub binds the device key to a new analyst of centre.
        const auto code = m_store->issueEnrolment(centre, name, {}, 3600);
        auto replica
            = std::make_unique<test::TestReplica>(QStringLiteral("pending"), centre, m_clock);
        const auto device
            = m_store->redeemEnrolment(code.code, replica->log->identity().key->publicKey());
        replica->log->setEnrolment(device.analystId, device.centre);
        c.replica = std::move(replica);
        c.incidents = std::make_unique<IncidentService>(*c.replica->log);
        c.engine = std::make_unique<SyncEngine>(*c.replica->log);
        c.engine->setHub(QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(m_server->port())));
        return c;
    }

    static bool upToDate(const std::vector<Client> &clients)
    {
        for (const auto &c : clients) {
            if (c.engine->state() != SyncEngine::State::UpToDate
                || c.replica->log->outboxSize() != 0)
                return false;
        }
        return true;
    }

private slots:
    void init()
    {
        m_store = HubStore::init(m_hubDir.filePath(
            QStringLiteral("hub-%1").arg(QRandomGenerator::global()->generate())));
        m_store->addCentre(QStringLiteral("CCIRC"),
                           QStringLiteral("Canadian Cyber Incident Response Centre"));
        m_store->addCentre(QStringLiteral("USCERT"), QStringLiteral("US-CERT"));
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

    void twoCentresConvergeAndCentreScopeStaysHome()
    {
        const quint32 seed
            = qEnvironmentVariableIsSet("LIAISON_SEED") ? qgetenv("LIAISON_SEED").toUInt() : 7;
        QRandomGenerator rng(seed);
        std::vector<Client> clients;
        clients.push_back(makeClient(QStringLiteral("CCIRC"), QStringLiteral("Marie Tremblay")));
        clients.push_back(makeClient(QStringLiteral("CCIRC"), QStringLiteral("Jean Roy")));
        clients.push_back(makeClient(QStringLiteral("USCERT"), QStringLiteral("John Smith")));
        clients.push_back(makeClient(QStringLiteral("USCERT"), QStringLiteral("Ann Lee")));

        const QString internal
            = clients[0].incidents->createIncident({QStringLiteral("CCIRC internal only"),
                                                    {},
                                                    Severity::High,
                                                    Tlp::Red,
                                                    QStringLiteral("red"),
                                                    {}});
        const QString shared
            = clients[0].incidents->createIncident({QStringLiteral("Shared phishing wave"),
                                                    {},
                                                    Severity::Medium,
                                                    Tlp::Green,
                                                    QStringLiteral("green"),
                                                    {}});
        clients[0].incidents->share(shared);
        for (auto &c : clients)
            c.engine->start();
        QTRY_VERIFY_WITH_TIMEOUT(upToDate(clients), 20000);

        // Random rounds: edits everywhere while devices go offline and come back.
        for (int round = 0; round < 6; ++round) {
            for (std::size_t i = 0; i < clients.size(); ++i) {
                auto &c = clients[i];
                if (rng.bounded(3) == 0)
                    c.engine->stop();
                const QStringList ids = [&] {
                    QStringList out;
                    for (const auto &inc : c.incidents->incidents())
                        out << inc.id;
                    return out;
                }();
                for (int e = 0; e < 5; ++e) {
                    const QString target
                        = ids.value(int(rng.bounded(quint32(std::max<qsizetype>(1, ids.size())))));
                    if (target.isEmpty())
                        continue;
                    switch (rng.bounded(3)) {
                    case 0:
                        c.incidents->setTitle(
                            target, QStringLiteral("r%1 d%2 e%3").arg(round).arg(i).arg(e));
                        break;
                    case 1:
                        c.incidents->addIndicator(
                            target, IndicatorType::IPv4,
                            QStringLiteral("192.0.2.%1").arg(rng.bounded(250)));
                        break;
                    default:
                        c.incidents->addComment(target, QStringLiteral("note %1").arg(e));
                        break;
                    }
                }
                if (rng.bounded(4) == 0)
                    c.incidents->createIncident({QStringLiteral("New in round %1").arg(round),
                                                 {},
                                                 Severity::Low,
                                                 Tlp::Amber,
                                                 QStringLiteral("amber"),
                                                 {}});
            }
            for (auto &c : clients) {
                if (c.engine->state() == SyncEngine::State::Offline)
                    c.engine->start();
            }
            QTRY_VERIFY2_WITH_TIMEOUT(
                upToDate(clients),
                qPrintable(QStringLiteral("seed %1 round %2").arg(seed).arg(round)), 20000);
        }
        // A last quiet exchange so live ops have landed everywhere.
        QTest::qWait(200);
        if (qEnvironmentVariableIsSet("LIAISON_DEBUG_DIVERGENCE")) {
            for (int i : {0, 1}) {
                for (const char *table : {"incidents", "indicators", "comments"}) {
                    auto st = clients[std::size_t(i)].replica->profile->db().prepare(
                        (std::string("SELECT id, hex(_clock), _updated FROM ") + table
                         + " ORDER BY id")
                            .c_str());
                    while (st.step())
                        qInfo().noquote()
                            << "DUMP" << i << table << st.text(0) << st.text(1) << st.int64(2);
                }
            }
        }
        QTRY_COMPARE_WITH_TIMEOUT(clients[0].replica->log->stateHash(),
                                  clients[1].replica->log->stateHash(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(clients[2].replica->log->stateHash(),
                                  clients[3].replica->log->stateHash(), 10000);

        // Centre scope stays home: US-CERT devices never received the internal incident's ops.
        for (int i : {2, 3}) {
            Database &db = clients[std::size_t(i)].replica->profile->db();
            auto st = db.prepare("SELECT count(*) FROM ops WHERE entity_id = ?1");
            st.bind(1, internal);
            QVERIFY(st.step());
            QCOMPARE(st.int64(0), 0);
            QVERIFY(!clients[std::size_t(i)].incidents->incident(internal).has_value());
            // The shared incident is there, with the same fields as in CCIRC.
            const auto theirs = clients[std::size_t(i)].incidents->incident(shared);
            const auto ours = clients[0].incidents->incident(shared);
            QVERIFY(theirs && ours);
            QCOMPARE(theirs->title, ours->title);
            QCOMPARE(clients[std::size_t(i)].incidents->indicators(shared).size(),
                     clients[0].incidents->indicators(shared).size());
        }
        // Nothing stored twice at the hub, and hub_seq has no gap.
        QCOMPARE(m_store->db().scalarInt("SELECT count(*) FROM ops"), m_store->lastHubSeq());
        QCOMPARE(m_store->db().scalarInt("SELECT count(DISTINCT id) FROM ops"),
                 m_store->lastHubSeq());
    }

    void tlsWithPinnedCertificate()
    {
        HubServer secure(*m_store);
        QString error;
        QVERIFY2(secure.listen(QHostAddress::LocalHost, 0, false, &error), qPrintable(error));
        std::vector<Client> clients;
        clients.push_back(makeClient(QStringLiteral("CCIRC"), QStringLiteral("TLS Analyst")));
        const QUrl url(QStringLiteral("wss://127.0.0.1:%1").arg(secure.port()));
        // The wrong pin: refused, with a clear reason, and no retry.
        clients[0].engine->setHub(url, QStringLiteral("00:11:22"));
        clients[0].engine->start();
        QTRY_COMPARE_WITH_TIMEOUT(clients[0].engine->state(), SyncEngine::State::Error, 10000);
        QVERIFY(clients[0].engine->errorReason().contains(QLatin1String("certificate")));
        clients[0].engine->stop();
        // No pin at all for wss: refused before connecting.
        clients[0].engine->setHub(url);
        clients[0].engine->start();
        QCOMPARE(clients[0].engine->state(), SyncEngine::State::Error);
        clients[0].engine->stop();
        // The enrolled certificate's pin: syncs.
        clients[0].incidents->createIncident({QStringLiteral("Over TLS"),
                                              {},
                                              Severity::Low,
                                              Tlp::Clear,
                                              QStringLiteral("clear"),
                                              {}});
        clients[0].engine->setHub(url, m_store->certificateFingerprint());
        clients[0].engine->start();
        QTRY_VERIFY_WITH_TIMEOUT(upToDate(clients), 10000);
        QCOMPARE(m_store->lastHubSeq(), 1);
    }

    void abuseGetsErrorsAndOthersKeepWorking()
    {
        std::vector<Client> clients;
        clients.push_back(makeClient(QStringLiteral("CCIRC"), QStringLiteral("Good Analyst")));
        clients[0].engine->start();
        QTRY_VERIFY_WITH_TIMEOUT(upToDate(clients), 10000);

        QWebSocket rogue;
        QSignalSpy frames(&rogue, &QWebSocket::textMessageReceived);
        rogue.open(QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(m_server->port())));
        QTRY_VERIFY_WITH_TIMEOUT(frames.count() >= 1, 5000); // hello
        rogue.sendTextMessage(QStringLiteral("{not json"));
        QTRY_VERIFY_WITH_TIMEOUT(frames.count() >= 2, 5000);
        QVERIFY(frames.last().at(0).toString().contains(QLatin1String("malformed")));
        rogue.sendTextMessage(QStringLiteral("{\"t\":\"pull\",\"after\":0}"));
        QTRY_VERIFY_WITH_TIMEOUT(frames.count() >= 3, 5000);
        QVERIFY(frames.last().at(0).toString().contains(QLatin1String("not-authenticated")));
        rogue.sendTextMessage(
            QStringLiteral("{\"t\":\"auth\",\"device\":\"0000000000000000\",\"sig\":\"AAAA\"}"));
        QTRY_VERIFY_WITH_TIMEOUT(frames.count() >= 4, 5000);
        QVERIFY(frames.last().at(0).toString().contains(QLatin1String("auth-failed")));
        QTRY_COMPARE_WITH_TIMEOUT(rogue.state(), QAbstractSocket::UnconnectedState, 5000);

        // The good client still syncs.
        clients[0].incidents->createIncident({QStringLiteral("Still working"),
                                              {},
                                              Severity::Low,
                                              Tlp::Clear,
                                              QStringLiteral("clear"),
                                              {}});
        QTRY_VERIFY_WITH_TIMEOUT(upToDate(clients), 10000);
        QCOMPARE(m_store->lastHubSeq(), 1);

        // Revoked: the live connection is cut and the device stays out.
        const QString device = clients[0].replica->log->identity().deviceId;
        m_store->revoke(device);
        m_server->disconnectDevice(device);
        QTRY_COMPARE_WITH_TIMEOUT(clients[0].engine->state(), SyncEngine::State::Error, 5000);
    }
};

QTEST_GUILESS_MAIN(TestSync)
#include "tst_sync.moc"
