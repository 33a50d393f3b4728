// liaison-hub: the headless sync hub. This build knows its version and usage; the serve,
// init, centre, enroll, devices and revoke commands arrive with the hub issue (#3).
#include "core/Version.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("liaison-hub"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(liaison::kVersion));
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList args = app.arguments().mid(1);
    if (args.contains(QStringLiteral("--version"))) {
        out << "liaison-hub " << liaison::kVersion << Qt::endl;
        return 0;
    }
    const QString usage = QStringLiteral(
        "Usage: liaison-hub <command> [options]\n"
        "\n"
        "Commands (see docs/PROTOCOL.md):\n"
        "  init     --data DIR                 create the hub store, key file and certificate\n"
        "  centre   add --data DIR --code C --name N\n"
        "  enroll   --data DIR --centre C --analyst NAME [--email E] [--valid 24h]\n"
        "  devices  --data DIR                 list enrolled devices\n"
        "  revoke   --data DIR --device ID\n"
        "  serve    --data DIR --listen HOST:PORT [--plain-loopback]\n"
        "\n"
        "Options:\n"
        "  --version                           print the version\n"
        "  --help                              print this help\n");
    if (args.isEmpty() || args.contains(QStringLiteral("--help"))) {
        out << usage;
        return 0;
    }
    err << "liaison-hub " << liaison::kVersion << ": the '" << args.first()
        << "' command is not available in this build yet (hub issue #3)." << Qt::endl;
    return 2;
}
