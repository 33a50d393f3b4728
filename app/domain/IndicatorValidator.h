#pragma once

#include <QString>
#include <QStringList>

namespace liaison {

enum class IndicatorType { IPv4, IPv6, Cidr, Domain, Url, Email, Md5, Sha1, Sha256, Cve, FileName };

QString indicatorTypeKey(IndicatorType type); // "ipv4", "ipv6", "cidr", "domain", ...
bool parseIndicatorType(const QString &key, IndicatorType *out);
QStringList indicatorTypeKeys();

struct IndicatorCheck
{
    bool valid = false;
    QString normalised; // canonical form to store (trimmed, lowercased where case is noise)
    QString reason; // why it is invalid (English; a stable key for the UI to translate)
};

// Validates value as an indicator of the given type. Pure function, no I/O. A defanged value
// of a network type (hxxps://, [.], (.), [@], [:], [://]) is read refanged: the normalised form
// is the live value (refang() in domain/MessageText.h; defang() there gives the safe form).
IndicatorCheck validateIndicator(IndicatorType type, const QString &value);

// Guesses the type of a pasted or typed value (bulk paste, the single-value field); false when
// nothing fits. Four dot-separated numbers are an IPv4 address even when out of range
// ("203.0.113.999"): validateIndicator then says why it is not a valid one.
bool guessIndicatorType(const QString &value, IndicatorType *out);

} // namespace liaison
