#pragma once

#include <QWidget>

class QTreeView;

namespace liaison {

class IncidentHistoryModel;
class IncidentService;

// The incident window's history: every signed change of the incident and of its indicators
// and comments, newest first, in the UI language (IncidentHistoryModel).
class HistoryTab : public QWidget
{
    Q_OBJECT
public:
    HistoryTab(IncidentService &service, const QString &incidentId, QWidget *parent = nullptr);

    IncidentHistoryModel *model() const { return m_model; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    IncidentHistoryModel *m_model = nullptr;
    QTreeView *m_view = nullptr;
};

} // namespace liaison
