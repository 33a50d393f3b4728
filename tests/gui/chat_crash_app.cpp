// liaison-chat-crash (a helper of tst_chatcrash): the desktop's main window on a profile
// (passphrase from LIAISON_PASSPHRASE), used through its Chat page as an analyst would, with
// the hub down: two messages typed and sent with Enter, then half a message left in the
// composer. Prints "ready" once the half message has been kept (ChatPage::kKeepTypingMs after
// the last key) and waits to be killed with SIGKILL. Exits 2 if anything is missing.
#include "TestSupport.h"

#include "services/ChatService.h"
#include "storage/Profile.h"
#include "widgets/chat/ChatPage.h"
#include "widgets/shell/MainWindow.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

#include <cstdio>

using namespace liaison;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    if (argc != 2 || qEnvironmentVariableIsEmpty("LIAISON_PASSPHRASE")) {
        std::fprintf(stderr, "usage: LIAISON_PASSPHRASE=... liaison-chat-crash PROFILE_DIR\n");
        return 2;
    }
    const QByteArray secret = qgetenv("LIAISON_PASSPHRASE");
    Workspace context(Profile::open(QString::fromLocal8Bit(argv[1]), test::passphrase(secret)));
    MainWindow window(context);
    window.show();
    context.startSync(); // the hub is down: offline, the outbox keeps what is sent
    window.showPage(MainWindow::ChatPage);
    ChatPage *page = window.chatPage();
    const QString bridge = context.chat().ensureBridge();
    if (!page || !page->openChannel(bridge))
        return 2;
    ChatComposer *composer = page->composer();
    composer->setFocus();
    for (const char *text : {"pending one", "pending two"}) {
        QTest::keyClicks(composer, QString::fromLatin1(text));
        QTest::keyClick(composer, Qt::Key_Return);
    }
    QTest::keyClicks(composer, QStringLiteral("half a dra"));
    QTimer::singleShot(ChatPage::kKeepTypingMs + 500, &app, [] {
        std::printf("ready\n");
        std::fflush(stdout);
    });
    return app.exec();
}
