#include "BenchUtil.h"

#include "core/FileUtil.h"

#include <fmt/core.h>

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <ctime>
#include <map>
#include <stdexcept>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace liaison::bench {

namespace {
double statusMib(const QString &statusPath, const char *key)
{
    QFile status(statusPath);
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(int(std::strlen(key))).trimmed().split(' ').value(0).toDouble()
                / 1024.0; // kB
    }
    return 0;
}
} // namespace

double peakRssMib()
{
    return statusMib(QStringLiteral("/proc/self/status"), "VmHWM:");
}

double rssMib()
{
    return statusMib(QStringLiteral("/proc/self/status"), "VmRSS:");
}

void trimHeap()
{
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
}

double peakRssMibOf(qint64 pid)
{
    return pid > 0 ? statusMib(QStringLiteral("/proc/%1/status").arg(pid), "VmHWM:") : 0.0;
}

bool resetPeakRss()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    return clear.open(QIODevice::WriteOnly) && clear.write("5") == 1;
}

std::int64_t threadCpuNs()
{
#if defined(CLOCK_THREAD_CPUTIME_ID)
    timespec ts {};
    if (clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts) == 0)
        return std::int64_t(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
#endif
    return 0;
}

double percentile(std::vector<double> values, double p)
{
    if (!(p >= 1.0 && p <= 100.0))
        throw std::invalid_argument("percentile takes a percentage in [1, 100], not a fraction");
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto rank = std::size_t(std::ceil(p / 100.0 * double(values.size())));
    return values[std::clamp<std::size_t>(rank, 1, values.size()) - 1];
}

Summary summarize(const std::vector<double> &values)
{
    Summary s;
    s.count = values.size();
    if (values.empty())
        return s;
    s.min = *std::min_element(values.begin(), values.end());
    s.max = *std::max_element(values.begin(), values.end());
    s.p50 = percentile(values, 50);
    s.p90 = percentile(values, 90);
    s.p99 = percentile(values, 99);
    return s;
}

QString formatSummary(const Summary &s, const char *unit)
{
    return QString::fromStdString(
        fmt::format("n={} min {:.2f} p50 {:.2f} p90 {:.2f} p99 {:.2f} max {:.2f} {}", s.count,
                    s.min, s.p50, s.p90, s.p99, s.max, unit));
}

Spread spreadOf(const std::vector<double> &values)
{
    Spread s;
    s.runs = values.size();
    if (values.empty())
        return s;
    s.median = percentile(values, 50);
    s.min = *std::min_element(values.begin(), values.end());
    s.max = *std::max_element(values.begin(), values.end());
    return s;
}

void Report::add(const QString &key, const Summary &s)
{
    add(key + QStringLiteral("_count"), double(s.count));
    add(key + QStringLiteral("_min_ms"), s.min);
    add(key + QStringLiteral("_p50_ms"), s.p50);
    add(key + QStringLiteral("_p90_ms"), s.p90);
    add(key + QStringLiteral("_p99_ms"), s.p99);
    add(key + QStringLiteral("_max_ms"), s.max);
}

QByteArray Report::json() const
{
    QJsonObject o {{"bench", bench}};
    for (const auto &[k, v] : fields)
        o.insert(k, std::round(v * 1000.0) / 1000.0);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

bool Report::write(const QString &path) const
{
    QString error;
    return writeFileAtomically(path, json() + '\n', &error);
}

Report aggregate(const std::vector<Report> &runs)
{
    Report out;
    if (runs.empty())
        return out;
    out.bench = runs.front().bench;
    std::vector<QString> order;
    std::map<QString, std::vector<double>> values;
    for (const auto &r : runs) {
        for (const auto &[k, v] : r.fields) {
            if (!values.count(k))
                order.push_back(k);
            values[k].push_back(v);
        }
    }
    for (const QString &k : order) {
        const Spread s = spreadOf(values[k]);
        out.add(k, s.median);
        out.add(k + QStringLiteral("_min"), s.min);
        out.add(k + QStringLiteral("_max"), s.max);
    }
    out.add(QStringLiteral("runs"), double(runs.size()));
    return out;
}

void printAggregate(const Report &agg)
{
    fmt::print("\n{} over {} runs: median [min .. max]\n", agg.bench.toStdString(),
               agg.fields.empty() ? 0 : int(agg.fields.back().second));
    for (std::size_t i = 0; i + 2 < agg.fields.size(); i += 3)
        fmt::print("  {:<40} {:>12.3f}  [{:.3f} .. {:.3f}]\n", agg.fields[i].first.toStdString(),
                   agg.fields[i].second, agg.fields[i + 1].second, agg.fields[i + 2].second);
}

int repeatRuns(const QStringList &argsIn, int defaultRuns,
               const std::function<int(const QStringList &, Report &)> &run)
{
    QStringList args;
    QString json;
    int runs = defaultRuns;
    for (int i = 0; i < argsIn.size(); ++i) {
        if (argsIn[i] == QLatin1String("--runs") && i + 1 < argsIn.size())
            runs = std::clamp(argsIn[++i].toInt(), 1, 50);
        else if (argsIn[i] == QLatin1String("--json") && i + 1 < argsIn.size())
            json = argsIn[++i];
        else
            args << argsIn[i];
    }
    std::vector<Report> reports;
    for (int r = 0; r < runs; ++r) {
        fmt::print("\n=== run {} of {} ===\n", r + 1, runs);
        std::fflush(stdout);
        Report report;
        if (const int rc = run(args, report); rc != 0)
            return rc;
        fmt::print("\n{}\n", report.json().constData());
        reports.push_back(std::move(report));
    }
    const Report agg = aggregate(reports);
    printAggregate(agg);
    if (!json.isEmpty() && !agg.write(json)) {
        fmt::print(stderr, "cannot write {}\n", json.toStdString());
        return 1;
    }
    return 0;
}

} // namespace liaison::bench
