#include "UnlockDialog.h"
#include "widgets/common/DialogSupport.h"
#include "widgets/profile/CapsLockWarning.h"

#include "crypto/SecureBuffer.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFormLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace liaison {

UnlockDialog::UnlockDialog(const QString &profileDir, QWidget *parent)
    : QDialog(parent)
    , m_dir(profileDir)
{
    m_intro = new QLabel(this);
    m_intro->setObjectName(QStringLiteral("intro"));
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::PlainText);
    m_holder = Profile::readHolder(profileDir);
    m_passphrase = new QLineEdit(this);
    m_passphrase->setObjectName(QStringLiteral("passphrase"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphraseLabel = new QLabel(this);
    m_passphraseLabel->setBuddy(m_passphrase);
    m_capsLock = new CapsLockWarning(this);
    m_capsLock->watch(m_passphrase);
    auto *form = new QFormLayout;
    form->addRow(m_passphraseLabel, m_passphrase);
    form->addRow(QString(), m_capsLock);

    const PassphraseDialogParts parts = layOutPassphraseDialog(this, m_intro, form, "unlock");
    m_message = parts.message;
    m_buttons = parts.buttons;
    m_unlock = parts.accept;

    connect(m_passphrase, &QLineEdit::textEdited, this, [this] {
        m_error.reset();
        m_unexpectedError = false;
        updateState();
    });
    connect(m_passphrase, &QLineEdit::textChanged, this, &UnlockDialog::updateState);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &UnlockDialog::unlock);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    retranslateUi();
    m_passphrase->setFocus();
    setMinimumWidth(420);
}

UnlockDialog::~UnlockDialog() = default;

void UnlockDialog::setLocked(int afterMinutesIdle)
{
    m_lockedAfterMinutes = afterMinutesIdle;
    retranslateUi();
}

void UnlockDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void UnlockDialog::retranslateUi()
{
    setWindowTitle(tr("Unlock Liaison"));
    // Whose profile this is (saved at enrolment beside the key's settings), not where it is:
    // the folder is in the tooltip, for support.
    QString whose;
    if (!m_holder.analyst.isEmpty() && !m_holder.centre.isEmpty())
        //: Unlock dialog: %1 is the analyst's name, %2 the response centre
        whose = tr("%1, %2").arg(m_holder.analyst, m_holder.centre);
    else if (!m_holder.analyst.isEmpty() || !m_holder.centre.isEmpty())
        whose = m_holder.analyst.isEmpty() ? m_holder.centre : m_holder.analyst;
    QString ask;
    if (whose.isEmpty())
        ask = tr("Enter the passphrase of your Liaison profile.");
    else
        //: Unlock dialog: %1 is who the profile belongs to, e.g. "Marie Tremblay, CCIRC"
        ask = tr("Enter the passphrase of the profile of %1.").arg(whose);
    if (m_lockedAfterMinutes > 0)
        //: %n minutes of inactivity; %1 asks for the passphrase
        m_intro->setText(tr("Liaison locked itself after %n minute(s) without activity: the "
                            "profile is closed and its keys are forgotten. %1",
                            nullptr, m_lockedAfterMinutes)
                             .arg(ask));
    else if (m_lockedAfterMinutes == 0)
        //: %1 asks for the passphrase
        m_intro->setText(tr("Liaison is locked: the profile is closed and its keys are "
                            "forgotten. %1")
                             .arg(ask));
    else
        m_intro->setText(ask);
    //: Tooltip of the unlock dialog's text; %1 is the profile folder
    m_intro->setToolTip(tr("Profile folder: %1").arg(QDir::toNativeSeparators(m_dir)));
    m_passphraseLabel->setText(tr("&Passphrase:"));
    //: Button that opens the encrypted profile
    m_unlock->setText(tr("&Unlock"));
    updateState();
}

void UnlockDialog::updateState()
{
    m_unlock->setEnabled(!m_passphrase->text().isEmpty());
    QString message;
    if (m_unexpectedError)
        message = tr("The profile could not be opened. Check that this computer has enough "
                     "free memory, then try again.");
    else if (m_error)
        message = errorMessage(*m_error);
    showDialogMessage(this, m_message, message);
}

QString UnlockDialog::errorMessage(ProfileError::Kind kind)
{
    switch (kind) {
    case ProfileError::Kind::WrongPassphrase: return tr("Wrong passphrase. Try again.");
    case ProfileError::Kind::Corrupt:
        return tr("The profile is damaged and cannot be opened. Your files were left as they "
                  "are; restore the profile folder from a backup.");
    case ProfileError::Kind::SchemaTooNew:
        return tr("This profile was written by a newer version of Liaison. Install that "
                  "version to open it.");
    case ProfileError::Kind::Locked:
        return tr("Another Liaison window already has this profile open. Switch to it, or "
                  "close it and try again.");
    case ProfileError::Kind::NotAProfile:
    case ProfileError::Kind::AlreadyExists:
        return tr("This folder does not hold a Liaison profile.");
    case ProfileError::Kind::Io:
        return tr("The profile folder could not be read. Check its permissions, then try "
                  "again.");
    }
    return {};
}

void UnlockDialog::unlock()
{
    if (!m_unlock->isEnabled())
        return;
    const SecureBuffer passphrase = takePassphrase(m_passphrase);

    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        m_profile = Profile::open(m_dir, passphrase);
    } catch (const ProfileError &e) {
        m_error = e.kind();
    } catch (const std::exception &) {
        m_unexpectedError = true;
    }
    QGuiApplication::restoreOverrideCursor();

    if (m_profile) {
        accept();
        return;
    }
    updateState();
    m_passphrase->setFocus();
}

} // namespace liaison
