#include "HistoryTab.h"

#include "models/incident/IncidentHistoryModel.h"

#include <QEvent>
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
    m_view->setUniformRowHeights(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setModel(m_model);
    const auto fit = [this] { m_view->resizeColumnToContents(IncidentHistoryModel::WhenColumn); };
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
}

void HistoryTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace liaison
