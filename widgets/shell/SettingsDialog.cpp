#include "SettingsDialog.h"

#include "widgets/chat/ChatNotifier.h"
#include "widgets/chat/PresenceWidgets.h"
#include "widgets/common/Translator.h"
#include "widgets/profile/ChangePassphraseDialog.h"
#include "widgets/profile/HubEnrolForm.h"
#include "widgets/schedule/ScheduleReminders.h"
#include "widgets/shell/Session.h"

#include "storage/Profile.h"
#include "sync/OpLog.h"
#include "sync/SyncEngine.h"
#include "workspace/Workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace liaison {

SettingsDialog::SettingsDialog(Workspace &context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("settingsDialog"));
    m_language = createLanguageCombo(this);
    m_languageLabel = new QLabel(this);
    m_languageLabel->setBuddy(m_language);

    m_autoLock = new QSpinBox(this);
    m_autoLock->setObjectName(QStringLiteral("autoLock"));
    m_autoLock->setRange(0, 24 * 60);
    m_autoLock->setValue(Session::savedAutoLockMinutes());
    connect(m_autoLock, &QSpinBox::valueChanged, this, [this](int minutes) {
        Session::saveAutoLockMinutes(minutes);
        emit autoLockChanged(minutes);
    });
    m_autoLockLabel = new QLabel(this);
    m_autoLockLabel->setBuddy(m_autoLock);
    m_autoLockHelp = new QLabel(this);
    m_autoLockHelp->setWordWrap(true);

    // Chat notifications (ChatNotifier): the message's text only if asked for.
    m_previews = new QCheckBox(this);
    m_previews->setObjectName(QStringLiteral("notificationPreviews"));
    m_previews->setChecked(ChatNotifier::previews());
    connect(m_previews, &QCheckBox::toggled, this, &ChatNotifier::setPreviews);
    m_doNotDisturb = new QCheckBox(this);
    m_doNotDisturb->setObjectName(QStringLiteral("doNotDisturb"));
    m_doNotDisturb->setChecked(ChatNotifier::doNotDisturb());
    connect(m_doNotDisturb, &QCheckBox::toggled, this, &ChatNotifier::setDoNotDisturb);
    // Presence: away after this long without input (AwayWatcher).
    m_away = new QSpinBox(this);
    m_away->setObjectName(QStringLiteral("awayDelay"));
    m_away->setRange(0, 24 * 60);
    m_away->setValue(AwayWatcher::savedAwayMinutes());
    connect(m_away, &QSpinBox::valueChanged, this, [this](int minutes) {
        AwayWatcher::saveAwayMinutes(minutes);
        emit awayDelayChanged(minutes);
    });
    m_awayLabel = new QLabel(this);
    m_awayLabel->setBuddy(m_away);
    // Reminders before calls and visits (ScheduleReminders).
    m_reminder = new QSpinBox(this);
    m_reminder->setObjectName(QStringLiteral("reminderMinutes"));
    m_reminder->setRange(0, 24 * 60);
    m_reminder->setValue(ScheduleReminders::savedMinutes());
    connect(m_reminder, &QSpinBox::valueChanged, this, &ScheduleReminders::saveMinutes);
    m_reminderLabel = new QLabel(this);
    m_reminderLabel->setBuddy(m_reminder);

    // The passphrase: changed in its own dialog (the current one is asked again).
    m_changePassphrase = new QPushButton(this);
    m_changePassphrase->setObjectName(QStringLiteral("changePassphraseButton"));
    m_passphraseMessage = new QLabel(this);
    m_passphraseMessage->setObjectName(QStringLiteral("passphraseMessage"));
    m_passphraseMessage->setWordWrap(true);
    connect(m_changePassphrase, &QPushButton::clicked, this, [this] {
        auto *dialog = new ChangePassphraseDialog(m_context.profile(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [this] {
            m_passphraseChanged = true;
            retranslateUi();
        });
        dialog->open();
    });

    m_hubBox = new QGroupBox(this);
    m_hubInfo = new QLabel(m_hubBox);
    m_hubInfo->setObjectName(QStringLiteral("hubInfo"));
    m_hubInfo->setWordWrap(true);
    m_hubInfo->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_form = new HubEnrolForm(m_hubBox);
    m_enrol = new QPushButton(m_hubBox);
    m_enrol->setObjectName(QStringLiteral("enrolButton"));
    m_hubMessage = new QLabel(m_hubBox);
    m_hubMessage->setObjectName(QStringLiteral("hubMessage"));
    m_hubMessage->setWordWrap(true);
    connect(m_form, &HubEnrolForm::changed, this, &SettingsDialog::updateEnrolButton);
    connect(m_enrol, &QPushButton::clicked, this, [this] {
        m_enrol->setEnabled(false);
        m_hubMessage->setText(tr("Enrolling…"));
        emit enrolRequested(m_form->url(), m_form->code(), m_form->fingerprint());
    });
    SyncEngine &sync = m_context.sync();
    connect(&sync, &SyncEngine::enrolled, this, [this] {
        m_hubMessage->setText(tr("Enrolled. This device now syncs with the hub."));
        loadHub();
    });
    connect(&sync, &SyncEngine::enrolmentFailed, this, [this](const QString &reason) {
        //: %1 is the reason, already translated
        m_hubMessage->setText(tr("Not enrolled: %1").arg(reason));
        updateEnrolButton();
    });
    auto *hubLayout = new QVBoxLayout(m_hubBox);
    hubLayout->addWidget(m_hubInfo);
    hubLayout->addWidget(m_form);
    hubLayout->addWidget(m_enrol, 0, Qt::AlignRight);
    hubLayout->addWidget(m_hubMessage);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(m_languageLabel, m_language);
    form->addRow(m_autoLockLabel, m_autoLock);
    form->addRow(QString(), m_autoLockHelp);
    form->addRow(QString(), m_previews);
    form->addRow(QString(), m_doNotDisturb);
    form->addRow(m_awayLabel, m_away);
    form->addRow(m_reminderLabel, m_reminder);
    form->addRow(QString(), m_changePassphrase);
    form->addRow(QString(), m_passphraseMessage);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_hubBox);
    layout->addStretch();
    layout->addWidget(m_buttons);
    retranslateUi();
    loadHub();
}

void SettingsDialog::loadHub()
{
    const LocalIdentity &identity = m_context.identity();
    const auto hub = m_context.savedHub();
    const bool enrolled = identity.isEnrolled() && hub.has_value();
    m_form->setVisible(!enrolled);
    m_enrol->setVisible(!enrolled);
    if (!enrolled) {
        m_hubInfo->setText(tr("This profile is not enrolled with a hub yet: until it is, it has "
                              "no analyst identity and syncs nothing. Enter what your hub "
                              "administrator gave you."));
        updateEnrolButton();
        return;
    }
    const QString pin = hub->certificateSha256.isEmpty()
        //: Shown instead of a fingerprint for a hub on this computer without TLS
        ? tr("none (hub on this computer, without TLS)").toHtmlEscaped()
        : QStringLiteral("<br><tt>%1</tt>")
              .arg(HubEnrolForm::fingerprintLines(hub->certificateSha256.toHtmlEscaped())
                       .join(QStringLiteral("<br>")));
    //: Hub details in Settings; %1 hub address, %2 certificate fingerprint, %3 analyst,
    //: %4 centre, %5 device id
    m_hubInfo->setText(tr("<p>Hub: <b>%1</b><br>Certificate (SHA-256, pinned): "
                          "%2<br>Analyst: %3<br>Centre: %4<br>This device: "
                          "<tt>%5</tt></p>")
                           .arg(hub->url.toDisplayString().toHtmlEscaped(), pin,
                                (hub->analystName.isEmpty() ? identity.analystId : hub->analystName)
                                    .toHtmlEscaped(),
                                identity.centre.toHtmlEscaped(),
                                HubEnrolForm::groupedHex(identity.deviceId).toHtmlEscaped()));
}

void SettingsDialog::updateEnrolButton()
{
    m_enrol->setEnabled(m_form->isComplete());
    if (!m_form->isEmpty())
        m_hubMessage->setText(m_form->problem());
}

void SettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void SettingsDialog::retranslateUi()
{
    setWindowTitle(tr("Settings"));
    m_languageLabel->setText(tr("&Language:"));
    retranslateLanguageCombo(m_language);
    m_autoLockLabel->setText(tr("Lock &after:"));
    //: Chat: tray notifications of mentions and direct messages show what was written
    m_previews->setText(tr("Show the message &text in notifications"));
    //: Chat: no tray notifications at all
    m_doNotDisturb->setText(tr("Do not &disturb"));
    //: Suffix of the auto-lock delay, in minutes (keep the leading space)
    m_autoLock->setSuffix(tr(" min"));
    //: Auto-lock delay of 0
    m_autoLock->setSpecialValueText(tr("Never"));
    m_autoLock->setAccessibleName(tr("Minutes without activity before Liaison locks"));
    m_autoLockHelp->setText(tr("Without keyboard or mouse activity for this long, Liaison "
                               "closes the profile and forgets its keys; your passphrase "
                               "opens it again where you were."));
    //: Chat presence: after this many minutes without keyboard or mouse, others see you away
    m_awayLabel->setText(tr("Show me as a&way after:"));
    m_away->setSuffix(tr(" min"));
    //: Away delay of 0: never shown as away while Liaison is open
    m_away->setSpecialValueText(tr("Never"));
    m_away->setAccessibleName(tr("Minutes without activity before the others see you as away"));
    m_hubBox->setTitle(tr("Hub"));
    m_reminderLabel->setText(tr("Re&mind me before calls and visits:"));
    m_reminder->setSuffix(tr(" min"));
    //: Reminders before calls and visits turned off
    m_reminder->setSpecialValueText(tr("Never"));
    m_enrol->setText(tr("&Enrol"));
    //: Opens the dialog that re-encrypts the profile under a new passphrase
    m_changePassphrase->setText(tr("Change &passphrase…"));
    m_passphraseMessage->setText(
        m_passphraseChanged ? tr("Passphrase changed: use the new one from now on.") : QString());
    m_passphraseMessage->setVisible(m_passphraseChanged);
    loadHub();
}

} // namespace liaison
