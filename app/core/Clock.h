#pragma once

#include <QtGlobal>

#include <atomic>

namespace liaison {

// Wall-clock source, injectable so tests can make time jump (backwards, too).
class Clock
{
public:
    virtual ~Clock() = default;
    virtual qint64 nowMs() const = 0; // milliseconds since the Unix epoch, UTC
};

class SystemClock final : public Clock
{
public:
    qint64 nowMs() const override;
    static SystemClock &instance();
};

class ManualClock final : public Clock
{
public:
    explicit ManualClock(qint64 startMs = 1'700'000'000'000)
        : m_now(startMs)
    { }
    qint64 nowMs() const override { return m_now.load(); }
    void set(qint64 ms) { m_now.store(ms); }
    void advance(qint64 ms) { m_now.fetch_add(ms); }

private:
    std::atomic<qint64> m_now;
};

} // namespace liaison
