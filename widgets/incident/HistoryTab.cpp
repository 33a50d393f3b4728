#include "HistoryTab.h"

#include "models/incident/IncidentHistoryModel.h"

#include <QEvent>
#include <QHeaderView>
#include <QTreeView>
#include <QVBoxLayout>

namespace liaison {

HistoryTab::HistoryTab(IncidentService &service, const QString &incidentId, QWidget *parent)
    : QWidget(parent)
{
    m_model = new IncidentHistoryModel(service, incidentId, this);
    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("history"));
    m_view->setRootIsDecorated(false);
    // One row per edit, one line per change in it: rows are as tall as their sentences.
    m_view->setUniformRowHeights(false);
    m_view->setWordWrap(true);
    m_view->setAlternatingRowColors(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setModel(m_model);
    m_view->header()->setStretchLastSection(true);
    const auto fit = [this] {
        for (int column : {IncidentHistoryModel::WhenColumn, IncidentHistoryModel::WhoColumn,
                           IncidentHistoryModel::DeviceColumn})
            m_view->resizeColumnToContents(column);
    };
    connect(m_model, &QAbstractItemModel::rowsInserted, this, fit);
    fit();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    retranslateUi();
}

void HistoryTab::retranslateUi()
{
    m_view->setAccessibleName(tr("History"));
    m_view->setAccessibleDescription(
        tr("Every change of this incident, newest first: when, who, from which device, and "
           "what changed"));
}

void HistoryTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace liaison
