#include "IncidentForm.h"

#include "widgets/incident/IncidentExport.h"

#include "domain/DomainText.h"
#include "domain/Enums.h"
#include "domain/IncidentReference.h"
#include "domain/Schema.h"
#include "domain/Sectors.h"
#include "models/schedule/CentreInfo.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>

namespace liaison {

namespace {

void selectData(QComboBox *combo, const QVariant &data)
{
    combo->setCurrentIndex(std::max(0, combo->findData(data)));
}

} // namespace

IncidentForm::IncidentForm(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("incidentForm"));
    m_title = new QLineEdit(this);
    // What the service accepts. A longer title written elsewhere shows cut here, and is only
    // written back if the analyst edits it (dirty fields only).
    if (const int most = maxLengthOf(entity::Incident, "title"); most > 0)
        m_title->setMaxLength(most);
    m_summary = new QPlainTextEdit(this);
    m_summary->setTabChangesFocus(true);
    m_summary->setMaximumHeight(90);
    // The choice boxes' items keep their stored key as data; retranslateUi sets their text.
    m_status = new QComboBox(this);
    for (const QString &key : statusKeys())
        m_status->addItem(QString(), key);
    m_severity = new QComboBox(this);
    for (Severity s : {Severity::Low, Severity::Medium, Severity::High, Severity::Critical})
        m_severity->addItem(QString(), severityKey(s));
    m_tlp = new QComboBox(this);
    for (Tlp t : {Tlp::Clear, Tlp::Green, Tlp::Amber, Tlp::AmberStrict, Tlp::Red})
        m_tlp->addItem(tlpLabel(t), tlpKey(t));
    m_sector = new QComboBox(this);
    m_sector->addItem(QString(), QString());
    for (const auto &s : sectors())
        m_sector->addItem(QString(), QString::fromLatin1(s.id));
    m_pap = new QLabel(this);
    m_pap->setObjectName(QStringLiteral("pap"));
    m_reference = new QLabel(this);
    m_reference->setObjectName(QStringLiteral("reference"));
    m_reference->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_reference->font();
    bold.setBold(true);
    m_reference->setFont(bold);
    m_owner = new QLabel(this);
    m_scope = new QLabel(this);
    m_shareButton = new QPushButton(this);
    m_shareButton->setObjectName(QStringLiteral("shareButton"));
    connect(m_shareButton, &QPushButton::clicked, this, &IncidentForm::shareRequested);
    m_exportButton = new QPushButton(this);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    auto *exportMenu = new QMenu(m_exportButton);
    m_exportStix = exportMenu->addAction(QString(), this,
                                         [this] { emit exportRequested(ExportFormat::Stix); });
    m_exportCsv = exportMenu->addAction(QString(), this,
                                        [this] { emit exportRequested(ExportFormat::Csv); });
    m_exportButton->setMenu(exportMenu);

    // Dirty tracking: a field the analyst touched keeps their value until saved.
    connect(m_title, &QLineEdit::textEdited, this,
            [this] { m_dirty.insert(QStringLiteral("title")); });
    connect(m_summary, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_loading)
            m_dirty.insert(QStringLiteral("summary"));
    });
    for (const QString &field : fields()) {
        if (QComboBox *combo = choiceBox(field))
            connect(combo, &QComboBox::activated, this, [this, field] { m_dirty.insert(field); });
    }

    m_titleLabel = new QLabel(this);
    m_titleLabel->setBuddy(m_title);
    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setBuddy(m_summary);
    m_statusLabel = new QLabel(this);
    m_severityLabel = new QLabel(this);
    m_tlpLabel = new QLabel(this);
    m_sectorLabel = new QLabel(this);
    m_sectorLabel->setBuddy(m_sector);
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(m_titleLabel, m_title);
    form->addRow(m_summaryLabel, m_summary);
    auto *row = new QHBoxLayout;
    row->addWidget(m_statusLabel);
    row->addWidget(m_status);
    row->addWidget(m_severityLabel);
    row->addWidget(m_severity);
    row->addWidget(m_tlpLabel);
    row->addWidget(m_tlp);
    row->addWidget(m_pap);
    row->addStretch();
    form->addRow(row);
    form->addRow(m_sectorLabel, m_sector);
    auto *scopeRow = new QHBoxLayout;
    scopeRow->addWidget(m_reference);
    scopeRow->addWidget(m_owner);
    scopeRow->addWidget(m_scope, 1);
    scopeRow->addWidget(m_shareButton);
    scopeRow->addWidget(m_exportButton);
    form->addRow(scopeRow);
    retranslateUi();
}

QStringList IncidentForm::fields()
{
    return {QStringLiteral("title"),    QStringLiteral("summary"), QStringLiteral("status"),
            QStringLiteral("severity"), QStringLiteral("tlp"),     QStringLiteral("sector")};
}

QComboBox *IncidentForm::choiceBox(const QString &field) const
{
    if (field == QLatin1String("status"))
        return m_status;
    if (field == QLatin1String("severity"))
        return m_severity;
    if (field == QLatin1String("tlp"))
        return m_tlp;
    if (field == QLatin1String("sector"))
        return m_sector;
    return nullptr;
}

QString IncidentForm::value(const QString &field) const
{
    if (field == QLatin1String("title"))
        return m_title->text();
    if (field == QLatin1String("summary"))
        return m_summary->toPlainText();
    const QComboBox *combo = choiceBox(field);
    return combo ? combo->currentData().toString() : QString();
}

bool IncidentForm::setValue(const QString &field, const QString &value)
{
    const bool wasLoading = m_loading;
    m_loading = true;
    bool known = true;
    if (field == QLatin1String("title")) {
        m_title->setText(value);
    } else if (field == QLatin1String("summary")) {
        m_summary->setPlainText(value);
    } else if (QComboBox *combo = choiceBox(field); combo && combo->findData(value) >= 0) {
        selectData(combo, value);
    } else {
        known = false;
    }
    m_loading = wasLoading;
    return known;
}

void IncidentForm::load(const Incident &incident, const QString &localCentre, bool keepEdits,
                        const QStringList &named)
{
    m_named = named;
    m_loading = true;
    const auto keep
        = [&](const char *field) { return keepEdits && m_dirty.contains(QLatin1String(field)); };
    if (!keep("title"))
        m_title->setText(incident.title);
    if (!keep("summary"))
        m_summary->setPlainText(incident.summary);
    if (!keep("status"))
        selectData(m_status, incident.status);
    if (!keep("severity"))
        selectData(m_severity, incident.severity);
    if (!keep("tlp"))
        selectData(m_tlp, incident.tlp);
    // The analyst's own country's sectors first (a Canadian centre's: Canada's ten).
    if (const QString country = centreCountryCode(localCentre); country != m_sectorCountry) {
        const QString chosen = m_sector->currentData().toString();
        m_sectorCountry = country;
        while (m_sector->count() > 1)
            m_sector->removeItem(1);
        for (const auto &sector : sectorsFirstFor(country))
            m_sector->addItem(QString(), QString::fromLatin1(sector.id));
        retranslateSectors();
        selectData(m_sector, chosen);
    }
    if (!keep("sector"))
        selectData(m_sector, incident.sector);
    m_incident = incident;
    m_ownedHere = incident.ownerCentre == localCentre;
    updateScopeTexts();
    m_loading = false;
}

void IncidentForm::updateScopeTexts()
{
    if (!m_incident)
        return;
    const Incident &incident = *m_incident;
    //: %1 is a response centre code
    m_owner->setText(tr("Owner: %1").arg(incident.ownerCentre));
    m_reference->setText(incidentReference(incident.ownerCentre, incident.createdAt, incident.id));
    //: Tooltip of the incident reference
    m_reference->setToolTip(tr("Reference both centres can quote for this incident"));
    // PAP (Permissible Actions Protocol) in its standard form, like TLP: "PAP:AMBER".
    m_pap->setText(incident.pap.isEmpty() ? QString()
                                          : QStringLiteral("PAP:%1").arg(incident.pap.toUpper()));
    m_pap->setToolTip(papDescription(incident.pap));
    const bool shared = incident.scope == QLatin1String(kScopeShared);
    if (shared)
        m_scope->setText(tr("Shared with the counterpart centre"));
    else if (m_named.isEmpty())
        m_scope->setText(tr("Visible inside %1 only").arg(incident.ownerCentre));
    else
        //: %1 is a response centre code, %2 a list of names
        m_scope->setText(tr("Visible inside %1 and to %2")
                             .arg(incident.ownerCentre, QLocale().createSeparatedList(m_named)));
    const bool red = incident.tlp == tlpKey(Tlp::Red);
    m_shareButton->setEnabled(!shared && m_ownedHere);
    const QString refusal = red ? QString() : IncidentService::shareRefusal(incident.tlp);
    m_shareButton->setToolTip(
        !refusal.isEmpty() ? refusalText(QStringLiteral("tlp"), refusal)
            : !m_ownedHere ? tr("Only the centre that owns this incident can share it.")
            : red          ? tr("TLP:RED goes to named people only: choose who receives it")
                           : tr("Send this incident to the counterpart centre"));
}

void IncidentForm::retranslateUi()
{
    m_titleLabel->setText(tr("&Title:"));
    m_summaryLabel->setText(tr("&Summary:"));
    m_statusLabel->setText(tr("Status:"));
    m_severityLabel->setText(tr("Severity:"));
    //: Traffic Light Protocol marking
    m_tlpLabel->setText(tr("TLP:"));
    m_sectorLabel->setText(tr("Sect&or:"));
    for (int i = 0; i < m_status->count(); ++i)
        m_status->setItemText(i, statusLabel(m_status->itemData(i).toString()));
    for (int i = 0; i < m_severity->count(); ++i)
        m_severity->setItemText(i, severityLabel(m_severity->itemData(i).toString()));
    retranslateSectors();
    m_shareButton->setText(tr("Share with the counterpart centre…"));
    m_exportButton->setText(tr("E&xport"));
    m_exportStix->setText(tr("As STIX 2.1 bundle…"));
    m_exportCsv->setText(tr("As CSV…"));
    m_title->setAccessibleName(tr("Title"));
    m_summary->setAccessibleName(tr("Summary"));
    m_status->setAccessibleName(tr("Status"));
    m_severity->setAccessibleName(tr("Severity"));
    m_tlp->setAccessibleName(tr("TLP"));
    m_sector->setAccessibleName(tr("Sector"));
    updateScopeTexts();
}

void IncidentForm::retranslateSectors()
{
    //: No critical-infrastructure sector chosen
    m_sector->setItemText(0, tr("(none)"));
    for (int i = 1; i < m_sector->count(); ++i) {
        const QString id = m_sector->itemData(i).toString();
        const Sector *sector = findSector(id);
        //: Sector in a list: %1 country code (US, CA), %2 sector name
        m_sector->setItemText(
            i, tr("%1 — %2").arg(QLatin1String(sector ? sector->country : ""), sectorName(id)));
        QStringList others;
        for (const QString &o : counterpartSectors(id))
            others << sectorName(o);
        //: Tooltip of a sector: the other country's corresponding sectors
        m_sector->setItemData(i, tr("Corresponds to: %1").arg(others.join(QLatin1String(", "))),
                              Qt::ToolTipRole);
    }
}

QString IncidentForm::papDescription(const QString &pap)
{
    // PAP (Permissible Actions Protocol) levels, as FIRST defines them.
    if (pap == QLatin1String("red"))
        return tr("PAP:RED: only actions the adversary cannot detect, such as searching your "
                  "own logs; not to be used on the network.");
    if (pap == QLatin1String("amber"))
        return tr("PAP:AMBER: passive cross-checks, such as lookups with third-party services "
                  "or a monitoring honeypot.");
    if (pap == QLatin1String("green"))
        return tr("PAP:GREEN: active actions allowed, such as blocking traffic from or to the "
                  "target.");
    if (pap == QLatin1String("clear"))
        return tr("PAP:CLEAR: no restriction on the actions taken with this information.");
    return {};
}

void IncidentForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace liaison
