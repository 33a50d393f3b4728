#include "BoardView.h"

#include "models/board/IncidentFilterProxy.h"
#include "models/board/IncidentListModel.h"
#include "widgets/board/IncidentCardDelegate.h"

#include "domain/DomainText.h"
#include "domain/Enums.h"

#include <QDrag>
#include <QDragEnterEvent>
#include <QEvent>
#include <QHBoxLayout>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMimeData>
#include <QToolTip>
#include <QVBoxLayout>

namespace liaison {

BoardColumnView::BoardColumnView(const QString &statusKey, QWidget *parent)
    : QListView(parent)
    , m_status(statusKey)
{
    setObjectName(QStringLiteral("boardColumn-") + statusKey);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setDragEnabled(true);
    setAcceptDrops(true);
    setDropIndicatorShown(true);
    setDragDropMode(QAbstractItemView::DragDrop);
    setDefaultDropAction(Qt::MoveAction);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setUniformItemSizes(true); // 50,000 cards: no per-row size computation
    setModelColumn(IncidentListModel::TitleColumn);
}

void BoardColumnView::startDrag(Qt::DropActions)
{
    QStringList ids;
    for (const QModelIndex &index : selectedIndexes())
        ids << index.data(IncidentListModel::IdRole).toString();
    if (ids.isEmpty())
        return;
    auto *mime = new QMimeData;
    mime->setData(QLatin1String(kMimeType), ids.join(QLatin1Char('\n')).toUtf8());
    auto *drag = new QDrag(this);
    drag->setMimeData(mime);
    drag->exec(Qt::MoveAction);
}

void BoardColumnView::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasFormat(QLatin1String(kMimeType)))
        event->acceptProposedAction();
    else
        event->ignore();
}

void BoardColumnView::dragMoveEvent(QDragMoveEvent *event)
{
    if (event->mimeData()->hasFormat(QLatin1String(kMimeType)))
        event->acceptProposedAction();
    else
        event->ignore();
}

void BoardColumnView::dropEvent(QDropEvent *event)
{
    if (!event->mimeData()->hasFormat(QLatin1String(kMimeType))) {
        event->ignore();
        return;
    }
    const QStringList ids = QString::fromUtf8(event->mimeData()->data(QLatin1String(kMimeType)))
                                .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    event->acceptProposedAction();
    emit incidentsDropped(ids, m_status);
}

void BoardColumnView::keyPressEvent(QKeyEvent *event)
{
    const bool move = event->modifiers() == (Qt::ControlModifier | Qt::ShiftModifier)
        && (event->key() == Qt::Key_Left || event->key() == Qt::Key_Right);
    if (move && currentIndex().isValid()) {
        emit moveRequested(currentIndex().data(IncidentListModel::IdRole).toString(),
                           event->key() == Qt::Key_Left ? -1 : 1);
        return;
    }
    QListView::keyPressEvent(event);
}

bool BoardColumnView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QModelIndex index = indexAt(help->pos());
        if (index.isValid())
            QToolTip::showText(help->globalPos(), IncidentCardDelegate::describe(index), this);
        return true;
    }
    return QListView::viewportEvent(event);
}

BoardView::BoardView(QAbstractItemModel *source, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("board"));
    m_delegate = new IncidentCardDelegate(this);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    const QStringList statuses = statusKeys();
    for (const QString &status : statuses) {
        auto *proxy = new StatusColumnProxy(status, this);
        proxy->setSourceModel(source);
        proxy->sort(IncidentListModel::UpdatedColumn, Qt::DescendingOrder);
        auto *header = new QLabel(this);
        header->setAlignment(Qt::AlignCenter);
        QFont bold = header->font();
        bold.setBold(true);
        header->setFont(bold);
        auto *view = new BoardColumnView(status, this);
        view->setModel(proxy);
        view->setItemDelegate(m_delegate);
        connect(view, &BoardColumnView::incidentsDropped, this,
                [this](const QStringList &ids, const QString &key) {
                    for (const QString &id : ids)
                        emit statusChangeRequested(id, key);
                });
        const int columnIndex = int(m_columns.size());
        connect(view, &BoardColumnView::moveRequested, this,
                [this, statuses, columnIndex](const QString &id, int direction) {
                    const int to = std::clamp(columnIndex + direction, 0, int(statuses.size()) - 1);
                    if (to == columnIndex)
                        return;
                    emit statusChangeRequested(id, statuses.at(to));
                    selectIncident(id);
                });
        connect(view, &QListView::activated, this, [this](const QModelIndex &index) {
            emit incidentActivated(index.data(IncidentListModel::IdRole).toString());
        });
        for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
            connect(proxy, signal, this, &BoardView::updateCounts);
        connect(proxy, &QAbstractItemModel::modelReset, this, &BoardView::updateCounts);
        connect(proxy, &QAbstractItemModel::layoutChanged, this, &BoardView::updateCounts);
        auto *box = new QVBoxLayout;
        box->addWidget(header);
        box->addWidget(view, 1);
        layout->addLayout(box, 1);
        m_columns << view;
        m_proxies << proxy;
        m_headers << header;
    }
    retranslateUi();
}

QString BoardView::currentIncident() const
{
    for (auto *view : m_columns) {
        if (view->hasFocus() && view->currentIndex().isValid())
            return view->currentIndex().data(IncidentListModel::IdRole).toString();
    }
    for (auto *view : m_columns) {
        if (view->currentIndex().isValid() && view->selectionModel()->hasSelection())
            return view->currentIndex().data(IncidentListModel::IdRole).toString();
    }
    return {};
}

void BoardView::selectIncident(const QString &id)
{
    for (int c = 0; c < m_columns.size(); ++c) {
        StatusColumnProxy *proxy = m_proxies.at(c);
        const QModelIndexList found
            = proxy->match(proxy->index(0, IncidentListModel::TitleColumn),
                           IncidentListModel::IdRole, id, 1, Qt::MatchExactly);
        if (found.isEmpty())
            continue;
        BoardColumnView *view = m_columns.at(c);
        view->setCurrentIndex(found.first());
        view->scrollTo(found.first());
        view->setFocus();
        return;
    }
}

void BoardView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void BoardView::retranslateUi()
{
    updateCounts();
}

void BoardView::updateCounts()
{
    for (int c = 0; c < m_columns.size(); ++c) {
        const QString name = statusLabel(m_proxies.at(c)->statusKey());
        const int count = m_proxies.at(c)->rowCount();
        //: Board column header: %1 is the status, %2 the number of incidents in it
        m_headers.at(c)->setText(tr("%1 (%2)").arg(name, QLocale().toString(count)));
        //: Accessible name of a board column; %1 is the status
        m_columns.at(c)->setAccessibleName(tr("Incidents with status %1").arg(name));
    }
}

} // namespace liaison
