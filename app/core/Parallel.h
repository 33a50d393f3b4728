#pragma once

#include <algorithm>
#include <cstddef>
#include <exception>
#include <system_error>
#include <thread>
#include <vector>

namespace liaison {

// Runs fn(i) for i in [0, count) on every core, in contiguous chunks. Small jobs (below
// minParallel items) run on the calling thread: starting threads would cost more. fn must not
// touch shared state without its own synchronisation (signing and verifying are pure).
// Exception-safe: every thread is joined, and the first exception is rethrown on the caller's
// thread (so a transaction around the call rolls back instead of the process aborting).
template<typename Fn>
void parallelFor(std::size_t count, Fn &&fn, std::size_t minParallel = 64)
{
    // Read once: glibc opens /sys/devices/system/cpu/online on every call.
    static const std::size_t cores = std::max(1u, std::thread::hardware_concurrency());
    const std::size_t threads = count >= minParallel ? std::min(cores, count) : 1;
    if (threads <= 1) {
        for (std::size_t i = 0; i < count; ++i)
            fn(i);
        return;
    }
    const std::size_t chunk = (count + threads - 1) / threads;
    std::vector<std::exception_ptr> errors(threads);
    auto run = [&fn, &errors, chunk, count](std::size_t t) {
        try {
            const std::size_t begin = t * chunk;
            const std::size_t end = std::min(count, begin + chunk);
            for (std::size_t i = begin; i < end; ++i)
                fn(i);
        } catch (...) {
            errors[t] = std::current_exception();
        }
    };
    std::vector<std::thread> pool;
    pool.reserve(threads - 1);
    std::size_t started = 1;
    for (; started < threads; ++started) {
        try {
            pool.emplace_back(run, started);
        } catch (const std::system_error &) {
            break; // no more threads: the caller's thread does the rest
        }
    }
    run(0);
    for (std::size_t t = started; t < threads; ++t)
        run(t);
    for (auto &th : pool)
        th.join();
    for (const auto &error : errors) {
        if (error)
            std::rethrow_exception(error);
    }
}

} // namespace liaison
