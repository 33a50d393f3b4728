// liaison-bench sync: the real liaison-hub process on 127.0.0.1 and real clients (SyncEngine
// over SQLCipher profiles, the live receivers on worker threads):
//   (a) a fresh device pulls N ops (beside the remote-apply floor of the oplog benchmark,
//       measured in the same run);
//   (b) 20 connected devices, one makes 1,000 edits 5 ms apart: commit -> applied latency on
//       the 19 others, p50 / p99;
//   (c) 10 devices push 10,000 ops each at once: ops/s the hub accepts;
// and the peak RSS of the hub and of this (client) process. Every wait has a deadline.
#include "BenchUtil.h"
#include "OplogBench.h"
#include "TestSupport.h"

#include "server/HubStore.h"
#include "storage/Database.h"
#include "sync/SyncEngine.h"

#include <fmt/core.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <QUuid>

#include <chrono>
#include <mutex>

namespace liaison::bench {

namespace {

using SteadyClock = std::chrono::steady_clock;

struct SyncOptions
{
    int ops = 100'000; // (a)
    int edits = 1000; // (b)
    int devices = 20; // (b)
    int pushers = 10; // (c)
    int pushOps = 10'000; // (c), per device
    QString json;
};

SyncOptions parseSync(const QStringList &args)
{
    SyncOptions o;
    for (int i = 0; i + 1 < args.size(); i += 2) {
        const int n = args[i + 1].toInt();
        if (args[i] == QLatin1String("--ops"))
            o.ops = std::max(1000, n);
        else if (args[i] == QLatin1String("--edits"))
            o.edits = std::max(10, n);
        else if (args[i] == QLatin1String("--devices"))
            o.devices = std::clamp(n, 2, 64);
        else if (args[i] == QLatin1String("--pushers"))
            o.pushers = std::clamp(n, 1, 32);
        else if (args[i] == QLatin1String("--push"))
            o.pushOps = std::max(100, n);
        else if (args[i] == QLatin1String("--json"))
            o.json = args[i + 1];
    }
    return o;
}

// Runs the event loop until done() or the deadline; false on time-out.
template<typename Done>
bool waitFor(Done done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        QThread::usleep(200);
    }
    return true;
}

class HubProcess
{
public:
    bool start(const QString &dir)
    {
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.start(QStringLiteral(LIAISON_HUB_BINARY),
                        {QStringLiteral("serve"), QStringLiteral("--data"), dir,
                         QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                         QStringLiteral("--plain-loopback")});
        if (!m_process.waitForStarted(10000))
            return false;
        static const QRegularExpression portLine(QStringLiteral("\\(port (\\d+)\\)"));
        QByteArray out;
        for (int i = 0; i < 100 && !out.contains('\n'); ++i) {
            m_process.waitForReadyRead(100);
            out += m_process.readAllStandardOutput();
        }
        const auto match = portLine.match(QString::fromUtf8(out));
        m_port = match.hasMatch() ? quint16(match.captured(1).toUInt()) : 0;
        return m_port != 0;
    }
    QUrl url() const { return QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(m_port)); }
    // VmHWM of the hub process (Linux); 0 elsewhere.
    double peakRssMb() const
    {
        QFile status(QStringLiteral("/proc/%1/status").arg(m_process.processId()));
        if (!status.open(QIODevice::ReadOnly))
            return 0;
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("VmHWM:"))
                return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
        }
        return 0;
    }
    bool stop()
    {
        m_process.terminate();
        return m_process.waitForFinished(15000) && m_process.exitCode() == 0;
    }

private:
    QProcess m_process;
    quint16 m_port = 0;
};

// A device enrolled at the hub store (before the hub runs).
std::unique_ptr<test::TestReplica> enrol(HubStore &store, const QString &centre,
                                         const QString &name, const liaison::Clock &clock)
{
    auto replica = std::make_unique<test::TestReplica>(QStringLiteral("pending"), centre, clock);
    const auto code = store.issueEnrolment(centre, name, {}, 3600);
    const auto device = store.redeemEnrolment(code.code, replica->log->identity().key->publicKey());
    replica->log->setEnrolment(device.analystId, device.centre);
    return replica;
}

Change newIncident(const QString &id, int n)
{
    return {QStringLiteral("incident"),
            id,
            {{QStringLiteral("title"), QStringLiteral("Live edit %1").arg(n)},
             {QStringLiteral("status"), QStringLiteral("new")},
             {QStringLiteral("severity"), QStringLiteral("medium")},
             {QStringLiteral("tlp"), QStringLiteral("amber")},
             {QStringLiteral("scope"), QStringLiteral("centre")},
             {QStringLiteral("deleted"), false}}};
}

// The commit times of the live edits, read by the receivers' threads.
struct LiveClock
{
    std::mutex mutex;
    QHash<QString, SteadyClock::time_point> committed;
    std::vector<double> latenciesMs;
    int received = 0;

    void applied(const QString &id)
    {
        const auto now = SteadyClock::now();
        std::lock_guard<std::mutex> lock(mutex);
        const auto it = committed.constFind(id);
        if (it == committed.constEnd())
            return;
        latenciesMs.push_back(std::chrono::duration<double, std::milli>(now - *it).count());
        ++received;
    }
};

// A receiving device living on a worker thread: its op log, database and sync engine are
// used on that thread only.
class Receiver : public QObject
{
public:
    Receiver(std::unique_ptr<test::TestReplica> replica, LiveClock &live)
        : m_replica(std::move(replica))
        , m_live(live)
    { }
    void start(const QUrl &url) // on the worker thread
    {
        m_engine = std::make_unique<SyncEngine>(*m_replica->log);
        m_engine->setHub(url);
        connect(m_replica->log.get(), &OpLog::changesApplied, this,
                [this](const QList<AppliedChange> &changes) {
                    for (const auto &c : changes) {
                        if (c.remote && c.created)
                            m_live.applied(c.entityId);
                    }
                });
        m_engine->start();
    }
    void stop() // on the worker thread
    {
        m_engine.reset();
        m_replica.reset();
    }
    bool upToDate() const { return m_engine && m_engine->state() == SyncEngine::State::UpToDate; }
    OpLog &log() { return *m_replica->log; }

private:
    std::unique_ptr<test::TestReplica> m_replica;
    std::unique_ptr<SyncEngine> m_engine;
    LiveClock &m_live;
};

} // namespace

int runSync(const QStringList &args, Report &report)
{
    const SyncOptions opt = parseSync(args);
    ManualClock clock(QDateTime::currentMSecsSinceEpoch());
    QTemporaryDir dir;
    const QString hubDir = dir.filePath(QStringLiteral("hub"));
    QRandomGenerator rng(42);

    // Set-up, before the hub runs: centres, every device, and (a)'s ops accepted in the store.
    fmt::print("setting up: {} ops at the hub, {} live devices, {} pushers x {} ops...\n", opt.ops,
               opt.devices, opt.pushers, opt.pushOps);
    std::unique_ptr<test::TestReplica> fresh;
    std::vector<std::unique_ptr<test::TestReplica>> live;
    std::vector<std::unique_ptr<test::TestReplica>> pushers;
    std::vector<Op> sample;
    {
        auto store = HubStore::init(hubDir);
        store->addCentre(QStringLiteral("CCIRC"), QStringLiteral("CCIRC"));
        store->addCentre(QStringLiteral("USCERT"), QStringLiteral("US-CERT"));
        auto source = enrol(*store, QStringLiteral("CCIRC"), QStringLiteral("Source"), clock);
        const HubDevice sourceDevice = *store->device(source->log->identity().deviceId);
        for (int done = 0; done < opt.ops; done += 1000) {
            const auto ops
                = source->log->commit(workload(std::min(1000, opt.ops - done), done, rng));
            if (sample.size() < 1000)
                sample.insert(sample.end(), ops.begin(), ops.end());
            Transaction tx(store->db());
            for (const auto &op : ops)
                store->accept(op, sourceDevice);
            tx.commit();
        }
        fresh = enrol(*store, QStringLiteral("CCIRC"), QStringLiteral("Fresh"), clock);
        // (b) in their own centre, so that (a)'s internal ops are not theirs to pull.
        for (int i = 0; i < opt.devices; ++i)
            live.push_back(
                enrol(*store, QStringLiteral("USCERT"), QStringLiteral("Live %1").arg(i), clock));
        // (c) one centre each: the hub's ingest is measured, not the pushers' live traffic.
        for (int i = 0; i < opt.pushers; ++i) {
            const QString centre = QStringLiteral("PUSH%1").arg(i);
            store->addCentre(centre, centre);
            pushers.push_back(enrol(*store, centre, QStringLiteral("Pusher %1").arg(i), clock));
            // Records of their own (the hub refuses writes to another centre's records).
            const int offset = (i + 1) * 10'000'000;
            for (int done = 0; done < opt.pushOps; done += 1000)
                pushers.back()->log->commit(
                    workload(std::min(1000, opt.pushOps - done), offset + done, rng, centre));
        }
    }
    const double remoteFloor = measureFloor(sample, true, std::min(opt.ops, 100'000)).perSecond;

    HubProcess hub;
    if (!hub.start(hubDir)) {
        fmt::print(stderr, "sync bench: the hub did not start\n");
        return 1;
    }

    // (a) Initial sync of a fresh device.
    double initialPerSecond = 0;
    {
        SyncEngine engine(*fresh->log);
        engine.setHub(hub.url());
        Stopwatch watch;
        engine.start();
        const bool ok = waitFor(
            [&] {
                return engine.state() == SyncEngine::State::UpToDate && engine.cursor() >= opt.ops;
            },
            600'000);
        const double ms = watch.elapsedMs();
        const qint64 have = fresh->log->database().scalarInt("SELECT count(*) FROM ops");
        if (!ok || have < opt.ops) {
            fmt::print(stderr, "sync bench: the fresh device has {} of {} ops\n", have, opt.ops);
            return 1;
        }
        initialPerSecond = opt.ops / (ms / 1000.0);
        engine.stop();
    }

    // (b) Live latency: one sender, the others on two worker threads.
    LiveClock liveClock;
    std::vector<double> latencies;
    {
        std::unique_ptr<test::TestReplica> senderReplica = std::move(live.front());
        std::vector<std::unique_ptr<Receiver>> receivers;
        QThread workers[2];
        for (std::size_t i = 1; i < live.size(); ++i) {
            auto receiver = std::make_unique<Receiver>(std::move(live[i]), liveClock);
            QThread &thread = workers[i % 2];
            receiver->log().moveToThread(&thread);
            receiver->moveToThread(&thread);
            receivers.push_back(std::move(receiver));
        }
        for (auto &w : workers)
            w.start();
        const QUrl url = hub.url();
        for (auto &r : receivers)
            QMetaObject::invokeMethod(
                r.get(), [&r, url] { r->start(url); }, Qt::BlockingQueuedConnection);
        SyncEngine sender(*senderReplica->log);
        sender.setHub(url);
        sender.start();
        const bool ready = waitFor(
            [&] {
                if (sender.state() != SyncEngine::State::UpToDate)
                    return false;
                for (const auto &r : receivers) {
                    if (!r->upToDate())
                        return false;
                }
                return true;
            },
            120'000);
        if (!ready) {
            fmt::print(stderr, "sync bench: live devices did not come up\n");
            return 1;
        }
        int made = 0;
        QTimer editor;
        QObject::connect(&editor, &QTimer::timeout, [&] {
            if (made >= opt.edits) {
                editor.stop();
                return;
            }
            const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            {
                std::lock_guard<std::mutex> lock(liveClock.mutex);
                liveClock.committed.insert(id, SteadyClock::now());
            }
            senderReplica->log->commit({newIncident(id, made++)});
        });
        editor.start(5);
        const int expected = opt.edits * int(receivers.size());
        const bool all = waitFor(
            [&] {
                std::lock_guard<std::mutex> lock(liveClock.mutex);
                return liveClock.received >= expected;
            },
            300'000);
        {
            std::lock_guard<std::mutex> lock(liveClock.mutex);
            latencies = liveClock.latenciesMs;
        }
        sender.stop();
        for (auto &r : receivers)
            QMetaObject::invokeMethod(
                r.get(), [&r] { r->stop(); }, Qt::BlockingQueuedConnection);
        for (auto &w : workers) {
            w.quit();
            w.wait();
        }
        if (!all) {
            fmt::print(stderr, "sync bench: {} of {} live edits arrived\n", latencies.size(),
                       expected);
            return 1;
        }
    }

    // (c) Hub ingest: every pusher's outbox at once.
    double ingestPerSecond = 0;
    {
        std::vector<std::unique_ptr<SyncEngine>> engines;
        for (auto &p : pushers) {
            engines.push_back(std::make_unique<SyncEngine>(*p->log));
            engines.back()->setHub(hub.url());
        }
        Stopwatch watch;
        for (auto &e : engines)
            e->start();
        const bool ok = waitFor(
            [&] {
                for (auto &p : pushers) {
                    if (p->log->outboxSize() > 0)
                        return false;
                }
                return true;
            },
            600'000);
        const double ms = watch.elapsedMs();
        int refused = 0;
        for (auto &p : pushers)
            refused += p->log->rejectedCount();
        if (!ok || refused > 0) {
            fmt::print(stderr, "sync bench: the pushers' outboxes did not empty ({} refused)\n",
                       refused);
            return 1;
        }
        ingestPerSecond = double(opt.pushers) * opt.pushOps / (ms / 1000.0);
    }

    const double hubRss = hub.peakRssMb();
    if (!hub.stop())
        fmt::print(stderr, "sync bench: the hub did not exit cleanly on SIGTERM\n");
    const double clientRss = peakRssMib();
    const double p50 = percentile(latencies, 50);
    const double p99 = percentile(latencies, 99);

    fmt::print("\n{:<52} {:>12} {:>14} {:>8} {:>10}\n", "measure", "liaison", "floor/target",
               "ratio", "target");
    fmt::print("{:<52} {:>12.0f} {:>14.0f} {:>8.2f} {:>10}\n",
               fmt::format("(a) fresh device pulls {} ops, ops/s", opt.ops), initialPerSecond,
               remoteFloor, initialPerSecond / remoteFloor, ">=15000, >=0.5");
    fmt::print("{:<52} {:>12.2f} {:>14} {:>8} {:>10}\n",
               fmt::format("(b) live latency p50, {} devices, ms", opt.devices), p50, "", "", "");
    fmt::print("{:<52} {:>12.2f} {:>14} {:>8} {:>10}\n",
               fmt::format("(b) live latency p99, {} edits 5 ms apart, ms", opt.edits), p99, "25",
               "", "<25");
    fmt::print("{:<52} {:>12.0f} {:>14} {:>8} {:>10}\n",
               fmt::format("(c) hub ingest, {} devices x {} ops, ops/s", opt.pushers, opt.pushOps),
               ingestPerSecond, "15000", "", ">=15000");
    fmt::print("{:<52} {:>12.0f}\n", "peak RSS of the hub, MB", hubRss);
    fmt::print("{:<52} {:>12.0f}\n",
               fmt::format("peak RSS of the client process ({} profiles), MB",
                           2 + opt.devices + opt.pushers),
               clientRss);

    report.bench = QStringLiteral("sync");
    report.add(QStringLiteral("initial_ops_per_s"), initialPerSecond);
    report.add(QStringLiteral("initial_ratio"), initialPerSecond / remoteFloor);
    report.add(QStringLiteral("remote_floor_per_s"), remoteFloor);
    report.add(QStringLiteral("live_p50_ms"), p50);
    report.add(QStringLiteral("live_p99_ms"), p99);
    report.add(QStringLiteral("hub_ingest_ops_per_s"), ingestPerSecond);
    report.add(QStringLiteral("hub_rss_mb"), hubRss);
    report.add(QStringLiteral("client_rss_mb"), clientRss);
    return 0;
}

} // namespace liaison::bench
