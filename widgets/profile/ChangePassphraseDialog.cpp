#include "ChangePassphraseDialog.h"

#include "widgets/common/DialogSupport.h"
#include "widgets/profile/CapsLockWarning.h"
#include "widgets/profile/PassphraseStrength.h"

#include "crypto/SecureBuffer.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace liaison {

namespace {
std::optional<KdfParams> g_testKdf;

QLineEdit *passwordField(QWidget *parent, const char *name)
{
    auto *field = new QLineEdit(parent);
    field->setObjectName(QLatin1String(name));
    field->setEchoMode(QLineEdit::Password);
    return field;
}
} // namespace

void ChangePassphraseDialog::setKdfParamsForTesting(std::optional<KdfParams> params)
{
    g_testKdf = std::move(params);
}

ChangePassphraseDialog::ChangePassphraseDialog(Profile &profile, QWidget *parent)
    : QDialog(parent)
    , m_profile(profile)
{
    setObjectName(QStringLiteral("changePassphraseDialog"));
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_current = passwordField(this, "currentPassphrase");
    m_new = passwordField(this, "newPassphrase");
    m_confirm = passwordField(this, "confirmPassphrase");
    m_meter = new PassphraseMeter(this);
    m_capsLock = new CapsLockWarning(this);
    for (QLineEdit *field : {m_current, m_new, m_confirm})
        m_capsLock->watch(field);
    m_currentLabel = new QLabel(this);
    m_currentLabel->setBuddy(m_current);
    m_newLabel = new QLabel(this);
    m_newLabel->setBuddy(m_new);
    m_confirmLabel = new QLabel(this);
    m_confirmLabel->setBuddy(m_confirm);
    auto *form = new QFormLayout;
    form->addRow(m_currentLabel, m_current);
    form->addRow(m_newLabel, m_new);
    form->addRow(m_confirmLabel, m_confirm);
    form->addRow(QString(), m_meter);
    form->addRow(QString(), m_capsLock);

    const PassphraseDialogParts parts = layOutPassphraseDialog(this, m_intro, form, "change");
    m_message = parts.message;
    m_buttons = parts.buttons;
    m_change = parts.accept;

    for (QLineEdit *field : {m_current, m_new, m_confirm}) {
        connect(field, &QLineEdit::textEdited, this, [this] {
            m_error.reset();
            m_unexpectedError = false;
        });
        connect(field, &QLineEdit::textChanged, this, &ChangePassphraseDialog::updateState);
    }
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ChangePassphraseDialog::change);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    retranslateUi();
    m_current->setFocus();
    setMinimumWidth(460);
}

ChangePassphraseDialog::~ChangePassphraseDialog() = default;

void ChangePassphraseDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ChangePassphraseDialog::retranslateUi()
{
    setWindowTitle(tr("Change Passphrase"));
    m_intro->setText(tr("The profile is encrypted again under the new passphrase. If Liaison "
                        "stops half-way, the old or the new passphrase opens it, never neither."));
    m_currentLabel->setText(tr("C&urrent passphrase:"));
    m_newLabel->setText(tr("&New passphrase:"));
    m_confirmLabel->setText(tr("Con&firm new passphrase:"));
    m_new->setPlaceholderText(
        PassphraseStrength::tr("At least %n characters; a few unrelated words work well", nullptr,
                               PassphraseStrength::kMinimumLength));
    //: Button that re-encrypts the profile under the new passphrase
    m_change->setText(tr("&Change Passphrase"));
    updateState();
}

void ChangePassphraseDialog::updateState()
{
    const QString next = m_new->text();
    const QString confirm = m_confirm->text();
    m_meter->setPassphrase(next);
    m_change->setEnabled(!m_current->text().isEmpty() && next != m_current->text()
                         && PassphraseStrength::acceptable(next, confirm));
    QString message;
    if (m_unexpectedError)
        message = tr("The passphrase could not be changed. Check that this computer has enough "
                     "free memory and disk space, then try again.");
    else if (m_error == ProfileError::Kind::WrongPassphrase)
        message = tr("The current passphrase is wrong. Nothing was changed.");
    else if (m_error)
        message = tr("The passphrase could not be changed: the profile folder could not be "
                     "written. Check its permissions and the free disk space, then try again. "
                     "Should Liaison refuse the old passphrase at the next start, the new one "
                     "opens the profile.");
    else if (!next.isEmpty() && next == m_current->text())
        message = tr("The new passphrase is the same as the current one.");
    else
        message = PassphraseStrength::problem(next, confirm);
    showDialogMessage(this, m_message, message);
}

void ChangePassphraseDialog::change()
{
    if (!m_change->isEnabled())
        return;
    const SecureBuffer current = takePassphrase(m_current);
    const SecureBuffer next = takePassphrase(m_new);
    m_confirm->clear();
    bool changed = false;
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        m_profile.changePassphrase(current, next, g_testKdf.value_or(KdfParams::moderate()));
        changed = true;
    } catch (const ProfileError &e) {
        m_error = e.kind();
    } catch (const std::exception &) {
        m_unexpectedError = true;
    }
    QGuiApplication::restoreOverrideCursor();
    if (changed) {
        accept();
        return;
    }
    updateState();
    m_current->setFocus();
}

} // namespace liaison
