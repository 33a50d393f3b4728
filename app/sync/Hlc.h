#pragma once

#include "core/Clock.h"

#include <QString>

#include <algorithm>
#include <cstdint>
#include <optional>

namespace liaison {

// Hybrid logical clock (Kulkarni et al.): 48 bits of wall milliseconds, 16 bits of counter,
// packed in one uint64 so that comparing two stamps is comparing two integers. A device's
// stamps strictly increase even when its wall clock jumps backwards.
class HybridClock
{
public:
    static constexpr std::uint64_t kCounterBits = 16;
    static constexpr std::uint64_t kCounterMask = (1u << kCounterBits) - 1;
    // A remote stamp further ahead of our wall clock than this does not drag our clock along
    // (a peer with a wrong clock must not pin everyone's stamps in the future).
    static constexpr qint64 kMaxForwardDriftMs = 5 * 60 * 1000;

    explicit HybridClock(const Clock &clock, std::uint64_t last = 0)
        : m_clock(clock)
        , m_last(last)
    { }

    // A stamp for a local event, greater than every stamp issued or observed before.
    std::uint64_t tick();
    // Takes note of a remote stamp so that later local stamps are greater than it (within the
    // drift bound above). Returns false when the stamp was too far ahead and was only
    // partially observed.
    bool observe(std::uint64_t remote);
    std::uint64_t last() const { return m_last; }
    // Restores the last stamp this device issued (persisted), even if it is in the future.
    void restore(std::uint64_t last) { m_last = std::max(m_last, last); }

    static std::uint64_t pack(std::uint64_t wallMs, std::uint64_t counter)
    {
        return (wallMs << kCounterBits) | (counter & kCounterMask);
    }
    static std::uint64_t wallMs(std::uint64_t hlc) { return hlc >> kCounterBits; }
    static std::uint64_t counter(std::uint64_t hlc) { return hlc & kCounterMask; }

    // Wire form: 16 lowercase hex digits, so that string order is numeric order.
    static QString toString(std::uint64_t hlc);
    static std::optional<std::uint64_t> fromString(const QString &text);

private:
    const Clock &m_clock;
    std::uint64_t m_last;
};

} // namespace liaison
