#include "IncidentCardDelegate.h"

#include "models/board/IncidentListModel.h"

#include "domain/DomainText.h"
#include "domain/Enums.h"
#include "domain/Sectors.h"

#include <QApplication>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

namespace liaison {

namespace {
constexpr int kMargin = 4;
constexpr int kPadding = 5;
constexpr int kGap = 4; // between the lines of the lower half
constexpr int kLines = 6;

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
QString scopeText(const QModelIndex &index)
{
    const QString key = index.data(IncidentListModel::ScopeKeyRole).toString();
    return scopeLabel(key.isEmpty() ? QStringLiteral("centre") : key);
}

QString timesText(const QModelIndex &index)
{
    //: On a card: %1 how long ago the incident was opened, %2 how long ago it last changed
    //: (both short, "2 d", "3 h")
    return IncidentCardDelegate::tr("age %1 · upd. %2")
        .arg(IncidentCardDelegate::shortDuration(
                 index.data(IncidentListModel::AgeRole).toLongLong()),
             IncidentCardDelegate::shortDuration(
                 index.data(IncidentListModel::SinceChangeRole).toLongLong()));
}

int chipWidth(const QFontMetrics &fm, const QString &text)
{
    return fm.horizontalAdvance(text) + 6;
}

// The reference, the TLP badge, the scope chip and the times: smaller than the title, so that
// six columns fit beside each other at the default window size.
QFont smallFont(const QFont &font)
{
    QFont small = font;
    if (font.pointSizeF() > 0)
        small.setPointSizeF(font.pointSizeF() * 0.8);
    else
        small.setPixelSize(std::max(8, font.pixelSize() * 4 / 5));
    return small;
}
} // namespace

QString IncidentCardDelegate::shortDuration(qint64 ms)
{
    const qint64 minutes = ms / 60'000;
    if (minutes < 1)
        //: A duration on a card: less than a minute
        return tr("< 1 min");
    if (minutes < 60)
        //: A duration on a card, in minutes
        return tr("%Ln min", nullptr, int(minutes));
    if (minutes < 48 * 60)
        //: A duration on a card, in hours
        return tr("%Ln h", nullptr, int(minutes / 60));
    //: A duration on a card, in days
    return tr("%Ln d", nullptr, int(std::min<qint64>(minutes / (24 * 60), 1'000'000)));
}

QString IncidentCardDelegate::initials(const QString &name)
{
    const QStringList words = name.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QString out;
    for (const QString &w : words) {
        if (out.size() == 2)
            break;
        out += w.at(0).toUpper();
    }
    if (out.size() == 1 && words.first().size() > 1)
        out += words.first().at(1).toUpper();
    return out;
}

int IncidentCardDelegate::minimumCardWidth(const QFont &font)
{
    const QFontMetrics fm(smallFont(font));
    int widest = chipWidth(fm, tlpLabel(Tlp::AmberStrict));
    for (const char *scope : {"centre", "shared", "members"})
        widest = std::max(widest, chipWidth(fm, scopeLabel(QLatin1String(scope))));
    // A reference of the longest centre code; its six characters are rarely all wide ones.
    widest = std::max(widest, fm.horizontalAdvance(QStringLiteral("USCERT-2026-7KQ4MX")));
    return widest + 2 * kMargin + 2 * kPadding + 4;
}

IncidentCardDelegate::CardLayout
IncidentCardDelegate::layoutCard(const QStyleOptionViewItem &option, const QModelIndex &index)
{
    CardLayout l;
    const int line = option.fontMetrics.height();
    l.smallFont = smallFont(option.font);
    const QFontMetrics fm(l.smallFont);
    l.card = QRectF(option.rect).adjusted(kMargin, kMargin / 2.0, -kMargin, -kMargin / 2.0);
    const QRectF text = l.card.adjusted(kPadding + 4, kPadding, -kPadding, -kPadding);
    l.reference = QRectF(text.left(), text.top(), text.width(), line);
    l.title = QRectF(text.left(), text.top() + line, text.width(), 2 * line);
    qreal y = l.title.bottom() + kGap;
    l.tlpText = cell(index, IncidentListModel::TlpColumn);
    l.tlp = QRectF(text.left(), y, std::min<qreal>(chipWidth(fm, l.tlpText), text.width()), line);
    l.severity
        = QRectF(l.tlp.right() + 6, y, std::max<qreal>(0, text.right() - l.tlp.right() - 6), line);
    y += line + kGap;
    l.scopeText = scopeText(index);
    l.scope
        = QRectF(text.left(), y, std::min<qreal>(chipWidth(fm, l.scopeText), text.width()), line);
    l.owner = QRectF(l.scope.right() + 6, y, std::max<qreal>(0, text.right() - l.scope.right() - 6),
                     line);
    y += line + kGap;
    // Room for up to three initials (the third may be "+2"); the times take the rest.
    const qsizetype people = std::min<qsizetype>(
        3, index.data(IncidentListModel::AssigneesRole).toStringList().size());
    const qreal peopleWidth = std::min<qreal>(people * (line + 2), text.width() / 2);
    l.people = QRectF(text.left(), y, peopleWidth, line);
    const qreal room = text.width() - (people > 0 ? peopleWidth + 4 : 0);
    // Two pixels to spare: elidedText measures a little differently from horizontalAdvance.
    const qreal times = std::min<qreal>(fm.horizontalAdvance(timesText(index)) + 2, room);
    l.times = QRectF(text.right() - times, y, times, line);
    return l;
}

QSize IncidentCardDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    // The width is the narrowest card: the column view stretches every card to its own width.
    const int line = option.fontMetrics.height();
    return {minimumCardWidth(option.font), kLines * line + 3 * kGap + 2 * kPadding + kMargin};
}

QString IncidentCardDelegate::describe(const QModelIndex &index)
{
    const QStringList assignees = index.data(IncidentListModel::AssigneesRole).toStringList();
    //: Card read aloud / tooltip: %1 reference, %2 title, %3 severity, %4 TLP label, %5 scope
    //: (shared or centre only), %6 owner centre, %7 sector, %8 last update
    QString text = tr("%1: %2 — severity %3, %4, %5, owner %6, sector %7, updated %8.")
                       .arg(index.data(IncidentListModel::ReferenceRole).toString(),
                            cell(index, IncidentListModel::TitleColumn),
                            cell(index, IncidentListModel::SeverityColumn),
                            cell(index, IncidentListModel::TlpColumn), scopeText(index),
                            cell(index, IncidentListModel::OwnerCentreColumn),
                            cell(index, IncidentListModel::SectorColumn),
                            cell(index, IncidentListModel::UpdatedColumn));
    //: Appended to a card's description: %1 how long ago it was opened ("2 d")
    text += QLatin1Char(' ')
        + tr("Opened %1 ago.")
              .arg(shortDuration(index.data(IncidentListModel::AgeRole).toLongLong()));
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
    const CardLayout l = layoutCard(option, index);
    const bool selected = option.state & QStyle::State_Selected;
    const bool focused = option.state & QStyle::State_HasFocus;
    QPainterPath path;
    path.addRoundedRect(l.card, 6, 6);
    painter->fillPath(path, selected ? pal.highlight().color().lighter(170) : pal.base().color());
    painter->setPen(QPen(selected ? pal.highlight().color() : pal.mid().color(), 1));
    painter->drawPath(path);
    if (focused) {
        // The keyboard focus: a ring outside the card, visible whether selected or not.
        QPen ring(pal.highlight().color(), 2);
        painter->setPen(ring);
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(l.card.adjusted(-2, -2, 2, 2), 7, 7);
    }
    // Severity as a bar on the left edge.
    painter->fillRect(QRectF(l.card.left(), l.card.top() + 4, 4, l.card.height() - 8),
                      severityColour(index.data(IncidentListModel::SeverityKeyRole).toString()));

    const QFontMetrics fm = option.fontMetrics;
    const QFontMetrics smallMetrics(l.smallFont);
    const int line = fm.height();
    const QColor muted = pal.placeholderText().color();

    // Line 1: the reference, muted; the unseen dot at its right.
    painter->setFont(l.smallFont);
    painter->setPen(muted);
    const bool unseen = index.data(IncidentListModel::UnseenRole).toBool();
    painter->drawText(
        l.reference.adjusted(0, 0, unseen ? -12 : 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
        smallMetrics.elidedText(index.data(IncidentListModel::ReferenceRole).toString(),
                                Qt::ElideRight, int(l.reference.width()) - (unseen ? 12 : 0)));
    if (unseen) {
        painter->setBrush(pal.link().color());
        painter->setPen(Qt::NoPen);
        painter->drawEllipse(QPointF(l.reference.right() - 4, l.reference.center().y()), 4, 4);
    }

    // Lines 2-3: title (bold, wrapped, elided at the end of the second line).
    QFont bold = option.font;
    bold.setBold(true);
    painter->setFont(bold);
    painter->setPen(pal.text().color());
    const QFontMetrics boldMetrics(bold);
    const int width = int(l.title.width());
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
    // A first line cut at a space was measured to fit: drawn as it is (eliding it again could
    // drop its last word for a pixel of rounding).
    painter->drawText(
        QRectF(l.title.left(), l.title.top(), width + 2, line), Qt::AlignLeft | Qt::AlignVCenter,
        first.size() < title.size() ? first : boldMetrics.elidedText(first, Qt::ElideRight, width));
    if (!second.isEmpty())
        painter->drawText(QRectF(l.title.left(), l.title.top() + line, width, line),
                          Qt::AlignLeft | Qt::AlignVCenter, second);

    // Line 4: TLP badge (black, FIRST colours) and severity.
    painter->setFont(l.smallFont);
    painter->fillRect(l.tlp, Qt::black);
    painter->setPen(
        IncidentListModel::tlpColour(index.data(IncidentListModel::TlpKeyRole).toString()));
    painter->drawText(l.tlp, Qt::AlignCenter,
                      smallMetrics.elidedText(l.tlpText, Qt::ElideRight, int(l.tlp.width()) - 4));
    painter->setFont(option.font);
    painter->setPen(pal.text().color());
    painter->drawText(l.severity, Qt::AlignLeft | Qt::AlignVCenter,
                      fm.elidedText(cell(index, IncidentListModel::SeverityColumn), Qt::ElideRight,
                                    int(l.severity.width())));

    // Line 5: the scope, the key fact of a cross-border board, as a chip; the owner centre.
    const bool shared
        = index.data(IncidentListModel::ScopeKeyRole).toString() == QLatin1String("shared");
    const QColor scopeColour = shared ? pal.link().color() : muted;
    painter->setPen(QPen(scopeColour, 1));
    painter->setBrush(shared
                          ? QColor(scopeColour.red(), scopeColour.green(), scopeColour.blue(), 28)
                          : QColor(Qt::transparent));
    painter->drawRoundedRect(l.scope.adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
    painter->setFont(l.smallFont);
    painter->setPen(shared ? pal.link().color() : pal.text().color());
    painter->drawText(l.scope, Qt::AlignCenter, l.scopeText);
    painter->setFont(option.font);
    painter->setPen(pal.text().color());
    painter->drawText(l.owner, Qt::AlignLeft | Qt::AlignVCenter,
                      fm.elidedText(index.data(IncidentListModel::OwnerCentreRole).toString(),
                                    Qt::ElideRight, int(l.owner.width())));

    // Line 6: assignees' initials; age and last change (muted).
    const QStringList assignees = index.data(IncidentListModel::AssigneesRole).toStringList();
    painter->setFont(l.smallFont);
    qreal x = l.people.left();
    const qreal d = line;
    for (int a = 0; a < assignees.size(); ++a) {
        const bool last = x + 2 * (d + 2) > l.people.right() + 2 && a + 1 < assignees.size();
        const QString text
            = last ? QStringLiteral("+%1").arg(assignees.size() - a) : initials(assignees.at(a));
        if (x + d > l.people.right() + 2)
            break;
        const QRectF circle(x, l.people.top(), d, d);
        painter->setPen(Qt::NoPen);
        // The active colours in an inactive window too: the initials read the same.
        painter->setBrush(pal.color(QPalette::Active, QPalette::Highlight));
        painter->drawEllipse(circle);
        painter->setPen(pal.color(QPalette::Active, QPalette::HighlightedText));
        painter->drawText(circle, Qt::AlignCenter, text);
        x += d + 2;
        if (last)
            break;
    }
    painter->setFont(l.smallFont);
    painter->setPen(muted);
    painter->drawText(
        l.times, Qt::AlignRight | Qt::AlignVCenter,
        smallMetrics.elidedText(timesText(index), Qt::ElideRight, int(l.times.width())));
    painter->restore();
}

} // namespace liaison
