#include "domain/MessageText.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextDocument>
#include <QtTest>

using namespace liaison;

namespace {

// A compact, exact picture of what the parser made: one line per block, each span as
// Kind'text' (>target), line breaks shown as \n.
QString shown(const QString &text)
{
    QString s = text;
    return s.replace(u'\n', QLatin1String("\\n"));
}

QString describe(const QList<MessageBlock> &blocks)
{
    QStringList out;
    for (const MessageBlock &block : blocks) {
        QStringList spans;
        for (const MessageSpan &span : block.spans) {
            static const char kinds[] = "TCLMRI";
            QString s = QString(QLatin1Char(kinds[span.kind])) + u'\'' + shown(span.text) + u'\'';
            if (span.kind == MessageSpan::Indicator)
                s += u'>' + span.indicatorType + u':' + span.target;
            else if (span.kind != MessageSpan::Text && span.kind != MessageSpan::Code)
                s += u'>' + span.target;
            spans << s;
        }
        const QString kind = block.kind == MessageBlock::Paragraph ? QStringLiteral("P")
            : block.kind == MessageBlock::Quote                    ? QStringLiteral("Q")
                                                : QStringLiteral("K(%1)").arg(block.language);
        out << kind + u'[' + spans.join(u' ') + u']';
    }
    return out.join(u' ');
}

// Offsets are honest: spans in order, inside the body, and the body at a span's place is what
// the span shows (an inline code span's backticks around its code).
void checkOffsets(const QString &body, const QList<MessageBlock> &blocks)
{
    int previousEnd = 0;
    for (const MessageBlock &block : blocks) {
        for (const MessageSpan &span : block.spans) {
            QVERIFY(span.start >= previousEnd);
            QVERIFY(span.length >= 0);
            QVERIFY(span.start + span.length <= body.size());
            const QString raw = body.mid(span.start, span.length);
            if (span.kind == MessageSpan::Code && block.kind != MessageBlock::CodeBlock) {
                QVERIFY(raw.startsWith(u'`') && raw.endsWith(u'`'));
                QVERIFY(raw.contains(span.text));
            } else {
                QCOMPARE(raw, span.text);
            }
            previousEnd = span.start + span.length;
        }
    }
}

// What a QTextDocument makes of the HTML: its text, and the href of every anchor in it.
struct Rendered
{
    QString text;
    QStringList hrefs;
};

Rendered render(const QString &html)
{
    QTextDocument doc;
    doc.setHtml(html);
    Rendered r;
    r.text = doc.toPlainText();
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            if (format.isAnchor() && !r.hrefs.contains(format.anchorHref()))
                r.hrefs << format.anchorHref();
        }
    }
    return r;
}

// The only markup messageToHtml may make: these elements, these attributes, these href
// schemes. Anything else in the output came from the body unescaped.
void checkMarkup(const QString &html)
{
    static const QRegularExpression tag(QStringLiteral("<(/?)([A-Za-z0-9]+)([^>]*)>"));
    static const QRegularExpression attribute(
        QStringLiteral("\\s*([A-Za-z-]+)=\"([^\"]*)\"|\\s*(\\S+)"));
    static const QStringList elements
        = {"p", "br", "code", "pre", "a", "blockquote", "table", "tr", "td"};
    static const QStringList attributes
        = {"style", "href", "cellspacing", "cellpadding", "width", "bgcolor"};
    for (auto it = tag.globalMatch(html); it.hasNext();) {
        const auto m = it.next();
        QVERIFY2(elements.contains(m.captured(2)), qPrintable(m.captured(0)));
        const QString attrs = m.captured(3);
        for (auto a = attribute.globalMatch(attrs); a.hasNext();) {
            const auto am = a.next();
            QVERIFY2(am.captured(3).isEmpty(), qPrintable(m.captured(0)));
            QVERIFY2(attributes.contains(am.captured(1)), qPrintable(m.captured(0)));
            if (am.captured(1) == QLatin1String("href")) {
                static const QRegularExpression scheme(QStringLiteral(
                    "^(?:https?://|mailto:|liaison-(?:mention|incident|indicator):)"));
                QVERIFY2(scheme.match(am.captured(2)).hasMatch(), qPrintable(am.captured(2)));
            }
        }
    }
    // No '<' or '>' outside a tag: every one of the body's is an entity.
    QString outside = html;
    outside.remove(tag);
    QVERIFY2(!outside.contains(u'<') && !outside.contains(u'>'), qPrintable(outside));
}

const QString kSha256
    = QStringLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");

} // namespace

class TestMessageText : public QObject
{
    Q_OBJECT
private slots:
    void spans_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("expected");
        auto row = [](const char *name, const QString &body, const QString &expected) {
            QTest::newRow(name) << body << expected;
        };
        row("text", "hello world", "P[T'hello world']");
        row("empty", "", "");
        row("blank lines only", "\n  \n", "");
        row("inline code", "run `ls -la` now", "P[T'run ' C'ls -la' T' now']");
        row("inline code keeps its text", "`<b>evil[.]com</b>`", "P[C'<b>evil[.]com</b>']");
        row("double backticks around one", "`` a`b ``", "P[C'a`b']");
        row("unmatched backtick", "a ` b", "P[T'a ` b']");
        row("triple backticks on one line", "```x```", "P[C'x']");
        row("link", "see https://example.com/a?b=1.",
            "P[T'see ' L'https://example.com/a?b=1'>https://example.com/a?b=1 T'.']");
        row("link in parentheses", "(https://example.com/a)",
            "P[T'(' L'https://example.com/a'>https://example.com/a T')']");
        row("link with balanced parentheses", "(https://en.example.org/wiki/Foo_(bar)),",
            "P[T'(' L'https://en.example.org/wiki/Foo_(bar)'>https://en.example.org/wiki/Foo_(bar)"
            " T'),']");
        row("link ends at a quote", "https://evil.example/\"><b>",
            "P[L'https://evil.example/'>https://evil.example/ T'\"><b>']");
        row("link ends at a space", "http://example.com/a b|c",
            "P[L'http://example.com/a'>http://example.com/a T' b|c']");
        row("link target encoded", "https://example.com/{x}|y",
            "P[L'https://example.com/{x}|y'>https://example.com/%7Bx%7D%7Cy]");
        row("mailto", "mail mailto:soc@example.com, thanks",
            "P[T'mail ' L'mailto:soc@example.com'>mailto:soc@example.com T', thanks']");
        row("scheme without host", "https:// nothing", "P[T'https:// nothing']");
        row("javascript is text", "javascript:alert(1)", "P[T'javascript:alert(1)']");
        row("mentions", "ping @alice and @bob.smith.",
            "P[T'ping ' M'@alice'>alice T' and ' M'@bob.smith'>bob.smith T'.']");
        row("mention after punctuation", "(cc:@alice)", "P[T'(cc:' M'@alice'>alice T')']");
        row("no mention in an e-mail address", "write to alice@example.com",
            "P[T'write to ' I'alice@example.com'>email:alice@example.com]");
        row("no mention after a word", "x@alice", "P[T'x@alice']");
        row("lone at signs", "@ @@", "P[T'@ @@']");
        row("incident refs", "see #CCIRC-2026-0042, #ccirc-2026-7 and #3F2A9C1E.",
            "P[T'see ' R'#CCIRC-2026-0042'>CCIRC-2026-0042 T', ' R'#ccirc-2026-7'>CCIRC-2026-7"
            " T' and ' R'#3F2A9C1E'>3f2a9c1e T'.']");
        row("incident ref by uuid", "#4f9d1c2e-0000-4000-8000-000000000001",
            "P[R'#4f9d1c2e-0000-4000-8000-000000000001'>4f9d1c2e-0000-4000-8000-000000000001]");
        row("centre code with a dash", "#CERT-EU-2026-12",
            "P[R'#CERT-EU-2026-12'>CERT-EU-2026-12]");
        row("not refs", "#1234567 #tag #x-1 &#39; a#CCIRC-1-2",
            "P[T'#1234567 #tag #x-1 &#39; a#CCIRC-1-2']");
        row("ipv4 and port", "from 192.0.2.10:443.",
            "P[T'from ' I'192.0.2.10'>ipv4:192.0.2.10 T':443.']");
        row("cidr", "block 198.51.100.0/24 now",
            "P[T'block ' I'198.51.100.0/24'>cidr:198.51.100.0/24 T' now']");
        row("ipv6", "[2001:DB8::1]:443", "P[T'[' I'2001:DB8::1'>ipv6:2001:db8::1 T']:443']");
        row("ipv6 cidr", "2001:db8::/32", "P[I'2001:db8::/32'>cidr:2001:db8::/32]");
        row("ipv6 at the end of a sentence", "blocked 2001:db8::1: done",
            "P[T'blocked ' I'2001:db8::1'>ipv6:2001:db8::1 T': done']");
        row("times are not addresses", "at 10:42:17 and dead::beef",
            "P[T'at 10:42:17 and dead::beef']");
        row("domain", "Phish.Example.COM.",
            "P[I'Phish.Example.COM'>domain:phish.example.com T'.']");
        row("domain with a path", "evil[.]com/gate.php?id=a.b.com",
            "P[I'evil[.]com'>domain:evil.com T'/gate.php?id=a.b.com']");
        row("hashes", "d41d8cd98f00b204e9800998ecf8427e DA39A3EE5E6B4B0D3255BFEF95601890AFD80709",
            "P[I'd41d8cd98f00b204e9800998ecf8427e'>md5:d41d8cd98f00b204e9800998ecf8427e T' '"
            " I'DA39A3EE5E6B4B0D3255BFEF95601890AFD80709'>sha1:"
            "da39a3ee5e6b4b0d3255bfef95601890afd80709]");
        row("sha256", "hash:" + kSha256, "P[T'hash:' I'" + kSha256 + "'>sha256:" + kSha256 + "]");
        row("numbers are not hashes", "12345678901234567890123456789012",
            "P[T'12345678901234567890123456789012']");
        row("cve", "patch cve-2021-44228!",
            "P[T'patch ' I'cve-2021-44228'>cve:CVE-2021-44228 T'!']");
        row("url indicator not a link", "ftp://files.example.org/x",
            "P[I'ftp://files.example.org/x'>url:ftp://files.example.org/x]");
        row("file names and abbreviations",
            "see file.txt, report.PDF and setup.exe (e.g. notes.md), i.e. obj.toString v1.2.3 "
            "3.14 Mr.Smith node.js a.b file_name.co",
            "P[T'see file.txt, report.PDF and setup.exe (e.g. notes.md), i.e. obj.toString "
            "v1.2.3 3.14 Mr.Smith node.js a.b file_name.co']");
        row("defanged file name is a domain", "payload[.]zip",
            "P[I'payload[.]zip'>domain:payload.zip]");
        row("quote", "> quoted @alice\n> second\nreply",
            "Q[T'quoted ' M'@alice'>alice T'\\n' T'second'] P[T'reply']");
        row("lone quote marker", "> a\n>\n> b", "Q[T'a\\n' T'\\n' T'b']");
        row("no space no quote", ">not a quote", "P[T'>not a quote']");
        row("quotes apart", "> a\n\n> b", "Q[T'a'] Q[T'b']");
        row("paragraph keeps inner blank lines", "\na\n\n b \n\n", "P[T'a\\n\\n b ']");
        row("code block", "before\n```python\nprint('<b>') # @alice\n  x = `y`\n```\nafter",
            "P[T'before'] K(python)[C'print('<b>') # @alice\\n  x = `y`'] P[T'after']");
        row("code block language first word", "```bash title\nls\n```", "K(bash)[C'ls']");
        row("unterminated code block", "```\nline1\n\nline2\n", "K()[C'line1\\n\\nline2\\n']");
        row("empty code block", "```\n```", "K()[C'']");
        row("longer closing fence", "````\n```\n`````\nx", "K()[C'```'] P[T'x']");
        row("indented fence", "  ```js\n  a\n  ```", "K(js)[C'  a']");
        row("quote is not code", "> ```\n> x", "Q[T'```\\n' T'x']");
        row("crlf", "a\r\n> b\r\n", "P[T'a\r'] Q[T'b\r']");
    }

    void spans()
    {
        QFETCH(QString, body);
        QFETCH(QString, expected);
        const auto blocks = parseMessage(body);
        QCOMPARE(describe(blocks), expected);
        checkOffsets(body, blocks);
    }

    void defangedIndicators_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("asWritten");
        auto row
            = [](const char *body, const char *type, const char *value, const char *asWritten) {
                  QTest::newRow(body) << QString::fromUtf8(body) << QString::fromLatin1(type)
                                      << QString::fromUtf8(value) << QString::fromUtf8(asWritten);
              };
        row("see evil[.]example[.]com.", "domain", "evil.example.com", "evil[.]example[.]com");
        row("evil(.)com", "domain", "evil.com", "evil(.)com");
        row("evil[dot]com", "domain", "evil.com", "evil[dot]com");
        row("evil[DOT]com", "domain", "evil.com", "evil[DOT]com");
        row("192.168.1[.]1", "ipv4", "192.168.1.1", "192.168.1[.]1");
        row("192[.]0[.]2[.]1", "ipv4", "192.0.2.1", "192[.]0[.]2[.]1");
        row("2001[:]db8[:][:]1", "ipv6", "2001:db8::1", "2001[:]db8[:][:]1");
        row("198[.]51[.]100[.]0/24", "cidr", "198.51.100.0/24", "198[.]51[.]100[.]0/24");
        row("user[@]evil[.]com", "email", "user@evil.com", "user[@]evil[.]com");
        row("user[at]evil.com", "email", "user@evil.com", "user[at]evil.com");
        row("User[AT]Evil[.]COM", "email", "User@evil.com", "User[AT]Evil[.]COM");
        row("mailto:soc[@]example.com", "email", "soc@example.com", "mailto:soc[@]example.com");
        row("hxxp://evil.com/a", "url", "http://evil.com/a", "hxxp://evil.com/a");
        row("(hxxps://evil[.]example[.]com/login?u=1)", "url", "https://evil.example.com/login?u=1",
            "hxxps://evil[.]example[.]com/login?u=1");
        row("hXXps://evil.com", "url", "https://evil.com", "hXXps://evil.com");
        row("HXXP://EVIL[.]COM/A", "url", "http://EVIL.COM/A", "HXXP://EVIL[.]COM/A");
        row("hxxp[:]//evil[.]com", "url", "http://evil.com", "hxxp[:]//evil[.]com");
        row("http[://]evil[.]com/x", "url", "http://evil.com/x", "http[://]evil[.]com/x");
        row("https://evil[.]com", "url", "https://evil.com", "https://evil[.]com");
        row("fxp://files[.]evil[.]com/a", "url", "ftp://files.evil.com/a",
            "fxp://files[.]evil[.]com/a");
        row("https://example.org/advisory", "url", "https://example.org/advisory",
            "https://example.org/advisory");
        row("mailto:Soc@Example.com", "email", "Soc@example.com", "mailto:Soc@Example.com");
        row("CVE-2024-3094,", "cve", "CVE-2024-3094", "CVE-2024-3094");
        row("`D41D8CD98F00B204E9800998ECF8427E`", "md5", "d41d8cd98f00b204e9800998ecf8427e",
            "D41D8CD98F00B204E9800998ECF8427E");
        row("bücher.example.org", "domain", "bücher.example.org", "bücher.example.org");
    }

    void defangedIndicators()
    {
        QFETCH(QString, body);
        QFETCH(QString, type);
        QFETCH(QString, value);
        QFETCH(QString, asWritten);
        const auto found = extractIndicators(body);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found[0].type, type);
        QCOMPARE(found[0].value, value);
        QCOMPARE(found[0].asWritten, asWritten);
    }

    void notIndicators_data()
    {
        QTest::addColumn<QString>("body");
        for (const char *body : {"file.txt",
                                 "report.pdf",
                                 "archive.zip",
                                 "e.g.",
                                 "i.e.",
                                 "notes.md",
                                 "setup.exe",
                                 "lib.dll",
                                 "data.json",
                                 "out.log",
                                 "a.csv",
                                 "x.docx",
                                 "pic.png",
                                 "main.cpp",
                                 "util.h",
                                 "run.py",
                                 "build.sh",
                                 "index.html",
                                 "app.js",
                                 "photo.jpg",
                                 "v1.2.3",
                                 "192.0.2.256",
                                 "obj.toString",
                                 "localhost",
                                 "user@host",
                                 "user@file.txt",
                                 "CVE-1970-1234",
                                 "10:42:17",
                                 "javascript:alert(1)",
                                 "http://",
                                 "hxxp://",
                                 "hxxp:/x",
                                 "a.b",
                                 "a_b.com",
                                 "evil.com_x.y",
                                 "12345678901234567890123456789012"})
            QTest::newRow(body) << QString::fromLatin1(body);
    }

    void notIndicators()
    {
        QFETCH(QString, body);
        const auto found = extractIndicators(body);
        QVERIFY2(found.isEmpty(), qPrintable(found.value(0).type + ':' + found.value(0).value));
    }

    void extractEverywhereInOrderOnce()
    {
        const QString body
            = QStringLiteral("Seen 192.0.2.1 and evil[.]com\n"
                             "> also 192.0.2.1 and @alice\n"
                             "```\n"
                             "GET hxxp://evil[.]com/a 200 from 203.0.113.5\n"
                             "md5 d41d8cd98f00b204e9800998ecf8427e #deadbeef00\n"
                             "```\n"
                             "see https://example.org/x and `EVIL.com` and evil.com");
        const auto found = extractIndicators(body);
        QStringList got;
        for (const auto &f : found)
            got << f.type + u' ' + f.value + u' ' + f.asWritten;
        QCOMPARE(got,
                 (QStringList {"ipv4 192.0.2.1 192.0.2.1", "domain evil.com evil[.]com",
                               "url http://evil.com/a hxxp://evil[.]com/a",
                               "ipv4 203.0.113.5 203.0.113.5",
                               "md5 d41d8cd98f00b204e9800998ecf8427e "
                               "d41d8cd98f00b204e9800998ecf8427e",
                               "url https://example.org/x https://example.org/x"}));
    }

    void mentions()
    {
        const QString body
            = QStringLiteral("@alice @Bob hi @ALICE, `@carol` and mail frank@example.com\n"
                             "```\n@dave\n```\n"
                             "> @erin said\n"
                             "x@mallory (@trent)");
        QCOMPARE(mentionedHandles(body), (QStringList {"alice", "Bob", "erin", "trent"}));
        QVERIFY(mentionedHandles(QStringLiteral("no one")).isEmpty());
    }

    void refangDefang_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("defanged");
        auto row = [](const char *type, const char *value, const char *defanged) {
            QTest::newRow(value) << QString::fromLatin1(type) << QString::fromLatin1(value)
                                 << QString::fromLatin1(defanged);
        };
        row("domain", "evil.example.com", "evil[.]example[.]com");
        row("ipv4", "192.0.2.1", "192[.]0[.]2[.]1");
        row("ipv6", "2001:db8::1", "2001[:]db8[:][:]1");
        row("cidr", "198.51.100.0/24", "198[.]51[.]100[.]0/24");
        row("cidr", "2001:db8::/32", "2001[:]db8[:][:]/32");
        row("email", "john.doe@example.com", "john.doe[@]example[.]com");
        row("url", "https://evil.example.com/a.php?x=1.2",
            "hxxps://evil[.]example[.]com/a.php?x=1.2");
        row("url", "ftp://files.example.org/a", "fxp://files[.]example[.]org/a");
        row("url", "wss://hub.example.net:443/", "wss://hub[.]example[.]net:443/");
        row("md5", "d41d8cd98f00b204e9800998ecf8427e", "d41d8cd98f00b204e9800998ecf8427e");
        row("cve", "CVE-2021-44228", "CVE-2021-44228");
        row("filename", "invoice.pdf.exe", "invoice.pdf.exe");
        row("no-such-type", "a.b", "a.b");
    }

    void refangDefang()
    {
        QFETCH(QString, type);
        QFETCH(QString, value);
        QFETCH(QString, defanged);
        QCOMPARE(defang(value, type), defanged);
        QCOMPARE(refang(defanged), value);
    }

    void refangForms()
    {
        QCOMPARE(refang(QStringLiteral("evil(.)com evil[dot]com evil[DOT]com")),
                 QStringLiteral("evil.com evil.com evil.com"));
        QCOMPARE(refang(QStringLiteral("a[at]b.com a[@]b.com a[AT]b.com")),
                 QStringLiteral("a@b.com a@b.com a@b.com"));
        QCOMPARE(refang(QStringLiteral("hXXps[:]//x[.]com hxxp[://]x.com")),
                 QStringLiteral("https://x.com http://x.com"));
        // Schemes come back in lower case, whatever case they were defanged in.
        QCOMPARE(defang(QStringLiteral("HTTP://X.EXAMPLE/"), QStringLiteral("url")),
                 QStringLiteral("hxxp://X[.]EXAMPLE/"));
        QCOMPARE(refang(QStringLiteral("HXXP://X[.]EXAMPLE/ FXPS://y")),
                 QStringLiteral("http://X.EXAMPLE/ ftps://y"));
        // Only a scheme: not inside a word, not without its colon.
        QCOMPARE(refang(QStringLiteral("shxxp: hxxpd hxxp")), QStringLiteral("shxxp: hxxpd hxxp"));
        QCOMPARE(refang(QStringLiteral("[.")), QStringLiteral("[."));
    }

    void htmlExact()
    {
        HtmlStyle style;
        style.monospaceFamily = QStringLiteral("DejaVu Sans Mono");
        style.codeBackground = QStringLiteral("#eeeeee");
        style.linkColour = QStringLiteral("#0000ff");
        style.mentionColour = QStringLiteral("#aa00aa");
        style.indicatorColour = QStringLiteral("#aa5500");
        style.quoteBar = QStringLiteral("#888888");
        style.quoteText = QStringLiteral("#555555");
        const QString body = QStringLiteral(
            "hi @alice see `x<y` & #CCIRC-2026-1\nnext https://example.com/?a=1&b=2\n"
            "> q evil[.]com\n> hxxp://evil[.]com/a\n"
            "```sh\na && b <c>\n```");
        const QString expected = QStringLiteral(
            "<p style=\"margin-top:0;margin-bottom:0\">hi "
            "<a href=\"liaison-mention:alice\" style=\"color:#aa00aa\">@alice</a> see "
            "<code style=\"font-family:'DejaVu Sans Mono';background-color:#eeeeee\">x&lt;y</code>"
            " &amp; <a href=\"liaison-incident:CCIRC-2026-1\" style=\"color:#aa00aa\">"
            "#CCIRC-2026-1</a><br>next "
            "<a href=\"https://example.com/?a=1&amp;b=2\" style=\"color:#0000ff\">"
            "https://example.com/?a=1&amp;b=2</a></p>"
            "<table cellspacing=\"0\" cellpadding=\"0\"><tr><td width=\"3\" bgcolor=\"#888888\">"
            "</td><td style=\"padding-left:6px;color:#555555\">q "
            "<a href=\"liaison-indicator:domain:evil.com\" style=\"color:#aa5500\">evil[.]com</a>"
            "<br><a href=\"liaison-indicator:url:http%3A%2F%2Fevil.com%2Fa\" "
            "style=\"color:#aa5500\">hxxp://evil[.]com/a</a></td></tr></table>"
            "<pre style=\"margin-top:0;margin-bottom:0;font-family:'DejaVu Sans Mono';"
            "background-color:#eeeeee\">a &amp;&amp; b &lt;c&gt;</pre>");
        const QString html = messageToHtml(parseMessage(body), style);
        QCOMPARE(html, expected);
        checkMarkup(html);

        const Rendered r = render(html);
        QCOMPARE(r.hrefs,
                 (QStringList {"liaison-mention:alice", "liaison-incident:CCIRC-2026-1",
                               "https://example.com/?a=1&b=2", "liaison-indicator:domain:evil.com",
                               "liaison-indicator:url:http%3A%2F%2Fevil.com%2Fa"}));
        QVERIFY(r.text.contains(QStringLiteral("x<y & #CCIRC-2026-1")));
        QVERIFY(r.text.contains(QStringLiteral("a && b <c>")));
    }

    void htmlDefaultStyleAndBlockquote()
    {
        const QString html = messageToHtml(parseMessage(QStringLiteral("> a <b>\n`c`")));
        QCOMPARE(html,
                 QStringLiteral("<blockquote style=\"margin-top:0;margin-bottom:0\">a &lt;b&gt;"
                                "</blockquote><p style=\"margin-top:0;margin-bottom:0\">"
                                "<code style=\"font-family:'monospace'\">c</code></p>"));
        QCOMPARE(messageToHtml({}), QString());
    }

    void htmlStyleIsSanitised()
    {
        HtmlStyle style;
        style.monospaceFamily = QStringLiteral("Mono'; color:red\"><script>");
        style.codeBackground = QStringLiteral("red\" onload=\"x");
        style.quoteBar = QStringLiteral("#fff\"><img src=x>");
        style.linkColour = QStringLiteral("blue;background:url(x)");
        const QString html
            = messageToHtml(parseMessage(QStringLiteral("`a` https://example.com\n> q")), style);
        QCOMPARE(html,
                 QStringLiteral("<p style=\"margin-top:0;margin-bottom:0\"><code "
                                "style=\"font-family:'Mono colorredscript'\">a</code> "
                                "<a href=\"https://example.com\">https://example.com</a></p>"
                                "<blockquote style=\"margin-top:0;margin-bottom:0\">q"
                                "</blockquote>"));
        checkMarkup(html);
    }

    void hostileBodies_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("visible"); // QTextDocument's plain text of the HTML
        QTest::addColumn<QStringList>("hrefs");
        auto row = [](const char *name, const QString &body, const QString &visible,
                      const QStringList &hrefs = {}) {
            QTest::newRow(name) << body << visible << hrefs;
        };
        row("script", "<script>alert(1)</script>", "<script>alert(1)</script>");
        row("img onerror", "<img src=x onerror=alert(1)>", "<img src=x onerror=alert(1)>");
        row("bold", "<b>bold</b>", "<b>bold</b>");
        row("entities", "&lt;b&gt; &amp; &#60;", "&lt;b&gt; &amp; &#60;");
        row("javascript", "javascript:alert(1)", "javascript:alert(1)");
        // Never a link; "document.cookie" does pass for a domain (a lower-case TLD that is no
        // file extension): an indicator anchor, which only the view interprets.
        row("javascript uppercase", "JaVaScRiPt:alert(document.cookie)",
            "JaVaScRiPt:alert(document.cookie)", {"liaison-indicator:domain:document.cookie"});
        row("data url", "data:text/html,<script>alert(1)</script>",
            "data:text/html,<script>alert(1)</script>");
        row("attribute break-out", "\"><a href=javascript:alert(1)>x</a>",
            "\"><a href=javascript:alert(1)>x</a>");
        row("link with a quote", "https://evil.example/\"onmouseover=\"alert(1)",
            "https://evil.example/\"onmouseover=\"alert(1)", {"https://evil.example/"});
        row("link with an angle bracket", "https://evil.example/<script>alert(1)</script>",
            "https://evil.example/<script>alert(1)</script>", {"https://evil.example/"});
        row("link with an apostrophe", "https://evil.example/'onclick='alert(1)",
            "https://evil.example/'onclick='alert(1)", {"https://evil.example/'onclick='alert(1)"});
        row("link with a backslash", "https://evil.example/a\\\"b", "https://evil.example/a\\\"b",
            {"https://evil.example/a%5C"});
        row("mention with markup", "@alice<script>", "@alice<script>", {"liaison-mention:alice"});
        row("indicator with markup", "evil[.]com<img src=x>", "evil[.]com<img src=x>",
            {"liaison-indicator:domain:evil.com"});
        row("code with markup", "`</code><script>x</script>`", "</code><script>x</script>");
        row("fence with markup", "```<script>\n</pre><img src=x onerror=alert(1)>\n```",
            "</pre><img src=x onerror=alert(1)>");
        row("quote with markup", "> </blockquote><script>", "</blockquote><script>");
        row("null and controls", QStringLiteral("a\u0000b\u0007c<"),
            QStringLiteral("a\u0000b\u0007c<"));
    }

    void hostileBodies()
    {
        QFETCH(QString, body);
        QFETCH(QString, visible);
        QFETCH(QStringList, hrefs);
        const QString html = messageToHtml(parseMessage(body));
        checkMarkup(html);
        QVERIFY(!html.contains(QLatin1String("<script"), Qt::CaseInsensitive));
        QVERIFY(!html.contains(QLatin1String("<img"), Qt::CaseInsensitive));
        static const QRegularExpression badHref(
            QStringLiteral("href=\"(?!https?://|mailto:|liaison-)"),
            QRegularExpression::CaseInsensitiveOption);
        QVERIFY(!badHref.match(html).hasMatch());
        QVERIFY(!html.contains(QLatin1String("href=\"javascript:"), Qt::CaseInsensitive));
        QVERIFY(!html.contains(QLatin1String(" onerror="), Qt::CaseInsensitive)
                || html.contains(QLatin1String("&lt;img src=x onerror=")));
        const Rendered r = render(html);
        if (!visible.contains(QChar(0)))
            QCOMPARE(r.text, visible);
        QCOMPARE(r.hrefs, hrefs);
    }

    void preview_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<int>("max");
        QTest::addColumn<QString>("expected");
        auto row = [](const char *name, const QString &body, int max, const QString &expected) {
            QTest::newRow(name) << body << max << expected;
        };
        row("plain", "hello", 50, "hello");
        row("lines joined", "hello\n\n  world\t!", 50, "hello world !");
        row("fence stripped", "```sh\nls -la\n```\ndone", 50, "ls -la done");
        row("unterminated fence", "look:\n```\nx = 1", 50, "look: x = 1");
        row("inline code", "run `rm -rf /tmp/x` now", 50, "run rm -rf /tmp/x now");
        row("quote", "> was it blocked?\nyes", 50, "> was it blocked? yes");
        row("markup is plain text", "<b>bold</b>", 50, "<b>bold</b>");
        row("exact fit", "abcde", 5, "abcde");
        row("cut", "abcdefghij", 5, QStringLiteral("abcd\u2026"));
        row("cut before a space", "abc def ghi", 5, QStringLiteral("abc\u2026"));
        row("cut keeps surrogates whole", QStringLiteral("ab\U0001F600cd"), 4,
            QStringLiteral("ab\u2026"));
        row("one", "abc", 1, QStringLiteral("\u2026"));
        row("zero", "abc", 0, "");
        row("bidi overrides dropped", QStringLiteral("a\u202Eb\u2066c\u2069"), 50, "abc");
        row("controls dropped", QStringLiteral("a\u0000b\u001bc\r\nd"), 50, "abc d");
        row("empty", "", 10, "");
    }

    void preview()
    {
        QFETCH(QString, body);
        QFETCH(int, max);
        QFETCH(QString, expected);
        const QString got = messagePlainPreview(body, max);
        QCOMPARE(got, expected);
        QVERIFY(got.size() <= qMax(max, 0));
    }

    // Bodies made to make a naive parser quadratic or a regular expression backtrack: each is
    // parsed completely (the time is printed, not asserted: machines differ).
    void pathological_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("expected"); // describe() of the result; empty: not checked
        const int n = 16000;
        auto row = [](const char *name, const QString &body, const QString &expected = {}) {
            QTest::newRow(name) << body.left(16000) << expected;
        };
        // A line of backticks only is a fence: an empty code block that runs to the end.
        row("backticks", QString(n, u'`'), "K()[C'']");
        row("backticks after text", u'a' + QString(n, u'`'), "P[T'a" + QString(n - 1, u'`') + "']");
        row("backtick pairs", QStringLiteral("`a").repeated(n / 2));
        row("backtick runs of every length", [] {
            QString s;
            for (int k = 1; s.size() < 16000; ++k)
                s += QString(k, u'`') + u'a';
            return s;
        }());
        row("fences", QStringLiteral("```\n").repeated(n / 4));
        row("markers", QStringLiteral("[.]").repeated(n / 3 + 1),
            "P[T'" + QStringLiteral("[.]").repeated(n / 3 + 1).left(n) + "']");
        row("at signs", QString(n, u'@'), "P[T'" + QString(n, u'@') + "']");
        row("hashes", QString(n, u'#'), "P[T'" + QString(n, u'#') + "']");
        row("a dot", QStringLiteral("a.").repeated(n / 2),
            "P[T'" + QStringLiteral("a.").repeated(n / 2) + "']");
        row("a marker", QStringLiteral("a[.]").repeated(n / 4),
            "P[T'" + QStringLiteral("a[.]").repeated(n / 4) + "']");
        row("hex and colons", QStringLiteral("1:").repeated(n / 2),
            "P[T'" + QStringLiteral("1:").repeated(n / 2) + "']");
        row("schemes", QStringLiteral("http://").repeated(n / 7 + 1));
        row("hxxp schemes", QStringLiteral("hxxp://a[.]").repeated(n / 11 + 1));
        row("closing parentheses", "https://example.com/" + QString(n, u')'));
        row("mention chars", u'@' + QString(n - 1, u'a'));
        row("ref chars", u'#' + QString(n - 1, u'a'));
        row("quotes", QStringLiteral("> a\n").repeated(n / 4));
        row("many domains", QStringLiteral("ab.cd ").repeated(n / 6 + 1));
        row("many e-mail addresses", QStringLiteral("x@y.zz ").repeated(n / 7 + 1));
        row("many mentions", QStringLiteral("@a ").repeated(n / 3 + 1));
        row("long word", QString(n, u'a'), "P[T'" + QString(n, u'a') + "']");
        row("newlines", QString(n, u'\n'), "");
    }

    void pathological()
    {
        QFETCH(QString, body);
        QFETCH(QString, expected);
        QCOMPARE(body.size(), 16000);
        QElapsedTimer timer;
        timer.start();
        const auto blocks = parseMessage(body);
        const auto found = extractIndicators(body);
        const QString html = messageToHtml(blocks);
        const QString preview = messagePlainPreview(body, 120);
        qInfo("%s: %lld ms, %lld blocks, %lld indicators", QTest::currentDataTag(), timer.elapsed(),
              qlonglong(blocks.size()), qlonglong(found.size()));
        checkOffsets(body, blocks);
        if (!expected.isEmpty())
            QCOMPARE(describe(blocks), expected);
        QVERIFY(preview.size() <= 120);
        QVERIFY(!html.contains(QLatin1String("<script")));
    }

    // Random bodies over the characters the scanners care about: whatever they hold, offsets
    // stay honest and the HTML stays markup of our own.
    void randomBodies()
    {
        const QString alphabet = QStringLiteral("`[].()@#:/\\ a1fhxpt<>\"'&\n>-_ CVE.com");
        QRandomGenerator random(20260101);
        for (int round = 0; round < 300; ++round) {
            QString body;
            const int size = random.bounded(1, 400);
            for (int k = 0; k < size; ++k)
                body += alphabet[random.bounded(int(alphabet.size()))];
            const auto blocks = parseMessage(body);
            checkOffsets(body, blocks);
            if (QTest::currentTestFailed())
                qWarning() << "body:" << body;
            QVERIFY(!QTest::currentTestFailed());
            checkMarkup(messageToHtml(blocks));
            QVERIFY2(!QTest::currentTestFailed(), qPrintable(body));
            extractIndicators(body);
        }
    }
};

QTEST_MAIN(TestMessageText)
#include "tst_messagetext.moc"
