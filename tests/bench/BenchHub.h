#pragma once

// What the benchmarks that talk to a real hub share: the liaison-hub process on 127.0.0.1, a
// device enrolled at the hub's store before the hub runs, and a bounded wait on the event loop.
#include "TestSupport.h"

#include "core/Clock.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTimer>
#include <QUrl>

#include <memory>

namespace liaison {
class HubStore;
}

namespace liaison::bench {

// Runs the event loop until done() or the deadline; false on time-out.
template<typename Done>
bool waitFor(Done done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    QTimer heartbeat; // bounds each wait for events: no busy loop, no sleep adding delay
    heartbeat.start(1);
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
    }
    return true;
}

// liaison-hub serve on 127.0.0.1 and a port of the kernel's choosing.
class HubProcess
{
public:
    HubProcess() = default;
    HubProcess(const HubProcess &) = delete;
    HubProcess &operator=(const HubProcess &) = delete;
    ~HubProcess(); // stops a hub still running (a benchmark that failed half-way)
    // plain: ws:// on loopback, else wss://; traceFile: LIAISON_TRACE for the hub.
    bool start(const QString &dir, bool plain = true, const QString &traceFile = {});
    QUrl url() const;
    // VmHWM of the hub process (Linux), MiB; 0 elsewhere.
    double peakRssMib() const;
    // SIGTERM; true when it exited cleanly.
    bool stop();

private:
    QProcess m_process;
    quint16 m_port = 0;
    bool m_plain = true;
};

// A device of a new analyst called name, enrolled at the hub store (before the hub runs).
std::unique_ptr<test::TestReplica> enrol(HubStore &store, const QString &centre,
                                         const QString &name, const liaison::Clock &clock);

} // namespace liaison::bench
