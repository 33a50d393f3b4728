#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>
#include <QUrl>

#include <memory>
#include <optional>

class QAction;
class QMenu;
class QSystemTrayIcon;

namespace liaison {

class Workspace;
class MainWindow;
class Profile;
class UnlockDialog;

// One unlocked profile on screen, and its locking. Owns the profile's context (database, op
// log, services, sync) and its main window. After the auto-lock delay without keyboard or
// mouse input (Settings; 0 = never), or on "Lock" (Ctrl+L, tray menu), it saves the edits of
// open incident windows, remembers where the analyst was (page, current incident, open
// incident windows), destroys the window and the context (closing the database and wiping
// the keys, which live in sodium_malloc buffers) and shows the unlock dialog. When a modal
// dialog or menu is open at that moment, it is rejected first, and when its event loop runs
// nested in a method of the window, the window is destroyed only once that loop has returned.
// Unlocking opens the profile again and puts the analyst back where they were. The tray icon shows
// the sync state and offers Show, Lock and Quit.
class Session : public QObject
{
    Q_OBJECT
public:
    explicit Session(const QString &profileDir, QObject *parent = nullptr);
    ~Session() override;

    // Opens the main window on an unlocked profile and starts syncing with its saved hub.
    // Throws StorageError when the profile's op log cannot load its identity.
    void open(std::unique_ptr<Profile> profile);
    // Enrols with a hub (one-time code), then syncs; a failure is shown in a message box.
    void enrol(const QUrl &hub, const QString &code, const QString &fingerprint);

    bool isLocked() const { return m_locked; }
    void lock();

    Workspace *context() const { return m_context.get(); }
    MainWindow *window() const { return m_window.get(); }
    UnlockDialog *unlockDialog() const;
    QSystemTrayIcon *trayIcon() const { return m_tray; }

    // Minutes of inactivity before locking (QSettings "security/autoLockMinutes", default 15;
    // 0 = never).
    static int savedAutoLockMinutes();
    static void saveAutoLockMinutes(int minutes);
    static constexpr int kDefaultAutoLockMinutes = 15;
    // Re-reads the saved delay and restarts the countdown.
    void applyAutoLockSetting();
    // Test seam: the inactivity delay in milliseconds (0 = never).
    void setAutoLockIntervalForTesting(int ms);
    int autoLockInterval() const { return m_idle.isActive() ? m_idle.interval() : 0; }

signals:
    void lockedChanged(bool locked);
    void enrolmentFinished(bool ok, const QString &reason);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct ViewState
    {
        int page = 0;
        QString incident;
        QStringList openIncidents;
    };

    void showUnlock();
    void finishLock();
    // Rejects the modal dialogs and closes the menus open over the window.
    static void closeModalWidgets();
    void restoreView();
    void restartIdleTimer();
    void updateTray();
    void retranslateTray();
    void showWindow();

    QString m_dir;
    std::unique_ptr<Workspace> m_context;
    std::unique_ptr<MainWindow> m_window;
    QPointer<UnlockDialog> m_unlock;
    std::optional<ViewState> m_view; // where the analyst was when it locked
    bool m_locked = true; // no profile open yet
    int m_baseLoopLevel = 1;
    bool m_lockedByIdle = false;
    QTimer m_idle;
    int m_idleMs = 0;

    QSystemTrayIcon *m_tray = nullptr;
    QMenu *m_trayMenu = nullptr;
    QAction *m_showAction = nullptr;
    QAction *m_lockAction = nullptr;
    QAction *m_quitAction = nullptr;
};

} // namespace liaison
