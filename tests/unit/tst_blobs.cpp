// Files (docs/PROTOCOL.md §9): the blob format and its test vector, the profile's blob store,
// and the hub's blob frames against a real hub (HubServer over a real HubStore) on 127.0.0.1,
// with real clients (SyncEngine over SQLCipher profiles) and raw WebSocket clients that speak
// the frames by hand. Every wait is bounded.
#include "TestSupport.h"
#include "WireSupport.h"

#include "server/HubServer.h"
#include "server/HubStore.h"
#include "services/IncidentService.h"
#include "storage/BlobStore.h"
#include "storage/Database.h"
#include "sync/Blob.h"
#include "sync/BlobTransfer.h"
#include "sync/SyncEngine.h"

#include <QFile>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace liaison;
using namespace liaison::test;

namespace {

const QString kCcirc = QStringLiteral("CCIRC");
const QString kUscert = QStringLiteral("USCERT");

// The bytes of the test vector: byte i is (7 i + 3) mod 256.
QByteArray vectorBytes(qsizetype size)
{
    QByteArray data(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        data[i] = char((i * 7 + 3) & 0xff);
    return data;
}

QJsonArray hexArray(const QStringList &list)
{
    QJsonArray out;
    for (const QString &s : list)
        out.append(s);
    return out;
}

QStringList chunkHashes(const QByteArray &data)
{
    QStringList out;
    for (int i = 0; i < blob::chunkCount(data.size()); ++i)
        out << blob::sha256Hex(data.mid(qsizetype(i) * blob::kChunkBytes, blob::kChunkBytes));
    return out;
}

struct Client
{
    std::unique_ptr<ManualClock> clock;
    std::unique_ptr<TestReplica> replica;
    std::unique_ptr<IncidentService> incidents;
    std::unique_ptr<SyncEngine> engine;
    QStringList frames;
    OpLog &log() { return *replica->log; }
    Database &db() { return replica->profile->db(); }
};

} // namespace

class TestBlobs : public QObject
{
    Q_OBJECT

    QTemporaryDir m_hubDir;
    QTemporaryDir m_files;
    std::unique_ptr<HubStore> m_store;
    std::unique_ptr<HubServer> m_server;

    std::unique_ptr<Client> makeClient(const QString &centre, const QString &name)
    {
        auto c = std::make_unique<Client>();
        c->clock = std::make_unique<ManualClock>(QDateTime::currentMSecsSinceEpoch());
        const auto code = m_store->directory().issueEnrolment(centre, name, {}, 3600);
        c->replica = std::make_unique<TestReplica>(QStringLiteral("pending"), centre, *c->clock);
        const auto device
            = m_store->directory().redeemEnrolment(code.code, c->log().identity().key->publicKey());
        c->log().setEnrolment(device.analystId, device.centre);
        startServices(*c);
        return c;
    }

    void startServices(Client &c)
    {
        c.incidents = std::make_unique<IncidentService>(c.log());
        c.engine = std::make_unique<SyncEngine>(c.log());
        c.engine->setReconnectBaseForTesting(50);
        c.engine->setHub(QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(m_server->port())));
        Client *raw = &c;
        connect(c.engine.get(), &SyncEngine::frameReceived, this,
                [raw](const QString &text) { raw->frames << text; });
    }

    // Kills the client's app: engine, services and op log gone, the profile closed as it is.
    void kill(Client &c)
    {
        c.engine.reset();
        c.incidents.reset();
        c.replica->log.reset();
        c.replica->profile.reset();
    }

    void restart(Client &c)
    {
        c.replica->profile
            = Profile::open(c.replica->dir.path(), passphrase("correct horse battery staple"));
        c.replica->log = std::make_unique<OpLog>(c.replica->profile->db(), *c.clock);
        c.frames.clear();
        startServices(c);
    }

    // Kills the client as soon as it has received `count` frames of `type` (queued: not from
    // inside the engine's own signal).
    void killAfter(Client &c, const char *type, int count)
    {
        auto done = std::make_shared<bool>(false);
        connect(c.engine.get(), &SyncEngine::frameReceived, this, [this, &c, type, count, done] {
            if (*done || framesOfType(c, type) < count)
                return;
            *done = true;
            QMetaObject::invokeMethod(
                this, [this, &c] { kill(c); }, Qt::QueuedConnection);
        });
    }

    static int framesOfType(const Client &c, const char *type)
    {
        const QString needle = QStringLiteral("\"t\":\"%1\"").arg(QLatin1String(type));
        int n = 0;
        for (const QString &f : c.frames)
            n += f.contains(needle) ? 1 : 0;
        return n;
    }

    std::pair<DeviceKey, HubDevice> rawDevice(const QString &centre, const QString &name)
    {
        DeviceKey key = DeviceKey::generate();
        const auto code = m_store->directory().issueEnrolment(centre, name, {}, 3600);
        const HubDevice device = m_store->directory().redeemEnrolment(code.code, key.publicKey());
        return {std::move(key), device};
    }

    IncidentDraft draft(const QString &title, Tlp tlp = Tlp::Green)
    {
        IncidentDraft d;
        d.title = title;
        d.severity = Severity::Medium;
        d.tlp = tlp;
        return d;
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

    void formatVector()
    {
        // docs/PROTOCOL.md §9.4: 300,000 bytes, two chunks.
        const QByteArray data = vectorBytes(300'000);
        QCOMPARE(blob::chunkCount(data.size()), 2);
        QCOMPARE(blob::chunkSize(data.size(), 1), 300'000 - 262'144);
        QCOMPARE(
            blob::sha256Hex(data),
            QStringLiteral("75bd90773c8246d53fe62f66e08a3828e82632011be5f8c0836484ffd49ab819"));
        QCOMPARE(
            chunkHashes(data),
            (QStringList {
                QStringLiteral("fc605e60859112505546770ab850bfbf0243484140b42d1f6ae9556bbaa7784e"),
                QStringLiteral(
                    "d3ea582e806acf6dda2fe58ee97327d310af3828a5ca504847310e72652f6bad")}));
        blob::Sha256 incremental;
        incremental.add(data.left(1000));
        incremental.add(data.mid(1000));
        QCOMPARE(QString::fromLatin1(incremental.finish().toHex()), blob::sha256Hex(data));
        QCOMPARE(blob::chunkCount(0), 0);
        QCOMPARE(blob::chunkCount(blob::kChunkBytes), 1);
        QCOMPARE(blob::chunkCount(blob::kChunkBytes + 1), 2);
        QVERIFY(!blob::isSha256Hex(blob::sha256Hex(data).toUpper()));
    }

    void storeKeepsFilesInChunksAndChecksThem()
    {
        ManualClock clock;
        TestReplica replica(QStringLiteral("a"), kCcirc, clock);
        BlobStore store(replica.profile->db());
        const QByteArray data = randomBytes(600'000, 7);
        const QString path = writeFile(m_files, QStringLiteral("capture.pcap"), data);
        const BlobInfo info = store.importFile(path, blob::kDefaultMaxBytes);
        QCOMPARE(info.sha256, blob::sha256Hex(data));
        QCOMPARE(info.size, qint64(600'000));
        QCOMPARE(blob::hashesToHex(info.chunkHashes), chunkHashes(data));
        QVERIFY(info.complete && info.upload);
        QCOMPARE(replica.profile->db().scalarInt(
                     "SELECT count(*) FROM blob_chunks WHERE sha256 NOT LIKE 'importing-%'"),
                 3);
        // The same file again: no second copy.
        store.importFile(path, blob::kDefaultMaxBytes);
        QCOMPARE(replica.profile->db().scalarInt("SELECT count(*) FROM blob_chunks"), 3);
        QCOMPARE(store.pendingUploads(), QStringList {info.sha256});
        // Out again, byte for byte.
        const QString out = m_files.filePath(QStringLiteral("out.pcap"));
        store.saveTo(info.sha256, out);
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), data);
        // Above the limit: refused, nothing left behind.
        QVERIFY_THROWS_EXCEPTION(BlobError, store.importFile(path, 500'000));
        QCOMPARE(replica.profile->db().scalarInt("SELECT count(*) FROM blob_chunks"), 3);
        QVERIFY_THROWS_EXCEPTION(BlobError,
                                 store.importFile(m_files.filePath(QStringLiteral("none")), 10));
        // A stored chunk that was tampered with is caught on the way out.
        replica.profile->db().exec("UPDATE blob_chunks SET data = zeroblob(262144) WHERE idx = 1");
        try {
            store.saveTo(info.sha256, out + QStringLiteral(".2"));
            QFAIL("a corrupt chunk was written out");
        } catch (const BlobError &e) {
            QCOMPARE(e.kind(), BlobError::Kind::Corrupt);
        }
        QVERIFY(!QFile::exists(out + QStringLiteral(".2"))); // QSaveFile: nothing half-written
    }

    void downloadSideRefusesWhatFailsItsHash()
    {
        ManualClock clock;
        TestReplica replica(QStringLiteral("a"), kCcirc, clock);
        BlobStore store(replica.profile->db());
        const QByteArray data = randomBytes(300'000, 9);
        const QString sha = blob::sha256Hex(data);
        store.expect(sha, data.size(), *blob::hashesFromHex(chunkHashes(data)));
        QCOMPARE(store.missingChunks(sha), (QList<int> {0, 1}));
        QByteArray bad = data.left(blob::kChunkBytes);
        bad[5] = char(bad[5] ^ 1);
        QVERIFY(!store.storeChunk(sha, 0, bad)); // corrupt chunk refused
        QVERIFY(!store.storeChunk(sha, 0, data.left(100))); // wrong size
        QVERIFY(!store.storeChunk(sha, 2, data.left(100))); // no such chunk
        QVERIFY(store.storeChunk(sha, 1, data.mid(blob::kChunkBytes)));
        QCOMPARE(store.missingChunks(sha), QList<int> {0});
        QVERIFY(!store.finishDownload(sha)); // not all there
        QVERIFY(store.storeChunk(sha, 0, data.left(blob::kChunkBytes)));
        QVERIFY(store.finishDownload(sha));
        QCOMPARE(store.readAll(sha), data);
        QVERIFY(store.pendingUploads().isEmpty()); // a download is never uploaded back

        // Chunk hashes that fit their chunks but not the name: the whole check refuses it and
        // nothing of it stays.
        const QByteArray other = randomBytes(1000, 10);
        const QString lie = blob::sha256Hex(QByteArrayLiteral("something else"));
        store.expect(lie, other.size(), *blob::hashesFromHex(chunkHashes(other)));
        QVERIFY(store.storeChunk(lie, 0, other));
        QVERIFY(!store.finishDownload(lie));
        QVERIFY(!store.info(lie));
        QCOMPARE(replica.profile->db().scalarInt("SELECT count(*) FROM blob_chunks"), 2);
    }

    void evidenceReachesOnlyThoseWhoMaySeeItsIncident()
    {
        auto ccirc = makeClient(kCcirc, QStringLiteral("Marie Tremblay"));
        auto uscert = makeClient(kUscert, QStringLiteral("John Smith"));
        const QByteArray data = randomBytes(700'000, 11);
        const QString path = writeFile(m_files, QStringLiteral("dropper.bin"), data);
        const QString incident = ccirc->incidents->createIncident(draft(QStringLiteral("Dropper")));
        const QString evidenceId = ccirc->incidents->addEvidence(incident, path);
        const auto files = ccirc->incidents->evidence(incident);
        QCOMPARE(files.size(), 1);
        QCOMPARE(files[0].name, QStringLiteral("dropper.bin"));
        QCOMPARE(files[0].size, qint64(data.size()));
        QCOMPARE(files[0].sha256, blob::sha256Hex(data));
        QCOMPARE(files[0].addedBy, ccirc->log().identity().analystId);
        QVERIFY(files[0].onThisComputer);

        QSignalSpy uploaded(&ccirc->engine->blobs(), &BlobTransfer::uploaded);
        ccirc->engine->start();
        uscert->engine->start();
        QTRY_COMPARE_WITH_TIMEOUT(uploaded.count(), 1, 15000);
        QCOMPARE(uploaded.at(0).at(0).toString(), blob::sha256Hex(data));
        QVERIFY(BlobStore(ccirc->db()).pendingUploads().isEmpty());
        QCOMPARE(m_store->blobs().blobBytesStored(), qint64(data.size()));

        // The other centre holds neither the record nor the right to the bytes: knowing the
        // hash is not enough.
        auto [key, device] = rawDevice(kUscert, QStringLiteral("Raw"));
        RawClient raw(m_server->port());
        QVERIFY(raw.authenticate(key));
        raw.send({{"t", "blob-get"}, {"sha256", blob::sha256Hex(data)}});
        QJsonObject answer = raw.nextOfType(QStringLiteral("blob-refused"));
        QCOMPARE(answer.value("code").toString(), QStringLiteral("blob-not-found"));
        raw.send({{"t", "blob-get"}, {"sha256", blob::sha256Hex(data)}, {"index", 0}});
        answer = raw.nextOfType(QStringLiteral("blob-refused"));
        QCOMPARE(answer.value("code").toString(), QStringLiteral("blob-not-found"));
        QSignalSpy failed(&uscert->engine->blobs(), &BlobTransfer::failed);
        uscert->engine->blobs().download(blob::sha256Hex(data));
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 10000);
        QCOMPARE(failed.at(0).at(1).toString(), QStringLiteral("blob-not-found"));

        // Shared: the record and then the bytes reach the other centre.
        ccirc->incidents->share(incident);
        QTRY_COMPARE_WITH_TIMEOUT(uscert->incidents->evidence(incident).size(), 1, 10000);
        QVERIFY(!uscert->incidents->evidence(incident)[0].onThisComputer);
        QSignalSpy downloaded(&uscert->engine->blobs(), &BlobTransfer::downloaded);
        uscert->engine->blobs().download(blob::sha256Hex(data));
        QTRY_COMPARE_WITH_TIMEOUT(downloaded.count(), 1, 15000);
        QVERIFY(uscert->incidents->evidence(incident)[0].onThisComputer);
        const QString out = m_files.filePath(QStringLiteral("received.bin"));
        uscert->incidents->exportEvidence(evidenceId, out, ReleaseAction::SaveEvidence);
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), data);
        // The save is a release in the timeline.
        bool recorded = false;
        for (const auto &c : uscert->incidents->comments(incident))
            recorded |= c.body.startsWith(QLatin1String("save-evidence tlp:green"));
        QVERIFY(recorded);
        // The raw device of that centre may fetch it now.
        raw.send({{"t", "blob-get"}, {"sha256", blob::sha256Hex(data)}});
        answer = raw.nextOfType(QStringLiteral("blob-meta"));
        QCOMPARE(qint64(answer.value("size").toDouble()), qint64(data.size()));
        QCOMPARE(answer.value("chunks").toArray().size(), 3);
        // A file added while connected goes up at once, not at the next connection.
        const QByteArray more = randomBytes(1000, 12);
        ccirc->incidents->addEvidence(incident, writeFile(m_files, QStringLiteral("more"), more));
        QTRY_COMPARE_WITH_TIMEOUT(uploaded.count(), 2, 10000);
        QCOMPARE(uploaded.at(1).at(0).toString(), blob::sha256Hex(more));
    }

    void hubRefusesCorruptChunksAndLyingUploads()
    {
        auto [key, device] = rawDevice(kCcirc, QStringLiteral("Raw"));
        RawClient raw(m_server->port());
        QVERIFY(raw.authenticate(key));
        const QByteArray data = randomBytes(300'000, 12);
        const QString sha = blob::sha256Hex(data);
        raw.send({{"t", "blob-put"},
                  {"sha256", sha},
                  {"size", data.size()},
                  {"chunks", hexArray(chunkHashes(data))}});
        QJsonObject status = raw.nextOfType(QStringLiteral("blob-status"));
        QCOMPARE(status.value("complete").toBool(), false);
        QCOMPARE(status.value("have").toArray().size(), 0);
        QByteArray bad = data.left(blob::kChunkBytes);
        bad[100] = char(bad[100] ^ 0x40);
        raw.send({{"t", "blob-chunk"},
                  {"sha256", sha},
                  {"index", 0},
                  {"data", QString::fromLatin1(bad.toBase64())}});
        QJsonObject refused = raw.nextOfType(QStringLiteral("blob-refused"));
        QCOMPARE(refused.value("code").toString(), QStringLiteral("blob-corrupt"));
        QCOMPARE(refused.value("index").toInt(), 0);
        QCOMPARE(m_store->blobs().blobBytesStored(), qint64(0));
        // Not base64: a protocol error, not a refusal.
        raw.send({{"t", "blob-chunk"}, {"sha256", sha}, {"index", 0}, {"data", "***"}});
        QCOMPARE(raw.nextOfType(QStringLiteral("error")).value("code").toString(),
                 QStringLiteral("bad-request"));
        for (int i = 0; i < 2; ++i)
            raw.send(
                {{"t", "blob-chunk"},
                 {"sha256", sha},
                 {"index", i},
                 {"data",
                  QString::fromLatin1(
                      data.mid(qsizetype(i) * blob::kChunkBytes, blob::kChunkBytes).toBase64())}});
        QJsonObject stored = raw.nextOfType(QStringLiteral("blob-stored"));
        QCOMPARE(stored.value("complete").toBool(), false);
        stored = raw.nextOfType(QStringLiteral("blob-stored"));
        QCOMPARE(stored.value("complete").toBool(), true);

        // Chunk hashes of other bytes under this name: every chunk passes, the whole does not.
        const QByteArray other = randomBytes(1000, 13);
        const QString lie = blob::sha256Hex(QByteArrayLiteral("not these bytes"));
        raw.send({{"t", "blob-put"},
                  {"sha256", lie},
                  {"size", other.size()},
                  {"chunks", hexArray(chunkHashes(other))}});
        QCOMPARE(raw.nextOfType(QStringLiteral("blob-status")).value("complete").toBool(), false);
        raw.send({{"t", "blob-chunk"},
                  {"sha256", lie},
                  {"index", 0},
                  {"data", QString::fromLatin1(other.toBase64())}});
        refused = raw.nextOfType(QStringLiteral("blob-refused"));
        QCOMPARE(refused.value("code").toString(), QStringLiteral("blob-hash-mismatch"));
        QCOMPARE(m_store->blobs().blobBytesStored(), qint64(data.size())); // the lie left nothing
        // A chunk for an upload never started.
        raw.send({{"t", "blob-chunk"},
                  {"sha256", lie},
                  {"index", 0},
                  {"data", QString::fromLatin1(other.toBase64())}});
        QCOMPARE(raw.nextOfType(QStringLiteral("blob-refused")).value("code").toString(),
                 QStringLiteral("blob-no-upload"));
        // A chunk list that does not fit the size.
        raw.send({{"t", "blob-put"}, {"sha256", sha}, {"size", 5}, {"chunks", QJsonArray()}});
        QCOMPARE(raw.nextOfType(QStringLiteral("error")).value("code").toString(),
                 QStringLiteral("bad-request"));
        // Two protocol errors: the connection still serves.
        raw.send({{"t", "ping"}});
        QCOMPARE(raw.nextOfType(QStringLiteral("pong")).value("t").toString(),
                 QStringLiteral("pong"));
    }

    void limitsAndQuotas()
    {
        HubBlobs::BlobLimits limits;
        limits.maxBlobBytes = 1024 * 1024;
        limits.deviceQuotaBytes = 1536 * 1024;
        m_store->blobs().setBlobLimits(limits);
        auto [key, device] = rawDevice(kCcirc, QStringLiteral("Raw"));
        RawClient raw(m_server->port());
        const QJsonObject hello = raw.nextOfType(QStringLiteral("hello"));
        QCOMPARE(qint64(hello.value("limits").toObject().value("max_blob_bytes").toDouble()),
                 limits.maxBlobBytes);
        // Before auth: no blob frames.
        raw.send({{"t", "blob-get"}, {"sha256", blob::sha256Hex("x")}});
        QCOMPARE(raw.nextOfType(QStringLiteral("error")).value("code").toString(),
                 QStringLiteral("not-authenticated"));
        RawClient authed(m_server->port());
        QVERIFY(authed.authenticate(key));
        auto put = [&](qint64 size, quint32 seed) {
            const QByteArray data = randomBytes(size, seed);
            authed.send({{"t", "blob-put"},
                         {"sha256", blob::sha256Hex(data)},
                         {"size", data.size()},
                         {"chunks", hexArray(chunkHashes(data))}});
            return authed.next();
        };
        QJsonObject answer = put(limits.maxBlobBytes + 1, 1);
        QCOMPARE(answer.value("t").toString(), QStringLiteral("blob-refused"));
        QCOMPARE(answer.value("code").toString(), QStringLiteral("blob-too-large"));
        QCOMPARE(put(1000 * 1024, 2).value("t").toString(), QStringLiteral("blob-status"));
        answer = put(600 * 1024, 3); // 1000 + 600 KiB of unfinished uploads > 1.5 MiB
        QCOMPARE(answer.value("code").toString(), QStringLiteral("blob-quota"));
        QCOMPARE(put(500 * 1024, 4).value("t").toString(), QStringLiteral("blob-status"));
        // An empty file needs no chunk: complete at once.
        answer = put(0, 5);
        QCOMPARE(answer.value("t").toString(), QStringLiteral("blob-status"));
        QCOMPARE(answer.value("complete").toBool(), true);
        // Unfinished uploads go after the TTL, and free the quota.
        QCOMPARE(m_store->blobs().collectBlobs(QDateTime::currentDateTimeUtc()), 0);
        QVERIFY(m_store->blobs().collectBlobs(
                    QDateTime::currentDateTimeUtc().addSecs(limits.unreferencedTtlSecs + 10))
                >= 2);
        QCOMPARE(put(600 * 1024, 3).value("t").toString(), QStringLiteral("blob-status"));
    }

    void referencedBlobsStayUnreferencedOnesGo()
    {
        auto ccirc = makeClient(kCcirc, QStringLiteral("Marie Tremblay"));
        const QByteArray kept = randomBytes(5000, 20);
        const QByteArray dropped = randomBytes(6000, 21);
        const QString incident = ccirc->incidents->createIncident(draft(QStringLiteral("Kept")));
        ccirc->incidents->addEvidence(incident, writeFile(m_files, QStringLiteral("k"), kept));
        const QString removed = ccirc->incidents->addEvidence(
            incident, writeFile(m_files, QStringLiteral("d"), dropped));
        ccirc->incidents->removeEvidence(removed);
        QCOMPARE(ccirc->incidents->evidence(incident).size(), 1);
        QSignalSpy uploaded(&ccirc->engine->blobs(), &BlobTransfer::uploaded);
        ccirc->engine->start();
        QTRY_COMPARE_WITH_TIMEOUT(uploaded.count(), 2, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(ccirc->log().outboxSize(), 0, 10000);
        QCOMPARE(m_store->blobs().blobBytesStored(), qint64(kept.size() + dropped.size()));
        m_store->blobs().collectBlobs(QDateTime::currentDateTimeUtc().addDays(2));
        QCOMPARE(m_store->blobs().blobBytesStored(), qint64(kept.size()));
    }

    void redEvidenceGoesToNamedAnalystsOnly()
    {
        auto ccirc = makeClient(kCcirc, QStringLiteral("Marie Tremblay"));
        auto john = makeClient(kUscert, QStringLiteral("John Smith"));
        auto [key, colleague] = rawDevice(kUscert, QStringLiteral("Colleague of John"));
        const QByteArray data = randomBytes(300'000, 40);
        const QString sha = blob::sha256Hex(data);
        const QString incident
            = ccirc->incidents->createIncident(draft(QStringLiteral("Red"), Tlp::Red));
        ccirc->incidents->addEvidence(incident, writeFile(m_files, QStringLiteral("red"), data));
        QSignalSpy uploaded(&ccirc->engine->blobs(), &BlobTransfer::uploaded);
        ccirc->engine->start();
        john->engine->start();
        QTRY_COMPARE_WITH_TIMEOUT(uploaded.count(), 1, 15000);
        // The directory reaches Marie's device, then she names John.
        QTRY_VERIFY_WITH_TIMEOUT(ccirc->log().analystName(john->log().identity().analystId)
                                     == QStringLiteral("John Smith"),
                                 10000);
        ccirc->incidents->shareWithAnalysts(incident, {john->log().identity().analystId});
        QTRY_COMPARE_WITH_TIMEOUT(john->incidents->evidence(incident).size(), 1, 10000);
        QSignalSpy downloaded(&john->engine->blobs(), &BlobTransfer::downloaded);
        john->engine->blobs().download(sha);
        QTRY_COMPARE_WITH_TIMEOUT(downloaded.count(), 1, 15000);
        QCOMPARE(BlobStore(john->db()).readAll(sha), data);
        // John's colleague, same centre, not named: nothing.
        RawClient raw(m_server->port());
        QVERIFY(raw.authenticate(key));
        raw.send({{"t", "blob-get"}, {"sha256", sha}});
        QCOMPARE(raw.nextOfType(QStringLiteral("blob-refused")).value("code").toString(),
                 QStringLiteral("blob-not-found"));
        // Nor does re-uploading the same bytes tell the colleague the hub has them.
        raw.send({{"t", "blob-put"},
                  {"sha256", sha},
                  {"size", data.size()},
                  {"chunks", hexArray(chunkHashes(data))}});
        const QJsonObject status = raw.nextOfType(QStringLiteral("blob-status"));
        QCOMPARE(status.value("complete").toBool(), false);
        QCOMPARE(status.value("have").toArray().size(), 0);
    }

    void uploadResumesAfterTheAppIsKilled()
    {
        auto ccirc = makeClient(kCcirc, QStringLiteral("Marie Tremblay"));
        const QByteArray data = randomBytes(40 * blob::kChunkBytes, 30); // 40 chunks
        const QString incident = ccirc->incidents->createIncident(draft(QStringLiteral("Big")));
        ccirc->incidents->addEvidence(incident, writeFile(m_files, QStringLiteral("big"), data));
        killAfter(*ccirc, "blob-stored", 3);
        ccirc->engine->start();
        QTRY_VERIFY_WITH_TIMEOUT(!ccirc->engine, 15000);
        const qint64 atHub = m_store->blobs().blobBytesStored();
        QVERIFY2(atHub >= 3 * blob::kChunkBytes && atHub < data.size(),
                 qPrintable(QString::number(atHub)));
        restart(*ccirc);
        QSignalSpy uploaded(&ccirc->engine->blobs(), &BlobTransfer::uploaded);
        ccirc->engine->start();
        QTRY_COMPARE_WITH_TIMEOUT(uploaded.count(), 1, 15000);
        // Only what the hub lacked was sent again.
        const int sentAgain = framesOfType(*ccirc, "blob-stored");
        QCOMPARE(qint64(sentAgain), (data.size() - atHub) / blob::kChunkBytes);
        QCOMPARE(m_store->blobs().blobBytesStored(), qint64(data.size()));
    }

    void downloadResumesAfterTheAppIsKilled()
    {
        auto ccirc = makeClient(kCcirc, QStringLiteral("Marie Tremblay"));
        auto colleague = makeClient(kCcirc, QStringLiteral("Luc Gagnon"));
        const QByteArray data = randomBytes(40 * blob::kChunkBytes + 17, 31); // 41 chunks
        const QString sha = blob::sha256Hex(data);
        const QString incident = ccirc->incidents->createIncident(draft(QStringLiteral("Big")));
        ccirc->incidents->addEvidence(incident, writeFile(m_files, QStringLiteral("big"), data));
        QSignalSpy uploaded(&ccirc->engine->blobs(), &BlobTransfer::uploaded);
        ccirc->engine->start();
        QTRY_COMPARE_WITH_TIMEOUT(uploaded.count(), 1, 15000);
        colleague->engine->start();
        QTRY_COMPARE_WITH_TIMEOUT(colleague->incidents->evidence(incident).size(), 1, 10000);
        killAfter(*colleague, "blob-data", 3);
        colleague->engine->blobs().download(sha);
        QTRY_VERIFY_WITH_TIMEOUT(!colleague->engine, 15000);
        restart(*colleague);
        const int had = 41 - int(BlobStore(colleague->db()).missingChunks(sha).size());
        QVERIFY2(had >= 3 && had < 41, qPrintable(QString::number(had)));
        QSignalSpy downloaded(&colleague->engine->blobs(), &BlobTransfer::downloaded);
        colleague->engine->start();
        colleague->engine->blobs().download(sha);
        QTRY_COMPARE_WITH_TIMEOUT(downloaded.count(), 1, 15000);
        QCOMPARE(framesOfType(*colleague, "blob-data"), 41 - had);
        QCOMPARE(BlobStore(colleague->db()).readAll(sha), data);
    }
};

QTEST_MAIN(TestBlobs)
#include "tst_blobs.moc"
