// The main window's shell: the navigation rail (icons, names in both languages, the Chat
// badge, the changes waiting to sync, collapsed and remembered), Board and Table as a radio
// choice, Help > Keyboard shortcuts read from the actual actions, a page's focus at its main
// action and a tab's mnemonic moving the focus into the tab. Also run at 200% (tst_shell_200).
#include "TestSupport.h"
#include "WindowWalk.h"
#include "widgets/board/BoardPage.h"
#include "widgets/chat/ChatPage.h"
#include "widgets/common/KeyboardSupport.h"
#include "widgets/common/Translator.h"
#include "widgets/incident/IncidentDialog.h"
#include "widgets/shell/MainWindow.h"
#include "widgets/shell/NavigationRail.h"
#include "widgets/shell/ShortcutsDialog.h"

#include "services/IncidentService.h"
#include "storage/Profile.h"
#include "workspace/Workspace.h"

#include <QAbstractItemDelegate>
#include <QAccessible>
#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStyleOption>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QToolButton>

#include <functional>

using namespace liaison;

namespace {

QString plain(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    text.remove(QChar(0x2026));
    return text.trimmed();
}

} // namespace

class TestShell : public QObject
{
    Q_OBJECT

    ManualClock m_clock {1'760'000'000'000};
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_context;
    QString m_incident;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        m_context = test::enrolledWorkspace(m_dir, m_clock, "shell test passphrase");
        IncidentDraft draft;
        draft.title = QStringLiteral("Ransomware at a regional water utility");
        m_incident = m_context->incidents().createIncident(draft);
    }

    void cleanupTestCase() { m_context.reset(); }

    void railNamesItsPagesWithIcons()
    {
        const QStringList en {QStringLiteral("Board"), QStringLiteral("Chat"),
                              QStringLiteral("Schedule"), QStringLiteral("Contacts")};
        const QStringList fr {QStringLiteral("Tableau"), QStringLiteral("Clavardage"),
                              QStringLiteral("Calendrier"), QStringLiteral("Contacts")};
        test::eachLanguage([&](const QString &language) {
            MainWindow window(*m_context);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            NavigationRail *rail = window.navigation();
            QCOMPARE(rail->count(), int(MainWindow::PageCount));
            const QStringList &names = language == QLatin1String("fr") ? fr : en;
            QListWidget *list = rail->list();
            for (int page = 0; page < rail->count(); ++page) {
                QCOMPARE(rail->pageName(page), names[page]);
                // Announced by name (the list's own accessible children).
                QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(list);
                QVERIFY(iface);
                QAccessibleInterface *item = iface->child(page);
                QVERIFY(item);
                QCOMPARE(item->text(QAccessible::Name), names[page]);
                // The whole name fits beside its icon.
                QStyleOptionViewItem option;
                option.initFrom(list);
                QVERIFY2(list->visualRect(list->model()->index(page, 0)).width()
                             >= list->itemDelegate()
                                     ->sizeHint(option, list->model()->index(page, 0))
                                     .width()
                                 - 1,
                         qPrintable(names[page]));
            }
            // Clicking a page shows it.
            const QRect chat = list->visualRect(list->model()->index(MainWindow::ChatPage, 0));
            QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, chat.center());
            QCOMPARE(window.currentPage(), MainWindow::ChatPage);
        });
    }

    void chatBadgeAndPending()
    {
        test::eachLanguage([&](const QString &language) {
            MainWindow window(*m_context);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            NavigationRail *rail = window.navigation();
            emit window.chatPage()->unreadChanged(3, 1);
            QCOMPARE(rail->unread(MainWindow::ChatPage), 3);
            QCOMPARE(rail->mentions(MainWindow::ChatPage), 1);
            QCOMPARE(rail->unread(MainWindow::BoardPage), 0);
            const QString said = rail->list()
                                     ->item(MainWindow::ChatPage)
                                     ->data(Qt::AccessibleDescriptionRole)
                                     .toString();
            QVERIFY2(said.contains(QLatin1String("3")) && said.contains(QLatin1String("1")),
                     qPrintable(said));
            QVERIFY2(said.contains(language == QLatin1String("fr") ? QStringLiteral("non lu")
                                                                   : QStringLiteral("unread")),
                     qPrintable(said));
            QVERIFY(window.windowTitle().startsWith(QLatin1String("(3)")));
            emit window.chatPage()->unreadChanged(0, 0);
            QVERIFY(rail->list()
                        ->item(MainWindow::ChatPage)
                        ->data(Qt::AccessibleDescriptionRole)
                        .toString()
                        .isEmpty());

            // The outbox: what this analyst changed and the hub has not taken yet.
            const int before = m_context->outboxSize();
            m_context->incidents().addComment(m_incident, QStringLiteral("Waiting to sync."));
            const int pending = m_context->outboxSize();
            QVERIFY(pending > before);
            QTRY_COMPARE(rail->pending(), pending);
            QLabel *badge = rail->pendingLabel();
            QVERIFY(badge->isVisible());
            QVERIFY2(badge->text().contains(QLocale().toString(pending)),
                     qPrintable(badge->text()));
            QVERIFY2(badge->accessibleName().contains(QLocale().toString(pending)),
                     qPrintable(badge->accessibleName()));
        });
    }

    void railCollapsesAndRemembers()
    {
        QSettings().remove(QStringLiteral("ui/navigation/collapsed"));
        int expandedWidth = 0;
        {
            MainWindow window(*m_context);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            NavigationRail *rail = window.navigation();
            QVERIFY(!rail->isCollapsed());
            expandedWidth = rail->width();
            QVERIFY2(expandedWidth <= 170, qPrintable(QString::number(expandedWidth)));
            QTest::mouseClick(rail->collapseButton(), Qt::LeftButton);
            QVERIFY(rail->isCollapsed());
            QCoreApplication::processEvents();
            QVERIFY2(rail->width() < expandedWidth && rail->width() <= 64,
                     qPrintable(QString::number(rail->width())));
            // The names stay for screen readers and tooltips.
            QCOMPARE(rail->list()->item(0)->toolTip(), QStringLiteral("Board"));
            QVERIFY(!rail->collapseButton()->accessibleName().isEmpty());
        }
        {
            MainWindow window(*m_context); // remembered
            NavigationRail *rail = window.navigation();
            QVERIFY(rail->isCollapsed());
            QAction *compact = nullptr;
            for (QAction *a : window.findChildren<QAction *>()) {
                if (a->isCheckable() && plain(a->text()) == QLatin1String("Compact navigation"))
                    compact = a;
            }
            QVERIFY(compact);
            QVERIFY(compact->isChecked());
            compact->trigger(); // View > Compact navigation, the same switch
            QVERIFY(!rail->isCollapsed());
        }
        QCOMPARE(QSettings().value(QStringLiteral("ui/navigation/collapsed")).toBool(), false);
    }

    void boardAndTableAreARadioChoice()
    {
        MainWindow window(*m_context);
        BoardPage *page = window.boardPage();
        QAction *board = page->boardModeAction();
        QAction *table = page->tableModeAction();
        QVERIFY(board->actionGroup() && board->actionGroup() == table->actionGroup());
        QVERIFY(board->actionGroup()->isExclusive());
        QVERIFY(board->isChecked() != table->isChecked());
        table->trigger();
        QVERIFY(table->isChecked() && !board->isChecked());
        QCOMPARE(page->mode(), BoardPage::Mode::Table);
        table->trigger(); // choosing it again keeps it chosen
        QVERIFY(table->isChecked() && !board->isChecked());
        board->trigger();
        QVERIFY(board->isChecked() && !table->isChecked());
        QCOMPARE(page->mode(), BoardPage::Mode::Board);
    }

    // Every shortcut of the window's actions is listed, by its own name and keys, in the UI's
    // language.
    void shortcutsDialogListsEveryShortcut()
    {
        test::eachLanguage([&](const QString &language) {
            MainWindow window(*m_context);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            ShortcutsDialog dialog(&window);
            const QStringList rows = dialog.rows();
            int checked = 0;
            for (QAction *action : window.findChildren<QAction *>()) {
                if (action->shortcut().isEmpty() || !action->isVisible())
                    continue;
                const QString suffix = QLatin1Char('\t') + plain(action->text()) + QLatin1Char('\t')
                    + action->shortcut().toString(QKeySequence::NativeText);
                bool found = false;
                for (const QString &row : rows)
                    found = found || row.endsWith(suffix);
                QVERIFY2(found,
                         qPrintable(language + suffix + QLatin1String("\n")
                                    + rows.join(QLatin1Char('\n'))));
                ++checked;
            }
            QVERIFY(checked >= 10); // settings, quit, four pages, new, find, board, table, ...
            const QString quit = language == QLatin1String("fr") ? QStringLiteral("Quitter")
                                                                 : QStringLiteral("Quit");
            QVERIFY(rows.filter(quit).size() >= 1);
            // The keys of the chat box, in words.
            const QString send = language == QLatin1String("fr")
                ? QStringLiteral("Envoyer le message")
                : QStringLiteral("Send the message");
            QVERIFY2(!rows.filter(send).isEmpty(), qPrintable(rows.join(QLatin1Char('\n'))));
        });
    }

    void helpMenuOpensTheShortcuts()
    {
        MainWindow window(*m_context);
        QAction *open = nullptr;
        for (QAction *a : window.menuBar()->actions()) {
            if (!a->menu())
                continue;
            for (QAction *item : a->menu()->actions()) {
                if (plain(item->text()) == QLatin1String("Keyboard shortcuts"))
                    open = item;
            }
        }
        QVERIFY(open);
        QCOMPARE(open->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Slash));
    }

    // A page shown (Ctrl+1..4) has the focus at its main action, first in its tab order.
    void pagesStartAtTheirMainAction()
    {
        MainWindow window(*m_context);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        for (int page = 0; page < MainWindow::PageCount; ++page) {
            window.showPage(MainWindow::Page(page));
            QWidget *focus = QApplication::focusWidget();
            QVERIFY2(focus, qPrintable(QString::number(page)));
            QWidget *shown
                = window.findChild<QStackedWidget *>(QStringLiteral("pages"))->currentWidget();
            QVERIFY2(shown->isAncestorOf(focus),
                     qPrintable(QStringLiteral("page %1: %2")
                                    .arg(page)
                                    .arg(QLatin1String(focus->metaObject()->className()))));
        }
        window.showPage(MainWindow::BoardPage);
        auto *button = qobject_cast<QToolButton *>(QApplication::focusWidget());
        QVERIFY(button);
        QCOMPARE(button->defaultAction(), window.boardPage()->newIncidentAction());
    }

    // Alt+ a tab's underlined letter shows the tab and puts the focus in it.
    void tabMnemonicMovesFocusIntoTheTab()
    {
        installTabMnemonicFocus();
        test::eachLanguage([&](const QString &language) {
            IncidentDialog dialog(m_context->incidents(), m_incident);
            dialog.show();
            dialog.activateWindow();
            QVERIFY(QTest::qWaitForWindowActive(&dialog));
            auto *tabs = dialog.findChild<QTabWidget *>();
            QVERIFY(tabs);
            int tested = 0;
            for (int i = tabs->count() - 1; i >= 0; --i) {
                const QKeySequence key = QKeySequence::mnemonic(tabs->tabText(i));
                if (key.isEmpty() || !tabs->isTabEnabled(i) || i == tabs->currentIndex())
                    continue;
                QTest::keySequence(&dialog, key);
                QCOMPARE(tabs->currentIndex(), i);
                QTRY_VERIFY2(QApplication::focusWidget()
                                 && tabs->widget(i)->isAncestorOf(QApplication::focusWidget()),
                             qPrintable(language + QLatin1Char(' ') + tabs->tabText(i)));
                ++tested;
            }
            QVERIFY(tested >= 2);
        });
    }
};

QTEST_MAIN(TestShell)
#include "tst_shell.moc"
