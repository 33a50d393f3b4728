#include "BenchUtil.h"

#include "core/FileUtil.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

namespace liaison::bench {

double peakRssMb()
{
#ifdef Q_OS_UNIX
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0; // kilobytes on Linux
#else
    return 0.0; // not measured on this platform
#endif
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto rank = std::size_t(std::ceil(p / 100.0 * double(values.size()))) - 1;
    return values[std::min(rank, values.size() - 1)];
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

} // namespace liaison::bench
