#include "ContactsCommands.h"
#include "cli/CliSession.h"

#include "domain/Schema.h"
#include "services/ContactExchange.h"
#include "services/ScheduleService.h"

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

Exit commandContacts(const QString &dir, const QStringList &args)
{
    const QString sub = args.value(1);
    const QStringList rest = args.mid(2);
    const QString vcf = QStringLiteral("--vcf");
    if (sub == QLatin1String("add")) {
        const Options opts(rest, QStringLiteral("contacts add"),
                           {QStringLiteral("--name"), QStringLiteral("--email"),
                            QStringLiteral("--phone"), QStringLiteral("--tz"),
                            QStringLiteral("--lang"), QStringLiteral("--org"),
                            QStringLiteral("--centre"), QStringLiteral("--role"),
                            QStringLiteral("--hours"), QStringLiteral("--notes")},
                           {QStringLiteral("--shared")});
        Contact c;
        c.name = opts.required(QStringLiteral("--name"));
        c.emails = cli::splitList(opts.value(QStringLiteral("--email")), QLatin1Char(','));
        c.phones = cli::splitList(opts.value(QStringLiteral("--phone")), QLatin1Char(';'));
        c.languages = cli::splitList(opts.value(QStringLiteral("--lang")), QLatin1Char(','));
        for (const QString &l : std::as_const(c.languages)) {
            if (l != QLatin1String("en") && l != QLatin1String("fr"))
                opts.fail(QStringLiteral("--lang takes en, fr or en,fr, not '%1'").arg(l));
        }
        c.timezone = opts.value(QStringLiteral("--tz"));
        c.organisation = opts.value(QStringLiteral("--org"));
        c.centre = opts.value(QStringLiteral("--centre"));
        c.role = opts.value(QStringLiteral("--role"));
        c.workingHours = opts.value(QStringLiteral("--hours"));
        c.notes = opts.value(QStringLiteral("--notes"));
        if (opts.has(QStringLiteral("--shared")))
            c.scope = QString::fromLatin1(kScopeShared);
        Session s(dir);
        s.requireEnrolled();
        out() << s.workspace->schedule().saveContact(c) << "\n";
        return Exit::Done;
    }
    if (sub == QLatin1String("list")) {
        const Options opts(rest, QStringLiteral("contacts list"), {}, {QStringLiteral("--json")});
        Session s(dir);
        const QList<Contact> list = s.workspace->schedule().directory();
        if (opts.has(QStringLiteral("--json")))
            out() << QString::fromUtf8(cli::contactsJson(list));
        else
            out() << cli::contactsTable(list);
        return Exit::Done;
    }
    if (sub == QLatin1String("export")) {
        const Options opts(rest, QStringLiteral("contacts export"), {vcf});
        const QString path = opts.required(vcf);
        Session s(dir);
        const QList<Contact> list = s.workspace->schedule().directory();
        QString error;
        if (!writeContactsFile(path, list, &error))
            throw Failure(Exit::Failed,
                          QStringLiteral("%1 could not be written: %2").arg(path, error));
        out() << QStringLiteral("Exported %1 contact(s) to %2").arg(list.size()).arg(path) << "\n";
        return Exit::Done;
    }
    if (sub == QLatin1String("import")) {
        const Options opts(rest, QStringLiteral("contacts import"), {vcf});
        const QString path = opts.required(vcf);
        Session s(dir);
        s.requireEnrolled();
        try {
            const ContactImport result = importContactsFile(s.workspace->schedule(), path);
            out() << QStringLiteral("Imported %1: %2 new, %3 updated")
                         .arg(path)
                         .arg(result.created)
                         .arg(result.updated)
                  << "\n";
        } catch (const ContactImportError &e) {
            // "FILE:LINE: why": the form editors and compilers use, so the line can be found.
            throw Failure(Exit::InvalidInput,
                          QStringLiteral("%1:%2: %3 (nothing was imported)")
                              .arg(path)
                              .arg(e.line())
                              .arg(e.message()));
        }
        return Exit::Done;
    }
    throw UsageError("contacts takes add, list, export or import");
}

} // namespace liaison::cli
