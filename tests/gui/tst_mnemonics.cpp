// Unique mnemonics (Alt+letter) in every window, in English and in French. The check walks the
// whole widget tree of each window as Qt registers mnemonics (buttons' text, labels with a
// buddy, group box titles, tab bars, the menu bar) with each page of every stacked widget and
// tab widget shown in turn, so that pages added later are covered without naming them; and each
// menu on its own (a menu's mnemonics only work inside it).
#include "TestSupport.h"
#include "WindowWalk.h"
#include "widgets/board/NewIncidentDialog.h"
#include "widgets/common/Translator.h"
#include "widgets/incident/IncidentDialog.h"
#include "widgets/incident/ShareIncidentDialog.h"
#include "widgets/incident/ShareWithPeopleDialog.h"
#include "widgets/profile/ChangePassphraseDialog.h"
#include "widgets/profile/ProfileSetupDialog.h"
#include "widgets/profile/UnlockDialog.h"
#include "widgets/shell/MainWindow.h"
#include "widgets/shell/SettingsDialog.h"

#include "services/IncidentService.h"
#include "storage/Profile.h"
#include "workspace/Workspace.h"

#include <QAbstractButton>
#include <QGroupBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRandomGenerator>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QVBoxLayout>

#include <functional>
#include <map>

using namespace liaison;

namespace {

QString describe(const QWidget *w, const QString &text)
{
    return QStringLiteral("%1 \"%2\"").arg(QLatin1String(w->metaObject()->className()), text);
}

bool insideMenus(const QWidget *w)
{
    for (const QWidget *p = w; p; p = p->parentWidget()) {
        if (qobject_cast<const QMenu *>(p) || qobject_cast<const QMenuBar *>(p))
            return true;
    }
    return false;
}

// The mnemonics active in the window as it is shown now: Alt+key -> who has it.
std::map<QString, QStringList> activeMnemonics(QWidget *window)
{
    std::map<QString, QStringList> found;
    const auto add = [&](const QString &text, const QString &who) {
        const QKeySequence key = QKeySequence::mnemonic(text);
        if (!key.isEmpty())
            found[key.toString(QKeySequence::PortableText)] << who;
    };
    const auto shown = [window](const QWidget *w) { return w->isVisibleTo(window); };
    for (QMenuBar *bar : window->findChildren<QMenuBar *>()) {
        for (QAction *action : bar->actions()) {
            if (action->isVisible())
                add(action->text(), QStringLiteral("menu \"%1\"").arg(action->text()));
        }
    }
    for (QAbstractButton *button : window->findChildren<QAbstractButton *>()) {
        if (shown(button) && !insideMenus(button))
            add(button->text(), describe(button, button->text()));
    }
    for (QLabel *label : window->findChildren<QLabel *>()) {
        if (shown(label) && label->buddy())
            add(label->text(), describe(label, label->text()));
    }
    for (QGroupBox *box : window->findChildren<QGroupBox *>()) {
        if (shown(box))
            add(box->title(), describe(box, box->title()));
    }
    for (QTabBar *tabs : window->findChildren<QTabBar *>()) {
        if (!shown(tabs))
            continue;
        for (int i = 0; i < tabs->count(); ++i) {
            if (tabs->isTabVisible(i))
                add(tabs->tabText(i), describe(tabs, tabs->tabText(i)));
        }
    }
    return found;
}

QStringList conflictsNow(QWidget *window, const QString &state)
{
    QStringList out;
    const auto found = activeMnemonics(window);
    if (qEnvironmentVariableIsSet("LIAISON_DUMP_MNEMONICS")) { // to pick a free letter
        for (const auto &[key, owners] : found)
            qInfo("%s [%s] %s: %s", qPrintable(window->objectName()), qPrintable(state),
                  qPrintable(key), qPrintable(owners.join(QLatin1String(", "))));
    }
    for (const auto &[key, owners] : found) {
        if (owners.size() > 1)
            out << QStringLiteral("%1 [%2]: %3 used by %4")
                       .arg(window->objectName().isEmpty()
                                ? QLatin1String(window->metaObject()->className())
                                : window->objectName(),
                            state, key, owners.join(QLatin1String(", ")));
    }
    return out;
}

void checkMenu(QMenu *menu, QStringList *out)
{
    std::map<QString, QStringList> found;
    for (QAction *action : menu->actions()) {
        if (action->menu())
            checkMenu(action->menu(), out);
        const QKeySequence key = QKeySequence::mnemonic(action->text());
        if (!key.isEmpty())
            found[key.toString(QKeySequence::PortableText)] << action->text();
    }
    for (const auto &[key, owners] : found) {
        if (owners.size() > 1)
            *out << QStringLiteral("menu \"%1\": %2 used by %3")
                        .arg(menu->title(), key, owners.join(QLatin1String(", ")));
    }
}

// Shows each page of every stack (tab widgets through their tabs) in turn and collects the
// duplicates; puts every stack back as it was.
QStringList mnemonicConflicts(QWidget *window)
{
    QStringList out;
    for (QMenuBar *bar : window->findChildren<QMenuBar *>()) {
        for (QAction *action : bar->actions()) {
            if (action->menu())
                checkMenu(action->menu(), &out);
        }
    }
    test::walkPages(window, [&](const QString &state) { out << conflictsNow(window, state); });
    out.removeDuplicates();
    return out;
}

} // namespace

class TestMnemonics : public QObject
{
    Q_OBJECT

    ManualClock m_clock {1'760'000'000'000};
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_context;
    QString m_incident;

    static void expectNone(QWidget *window, const QString &language)
    {
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QCoreApplication::processEvents();
        const QStringList conflicts = mnemonicConflicts(window);
        QVERIFY2(
            conflicts.isEmpty(),
            qPrintable(language + QStringLiteral(": ") + conflicts.join(QStringLiteral("\n  "))));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_context = test::enrolledWorkspace(m_dir, m_clock, "mnemonic test passphrase");
        IncidentDraft draft;
        draft.title = QStringLiteral("Ransomware at a regional water utility");
        m_incident = m_context->incidents().createIncident(draft);
        m_context->incidents().addComment(m_incident, QStringLiteral("First report."));
    }

    void cleanupTestCase() { m_context.reset(); }

    // The check itself finds a duplicate, including one on a page that is not shown first, and
    // passes when the page that holds the other is never shown with it.
    void checkerFindsDuplicates()
    {
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        layout->addWidget(new QPushButton(QStringLiteral("&Test"), &window));
        auto *stack = new QStackedWidget(&window);
        stack->setObjectName(QStringLiteral("stack"));
        stack->addWidget(new QPushButton(QStringLiteral("&Open"), stack));
        stack->addWidget(new QPushButton(QStringLiteral("&Tally"), stack));
        layout->addWidget(stack);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QStringList conflicts = mnemonicConflicts(&window);
        QCOMPARE(conflicts.size(), 1);
        QVERIFY2(conflicts.first().contains(QLatin1String("Alt+T")), qPrintable(conflicts.first()));
        QCOMPARE(stack->currentIndex(), 0); // put back
        // Two pages of a stack never show together: no conflict between them.
        auto *other = new QStackedWidget(&window);
        other->addWidget(new QPushButton(QStringLiteral("&Keep"), other));
        other->addWidget(new QPushButton(QStringLiteral("&Kind"), other));
        layout->addWidget(other);
        QCOMPARE(mnemonicConflicts(&window).size(), 1);
    }

    void mainWindow()
    {
        test::eachLanguage([this](const QString &language) {
            MainWindow window(*m_context);
            window.resize(1100, 700);
            // Every page (and the board's table) through the walk of the stacked widgets.
            expectNone(&window, language);
        });
    }

    void incidentDialog()
    {
        test::eachLanguage([this](const QString &language) {
            IncidentDialog dialog(m_context->incidents(), m_incident);
            expectNone(&dialog, language);
        });
    }

    void settingsDialog()
    {
        test::eachLanguage([this](const QString &language) {
            SettingsDialog dialog(*m_context);
            expectNone(&dialog, language);
        });
    }

    void newIncidentDialog()
    {
        test::eachLanguage([](const QString &language) {
            NewIncidentDialog dialog;
            expectNone(&dialog, language);
        });
    }

    void profileDialogs()
    {
        test::eachLanguage([this](const QString &language) {
            {
                ProfileSetupDialog setup(m_dir.filePath(QStringLiteral("new-profile")));
                expectNone(&setup, language);
            }
            UnlockDialog unlock(m_dir.filePath(QStringLiteral("new-profile")));
            expectNone(&unlock, language);
            ChangePassphraseDialog change(m_context->profile());
            expectNone(&change, language);
        });
    }

    void shareDialogs()
    {
        test::eachLanguage([this](const QString &language) {
            const auto incident = m_context->incidents().incident(m_incident);
            QVERIFY(incident);
            ShareIncidentDialog share(*incident, m_context->incidents().comments(m_incident),
                                      [](const QString &id) { return id; });
            expectNone(&share, language);
            ShareWithPeopleDialog people(
                *incident,
                {{QStringLiteral("dana"), QStringLiteral("Dana Lee"), QStringLiteral("USCERT")}},
                {});
            expectNone(&people, language);
        });
    }
};

QTEST_MAIN(TestMnemonics)
#include "tst_mnemonics.moc"
