#pragma once

#include "storage/Profile.h"

#include <QDialog>

#include <memory>
#include <optional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace liaison {

class CapsLockWarning;

// Later starts: asks for the passphrase of the profile of an analyst of a centre (as the
// profile's unencrypted settings name them) and opens the existing profile with it.
class UnlockDialog : public QDialog
{
    Q_OBJECT
public:
    explicit UnlockDialog(const QString &profileDir, QWidget *parent = nullptr);
    ~UnlockDialog() override;

    std::unique_ptr<Profile> takeProfile() { return std::move(m_profile); }
    // Says why it is shown: Liaison was locked, after afterMinutesIdle minutes without
    // activity (0: locked by the analyst).
    void setLocked(int afterMinutesIdle);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateState();
    void unlock();
    static QString errorMessage(ProfileError::Kind kind);

    QString m_dir;
    std::unique_ptr<Profile> m_profile;
    std::optional<ProfileError::Kind> m_error;
    bool m_unexpectedError = false;
    int m_lockedAfterMinutes = -1; // -1: a start, not a lock

    ProfileHolder m_holder; // who the profile belongs to, read without the key
    QLabel *m_intro = nullptr;
    CapsLockWarning *m_capsLock = nullptr;
    QLabel *m_passphraseLabel = nullptr;
    QLineEdit *m_passphrase = nullptr;
    QLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_unlock = nullptr;
};

} // namespace liaison
