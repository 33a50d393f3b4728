#pragma once

#include "services/IncidentService.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QPlainTextEdit;

namespace liaison {

// Asks for what a new incident needs: title (required), summary, severity, TLP and sector.
// The incident starts in the analyst's own centre; sharing is a separate, explicit act.
class NewIncidentDialog : public QDialog
{
    Q_OBJECT
public:
    // localCentre: the analyst's centre (its country's sectors are listed first).
    explicit NewIncidentDialog(const QString &localCentre = {}, QWidget *parent = nullptr);
    IncidentDraft draft() const;

    QLineEdit *titleEdit() const { return m_title; }

private:
    QLineEdit *m_title = nullptr;
    QPlainTextEdit *m_summary = nullptr;
    QComboBox *m_severity = nullptr;
    QComboBox *m_tlp = nullptr;
    QComboBox *m_sector = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace liaison
