#pragma once

#include <QHash>
#include <QMainWindow>
#include <QPointer>

class QAction;
class QDialog;
class QActionGroup;
class QLabel;
class QLineEdit;
class QListWidget;
class QMenu;
class QStackedWidget;

namespace liaison {

class AppContext;
class BoardPage;
class IncidentListModel;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum Page { BoardPage, ChatPage, SchedulePage, ContactsPage, PageCount };
    Q_ENUM(Page)

    explicit MainWindow(AppContext &context, QWidget *parent = nullptr);
    ~MainWindow() override;

    Page currentPage() const;
    void showPage(Page page);
    IncidentListModel *incidentModel() const;
    liaison::BoardPage *boardPage() const { return m_board; }
    // Shown after the application name in the title (e.g. the centre, in the demo).
    void setTitleDetail(const QString &detail);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void openIncident(const QString &id);
    void createMenus();
    void retranslateUi();
    void updateStatus();
    void updateLanguageActions();
    void showAbout();

    AppContext &m_context;
    liaison::BoardPage *m_board = nullptr;

    QListWidget *m_nav = nullptr;
    QStackedWidget *m_pages = nullptr;
    QLabel *m_placeholders[PageCount] = {};
    QLabel *m_identityLabel = nullptr;
    QLabel *m_outboxLabel = nullptr;
    QString m_analystName;
    QString m_titleDetail;
    QHash<QString, QPointer<QDialog>> m_incidentDialogs;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_incidentMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_pageActions[PageCount] = {};
    QActionGroup *m_languageGroup = nullptr;
    QAction *m_systemLanguageAction = nullptr;
    QAction *m_englishAction = nullptr;
    QAction *m_frenchAction = nullptr;
    QAction *m_aboutAction = nullptr;
};

} // namespace liaison
