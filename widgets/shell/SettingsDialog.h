#pragma once

#include <QDialog>
#include <QUrl>

class QComboBox;
class QCheckBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace liaison {

class Workspace;
class HubEnrolForm;

// Settings: the interface language (applied at once), the auto-lock delay, the passphrase
// (Change passphrase…), and the hub: where
// this profile syncs (address, pinned certificate, analyst, centre, device) or, when it is
// not enrolled yet, the form to enrol it.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(Workspace &context, QWidget *parent = nullptr);

    QComboBox *languageCombo() const { return m_language; }
    QSpinBox *autoLockSpin() const { return m_autoLock; }
    HubEnrolForm *enrolForm() const { return m_form; }
    QPushButton *enrolButton() const { return m_enrol; }
    QLabel *hubMessage() const { return m_hubMessage; }
    QPushButton *changePassphraseButton() const { return m_changePassphrase; }

signals:
    void autoLockChanged(int minutes);
    void awayDelayChanged(int minutes);
    void enrolRequested(const QUrl &hub, const QString &code, const QString &fingerprint);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void loadHub();
    void updateEnrolButton();

    Workspace &m_context;
    QLabel *m_languageLabel = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_autoLockLabel = nullptr;
    QSpinBox *m_autoLock = nullptr;
    QCheckBox *m_previews = nullptr;
    QCheckBox *m_doNotDisturb = nullptr;
    QSpinBox *m_away = nullptr;
    QLabel *m_awayLabel = nullptr;
    QSpinBox *m_reminder = nullptr;
    QLabel *m_reminderLabel = nullptr;
    QLabel *m_autoLockHelp = nullptr;
    QPushButton *m_changePassphrase = nullptr;
    QLabel *m_passphraseMessage = nullptr;
    bool m_passphraseChanged = false;
    QGroupBox *m_hubBox = nullptr;
    QLabel *m_hubInfo = nullptr;
    HubEnrolForm *m_form = nullptr;
    QPushButton *m_enrol = nullptr;
    QLabel *m_hubMessage = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace liaison
