#pragma once

#include <QListView>
#include <QWidget>

class QLabel;

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

    QList<BoardColumnView *> m_columns;
    QList<StatusColumnProxy *> m_proxies;
    QList<QLabel *> m_headers;
    IncidentCardDelegate *m_delegate = nullptr;
};

} // namespace liaison
