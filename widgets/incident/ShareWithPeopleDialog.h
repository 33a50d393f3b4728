#pragma once

#include "services/IncidentService.h"

#include <QDialog>

#include <optional>

class QListWidget;

namespace liaison {

// TLP:RED leaves its centre to named people only: the analysts of the other centres (from the
// hub's directory) to share the incident with, those already named ticked. Unticking one
// takes them off: they receive nothing written after that.
class ShareWithPeopleDialog : public QDialog
{
    Q_OBJECT
public:
    ShareWithPeopleDialog(const Incident &incident, const QList<IncidentService::Member> &people,
                          const QStringList &named, QWidget *parent = nullptr);

    QStringList picked() const;

    // Runs the dialog; false when cancelled, else *picked is the analysts to name (all of
    // them: those ticked). Tests answer ahead with setNextAnswerForTesting (nullopt: cancel).
    static bool ask(QWidget *parent, const Incident &incident,
                    const QList<IncidentService::Member> &people, const QStringList &named,
                    QStringList *picked);
    static void setNextAnswerForTesting(std::optional<QStringList> picked);
    static void clearAnswerForTesting();

private:
    QListWidget *m_people = nullptr;
};

} // namespace liaison
