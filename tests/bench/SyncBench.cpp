// liaison-bench sync: the real liaison-hub process on 127.0.0.1 and real clients (SyncEngine
// over SQLCipher profiles):
//   (a) a fresh device pulls N ops (beside the remote-apply floor, measured in the same run
//       with the same parallelism);
//   (b) 20 connected devices, one makes 1,000 edits 5 ms apart: commit -> applied latency on
//       the 19 others (in this process, on two worker threads), with a breakdown by stage from
//       timestamps (sender, hub, receivers: LIAISON_TRACE); and the same edits to receivers in
//       separate processes (liaison-cli sync --watch);
//   (c) 10 devices push 10,000 ops each at once: ops/s the hub accepts (pushers in separate
//       centres, ws://, no fan-out); beside it with fan-out (2 connected devices in each
//       pusher's centre receive every op live) and over TLS (wss://, pinned);
// and the peak RSS (MiB) of each process a figure names. Every wait has a deadline.
#include "BenchHub.h"
#include "BenchUtil.h"
#include "OplogBench.h"
#include "TestSupport.h"

#include "core/Trace.h"
#include "server/HubStore.h"
#include "storage/Database.h"
#include "sync/SyncEngine.h"

#include <fmt/core.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <QUuid>
#include <QWebSocket>

#include <chrono>
#include <map>
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
    int watchers = 5; // (b), receivers in separate processes
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
        else if (args[i] == QLatin1String("--watchers"))
            o.watchers = std::clamp(n, 0, 32);
    }
    return o;
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

// Stage timestamps collected in this process (trace::g_sink), and read from the trace files
// of the hub and of the receiver processes.
struct TraceEntry
{
    QString stage;
    QString id;
    const void *who = nullptr; // the receiving OpLog (one per receiver); nullptr at the hub
    std::int64_t ns = 0;
};
std::mutex g_traceMutex;
std::vector<TraceEntry> g_trace;

void collect(const char *stage, const QString &id, const void *who, std::int64_t ns)
{
    std::lock_guard<std::mutex> lock(g_traceMutex);
    g_trace.push_back({QString::fromLatin1(stage), id, who, ns});
}

// "stage<TAB>id<TAB>ns" lines; who: a tag for the file's process (a receiver), or nullptr.
void readTraceFile(const QString &path, const void *who, std::vector<TraceEntry> &out)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return;
    for (const QByteArray &line : file.readAll().split('\n')) {
        const QList<QByteArray> parts = line.split('\t');
        if (parts.size() == 3)
            out.push_back({QString::fromLatin1(parts[0]), QString::fromLatin1(parts[1]), who,
                           parts[2].toLongLong()});
    }
}

std::int64_t steadyNs(SteadyClock::time_point t)
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(t.time_since_epoch()).count();
}

// The commit times of the live edits, read by the receivers' threads.
struct LiveClock
{
    std::mutex mutex;
    QHash<QString, SteadyClock::time_point> committed; // incident id -> before the commit
    QHash<QString, QString> opOfIncident; // incident id -> op id
    std::vector<double> latenciesMs;
    int received = 0;

    void applied(const QString &id, const void *who)
    {
        const auto now = SteadyClock::now();
        std::lock_guard<std::mutex> lock(mutex);
        const auto it = committed.constFind(id);
        if (it == committed.constEnd())
            return;
        latenciesMs.push_back(std::chrono::duration<double, std::milli>(now - *it).count());
        ++received;
        if (trace::enabled())
            trace::markAt("rx_signal", opOfIncident.value(id), who, steadyNs(now));
    }
};

// The stages of a live edit, in order; per receiver from rx_frame on.
const char *const kStages[]
    = {"committed",      "push_sent", "hub_received", "hub_verified", "hub_stored",
       "hub_fanned_out", "rx_frame",  "rx_verified",  "rx_stored",    "rx_signal"};
constexpr int kFirstReceiverStage = 6;

struct StageFigures
{
    QString stage;
    Summary sinceCommit;
    Summary step; // since the stage before
};

// The breakdown: per stage, the time since the commit started and since the previous stage.
std::vector<StageFigures> breakdown(const std::vector<TraceEntry> &entries,
                                    const QHash<QString, std::int64_t> &commitStart)
{
    // op -> stage -> ns (sender and hub); (op, who) -> stage -> ns (receivers).
    QHash<QString, std::map<int, std::int64_t>> perOp;
    std::map<std::pair<QString, const void *>, std::map<int, std::int64_t>> perReceiver;
    QHash<QString, int> index;
    for (int i = 0; i < int(std::size(kStages)); ++i)
        index.insert(QString::fromLatin1(kStages[i]), i);
    for (const auto &e : entries) {
        const int stage = index.value(e.stage, -1);
        if (stage < 0 || !commitStart.contains(e.id))
            continue;
        if (stage < kFirstReceiverStage)
            perOp[e.id].emplace(stage, e.ns); // the first time a stage is seen
        else if (e.who)
            perReceiver[{e.id, e.who}].emplace(stage, e.ns);
    }
    std::vector<std::vector<double>> since(std::size(kStages));
    std::vector<std::vector<double>> step(std::size(kStages));
    const auto ms = [](std::int64_t ns) { return double(ns) / 1e6; };
    for (auto it = perOp.cbegin(); it != perOp.cend(); ++it) {
        const std::int64_t t0 = commitStart.value(it.key());
        std::int64_t previous = t0;
        for (const auto &[stage, ns] : it.value()) {
            since[std::size_t(stage)].push_back(ms(ns - t0));
            step[std::size_t(stage)].push_back(ms(ns - previous));
            previous = ns;
        }
    }
    for (const auto &[key, stages] : perReceiver) {
        const std::int64_t t0 = commitStart.value(key.first);
        const auto &hub = perOp.value(key.first);
        std::int64_t previous = hub.empty() ? t0 : hub.rbegin()->second;
        for (const auto &[stage, ns] : stages) {
            since[std::size_t(stage)].push_back(ms(ns - t0));
            step[std::size_t(stage)].push_back(ms(ns - previous));
            previous = ns;
        }
    }
    std::vector<StageFigures> out;
    for (std::size_t i = 0; i < std::size(kStages); ++i) {
        if (!since[i].empty())
            out.push_back(
                {QString::fromLatin1(kStages[i]), summarize(since[i]), summarize(step[i])});
    }
    return out;
}

void printBreakdown(const char *title, const std::vector<StageFigures> &stages)
{
    fmt::print("\n{}: stage, time since the commit began p50 / p99, since the stage before "
               "p50 / p99 (ms)\n",
               title);
    for (const auto &s : stages)
        fmt::print("  {:<16} {:>8.2f} / {:>8.2f}   {:>8.2f} / {:>8.2f}   (n={})\n",
                   s.stage.toStdString(), s.sinceCommit.p50, s.sinceCommit.p99, s.step.p50,
                   s.step.p99, s.sinceCommit.count);
}

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
        const void *who = m_replica->log.get();
        connect(m_replica->log.get(), &OpLog::changesApplied, this,
                [this, who](const QList<AppliedChange> &changes) {
                    for (const auto &c : changes) {
                        if (c.remote && c.created)
                            m_live.applied(c.entityId, who);
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

// A device that authenticates and counts the live ops it is sent, applying nothing: it puts
// the hub's fan-out in the ingest measurement without the receivers' own work.
class RawReceiver : public QObject
{
public:
    RawReceiver(const DeviceKey &key, const QString &deviceId)
        : m_key(key)
        , m_device(deviceId)
    {
        connect(&m_socket, &QWebSocket::textMessageReceived, this, [this](const QString &text) {
            if (text.startsWith(QLatin1String("{\"t\":\"live\""))) {
                ops += int(text.count(QLatin1String("\"hub_seq\"")));
                return;
            }
            const QJsonObject frame = QJsonDocument::fromJson(text.toUtf8()).object();
            const QString type = frame.value(QLatin1String("t")).toString();
            if (type == QLatin1String("hello")) {
                const QByteArray challenge = QByteArray::fromBase64(
                    frame.value(QLatin1String("challenge")).toString().toLatin1());
                const QByteArray sig = m_key.sign(QByteArray("liaison-auth-v1\n") + challenge);
                const QJsonObject auth {{"t", "auth"},
                                        {"v", 1},
                                        {"device", m_device},
                                        {"sig", QString::fromLatin1(sig.toBase64())}};
                m_socket.sendTextMessage(
                    QString::fromUtf8(QJsonDocument(auth).toJson(QJsonDocument::Compact)));
            } else if (type == QLatin1String("welcome")) {
                ready = true;
            }
        });
    }
    void open(const QUrl &url) { m_socket.open(url); }
    bool ready = false;
    int ops = 0;

private:
    const DeviceKey &m_key;
    QString m_device;
    QWebSocket m_socket;
};

// Pushes every pusher's outbox (handshakes staggered, pushes concurrent); ops/s until all are
// acked; 0 on failure.
double ingest(std::vector<std::unique_ptr<test::TestReplica>> &pushers, const QUrl &url,
              const QString &pin, int opsEach)
{
    std::vector<std::unique_ptr<SyncEngine>> engines;
    for (auto &p : pushers) {
        engines.push_back(std::make_unique<SyncEngine>(*p->log));
        engines.back()->setHub(url, pin);
    }
    // At most 4 handshakes at a time: all pushers share 127.0.0.1, and the hub answers `busy`
    // beyond 8 pending handshakes from one address (a pusher would then wait to reconnect,
    // and the figure would time its back-off, not the hub's ingest).
    std::size_t started = 0;
    auto handshaking = [&] {
        int n = 0;
        for (std::size_t i = 0; i < started; ++i) {
            const auto state = engines[i]->state();
            n += state == SyncEngine::State::Offline || state == SyncEngine::State::Connecting;
        }
        return n;
    };
    Stopwatch watch;
    const bool ok = waitFor(
        [&] {
            while (started < engines.size() && handshaking() < 4)
                engines[started++]->start();
            if (started < engines.size())
                return false;
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
        return 0;
    }
    return double(pushers.size()) * opsEach / (ms / 1000.0);
}

// The sender's live edits: opt.edits commits, 5 ms apart; returns when expected applications
// were seen (count()) or on time-out.
bool makeLiveEdits(OpLog &sender, LiveClock &live, int edits, const std::function<int()> &count,
                   int expected)
{
    int made = 0;
    QTimer editor;
    editor.setTimerType(Qt::PreciseTimer);
    QObject::connect(&editor, &QTimer::timeout, [&] {
        if (made >= edits) {
            editor.stop();
            return;
        }
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const auto before = SteadyClock::now();
        {
            std::lock_guard<std::mutex> lock(live.mutex);
            live.committed.insert(id, before);
        }
        const auto ops = sender.commit({newIncident(id, made++)});
        std::lock_guard<std::mutex> lock(live.mutex);
        if (!ops.empty())
            live.opOfIncident.insert(id, ops.front().id());
    });
    editor.start(5);
    return waitFor([&] { return count() >= expected; }, 300'000);
}

} // namespace

int runSync(const QStringList &args, Report &report)
{
    const SyncOptions opt = parseSync(args);
    ManualClock clock(QDateTime::currentMSecsSinceEpoch());
    QTemporaryDir dir;
    const QString hubDir = dir.filePath(QStringLiteral("hub"));
    QRandomGenerator rng(42);

    // Set-up, before the hub runs: centres, every device, and (a)'s ops accepted in the store.
    fmt::print("setting up: {} ops at the hub, {} live devices, {} watcher processes, 3 x {} "
               "pushers x {} ops...\n",
               opt.ops, opt.devices, opt.watchers, opt.pushers, opt.pushOps);
    std::unique_ptr<test::TestReplica> fresh;
    std::vector<std::unique_ptr<test::TestReplica>> live;
    std::vector<std::unique_ptr<test::TestReplica>> watchers;
    // (c) plain, (c) with fan-out, (c) over TLS: fresh outboxes for each.
    std::vector<std::unique_ptr<test::TestReplica>> pushers[3];
    std::vector<std::unique_ptr<test::TestReplica>> fanReceivers;
    std::vector<Op> sample;
    QString pin;
    {
        auto store = HubStore::init(hubDir);
        pin = store->certificateFingerprint();
        store->directory().addCentre(QStringLiteral("CCIRC"), QStringLiteral("CCIRC"));
        store->directory().addCentre(QStringLiteral("USCERT"), QStringLiteral("US-CERT"));
        auto source = enrol(*store, QStringLiteral("CCIRC"), QStringLiteral("Source"), clock);
        const HubDevice sourceDevice = *store->directory().device(source->log->identity().deviceId);
        for (int done = 0; done < opt.ops; done += 1000) {
            const auto ops
                = source->log->commit(workload(std::min(1000, opt.ops - done), done, rng));
            if (sample.size() < 1000)
                sample.insert(sample.end(), ops.begin(), ops.end());
            for (const auto &outcome : store->rules().acceptBatch(ops, sourceDevice)) {
                if (!outcome.isAccepted()) // the workload is valid: a refusal is a bug
                    throw HubError(HubError::Kind::OpRejected, outcome.code.toStdString());
            }
        }
        fresh = enrol(*store, QStringLiteral("CCIRC"), QStringLiteral("Fresh"), clock);
        // (b) in their own centre, so that (a)'s internal ops are not theirs to pull.
        for (int i = 0; i < opt.devices; ++i)
            live.push_back(
                enrol(*store, QStringLiteral("USCERT"), QStringLiteral("Live %1").arg(i), clock));
        for (int i = 0; i < opt.watchers; ++i)
            watchers.push_back(enrol(*store, QStringLiteral("USCERT"),
                                     QStringLiteral("Watcher %1").arg(i), clock));
        // (c) one centre each: the hub's ingest is measured, not the pushers' live traffic.
        for (int set = 0; set < 3; ++set) {
            for (int i = 0; i < opt.pushers; ++i) {
                const QString centre = QStringLiteral("PUSH%1-%2").arg(set).arg(i);
                store->directory().addCentre(centre, centre);
                pushers[set].push_back(
                    enrol(*store, centre, QStringLiteral("Pusher %1").arg(i), clock));
                if (set == 1) { // fan-out: two devices of the pusher's centre get every op
                    for (int k = 0; k < 2; ++k)
                        fanReceivers.push_back(enrol(
                            *store, centre, QStringLiteral("Fan %1-%2").arg(i).arg(k), clock));
                }
                // Records of their own (the hub refuses writes to another centre's records).
                const int offset = (set * 100 + i + 1) * 10'000'000;
                for (int done = 0; done < opt.pushOps; done += 1000)
                    pushers[set].back()->log->commit(
                        workload(std::min(1000, opt.pushOps - done), offset + done, rng, centre));
            }
        }
    }
    const double remoteFloor = measureFloor(sample, true, std::min(opt.ops, 100'000)).perSecond;

    const QString hubTrace = dir.filePath(QStringLiteral("hub.trace"));
    HubProcess hub;
    if (!hub.start(hubDir, true, hubTrace)) {
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

    // (b) Live latency: one sender, the others on two worker threads, every stage traced.
    LiveClock liveClock;
    std::vector<double> latencies;
    double rxCpuUsPerOp = 0; // CPU of the receiver threads / (edits x receivers), microseconds
    QHash<QString, std::int64_t> commitStart; // op id -> ns
    std::unique_ptr<test::TestReplica> senderReplica = std::move(live.front());
    {
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
        g_trace.clear();
        // CPU the two receiver threads use for the edits: what each receiver pays per op.
        auto threadsCpuNs = [&] {
            std::int64_t sum = 0;
            for (std::size_t t = 0; t < 2 && t < receivers.size(); ++t)
                QMetaObject::invokeMethod(
                    receivers[t].get(), [&sum] { sum += threadCpuNs(); },
                    Qt::BlockingQueuedConnection);
            return sum;
        };
        const std::int64_t cpuBefore = threadsCpuNs();
        trace::g_sink.store(&collect);
        const int expected = opt.edits * int(receivers.size());
        const bool all = makeLiveEdits(
            *senderReplica->log, liveClock, opt.edits,
            [&] {
                std::lock_guard<std::mutex> lock(liveClock.mutex);
                return liveClock.received;
            },
            expected);
        trace::g_sink.store(nullptr);
        rxCpuUsPerOp = double(threadsCpuNs() - cpuBefore) / 1000.0
            / double(std::max(1, opt.edits * int(receivers.size())));
        {
            std::lock_guard<std::mutex> lock(liveClock.mutex);
            latencies = liveClock.latenciesMs;
            for (auto it = liveClock.opOfIncident.cbegin(); it != liveClock.opOfIncident.cend();
                 ++it)
                commitStart.insert(it.value(), steadyNs(liveClock.committed.value(it.key())));
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
    std::vector<TraceEntry> inProcessTrace;
    {
        std::lock_guard<std::mutex> lock(g_traceMutex);
        inProcessTrace.swap(g_trace);
    }

    // (b') The same edits to receivers in separate processes: liaison-cli sync --watch, each
    // tracing its stages to a file of its own.
    std::vector<double> procLatencies;
    std::vector<TraceEntry> procTrace;
    QHash<QString, std::int64_t> procCommitStart;
    double watcherRss = 0;
    if (opt.watchers > 0) {
        const QString cli = QFileInfo(QStringLiteral(LIAISON_HUB_BINARY))
                                .dir()
                                .filePath(QStringLiteral("../cli/liaison-cli"));
        std::vector<std::unique_ptr<QProcess>> procs;
        std::vector<QString> traces;
        // -1 until the process is up to date; then the live ops it received.
        std::vector<int> receivedByProc(watchers.size(), -1);
        for (std::size_t i = 0; i < watchers.size(); ++i) {
            auto &w = *watchers[i];
            HubEndpoint {hub.url(), {}, QStringLiteral("Watcher")}.save(w.log->database());
            const QString profileDir = w.dir.path();
            w.log.reset();
            w.profile.reset(); // closed: the cli process opens it
            traces.push_back(dir.filePath(QStringLiteral("watcher-%1.trace").arg(i)));
            auto proc = std::make_unique<QProcess>();
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("LIAISON_PASSPHRASE"),
                       QStringLiteral("correct horse battery staple"));
            env.insert(QStringLiteral("LIAISON_TRACE"), traces.back());
            proc->setProcessEnvironment(env);
            proc->setProcessChannelMode(QProcess::SeparateChannels);
            QProcess *raw = proc.get();
            int &received = receivedByProc[i];
            QObject::connect(raw, &QProcess::readyReadStandardOutput, [raw, &received] {
                while (raw->canReadLine()) {
                    const QList<QByteArray> parts = raw->readLine().trimmed().split('\t');
                    if (parts.value(1) == "received" && received >= 0)
                        received += parts.value(2).toInt(); // the initial pull not counted
                    else if (parts.value(1) == "UpToDate" && received < 0)
                        received = 0;
                }
            });
            proc->start(cli,
                        {QStringLiteral("--profile"), profileDir, QStringLiteral("sync"),
                         QStringLiteral("--watch")});
            procs.push_back(std::move(proc));
        }
        SyncEngine sender(*senderReplica->log);
        sender.setHub(hub.url());
        sender.start();
        const bool ready = waitFor(
            [&] {
                if (sender.state() != SyncEngine::State::UpToDate)
                    return false;
                for (int r : receivedByProc) {
                    if (r < 0)
                        return false;
                }
                return true;
            },
            120'000);
        if (!ready) {
            fmt::print(stderr, "sync bench: the watcher processes did not come up\n");
            return 1;
        }
        LiveClock procClock;
        trace::g_sink.store(&collect);
        const int expected = opt.edits * int(procs.size());
        const bool all = makeLiveEdits(
            *senderReplica->log, procClock, opt.edits,
            [&] {
                int sum = 0;
                for (int r : receivedByProc)
                    sum += std::max(0, r);
                return sum;
            },
            expected);
        trace::g_sink.store(nullptr);
        sender.stop();
        for (auto &p : procs)
            watcherRss = std::max(watcherRss, peakRssMibOf(p->processId()));
        for (auto &p : procs) {
            p->terminate();
            p->waitForFinished(15000);
        }
        if (!all) {
            fmt::print(stderr, "sync bench: the watcher processes did not get every edit\n");
            return 1;
        }
        {
            std::lock_guard<std::mutex> lock(g_traceMutex);
            procTrace.swap(g_trace);
        }
        for (auto it = procClock.opOfIncident.cbegin(); it != procClock.opOfIncident.cend(); ++it)
            procCommitStart.insert(it.value(), steadyNs(procClock.committed.value(it.key())));
        for (std::size_t i = 0; i < traces.size(); ++i) {
            std::vector<TraceEntry> entries;
            readTraceFile(traces[i], procs[i].get(), entries);
            for (const auto &e : entries) {
                if (e.stage == QLatin1String("rx_stored") && procCommitStart.contains(e.id))
                    procLatencies.push_back(double(e.ns - procCommitStart.value(e.id)) / 1e6);
            }
            procTrace.insert(procTrace.end(), entries.begin(), entries.end());
        }
    }
    const double hubRssLive = hub.peakRssMib();
    if (!hub.stop())
        fmt::print(stderr, "sync bench: the hub did not exit cleanly on SIGTERM\n");
    {
        std::vector<TraceEntry> hubEntries;
        readTraceFile(hubTrace, nullptr, hubEntries);
        inProcessTrace.insert(inProcessTrace.end(), hubEntries.begin(), hubEntries.end());
        procTrace.insert(procTrace.end(), hubEntries.begin(), hubEntries.end());
    }
    const auto stages = breakdown(inProcessTrace, commitStart);
    const auto procStages = breakdown(procTrace, procCommitStart);

    // (c) Hub ingest: every pusher's outbox at once; then with fan-out; then over TLS.
    if (!hub.start(hubDir)) {
        fmt::print(stderr, "sync bench: the hub did not restart\n");
        return 1;
    }
    const double ingestPerSecond = ingest(pushers[0], hub.url(), {}, opt.pushOps);
    double fanPerSecond = 0;
    int fanDelivered = 0;
    {
        // Connected a few at a time (the hub answers `busy` beyond 8 pending handshakes from
        // one address), and every one must be ready: a receiver left out would flatter the
        // fan-out figure (before this, 11 of 20 were, silently).
        std::vector<std::unique_ptr<RawReceiver>> raws;
        const bool allReady = waitFor(
            [&] {
                int pending = 0;
                for (const auto &r : raws)
                    pending += r->ready ? 0 : 1;
                while (raws.size() < fanReceivers.size() && pending < 4) {
                    const auto &f = fanReceivers[raws.size()];
                    raws.push_back(std::make_unique<RawReceiver>(*f->log->identity().key,
                                                                 f->log->identity().deviceId));
                    raws.back()->open(hub.url());
                    ++pending;
                }
                return raws.size() == fanReceivers.size() && pending == 0;
            },
            60'000);
        if (!allReady) {
            fmt::print(stderr, "sync bench: the fan-out receivers did not all authenticate\n");
            return 1;
        }
        fanPerSecond = ingest(pushers[1], hub.url(), {}, opt.pushOps);
        const int expected = opt.pushers * opt.pushOps * 2;
        waitFor(
            [&] {
                int sum = 0;
                for (auto &r : raws)
                    sum += r->ops;
                fanDelivered = sum;
                return sum >= expected;
            },
            60'000);
        if (fanDelivered < expected) {
            fmt::print(stderr, "sync bench: fan-out delivered {} of {} ops\n", fanDelivered,
                       expected);
            return 1;
        }
    }
    const double hubRssIngest = hub.peakRssMib();
    hub.stop();
    double tlsPerSecond = 0;
    double hubRssTls = 0;
    if (hub.start(hubDir, false)) {
        tlsPerSecond = ingest(pushers[2], hub.url(), pin, opt.pushOps);
        hubRssTls = hub.peakRssMib();
        hub.stop();
    } else {
        fmt::print(stderr, "sync bench: the TLS hub did not start\n");
    }
    if (ingestPerSecond == 0 || fanPerSecond == 0 || tlsPerSecond == 0)
        return 1;
    const double hubRss = std::max({hubRssLive, hubRssIngest, hubRssTls});
    const double clientRss = peakRssMib();
    const Summary liveSummary = summarize(latencies);
    const Summary procSummary = summarize(procLatencies);

    fmt::print("\n{:<56} {:>12} {:>14} {:>8} {:>10}\n", "measure", "liaison", "floor/target",
               "ratio", "target");
    fmt::print("{:<56} {:>12.0f} {:>14.0f} {:>8.2f} {:>10}\n",
               fmt::format("(a) fresh device pulls {} ops, ops/s", opt.ops), initialPerSecond,
               remoteFloor, initialPerSecond / remoteFloor, ">=15000, >=0.5");
    fmt::print("{:<56} {:>12.2f} {:>14} {:>8} {:>10}\n",
               fmt::format("(b) live latency p50, {} devices, ms", opt.devices), liveSummary.p50,
               "3", "", "<3");
    fmt::print("{:<56} {:>12.2f} {:>14} {:>8} {:>10}\n",
               fmt::format("(b) live latency p99, {} edits 5 ms apart, ms", opt.edits),
               liveSummary.p99, "10", "", "<10");
    fmt::print("    in-process receivers: {}\n", formatSummary(liveSummary).toStdString());
    fmt::print("    CPU per live op per receiver (receive, verify, store, signal): {:.0f} us; "
               "{} receivers x 200 ops/s need {:.2f} cores\n",
               rxCpuUsPerOp, opt.devices - 1, rxCpuUsPerOp * (opt.devices - 1) * 200 / 1e6);
    fmt::print("    {} receiver processes (liaison-cli sync --watch), commit -> stored: {}\n",
               opt.watchers, formatSummary(procSummary).toStdString());
    fmt::print(
        "{:<56} {:>12.0f} {:>14} {:>8} {:>10}\n",
        fmt::format("(c) hub ingest, {} devices x {} ops, ws://, ops/s", opt.pushers, opt.pushOps),
        ingestPerSecond, "15000", "", ">=15000");
    fmt::print("{:<56} {:>12.0f}\n",
               fmt::format("(c) the same with fan-out to 2 devices each ({} delivered), ops/s",
                           fanDelivered),
               fanPerSecond);
    fmt::print("{:<56} {:>12.0f}\n", "(c) the same over TLS (wss://, pinned), ops/s", tlsPerSecond);
    fmt::print("{:<56} {:>12.0f}\n", "peak RSS of the hub process, MiB", hubRss);
    fmt::print("{:<56} {:>12.0f}\n",
               fmt::format("peak RSS of this benchmark process ({} profiles, set-up), MiB",
                           2 + opt.devices + 3 * opt.pushers + int(fanReceivers.size())),
               clientRss);
    fmt::print("{:<56} {:>12.0f}\n", "peak RSS of one receiver process (liaison-cli), MiB",
               watcherRss);
    printBreakdown("(b) in-process receivers", stages);
    printBreakdown("(b) receiver processes", procStages);

    report.bench = QStringLiteral("sync");
    report.add(QStringLiteral("initial_ops_per_s"), initialPerSecond);
    report.add(QStringLiteral("initial_ratio"), initialPerSecond / remoteFloor);
    report.add(QStringLiteral("remote_floor_per_s"), remoteFloor);
    report.add(QStringLiteral("live_p50_ms"), liveSummary.p50);
    report.add(QStringLiteral("live_p99_ms"), liveSummary.p99);
    report.add(QStringLiteral("live_max_ms"), liveSummary.max);
    report.add(QStringLiteral("rx_cpu_us_per_op"), rxCpuUsPerOp);
    report.add(QStringLiteral("live_proc_p50_ms"), procSummary.p50);
    report.add(QStringLiteral("live_proc_p99_ms"), procSummary.p99);
    report.add(QStringLiteral("live_proc_max_ms"), procSummary.max);
    for (const auto &st : stages) {
        report.add(QStringLiteral("stage_%1_p50_ms").arg(st.stage), st.sinceCommit.p50);
        report.add(QStringLiteral("stage_%1_p99_ms").arg(st.stage), st.sinceCommit.p99);
    }
    report.add(QStringLiteral("hub_ingest_ops_per_s"), ingestPerSecond);
    report.add(QStringLiteral("hub_ingest_fanout_ops_per_s"), fanPerSecond);
    report.add(QStringLiteral("hub_ingest_tls_ops_per_s"), tlsPerSecond);
    report.add(QStringLiteral("hub_rss_mb"), hubRss); // MiB, the keys kept for compatibility
    report.add(QStringLiteral("client_rss_mb"), clientRss);
    report.add(QStringLiteral("receiver_process_rss_mib"), watcherRss);
    return 0;
}

} // namespace liaison::bench
