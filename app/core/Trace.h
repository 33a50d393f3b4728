#pragma once

#include <QString>

#include <atomic>
#include <chrono>
#include <cstdint>

// Stage timestamps of ops on their way (sender -> hub -> receivers), for the sync benchmark's
// breakdown by stage. Off unless a sink is installed: a mark then costs one relaxed atomic
// load. Times are steady_clock nanoseconds (CLOCK_MONOTONIC on Linux: comparable across the
// processes of one machine).
namespace liaison::trace {

using Sink = void (*)(const char *stage, const QString &opId, const void *who, std::int64_t ns);

inline std::atomic<Sink> g_sink {nullptr};

inline bool enabled()
{
    return g_sink.load(std::memory_order_relaxed) != nullptr;
}

inline std::int64_t nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

inline void markAt(const char *stage, const QString &opId, const void *who, std::int64_t ns)
{
    if (const Sink sink = g_sink.load(std::memory_order_relaxed))
        sink(stage, opId, who, ns);
}

inline void mark(const char *stage, const QString &opId, const void *who = nullptr)
{
    if (enabled())
        markAt(stage, opId, who, nowNs());
}

// When LIAISON_TRACE names a file, installs a sink that appends "stage<TAB>op id<TAB>ns"
// lines to it (flushed at exit). For the hub and the cli in benchmarks; true when tracing.
bool installFromEnvironment();

} // namespace liaison::trace
