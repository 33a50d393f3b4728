#pragma once

#include "services/ServiceBase.h"

#include <QList>
#include <QStringList>

#include <memory>
#include <optional>

namespace liaison {

class MessageSeal;
class Statement;

// A channel as the rail shows it. Kinds (docs/CHAT.md): "bridge" (the standing channel of
// all centres), "group" (named; older versions wrote "centre" or "shared"), "incident" (one per
// incident, its visibility following the incident's) and "direct" (two analysts).
struct Channel
{
    QString id;
    QString name;
    QString kind;
    QString incidentId;
    QString ownerCentre;
    QString scope; // "centre", "shared" or "members"
    QString tlp; // a TLP key; an incident channel's is its incident's
    QString topic;
    bool archived = false;
    bool muted = false; // this analyst's choice
};

struct ChatMember
{
    QString analystId;
    QString name;
    QString centre;
};

struct ChatMessage
{
    QString id;
    QString channelId;
    QString body; // opened (MessageSeal); empty for a deleted message
    QString author;
    QString authorCentre;
    qint64 sentAt = 0; // the sender's wall clock: shown, never used to order
    QString sentTz; // the sender's IANA time zone ("" when unknown)
    qint64 editedAt = 0; // 0: never edited
    QString replyTo;
    QStringList mentions; // analyst ids
    bool deleted = false;
    bool pending = false; // written here, not acknowledged by the hub yet
    // Its place in the order every replica agrees on: the (hlc, device) of its first op.
    quint64 hlc = 0;
    QString device;
};

// A message the hub refused for good (it is not in the channel for anyone else): shown as
// failed, with Retry and Delete, until the analyst does one of them.
struct FailedMessage
{
    QString opId;
    QString channelId;
    QString body;
    QString replyTo;
    QString code; // the hub's rejection code (docs/PROTOCOL.md §5)
    qint64 sentAt = 0;
};

// One version of a message's body, from the op log (the audit trail keeps every edit).
struct MessageVersion
{
    QString body;
    QString author;
    qint64 at = 0; // the editor's wall clock
    bool deleted = false;
};

// This analyst's unread messages of a channel, and how many of them are for them.
struct UnreadCounts
{
    int messages = 0;
    int mentions = 0; // mentioning them; every message of a direct conversation
};

struct ChatSearch
{
    QString text;
    QString channelId; // empty: every channel
    QString authorId; // empty: anyone
    qint64 fromMs = 0; // 0: no bound (sent_at, the sender's wall clock)
    qint64 toMs = 0;
    int limit = 200;
};

// Chat: channels, their members, messages and this analyst's read state. Everything is ops in
// the same signed, synced log as the board (docs/CHAT.md).
class ChatService : public ServiceBase
{
    Q_OBJECT
public:
    explicit ChatService(OpLog &log, QObject *parent = nullptr);
    ~ChatService() override;

    // Replaces the identity seal (end-to-end encryption, tests).
    void setSeal(std::unique_ptr<MessageSeal> seal);

    static constexpr char kBridgeId[] = "bridge";

    // ---- channels
    // The bridge channel of all centres: made shared, TLP:GREEN, by the first analyst whose
    // device has pulled the hub's feed and does not find it (docs/CHAT.md). Returns its id.
    QString ensureBridge();
    // A named channel. visibility: "centre" (this centre), "shared" (every centre) or
    // "members" (only the analysts named, this analyst included). tlp: a TLP key; a shared
    // channel cannot be TLP:AMBER+STRICT or TLP:RED ("tlp"/"share-forbidden-..."), an
    // AMBER+STRICT one lists no analyst of another centre.
    QString createGroup(const QString &name, const QString &visibility, const QString &tlp,
                        const QStringList &memberIds = {}, const QString &topic = {});
    // The direct conversation with another analyst of the directory (made on first use; the
    // same id on every device of both analysts).
    QString directChannel(const QString &analystId);
    static QString directChannelId(const QString &analystA, const QString &analystB);
    // The incident's channel: made on first use by its owner centre (or, for a shared
    // incident below AMBER+STRICT, by any centre), its scope, members and marking following
    // the incident's. Empty when this analyst may not make it yet.
    QString incidentChannel(const QString &incidentId);
    QString existingIncidentChannel(const QString &incidentId) const;
    static QString incidentChannelId(const QString &incidentId);
    // Brings the incident's channel in line with the incident (shared with it, its named
    // analysts as members, its marking). Writes only what differs; only the owner centre.
    void followIncident(const QString &incidentId);

    void setTopic(const QString &channelId, const QString &topic);
    void setTlp(const QString &channelId, const QString &tlp);
    void setArchived(const QString &channelId, bool archived);
    void setMuted(const QString &channelId, bool muted);
    // Who may change the list: docs/PROTOCOL.md §7.3, "Members" (the hub checks it again).
    // An incident channel's members follow the incident ("members"/"follows-incident").
    void addMember(const QString &channelId, const QString &analystId);
    void removeMember(const QString &channelId, const QString &analystId);

    // Whether this analyst may write to the channel, as the hub judges it (docs/PROTOCOL.md
    // §5, "not-member" and "scope-violation"): a members-only channel takes ops from its
    // members and its creator only; another centre's channel that is not shared, from its
    // members only. False once this analyst's removal has arrived: send, edit, delete, topic
    // and mute are then refused ("channel"/"not-member"), and read markers and drafts are not
    // written (the hub would refuse them).
    bool canWrite(const QString &channelId) const;

    QList<Channel> channels(bool withArchived = false) const;
    std::optional<Channel> channel(const QString &channelId) const;
    QList<ChatMember> members(const QString &channelId) const;
    // Analysts of the directory (for mentions, direct messages, member pickers), by name.
    QList<ChatMember> directory() const;
    // The @handle of an analyst's name ("Hélène Côté" -> "helene.cote"); "@ID" works too.
    static QString handleOf(const QString &name);
    // Does "@handle" name this analyst (by id, or by the handle of their name)?
    static bool isHandleOf(const QString &handle, const ChatMember &analyst);
    // How the rail names a channel: a direct channel by the other analyst's name.
    QString displayName(const Channel &channel) const;
    // The other analyst of a direct channel (empty for any other channel).
    QString directPeer(const Channel &channel) const;

    // ---- messages
    // Commits at once: the message is in the outbox (pending) when this returns.
    QString send(const QString &channelId, const QString &body, const QString &replyTo = {});
    // The checked, sealed change send() commits (ChatAttachments commits it with its files;
    // withFiles: the text may be empty).
    Change newMessage(const QString &channelId, const QString &body, const QString &replyTo = {},
                      bool withFiles = false) const;
    // Only one's own messages; the previous text stays in the op log (history()).
    void edit(const QString &messageId, const QString &body);
    void remove(const QString &messageId);
    std::optional<ChatMessage> message(const QString &messageId) const;
    // Up to `limit` messages before `beforeId` (the last ones when empty), oldest first, in
    // (hlc, device) order: the same on every replica, whatever the senders' clocks say.
    // Deleted messages are included (shown as tombstones).
    QList<ChatMessage> messages(const QString &channelId, int limit = 200,
                                const QString &beforeId = {}) const;
    // Up to `limit` messages after `afterId`, oldest first.
    QList<ChatMessage> messagesAfter(const QString &channelId, const QString &afterId,
                                     int limit) const;
    int messageCount(const QString &channelId) const;
    QList<MessageVersion> history(const QString &messageId) const;
    QList<FailedMessage> failed(const QString &channelId) const;
    // Sends a failed message again (a new message) and forgets the failure.
    QString retry(const QString &opId);
    void dismissFailed(const QString &opId);
    QList<ChatMessage> search(const ChatSearch &query) const;

    // ---- read state (one marker per analyst and channel, synced to their devices)
    // Moves the marker forward to this message (never back).
    void markRead(const QString &channelId, const QString &messageId);
    void markAllRead(const QString &channelId);
    UnreadCounts unread(const Channel &channel) const;
    int unreadCount(const QString &channelId) const;
    int mentionCount(const QString &channelId) const;
    // The first message of another analyst after the marker (empty: none).
    QString firstUnread(const QString &channelId) const;
    // Over channels not archived and not muted.
    UnreadCounts totals() const;

    // ---- drafts (follow the analyst to their other devices)
    QString draft(const QString &channelId) const;
    // Keeps what is being typed on this device only (no op), so that it survives a crash or a
    // kill; the composer calls it a moment after each key. saveDraft() makes it follow the
    // analyst.
    void keepTyping(const QString &channelId, const QString &text);
    // Writes only when the text changed; an empty text clears the draft.
    void saveDraft(const QString &channelId, const QString &text);

signals:
    void channelChanged(const QString &channelId);
    void membersChanged(const QString &channelId);
    void messageAdded(const QString &channelId, const QString &messageId);
    void messageChanged(const QString &channelId, const QString &messageId);
    void readMarkerChanged(const QString &channelId);
    void draftChanged(const QString &channelId);
    // A message of this channel was refused by the hub (see failed()).
    void messageFailed(const QString &channelId);
    // The hub took (or refused) some of this device's ops: pending messages may be sent now.
    void outboxMoved();

private:
    void onApplied(const std::vector<RoutedChange> &changes);
    void onOutboxChanged();
    Channel writableChannel(const QString &channelId) const;
    bool canWrite(const Channel &channel) const;
    ChatMessage ownMessage(const QString &messageId) const;
    QStringList mentionsIn(const QString &body) const;
    QString markerId(const QString &channelId) const;
    // The unread messages of a channel (bound: ?1 channel, ?2 this analyst, ?3/?4 the marker).
    Statement &unreadQuery(const std::string &select, const std::string &tail,
                           const QString &channelId) const;
    QString syncedDraft(const QString &channelId) const;
    // "HLC:DEVICE" of the marker (hlc -1 when none).
    std::pair<qint64, QString> markerPlace(const QString &channelId) const;
    Change memberChange(const QString &channelId, const QString &analystId, bool removed) const;
    Change channelRecord(const QString &id, const QString &name, const QString &kind,
                         const QString &incidentId, const QString &scope, const QString &tlp,
                         const QString &topic) const;
    ChatMessage readMessage(const Statement &st) const;
    // Sets each message's pending flag (messages of this device the hub has not taken yet).
    void markPending(QList<ChatMessage> &messages) const;
    QString checkedTlp(const QString &tlp) const;

    std::unique_ptr<MessageSeal> m_seal;
    int m_rejectedSeen = -1;
};

} // namespace liaison
