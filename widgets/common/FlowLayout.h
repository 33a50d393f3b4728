#pragma once

#include <QLayout>
#include <QList>
#include <QSet>

namespace liaison {

// Lays its widgets out left to right and wraps to a new row when the width runs out, so that
// a tool bar of filters fits a half-screen window as well as a wide one. On each row, the
// items whose horizontal size policy can expand share what is left of the row's width.
class FlowLayout : public QLayout
{
public:
    explicit FlowLayout(QWidget *parent = nullptr, int spacing = -1);
    ~FlowLayout() override;

    void addItem(QLayoutItem *item) override;
    // The next item starts a new row, however wide the window.
    void addRowBreak() { m_breaks.insert(int(m_items.size())); }
    int count() const override { return int(m_items.size()); }
    QLayoutItem *itemAt(int index) const override { return m_items.value(index); }
    QLayoutItem *takeAt(int index) override;
    Qt::Orientations expandingDirections() const override { return Qt::Horizontal; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;

private:
    int doLayout(const QRect &rect, bool apply) const;
    int space() const;

    QList<QLayoutItem *> m_items;
    QSet<int> m_breaks; // indices of the items that start a row
};

} // namespace liaison
