// liaison-bench oplog: (a) local edits, (b) remote apply, (c) interactive edit latency, each
// beside its floor: a bare SQLCipher insert of rows of the same size with the same kind of key,
// plus one Ed25519 sign (a) or verify (b) per row, done with the same parallelism as the op
// log (parallelFor over each batch, every core). Commits use synchronous=NORMAL (WAL: no fsync
// per commit, durable at checkpoints), as the app does; (a) and (c) are measured once more with
// synchronous=FULL (an fsync per commit) beside it.
#include "OplogBench.h"

#include "BenchUtil.h"
#include "TestSupport.h"

#include "core/Parallel.h"
#include "crypto/DeviceKey.h"
#include "services/IncidentService.h"
#include "storage/Database.h"
#include "storage/Profile.h"
#include "sync/OpLog.h"

#include <fmt/core.h>

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

namespace liaison::bench {

namespace {

constexpr int kBatch = 1000;

struct Options
{
    int ops = 100'000;
    int edits = 1000;
};

Options parse(const QStringList &args)
{
    Options o;
    for (int i = 0; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--ops"))
            o.ops = std::max(kBatch, args[i + 1].toInt());
        else if (args[i] == QLatin1String("--edits"))
            o.edits = std::max(10, args[i + 1].toInt());
    }
    return o;
}

std::unique_ptr<Profile> freshProfile(QTemporaryDir &dir)
{
    return Profile::create(dir.path(), test::passphrase("benchmark passphrase"),
                           KdfParams::fastForTests());
}

} // namespace

// The workload: 1 incident in 10 is new, the others are edits of two fields of a recent one.
std::vector<Change> workload(int count, int offset, QRandomGenerator &rng, const QString &owner)
{
    std::vector<Change> changes;
    changes.reserve(std::size_t(count));
    for (int i = 0; i < count; ++i) {
        const int n = offset + i;
        const int target = n - int(rng.bounded(10));
        if (n % 10 == 0 || target < 0) {
            changes.push_back({QStringLiteral("incident"),
                               QStringLiteral("inc-%1").arg(n / 10, 8, 10, QLatin1Char('0')),
                               {{QStringLiteral("title"),
                                 QStringLiteral("Suspicious beaconing from host %1").arg(n)},
                                {QStringLiteral("summary"),
                                 QStringLiteral("Analyst notes for incident %1.").arg(n)},
                                {QStringLiteral("status"), QStringLiteral("new")},
                                {QStringLiteral("severity"), QStringLiteral("medium")},
                                {QStringLiteral("tlp"), QStringLiteral("amber")},
                                {QStringLiteral("owner_centre"), owner},
                                {QStringLiteral("scope"), QStringLiteral("centre")},
                                {QStringLiteral("deleted"), false}}});
        } else {
            changes.push_back({QStringLiteral("incident"),
                               QStringLiteral("inc-%1").arg(target / 10, 8, 10, QLatin1Char('0')),
                               {{QStringLiteral("title"),
                                 QStringLiteral("Beaconing from host %1 (updated)").arg(n)},
                                {QStringLiteral("status"), QStringLiteral("investigating")}}});
        }
    }
    return changes;
}

// Bare floor: INSERT of (id, blob) rows the size of our ops, same SQLCipher settings, batches
// of 1,000, plus one sign or verify per row: on every core (parallelFor over the batch, as the
// op log signs and verifies), so that the ratio compares like with like.
Floor measureFloor(const std::vector<Op> &sample, bool verify, int rows)
{
    QTemporaryDir dir;
    auto profile = freshProfile(dir);
    Database &db = profile->db();
    db.exec("CREATE TABLE floor (id TEXT, body BLOB, sig BLOB)"); // bare: no index at all
    const DeviceKey key = DeviceKey::generate();
    std::vector<QByteArray> bodies;
    std::vector<QByteArray> sigs;
    for (const auto &op : sample) {
        bodies.push_back(op.signingBytes());
        sigs.push_back(key.sign(bodies.back()));
    }
    Stopwatch watch;
    int done = 0;
    bool allValid = true;
    const QByteArray publicKey = key.publicKey();
    std::vector<QByteArray> batchSigs(kBatch);
    std::vector<char> valid(kBatch);
    while (done < rows) {
        const int n = std::min(kBatch, rows - done);
        parallelFor(std::size_t(n), [&](std::size_t i) {
            const std::size_t k = (std::size_t(done) + i) % bodies.size();
            if (verify) {
                batchSigs[i] = sigs[k];
                valid[i] = DeviceKey::verify(publicKey, bodies[k], sigs[k]) ? 1 : 0;
            } else {
                batchSigs[i] = key.sign(bodies[k]);
                valid[i] = 1;
            }
        });
        Transaction tx(db);
        for (int i = 0; i < n; ++i) {
            allValid &= valid[std::size_t(i)] != 0;
            db.cached("INSERT INTO floor(id, body, sig) VALUES (?1, ?2, ?3)")
                .bind(1, QStringLiteral("dev:%1").arg(done + i))
                .bind(2, bodies[std::size_t(done + i) % bodies.size()])
                .bind(3, batchSigs[std::size_t(i)])
                .exec();
        }
        tx.commit();
        done += n;
    }
    const double ms = watch.elapsedMs();
    if (!allValid)
        fmt::print(stderr, "floor: a signature did not verify\n");
    return {rows / (ms / 1000.0)};
}

namespace {
// (c): interactive edits, one change, one transaction, committed through the service.
Summary interactiveEdits(OpLog &log, int edits)
{
    IncidentService incidents(log);
    const QString target = incidents.createIncident({QStringLiteral("Latency probe"),
                                                     {},
                                                     Severity::Low,
                                                     Tlp::Green,
                                                     QStringLiteral("green"),
                                                     {}});
    std::vector<double> latencies;
    latencies.reserve(std::size_t(edits));
    for (int i = 0; i < edits; ++i) {
        Stopwatch w;
        incidents.setTitle(target, QStringLiteral("Latency probe %1").arg(i));
        latencies.push_back(w.elapsedMs());
    }
    return summarize(latencies);
}
} // namespace

int runOplog(const QStringList &args, Report &report)
{
    const Options opt = parse(args);
    QRandomGenerator rng(42);
    fmt::print("liaison-bench oplog: {} ops, batches of {}, {} interactive edits\n", opt.ops,
               kBatch, opt.edits);

    // (a) local edits through the op log (sign, apply, materialise, outbox).
    QTemporaryDir localDir;
    auto local = freshProfile(localDir);
    OpLog localLog(local->db());
    localLog.setEnrolment(QStringLiteral("bench-analyst"), QStringLiteral("CCIRC"));
    std::vector<Op> produced;
    produced.reserve(std::size_t(opt.ops));
    double localMs = 0;
    for (int done = 0; done < opt.ops; done += kBatch) {
        const auto changes = workload(std::min(kBatch, opt.ops - done), done, rng);
        Stopwatch w;
        auto ops = localLog.commit(changes);
        localMs += w.elapsedMs();
        for (auto &op : ops)
            produced.push_back(std::move(op));
    }
    const double localRate = opt.ops / (localMs / 1000.0);
    const std::vector<Op> sample(produced.begin(),
                                 produced.begin() + std::min<long>(5000, long(produced.size())));
    const double localFloor = measureFloor(sample, false, opt.ops).perSecond;

    // (b) remote apply of those ops on another device (verify, apply, materialise).
    QTemporaryDir remoteDir;
    auto remote = freshProfile(remoteDir);
    OpLog remoteLog(remote->db());
    remoteLog.setEnrolment(QStringLiteral("bench-peer"), QStringLiteral("USCERT"));
    const auto &id = localLog.identity();
    remoteLog.registerDevice(id.deviceId, id.key->publicKey(), id.analystId, id.centre);
    double remoteMs = 0;
    int applied = 0;
    for (std::size_t done = 0; done < produced.size(); done += kBatch) {
        const std::vector<Op> batch(produced.begin() + long(done),
                                    produced.begin()
                                        + long(std::min(produced.size(), done + kBatch)));
        Stopwatch w;
        applied += remoteLog.applyRemote(batch).applied;
        remoteMs += w.elapsedMs();
    }
    if (applied != opt.ops || remoteLog.stateHash() != localLog.stateHash()) {
        fmt::print(stderr, "remote apply did not converge ({} of {} applied)\n", applied, opt.ops);
        return 1;
    }
    const double remoteRate = opt.ops / (remoteMs / 1000.0);
    const double remoteFloor = measureFloor(sample, true, opt.ops).perSecond;

    // (c) interactive edits.
    const Summary edit = interactiveEdits(localLog, opt.edits);

    // (a) and (c) once more with synchronous=FULL (an fsync per commit), beside NORMAL.
    double fullRate = 0;
    Summary fullEdit;
    {
        QTemporaryDir fullDir;
        auto full = freshProfile(fullDir);
        full->db().exec("PRAGMA synchronous = FULL");
        OpLog fullLog(full->db());
        fullLog.setEnrolment(QStringLiteral("bench-analyst"), QStringLiteral("CCIRC"));
        QRandomGenerator fullRng(42);
        const int ops = std::min(opt.ops, 20'000);
        double ms = 0;
        for (int done = 0; done < ops; done += kBatch) {
            const auto changes = workload(std::min(kBatch, ops - done), done, fullRng);
            Stopwatch w;
            fullLog.commit(changes);
            ms += w.elapsedMs();
        }
        fullRate = ops / (ms / 1000.0);
        fullEdit = interactiveEdits(fullLog, std::min(opt.edits, 300));
    }
    const double rss = peakRssMib();

    const double localRatio = localRate / localFloor;
    const double remoteRatio = remoteRate / remoteFloor;
    fmt::print("\n{:<34} {:>14} {:>14} {:>8} {:>8}\n", "measure", "liaison", "floor", "ratio",
               "target");
    fmt::print("{:<34} {:>14.0f} {:>14.0f} {:>8.2f} {:>8}\n", "(a) local edits, ops/s", localRate,
               localFloor, localRatio, ">=0.5");
    fmt::print("{:<34} {:>14.0f} {:>14.0f} {:>8.2f} {:>8}\n", "(b) remote apply, ops/s", remoteRate,
               remoteFloor, remoteRatio, ">=0.5");
    fmt::print("{:<34} {:>14.3f} {:>14} {:>8} {:>8}\n", "(c) interactive edit p50, ms", edit.p50,
               "-", "-", "");
    fmt::print("{:<34} {:>14.3f} {:>14} {:>8} {:>8}\n", "(c) interactive edit p99, ms", edit.p99,
               "-", "-", "<5");
    fmt::print("(c) interactive edit: {}\n", formatSummary(edit).toStdString());
    fmt::print("synchronous=NORMAL above (WAL, no fsync per commit). With synchronous=FULL:\n");
    fmt::print("{:<34} {:>14.0f}\n", "(a) local edits FULL, ops/s", fullRate);
    fmt::print("(c) interactive edit FULL: {}\n", formatSummary(fullEdit).toStdString());
    fmt::print("{:<34} {:>14.1f}\n",
               "peak RSS of the benchmark process (3 profiles, 100,000 ops held; set-up "
               "included), MiB",
               rss);

    report.bench = QStringLiteral("oplog");
    report.add(QStringLiteral("local_ops_per_s"), localRate);
    report.add(QStringLiteral("local_floor_per_s"), localFloor);
    report.add(QStringLiteral("local_ratio"), localRatio);
    report.add(QStringLiteral("remote_ops_per_s"), remoteRate);
    report.add(QStringLiteral("remote_floor_per_s"), remoteFloor);
    report.add(QStringLiteral("remote_ratio"), remoteRatio);
    report.add(QStringLiteral("edit_p50_ms"), edit.p50);
    report.add(QStringLiteral("edit_p99_ms"), edit.p99);
    report.add(QStringLiteral("edit_max_ms"), edit.max);
    report.add(QStringLiteral("peak_rss_mb"), rss); // MiB, the key kept for compatibility
    report.add(QStringLiteral("local_full_ops_per_s"), fullRate);
    report.add(QStringLiteral("edit_full_p50_ms"), fullEdit.p50);
    report.add(QStringLiteral("edit_full_p99_ms"), fullEdit.p99);
    return 0;
}

} // namespace liaison::bench
