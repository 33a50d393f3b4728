#include "core/Trace.h"

#include <QByteArray>

#include <cstdio>
#include <cstdlib>
#include <mutex>

namespace liaison::trace {

namespace {
std::FILE *g_file = nullptr;
std::mutex g_mutex;

void fileSink(const char *stage, const QString &opId, const void *, std::int64_t ns)
{
    const QByteArray id = opId.toUtf8();
    std::lock_guard<std::mutex> lock(g_mutex);
    std::fprintf(g_file, "%s\t%s\t%lld\n", stage, id.constData(), static_cast<long long>(ns));
}
} // namespace

bool installFromEnvironment()
{
    const QByteArray path = qgetenv("LIAISON_TRACE");
    if (path.isEmpty() || g_file)
        return g_file != nullptr;
    g_file = std::fopen(path.constData(), "a");
    if (!g_file)
        return false;
    std::setvbuf(g_file, nullptr, _IOFBF, 1 << 20);
    std::atexit([] {
        std::lock_guard<std::mutex> lock(g_mutex);
        std::fflush(g_file);
    });
    g_sink.store(&fileSink);
    return true;
}

} // namespace liaison::trace
