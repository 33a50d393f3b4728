// liaison-bench: measures Liaison against a physical floor in the same run.
//   liaison-bench oplog [--ops N] [--edits N] [--json FILE]
#include <QCoreApplication>
#include <QTextStream>

namespace liaison::bench {
int runOplog(const QStringList &args);
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (!args.isEmpty() && args.first() == QLatin1String("oplog"))
        return liaison::bench::runOplog(args.mid(1));
    QTextStream(stderr) << "usage: liaison-bench oplog [--ops N] [--edits N] [--json FILE]\n";
    return 2;
}
