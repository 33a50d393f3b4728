#pragma once

#include "domain/VCard.h"
#include "services/ScheduleService.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <stdexcept>

namespace liaison {

// The contact directory in vCard 4.0 files (.vcf): ScheduleService's Contact mapped to and from
// domain/VCard's VCardContact, exported to a private file, imported whole or not at all. The
// mapping and the rules for duplicates are in docs/SCHEDULE.md ("Contacts").

// A contact as a card: UID urn:uuid:<id>, FN, ORG, ROLE, EMAIL and TEL (TYPE=work, the first
// PREF=1), LANG, TZ, NOTE and the X-LIAISON properties (centre, working hours, account).
VCardContact toVCard(const Contact &contact);
// A card as a contact (not yet checked: ScheduleService::normalisedContact does that). The id
// is the card's UID when it is a UUID (urn:uuid: or bare), else a UUID derived from the UID
// (the same UID always gives the same id), else empty. A TZ given as a UTC offset is left out
// (a contact's zone is an IANA id).
Contact fromVCard(const VCardContact &card);

// vCard 4.0 text of the contacts, in the order given.
QByteArray exportContacts(const QList<Contact> &contacts);
// Writes them to path atomically (QSaveFile), readable by its owner only. false with *error
// (the system's reason) when the file could not be written.
bool writeContactsFile(const QString &path, const QList<Contact> &contacts, QString *error);

// Why a file was not imported: nothing of it was. line is the 1-based line of the offending
// content line, or of the card's BEGIN:VCARD for a card whose values break a rule of the
// directory (0 for the file as a whole). message() is a sentence in the UI language.
class ContactImportError : public std::runtime_error
{
public:
    ContactImportError(int line, QString message, QString field = {});
    int line() const { return m_line; }
    const QString &message() const { return m_message; }
    // The contact field at fault ("email", "timezone", ...), empty for a malformed file.
    const QString &field() const { return m_field; }

private:
    int m_line;
    QString m_message;
    QString m_field;
};

struct ContactImport
{
    int created = 0;
    int updated = 0; // cards that matched a contact (same UID, else a same e-mail address)
    QStringList ids; // the contact each card went to, in file order
};

// Every card of data saved in one transaction, or ContactImportError and nothing saved. A card
// whose UID names an existing contact, or else that shares an e-mail address with one (or
// with an earlier card of the file), updates it: the card's non-empty fields replace the
// contact's, its empty ones keep them.
ContactImport importContacts(ScheduleService &service, const QByteArray &data);
// The same from a file (ContactImportError at line 0 when it cannot be read, or is too big).
ContactImport importContactsFile(ScheduleService &service, const QString &path);

} // namespace liaison
