#include "NavigationRail.h"

#include "widgets/common/Theme.h"

#include <QEvent>
#include <QHash>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QSettings>
#include <QStyledItemDelegate>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace liaison {

namespace {

constexpr char kCollapsedKey[] = "ui/navigation/collapsed";
constexpr int kIconSize = 24;
constexpr int kPad = 12; // left and right of the icon
constexpr int kGap = 10; // between the icon and the name
constexpr int kMaxExpandedWidth = 170;

enum Role { IconNameRole = Qt::UserRole + 1, UnreadRole, MentionsRole };

QString countText(int n)
{
    //: A badge's count when it is over 99
    return n > 99 ? NavigationRail::tr("99+") : QLocale().toString(n);
}

// A rounded pill with a count, its width from the text.
QRectF pillRect(const QFontMetrics &fm, const QString &text, const QPointF &topLeft)
{
    const qreal h = fm.height() + 2;
    return QRectF(topLeft, QSizeF(std::max<qreal>(h, fm.horizontalAdvance(text) + 10), h));
}

void drawPill(QPainter *painter, const QRectF &r, const QString &text, const QColor &background,
              const QColor &foreground)
{
    painter->setPen(Qt::NoPen);
    painter->setBrush(background);
    painter->drawRoundedRect(r, r.height() / 2, r.height() / 2);
    painter->setPen(foreground);
    painter->drawText(r, Qt::AlignCenter, text);
}

class RailDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    bool collapsed = false;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const QFontMetrics fm(option.font);
        const int height = std::max(40, fm.height() + 18);
        if (collapsed)
            return QSize(kPad * 2 + kIconSize, height);
        QFont bold = option.font;
        bold.setBold(true);
        // The name whole (bold when unread), and room for a mention badge after it.
        const int mentionRoom = QFontMetrics(smallFont(option.font))
                                    .horizontalAdvance(NavigationRail::tr("@%1").arg(9))
            + 14;
        return QSize(kPad + kIconSize + kGap
                         + QFontMetrics(bold).horizontalAdvance(index.data().toString())
                         + mentionRoom + kPad,
                     height);
    }

    static QFont smallFont(const QFont &font)
    {
        QFont small = font;
        small.setPointSizeF(std::max(7.0, font.pointSizeF() * 0.85));
        small.setBold(true);
        return small;
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &opt,
               const QModelIndex &index) const override
    {
        QStyleOptionViewItem option = opt;
        initStyleOption(&option, index);
        const QPalette &pal = option.palette;
        const bool selected = option.state & QStyle::State_Selected;
        const bool focused = option.state & QStyle::State_HasFocus;
        const bool hovered = option.state & QStyle::State_MouseOver;
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        const QRectF cell = QRectF(option.rect).adjusted(4, 2, -4, -2);
        if (selected || hovered) {
            painter->setPen(Qt::NoPen);
            painter->setBrush(selected ? pal.color(QPalette::Highlight)
                                       : pal.color(QPalette::AlternateBase));
            painter->drawRoundedRect(cell, 6, 6);
        }
        if (focused) { // a visible focus, apart from the selection
            painter->setPen(QPen(selected ? pal.color(QPalette::HighlightedText)
                                          : pal.color(QPalette::Highlight),
                                 2));
            painter->setBrush(Qt::NoBrush);
            painter->drawRoundedRect(cell.adjusted(2, 2, -2, -2), 5, 5);
        }
        const QColor ink
            = selected ? pal.color(QPalette::HighlightedText) : pal.color(QPalette::WindowText);
        const QString iconName = index.data(IconNameRole).toString();
        const QString key = iconName + ink.name();
        auto it = m_icons.find(key);
        if (it == m_icons.end())
            it = m_icons.insert(key, theme::icon(iconName, ink, kIconSize));
        const int iconX
            = collapsed ? option.rect.center().x() - kIconSize / 2 + 1 : option.rect.left() + kPad;
        const QRect iconRect(iconX, option.rect.center().y() - kIconSize / 2 + 1, kIconSize,
                             kIconSize);
        it->paint(painter, iconRect);

        const int unread = index.data(UnreadRole).toInt();
        const int mentions = index.data(MentionsRole).toInt();
        const QFont small = smallFont(option.font);
        const QFontMetrics sm(small);
        painter->setFont(small);
        //: A badge: %1 how many unread messages mention the analyst
        const QString mentionText = NavigationRail::tr("@%1").arg(countText(mentions));
        // On the icon: the unread count; collapsed, the mentions first (there is one badge).
        const bool mentionOnIcon = collapsed && mentions > 0;
        if (unread > 0 || mentionOnIcon) {
            const theme::Tone tone = mentionOnIcon ? theme::Tone::Mention : theme::Tone::Unread;
            const QString text = mentionOnIcon ? mentionText : countText(unread);
            QRectF r = pillRect(sm, text, QPointF(iconRect.right() - 8, iconRect.top() - 7));
            if (r.right() > option.rect.right() - 2)
                r.moveRight(option.rect.right() - 2);
            drawPill(painter, r, text, theme::toneBackground(tone, pal),
                     theme::toneText(tone, pal));
            if (selected && tone == theme::Tone::Unread) { // the highlight's own colour
                painter->setPen(QPen(pal.color(QPalette::HighlightedText), 1));
                painter->setBrush(Qt::NoBrush);
                painter->drawRoundedRect(r, r.height() / 2, r.height() / 2);
            }
        }
        if (collapsed) {
            painter->restore();
            return;
        }
        // The name, then the mentions at the row's end.
        qreal right = option.rect.right() - kPad + 4;
        if (mentions > 0) {
            QRectF r = pillRect(sm, mentionText,
                                QPointF(0, option.rect.center().y() - (sm.height() + 2) / 2.0 + 1));
            r.moveRight(right);
            drawPill(painter, r, mentionText, theme::toneBackground(theme::Tone::Mention, pal),
                     theme::toneText(theme::Tone::Mention, pal));
            right = r.left() - 4;
        }
        QFont font = option.font;
        font.setBold(unread > 0);
        painter->setFont(font);
        painter->setPen(ink);
        const QRectF textRect(iconRect.right() + kGap, option.rect.top(),
                              std::max<qreal>(0, right - iconRect.right() - kGap),
                              option.rect.height());
        painter->drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft,
                          QFontMetrics(font).elidedText(index.data().toString(), Qt::ElideRight,
                                                        int(textRect.width())));
        painter->restore();
    }

private:
    mutable QHash<QString, QIcon> m_icons;
};

} // namespace

NavigationRail::NavigationRail(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("navigationRail"));
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("navigation"));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setMouseTracking(true);
    m_list->setUniformItemSizes(true);
    m_list->setItemDelegate(new RailDelegate(m_list));
    m_list->viewport()->setAutoFillBackground(false);
    m_list->setAutoFillBackground(false);
    connect(m_list, &QListWidget::currentRowChanged, this, &NavigationRail::currentChanged);

    m_pendingLabel = new QLabel(this);
    m_pendingLabel->setObjectName(QStringLiteral("pendingBadge"));
    m_pendingLabel->setAlignment(Qt::AlignCenter);
    m_pendingLabel->hide();

    m_collapse = new QToolButton(this);
    m_collapse->setObjectName(QStringLiteral("collapseNavigation"));
    m_collapse->setAutoRaise(true);
    m_collapse->setIconSize(QSize(18, 18));
    connect(m_collapse, &QToolButton::clicked, this, [this] { setCollapsed(!m_collapsed); });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(theme::kSpacing);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_pendingLabel, 0, Qt::AlignHCenter);
    layout->addWidget(m_collapse, 0, Qt::AlignLeft);

    m_collapsed = QSettings().value(QLatin1String(kCollapsedKey), false).toBool();
    static_cast<RailDelegate *>(m_list->itemDelegate())->collapsed = m_collapsed;
    retranslateUi();
}

void NavigationRail::setPages(const QList<Page> &pages)
{
    const int current = m_list->currentRow();
    m_pages = pages;
    while (m_list->count() < pages.size())
        m_list->addItem(QString());
    while (m_list->count() > pages.size())
        delete m_list->takeItem(m_list->count() - 1);
    for (int i = 0; i < pages.size(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        item->setText(pages[i].name);
        item->setData(IconNameRole, pages[i].icon);
        item->setData(Qt::AccessibleTextRole, pages[i].name);
    }
    if (current >= 0 && current < m_list->count())
        m_list->setCurrentRow(current);
    retranslateUi();
}

int NavigationRail::count() const
{
    return m_list->count();
}

int NavigationRail::currentIndex() const
{
    return m_list->currentRow();
}

void NavigationRail::setCurrentIndex(int index)
{
    m_list->setCurrentRow(index);
}

QString NavigationRail::pageName(int index) const
{
    return index >= 0 && index < m_pages.size() ? m_pages[index].name : QString();
}

void NavigationRail::setBadge(int index, int unread, int mentions)
{
    QListWidgetItem *item = m_list->item(index);
    if (!item)
        return;
    item->setData(UnreadRole, std::max(0, unread));
    item->setData(MentionsRole, std::max(0, mentions));
    retranslateUi();
}

int NavigationRail::unread(int index) const
{
    const QListWidgetItem *item = m_list->item(index);
    return item ? item->data(UnreadRole).toInt() : 0;
}

int NavigationRail::mentions(int index) const
{
    const QListWidgetItem *item = m_list->item(index);
    return item ? item->data(MentionsRole).toInt() : 0;
}

QString NavigationRail::badgeDescription(int index) const
{
    const int n = unread(index);
    const int m = mentions(index);
    if (n <= 0 && m <= 0)
        return {};
    if (m <= 0)
        //: Read by a screen reader after a page's name in the navigation
        return tr("%n unread", nullptr, n);
    //: Read by a screen reader after a page's name: %1 is "N unread", then the mentions
    return tr("%1, %n mention(s) of you", nullptr, m).arg(tr("%n unread", nullptr, n));
}

void NavigationRail::setPending(int pending)
{
    m_pending = std::max(0, pending);
    retranslateUi();
}

void NavigationRail::setCollapsed(bool collapsed)
{
    if (collapsed == m_collapsed)
        return;
    m_collapsed = collapsed;
    static_cast<RailDelegate *>(m_list->itemDelegate())->collapsed = collapsed;
    QSettings().setValue(QLatin1String(kCollapsedKey), collapsed);
    m_list->doItemsLayout();
    retranslateUi();
    emit collapsedChanged(collapsed);
}

void NavigationRail::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::PaletteChange)
        refreshIcons();
    QWidget::changeEvent(event);
}

void NavigationRail::retranslateUi()
{
    m_list->setAccessibleName(tr("Sections"));
    m_list->setAccessibleDescription(tr("The pages of Liaison. Ctrl+1 to Ctrl+4 reach them from "
                                        "anywhere."));
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        const QString description = badgeDescription(i);
        item->setData(Qt::AccessibleDescriptionRole, description);
        //: Tooltip of a page in the navigation: %1 the page, %2 its unread items
        item->setToolTip(description.isEmpty() ? pageName(i)
                                               : tr("%1: %2").arg(pageName(i), description));
    }
    const QString collapseText
        = m_collapsed ? tr("Expand the navigation") : tr("Collapse the navigation");
    m_collapse->setToolTip(collapseText);
    m_collapse->setAccessibleName(collapseText);

    const QString pendingText = tr("%n change(s) waiting to sync", nullptr, m_pending);
    m_pendingLabel->setVisible(m_pending > 0);
    m_pendingLabel->setText(m_collapsed ? QLocale().toString(m_pending)
                                        //: The navigation's badge: %1 changes not yet sent
                                        : tr("%1 waiting").arg(QLocale().toString(m_pending)));
    m_pendingLabel->setToolTip(pendingText);
    m_pendingLabel->setAccessibleName(pendingText);
    refreshIcons();
    updateWidth();
}

void NavigationRail::refreshIcons()
{
    const QPalette &pal = palette();
    m_collapse->setIcon(
        theme::icon(m_collapsed ? QStringLiteral("expand") : QStringLiteral("collapse"),
                    pal.color(QPalette::WindowText), 18));
    m_pendingLabel->setStyleSheet(
        QStringLiteral("QLabel { background: %1; color: %2; border-radius: 9px; "
                       "padding: 1px 8px; font-weight: bold; }")
            .arg(theme::toneBackground(theme::Tone::Pending, pal).name(),
                 theme::toneText(theme::Tone::Pending, pal).name()));
    m_list->viewport()->update();
}

void NavigationRail::updateWidth()
{
    int width = kPad * 2 + kIconSize;
    QStyleOptionViewItem option;
    option.initFrom(m_list);
    for (int i = 0; i < m_list->count(); ++i)
        width = std::max(
            width, m_list->itemDelegate()->sizeHint(option, m_list->model()->index(i, 0)).width());
    if (!m_collapsed)
        width = std::min(width, kMaxExpandedWidth);
    width = std::max({width, m_collapse->sizeHint().width(), m_pendingLabel->sizeHint().width()});
    m_list->setFixedWidth(width);
    setFixedWidth(width);
    m_list->doItemsLayout();
}

} // namespace liaison
