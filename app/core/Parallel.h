#pragma once

#include <algorithm>
#include <cstddef>
#include <thread>
#include <vector>

namespace liaison {

// Runs fn(i) for i in [0, count) on every core, in contiguous chunks. Small jobs (below
// minParallel items) run on the calling thread: starting threads would cost more. fn must not
// touch shared state without its own synchronisation (signing and verifying are pure).
template<typename Fn>
void parallelFor(std::size_t count, Fn &&fn, std::size_t minParallel = 64)
{
    const std::size_t cores = std::max(1u, std::thread::hardware_concurrency());
    const std::size_t threads = count >= minParallel ? std::min(cores, count) : 1;
    if (threads <= 1) {
        for (std::size_t i = 0; i < count; ++i)
            fn(i);
        return;
    }
    const std::size_t chunk = (count + threads - 1) / threads;
    auto run = [&fn, chunk, count](std::size_t t) {
        const std::size_t begin = t * chunk;
        const std::size_t end = std::min(count, begin + chunk);
        for (std::size_t i = begin; i < end; ++i)
            fn(i);
    };
    std::vector<std::thread> pool;
    pool.reserve(threads - 1);
    for (std::size_t t = 1; t < threads; ++t)
        pool.emplace_back(run, t);
    run(0);
    for (auto &th : pool)
        th.join();
}

} // namespace liaison
