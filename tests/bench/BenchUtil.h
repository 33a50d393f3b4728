#pragma once

#include <QByteArray>
#include <QString>

#include <chrono>
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

double peakRssMb();
double percentile(std::vector<double> values, double p);

// Prints "name | ours | floor | ratio" rows and collects JSON fields.
struct Report
{
    QString bench;
    std::vector<std::pair<QString, double>> fields;
    void add(const QString &key, double value) { fields.emplace_back(key, value); }
    QByteArray json() const;
    bool write(const QString &path) const;
};

} // namespace liaison::bench
