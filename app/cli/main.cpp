// liaison-cli: Liaison for scripts and power users (like keepassxc-cli). Works on a profile
// folder; the passphrase comes from a prompt (echo off) or from LIAISON_PASSPHRASE, which is
// copied into secure memory and wiped from the environment at once.
#include "core/Console.h"
#include "core/FileUtil.h"
#include "core/Trace.h"
#include "core/Version.h"
#include "crypto/SecureBuffer.h"
#include "services/ChatService.h"
#include "services/IncidentService.h"
#include "storage/Profile.h"
#include "sync/Hlc.h"
#include "sync/OpLog.h"
#include "sync/SyncEngine.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMetaEnum>
#include <QStandardPaths>
#include <QTextStream>
#include <QTimer>

#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <iostream>
#include <string>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif
#ifdef Q_OS_WIN
#include <windows.h>
#endif

using namespace liaison;

namespace {

constexpr std::size_t kMinimumPassphrase = 12; // as in the desktop app

QTextStream &out()
{
    return stdOut();
}

QTextStream &err()
{
    return stdErr();
}

const char kUsage[]
    = "Usage: liaison-cli [--profile DIR] <command> [options]\n"
      "\n"
      "Commands:\n"
      "  init                                   create an encrypted profile\n"
      "  enrol --hub URL [--code CODE | --code - | --code-file F] [--fingerprint SHA256]\n"
      "                                         enrol this profile with a hub (wss:// needs\n"
      "                                         the fingerprint printed by liaison-hub enroll);\n"
      "                                         without --code (or with --code -) the code is\n"
      "                                         read from standard input, after the passphrase\n"
      "  incident add --title T [--summary S] [--severity low|medium|high|critical]\n"
      "               [--tlp clear|green|amber|amber+strict|red] [--sector ID] [--shared]\n"
      "  incident list [--json]\n"
      "  incident share --id ID\n"
      "  chat send --channel ID --text T\n"
      "  chat channels\n"
      "  sync --once [--timeout SECONDS]        sync until up to date (exit 1 on error)\n"
      "  sync --watch                           keep syncing until Ctrl+C\n"
      "  state-hash [--shared]                  hash of the state this device holds (or of\n"
      "                                         its shared part): equal on synced replicas\n"
      "\n"
      "The passphrase is asked for, or read from LIAISON_PASSPHRASE.\n"
      "  --version, --help\n";

class UsageError : public std::runtime_error
{
    using std::runtime_error::runtime_error;
};

QString option(const QStringList &args, const QString &name, const QString &fallback = {})
{
    const int i = int(args.indexOf(name));
    return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
}

QString required(const QStringList &args, const QString &name)
{
    const QString value = option(args, name);
    if (value.isEmpty())
        throw UsageError(name.toStdString() + " is required");
    return value;
}

// Reads a line from the terminal without echo into secure memory.
SecureBuffer promptPassphrase(const char *prompt)
{
    std::fputs(prompt, stderr);
    std::fflush(stderr);
#ifdef Q_OS_UNIX
    termios old {};
    const bool tty = isatty(STDIN_FILENO) && tcgetattr(STDIN_FILENO, &old) == 0;
    if (tty) {
        termios quiet = old;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
#elif defined(Q_OS_WIN)
    HANDLE in = GetStdHandle(STD_INPUT_HANDLE);
    DWORD mode = 0;
    const bool tty = GetConsoleMode(in, &mode);
    if (tty)
        SetConsoleMode(in, mode & ~DWORD(ENABLE_ECHO_INPUT));
#endif
    std::string line;
    std::getline(std::cin, line);
#ifdef Q_OS_UNIX
    if (tty)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &old);
#elif defined(Q_OS_WIN)
    if (tty)
        SetConsoleMode(in, mode);
#endif
    std::fputs("\n", stderr);
    SecureBuffer secret = SecureBuffer::fromUtf8(line.data(), line.size());
    secureWipe(line.data(), line.size());
    return secret;
}

// The passphrase from LIAISON_PASSPHRASE (wiped from the environment) or a prompt.
SecureBuffer passphrase(const char *prompt, bool *prompted = nullptr)
{
    if (prompted)
        *prompted = false;
    if (char *env = std::getenv("LIAISON_PASSPHRASE")) {
        const std::size_t size = std::strlen(env);
        SecureBuffer secret = SecureBuffer::fromUtf8(env, size);
        secureWipe(env, size);
        qunsetenv("LIAISON_PASSPHRASE");
        return secret;
    }
    if (prompted)
        *prompted = true;
    return promptPassphrase(prompt);
}

KdfParams kdfForNewProfile()
{
    if (qgetenv("LIAISON_KDF") == "fast-for-tests") {
        err() << "liaison-cli: warning: LIAISON_KDF=fast-for-tests makes the profile easy to "
                 "brute-force; never use it for real data\n";
        err().flush();
        return KdfParams::fastForTests();
    }
    return KdfParams::moderate();
}

// An unlocked profile with its op log and services.
struct Session
{
    std::unique_ptr<Profile> profile;
    std::unique_ptr<OpLog> log;
    std::unique_ptr<IncidentService> incidents;
    std::unique_ptr<ChatService> chat;

    explicit Session(const QString &dir)
    {
        if (!Profile::exists(dir))
            throw ProfileError(ProfileError::Kind::NotAProfile,
                               "no profile in " + dir.toStdString()
                                   + " (create one with: liaison-cli --profile DIR init)");
        profile = Profile::open(dir, passphrase("Passphrase: "));
        log = std::make_unique<OpLog>(profile->db());
        incidents = std::make_unique<IncidentService>(*log);
        chat = std::make_unique<ChatService>(*log);
    }
    void requireEnrolled() const
    {
        if (!log->identity().isEnrolled())
            throw std::runtime_error("this profile is not enrolled with a hub yet "
                                     "(liaison-cli enrol --hub URL --code CODE)");
    }
};

QString profileMessage(const ProfileError &e)
{
    switch (e.kind()) {
    case ProfileError::Kind::WrongPassphrase:
        return QStringLiteral("wrong passphrase (the profile is unchanged)");
    case ProfileError::Kind::NotAProfile: return QString::fromUtf8(e.what());
    case ProfileError::Kind::Corrupt:
        return QStringLiteral("the profile is damaged: ") + QString::fromUtf8(e.what());
    case ProfileError::Kind::SchemaTooNew:
        return QStringLiteral("the profile was written by a newer Liaison");
    case ProfileError::Kind::AlreadyExists:
        return QStringLiteral("a profile already exists in this folder");
    case ProfileError::Kind::Locked:
        return QStringLiteral("another Liaison process has this profile open");
    case ProfileError::Kind::Io: return QString::fromUtf8(e.what());
    }
    return QString::fromUtf8(e.what());
}

int commandInit(const QString &dir)
{
    if (Profile::exists(dir)) {
        err() << "liaison-cli init: a profile already exists in " << dir << "\n";
        return 1;
    }
    bool prompted = false;
    SecureBuffer first = passphrase("New passphrase: ", &prompted);
    if (first.size() < kMinimumPassphrase) {
        err() << "liaison-cli init: use a passphrase of at least " << kMinimumPassphrase
              << " characters\n";
        return 1;
    }
    if (prompted) {
        const SecureBuffer again = promptPassphrase("Repeat it: ");
        if (!first.equals(again)) {
            err() << "liaison-cli init: the two passphrases differ\n";
            return 1;
        }
    }
    auto profile = Profile::create(dir, first, kdfForNewProfile());
    OpLog log(profile->db()); // makes the device key
    out() << "Profile created in " << dir << "\nDevice " << log.identity().deviceId << "\n";
    return 0;
}

// Runs the event loop until done() or the time-out; 1 on time-out.
int runUntil(int timeoutMs, const std::function<bool()> &done)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return 1;
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 50);
    }
    return 0;
}

// The enrolment code: --code CODE, --code-file F, or a line of standard input (--code -, or
// no --code at all), so that it need not appear in the process list or the shell history.
QString enrolmentCode(const QStringList &args)
{
    const QString file = option(args, QStringLiteral("--code-file"));
    if (!file.isEmpty()) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            throw UsageError("cannot read --code-file " + file.toStdString());
        return QString::fromUtf8(f.read(4096)).section(QLatin1Char('\n'), 0, 0).trimmed();
    }
    const QString code = option(args, QStringLiteral("--code"));
    if (!code.isEmpty() && code != QLatin1String("-"))
        return code;
    if (args.contains(QStringLiteral("--code")) && code.isEmpty())
        throw UsageError("--code takes a code, or - to read it from standard input");
#ifdef Q_OS_UNIX
    const bool tty = isatty(STDIN_FILENO);
#else
    const bool tty = true;
#endif
    if (tty) {
        std::fputs("Enrolment code: ", stderr);
        std::fflush(stderr);
    }
    std::string line;
    std::getline(std::cin, line);
    return QString::fromStdString(line).trimmed();
}

int commandEnrol(const QString &dir, const QStringList &args)
{
    const QUrl hub(required(args, QStringLiteral("--hub")));
    // The passphrase first (a prompt or LIAISON_PASSPHRASE), then the code (its own line).
    Session s(dir);
    const QString code = enrolmentCode(args);
    if (code.isEmpty())
        throw UsageError("no enrolment code (--code CODE, --code-file F or a line on stdin)");
    SyncEngine engine(*s.log);
    QString failure;
    bool finished = false;
    QObject::connect(&engine, &SyncEngine::enrolled,
                     [&](const QString &name, const QString &centre) {
                         out() << "Enrolled as " << name << " of " << centre << "\n";
                         finished = true;
                     });
    QObject::connect(&engine, &SyncEngine::enrolmentFailed, [&](const QString &reason) {
        failure = reason;
        finished = true;
    });
    engine.enrol(hub, code, option(args, QStringLiteral("--fingerprint")));
    if (runUntil(30'000, [&] { return finished; }) != 0) {
        err() << "liaison-cli enrol: the hub did not answer in time\n";
        return 1;
    }
    if (!failure.isEmpty()) {
        err() << "liaison-cli enrol: " << failure << "\n";
        return 1;
    }
    return 0;
}

template<typename E, typename Parse>
E parseChoice(const QString &text, Parse parse, E fallback, const char *name)
{
    if (text.isEmpty())
        return fallback;
    E value {};
    if (!parse(text, &value))
        throw UsageError(std::string("unknown ") + name + " " + text.toStdString());
    return value;
}

int commandIncident(const QString &dir, const QStringList &args)
{
    const QString sub = args.value(1);
    Session s(dir);
    if (sub == QLatin1String("add")) {
        s.requireEnrolled();
        IncidentDraft d;
        d.title = required(args, QStringLiteral("--title"));
        d.summary = option(args, QStringLiteral("--summary"));
        d.severity = parseChoice(option(args, QStringLiteral("--severity")), parseSeverity,
                                 Severity::Medium, "severity");
        d.tlp = parseChoice(option(args, QStringLiteral("--tlp")), parseTlp, Tlp::Amber, "TLP");
        d.sector = option(args, QStringLiteral("--sector"));
        const QString id = s.incidents->createIncident(d);
        if (args.contains(QStringLiteral("--shared"))) {
            s.incidents->share(id);
        }
        out() << id << "\n";
        return 0;
    }
    if (sub == QLatin1String("share")) {
        s.requireEnrolled();
        const QString id = required(args, QStringLiteral("--id"));
        s.incidents->share(id);
        return 0;
    }
    if (sub == QLatin1String("list")) {
        const bool json = args.contains(QStringLiteral("--json"));
        QJsonArray list;
        for (const auto &i : s.incidents->incidents()) {
            if (json) {
                list.append(QJsonObject {{"id", i.id},
                                         {"title", i.title},
                                         {"status", i.status},
                                         {"severity", i.severity},
                                         {"tlp", i.tlp},
                                         {"sector", i.sector},
                                         {"owner_centre", i.ownerCentre},
                                         {"scope", i.scope}});
            } else {
                out() << i.id << "\t" << i.status << "\t" << i.severity << "\t" << i.tlp << "\t"
                      << i.scope << "\t" << i.ownerCentre << "\t" << i.title << "\n";
            }
        }
        if (json)
            out() << QJsonDocument(list).toJson(QJsonDocument::Indented);
        return 0;
    }
    throw UsageError("incident takes add, list or share");
}

int commandChat(const QString &dir, const QStringList &args)
{
    const QString sub = args.value(1);
    Session s(dir);
    if (sub == QLatin1String("send")) {
        s.requireEnrolled();
        out() << s.chat->send(required(args, QStringLiteral("--channel")),
                              required(args, QStringLiteral("--text")))
              << "\n";
        return 0;
    }
    if (sub == QLatin1String("channels")) {
        for (const auto &c : s.chat->channels())
            out() << c.id << "\t" << c.scope << "\t" << c.name << "\n";
        return 0;
    }
    throw UsageError("chat takes send or channels");
}

volatile std::sig_atomic_t g_stop = 0;

int commandSync(const QString &dir, const QStringList &args)
{
    Session s(dir);
    s.requireEnrolled();
    SyncEngine engine(*s.log);
    // `busy` (the hub has too many handshakes in progress): a few tries with the backoff
    // (0.5 s, 1 s, 2 s, 4 s, 8 s, each +-50 %), within --timeout.
    engine.setMaxBusyRetries(5);
    if (!engine.useSavedHub()) {
        err() << "liaison-cli sync: this profile has no hub (enrol first)\n";
        return 1;
    }
    if (args.contains(QStringLiteral("--watch"))) {
        std::signal(SIGINT, [](int) { g_stop = 1; });
        std::signal(SIGTERM, [](int) { g_stop = 1; });
        QObject::connect(
            &engine, &SyncEngine::stateChanged, [](SyncEngine::State state, const QString &reason) {
                out() << QDateTime::currentDateTimeUtc().toString(Qt::ISODate) << "\t"
                      << QMetaEnum::fromType<SyncEngine::State>().valueToKey(int(state))
                      << (reason.isEmpty() ? QString() : QStringLiteral("\t") + reason) << Qt::endl;
            });
        QObject::connect(&engine, &SyncEngine::opsReceived, [](int count) {
            out() << QDateTime::currentDateTimeUtc().toString(Qt::ISODate) << "\treceived\t"
                  << count << Qt::endl;
        });
        engine.start();
        while (!g_stop)
            QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents,
                                            100);
        engine.stop();
        return 0;
    }
    if (!args.contains(QStringLiteral("--once")))
        throw UsageError("sync takes --once or --watch");
    bool ok = false;
    const int timeout = option(args, QStringLiteral("--timeout"), QStringLiteral("60")).toInt(&ok);
    if (!ok || timeout <= 0)
        throw UsageError("--timeout takes a number of seconds");
    int received = 0;
    QObject::connect(&engine, &SyncEngine::opsReceived, [&received](int n) { received += n; });
    engine.start();
    const int rc = runUntil(timeout * 1000, [&] {
        return (engine.state() == SyncEngine::State::UpToDate && s.log->outboxSize() == 0)
            || engine.state() == SyncEngine::State::Error;
    });
    const SyncEngine::State state = engine.state();
    const QString reason = engine.errorReason();
    engine.stop();
    if (rc != 0) {
        err() << "liaison-cli sync: not up to date after " << timeout << " s\n";
        return 1;
    }
    if (state == SyncEngine::State::Error) {
        err() << "liaison-cli sync: " << reason << "\n";
        return 1;
    }
    out() << "Up to date (received " << received << ", cursor " << engine.cursor() << ", "
          << s.log->rejectedCount() << " refused)\n";
    return 0;
}

int commandStateHash(const QString &dir, const QStringList &args)
{
    Session s(dir);
    const QByteArray hash
        = args.contains(QStringLiteral("--shared")) ? s.log->sharedStateHash() : s.log->stateHash();
    out() << hash.toHex() << "\n";
    return 0;
}

int run(QStringList args)
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/profile");
    const int p = int(args.indexOf(QStringLiteral("--profile")));
    if (p >= 0) {
        if (p + 1 >= args.size())
            throw UsageError("--profile takes a folder");
        dir = QDir(args.at(p + 1)).absolutePath();
        args.remove(p, 2);
    }
    const QString command = args.value(0);
    if (command == QLatin1String("init"))
        return commandInit(dir);
    if (command == QLatin1String("enrol") || command == QLatin1String("enroll"))
        return commandEnrol(dir, args);
    if (command == QLatin1String("incident"))
        return commandIncident(dir, args);
    if (command == QLatin1String("chat"))
        return commandChat(dir, args);
    if (command == QLatin1String("sync"))
        return commandSync(dir, args);
    if (command == QLatin1String("state-hash"))
        return commandStateHash(dir, args);
    throw UsageError("unknown command '" + command.toStdString() + "'");
}

} // namespace

int main(int argc, char *argv[])
{
    restrictNewFilesToOwner(); // profiles, hub stores and logs: owner-only (0600)
    QCoreApplication app(argc, argv);
    liaison::trace::installFromEnvironment(); // LIAISON_TRACE=FILE: stage timestamps
    // The same folders as the desktop app: its default profile is this one's default.
    QCoreApplication::setOrganizationName(QLatin1String(kOrganisation));
    QCoreApplication::setApplicationName(QLatin1String(kApplication));
    // Output is for scripts: the library's progress lines only with LIAISON_VERBOSE=1.
    if (qEnvironmentVariableIntValue("LIAISON_VERBOSE") == 0)
        QLoggingCategory::setFilterRules(QStringLiteral("liaison.*.info=false"));
    const QStringList args = app.arguments().mid(1);
    if (args.contains(QStringLiteral("--version"))) {
        out() << "liaison-cli " << kVersion << Qt::endl;
        return 0;
    }
    if (args.isEmpty() || args.contains(QStringLiteral("--help"))) {
        out() << kUsage;
        return args.isEmpty() ? 2 : 0;
    }
    try {
        return run(args);
    } catch (const UsageError &e) {
        err() << "liaison-cli: " << e.what() << "\n" << kUsage;
        return 2;
    } catch (const ProfileError &e) {
        err() << "liaison-cli: " << profileMessage(e) << Qt::endl;
        return 1;
    } catch (const ValidationError &e) {
        err() << "liaison-cli: invalid " << e.field() << " (" << e.code() << ")" << Qt::endl;
        return 1;
    } catch (const std::exception &e) {
        err() << "liaison-cli: " << e.what() << Qt::endl;
        return 1;
    }
}
