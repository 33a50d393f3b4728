#include "NewIncidentDialog.h"

#include "models/board/IncidentListModel.h"

#include "domain/DomainText.h"
#include "domain/Schema.h"
#include "domain/Sectors.h"
#include "models/schedule/CentreInfo.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

namespace liaison {

NewIncidentDialog::NewIncidentDialog(const QString &localCentre, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("newIncidentDialog"));
    setWindowTitle(tr("New incident"));
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("title"));
    if (const int most = maxLengthOf(entity::Incident, "title"); most > 0)
        m_title->setMaxLength(most);
    m_summary = new QPlainTextEdit(this);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setTabChangesFocus(true);
    m_severity = new QComboBox(this);
    for (Severity s : {Severity::Low, Severity::Medium, Severity::High, Severity::Critical})
        m_severity->addItem(severityLabel(severityKey(s)), int(s));
    m_severity->setCurrentIndex(int(Severity::Medium));
    m_tlp = new QComboBox(this);
    for (Tlp t : {Tlp::Clear, Tlp::Green, Tlp::Amber, Tlp::AmberStrict, Tlp::Red})
        m_tlp->addItem(tlpLabel(t), int(t));
    m_tlp->setCurrentIndex(int(Tlp::Amber)); // the safe default for a new report
    m_sector = new QComboBox(this);
    m_sector->setObjectName(QStringLiteral("sector"));
    //: No critical-infrastructure sector chosen
    m_sector->addItem(tr("(none)"), QString());
    for (const auto &s : sectorsFirstFor(centreCountryCode(localCentre))) {
        const QString id = QString::fromLatin1(s.id);
        //: Sector in a list: %1 country code (US, CA), %2 sector name
        m_sector->addItem(tr("%1 — %2").arg(QLatin1String(s.country), sectorName(id)), id);
    }
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(m_title, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!text.trimmed().isEmpty());
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Summary:"), m_summary);
    form->addRow(tr("Se&verity:"), m_severity);
    //: Traffic Light Protocol marking
    form->addRow(tr("T&LP:"), m_tlp);
    form->addRow(tr("Sect&or:"), m_sector);
    form->addRow(m_buttons);
    m_title->setAccessibleName(tr("Title"));
    m_summary->setAccessibleName(tr("Summary"));
    m_severity->setAccessibleName(tr("Severity"));
    m_tlp->setAccessibleName(tr("TLP"));
    m_sector->setAccessibleName(tr("Sector"));
}

IncidentDraft NewIncidentDialog::draft() const
{
    IncidentDraft d;
    d.title = m_title->text().trimmed();
    d.summary = m_summary->toPlainText().trimmed();
    d.severity = Severity(m_severity->currentData().toInt());
    d.tlp = Tlp(m_tlp->currentData().toInt());
    d.sector = m_sector->currentData().toString();
    return d;
}

} // namespace liaison
