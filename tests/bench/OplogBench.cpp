// liaison-bench oplog: (a) local edits, (b) remote apply, (c) interactive edit latency, each
// beside its floor: a bare SQLCipher insert of rows of the same size with the same kind of key,
// plus one Ed25519 sign (a) or verify (b) per row.
#include "OplogBench.h"

#include "BenchUtil.h"
#include "TestSupport.h"

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
    QString json;
};

Options parse(const QStringList &args)
{
    Options o;
    for (int i = 0; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--ops"))
            o.ops = std::max(kBatch, args[i + 1].toInt());
        else if (args[i] == QLatin1String("--edits"))
            o.edits = std::max(10, args[i + 1].toInt());
        else if (args[i] == QLatin1String("--json"))
            o.json = args[i + 1];
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
// of 1,000, plus one sign or verify per row.
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
    while (done < rows) {
        Transaction tx(db);
        for (int i = 0; i < kBatch && done < rows; ++i, ++done) {
            const QByteArray &body = bodies[std::size_t(done) % bodies.size()];
            QByteArray sig;
            if (verify) {
                sig = sigs[std::size_t(done) % sigs.size()];
                allValid &= DeviceKey::verify(key.publicKey(), body, sig);
            } else {
                sig = key.sign(body);
            }
            db.cached("INSERT INTO floor(id, body, sig) VALUES (?1, ?2, ?3)")
                .bind(1, QStringLiteral("dev:%1").arg(done))
                .bind(2, body)
                .bind(3, sig)
                .exec();
        }
        tx.commit();
    }
    const double ms = watch.elapsedMs();
    if (!allValid)
        fmt::print(stderr, "floor: a signature did not verify\n");
    return {rows / (ms / 1000.0)};
}

int runOplog(const QStringList &args)
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

    // (c) interactive edits: one change, one transaction, committed (through the service).
    IncidentService incidents(localLog);
    const QString target = incidents.createIncident({QStringLiteral("Latency probe"),
                                                     {},
                                                     Severity::Low,
                                                     Tlp::Green,
                                                     QStringLiteral("green"),
                                                     {}});
    std::vector<double> latencies;
    latencies.reserve(std::size_t(opt.edits));
    for (int i = 0; i < opt.edits; ++i) {
        Stopwatch w;
        incidents.setTitle(target, QStringLiteral("Latency probe %1").arg(i));
        latencies.push_back(w.elapsedMs());
    }
    const double p50 = percentile(latencies, 50);
    const double p99 = percentile(latencies, 99);
    const double rss = peakRssMb();

    const double localRatio = localRate / localFloor;
    const double remoteRatio = remoteRate / remoteFloor;
    fmt::print("\n{:<34} {:>14} {:>14} {:>8} {:>8}\n", "measure", "liaison", "floor", "ratio",
               "target");
    fmt::print("{:<34} {:>14.0f} {:>14.0f} {:>8.2f} {:>8}\n", "(a) local edits, ops/s", localRate,
               localFloor, localRatio, ">=0.5");
    fmt::print("{:<34} {:>14.0f} {:>14.0f} {:>8.2f} {:>8}\n", "(b) remote apply, ops/s", remoteRate,
               remoteFloor, remoteRatio, ">=0.5");
    fmt::print("{:<34} {:>14.3f} {:>14} {:>8} {:>8}\n", "(c) interactive edit p50, ms", p50, "-",
               "-", "");
    fmt::print("{:<34} {:>14.3f} {:>14} {:>8} {:>8}\n", "(c) interactive edit p99, ms", p99, "-",
               "-", "<5");
    fmt::print("{:<34} {:>14.1f}\n", "peak RSS, MB", rss);

    Report report {QStringLiteral("oplog"), {}};
    report.add(QStringLiteral("local_ops_per_s"), localRate);
    report.add(QStringLiteral("local_floor_per_s"), localFloor);
    report.add(QStringLiteral("local_ratio"), localRatio);
    report.add(QStringLiteral("remote_ops_per_s"), remoteRate);
    report.add(QStringLiteral("remote_floor_per_s"), remoteFloor);
    report.add(QStringLiteral("remote_ratio"), remoteRatio);
    report.add(QStringLiteral("edit_p50_ms"), p50);
    report.add(QStringLiteral("edit_p99_ms"), p99);
    report.add(QStringLiteral("peak_rss_mb"), rss);
    fmt::print("\n{}\n", report.json().constData());
    if (!opt.json.isEmpty() && !report.write(opt.json)) {
        fmt::print(stderr, "cannot write {}\n", opt.json.toStdString());
        return 1;
    }
    return 0;
}

} // namespace liaison::bench
