#include "sync/Hlc.h"

#include "core/Logging.h"

#include <algorithm>

namespace liaison {

namespace {
std::uint64_t wallNow(const Clock &clock)
{
    const qint64 now = clock.nowMs();
    return now > 0 ? static_cast<std::uint64_t>(now) : 0;
}
} // namespace

std::uint64_t HybridClock::tick()
{
    const std::uint64_t physical = pack(wallNow(m_clock), 0);
    // Either the wall clock moved past us (counter restarts at 0) or it did not (the counter
    // goes up; on overflow the carry moves into the milliseconds, which keeps the order).
    m_last = std::max(physical, m_last + 1);
    return m_last;
}

bool HybridClock::observe(std::uint64_t remote)
{
    const std::uint64_t bound = pack(wallNow(m_clock) + kMaxForwardDriftMs, kCounterMask);
    const bool withinBound = remote <= bound;
    const std::uint64_t accepted = std::min(remote, bound);
    if (accepted > m_last)
        m_last = accepted;
    if (!withinBound)
        qCWarning(lcSync) << "remote clock is more than" << kMaxForwardDriftMs / 1000
                          << "s ahead; not following it";
    return withinBound;
}

QString HybridClock::toString(std::uint64_t hlc)
{
    return QStringLiteral("%1").arg(hlc, 16, 16, QLatin1Char('0'));
}

std::optional<std::uint64_t> HybridClock::fromString(const QString &text)
{
    if (text.size() != 16)
        return std::nullopt;
    for (QChar c : text) {
        if (!((c >= QLatin1Char('0') && c <= QLatin1Char('9'))
              || (c >= QLatin1Char('a') && c <= QLatin1Char('f'))))
            return std::nullopt;
    }
    bool ok = false;
    const auto value = text.toULongLong(&ok, 16);
    if (!ok)
        return std::nullopt;
    return value;
}

} // namespace liaison
