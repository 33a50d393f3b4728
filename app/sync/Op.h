#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <cstdint>
#include <optional>
#include <utility>
#include <variant>
#include <vector>

namespace liaison {

class DeviceKey;

// A field value in an op: null, boolean, integer (|n| < 2^53, so every JSON reader keeps it
// exact) or UTF-8 text.
using FieldValue = std::variant<std::monostate, bool, qint64, QString>;
using Fields = std::vector<std::pair<QString, FieldValue>>; // sorted by name, unique

inline constexpr qint64 kMaxSafeInteger = (qint64(1) << 53) - 1;

// An immutable, signed change (docs/PROTOCOL.md gives the exact bytes that are signed).
struct Op
{
    static constexpr int kVersion = 1;

    QString device;
    qint64 seq = 0;
    std::uint64_t hlc = 0;
    QString author;
    QString centre;
    QString scope;
    QString entity;
    QString entityId;
    Fields fields;
    QByteArray sig;

    QString id() const { return device + QLatin1Char(':') + QString::number(seq); }

    // Canonical JSON of every member but sig: keys sorted, no white space (PROTOCOL.md §3).
    QByteArray canonical() const;
    // The bytes a device signs: "liaison-op-v1\n" followed by canonical().
    QByteArray signingBytes() const;
    void signWith(const DeviceKey &key);
    bool verify(const QByteArray &publicKey) const;
    // The same with canonical() already at hand (the op log stores those bytes too).
    void signCanonical(const DeviceKey &key, const QByteArray &canonical);
    bool verifyCanonical(const QByteArray &publicKey, const QByteArray &canonical) const;

    // Wire form: the canonical object plus "sig" (base64) as its last member.
    QByteArray toJson() const;
    // The same from stored canonical bytes, without parsing them.
    static QByteArray wireJson(QByteArray canonical, const QByteArray &sig);
    // Parses and checks the shape of an op (not its signature). On failure returns nullopt and
    // sets *error to a short reason that is safe to log (no payload).
    static std::optional<Op> fromJson(const QByteArray &json, QString *error);
    // From the op log's stored form: canonical bytes and the raw signature.
    static std::optional<Op> fromStored(const QByteArray &canonical, const QByteArray &sig,
                                        QString *error);
    static std::optional<Op> fromJsonObject(const QJsonObject &object, QString *error);

    const FieldValue *field(const QString &name) const;
};

// Sorts by name and checks uniqueness; returns false on a duplicate name.
bool normaliseFields(Fields &fields);

// Appends a JSON string literal in the canonical escaping to out.
void appendJsonString(QByteArray &out, const QString &value);

} // namespace liaison
