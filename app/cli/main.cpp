// liaison-cli: Liaison for scripts and power users (like keepassxc-cli). Works on a profile
// folder; the passphrase comes from a prompt (echo off) or from LIAISON_PASSPHRASE, which is
// copied into secure memory and wiped from the environment at once.
#include "cli/ChatCommands.h"
#include "cli/CliCommon.h"
#include "cli/CliSession.h"
#include "cli/HolidayCommands.h"
#include "cli/IncidentCommands.h"
#include "cli/ScheduleCommands.h"
#include "core/Console.h"
#include "core/FileUtil.h"
#include "core/PlatformSecurity.h"
#include "core/StopSignal.h"
#include "core/Trace.h"
#include "core/Version.h"
#include "crypto/SecureBuffer.h"
#include "domain/Holidays.h"
#include "domain/IndicatorValidator.h"
#include "domain/Schema.h"
#include "services/ChatAttachments.h"
#include "services/ChatService.h"
#include "services/ContactExchange.h"
#include "services/IncidentService.h"
#include "services/ScheduleService.h"
#include "storage/BlobStore.h"
#include "storage/Profile.h"
#include "sync/Hlc.h"
#include "sync/OpLog.h"
#include "sync/SyncEngine.h"
#include "workspace/Workspace.h"

#include "ContactsCommands.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QLoggingCategory>
#include <QMetaEnum>
#include <QSet>
#include <QSettings>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <cstdio>
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
using namespace liaison::cli;

namespace {

constexpr std::size_t kMinimumPassphrase = 12; // as in the desktop app

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
      "               [--tlp clear|green|amber|amber+strict|red] [--sector ID] [--id UUID]\n"
      "               [--shared] [--json]\n"
      "                                         prints the new id; --id UUID (lowercase, no\n"
      "                                         braces) makes a retry safe: an incident with\n"
      "                                         that id and title is not made twice; --shared\n"
      "                                         creates and shares it in one step (not for\n"
      "                                         amber+strict or red)\n"
      "  incident list [--json]                 id, reference, status, severity, TLP, scope,\n"
      "                                         owner centre and title, one per line\n"
      "  incident show ID|REFERENCE [--json]    one incident, by id or by its reference\n"
      "                                         (CCIRC-2026-7KQ4MX)\n"
      "  incident share --id ID\n"
      "  incident set ID [--title T] [--summary S] [--status S] [--severity S] [--sector ID]\n"
      "               [--tlp T [--reason R]]      only the given fields; lowering amber+strict\n"
      "                                         needs --reason\n"
      "                                         status: new|triage|investigating|mitigating|\n"
      "                                         resolved|closed\n"
      "  incident delete ID\n"
      "  indicator add --incident ID --type T --value V [--note N] [--tlp T] [--ioc]\n"
      "                [--sighted]               type: ipv4|ipv6|cidr|domain|url|email|md5|sha1|\n"
      "                                         sha256|cve|filename; defanged values are\n"
      "                                         stored live; --tlp as strict as the\n"
      "                                         incident's or stricter (default: the\n"
      "                                         incident's)\n"
      "  indicator list --incident ID [--json]\n"
      "  comment add --incident ID --text T [--shared]\n"
      "                                         internal to this centre unless --shared\n"
      "  channel create --name N (--shared | --centre | --members ID,ID) [--tlp T] [--topic T]\n"
      "  channel create --incident ID          the incident's channel\n"
      "  channel direct --analyst ID\n"
      "  channel list [--json]                  (also: chat channels)\n"
      "  channel members add|remove|list --channel ID [--analyst ID,ID] [--json]\n"
      "  channel archive|unarchive --channel ID\n"
      "  chat send --channel ID [--text T] [--file PATH]... [--reply-to ID]\n"
      "                                         --file: repeatable, each up to the hub's\n"
      "                                         limit (25 MiB unless it says otherwise);\n"
      "                                         sent with the next sync\n"
      "  chat edit --message ID --text T\n"
      "  chat delete --message ID\n"
      "  chat list --channel ID [--limit N] [--json]\n"
      "  chat search --text Q [--channel ID] [--author ID] [--json]\n"
      "                                         (chat list: the last N messages, default 50)\n"
      "  chat read --channel ID                 mark the channel read\n"
      "  chat save --attachment ID --out PATH [--timeout SECONDS]\n"
      "                                         write a file of a message out (fetched from\n"
      "                                         the hub first if need be, default 60 s)\n"
      "  sync --once [--timeout SECONDS] [--json]\n"
      "                                         sync until up to date (default 60 s)\n"
      "  sync --watch                           keep syncing until Ctrl+C\n"
      "  state-hash [--shared]                  hash of the state this device holds (or of\n"
      "                                         its shared part): equal on synced replicas\n"
      "  contacts add --name N [--email E[,E]] [--phone P[;P]] [--tz ZONE] [--lang en,fr]\n"
      "               [--org O] [--centre C] [--role R] [--hours H] [--notes T] [--shared]\n"
      "                                         prints the new id; --tz an IANA zone such\n"
      "                                         as America/Toronto; --hours e.g.\n"
      "                                         \"1-5 09:00-17:00\" (1 = Monday); internal to\n"
      "                                         this centre unless --shared\n"
      "  contacts list [--json]                 the directory, with the hub's analysts\n"
      "  contacts export --vcf FILE             vCard 4.0, readable by its owner only\n"
      "  contacts import --vcf FILE             whole or not at all: an invalid card is\n"
      "                                         named with its line and nothing is imported;\n"
      "                                         a card with a known UID or e-mail address\n"
      "                                         updates that contact\n"
      "  call add --title T --start YYYY-MM-DDTHH:MM --duration MINUTES --tz ZONE\n"
      "           [--attendee ID]... [--optional ID]... [--link URL] [--purpose P]\n"
      "                                         a call at that wall time in ZONE (IANA, e.g.\n"
      "                                         America/Toronto); ID: a contact id, an analyst\n"
      "                                         of the hub's directory or an e-mail address;\n"
      "                                         prints the new id\n"
      "  call confirm|cancel ID [--reason R]\n"
      "  visit add --title T --host CENTRE --from DATE --to DATE [--visitor ID]...\n"
      "            [--location L] [--purpose P] [--tz ZONE]\n"
      "                                         an in-person visit over whole days (both\n"
      "                                         included), in the host's zone unless --tz\n"
      "  visit propose|approve|confirm|complete ID\n"
      "  visit cancel ID --reason R\n"
      "  schedule list [--from DATE --to DATE] [--tz ZONE] [--json]\n"
      "                                         visits and calls overlapping those days (in\n"
      "                                         ZONE, default the system's), else all\n"
      "  schedule export --ics FILE [--id ID] [--method request|cancel]\n"
      "                                         an iCalendar file (owner-only): every visit\n"
      "                                         and call, or one; --method for an invitation\n"
      "  schedule import --ics FILE [--tz ZONE] [--json]\n"
      "                                         takes new events, newer versions of known\n"
      "                                         ones, cancellations and answers (REPLY);\n"
      "                                         what it could not take goes to stderr\n"
      "  holidays --country CA|US [--region XX] --year YYYY [--lang en|fr] [--json]\n"
      "                                         public holidays of a year (1990 to 2100), each\n"
      "                                         with the day it is observed; regions: CA AB BC\n"
      "                                         MB NB NS ON QC SK, US DC ID; needs no profile\n"
      "\n"
      "An option's value may also be given as --name=VALUE (needed for a value that starts\n"
      "with --). The passphrase is asked for, or read from LIAISON_PASSPHRASE.\n"
      "\n"
      "Exit codes:\n"
      "  0  done\n"
      "  1  other failure (no profile in DIR, not enrolled, storage error...)\n"
      "  2  usage: unknown command or option, missing or malformed value\n"
      "  3  wrong passphrase (the profile is unchanged)\n"
      "  4  profile busy: another Liaison process has it open\n"
      "  5  hub unreachable, or sync --once not up to date in time\n"
      "  6  refused by the hub: enrolment code, device, or changes refused for good\n"
      "  7  invalid input: a value breaks a rule (title empty, indicator malformed, TLP\n"
      "     forbids sharing, incident not found...); that change was not made\n"
      "\n"
      "  --version, --help\n";

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
    if (auto secret = takeSecretFromEnvironment("LIAISON_PASSPHRASE"))
        return std::move(*secret);
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

} // namespace

std::unique_ptr<Workspace> liaison::cli::openWorkspace(const QString &dir)
{
    if (!Profile::exists(dir))
        throw ProfileError(ProfileError::Kind::NotAProfile,
                           "no profile in " + dir.toStdString()
                               + " (create one with: liaison-cli --profile DIR init)");
    return std::make_unique<Workspace>(Profile::open(dir, passphrase("Passphrase: ")));
}

namespace {

Exit exitFor(const ProfileError &e)
{
    switch (e.kind()) {
    case ProfileError::Kind::WrongPassphrase: return Exit::WrongPassphrase;
    case ProfileError::Kind::Locked: return Exit::ProfileBusy;
    default: return Exit::Failed;
    }
}

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
        return QStringLiteral("profile busy: another Liaison process has this profile open "
                              "(close it, or wait for it to finish)");
    case ProfileError::Kind::Io: return QString::fromUtf8(e.what());
    }
    return QString::fromUtf8(e.what());
}

// "invalid input: tlp (share-forbidden-red): ..." : the stable field and code for scripts,
// then a sentence for people.
QString validationMessage(const ValidationError &e)
{
    const QString &field = e.field();
    const QString &code = e.code();
    QString why;
    if (code == QLatin1String("share-forbidden-amber-strict"))
        why = QStringLiteral("TLP:AMBER+STRICT never leaves the owner centre, so the incident "
                             "cannot be shared");
    else if (code == QLatin1String("share-forbidden-red"))
        why = QStringLiteral("TLP:RED goes to named people only, never to a whole centre, so the "
                             "incident cannot be shared");
    else if (field == QLatin1String("reason") && code == QLatin1String("required"))
        why = QStringLiteral("lowering TLP:AMBER+STRICT needs a reason (--reason R)");
    else if (code == QLatin1String("not-found"))
        why = QStringLiteral("there is no such %1 in this profile").arg(field);
    else if (code == QLatin1String("required"))
        why = QStringLiteral("the %1 must not be empty").arg(field);
    else if (code == QLatin1String("too-long"))
        why = QStringLiteral("the %1 is too long").arg(field);
    else if (code == QLatin1String("not-owner"))
        why = QStringLiteral("only the incident's owner centre may share it");
    else if (code == QLatin1String("exists"))
        why = QStringLiteral("an incident with this id already exists");
    else if (code == QLatin1String("invalid"))
        why = QStringLiteral("the %1 is not valid").arg(field);
    else
        why = QStringLiteral("the %1 is refused (%2)").arg(field, code);
    return QStringLiteral("invalid input: %1 (%2): %3").arg(field, code, why);
}

Exit commandInit(const QString &dir, const QStringList &args)
{
    const Options opts(args, QStringLiteral("init"), {});
    if (Profile::exists(dir))
        throw Failure(Exit::Failed, QStringLiteral("init: a profile already exists in ") + dir);
    bool prompted = false;
    SecureBuffer first = passphrase("New passphrase: ", &prompted);
    if (first.size() < kMinimumPassphrase)
        throw Failure(Exit::InvalidInput,
                      QStringLiteral("init: use a passphrase of at least %1 characters")
                          .arg(kMinimumPassphrase));
    if (prompted) {
        const SecureBuffer again = promptPassphrase("Repeat it: ");
        if (!first.equals(again))
            throw Failure(Exit::InvalidInput, QStringLiteral("init: the two passphrases differ"));
    }
    auto profile = Profile::create(dir, first, kdfForNewProfile());
    OpLog log(profile->db()); // makes the device key
    out() << "Profile created in " << dir << "\nDevice " << log.identity().deviceId << "\n";
    return Exit::Done;
}

// The enrolment code: --code CODE, --code-file F, or a line of standard input (--code -, or
// no --code at all), so that it need not appear in the process list or the shell history.
QString enrolmentCode(const Options &opts)
{
    const QString file = opts.value(QStringLiteral("--code-file"));
    if (!file.isEmpty()) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            throw UsageError("enrol: cannot read --code-file " + file.toStdString());
        return QString::fromUtf8(f.read(4096)).section(QLatin1Char('\n'), 0, 0).trimmed();
    }
    const QString code = opts.value(QStringLiteral("--code"));
    if (!code.isEmpty() && code != QLatin1String("-"))
        return code;
    if (opts.has(QStringLiteral("--code")) && code.isEmpty())
        throw UsageError("enrol: --code takes a code, or - to read it from standard input");
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

// The code of the last error frame the hub sent (frames are small; pages are not looked at).
void watchHubErrors(SyncEngine &engine, QString &lastError)
{
    QObject::connect(&engine, &SyncEngine::frameReceived, [&lastError](const QString &text) {
        if (text.size() > 4096 || !text.contains(QLatin1String("\"t\":\"error\"")))
            return;
        const QJsonObject frame = QJsonDocument::fromJson(text.toUtf8()).object();
        if (frame.value(QLatin1String("t")).toString() == QLatin1String("error"))
            lastError = frame.value(QLatin1String("code")).toString();
    });
}

Exit commandEnrol(const QString &dir, const QStringList &args)
{
    const Options opts(args, QStringLiteral("enrol"),
                       {QStringLiteral("--hub"), QStringLiteral("--code"),
                        QStringLiteral("--code-file"), QStringLiteral("--fingerprint")});
    const QUrl hub(opts.required(QStringLiteral("--hub")), QUrl::StrictMode);
    const QString fingerprint = opts.value(QStringLiteral("--fingerprint"));
    // What can be checked without the hub, before the passphrase is asked for.
    if (!hub.isValid() || hub.host().isEmpty()
        || (hub.scheme() != QLatin1String("ws") && hub.scheme() != QLatin1String("wss")))
        opts.fail(QStringLiteral("--hub takes wss://HOST:PORT (ws:// only to this computer)"));
    if (hub.scheme() == QLatin1String("ws") && !SyncEngine::isLoopbackHost(hub.host()))
        opts.fail(QStringLiteral("--hub: ws:// is only allowed to this computer; use wss://"));
    if (hub.scheme() == QLatin1String("wss")
        && SyncEngine::normaliseFingerprint(fingerprint).isEmpty())
        opts.fail(QStringLiteral("wss:// needs --fingerprint SHA256: the 32 pairs of hexadecimal "
                                 "digits that liaison-hub enroll printed"));
    if (opts.has(QStringLiteral("--code")) && opts.has(QStringLiteral("--code-file")))
        opts.fail(QStringLiteral("--code and --code-file exclude each other"));
    // The passphrase first (a prompt or LIAISON_PASSPHRASE), then the code (its own line).
    Session s(dir);
    if (s.log->identity().isEnrolled())
        throw Failure(Exit::Failed,
                      QStringLiteral("enrol: this profile is already enrolled "
                                     "with a hub"));
    const QString code = enrolmentCode(opts);
    if (code.isEmpty())
        throw UsageError("enrol: no enrolment code (--code CODE, --code-file F or a line on "
                         "stdin)");
    SyncEngine &engine = s.workspace->sync();
    QString failure;
    QString hubError;
    bool finished = false;
    watchHubErrors(engine, hubError);
    QObject::connect(&engine, &SyncEngine::enrolled,
                     [&](const QString &name, const QString &centre) {
                         out() << "Enrolled as " << name << " of " << centre << "\n";
                         finished = true;
                     });
    QObject::connect(&engine, &SyncEngine::enrolmentFailed, [&](const QString &reason) {
        failure = reason;
        finished = true;
    });
    engine.enrol(hub, code, fingerprint);
    if (!runUntil(30'000, [&] { return finished; }))
        throw Failure(Exit::HubUnavailable,
                      QStringLiteral("enrol: the hub did not answer within 30 s"));
    if (failure.isEmpty())
        return Exit::Done;
    // The hub answered no (the code, or the request); busy or rate-limited: try again later.
    const bool later
        = hubError == QLatin1String("busy") || hubError == QLatin1String("rate-limited");
    throw Failure(!hubError.isEmpty() && !later ? Exit::RefusedByHub : Exit::HubUnavailable,
                  QStringLiteral("enrol: ") + failure);
}

Exit syncWatch(SyncEngine &engine)
{
    installStopHandlers(); // SIGINT/SIGTERM; Ctrl+C and console close on Windows
    QObject::connect(
        &engine, &SyncEngine::stateChanged, [](SyncEngine::State state, const QString &reason) {
            out() << QDateTime::currentDateTimeUtc().toString(Qt::ISODate) << "\t"
                  << QMetaEnum::fromType<SyncEngine::State>().valueToKey(int(state))
                  << (reason.isEmpty() ? QString() : QStringLiteral("\t") + reason) << Qt::endl;
        });
    QObject::connect(&engine, &SyncEngine::opsReceived, [](int count) {
        out() << QDateTime::currentDateTimeUtc().toString(Qt::ISODate) << "\treceived\t" << count
              << Qt::endl;
    });
    engine.start();
    while (!stopRequested())
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 100);
    engine.stop();
    return Exit::Done;
}

Exit commandSync(const QString &dir, const QStringList &args)
{
    const QString once = QStringLiteral("--once");
    const QString watch = QStringLiteral("--watch");
    const QString json = QStringLiteral("--json");
    const QString timeoutOption = QStringLiteral("--timeout");
    const Options opts(args.mid(1), QStringLiteral("sync"), {timeoutOption}, {once, watch, json});
    if (opts.has(once) == opts.has(watch))
        opts.fail(QStringLiteral("give --once or --watch"));
    if (opts.has(watch) && (opts.has(timeoutOption) || opts.has(json)))
        opts.fail(QStringLiteral("--timeout and --json go with --once"));
    const int timeout = timeoutSeconds(opts, timeoutOption);
    Session s(dir);
    s.requireEnrolled();
    SyncEngine &engine = s.workspace->sync();
    // `busy` (the hub has too many handshakes in progress): a few tries with the backoff
    // (0.5 s, 1 s, 2 s, 4 s, 8 s, each +-50 %), within --timeout.
    engine.setMaxBusyRetries(5);
    if (!engine.useSavedHub())
        throw Failure(Exit::Failed, QStringLiteral("sync: this profile has no hub (enrol first)"));
    if (opts.has(watch))
        return syncWatch(engine);

    // What this run did, from the hub's own answers.
    int received = 0;
    int pushed = 0; // ops the hub answered for (acked, refused, or to retry: clock ahead)
    int acked = 0;
    int rejected = 0; // refused for good
    QString rejectedCode;
    QString hubError;
    watchHubErrors(engine, hubError);
    QObject::connect(&engine, &SyncEngine::opsReceived, [&received](int n) { received += n; });
    QObject::connect(&engine, &SyncEngine::opsRejected, [&](int n, const QString &code) {
        rejected += n;
        if (rejectedCode.isEmpty())
            rejectedCode = code;
    });
    QObject::connect(&engine, &SyncEngine::frameReceived, [&](const QString &text) {
        if (!text.contains(QLatin1String("\"t\":\"ack\"")))
            return;
        const QJsonObject frame = QJsonDocument::fromJson(text.toUtf8()).object();
        if (frame.value(QLatin1String("t")).toString() != QLatin1String("ack"))
            return;
        const auto done = frame.value(QLatin1String("acks")).toArray().size();
        acked += int(done);
        pushed += int(done + frame.value(QLatin1String("rejected")).toArray().size());
    });
    // Files to upload (attachments, evidence) are part of being up to date; one the hub
    // refused stays for the next start.
    QSet<QString> refusedFiles;
    QObject::connect(&engine.blobs(), &BlobTransfer::failed,
                     [&](const QString &sha, const QString &, bool upload) {
                         if (upload)
                             refusedFiles.insert(sha);
                     });
    const auto filesSent = [&] {
        for (const QString &sha : BlobStore(s.log->database()).pendingUploads()) {
            if (!refusedFiles.contains(sha))
                return false;
        }
        return true;
    };
    engine.start();
    const bool inTime = runUntil(timeout * 1000, [&] {
        return (engine.state() == SyncEngine::State::UpToDate && s.log->outboxSize() == 0
                && filesSent())
            || engine.state() == SyncEngine::State::Error;
    });
    const SyncEngine::State state = engine.state();
    const QString reason = engine.errorReason();
    engine.stop();
    const bool upToDate = inTime && state == SyncEngine::State::UpToDate;

    Exit code = Exit::Done;
    QString message;
    if (!inTime) {
        code = Exit::HubUnavailable;
        message = QStringLiteral("sync: not up to date after %1 s").arg(timeout)
            + (reason.isEmpty() ? QString() : QStringLiteral(" (") + reason + QLatin1Char(')'));
    } else if (state == SyncEngine::State::Error) {
        const bool refused = hubError == QLatin1String("auth-failed")
            || hubError == QLatin1String("device-revoked");
        code = refused ? Exit::RefusedByHub : Exit::HubUnavailable;
        message = QStringLiteral("sync: ") + reason;
    } else if (rejected > 0) {
        code = Exit::RefusedByHub;
        message = QStringLiteral("sync: the hub refused %1 change(s) for good (first: %2); they "
                                 "stay in this profile's log, and are not sent again")
                      .arg(rejected)
                      .arg(rejectedCode);
    }
    if (opts.has(json)) {
        QJsonObject result {{"pushed", pushed},
                            {"acked", acked},
                            {"rejected", rejected},
                            {"received", received},
                            {"hub_seq", double(engine.cursor())},
                            {"pending", s.log->outboxSize()},
                            {"up_to_date", upToDate}};
        if (!message.isEmpty())
            result.insert(QLatin1String("error"), message);
        printJson(QJsonDocument(result));
    } else if (upToDate) {
        out() << "Up to date (pushed " << pushed << ", received " << received << ", cursor "
              << engine.cursor() << ", " << rejected << " refused)\n";
    }
    if (code != Exit::Done)
        throw Failure(code, message);
    return Exit::Done;
}

Exit commandStateHash(const QString &dir, const QStringList &args)
{
    const Options opts(args.mid(1), QStringLiteral("state-hash"), {}, {QStringLiteral("--shared")});
    Session s(dir);
    const QByteArray hash
        = opts.has(QStringLiteral("--shared")) ? s.log->sharedStateHash() : s.log->stateHash();
    out() << hash.toHex() << "\n";
    return Exit::Done;
}

Exit run(QStringList args)
{
    QString dir = Profile::defaultDir();
    for (int p = 0; p < args.size(); ++p) {
        const QString &token = args.at(p);
        if (token == QLatin1String("--profile")) {
            if (p + 1 >= args.size() || args.at(p + 1).startsWith(QLatin1String("--")))
                throw UsageError("--profile takes a folder");
            dir = QDir(args.at(p + 1)).absolutePath();
            args.remove(p, 2);
            break;
        }
        if (token.startsWith(QLatin1String("--profile="))) {
            dir = QDir(token.mid(10)).absolutePath();
            args.remove(p);
            break;
        }
    }
    const QString command = args.value(0);
    if (command == QLatin1String("holidays"))
        return commandHolidays(args);
    if (command == QLatin1String("init"))
        return commandInit(dir, args.mid(1));
    if (command == QLatin1String("enrol") || command == QLatin1String("enroll"))
        return commandEnrol(dir, args.mid(1));
    if (command == QLatin1String("incident"))
        return commandIncident(dir, args);
    if (command == QLatin1String("indicator"))
        return commandIndicator(dir, args);
    if (command == QLatin1String("comment"))
        return commandComment(dir, args);
    if (command == QLatin1String("channel"))
        return commandChannel(dir, args);
    if (command == QLatin1String("chat"))
        return commandChat(dir, args);
    if (command == QLatin1String("sync"))
        return commandSync(dir, args);
    if (command == QLatin1String("state-hash"))
        return commandStateHash(dir, args);
    if (command == QLatin1String("contacts"))
        return commandContacts(dir, args);
    if (command == QLatin1String("call"))
        return commandCall(dir, args);
    if (command == QLatin1String("visit"))
        return commandVisit(dir, args);
    if (command == QLatin1String("schedule"))
        return commandSchedule(dir, args);
    throw UsageError("unknown command '" + command.toStdString() + "'");
}

int exitWith(Exit code, const QString &message)
{
    err() << "liaison-cli: " << message << Qt::endl;
    return int(code);
}

// No exception leaves main: each kind of failure has its exit code and a sentence.
int runGuarded(const QStringList &args)
{
    try {
        return int(run(args));
    } catch (const Failure &e) {
        return exitWith(e.code(), QString::fromUtf8(e.what()));
    } catch (const UsageError &e) {
        return exitWith(Exit::Usage,
                        QString::fromUtf8(e.what())
                            + QStringLiteral("\n(liaison-cli --help lists the commands)"));
    } catch (const ProfileError &e) {
        return exitWith(exitFor(e), profileMessage(e));
    } catch (const ValidationError &e) {
        return exitWith(Exit::InvalidInput, validationMessage(e));
    } catch (const std::invalid_argument &e) {
        // OpLog::commit's own checks (a change that breaks a rule of the op log).
        return exitWith(Exit::InvalidInput,
                        QStringLiteral("invalid input: ") + QString::fromUtf8(e.what()));
    } catch (const std::exception &e) {
        return exitWith(Exit::Failed, QString::fromUtf8(e.what()));
    } catch (...) {
        return exitWith(Exit::Failed, QStringLiteral("unexpected failure"));
    }
}

} // namespace

int main(int argc, char *argv[])
{
    restrictNewFilesToOwner(); // profiles, hub stores and logs: owner-only (0600)
    disableCrashDumps(); // the passphrase and the profile key are in this process's memory
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
        return int(Exit::Done);
    }
    if (args.isEmpty() || args.contains(QStringLiteral("--help"))) {
        (args.isEmpty() ? err() : out()) << kUsage;
        return int(args.isEmpty() ? Exit::Usage : Exit::Done);
    }
    const int code = runGuarded(args);
    markStopped(); // the profile is closed: a console close on Windows may end the process
    return code;
}
