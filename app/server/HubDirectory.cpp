#include "server/HubDirectory.h"

#include "crypto/Sodium.h"

#include <sodium.h>

#include <QRegularExpression>

namespace liaison {

namespace {

// Crockford base32 without padding: unambiguous to read aloud and type.
QString base32(const unsigned char *bytes, std::size_t size)
{
    static const char alphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    QString out;
    unsigned buffer = 0;
    int bits = 0;
    for (std::size_t i = 0; i < size; ++i) {
        buffer = (buffer << 8) | bytes[i];
        bits += 8;
        while (bits >= 5) {
            out += QLatin1Char(alphabet[(buffer >> (bits - 5)) & 31]);
            bits -= 5;
        }
    }
    if (bits > 0)
        out += QLatin1Char(alphabet[(buffer << (5 - bits)) & 31]);
    return out;
}

} // namespace

QString HubDirectory::normaliseCode(const QString &code)
{
    QString out;
    for (QChar c : code.toUpper()) {
        if (c == QLatin1Char('-') || c.isSpace())
            continue;
        // Crockford: O reads as 0, I and L as 1.
        if (c == QLatin1Char('O'))
            c = QLatin1Char('0');
        else if (c == QLatin1Char('I') || c == QLatin1Char('L'))
            c = QLatin1Char('1');
        out += c;
    }
    return out;
}

QByteArray HubDirectory::codeHash(const QString &normalisedCode)
{
    ensureSodium();
    static const char context[] = "liaison-enrolment-code-v1";
    const QByteArray utf8 = normalisedCode.toUtf8();
    QByteArray out(32, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char *>(out.data()), 32,
                       reinterpret_cast<const unsigned char *>(utf8.constData()),
                       std::size_t(utf8.size()), reinterpret_cast<const unsigned char *>(context),
                       sizeof(context) - 1);
    return out;
}

HubDirectory::NewCode HubDirectory::makeCode()
{
    ensureSodium();
    unsigned char random[15]; // 120 bits: 24 base32 characters
    randombytes_buf(random, sizeof random);
    const QString raw = base32(random, sizeof random);
    sodium_memzero(random, sizeof random);
    QString grouped;
    for (int i = 0; i < raw.size(); i += 4)
        grouped += (i ? QStringLiteral("-") : QString()) + raw.mid(i, 4);
    return {grouped, raw};
}

void HubDirectory::checkCentre(const QString &code, const QString &name)
{
    static const QRegularExpression valid(QStringLiteral("^[A-Z][A-Z0-9-]{1,15}$"));
    if (!valid.match(code).hasMatch())
        throw HubError(HubError::Kind::InvalidInput,
                       "a centre code is 2-16 capital letters, digits or dashes (e.g. CCIRC)");
    if (name.trimmed().isEmpty())
        throw HubError(HubError::Kind::InvalidInput, "a centre needs a name");
}

void HubDirectory::checkEnrolment(const QString &analystName, qint64 validForSecs)
{
    if (analystName.trimmed().isEmpty())
        throw HubError(HubError::Kind::InvalidInput, "an analyst needs a name");
    if (validForSecs < 60 || validForSecs > 30 * 24 * 3600)
        throw HubError(HubError::Kind::InvalidInput, "a code is valid for 1 minute to 30 days");
}

} // namespace liaison
