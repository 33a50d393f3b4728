#pragma once

#include "services/IncidentService.h"

#include <QDialog>

#include <optional>

class QListWidget;

namespace liaison {

// Asks before an incident leaves its centre: what it is marked, that it cannot be taken back,
// which of its internal comments go with it (none unless the analyst ticks them; release
// records never go), and how many of its indicators stay behind (marked AMBER+STRICT, or RED).
class ShareIncidentDialog : public QDialog
{
    Q_OBJECT
public:
    ShareIncidentDialog(const Incident &incident, const QList<IncidentComment> &comments,
                        const std::function<QString(const QString &)> &authorName,
                        QWidget *parent = nullptr, int stayingIndicators = 0);

    QStringList pickedComments() const;

    // Runs the dialog; false when cancelled. Tests answer ahead with setNextAnswerForTesting
    // (the ids to pick; nullopt: cancel).
    static bool ask(QWidget *parent, const Incident &incident,
                    const QList<IncidentComment> &comments,
                    const std::function<QString(const QString &)> &authorName, QStringList *picked,
                    int stayingIndicators = 0);
    static void setNextAnswerForTesting(std::optional<QStringList> picked);
    static void clearAnswerForTesting(); // the real dialog again

private:
    QListWidget *m_comments = nullptr;
};

} // namespace liaison
