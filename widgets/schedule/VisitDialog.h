#pragma once

#include "services/ScheduleService.h"

#include <QDate>
#include <QDialog>
#include <QStringList>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace liaison {

class Workspace;

// Plans an in-person visit (issue #12): title, host centre, visitors (analysts of the
// directory), its days and the travel days around them, location, purpose, agenda items,
// linked incidents; and its workflow, each step shown only when this analyst may take it:
// Propose, Approve and Withdraw approval (team leads, for their centre: who approved for each
// centre and when is shown), Confirm, Complete, Cancel (with a reason). ScheduleChecks'
// warnings are shown in words and never block.
class VisitDialog : public QDialog
{
    Q_OBJECT
public:
    VisitDialog(Workspace &context, const QString &visitId, const QDate &day,
                QWidget *parent = nullptr);

    QString visitId() const { return m_id; }
    // Saves the form (creating the visit the first time); false with the error shown.
    bool save();
    // The warnings shown, one sentence each.
    QStringList warnings() const { return m_warnings; }
    // The approvals line of each required centre.
    QString approvalsText() const;
    // Adds an agenda row (title, owner, start and end on the host's wall clock).
    void addAgendaRow(const AgendaItem &item);
    // The saved visit's agenda as a PDF in the UI's language (widgets/print/VisitAgenda),
    // written to path, or where the analyst picks when path is empty; false when cancelled or
    // when it cannot be written (said in a box).
    bool saveAgendaPdf(const QString &path = {});

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void load();
    void updateState();
    void updateWarnings();
    void updateAgendaZones();
    QString hostZone() const;
    void runStep(const std::function<void()> &step);
    Visit formVisit() const;

    Workspace &m_context;
    QString m_id;
    QStringList m_removedAgenda;
    QStringList m_warnings;

    QLabel *m_statusLabel = nullptr;
    QLabel *m_titleLabel = nullptr;
    QLineEdit *m_title = nullptr;
    QLabel *m_hostLabel = nullptr;
    QComboBox *m_host = nullptr;
    QLabel *m_visitorsLabel = nullptr;
    QListWidget *m_visitors = nullptr;
    QLabel *m_startLabel = nullptr;
    QDateEdit *m_start = nullptr;
    QLabel *m_endLabel = nullptr;
    QDateEdit *m_end = nullptr;
    QLabel *m_travelBeforeLabel = nullptr;
    QSpinBox *m_travelBefore = nullptr;
    QLabel *m_travelAfterLabel = nullptr;
    QSpinBox *m_travelAfter = nullptr;
    QLabel *m_locationLabel = nullptr;
    QLineEdit *m_location = nullptr;
    QLabel *m_purposeLabel = nullptr;
    QPlainTextEdit *m_purpose = nullptr;
    QLabel *m_agendaLabel = nullptr;
    QTableWidget *m_agenda = nullptr;
    QPushButton *m_addAgenda = nullptr;
    QPushButton *m_removeAgenda = nullptr;
    QLabel *m_incidentsLabel = nullptr;
    QListWidget *m_incidents = nullptr;
    QLabel *m_approvals = nullptr;
    QLabel *m_warningsLabel = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_propose = nullptr;
    QPushButton *m_approve = nullptr;
    QPushButton *m_withdraw = nullptr;
    QPushButton *m_confirm = nullptr;
    QPushButton *m_complete = nullptr;
    QPushButton *m_cancelVisit = nullptr;
    QPushButton *m_pdf = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace liaison
