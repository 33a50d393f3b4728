#include "IncidentReference.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QRegularExpression>

namespace liaison {

namespace {
constexpr char kAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"; // Crockford base32
constexpr int kCodeLength = 6; // 30 bits
} // namespace

QString incidentReference(const QString &ownerCentre, qint64 createdAtMs, const QString &id)
{
    const QByteArray digest
        = QCryptographicHash::hash(id.trimmed().toLower().toUtf8(), QCryptographicHash::Sha256);
    quint64 bits = 0;
    for (int i = 0; i < 5; ++i) // 40 bits, of which the top 30 are used
        bits = (bits << 8) | quint8(digest.at(i));
    QString code(kCodeLength, QLatin1Char('0'));
    for (int i = 0; i < kCodeLength; ++i)
        code[i] = QLatin1Char(kAlphabet[(bits >> (35 - 5 * i)) & 0x1f]);
    const int year = QDateTime::fromMSecsSinceEpoch(createdAtMs, Qt::UTC).date().year();
    const QString centre = ownerCentre.trimmed().toUpper();
    return QStringLiteral("%1-%2-%3")
        .arg(centre.isEmpty() ? QStringLiteral("X") : centre)
        .arg(year, 4, 10, QLatin1Char('0'))
        .arg(code);
}

QString normalizeIncidentReference(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral(
        "^\\s*([A-Za-z][A-Za-z0-9]{0,15})\\s*-\\s*(\\d{4})\\s*-\\s*([0-9A-Za-z][0-9A-"
        "Za-z \\-]{4,10})\\s*$"));
    const QRegularExpressionMatch m = shape.match(text);
    if (!m.hasMatch())
        return {};
    QString code;
    for (QChar c : m.captured(3)) {
        c = c.toUpper();
        if (c == QLatin1Char(' ') || c == QLatin1Char('-'))
            continue;
        if (c == QLatin1Char('O'))
            c = QLatin1Char('0');
        else if (c == QLatin1Char('I') || c == QLatin1Char('L'))
            c = QLatin1Char('1');
        if (!QByteArray(kAlphabet).contains(char(c.toLatin1())))
            return {};
        code += c;
    }
    if (code.size() != kCodeLength)
        return {};
    return QStringLiteral("%1-%2-%3").arg(m.captured(1).toUpper(), m.captured(2), code);
}

} // namespace liaison
