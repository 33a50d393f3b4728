#include "core/StopSignal.h"

#include <QtGlobal>

#include <csignal>

#ifdef Q_OS_WIN
#include <windows.h>
#endif

namespace liaison {

namespace {

volatile std::sig_atomic_t g_stop = 0;

#ifdef Q_OS_WIN
HANDLE g_stopped = nullptr; // manual-reset event, set by markStopped()

BOOL WINAPI onConsoleEvent(DWORD event)
{
    switch (event) {
    case CTRL_C_EVENT:
    case CTRL_BREAK_EVENT:
        g_stop = 1;
        return TRUE; // handled: the process goes on and the event loop quits
    case CTRL_CLOSE_EVENT:
    case CTRL_LOGOFF_EVENT:
    case CTRL_SHUTDOWN_EVENT:
        g_stop = 1;
        // Runs on its own thread; returning ends the process, so wait for main() first.
        if (g_stopped)
            WaitForSingleObject(g_stopped, 4500);
        return TRUE;
    default: return FALSE;
    }
}
#else
void onStopSignal(int)
{
    g_stop = 1;
}
#endif

} // namespace

void installStopHandlers()
{
#ifdef Q_OS_WIN
    if (!g_stopped)
        g_stopped = CreateEventW(nullptr, TRUE, FALSE, nullptr);
    SetConsoleCtrlHandler(onConsoleEvent, TRUE);
#else
    std::signal(SIGTERM, onStopSignal);
    std::signal(SIGINT, onStopSignal);
#endif
}

bool stopRequested()
{
    return g_stop != 0;
}

void markStopped()
{
#ifdef Q_OS_WIN
    if (g_stopped)
        SetEvent(g_stopped);
#endif
}

} // namespace liaison
