// liaison-bench: measures Liaison against a physical floor or its targets in the same run.
//   liaison-bench oplog [--ops N] [--edits N] [--json FILE]
//   liaison-bench sync [--ops N] [--edits N] [--devices N] [--pushers N] [--push N] [--json F]
//   liaison-bench board [--incidents N] [--remote N] [--json FILE]
#include <QApplication>
#include <QTextStream>

#include <cstring>

namespace liaison::bench {
int runOplog(const QStringList &args);
int runSync(const QStringList &args);
int runBoard(const QStringList &args);
} // namespace liaison::bench

int main(int argc, char *argv[])
{
    // The board benchmark paints real widgets: offscreen unless a platform was chosen.
    const bool board = argc > 1 && std::strcmp(argv[1], "board") == 0;
    if (board && !qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> app = board ? std::make_unique<QApplication>(argc, argv)
                                                  : std::make_unique<QCoreApplication>(argc, argv);
    const QStringList args = QCoreApplication::arguments().mid(1);
    if (!args.isEmpty() && args.first() == QLatin1String("oplog"))
        return liaison::bench::runOplog(args.mid(1));
    if (!args.isEmpty() && args.first() == QLatin1String("sync"))
        return liaison::bench::runSync(args.mid(1));
    if (board)
        return liaison::bench::runBoard(args.mid(1));
    QTextStream(stderr) << "usage: liaison-bench oplog [--ops N] [--edits N] [--json FILE]\n"
                           "       liaison-bench sync [--ops N] [--edits N] [--devices N] "
                           "[--pushers N] [--push N] [--json FILE]\n"
                           "       liaison-bench board [--incidents N] [--remote N] "
                           "[--json FILE]\n";
    return 2;
}
