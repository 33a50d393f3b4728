#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <stdexcept>

namespace liaison {

// A strict vCard 4.0 reader and writer (RFC 6350, with RFC 6868's ^-escapes in parameter
// values) for the contact directory: what is read, written and refused is in
// docs/SCHEDULE.md. Pure functions, no I/O. vCard 3.0 (RFC 2426) is read too, its TYPE
// parameters mapped to 4.0's; 2.1 is refused.

// Bounds on hostile input: a file over them is refused whole before it can exhaust memory.
constexpr qsizetype kVCardMaxFileOctets = 4 * 1024 * 1024;
constexpr qsizetype kVCardMaxLineOctets = 256 * 1024; // one content line, unfolded
constexpr int kVCardMaxCards = 10'000;
constexpr int kVCardMaxPropertiesPerCard = 1'000;
constexpr int kVCardMaxProperties = 200'000; // in the whole file
constexpr int kVCardMaxParameters = 64; // on one content line

struct VCardParameter
{
    QString name; // as written ("TYPE", "type")
    QStringList values; // decoded (quotes and ^-escapes removed)
    bool operator==(const VCardParameter &o) const { return name == o.name && values == o.values; }
};

// A content line kept as it was read (for properties Liaison does not map), so that exporting
// writes it back unchanged.
struct VCardProperty
{
    QString group; // "item1" of "item1.X-ABLABEL", or empty
    QString name; // as written
    QList<VCardParameter> parameters;
    QString value; // raw: unfolded, escapes kept
    bool operator==(const VCardProperty &o) const
    {
        return group == o.group && name == o.name && parameters == o.parameters && value == o.value;
    }
};

// An EMAIL or TEL.
struct VCardTypedValue
{
    QString value; // the address, or the number ("+1-613-555-0100", without "tel:")
    QStringList types; // lowercase: "work", "home", "voice", "cell", ...
    int pref = 0; // PREF 1 (most preferred) to 100; 0 when not given
    QString group;
    bool operator==(const VCardTypedValue &o) const
    {
        return value == o.value && types == o.types && pref == o.pref && group == o.group;
    }
};

// One vCard. Kept apart from ScheduleService's Contact: the scheduler maps fullName -> name,
// organisation -> organisation, role (or title) -> role, centre -> centre, the preferred email,
// phone and language -> email, phone, language, timeZone -> timezone, notes -> notes.
struct VCardContact
{
    QString uid;
    QString kind; // KIND: "individual", "org", ... (empty when not given)
    QString fullName; // FN (required)
    QStringList name; // N: family, given, additional, prefixes, suffixes; empty without N
    QString organisation; // ORG's first component
    QStringList organisationUnits; // ORG's other components
    QString title;
    QString role;
    QString notes;
    QList<VCardTypedValue> emails;
    QList<VCardTypedValue> phones;
    QStringList languages; // LANG tags, most preferred first
    QString timeZone; // an IANA id ("America/Toronto") or a UTC offset ("-05:00")
    QString centre; // X-LIAISON-CENTRE
    QString workingHours; // X-LIAISON-WORKING-HOURS, e.g. "Mo-Fr 08:00-16:00"
    QString analystId; // X-LIAISON-ANALYST-ID
    QList<VCardProperty> extra; // every other property, in order, verbatim

    bool operator==(const VCardContact &o) const;
    bool operator!=(const VCardContact &o) const { return !(*this == o); }
};

// Why a file was refused. line is the 1-based physical line where the offending content line
// starts (0 for the file as a whole); code is stable ("missing-fn", "invalid-utf8", ...);
// message() is a sentence in the UI language (context "VCard") that names the line.
class VCardError : public std::runtime_error
{
public:
    VCardError(int line, QString code);
    int line() const { return m_line; }
    const QString &code() const { return m_code; }
    QString message() const;

private:
    int m_line;
    QString m_code;
};

// Every card of data, or VCardError: nothing is half read.
QList<VCardContact> parseVCards(const QByteArray &data);

// vCard 4.0, CRLF, lines folded at 75 octets, one card per contact.
QByteArray writeVCards(const QList<VCardContact> &contacts);

} // namespace liaison
