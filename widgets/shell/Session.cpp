#include "Session.h"

#include "widgets/board/BoardPage.h"
#include "widgets/common/DialogSupport.h"
#include "widgets/profile/UnlockDialog.h"
#include "widgets/shell/MainWindow.h"

#include "storage/Profile.h"
#include "sync/SyncEngine.h"
#include "workspace/Workspace.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QEvent>
#include <QIcon>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QSystemTrayIcon>
#include <QThread>
#include <QTimer>

namespace liaison {

namespace {
constexpr char kAutoLockKey[] = "security/autoLockMinutes";
} // namespace

Session::Session(const QString &profileDir, QObject *parent)
    : QObject(parent)
    , m_dir(profileDir)
{
    m_idle.setSingleShot(true);
    connect(&m_idle, &QTimer::timeout, this, [this] {
        m_lockedByIdle = true;
        lock();
    });
    const int minutes = savedAutoLockMinutes();
    m_idleMs = minutes * 60 * 1000;

    m_trayMenu = new QMenu;
    m_showAction = m_trayMenu->addAction(QString(), this, &Session::showWindow);
    m_lockAction = m_trayMenu->addAction(QString(), this, &Session::lock);
    m_trayMenu->addSeparator();
    m_quitAction = m_trayMenu->addAction(QString(), qApp, &QCoreApplication::quit);
    m_tray = new QSystemTrayIcon(QIcon(QStringLiteral(":/icons/liaison.svg")), this);
    m_tray->setContextMenu(m_trayMenu);
    connect(m_tray, &QSystemTrayIcon::activated, this,
            [this](QSystemTrayIcon::ActivationReason reason) {
                if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
                    showWindow();
            });
    retranslateTray();
    if (QSystemTrayIcon::isSystemTrayAvailable())
        m_tray->show();
    qApp->installEventFilter(this);
}

Session::~Session()
{
    qApp->removeEventFilter(this);
    if (m_window)
        m_window->saveViewState();
    m_window.reset();
    m_context.reset();
    delete m_unlock;
    delete m_trayMenu;
}

UnlockDialog *Session::unlockDialog() const
{
    return m_unlock.data();
}

int Session::savedAutoLockMinutes()
{
    bool ok = false;
    const int minutes = QSettings().value(QLatin1String(kAutoLockKey)).toInt(&ok);
    return ok && minutes >= 0 && minutes <= 24 * 60 ? minutes : kDefaultAutoLockMinutes;
}

void Session::saveAutoLockMinutes(int minutes)
{
    QSettings().setValue(QLatin1String(kAutoLockKey), qBound(0, minutes, 24 * 60));
}

void Session::applyAutoLockSetting()
{
    m_idleMs = savedAutoLockMinutes() * 60 * 1000;
    restartIdleTimer();
}

void Session::setAutoLockIntervalForTesting(int ms)
{
    m_idleMs = ms;
    restartIdleTimer();
}

void Session::restartIdleTimer()
{
    if (m_idleMs > 0 && !isLocked())
        m_idle.start(m_idleMs);
    else
        m_idle.stop();
}

void Session::open(std::unique_ptr<Profile> profile)
{
    m_context = std::make_unique<Workspace>(std::move(profile));
    m_window = std::make_unique<MainWindow>(*m_context);
    m_locked = false;
    m_window->setLockAvailable(true);
    connect(m_window.get(), &MainWindow::lockRequested, this, &Session::lock);
    connect(m_window.get(), &MainWindow::autoLockChanged, this, &Session::applyAutoLockSetting);
    connect(m_window.get(), &MainWindow::enrolRequested, this, &Session::enrol);
    connect(m_window.get(), &MainWindow::statusChanged, this, &Session::updateTray);
    connect(m_window.get(), &MainWindow::chatNotification, this,
            [this](const QString &title, const QString &text) {
                if (m_tray->isVisible())
                    m_tray->showMessage(title, text, QSystemTrayIcon::Information, 8000);
            });
    m_window->show();
    restoreView();
    m_context->startSync();
    // The loop level the window normally runs at (1 under QApplication::exec(), 0 in tests
    // that process events by hand); deeper means a dialog or menu is running its own loop.
    QTimer::singleShot(0, this,
                       [this] { m_baseLoopLevel = QThread::currentThread()->loopLevel(); });
    restartIdleTimer();
    updateTray();
    emit lockedChanged(false);
}

void Session::enrol(const QUrl &hub, const QString &code, const QString &fingerprint)
{
    if (!m_context)
        return;
    SyncEngine &sync = m_context->sync();
    // One attempt at a time: the connections die with this attempt's outcome.
    auto *guard = new QObject(this);
    connect(&sync, &SyncEngine::enrolled, guard, [this, guard] {
        guard->deleteLater();
        m_context->startSync();
        emit enrolmentFinished(true, QString());
    });
    connect(&sync, &SyncEngine::enrolmentFailed, guard, [this, guard](const QString &reason) {
        guard->deleteLater();
        emit enrolmentFinished(false, reason);
        if (!m_window)
            return;
        // Not modal: the analyst may be in Settings, which shows the reason too.
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Enrolment failed"),
                                    //: %1 is the reason, already translated
                                    tr("This device could not enrol with the hub: %1").arg(reason),
                                    QMessageBox::Ok, m_window.get());
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
    sync.enrol(hub, code, fingerprint);
}

void Session::lock()
{
    if (isLocked())
        return;
    m_idle.stop();
    // Where the analyst was, and their unsaved edits in incident windows: kept as local
    // drafts, not committed (a half-typed edit is never published while the analyst is away).
    m_view = ViewState {int(m_window->currentPage()), m_window->boardPage()->currentIncident(),
                        m_window->openIncidentIds()};
    m_window->keepOpenIncidentDrafts();
    m_window->saveViewState();
    m_locked = true;
    closeModalWidgets();
    updateTray();
    emit lockedChanged(true);
    finishLock();
}

void Session::finishLock()
{
    if (!m_window)
        return;
    if (QThread::currentThread()->loopLevel() > m_baseLoopLevel) {
        // Inside a nested event loop (a dialog's or a menu's exec(), in a method of the window
        // or of one of its children): the window must not be destroyed under it. Hidden and
        // disconnected now; destroyed, with the context, once those loops have returned.
        m_context->sync().stop();
        m_window->hide();
        QTimer::singleShot(10, this, &Session::finishLock);
        return;
    }
    // The unlock dialog first, so that the application never has no window (which would
    // quit it); then the windows before the context: they hold references into it.
    showUnlock();
    m_window.reset();
    m_context.reset(); // closes the database; the keys' secure buffers are wiped and freed
}

void Session::closeModalWidgets()
{
    // Bounded: each pass closes the innermost one; nesting is never this deep.
    for (int i = 0; i < 16; ++i) {
        if (QWidget *popup = QApplication::activePopupWidget()) {
            popup->close();
            continue;
        }
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal)
            break;
        if (auto *dialog = qobject_cast<QDialog *>(modal))
            dialog->reject();
        else
            modal->close();
    }
}

void Session::showUnlock()
{
    auto *dialog = new UnlockDialog(m_dir);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setLocked(m_lockedByIdle ? m_idleMs / 60000 : 0);
    m_lockedByIdle = false;
    m_unlock = dialog;
    connect(dialog, &QDialog::finished, this, [this, dialog](int result) {
        if (result != QDialog::Accepted) {
            QCoreApplication::quit();
            return;
        }
        std::unique_ptr<Profile> profile = dialog->takeProfile();
        if (!profile)
            return;
        try {
            open(std::move(profile));
        } catch (const std::exception &e) {
            QMessageBox::critical(nullptr, tr("Liaison"),
                                  //: %1 is the system's reason
                                  tr("The profile could not be opened again: %1")
                                      .arg(QString::fromLocal8Bit(e.what())));
            QCoreApplication::quit();
        }
    });
    dialog->open();
}

void Session::restoreView()
{
    if (!m_view || !m_window)
        return;
    m_window->showPage(MainWindow::Page(m_view->page));
    if (!m_view->incident.isEmpty())
        m_window->boardPage()->selectIncident(m_view->incident);
    for (const QString &id : std::as_const(m_view->openIncidents))
        m_window->openIncident(id);
    m_view.reset();
}

void Session::showWindow()
{
    QWidget *target = m_window ? static_cast<QWidget *>(m_window.get()) : m_unlock.data();
    if (!target)
        return;
    target->show();
    target->setWindowState(target->windowState() & ~Qt::WindowMinimized);
    target->raise();
    target->activateWindow();
}

void Session::updateTray()
{
    m_lockAction->setEnabled(!isLocked());
    //: Tray icon tooltip; %1 is the sync status line
    m_tray->setToolTip(isLocked() || !m_window ? tr("Liaison — locked")
                                               : tr("Liaison — %1").arg(m_window->statusSummary()));
}

void Session::retranslateTray()
{
    m_showAction->setText(tr("&Show Liaison"));
    m_lockAction->setText(tr("&Lock"));
    m_quitAction->setText(tr("&Quit"));
    if (m_window || isLocked())
        updateTray();
}

bool Session::eventFilter(QObject *watched, QEvent *event)
{
    if (isUserInput(event)) {
        if (!isLocked() && m_idle.isActive())
            m_idle.start(m_idleMs);
    } else if (event->type() == QEvent::LanguageChange && watched == qApp) {
        retranslateTray();
    }
    return QObject::eventFilter(watched, event);
}

} // namespace liaison
