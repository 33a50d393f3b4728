// liaison-hub: the headless sync hub. Administration commands work on the hub's folder (they
// may run while `serve` does: revocations reach live sessions within a second).
#include "core/Console.h"
#include "core/FileUtil.h"
#include "core/Logging.h"
#include "core/PlatformSecurity.h"
#include "core/StopSignal.h"
#include "core/Trace.h"
#include "core/Version.h"
#include "server/HubServer.h"
#include "server/HubStore.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QTextStream>
#include <QTimer>

using namespace liaison;

namespace {

QTextStream &out()
{
    return stdOut();
}

QTextStream &err()
{
    return stdErr();
}

const char kUsage[]
    = "Usage: liaison-hub <command> [options]\n"
      "\n"
      "Commands:\n"
      "  init --data DIR                       create the hub store, key file and TLS certificate\n"
      "  centre add --data DIR --code C --name N\n"
      "                                        add a centre (code: 2-16 capitals, digits or\n"
      "                                        dashes, e.g. CCIRC), or rename it\n"
      "  centres --data DIR                    list centres\n"
      "  fingerprint --data DIR                print the TLS certificate's SHA-256 fingerprint\n"
      "  enroll --data DIR --centre C --analyst NAME [--email E] [--role lead] [--valid 24h]\n"
      "         [--json]\n"
      "  enroll --data DIR --device-of ANALYST_ID [--valid 24h] [--json]\n"
      "                                        another device of an enrolled analyst\n"
      "                                        print a one-time enrolment code (--json: code,\n"
      "                                        expires_at, analyst_id, centre,\n"
      "                                        certificate_sha256)\n"
      "  role --data DIR --analyst ANALYST_ID --role lead|analyst\n"
      "                                        make an analyst a team lead of their centre\n"
      "                                        (leads approve visits), or an analyst again\n"
      "  devices --data DIR                    list enrolled devices\n"
      "  revoke --data DIR --device ID         cut a device off\n"
      "  serve --data DIR --listen HOST:PORT [--plain-loopback] [--max-file-mib N]\n"
      "        [--device-quota-mib N]          run the hub (wss://; ws:// on loopback only);\n"
      "                                        files up to N MiB (default 25), each device\n"
      "                                        holding at most N MiB not yet referred to\n"
      "                                        (default 256)\n"
      "\n"
      "  --version, --help\n";

// SIGTERM/SIGINT (Ctrl+C and console close on Windows) only set a flag; the event loop notices
// it between frames, so a frame being handled (and its transaction) always completes before
// the hub exits.
void watchTerminationSignals()
{
    installStopHandlers();
    auto *timer = new QTimer(QCoreApplication::instance());
    QObject::connect(timer, &QTimer::timeout, [] {
        if (stopRequested()) {
            qCInfo(lcSync) << "terminating";
            QCoreApplication::quit();
        }
    });
    timer->start(100);
}

// --name value pairs after the command words.
QString option(const QStringList &args, const QString &name, const QString &fallback = {})
{
    const int i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
}

// "90m", "24h", "7d" -> seconds; -1 when malformed.
qint64 parseDuration(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{1,6})([smhd])$"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return -1;
    const qint64 n = m.captured(1).toLongLong();
    switch (m.captured(2).at(0).toLatin1()) {
    case 's': return n;
    case 'm': return n * 60;
    case 'h': return n * 3600;
    default: return n * 86400;
    }
}

int run(const QStringList &args)
{
    const QString command = args.value(0);
    const QString data = option(args, QStringLiteral("--data"));
    if (data.isEmpty()) {
        err() << "liaison-hub " << command << ": --data DIR is required\n";
        return 2;
    }
    if (command == QLatin1String("init")) {
        auto hub = HubStore::init(data);
        out() << "Hub created in " << data << "\n"
              << "Certificate SHA-256 fingerprint (clients pin it at enrolment):\n  "
              << hub->certificateFingerprint() << "\n";
        return 0;
    }
    auto hub = HubStore::open(data);
    if (command == QLatin1String("centre") && args.value(1) == QLatin1String("add")) {
        hub->directory().addCentre(option(args, QStringLiteral("--code")),
                                   option(args, QStringLiteral("--name")));
        out() << "Centre " << option(args, QStringLiteral("--code")) << " saved\n";
        return 0;
    }
    if (command == QLatin1String("fingerprint")) {
        out() << hub->certificateFingerprint() << "\n";
        return 0;
    }
    if (command == QLatin1String("centres")) {
        for (const auto &[code, name] : hub->directory().centres())
            out() << code << "\t" << name << "\n";
        return 0;
    }
    if (command == QLatin1String("enroll")) {
        const qint64 valid
            = parseDuration(option(args, QStringLiteral("--valid"), QStringLiteral("24h")));
        if (valid < 0) {
            err() << "liaison-hub enroll: --valid takes a duration such as 90m, 24h or 7d\n";
            return 2;
        }
        // --device-of ANALYST_ID: another device of an analyst already enrolled.
        const QString deviceOf = option(args, QStringLiteral("--device-of"));
        const QString centre = deviceOf.isEmpty() ? option(args, QStringLiteral("--centre"))
                                                  : hub->directory().analystCentre(deviceOf);
        const QString role = option(args, QStringLiteral("--role"), QLatin1String(kRoleAnalyst));
        if (role != QLatin1String(kRoleLead) && role != QLatin1String(kRoleAnalyst)) {
            err() << "liaison-hub enroll: --role is lead or analyst\n";
            return 2;
        }
        const auto code = deviceOf.isEmpty()
            ? hub->directory().issueEnrolment(centre, option(args, QStringLiteral("--analyst")),
                                              option(args, QStringLiteral("--email")), valid)
            : hub->directory().issueDeviceEnrolment(deviceOf, valid);
        if (deviceOf.isEmpty() && role == QLatin1String(kRoleLead))
            hub->directory().setAnalystRole(code.analystId, role);
        if (args.contains(QStringLiteral("--json"))) {
            // For scripts that hand the code on: the same facts, one JSON object.
            out() << QJsonDocument(
                         QJsonObject {
                             {"code", code.code},
                             {"expires_at", code.expiresAt.toString(Qt::ISODate)},
                             {"analyst_id", code.analystId},
                             {"analyst_name", option(args, QStringLiteral("--analyst")).trimmed()},
                             {"centre", centre},
                             {"certificate_sha256", hub->certificateFingerprint()}})
                         .toJson(QJsonDocument::Indented);
            return 0;
        }
        out() << "One-time enrolment code: " << code.code << "\n"
              << "Valid until: " << code.expiresAt.toString(Qt::ISODate) << "\n"
              << "Hub certificate SHA-256: " << hub->certificateFingerprint() << "\n";
        return 0;
    }
    if (command == QLatin1String("role")) {
        const QString analyst = option(args, QStringLiteral("--analyst"));
        const QString role = option(args, QStringLiteral("--role"));
        hub->directory().setAnalystRole(analyst, role); // InvalidInput: reported below
        out() << "Analyst " << analyst << " is now "
              << (role == QLatin1String(kRoleLead) ? "a team lead" : "an analyst")
              << "; their clients learn it at their next connection\n";
        return 0;
    }
    if (command == QLatin1String("devices")) {
        for (const auto &d : hub->directory().devices()) {
            out() << d.id << "\t" << d.centre << "\t" << d.analystName << "\t" << d.analystRole
                  << "\t" << d.enrolledAt.toString(Qt::ISODate) << "\t"
                  << (d.revoked ? "revoked" : "active") << "\n";
        }
        return 0;
    }
    if (command == QLatin1String("revoke")) {
        const QString id = option(args, QStringLiteral("--device"));
        if (!hub->directory().revoke(id)) {
            err() << "liaison-hub revoke: no device " << id << "\n";
            return 1;
        }
        out() << "Device " << id << " revoked\n";
        return 0;
    }
    if (command == QLatin1String("serve")) {
        const QString listen
            = option(args, QStringLiteral("--listen"), QStringLiteral("127.0.0.1:8443"));
        const int colon = listen.lastIndexOf(QLatin1Char(':'));
        bool portOk = false;
        const quint16 port = quint16(listen.mid(colon + 1).toUInt(&portOk));
        const QHostAddress address(listen.left(colon));
        if (colon < 0 || !portOk || address.isNull()) {
            err() << "liaison-hub serve: --listen takes ADDRESS:PORT, e.g. 127.0.0.1:8443\n";
            return 2;
        }
        HubBlobs::BlobLimits blobLimits;
        for (const auto &[flag, target] :
             {std::pair {QStringLiteral("--max-file-mib"), &blobLimits.maxBlobBytes},
              std::pair {QStringLiteral("--device-quota-mib"), &blobLimits.deviceQuotaBytes}}) {
            if (!args.contains(flag))
                continue;
            bool ok = false;
            const qint64 mib = option(args, flag).toLongLong(&ok);
            if (!ok || mib < 1 || mib > 4096) {
                err() << "liaison-hub serve: " << flag << " takes a number of MiB, 1-4096\n";
                return 2;
            }
            *target = mib * 1024 * 1024;
        }
        hub->blobs().setBlobLimits(blobLimits);
        HubServer server(*hub);
        QString error;
        if (!server.listen(address, port, args.contains(QStringLiteral("--plain-loopback")),
                           &error)) {
            err() << "liaison-hub serve: " << error << "\n";
            return 1;
        }
        out() << "Listening on " << listen << " (port " << server.port() << ")" << Qt::endl;
        watchTerminationSignals();
        return QCoreApplication::exec(); // stop requested: quit after the frame in hand
    }
    err() << "liaison-hub: unknown command '" << command << "'\n" << kUsage;
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    restrictNewFilesToOwner(); // profiles, hub stores and logs: owner-only (0600)
    disableCrashDumps(); // the store key and the TLS private key are in this process's memory
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("liaison-hub"));
    liaison::trace::installFromEnvironment(); // LIAISON_TRACE=FILE: stage timestamps
    QCoreApplication::setApplicationVersion(QString::fromLatin1(kVersion));
    const QStringList args = app.arguments().mid(1);
    if (args.contains(QStringLiteral("--version"))) {
        out() << "liaison-hub " << kVersion << Qt::endl;
        return 0;
    }
    if (args.isEmpty() || args.contains(QStringLiteral("--help"))) {
        out() << kUsage;
        return args.isEmpty() ? 2 : 0;
    }
    int code = 1;
    try {
        code = run(args);
    } catch (const HubError &e) {
        err() << "liaison-hub: " << e.what() << Qt::endl;
    } catch (const std::exception &e) {
        err() << "liaison-hub: " << e.what() << Qt::endl;
    }
    markStopped(); // the store is closed: a console close on Windows may end the process now
    return code;
}
