#pragma once

#include <QHash>
#include <QMainWindow>
#include <QPointer>
#include <QUrl>

class QAction;
class QDialog;
class QActionGroup;
class QLabel;
class QLineEdit;
class QMenu;
class QStackedWidget;

namespace liaison {

class Workspace;
class BoardPage;
class ChatPage;
class ContactsPage;
class SchedulePage;
class AwayWatcher;
class NavigationRail;
class IncidentListModel;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum Page { BoardPage, ChatPage, SchedulePage, ContactsPage, PageCount };
    Q_ENUM(Page)

    explicit MainWindow(Workspace &context, QWidget *parent = nullptr);
    ~MainWindow() override;

    Page currentPage() const;
    void showPage(Page page);
    IncidentListModel *incidentModel() const;
    liaison::BoardPage *boardPage() const { return m_board; }
    liaison::ChatPage *chatPage() const { return m_chat; }
    liaison::ContactsPage *contactsPage() const { return m_contacts; }
    liaison::SchedulePage *schedulePage() const { return m_schedule; }
    NavigationRail *navigation() const { return m_rail; }
    QAction *quitAction() const { return m_quitAction; }
    // Opens the incident's channel on the Chat page (made on first use).
    void openIncidentChat(const QString &incidentId);
    // Opens the direct conversation with an analyst on the Chat page (made on first use).
    void openDirectChat(const QString &analystId);
    // Shown after the application name in the title (e.g. the centre, in the demo).
    void setTitleDetail(const QString &detail);
    // One window per incident; opening it again brings it forward.
    void openIncident(const QString &id);
    QStringList openIncidentIds() const;
    // Saves the analyst's unsaved edits in every open incident window; returns how many saved.
    // Keeps the unsaved edits of open incident windows as local drafts (locking); returns
    // how many windows had some.
    int keepOpenIncidentDrafts();
    // Window geometry, dock state and board state to QSettings (also done on close).
    void saveViewState();
    // The status bar's sync line (analyst, centre, state), for the tray icon's tooltip.
    QString statusSummary() const;
    // Shows File > Lock (off by default: the demo's throwaway profiles have no passphrase).
    void setLockAvailable(bool available);
    // Opens the Settings dialog (language, auto-lock, hub).
    void showSettings();

signals:
    void lockRequested();
    void autoLockChanged(int minutes);
    void enrolRequested(const QUrl &hub, const QString &code, const QString &fingerprint);
    void statusChanged();
    // A chat message for the analyst (ChatNotifier): the session shows it from the tray.
    void chatNotification(const QString &title, const QString &text);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void retranslateUi();
    void updateStatus();
    void updateLanguageActions();
    void showAbout();
    void showShortcuts();
    void updateToneColours();

    Workspace &m_context;
    liaison::BoardPage *m_board = nullptr;
    liaison::ChatPage *m_chat = nullptr;
    liaison::ContactsPage *m_contacts = nullptr;
    liaison::SchedulePage *m_schedule = nullptr;
    liaison::AwayWatcher *m_away = nullptr;
    int m_unread = 0;
    int m_mentions = 0;

    NavigationRail *m_rail = nullptr;
    QStackedWidget *m_pages = nullptr;
    QLabel *m_placeholders[PageCount] = {};
    QLabel *m_identityLabel = nullptr;
    QLabel *m_outboxLabel = nullptr;
    QString m_analystName;
    int m_receivedWhileSyncing = 0; // changes applied since the current catch-up began
    QString m_titleDetail;
    QHash<QString, QPointer<QDialog>> m_incidentDialogs;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_incidentMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_lockAction = nullptr;
    QLabel *m_rejectedLabel = nullptr;
    int m_rejected = 0;
    QString m_rejectedCode;
    QAction *m_pageActions[PageCount] = {};
    QActionGroup *m_languageGroup = nullptr;
    QAction *m_systemLanguageAction = nullptr;
    QAction *m_englishAction = nullptr;
    QAction *m_frenchAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_shortcutsAction = nullptr;
    QAction *m_compactNavAction = nullptr;
};

} // namespace liaison
