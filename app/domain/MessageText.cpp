#include "domain/MessageText.h"

#include "domain/IndicatorValidator.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

#include <optional>
#include <utility>

namespace liaison {

namespace {

// Bounds that keep every check on a candidate cheap, whatever the body holds. An e-mail address
// is at most 64 + 1 + 253 characters and defang markers add a few each; a longer run of
// candidate characters is text. Safe-links wrappers make URLs of a few thousand characters.
constexpr qsizetype kMaxCandidate = 400;
constexpr qsizetype kMaxUrl = 8192;
constexpr qsizetype kMaxIpv6 = 100; // an embedded IPv4 and a [:] for every colon included
constexpr qsizetype kMaxHandle = 64;
constexpr qsizetype kMaxRef = 64;

bool isAsciiLetter(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z');
}

bool isAsciiDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

bool isAsciiAlnum(QChar c)
{
    return isAsciiLetter(c) || isAsciiDigit(c);
}

bool isHexDigit(QChar c)
{
    const char16_t u = c.unicode();
    return isAsciiDigit(c) || (u >= u'a' && u <= u'f') || (u >= u'A' && u <= u'F');
}

// The characters of one indicator candidate (with the defang markers). '_' is among them
// although no host name has one, so that snake_case.words make one candidate that fails
// rather than leave "case.words" to be taken for a domain.
bool isRunChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'.' || c == u'-' || c == u'_' || c == u'+' || c == u'%'
        || c == u'@';
}

// What may stand before the '@' of an e-mail address: an '@' after one is not a mention.
bool isLocalPartChar(QChar c)
{
    return isRunChar(c) && c != u'@';
}

bool isHandleChar(QChar c)
{
    return isAsciiAlnum(c) || c == u'.' || c == u'_' || c == u'-';
}

bool isRefChar(QChar c)
{
    return isAsciiAlnum(c) || c == u'-' || c == u'_';
}

// Characters that no URL holds unencoded and that text, HTML or chat syntax put around one.
bool endsUrl(QChar c)
{
    return c.isSpace() || c == u'"' || c == u'<' || c == u'>' || c == u'`'
        || c.category() == QChar::Other_Control;
}

struct Marker
{
    const char *written;
    const char *value;
};

// The defang markers analysts use (any case). "[://]" and "[:]" do not share a prefix that
// could make the order matter.
const Marker kMarkers[] = {{"[.]", "."},  {"(.)", "."}, {"[dot]", "."},  {"[@]", "@"},
                           {"[at]", "@"}, {"[:]", ":"}, {"[://]", "://"}};

// The length of the defang marker at s[i] (0 when there is none); *value gets what it stands
// for.
qsizetype markerAt(QStringView s, qsizetype i, QLatin1String *value)
{
    if (s[i] != u'[' && s[i] != u'(')
        return 0;
    const QStringView rest = s.mid(i);
    for (const Marker &m : kMarkers) {
        const QLatin1String written(m.written);
        if (rest.startsWith(written, Qt::CaseInsensitive)) {
            *value = QLatin1String(m.value);
            return written.size();
        }
    }
    return 0;
}

// The length of a defanged scheme at s[i] ("hxxp", "hXXps", "fxp"; 0 when there is none),
// recognised only where a scheme can stand: at the start of a word, before ':' or '['.
qsizetype defangedSchemeAt(QStringView s, qsizetype i)
{
    if (i > 0 && s[i - 1].isLetterOrNumber())
        return 0;
    static const QLatin1String schemes[] = {QLatin1String("hxxps"), QLatin1String("hxxp"),
                                            QLatin1String("fxps"), QLatin1String("fxp")};
    const QStringView rest = s.mid(i);
    for (const QLatin1String &scheme : schemes) {
        if (rest.startsWith(scheme, Qt::CaseInsensitive) && rest.size() > scheme.size()
            && (rest[scheme.size()] == u':' || rest[scheme.size()] == u'['))
            return scheme.size();
    }
    return 0;
}

// The file extensions that are most often written after a dot in chat ("see report.pdf") and
// would otherwise look like a top-level domain. Some are real TLDs (.zip, .sh, .md, .py): a
// domain under one of them has to be defanged to be taken as an indicator.
const QSet<QString> &fileExtensions()
{
    static const QSet<QString> extensions = [] {
        const QString list = QStringLiteral(
            "txt log exe dll json csv pdf doc docx docm xls xlsx xlsm ppt pptx rtf odt zip rar tar "
            "gz tgz iso img png jpg jpeg gif bmp svg cpp hpp h py sh bat cmd vbs md html htm js ts "
            "css xml yaml yml ini cfg conf toml php asp aspx jsp java jar sql db dat bin tmp bak "
            "old msi lnk sys eml msg pcap pcapng evtx pem crt cer pfx yara yar rules diff patch");
        QSet<QString> set;
        for (const QString &extension : list.split(u' '))
            set.insert(extension);
        return set;
    }();
    return extensions;
}

// Whether a host name written without any defang marker looks like one rather than a file
// name or an abbreviation: its last label is 2..18 letters (or an IDN's xn-- label), in one
// case ("obj.toString" is code), and not a common file extension ("e.g." and "file.txt" are
// not domains).
bool plausibleHost(QString host)
{
    if (host.endsWith(u'.'))
        host.chop(1);
    const qsizetype dot = host.lastIndexOf(u'.');
    if (dot < 0)
        return false;
    const QString tld = host.mid(dot + 1);
    if (tld.startsWith(QLatin1String("xn--"), Qt::CaseInsensitive))
        return tld.size() <= 63;
    if (tld.size() < 2 || tld.size() > 18)
        return false;
    for (QChar c : tld) {
        if (!c.isLetter())
            return false;
    }
    if (tld != tld.toLower() && tld != tld.toUpper())
        return false;
    return !fileExtensions().contains(tld.toLower());
}

struct Classified
{
    IndicatorType type;
    QString value;
};

std::optional<Classified> checked(IndicatorType type, const QString &value)
{
    const IndicatorCheck check = validateIndicator(type, value);
    if (!check.valid)
        return std::nullopt;
    return Classified {type, check.normalised};
}

// What one candidate (a run of host, address, hash or CVE characters) is, if anything. Cheap
// tests of its shape come first, so that most words never reach a validator.
std::optional<Classified> classify(const QString &written, bool defanged)
{
    const QString value = defanged ? refang(written) : written;
    const qsizetype at = value.indexOf(u'@');
    if (at >= 0) {
        if (!defanged && !plausibleHost(value.mid(at + 1)))
            return std::nullopt;
        return checked(IndicatorType::Email, value);
    }
    if (value.startsWith(QLatin1String("CVE-"), Qt::CaseInsensitive))
        return checked(IndicatorType::Cve, value);
    if (!defanged && (value.size() == 32 || value.size() == 40 || value.size() == 64)) {
        // A hash has letters and digits; 32 digits are more likely a number than an MD5.
        bool hex = true, letter = false, digit = false;
        for (QChar c : value) {
            hex = hex && isHexDigit(c);
            letter = letter || isAsciiLetter(c);
            digit = digit || isAsciiDigit(c);
        }
        if (hex && letter && digit) {
            return checked(value.size() == 32       ? IndicatorType::Md5
                               : value.size() == 40 ? IndicatorType::Sha1
                                                    : IndicatorType::Sha256,
                           value);
        }
    }
    bool dotted = !value.isEmpty();
    for (QChar c : value)
        dotted = dotted && (isAsciiDigit(c) || c == u'.');
    if (dotted)
        return checked(IndicatorType::IPv4, value);
    if (!value.contains(u'.') || (!defanged && !plausibleHost(value)))
        return std::nullopt;
    return checked(IndicatorType::Domain, value);
}

// Appends spans of one source string, merging a Text span with the one before when they are
// contiguous in the source, so that a paragraph's plain text is one span, however it was cut.
struct Emitter
{
    const QString &source;
    QList<MessageSpan> &out;

    void text(qsizetype from, qsizetype to)
    {
        if (from >= to)
            return;
        if (!out.isEmpty() && out.last().kind == MessageSpan::Text
            && out.last().start + out.last().length == from) {
            out.last().text += QStringView(source).mid(from, to - from);
            out.last().length += int(to - from);
            return;
        }
        span(MessageSpan::Text, from, to, source.mid(from, to - from));
    }

    void span(MessageSpan::Kind kind, qsizetype from, qsizetype to, const QString &shown,
              const QString &target = {}, const QString &type = {})
    {
        out.append({kind, shown, target, type, int(from), int(to - from)});
    }

    void indicator(qsizetype from, qsizetype to, IndicatorType type, const QString &value)
    {
        span(MessageSpan::Indicator, from, to, source.mid(from, to - from), value,
             indicatorTypeKey(type));
    }
};

// Each scanner below looks at s[i..to) and returns where it stopped: i when it found nothing
// (the caller tries the next one), further when it appended spans for s[i..end). A failed
// candidate is appended as text as a whole, so that no character is looked at again by the
// same scanner: the whole pass stays linear in the length of the body.

// A URL: a known scheme, defanged or not, and what follows up to a character no URL holds,
// without the trailing punctuation that belongs to the sentence (a ')' only when unbalanced).
qsizetype scanUrl(Emitter &e, QStringView s, qsizetype i, qsizetype to)
{
    qsizetype j = i;
    while (j < to && j - i < 6 && isAsciiLetter(s[j]))
        ++j;
    const QString scheme = s.mid(i, j - i).toString().toLower();
    static const QSet<QString> schemes
        = {QStringLiteral("http"),  QStringLiteral("https"), QStringLiteral("hxxp"),
           QStringLiteral("hxxps"), QStringLiteral("ftp"),   QStringLiteral("ftps"),
           QStringLiteral("fxp"),   QStringLiteral("fxps"),  QStringLiteral("mailto")};
    if (!schemes.contains(scheme))
        return i;
    const bool mailto = scheme == QLatin1String("mailto");
    const QStringView rest = s.mid(j, to - j);
    qsizetype separator = 0;
    if (mailto && rest.startsWith(u':'))
        separator = 1;
    else if (mailto && rest.startsWith(QLatin1String("[:]")))
        separator = 3;
    else if (!mailto && rest.startsWith(QLatin1String("://")))
        separator = 3;
    else if (!mailto
             && (rest.startsWith(QLatin1String("[:]//"))
                 || rest.startsWith(QLatin1String("[://]"))))
        separator = 5;
    if (separator == 0)
        return i;
    const qsizetype from = j + separator;
    qsizetype end = from;
    int open[3] = {0, 0, 0}, close[3] = {0, 0, 0};
    static const QString opening = QStringLiteral("([{"), closing = QStringLiteral(")]}");
    while (end < to && !endsUrl(s[end])) {
        if (const qsizetype k = opening.indexOf(s[end]); k >= 0)
            ++open[k];
        if (const qsizetype k = closing.indexOf(s[end]); k >= 0)
            ++close[k];
        ++end;
    }
    static const QString sentence = QStringLiteral(".,;:!?'*");
    while (end > from) {
        const QChar c = s[end - 1];
        const qsizetype k = closing.indexOf(c);
        if (sentence.contains(c)) {
            --end;
        } else if (k >= 0 && close[k] > open[k]) {
            --close[k];
            --end;
        } else {
            break;
        }
    }
    if (end == from || end - i > kMaxUrl) {
        e.text(i, end);
        return end;
    }
    const QString written = s.mid(i, end - i).toString();
    const QString value = refang(written);
    const bool defanged = value != written;
    if (mailto) {
        const QString address = value.mid(value.indexOf(u':') + 1).section(u'?', 0, 0);
        const auto email = checked(IndicatorType::Email, address);
        if (email && !defanged) {
            e.span(MessageSpan::Link, i, end, written,
                   QUrl(written, QUrl::TolerantMode).toString(QUrl::FullyEncoded));
            return end;
        }
        if (email) {
            e.indicator(i, end, email->type, email->value);
            return end;
        }
    } else if (!defanged && (scheme == QLatin1String("http") || scheme == QLatin1String("https"))) {
        const QUrl url(written, QUrl::TolerantMode);
        if (url.isValid() && !url.host().isEmpty()) {
            e.span(MessageSpan::Link, i, end, written, url.toString(QUrl::FullyEncoded));
            return end;
        }
    } else if (const auto url = checked(IndicatorType::Url, value)) {
        e.indicator(i, end, url->type, url->value);
        return end;
    }
    e.text(i, end);
    return end;
}

// @handle; a trailing '.' ends the sentence, not the handle.
qsizetype scanMention(Emitter &e, QStringView s, qsizetype i, qsizetype to)
{
    qsizetype end = i + 1;
    while (end < to && isHandleChar(s[end]))
        ++end;
    while (end > i + 1 && s[end - 1] == u'.')
        --end;
    const qsizetype length = end - i - 1;
    if (length < 1 || length > kMaxHandle)
        return i;
    e.span(MessageSpan::Mention, i, end, s.mid(i, end - i).toString(),
           s.mid(i + 1, length).toString());
    return end;
}

// #CCIRC-2026-0042 (a centre code, which may hold digits and dashes, then two numbers) or #
// and the first 8 or more hex digits of a record id (a whole UUID included).
qsizetype scanRef(Emitter &e, QStringView s, qsizetype i, qsizetype to)
{
    qsizetype end = i + 1;
    while (end < to && isRefChar(s[end]))
        ++end;
    while (end > i + 1 && (s[end - 1] == u'-' || s[end - 1] == u'_'))
        --end;
    const qsizetype length = end - i - 1;
    if (length < 1 || length > kMaxRef)
        return i;
    const QString ref = s.mid(i + 1, length).toString();
    static const QRegularExpression numbered(
        QStringLiteral("^[A-Za-z][A-Za-z0-9-]*-[0-9]+-[0-9]+$"));
    static const QRegularExpression id(QStringLiteral(
        "^(?:[0-9a-fA-F]{8,32}|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-"
        "[0-9a-fA-F]{12})$"));
    QString target;
    if (numbered.match(ref).hasMatch())
        target = ref.toUpper();
    else if (id.match(ref).hasMatch())
        target = ref.toLower();
    else
        return i;
    e.span(MessageSpan::IncidentRef, i, end, s.mid(i, end - i).toString(), target);
    return end;
}

// An IPv6 address (or network), [:] markers included. Two colons and a decimal digit at least:
// "10:42" is a time and "dead::beef" more likely prose or code than an address.
qsizetype scanIpv6(Emitter &e, QStringView s, qsizetype i, qsizetype to)
{
    qsizetype j = i;
    int colons = 0;
    bool digit = false, defanged = false;
    while (j < to && j - i <= kMaxIpv6) {
        const QChar c = s[j];
        if (isHexDigit(c) || c == u'.') {
            digit = digit || isAsciiDigit(c);
            ++j;
        } else if (c == u':') {
            ++colons;
            ++j;
        } else if (c == u'[' && s.mid(j).startsWith(QLatin1String("[:]"))) {
            ++colons;
            defanged = true;
            j += 3;
        } else {
            break;
        }
    }
    if (colons < 2 || !digit || j - i > kMaxIpv6 || (j < to && isRunChar(s[j])))
        return i;
    qsizetype end = j;
    while (end > i && s[end - 1] == u'.')
        --end;
    // "blocked 2001:db8::1: done": the last colon is the sentence's.
    if (end - i >= 2 && s[end - 1] == u':' && s[end - 2] != u':')
        --end;
    const QString written = s.mid(i, end - i).toString();
    const auto address = checked(IndicatorType::IPv6, defanged ? refang(written) : written);
    if (!address)
        return i;
    if (end < to && s[end] == u'/') {
        qsizetype k = end + 1;
        while (k < to && k - end <= 3 && isAsciiDigit(s[k]))
            ++k;
        if (k > end + 1 && (k == to || (!isRunChar(s[k]) && s[k] != u'/'))) {
            const QString cidr = address->value + s.mid(end, k - end).toString();
            if (const auto network = checked(IndicatorType::Cidr, cidr)) {
                e.indicator(i, k, network->type, network->value);
                return k;
            }
        }
    }
    e.indicator(i, end, address->type, address->value);
    return end;
}

// A run of host, address, hash or CVE characters and markers, classified as a whole: never a
// piece of a word ("file_name.txt" yields no "name.txt"). An IPv4 address may go on with a
// prefix length; the path after a host ("evil[.]com/gate.php") is text, so that its file
// names are not read as more domains.
qsizetype scanCandidate(Emitter &e, QStringView s, qsizetype i, qsizetype to)
{
    qsizetype runEnd = i;
    bool defanged = false;
    while (runEnd < to) {
        if (isRunChar(s[runEnd])) {
            ++runEnd;
            continue;
        }
        QLatin1String value;
        const qsizetype marker = markerAt(s, runEnd, &value);
        if (marker == 0 || (value != QLatin1String(".") && value != QLatin1String("@")))
            break;
        defanged = true;
        runEnd += marker;
    }
    qsizetype end = runEnd;
    static const QString trailing = QStringLiteral(".-_+%@");
    while (end > i && trailing.contains(s[end - 1]))
        --end;
    const auto found = runEnd - i > kMaxCandidate
        ? std::nullopt
        : classify(s.mid(i, end - i).toString(), defanged);
    if (!found) {
        e.text(i, runEnd);
        return runEnd;
    }
    if (found->type == IndicatorType::IPv4 && end < to && s[end] == u'/') {
        qsizetype k = end + 1;
        while (k < to && k - end <= 2 && isAsciiDigit(s[k]))
            ++k;
        if (k > end + 1 && (k == to || (!isRunChar(s[k]) && s[k] != u'/'))) {
            const QString cidr = found->value + s.mid(end, k - end).toString();
            if (const auto network = checked(IndicatorType::Cidr, cidr)) {
                e.indicator(i, k, network->type, network->value);
                return k;
            }
        }
    }
    e.indicator(i, end, found->type, found->value);
    if ((found->type == IndicatorType::Domain || found->type == IndicatorType::IPv4) && end < to
        && s[end] == u'/') {
        qsizetype k = end;
        while (k < to && !endsUrl(s[k]))
            ++k;
        e.text(end, k);
        return k;
    }
    return end;
}

// The links, mentions, references and indicators of e.source[from..to), a text without inline
// code. In code (inCode) a handle or a '#' is not a mention or a reference: only URLs and
// indicators are looked for (extractIndicators).
void scanText(Emitter &e, qsizetype from, qsizetype to, bool inCode)
{
    const QStringView s(e.source);
    qsizetype i = from;
    while (i < to) {
        const QChar c = s[i];
        const QChar prev = i > from ? s[i - 1] : QChar(u' ');
        qsizetype next = i;
        if (isAsciiLetter(c) && !prev.isLetterOrNumber())
            next = scanUrl(e, s, i, to);
        if (next == i && !inCode && c == u'@' && !isLocalPartChar(prev))
            next = scanMention(e, s, i, to);
        // After '&' a '#' is a character reference someone pasted ("&#39;"), not an incident.
        if (next == i && !inCode && c == u'#' && !isRefChar(prev) && prev != u'&')
            next = scanRef(e, s, i, to);
        if (next == i && c.isLetterOrNumber() && !isRunChar(prev)) {
            if (isHexDigit(c) && prev != u':')
                next = scanIpv6(e, s, i, to);
            if (next == i)
                next = scanCandidate(e, s, i, to);
        }
        if (next == i) {
            e.text(i, i + 1);
            next = i + 1;
        }
        i = next;
    }
}

// CommonMark's rule for `` ` `` : one space each side is padding when both sides have one.
QString codeSpanContent(QStringView content)
{
    if (content.size() >= 2 && content.startsWith(u' ') && content.endsWith(u' ')
        && !content.trimmed().isEmpty())
        content = content.mid(1, content.size() - 2);
    return content.toString();
}

// One line of a paragraph or a quote: inline code first (a run of n backticks closes at the
// next run of exactly n on the same line; one without a closer is text), then scanText on the
// rest.
void scanLine(Emitter &e, qsizetype from, qsizetype to)
{
    const QStringView s(e.source);
    struct Run
    {
        qsizetype pos;
        qsizetype length;
    };
    QList<Run> runs;
    for (qsizetype i = from; i < to;) {
        if (s[i] != u'`') {
            ++i;
            continue;
        }
        qsizetype j = i;
        while (j < to && s[j] == u'`')
            ++j;
        runs.append({i, j - i});
        i = j;
    }
    // The runs of each length in order, and a cursor per length that only moves forward: the
    // closer of each opener is found without searching the line again from every opener.
    QHash<qsizetype, QList<qsizetype>> byLength;
    QHash<qsizetype, qsizetype> cursor;
    for (qsizetype k = 0; k < runs.size(); ++k)
        byLength[runs[k].length].append(k);
    qsizetype textFrom = from;
    for (qsizetype k = 0; k < runs.size(); ++k) {
        const Run open = runs[k];
        const QList<qsizetype> &same = byLength[open.length];
        qsizetype &c = cursor[open.length];
        while (c < same.size() && same[c] <= k)
            ++c;
        if (c == same.size())
            continue;
        const Run close = runs[same[c]];
        scanText(e, textFrom, open.pos, false);
        const qsizetype contentFrom = open.pos + open.length;
        e.span(MessageSpan::Code, open.pos, close.pos + close.length,
               codeSpanContent(s.mid(contentFrom, close.pos - contentFrom)));
        textFrom = close.pos + close.length;
        k = same[c];
    }
    scanText(e, textFrom, to, false);
}

struct Line
{
    qsizetype start;
    qsizetype end; // before its '\n'
};

bool isBlank(QStringView line)
{
    return line.trimmed().isEmpty();
}

// "> text" or a lone ">"; returns where the quoted text starts, or -1.
qsizetype quoteContent(QStringView body, const Line &line)
{
    const QStringView text = body.mid(line.start, line.end - line.start);
    if (text.startsWith(QLatin1String("> ")))
        return line.start + 2;
    if (text.trimmed() == QLatin1String(">"))
        return line.end;
    return -1;
}

// The length of the backtick run opening a fence (0 when the line is not one): ``` and more at
// the start of the line (indentation allowed), then an info string without backticks, as in
// CommonMark ("```x```" on one line is inline code).
qsizetype fenceOpening(QStringView line, QString *language)
{
    const QStringView text = line.trimmed();
    qsizetype n = 0;
    while (n < text.size() && text[n] == u'`')
        ++n;
    if (n < 3 || text.mid(n).contains(u'`'))
        return 0;
    if (language) {
        const QStringView info = text.mid(n).trimmed();
        qsizetype w = 0;
        while (w < info.size() && !info[w].isSpace())
            ++w;
        *language = info.left(w).toString();
    }
    return n;
}

bool closesFence(QStringView line, qsizetype opening)
{
    const QStringView text = line.trimmed();
    if (text.size() < opening)
        return false;
    for (QChar c : text) {
        if (c != u'`')
            return false;
    }
    return true;
}

// The inline spans of a block's lines; a line break between lines is a "\n" Text span at the
// body's '\n' (which a paragraph's text then absorbs: its lines are contiguous in the body).
void scanLines(Emitter &e, QStringView body, const QList<Line> &lines, qsizetype first,
               qsizetype last, bool quote)
{
    for (qsizetype k = first; k <= last; ++k) {
        if (k > first)
            e.text(lines[k - 1].end, lines[k - 1].end + 1);
        const qsizetype from = quote ? quoteContent(body, lines[k]) : lines[k].start;
        scanLine(e, from, lines[k].end);
    }
}

QString percentEncoded(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

// Style values come from the application, not the body, but they are put into attributes:
// only what is shaped like a colour or a font family name goes in.
QString cssColour(const QString &colour)
{
    static const QRegularExpression shape(QStringLiteral("^(?:#[0-9A-Fa-f]{3,8}|[A-Za-z]{1,32})$"));
    return shape.match(colour).hasMatch() ? colour : QString();
}

QString cssFamily(const QString &family)
{
    QString kept;
    for (QChar c : family) {
        if (c.isLetterOrNumber() || c == u' ' || c == u'-' || c == u'_')
            kept += c;
    }
    kept = kept.trimmed();
    return kept.isEmpty() ? QStringLiteral("monospace") : kept;
}

QString escaped(const QString &text)
{
    QString html = text.toHtmlEscaped();
    html.replace(u'\n', QLatin1String("<br>"));
    return html;
}

QString colourStyle(const QString &colour)
{
    const QString c = cssColour(colour);
    return c.isEmpty() ? QString() : QStringLiteral(" style=\"color:%1\"").arg(c);
}

QString codeStyle(const HtmlStyle &style)
{
    QString css = QStringLiteral("font-family:'%1'").arg(cssFamily(style.monospaceFamily));
    if (const QString bg = cssColour(style.codeBackground); !bg.isEmpty())
        css += QStringLiteral(";background-color:%1").arg(bg);
    return css;
}

QString anchor(const QString &href, const QString &colour, const QString &text)
{
    return QStringLiteral("<a href=\"%1\"%2>%3</a>")
        .arg(href.toHtmlEscaped(), colourStyle(colour), escaped(text));
}

QString spansToHtml(const QList<MessageSpan> &spans, const HtmlStyle &style)
{
    QString html;
    for (const MessageSpan &span : spans) {
        switch (span.kind) {
        case MessageSpan::Text: html += escaped(span.text); break;
        case MessageSpan::Code:
            html += QStringLiteral("<code style=\"%1\">%2</code>")
                        .arg(codeStyle(style), escaped(span.text));
            break;
        case MessageSpan::Link:
            // Only what the parser made a Link is one, and only with these schemes: a target
            // that would be anything else (it cannot) is shown as text.
            if (span.target.startsWith(QLatin1String("http://"), Qt::CaseInsensitive)
                || span.target.startsWith(QLatin1String("https://"), Qt::CaseInsensitive)
                || span.target.startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive))
                html += anchor(span.target, style.linkColour, span.text);
            else
                html += escaped(span.text);
            break;
        case MessageSpan::Mention:
            html += anchor(QLatin1String("liaison-mention:") + percentEncoded(span.target),
                           style.mentionColour, span.text);
            break;
        case MessageSpan::IncidentRef:
            html += anchor(QLatin1String("liaison-incident:") + percentEncoded(span.target),
                           style.mentionColour, span.text);
            break;
        case MessageSpan::Indicator:
            html += anchor(QLatin1String("liaison-indicator:") + percentEncoded(span.indicatorType)
                               + u':' + percentEncoded(span.target),
                           style.indicatorColour, span.text);
            break;
        }
    }
    return html;
}

} // namespace

QString refang(const QString &text)
{
    const QStringView s(text);
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < s.size();) {
        QLatin1String value;
        if (const qsizetype n = markerAt(s, i, &value)) {
            out += value;
            i += n;
        } else if (const qsizetype scheme = defangedSchemeAt(s, i)) {
            // In lower case, as schemes are written ("hXXps" gives "https", not "hTTps").
            const QString lower = s.mid(i, scheme).toString().toLower();
            out += lower.startsWith(u'h') ? QLatin1String("http") + lower.mid(4)
                                          : QLatin1String("ftp") + lower.mid(3);
            i += scheme;
        } else {
            out += s[i];
            ++i;
        }
    }
    return out;
}

QString defang(const QString &value, const QString &typeKey)
{
    IndicatorType type;
    if (!parseIndicatorType(typeKey, &type))
        return value;
    auto dots = [](QString v) { return v.replace(u'.', QLatin1String("[.]")); };
    auto colons = [](QString v) { return v.replace(u':', QLatin1String("[:]")); };
    switch (type) {
    case IndicatorType::IPv4:
    case IndicatorType::Domain: return dots(value);
    case IndicatorType::IPv6: return colons(value);
    case IndicatorType::Cidr: return value.contains(u':') ? colons(value) : dots(value);
    case IndicatorType::Email: {
        const qsizetype at = value.lastIndexOf(u'@');
        if (at < 0)
            return dots(value);
        return value.left(at) + QLatin1String("[@]") + dots(value.mid(at + 1));
    }
    case IndicatorType::Url: {
        const qsizetype separator = value.indexOf(QLatin1String("://"));
        if (separator < 0)
            return value;
        QString scheme = value.left(separator).toLower();
        if (scheme == QLatin1String("http") || scheme == QLatin1String("https"))
            scheme.replace(QLatin1String("tt"), QLatin1String("xx"));
        else if (scheme == QLatin1String("ftp") || scheme == QLatin1String("ftps"))
            scheme.replace(u't', u'x');
        const qsizetype hostFrom = separator + 3;
        qsizetype hostTo = hostFrom;
        while (hostTo < value.size() && value[hostTo] != u'/' && value[hostTo] != u'?'
               && value[hostTo] != u'#')
            ++hostTo;
        return scheme + QLatin1String("://") + dots(value.mid(hostFrom, hostTo - hostFrom))
            + value.mid(hostTo);
    }
    case IndicatorType::Md5:
    case IndicatorType::Sha1:
    case IndicatorType::Sha256:
    case IndicatorType::Cve:
    case IndicatorType::FileName: return value;
    }
    return value;
}

QList<MessageBlock> parseMessage(const QString &body)
{
    const QStringView s(body);
    QList<Line> lines;
    for (qsizetype start = 0;;) {
        const qsizetype newline = body.indexOf(u'\n', start);
        if (newline < 0) {
            lines.append({start, body.size()});
            break;
        }
        lines.append({start, newline});
        start = newline + 1;
    }
    auto text = [&](qsizetype k) { return s.mid(lines[k].start, lines[k].end - lines[k].start); };

    QList<MessageBlock> blocks;
    for (qsizetype k = 0; k < lines.size();) {
        MessageBlock block;
        Emitter e {body, block.spans};
        if (const qsizetype fence = fenceOpening(text(k), &block.language)) {
            qsizetype close = k + 1;
            while (close < lines.size() && !closesFence(text(close), fence))
                ++close;
            // The content: from the line after the opening to the end of the line before the
            // closing fence (or of the body), verbatim.
            const qsizetype from = k + 1 < lines.size() ? lines[k + 1].start : lines[k].end;
            const qsizetype to = close > k + 1 ? lines[close - 1].end : from;
            block.kind = MessageBlock::CodeBlock;
            e.span(MessageSpan::Code, from, to, body.mid(from, to - from));
            blocks.append(block);
            k = close + 1;
            continue;
        }
        if (quoteContent(s, lines[k]) >= 0) {
            qsizetype last = k;
            while (last + 1 < lines.size() && quoteContent(s, lines[last + 1]) >= 0)
                ++last;
            block.kind = MessageBlock::Quote;
            scanLines(e, s, lines, k, last, true);
            blocks.append(block);
            k = last + 1;
            continue;
        }
        if (isBlank(text(k))) {
            ++k;
            continue;
        }
        // A paragraph: up to a fence or a quote, its inner blank lines kept, not its last ones.
        qsizetype last = k;
        for (qsizetype j = k + 1; j < lines.size(); ++j) {
            if (fenceOpening(text(j), nullptr) || quoteContent(s, lines[j]) >= 0)
                break;
            if (!isBlank(text(j)))
                last = j;
        }
        block.kind = MessageBlock::Paragraph;
        scanLines(e, s, lines, k, last, false);
        blocks.append(block);
        k = last + 1;
    }
    return blocks;
}

QList<FoundIndicator> extractIndicators(const QString &body)
{
    QList<FoundIndicator> found;
    QSet<QString> seen;
    auto add = [&](const QString &type, const QString &value, const QString &asWritten) {
        const QString key = type + u'\n' + value;
        if (seen.contains(key))
            return;
        seen.insert(key);
        found.append({type, value, asWritten});
    };
    auto collect = [&](const MessageSpan &span) {
        if (span.kind == MessageSpan::Indicator) {
            add(span.indicatorType, span.target, span.text);
        } else if (span.kind == MessageSpan::Link) {
            const bool mailto = span.text.startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive);
            const QString value = mailto ? span.text.mid(7).section(u'?', 0, 0) : span.text;
            const IndicatorType type = mailto ? IndicatorType::Email : IndicatorType::Url;
            const IndicatorCheck check = validateIndicator(type, value);
            if (check.valid)
                add(indicatorTypeKey(type), check.normalised, span.text);
        }
    };
    for (const MessageBlock &block : parseMessage(body)) {
        for (const MessageSpan &span : block.spans) {
            if (span.kind != MessageSpan::Code) {
                collect(span);
                continue;
            }
            // Code is shown verbatim but read again, as code, for what analysts paste in it.
            QList<MessageSpan> inner;
            Emitter e {span.text, inner};
            scanText(e, 0, span.text.size(), true);
            for (const MessageSpan &piece : std::as_const(inner))
                collect(piece);
        }
    }
    return found;
}

QStringList mentionedHandles(const QString &body)
{
    QStringList handles;
    QSet<QString> seen;
    for (const MessageBlock &block : parseMessage(body)) {
        for (const MessageSpan &span : block.spans) {
            if (span.kind != MessageSpan::Mention)
                continue;
            const QString key = span.target.toCaseFolded();
            if (!seen.contains(key)) {
                seen.insert(key);
                handles.append(span.target);
            }
        }
    }
    return handles;
}

QString messageToHtml(const QList<MessageBlock> &blocks, const HtmlStyle &style)
{
    QString html;
    for (const MessageBlock &block : blocks) {
        switch (block.kind) {
        case MessageBlock::Paragraph:
            html += QLatin1String("<p style=\"margin-top:0;margin-bottom:0\">")
                + spansToHtml(block.spans, style) + QLatin1String("</p>");
            break;
        case MessageBlock::CodeBlock: {
            QString code;
            for (const MessageSpan &span : block.spans)
                code += span.text;
            // Inside <pre> the line breaks stay characters: escaped only, no <br>.
            html += QStringLiteral("<pre style=\"margin-top:0;margin-bottom:0;%1\">%2</pre>")
                        .arg(codeStyle(style), code.toHtmlEscaped());
            break;
        }
        case MessageBlock::Quote: {
            const QString inner = spansToHtml(block.spans, style);
            const QString bar = cssColour(style.quoteBar);
            const QString colour = cssColour(style.quoteText);
            const QString colourCss
                = colour.isEmpty() ? QString() : QStringLiteral(";color:%1").arg(colour);
            if (bar.isEmpty()) {
                html += QStringLiteral("<blockquote style=\"margin-top:0;margin-bottom:0%1\">%2"
                                       "</blockquote>")
                            .arg(colourCss, inner);
            } else {
                // QTextDocument draws no border-left: a narrow coloured cell is the bar.
                html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"0\"><tr>"
                                       "<td width=\"3\" bgcolor=\"%1\"></td>"
                                       "<td style=\"padding-left:6px%2\">%3</td></tr></table>")
                            .arg(bar, colourCss, inner);
            }
            break;
        }
        }
    }
    return html;
}

QString messagePlainPreview(const QString &body, int maxChars)
{
    if (maxChars <= 0)
        return {};
    QString joined;
    for (const MessageBlock &block : parseMessage(body)) {
        joined += u' ';
        if (block.kind == MessageBlock::Quote)
            joined += QLatin1String("> ");
        for (const MessageSpan &span : block.spans)
            joined += span.text;
    }
    // One line: white space collapsed, control characters and the bidirectional overrides and
    // isolates dropped (in a notification they could turn the sender's name around).
    QString line;
    bool space = false;
    for (QChar c : std::as_const(joined)) {
        const char16_t u = c.unicode();
        if (c.isSpace()) {
            space = true;
        } else if (c.category() == QChar::Other_Control || (u >= 0x202a && u <= 0x202e)
                   || (u >= 0x2066 && u <= 0x2069)) {
            continue;
        } else {
            if (space && !line.isEmpty())
                line += u' ';
            space = false;
            line += c;
        }
    }
    if (line.size() <= maxChars)
        return line;
    qsizetype cut = maxChars - 1;
    if (cut > 0 && line[cut - 1].isHighSurrogate())
        --cut;
    line.truncate(cut);
    while (!line.isEmpty() && line.endsWith(u' '))
        line.chop(1);
    return line + QChar(0x2026);
}

} // namespace liaison
