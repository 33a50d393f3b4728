#pragma once

#include <QAbstractTableModel>
#include <QCoreApplication>
#include <QEvent>
#include <QList>
#include <QSet>

namespace liaison {

// A table of rows that each have a stable key (a record id). replaceRows() brings the model
// to a new list with the fewest row signals: rows gone are removed, new ones inserted, moved
// ones moved and the rest updated in place (one-row dataChanged, never a reset), so a view
// keeps its selection while the list changes under it. Display text is made in data() from
// the row, so a language switch only re-emits the data and the headers.
template<typename Row>
class KeyedRowsModel : public QAbstractTableModel
{
public:
    explicit KeyedRowsModel(int columns, QObject *parent = nullptr)
        : QAbstractTableModel(parent)
        , m_columns(columns)
    {
        if (QCoreApplication *app = QCoreApplication::instance())
            app->installEventFilter(this);
    }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : m_columns;
    }
    const Row &rowAt(int row) const { return m_rows.at(row); }

protected:
    virtual QString keyOf(const Row &row) const = 0;

    void replaceRows(const QList<Row> &rows)
    {
        QSet<QString> wanted;
        for (const Row &r : rows)
            wanted.insert(keyOf(r));
        for (int r = int(m_rows.size()) - 1; r >= 0; --r) {
            if (!wanted.contains(keyOf(m_rows.at(r)))) {
                beginRemoveRows({}, r, r);
                m_rows.removeAt(r);
                endRemoveRows();
            }
        }
        for (int i = 0; i < rows.size(); ++i) {
            const QString key = keyOf(rows.at(i));
            int at = -1;
            for (int j = i; j < m_rows.size() && at < 0; ++j) {
                if (keyOf(m_rows.at(j)) == key)
                    at = j;
            }
            if (at < 0) {
                beginInsertRows({}, i, i);
                m_rows.insert(i, rows.at(i));
                endInsertRows();
                continue;
            }
            if (at != i) {
                beginMoveRows({}, at, at, {}, i);
                m_rows.move(at, i);
                endMoveRows();
            }
            m_rows[i] = rows.at(i);
            emit dataChanged(index(i, 0), index(i, m_columns - 1));
        }
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::LanguageChange && watched == QCoreApplication::instance()) {
            emit headerDataChanged(Qt::Horizontal, 0, m_columns - 1);
            if (!m_rows.isEmpty())
                emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, m_columns - 1));
        }
        return QAbstractTableModel::eventFilter(watched, event);
    }

    QList<Row> m_rows;

private:
    int m_columns;
};

} // namespace liaison
