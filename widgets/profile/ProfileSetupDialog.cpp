#include "ProfileSetupDialog.h"

#include "widgets/common/DialogSupport.h"
#include "widgets/profile/CapsLockWarning.h"
#include "widgets/profile/HubEnrolForm.h"

#include "widgets/common/Translator.h"
#include "widgets/profile/PassphraseStrength.h"

#include "crypto/SecureBuffer.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace liaison {

ProfileSetupDialog::ProfileSetupDialog(const QString &profileDir, QWidget *parent)
    : QDialog(parent)
    , m_dir(profileDir)
{
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);

    m_language = createLanguageCombo(this);

    m_passphrase = new QLineEdit(this);
    m_passphrase->setObjectName(QStringLiteral("passphrase"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_confirm = new QLineEdit(this);
    m_confirm->setObjectName(QStringLiteral("confirm"));
    m_confirm->setEchoMode(QLineEdit::Password);

    m_meter = new PassphraseMeter(this);
    m_capsLock = new CapsLockWarning(this);
    m_capsLock->watch(m_passphrase);
    m_capsLock->watch(m_confirm);

    m_languageLabel = new QLabel(this);
    m_languageLabel->setBuddy(m_language);
    m_passphraseLabel = new QLabel(this);
    m_passphraseLabel->setBuddy(m_passphrase);
    m_confirmLabel = new QLabel(this);
    m_confirmLabel->setBuddy(m_confirm);
    auto *form = new QFormLayout;
    form->addRow(m_languageLabel, m_language);
    form->addRow(m_passphraseLabel, m_passphrase);
    form->addRow(m_confirmLabel, m_confirm);
    form->addRow(QString(), m_meter);
    form->addRow(QString(), m_capsLock);

    m_hubBox = new QGroupBox(this);
    m_hubIntro = new QLabel(m_hubBox);
    m_hubIntro->setWordWrap(true);
    m_hubForm = new HubEnrolForm(m_hubBox);
    auto *hubLayout = new QVBoxLayout(m_hubBox);
    hubLayout->addWidget(m_hubIntro);
    hubLayout->addWidget(m_hubForm);
    connect(m_hubForm, &HubEnrolForm::changed, this, &ProfileSetupDialog::updateState);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_location = new QLabel(this);
    m_location->setWordWrap(true);
    m_location->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_create = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_create->setObjectName(QStringLiteral("create"));
    m_create->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_hubBox);
    layout->addWidget(m_message);
    layout->addWidget(m_location);
    layout->addStretch();
    layout->addWidget(m_buttons);

    const auto edited = [this] {
        m_error.reset();
        m_unexpectedError = false;
        updateState();
    };
    connect(m_passphrase, &QLineEdit::textChanged, this, edited);
    connect(m_confirm, &QLineEdit::textChanged, this, edited);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ProfileSetupDialog::createProfile);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    retranslateUi();
    m_passphrase->setFocus();
    setMinimumWidth(480);
}

ProfileSetupDialog::~ProfileSetupDialog() = default;

void ProfileSetupDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ProfileSetupDialog::retranslateUi()
{
    setWindowTitle(tr("Welcome to Liaison"));
    m_intro->setText(tr("Liaison keeps your incidents, messages and contacts in an encrypted "
                        "profile on this computer. Choose a passphrase to protect it. Nobody, "
                        "not even an administrator, can recover it if you forget it."));
    retranslateLanguageCombo(m_language);
    m_languageLabel->setText(tr("&Language:"));
    m_passphraseLabel->setText(tr("&Passphrase:"));
    m_confirmLabel->setText(tr("Con&firm passphrase:"));
    m_passphrase->setPlaceholderText(tr("At least %n characters; a few unrelated words work well",
                                        nullptr, PassphraseStrength::kMinimumLength));
    m_location->setText(tr("Profile folder: %1").arg(QDir::toNativeSeparators(m_dir)));
    //: Group of the first-run dialog: enrolment with a hub, which can wait
    m_hubBox->setTitle(tr("Hub (optional: you can enrol later in Settings)"));
    if (m_preparedHub.isValid()) {
        //: Group of the first-run dialog when the enrolment needs nothing from the analyst
        m_hubBox->setTitle(tr("Hub (already prepared for you)"));
        //: %1 is the hub's address
        m_hubIntro->setText(tr("Your hub is already prepared for you: once the profile is "
                               "created, this device enrols with %1 with the one-time code "
                               "your administrator left for it. There is nothing to type.")
                                .arg(m_preparedHub.toDisplayString()));
    } else {
        m_hubIntro->setText(tr("To sync with your centre and the partner centre, enter what "
                               "your hub administrator gave you."));
    }
    //: Button that creates the encrypted profile
    m_create->setText(tr("&Create Profile"));
    updateState();
}

void ProfileSetupDialog::updateState()
{
    const QString passphrase = m_passphrase->text();
    const QString confirm = m_confirm->text();
    m_meter->setPassphrase(passphrase);
    const QString hubProblem = m_hubForm->problem();
    m_create->setEnabled(PassphraseStrength::acceptable(passphrase, confirm)
                         && hubProblem.isEmpty());

    QString message;
    if (m_unexpectedError)
        message = tr("The profile could not be created. Check that this computer has enough "
                     "free memory and disk space, then try again.");
    else if (m_error)
        message = errorMessage(*m_error);
    else if (const QString problem = PassphraseStrength::problem(passphrase, confirm);
             !problem.isEmpty())
        message = problem;
    else if (!hubProblem.isEmpty())
        message = hubProblem;
    showDialogMessage(this, m_message, message);
}

QString ProfileSetupDialog::errorMessage(ProfileError::Kind kind)
{
    switch (kind) {
    case ProfileError::Kind::AlreadyExists:
        return tr("A profile already exists in this folder. Restart Liaison to unlock it.");
    case ProfileError::Kind::Locked:
        return tr("Another Liaison window is using this profile folder. Close it, then try "
                  "again.");
    case ProfileError::Kind::Io:
        return tr("The profile folder could not be written. Check its permissions and the free "
                  "disk space, then try again.");
    default: break;
    }
    return tr("The profile could not be created. Check that this computer has enough free "
              "memory and disk space, then try again.");
}

void ProfileSetupDialog::setPreparedHub(const QUrl &hub)
{
    m_preparedHub = hub;
    m_hubForm->setVisible(!hub.isValid());
    retranslateUi();
}

std::optional<ProfileSetupDialog::Enrolment> ProfileSetupDialog::enrolment() const
{
    if (m_preparedHub.isValid() || !m_hubForm->isComplete())
        return std::nullopt;
    return Enrolment {m_hubForm->url(), m_hubForm->code(), m_hubForm->fingerprint()};
}

void ProfileSetupDialog::createProfile()
{
    if (!m_create->isEnabled())
        return;
    const SecureBuffer passphrase = takePassphrase(m_passphrase);
    m_confirm->clear();

    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        m_profile = Profile::create(m_dir, passphrase, m_kdf);
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
