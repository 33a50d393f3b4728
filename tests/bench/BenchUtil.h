#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <chrono>
#include <cstdint>
#include <functional>
#include <utility>
#include <vector>

namespace liaison::bench {

class Stopwatch
{
public:
    Stopwatch()
        : m_start(std::chrono::steady_clock::now())
    { }
    double elapsedMs() const
    {
        return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - m_start)
            .count();
    }

private:
    std::chrono::steady_clock::time_point m_start;
};

// Peak resident set (VmHWM) of this process in MiB, since it started or since the last
// resetPeakRss(); 0 where it is not measured.
double peakRssMib();
// The resident set (VmRSS) of this process now, in MiB; 0 where it is not measured.
double rssMib();
// Gives the allocator's free memory back to the system (glibc: malloc_trim), so that a growth
// of rssMib() measured after it is what was allocated, not free memory the allocator kept.
void trimHeap();
// Peak resident set of another process (Linux /proc/PID/status VmHWM), MiB; 0 if unknown.
double peakRssMibOf(qint64 pid);

// CPU time the calling thread has used, in ns (0 where the platform has no per-thread clock).
std::int64_t threadCpuNs();
// Starts the peak over from the current resident set (Linux: /proc/self/clear_refs), so that a
// figure excludes the set-up. False where the kernel does not allow it.
bool resetPeakRss();

// The nearest-rank percentile of values; p is a percentage, 1 <= p <= 100 (50 for the median,
// 99 for p99). A fraction (0.5, 0.99) is refused with std::invalid_argument: it once printed
// the 0.5th percentile as "p50".
double percentile(std::vector<double> values, double p);

// count, min, p50, p90, p99, max of a sample: what every benchmark prints for a distribution.
struct Summary
{
    std::size_t count = 0;
    double min = 0;
    double p50 = 0;
    double p90 = 0;
    double p99 = 0;
    double max = 0;
};
Summary summarize(const std::vector<double> &values);
// "n=1000 min 0.81 p50 4.20 p90 9.10 p99 70.30 max 263.00" (values in the unit given).
QString formatSummary(const Summary &s, const char *unit = "ms");
// The median and the spread of repeated runs of one figure.
struct Spread
{
    double median = 0;
    double min = 0;
    double max = 0;
    std::size_t runs = 0;
};
Spread spreadOf(const std::vector<double> &values);

// Collects a run's figures as JSON fields (numbers).
struct Report
{
    QString bench;
    std::vector<std::pair<QString, double>> fields;
    void add(const QString &key, double value) { fields.emplace_back(key, value); }
    void add(const QString &key, const Summary &s); // key_p50_ms ... and key_count
    QByteArray json() const;
    bool write(const QString &path) const;
};

// Several runs of one benchmark: each key keeps its name with the median of the runs, and
// gains key_min and key_max (the spread) and runs.
Report aggregate(const std::vector<Report> &runs);
// Prints "key  median  [min .. max]" for every key of an aggregate.
void printAggregate(const Report &aggregate);

// Runs run(args, report) --runs N times (default given) and writes/prints the aggregate; the
// --runs and --json options are taken out of args. Returns the first failure's code.
int repeatRuns(const QStringList &args, int defaultRuns,
               const std::function<int(const QStringList &, Report &)> &run);

} // namespace liaison::bench
