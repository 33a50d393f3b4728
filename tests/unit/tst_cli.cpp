// liaison-cli driven as a script would: real liaison-hub and liaison-cli processes, profiles in
// a temporary folder, the hub on 127.0.0.1. Every process wait is bounded.
#include "TestSupport.h"

#include "storage/Database.h"
#include "storage/Profile.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>
#include <vector>

// liaison-cli's exit codes, as documented in its --help and README.md.
enum Exit {
    Done = 0,
    Failed = 1,
    Usage = 2,
    WrongPassphrase = 3,
    ProfileBusy = 4,
    HubUnavailable = 5,
    RefusedByHub = 6,
    InvalidInput = 7,
};

class TestCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_hubDir;
    QProcess m_hub;
    quint16 m_port = 0;

    using Result = liaison::test::ProcessResult;
    Result hub(const QStringList &args)
    {
        return liaison::test::runProcess(QStringLiteral(LIAISON_HUB_BINARY), args);
    }
    static QProcessEnvironment cliEnvironment(const QString &passphrase)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LIAISON_PASSPHRASE"), passphrase);
        env.insert(QStringLiteral("LIAISON_KDF"), QStringLiteral("fast-for-tests"));
        return env;
    }
    Result cli(const QString &profile, const QStringList &args,
               const QString &passphrase = QStringLiteral("correct horse battery staple"),
               const QByteArray &input = {})
    {
        return liaison::test::runProcess(
            QStringLiteral(LIAISON_CLI_BINARY),
            QStringList {QStringLiteral("--profile"), m_dir.filePath(profile)} + args,
            cliEnvironment(passphrase), input);
    }
    QString enrolmentCode(const QString &centre, const QString &name)
    {
        const Result r
            = hub({QStringLiteral("enroll"), QStringLiteral("--data"), m_hubDir,
                   QStringLiteral("--centre"), centre, QStringLiteral("--analyst"), name});
        static const QRegularExpression line(QStringLiteral("One-time enrolment code: (\\S+)"));
        return line.match(r.out).captured(1);
    }
    QUrl url() const { return QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(m_port)); }
    QByteArray fileHash(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly)
            ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
            : QByteArray();
    }

    // A new profile enrolled with the test hub; its device id.
    QString enrolledProfile(const QString &profile, const QString &centre, const QString &name)
    {
        const Result made = cli(profile, {QStringLiteral("init")});
        const Result enrolled
            = cli(profile,
                  {QStringLiteral("enrol"), QStringLiteral("--hub"), url().toString(),
                   QStringLiteral("--code"), enrolmentCode(centre, name)});
        if (made.code != 0 || enrolled.code != 0)
            return {};
        static const QRegularExpression device(QStringLiteral("Device (\\S+)"));
        return device.match(made.out).captured(1);
    }
    static QJsonObject jsonObject(const QString &text)
    {
        return QJsonDocument::fromJson(text.toUtf8()).object();
    }
    static QJsonArray jsonArray(const QString &text)
    {
        return QJsonDocument::fromJson(text.toUtf8()).array();
    }
    // What a profile's op log holds (read in this process, with no liaison-cli running).
    struct LogView
    {
        qint64 ops = -1;
        QList<qint64> outboxSeqs;
        QStringList outboxEntities; // entity of each outbox op, in seq order
    };
    LogView logOf(const QString &profile)
    {
        LogView v;
        auto p = liaison::Profile::open(m_dir.filePath(profile),
                                        liaison::test::passphrase("correct horse battery staple"));
        liaison::Database &db = p->db();
        v.ops = db.scalarInt("SELECT count(*) FROM ops", -1);
        auto st = db.prepare("SELECT o.seq, p.entity FROM outbox o JOIN ops p ON p.id = o.op_id "
                             "ORDER BY o.seq");
        while (st.step()) {
            v.outboxSeqs << st.int64(0);
            v.outboxEntities << st.text(1);
        }
        return v;
    }
    static quint16 freePort()
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        return probe.serverPort(); // closed again when probe goes
    }

private slots:
    void initTestCase()
    {
        m_hubDir = m_dir.filePath(QStringLiteral("hub"));
        QCOMPARE(hub({QStringLiteral("init"), QStringLiteral("--data"), m_hubDir}).code, 0);
        for (const char *code : {"CCIRC", "USCERT"})
            QCOMPARE(hub({QStringLiteral("centre"), QStringLiteral("add"), QStringLiteral("--data"),
                          m_hubDir, QStringLiteral("--code"), QLatin1String(code),
                          QStringLiteral("--name"), QLatin1String(code)})
                         .code,
                     0);
        m_hub.start(QStringLiteral(LIAISON_HUB_BINARY),
                    {QStringLiteral("serve"), QStringLiteral("--data"), m_hubDir,
                     QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                     QStringLiteral("--plain-loopback")});
        QVERIFY(m_hub.waitForStarted(10000));
        static const QRegularExpression portLine(QStringLiteral("\\(port (\\d+)\\)"));
        QByteArray out;
        for (int i = 0; i < 100 && !out.contains('\n'); ++i) {
            m_hub.waitForReadyRead(100);
            out += m_hub.readAllStandardOutput();
        }
        m_port = quint16(portLine.match(QString::fromUtf8(out)).captured(1).toUInt());
        QVERIFY(m_port != 0);
    }

    void cleanupTestCase()
    {
        m_hub.terminate();
        QVERIFY(m_hub.waitForFinished(10000));
        QCOMPARE(m_hub.exitCode(), 0);
    }

    void twoCentresThroughTheHub()
    {
        QCOMPARE(cli(QStringLiteral("ca"), {QStringLiteral("init")}).code, 0);
        QCOMPARE(cli(QStringLiteral("us"), {QStringLiteral("init")}).code, 0);
        // A second init refuses to overwrite.
        QCOMPARE(cli(QStringLiteral("ca"), {QStringLiteral("init")}).code, 1);
        const QString caCode
            = enrolmentCode(QStringLiteral("CCIRC"), QStringLiteral("Marie Tremblay"));
        const QString usCode
            = enrolmentCode(QStringLiteral("USCERT"), QStringLiteral("John Smith"));
        const Result enrolled = cli(QStringLiteral("ca"),
                                    {QStringLiteral("enrol"), QStringLiteral("--hub"),
                                     url().toString(), QStringLiteral("--code"), caCode});
        QCOMPARE(enrolled.code, 0);
        QVERIFY(enrolled.out.contains(QLatin1String("Marie Tremblay")));
        QCOMPARE(cli(QStringLiteral("us"),
                     {QStringLiteral("enrol"), QStringLiteral("--hub"), url().toString(),
                      QStringLiteral("--code"), usCode})
                     .code,
                 0);
        // The same code again, from a third profile: refused.
        QCOMPARE(cli(QStringLiteral("other"), {QStringLiteral("init")}).code, 0);
        const Result reused = cli(QStringLiteral("other"),
                                  {QStringLiteral("enrol"), QStringLiteral("--hub"),
                                   url().toString(), QStringLiteral("--code"), usCode});
        QCOMPARE(reused.code, int(RefusedByHub));
        QVERIFY(reused.err.contains(QLatin1String("expired")));

        const Result added
            = cli(QStringLiteral("ca"),
                  {QStringLiteral("incident"), QStringLiteral("add"), QStringLiteral("--title"),
                   QStringLiteral("Shared phishing wave"), QStringLiteral("--tlp"),
                   QStringLiteral("green"), QStringLiteral("--shared")});
        QCOMPARE(added.code, 0);
        QCOMPARE(
            cli(QStringLiteral("ca"),
                {QStringLiteral("incident"), QStringLiteral("add"), QStringLiteral("--title"),
                 QStringLiteral("CCIRC internal"), QStringLiteral("--tlp"), QStringLiteral("red")})
                .code,
            0);
        QCOMPARE(cli(QStringLiteral("ca"),
                     {QStringLiteral("incident"), QStringLiteral("add"), QStringLiteral("--title"),
                      QStringLiteral("x"), QStringLiteral("--tlp"), QStringLiteral("purple")})
                     .code,
                 2);
        QCOMPARE(cli(QStringLiteral("ca"), {QStringLiteral("sync"), QStringLiteral("--once")}).code,
                 0);
        QCOMPARE(cli(QStringLiteral("us"), {QStringLiteral("sync"), QStringLiteral("--once")}).code,
                 0);
        const Result list
            = cli(QStringLiteral("us"), {QStringLiteral("incident"), QStringLiteral("list")});
        QCOMPARE(list.code, 0);
        QVERIFY(list.out.contains(QLatin1String("Shared phishing wave")));
        QVERIFY(!list.out.contains(QLatin1String("CCIRC internal")));
        // Each line: id, then the reference both centres quote (CCIRC-YYYY-XXXXXX).
        const QString sharedId = added.out.trimmed();
        const QString line = list.out.split(QLatin1Char('\n')).filter(sharedId).value(0);
        const QString reference = line.split(QLatin1Char('\t')).value(1);
        QVERIFY2(QRegularExpression(QStringLiteral("^CCIRC-\\d{4}-[0-9A-HJKMNP-TV-Z]{6}$"))
                     .match(reference)
                     .hasMatch(),
                 qPrintable(line));
        // show, by the reference as read out on the phone (lower case, O for 0), or by id.
        QString code = reference.section(QLatin1Char('-'), 2).toLower();
        code.replace(QLatin1Char('0'), QLatin1Char('o'));
        const QString spoken
            = reference.section(QLatin1Char('-'), 0, 1).toLower() + QLatin1Char('-') + code;
        const Result shown = cli(QStringLiteral("us"),
                                 {QStringLiteral("incident"), QStringLiteral("show"), spoken});
        QCOMPARE(shown.code, 0);
        QVERIFY(shown.out.contains(QStringLiteral("reference\t%1\n").arg(reference)));
        QVERIFY(shown.out.contains(QStringLiteral("id\t%1\n").arg(sharedId)));
        QVERIFY(shown.out.contains(QLatin1String("title\tShared phishing wave\n")));
        const Result json = cli(QStringLiteral("us"),
                                {QStringLiteral("incident"), QStringLiteral("show"), sharedId,
                                 QStringLiteral("--json")});
        QCOMPARE(json.code, 0);
        QCOMPARE(QJsonDocument::fromJson(json.out.toUtf8()).object().value("reference").toString(),
                 reference);
        const Result missing = cli(QStringLiteral("us"),
                                   {QStringLiteral("incident"), QStringLiteral("show"),
                                    QStringLiteral("CCIRC-2026-ZZZZZZ")});
        QVERIFY(missing.code != 0);
        const Result caHash
            = cli(QStringLiteral("ca"), {QStringLiteral("state-hash"), QStringLiteral("--shared")});
        const Result usHash
            = cli(QStringLiteral("us"), {QStringLiteral("state-hash"), QStringLiteral("--shared")});
        QCOMPARE(caHash.code, 0);
        QCOMPARE(caHash.out.trimmed().size(), 64);
        QCOMPARE(caHash.out, usHash.out);
        QVERIFY(cli(QStringLiteral("ca"), {QStringLiteral("state-hash")}).out
                != cli(QStringLiteral("us"), {QStringLiteral("state-hash")}).out);
    }

    void errors()
    {
        QCOMPARE(cli(QStringLiteral("err"), {QStringLiteral("init")}).code, 0);
        const QString db = m_dir.filePath(QStringLiteral("err/liaison.db"));
        const QString settings = m_dir.filePath(QStringLiteral("err/profile.json"));
        const QByteArray dbBefore = fileHash(db);
        const QByteArray settingsBefore = fileHash(settings);
        const Result wrong
            = cli(QStringLiteral("err"), {QStringLiteral("incident"), QStringLiteral("list")},
                  QStringLiteral("not the passphrase at all"));
        QCOMPARE(wrong.code, int(WrongPassphrase));
        QVERIFY(wrong.err.contains(QLatin1String("passphrase")));
        QCOMPARE(fileHash(db), dbBefore);
        QCOMPARE(fileHash(settings), settingsBefore);
        QCOMPARE(cli(QStringLiteral("err"), {QStringLiteral("frobnicate")}).code, 2);
        QCOMPARE(
            cli(QStringLiteral("short"), {QStringLiteral("init")}, QStringLiteral("short")).code,
            int(InvalidInput));
        QCOMPARE(
            cli(QStringLiteral("missing"), {QStringLiteral("incident"), QStringLiteral("list")})
                .code,
            1);
        const Result remote = cli(QStringLiteral("err"),
                                  {QStringLiteral("enrol"), QStringLiteral("--hub"),
                                   QStringLiteral("ws://192.0.2.1:8443"), QStringLiteral("--code"),
                                   QStringLiteral("X")});
        QCOMPARE(remote.code, int(Usage)); // refused before the passphrase is asked for
        QVERIFY(remote.err.contains(QLatin1String("ws://")));
        const Result unpinned = cli(QStringLiteral("err"),
                                    {QStringLiteral("enrol"), QStringLiteral("--hub"),
                                     QStringLiteral("wss://127.0.0.1:%1").arg(m_port),
                                     QStringLiteral("--code"), QStringLiteral("X")});
        QCOMPARE(unpinned.code, int(Usage));
        QVERIFY(unpinned.err.contains(QLatin1String("fingerprint")));
        // Not enrolled: adding an incident is refused with a clear message.
        const Result notEnrolled = cli(QStringLiteral("err"),
                                       {QStringLiteral("incident"), QStringLiteral("add"),
                                        QStringLiteral("--title"), QStringLiteral("x")});
        QCOMPARE(notEnrolled.code, 1);
        QVERIFY(notEnrolled.err.contains(QLatin1String("enrol")));
    }

    // The code need not be on the command line: --code-file F, or a line of standard input
    // (--code -, or no --code at all).
    void enrolReadsTheCodeFromAFileOrStandardInput()
    {
        const QString codeFile = m_dir.filePath(QStringLiteral("code.txt"));
        {
            QFile f(codeFile);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(enrolmentCode(QStringLiteral("CCIRC"), QStringLiteral("From A File")).toUtf8()
                    + "\n");
        }
        QCOMPARE(cli(QStringLiteral("file"), {QStringLiteral("init")}).code, 0);
        const Result fromFile = cli(QStringLiteral("file"),
                                    {QStringLiteral("enrol"), QStringLiteral("--hub"),
                                     url().toString(), QStringLiteral("--code-file"), codeFile});
        QCOMPARE(fromFile.code, 0);
        QVERIFY(fromFile.out.contains(QLatin1String("From A File")));
        QCOMPARE(cli(QStringLiteral("stdin"), {QStringLiteral("init")}).code, 0);
        const Result fromStdin = cli(
            QStringLiteral("stdin"),
            {QStringLiteral("enrol"), QStringLiteral("--hub"), url().toString(),
             QStringLiteral("--code"), QStringLiteral("-")},
            QStringLiteral("correct horse battery staple"),
            enrolmentCode(QStringLiteral("USCERT"), QStringLiteral("From Stdin")).toUtf8() + "\n");
        QCOMPARE(fromStdin.code, 0);
        QVERIFY(fromStdin.out.contains(QLatin1String("From Stdin")));
        QCOMPARE(cli(QStringLiteral("nocode"), {QStringLiteral("init")}).code, 0);
        const Result implicit
            = cli(QStringLiteral("nocode"),
                  {QStringLiteral("enrol"), QStringLiteral("--hub"), url().toString()},
                  QStringLiteral("correct horse battery staple"),
                  enrolmentCode(QStringLiteral("CCIRC"), QStringLiteral("Implicit")).toUtf8());
        QCOMPARE(implicit.code, 0);
        // Nothing on stdin: a usage error.
        QCOMPARE(cli(QStringLiteral("other"),
                     {QStringLiteral("enrol"), QStringLiteral("--hub"), url().toString(),
                      QStringLiteral("--code"), QStringLiteral("-")})
                     .code,
                 2);
    }

    // `sync --once` against a hub whose handshake slots for this address are all taken: it
    // gets `busy`, retries with the backoff, and succeeds once they are free (it used to exit
    // 1 at the first `busy`).
    void syncRetriesWhenTheHubIsBusy()
    {
        QCOMPARE(cli(QStringLiteral("busy"), {QStringLiteral("init")}).code, 0);
        QCOMPARE(cli(QStringLiteral("busy"),
                     {QStringLiteral("enrol"), QStringLiteral("--hub"), url().toString(),
                      QStringLiteral("--code"),
                      enrolmentCode(QStringLiteral("CCIRC"), QStringLiteral("Busy Analyst"))})
                     .code,
                 0);
        // 64 raw WebSockets from 127.0.0.1 that never authenticate.
        std::vector<std::unique_ptr<QTcpSocket>> hogs;
        for (int i = 0; i < 64; ++i) {
            auto h = std::make_unique<QTcpSocket>();
            h->connectToHost(QHostAddress::LocalHost, m_port);
            if (h->waitForConnected(2000)) {
                h->write("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\n"
                         "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                         "Sec-WebSocket-Version: 13\r\n\r\n");
                h->waitForReadyRead(500);
            }
            hogs.push_back(std::move(h));
        }
        QProcess sync;
        sync.setProcessEnvironment(cliEnvironment(QStringLiteral("correct horse battery staple")));
        sync.start(QStringLiteral(LIAISON_CLI_BINARY),
                   {QStringLiteral("--profile"), m_dir.filePath(QStringLiteral("busy")),
                    QStringLiteral("sync"), QStringLiteral("--once"), QStringLiteral("--timeout"),
                    QStringLiteral("30")});
        QVERIFY(sync.waitForStarted(10000));
        QVERIFY(!sync.waitForFinished(1500)); // still trying
        hogs.clear();
        QVERIFY(sync.waitForFinished(30'000));
        QCOMPARE(sync.exitCode(), 0);
        QVERIFY(sync.readAllStandardOutput().contains("Up to date"));
    }

    // The exit code tells a script what happened: usage, passphrase, busy profile, hub down,
    // hub refusal, invalid input.
    void exitCodesTellWhatHappened()
    {
        const QString device = enrolledProfile(QStringLiteral("codes"), QStringLiteral("CCIRC"),
                                               QStringLiteral("Exit Codes"));
        QVERIFY(!device.isEmpty());

        // Usage (2): unknown option, missing value, bad enum, non-numeric number, stray word;
        // the message names the option.
        const auto usage = [&](const QStringList &args, const char *named) {
            const Result r = cli(QStringLiteral("codes"), args);
            QVERIFY2(r.code == Usage, qPrintable(args.join(' ') + " -> " + r.err));
            QVERIFY2(r.err.contains(QLatin1String(named)), qPrintable(r.err));
        };
        usage({"incident", "add", "--title", "x", "--colour", "red"}, "--colour");
        usage({"incident", "add", "--title"}, "--title");
        usage({"incident", "add", "--title", "--tlp", "red"}, "--title");
        usage({"incident", "add", "--title", "x", "--severity", "huge"}, "--severity");
        usage({"incident", "add", "--title", "x", "--title", "y"}, "--title");
        usage({"incident", "add", "--title", "x", "--id", "{0b8a2c9e-4f6d-4e1a-9c3b-7d5e6f708192}"},
              "--id");
        usage({"incident", "add", "--title", "x", "--id", "0B8A2C9E-4F6D-4E1A-9C3B-7D5E6F708192"},
              "--id");
        usage({"incident", "set", "some-id", "--status", "sleeping"}, "--status");
        usage({"incident", "set", "some-id"}, "--title");
        usage({"incident", "set"}, "ID");
        usage({"incident", "set", "some-id", "--reason", "why"}, "--reason");
        usage({"incident", "list", "extra"}, "extra");
        usage({"indicator", "add", "--incident", "i", "--type", "colour", "--value", "v"},
              "--type");
        usage({"chat", "list", "--channel", "c", "--limit", "ten"}, "--limit");
        usage({"chat", "list", "--channel", "c", "--limit", "0"}, "--limit");
        usage({"channel", "create", "--name", "n", "--kind", "party"}, "--kind");
        usage({"sync", "--once", "--timeout", "soon"}, "--timeout");
        usage({"sync"}, "--once");
        usage({"state-hash", "--everything"}, "--everything");
        QCOMPARE(cli(QStringLiteral("codes"), {"frobnicate"}).code, int(Usage));

        // Invalid input (7): the field and the reason; nothing written.
        const LogView before = logOf(QStringLiteral("codes"));
        const Result blank = cli(QStringLiteral("codes"), {"incident", "add", "--title", "   "});
        QCOMPARE(blank.code, int(InvalidInput));
        QVERIFY2(blank.err.contains(QLatin1String("title (required)")), qPrintable(blank.err));
        const Result unknown = cli(QStringLiteral("codes"),
                                   {"incident", "set", "no-such-incident", "--status", "closed"});
        QCOMPARE(unknown.code, int(InvalidInput));
        QVERIFY2(unknown.err.contains(QLatin1String("incident (not-found)")),
                 qPrintable(unknown.err));
        const Result id = cli(QStringLiteral("codes"), {"incident", "add", "--title", "Real"});
        QCOMPARE(id.code, 0);
        const QString incident = id.out.trimmed();
        const Result badValue = cli(
            QStringLiteral("codes"),
            {"indicator", "add", "--incident", incident, "--type", "ipv4", "--value", "999.1.1.1"});
        QCOMPARE(badValue.code, int(InvalidInput));
        QVERIFY2(badValue.err.contains(QLatin1String("value (invalid-ipv4)")),
                 qPrintable(badValue.err));
        QCOMPARE(cli(QStringLiteral("codes"), {"chat", "send", "--channel", "nope", "--text", "hi"})
                     .code,
                 int(InvalidInput));
        QCOMPARE(logOf(QStringLiteral("codes")).ops, before.ops + 1); // only "Real"

        // Profile busy (4): another liaison-cli has it open.
        QProcess watch;
        watch.setProcessEnvironment(cliEnvironment(QStringLiteral("correct horse battery staple")));
        watch.start(QStringLiteral(LIAISON_CLI_BINARY),
                    {QStringLiteral("--profile"), m_dir.filePath(QStringLiteral("codes")),
                     QStringLiteral("sync"), QStringLiteral("--watch")});
        QVERIFY(watch.waitForStarted(10000));
        QByteArray watchOut;
        for (int i = 0; i < 100 && !watchOut.contains("UpToDate"); ++i) {
            watch.waitForReadyRead(100);
            watchOut += watch.readAllStandardOutput();
        }
        QVERIFY2(watchOut.contains("UpToDate"), watchOut.constData());
        const Result busy = cli(QStringLiteral("codes"), {"incident", "list"});
        QCOMPARE(busy.code, int(ProfileBusy));
        QVERIFY2(busy.err.contains(QLatin1String("busy")), qPrintable(busy.err));
        watch.terminate();
        QVERIFY(watch.waitForFinished(10000));
        QCOMPARE(watch.exitCode(), 0);
        QCOMPARE(cli(QStringLiteral("codes"), {"incident", "list"}).code, 0);

        // Hub unreachable (5): nothing listens there.
        QCOMPARE(cli(QStringLiteral("down"), {"init"}).code, 0);
        const Result nobody
            = cli(QStringLiteral("down"),
                  {"enrol", "--hub", QStringLiteral("ws://127.0.0.1:%1").arg(freePort()), "--code",
                   "AAAA-BBBB"});
        QCOMPARE(nobody.code, int(HubUnavailable));

        // A hub that stops: sync --once is not up to date, says so in JSON, and exits 5.
        const QString otherHub = m_dir.filePath(QStringLiteral("hub2"));
        QCOMPARE(hub({"init", "--data", otherHub}).code, 0);
        QCOMPARE(
            hub({"centre", "add", "--data", otherHub, "--code", "CCIRC", "--name", "CCIRC"}).code,
            0);
        const Result code2 = hub({"enroll", "--data", otherHub, "--centre", "CCIRC", "--analyst",
                                  "Gone Soon", "--json"});
        QCOMPARE(code2.code, 0);
        QProcess second;
        second.start(QStringLiteral(LIAISON_HUB_BINARY),
                     {QStringLiteral("serve"), QStringLiteral("--data"), otherHub,
                      QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                      QStringLiteral("--plain-loopback")});
        QVERIFY(second.waitForStarted(10000));
        QByteArray line;
        for (int i = 0; i < 100 && !line.contains('\n'); ++i) {
            second.waitForReadyRead(100);
            line += second.readAllStandardOutput();
        }
        static const QRegularExpression portLine(QStringLiteral("\\(port (\\d+)\\)"));
        const QString port = portLine.match(QString::fromUtf8(line)).captured(1);
        QVERIFY(!port.isEmpty());
        QCOMPARE(cli(QStringLiteral("orphan"), {"init"}).code, 0);
        QCOMPARE(cli(QStringLiteral("orphan"),
                     {"enrol", "--hub", "ws://127.0.0.1:" + port, "--code",
                      jsonObject(code2.out).value(QLatin1String("code")).toString()})
                     .code,
                 0);
        QCOMPARE(cli(QStringLiteral("orphan"), {"incident", "add", "--title", "Never pushed"}).code,
                 0);
        second.terminate();
        QVERIFY(second.waitForFinished(10000));
        const Result stale
            = cli(QStringLiteral("orphan"), {"sync", "--once", "--timeout", "2", "--json"});
        QCOMPARE(stale.code, int(HubUnavailable));
        const QJsonObject staleJson = jsonObject(stale.out);
        QCOMPARE(staleJson.value(QLatin1String("up_to_date")).toBool(true), false);
        QCOMPARE(staleJson.value(QLatin1String("pending")).toInt(), 1);
        QVERIFY(stale.err.contains(QLatin1String("not up to date")));

        // Refused by the hub (6): a revoked device.
        QCOMPARE(hub({"revoke", "--data", m_hubDir, "--device", device}).code, 0);
        const Result revoked = cli(QStringLiteral("codes"), {"sync", "--once", "--timeout", "20"});
        QCOMPARE(revoked.code, int(RefusedByHub));
    }

    // --json for scripts: liaison-hub enroll, incident add, sync --once.
    void contactsFromTheCommandLine()
    {
        QVERIFY(!enrolledProfile(QStringLiteral("contacts"), QStringLiteral("CCIRC"),
                                 QStringLiteral("Claire Roy"))
                     .isEmpty());
        const QString profile = QStringLiteral("contacts");
        const Result added = cli(
            profile,
            {QStringLiteral("contacts"), QStringLiteral("add"), QStringLiteral("--name"),
             QStringLiteral("Jean Tremblay"), QStringLiteral("--email"),
             QStringLiteral("Jean@cyber.example.ca,jt@example.ca"), QStringLiteral("--phone"),
             QStringLiteral("+1 613 555 0100"), QStringLiteral("--tz"),
             QStringLiteral("America/Toronto"), QStringLiteral("--lang"), QStringLiteral("fr,en"),
             QStringLiteral("--org"), QStringLiteral("CCCS"), QStringLiteral("--role"),
             QStringLiteral("Duty officer"), QStringLiteral("--shared")});
        QCOMPARE(added.code, int(Done));
        const QString id = added.out.trimmed();
        QCOMPARE(id.size(), 36);
        // Refused: a malformed address (invalid input), a language that is not en or fr (usage).
        const Result badEmail = cli(profile,
                                    {QStringLiteral("contacts"), QStringLiteral("add"),
                                     QStringLiteral("--name"), QStringLiteral("X"),
                                     QStringLiteral("--email"), QStringLiteral("not-an-address")});
        QCOMPARE(badEmail.code, int(InvalidInput));
        QVERIFY2(badEmail.err.contains(QStringLiteral("email")), qPrintable(badEmail.err));
        const Result badLang
            = cli(profile,
                  {QStringLiteral("contacts"), QStringLiteral("add"), QStringLiteral("--name"),
                   QStringLiteral("X"), QStringLiteral("--lang"), QStringLiteral("de")});
        QCOMPARE(badLang.code, int(Usage));
        const Result badZone
            = cli(profile,
                  {QStringLiteral("contacts"), QStringLiteral("add"), QStringLiteral("--name"),
                   QStringLiteral("X"), QStringLiteral("--tz"), QStringLiteral("Mars/Base")});
        QCOMPARE(badZone.code, int(InvalidInput));

        const auto list = [&] {
            const Result r = cli(
                profile,
                {QStringLiteral("contacts"), QStringLiteral("list"), QStringLiteral("--json")});
            return r.code == 0 ? jsonArray(r.out) : QJsonArray {QStringLiteral("failed")};
        };
        QJsonArray contacts = list();
        QCOMPARE(contacts.size(), 1);
        const QJsonObject jean = contacts.at(0).toObject();
        QCOMPARE(jean.value(QStringLiteral("id")).toString(), id);
        QCOMPARE(
            jean.value(QStringLiteral("emails")).toArray(),
            QJsonArray({QStringLiteral("Jean@cyber.example.ca"), QStringLiteral("jt@example.ca")}));
        QCOMPARE(jean.value(QStringLiteral("languages")).toArray(),
                 QJsonArray({QStringLiteral("fr"), QStringLiteral("en")}));
        QCOMPARE(jean.value(QStringLiteral("timezone")).toString(),
                 QStringLiteral("America/Toronto"));
        QCOMPARE(jean.value(QStringLiteral("liaison")).toBool(), false);
        QCOMPARE(jean.value(QStringLiteral("scope")).toString(), QStringLiteral("shared"));
        QVERIFY(cli(profile, {QStringLiteral("contacts"), QStringLiteral("list")})
                    .out.contains(QStringLiteral("Jean Tremblay")));

        const QString exported = m_dir.filePath(QStringLiteral("contacts.vcf"));
        QCOMPARE(cli(profile,
                     {QStringLiteral("contacts"), QStringLiteral("export"), QStringLiteral("--vcf"),
                      exported})
                     .code,
                 int(Done));
        QFile file(exported);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray vcf = file.readAll();
        QVERIFY(vcf.contains("FN:Jean Tremblay\r\n"));
        QVERIFY(vcf.contains(("UID:urn:uuid:" + id).toUtf8()));
#ifdef Q_OS_UNIX
        QCOMPARE(file.permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
#endif

        // A bad card: the file's line on standard error, a non-zero exit, nothing imported.
        QByteArray bad = vcf;
        bad.replace("FN:Jean Tremblay", "FN:Jean T.");
        bad += "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Broken\r\nTZ:Nowhere/Land\r\nEND:VCARD\r\n";
        const int badLine = int(vcf.count('\n')) + 4; // its TZ line
        const QString badPath = m_dir.filePath(QStringLiteral("bad.vcf"));
        QFile badFile(badPath);
        QVERIFY(badFile.open(QIODevice::WriteOnly));
        badFile.write(bad);
        badFile.close();
        const Result refused = cli(profile,
                                   {QStringLiteral("contacts"), QStringLiteral("import"),
                                    QStringLiteral("--vcf"), badPath});
        QCOMPARE(refused.code, int(InvalidInput));
        QVERIFY2(refused.err.contains(QStringLiteral("bad.vcf:%1:").arg(badLine)),
                 qPrintable(refused.err));
        QVERIFY(refused.err.contains(QStringLiteral("nothing was imported")));
        QCOMPARE(list().at(0).toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("Jean Tremblay"));

        // A good file: Jean (same UID) updated, a new card added.
        QByteArray good = vcf;
        good.replace("FN:Jean Tremblay", "FN:Jean T.");
        good += "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Dana Lee\r\nEMAIL:dana@cisa.example.gov\r\n"
                "END:VCARD\r\n";
        QVERIFY(badFile.open(QIODevice::WriteOnly | QIODevice::Truncate));
        badFile.write(good);
        badFile.close();
        const Result imported = cli(profile,
                                    {QStringLiteral("contacts"), QStringLiteral("import"),
                                     QStringLiteral("--vcf"), badPath});
        QCOMPARE(imported.code, int(Done));
        QVERIFY2(imported.out.contains(QStringLiteral("1 new, 1 updated")),
                 qPrintable(imported.out));
        contacts = list();
        QCOMPARE(contacts.size(), 2);
        QCOMPARE(contacts.at(1).toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("Jean T."));
        QCOMPARE(cli(profile,
                     {QStringLiteral("contacts"), QStringLiteral("import"), QStringLiteral("--vcf"),
                      m_dir.filePath(QStringLiteral("none.vcf"))})
                     .code,
                 int(InvalidInput));
    }

    void jsonForScripts()
    {
        const Result issued = hub({"enroll", "--data", m_hubDir, "--centre", "USCERT", "--analyst",
                                   "Json Analyst", "--json"});
        QCOMPARE(issued.code, 0);
        const QJsonObject code = jsonObject(issued.out);
        QVERIFY(!code.value(QLatin1String("code")).toString().isEmpty());
        QCOMPARE(code.value(QLatin1String("centre")).toString(), QStringLiteral("USCERT"));
        QVERIFY(!code.value(QLatin1String("analyst_id")).toString().isEmpty());
        const QDateTime expires = QDateTime::fromString(
            code.value(QLatin1String("expires_at")).toString(), Qt::ISODate);
        QVERIFY(expires > QDateTime::currentDateTimeUtc().addSecs(23 * 3600));
        QCOMPARE(code.value(QLatin1String("certificate_sha256")).toString(),
                 hub({"fingerprint", "--data", m_hubDir}).out.trimmed());

        QCOMPARE(cli(QStringLiteral("json"), {"init"}).code, 0);
        QCOMPARE(cli(QStringLiteral("json"),
                     {"enrol", "--hub", url().toString(), "--code",
                      code.value(QLatin1String("code")).toString()})
                     .code,
                 0);
        const Result internal = cli(QStringLiteral("json"),
                                    {"incident", "add", "--title", "Json internal", "--json"});
        QCOMPARE(internal.code, 0);
        const QJsonObject a = jsonObject(internal.out);
        QVERIFY(!a.value(QLatin1String("id")).toString().isEmpty());
        QCOMPARE(a.value(QLatin1String("shared")).toBool(true), false);
        const Result shared = cli(
            QStringLiteral("json"),
            {"incident", "add", "--title", "Json shared", "--tlp", "clear", "--shared", "--json"});
        QCOMPARE(shared.code, 0);
        QCOMPARE(jsonObject(shared.out).value(QLatin1String("shared")).toBool(), true);

        const Result synced = cli(QStringLiteral("json"), {"sync", "--once", "--json"});
        QCOMPARE(synced.code, 0);
        const QJsonObject counts = jsonObject(synced.out);
        QCOMPARE(counts.value(QLatin1String("pushed")).toInt(), 4); // 1 + 3
        QCOMPARE(counts.value(QLatin1String("acked")).toInt(), 4);
        QCOMPARE(counts.value(QLatin1String("rejected")).toInt(-1), 0);
        QCOMPARE(counts.value(QLatin1String("pending")).toInt(-1), 0);
        QCOMPARE(counts.value(QLatin1String("up_to_date")).toBool(), true);
        QVERIFY(counts.value(QLatin1String("received")).isDouble());
        const qint64 cursor = qint64(counts.value(QLatin1String("hub_seq")).toDouble());
        QVERIFY(cursor > 0);
        const QJsonObject again
            = jsonObject(cli(QStringLiteral("json"), {"sync", "--once", "--json"}).out);
        QCOMPARE(again.value(QLatin1String("pushed")).toInt(-1), 0);
        QCOMPARE(again.value(QLatin1String("received")).toInt(-1), 0);
        QVERIFY(qint64(again.value(QLatin1String("hub_seq")).toDouble()) >= cursor);
    }

    // incident add --id: a killed script retries without making a duplicate.
    void incidentAddWithAnIdIsSafeToRetry()
    {
        QVERIFY(!enrolledProfile(QStringLiteral("retry"), QStringLiteral("CCIRC"),
                                 QStringLiteral("Retry"))
                     .isEmpty());
        const QString id = QStringLiteral("0b8a2c9e-4f6d-4e1a-9c3b-7d5e6f708192");
        const QStringList add {"incident", "add", "--title", "Retried wave", "--id", id, "--json"};
        const Result first = cli(QStringLiteral("retry"), add);
        QCOMPARE(first.code, 0);
        QCOMPARE(jsonObject(first.out).value(QLatin1String("id")).toString(), id);
        QCOMPARE(jsonObject(first.out).value(QLatin1String("created")).toBool(), true);
        const LogView once = logOf(QStringLiteral("retry"));
        const Result second = cli(QStringLiteral("retry"), add);
        QCOMPARE(second.code, 0);
        QCOMPARE(jsonObject(second.out).value(QLatin1String("id")).toString(), id);
        QCOMPARE(jsonObject(second.out).value(QLatin1String("created")).toBool(true), false);
        const Result plain = cli(QStringLiteral("retry"),
                                 {"incident", "add", "--title", "Retried wave", "--id", id});
        QCOMPARE(plain.code, 0);
        QCOMPARE(plain.out.trimmed(), id);
        QCOMPARE(logOf(QStringLiteral("retry")).ops, once.ops); // no new op
        // The same id for another incident, or with --shared for an unshared one: refused.
        const Result other = cli(QStringLiteral("retry"),
                                 {"incident", "add", "--title", "Something else", "--id", id});
        QCOMPARE(other.code, int(InvalidInput));
        QVERIFY2(other.err.contains(QLatin1String("id")), qPrintable(other.err));
        QCOMPARE(cli(QStringLiteral("retry"),
                     {"incident", "add", "--title", "Retried wave", "--id", id, "--shared"})
                     .code,
                 int(InvalidInput));
        QCOMPARE(logOf(QStringLiteral("retry")).ops, once.ops);
        const Result list = cli(QStringLiteral("retry"), {"incident", "list", "--json"});
        QCOMPARE(jsonArray(list.out).size(), 1);
        // A shared one retried with --shared: the same.
        const QString sharedId = QStringLiteral("1c9b3dae-5a7e-4f2b-8d4c-8e6f708192a3");
        const QStringList addShared {"incident", "add",      "--title", "Retried shared", "--tlp",
                                     "green",    "--shared", "--id",    sharedId};
        QCOMPARE(cli(QStringLiteral("retry"), addShared).code, 0);
        const LogView sharedOnce = logOf(QStringLiteral("retry"));
        const Result sharedAgain = cli(QStringLiteral("retry"), addShared);
        QCOMPARE(sharedAgain.code, 0);
        QCOMPARE(sharedAgain.out.trimmed(), sharedId);
        QCOMPARE(logOf(QStringLiteral("retry")).ops, sharedOnce.ops);
    }

    // incident add --shared: create, share and release in one transaction; refused whole for
    // TLP:AMBER+STRICT and TLP:RED.
    void sharedAddIsOneTransaction()
    {
        QVERIFY(!enrolledProfile(QStringLiteral("oneshot"), QStringLiteral("CCIRC"),
                                 QStringLiteral("One Shot"))
                     .isEmpty());
        const LogView before = logOf(QStringLiteral("oneshot"));
        const Result added
            = cli(QStringLiteral("oneshot"),
                  {"incident", "add", "--title", "All at once", "--tlp", "amber", "--shared"});
        QCOMPARE(added.code, 0);
        const LogView after = logOf(QStringLiteral("oneshot"));
        QCOMPARE(after.ops, before.ops + 3);
        QCOMPARE(after.outboxSeqs.size(), before.outboxSeqs.size() + 3);
        const QList<qint64> seqs = after.outboxSeqs.mid(before.outboxSeqs.size());
        QCOMPARE(seqs.at(1), seqs.at(0) + 1);
        QCOMPARE(seqs.at(2), seqs.at(0) + 2);
        QCOMPARE(after.outboxEntities.mid(before.outboxEntities.size()),
                 (QStringList {"incident", "incident", "comment"}));
        for (const char *tlp : {"red", "amber+strict"}) {
            const Result refused = cli(QStringLiteral("oneshot"),
                                       {"incident", "add", "--title", "Must not leave", "--tlp",
                                        QLatin1String(tlp), "--shared"});
            QCOMPARE(refused.code, int(InvalidInput));
            QVERIFY2(refused.err.contains(QLatin1String("share-forbidden-")),
                     qPrintable(refused.err));
            QCOMPARE(logOf(QStringLiteral("oneshot")).ops, after.ops); // nothing written
        }
        const Result list = cli(QStringLiteral("oneshot"), {"incident", "list"});
        QVERIFY(!list.out.contains(QLatin1String("Must not leave")));
        const Result synced = cli(QStringLiteral("oneshot"), {"sync", "--once", "--json"});
        QCOMPARE(synced.code, 0);
        QCOMPARE(jsonObject(synced.out).value(QLatin1String("acked")).toInt(), 3);
    }

    // What the services offer, from scripts: edit, delete, indicators, comments, channels and
    // chat between the two centres.
    void editingAndChatBetweenCentres()
    {
        QVERIFY(!enrolledProfile(QStringLiteral("ed-ca"), QStringLiteral("CCIRC"),
                                 QStringLiteral("Chantal Roy"))
                     .isEmpty());
        QVERIFY(!enrolledProfile(QStringLiteral("ed-us"), QStringLiteral("USCERT"),
                                 QStringLiteral("Sam Cole"))
                     .isEmpty());
        const QString ca = QStringLiteral("ed-ca");
        const QString us = QStringLiteral("ed-us");
        const QString id
            = cli(ca, {"incident", "add", "--title", "Edit me", "--tlp", "amber+strict"})
                  .out.trimmed();
        QVERIFY(!id.isEmpty());
        QCOMPARE(cli(ca,
                     {"incident", "set", id, "--status", "investigating", "--severity", "high",
                      "--title", "Edited", "--summary", "Two lines\nof summary"})
                     .code,
                 0);
        // Lowering AMBER+STRICT needs a reason; nothing changes without it.
        const Result noReason
            = cli(ca, {"incident", "set", id, "--tlp", "green", "--status", "triage"});
        QCOMPARE(noReason.code, int(InvalidInput));
        QVERIFY2(noReason.err.contains(QLatin1String("reason")), qPrintable(noReason.err));
        QCOMPARE(
            cli(ca, {"incident", "set", id, "--tlp", "green", "--reason", "Vendor published"}).code,
            0);
        const QJsonObject edited
            = jsonArray(cli(ca, {"incident", "list", "--json"}).out).at(0).toObject();
        QCOMPARE(edited.value(QLatin1String("title")).toString(), QStringLiteral("Edited"));
        QCOMPARE(edited.value(QLatin1String("status")).toString(), QStringLiteral("investigating"));
        QCOMPARE(edited.value(QLatin1String("severity")).toString(), QStringLiteral("high"));
        QCOMPARE(edited.value(QLatin1String("tlp")).toString(), QStringLiteral("green"));
        // Rerunning the same edit writes nothing.
        const LogView edits = logOf(ca);
        QCOMPARE(
            cli(ca, {"incident", "set", id, "--status", "investigating", "--title", "Edited"}).code,
            0);
        QCOMPARE(logOf(ca).ops, edits.ops);

        QCOMPARE(cli(ca,
                     {"indicator", "add", "--incident", id, "--type", "domain", "--value",
                      "Evil.Example.com", "--note", "C2"})
                     .code,
                 0);
        const QJsonArray indicators
            = jsonArray(cli(ca, {"indicator", "list", "--incident", id, "--json"}).out);
        QCOMPARE(indicators.size(), 1);
        QCOMPARE(indicators.at(0).toObject().value(QLatin1String("value")).toString(),
                 QStringLiteral("evil.example.com"));
        QCOMPARE(indicators.at(0).toObject().value(QLatin1String("note")).toString(),
                 QStringLiteral("C2"));
        QCOMPARE(indicators.at(0).toObject().value(QLatin1String("tlp")).toString(),
                 QStringLiteral("green"));
        // Defanged, marked AMBER+STRICT: stored live, kept in this centre (the other centre's
        // copy below has one indicator, and the shared state hashes agree).
        QCOMPARE(cli(ca,
                     {"indicator", "add", "--incident", id, "--type", "url", "--value",
                      "hxxps://c2[.]example/x", "--tlp", "amber+strict", "--ioc"})
                     .code,
                 0);
        QCOMPARE(cli(ca,
                     {"indicator", "add", "--incident", id, "--type", "domain", "--value",
                      "loose.example", "--tlp", "clear"})
                     .code,
                 int(InvalidInput)); // looser than the incident's TLP:GREEN
        const QJsonArray both
            = jsonArray(cli(ca, {"indicator", "list", "--incident", id, "--json"}).out);
        QCOMPARE(both.size(), 2);
        QJsonObject strict;
        for (const QJsonValue &v : both) {
            if (v.toObject().value(QLatin1String("type")).toString() == QLatin1String("url"))
                strict = v.toObject();
        }
        QCOMPARE(strict.value(QLatin1String("value")).toString(),
                 QStringLiteral("https://c2.example/x"));
        QCOMPARE(strict.value(QLatin1String("tlp")).toString(), QStringLiteral("amber+strict"));
        QVERIFY(strict.value(QLatin1String("ioc")).toBool());
        QVERIFY(strict.value(QLatin1String("stays_in_centre")).toBool());
        QCOMPARE(
            cli(ca, {"comment", "add", "--incident", id, "--text", "For both", "--shared"}).code,
            0);
        QCOMPARE(cli(ca, {"comment", "add", "--incident", id, "--text", "Ours only"}).code, 0);
        QCOMPARE(cli(ca, {"comment", "add", "--incident", id, "--text", "  "}).code,
                 int(InvalidInput));
        QCOMPARE(cli(ca, {"incident", "share", "--id", id}).code, 0);

        const QString doomed = cli(ca, {"incident", "add", "--title", "Delete me"}).out.trimmed();
        QCOMPARE(cli(ca, {"incident", "delete", doomed}).code, 0);
        QVERIFY(!cli(ca, {"incident", "list"}).out.contains(QLatin1String("Delete me")));
        QCOMPARE(cli(ca, {"incident", "delete", doomed}).code, int(InvalidInput));

        // A channel between the centres: a fresh hub has none, chat send needs one.
        const Result channel
            = cli(ca, {"channel", "create", "--name", "CCIRC - US-CERT", "--shared"});
        QCOMPARE(channel.code, 0);
        const QString channelId = channel.out.trimmed();
        // The incident's channel follows the incident (shared above): no name or scope of its own.
        QCOMPARE(cli(ca, {"channel", "create", "--name", "Edited room", "--incident", id}).code,
                 int(Usage));
        const QString incidentChannel
            = cli(ca, {"channel", "create", "--incident", id}).out.trimmed();
        QCOMPARE(incidentChannel, QStringLiteral("ic-") + id);
        QCOMPARE(cli(ca, {"channel", "create", "--name", "Internal"}).code, int(Usage));
        QCOMPARE(cli(ca, {"channel", "create", "--name", "Internal", "--centre"}).code, 0);
        QCOMPARE(
            cli(ca, {"chat", "send", "--channel", channelId, "--text", "Hello from Ottawa"}).code,
            0);
        QCOMPARE(cli(ca, {"sync", "--once"}).code, 0);
        const Result arrived = cli(us, {"sync", "--once", "--json"});
        QCOMPARE(arrived.code, 0);
        QVERIFY(jsonObject(arrived.out).value(QLatin1String("received")).toInt() >= 10);
        const QJsonArray channels = jsonArray(cli(us, {"channel", "list", "--json"}).out);
        QStringList names;
        for (const QJsonValue &c : channels)
            names << c.toObject().value(QLatin1String("name")).toString();
        QVERIFY2(names.contains(QStringLiteral("CCIRC - US-CERT")), qPrintable(names.join(',')));
        QStringList ids;
        for (const QJsonValue &c : channels)
            ids << c.toObject().value(QLatin1String("id")).toString();
        QVERIFY(ids.contains(incidentChannel));
        QVERIFY(!names.contains(QStringLiteral("Internal")));
        const QJsonArray heard
            = jsonArray(cli(us, {"chat", "list", "--channel", channelId, "--json"}).out);
        QCOMPARE(heard.size(), 1);
        QCOMPARE(heard.at(0).toObject().value(QLatin1String("body")).toString(),
                 QStringLiteral("Hello from Ottawa"));
        QCOMPARE(heard.at(0).toObject().value(QLatin1String("author_name")).toString(),
                 QStringLiteral("Chantal Roy"));
        QCOMPARE(cli(us, {"chat", "send", "--channel", channelId, "--text", "Hello from DC"}).code,
                 0);
        QCOMPARE(cli(us, {"sync", "--once"}).code, 0);
        QCOMPARE(cli(ca, {"sync", "--once"}).code, 0);
        const QJsonArray last = jsonArray(
            cli(ca, {"chat", "list", "--channel", channelId, "--limit", "1", "--json"}).out);
        QCOMPARE(last.size(), 1);
        QCOMPARE(last.at(0).toObject().value(QLatin1String("body")).toString(),
                 QStringLiteral("Hello from DC"));
        QCOMPARE(cli(ca, {"chat", "list", "--channel", channelId}).out.count(QLatin1Char('\n')), 2);
        // The shared incident arrived with its edits, indicator and shared comment.
        const QJsonArray theirs
            = jsonArray(cli(us, {"indicator", "list", "--incident", id, "--json"}).out);
        QCOMPARE(theirs.size(), 1);
        QCOMPARE(cli(ca, {"state-hash", "--shared"}).out, cli(us, {"state-hash", "--shared"}).out);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
