#include "domain/Enums.h"

#include <array>

namespace liaison {

namespace {
const std::array<const char *, 5> kTlpKeys = {"clear", "green", "amber", "amber+strict", "red"};
const std::array<const char *, 6> kStatusKeys
    = {"new", "triage", "investigating", "mitigating", "resolved", "closed"};
const std::array<const char *, 4> kSeverityKeys = {"low", "medium", "high", "critical"};

template<typename E, std::size_t N>
bool parseKey(const std::array<const char *, N> &keys, const QString &key, E *out)
{
    for (std::size_t i = 0; i < N; ++i) {
        if (key == QLatin1String(keys[i])) {
            if (out)
                *out = static_cast<E>(i);
            return true;
        }
    }
    return false;
}
} // namespace

QString tlpKey(Tlp tlp)
{
    return QString::fromLatin1(kTlpKeys[std::size_t(tlp)]);
}

bool parseTlp(const QString &key, Tlp *out)
{
    return parseKey(kTlpKeys, key, out);
}

QString tlpLabel(Tlp tlp)
{
    return QStringLiteral("TLP:") + tlpKey(tlp).toUpper();
}

bool isPapKey(const QString &key)
{
    return key == QLatin1String("clear") || key == QLatin1String("green")
        || key == QLatin1String("amber") || key == QLatin1String("red");
}

QString statusKey(IncidentStatus status)
{
    return QString::fromLatin1(kStatusKeys[std::size_t(status)]);
}

bool parseStatus(const QString &key, IncidentStatus *out)
{
    return parseKey(kStatusKeys, key, out);
}

QStringList statusKeys()
{
    QStringList keys;
    for (const char *k : kStatusKeys)
        keys << QString::fromLatin1(k);
    return keys;
}

QString severityKey(Severity severity)
{
    return QString::fromLatin1(kSeverityKeys[std::size_t(severity)]);
}

bool parseSeverity(const QString &key, Severity *out)
{
    return parseKey(kSeverityKeys, key, out);
}

} // namespace liaison
