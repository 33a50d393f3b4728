#include "ContactsCommands.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

#include <algorithm>

namespace liaison::cli {

namespace {
QByteArray jsonValue(const QJsonValue &value)
{
    const QByteArray array = QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

QByteArray jsonList(const QStringList &values)
{
    return QJsonDocument(QJsonArray::fromStringList(values)).toJson(QJsonDocument::Compact);
}
} // namespace

QStringList splitList(const QString &text, QChar separator)
{
    QStringList out;
    for (const QString &part : text.split(separator, Qt::SkipEmptyParts)) {
        if (!part.trimmed().isEmpty())
            out << part.trimmed();
    }
    return out;
}

QByteArray contactsJson(const QList<Contact> &contacts)
{
    // Members in the documented order (QJsonObject would sort them).
    QByteArray text = "[";
    for (const Contact &c : contacts) {
        if (text.size() > 1)
            text += ",\n ";
        text += "{\"id\":" + jsonValue(c.id) + ",\"name\":" + jsonValue(c.name)
            + ",\"organisation\":" + jsonValue(c.organisation)
            + ",\"centre\":" + jsonValue(c.centre) + ",\"role\":" + jsonValue(c.role)
            + ",\"emails\":" + jsonList(c.emails) + ",\"phones\":" + jsonList(c.phones)
            + ",\"languages\":" + jsonList(c.languages) + ",\"timezone\":" + jsonValue(c.timezone)
            + ",\"working_hours\":" + jsonValue(c.workingHours) + ",\"notes\":" + jsonValue(c.notes)
            + ",\"analyst_id\":" + jsonValue(c.analystId)
            + ",\"liaison\":" + (c.isAnalyst() ? "true" : "false") + ",\"from_directory\":"
            + (c.fromDirectory ? "true" : "false") + ",\"scope\":" + jsonValue(c.scope) + "}";
    }
    return text + "]\n";
}

QString contactsTable(const QList<Contact> &contacts)
{
    QList<QStringList> rows {{QStringLiteral("NAME"), QStringLiteral("CENTRE"),
                              QStringLiteral("ROLE"), QStringLiteral("EMAIL"),
                              QStringLiteral("LANG"), QStringLiteral("TIME ZONE"),
                              QStringLiteral("ID")}};
    for (const Contact &c : contacts) {
        const QString role = !c.role.isEmpty() ? c.role
            : c.fromDirectory
            ? (c.analystRole == QLatin1String("lead") ? QStringLiteral("(Liaison team lead)")
                                                      : QStringLiteral("(Liaison analyst)"))
            : QString();
        rows << QStringList {c.name,
                             c.centre,
                             role,
                             c.email(),
                             c.languages.join(QLatin1Char(',')),
                             c.timezone,
                             c.id.isEmpty() ? QStringLiteral("-") : c.id};
    }
    QList<qsizetype> widths(rows.first().size(), 0);
    for (const QStringList &row : rows) {
        for (qsizetype i = 0; i < row.size(); ++i)
            widths[i] = std::min<qsizetype>(std::max(widths[i], row.at(i).size()), 40);
    }
    QString out;
    for (const QStringList &row : rows) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i)
            line += i + 1 == row.size() ? row.at(i) : row.at(i).leftJustified(widths[i] + 2);
        out += line.trimmed() + QLatin1Char('\n');
    }
    return out;
}

} // namespace liaison::cli
