#include "widgets/contacts/ContactDialog.h"

#include "domain/DomainText.h"
#include "domain/Schema.h"
#include "domain/TimeZones.h"
#include "widgets/common/KeyboardSupport.h"
#include "widgets/common/UiErrors.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextDocument>
#include <QTimeZone>
#include <QVBoxLayout>

#include <algorithm>

namespace liaison {

namespace {
QStringList lines(const QPlainTextEdit *edit)
{
    QStringList out;
    for (const QString &line : edit->toPlainText().split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            out << line.trimmed();
    }
    return out;
}

QPlainTextEdit *listEdit(QWidget *parent, int lineCount)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setTabChangesFocus(true); // Tab moves on, as in every other field
    const int height = edit->fontMetrics().lineSpacing() * lineCount
        + 2 * (edit->frameWidth() + int(edit->document()->documentMargin()));
    edit->setFixedHeight(height);
    return edit;
}
} // namespace

ContactDialog::ContactDialog(ScheduleService &service, const Contact &contact,
                             const QList<QPair<QString, QString>> &analysts, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_original(contact)
{
    setObjectName(QStringLiteral("contactDialog"));
    auto *layout = new QVBoxLayout(this);
    m_form = new QFormLayout;
    layout->addLayout(m_form);

    m_name = new QLineEdit(contact.name, this);
    m_organisation = new QLineEdit(contact.organisation, this);
    m_centre = new QLineEdit(contact.centre, this);
    m_role = new QLineEdit(contact.role, this);
    m_emails = listEdit(this, 3);
    m_emails->setPlainText(contact.emails.join(QLatin1Char('\n')));
    m_phones = listEdit(this, 3);
    m_phones->setPlainText(contact.phones.join(QLatin1Char('\n')));
    auto *languages = new QWidget(this);
    auto *languagesLayout = new QHBoxLayout(languages);
    languagesLayout->setContentsMargins(0, 0, 0, 0);
    m_english = new QCheckBox(languages);
    m_french = new QCheckBox(languages);
    m_english->setObjectName(QStringLiteral("english"));
    m_french->setObjectName(QStringLiteral("french"));
    m_english->setChecked(contact.languages.contains(QLatin1String("en")));
    m_french->setChecked(contact.languages.contains(QLatin1String("fr")));
    languagesLayout->addWidget(m_english);
    languagesLayout->addWidget(m_french);
    languagesLayout->addStretch();
    m_timezone = new QComboBox(this);
    m_hours = new QLineEdit(contact.workingHours, this);
    m_hours->setPlaceholderText(QStringLiteral("1-5 09:00-17:00"));
    m_account = new QComboBox(this);
    m_notes = listEdit(this, 4);
    m_notes->setPlainText(contact.notes);

    // Zones: the centres' first, then every zone this system knows, by id.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_timezone->addItem(QString(), QString());
    QStringList offered;
    for (const ZoneChoice &z : preferredZones()) {
        m_timezone->addItem(zoneCaption(z.ianaId, now), z.ianaId);
        offered << z.ianaId;
    }
    m_timezone->insertSeparator(m_timezone->count());
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds()) {
        const QString zone = QString::fromLatin1(id);
        if (!offered.contains(zone) && isKnownZone(zone))
            m_timezone->addItem(zone, zone);
    }
    if (!contact.timezone.isEmpty()) {
        int at = m_timezone->findData(contact.timezone);
        if (at < 0) {
            m_timezone->addItem(contact.timezone, contact.timezone);
            at = m_timezone->count() - 1;
        }
        m_timezone->setCurrentIndex(at);
    }
    m_account->addItem(QString(), QString());
    for (const auto &analyst : analysts)
        m_account->addItem(analyst.second, analyst.first);
    if (!contact.analystId.isEmpty()) {
        int at = m_account->findData(contact.analystId);
        if (at < 0) {
            m_account->addItem(contact.analystId, contact.analystId);
            at = m_account->count() - 1;
        }
        m_account->setCurrentIndex(at);
    }

    addRow(QStringLiteral("name"), new QLabel(this), m_name);
    addRow(QStringLiteral("organisation"), new QLabel(this), m_organisation);
    addRow(QStringLiteral("centre"), new QLabel(this), m_centre);
    addRow(QStringLiteral("role"), new QLabel(this), m_role);
    addRow(QStringLiteral("email"), new QLabel(this), m_emails);
    addRow(QStringLiteral("phone"), new QLabel(this), m_phones);
    m_languagesLabel = new QLabel(this);
    addRow(QStringLiteral("language"), m_languagesLabel, languages);
    addRow(QStringLiteral("timezone"), new QLabel(this), m_timezone);
    addRow(QStringLiteral("working_hours"), new QLabel(this), m_hours);
    m_hoursHint = new QLabel(this);
    m_hoursHint->setWordWrap(true);
    m_form->addRow(QString(), m_hoursHint);
    addRow(QStringLiteral("analyst_id"), new QLabel(this), m_account);
    addRow(QStringLiteral("notes"), new QLabel(this), m_notes);
    m_languagesLabel->setBuddy(m_english);

    // A contact stays in the centre until shared; a shared one cannot be taken back.
    m_shared = new QCheckBox(this);
    m_shared->setObjectName(QStringLiteral("shared"));
    m_shared->setChecked(contact.scope == QLatin1String(kScopeShared));
    m_shared->setEnabled(!m_shared->isChecked());
    m_form->addRow(QString(), m_shared);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ContactDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ContactDialog::reject);
    layout->addWidget(m_buttons);
    retranslateUi();
    m_name->setFocus();
}

void ContactDialog::addRow(const QString &field, QLabel *label, QWidget *editor)
{
    editor->setObjectName(field);
    auto *error = new QLabel(this);
    error->setObjectName(field + QStringLiteral("Error"));
    error->setWordWrap(true);
    error->setStyleSheet(QStringLiteral("QLabel { color: #9a1c00; }"));
    error->hide();
    label->setBuddy(editor);
    auto *box = new QWidget(this);
    auto *column = new QVBoxLayout(box);
    column->setContentsMargins(0, 0, 0, 0);
    column->addWidget(editor);
    column->addWidget(error);
    m_form->addRow(label, box);
    m_rows.insert(field, Row {label, editor, error});
}

Contact ContactDialog::contact() const
{
    Contact c = m_original;
    c.name = m_name->text();
    c.organisation = m_organisation->text().trimmed();
    c.centre = m_centre->text().trimmed();
    c.role = m_role->text().trimmed();
    c.emails = lines(m_emails);
    c.phones = lines(m_phones);
    // The order they had, then a newly ticked one.
    QStringList languages;
    for (const QString &tag : m_original.languages) {
        if ((tag == QLatin1String("en") && m_english->isChecked())
            || (tag == QLatin1String("fr") && m_french->isChecked())
            || (tag != QLatin1String("en") && tag != QLatin1String("fr")))
            languages << tag;
    }
    if (m_english->isChecked() && !languages.contains(QLatin1String("en")))
        languages << QStringLiteral("en");
    if (m_french->isChecked() && !languages.contains(QLatin1String("fr")))
        languages << QStringLiteral("fr");
    c.languages = languages;
    c.timezone = m_timezone->currentData().toString();
    c.workingHours = m_hours->text().trimmed();
    c.analystId = m_account->currentData().toString();
    c.notes = m_notes->toPlainText().trimmed();
    if (m_shared->isChecked())
        c.scope = QString::fromLatin1(kScopeShared);
    c.fromDirectory = false;
    return c;
}

QString ContactDialog::fieldError(const QString &field) const
{
    const Row row = m_rows.value(field);
    return row.error && !row.error->isHidden() ? row.error->text() : QString();
}

void ContactDialog::clearErrors()
{
    for (const Row &row : std::as_const(m_rows)) {
        row.error->clear();
        row.error->hide();
    }
}

void ContactDialog::accept()
{
    clearErrors();
    const Contact c = contact();
    try {
        ScheduleService::normalisedContact(c);
    } catch (const ValidationError &e) {
        const Row row
            = m_rows.value(m_rows.contains(e.field()) ? e.field() : QStringLiteral("name"));
        row.error->setText(refusalText(e.field(), e.code()));
        row.error->show();
        row.editor->setAccessibleDescription(row.error->text());
        row.editor->setFocus();
        return;
    }
    QString id;
    if (!runGuarded(this, [&] { id = m_service.saveContact(c); }))
        return;
    m_savedId = id;
    QDialog::accept();
}

void ContactDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ContactDialog::retranslateUi()
{
    setWindowTitle(m_original.id.isEmpty() ? tr("New Contact") : tr("Edit Contact"));
    const auto label = [this](const char *field, const QString &text) {
        m_rows.value(QLatin1String(field)).label->setText(text);
    };
    label("name", tr("&Name:"));
    label("organisation", tr("&Organisation:"));
    label("centre", tr("&Centre:"));
    label("role", tr("&Role:"));
    //: One work e-mail address a line
    label("email", tr("E&mail addresses:"));
    //: One work phone number a line
    label("phone", tr("&Phone numbers:"));
    label("language", tr("Languages:"));
    m_english->setText(tr("&English"));
    m_french->setText(tr("&French"));
    label("timezone", tr("&Time zone:"));
    label("working_hours", tr("&Working hours:"));
    //: The contact's account in the hub's directory, if they use Liaison
    label("analyst_id", tr("Liaison &account:"));
    label("notes", tr("Note&s:"));
    m_shared->setText(tr("S&hare with the partner centre"));
    m_shared->setToolTip(tr("Both centres see the contact. Once shared, it cannot be made "
                            "internal again."));
    m_hoursHint->setText(tr("Days 1 (Monday) to 7 (Sunday) and times in the contact's zone, e.g. "
                            "“1-5 09:00-17:00” or “1-4 08:00-16:00, 5 08:00-12:00”."));
    m_timezone->setItemText(0, tr("Not set"));
    m_account->setItemText(0, tr("None"));
    m_emails->setAccessibleName(tr("Email addresses, one a line"));
    m_phones->setAccessibleName(tr("Phone numbers, one a line"));
    m_notes->setAccessibleName(tr("Notes"));
    nameFieldsByTheirLabels(this); // fields sit in a box with their error line
}

} // namespace liaison
