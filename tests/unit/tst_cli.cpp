// liaison-cli driven as a script would: real liaison-hub and liaison-cli processes, profiles in
// a temporary folder, the hub on 127.0.0.1. Every process wait is bounded.
#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

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
                             = QProcessEnvironment::systemEnvironment())
    {
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(binary, args);
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
    Result cli(const QString &profile, const QStringList &args,
               const QString &passphrase = QStringLiteral("correct horse battery staple"))
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LIAISON_PASSPHRASE"), passphrase);
        env.insert(QStringLiteral("LIAISON_KDF"), QStringLiteral("fast-for-tests"));
        return runProcess(QStringLiteral(LIAISON_CLI_BINARY),
                          QStringList {QStringLiteral("--profile"), m_dir.filePath(profile)} + args,
                          env);
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
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
