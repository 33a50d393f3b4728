#include "IndicatorsTab.h"

#include "models/incident/IndicatorListModel.h"
#include "widgets/common/UiErrors.h"
#include "widgets/incident/IncidentExport.h"

#include "domain/DomainText.h"
#include "domain/IndicatorValidator.h"
#include "services/IncidentService.h"

#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QTableView>
#include <QVBoxLayout>

namespace liaison {

IndicatorsTab::IndicatorsTab(IncidentService &service, const QString &incidentId, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_id(incidentId)
{
    m_model = new IndicatorListModel(m_service, m_id, this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("indicators"));
    m_table->setModel(m_model);
    m_table->horizontalHeader()->setSectionResizeMode(IndicatorListModel::ValueColumn,
                                                      QHeaderView::Stretch);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_type = new QComboBox(this);
    for (const QString &key : indicatorTypeKeys())
        m_type->addItem(QString(), key);
    m_value = new QLineEdit(this);
    m_addButton = new QPushButton(this);
    connect(m_addButton, &QPushButton::clicked, this, &IndicatorsTab::addIndicator);
    connect(m_value, &QLineEdit::returnPressed, this, &IndicatorsTab::addIndicator);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_paste = new QPlainTextEdit(this);
    m_paste->setObjectName(QStringLiteral("bulkPaste"));
    m_paste->setMaximumHeight(80);
    m_pasteButton = new QPushButton(this);
    connect(m_pasteButton, &QPushButton::clicked, this,
            [this] { addIndicatorsFromText(m_paste->toPlainText()); });
    m_importButton = new QPushButton(this);
    m_importButton->setObjectName(QStringLiteral("importStixButton"));
    connect(m_importButton, &QPushButton::clicked, this, &IndicatorsTab::importInteractively);

    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_type);
    addRow->addWidget(m_value, 1);
    addRow->addWidget(m_addButton);
    auto *pasteButtons = new QVBoxLayout;
    pasteButtons->addWidget(m_pasteButton);
    pasteButtons->addWidget(m_importButton);
    pasteButtons->addStretch();
    auto *pasteRow = new QHBoxLayout;
    pasteRow->addWidget(m_paste, 1);
    pasteRow->addLayout(pasteButtons);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(addRow);
    layout->addLayout(pasteRow);
    layout->addWidget(m_message);
    retranslateUi();
}

void IndicatorsTab::retranslateUi()
{
    m_table->setAccessibleName(tr("Indicators"));
    for (int i = 0; i < m_type->count(); ++i)
        m_type->setItemText(i, indicatorTypeLabel(m_type->itemData(i).toString()));
    m_type->setAccessibleName(tr("Indicator type"));
    m_value->setPlaceholderText(tr("Indicator value"));
    m_value->setAccessibleName(tr("Indicator value"));
    m_addButton->setText(tr("Add"));
    m_paste->setPlaceholderText(tr("Paste several indicators here, one per line; the type of "
                                   "each line is recognised."));
    m_paste->setAccessibleName(tr("Indicators to add, one per line"));
    m_pasteButton->setText(tr("Add the pasted lines"));
    m_importButton->setText(tr("I&mport from STIX 2.1…"));
}

void IndicatorsTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void IndicatorsTab::importInteractively()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import indicators from a STIX 2.1 bundle"), QString(),
        //: File type filter in the open dialog
        tr("STIX 2.1 bundles (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    QString report;
    const int added = importStix(path, &report);
    if (added < 0)
        QMessageBox::warning(this, tr("Import failed"), report);
    else
        QMessageBox::information(this, tr("Import from STIX 2.1"), report);
}

int IndicatorsTab::importStix(const QString &path, QString *report)
{
    const int added = importStixIndicators(m_service, m_id, path, report);
    m_message->setText(added < 0 ? *report : report->section(QLatin1Char('\n'), 0, 0));
    return added;
}

void IndicatorsTab::addIndicator()
{
    IndicatorType type {};
    parseIndicatorType(m_type->currentData().toString(), &type);
    const IndicatorCheck check = validateIndicator(type, m_value->text());
    if (!check.valid) {
        //: %1 is a reason such as "not an IPv4 address"
        m_message->setText(tr("Not added: %1.").arg(indicatorRefusal(check.reason)));
        return;
    }
    if (!runGuarded(this, [&] { m_service.addIndicator(m_id, type, check.normalised); }))
        return;
    m_value->clear();
    m_message->clear();
}

QStringList IndicatorsTab::addIndicatorsFromText(const QString &text)
{
    QSet<QString> existing;
    for (const auto &i : m_service.indicators(m_id))
        existing.insert(i.type + QLatin1Char('|') + i.value);
    QStringList refused;
    QStringList keep;
    int added = 0;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int n = 0; n < lines.size(); ++n) {
        const QString line = lines.at(n).trimmed();
        if (line.isEmpty())
            continue;
        IndicatorType type {};
        QString reason;
        if (!guessIndicatorType(line, &type)) {
            reason = indicatorRefusal(QStringLiteral("unknown-type"));
        } else {
            const IndicatorCheck check = validateIndicator(type, line);
            const QString key = indicatorTypeKey(type) + QLatin1Char('|') + check.normalised;
            if (!check.valid)
                reason = indicatorRefusal(check.reason);
            else if (existing.contains(key))
                reason = indicatorRefusal(QStringLiteral("duplicate"));
            else if (runGuarded(this,
                                [&] { m_service.addIndicator(m_id, type, check.normalised); })) {
                existing.insert(key);
                ++added;
                continue;
            } else {
                reason = indicatorRefusal(QStringLiteral("not-saved"));
            }
        }
        //: Bulk paste report: %1 line number, %2 reason
        refused << tr("line %1: %2").arg(n + 1).arg(reason);
        keep << line;
    }
    m_paste->setPlainText(keep.join(QLatin1Char('\n')));
    if (refused.isEmpty())
        m_message->setText(tr("%n indicator(s) added.", nullptr, added));
    else
        //: %1 number added, %2 the list of refused lines; they stay in the box to correct
        m_message->setText(tr("%n indicator(s) added. Not added, kept in the box to "
                              "correct: %1",
                              nullptr, added)
                               .arg(refused.join(QLatin1String("; "))));
    return refused;
}

} // namespace liaison
