#include "IncidentCardDelegate.h"

#include "models/board/IncidentListModel.h"

#include "domain/DomainText.h"
#include "domain/Enums.h"
#include "domain/Sectors.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace liaison {

namespace {
constexpr int kMargin = 6;
constexpr int kPadding = 8;

QColor severityColour(const QString &key)
{
    if (key == QLatin1String("critical"))
        return QColor(0xb0, 0x00, 0x20);
    if (key == QLatin1String("high"))
        return QColor(0xe0, 0x60, 0x00);
    if (key == QLatin1String("medium"))
        return QColor(0xd0, 0xa0, 0x00);
    return QColor(0x60, 0x90, 0x60);
}

QString cell(const QModelIndex &index, int column, int role = Qt::DisplayRole)
{
    return index.siblingAtColumn(column).data(role).toString();
}
} // namespace

QSize IncidentCardDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const int line = option.fontMetrics.height();
    return {std::max(160, option.rect.width()), 4 * line + 2 * kPadding + 2 * kMargin + 8};
}

QString IncidentCardDelegate::describe(const QModelIndex &index)
{
    const QStringList assignees = index.data(IncidentListModel::AssigneesRole).toStringList();
    //: Card read aloud / tooltip: %1 title, %2 severity, %3 TLP label, %4 owner centre,
    //: %5 sector, %6 last update
    QString text = tr("%1 — severity %2, %3, owner %4, sector %5, updated %6")
                       .arg(cell(index, IncidentListModel::TitleColumn),
                            cell(index, IncidentListModel::SeverityColumn),
                            cell(index, IncidentListModel::TlpColumn),
                            cell(index, IncidentListModel::OwnerCentreColumn),
                            cell(index, IncidentListModel::SectorColumn),
                            cell(index, IncidentListModel::UpdatedColumn));
    if (!assignees.isEmpty())
        //: Appended to a card's description; %1 is a list of analysts
        text += QLatin1Char(' ') + tr("Assigned to %1.").arg(assignees.join(QLatin1String(", ")));
    if (index.data(IncidentListModel::UnseenRole).toBool())
        text += QLatin1Char(' ') + tr("Changed since you last looked.");
    return text;
}

void IncidentCardDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = option.palette;
    const QRectF card
        = QRectF(option.rect).adjusted(kMargin, kMargin / 2.0, -kMargin, -kMargin / 2.0);
    const bool selected = option.state & QStyle::State_Selected;
    QPainterPath path;
    path.addRoundedRect(card, 6, 6);
    painter->fillPath(path, selected ? pal.highlight().color().lighter(170) : pal.base().color());
    painter->setPen(QPen(selected ? pal.highlight().color() : pal.mid().color(),
                         (option.state & QStyle::State_HasFocus) ? 2 : 1));
    painter->drawPath(path);
    // Severity as a bar on the left edge.
    painter->fillRect(QRectF(card.left(), card.top() + 4, 4, card.height() - 8),
                      severityColour(index.data(IncidentListModel::SeverityKeyRole).toString()));

    const QFontMetrics fm = option.fontMetrics;
    const int line = fm.height();
    QRectF text = card.adjusted(kPadding + 4, kPadding, -kPadding, -kPadding);

    // Lines 1-2: title (bold, wrapped, elided at the end of the second line), unseen dot.
    QFont bold = option.font;
    bold.setBold(true);
    painter->setFont(bold);
    painter->setPen(pal.text().color());
    const bool unseen = index.data(IncidentListModel::UnseenRole).toBool();
    const qreal dot = unseen ? 10 : 0;
    const QFontMetrics boldMetrics(bold);
    const int width = int(text.width() - dot - 4);
    const QString title = cell(index, IncidentListModel::TitleColumn);
    QString first = title;
    QString second;
    if (boldMetrics.horizontalAdvance(title) > width) {
        // Break at the last space that fits; the rest goes to line 2, elided.
        int cut = int(title.size());
        while (cut > 0 && boldMetrics.horizontalAdvance(title.left(cut)) > width)
            cut = int(title.lastIndexOf(QLatin1Char(' '), cut - 1));
        if (cut <= 0)
            cut = int(title.size());
        first = title.left(cut);
        second = boldMetrics.elidedText(title.mid(cut).trimmed(), Qt::ElideRight, width);
    }
    painter->drawText(QRectF(text.left(), text.top(), width, line),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      boldMetrics.elidedText(first, Qt::ElideRight, width));
    if (!second.isEmpty())
        painter->drawText(QRectF(text.left(), text.top() + line, width, line),
                          Qt::AlignLeft | Qt::AlignVCenter, second);
    if (unseen) {
        painter->setBrush(pal.link().color());
        painter->setPen(Qt::NoPen);
        painter->drawEllipse(QPointF(text.right() - 4, text.top() + line / 2.0), 4, 4);
    }

    // Line 2: TLP badge (black, FIRST colours), severity, owner centre, scope.
    painter->setFont(option.font);
    const qreal y2 = text.top() + 2 * line + 4;
    const QString tlp = cell(index, IncidentListModel::TlpColumn);
    const QRectF badge(text.left(), y2, fm.horizontalAdvance(tlp) + 10, line);
    painter->fillRect(badge, Qt::black);
    painter->setPen(
        IncidentListModel::tlpColour(index.data(IncidentListModel::TlpKeyRole).toString()));
    painter->drawText(badge, Qt::AlignCenter, tlp);
    painter->setPen(pal.text().color());
    const bool shared
        = index.data(IncidentListModel::ScopeKeyRole).toString() == QLatin1String("shared");
    //: On a card: severity · owner centre · scope
    const QString meta = tr("%1 · %2 · %3")
                             .arg(cell(index, IncidentListModel::SeverityColumn),
                                  index.data(IncidentListModel::OwnerCentreRole).toString(),
                                  shared ? scopeLabel(QStringLiteral("shared"))
                                         : scopeLabel(QStringLiteral("centre")));
    const QRectF metaRect(badge.right() + 6, y2, text.right() - badge.right() - 6, line);
    painter->drawText(metaRect, Qt::AlignLeft | Qt::AlignVCenter,
                      fm.elidedText(meta, Qt::ElideRight, int(metaRect.width())));

    // Line 3: sector, assignees, last update (muted).
    const QStringList assignees = index.data(IncidentListModel::AssigneesRole).toStringList();
    QStringList parts;
    const QString sector = cell(index, IncidentListModel::SectorColumn);
    if (!sector.isEmpty())
        parts << sector;
    if (!assignees.isEmpty())
        //: On a card: number of analysts assigned
        parts << tr("%n assignee(s)", nullptr, int(assignees.size()));
    parts << cell(index, IncidentListModel::UpdatedColumn);
    painter->setPen(pal.placeholderText().color());
    const QRectF third(text.left(), y2 + line + 2, text.width(), line);
    painter->drawText(
        third, Qt::AlignLeft | Qt::AlignVCenter,
        fm.elidedText(parts.join(QStringLiteral(" · ")), Qt::ElideRight, int(third.width())));
    painter->restore();
}

} // namespace liaison
