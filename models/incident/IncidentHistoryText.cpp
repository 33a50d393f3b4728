// IncidentHistoryModel's words: one whole sentence per change, in the UI's language.
#include "IncidentHistoryModel.h"

#include "domain/DomainText.h"
#include "domain/Sectors.h"
#include "services/IncidentService.h"

#include <QDate>
#include <QLocale>

namespace liaison {

namespace {

constexpr int kElideAt = 80; // characters of a long text the list shows

using Kind = HistoryChange::Kind;

QString textOf(const FieldValue *value)
{
    const QString *text = value ? std::get_if<QString>(value) : nullptr;
    return text ? *text : QString();
}

// The first line, cut at kElideAt characters.
QString elide(const QString &text)
{
    QString line = text.section(QLatin1Char('\n'), 0, 0);
    const bool more = line.size() < text.size() || line.size() > kElideAt;
    if (line.size() > kElideAt)
        line = line.left(kElideAt).trimmed();
    return more ? line + QStringLiteral("…") : line;
}

bool isComment(const HistoryChange &c, const char *prefix)
{
    return c.entity == QLatin1String("comment") && c.kind == Kind::Created
        && textOf(c.recordField(QStringLiteral("kind"))) == QLatin1String("release")
        && textOf(c.recordField(QStringLiteral("body"))).startsWith(QLatin1String(prefix));
}

} // namespace

QString IncidentHistoryModel::recordText(const HistoryChange &c, const char *field,
                                         bool elided) const
{
    const QString text = textOf(c.recordField(QLatin1String(field)));
    return elided ? elide(text) : text;
}

QString IncidentHistoryModel::valueText(const QString &entity, const QString &field,
                                        const FieldValue &value, bool elided) const
{
    if (const bool *b = std::get_if<bool>(&value))
        //: A yes/no field's value in the history
        return *b ? tr("yes") : tr("no");
    if (const qint64 *n = std::get_if<qint64>(&value)) {
        if (field.endsWith(QLatin1String("_at")) || field.endsWith(QLatin1String("_seen")))
            return historyTimeText(*n);
        if (field == QLatin1String("size"))
            return QLocale().formattedDataSize(*n);
        return QLocale().toString(*n);
    }
    const QString text = textOf(&value);
    if (text.isEmpty())
        //: History: a field that had no value, or was emptied
        return tr("(none)");
    if (field == QLatin1String("status"))
        return statusLabel(text);
    if (field == QLatin1String("severity"))
        return severityLabel(text);
    if (field == QLatin1String("tlp"))
        return tlpDisplay(text);
    if (field == QLatin1String("pap"))
        return QStringLiteral("PAP:") + text.toUpper(); // FIRST's own form, never translated
    if (field == QLatin1String("sector"))
        return sectorName(text);
    if (field == QLatin1String("scope") || field == QLatin1String("visibility"))
        return scopeLabel(text);
    if (entity == QLatin1String("indicator") && field == QLatin1String("type"))
        return indicatorTypeLabel(text);
    if (field == QLatin1String("analyst_id") || field == QLatin1String("assignee")
        || field == QLatin1String("reporter"))
        return m_service.analystName(text);
    if (field.endsWith(QLatin1String("_date"))) {
        if (const QDate date = QDate::fromString(text, Qt::ISODate); date.isValid())
            return QLocale().toString(date, QLocale::ShortFormat);
    }
    //: A text value quoted in the history
    return tr("“%1”").arg(elided ? elide(text) : text);
}

QStringList IncidentHistoryModel::sentences(const HistoryEdit &edit, bool elided) const
{
    // A marking change and a share are said by their release records (with the reason):
    // the same edit's field changes would say it twice.
    bool markingRecord = false;
    bool shareRecord = false;
    for (const HistoryChange &c : edit.changes) {
        markingRecord = markingRecord || isComment(c, "tlp tlp:");
        shareRecord = shareRecord || isComment(c, "share ");
    }
    const QString who = nameOf(edit.author, edit.centre);
    QStringList out;
    for (const HistoryChange &c : edit.changes) {
        const bool incidentField = c.entity == QLatin1String("incident") && c.kind == Kind::Changed;
        if (incidentField
            && ((markingRecord && c.field == QLatin1String("tlp"))
                || (shareRecord && c.field == QLatin1String("scope"))))
            continue;
        out << sentence(c, who, elided);
    }
    return out;
}

QString IncidentHistoryModel::sentence(const HistoryChange &c, const QString &who,
                                       bool elided) const
{
    if (c.entity == QLatin1String("incident"))
        return incidentSentence(c, who, elided);
    return childSentence(c, who, elided);
}

QString IncidentHistoryModel::incidentSentence(const HistoryChange &c, const QString &who,
                                               bool elided) const
{
    switch (c.kind) {
    case Kind::Created:
        //: History: %1 analyst, %2 the incident's title, %3 its severity, %4 its TLP marking
        return tr("%1 created the incident “%2” (%3, %4).")
            .arg(who, recordText(c, "title", elided),
                 severityLabel(recordText(c, "severity", false)),
                 tlpDisplay(recordText(c, "tlp", false)));
    //: History: %1 analyst
    case Kind::Removed: return tr("%1 deleted the incident.").arg(who);
    //: History: %1 analyst
    case Kind::Restored: return tr("%1 restored the incident.").arg(who);
    case Kind::Changed: break;
    }
    return changedSentence(c, who, elided);
}

QString IncidentHistoryModel::changedSentence(const HistoryChange &c, const QString &who,
                                              bool elided) const
{
    const QString field = fieldLabel(c.entity, c.field);
    const QString from = valueText(c.entity, c.field, c.before, elided);
    const QString to = valueText(c.entity, c.field, c.after, elided);
    if (c.entity == QLatin1String("incident"))
        //: History: %1 analyst, %2 a field (severity, TLP marking...), %3 its old value, %4 the
        //: new one
        return tr("%1 changed the %2 from %3 to %4.").arg(who, field, from, to);
    if (c.entity == QLatin1String("indicator"))
        //: History: %1 analyst, %2 a field, %3 the indicator's value, %4 old value, %5 new
        return tr("%1 changed the %2 of the indicator %3 from %4 to %5.")
            .arg(who, field, recordText(c, "value", elided), from, to);
    if (c.entity == QLatin1String("task"))
        //: History: %1 analyst, %2 a field, %3 the task's title, %4 old value, %5 new
        return tr("%1 changed the %2 of the task “%3” from %4 to %5.")
            .arg(who, field, recordText(c, "title", elided), from, to);
    if (c.entity == QLatin1String("evidence"))
        //: History: %1 analyst, %2 a field, %3 the file's name, %4 old value, %5 new
        return tr("%1 changed the %2 of the evidence file “%3” from %4 to %5.")
            .arg(who, field, recordText(c, "name", elided), from, to);
    if (c.entity == QLatin1String("comment"))
        //: History: %1 analyst, %2 a field, %3 old value, %4 new
        return tr("%1 changed the %2 of a comment from %3 to %4.").arg(who, field, from, to);
    //: History: %1 analyst, %2 a field, %3 a kind of record, %4 old value, %5 new
    return tr("%1 changed the %2 of a record (%3) from %4 to %5.")
        .arg(who, field, entityLabel(c.entity), from, to);
}

QString IncidentHistoryModel::childSentence(const HistoryChange &c, const QString &who,
                                            bool elided) const
{
    const bool made = c.kind == Kind::Created || c.kind == Kind::Restored;
    if (c.entity == QLatin1String("indicator")) {
        const QString value = recordText(c, "value", elided);
        const QString type = indicatorTypeLabel(recordText(c, "type", false));
        if (c.kind == Kind::Created)
            //: History: %1 analyst, %2 the indicator's value, %3 its type
            return tr("%1 added the indicator %2 (%3).").arg(who, value, type);
        if (c.kind == Kind::Removed)
            //: History: %1 analyst, %2 the indicator's value, %3 its type
            return tr("%1 deleted the indicator %2 (%3).").arg(who, value, type);
        if (c.kind == Kind::Restored)
            //: History: %1 analyst, %2 the indicator's value, %3 its type
            return tr("%1 restored the indicator %2 (%3).").arg(who, value, type);
    } else if (c.entity == QLatin1String("task")) {
        const QString title = recordText(c, "title", elided);
        if (c.kind == Kind::Created) {
            const QString assignee = recordText(c, "assignee", false);
            const FieldValue *due = c.recordField(QStringLiteral("due_date"));
            const QString dueText = due && !textOf(due).isEmpty()
                ? valueText(c.entity, QStringLiteral("due_date"), *due)
                : QString();
            if (!assignee.isEmpty() && !dueText.isEmpty())
                //: History: %1 analyst, %2 task title, %3 who is to do it, %4 due date
                return tr("%1 added the task “%2” for %3, due %4.")
                    .arg(who, title, m_service.analystName(assignee), dueText);
            if (!assignee.isEmpty())
                //: History: %1 analyst, %2 task title, %3 who is to do it
                return tr("%1 added the task “%2” for %3.")
                    .arg(who, title, m_service.analystName(assignee));
            if (!dueText.isEmpty())
                //: History: %1 analyst, %2 task title, %3 due date
                return tr("%1 added the task “%2”, due %3.").arg(who, title, dueText);
            //: History: %1 analyst, %2 task title
            return tr("%1 added the task “%2”.").arg(who, title);
        }
        //: History: %1 analyst, %2 task title
        if (c.kind == Kind::Removed)
            return tr("%1 deleted the task “%2”.").arg(who, title);
        //: History: %1 analyst, %2 task title
        if (c.kind == Kind::Restored)
            return tr("%1 restored the task “%2”.").arg(who, title);
        if (c.field == QLatin1String("done"))
            return std::get_if<bool>(&c.after) && std::get<bool>(c.after)
                //: History: %1 analyst, %2 task title
                ? tr("%1 marked the task “%2” done.").arg(who, title)
                //: History: %1 analyst, %2 task title
                : tr("%1 reopened the task “%2”.").arg(who, title);
    } else if (c.entity == QLatin1String("assignee")) {
        const QString analyst = m_service.analystName(recordText(c, "analyst_id", false));
        if (made)
            //: History: %1 analyst, %2 the analyst assigned
            return tr("%1 assigned %2 to this incident.").arg(who, analyst);
        if (c.kind == Kind::Removed)
            //: History: %1 analyst, %2 the analyst taken off
            return tr("%1 took %2 off this incident.").arg(who, analyst);
    } else if (c.entity == QLatin1String("tag")) {
        const QString tag = recordText(c, "name", elided);
        if (made)
            //: History: %1 analyst, %2 a tag
            return tr("%1 tagged this incident “%2”.").arg(who, tag);
        if (c.kind == Kind::Removed)
            //: History: %1 analyst, %2 a tag
            return tr("%1 removed the tag “%2”.").arg(who, tag);
    } else if (c.entity == QLatin1String("evidence")) {
        const QString name = recordText(c, "name", elided);
        if (made) {
            const FieldValue *size = c.recordField(QStringLiteral("size"));
            //: History: %1 analyst, %2 file name, %3 its size
            return tr("%1 added the evidence file “%2” (%3).")
                .arg(who, name,
                     valueText(c.entity, QStringLiteral("size"), size ? *size : FieldValue()));
        }
        if (c.kind == Kind::Removed)
            //: History: %1 analyst, %2 file name
            return tr("%1 removed the evidence file “%2”.").arg(who, name);
    } else if (c.entity == QLatin1String("incident_member")) {
        const QString centre = recordText(c, "centre", false);
        const QString analyst = nameOf(recordText(c, "analyst_id", false), centre);
        if (made)
            //: History: %1 analyst, %2 a person of another centre named on the incident, %3 their
            //: centre
            return tr("%1 shared this incident with %2 (%3) by name.").arg(who, analyst, centre);
        if (c.kind == Kind::Removed)
            //: History: %1 analyst, %2 a person taken off the incident's list, %3 their centre
            return tr("%1 stopped sharing this incident with %2 (%3).").arg(who, analyst, centre);
    } else if (c.entity == QLatin1String("comment")) {
        const QString body = recordText(c, "body", elided);
        if (c.kind == Kind::Created
            && textOf(c.recordField(QStringLiteral("kind"))) == QLatin1String("release"))
            return releaseSentence(recordText(c, "body", false), who);
        if (made) {
            if (textOf(c.recordField(QStringLiteral("scope"))) == QLatin1String("shared"))
                //: History: %1 analyst, %2 the comment
                return tr("%1 wrote a comment the counterpart centre sees: “%2”").arg(who, body);
            //: History: %1 analyst, %2 the comment
            return tr("%1 wrote a comment: “%2”").arg(who, body);
        }
        if (c.kind == Kind::Removed)
            //: History: %1 analyst, %2 the comment
            return tr("%1 deleted a comment: “%2”").arg(who, body);
        if (c.field == QLatin1String("scope"))
            //: History: %1 analyst, %2 the comment, let out of the centre after it was written
            return tr("%1 let a comment out to the counterpart centre: “%2”").arg(who, body);
    } else if (c.kind != Kind::Changed) {
        const QString kind = entityLabel(c.entity);
        if (made)
            //: History: %1 analyst, %2 a kind of record this version has no words for
            return tr("%1 added a record (%2).").arg(who, kind);
        //: History: %1 analyst, %2 a kind of record this version has no words for
        return tr("%1 removed a record (%2).").arg(who, kind);
    }
    return changedSentence(c, who, elided);
}

} // namespace liaison
