#include "models/chat/MessageListModel.h"

#include "domain/MessageText.h"

#include <QCoreApplication>
#include <QDateTime>

namespace liaison {

namespace {
constexpr qint64 kGroupGapMs = 5 * 60 * 1000;

QDate localDay(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toLocalTime().date();
}
} // namespace

MessageListModel::MessageListModel(ChatService &chat, QObject *parent)
    : QAbstractListModel(parent)
    , m_chat(chat)
{
    connect(&chat, &ChatService::messageAdded, this, &MessageListModel::onAdded);
    connect(&chat, &ChatService::messageChanged, this, &MessageListModel::onChanged);
    // "Sending…" ends when the hub has the message (an ack changes no record).
    connect(&chat, &ChatService::outboxMoved, this, [this] {
        for (int row = 0; row < m_rows.size(); ++row) {
            Row &r = m_rows[row];
            if (r.isFailed || !r.m.pending)
                continue;
            if (const auto m = m_chat.message(r.m.id); m && !m->pending) {
                r.m.pending = false;
                emit dataChanged(index(row), index(row));
            }
        }
    });
    connect(&chat, &ChatService::messageFailed, this, [this](const QString &channelId) {
        if (channelId == m_channel)
            reloadFailed();
    });
}

bool MessageListModel::before(const ChatMessage &a, const ChatMessage &b)
{
    return a.hlc != b.hlc ? a.hlc < b.hlc : a.device < b.device;
}

void MessageListModel::setAttachments(ChatAttachments *attachments)
{
    m_attachments = attachments;
    if (attachments)
        connect(attachments, &ChatAttachments::changed, this, &MessageListModel::onFilesChanged);
}

void MessageListModel::onFilesChanged(const QString &channelId, const QString &messageId)
{
    const int row = channelId == m_channel ? rowOf(messageId) : -1;
    if (row < 0)
        return;
    // A slot must not throw into Qt's signal machinery: the row keeps what it showed.
    try {
        m_rows[row].files = m_attachments->attachments(messageId);
    } catch (const std::exception &) {
        return;
    }
    emit dataChanged(index(row), index(row), {AttachmentsRole});
}

MessageListModel::Row MessageListModel::rowFor(const ChatMessage &m) const
{
    Row r;
    r.m = m;
    r.day = localDay(m.sentAt);
    if (m_attachments && !m.deleted) {
        r.files = m_attachments->attachments(m.id);
        for (const ChatAttachment &f : std::as_const(r.files))
            m_attachments->prefetch(f);
    }
    // The same few authors on every page: their names asked once per channel opened.
    auto name = m_names.constFind(m.author);
    if (name == m_names.constEnd())
        name = m_names.insert(m.author, m_chat.opLog().analystName(m.author));
    r.authorName = *name;
    if (!m.replyTo.isEmpty()) {
        if (const auto original = m_chat.message(m.replyTo)) {
            const QString who = m_chat.opLog().analystName(original->author);
            r.replySnippet = original->deleted
                //: A reply's quote of a message since deleted; %1 its author
                ? QCoreApplication::translate("MessageListModel", "%1: message deleted").arg(who)
                //: A reply's quote: %1 author of the original, %2 its first words
                : QCoreApplication::translate("MessageListModel", "%1: %2")
                      .arg(who, messagePlainPreview(original->body, 80));
        }
    }
    return r;
}

MessageListModel::Row MessageListModel::failedRow(const FailedMessage &f) const
{
    Row r;
    r.isFailed = true;
    r.failed = f;
    r.day = localDay(f.sentAt);
    r.authorName = m_chat.opLog().analystName(m_chat.identity().analystId);
    return r;
}

void MessageListModel::setChannel(const QString &channelId)
{
    beginResetModel();
    m_names.clear(); // a name may have changed since
    m_channel = channelId;
    m_rows.clear();
    m_failedCount = 0;
    m_hasNewer = false;
    m_newLine = channelId.isEmpty() ? QString() : m_chat.firstUnread(channelId);
    if (!channelId.isEmpty()) {
        const auto page = m_chat.messages(channelId, m_pageSize);
        m_hasOlder = page.size() == m_pageSize;
        for (const ChatMessage &m : page)
            m_rows << rowFor(m);
        for (const FailedMessage &f : m_chat.failed(channelId)) {
            m_rows << failedRow(f);
            ++m_failedCount;
        }
    } else {
        m_hasOlder = false;
    }
    endResetModel();
}

void MessageListModel::reloadFailed()
{
    const int firstFailed = int(m_rows.size()) - m_failedCount;
    if (m_failedCount > 0) {
        beginRemoveRows({}, firstFailed, int(m_rows.size()) - 1);
        m_rows.erase(m_rows.begin() + firstFailed, m_rows.end());
        m_failedCount = 0;
        endRemoveRows();
    }
    const auto failed = m_hasNewer ? QList<FailedMessage>() : m_chat.failed(m_channel);
    if (failed.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + failed.size()) - 1);
    for (const FailedMessage &f : failed) {
        m_rows << failedRow(f);
        ++m_failedCount;
    }
    endInsertRows();
}

void MessageListModel::onAdded(const QString &channelId, const QString &messageId)
{
    if (channelId != m_channel || rowOf(messageId) >= 0 || m_hasNewer)
        return; // (not loaded down to the newest: it comes with the pages below)
    const auto m = m_chat.message(messageId);
    if (!m)
        return;
    const int messages = int(m_rows.size()) - m_failedCount;
    // Usually the last; a message of another device may sort before what is shown.
    int at = messages;
    while (at > 0 && before(*m, m_rows.at(at - 1).m))
        --at;
    if (at == 0 && m_hasOlder)
        return; // older than the loaded pages: it comes with them
    beginInsertRows({}, at, at);
    m_rows.insert(at, rowFor(*m));
    endInsertRows();
    refreshLayoutRoles(at, std::min(at + 1, int(m_rows.size()) - 1));
}

void MessageListModel::onChanged(const QString &channelId, const QString &messageId)
{
    if (channelId != m_channel)
        return;
    const int row = rowOf(messageId);
    if (row < 0)
        return;
    if (const auto m = m_chat.message(messageId)) {
        m_rows[row] = rowFor(*m);
        emit dataChanged(index(row), index(row));
    }
    // Replies quoting it show its new text.
    for (int i = row + 1; i < m_rows.size(); ++i) {
        if (!m_rows.at(i).isFailed && m_rows.at(i).m.replyTo == messageId) {
            m_rows[i] = rowFor(m_rows.at(i).m);
            emit dataChanged(index(i), index(i));
        }
    }
}

void MessageListModel::refreshLayoutRoles(int from, int to)
{
    if (from <= to && from >= 0 && to < m_rows.size())
        emit dataChanged(index(from), index(to), {DayStartRole, GroupStartRole});
}

int MessageListModel::loadOlder()
{
    const int messages = int(m_rows.size()) - m_failedCount;
    if (!m_hasOlder || messages == 0)
        return 0;
    const auto page = m_chat.messages(m_channel, m_pageSize, m_rows.first().m.id);
    m_hasOlder = page.size() == m_pageSize;
    if (page.isEmpty())
        return 0;
    beginInsertRows({}, 0, int(page.size()) - 1);
    QList<Row> rows;
    rows.reserve(page.size() + m_rows.size());
    for (const ChatMessage &m : page)
        rows << rowFor(m);
    rows += m_rows;
    m_rows = std::move(rows);
    endInsertRows();
    refreshLayoutRoles(int(page.size()), int(page.size()));
    // A window, not the whole history: the newest rows go (and come back when scrolled to).
    const int excess = int(m_rows.size()) - kWindow;
    if (excess > 0) {
        beginRemoveRows({}, int(m_rows.size()) - excess, int(m_rows.size()) - 1);
        m_rows.erase(m_rows.end() - excess, m_rows.end());
        endRemoveRows();
        m_failedCount = std::max(0, m_failedCount - excess); // they come back with the newest
        m_hasNewer = true;
    }
    return int(page.size());
}

int MessageListModel::loadNewer()
{
    if (!m_hasNewer || m_rows.isEmpty())
        return 0;
    const auto page = m_chat.messagesAfter(m_channel, m_rows.last().m.id, m_pageSize);
    m_hasNewer = page.size() == m_pageSize;
    if (!page.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size()) - 1);
        for (const ChatMessage &m : page)
            m_rows << rowFor(m);
        endInsertRows();
        const int excess = int(m_rows.size()) - kWindow;
        if (excess > 0) {
            beginRemoveRows({}, 0, excess - 1);
            m_rows.erase(m_rows.begin(), m_rows.begin() + excess);
            endRemoveRows();
            m_hasOlder = true;
            refreshLayoutRoles(0, 0);
        }
    }
    if (!m_hasNewer)
        reloadFailed();
    return int(page.size());
}

int MessageListModel::ensureLoaded(const QString &messageId, int maxMessages)
{
    int loaded = 0;
    int row = rowOf(messageId);
    while (row < 0 && m_hasOlder && loaded < maxMessages) {
        const int added = loadOlder();
        if (added == 0)
            break;
        loaded += added;
        row = rowOf(messageId);
    }
    return row;
}

int MessageListModel::rowOf(const QString &messageId) const
{
    for (int i = int(m_rows.size()) - 1; i >= 0; --i) {
        if (!m_rows.at(i).isFailed && m_rows.at(i).m.id == messageId)
            return i;
    }
    return -1;
}

QString MessageListModel::lastMessageId() const
{
    const int messages = int(m_rows.size()) - m_failedCount;
    return messages > 0 ? m_rows.at(messages - 1).m.id : QString();
}

int MessageListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant MessageListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows.at(index.row());
    const bool own = r.isFailed || r.m.author == m_chat.identity().analystId;
    const qint64 sentAt = r.isFailed ? r.failed.sentAt : r.m.sentAt;
    const Row *previous = index.row() > 0 ? &m_rows.at(index.row() - 1) : nullptr;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        //: A message as a screen reader reads it: %1 author, %2 text
        return QCoreApplication::translate("MessageListModel", "%1: %2")
            .arg(r.authorName,
                 r.m.deleted ? QCoreApplication::translate("MessageListModel", "message deleted")
                             : (r.isFailed ? r.failed.body : r.m.body));
    case IdRole: return r.isFailed ? QString() : r.m.id;
    case AuthorIdRole: return r.isFailed ? m_chat.identity().analystId : r.m.author;
    case AuthorNameRole: return r.authorName;
    case AuthorCentreRole: return r.isFailed ? m_chat.identity().centre : r.m.authorCentre;
    case SentAtRole: return sentAt;
    case SentTzRole: return r.m.sentTz;
    case BodyRole: return r.isFailed ? r.failed.body : r.m.body;
    case PendingRole: return !r.isFailed && r.m.pending;
    case FailedRole: return r.isFailed;
    case FailedCodeRole: return r.failed.code;
    case FailedOpRole: return r.failed.opId;
    case DeletedRole: return !r.isFailed && r.m.deleted;
    case EditedRole: return !r.isFailed && r.m.editedAt != 0 && !r.m.deleted;
    case ReplyToRole: return r.isFailed ? r.failed.replyTo : r.m.replyTo;
    case ReplySnippetRole: return r.replySnippet;
    case DayStartRole: return !previous || previous->day != r.day ? QVariant(r.day) : QVariant();
    case GroupStartRole: {
        if (!previous)
            return true;
        const QString author = r.isFailed ? m_chat.identity().analystId : r.m.author;
        const QString prevAuthor
            = previous->isFailed ? m_chat.identity().analystId : previous->m.author;
        const qint64 prevAt = previous->isFailed ? previous->failed.sentAt : previous->m.sentAt;
        return author != prevAuthor || sentAt - prevAt > kGroupGapMs || sentAt < prevAt
            || previous->day != r.day || (!r.isFailed && r.m.id == m_newLine);
    }
    case NewLineRole: return !r.isFailed && !m_newLine.isEmpty() && r.m.id == m_newLine;
    case MentionsMeRole: return !r.isFailed && r.m.mentions.contains(m_chat.identity().analystId);
    case OwnRole: return own;
    case AttachmentsRole: return r.files.isEmpty() ? QVariant() : QVariant::fromValue(r.files);
    default: return {};
    }
}

} // namespace liaison
