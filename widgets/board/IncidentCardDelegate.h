#pragma once

#include <QFont>
#include <QRectF>
#include <QStyledItemDelegate>

namespace liaison {

// Paints an incident as a card of the kanban board, on six lines:
//   reference                                   (unseen dot)
//   title, bold, on two lines (elided at the end of the second)
//   TLP 2.0 badge in FIRST's colours · severity
//   scope chip ("Shared" / "Centre only", always shown in full) · owner centre
//   assignees' initials                         age · last change
// The severity is also the bar on the left edge. Reads IncidentListModel roles only.
class IncidentCardDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // Where each part of a card goes in a given item rectangle; paint() draws in these
    // rectangles, and tests check them (the scope label must never be cut).
    struct CardLayout
    {
        QRectF card;
        QRectF reference;
        QRectF title; // two lines
        QRectF tlp;
        QRectF severity;
        QRectF scope; // the chip, whose text is scopeText
        QRectF owner;
        QRectF people;
        QRectF times;
        QString scopeText;
        QString tlpText;
        QFont smallFont; // of the reference, TLP badge, scope chip and times
    };
    static CardLayout layoutCard(const QStyleOptionViewItem &option, const QModelIndex &index);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    // The narrowest card on which the TLP badge, the scope chip and the reference still fit
    // whole, in the current language and this font.
    static int minimumCardWidth(const QFont &font);
    // The text a screen reader gets for a card (also its tooltip).
    static QString describe(const QModelIndex &index);
    // "3 h", "2 d": a duration as short as a card needs it, in the UI language.
    static QString shortDuration(qint64 ms);
    // "MT" for "Marie Tremblay", "JE" for "jean".
    static QString initials(const QString &name);
};

} // namespace liaison
