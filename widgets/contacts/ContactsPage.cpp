#include "widgets/contacts/ContactsPage.h"

#include "domain/DomainText.h"
#include "domain/TimeZones.h"
#include "models/contacts/ContactListModel.h"
#include "services/ContactExchange.h"
#include "services/ScheduleService.h"
#include "widgets/common/DialogSupport.h"
#include "widgets/common/FlowLayout.h"
#include "widgets/common/UiErrors.h"
#include "widgets/contacts/ContactDialog.h"

#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <iterator>

namespace liaison {

namespace {
QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

// "Monday to Thursday, 08:00 to 16:00" lines, in the UI language.
QStringList hoursLines(const QString &workingHours)
{
    QStringList out;
    const auto hours = parseWorkingHours(workingHours);
    if (!hours)
        return out;
    const QLocale locale;
    const auto time = [&](int minutes) {
        return minutes >= 24 * 60
            ? locale.toString(QTime(0, 0), QLocale::ShortFormat)
            : locale.toString(QTime(minutes / 60, minutes % 60), QLocale::ShortFormat);
    };
    for (qsizetype i = 0; i < hours->size();) {
        qsizetype j = i;
        while (j + 1 < hours->size() && hours->at(j + 1).first == hours->at(j).first + 1
               && hours->at(j + 1).second == hours->at(i).second)
            ++j;
        const WorkingHours &h = hours->at(i).second;
        const QString from = time(h.startMinute);
        const QString to = time(h.endMinute);
        if (i == j)
            //: Working hours on one day: %1 a weekday, %2 and %3 times
            out << ContactsPage::tr("%1, %2 to %3")
                       .arg(locale.dayName(hours->at(i).first), from, to);
        else
            //: Working hours on a range of days: %1 and %2 weekdays, %3 and %4 times
            out << ContactsPage::tr("%1 to %2, %3 to %4")
                       .arg(locale.dayName(hours->at(i).first), locale.dayName(hours->at(j).first),
                            from, to);
        i = j + 1;
    }
    return out;
}

bool withinHours(const QString &workingHours, const QDateTime &local)
{
    const auto hours = parseWorkingHours(workingHours);
    if (!hours)
        return false;
    const int minute = local.time().hour() * 60 + local.time().minute();
    for (const auto &h : *hours) {
        if (h.first == local.date().dayOfWeek() && minute >= h.second.startMinute
            && minute < h.second.endMinute)
            return true;
    }
    return false;
}
} // namespace

ContactsPage::ContactsPage(ScheduleService &service,
                           std::function<QList<QPair<QString, QString>>()> analysts,
                           QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_analysts(std::move(analysts))
{
    setObjectName(QStringLiteral("contactsPage"));
    m_model = new ContactListModel(service, this);
    m_proxy = new ContactFilterProxy(this);
    m_proxy->setSourceModel(m_model);

    m_searchLabel = new QLabel(this);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("contactSearch"));
    m_search->setClearButtonEnabled(true);
    m_searchLabel->setBuddy(m_search);
    m_centreLabel = new QLabel(this);
    m_centre = new QComboBox(this);
    m_centre->setObjectName(QStringLiteral("centreFilter"));
    m_centreLabel->setBuddy(m_centre);
    m_roleLabel = new QLabel(this);
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("roleFilter"));
    m_roleLabel->setBuddy(m_role);
    m_languageLabel = new QLabel(this);
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("languageFilter"));
    m_language->addItem(QString(), QString());
    m_language->addItem(QString(), QStringLiteral("en"));
    m_language->addItem(QString(), QStringLiteral("fr"));
    m_languageLabel->setBuddy(m_language);

    // Rows that wrap, so that the main window can be half a laptop screen wide (issue #13).
    auto *filters = new FlowLayout;
    for (QWidget *w :
         std::initializer_list<QWidget *> {m_searchLabel, m_search, m_centreLabel, m_centre,
                                           m_roleLabel, m_role, m_languageLabel, m_language})
        filters->addWidget(w);

    m_new = new QPushButton(this);
    m_new->setObjectName(QStringLiteral("newContact"));
    m_edit = new QPushButton(this);
    m_edit->setObjectName(QStringLiteral("editContact"));
    m_delete = new QPushButton(this);
    m_delete->setObjectName(QStringLiteral("deleteContact"));
    m_message = new QPushButton(this);
    m_message->setObjectName(QStringLiteral("messageContact"));
    m_import = new QPushButton(this);
    m_import->setObjectName(QStringLiteral("importContacts"));
    m_export = new QPushButton(this);
    m_export->setObjectName(QStringLiteral("exportContacts"));
    m_count = new QLabel(this);
    auto *buttons = new FlowLayout;
    for (QWidget *w : std::initializer_list<QWidget *> {m_new, m_edit, m_delete, m_message, m_count,
                                                        m_import, m_export})
        buttons->addWidget(w);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("contactTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ContactListModel::NameColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);

    m_card = new QLabel(this);
    m_card->setObjectName(QStringLiteral("contactCard"));
    m_card->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_card->setWordWrap(true);
    m_card->setTextFormat(Qt::RichText);
    m_card->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_card->setOpenExternalLinks(true);
    m_card->setFocusPolicy(Qt::StrongFocus); // Tab reaches the card and its links
    m_card->setMargin(8);
    auto *cardScroll = new QScrollArea(this);
    cardScroll->setWidget(m_card);
    cardScroll->setWidgetResizable(true);
    cardScroll->setMinimumWidth(240);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_table);
    splitter->addWidget(cardScroll);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &ContactFilterProxy::setSearch);
    connect(m_centre, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setCentre(m_centre->currentData().toString()); });
    connect(m_role, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setRole(m_role->currentData().toString()); });
    connect(m_language, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setLanguage(m_language->currentData().toString()); });
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] {
        updateCard();
        updateButtons();
    });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &ContactsPage::updateButtons);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &ContactsPage::updateButtons);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &ContactsPage::updateButtons);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateCard();
        updateButtons();
    });
    connect(m_table, &QAbstractItemView::activated, this, [this] {
        if (const Contact *c = currentContact(); c && !c->fromDirectory)
            editContact();
    });
    // A remote edit reloads the model; the selection follows the contact.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        const Contact *c = currentContact();
        m_table->setProperty("keepId", c ? c->id : QString());
        m_table->setProperty("keepAnalyst", c ? c->analystId : QString());
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        refreshFilters();
        selectContact(m_table->property("keepId").toString(),
                      m_table->property("keepAnalyst").toString());
        updateCard();
        updateButtons();
    });
    connect(m_new, &QPushButton::clicked, this, &ContactsPage::newContact);
    connect(m_edit, &QPushButton::clicked, this, &ContactsPage::editContact);
    connect(m_delete, &QPushButton::clicked, this, &ContactsPage::deleteContact);
    connect(m_message, &QPushButton::clicked, this, [this] {
        if (const Contact *c = currentContact(); c && c->isAnalyst())
            emit messageRequested(c->analystId);
    });
    connect(m_import, &QPushButton::clicked, this, &ContactsPage::chooseImport);
    connect(m_export, &QPushButton::clicked, this, &ContactsPage::chooseExport);

    // A call or visit with them, planned here or arriving from the other centre.
    connect(&m_service, &ScheduleService::visitChanged, this, &ContactsPage::updateCard);

    m_clock = new QTimer(this);
    m_clock->setInterval(30'000);
    connect(m_clock, &QTimer::timeout, this, &ContactsPage::updateCard);
    m_clock->start();

    // Tab goes as the page reads: search and filters, the list, its card, then the actions.
    QWidget *order[] = {m_search, m_centre, m_role,   m_language, m_table,  m_card,
                        m_new,    m_edit,   m_delete, m_message,  m_import, m_export};
    for (std::size_t i = 1; i < std::size(order); ++i)
        setTabOrder(order[i - 1], order[i]);

    refreshFilters();
    retranslateUi();
    m_table->resizeColumnsToContents();
}

ContactsPage::~ContactsPage() = default;

const Contact *ContactsPage::currentContact() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid() || !m_table->selectionModel()->isRowSelected(current.row(), {}))
        return nullptr;
    const QModelIndex source = m_proxy->mapToSource(current);
    return source.isValid() ? &m_model->contactAt(source.row()) : nullptr;
}

bool ContactsPage::selectContact(const QString &contactId, const QString &analystId)
{
    if (contactId.isEmpty() && analystId.isEmpty())
        return false;
    const int row = m_model->rowOf(contactId, analystId);
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row < 0 ? 0 : row, 0));
    if (row < 0 || !index.isValid())
        return false;
    m_table->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    return true;
}

QString ContactsPage::cardText() const
{
    return m_card->text();
}

void ContactsPage::reload()
{
    m_model->reload();
}

void ContactsPage::showEvent(QShowEvent *event)
{
    // The hub's directory is local and changes at sync: read it again when the page shows.
    reload();
    QWidget::showEvent(event);
}

void ContactsPage::refreshFilters()
{
    const auto refill = [](QComboBox *combo, const QStringList &values, const QString &any) {
        const QString current = combo->currentData().toString();
        const QSignalBlocker block(combo);
        combo->clear();
        combo->addItem(any, QString());
        for (const QString &v : values)
            combo->addItem(v, v);
        const int at = combo->findData(current);
        combo->setCurrentIndex(at < 0 ? 0 : at);
        return at >= 0 || current.isEmpty();
    };
    //: Filter of the contact list: no centre chosen
    if (!refill(m_centre, m_model->centres(), tr("All centres")))
        m_proxy->setCentre({});
    //: Filter of the contact list: no role chosen
    if (!refill(m_role, m_model->roles(), tr("All roles")))
        m_proxy->setRole({});
}

void ContactsPage::updateButtons()
{
    const Contact *c = currentContact();
    const bool typed = c && !c->fromDirectory;
    m_edit->setEnabled(typed);
    m_delete->setEnabled(typed);
    m_message->setEnabled(c && c->isAnalyst() && c->analystId != m_service.identity().analystId);
    //: How many contacts the list shows, of how many; %1 shown, %n in all
    m_count->setText(tr("%1 of %n contact(s)", nullptr, m_model->rowCount())
                         .arg(QLocale().toString(m_proxy->rowCount())));
}

void ContactsPage::updateCard()
{
    const Contact *c = currentContact();
    if (!c) {
        m_card->setText(m_model->rowCount() == 0
                            ? tr("No contacts yet. Add one with New, or import a vCard file.")
                            : tr("Select a contact to see their card."));
        m_card->setAccessibleName(tr("Contact card"));
        return;
    }
    QString html = QStringLiteral("<h2>%1</h2>").arg(escaped(c->name));
    const auto row = [&html](const QString &label, const QString &valueHtml) {
        if (!valueHtml.isEmpty())
            html += QStringLiteral("<p><b>%1</b><br>%2</p>").arg(escaped(label), valueHtml);
    };
    if (c->isAnalyst())
        html += QStringLiteral("<p><i>%1</i></p>")
                    .arg(escaped(ContactListModel::accountText(*c) + QLatin1Char(' ')
                                 + tr("(direct messages through Liaison)")));
    row(tr("Organisation"), escaped(c->organisation));
    row(tr("Centre"), escaped(c->centre));
    row(tr("Role"), escaped(ContactListModel::roleText(*c)));
    row(tr("Languages"), escaped(ContactListModel::languagesText(c->languages)));
    QStringList emails;
    for (const QString &e : c->emails)
        emails << QStringLiteral("<a href=\"mailto:%1\">%1</a>").arg(escaped(e));
    row(c->emails.size() > 1 ? tr("Email addresses") : tr("Email address"),
        emails.join(QStringLiteral("<br>")));
    QStringList phones;
    for (const QString &p : c->phones)
        phones << escaped(p);
    row(c->phones.size() > 1 ? tr("Phone numbers") : tr("Phone number"),
        phones.join(QStringLiteral("<br>")));
    if (!c->timezone.isEmpty()) {
        const QDateTime nowUtc = QDateTime::currentDateTimeUtc();
        const QDateTime local = inZone(nowUtc, c->timezone);
        QString zone = escaped(zoneCaption(c->timezone, nowUtc));
        if (local.isValid()) {
            const QLocale locale;
            //: On a contact's card: %1 a weekday, %2 the time where the contact is
            zone += QStringLiteral("<br>")
                + escaped(tr("Their time now: %1 %2")
                              .arg(locale.dayName(local.date().dayOfWeek()),
                                   locale.toString(local.time(), QLocale::ShortFormat)));
            if (!c->workingHours.isEmpty())
                zone += QStringLiteral(" — ")
                    + escaped(withinHours(c->workingHours, local) ? tr("within working hours")
                                                                  : tr("outside working hours"));
        }
        row(tr("Time zone"), zone);
    }
    QStringList hours;
    for (const QString &line : hoursLines(c->workingHours))
        hours << escaped(line);
    row(tr("Working hours"), hours.join(QStringLiteral("<br>")));
    if (!c->fromDirectory)
        //: On a contact's card: who sees the contact ("Centre only", "Shared")
        row(tr("Visibility"), escaped(scopeLabel(c->scope)));
    row(tr("Notes"), escaped(c->notes).replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    // Their calls and visits to come (the Schedule page has the rest).
    QStringList visits;
    const QLocale locale;
    const QList<Visit> coming = m_service.visitsOf(*c, QDateTime::currentDateTimeUtc());
    for (const Visit &v : coming.mid(0, 5)) {
        const QString when = v.allDay
            ? (v.startDate == v.endDate
                   ? locale.toString(v.startDate, QLocale::ShortFormat)
                   //: A visit's days on a contact's card: %1 the first, %2 the last
                   : tr("%1 to %2")
                         .arg(locale.toString(v.startDate, QLocale::ShortFormat),
                              locale.toString(v.endDate, QLocale::ShortFormat)))
            : locale.toString(v.startsAt.toLocalTime(), QLocale::ShortFormat);
        //: A call or visit on a contact's card: %1 its title, %2 when
        visits << escaped(tr("%1 — %2").arg(v.title, when));
    }
    if (coming.size() > 5)
        //: On a contact's card, after the first five calls and visits
        visits << escaped(tr("and %n more", nullptr, int(coming.size() - 5)));
    row(tr("Calls and visits to come"), visits.join(QStringLiteral("<br>")));
    if (c->fromDirectory)
        html += QStringLiteral("<p><i>%1</i></p>")
                    .arg(escaped(tr("From the hub’s directory of analysts: it cannot be edited "
                                    "here. Add a contact with this Liaison account to add "
                                    "details.")));
    m_card->setText(html);
    //: Accessible name of the card pane; %1 the contact's name
    m_card->setAccessibleName(tr("Card of %1").arg(c->name));
}

void ContactsPage::openDialog(const Contact &contact)
{
    ContactDialog dialog(m_service, contact,
                         m_analysts ? m_analysts() : QList<QPair<QString, QString>> {}, this);
    if (dialog.exec() == QDialog::Accepted) {
        m_model->reload();
        selectContact(dialog.savedId());
    }
}

void ContactsPage::newContact()
{
    openDialog(Contact {});
}

void ContactsPage::editContact()
{
    const Contact *c = currentContact();
    if (!c || c->fromDirectory)
        return;
    openDialog(*c);
}

void ContactsPage::deleteContact()
{
    const Contact *c = currentContact();
    if (!c || c->fromDirectory)
        return;
    const Contact doomed = *c;
    //: %1 is the contact's name
    if (!askYesNo(this, tr("Delete Contact"),
                  tr("Delete “%1” from the directory? Everyone it is shared with loses it too.")
                      .arg(doomed.name)))
        return;
    runGuarded(this, [&] { m_service.removeContact(doomed.id); });
    m_model->reload();
}

bool ContactsPage::importFile(const QString &path)
{
    ContactImport result;
    try {
        result = importContactsFile(m_service, path);
    } catch (const ContactImportError &e) {
        //: Importing a vCard file failed; %1 why (names the line)
        showError(this, tr("Nothing was imported. %1").arg(e.message()));
        return false;
    } catch (const ValidationError &e) {
        showError(this, validationText(e));
        return false;
    } catch (const std::exception &) {
        showError(this, tr("Nothing was imported: the directory could not be saved."));
        return false;
    }
    m_model->reload();
    if (!result.ids.isEmpty())
        selectContact(result.ids.constFirst());
    //: After a vCard import: %1 contacts added, %2 contacts updated (already numbers)
    m_count->setToolTip(
        tr("Imported: %1 new, %2 updated")
            .arg(QLocale().toString(result.created), QLocale().toString(result.updated)));
    return true;
}

bool ContactsPage::exportFile(const QString &path)
{
    QList<Contact> chosen;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.size() > 1) {
        for (const QModelIndex &index : rows)
            chosen << m_model->contactAt(m_proxy->mapToSource(index).row());
    } else {
        for (int row = 0; row < m_proxy->rowCount(); ++row)
            chosen << m_model->contactAt(m_proxy->mapToSource(m_proxy->index(row, 0)).row());
    }
    QString error;
    if (!writeContactsFile(path, chosen, &error)) {
        //: %1 is the system's reason
        showError(this, tr("The vCard file could not be written: %1").arg(error));
        return false;
    }
    announceSavedFile(this, path);
    return true;
}

void ContactsPage::chooseImport()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import vCard"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("vCard files (*.vcf *.vcard);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

void ContactsPage::chooseExport()
{
    QString path
        = askSaveFileName(this, tr("Export vCard"),
                          QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                              //: Suggested file name of an export of the contact directory
                              .filePath(tr("contacts.vcf")),
                          tr("vCard files (*.vcf)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".vcf"), Qt::CaseInsensitive))
        path += QStringLiteral(".vcf");
    exportFile(path);
}

void ContactsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        // Column titles, "Team lead", "English": the model's words are in the UI language too.
        m_model->reload();
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void ContactsPage::retranslateUi()
{
    m_searchLabel->setText(tr("&Search:"));
    m_search->setPlaceholderText(tr("Name, organisation, address, phone…"));
    m_search->setAccessibleName(tr("Search contacts"));
    m_centreLabel->setText(tr("&Centre:"));
    m_roleLabel->setText(tr("&Role:"));
    m_languageLabel->setText(tr("Lan&guage:"));
    m_language->setItemText(0, tr("All languages"));
    m_language->setItemText(1, tr("English"));
    m_language->setItemText(2, tr("French"));
    m_new->setText(tr("&New…"));
    m_new->setToolTip(tr("Add a contact to the directory"));
    m_edit->setText(tr("&Edit…"));
    m_delete->setText(tr("&Delete"));
    //: Opens a direct conversation with a contact who uses Liaison
    m_message->setText(tr("&Message"));
    m_message->setToolTip(tr("Open a direct conversation with this analyst"));
    m_import->setText(tr("Im&port vCard…"));
    m_export->setText(tr("E&xport vCard…"));
    m_export->setToolTip(tr("Export the selected contacts, or all listed ones"));
    m_table->setAccessibleName(tr("Contacts"));
    refreshFilters();
    updateButtons();
    updateCard();
}

} // namespace liaison
