#include "sync/Op.h"

#include "crypto/DeviceKey.h"
#include "sync/Hlc.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace liaison {

namespace {

constexpr char kSigningContext[] = "liaison-op-v1\n";
constexpr int kMaxIdLength = 128;
constexpr int kMaxFields = 64;
constexpr int kMaxTextBytes = 64 * 1024;

void appendKey(QByteArray &out, const char *key)
{
    out.append('"').append(key).append("\":");
}

void appendValue(QByteArray &out, const FieldValue &value)
{
    if (std::holds_alternative<std::monostate>(value))
        out.append("null");
    else if (const bool *b = std::get_if<bool>(&value))
        out.append(*b ? "true" : "false");
    else if (const qint64 *n = std::get_if<qint64>(&value))
        out.append(QByteArray::number(*n));
    else
        appendJsonString(out, std::get<QString>(value));
}

bool validToken(const QString &s)
{
    if (s.isEmpty() || s.size() > kMaxIdLength)
        return false;
    return std::all_of(s.begin(), s.end(), [](QChar c) {
        return c.unicode() > 0x20 && c.unicode() < 0x7f && c != QLatin1Char('"')
            && c != QLatin1Char('\\');
    });
}

} // namespace

void appendJsonString(QByteArray &out, const QString &value)
{
    static const char hex[] = "0123456789abcdef";
    const QByteArray utf8 = value.toUtf8();
    out.reserve(out.size() + utf8.size() + 2);
    out.append('"');
    for (const char ch : utf8) {
        const auto c = static_cast<unsigned char>(ch);
        if (c == '"' || c == '\\') {
            out.append('\\').append(static_cast<char>(c));
        } else if (c < 0x20) {
            out.append("\\u00").append(hex[c >> 4]).append(hex[c & 0xf]);
        } else {
            out.append(static_cast<char>(c));
        }
    }
    out.append('"');
}

bool normaliseFields(Fields &fields)
{
    // Field names are ASCII tokens, for which UTF-16 order is UTF-8 byte order.
    std::sort(fields.begin(), fields.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });
    return std::adjacent_find(fields.begin(), fields.end(),
                              [](const auto &a, const auto &b) { return a.first == b.first; })
        == fields.end();
}

QByteArray Op::canonical() const
{
    // Keys in byte order: author, centre, device, entity, entity_id, fields, hlc, id, scope,
    // seq, v.
    QByteArray out;
    out.reserve(256);
    out.append('{');
    appendKey(out, "author");
    appendJsonString(out, author);
    out.append(',');
    appendKey(out, "centre");
    appendJsonString(out, centre);
    out.append(',');
    appendKey(out, "device");
    appendJsonString(out, device);
    out.append(',');
    appendKey(out, "entity");
    appendJsonString(out, entity);
    out.append(',');
    appendKey(out, "entity_id");
    appendJsonString(out, entityId);
    out.append(',');
    appendKey(out, "fields");
    out.append('{');
    bool first = true;
    for (const auto &[name, value] : fields) {
        if (!first)
            out.append(',');
        first = false;
        appendJsonString(out, name);
        out.append(':');
        appendValue(out, value);
    }
    out.append("},");
    appendKey(out, "hlc");
    {
        static const char hex[] = "0123456789abcdef";
        char digits[18] = {'"'};
        for (int i = 0; i < 16; ++i)
            digits[1 + i] = hex[(hlc >> (60 - 4 * i)) & 0xf];
        digits[17] = '"';
        out.append(digits, 18); // same as appendJsonString(HybridClock::toString(hlc))
    }
    out.append(',');
    appendKey(out, "id");
    appendJsonString(out, id());
    out.append(',');
    appendKey(out, "scope");
    appendJsonString(out, scope);
    out.append(',');
    appendKey(out, "seq");
    out.append(QByteArray::number(seq));
    out.append(',');
    appendKey(out, "v");
    out.append(QByteArray::number(kVersion));
    out.append('}');
    return out;
}

QByteArray Op::signingBytes() const
{
    return QByteArray(kSigningContext) + canonical();
}

void Op::signWith(const DeviceKey &key)
{
    sig = key.sign(signingBytes());
}

bool Op::verify(const QByteArray &publicKey) const
{
    return DeviceKey::verify(publicKey, signingBytes(), sig);
}

void Op::signCanonical(const DeviceKey &key, const QByteArray &canonical)
{
    sig = key.sign(QByteArray(kSigningContext) + canonical);
}

bool Op::verifyCanonical(const QByteArray &publicKey, const QByteArray &canonical) const
{
    return DeviceKey::verify(publicKey, QByteArray(kSigningContext) + canonical, sig);
}

QByteArray Op::wireJson(QByteArray canonical, const QByteArray &sig)
{
    canonical.chop(1);
    canonical.append(",\"sig\":\"").append(sig.toBase64()).append("\"}");
    return canonical;
}

QByteArray Op::toJson() const
{
    return wireJson(canonical(), sig);
}

std::optional<Op> Op::fromStored(const QByteArray &canonical, const QByteArray &sig, QString *error)
{
    return fromJson(wireJson(canonical, sig), error);
}

const FieldValue *Op::field(const QString &name) const
{
    for (const auto &[n, v] : fields) {
        if (n == name)
            return &v;
    }
    return nullptr;
}

std::optional<Op> Op::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError {};
    const auto doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        if (error)
            *error = QStringLiteral("op is not a JSON object");
        return std::nullopt;
    }
    return fromJsonObject(doc.object(), error);
}

std::optional<Op> Op::fromJsonObject(const QJsonObject &o, QString *error)
{
    auto fail = [error](const char *why) -> std::optional<Op> {
        if (error)
            *error = QString::fromLatin1(why);
        return std::nullopt;
    };
    if (o.value("v").toInt(-1) != kVersion)
        return fail("unsupported op version");
    Op op;
    op.device = o.value("device").toString();
    op.author = o.value("author").toString();
    op.centre = o.value("centre").toString();
    op.scope = o.value("scope").toString();
    op.entity = o.value("entity").toString();
    op.entityId = o.value("entity_id").toString();
    if (!validToken(op.device) || !validToken(op.author) || !validToken(op.centre)
        || !validToken(op.entity) || !validToken(op.entityId)) {
        return fail("op has a missing or malformed identifier");
    }
    if (op.scope != QLatin1String("centre") && op.scope != QLatin1String("shared")
        && op.scope != QLatin1String("members"))
        return fail("op has an unknown scope");
    const QJsonValue seq = o.value("seq");
    const double seqValue = seq.toDouble(-1);
    if (!seq.isDouble() || !(seqValue >= 1 && seqValue <= double(kMaxSafeInteger))
        || seqValue != double(qint64(seqValue))) {
        return fail("op has a malformed seq");
    }
    op.seq = qint64(seqValue);
    const auto hlc = HybridClock::fromString(o.value("hlc").toString());
    if (!hlc || *hlc == 0)
        return fail("op has a malformed hlc");
    op.hlc = *hlc;
    if (o.value("id").toString() != op.id())
        return fail("op id does not match device and seq");
    const QJsonValue fieldsValue = o.value("fields");
    if (!fieldsValue.isObject())
        return fail("op has no fields object");
    const QJsonObject fields = fieldsValue.toObject();
    if (fields.size() > kMaxFields)
        return fail("op has too many fields");
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (!validToken(it.key()))
            return fail("op has a malformed field name");
        const QJsonValue v = it.value();
        FieldValue value;
        switch (v.type()) {
        case QJsonValue::Null: value = std::monostate {}; break;
        case QJsonValue::Bool: value = v.toBool(); break;
        case QJsonValue::Double: {
            const double d = v.toDouble();
            // Range first: converting an out-of-range double to an integer is undefined.
            if (!(d <= double(kMaxSafeInteger) && d >= -double(kMaxSafeInteger))
                || d != double(qint64(d)))
                return fail("op has a non-integer or unsafe number");
            value = qint64(d);
            break;
        }
        case QJsonValue::String:
            if (v.toString().size() > kMaxTextBytes)
                return fail("op has an oversized text field");
            value = v.toString();
            break;
        default: return fail("op has a field of an unsupported type");
        }
        op.fields.emplace_back(it.key(), std::move(value));
    }
    normaliseFields(op.fields);
    const QString sig = o.value("sig").toString();
    op.sig = QByteArray::fromBase64(sig.toLatin1());
    if (op.sig.size() != 64)
        return fail("op has a malformed signature");
    return op;
}

} // namespace liaison
