#include "BoardView.h"

#include "models/board/IncidentFilterProxy.h"
#include "models/board/IncidentListModel.h"
#include "widgets/board/IncidentCardDelegate.h"

#include "domain/DomainText.h"
#include "domain/Enums.h"

#include <QApplication>
#include <QDrag>
#include <QDragEnterEvent>
#include <QEvent>
#include <QHBoxLayout>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMimeData>
#include <QPainter>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QStyle>
#include <QStyleOptionButton>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>

namespace liaison {

namespace {
QStringList idsFrom(const QMimeData *mime)
{
    return QString::fromUtf8(mime->data(QLatin1String(BoardColumnView::kMimeType)))
        .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}
} // namespace

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
    event->acceptProposedAction();
    emit incidentsDropped(idsFrom(event->mimeData()), m_status);
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

void BoardColumnView::focusInEvent(QFocusEvent *event)
{
    QListView::focusInEvent(event);
    emit focusEntered();
}

CollapsedColumnStrip::CollapsedColumnStrip(const QString &statusKey, QWidget *parent)
    : QAbstractButton(parent)
    , m_status(statusKey)
{
    setObjectName(QStringLiteral("collapsedColumn-") + statusKey);
    setFocusPolicy(Qt::StrongFocus);
    setAcceptDrops(true);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
}

QSize CollapsedColumnStrip::sizeHint() const
{
    return {fontMetrics().height() + 12, fontMetrics().horizontalAdvance(text()) + 24};
}

void CollapsedColumnStrip::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    QStyleOptionButton option;
    option.initFrom(this);
    option.state |= isDown() ? QStyle::State_Sunken : QStyle::State_Raised;
    style()->drawPrimitive(QStyle::PE_PanelButtonTool, &option, &painter, this);
    if (hasFocus()) {
        painter.setPen(QPen(palette().highlight().color(), 2));
        painter.drawRect(rect().adjusted(1, 1, -1, -1));
    }
    // The name reads upwards, from the bottom of the strip, like a book's spine.
    painter.translate(0, height());
    painter.rotate(-90);
    QFont bold = font();
    bold.setBold(true);
    painter.setFont(bold);
    painter.setPen(palette().buttonText().color());
    painter.drawText(QRect(12, 0, height() - 24, width()), Qt::AlignRight | Qt::AlignVCenter,
                     text());
}

void CollapsedColumnStrip::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasFormat(QLatin1String(BoardColumnView::kMimeType)))
        event->acceptProposedAction();
    else
        event->ignore();
}

void CollapsedColumnStrip::dropEvent(QDropEvent *event)
{
    if (!event->mimeData()->hasFormat(QLatin1String(BoardColumnView::kMimeType))) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    emit incidentsDropped(idsFrom(event->mimeData()), m_status);
}

const char *BoardView::collapsedSettingsKey()
{
    return "ui/board/collapsedColumns";
}

BoardView::BoardView(QAbstractItemModel *source, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("board"));
    m_delegate = new IncidentCardDelegate(this);
    // The columns sit in a scroll area that scrolls sideways only when the window is too narrow
    // for the open columns, so that the window can be as narrow as half a laptop screen.
    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("boardScroll"));
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidgetResizable(true);
    m_scroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_scroll);
    auto *inner = new QWidget(m_scroll);
    auto *layout = new QHBoxLayout(inner);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    const QStringList collapsed
        = QSettings().value(QLatin1String(collapsedSettingsKey())).toStringList();
    const QStringList statuses = statusKeys();
    for (const QString &status : statuses) {
        auto *proxy = new StatusColumnProxy(status, this);
        proxy->setSourceModel(source);
        proxy->sort(IncidentListModel::UpdatedColumn, Qt::DescendingOrder);
        auto *open = new QWidget(inner);
        auto *header = new QLabel(open);
        header->setAlignment(Qt::AlignCenter);
        QFont bold = header->font();
        bold.setBold(true);
        header->setFont(bold);
        auto *collapse = new QToolButton(open);
        collapse->setObjectName(QStringLiteral("collapseColumn-") + status);
        collapse->setAutoRaise(true);
        collapse->setArrowType(Qt::LeftArrow);
        auto *strip = new CollapsedColumnStrip(status, inner);
        auto *view = new BoardColumnView(status, open);
        view->setModel(proxy);
        view->setItemDelegate(m_delegate);
        const int columnIndex = int(m_columns.size());
        connect(collapse, &QToolButton::clicked, this,
                [this, columnIndex] { setCollapsed(columnIndex, true); });
        connect(strip, &QAbstractButton::clicked, this,
                [this, columnIndex] { setCollapsed(columnIndex, false); });
        const auto dropped = [this](const QStringList &ids, const QString &key) {
            for (const QString &id : ids)
                emit statusChangeRequested(id, key);
        };
        connect(view, &BoardColumnView::incidentsDropped, this, dropped);
        connect(strip, &CollapsedColumnStrip::incidentsDropped, this, dropped);
        connect(view, &BoardColumnView::focusEntered, this,
                [this, view] { onColumnFocused(view); });
        connect(view, &BoardColumnView::moveRequested, this,
                [this, statuses, columnIndex](const QString &id, int direction) {
                    const int to = std::clamp(columnIndex + direction, 0, int(statuses.size()) - 1);
                    if (to == columnIndex)
                        return;
                    setCollapsed(to, false); // the card stays in sight
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
        auto *headerRow = new QHBoxLayout;
        headerRow->setContentsMargins(0, 0, 0, 0);
        headerRow->addWidget(header, 1);
        headerRow->addWidget(collapse);
        auto *box = new QVBoxLayout(open);
        box->setContentsMargins(0, 0, 0, 0);
        box->addLayout(headerRow);
        box->addWidget(view, 1);
        layout->addWidget(open, 1);
        layout->addWidget(strip);
        m_columns << view;
        m_proxies << proxy;
        m_headers << header;
        m_openParts << open;
        m_collapseButtons << collapse;
        m_strips << strip;
        const bool closed = collapsed.contains(status);
        open->setVisible(!closed);
        strip->setVisible(closed);
    }
    m_scroll->setWidget(inner);
    updateMinimumWidths();
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
        setCollapsed(c, false);
        BoardColumnView *view = m_columns.at(c);
        view->setCurrentIndex(found.first());
        view->scrollTo(found.first());
        view->setFocus();
        onColumnFocused(view);
        return;
    }
}

bool BoardView::isCollapsed(int i) const
{
    return m_strips.at(i)->isVisibleTo(m_scroll->widget());
}

void BoardView::setCollapsed(int i, bool collapsed)
{
    if (isCollapsed(i) == collapsed)
        return;
    const bool focusInside = m_openParts.at(i)->isAncestorOf(QApplication::focusWidget())
        || m_strips.at(i)->hasFocus();
    m_openParts.at(i)->setVisible(!collapsed);
    m_strips.at(i)->setVisible(collapsed);
    if (focusInside) // the keyboard user stays on the same column
        collapsed ? m_strips.at(i)->setFocus() : m_columns.at(i)->setFocus();
    QStringList keys;
    for (int c = 0; c < m_columns.size(); ++c) {
        if (isCollapsed(c))
            keys << m_proxies.at(c)->statusKey();
    }
    QSettings().setValue(QLatin1String(collapsedSettingsKey()), keys);
}

void BoardView::onColumnFocused(BoardColumnView *focused)
{
    // One selection on the board: the focused column's. The others keep their current card
    // (Ctrl+Shift+arrow still knows where it is) but show nothing selected.
    for (BoardColumnView *view : std::as_const(m_columns)) {
        if (view != focused && view->selectionModel())
            view->selectionModel()->clearSelection();
    }
}

void BoardView::updateMinimumWidths()
{
    const int card = IncidentCardDelegate::minimumCardWidth(font());
    for (BoardColumnView *view : std::as_const(m_columns)) {
        // Room for the narrowest card beside a vertical scroll bar: never a sideways one.
        const int bar = view->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, view);
        view->setMinimumWidth(card + bar + 2 * view->frameWidth());
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
    updateMinimumWidths(); // the scope's words differ in length between languages
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
        m_strips.at(c)->setText(tr("%1 (%2)").arg(name, QLocale().toString(count)));
        //: Accessible name of the strip of a collapsed board column; %1 is the status
        m_strips.at(c)->setAccessibleName(tr("Show the %1 column").arg(name));
        m_strips.at(c)->setToolTip(m_strips.at(c)->accessibleName());
        m_strips.at(c)->updateGeometry();
        //: Button that folds a board column into a narrow strip; %1 is the status
        m_collapseButtons.at(c)->setAccessibleName(tr("Collapse the %1 column").arg(name));
        m_collapseButtons.at(c)->setToolTip(m_collapseButtons.at(c)->accessibleName());
    }
}

} // namespace liaison
