// `liaison --demo`: a real liaison-hub child process on 127.0.0.1 (the desktop links no hub
// code), two analysts enrolled over the wire, two real main windows (offscreen); the shared
// incidents reach the other centre, the internal ones do not. The hub is found where an
// installed package or the build tree puts it, every way it can fail reaches the user as a
// sentence, and it never outlives the app, even one killed with SIGKILL (Linux).
#include "models/board/IncidentListModel.h"
#include "models/chat/MessageListModel.h"
#include "widgets/chat/ChatPage.h"
#include "widgets/shell/DemoSession.h"
#include "widgets/shell/MainWindow.h"
#include "widgets/shell/NavigationRail.h"

#include "services/ChatService.h"
#include "services/IncidentService.h"
#include "sync/SyncEngine.h"
#include "workspace/Workspace.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#include <sys/types.h>
#endif

using namespace liaison;

namespace {

// Sets an environment variable for one scope and puts the old value back.
class EnvironmentValue
{
public:
    EnvironmentValue(const char *name, const QByteArray &value)
        : m_name(name)
        , m_had(qEnvironmentVariableIsSet(name))
        , m_old(qgetenv(name))
    {
        if (value.isNull())
            qunsetenv(name);
        else
            qputenv(name, value);
    }
    ~EnvironmentValue()
    {
        if (m_had)
            qputenv(m_name, m_old);
        else
            qunsetenv(m_name);
    }

private:
    const char *m_name;
    bool m_had;
    QByteArray m_old;
};

// A shell script that stands in for liaison-hub (the failure paths of the demo).
QString writeProgram(const QString &path, const QByteArray &body)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write("#!/bin/sh\n" + body + "\n");
    file.close();
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return QFileInfo(path).canonicalFilePath();
}

#ifdef Q_OS_LINUX
// /proc/PID/stat: "PID (comm) STATE PPID ..."; the state and the parent, or {0, -1}.
std::pair<char, qint64> procState(qint64 pid)
{
    QFile file(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return {0, -1};
    const QByteArray stat = file.readAll();
    const auto fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 2 || fields.at(0).isEmpty())
        return {0, -1};
    return {fields.at(0).at(0), fields.at(1).toLongLong()};
}

// Gone, or a zombie nobody reaped (what PID 1 of a container may leave): not running.
bool processEnded(qint64 pid)
{
    const char state = procState(pid).first;
    return state == 0 || state == 'Z' || state == 'X';
}

QList<QByteArray> commandLine(qint64 pid)
{
    QFile file(QStringLiteral("/proc/%1/cmdline").arg(pid));
    return file.open(QIODevice::ReadOnly) ? file.readAll().split('\0') : QList<QByteArray>();
}

// The `liaison-hub serve` child of `parent`, 0 while there is none.
qint64 hubChildOf(qint64 parent, const QString &hubProgram)
{
    const auto entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool ok = false;
        const qint64 pid = entry.toLongLong(&ok);
        if (!ok || procState(pid).second != parent)
            continue;
        if (QFileInfo(QStringLiteral("/proc/%1/exe").arg(pid)).canonicalFilePath() != hubProgram)
            continue;
        if (commandLine(pid).contains("serve"))
            return pid;
    }
    return 0;
}
#endif

QString hubBinary()
{
    return QFileInfo(QStringLiteral(LIAISON_HUB_BINARY)).canonicalFilePath();
}

} // namespace

class TestDemo : public QObject
{
    Q_OBJECT

    static QStringList titles(IncidentListModel *model)
    {
        QStringList out;
        for (int r = 0; r < model->rowCount(); ++r)
            out << model->incidentAt(r).title;
        out.sort();
        return out;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // The test program is not next to the hub: name the one this build made.
        qputenv("LIAISON_HUB_BINARY", QByteArray(LIAISON_HUB_BINARY));
    }

    void twoCentresSyncThroughTheDemoHub()
    {
        auto demo = std::make_unique<DemoSession>();
        QSignalSpy ready(demo.get(), &DemoSession::ready);
        QSignalSpy failed(demo.get(), &DemoSession::failed);
        QString error;
        QVERIFY2(demo->start(&error), qPrintable(error));

        // The hub is a real liaison-hub process, a child of this one, answering on its port.
        const qint64 hubPid = demo->hubProcessId();
        QVERIFY(hubPid > 0);
        QVERIFY(hubPid != QCoreApplication::applicationPid());
        QCOMPARE(demo->hubProgram(), hubBinary());
        QVERIFY(demo->hubPort() > 0);
#ifdef Q_OS_LINUX
        QCOMPARE(procState(hubPid).second, QCoreApplication::applicationPid());
        QCOMPARE(QFileInfo(QStringLiteral("/proc/%1/exe").arg(hubPid)).canonicalFilePath(),
                 hubBinary());
#endif
        {
            QTcpSocket probe;
            probe.connectToHost(QHostAddress::LocalHost, demo->hubPort());
            QVERIFY2(probe.waitForConnected(10000), qPrintable(probe.errorString()));
        }

        QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 30000);
        QVERIFY(demo->isReady());
        QCOMPARE(demo->windows().size(), std::size_t(2));
        QVERIFY(demo->windows()[0]->windowTitle().contains(QLatin1String("CCIRC")));
        for (int i = 0; i < 2; ++i) {
            QTRY_COMPARE_WITH_TIMEOUT(demo->context(i).sync().state(), SyncEngine::State::UpToDate,
                                      20000);
            // Both analysts enrolled with that process's port.
            QCOMPARE(demo->context(i).savedHub()->url.port(), int(demo->hubPort()));
        }
        IncidentListModel *ccirc = demo->windows()[0]->incidentModel();
        IncidentListModel *uscert = demo->windows()[1]->incidentModel();
        // CCIRC: its 4 incidents and the one US-CERT shared; US-CERT: its 2 and CCIRC's 2 shared.
        QTRY_COMPARE_WITH_TIMEOUT(ccirc->rowCount(), 5, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(uscert->rowCount(), 4, 20000);
        QVERIFY(
            !titles(uscert).contains(QStringLiteral("Exposed OT gateway on a pipeline network")));
        QVERIFY(titles(uscert).contains(QStringLiteral("Ransomware at a regional water utility")));
        QVERIFY(titles(ccirc).contains(QStringLiteral("DDoS on a regional payment processor")));
        // An edit in one window reaches the other live.
        const QString id = [&] {
            for (int r = 0; r < ccirc->rowCount(); ++r) {
                if (ccirc->incidentAt(r).title.startsWith(QLatin1String("Ransomware")))
                    return ccirc->incidentAt(r).id;
            }
            return QString();
        }();
        demo->context(0).incidents().setStatus(id, IncidentStatus::Resolved);
        QTRY_COMPARE_WITH_TIMEOUT(demo->context(1).incidents().incident(id)->status,
                                  QStringLiteral("resolved"), 10000);

        // The two analysts talk on the bridge, typing in the Chat pages of the two windows.
        liaison::ChatPage *ottawa = demo->windows()[0]->chatPage();
        liaison::ChatPage *washington = demo->windows()[1]->chatPage();
        const QString bridge = QString::fromLatin1(ChatService::kBridgeId);
        QTRY_VERIFY_WITH_TIMEOUT(demo->context(1).chat().channel(bridge).has_value(), 10000);
        QVERIFY(ottawa->openChannel(bridge));
        QTest::keyClicks(ottawa->composer(), QStringLiteral("Seen 203.0.113.45 at your end?"));
        QTest::keyClick(ottawa->composer(), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(demo->context(1).chat().messages(bridge).size(), 1, 10000);
        // Washington's navigation rail counts it on the Chat page before it is read.
        QTRY_COMPARE_WITH_TIMEOUT(demo->windows()[1]->navigation()->unread(MainWindow::ChatPage), 1,
                                  10000);
        QVERIFY(washington->openChannel(bridge));
        QTRY_COMPARE_WITH_TIMEOUT(washington->messageModel()->rowCount(), 1, 5000);
        QTest::keyClicks(washington->composer(), QStringLiteral("Yes, since Monday"));
        QTest::keyClick(washington->composer(), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(ottawa->messageModel()->rowCount(), 2, 10000);
        QCOMPARE(ottawa->messageModel()->index(1).data(MessageListModel::BodyRole).toString(),
                 QStringLiteral("Yes, since Monday"));
        QTRY_VERIFY_WITH_TIMEOUT(
            !ottawa->messageModel()->index(0).data(MessageListModel::PendingRole).toBool(), 10000);
        QCOMPARE(failed.count(), 0);

        // Ctrl+Q in one window quits the demo: both windows close, the program is told to end.
        QSignalSpy finished(demo.get(), &DemoSession::finished);
        MainWindow *first = demo->windows()[0].get();
        first->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(first));
        QCOMPARE(first->quitAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Q));
        QTest::keyClick(first, Qt::Key_Q, Qt::ControlModifier);
        QCOMPARE(finished.count(), 1);
        QVERIFY(!demo->windows()[0]->isVisible());
        QVERIFY(!demo->windows()[1]->isVisible());

        // The end of the session ends the hub (terminated and waited for: no orphan).
        demo.reset();
#ifdef Q_OS_UNIX
        QCOMPARE(::kill(pid_t(hubPid), 0), -1);
        QCOMPARE(errno, ESRCH);
#endif
    }

    // LIAISON_HUB_BINARY first, then next to the app, then the build tree, then the PATH.
    void findsTheHubProgram()
    {
#ifndef Q_OS_UNIX
        QSKIP("executable shell scripts stand in for the hub");
#else
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString root = QFileInfo(dir.path()).canonicalFilePath();
        QVERIFY(QDir(root).mkpath(QStringLiteral("usr/bin")));
        QVERIFY(QDir(root).mkpath(QStringLiteral("build/app/desktop")));
        QVERIFY(QDir(root).mkpath(QStringLiteral("build/app/hub")));
        QVERIFY(QDir(root).mkpath(QStringLiteral("path")));
        QVERIFY(QDir(root).mkpath(QStringLiteral("empty")));
        const QString installed
            = writeProgram(root + QStringLiteral("/usr/bin/liaison-hub"), "exit 0");
        const QString built
            = writeProgram(root + QStringLiteral("/build/app/hub/liaison-hub"), "exit 0");
        const QString onPath = writeProgram(root + QStringLiteral("/path/liaison-hub"), "exit 0");
        QVERIFY(!installed.isEmpty() && !built.isEmpty() && !onPath.isEmpty());
        // Not executable: not a program, whatever its name.
        QFile plain(root + QStringLiteral("/empty/liaison-hub"));
        QVERIFY(plain.open(QIODevice::WriteOnly));
        plain.close();

        EnvironmentValue path("PATH", (root + QStringLiteral("/path")).toLocal8Bit());
        QString error;
        {
            EnvironmentValue unset("LIAISON_HUB_BINARY", QByteArray());
            QCOMPARE(DemoSession::findHubProgram(root + QStringLiteral("/usr/bin"), &error),
                     installed);
            QCOMPARE(
                DemoSession::findHubProgram(root + QStringLiteral("/build/app/desktop"), &error),
                built);
            QCOMPARE(DemoSession::findHubProgram(root + QStringLiteral("/empty"), &error), onPath);
            QVERIFY(error.isEmpty());
            EnvironmentValue noPath("PATH", (root + QStringLiteral("/empty")).toLocal8Bit());
            QCOMPARE(DemoSession::findHubProgram(root + QStringLiteral("/empty"), &error),
                     QString());
            QCOMPARE(error,
                     DemoSession::tr("The demo needs the liaison-hub program, which is neither "
                                     "next to Liaison (%1) nor on the PATH. Install it, or set "
                                     "LIAISON_HUB_BINARY to its path.")
                         .arg(QDir::toNativeSeparators(root + QStringLiteral("/empty"))));
        }
        {
            EnvironmentValue chosen("LIAISON_HUB_BINARY", onPath.toLocal8Bit());
            QCOMPARE(DemoSession::findHubProgram(root + QStringLiteral("/usr/bin"), &error),
                     onPath);
        }
        {
            const QString missing = root + QStringLiteral("/nowhere/liaison-hub");
            EnvironmentValue wrong("LIAISON_HUB_BINARY", missing.toLocal8Bit());
            error.clear();
            QCOMPARE(DemoSession::findHubProgram(root + QStringLiteral("/usr/bin"), &error),
                     QString());
            QCOMPARE(error,
                     DemoSession::tr("LIAISON_HUB_BINARY names %1, which is not a program "
                                     "Liaison can run.")
                         .arg(QDir::toNativeSeparators(missing)));
        }
#endif
    }

    // A hub that fails at each step: start() says so in a sentence, and no window opens.
    void failuresReachTheUser_data()
    {
        QTest::addColumn<QByteArray>("script");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("logged"); // the hub's own words: in the log, not the sentence
        QTest::newRow("init fails")
            << QByteArray("[ \"$1\" = init ] && { echo 'liaison-hub: SQLITE_CANTOPEN (14)' >&2; "
                          "exit 3; }; exit 0")
            << DemoSession::tr("The demo hub's store could not be created.")
            << QStringLiteral("demo hub \\(init\\): liaison-hub: SQLITE_CANTOPEN \\(14\\)");
        QTest::newRow("crashes")
            << QByteArray("[ \"$1\" = centre ] && kill -9 $$; exit 0")
            << DemoSession::tr("The demo centres could not be added to the hub.")
            << QStringLiteral("demo hub \\(centre\\) stopped without a message");
        QTest::newRow("no code") << QByteArray("exit 0")
                                 << DemoSession::tr("The demo hub could not issue enrolment codes.")
                                 << QString();
        QTest::newRow("serve fails")
            << QByteArray("case \"$1\" in\n"
                          "  enroll) echo '{\"code\": \"ABCD-EFGH\"}' ;;\n"
                          "  serve) echo 'liaison-hub serve: the address is in use' >&2; exit 1 "
                          ";;\n"
                          "esac")
            << DemoSession::tr("The demo hub stopped before it was ready.")
            << QStringLiteral("demo hub \\(serve\\): liaison-hub serve: the address is in use");
    }

    void failuresReachTheUser()
    {
#ifndef Q_OS_UNIX
        QSKIP("executable shell scripts stand in for the hub");
#else
        QFETCH(QByteArray, script);
        QFETCH(QString, expected);
        QFETCH(QString, logged);
        if (!logged.isEmpty())
            QTest::ignoreMessage(QtWarningMsg, QRegularExpression(logged));
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString program = writeProgram(dir.filePath(QStringLiteral("liaison-hub")), script);
        EnvironmentValue hub("LIAISON_HUB_BINARY", program.toLocal8Bit());
        DemoSession demo;
        QString error;
        QVERIFY(!demo.start(&error));
        QCOMPARE(error, expected);
        QCOMPARE(demo.hubProcessId(), qint64(0));
        QCOMPARE(demo.analystCount(), 0);
        QVERIFY(demo.windows().empty());
#endif
    }

    // The hub stops after it said it listens: failed() tells the user, once.
    void aHubThatStopsIsReported()
    {
#ifndef Q_OS_UNIX
        QSKIP("executable shell scripts stand in for the hub");
#else
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString program
            = writeProgram(dir.filePath(QStringLiteral("liaison-hub")),
                           "case \"$1\" in\n"
                           "  enroll) echo '{\"code\": \"ABCD-EFGH\"}' ;;\n"
                           "  serve) echo 'Listening on 127.0.0.1:0 (port 9)'\n"
                           "         echo 'liaison-hub: the store went away' >&2; exit 1 ;;\n"
                           "esac");
        EnvironmentValue hub("LIAISON_HUB_BINARY", program.toLocal8Bit());
        DemoSession demo;
        QSignalSpy failed(&demo, &DemoSession::failed);
        QString error;
        QVERIFY2(demo.start(&error), qPrintable(error));
        QCOMPARE(demo.hubPort(), quint16(9));
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("the store went away")));
        const QString expected
            = DemoSession::tr("The demo hub stopped: the windows can no longer sync.");
        const auto said = [&] {
            int n = 0;
            for (const auto &args : failed)
                n += args.at(0).toString() == expected;
            return n;
        };
        QTRY_COMPARE_WITH_TIMEOUT(said(), 1, 20000);
        QVERIFY(!demo.isReady());
#endif
    }

    // `liaison --demo` killed with SIGKILL (no destructor runs): its hub ends too.
    void noOrphanHubWhenTheAppIsKilled()
    {
#ifndef Q_OS_LINUX
        QSKIP("the hub follows its parent with PR_SET_PDEATHSIG, on Linux only");
#else
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        QProcess app;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("LIAISON_HUB_BINARY"), hubBinary());
        env.insert(QStringLiteral("TMPDIR"), tmp.path()); // the demo's folder, removed below
        app.setProcessEnvironment(env);
        app.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        app.start(QStringLiteral(LIAISON_DESKTOP_BINARY), {QStringLiteral("--demo")});
        QVERIFY2(app.waitForStarted(10000), qPrintable(app.errorString()));
        qint64 hubPid = 0;
        QTRY_VERIFY_WITH_TIMEOUT((hubPid = hubChildOf(app.processId(), hubBinary())) > 0
                                     || app.state() != QProcess::Running,
                                 30000);
        QVERIFY2(hubPid > 0, "liaison --demo started no liaison-hub child");
        // Should this test fail, it leaves no hub behind either.
        const auto reap = qScopeGuard([hubPid] {
            if (!processEnded(hubPid))
                ::kill(pid_t(hubPid), SIGKILL);
        });
        // Killed once both analysts are enrolled, so the hub has nothing left to print (a
        // write to the dead app's pipe would end it anyway, with or without the fix).
        const auto serve = commandLine(hubPid);
        const QString data = QString::fromLocal8Bit(serve.value(serve.indexOf("--data") + 1));
        const auto enrolled = [&] {
            QProcess devices;
            devices.start(hubBinary(), {QStringLiteral("devices"), QStringLiteral("--data"), data});
            if (!devices.waitForFinished(10000))
                return 0;
            return int(devices.readAllStandardOutput().count("\tactive"));
        };
        QTRY_COMPARE_WITH_TIMEOUT(enrolled(), 2, 60000);
        QVERIFY(!processEnded(hubPid));
        ::kill(pid_t(app.processId()), SIGKILL);
        QVERIFY(app.waitForFinished(10000));
        QTRY_VERIFY_WITH_TIMEOUT(processEnded(hubPid), 20000);
#endif
    }
};

QTEST_MAIN(TestDemo)
#include "tst_demo.moc"
