#pragma once

#include "crypto/Kdf.h"
#include "storage/Profile.h"

#include <QDialog>
#include <QUrl>

#include <memory>
#include <optional>

class QComboBox;
class QGroupBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace liaison {

class CapsLockWarning;
class HubEnrolForm;
class PassphraseMeter;

// First run: choose the interface language and the passphrase that encrypts the new profile.
class ProfileSetupDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ProfileSetupDialog(const QString &profileDir, QWidget *parent = nullptr);
    ~ProfileSetupDialog() override;

    // The created profile, once the dialog has been accepted.
    std::unique_ptr<Profile> takeProfile() { return std::move(m_profile); }
    // The hub to enrol with once the profile exists, when the analyst filled it in.
    struct Enrolment
    {
        QUrl url;
        QString code;
        QString fingerprint;
    };
    std::optional<Enrolment> enrolment() const;
    HubEnrolForm *hubForm() const { return m_hubForm; }
    // The hub the start-up already has an enrolment code for (liaison --hub ...
    // --enrol-code-file, as scripts/run.sh starts it): the dialog says so instead of asking.
    void setPreparedHub(const QUrl &hub);
    // Test seam: cheap Argon2id limits (KdfParams::fastForTests()) instead of moderate().
    void setKdfParamsForTesting(const KdfParams &params) { m_kdf = params; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateState();
    void createProfile();
    static QString errorMessage(ProfileError::Kind kind);

    QString m_dir;
    QUrl m_preparedHub;
    KdfParams m_kdf = KdfParams::moderate();
    std::unique_ptr<Profile> m_profile;
    std::optional<ProfileError::Kind> m_error;
    bool m_unexpectedError = false;

    QLabel *m_intro = nullptr;
    QLabel *m_languageLabel = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_passphraseLabel = nullptr;
    QLineEdit *m_passphrase = nullptr;
    QLabel *m_confirmLabel = nullptr;
    QLineEdit *m_confirm = nullptr;
    PassphraseMeter *m_meter = nullptr;
    CapsLockWarning *m_capsLock = nullptr;
    QGroupBox *m_hubBox = nullptr;
    QLabel *m_hubIntro = nullptr;
    HubEnrolForm *m_hubForm = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_location = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_create = nullptr;
};

} // namespace liaison
