#include "cli/ChatCommands.h"
#include "cli/CliSession.h"

#include "services/ChatAttachments.h"
#include "services/ChatService.h"
#include "storage/BlobStore.h"
#include "sync/SyncEngine.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace liaison::cli {

namespace {

void printChannels(Session &s, bool json)
{
    QJsonArray list;
    for (const auto &c : s.chat->channels(true)) {
        if (json) {
            QJsonArray members;
            for (const auto &m : s.chat->members(c.id))
                members.append(m.analystId);
            const UnreadCounts unread = s.chat->unread(c);
            list.append(QJsonObject {{"id", c.id},
                                     {"name", s.chat->displayName(c)},
                                     {"kind", c.kind},
                                     {"incident_id", c.incidentId},
                                     {"owner_centre", c.ownerCentre},
                                     {"scope", c.scope},
                                     {"tlp", c.tlp},
                                     {"topic", c.topic},
                                     {"archived", c.archived},
                                     {"members", members},
                                     {"unread", unread.messages},
                                     {"mentions", unread.mentions}});
        } else {
            out() << c.id << "\t" << c.kind << "\t" << c.scope << "\t" << c.tlp << "\t"
                  << printable(s.chat->displayName(c)) << "\n";
        }
    }
    if (json)
        printJson(QJsonDocument(list));
}

QString attachmentState(const ChatAttachment &a)
{
    if (a.uploadPending)
        return QStringLiteral("to-upload");
    return a.local ? QStringLiteral("here") : QStringLiteral("at-hub");
}

QJsonArray attachmentsJson(Session &s, const QString &messageId)
{
    QJsonArray list;
    for (const ChatAttachment &a : s.workspace->attachments().attachments(messageId))
        list.append(QJsonObject {{"id", a.id},
                                 {"name", a.name},
                                 {"media_type", a.mediaType},
                                 {"size", double(a.size)},
                                 {"sha256", a.sha256},
                                 {"state", attachmentState(a)}});
    return list;
}

QJsonObject messageJson(Session &s, const ChatMessage &m)
{
    QJsonArray mentions;
    for (const QString &a : m.mentions)
        mentions.append(a);
    return QJsonObject {
        {"id", m.id},
        {"channel_id", m.channelId},
        {"author", m.author},
        {"author_name", s.log->analystName(m.author)},
        {"author_centre", m.authorCentre},
        {"sent_at", QDateTime::fromMSecsSinceEpoch(m.sentAt, Qt::UTC).toString(Qt::ISODateWithMs)},
        {"sent_tz", m.sentTz},
        {"edited", m.editedAt != 0},
        {"deleted", m.deleted},
        {"pending", m.pending},
        {"reply_to", m.replyTo.isEmpty() ? QJsonValue() : QJsonValue(m.replyTo)},
        {"mentions", mentions},
        {"body", m.body},
        {"attachments", attachmentsJson(s, m.id)}};
}

void printMessages(Session &s, const QList<ChatMessage> &messages, bool json)
{
    QJsonArray list;
    for (const auto &m : messages) {
        if (json) {
            list.append(messageJson(s, m));
            continue;
        }
        const QString when
            = QDateTime::fromMSecsSinceEpoch(m.sentAt, Qt::UTC).toString(Qt::ISODateWithMs);
        out() << m.id << "\t" << when << "\t" << s.log->analystName(m.author) << "\t"
              << (m.deleted ? QStringLiteral("(deleted)") : printable(m.body)) << "\n";
        // Each file on a line of its own under its message.
        for (const ChatAttachment &a : s.workspace->attachments().attachments(m.id))
            out() << "\tfile\t" << a.id << "\t" << printable(a.name) << "\t" << a.size << "\t"
                  << a.sha256 << "\t" << attachmentState(a) << "\n";
    }
    if (json)
        printJson(QJsonDocument(list));
}

QStringList idList(const QString &text)
{
    QStringList out;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        out << part.trimmed();
    return out;
}

// Writes a file of a message out; fetches it from the hub first when it is not here.
Exit chatSave(const QString &dir, const QStringList &rest)
{
    const QString timeoutOption = QStringLiteral("--timeout");
    const Options opts(rest, QStringLiteral("chat save"),
                       {QStringLiteral("--attachment"), QStringLiteral("--out"), timeoutOption});
    const QString id = opts.required(QStringLiteral("--attachment"));
    const QString path = opts.required(QStringLiteral("--out"));
    const int timeout = timeoutSeconds(opts, timeoutOption);
    Session s(dir);
    ChatAttachments &files = s.workspace->attachments();
    const auto file = files.attachment(id);
    if (!file)
        throw ValidationError(QStringLiteral("attachment"), QStringLiteral("not-found"));
    if (!file->local) {
        s.requireEnrolled();
        SyncEngine &engine = s.workspace->sync();
        if (!engine.useSavedHub())
            throw Failure(Exit::Failed,
                          QStringLiteral("chat save: this profile has no hub (enrol first)"));
        QString refused;
        QObject::connect(&engine.blobs(), &BlobTransfer::failed,
                         [&](const QString &sha, const QString &code, bool upload) {
                             if (!upload && sha == file->sha256)
                                 refused = code;
                         });
        engine.start();
        files.download(id);
        const bool inTime = runUntil(timeout * 1000, [&] {
            return !refused.isEmpty() || files.attachment(id).value_or(ChatAttachment()).local;
        });
        engine.stop();
        if (!refused.isEmpty())
            throw Failure(
                Exit::RefusedByHub,
                QStringLiteral("chat save: the hub did not give the file (%1)").arg(refused));
        if (!inTime)
            throw Failure(
                Exit::HubUnavailable,
                QStringLiteral("chat save: the file did not arrive in %1 s").arg(timeout));
    }
    files.exportTo(id, path, false);
    out() << path << "\n";
    return Exit::Done;
}

} // namespace

Exit commandChannel(const QString &dir, const QStringList &args)
{
    const QString sub = args.value(1);
    const QStringList rest = args.mid(2);
    if (sub == QLatin1String("create")) {
        const QString incidentOption = QStringLiteral("--incident");
        const QString membersOption = QStringLiteral("--members");
        const Options opts(rest, QStringLiteral("channel create"),
                           {QStringLiteral("--name"), QStringLiteral("--tlp"),
                            QStringLiteral("--topic"), membersOption, incidentOption},
                           {QStringLiteral("--shared"), QStringLiteral("--centre")});
        Session s(dir);
        s.requireEnrolled();
        if (opts.has(incidentOption)) {
            // The incident's channel: its name, scope, members and marking follow the incident.
            if (opts.has(QStringLiteral("--name")) || opts.has(QStringLiteral("--shared"))
                || opts.has(QStringLiteral("--centre")) || opts.has(membersOption))
                opts.fail(QStringLiteral("an incident's channel follows the incident: "
                                         "--incident takes no --name, --shared, --centre or "
                                         "--members"));
            s.incident(opts.value(incidentOption));
            const QString id = s.chat->incidentChannel(opts.value(incidentOption));
            if (id.isEmpty())
                opts.fail(QStringLiteral("only the incident's owner centre can open its channel "
                                         "before the incident is shared"));
            out() << id << "\n";
            return Exit::Done;
        }
        const int chosen = int(opts.has(QStringLiteral("--shared")))
            + int(opts.has(QStringLiteral("--centre"))) + int(opts.has(membersOption));
        if (chosen != 1)
            opts.fail(QStringLiteral("say who sees the channel: one of --shared, --centre or "
                                     "--members ID,ID"));
        const QString visibility = opts.has(QStringLiteral("--shared")) ? QStringLiteral("shared")
            : opts.has(QStringLiteral("--centre"))                      ? QStringLiteral("centre")
                                                                        : QStringLiteral("members");
        out() << s.chat->createGroup(opts.required(QStringLiteral("--name")), visibility,
                                     opts.value(QStringLiteral("--tlp"), QStringLiteral("green")),
                                     idList(opts.value(membersOption)),
                                     opts.value(QStringLiteral("--topic")))
              << "\n";
        return Exit::Done;
    }
    if (sub == QLatin1String("direct")) {
        const Options opts(rest, QStringLiteral("channel direct"), {QStringLiteral("--analyst")});
        Session s(dir);
        s.requireEnrolled();
        out() << s.chat->directChannel(opts.required(QStringLiteral("--analyst"))) << "\n";
        return Exit::Done;
    }
    if (sub == QLatin1String("list")) {
        const Options opts(rest, QStringLiteral("channel list"), {}, {QStringLiteral("--json")});
        Session s(dir);
        printChannels(s, opts.has(QStringLiteral("--json")));
        return Exit::Done;
    }
    if (sub == QLatin1String("members")) {
        const QString action = rest.value(0);
        const Options opts(rest.mid(1), QStringLiteral("channel members"),
                           {QStringLiteral("--channel"), QStringLiteral("--analyst")},
                           {QStringLiteral("--json")});
        const QString channel = opts.required(QStringLiteral("--channel"));
        Session s(dir);
        s.requireChannel(channel);
        if (action == QLatin1String("add") || action == QLatin1String("remove")) {
            s.requireEnrolled();
            for (const QString &analyst : idList(opts.required(QStringLiteral("--analyst")))) {
                if (action == QLatin1String("add"))
                    s.chat->addMember(channel, analyst);
                else
                    s.chat->removeMember(channel, analyst);
            }
            return Exit::Done;
        }
        if (action == QLatin1String("list")) {
            QJsonArray list;
            for (const auto &m : s.chat->members(channel)) {
                if (opts.has(QStringLiteral("--json")))
                    list.append(QJsonObject {
                        {"analyst_id", m.analystId}, {"name", m.name}, {"centre", m.centre}});
                else
                    out() << m.analystId << "\t" << m.centre << "\t" << printable(m.name) << "\n";
            }
            if (opts.has(QStringLiteral("--json")))
                printJson(QJsonDocument(list));
            return Exit::Done;
        }
        throw UsageError("channel members takes add, remove or list");
    }
    if (sub == QLatin1String("archive") || sub == QLatin1String("unarchive")) {
        const Options opts(rest, QStringLiteral("channel archive"), {QStringLiteral("--channel")});
        const QString channel = opts.required(QStringLiteral("--channel"));
        Session s(dir);
        s.requireEnrolled();
        s.requireChannel(channel);
        s.chat->setArchived(channel, sub == QLatin1String("archive"));
        return Exit::Done;
    }
    throw UsageError("channel takes create, direct, list, members or archive");
}

Exit commandChat(const QString &dir, const QStringList &args)
{
    const QString sub = args.value(1);
    const QStringList rest = args.mid(2);
    if (sub == QLatin1String("send")) {
        QStringList tokens = rest;
        const QStringList files = takeRepeated(tokens, QStringLiteral("--file"));
        const Options opts(
            tokens, QStringLiteral("chat send"),
            {QStringLiteral("--channel"), QStringLiteral("--text"), QStringLiteral("--reply-to")});
        const QString channel = opts.required(QStringLiteral("--channel"));
        const QString text = files.isEmpty() ? opts.required(QStringLiteral("--text"))
                                             : opts.value(QStringLiteral("--text"));
        Session s(dir);
        s.requireEnrolled();
        QList<OutgoingFile> outgoing;
        for (const QString &path : files)
            outgoing.append({path, {}, {}});
        out() << s.workspace->attachments().send(channel, text, outgoing,
                                                 opts.value(QStringLiteral("--reply-to")))
              << "\n";
        return Exit::Done;
    }
    if (sub == QLatin1String("save"))
        return chatSave(dir, rest);
    if (sub == QLatin1String("edit") || sub == QLatin1String("delete")) {
        const bool editing = sub == QLatin1String("edit");
        const Options opts(rest, QStringLiteral("chat ") + sub,
                           editing
                               ? QStringList {QStringLiteral("--message"), QStringLiteral("--text")}
                               : QStringList {QStringLiteral("--message")});
        const QString message = opts.required(QStringLiteral("--message"));
        const QString text = editing ? opts.required(QStringLiteral("--text")) : QString();
        Session s(dir);
        s.requireEnrolled();
        if (editing)
            s.chat->edit(message, text);
        else
            s.chat->remove(message);
        return Exit::Done;
    }
    if (sub == QLatin1String("list")) {
        const QString limitOption = QStringLiteral("--limit");
        const Options opts(rest, QStringLiteral("chat list"),
                           {QStringLiteral("--channel"), limitOption}, {QStringLiteral("--json")});
        const QString channel = opts.required(QStringLiteral("--channel"));
        bool ok = true;
        const int limit = opts.value(limitOption, QStringLiteral("50")).toInt(&ok);
        if (!ok || limit < 1 || limit > 10'000)
            opts.fail(QStringLiteral("--limit takes a number from 1 to 10000, not '%1'")
                          .arg(opts.value(limitOption)));
        Session s(dir);
        s.requireChannel(channel);
        printMessages(s, s.chat->messages(channel, limit), opts.has(QStringLiteral("--json")));
        return Exit::Done;
    }
    if (sub == QLatin1String("search")) {
        const Options opts(
            rest, QStringLiteral("chat search"),
            {QStringLiteral("--text"), QStringLiteral("--channel"), QStringLiteral("--author")},
            {QStringLiteral("--json")});
        ChatSearch query;
        query.text = opts.required(QStringLiteral("--text"));
        query.channelId = opts.value(QStringLiteral("--channel"));
        query.authorId = opts.value(QStringLiteral("--author"));
        Session s(dir);
        printMessages(s, s.chat->search(query), opts.has(QStringLiteral("--json")));
        return Exit::Done;
    }
    if (sub == QLatin1String("read")) {
        const Options opts(rest, QStringLiteral("chat read"), {QStringLiteral("--channel")});
        const QString channel = opts.required(QStringLiteral("--channel"));
        Session s(dir);
        s.requireEnrolled();
        s.requireChannel(channel);
        s.chat->markAllRead(channel);
        return Exit::Done;
    }
    if (sub == QLatin1String("channels")) {
        const Options opts(rest, QStringLiteral("chat channels"), {}, {QStringLiteral("--json")});
        Session s(dir);
        printChannels(s, opts.has(QStringLiteral("--json")));
        return Exit::Done;
    }
    throw UsageError("chat takes send, edit, delete, list, search, read, save or channels");
}

} // namespace liaison::cli
