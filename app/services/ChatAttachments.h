#pragma once

#include "sync/BlobTransfer.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QString>

#include <optional>

namespace liaison {

class ChatService;
class IncidentService;
class OpLog;
struct RoutedChange;

// A file sent with a message (docs/CHAT.md, "Attachments"): an `attachment` record under the
// message, its bytes a blob of the profile (BlobStore), its channel and marking the message's.
struct ChatAttachment
{
    QString id;
    QString messageId;
    QString channelId;
    QString name;
    QString mediaType; // as the sender's system named it: shown, never trusted
    qint64 size = 0;
    QString sha256;
    bool sentByMe = false; // the message is this analyst's
    bool local = false; // every byte is in this profile, checked
    bool uploadPending = false; // this device added it and has not handed it to the hub yet
};

// Where an attachment's bytes are, as the message view shows it.
struct AttachmentState
{
    enum Kind { Waiting, Uploading, Sent, OnHub, Downloading, Ready, Failed };
    Kind kind = OnHub;
    int percent = 0; // Uploading, Downloading
    QString failure; // Failed: the hub's or the transfer's code (blob-not-found...)
    bool moving() const { return kind == Uploading || kind == Downloading; }
};

// A file to send: a path, or bytes held in memory (a pasted image) with their name.
struct OutgoingFile
{
    QString path;
    QByteArray data;
    QString name;
};

// Attachments of chat messages, over the chat service and the blob transfer: sending a message
// with files in one transaction, the state of each file, downloads, cancelling, and writing a
// file out (saved or opened), recorded in the incident's timeline on an incident's channel.
class ChatAttachments : public QObject
{
    Q_OBJECT
public:
    ChatAttachments(OpLog &log, ChatService &chat, IncidentService &incidents,
                    QObject *parent = nullptr);
    // Progress, downloads and cancelling (nullptr: no hub; files not here cannot be fetched).
    void setTransfer(BlobTransfer *transfer);
    BlobTransfer *transfer() const { return m_transfer; }

    // The hub's file size limit (its last hello; 25 MiB until known).
    qint64 limit() const;
    // Refuses a file before anything is read: ValidationError "file" / "unreadable",
    // "too-large".
    void checkFile(const QString &path) const;
    // The message and its files in one transaction: every file is read into the profile's
    // encrypted store, marked for upload; nothing is kept when one is refused
    // (ValidationError "file" / "unreadable" or "too-large", "name", or the message's own
    // refusals). The text may be empty when there are files. Returns the message's id.
    QString send(const QString &channelId, const QString &body, const QList<OutgoingFile> &files,
                 const QString &replyTo = {});

    QList<ChatAttachment> attachments(const QString &messageId) const;
    std::optional<ChatAttachment> attachment(const QString &attachmentId) const;
    AttachmentState state(const ChatAttachment &file) const;

    // Fetches the file from the hub (queued; starts when online). False without a hub.
    bool download(const QString &attachmentId);
    // Small images are fetched as soon as they are shown (thumbnails), like a chat does.
    static constexpr qint64 kPrefetchBytes = 4 * 1024 * 1024;
    void prefetch(const ChatAttachment &file);
    // Stops a download; or takes back a file this device has not handed to the hub yet: the
    // attachment is removed (an op: deleted), the message stays. ValidationError
    // "attachment" / "not-found", "sent" (it is on the hub already).
    void cancel(const QString &attachmentId);

    // Writes the file to path (atomically, owner-only, its SHA-256 checked on the way), then
    // records the release: in the incident's timeline on an incident's channel
    // (save-attachment / open-attachment), else a line in the liaison.ui log. Throws BlobError
    // (NotHere: download it first; Corrupt; WriteFailed) or ValidationError "attachment" /
    // "not-found".
    void exportTo(const QString &attachmentId, const QString &path, bool open);

    // The first bytes of a file in this profile (empty when it is not complete here).
    QByteArray head(const ChatAttachment &file, int bytes = 64) const;
    // The whole file, checked (for thumbnails; files up to the hub's limit).
    QByteArray bytes(const ChatAttachment &file) const;
    // "png", "jpeg", "gif" or "webp" from a file's first bytes; empty for anything else.
    static QString sniffImage(const QByteArray &head);

signals:
    // A file of this message came, went, moved or failed.
    void changed(const QString &channelId, const QString &messageId);

private:
    struct Progress
    {
        bool upload = false;
        qint64 done = 0;
        qint64 total = 0;
        QString failure;
    };
    void onApplied(const std::vector<RoutedChange> &changes);
    void setProgress(const QString &sha256, const Progress &progress);
    void clearProgress(const QString &sha256);
    void notify(const QString &sha256);
    QList<ChatAttachment> query(const char *where, const QString &key) const;

    OpLog &m_log;
    ChatService &m_chat;
    IncidentService &m_incidents;
    QPointer<BlobTransfer> m_transfer;
    QHash<QString, Progress> m_progress; // by SHA-256
    // The messages shown that name a blob (filled as they are read), to tell them it moved.
    mutable QHash<QString, QList<std::pair<QString, QString>>> m_shown; // sha -> (channel, msg)
};

} // namespace liaison

Q_DECLARE_METATYPE(liaison::ChatAttachment)
Q_DECLARE_METATYPE(QList<liaison::ChatAttachment>)
