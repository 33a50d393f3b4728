// liaison-cli driven as a script would: real liaison-hub and liaison-cli processes, profiles in
// a temporary folder, the hub on 127.0.0.1. Every process wait is bounded.
#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>
#include <vector>

class TestCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_hubDir;
    QProcess m_hub;
    quint16 m_port = 0;

    struct Result
    {
        int code = -1;
        QString out;
        QString err;
    };

    static Result runProcess(const QString &binary, const QStringList &args,
                             const QProcessEnvironment &env
                             = QProcessEnvironment::systemEnvironment(),
                             const QByteArray &input = {})
    {
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(binary, args);
        if (!input.isEmpty())
            p.write(input);
        p.closeWriteChannel();
        Result r;
        if (!p.waitForFinished(60'000)) {
            p.kill();
            p.waitForFinished(5000);
            return r;
        }
        r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }
    Result hub(const QStringList &args)
    {
        return runProcess(QStringLiteral(LIAISON_HUB_BINARY), args);
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
        return runProcess(QStringLiteral(LIAISON_CLI_BINARY),
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
        QCOMPARE(reused.code, 1);
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
        QCOMPARE(wrong.code, 1);
        QVERIFY(wrong.err.contains(QLatin1String("passphrase")));
        QCOMPARE(fileHash(db), dbBefore);
        QCOMPARE(fileHash(settings), settingsBefore);
        QCOMPARE(cli(QStringLiteral("err"), {QStringLiteral("frobnicate")}).code, 2);
        QCOMPARE(
            cli(QStringLiteral("short"), {QStringLiteral("init")}, QStringLiteral("short")).code,
            1);
        QCOMPARE(
            cli(QStringLiteral("missing"), {QStringLiteral("incident"), QStringLiteral("list")})
                .code,
            1);
        const Result remote = cli(QStringLiteral("err"),
                                  {QStringLiteral("enrol"), QStringLiteral("--hub"),
                                   QStringLiteral("ws://192.0.2.1:8443"), QStringLiteral("--code"),
                                   QStringLiteral("X")});
        QCOMPARE(remote.code, 1);
        QVERIFY(remote.err.contains(QLatin1String("ws://")));
        const Result unpinned = cli(QStringLiteral("err"),
                                    {QStringLiteral("enrol"), QStringLiteral("--hub"),
                                     QStringLiteral("wss://127.0.0.1:%1").arg(m_port),
                                     QStringLiteral("--code"), QStringLiteral("X")});
        QCOMPARE(unpinned.code, 1);
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
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
