// liaison-cli: Liaison for scripts and power users (like keepassxc-cli). Works on a profile
// folder; the passphrase comes from a prompt (echo off) or from LIAISON_PASSPHRASE, which is
// copied into secure memory and wiped from the environment at once.
#include "cli/CliCommon.h"
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
#include <QStandardPaths>
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
      "  incident list [--json]\n"
      "  incident share --id ID\n"
      "  incident set ID [--title T] [--summary S] [--status S] [--severity S] [--sector ID]\n"
      "               [--tlp T [--reason R]]      only the given fields; lowering amber+strict\n"
      "                                         needs --reason\n"
      "                                         status: new|triage|investigating|mitigating|\n"
      "                                         resolved|closed\n"
      "  incident delete ID\n"
      "  indicator add --incident ID --type T --value V [--note N]\n"
      "                                         type: ipv4|ipv6|cidr|domain|url|email|md5|sha1|\n"
      "                                         sha256|cve|filename\n"
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

// An unlocked profile: the same workspace the desktop opens, with short names for the parts
// the commands use.
struct Session
{
    std::unique_ptr<Workspace> workspace;
    OpLog *log = nullptr;
    IncidentService *incidents = nullptr;
    ChatService *chat = nullptr;

    explicit Session(const QString &dir)
    {
        workspace = openWorkspace(dir);
        log = &workspace->opLog();
        incidents = &workspace->incidents();
        chat = &workspace->chat();
    }
    void requireEnrolled() const
    {
        if (!log->identity().isEnrolled())
            throw std::runtime_error("this profile is not enrolled with a hub yet "
                                     "(liaison-cli enrol --hub URL --code CODE)");
    }
    // The incident, not deleted; ValidationError("incident", "not-found") otherwise.
    Incident incident(const QString &id) const
    {
        const auto found = incidents->incident(id);
        if (!found || found->deleted)
            throw ValidationError(QStringLiteral("incident"), QStringLiteral("not-found"));
        return *found;
    }
    void requireChannel(const QString &id) const
    {
        const auto list = chat->channels(true);
        if (std::none_of(list.begin(), list.end(), [&](const Channel &c) { return c.id == id; }))
            throw ValidationError(QStringLiteral("channel"), QStringLiteral("not-found"));
    }
};

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

// Runs the event loop until done() or the time-out; false on time-out.
bool runUntil(int timeoutMs, const std::function<bool()> &done)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 50);
    }
    return true;
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

template<typename E, typename Parse>
E parseChoice(const Options &opts, const QString &name, Parse parse, E fallback,
              const QString &choices)
{
    if (!opts.has(name))
        return fallback;
    E value {};
    if (!parse(opts.value(name), &value))
        opts.fail(QStringLiteral("%1 takes %2, not '%3'").arg(name, choices, opts.value(name)));
    return value;
}

const QString kSeverities = QStringLiteral("low|medium|high|critical");
const QString kTlps = QStringLiteral("clear|green|amber|amber+strict|red");

QString printable(const QString &text)
{
    QString t = text;
    return t.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('\n'), QLatin1String("\\n"))
        .replace(QLatin1Char('\t'), QLatin1String("\\t"));
}

Exit incidentAdd(const QString &dir, const QStringList &args)
{
    const QString json = QStringLiteral("--json");
    const QString shared = QStringLiteral("--shared");
    const Options opts(args, QStringLiteral("incident add"),
                       {QStringLiteral("--title"), QStringLiteral("--summary"),
                        QStringLiteral("--severity"), QStringLiteral("--tlp"),
                        QStringLiteral("--sector"), QStringLiteral("--id")},
                       {shared, json});
    IncidentDraft d;
    d.title = opts.required(QStringLiteral("--title"));
    d.summary = opts.value(QStringLiteral("--summary"));
    d.severity = parseChoice(opts, QStringLiteral("--severity"), parseSeverity, Severity::Medium,
                             kSeverities);
    d.tlp = parseChoice(opts, QStringLiteral("--tlp"), parseTlp, Tlp::Amber, kTlps);
    d.sector = opts.value(QStringLiteral("--sector"));
    d.id = opts.value(QStringLiteral("--id"));
    if (opts.has(QStringLiteral("--id")) && !IncidentService::isIncidentId(d.id))
        opts.fail(QStringLiteral("--id takes a UUID in lowercase without braces, e.g. "
                                 "0b8a2c9e-4f6d-4e1a-9c3b-7d5e6f708192"));
    const bool share = opts.has(shared);
    Session s(dir);
    s.requireEnrolled();
    QString id;
    bool created = true;
    bool isShared = share;
    if (!d.id.isEmpty()) {
        if (const auto existing = s.incidents->incident(d.id)) {
            // A retry of a run that got this far: the same incident, nothing new.
            const bool same = !existing->deleted && existing->title == d.title.simplified();
            const bool existingShared = existing->scope == QLatin1String(kScopeShared);
            if (!same)
                throw Failure(Exit::InvalidInput,
                              QStringLiteral("invalid input: id (exists): incident %1 already "
                                             "exists with another title, or was deleted")
                                  .arg(d.id));
            if (share && !existingShared)
                throw Failure(Exit::InvalidInput,
                              QStringLiteral("invalid input: id (exists): incident %1 already "
                                             "exists and is not shared (incident share --id %1)")
                                  .arg(d.id));
            id = d.id;
            created = false;
            isShared = existingShared;
        }
    }
    if (created)
        id = share ? s.incidents->createSharedIncident(d) : s.incidents->createIncident(d);
    if (opts.has(json))
        printJson(
            QJsonDocument(QJsonObject {{"id", id}, {"shared", isShared}, {"created", created}}));
    else
        out() << id << "\n";
    return Exit::Done;
}

Exit incidentSet(const QString &dir, const QStringList &args)
{
    const QString title = QStringLiteral("--title");
    const QString summary = QStringLiteral("--summary");
    const QString status = QStringLiteral("--status");
    const QString severity = QStringLiteral("--severity");
    const QString sector = QStringLiteral("--sector");
    const QString tlp = QStringLiteral("--tlp");
    const QString reason = QStringLiteral("--reason");
    const Options opts(args, QStringLiteral("incident set"),
                       {title, summary, status, severity, sector, tlp, reason}, {}, 1);
    if (opts.has(reason) && !opts.has(tlp))
        opts.fail(QStringLiteral("--reason goes with --tlp"));
    if (!opts.has(title) && !opts.has(summary) && !opts.has(status) && !opts.has(severity)
        && !opts.has(sector) && !opts.has(tlp))
        opts.fail(QStringLiteral("give at least one of --title, --summary, --status, --severity, "
                                 "--sector, --tlp"));
    // Every value is checked before anything is changed.
    const auto newStatus = parseChoice(opts, status, parseStatus, IncidentStatus::New,
                                       statusKeys().join(QLatin1Char('|')));
    const auto newSeverity
        = parseChoice(opts, severity, parseSeverity, Severity::Medium, kSeverities);
    const auto newTlp = parseChoice(opts, tlp, parseTlp, Tlp::Amber, kTlps);
    Session s(dir);
    s.requireEnrolled();
    const QString id = opts.positional(0);
    const Incident current = s.incident(id);
    if (opts.has(title) && opts.value(title).simplified().isEmpty())
        throw ValidationError(QStringLiteral("title"), QStringLiteral("required"));
    // Lowering AMBER+STRICT without a reason is refused before any field changes.
    Tlp from = Tlp::Amber;
    if (opts.has(tlp) && parseTlp(current.tlp, &from) && from == Tlp::AmberStrict
        && newTlp < Tlp::AmberStrict && opts.value(reason).trimmed().isEmpty())
        throw ValidationError(QStringLiteral("reason"), QStringLiteral("required"));
    // One transaction, only the values that differ (a rerun changes nothing); a refused value
    // changes nothing at all.
    IncidentEdit edit;
    if (opts.has(title))
        edit.title = opts.value(title);
    if (opts.has(summary))
        edit.summary = opts.value(summary);
    if (opts.has(status))
        edit.status = newStatus;
    if (opts.has(severity))
        edit.severity = newSeverity;
    if (opts.has(sector))
        edit.sector = opts.value(sector);
    if (opts.has(tlp)) {
        edit.tlp = newTlp;
        edit.tlpReason = opts.value(reason);
    }
    s.incidents->edit(id, edit);
    return Exit::Done;
}

Exit commandIncident(const QString &dir, const QStringList &args)
{
    const QString sub = args.value(1);
    const QStringList rest = args.mid(2);
    if (sub == QLatin1String("add"))
        return incidentAdd(dir, rest);
    if (sub == QLatin1String("set"))
        return incidentSet(dir, rest);
    if (sub == QLatin1String("share")) {
        const Options opts(rest, QStringLiteral("incident share"), {QStringLiteral("--id")});
        const QString id = opts.required(QStringLiteral("--id"));
        Session s(dir);
        s.requireEnrolled();
        s.incidents->share(id);
        return Exit::Done;
    }
    if (sub == QLatin1String("delete")) {
        const Options opts(rest, QStringLiteral("incident delete"), {}, {}, 1);
        Session s(dir);
        s.requireEnrolled();
        s.incidents->remove(opts.positional(0));
        return Exit::Done;
    }
    if (sub == QLatin1String("list")) {
        const Options opts(rest, QStringLiteral("incident list"), {}, {QStringLiteral("--json")});
        const bool json = opts.has(QStringLiteral("--json"));
        Session s(dir);
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
                      << i.scope << "\t" << i.ownerCentre << "\t" << printable(i.title) << "\n";
            }
        }
        if (json)
            printJson(QJsonDocument(list));
        return Exit::Done;
    }
    throw UsageError("incident takes add, list, share, set or delete");
}

Exit commandIndicator(const QString &dir, const QStringList &args)
{
    const QString sub = args.value(1);
    const QStringList rest = args.mid(2);
    if (sub == QLatin1String("add")) {
        const Options opts(rest, QStringLiteral("indicator add"),
                           {QStringLiteral("--incident"), QStringLiteral("--type"),
                            QStringLiteral("--value"), QStringLiteral("--note")});
        const QString incident = opts.required(QStringLiteral("--incident"));
        const QString value = opts.required(QStringLiteral("--value"));
        IndicatorType type {};
        if (!parseIndicatorType(opts.required(QStringLiteral("--type")), &type))
            opts.fail(QStringLiteral("--type takes %1, not '%2'")
                          .arg(indicatorTypeKeys().join(QLatin1Char('|')),
                               opts.value(QStringLiteral("--type"))));
        Session s(dir);
        s.requireEnrolled();
        s.incident(incident);
        out() << s.incidents->addIndicator(incident, type, value,
                                           opts.value(QStringLiteral("--note")))
              << "\n";
        return Exit::Done;
    }
    if (sub == QLatin1String("list")) {
        const Options opts(rest, QStringLiteral("indicator list"), {QStringLiteral("--incident")},
                           {QStringLiteral("--json")});
        const QString incident = opts.required(QStringLiteral("--incident"));
        Session s(dir);
        s.incident(incident);
        QJsonArray list;
        for (const auto &i : s.incidents->indicators(incident)) {
            if (opts.has(QStringLiteral("--json")))
                list.append(QJsonObject {{"id", i.id},
                                         {"incident_id", i.incidentId},
                                         {"type", i.type},
                                         {"value", i.value},
                                         {"note", i.note}});
            else
                out() << i.id << "\t" << i.type << "\t" << printable(i.value) << "\t"
                      << printable(i.note) << "\n";
        }
        if (opts.has(QStringLiteral("--json")))
            printJson(QJsonDocument(list));
        return Exit::Done;
    }
    throw UsageError("indicator takes add or list");
}

Exit commandComment(const QString &dir, const QStringList &args)
{
    if (args.value(1) != QLatin1String("add"))
        throw UsageError("comment takes add");
    const Options opts(args.mid(2), QStringLiteral("comment add"),
                       {QStringLiteral("--incident"), QStringLiteral("--text")},
                       {QStringLiteral("--shared")});
    const QString incident = opts.required(QStringLiteral("--incident"));
    const QString text = opts.required(QStringLiteral("--text"));
    Session s(dir);
    s.requireEnrolled();
    s.incident(incident);
    out() << s.incidents->addComment(incident, text,
                                     opts.has(QStringLiteral("--shared"))
                                         ? CommentVisibility::Shared
                                         : CommentVisibility::Internal)
          << "\n";
    return Exit::Done;
}

void printChannels(Session &s, bool json)
{
    QJsonArray list;
    for (const auto &c : s.chat->channels(true)) {
        if (json) {
            QJsonArray members;
            for (const auto &m : s.chat->members(c.id))
                members.append(m.analystId);
            const UnreadCounts unread = s.chat->unread(c);
            list.append(QJsonObject {{"id", c.id},
                                     {"name", s.chat->displayName(c)},
                                     {"kind", c.kind},
                                     {"incident_id", c.incidentId},
                                     {"owner_centre", c.ownerCentre},
                                     {"scope", c.scope},
                                     {"tlp", c.tlp},
                                     {"topic", c.topic},
                                     {"archived", c.archived},
                                     {"members", members},
                                     {"unread", unread.messages},
                                     {"mentions", unread.mentions}});
        } else {
            out() << c.id << "\t" << c.kind << "\t" << c.scope << "\t" << c.tlp << "\t"
                  << printable(s.chat->displayName(c)) << "\n";
        }
    }
    if (json)
        printJson(QJsonDocument(list));
}

QString attachmentState(const ChatAttachment &a)
{
    if (a.uploadPending)
        return QStringLiteral("to-upload");
    return a.local ? QStringLiteral("here") : QStringLiteral("at-hub");
}

QJsonArray attachmentsJson(Session &s, const QString &messageId)
{
    QJsonArray list;
    for (const ChatAttachment &a : s.workspace->attachments().attachments(messageId))
        list.append(QJsonObject {{"id", a.id},
                                 {"name", a.name},
                                 {"media_type", a.mediaType},
                                 {"size", double(a.size)},
                                 {"sha256", a.sha256},
                                 {"state", attachmentState(a)}});
    return list;
}

QJsonObject messageJson(Session &s, const ChatMessage &m)
{
    QJsonArray mentions;
    for (const QString &a : m.mentions)
        mentions.append(a);
    return QJsonObject {
        {"id", m.id},
        {"channel_id", m.channelId},
        {"author", m.author},
        {"author_name", s.log->analystName(m.author)},
        {"author_centre", m.authorCentre},
        {"sent_at", QDateTime::fromMSecsSinceEpoch(m.sentAt, Qt::UTC).toString(Qt::ISODateWithMs)},
        {"sent_tz", m.sentTz},
        {"edited", m.editedAt != 0},
        {"deleted", m.deleted},
        {"pending", m.pending},
        {"reply_to", m.replyTo.isEmpty() ? QJsonValue() : QJsonValue(m.replyTo)},
        {"mentions", mentions},
        {"body", m.body},
        {"attachments", attachmentsJson(s, m.id)}};
}

void printMessages(Session &s, const QList<ChatMessage> &messages, bool json)
{
    QJsonArray list;
    for (const auto &m : messages) {
        if (json) {
            list.append(messageJson(s, m));
            continue;
        }
        const QString when
            = QDateTime::fromMSecsSinceEpoch(m.sentAt, Qt::UTC).toString(Qt::ISODateWithMs);
        out() << m.id << "\t" << when << "\t" << s.log->analystName(m.author) << "\t"
              << (m.deleted ? QStringLiteral("(deleted)") : printable(m.body)) << "\n";
        // Each file on a line of its own under its message.
        for (const ChatAttachment &a : s.workspace->attachments().attachments(m.id))
            out() << "\tfile\t" << a.id << "\t" << printable(a.name) << "\t" << a.size << "\t"
                  << a.sha256 << "\t" << attachmentState(a) << "\n";
    }
    if (json)
        printJson(QJsonDocument(list));
}

QStringList idList(const QString &text)
{
    QStringList out;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        out << part.trimmed();
    return out;
}

Exit commandChannel(const QString &dir, const QStringList &args)
{
    const QString sub = args.value(1);
    const QStringList rest = args.mid(2);
    if (sub == QLatin1String("create")) {
        const QString incidentOption = QStringLiteral("--incident");
        const QString membersOption = QStringLiteral("--members");
        const Options opts(rest, QStringLiteral("channel create"),
                           {QStringLiteral("--name"), QStringLiteral("--tlp"),
                            QStringLiteral("--topic"), membersOption, incidentOption},
                           {QStringLiteral("--shared"), QStringLiteral("--centre")});
        Session s(dir);
        s.requireEnrolled();
        if (opts.has(incidentOption)) {
            // The incident's channel: its name, scope, members and marking follow the incident.
            if (opts.has(QStringLiteral("--name")) || opts.has(QStringLiteral("--shared"))
                || opts.has(QStringLiteral("--centre")) || opts.has(membersOption))
                opts.fail(QStringLiteral("an incident's channel follows the incident: "
                                         "--incident takes no --name, --shared, --centre or "
                                         "--members"));
            s.incident(opts.value(incidentOption));
            const QString id = s.chat->incidentChannel(opts.value(incidentOption));
            if (id.isEmpty())
                opts.fail(QStringLiteral("only the incident's owner centre can open its channel "
                                         "before the incident is shared"));
            out() << id << "\n";
            return Exit::Done;
        }
        const int chosen = int(opts.has(QStringLiteral("--shared")))
            + int(opts.has(QStringLiteral("--centre"))) + int(opts.has(membersOption));
        if (chosen != 1)
            opts.fail(QStringLiteral("say who sees the channel: one of --shared, --centre or "
                                     "--members ID,ID"));
        const QString visibility = opts.has(QStringLiteral("--shared")) ? QStringLiteral("shared")
            : opts.has(QStringLiteral("--centre"))                      ? QStringLiteral("centre")
                                                                        : QStringLiteral("members");
        out() << s.chat->createGroup(opts.required(QStringLiteral("--name")), visibility,
                                     opts.value(QStringLiteral("--tlp"), QStringLiteral("green")),
                                     idList(opts.value(membersOption)),
                                     opts.value(QStringLiteral("--topic")))
              << "\n";
        return Exit::Done;
    }
    if (sub == QLatin1String("direct")) {
        const Options opts(rest, QStringLiteral("channel direct"), {QStringLiteral("--analyst")});
        Session s(dir);
        s.requireEnrolled();
        out() << s.chat->directChannel(opts.required(QStringLiteral("--analyst"))) << "\n";
        return Exit::Done;
    }
    if (sub == QLatin1String("list")) {
        const Options opts(rest, QStringLiteral("channel list"), {}, {QStringLiteral("--json")});
        Session s(dir);
        printChannels(s, opts.has(QStringLiteral("--json")));
        return Exit::Done;
    }
    if (sub == QLatin1String("members")) {
        const QString action = rest.value(0);
        const Options opts(rest.mid(1), QStringLiteral("channel members"),
                           {QStringLiteral("--channel"), QStringLiteral("--analyst")},
                           {QStringLiteral("--json")});
        const QString channel = opts.required(QStringLiteral("--channel"));
        Session s(dir);
        s.requireChannel(channel);
        if (action == QLatin1String("add") || action == QLatin1String("remove")) {
            s.requireEnrolled();
            for (const QString &analyst : idList(opts.required(QStringLiteral("--analyst")))) {
                if (action == QLatin1String("add"))
                    s.chat->addMember(channel, analyst);
                else
                    s.chat->removeMember(channel, analyst);
            }
            return Exit::Done;
        }
        if (action == QLatin1String("list")) {
            QJsonArray list;
            for (const auto &m : s.chat->members(channel)) {
                if (opts.has(QStringLiteral("--json")))
                    list.append(QJsonObject {
                        {"analyst_id", m.analystId}, {"name", m.name}, {"centre", m.centre}});
                else
                    out() << m.analystId << "\t" << m.centre << "\t" << printable(m.name) << "\n";
            }
            if (opts.has(QStringLiteral("--json")))
                printJson(QJsonDocument(list));
            return Exit::Done;
        }
        throw UsageError("channel members takes add, remove or list");
    }
    if (sub == QLatin1String("archive") || sub == QLatin1String("unarchive")) {
        const Options opts(rest, QStringLiteral("channel archive"), {QStringLiteral("--channel")});
        const QString channel = opts.required(QStringLiteral("--channel"));
        Session s(dir);
        s.requireEnrolled();
        s.requireChannel(channel);
        s.chat->setArchived(channel, sub == QLatin1String("archive"));
        return Exit::Done;
    }
    throw UsageError("channel takes create, direct, list, members or archive");
}

// --timeout SECONDS: 1 to 86400, 60 when not given.
int timeoutSeconds(const Options &opts, const QString &option)
{
    bool ok = true;
    const int timeout = opts.value(option, QStringLiteral("60")).toInt(&ok);
    if (!ok || timeout <= 0 || timeout > 86'400)
        opts.fail(QStringLiteral("--timeout takes a number of seconds (1 to 86400), not '%1'")
                      .arg(opts.value(option)));
    return timeout;
}

// Writes a file of a message out; fetches it from the hub first when it is not here.
Exit chatSave(const QString &dir, const QStringList &rest)
{
    const QString timeoutOption = QStringLiteral("--timeout");
    const Options opts(rest, QStringLiteral("chat save"),
                       {QStringLiteral("--attachment"), QStringLiteral("--out"), timeoutOption});
    const QString id = opts.required(QStringLiteral("--attachment"));
    const QString path = opts.required(QStringLiteral("--out"));
    const int timeout = timeoutSeconds(opts, timeoutOption);
    Session s(dir);
    ChatAttachments &files = s.workspace->attachments();
    const auto file = files.attachment(id);
    if (!file)
        throw ValidationError(QStringLiteral("attachment"), QStringLiteral("not-found"));
    if (!file->local) {
        s.requireEnrolled();
        SyncEngine &engine = s.workspace->sync();
        if (!engine.useSavedHub())
            throw Failure(Exit::Failed,
                          QStringLiteral("chat save: this profile has no hub (enrol first)"));
        QString refused;
        QObject::connect(&engine.blobs(), &BlobTransfer::failed,
                         [&](const QString &sha, const QString &code, bool upload) {
                             if (!upload && sha == file->sha256)
                                 refused = code;
                         });
        engine.start();
        files.download(id);
        const bool inTime = runUntil(timeout * 1000, [&] {
            return !refused.isEmpty() || files.attachment(id).value_or(ChatAttachment()).local;
        });
        engine.stop();
        if (!refused.isEmpty())
            throw Failure(
                Exit::RefusedByHub,
                QStringLiteral("chat save: the hub did not give the file (%1)").arg(refused));
        if (!inTime)
            throw Failure(
                Exit::HubUnavailable,
                QStringLiteral("chat save: the file did not arrive in %1 s").arg(timeout));
    }
    files.exportTo(id, path, false);
    out() << path << "\n";
    return Exit::Done;
}

Exit commandChat(const QString &dir, const QStringList &args)
{
    const QString sub = args.value(1);
    const QStringList rest = args.mid(2);
    if (sub == QLatin1String("send")) {
        QStringList tokens = rest;
        const QStringList files = takeRepeated(tokens, QStringLiteral("--file"));
        const Options opts(
            tokens, QStringLiteral("chat send"),
            {QStringLiteral("--channel"), QStringLiteral("--text"), QStringLiteral("--reply-to")});
        const QString channel = opts.required(QStringLiteral("--channel"));
        const QString text = files.isEmpty() ? opts.required(QStringLiteral("--text"))
                                             : opts.value(QStringLiteral("--text"));
        Session s(dir);
        s.requireEnrolled();
        QList<OutgoingFile> outgoing;
        for (const QString &path : files)
            outgoing.append({path, {}, {}});
        out() << s.workspace->attachments().send(channel, text, outgoing,
                                                 opts.value(QStringLiteral("--reply-to")))
              << "\n";
        return Exit::Done;
    }
    if (sub == QLatin1String("save"))
        return chatSave(dir, rest);
    if (sub == QLatin1String("edit") || sub == QLatin1String("delete")) {
        const bool editing = sub == QLatin1String("edit");
        const Options opts(rest, QStringLiteral("chat ") + sub,
                           editing
                               ? QStringList {QStringLiteral("--message"), QStringLiteral("--text")}
                               : QStringList {QStringLiteral("--message")});
        const QString message = opts.required(QStringLiteral("--message"));
        const QString text = editing ? opts.required(QStringLiteral("--text")) : QString();
        Session s(dir);
        s.requireEnrolled();
        if (editing)
            s.chat->edit(message, text);
        else
            s.chat->remove(message);
        return Exit::Done;
    }
    if (sub == QLatin1String("list")) {
        const QString limitOption = QStringLiteral("--limit");
        const Options opts(rest, QStringLiteral("chat list"),
                           {QStringLiteral("--channel"), limitOption}, {QStringLiteral("--json")});
        const QString channel = opts.required(QStringLiteral("--channel"));
        bool ok = true;
        const int limit = opts.value(limitOption, QStringLiteral("50")).toInt(&ok);
        if (!ok || limit < 1 || limit > 10'000)
            opts.fail(QStringLiteral("--limit takes a number from 1 to 10000, not '%1'")
                          .arg(opts.value(limitOption)));
        Session s(dir);
        s.requireChannel(channel);
        printMessages(s, s.chat->messages(channel, limit), opts.has(QStringLiteral("--json")));
        return Exit::Done;
    }
    if (sub == QLatin1String("search")) {
        const Options opts(
            rest, QStringLiteral("chat search"),
            {QStringLiteral("--text"), QStringLiteral("--channel"), QStringLiteral("--author")},
            {QStringLiteral("--json")});
        ChatSearch query;
        query.text = opts.required(QStringLiteral("--text"));
        query.channelId = opts.value(QStringLiteral("--channel"));
        query.authorId = opts.value(QStringLiteral("--author"));
        Session s(dir);
        printMessages(s, s.chat->search(query), opts.has(QStringLiteral("--json")));
        return Exit::Done;
    }
    if (sub == QLatin1String("read")) {
        const Options opts(rest, QStringLiteral("chat read"), {QStringLiteral("--channel")});
        const QString channel = opts.required(QStringLiteral("--channel"));
        Session s(dir);
        s.requireEnrolled();
        s.requireChannel(channel);
        s.chat->markAllRead(channel);
        return Exit::Done;
    }
    if (sub == QLatin1String("channels")) {
        const Options opts(rest, QStringLiteral("chat channels"), {}, {QStringLiteral("--json")});
        Session s(dir);
        printChannels(s, opts.has(QStringLiteral("--json")));
        return Exit::Done;
    }
    throw UsageError("chat takes send, edit, delete, list, search, read, save or channels");
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

// "en" or "fr": --lang, else the desktop's saved choice (Settings), else the system's language.
bool frenchOutput(const Options &opts)
{
    const QString lang = opts.value(QStringLiteral("--lang"));
    if (opts.has(QStringLiteral("--lang"))) {
        if (lang != QLatin1String("en") && lang != QLatin1String("fr"))
            opts.fail(QStringLiteral("--lang takes en or fr, not '%1'").arg(lang));
        return lang == QLatin1String("fr");
    }
    const QString saved = QSettings().value(QStringLiteral("ui/language")).toString();
    if (saved == QLatin1String("en") || saved == QLatin1String("fr"))
        return saved == QLatin1String("fr");
    return QLocale::system().language() == QLocale::French;
}

// One JSON string, escaped as QJsonDocument does.
QByteArray jsonString(const QString &text)
{
    const QByteArray array = QJsonDocument(QJsonArray {text}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

Exit commandHolidays(const QStringList &args)
{
    const QString json = QStringLiteral("--json");
    const QString regionOption = QStringLiteral("--region");
    const Options opts(args.mid(1), QStringLiteral("holidays"),
                       {QStringLiteral("--country"), regionOption, QStringLiteral("--year"),
                        QStringLiteral("--lang")},
                       {json});
    Country country {};
    const QString code = opts.required(QStringLiteral("--country"));
    if (!parseCountry(code, &country))
        opts.fail(QStringLiteral("--country takes CA or US, not '%1'").arg(code));
    bool isNumber = false;
    const QString yearText = opts.required(QStringLiteral("--year"));
    const int year = yearText.toInt(&isNumber);
    if (!isNumber)
        opts.fail(QStringLiteral("--year takes a year such as 2025, not '%1'").arg(yearText));
    const QString region = opts.value(regionOption).trimmed().toUpper();
    if (opts.has(regionOption) && !holidayRegions(country).contains(region))
        opts.fail(
            QStringLiteral("--region '%1': ").arg(opts.value(regionOption))
            + holidayRefusal(ValidationError(QStringLiteral("region"), QStringLiteral("unknown")),
                             country));
    const bool french = frenchOutput(opts);
    QList<Holiday> list;
    try {
        list = holidays(country, region, year);
    } catch (const ValidationError &e) {
        throw Failure(Exit::InvalidInput,
                      QStringLiteral("invalid input: %1 (%2): %3")
                          .arg(e.field(), e.code(), holidayRefusal(e, country)));
    }
    if (opts.has(json)) {
        // Members in the documented order (QJsonObject would sort them).
        QByteArray text = "[";
        for (const Holiday &h : list) {
            if (text.size() > 1)
                text += ",\n ";
            text += "{\"date\":" + jsonString(h.date.toString(Qt::ISODate))
                + ",\"observed\":" + jsonString(h.observed.toString(Qt::ISODate))
                + ",\"name_en\":" + jsonString(h.nameEn) + ",\"name_fr\":" + jsonString(h.nameFr)
                + ",\"key\":" + jsonString(h.key) + ",\"region\":" + jsonString(h.region) + "}";
        }
        text += "]\n";
        out() << QString::fromUtf8(text);
        out().flush();
        return Exit::Done;
    }
    // A table in the interface language; the holidays' names are data in both languages, so
    // the three column titles are given here in both too (liaison-cli loads no translation).
    const QLocale locale(french ? QLocale::French : QLocale::English, QLocale::Canada);
    const auto day = [&](const QDate &d) {
        return locale.dayName(d.dayOfWeek(), QLocale::ShortFormat) + QLatin1Char(' ')
            + d.toString(Qt::ISODate);
    };
    qsizetype width = 0;
    for (const Holiday &h : list)
        width = std::max({width, day(h.observed).size(), day(h.date).size()});
    const QString observedTitle
        = french ? QStringLiteral("Jour observé") : QStringLiteral("Observed");
    width = std::max(width, observedTitle.size());
    out() << observedTitle.leftJustified(width + 2)
          << QStringLiteral("Date").leftJustified(width + 2)
          << (french ? QStringLiteral("Jour férié") : QStringLiteral("Holiday")) << "\n";
    for (const Holiday &h : list) {
        out() << day(h.observed).leftJustified(width + 2) << day(h.date).leftJustified(width + 2)
              << (french ? h.nameFr : h.nameEn);
        if (!h.region.isEmpty())
            out() << " [" << h.region << "]";
        out() << "\n";
    }
    return Exit::Done;
}

Exit commandContacts(const QString &dir, const QStringList &args)
{
    const QString sub = args.value(1);
    const QStringList rest = args.mid(2);
    const QString vcf = QStringLiteral("--vcf");
    if (sub == QLatin1String("add")) {
        const Options opts(rest, QStringLiteral("contacts add"),
                           {QStringLiteral("--name"), QStringLiteral("--email"),
                            QStringLiteral("--phone"), QStringLiteral("--tz"),
                            QStringLiteral("--lang"), QStringLiteral("--org"),
                            QStringLiteral("--centre"), QStringLiteral("--role"),
                            QStringLiteral("--hours"), QStringLiteral("--notes")},
                           {QStringLiteral("--shared")});
        Contact c;
        c.name = opts.required(QStringLiteral("--name"));
        c.emails = cli::splitList(opts.value(QStringLiteral("--email")), QLatin1Char(','));
        c.phones = cli::splitList(opts.value(QStringLiteral("--phone")), QLatin1Char(';'));
        c.languages = cli::splitList(opts.value(QStringLiteral("--lang")), QLatin1Char(','));
        for (const QString &l : std::as_const(c.languages)) {
            if (l != QLatin1String("en") && l != QLatin1String("fr"))
                opts.fail(QStringLiteral("--lang takes en, fr or en,fr, not '%1'").arg(l));
        }
        c.timezone = opts.value(QStringLiteral("--tz"));
        c.organisation = opts.value(QStringLiteral("--org"));
        c.centre = opts.value(QStringLiteral("--centre"));
        c.role = opts.value(QStringLiteral("--role"));
        c.workingHours = opts.value(QStringLiteral("--hours"));
        c.notes = opts.value(QStringLiteral("--notes"));
        if (opts.has(QStringLiteral("--shared")))
            c.scope = QString::fromLatin1(kScopeShared);
        Session s(dir);
        s.requireEnrolled();
        out() << s.workspace->schedule().saveContact(c) << "\n";
        return Exit::Done;
    }
    if (sub == QLatin1String("list")) {
        const Options opts(rest, QStringLiteral("contacts list"), {}, {QStringLiteral("--json")});
        Session s(dir);
        const QList<Contact> list = s.workspace->schedule().directory();
        if (opts.has(QStringLiteral("--json")))
            out() << QString::fromUtf8(cli::contactsJson(list));
        else
            out() << cli::contactsTable(list);
        return Exit::Done;
    }
    if (sub == QLatin1String("export")) {
        const Options opts(rest, QStringLiteral("contacts export"), {vcf});
        const QString path = opts.required(vcf);
        Session s(dir);
        const QList<Contact> list = s.workspace->schedule().directory();
        QString error;
        if (!writeContactsFile(path, list, &error))
            throw Failure(Exit::Failed,
                          QStringLiteral("%1 could not be written: %2").arg(path, error));
        out() << QStringLiteral("Exported %1 contact(s) to %2").arg(list.size()).arg(path) << "\n";
        return Exit::Done;
    }
    if (sub == QLatin1String("import")) {
        const Options opts(rest, QStringLiteral("contacts import"), {vcf});
        const QString path = opts.required(vcf);
        Session s(dir);
        s.requireEnrolled();
        try {
            const ContactImport result = importContactsFile(s.workspace->schedule(), path);
            out() << QStringLiteral("Imported %1: %2 new, %3 updated")
                         .arg(path)
                         .arg(result.created)
                         .arg(result.updated)
                  << "\n";
        } catch (const ContactImportError &e) {
            // "FILE:LINE: why": the form editors and compilers use, so the line can be found.
            throw Failure(Exit::InvalidInput,
                          QStringLiteral("%1:%2: %3 (nothing was imported)")
                              .arg(path)
                              .arg(e.line())
                              .arg(e.message()));
        }
        return Exit::Done;
    }
    throw UsageError("contacts takes add, list, export or import");
}

Exit run(QStringList args)
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/profile");
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
