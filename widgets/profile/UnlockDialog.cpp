#include "UnlockDialog.h"
#include "widgets/common/DialogSupport.h"

#include "crypto/SecureBuffer.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFormLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace liaison {

UnlockDialog::UnlockDialog(const QString &profileDir, QWidget *parent)
    : QDialog(parent)
    , m_dir(profileDir)
{
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_passphrase = new QLineEdit(this);
    m_passphrase->setObjectName(QStringLiteral("passphrase"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphraseLabel = new QLabel(this);
    m_passphraseLabel->setBuddy(m_passphrase);
    auto *form = new QFormLayout;
    form->addRow(m_passphraseLabel, m_passphrase);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_unlock = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_unlock->setObjectName(QStringLiteral("unlock"));
    m_unlock->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addStretch();
    layout->addWidget(m_buttons);

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
    const QString dir = QDir::toNativeSeparators(m_dir);
    if (m_lockedAfterMinutes > 0)
        //: %n minutes of inactivity; %1 is the profile folder
        m_intro->setText(tr("Liaison locked itself after %n minute(s) without activity: the "
                            "profile is closed and its keys are forgotten. Enter the passphrase "
                            "of the profile in %1 to go back where you were.",
                            nullptr, m_lockedAfterMinutes)
                             .arg(dir));
    else if (m_lockedAfterMinutes == 0)
        //: %1 is the profile folder
        m_intro->setText(tr("Liaison is locked: the profile is closed and its keys are "
                            "forgotten. Enter the passphrase of the profile in %1 to go back "
                            "where you were.")
                             .arg(dir));
    else
        m_intro->setText(tr("Enter the passphrase of the profile in %1.").arg(dir));
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
