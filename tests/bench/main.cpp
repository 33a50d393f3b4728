// liaison-bench: measures Liaison against a physical floor in the same run.
//   liaison-bench oplog [--ops N] [--edits N] [--json FILE]
//   liaison-bench sync [--ops N] [--edits N] [--devices N] [--pushers N] [--push N] [--json F]
#include <QCoreApplication>
#include <QTextStream>

namespace liaison::bench {
int runOplog(const QStringList &args);
int runSync(const QStringList &args);
} // namespace liaison::bench

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (!args.isEmpty() && args.first() == QLatin1String("oplog"))
        return liaison::bench::runOplog(args.mid(1));
    if (!args.isEmpty() && args.first() == QLatin1String("sync"))
        return liaison::bench::runSync(args.mid(1));
    QTextStream(stderr) << "usage: liaison-bench oplog [--ops N] [--edits N] [--json FILE]\n"
                           "       liaison-bench sync [--ops N] [--edits N] [--devices N] "
                           "[--pushers N] [--push N] [--json FILE]\n";
    return 2;
}
