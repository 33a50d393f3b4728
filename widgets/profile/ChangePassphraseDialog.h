#pragma once

#include "crypto/Kdf.h"
#include "storage/Profile.h"

#include <QDialog>

#include <optional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace liaison {

class CapsLockWarning;
class PassphraseMeter;

// Settings -> Change passphrase: the current passphrase (asked again, so that an unattended
// unlocked desktop is not enough to lock its owner out), the new one twice, with the length
// and strength rules of the first run. Profile::changePassphrase re-encrypts the database,
// crash-safe.
class ChangePassphraseDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ChangePassphraseDialog(Profile &profile, QWidget *parent = nullptr);
    ~ChangePassphraseDialog() override;

    // Test seam: cheap Argon2id limits for every dialog made after it (nullopt: moderate()).
    static void setKdfParamsForTesting(std::optional<KdfParams> params);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateState();
    void change();

    Profile &m_profile;
    std::optional<ProfileError::Kind> m_error;
    bool m_unexpectedError = false;

    QLabel *m_intro = nullptr;
    QLabel *m_currentLabel = nullptr;
    QLineEdit *m_current = nullptr;
    QLabel *m_newLabel = nullptr;
    QLineEdit *m_new = nullptr;
    QLabel *m_confirmLabel = nullptr;
    QLineEdit *m_confirm = nullptr;
    PassphraseMeter *m_meter = nullptr;
    CapsLockWarning *m_capsLock = nullptr;
    QLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_change = nullptr;
};

} // namespace liaison
