#pragma once

#include <QMainWindow>

class QAction;
class QActionGroup;
class QLabel;
class QLineEdit;
class QListWidget;
class QMenu;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace liaison {

class AppContext;
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
    IncidentListModel *incidentModel() const { return m_model; }

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    QWidget *createBoardPage();
    void createMenus();
    void retranslateUi();
    void updateStatus();
    void updateLanguageActions();
    void showAbout();

    AppContext &m_context;
    IncidentListModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;

    QListWidget *m_nav = nullptr;
    QStackedWidget *m_pages = nullptr;
    QTableView *m_table = nullptr;
    QLineEdit *m_filter = nullptr;
    QLabel *m_placeholders[PageCount] = {};
    QLabel *m_identityLabel = nullptr;
    QLabel *m_outboxLabel = nullptr;
    QString m_analystName;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
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
