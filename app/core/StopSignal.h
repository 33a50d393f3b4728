#pragma once

namespace liaison {

// Graceful stop for the command-line programs (liaison-hub serve, liaison-cli sync --watch).
// POSIX: SIGTERM and SIGINT. Windows sends no SIGTERM: Ctrl+C, Ctrl+Break, closing the console
// window, logoff and shutdown arrive through SetConsoleCtrlHandler. The handlers only set a flag
// that the event loop polls, so the frame and the transaction in hand always complete.
void installStopHandlers();
bool stopRequested();

// Called at the very end of main(), once the stores are closed. On Windows the system ends the
// process as soon as the handler of a console close, logoff or shutdown returns (or after about
// 5 s): that handler waits for this call, up to 4.5 s, so the exit stays clean.
void markStopped();

} // namespace liaison
