#pragma once

#include <QStyledItemDelegate>

namespace liaison {

// Paints an incident as a card of the kanban board: title, severity, a TLP 2.0 badge in
// FIRST's colours, the owner centre, sector, assignees, last update, and a dot for changes
// the analyst has not seen. Reads IncidentListModel roles only.
class IncidentCardDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    // The text a screen reader gets for a card (also its tooltip).
    static QString describe(const QModelIndex &index);
};

} // namespace liaison
