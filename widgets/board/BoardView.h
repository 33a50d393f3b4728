#pragma once

#include <QAbstractButton>
#include <QListView>
#include <QWidget>

class QLabel;
class QScrollArea;
class QToolButton;

namespace liaison {

class IncidentCardDelegate;
class StatusColumnProxy;

// One column of the kanban board: cards of one status. Cards are dragged between columns (or
// moved with Ctrl+Shift+Left/Right from the keyboard); the view only reports the wish, the
// board applies it through the service.
class BoardColumnView : public QListView
{
    Q_OBJECT
public:
    static constexpr char kMimeType[] = "application/x-liaison-incident-ids";

    BoardColumnView(const QString &statusKey, QWidget *parent = nullptr);
    const QString &statusKey() const { return m_status; }

signals:
    void incidentsDropped(const QStringList &ids, const QString &statusKey);
    // Keyboard: move the current card one column left (-1) or right (+1).
    void moveRequested(const QString &id, int direction);

protected:
    void startDrag(Qt::DropActions supportedActions) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;

signals:
    void focusEntered();

private:
    QString m_status;
};

// A collapsed board column: a narrow strip with its name written upwards; a click (or Space)
// opens the column again, and a card dropped on it takes its status.
class CollapsedColumnStrip : public QAbstractButton
{
    Q_OBJECT
public:
    CollapsedColumnStrip(const QString &statusKey, QWidget *parent = nullptr);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

signals:
    void incidentsDropped(const QStringList &ids, const QString &statusKey);

protected:
    void paintEvent(QPaintEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    QString m_status;
};

// The kanban board: a column per status (New … Closed) over a filtered incident model.
class BoardView : public QWidget
{
    Q_OBJECT
public:
    // source: an IncidentFilterProxy (or any model with IncidentListModel's roles).
    explicit BoardView(QAbstractItemModel *source, QWidget *parent = nullptr);

    BoardColumnView *column(int i) const { return m_columns.at(i); }
    int columnCount() const { return int(m_columns.size()); }
    // The scroll area the columns sit in: it scrolls sideways only when the window is narrower
    // than the open columns' narrowest cards (collapse some to avoid it).
    QScrollArea *scrollArea() const { return m_scroll; }
    // Collapsed columns show as a narrow strip; the choice is kept in QSettings.
    bool isCollapsed(int i) const;
    void setCollapsed(int i, bool collapsed);
    QToolButton *collapseButton(int i) const { return m_collapseButtons.at(i); }
    CollapsedColumnStrip *collapsedStrip(int i) const { return m_strips.at(i); }
    // The QSettings key of the collapsed columns (a list of status keys).
    static const char *collapsedSettingsKey();
    // The id of the card that has the focus, or empty.
    QString currentIncident() const;
    // Selects and shows the card of this incident (in whatever column it is).
    void selectIncident(const QString &id);

signals:
    void statusChangeRequested(const QString &id, const QString &statusKey);
    void incidentActivated(const QString &id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateCounts();
    void updateMinimumWidths();
    void onColumnFocused(BoardColumnView *focused);

    QScrollArea *m_scroll = nullptr;
    QList<BoardColumnView *> m_columns;
    QList<QWidget *> m_openParts; // per column: its header row and view
    QList<QToolButton *> m_collapseButtons;
    QList<CollapsedColumnStrip *> m_strips;
    QList<StatusColumnProxy *> m_proxies;
    QList<QLabel *> m_headers;
    IncidentCardDelegate *m_delegate = nullptr;
};

} // namespace liaison
