#pragma once

#include "services/ChatAttachments.h"
#include "services/ChatService.h"

#include <QAbstractListModel>
#include <QDate>
#include <QHash>

#include <algorithm>

namespace liaison {

// The messages of one channel, oldest first, in the order every replica agrees on: the last
// page when a channel opens, older pages as the view scrolls up (loadOlder),
// new messages as they arrive, then this device's failed messages at the end. Each row knows
// whether it starts a day or a group of one author's messages, and where the new messages
// began when the channel was opened.
class MessageListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        AuthorIdRole,
        AuthorNameRole,
        AuthorCentreRole,
        SentAtRole, // qint64 ms (the sender's clock)
        SentTzRole,
        BodyRole, // the text as typed
        PendingRole,
        FailedRole,
        FailedCodeRole,
        FailedOpRole,
        DeletedRole,
        EditedRole,
        ReplyToRole,
        ReplySnippetRole, // "Name: first words" of the message answered
        DayStartRole, // QDate when the row is the first of its (local) day, else invalid
        GroupStartRole, // a new author, or five minutes since the last message
        NewLineRole, // the first message that was unread when the channel opened
        MentionsMeRole,
        OwnRole,
        AttachmentsRole, // QList<ChatAttachment> (setAttachments)
    };

    explicit MessageListModel(ChatService &chat, QObject *parent = nullptr);

    // The files of each message, following their transfers (nullptr: none shown).
    void setAttachments(ChatAttachments *attachments);
    void setChannel(const QString &channelId);
    QString channelId() const { return m_channel; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    // Older pages load at the top, when the view reaches its start (ChatPage asks); Qt's
    // canFetchMore/fetchMore would load them at the bottom, where a chat sits.
    bool canLoadOlder() const { return m_hasOlder; }
    // Prepends one page of older messages; how many rows it added. The model holds a window
    // of at most kWindow rows: loading older pages drops the newest (canLoadNewer then).
    int loadOlder();
    bool canLoadNewer() const { return m_hasNewer; }
    int loadNewer();
    static constexpr int kWindow = 600;

    int rowOf(const QString &messageId) const;
    // Loads older pages until the message is in (at most maxMessages more); its row or -1.
    int ensureLoaded(const QString &messageId, int maxMessages = 20000);
    QString firstUnreadAtOpen() const { return m_newLine; }
    QString lastMessageId() const;
    static constexpr int kPage = 100;
    // Messages per page (kPage by default): the last page on opening, each older one.
    void setPageSize(int messages) { m_pageSize = std::max(1, messages); }
    int pageSize() const { return m_pageSize; }

private:
    void reloadFailed();
    void onAdded(const QString &channelId, const QString &messageId);
    void onChanged(const QString &channelId, const QString &messageId);
    void refreshLayoutRoles(int from, int to);

    struct Row
    {
        ChatMessage m;
        FailedMessage failed;
        bool isFailed = false;
        QString authorName;
        QString replySnippet;
        QList<ChatAttachment> files;
        QDate day; // the local day it was sent (computed once: a list asks for it often)
    };
    Row rowFor(const ChatMessage &m) const;
    Row failedRow(const FailedMessage &f) const;
    static bool before(const ChatMessage &a, const ChatMessage &b);

    void onFilesChanged(const QString &channelId, const QString &messageId);

    ChatService &m_chat;
    ChatAttachments *m_attachments = nullptr;
    QString m_channel;
    QList<Row> m_rows; // messages, then failed ones
    int m_failedCount = 0;
    bool m_hasOlder = false;
    int m_pageSize = kPage;
    bool m_hasNewer = false; // the newest messages are not loaded (the window moved up)
    QString m_newLine;
    mutable QHash<QString, QString> m_names; // analyst id -> name, for this channel's rows
};

} // namespace liaison
