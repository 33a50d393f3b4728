// liaison-bench: measures Liaison against a physical floor or its targets in the same run.
//   liaison-bench oplog [--ops N] [--edits N] [--runs N] [--json FILE]
//   liaison-bench sync [--ops N] [--edits N] [--devices N] [--pushers N] [--push N]
//                      [--watchers N] [--runs N] [--json F]
//   liaison-bench board [--incidents N] [--remote N] [--runs N] [--json FILE]
//   liaison-bench chat [--messages N] [--channels N] [--others N] [--authors N]
//                      [--receivers N] [--live N] [--interval MS] [--live-timeout MS]
//                      [--receiver-threads 0-2] [--catchup N]
//                      [--opens N]
//                      [--searches N] [--reader view|service] [--runs N] [--json FILE]
//   liaison-bench findtime [--people N] [--days N] [--step MIN] [--bookings N] [--searches N]
//                          [--runs N] [--json FILE]
//   liaison-bench schedule [--events N] [--contacts N] [--attendees N] [--days N] [--runs N]
//                          [--json FILE]
// Every benchmark runs --runs times (default 5; chat 3) and reports each figure's median with its
// spread (min .. max); --json writes the aggregate (each key: the median; key_min, key_max).
#include "BenchUtil.h"

#include <QApplication>
#include <QTextStream>

#include <cstdio>
#include <cstring>

namespace liaison::bench {
int runOplog(const QStringList &args, Report &report);
int runSync(const QStringList &args, Report &report);
int runBoard(const QStringList &args, Report &report);
int runChat(const QStringList &args, Report &report);
int runFindTime(const QStringList &args, Report &report);
int runSchedule(const QStringList &args, Report &report);
} // namespace liaison::bench

int main(int argc, char *argv[])
{
    std::setvbuf(stdout, nullptr, _IOLBF, 0); // progress shows as it happens, also in a pipe
    // The board benchmark paints real widgets, and so does the chat's view-level reader:
    // offscreen unless a platform was chosen.
    const bool board = argc > 1 && std::strcmp(argv[1], "board") == 0;
    const bool chat = argc > 1 && std::strcmp(argv[1], "chat") == 0;
    const bool schedule = argc > 1 && std::strcmp(argv[1], "schedule") == 0; // paints a month
    const bool widgets = board || chat || schedule;
    if (widgets && !qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> app = widgets
        ? std::make_unique<QApplication>(argc, argv)
        : std::make_unique<QCoreApplication>(argc, argv);
    const QStringList args = QCoreApplication::arguments().mid(1);
    if (!args.isEmpty() && args.first() == QLatin1String("oplog"))
        return liaison::bench::repeatRuns(args.mid(1), 5, liaison::bench::runOplog);
    if (!args.isEmpty() && args.first() == QLatin1String("sync"))
        return liaison::bench::repeatRuns(args.mid(1), 5, liaison::bench::runSync);
    if (!args.isEmpty() && args.first() == QLatin1String("findtime"))
        return liaison::bench::repeatRuns(args.mid(1), 5, liaison::bench::runFindTime);
    if (!args.isEmpty() && args.first() == QLatin1String("schedule"))
        return liaison::bench::repeatRuns(args.mid(1), 3, liaison::bench::runSchedule);
    if (board)
        return liaison::bench::repeatRuns(args.mid(1), 5, liaison::bench::runBoard);
    if (chat)
        return liaison::bench::repeatRuns(args.mid(1), 3, liaison::bench::runChat);
    QTextStream(stderr)
        << "usage: liaison-bench oplog [--ops N] [--edits N] [--runs N] "
           "[--json FILE]\n"
           "       liaison-bench sync [--ops N] [--edits N] [--devices N] "
           "[--pushers N] [--push N] [--watchers N] [--runs N] [--json FILE]\n"
           "       liaison-bench board [--incidents N] [--remote N] [--runs N] "
           "[--json FILE]\n"
           "       liaison-bench chat [--messages N] [--channels N] [--others N] "
           "[--authors N] [--receivers N] [--live N] [--interval MS] [--live-timeout MS] "
           "[--receiver-threads 0-2] "
           "[--catchup N] [--opens N] [--searches N] [--reader view|service] "
           "[--runs N] [--json FILE]\n"
           "       liaison-bench findtime [--people N] [--days N] [--step MIN] "
           "[--bookings N] [--searches N] [--runs N] [--json FILE]\n"
           "       liaison-bench schedule [--events N] [--contacts N] "
           "[--attendees N] [--days N] [--runs N] [--json FILE]\n";
    return 2;
}
