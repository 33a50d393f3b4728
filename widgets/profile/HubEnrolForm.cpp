#include "HubEnrolForm.h"

#include "sync/SyncEngine.h"

#include <QEvent>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace liaison {

HubEnrolForm::HubEnrolForm(QWidget *parent)
    : QWidget(parent)
{
    m_url = new QLineEdit(this);
    m_url->setObjectName(QStringLiteral("hubUrl"));
    m_url->setPlaceholderText(QStringLiteral("wss://hub.example.org:8443"));
    m_code = new QLineEdit(this);
    m_code->setObjectName(QStringLiteral("enrolCode"));
    m_fingerprint = new QLineEdit(this);
    m_fingerprint->setObjectName(QStringLiteral("hubFingerprint"));
    m_fingerprint->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_display = new QLabel(this);
    m_display->setObjectName(QStringLiteral("fingerprintDisplay"));
    m_display->setWordWrap(true);
    m_display->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_urlLabel = new QLabel(this);
    m_urlLabel->setBuddy(m_url);
    m_codeLabel = new QLabel(this);
    m_codeLabel->setBuddy(m_code);
    m_fingerprintLabel = new QLabel(this);
    m_fingerprintLabel->setBuddy(m_fingerprint);
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(m_urlLabel, m_url);
    form->addRow(m_codeLabel, m_code);
    form->addRow(m_fingerprintLabel, m_fingerprint);
    form->addRow(QString(), m_display);
    for (QLineEdit *edit : {m_url, m_code, m_fingerprint})
        connect(edit, &QLineEdit::textChanged, this, [this] {
            updateDisplay();
            emit changed();
        });
    retranslateUi();
}

QUrl HubEnrolForm::url() const
{
    return QUrl(m_url->text().trimmed(), QUrl::StrictMode);
}

QString HubEnrolForm::code() const
{
    return m_code->text().trimmed();
}

QString HubEnrolForm::fingerprint() const
{
    return SyncEngine::normaliseFingerprint(m_fingerprint->text());
}

bool HubEnrolForm::isEmpty() const
{
    return m_url->text().trimmed().isEmpty() && code().isEmpty()
        && m_fingerprint->text().trimmed().isEmpty();
}

bool HubEnrolForm::isComplete() const
{
    return !isEmpty() && problem().isEmpty();
}

QString HubEnrolForm::problem() const
{
    if (isEmpty())
        return {};
    const QUrl u = url();
    const QString scheme = u.scheme();
    if (!u.isValid() || u.host().isEmpty()
        || (scheme != QLatin1String("wss") && scheme != QLatin1String("ws")))
        return tr("The hub address starts with wss://, as in wss://hub.example.org:8443.");
    if (scheme == QLatin1String("ws") && !SyncEngine::isLoopbackHost(u.host()))
        return tr("Unencrypted ws:// is only allowed to this computer; use wss://.");
    if (code().isEmpty())
        return tr("Enter the one-time enrolment code.");
    if (scheme == QLatin1String("wss") && fingerprint().isEmpty())
        return tr("The certificate fingerprint has 32 pairs of hexadecimal digits.");
    return {};
}

QStringList HubEnrolForm::fingerprintLines(const QString &fingerprint)
{
    // Four lines of eight pairs: easier to compare against the administrator's copy.
    const QStringList pairs = fingerprint.split(QLatin1Char(':'), Qt::SkipEmptyParts);
    QStringList lines;
    for (int i = 0; i < pairs.size(); i += 8)
        lines << pairs.mid(i, 8).join(QLatin1Char(' '));
    return lines;
}

QString HubEnrolForm::groupedHex(const QString &hex)
{
    QStringList groups;
    for (int i = 0; i < hex.size(); i += 4)
        groups << hex.mid(i, 4);
    return groups.join(QLatin1Char(' '));
}

void HubEnrolForm::updateDisplay()
{
    const QString fp = fingerprint();
    if (fp.isEmpty()) {
        m_display->clear();
        return;
    }
    const QStringList lines = fingerprintLines(fp);
    //: Shown under the fingerprint field; %1 is the fingerprint on four lines
    m_display->setText(tr("Compare with the fingerprint your hub administrator gave you; "
                          "Liaison refuses a hub whose certificate differs:<br><tt>%1</tt>")
                           .arg(lines.join(QStringLiteral("<br>"))));
}

void HubEnrolForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void HubEnrolForm::retranslateUi()
{
    m_urlLabel->setText(tr("Hub add&ress:"));
    m_codeLabel->setText(tr("One-time c&ode:"));
    //: SHA-256 fingerprint of the hub's TLS certificate
    m_fingerprintLabel->setText(tr("Certificate fin&gerprint:"));
    m_url->setAccessibleName(tr("Hub address"));
    m_code->setAccessibleName(tr("One-time enrolment code"));
    m_fingerprint->setAccessibleName(tr("Hub certificate fingerprint (SHA-256)"));
    m_fingerprint->setPlaceholderText(tr("AB:CD:… as the administrator gave it"));
    updateDisplay();
}

} // namespace liaison
