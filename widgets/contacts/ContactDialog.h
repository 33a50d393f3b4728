#pragma once

#include "services/ScheduleService.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace liaison {

// New or edit a contact. The fields are checked as ScheduleService checks them when OK is
// pressed; a refused value is named in a translated line under its field, which takes the
// focus, and nothing is saved.
class ContactDialog : public QDialog
{
    Q_OBJECT
public:
    // contact.id empty: a new contact. analysts: the hub's directory (id -> name), for the
    // Liaison account picker.
    ContactDialog(ScheduleService &service, const Contact &contact,
                  const QList<QPair<QString, QString>> &analysts, QWidget *parent = nullptr);

    Contact contact() const; // what the fields say now
    QString savedId() const { return m_savedId; }
    // The error shown under a field ("email", "timezone", ...), empty when none.
    QString fieldError(const QString &field) const;

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void clearErrors();
    void addRow(const QString &field, QLabel *label, QWidget *editor);

    ScheduleService &m_service;
    Contact m_original;
    QString m_savedId;
    QFormLayout *m_form = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_organisation = nullptr;
    QLineEdit *m_centre = nullptr;
    QLineEdit *m_role = nullptr;
    QPlainTextEdit *m_emails = nullptr;
    QPlainTextEdit *m_phones = nullptr;
    QCheckBox *m_english = nullptr;
    QCheckBox *m_french = nullptr;
    QComboBox *m_timezone = nullptr;
    QLineEdit *m_hours = nullptr;
    QComboBox *m_account = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QCheckBox *m_shared = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    struct Row
    {
        QLabel *label = nullptr;
        QWidget *editor = nullptr;
        QLabel *error = nullptr;
    };
    QHash<QString, Row> m_rows; // by the service's field name
    QLabel *m_languagesLabel = nullptr;
    QLabel *m_hoursHint = nullptr;
};

} // namespace liaison
