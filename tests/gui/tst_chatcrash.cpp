// The desktop killed with SIGKILL in the middle of a conversation: a process running the real
// main window (liaison-chat-crash) sends two messages with Enter while the hub is down and
// leaves half a message in the composer; it is killed with SIGKILL; the profile opened again
// shows both messages pending, in order, and the half message back in the composer; once the
// hub is up they reach the other centre once each, in order, and the half message reaches
// nobody. Mattermost, Signal and Element have open issues where this loses or sticks messages.
#include "TestSupport.h"

#include "server/HubServer.h"
#include "server/HubStore.h"
#include "services/ChatService.h"
#include "storage/Profile.h"
#include "sync/OpLog.h"
#include "sync/SyncEngine.h"
#include "widgets/chat/ChatPage.h"
#include "workspace/Workspace.h"

#include <QHostAddress>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace liaison;

namespace {
const char kPassphrase[] = "crash test passphrase";

QStringList bodies(const QList<ChatMessage> &messages)
{
    QStringList out;
    for (const ChatMessage &m : messages)
        out << m.body;
    return out;
}
} // namespace

class TestChatCrash : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // A new profile enrolled at the hub as a new analyst of centre, saved with the hub's URL.
    QString enrolledProfile(HubStore &store, const QString &centre, const QString &name,
                            const QUrl &hub)
    {
        const QString dir = m_dir.filePath(name);
        Workspace ws(
            Profile::create(dir, test::passphrase(kPassphrase), KdfParams::fastForTests()));
        const auto code = store.directory().issueEnrolment(centre, name, {}, 3600);
        const HubDevice device
            = store.directory().redeemEnrolment(code.code, ws.opLog().identity().key->publicKey());
        ws.opLog().setEnrolment(device.analystId, device.centre);
        HubEndpoint {hub, {}, name}.save(ws.profile().db());
        return dir;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void killedWithPendingMessagesAndAHalfTypedOne()
    {
        auto store = HubStore::init(m_dir.filePath(QStringLiteral("hub")));
        store->directory().addCentre(QStringLiteral("CCIRC"), QStringLiteral("CCIRC"));
        store->directory().addCentre(QStringLiteral("USCERT"), QStringLiteral("US-CERT"));
        // A free port, then the hub goes down: the desktop will find nobody there.
        auto server = std::make_unique<HubServer>(*store);
        QString error;
        QVERIFY2(server->listen(QHostAddress::LocalHost, 0, true, &error), qPrintable(error));
        const quint16 port = server->port();
        server.reset();
        const QUrl url(QStringLiteral("ws://127.0.0.1:%1").arg(port));
        const QString marie = enrolledProfile(*store, QStringLiteral("CCIRC"),
                                              QStringLiteral("Marie Tremblay"), url);
        const QString dana
            = enrolledProfile(*store, QStringLiteral("USCERT"), QStringLiteral("Dana Lee"), url);

        QProcess desktop;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LIAISON_PASSPHRASE"), QString::fromLatin1(kPassphrase));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("liaison.*.info=false"));
        desktop.setProcessEnvironment(env);
        desktop.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        desktop.start(QStringLiteral(LIAISON_CHAT_CRASH_BINARY), {marie});
        QVERIFY(desktop.waitForStarted(10000));
        QByteArray out;
        for (int i = 0; i < 600 && !out.contains("ready"); ++i) {
            if (!desktop.waitForReadyRead(100) && desktop.state() != QProcess::Running)
                break;
            out += desktop.readAllStandardOutput();
        }
        QVERIFY2(out.contains("ready"), "the desktop did not get through typing");
        desktop.kill(); // SIGKILL: no close, no lock, no saving of the draft
        QVERIFY(desktop.waitForFinished(10000));
        QCOMPARE(desktop.exitStatus(), QProcess::CrashExit);

        // Opened again: both pending, in the order written; the half message in the composer.
        auto ws = std::make_unique<Workspace>(Profile::open(marie, test::passphrase(kPassphrase)));
        const QString bridge = QString::fromLatin1(ChatService::kBridgeId);
        const auto pending = ws->chat().messages(bridge);
        QCOMPARE(bodies(pending), (QStringList {"pending one", "pending two"}));
        for (const ChatMessage &m : pending)
            QVERIFY(m.pending);
        QCOMPARE(ws->chat().draft(bridge), QStringLiteral("half a dra"));
        {
            ChatPage page(*ws);
            page.show();
            QVERIFY(page.openChannel(bridge));
            QCOMPARE(page.composer()->toPlainText(), QStringLiteral("half a dra"));
        }

        // The hub is back: once each, in order, at the other centre; the half message nowhere.
        server = std::make_unique<HubServer>(*store);
        QVERIFY2(server->listen(QHostAddress::LocalHost, port, true, &error), qPrintable(error));
        Workspace other(Profile::open(dana, test::passphrase(kPassphrase)));
        QVERIFY(ws->startSync());
        QVERIFY(other.startSync());
        QTRY_COMPARE_WITH_TIMEOUT(bodies(other.chat().messages(bridge)),
                                  (QStringList {"pending one", "pending two"}), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(ws->outboxSize(), 0, 20000);
        for (const ChatMessage &m : ws->chat().messages(bridge))
            QVERIFY(!m.pending);
        QTRY_VERIFY_WITH_TIMEOUT(other.sync().state() == SyncEngine::State::UpToDate, 20000);
        QCOMPARE(other.chat().messages(bridge).size(), 2);
        QVERIFY(other.chat().draft(bridge).isEmpty());
        QCOMPARE(ws->opLog().rejectedCount(), 0);
    }
};

QTEST_MAIN(TestChatCrash)
#include "tst_chatcrash.moc"
