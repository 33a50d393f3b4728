// The benchmarks' statistics: percentile on known inputs, the summary every benchmark prints,
// and the aggregate of repeated runs (median and spread).
#include "BenchUtil.h"

#include <QTest>

#include <numeric>
#include <stdexcept>

using namespace liaison::bench;

class TestBenchUtil : public QObject
{
    Q_OBJECT
private slots:
    void percentileOnKnownInputs()
    {
        std::vector<double> v(100);
        std::iota(v.begin(), v.end(), 1.0); // 1..100
        std::reverse(v.begin(), v.end()); // order does not matter
        QCOMPARE(percentile(v, 50), 50.0);
        QCOMPARE(percentile(v, 90), 90.0);
        QCOMPARE(percentile(v, 99), 99.0);
        QCOMPARE(percentile(v, 100), 100.0);
        QCOMPARE(percentile(v, 1), 1.0);
        std::vector<double> w(1000);
        std::iota(w.begin(), w.end(), 1.0);
        QCOMPARE(percentile(w, 50), 500.0);
        QCOMPARE(percentile(w, 99), 990.0);
        // Nearest rank: one value is every percentile; p99 of 10 values is the largest.
        QCOMPARE(percentile({7.0}, 50), 7.0);
        QCOMPARE(percentile({1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, 99), 10.0);
        QCOMPARE(percentile({}, 50), 0.0);
    }

    void percentileRefusesFractions()
    {
        // The defect of issue #15: percentile(latencies, 0.50) printed the 0.5th percentile.
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, percentile({1, 2, 3}, 0.50));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, percentile({1, 2, 3}, 0.99));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, percentile({1, 2, 3}, 101));
    }

    void summaryOfAKnownSample()
    {
        std::vector<double> v(1000);
        std::iota(v.begin(), v.end(), 1.0);
        const Summary s = summarize(v);
        QCOMPARE(s.count, std::size_t(1000));
        QCOMPARE(s.min, 1.0);
        QCOMPARE(s.p50, 500.0);
        QCOMPARE(s.p90, 900.0);
        QCOMPARE(s.p99, 990.0);
        QCOMPARE(s.max, 1000.0);
        // A long tail shows in p99 and max, not in p50.
        std::vector<double> tail(990, 4.0);
        tail.insert(tail.end(), 10, 263.0);
        const Summary t = summarize(tail);
        QCOMPARE(t.p50, 4.0);
        QCOMPARE(t.p99, 4.0);
        QCOMPARE(t.max, 263.0);
        tail.push_back(263.0);
        QCOMPARE(summarize(tail).p99, 263.0);
        QVERIFY(formatSummary(s).contains(QLatin1String("p99 990.00")));
    }

    void aggregateOfRuns()
    {
        std::vector<Report> runs;
        for (double v : {5.0, 1.0, 3.0, 4.0, 2.0}) {
            Report r;
            r.bench = QStringLiteral("x");
            r.add(QStringLiteral("figure"), v);
            runs.push_back(r);
        }
        const Report agg = aggregate(runs);
        QCOMPARE(agg.bench, QStringLiteral("x"));
        QCOMPARE(agg.fields.size(), std::size_t(4));
        QCOMPARE(agg.fields[0].first, QStringLiteral("figure")); // the key is kept: the median
        QCOMPARE(agg.fields[0].second, 3.0);
        QCOMPARE(agg.fields[1].second, 1.0); // figure_min
        QCOMPARE(agg.fields[2].second, 5.0); // figure_max
        QCOMPARE(agg.fields[3].second, 5.0); // runs
        const Spread s = spreadOf({10, 30, 20});
        QCOMPARE(s.median, 20.0);
        QCOMPARE(s.runs, std::size_t(3));
    }
};

QTEST_GUILESS_MAIN(TestBenchUtil)
#include "tst_benchutil.moc"
