#include "services/CsvExport.h"

#include "domain/IncidentReference.h"
#include "services/IncidentService.h"

#include <QDateTime>
#include <QTimeZone>

namespace liaison {

QByteArray csvField(const QString &value)
{
    QString text = value;
    if (!text.isEmpty()) {
        const QChar first = text.front();
        if (first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-')
            || first == QLatin1Char('@') || first == QLatin1Char('\t')
            || first == QLatin1Char('\r'))
            text.prepend(QLatin1Char('\''));
    }
    const bool quote = text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"'))
        || text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r'))
        || text.contains(QLatin1Char('\''));
    if (!quote)
        return text.toUtf8();
    text.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return '"' + text.toUtf8() + '"';
}

namespace {
QString flag(bool on)
{
    return on ? QStringLiteral("true") : QStringLiteral("false");
}

// ISO 8601 in UTC (what a spreadsheet or a script reads whatever its locale); empty if unknown.
QString isoTime(qint64 ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(Qt::ISODate)
                  : QString();
}
} // namespace

QByteArray exportIncidentsCsv(const IncidentService &service, const QStringList &incidentIds)
{
    QByteArray out("\xEF\xBB\xBF"); // UTF-8 byte-order mark
    const auto row = [&out](const QStringList &fields) {
        for (int i = 0; i < fields.size(); ++i) {
            if (i)
                out += ',';
            out += csvField(fields.at(i));
        }
        out += "\r\n";
    };
    row({QStringLiteral("incident_id"), QStringLiteral("reference"), QStringLiteral("title"),
         QStringLiteral("status"), QStringLiteral("severity"), QStringLiteral("tlp"),
         QStringLiteral("sector"), QStringLiteral("owner_centre"), QStringLiteral("scope"),
         QStringLiteral("summary"), QStringLiteral("indicator_type"),
         QStringLiteral("indicator_value"), QStringLiteral("indicator_note"),
         QStringLiteral("indicator_tlp"), QStringLiteral("indicator_ioc"),
         QStringLiteral("indicator_sighted"), QStringLiteral("indicator_first_seen"),
         QStringLiteral("indicator_last_seen"), QStringLiteral("indicator_source")});
    for (const QString &id : incidentIds) {
        const auto incident = service.incident(id);
        if (!incident || incident->deleted)
            continue;
        const QStringList base {
            incident->id,
            incidentReference(incident->ownerCentre, incident->createdAt, incident->id),
            incident->title,
            incident->status,
            incident->severity,
            incident->tlp,
            incident->sector,
            incident->ownerCentre,
            incident->scope,
            incident->summary};
        const auto indicators = service.indicators(id);
        if (indicators.isEmpty())
            row(base + QStringList(9));
        // An indicator's marking is the stricter of its own and its incident's.
        for (const auto &i : indicators)
            row(base
                + QStringList {i.type, i.value, i.note, i.effectiveTlp, flag(i.ioc),
                               flag(i.sighted), isoTime(i.firstSeen), isoTime(i.lastSeen),
                               i.source});
    }
    return out;
}

} // namespace liaison
