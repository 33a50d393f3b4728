#include "services/ContactExchange.h"

#include "domain/DomainText.h"
#include "domain/TimeZones.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QSaveFile>
#include <QUuid>

#include <algorithm>

namespace liaison {

namespace {
// Names the UUIDs derived from UIDs that are not UUIDs themselves (RFC 4122 version 5).
const QUuid kUidNamespace = QUuid::fromString(u"6f2c1c9e-5a1e-4c57-9a59-2d6c1bb0b1a7");

QList<VCardTypedValue> typed(const QStringList &values, const QStringList &types)
{
    QList<VCardTypedValue> out;
    for (const QString &value : values) {
        VCardTypedValue v;
        v.value = value;
        v.types = types;
        if (values.size() > 1 && out.isEmpty())
            v.pref = 1; // the preferred one, when there is a choice
        out << v;
    }
    return out;
}

QStringList byPreference(QList<VCardTypedValue> values)
{
    // PREF 1 first; a value without PREF after every ranked one; ties keep the file's order.
    std::stable_sort(values.begin(), values.end(), [](const auto &a, const auto &b) {
        return (a.pref == 0 ? 101 : a.pref) < (b.pref == 0 ? 101 : b.pref);
    });
    QStringList out;
    for (const VCardTypedValue &v : values)
        out << v.value;
    return out;
}

// The physical line of each card's BEGIN:VCARD (the parser has already accepted the file).
QList<int> cardLines(const QByteArray &data)
{
    QList<int> out;
    int line = 0;
    for (QByteArray l : data.split('\n')) {
        ++line;
        if (line == 1 && l.startsWith("\xEF\xBB\xBF"))
            l = l.mid(3);
        if (l.trimmed().compare("BEGIN:VCARD", Qt::CaseInsensitive) == 0)
            out << line;
    }
    return out;
}

template<typename T>
void replaceIfGiven(T &stored, const T &given)
{
    if (!given.isEmpty())
        stored = given;
}
} // namespace

ContactImportError::ContactImportError(int line, QString message, QString field)
    : std::runtime_error(message.toStdString())
    , m_line(line)
    , m_message(std::move(message))
    , m_field(std::move(field))
{ }

VCardContact toVCard(const Contact &c)
{
    VCardContact v;
    const QString id = !c.id.isEmpty() ? c.id
        : c.analystId.isEmpty()
        ? QString()
        : QUuid::createUuidV5(kUidNamespace, c.analystId).toString(QUuid::WithoutBraces);
    if (!id.isEmpty())
        v.uid = QStringLiteral("urn:uuid:") + id;
    v.kind = QStringLiteral("individual");
    v.fullName = c.name;
    v.organisation = c.organisation;
    v.role = c.role;
    v.notes = c.notes;
    v.emails = typed(c.emails, {QStringLiteral("work")});
    v.phones = typed(c.phones, {QStringLiteral("work"), QStringLiteral("voice")});
    v.languages = c.languages;
    v.timeZone = c.timezone;
    v.centre = c.centre;
    v.workingHours = c.workingHours;
    v.analystId = c.analystId;
    return v;
}

Contact fromVCard(const VCardContact &v)
{
    Contact c;
    QString uid = v.uid.trimmed();
    if (uid.startsWith(QLatin1String("urn:uuid:"), Qt::CaseInsensitive))
        uid = uid.mid(9);
    const QUuid asUuid = QUuid::fromString(uid);
    if (!asUuid.isNull())
        c.id = asUuid.toString(QUuid::WithoutBraces);
    else if (!uid.isEmpty())
        c.id = QUuid::createUuidV5(kUidNamespace, v.uid.trimmed()).toString(QUuid::WithoutBraces);
    c.name = v.fullName;
    c.organisation = v.organisation;
    c.role = v.role.isEmpty() ? v.title : v.role;
    c.notes = v.notes;
    c.emails = byPreference(v.emails);
    c.phones = byPreference(v.phones);
    c.languages = v.languages;
    static const QRegularExpression offset(QStringLiteral("^[+-][0-9]{2}(:?[0-9]{2})?$"));
    if (!offset.match(v.timeZone).hasMatch())
        c.timezone = v.timeZone;
    c.centre = v.centre;
    c.workingHours = v.workingHours;
    c.analystId = v.analystId;
    return c;
}

QByteArray exportContacts(const QList<Contact> &contacts)
{
    QList<VCardContact> cards;
    cards.reserve(contacts.size());
    for (const Contact &c : contacts)
        cards << toVCard(c);
    return writeVCards(cards);
}

bool writeContactsFile(const QString &path, const QList<Contact> &contacts, QString *error)
{
    const QByteArray bytes = exportContacts(contacts);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    // Points of contact are personal information: owner read/write only, whatever the umask.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

ContactImport importContacts(ScheduleService &service, const QByteArray &data)
{
    QList<VCardContact> cards;
    try {
        cards = parseVCards(data);
    } catch (const VCardError &e) {
        throw ContactImportError(e.line(), e.message());
    }
    const QList<int> lines = cardLines(data);
    QList<Contact> known = service.contacts();
    QList<Contact> pending; // what will be saved, one per contact (several cards may merge)
    QList<bool> pendingIsNew;
    ContactImport result;
    for (qsizetype i = 0; i < cards.size(); ++i) {
        const int line = lines.value(i, 0);
        Contact card = fromVCard(cards.at(i));
        Contact checked;
        try {
            checked = ScheduleService::normalisedContact(card);
        } catch (const ValidationError &e) {
            //: Importing contacts: %1 a line number, %2 the contact's name, %3 why, e.g.
            //: "The email address is not valid."
            throw ContactImportError(
                line,
                QCoreApplication::translate("ContactExchange", "Line %1, the card of “%2”: %3")
                    .arg(QString::number(line), card.name, refusalText(e.field(), e.code())),
                e.field());
        }
        // Where it goes: a contact this file already touched, else a stored one (same UID,
        // else a same address), else a new contact.
        const auto sameAs = [&](const Contact &other) {
            if (!checked.id.isEmpty() && other.id == checked.id)
                return true;
            return std::any_of(checked.emails.begin(), checked.emails.end(), [&](const QString &e) {
                return other.emails.contains(e, Qt::CaseInsensitive);
            });
        };
        qsizetype at = std::find_if(pending.begin(), pending.end(), sameAs) - pending.begin();
        if (at == pending.size()) {
            const auto stored = std::find_if(known.begin(), known.end(), sameAs);
            if (stored != known.end()) {
                pending << *stored;
                pendingIsNew << false;
            } else {
                pending << Contact {};
                pending.last().id = checked.id;
                pendingIsNew << true;
            }
        }
        Contact &target = pending[at];
        const QString keepId = target.id;
        replaceIfGiven(target.name, checked.name);
        replaceIfGiven(target.organisation, checked.organisation);
        replaceIfGiven(target.centre, checked.centre);
        replaceIfGiven(target.role, checked.role);
        replaceIfGiven(target.emails, checked.emails);
        replaceIfGiven(target.phones, checked.phones);
        replaceIfGiven(target.languages, checked.languages);
        replaceIfGiven(target.timezone, checked.timezone);
        replaceIfGiven(target.notes, checked.notes);
        replaceIfGiven(target.workingHours, checked.workingHours);
        replaceIfGiven(target.analystId, checked.analystId);
        target.id = keepId;
        result.ids << QString::number(at); // resolved to ids once saved
    }
    const QStringList saved = service.saveContacts(pending);
    for (QString &slot : result.ids)
        slot = saved.value(slot.toInt());
    for (const bool isNew : std::as_const(pendingIsNew))
        ++(isNew ? result.created : result.updated);
    return result;
}

ContactImport importContactsFile(ScheduleService &service, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        //: %1 is the system's reason, e.g. "No such file or directory"
        throw ContactImportError(
            0,
            QCoreApplication::translate("ContactExchange", "The file could not be read: %1")
                .arg(file.errorString()));
    // One octet past the limit is enough for the parser to refuse it at its size.
    return importContacts(service, file.read(kVCardMaxFileOctets + 1));
}

} // namespace liaison
