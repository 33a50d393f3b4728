#include "services/ChatAttachments.h"

#include "core/Logging.h"
#include "domain/Schema.h"
#include "services/BlobFiles.h"
#include "services/ChatService.h"
#include "services/IncidentService.h"
#include "storage/BlobStore.h"
#include "storage/Database.h"
#include "sync/BlobTransfer.h"
#include "sync/ChangeRouter.h"
#include "sync/OpLog.h"

namespace liaison {

namespace {
// The attachment, its blob's state here, and the author of its message.
constexpr char kColumns[]
    = "SELECT a.id, a.message_id, m.channel_id, a.name, a.media_type, a.size, a.sha256, "
      "coalesce(b.complete, 0), coalesce(b.upload, 0), d.analyst_id "
      "FROM attachments a JOIN messages m ON m.id = a.message_id "
      "LEFT JOIN blobs b ON b.sha256 = a.sha256 LEFT JOIN devices d ON d.id = m._odev "
      "WHERE coalesce(a.deleted, 0) = 0 AND ";
} // namespace

ChatAttachments::ChatAttachments(OpLog &log, ChatService &chat, IncidentService &incidents,
                                 QObject *parent)
    : QObject(parent)
    , m_log(log)
    , m_chat(chat)
    , m_incidents(incidents)
{
    // The chat service owns attachments; this is their second reader (ChangeRouter).
    log.router().subscribe(
        this, {{entity::Attachment, 0}},
        [this](const std::vector<RoutedChange> &changes) { onApplied(changes); });
}

void ChatAttachments::setTransfer(BlobTransfer *transfer)
{
    if (m_transfer)
        disconnect(m_transfer, nullptr, this, nullptr);
    m_transfer = transfer;
    if (!transfer)
        return;
    connect(transfer, &BlobTransfer::uploadProgress, this,
            [this](const QString &sha, qint64 done, qint64 total) {
                setProgress(sha, {true, done, total, {}});
            });
    connect(transfer, &BlobTransfer::downloadProgress, this,
            [this](const QString &sha, qint64 done, qint64 total) {
                setProgress(sha, {false, done, total, {}});
            });
    connect(transfer, &BlobTransfer::uploaded, this, &ChatAttachments::clearProgress);
    connect(transfer, &BlobTransfer::downloaded, this, &ChatAttachments::clearProgress);
    connect(transfer, &BlobTransfer::failed, this,
            [this](const QString &sha, const QString &code, bool upload) {
                setProgress(sha, {upload, 0, 0, code.isEmpty() ? QStringLiteral("?") : code});
            });
}

qint64 ChatAttachments::limit() const
{
    return blobfiles::limit(m_log.database());
}

void ChatAttachments::checkFile(const QString &path) const
{
    blobfiles::checkFile(m_log.database(), path);
}

QString ChatAttachments::send(const QString &channelId, const QString &body,
                              const QList<OutgoingFile> &files, const QString &replyTo)
{
    if (files.isEmpty())
        return m_chat.send(channelId, body, replyTo);
    // Everything that can be refused is refused before a byte is stored.
    std::vector<Change> changes {m_chat.newMessage(channelId, body, replyTo, true)};
    const QString messageId = changes.front().entityId;
    Database &db = m_log.database();
    for (const OutgoingFile &f : files) {
        if (f.path.isEmpty() && f.data.size() > limit())
            throw ValidationError(QStringLiteral("file"), QStringLiteral("too-large"));
        if (!f.path.isEmpty())
            checkFile(f.path);
    }
    // The op log's commit is a transaction of its own: the files go in first, each in its
    // own, and are taken out again if anything after them fails.
    QStringList stored;
    try {
        for (const OutgoingFile &f : files) {
            const blobfiles::StoredFile file = f.path.isEmpty()
                ? blobfiles::storeData(db, f.data, f.name)
                : blobfiles::storeFile(db, f.path, f.name);
            if (file.blob.upload)
                stored << file.blob.sha256;
            Change record {QString::fromLatin1(entity::Attachment), ServiceBase::newId(),
                           blobfiles::recordFields(QStringLiteral("message_id"), messageId, file)};
            ServiceBase::checkChange(record, true);
            changes.push_back(std::move(record));
        }
        m_log.commit(changes);
    } catch (...) {
        for (const QString &sha : std::as_const(stored)) {
            try {
                BlobStore(db).dropUpload(sha);
            } catch (const std::exception &e) {
                qCWarning(lcDb) << "a refused attachment's file stays in the profile:" << e.what();
            }
        }
        throw;
    }
    if (m_transfer)
        m_transfer->kick();
    return messageId;
}

QList<ChatAttachment> ChatAttachments::query(const char *where, const QString &key) const
{
    QList<ChatAttachment> out;
    auto &st = m_log.database().cached(std::string(kColumns) + where + " ORDER BY a.rowid");
    st.bind(1, key);
    const QString me = m_log.identity().analystId;
    while (st.step()) {
        ChatAttachment a {st.text(0),       st.text(1),
                          st.text(2),       st.text(3),
                          st.text(4),       st.int64(5),
                          st.text(6),       st.text(9) == me,
                          st.int64(7) != 0, st.int64(7) != 0 && st.int64(8) != 0};
        auto &shown = m_shown[a.sha256];
        const std::pair<QString, QString> place {a.channelId, a.messageId};
        if (!shown.contains(place))
            shown << place;
        out << a;
    }
    st.reset();
    return out;
}

QList<ChatAttachment> ChatAttachments::attachments(const QString &messageId) const
{
    return query("a.message_id = ?1", messageId);
}

std::optional<ChatAttachment> ChatAttachments::attachment(const QString &attachmentId) const
{
    const auto found = query("a.id = ?1", attachmentId);
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

AttachmentState ChatAttachments::state(const ChatAttachment &file) const
{
    AttachmentState s;
    const auto it = m_progress.constFind(file.sha256);
    const bool known = it != m_progress.cend();
    const auto percent = [&] {
        return known && it->total > 0 ? int(std::min<qint64>(100, it->done * 100 / it->total)) : 0;
    };
    if (known && !it->failure.isEmpty() && (it->upload ? file.uploadPending : !file.local)) {
        s.kind = AttachmentState::Failed;
        s.failure = it->failure;
    } else if (file.uploadPending) {
        const bool moving
            = known && it->upload && m_transfer && m_transfer->currentUpload() == file.sha256;
        s.kind = moving ? AttachmentState::Uploading : AttachmentState::Waiting;
        s.percent = moving ? percent() : 0;
    } else if (file.local) {
        s.kind = file.sentByMe ? AttachmentState::Sent : AttachmentState::Ready;
    } else if (m_transfer && m_transfer->isQueued(file.sha256)) {
        s.kind = AttachmentState::Downloading;
        s.percent = known && !it->upload ? percent() : 0;
    } else {
        s.kind = AttachmentState::OnHub;
    }
    return s;
}

bool ChatAttachments::download(const QString &attachmentId)
{
    const auto file = attachment(attachmentId);
    if (!file)
        throw ValidationError(QStringLiteral("attachment"), QStringLiteral("not-found"));
    if (file->local)
        return true;
    if (!m_transfer)
        return false;
    m_progress.remove(file->sha256); // a failure before: try again
    m_transfer->download(file->sha256);
    notify(file->sha256);
    return true;
}

void ChatAttachments::prefetch(const ChatAttachment &file)
{
    if (!m_transfer || file.local || file.size > kPrefetchBytes
        || !file.mediaType.startsWith(QLatin1String("image/")) || m_transfer->isQueued(file.sha256)
        || m_progress.contains(file.sha256))
        return;
    m_transfer->download(file.sha256);
}

void ChatAttachments::cancel(const QString &attachmentId)
{
    const auto file = attachment(attachmentId);
    if (!file)
        throw ValidationError(QStringLiteral("attachment"), QStringLiteral("not-found"));
    if (!file->local) { // a download
        if (m_transfer)
            m_transfer->cancel(file->sha256);
        m_progress.remove(file->sha256);
        notify(file->sha256);
        return;
    }
    if (!file->uploadPending)
        throw ValidationError(QStringLiteral("attachment"), QStringLiteral("sent"));
    if (!m_chat.canWrite(file->channelId))
        throw ValidationError(QStringLiteral("channel"), QStringLiteral("not-member"));
    // The record goes first (an op, synced: the hub drops its reference), then the bytes.
    m_log.commit({Change {
        QString::fromLatin1(entity::Attachment), file->id, {{QStringLiteral("deleted"), true}}}});
    BlobStore(m_log.database()).dropUpload(file->sha256);
    if (m_transfer)
        m_transfer->cancel(file->sha256);
    m_progress.remove(file->sha256);
    emit changed(file->channelId, file->messageId);
}

void ChatAttachments::exportTo(const QString &attachmentId, const QString &path, bool open)
{
    const auto file = attachment(attachmentId);
    if (!file)
        throw ValidationError(QStringLiteral("attachment"), QStringLiteral("not-found"));
    blobfiles::writeOut(m_log.database(), file->sha256, path);
    const auto channel = m_chat.channel(file->channelId);
    if (channel && !channel->incidentId.isEmpty() && m_incidents.incident(channel->incidentId)) {
        m_incidents.recordRelease(channel->incidentId,
                                  open ? ReleaseAction::OpenAttachment
                                       : ReleaseAction::SaveAttachment);
        return;
    }
    // No timeline to hold it outside an incident's channel (docs/CHAT.md): the log says it,
    // without the file's name.
    qCInfo(lcUi) << (open ? "attachment opened:" : "attachment saved:") << file->id
                 << "tlp:" << (channel ? channel->tlp : QString());
}

QByteArray ChatAttachments::head(const ChatAttachment &file, int bytes) const
{
    BlobStore store(m_log.database());
    if (!store.isComplete(file.sha256))
        return {};
    return store.chunk(file.sha256, 0).left(bytes);
}

QByteArray ChatAttachments::bytes(const ChatAttachment &file) const
{
    return BlobStore(m_log.database()).readAll(file.sha256);
}

QString ChatAttachments::sniffImage(const QByteArray &head)
{
    if (head.startsWith("\x89PNG\r\n\x1a\n"))
        return QStringLiteral("png");
    if (head.startsWith("\xff\xd8\xff"))
        return QStringLiteral("jpeg");
    if (head.startsWith("GIF87a") || head.startsWith("GIF89a"))
        return QStringLiteral("gif");
    if (head.size() >= 12 && head.startsWith("RIFF") && head.mid(8, 4) == "WEBP")
        return QStringLiteral("webp");
    return {};
}

void ChatAttachments::onApplied(const std::vector<RoutedChange> &changes)
{
    for (const RoutedChange &routed : changes) {
        const QString &id = routed.change->entityId;
        // Removed ones too (a cancelled upload): the message is read again.
        auto &st = m_log.database().cached(
            "SELECT a.message_id, m.channel_id FROM attachments a JOIN messages m "
            "ON m.id = a.message_id WHERE a.id = ?1");
        st.bind(1, id);
        QString message;
        QString channel;
        if (st.step()) {
            message = st.text(0);
            channel = st.text(1);
        }
        st.reset();
        if (!message.isEmpty())
            emit changed(channel, message);
    }
}

void ChatAttachments::setProgress(const QString &sha256, const Progress &progress)
{
    m_progress.insert(sha256, progress);
    notify(sha256);
}

void ChatAttachments::clearProgress(const QString &sha256)
{
    m_progress.remove(sha256);
    notify(sha256);
}

void ChatAttachments::notify(const QString &sha256)
{
    for (const auto &[channel, message] : m_shown.value(sha256))
        emit changed(channel, message);
}

} // namespace liaison
