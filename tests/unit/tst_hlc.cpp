#include "core/Clock.h"
#include "sync/Hlc.h"

#include <QtTest>

using namespace liaison;

class TestHlc : public QObject
{
    Q_OBJECT
private slots:
    void followsWallClock()
    {
        ManualClock clock(1'000'000);
        HybridClock hlc(clock);
        const auto a = hlc.tick();
        QCOMPARE(HybridClock::wallMs(a), 1'000'000u);
        QCOMPARE(HybridClock::counter(a), 0u);
        clock.advance(5);
        const auto b = hlc.tick();
        QCOMPARE(HybridClock::wallMs(b), 1'000'005u);
        QCOMPARE(HybridClock::counter(b), 0u);
    }

    void strictlyIncreasesWhenClockJumpsBackwards()
    {
        ManualClock clock(2'000'000);
        HybridClock hlc(clock);
        std::uint64_t previous = hlc.tick();
        clock.set(1'000'000); // an NTP correction of -1000 s
        for (int i = 0; i < 1000; ++i) {
            const auto next = hlc.tick();
            QVERIFY(next > previous);
            QCOMPARE(HybridClock::wallMs(next), 2'000'000u); // holds the high-water mark
            previous = next;
        }
        clock.set(3'000'000);
        const auto after = hlc.tick();
        QVERIFY(after > previous);
        QCOMPARE(HybridClock::counter(after), 0u);
    }

    void counterOverflowCarriesIntoMilliseconds()
    {
        ManualClock clock(5'000);
        HybridClock hlc(clock, HybridClock::pack(5'000, HybridClock::kCounterMask));
        const auto next = hlc.tick();
        QCOMPARE(HybridClock::wallMs(next), 5'001u);
        QCOMPARE(HybridClock::counter(next), 0u);
    }

    void observeMovesPastRemote()
    {
        ManualClock clock(10'000);
        HybridClock hlc(clock);
        const auto remote = HybridClock::pack(10'500, 7);
        QVERIFY(hlc.observe(remote));
        QVERIFY(hlc.tick() > remote);
    }

    void observeBoundsFarFutureStamps()
    {
        ManualClock clock(10'000);
        HybridClock hlc(clock);
        const auto farFuture = HybridClock::pack(10'000 + 24 * 3600 * 1000, 0);
        QVERIFY(!hlc.observe(farFuture));
        QVERIFY(HybridClock::wallMs(hlc.tick()) <= 10'000u + HybridClock::kMaxForwardDriftMs + 1);
    }

    void restoreKeepsPersistedStamp()
    {
        ManualClock clock(10'000);
        HybridClock hlc(clock);
        const auto persisted = HybridClock::pack(50'000, 3); // written before the clock fell back
        hlc.restore(persisted);
        QVERIFY(hlc.tick() > persisted);
    }

    void wireForm()
    {
        const auto value = HybridClock::pack(1'700'000'000'123, 42);
        const QString text = HybridClock::toString(value);
        QCOMPARE(text.size(), 16);
        QCOMPARE(HybridClock::fromString(text).value(), value);
        QVERIFY(!HybridClock::fromString(QStringLiteral("xyz")).has_value());
        QVERIFY(!HybridClock::fromString(QStringLiteral("000000000000000G")).has_value());
        QVERIFY(!HybridClock::fromString(text.toUpper()).has_value() || text == text.toUpper());
        QVERIFY(HybridClock::toString(1) < HybridClock::toString(HybridClock::pack(1, 0)));
    }
};

QTEST_GUILESS_MAIN(TestHlc)
#include "tst_hlc.moc"
