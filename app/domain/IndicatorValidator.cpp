#include "domain/IndicatorValidator.h"

#include "domain/MessageText.h"

#include <QHostAddress>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>
#include <array>

namespace liaison {

namespace {

const std::array<const char *, 11> kTypeKeys = {
    "ipv4", "ipv6", "cidr", "domain", "url", "email", "md5", "sha1", "sha256", "cve", "filename"};

IndicatorCheck invalid(const char *reason)
{
    return {false, {}, QString::fromLatin1(reason)};
}

IndicatorCheck validHex(const QString &v, int length)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-fA-F]+$"));
    if (v.size() != length)
        return invalid("wrong-length");
    if (!hex.match(v).hasMatch())
        return invalid("not-hex");
    return {true, v.toLower(), {}};
}

bool isDomain(const QString &v)
{
    // RFC 1035 host names (with IDNs in their ASCII form after QUrl::toAce), at least two
    // labels, total length <= 253, labels 1..63 of letters, digits and inner hyphens.
    static const QRegularExpression label(QStringLiteral("^(?!-)[a-z0-9-]{1,63}(?<!-)$"));
    const QByteArray ace = QUrl::toAce(v);
    if (ace.isEmpty() || ace.size() > 253)
        return false;
    const QStringList labels = QString::fromLatin1(ace).split(QLatin1Char('.'));
    if (labels.size() < 2)
        return false;
    for (const auto &l : labels) {
        if (!label.match(l).hasMatch())
            return false;
    }
    // The top-level label is never all digits (that would be an IPv4 address).
    static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
    return !digits.match(labels.last()).hasMatch();
}

bool isNetworkType(IndicatorType type)
{
    switch (type) {
    case IndicatorType::IPv4:
    case IndicatorType::IPv6:
    case IndicatorType::Cidr:
    case IndicatorType::Domain:
    case IndicatorType::Url:
    case IndicatorType::Email: return true;
    default: return false;
    }
}

// Four dot-separated numbers: what an analyst means as an IPv4 address, valid or not.
bool looksLikeIpv4(const QString &v)
{
    static const QRegularExpression quad(QStringLiteral("^\\d{1,4}(\\.\\d{1,4}){3}$"));
    return quad.match(v).hasMatch();
}

} // namespace

QString indicatorTypeKey(IndicatorType type)
{
    return QString::fromLatin1(kTypeKeys[std::size_t(type)]);
}

bool parseIndicatorType(const QString &key, IndicatorType *out)
{
    for (std::size_t i = 0; i < kTypeKeys.size(); ++i) {
        if (key == QLatin1String(kTypeKeys[i])) {
            if (out)
                *out = static_cast<IndicatorType>(i);
            return true;
        }
    }
    return false;
}

QStringList indicatorTypeKeys()
{
    QStringList keys;
    for (const char *k : kTypeKeys)
        keys << QString::fromLatin1(k);
    return keys;
}

IndicatorCheck validateIndicator(IndicatorType type, const QString &raw)
{
    const QString v = (isNetworkType(type) ? refang(raw) : raw).trimmed();
    if (v.isEmpty())
        return invalid("empty");
    if (v.size() > 2048)
        return invalid("too-long");
    switch (type) {
    case IndicatorType::IPv4: {
        static const QRegularExpression dotted(
            QStringLiteral("^(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])"
                           "(\\.(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}$"));
        if (!dotted.match(v).hasMatch())
            return invalid(looksLikeIpv4(v) ? "invalid-ipv4" : "not-ipv4");
        return {true, v, {}};
    }
    case IndicatorType::IPv6: {
        QHostAddress address;
        if (!v.contains(QLatin1Char(':')) || !address.setAddress(v)
            || address.protocol() != QAbstractSocket::IPv6Protocol)
            return invalid("not-ipv6");
        return {true, address.toString(), {}};
    }
    case IndicatorType::Cidr: {
        const auto parts = v.split(QLatin1Char('/'));
        if (parts.size() != 2)
            return invalid("not-cidr");
        bool ok = false;
        const int prefix = parts[1].toInt(&ok);
        const bool v6 = parts[0].contains(QLatin1Char(':'));
        if (!ok || prefix < 0 || prefix > (v6 ? 128 : 32))
            return invalid("bad-prefix");
        const auto host
            = validateIndicator(v6 ? IndicatorType::IPv6 : IndicatorType::IPv4, parts[0]);
        if (!host.valid)
            return invalid("not-cidr");
        return {true, host.normalised + QLatin1Char('/') + QString::number(prefix), {}};
    }
    case IndicatorType::Domain: {
        QString d = v.toLower();
        if (d.endsWith(QLatin1Char('.')))
            d.chop(1);
        if (looksLikeIpv4(d))
            return invalid(validateIndicator(IndicatorType::IPv4, d).valid ? "is-ipv4"
                                                                           : "invalid-ipv4");
        if (!isDomain(d))
            return invalid("not-domain");
        return {true, d, {}};
    }
    case IndicatorType::Url: {
        const QUrl url(v, QUrl::StrictMode);
        const QString scheme = url.scheme().toLower();
        if (!url.isValid() || url.host().isEmpty()
            || !(scheme == QLatin1String("http") || scheme == QLatin1String("https")
                 || scheme == QLatin1String("ftp") || scheme == QLatin1String("ftps")
                 || scheme == QLatin1String("ws") || scheme == QLatin1String("wss")))
            return invalid("not-url");
        return {true, v, {}};
    }
    case IndicatorType::Email: {
        const int at = v.lastIndexOf(QLatin1Char('@'));
        static const QRegularExpression local(
            QStringLiteral("^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}$"));
        if (at <= 0 || !local.match(v.left(at)).hasMatch()
            || v.left(at).startsWith(QLatin1Char('.')) || v.left(at).endsWith(QLatin1Char('.'))
            || v.left(at).contains(QLatin1String("..")) || !isDomain(v.mid(at + 1).toLower()))
            return invalid("not-email");
        return {true, v.left(at) + QLatin1Char('@') + v.mid(at + 1).toLower(), {}};
    }
    case IndicatorType::Md5: return validHex(v, 32);
    case IndicatorType::Sha1: return validHex(v, 40);
    case IndicatorType::Sha256: return validHex(v, 64);
    case IndicatorType::Cve: {
        static const QRegularExpression cve(QStringLiteral("^CVE-(\\d{4})-(\\d{4,7})$"),
                                            QRegularExpression::CaseInsensitiveOption);
        const auto m = cve.match(v);
        if (!m.hasMatch() || m.captured(1).toInt() < 1999)
            return invalid("not-cve");
        return {true, v.toUpper(), {}};
    }
    case IndicatorType::FileName: {
        static const QRegularExpression forbidden(QStringLiteral("[/\\\\\\x00-\\x1f]"));
        if (v.size() > 255 || forbidden.match(v).hasMatch() || v == QLatin1String(".")
            || v == QLatin1String(".."))
            return invalid("not-filename");
        return {true, v, {}};
    }
    }
    return invalid("unknown-type");
}

bool guessIndicatorType(const QString &value, IndicatorType *out)
{
    // Most specific first: a hash is also a valid file name, an IPv4 also a domain-like token.
    static const IndicatorType order[]
        = {IndicatorType::Cve,   IndicatorType::Md5,   IndicatorType::Sha1, IndicatorType::Sha256,
           IndicatorType::IPv4,  IndicatorType::Cidr,  IndicatorType::IPv6, IndicatorType::Url,
           IndicatorType::Email, IndicatorType::Domain};
    if (looksLikeIpv4(refang(value).trimmed())) {
        if (out)
            *out = IndicatorType::IPv4;
        return true;
    }
    for (IndicatorType t : order) {
        if (validateIndicator(t, value).valid) {
            if (out)
                *out = t;
            return true;
        }
    }
    return false;
}

} // namespace liaison
