#include "FlowLayout.h"

#include <QStyle>
#include <QWidget>

namespace liaison {

FlowLayout::FlowLayout(QWidget *parent, int spacing)
    : QLayout(parent)
{
    setSpacing(spacing);
}

FlowLayout::~FlowLayout()
{
    while (QLayoutItem *item = takeAt(0))
        delete item;
}

void FlowLayout::addItem(QLayoutItem *item)
{
    m_items.append(item);
}

QLayoutItem *FlowLayout::takeAt(int index)
{
    return index >= 0 && index < m_items.size() ? m_items.takeAt(index) : nullptr;
}

int FlowLayout::heightForWidth(int width) const
{
    return doLayout(QRect(0, 0, width, 0), false);
}

QSize FlowLayout::minimumSize() const
{
    QSize size;
    for (const QLayoutItem *item : m_items) {
        if (!item->isEmpty())
            size = size.expandedTo(item->minimumSize());
    }
    const QMargins m = contentsMargins();
    return size + QSize(m.left() + m.right(), m.top() + m.bottom());
}

QSize FlowLayout::sizeHint() const
{
    // One row of everything: what the layout would like on a wide window.
    int width = 0;
    int height = 0;
    for (const QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        width += item->sizeHint().width() + (width > 0 ? space() : 0);
        height = std::max(height, item->sizeHint().height());
    }
    const QMargins m = contentsMargins();
    return {width + m.left() + m.right(), height + m.top() + m.bottom()};
}

void FlowLayout::setGeometry(const QRect &rect)
{
    QLayout::setGeometry(rect);
    doLayout(rect, true);
}

int FlowLayout::space() const
{
    if (spacing() >= 0)
        return spacing();
    const QWidget *parent = parentWidget();
    const int fromStyle = parent
        ? parent->style()->pixelMetric(QStyle::PM_LayoutHorizontalSpacing, nullptr, parent)
        : -1;
    return fromStyle >= 0 ? fromStyle : 6;
}

int FlowLayout::doLayout(const QRect &rect, bool apply) const
{
    const QRect area = rect.marginsRemoved(contentsMargins());
    const int gap = space();
    int y = area.y();
    int i = 0;
    const int n = int(m_items.size());
    while (i < n) {
        // One row: as many items as fit (at least one).
        QList<QLayoutItem *> row;
        int used = 0;
        int expanding = 0;
        for (; i < n; ++i) {
            QLayoutItem *item = m_items.at(i);
            if (item->isEmpty())
                continue;
            const int w = std::min(item->sizeHint().width(), area.width());
            const int next = used + (row.isEmpty() ? 0 : gap) + w;
            if (!row.isEmpty() && (next > area.width() || m_breaks.contains(i)))
                break;
            used = next;
            row << item;
            if (item->expandingDirections() & Qt::Horizontal)
                ++expanding;
        }
        if (row.isEmpty())
            break;
        int height = 0;
        for (QLayoutItem *item : std::as_const(row))
            height = std::max(height, item->sizeHint().height());
        if (apply) {
            int extra = std::max(0, area.width() - used);
            int x = area.x();
            for (QLayoutItem *item : std::as_const(row)) {
                int w = std::min(item->sizeHint().width(), area.width());
                if (expanding > 0 && (item->expandingDirections() & Qt::Horizontal)) {
                    const int share = extra / expanding;
                    w += share;
                    extra -= share;
                    --expanding;
                }
                const int h = item->sizeHint().height();
                item->setGeometry(QRect(x, y + (height - h) / 2, w, h));
                x += w + gap;
            }
        }
        y += height + gap;
    }
    const QMargins m = contentsMargins();
    return std::max(0, y - gap - area.y()) + m.top() + m.bottom();
}

} // namespace liaison
