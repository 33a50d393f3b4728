// liaison-bench: measures Liaison against a physical floor or its targets in the same run.
//   liaison-bench oplog [--ops N] [--edits N] [--runs N] [--json FILE]
//   liaison-bench sync [--ops N] [--edits N] [--devices N] [--pushers N] [--push N]
//                      [--watchers N] [--runs N] [--json F]
//   liaison-bench board [--incidents N] [--remote N] [--runs N] [--json FILE]
// Every benchmark runs --runs times (default 5) and reports each figure's median with its
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
} // namespace liaison::bench

int main(int argc, char *argv[])
{
    std::setvbuf(stdout, nullptr, _IOLBF, 0); // progress shows as it happens, also in a pipe
    // The board benchmark paints real widgets: offscreen unless a platform was chosen.
    const bool board = argc > 1 && std::strcmp(argv[1], "board") == 0;
    if (board && !qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> app = board ? std::make_unique<QApplication>(argc, argv)
                                                  : std::make_unique<QCoreApplication>(argc, argv);
    const QStringList args = QCoreApplication::arguments().mid(1);
    if (!args.isEmpty() && args.first() == QLatin1String("oplog"))
        return liaison::bench::repeatRuns(args.mid(1), 5, liaison::bench::runOplog);
    if (!args.isEmpty() && args.first() == QLatin1String("sync"))
        return liaison::bench::repeatRuns(args.mid(1), 5, liaison::bench::runSync);
    if (board)
        return liaison::bench::repeatRuns(args.mid(1), 5, liaison::bench::runBoard);
    QTextStream(stderr) << "usage: liaison-bench oplog [--ops N] [--edits N] [--runs N] "
                           "[--json FILE]\n"
                           "       liaison-bench sync [--ops N] [--edits N] [--devices N] "
                           "[--pushers N] [--push N] [--watchers N] [--runs N] [--json FILE]\n"
                           "       liaison-bench board [--incidents N] [--remote N] [--runs N] "
                           "[--json FILE]\n";
    return 2;
}
