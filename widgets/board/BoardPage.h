#pragma once

#include "widgets/incident/IncidentExport.h"

#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QLineEdit;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;
class QTimer;
class QToolButton;

namespace liaison {

class Workspace;
class BoardView;
class IncidentFilterProxy;
class IncidentListModel;

// The incident board page: a filter bar, the kanban board and the table of the same
// incidents (one of the two shown), and the actions on incidents.
class BoardPage : public QWidget
{
    Q_OBJECT
public:
    enum class Mode { Board, Table };

    explicit BoardPage(Workspace &context, QWidget *parent = nullptr);
    ~BoardPage() override;

    IncidentListModel *model() const { return m_model; }
    IncidentFilterProxy *proxy() const { return m_proxy; }
    BoardView *board() const { return m_board; }
    QTableView *table() const { return m_table; }
    Mode mode() const;
    void setMode(Mode mode);
    QString currentIncident() const;
    // Makes this incident the current one (card or table row), when the filters show it.
    void selectIncident(const QString &id);

    QAction *newIncidentAction() const { return m_newAction; }
    QAction *boardModeAction() const { return m_boardAction; }
    QAction *tableModeAction() const { return m_tableAction; }
    QAction *findAction() const { return m_findAction; }
    QAction *exportCsvAction() const { return m_exportCsvAction; }
    QAction *exportStixAction() const { return m_exportStixAction; }

    // Writes the incidents the board shows (its filter applies) to path as CSV or as a STIX
    // 2.1 bundle, atomically. Above TLP:GREEN asks first; records a release in each exported
    // incident's timeline. False with *error when refused or the file cannot be written.
    bool exportTo(const QString &path, ExportFormat format, QString *error);
    QStringList shownIncidents() const;

    QByteArray saveState() const;
    void restoreState(const QByteArray &state);

signals:
    // The analyst wants to open this incident (double-click, Enter).
    void openRequested(const QString &id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyFilter();
    void indexWhileIdle();
    void retranslateUi();
    void updateNewAction();
    void fillCombos();
    // Widens the table's columns to their header and cells in the current language.
    void fitTableColumns();
    void createIncident();
    void changeStatus(const QString &id, const QString &statusKey);

    Workspace &m_context;
    IncidentListModel *m_model = nullptr;
    IncidentFilterProxy *m_proxy = nullptr;
    QSortFilterProxyModel *m_tableSort = nullptr;
    BoardView *m_board = nullptr;
    QTableView *m_table = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTimer *m_searchDelay = nullptr;
    QTimer *m_idleIndex = nullptr; // re-indexes changed rows in slices while the app is idle

    QLineEdit *m_text = nullptr;
    QComboBox *m_tlp = nullptr;
    QComboBox *m_severity = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_sector = nullptr;
    QComboBox *m_centre = nullptr;
    QCheckBox *m_mine = nullptr;
    QCheckBox *m_unseen = nullptr;
    QToolButton *m_boardButton = nullptr;
    QToolButton *m_tableButton = nullptr;
    QToolButton *m_newButton = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_boardAction = nullptr;
    QAction *m_tableAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_exportCsvAction = nullptr;
    QAction *m_exportStixAction = nullptr;
};

} // namespace liaison
