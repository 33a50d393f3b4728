#include "IndicatorsTab.h"

#include "models/incident/IndicatorListModel.h"
#include "widgets/common/DialogSupport.h"
#include "widgets/common/UiErrors.h"
#include "widgets/incident/IncidentExport.h"

#include "domain/DomainText.h"
#include "domain/IndicatorValidator.h"
#include "domain/MessageText.h"
#include "services/IncidentService.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QStyle>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace liaison {

namespace {
constexpr Tlp kAllTlp[] = {Tlp::Clear, Tlp::Green, Tlp::Amber, Tlp::AmberStrict, Tlp::Red};
} // namespace

IndicatorsTab::IndicatorsTab(IncidentService &service, const QString &incidentId, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_id(incidentId)
{
    m_model = new IndicatorListModel(m_service, m_id, this);
    connect(m_model, &IndicatorListModel::editRefused, this,
            [this](const QString &message) { m_message->setText(message); });
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("indicators"));
    m_table->setModel(m_model);
    m_table->horizontalHeader()->setSectionResizeMode(IndicatorListModel::ValueColumn,
                                                      QHeaderView::Stretch);
    // The short columns take their content's width, so that the value keeps the room.
    for (const int column :
         {int(IndicatorListModel::TypeColumn), int(IndicatorListModel::TlpColumn),
          int(IndicatorListModel::IocColumn), int(IndicatorListModel::SightedColumn)})
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    connect(m_table, &QTableView::activated, this, &IndicatorsTab::openElsewhere);
    // A click follows the link (activated covers Enter, and a click where the style says so).
    connect(m_table, &QTableView::clicked, this, [this](const QModelIndex &index) {
        if (!m_table->style()->styleHint(QStyle::SH_ItemView_ActivateItemOnSingleClick, nullptr,
                                         m_table))
            openElsewhere(index);
    });
    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("indicatorType"));
    for (const QString &key : indicatorTypeKeys())
        m_type->addItem(QString(), key);
    // A type the analyst picks stays; until then it follows what is typed.
    connect(m_type, &QComboBox::activated, this, [this] { m_typePicked = true; });
    m_value = new QLineEdit(this);
    m_value->setObjectName(QStringLiteral("indicatorValue"));
    connect(m_value, &QLineEdit::textChanged, this, &IndicatorsTab::detectType);
    m_detected = new QLabel(this);
    m_detected->setObjectName(QStringLiteral("detectedType"));
    m_tlp = new QComboBox(this);
    m_tlp->setObjectName(QStringLiteral("indicatorTlp"));
    for (Tlp t : kAllTlp)
        m_tlp->addItem(tlpLabel(t), tlpKey(t));
    if (const auto incident = m_service.incident(m_id))
        m_tlp->setCurrentIndex(std::max(0, m_tlp->findData(incident->tlp)));
    // The incident raised above the marking picked for the next indicator takes it along.
    connect(&m_service, &IncidentService::incidentChanged, this,
            [this](const QString &id, const QStringList &fields) {
                if (id != m_id || !fields.contains(QLatin1String("tlp")))
                    return;
                const auto incident = m_service.incident(m_id);
                const int at = incident ? m_tlp->findData(incident->tlp) : -1;
                if (at > m_tlp->currentIndex())
                    m_tlp->setCurrentIndex(at);
            });
    m_ioc = new QCheckBox(this);
    m_ioc->setObjectName(QStringLiteral("indicatorIoc"));
    m_sighted = new QCheckBox(this);
    m_sighted->setObjectName(QStringLiteral("indicatorSighted"));
    m_addButton = new QPushButton(this);
    connect(m_addButton, &QPushButton::clicked, this, &IndicatorsTab::addIndicator);
    connect(m_value, &QLineEdit::returnPressed, this, &IndicatorsTab::addIndicator);

    m_copyMenu = new QMenu(this);
    m_copyDefanged
        = m_copyMenu->addAction(QString(), this, [this] { copySelected(CopyForm::Defanged); });
    m_copyLive = m_copyMenu->addAction(QString(), this, [this] { copySelected(CopyForm::Live); });
    m_copyButton = new QToolButton(this);
    m_copyButton->setObjectName(QStringLiteral("copyIndicators"));
    m_copyButton->setPopupMode(QToolButton::MenuButtonPopup);
    m_copyButton->setMenu(m_copyMenu);
    m_copyButton->setDefaultAction(m_copyDefanged);
    m_copyButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_markMenu = new QMenu(this);
    for (Tlp t : kAllTlp)
        m_markMenu->addAction(tlpLabel(t), this, [this, t] { markSelected(t); });
    m_markButton = new QToolButton(this);
    m_markButton->setObjectName(QStringLiteral("markIndicators"));
    m_markButton->setPopupMode(QToolButton::InstantPopup);
    m_markButton->setMenu(m_markMenu);
    m_markButton->setToolButtonStyle(Qt::ToolButtonTextOnly);

    m_seenButton = new QPushButton(this);
    m_seenButton->setObjectName(QStringLiteral("seenIndicators"));
    connect(m_seenButton, &QPushButton::clicked, this, &IndicatorsTab::editSeenInteractively);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("indicatorMessage"));
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

    auto *tableButtons = new QHBoxLayout;
    tableButtons->addWidget(m_copyButton);
    tableButtons->addWidget(m_markButton);
    tableButtons->addWidget(m_seenButton);
    tableButtons->addStretch();
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_type);
    addRow->addWidget(m_value, 1);
    addRow->addWidget(m_detected);
    addRow->addWidget(m_tlp);
    addRow->addWidget(m_ioc);
    addRow->addWidget(m_sighted);
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
    layout->addLayout(tableButtons);
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
    m_value->setPlaceholderText(tr("Indicator value (defanged is fine)"));
    m_value->setAccessibleName(tr("Indicator value"));
    m_tlp->setAccessibleName(tr("Marking of the new indicator"));
    m_tlp->setToolTip(tr("As strict as the incident's marking or stricter. TLP:AMBER+STRICT "
                         "keeps the indicator in your centre."));
    //: Check box: the new indicator is an indicator of compromise
    m_ioc->setText(tr("IOC"));
    m_ioc->setAccessibleName(tr("Indicator of compromise"));
    //: Check box: the new indicator was seen in the analyst's own networks
    m_sighted->setText(tr("Sighted"));
    m_sighted->setAccessibleName(tr("Sighted"));
    m_addButton->setText(tr("Add"));
    //: Copies the selected indicators in a form no mail or chat program turns into a link
    m_copyDefanged->setText(tr("Copy (defanged)"));
    //: The explicit other choice: the values as they are, clickable
    m_copyLive->setText(tr("Copy as typed (live)"));
    m_copyButton->setAccessibleName(tr("Copy the selected indicators"));
    m_markButton->setText(tr("Marking"));
    m_markButton->setAccessibleName(tr("Marking of the selected indicators"));
    m_seenButton->setText(tr("First and last seen…"));
    m_seenButton->setAccessibleName(tr("When the selected indicators were first and last seen"));
    m_paste->setPlaceholderText(tr("Paste several indicators here, one per line; the type of "
                                   "each line is recognised."));
    m_paste->setAccessibleName(tr("Indicators to add, one per line"));
    m_pasteButton->setText(tr("Add the pasted lines"));
    m_importButton->setText(tr("I&mport from STIX 2.1…"));
    detectType();
}

void IndicatorsTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void IndicatorsTab::detectType()
{
    const QString text = m_value->text().trimmed();
    IndicatorType type {};
    if (text.isEmpty() || !guessIndicatorType(text, &type)) {
        m_detected->setText(text.isEmpty() ? QString() : tr("Type not recognised"));
        return;
    }
    const QString key = indicatorTypeKey(type);
    //: Shown beside the value field as the analyst types: %1 is a type such as "Domain"
    m_detected->setText(tr("Detected: %1").arg(indicatorTypeLabel(key)));
    if (!m_typePicked)
        m_type->setCurrentIndex(std::max(0, m_type->findData(key)));
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
    IncidentService::NewIndicator indicator {type, check.normalised, {}, {}};
    Tlp tlp {};
    if (parseTlp(m_tlp->currentData().toString(), &tlp))
        indicator.tlp = tlp;
    indicator.ioc = m_ioc->isChecked();
    indicator.sighted = m_sighted->isChecked();
    if (!runGuarded(this, [&] { m_service.addIndicator(m_id, indicator); }))
        return;
    m_value->clear();
    m_typePicked = false;
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
    for (const QString &raw : lines) {
        const QString line = raw.trimmed();
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
        keep << line;
        // Numbered as it stands in the box once the accepted lines have left it.
        //: Bulk paste report: %1 line number, %2 reason
        refused << tr("line %1: %2").arg(keep.size()).arg(reason);
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

QStringList IndicatorsTab::selectedIds() const
{
    QStringList ids;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows)
        ids << row.data(IndicatorListModel::IdRole).toString();
    return ids;
}

bool IndicatorsTab::copySelected(CopyForm form)
{
    QStringList values;
    Tlp strictest = Tlp::Clear;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows) {
        const QString type = row.data(IndicatorListModel::TypeKeyRole).toString();
        const QString value = row.data(IndicatorListModel::ValueRole).toString();
        values << (form == CopyForm::Defanged ? defang(value, type) : value);
        Tlp tlp = Tlp::Red;
        parseTlp(row.data(IndicatorListModel::TlpKeyRole).toString(), &tlp);
        strictest = std::max(strictest, tlp);
    }
    if (values.isEmpty()) {
        m_message->setText(tr("Select the indicators to copy first."));
        return false;
    }
    if (tlpNeedsReleaseConfirmation(strictest)
        && !askYesNo(this, tr("Copy restricted indicators?"),
                     //: %n indicators selected; %1 the strictest TLP label among them
                     tr("Of the %n indicator(s) copied, the strictest is marked %1. What is on "
                        "the clipboard leaves Liaison's protection; your name is recorded in "
                        "the incident as the one who copied it. Copy?",
                        nullptr, int(values.size()))
                         .arg(tlpLabel(strictest))))
        return false;
    // Recorded first: a copy the timeline does not show must not happen.
    if (tlpNeedsReleaseConfirmation(strictest) && !runGuarded(this, [&] {
            m_service.recordIndicatorCopy(m_id, int(values.size()), strictest);
        }))
        return false;
    QGuiApplication::clipboard()->setText(values.join(QLatin1Char('\n')));
    m_message->setText(
        form == CopyForm::Defanged
            ? tr("%n indicator(s) copied, defanged.", nullptr, int(values.size()))
            : tr("%n indicator(s) copied as typed (live).", nullptr, int(values.size())));
    return true;
}

bool IndicatorsTab::markSelected(Tlp tlp)
{
    const QStringList ids = selectedIds();
    if (ids.isEmpty()) {
        m_message->setText(tr("Select the indicators to mark first."));
        return false;
    }
    int alreadyShared = 0;
    for (const QString &id : ids) {
        const auto current = m_service.indicator(id);
        if (!current)
            continue;
        Tlp from = Tlp::Red;
        parseTlp(current->effectiveTlp, &from);
        if (m_service.indicatorHasLeft(*current) && tlp > from)
            ++alreadyShared;
    }
    if (!runGuarded(this, [&] {
            for (const QString &id : ids)
                m_service.setIndicatorTlp(id, tlp);
        }))
        return false;
    if (alreadyShared > 0)
        //: %1 a TLP label; %n indicators raised after they had reached the other centre
        m_message->setText(tr("Marked %1. %n of them had already been shared with the "
                              "counterpart centre: it keeps what it received, and is asked "
                              "to handle it as %1 from now on.",
                              nullptr, alreadyShared)
                               .arg(tlpLabel(tlp)));
    else
        //: %1 a TLP label
        m_message->setText(tr("Marked %1.").arg(tlpLabel(tlp)));
    return true;
}

bool IndicatorsTab::setSeenForSelected(qint64 firstSeen, qint64 lastSeen)
{
    const QStringList ids = selectedIds();
    if (ids.isEmpty()) {
        m_message->setText(tr("Select the indicators first."));
        return false;
    }
    IndicatorEdit edit;
    edit.firstSeen = firstSeen;
    edit.lastSeen = lastSeen;
    if (!runGuarded(this, [&] {
            for (const QString &id : ids)
                m_service.editIndicator(id, edit);
        }))
        return false;
    m_message->clear();
    return true;
}

void IndicatorsTab::editSeenInteractively()
{
    const QStringList ids = selectedIds();
    if (ids.isEmpty()) {
        m_message->setText(tr("Select the indicators first."));
        return;
    }
    const auto current = m_service.indicator(ids.first());
    QDialog dialog(this);
    dialog.setWindowTitle(tr("First and last seen"));
    auto *form = new QFormLayout;
    const auto row = [&](const QString &label, qint64 ms) {
        auto *known = new QCheckBox(label, &dialog);
        auto *edit = new QDateTimeEdit(&dialog);
        edit->setCalendarPopup(true);
        edit->setDateTime(ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms)
                                 : QDateTime::currentDateTime());
        edit->setAccessibleName(label);
        known->setChecked(ms > 0);
        edit->setEnabled(ms > 0);
        connect(known, &QCheckBox::toggled, edit, &QWidget::setEnabled);
        form->addRow(known, edit);
        return std::pair {known, edit};
    };
    const auto first = row(tr("First seen"), current ? current->firstSeen : 0);
    const auto last = row(tr("Last seen"), current ? current->lastSeen : 0);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addLayout(form);
    layout->addWidget(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const auto ms = [](const std::pair<QCheckBox *, QDateTimeEdit *> &r) {
        return r.first->isChecked() ? r.second->dateTime().toMSecsSinceEpoch() : qint64(0);
    };
    setSeenForSelected(ms(first), ms(last));
}

void IndicatorsTab::openElsewhere(const QModelIndex &index)
{
    if (!index.isValid() || index.column() != IndicatorListModel::ElsewhereColumn)
        return;
    const QStringList others = index.data(IndicatorListModel::ElsewhereRole).toStringList();
    if (others.size() == 1) {
        emit incidentRequested(others.first());
        return;
    }
    if (others.isEmpty())
        return;
    // Several: the analyst picks one.
    QMenu menu(this);
    const QString titles = index.data(Qt::ToolTipRole).toString();
    const QStringList names = titles.split(QLatin1Char('\n'));
    for (int i = 0; i < others.size(); ++i) {
        const QString id = others.at(i);
        menu.addAction(names.value(i, id), this, [this, id] { emit incidentRequested(id); });
    }
    menu.exec(m_table->viewport()->mapToGlobal(m_table->visualRect(index).bottomLeft()));
}

} // namespace liaison
