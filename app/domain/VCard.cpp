#include "domain/VCard.h"

#include "core/Version.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

#include <algorithm>
#include <optional>
#include <vector>

namespace liaison {

namespace {

constexpr qsizetype kFoldOctets = 75; // RFC 6350 3.2: lines SHOULD NOT be longer

// A logical (unfolded) line and the physical line it starts on.
struct Line
{
    int number = 0;
    QByteArray bytes;
};

// A content line: [group "."] name *(";" param) ":" value.
struct ContentLine
{
    int number = 0;
    VCardProperty property;
    bool hasBareParameter = false; // ";WORK" (vCard 2.1 / sloppy 3.0), mapped to TYPE in 3.0
};

[[noreturn]] void fail(int line, const char *code)
{
    throw VCardError(line, QString::fromLatin1(code));
}

// Strict UTF-8: no overlong forms, no surrogates, nothing above U+10FFFF.
bool isValidUtf8(const QByteArray &bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    for (qsizetype i = 0; i < n;) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        unsigned min = 0;
        unsigned cp = 0;
        if ((c & 0xE0) == 0xC0) {
            length = 2;
            min = 0x80;
            cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            length = 3;
            min = 0x800;
            cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            length = 4;
            min = 0x10000;
            cp = c & 0x07;
        } else {
            return false;
        }
        if (i + length > n)
            return false;
        for (int k = 1; k < length; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (p[i + k] & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        i += length;
    }
    return true;
}

// Physical lines (CRLF or LF) joined where a line starts with a space or a tab: on bytes, so
// that a fold inside a UTF-8 sequence joins up again before decoding.
QList<Line> unfold(const QByteArray &data)
{
    QList<Line> lines;
    qsizetype pos = data.startsWith("\xEF\xBB\xBF") ? 3 : 0; // a BOM, as Outlook writes
    int number = 0;
    while (pos < data.size()) {
        const qsizetype newline = data.indexOf('\n', pos);
        const qsizetype end = newline < 0 ? data.size() : newline;
        qsizetype length = end - pos;
        if (length > 0 && data.at(end - 1) == '\r')
            --length;
        ++number;
        const char first = length > 0 ? data.at(pos) : '\0';
        if (first == ' ' || first == '\t') {
            if (lines.isEmpty())
                fail(number, "fold-at-start");
            Line &last = lines.last();
            if (last.bytes.size() + length - 1 > kVCardMaxLineOctets)
                fail(last.number, "line-too-long");
            last.bytes.append(data.constData() + pos + 1, length - 1);
        } else {
            if (length > kVCardMaxLineOctets)
                fail(number, "line-too-long");
            lines.append({number, QByteArray(data.constData() + pos, length)});
        }
        pos = newline < 0 ? data.size() : newline + 1;
    }
    return lines;
}

bool isNameChar(QChar c)
{
    return (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9')
        || c == u'-';
}

QString readName(const QString &s, qsizetype &pos)
{
    const qsizetype start = pos;
    while (pos < s.size() && isNameChar(s.at(pos)))
        ++pos;
    return s.mid(start, pos - start);
}

// RFC 6868: ^n is a newline, ^^ a caret, ^' a double quote; any other ^ stands for itself.
QString decodeCaret(const QString &v)
{
    if (!v.contains(u'^'))
        return v;
    QString out;
    out.reserve(v.size());
    for (qsizetype i = 0; i < v.size(); ++i) {
        const QChar c = v.at(i);
        const QChar next = i + 1 < v.size() ? v.at(i + 1) : QChar();
        if (c == u'^' && (next == u'n' || next == u'^' || next == u'\'')) {
            out += next == u'n' ? QChar(u'\n') : next == u'\'' ? QChar(u'"') : QChar(u'^');
            ++i;
        } else {
            out += c;
        }
    }
    return out;
}

ContentLine parseContentLine(const Line &line, const QString &s)
{
    ContentLine result;
    result.number = line.number;
    VCardProperty &p = result.property;
    qsizetype pos = 0;
    p.name = readName(s, pos);
    if (pos < s.size() && s.at(pos) == u'.' && !p.name.isEmpty()) {
        p.group = p.name;
        ++pos;
        p.name = readName(s, pos);
    }
    if (p.name.isEmpty())
        fail(line.number, "malformed-line");
    while (pos < s.size() && s.at(pos) == u';') {
        ++pos;
        if (p.parameters.size() >= kVCardMaxParameters)
            fail(line.number, "too-many-parameters");
        VCardParameter parameter;
        parameter.name = readName(s, pos);
        if (parameter.name.isEmpty())
            fail(line.number, "bad-parameter");
        if (pos >= s.size())
            break;
        if (s.at(pos) != u'=') {
            // ";WORK": a value without a name.
            result.hasBareParameter = true;
            parameter.values << parameter.name;
            parameter.name = QStringLiteral("TYPE");
            p.parameters << parameter;
            continue;
        }
        ++pos;
        for (;;) {
            QString value;
            if (pos < s.size() && s.at(pos) == u'"') {
                const qsizetype close = s.indexOf(u'"', pos + 1);
                if (close < 0)
                    fail(line.number, "bad-parameter");
                value = s.mid(pos + 1, close - pos - 1);
                pos = close + 1;
            } else {
                const qsizetype start = pos;
                while (pos < s.size() && s.at(pos) != u';' && s.at(pos) != u':'
                       && s.at(pos) != u',') {
                    if (s.at(pos) == u'"')
                        fail(line.number, "bad-parameter");
                    ++pos;
                }
                value = s.mid(start, pos - start);
            }
            parameter.values << decodeCaret(value);
            if (pos < s.size() && s.at(pos) == u',') {
                ++pos;
                continue;
            }
            break;
        }
        if (pos < s.size() && s.at(pos) != u';' && s.at(pos) != u':')
            fail(line.number, "bad-parameter");
        p.parameters << parameter;
    }
    if (pos >= s.size() || s.at(pos) != u':')
        fail(line.number, "malformed-line");
    p.value = s.mid(pos + 1);
    return result;
}

// Text values (RFC 6350 3.4): \\ \, \; and \n or \N; any other escaped character stands for
// itself (a lone backslash at the end too).
QString unescapeText(QStringView v)
{
    QString out;
    out.reserve(v.size());
    for (qsizetype i = 0; i < v.size(); ++i) {
        const QChar c = v.at(i);
        if (c == u'\\' && i + 1 < v.size()) {
            const QChar n = v.at(++i);
            out += (n == u'n' || n == u'N') ? QChar(u'\n') : n;
        } else {
            out += c;
        }
    }
    return out;
}

// The components of a structured value (N, ORG), split at unescaped semicolons.
QStringList components(const QString &v)
{
    QStringList parts;
    qsizetype start = 0;
    for (qsizetype i = 0; i < v.size(); ++i) {
        if (v.at(i) == u'\\') {
            ++i;
        } else if (v.at(i) == u';') {
            parts << unescapeText(QStringView(v).mid(start, i - start));
            start = i + 1;
        }
    }
    parts << unescapeText(QStringView(v).mid(start));
    return parts;
}

const VCardParameter *parameter(const VCardProperty &p, const char *name)
{
    for (const VCardParameter &param : p.parameters) {
        if (param.name.compare(QLatin1String(name), Qt::CaseInsensitive) == 0)
            return &param;
    }
    return nullptr;
}

QString valueType(const VCardProperty &p)
{
    const VCardParameter *v = parameter(p, "VALUE");
    return v && !v->values.isEmpty() ? v->values.first().toLower() : QString();
}

// PREF: 1 to 100, or 0 when absent.
int preference(const ContentLine &line)
{
    const VCardParameter *pref = parameter(line.property, "PREF");
    if (!pref)
        return 0;
    bool ok = false;
    const int value = pref->values.value(0).toInt(&ok);
    if (!ok || pref->values.size() != 1 || value < 1 || value > 100)
        fail(line.number, "bad-parameter");
    return value;
}

enum class Version { V3, V4 };

VCardTypedValue typedValue(const ContentLine &line, Version version, const QString &value)
{
    VCardTypedValue v;
    v.group = line.property.group;
    v.value = value;
    v.pref = preference(line);
    for (const VCardParameter &param : line.property.parameters) {
        if (param.name.compare(QLatin1String("TYPE"), Qt::CaseInsensitive) != 0)
            continue;
        // TYPE="work,voice" (RFC 6350's own example) means two types, like TYPE=work,voice.
        QStringList values;
        for (const QString &written : param.values)
            values << written.split(QLatin1Char(','));
        for (const QString &t : values) {
            const QString type = t.trimmed().toLower();
            // 3.0 says "preferred" with a type and "internet" for any address: 4.0 has PREF
            // and no such type.
            if (version == Version::V3 && type == QLatin1String("pref")) {
                if (v.pref == 0)
                    v.pref = 1;
                continue;
            }
            if (version == Version::V3 && type == QLatin1String("internet"))
                continue;
            if (!type.isEmpty() && !v.types.contains(type))
                v.types << type;
        }
    }
    return v;
}

// "-05:00" from "-05:00", "-0500" or "-05"; empty when text is no UTC offset.
QString utcOffset(const QString &text)
{
    static const QRegularExpression offset(
        QStringLiteral("^([+-])([01][0-9]|2[0-3])(?::?([0-5][0-9]))?$"));
    const QRegularExpressionMatch m = offset.match(text);
    if (!m.hasMatch())
        return {};
    const QString minutes = m.captured(3).isEmpty() ? QStringLiteral("00") : m.captured(3);
    return m.captured(1) + m.captured(2) + QLatin1Char(':') + minutes;
}

struct LanguageEntry
{
    int pref;
    QString tag;
};

// The properties mapped to one member each. A second one (or one with a group) is kept in
// extra, verbatim.
struct Single
{
    const char *name;
    QString VCardContact::*member;
};
const Single kSingles[] = {
    {"UID", &VCardContact::uid},
    {"KIND", &VCardContact::kind},
    {"TITLE", &VCardContact::title},
    {"ROLE", &VCardContact::role},
    {"NOTE", &VCardContact::notes},
    {"X-LIAISON-CENTRE", &VCardContact::centre},
    {"X-LIAISON-WORKING-HOURS", &VCardContact::workingHours},
    {"X-LIAISON-ANALYST-ID", &VCardContact::analystId},
};

class CardReader
{
public:
    explicit CardReader(int beginLine)
        : m_beginLine(beginLine)
    { }
    int beginLine() const { return m_beginLine; }
    bool expectsVersion() const { return !m_version.has_value(); }
    void setVersion(Version v) { m_version = v; }

    void add(const ContentLine &line)
    {
        const VCardProperty &p = line.property;
        const QString name = p.name.toUpper();
        if (line.hasBareParameter && *m_version == Version::V4)
            fail(line.number, "bad-parameter");
        if (name == QLatin1String("FN"))
            m_hasFullName = true;
        if (name == QLatin1String("PRODID"))
            return; // the program that wrote the file: ours replaces it on export
        if (name == QLatin1String("EMAIL")) {
            m_card.emails << typedValue(line, *m_version, unescapeText(p.value));
            return;
        }
        if (name == QLatin1String("TEL")) {
            if (valueType(p) != QLatin1String("uri")) {
                m_card.phones << typedValue(line, *m_version, unescapeText(p.value));
                return;
            }
            if (p.value.startsWith(QLatin1String("tel:"), Qt::CaseInsensitive)) {
                m_card.phones << typedValue(line, *m_version, p.value.mid(4));
                return;
            }
            m_card.extra << p; // sip:, https:, ...
            return;
        }
        if (name == QLatin1String("LANG") && p.group.isEmpty()) {
            // LANG may repeat: every one is mapped, in the order of PREF.
            m_languages.push_back({preference(line), unescapeText(p.value).trimmed()});
            return;
        }
        const bool first = !m_seen.contains(name) && p.group.isEmpty();
        if (!first || !mapSingle(line, name))
            m_card.extra << p;
        if (first)
            m_seen << name;
    }

    VCardContact finish(int endLine)
    {
        if (expectsVersion())
            fail(endLine, "missing-version");
        if (!m_hasFullName)
            fail(m_beginLine, "missing-fn");
        std::stable_sort(m_languages.begin(), m_languages.end(),
                         [](const LanguageEntry &a, const LanguageEntry &b) {
                             return (a.pref ? a.pref : 101) < (b.pref ? b.pref : 101);
                         });
        for (const LanguageEntry &l : m_languages)
            m_card.languages << l.tag;
        return std::move(m_card);
    }

private:
    // False when the property is not one of the mapped single ones (it goes to extra).
    bool mapSingle(const ContentLine &line, const QString &name)
    {
        const VCardProperty &p = line.property;
        if (name == QLatin1String("FN")) {
            m_card.fullName = unescapeText(p.value);
            return true;
        }
        if (name == QLatin1String("N")) {
            QStringList parts = components(p.value);
            if (parts.size() > 5)
                fail(line.number, "malformed-value");
            while (parts.size() < 5)
                parts << QString();
            m_card.name = parts;
            return true;
        }
        if (name == QLatin1String("ORG")) {
            const QStringList parts = components(p.value);
            m_card.organisation = parts.first();
            m_card.organisationUnits = parts.mid(1);
            return true;
        }
        if (name == QLatin1String("TZ"))
            return mapTimeZone(line);
        for (const Single &single : kSingles) {
            if (name == QLatin1String(single.name)) {
                m_card.*single.member = unescapeText(p.value);
                return true;
            }
        }
        return false;
    }

    bool mapTimeZone(const ContentLine &line)
    {
        const QString type = valueType(line.property);
        if (type == QLatin1String("uri"))
            return false;
        const QString text = unescapeText(line.property.value).trimmed();
        const QString offset = utcOffset(text);
        if (!offset.isEmpty())
            m_card.timeZone = offset;
        else if (type != QLatin1String("utc-offset") && !text.isEmpty()
                 && QTimeZone::isTimeZoneIdAvailable(text.toUtf8()))
            m_card.timeZone = text;
        else
            fail(line.number, "bad-time-zone");
        return true;
    }

    int m_beginLine;
    std::optional<Version> m_version;
    bool m_hasFullName = false;
    QSet<QString> m_seen;
    std::vector<LanguageEntry> m_languages;
    VCardContact m_card;
};

// ---- writing ----------------------------------------------------------------------------

QString escapeText(const QString &v)
{
    QString out;
    out.reserve(v.size() + 8);
    for (const QChar c : v) {
        if (c == u'\\' || c == u',' || c == u';')
            out += u'\\';
        if (c == u'\n')
            out += QLatin1String("\\n");
        else
            out += c;
    }
    return out;
}

QString encodeParameterValue(const QString &v)
{
    QString out;
    for (const QChar c : v) {
        if (c == u'^')
            out += QLatin1String("^^");
        else if (c == u'\n')
            out += QLatin1String("^n");
        else if (c == u'"')
            out += QLatin1String("^'");
        else
            out += c;
    }
    if (out.contains(u';') || out.contains(u':') || out.contains(u','))
        return QLatin1Char('"') + out + QLatin1Char('"');
    return out;
}

// Appends one content line, folded at 75 octets without splitting a UTF-8 sequence.
void appendLine(QByteArray &out, const QString &line)
{
    const QByteArray bytes = line.toUtf8();
    qsizetype start = 0;
    qsizetype room = kFoldOctets;
    while (bytes.size() - start > room) {
        qsizetype cut = start + room;
        while (cut > start && (static_cast<unsigned char>(bytes.at(cut)) & 0xC0) == 0x80)
            --cut;
        out.append(bytes.constData() + start, cut - start);
        out.append("\r\n ");
        start = cut;
        room = kFoldOctets - 1; // after the leading space
    }
    out.append(bytes.constData() + start, bytes.size() - start);
    out.append("\r\n");
}

QString contentLine(const QString &group, const QString &name,
                    const QList<VCardParameter> &parameters, const QString &value)
{
    QString line = group.isEmpty() ? name : group + QLatin1Char('.') + name;
    for (const VCardParameter &p : parameters) {
        line += QLatin1Char(';') + p.name + QLatin1Char('=');
        QStringList values;
        for (const QString &v : p.values)
            values << encodeParameterValue(v);
        line += values.join(QLatin1Char(','));
    }
    return line + QLatin1Char(':') + value;
}

QList<VCardParameter> typedParameters(const VCardTypedValue &v)
{
    QList<VCardParameter> params;
    if (!v.types.isEmpty())
        params << VCardParameter {QStringLiteral("TYPE"), v.types};
    if (v.pref > 0)
        params << VCardParameter {QStringLiteral("PREF"), {QString::number(v.pref)}};
    return params;
}

// A number that a tel: URI can carry as it is (RFC 3966's characters).
bool isTelUriSafe(const QString &number)
{
    static const QRegularExpression safe(QStringLiteral("^[0-9A-Za-z+\\-.;=()*#/%]+$"));
    return safe.match(number).hasMatch();
}

bool hasUngroupedExtra(const VCardContact &c, const char *name)
{
    return std::any_of(c.extra.begin(), c.extra.end(), [&](const VCardProperty &p) {
        return p.group.isEmpty() && p.name.compare(QLatin1String(name), Qt::CaseInsensitive) == 0;
    });
}

void writeCard(QByteArray &out, const VCardContact &c)
{
    const auto line = [&](const QString &text) { appendLine(out, text); };
    const auto text = [&](const char *name, const QString &value) {
        // An empty one too when another of the same name follows, so that a reader maps the
        // same one again.
        if (!value.isEmpty() || hasUngroupedExtra(c, name))
            line(QLatin1String(name) + QLatin1Char(':') + escapeText(value));
    };
    const auto structured = [](const QStringList &parts) {
        QStringList escaped;
        for (const QString &part : parts)
            escaped << escapeText(part);
        return escaped.join(QLatin1Char(';'));
    };
    line(QStringLiteral("BEGIN:VCARD"));
    line(QStringLiteral("VERSION:4.0"));
    line(QStringLiteral("PRODID:-//Liaison//Liaison %1//EN").arg(QLatin1String(kVersion)));
    text("KIND", c.kind);
    text("UID", c.uid);
    line(QStringLiteral("FN:") + escapeText(c.fullName));
    if (!c.name.isEmpty()) {
        QStringList parts = c.name.mid(0, 5);
        while (parts.size() < 5)
            parts << QString();
        line(QStringLiteral("N:") + structured(parts));
    }
    if (!c.organisation.isEmpty() || !c.organisationUnits.isEmpty() || hasUngroupedExtra(c, "ORG"))
        line(QStringLiteral("ORG:")
             + structured(QStringList {c.organisation} + c.organisationUnits));
    text("TITLE", c.title);
    text("ROLE", c.role);
    for (const VCardTypedValue &e : c.emails)
        line(
            contentLine(e.group, QStringLiteral("EMAIL"), typedParameters(e), escapeText(e.value)));
    for (const VCardTypedValue &t : c.phones) {
        QList<VCardParameter> params = typedParameters(t);
        if (isTelUriSafe(t.value)) {
            params.prepend({QStringLiteral("VALUE"), {QStringLiteral("uri")}});
            line(contentLine(t.group, QStringLiteral("TEL"), params,
                             QStringLiteral("tel:") + t.value));
        } else {
            line(contentLine(t.group, QStringLiteral("TEL"), params, escapeText(t.value)));
        }
    }
    for (qsizetype i = 0; i < c.languages.size(); ++i)
        line(QStringLiteral("LANG;PREF=%1:").arg(std::min<qsizetype>(i + 1, 100))
             + escapeText(c.languages.at(i)));
    if (!c.timeZone.isEmpty()) {
        const QString offset = utcOffset(c.timeZone);
        if (!offset.isEmpty())
            line(QStringLiteral("TZ;VALUE=utc-offset:") + QString(offset).remove(QLatin1Char(':')));
        else
            line(QStringLiteral("TZ:") + escapeText(c.timeZone));
    }
    text("NOTE", c.notes);
    text("X-LIAISON-CENTRE", c.centre);
    text("X-LIAISON-WORKING-HOURS", c.workingHours);
    text("X-LIAISON-ANALYST-ID", c.analystId);
    for (const VCardProperty &p : c.extra)
        line(contentLine(p.group, p.name, p.parameters, p.value));
    line(QStringLiteral("END:VCARD"));
}

} // namespace

bool VCardContact::operator==(const VCardContact &o) const
{
    return uid == o.uid && kind == o.kind && fullName == o.fullName && name == o.name
        && organisation == o.organisation && organisationUnits == o.organisationUnits
        && title == o.title && role == o.role && notes == o.notes && emails == o.emails
        && phones == o.phones && languages == o.languages && timeZone == o.timeZone
        && centre == o.centre && workingHours == o.workingHours && analystId == o.analystId
        && extra == o.extra;
}

VCardError::VCardError(int line, QString code)
    : std::runtime_error(QStringLiteral("vCard line %1: %2").arg(line).arg(code).toStdString())
    , m_line(line)
    , m_code(std::move(code))
{ }

QString VCardError::message() const
{
    static const struct
    {
        const char *code;
        const char *text;
        qint64 number; // %1 of text, or -1
    } reasons[] = {
        //: %1 is a size in MiB
        {"too-large", QT_TRANSLATE_NOOP("VCard", "The file is larger than %1 MiB."),
         kVCardMaxFileOctets / (1024 * 1024)},
        //: %1 is a size in KiB
        {"line-too-long", QT_TRANSLATE_NOOP("VCard", "This line is longer than %1 KiB."),
         kVCardMaxLineOctets / 1024},
        {"invalid-utf8", QT_TRANSLATE_NOOP("VCard", "This line is not valid UTF-8 text."), -1},
        {"control-character", QT_TRANSLATE_NOOP("VCard", "This line contains a control character."),
         -1},
        {"fold-at-start", QT_TRANSLATE_NOOP("VCard", "The file starts with a continuation line."),
         -1},
        {"malformed-line",
         QT_TRANSLATE_NOOP("VCard", "This line is not a vCard property (NAME:value)."), -1},
        {"bad-parameter", QT_TRANSLATE_NOOP("VCard", "A parameter of this property is malformed."),
         -1},
        //: %1 is a number
        {"too-many-parameters",
         QT_TRANSLATE_NOOP("VCard", "This property has more than %1 parameters."),
         kVCardMaxParameters},
        {"malformed-value", QT_TRANSLATE_NOOP("VCard", "The value of this property is malformed."),
         -1},
        {"outside-card",
         QT_TRANSLATE_NOOP("VCard", "This property is outside a card (BEGIN:VCARD … END:VCARD)."),
         -1},
        {"end-without-begin", QT_TRANSLATE_NOOP("VCard", "END:VCARD without BEGIN:VCARD."), -1},
        {"nested-begin",
         QT_TRANSLATE_NOOP("VCard", "BEGIN inside a card: the card before it has no END:VCARD."),
         -1},
        {"not-vcard", QT_TRANSLATE_NOOP("VCard", "Only vCards (BEGIN:VCARD) can be read here."),
         -1},
        {"missing-version",
         QT_TRANSLATE_NOOP("VCard", "VERSION must come first after BEGIN:VCARD."), -1},
        {"version-2.1",
         QT_TRANSLATE_NOOP("VCard",
                           "vCard 2.1 is not supported: export the contacts as vCard 4.0 or 3.0."),
         -1},
        {"unsupported-version",
         QT_TRANSLATE_NOOP("VCard", "This vCard version is not supported (4.0 and 3.0 are)."), -1},
        {"duplicate-version", QT_TRANSLATE_NOOP("VCard", "The card gives its VERSION twice."), -1},
        {"missing-fn",
         QT_TRANSLATE_NOOP("VCard", "The card that starts here has no FN (formatted name)."), -1},
        {"missing-end", QT_TRANSLATE_NOOP("VCard", "The card that starts here has no END:VCARD."),
         -1},
        //: %1 is a number
        {"too-many-cards", QT_TRANSLATE_NOOP("VCard", "The file has more than %1 cards."),
         kVCardMaxCards},
        {"too-many-properties",
         QT_TRANSLATE_NOOP("VCard", "The card or the file has too many properties."), -1},
        {"bad-time-zone",
         QT_TRANSLATE_NOOP("VCard", "The time zone is neither a known IANA zone nor a UTC offset."),
         -1},
    };
    QString why = QCoreApplication::translate("VCard", "This line cannot be read.");
    for (const auto &r : reasons) {
        if (m_code == QLatin1String(r.code)) {
            why = QCoreApplication::translate("VCard", r.text);
            if (r.number >= 0)
                why = why.arg(r.number);
        }
    }
    if (m_line <= 0)
        return why;
    //: %1 is a line number, %2 the reason
    return QCoreApplication::translate("VCard", "Line %1: %2").arg(m_line).arg(why);
}

QList<VCardContact> parseVCards(const QByteArray &data)
{
    if (data.size() > kVCardMaxFileOctets)
        fail(0, "too-large");
    QList<VCardContact> cards;
    std::optional<CardReader> card;
    int properties = 0;
    int cardProperties = 0;
    for (const Line &line : unfold(data)) {
        if (line.bytes.isEmpty())
            continue; // blank lines between cards, as some exporters write
        if (!isValidUtf8(line.bytes))
            fail(line.number, "invalid-utf8");
        for (const char c : line.bytes) {
            if ((static_cast<unsigned char>(c) < 0x20 && c != '\t') || c == 0x7F)
                fail(line.number, "control-character");
        }
        const ContentLine content = parseContentLine(line, QString::fromUtf8(line.bytes));
        const VCardProperty &p = content.property;
        const bool isBegin = p.name.compare(QLatin1String("BEGIN"), Qt::CaseInsensitive) == 0;
        const bool isEnd = p.name.compare(QLatin1String("END"), Qt::CaseInsensitive) == 0;
        const bool vcard = p.value.compare(QLatin1String("VCARD"), Qt::CaseInsensitive) == 0;
        if (isBegin) {
            if (card)
                fail(line.number, "nested-begin");
            if (!vcard)
                fail(line.number, "not-vcard");
            if (cards.size() >= kVCardMaxCards)
                fail(line.number, "too-many-cards");
            card.emplace(line.number);
            cardProperties = 0;
            continue;
        }
        if (!card)
            fail(line.number, isEnd ? "end-without-begin" : "outside-card");
        if (isEnd) {
            if (!vcard)
                fail(line.number, "malformed-value");
            cards << card->finish(line.number);
            card.reset();
            continue;
        }
        const bool isVersion = p.name.compare(QLatin1String("VERSION"), Qt::CaseInsensitive) == 0;
        if (card->expectsVersion()) {
            if (!isVersion)
                fail(line.number, "missing-version");
            const QString version = p.value.trimmed();
            if (version == QLatin1String("4.0"))
                card->setVersion(Version::V4);
            else if (version == QLatin1String("3.0"))
                card->setVersion(Version::V3);
            else if (version == QLatin1String("2.1"))
                fail(line.number, "version-2.1");
            else
                fail(line.number, "unsupported-version");
            continue;
        }
        if (isVersion)
            fail(line.number, "duplicate-version");
        // PRODID is dropped, and not counted: an export (which adds its own) stays in bounds.
        const bool counted = p.name.compare(QLatin1String("PRODID"), Qt::CaseInsensitive) != 0;
        if (counted
            && (++cardProperties > kVCardMaxPropertiesPerCard
                || ++properties > kVCardMaxProperties))
            fail(line.number, "too-many-properties");
        card->add(content);
    }
    if (card)
        fail(card->beginLine(), "missing-end");
    return cards;
}

QByteArray writeVCards(const QList<VCardContact> &contacts)
{
    QByteArray out;
    for (const VCardContact &c : contacts)
        writeCard(out, c);
    return out;
}

} // namespace liaison
