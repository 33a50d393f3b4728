#include "MainWindow.h"

#include "models/board/IncidentListModel.h"
#include "sync/Presence.h"
#include "widgets/board/BoardPage.h"
#include "widgets/chat/ChatNotifier.h"
#include "widgets/chat/ChatPage.h"
#include "widgets/chat/PresenceWidgets.h"
#include "widgets/common/KeyboardSupport.h"
#include "widgets/common/Theme.h"
#include "widgets/common/Translator.h"
#include "widgets/common/UiErrors.h"
#include "widgets/contacts/ContactsPage.h"
#include "widgets/incident/IncidentDialog.h"
#include "widgets/schedule/SchedulePage.h"
#include "widgets/schedule/ScheduleReminders.h"
#include "widgets/shell/NavigationRail.h"
#include "widgets/shell/SettingsDialog.h"
#include "widgets/shell/ShortcutsDialog.h"

#include "core/Version.h"
#include "services/ChatService.h"
#include "services/IncidentService.h"
#include "storage/Profile.h"
#include "sync/OpLog.h"
#include "sync/SyncEngine.h"
#include "workspace/Workspace.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QVBoxLayout>

namespace liaison {

namespace {
constexpr char kGeometryKey[] = "ui/mainWindow/geometry";
constexpr char kStateKey[] = "ui/mainWindow/state";
constexpr char kBoardStateKey[] = "ui/board/state";
} // namespace

MainWindow::MainWindow(Workspace &context, QWidget *parent)
    : QMainWindow(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("mainWindow"));
    installTabMnemonicFocus(); // for the incident windows' tabs too

    m_rail = new NavigationRail(this);
    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("pages"));
    for (int page = 0; page < PageCount; ++page) {
        if (page == MainWindow::BoardPage) {
            m_board = new liaison::BoardPage(m_context, m_pages);
            connect(m_board, &liaison::BoardPage::openRequested, this, &MainWindow::openIncident);
            m_pages->addWidget(m_board);
            continue;
        }
        if (page == MainWindow::ChatPage) {
            m_chat = new liaison::ChatPage(m_context, m_pages);
            connect(m_chat, &liaison::ChatPage::openIncidentRequested, this,
                    &MainWindow::openIncident);
            connect(m_chat, &liaison::ChatPage::unreadChanged, this,
                    [this](int unread, int mentions) {
                        m_unread = unread;
                        m_mentions = mentions;
                        m_rail->setBadge(ChatPage, unread, mentions);
                        retranslateUi();
                    });
            m_pages->addWidget(m_chat);
            // Mentions and direct messages, unless the analyst is looking at that channel.
            new liaison::ChatNotifier(
                m_context.chat(),
                [this](const QString &title, const QString &text) {
                    emit chatNotification(title, text);
                },
                [this](const QString &channelId) {
                    return isActiveWindow() && currentPage() == ChatPage
                        && m_chat->currentChannel() == channelId;
                },
                this);
            // The desktop is present: online while the analyst uses it, away when idle.
            m_context.presence().setEnabled(true);
            m_away = new liaison::AwayWatcher(m_context.presence(), this);
            continue;
        }
        if (page == MainWindow::ContactsPage) {
            m_contacts = new liaison::ContactsPage(
                m_context.schedule(),
                [this] {
                    QList<QPair<QString, QString>> analysts;
                    for (const ChatMember &m : m_context.chat().directory())
                        analysts.append({m.analystId, m.name});
                    return analysts;
                },
                m_pages);
            connect(m_contacts, &liaison::ContactsPage::messageRequested, this,
                    &MainWindow::openDirectChat);
            m_pages->addWidget(m_contacts);
            continue;
        }
        if (page == MainWindow::SchedulePage) {
            m_schedule = new liaison::SchedulePage(m_context, m_pages);
            m_pages->addWidget(m_schedule);
            // Before my calls and visits, from the tray as chat notifications are.
            new liaison::ScheduleReminders(
                m_context,
                [this](const QString &title, const QString &text) {
                    emit chatNotification(title, text);
                },
                this);
            continue;
        }
        auto *label = new QLabel(m_pages);
        label->setAlignment(Qt::AlignCenter);
        label->setWordWrap(true);
        m_placeholders[page] = label;
        m_pages->addWidget(label);
    }
    connect(m_rail, &NavigationRail::currentChanged, m_pages, &QStackedWidget::setCurrentIndex);

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(theme::kSpacing, theme::kSpacing, theme::kSpacing, 0);
    layout->setSpacing(theme::kSpacing);
    layout->addWidget(m_rail);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    m_identityLabel = new QLabel(this);
    m_identityLabel->setObjectName(QStringLiteral("syncStatus"));
    m_outboxLabel = new QLabel(this);
    m_outboxLabel->setObjectName(QStringLiteral("outboxStatus"));
    statusBar()->addWidget(m_identityLabel, 1);
    statusBar()->addPermanentWidget(m_outboxLabel);
    connect(&m_context, &Workspace::outboxChanged, this, &MainWindow::updateStatus);
    connect(&m_context.sync(), &SyncEngine::stateChanged, this, [this](SyncEngine::State state) {
        if (state != SyncEngine::State::Syncing)
            m_receivedWhileSyncing = 0;
        updateStatus();
    });
    connect(&m_context.sync(), &SyncEngine::opsReceived, this, [this](int count) {
        if (m_context.sync().state() != SyncEngine::State::Syncing)
            return;
        m_receivedWhileSyncing += count;
        updateStatus();
    });
    // A change the hub refused for good reaches nobody else: say so, and keep saying it.
    m_rejectedLabel = new QLabel(this);
    m_rejectedLabel->setObjectName(QStringLiteral("rejectedNotice"));
    updateToneColours();
    m_rejectedLabel->hide();
    statusBar()->addPermanentWidget(m_rejectedLabel);
    connect(&m_context.sync(), &SyncEngine::opsRejected, this,
            [this](int count, const QString &code) {
                m_rejected += count;
                m_rejectedCode = code;
                updateStatus();
            });
    connect(&m_context.sync(), &SyncEngine::enrolled, this, [this](const QString &name) {
        m_analystName = name;
        updateStatus();
    });
    if (const auto hub = m_context.savedHub())
        m_analystName = hub->analystName;

    createMenus();
    connect(&Translator::instance(), &Translator::languageChanged, this,
            &MainWindow::updateLanguageActions);

    QSettings settings;
    if (!restoreGeometry(settings.value(QLatin1String(kGeometryKey)).toByteArray()))
        resize(1180, 700); // fits a 1366 x 768 laptop with the board's six columns open
    restoreState(settings.value(QLatin1String(kStateKey)).toByteArray());
    const QByteArray boardState = settings.value(QLatin1String(kBoardStateKey)).toByteArray();
    if (boardState.isEmpty())
        m_board->table()->resizeColumnsToContents();
    else
        m_board->restoreState(boardState);

    retranslateUi(); // the rail's pages, before one is shown
    showPage(BoardPage);
}

MainWindow::~MainWindow() = default;

void MainWindow::setTitleDetail(const QString &detail)
{
    m_titleDetail = detail;
    retranslateUi();
}

IncidentListModel *MainWindow::incidentModel() const
{
    return m_board->model();
}

void MainWindow::openIncident(const QString &id)
{
    if (id.isEmpty())
        return;
    // One window per incident; opening it again brings it forward.
    if (QPointer<QDialog> open = m_incidentDialogs.value(id)) {
        open->raise();
        open->activateWindow();
        return;
    }
    auto *dialog = new IncidentDialog(m_context.incidents(), id, this);
    dialog->setTransfer(&m_context.sync().blobs());
    connect(dialog, &IncidentDialog::chatRequested, this, &MainWindow::openIncidentChat);
    connect(dialog, &IncidentDialog::incidentRequested, this, &MainWindow::openIncident);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_incidentDialogs.insert(id, dialog);
    dialog->restoreDraft(); // what was typed before the last lock, if anything
    dialog->show();
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_settingsAction = m_fileMenu->addAction(QString(), this, &MainWindow::showSettings);
    m_settingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    m_lockAction = m_fileMenu->addAction(QString(), this, &MainWindow::lockRequested);
    m_lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    // From any of Liaison's windows (incident windows are top-level windows of their own).
    m_lockAction->setShortcutContext(Qt::ApplicationShortcut);
    m_lockAction->setVisible(false);
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);

    m_viewMenu = menuBar()->addMenu(QString());
    for (int page = 0; page < PageCount; ++page) {
        QAction *action
            = m_viewMenu->addAction(QString(), this, [this, page] { showPage(Page(page)); });
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + page)));
        m_pageActions[page] = action;
    }
    m_viewMenu->addSeparator();
    m_compactNavAction = m_viewMenu->addAction(QString());
    m_compactNavAction->setCheckable(true);
    m_compactNavAction->setChecked(m_rail->isCollapsed());
    connect(m_compactNavAction, &QAction::toggled, m_rail, &NavigationRail::setCollapsed);
    connect(m_rail, &NavigationRail::collapsedChanged, m_compactNavAction, &QAction::setChecked);

    m_incidentMenu = menuBar()->addMenu(QString());
    m_incidentMenu->addAction(m_board->newIncidentAction());
    m_incidentMenu->addAction(m_board->findAction());
    m_incidentMenu->addAction(m_board->exportCsvAction());
    m_incidentMenu->addAction(m_board->exportStixAction());
    m_incidentMenu->addSeparator();
    m_incidentMenu->addAction(m_board->boardModeAction());
    m_incidentMenu->addAction(m_board->tableModeAction());

    m_languageMenu = menuBar()->addMenu(QString());
    m_languageGroup = new QActionGroup(this);
    const auto addLanguage = [this](Translator::Language language, const QString &text) {
        QAction *action = m_languageMenu->addAction(text);
        action->setCheckable(true);
        action->setData(int(language));
        m_languageGroup->addAction(action);
        connect(action, &QAction::triggered, this, [language] {
            Translator::instance().apply(language);
            Translator::instance().save(language);
        });
        return action;
    };
    // Each language is named in its own language, whatever the current one is.
    m_englishAction = addLanguage(Translator::Language::English, QStringLiteral("English"));
    m_frenchAction = addLanguage(Translator::Language::French, QStringLiteral("Français"));
    m_languageMenu->addSeparator();
    m_systemLanguageAction = addLanguage(Translator::Language::System, QString());
    updateLanguageActions();

    m_helpMenu = menuBar()->addMenu(QString());
    m_shortcutsAction = m_helpMenu->addAction(QString(), this, &MainWindow::showShortcuts);
    m_shortcutsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);
    m_aboutAction->setMenuRole(QAction::AboutRole);
}

MainWindow::Page MainWindow::currentPage() const
{
    return Page(m_pages->currentIndex());
}

void MainWindow::showPage(Page page)
{
    m_rail->setCurrentIndex(page);
    // Into the page, at its main action (first in its tab order).
    if (!focusFirstIn(m_pages->widget(page)))
        m_rail->list()->setFocus();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::PaletteChange && m_rejectedLabel)
        updateToneColours();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_chat)
        m_chat->saveDraft();
    saveViewState();
    QMainWindow::closeEvent(event);
}

void MainWindow::saveViewState()
{
    QSettings settings;
    settings.setValue(QLatin1String(kGeometryKey), saveGeometry());
    settings.setValue(QLatin1String(kStateKey), saveState());
    settings.setValue(QLatin1String(kBoardStateKey), m_board->saveState());
}

QStringList MainWindow::openIncidentIds() const
{
    QStringList ids;
    for (auto it = m_incidentDialogs.cbegin(); it != m_incidentDialogs.cend(); ++it) {
        if (it.value())
            ids << it.key();
    }
    ids.sort();
    return ids;
}

int MainWindow::keepOpenIncidentDrafts()
{
    if (m_chat)
        m_chat->saveDraft(); // the composer's text follows the analyst (docs/CHAT.md)
    int kept = 0;
    for (const QPointer<QDialog> &dialog : std::as_const(m_incidentDialogs)) {
        auto *incident = qobject_cast<IncidentDialog *>(dialog.data());
        if (incident && incident->saveDraft())
            ++kept;
    }
    return kept;
}

void MainWindow::openIncidentChat(const QString &incidentId)
{
    QString channel;
    if (!runGuarded(this, [&] { channel = m_context.chat().incidentChannel(incidentId); }))
        return;
    if (channel.isEmpty()) {
        showError(this, tr("The incident's own centre has not opened its channel yet."));
        return;
    }
    showPage(ChatPage);
    m_chat->openChannel(channel);
}

void MainWindow::openDirectChat(const QString &analystId)
{
    QString channel;
    if (!runGuarded(this, [&] { channel = m_context.chat().directChannel(analystId); }))
        return;
    showPage(ChatPage);
    m_chat->openChannel(channel);
}

void MainWindow::setLockAvailable(bool available)
{
    m_lockAction->setVisible(available);
}

QString MainWindow::statusSummary() const
{
    return m_identityLabel->text();
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(m_context, this);
    connect(&dialog, &SettingsDialog::autoLockChanged, this, &MainWindow::autoLockChanged);
    connect(&dialog, &SettingsDialog::awayDelayChanged, m_away, &liaison::AwayWatcher::setMinutes);
    connect(&dialog, &SettingsDialog::enrolRequested, this, &MainWindow::enrolRequested);
    dialog.exec();
}

void MainWindow::retranslateUi()
{
    //: Window title with a detail: %1 is e.g. "CCIRC (demo)"
    QString title = m_titleDetail.isEmpty() ? tr("Liaison") : tr("Liaison — %1").arg(m_titleDetail);
    if (m_unread > 0)
        //: Window title with unread chat messages: %1 their number, %2 the title
        title = tr("(%1) %2").arg(QLocale().toString(m_unread), title);
    setWindowTitle(title);
    const QString pageNames[PageCount] = {
        //: Navigation: the shared incident board
        tr("Board"),
        //: Navigation: secure chat with the partner centre
        tr("Chat"),
        //: Navigation: visits and calls with the partner centre
        tr("Schedule"),
        //: Navigation: directory of counterparts
        tr("Contacts"),
    };
    static const char *const icons[PageCount] = {"board", "chat", "schedule", "contacts"};
    QList<NavigationRail::Page> pages;
    for (int page = 0; page < PageCount; ++page) {
        pages.append(NavigationRail::Page {QLatin1String(icons[page]), pageNames[page]});
        m_pageActions[page]->setText(pageNames[page]);
    }
    m_rail->setPages(pages);
    m_compactNavAction->setText(tr("Compact navigation"));
    m_shortcutsAction->setText(tr("&Keyboard shortcuts"));

    m_fileMenu->setTitle(tr("&File"));
    m_quitAction->setText(tr("&Quit"));
    m_settingsAction->setText(tr("&Settings…"));
    //: Closes the profile (database and keys) until the passphrase is entered again
    m_lockAction->setText(tr("&Lock"));
    m_viewMenu->setTitle(tr("&View"));
    //: Menu of actions on incidents
    m_incidentMenu->setTitle(tr("&Incident"));
    m_languageMenu->setTitle(tr("&Language"));
    m_systemLanguageAction->setText(tr("System default"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About Liaison"));
    updateStatus();
}

void MainWindow::updateToneColours()
{
    m_rejectedLabel->setStyleSheet(
        QStringLiteral("QLabel { color: %1; }")
            .arg(theme::toneOnWindow(theme::Tone::Error, palette()).name()));
}

void MainWindow::updateStatus()
{
    const LocalIdentity &identity = m_context.identity();
    const SyncEngine &sync = m_context.sync();
    QString state;
    switch (sync.state()) {
    case SyncEngine::State::Offline:
        //: Sync state in the status bar
        state = tr("Offline");
        break;
    case SyncEngine::State::Connecting:
        //: Sync state in the status bar
        state = tr("Connecting…");
        break;
    case SyncEngine::State::Syncing:
        state = m_receivedWhileSyncing > 0
            //: Sync state in the status bar while catching up; %n changes applied so far
            ? tr("Syncing: %n change(s) received", nullptr, m_receivedWhileSyncing)
            //: Sync state in the status bar
            : tr("Syncing");
        break;
    case SyncEngine::State::UpToDate:
        //: Sync state in the status bar
        state = tr("Up to date");
        break;
    case SyncEngine::State::Error:
        //: Sync state in the status bar; %1 is the reason, already translated
        state = tr("Sync error: %1").arg(sync.errorReason());
        break;
    }
    if (identity.isEnrolled())
        //: Status bar: %1 is the analyst, %2 the response centre, %3 the sync state
        m_identityLabel->setText(
            tr("Analyst: %1 — Centre: %2 — %3")
                .arg(m_analystName.isEmpty() ? identity.analystId : m_analystName, identity.centre,
                     state));
    else
        m_identityLabel->setText(tr("Offline — not enrolled with a hub"));
    m_identityLabel->setAccessibleName(tr("Sync status"));

    if (m_rejected > 0) {
        //: Status bar: %n changes refused; %1 why, e.g. "the TLP marking forbids sharing it..."
        m_rejectedLabel->setText(tr("The hub refused %n of your change(s): %1", nullptr, m_rejected)
                                     .arg(SyncEngine::rejectionText(m_rejectedCode)));
        m_rejectedLabel->setToolTip(tr("Refused changes stay in your profile but reach no one "
                                       "else. Ask your hub administrator if this is unexpected."));
        m_rejectedLabel->show();
    }
    const int pending = m_context.outboxSize();
    m_rail->setPending(pending);
    // Not connected (offline, connecting, an error): the changes wait on this computer.
    const bool connected
        = sync.state() == SyncEngine::State::Syncing || sync.state() == SyncEngine::State::UpToDate;
    m_outboxLabel->setText(
        pending <= 0    ? QString()
            : connected ? tr("%n change(s) waiting to sync", nullptr, pending)
                        //: Status bar while the hub is not connected; %n local changes not yet sent
                        : tr("Offline: %n change(s) waiting", nullptr, pending));
    emit statusChanged();
}

void MainWindow::updateLanguageActions()
{
    const int current = int(Translator::instance().current());
    for (QAction *action : m_languageGroup->actions())
        action->setChecked(action->data().toInt() == current);
}

void MainWindow::showShortcuts()
{
    ShortcutsDialog dialog(this);
    dialog.exec();
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Liaison"),
        tr("<p><b>Liaison %1</b></p><p>A shared workspace for the analysts of partner "
           "cyber-incident response centres: incident board, secure chat and visit "
           "scheduling, in English and French.</p>")
            .arg(QLatin1String(kVersion)));
}

} // namespace liaison
