#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace liaison {

// Chat bodies are plain text typed (or pasted) by analysts, never HTML. This module reads the
// little structure they carry (code fences, quotes, inline code, links, mentions, incident
// references, indicators, defanged or not) without any QtGui, so that the chat view, the
// notifications and later the board all see the same thing, and so that the only HTML ever
// made from a body is made here, with every piece of it escaped.
//
// The scanner is linear in the body's length: no regular expression runs over unbounded user
// text (candidates are cut by hand, then bounded ones are checked by IndicatorValidator).

struct MessageSpan
{
    enum Kind { Text, Code, Link, Mention, IncidentRef, Indicator };
    Kind kind = Text;
    // As shown: for Code the code itself (inline: without its backticks), otherwise the text
    // as written. A Text span may hold '\n' (a line break inside its block).
    QString text;
    // Link: the URL, fully percent-encoded (safe to open); Mention: the handle (without '@');
    // IncidentRef: the reference (without '#'; letters upper-cased, hex ids lower-cased);
    // Indicator: the refanged value, normalised by validateIndicator.
    QString target;
    QString indicatorType; // indicatorTypeKey() of an Indicator ("domain", "ipv4", ...)
    // Where the span's source is in the body: body.mid(start, length) is what was written
    // (for an inline Code span, with its backticks; for a code block, its content).
    int start = 0;
    int length = 0;
};

struct MessageBlock
{
    enum Kind { Paragraph, Quote, CodeBlock };
    Kind kind = Paragraph;
    QString language; // CodeBlock: the first word after the opening ``` (may be empty)
    // CodeBlock: exactly one Code span, the content verbatim. Paragraph and Quote: the line's
    // spans in order; a Quote's spans are its lines without their "> " markers.
    QList<MessageSpan> spans;
};

// Blocks in body order. A line opening with ``` starts a code block that runs to a line of
// at least as many backticks (or to the end of the body when none follows); consecutive lines
// starting with "> " (or a lone ">") form one quote; the other lines form paragraphs, which
// keep their inner blank lines; blank lines around blocks belong to none.
QList<MessageBlock> parseMessage(const QString &body);

struct FoundIndicator
{
    QString type; // indicatorTypeKey()
    QString value; // refanged, normalised by validateIndicator
    QString asWritten; // as in the body (defanged forms included)
};

// Every indicator in the body, code and quotes included (analysts paste logs), each (type,
// value) once, in order of first appearance. Plain http(s) links count as URL indicators and
// mailto: links as e-mail addresses.
QList<FoundIndicator> extractIndicators(const QString &body);

// The handles mentioned with @handle outside code, each once (compared without case, first
// spelling kept), in order of first appearance.
QStringList mentionedHandles(const QString &body);

// Turns a defanged indicator back into its value: the markers [.] (.) [dot] -> ".", [:] -> ":",
// [://] -> "://", [@] [at] -> "@" (any case), and the schemes hxxp(s) -> http(s), fxp(s) ->
// ftp(s) (any case, given back in lower case). Anything else is left as it is.
QString refang(const QString &text);
// The conventional defanged form of a value of the given indicator type (indicatorTypeKey):
// dots of domains, e-mail domains, IPv4 addresses and URL hosts as [.], '@' as [@], ':' of
// IPv6 addresses as [:], schemes as hxxp(s)/fxp(s) (in lower case). Hashes, CVE ids, file
// names and unknown types are returned unchanged (they are not clickable).
// refang(defang(v, t)) == v for every value whose scheme, if any, is in lower case.
QString defang(const QString &value, const QString &typeKey);

// How messageToHtml styles what it makes; colours are CSS colours ("#rrggbb" or a name), the
// family a font family name. Values that are not of that shape are left out of the HTML.
struct HtmlStyle
{
    QString monospaceFamily = QStringLiteral("monospace");
    QString codeBackground; // inline code and code blocks
    QString linkColour; // links
    QString mentionColour; // mentions and incident references
    QString indicatorColour; // indicators
    QString quoteBar; // the bar left of a quote; empty: a plain <blockquote>
    QString quoteText; // the text of a quote
};

// HTML for QTextDocument. Every piece of the body is escaped; the only anchors are
// http/https/mailto links (href from the percent-encoded URL) and liaison-mention:HANDLE,
// liaison-incident:REF and liaison-indicator:TYPE:VALUE (each part percent-encoded), which
// the view handles itself.
QString messageToHtml(const QList<MessageBlock> &blocks, const HtmlStyle &style = {});

// One line of plain text for notifications and the channel rail: fences and inline backticks
// dropped, quotes kept as "> ", white space collapsed, cut to at most maxChars UTF-16 units
// with an ellipsis. Plain text: show it with Qt::PlainText (a QLabel would otherwise take
// "<b>" for markup).
QString messagePlainPreview(const QString &body, int maxChars);

} // namespace liaison
