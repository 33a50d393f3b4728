#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace liaison {

// A feed entry: an op at a hub_seq, and who may receive it there (docs/PROTOCOL.md §5).
struct FeedEntry
{
    qint64 hubSeq = 0;
    QString visibleTo; // empty: every centre; else only this one ("-": no centre as such)
    QString hiddenFrom; // a centre that already has it (republication)
    QByteArray canonical;
    QByteArray sig;
    QString audience; // a root whose members receive it too
    QString analyst; // only this analyst's devices
    QStringList members; // the audience's members at hubSeq (those known to the caller)

    // The one rule of who receives an entry: HubFeed::entriesAfter selects by it too (in its
    // backend's query, for speed), HubBlobRules::mayFetch asks it of the entries naming a blob.
    bool isVisibleTo(const QString &centre, const QString &analystId = {}) const
    {
        if (!analyst.isEmpty())
            return analystId == analyst;
        if ((visibleTo.isEmpty() || visibleTo == centre) && hiddenFrom != centre)
            return true;
        return !audience.isEmpty() && !analystId.isEmpty() && members.contains(analystId);
    }
};

// What the hub holds of a root: a record that owns a scope (incident, channel, contact, visit).
// Keys are "entity/id".
struct HubRoot
{
    QString owner; // the centre of its first accepted op
    bool shared = false;
    QString tlp; // its marking by the merge rule; empty: none yet
    bool tlpStamped = false; // (tlpHlc, tlpDevice): the stamp of the op whose tlp won
    quint64 tlpHlc = 0;
    QString tlpDevice;
    bool membersOnly = false;
    bool hasMembers = false; // someone was ever on its member list
    QString creator; // the author of its first op
    QString history; // a members-only root's policy for new members: "all", "joined" or empty
};

// A child record (an indicator, a comment, a message...) and the root it belongs to.
struct HubChild
{
    QString root;
    QString centre; // the centre of its first op
    std::optional<bool> shared; // children with a scope of their own (comments) only
};

// An accepted op as the feed holds it.
struct HubOp
{
    qint64 hubSeq = 0; // of its first feed entry
    QString id;
    QString device;
    qint64 seq = 0;
    quint64 hlc = 0;
    QString root; // empty for an entity the hub does not know
    QString record;
    QByteArray canonical;
    QByteArray sig;
    bool internalChild = false; // (read back) a child with a scope of its own, not shared
};

// The hub's feed and what routing needs to remember: every accepted op once, the gap-free
// feed of entries (hub_seq) that devices pull, roots, children and member lists. A storage
// interface that decides nothing: HubRules checks every op and says what to write; the
// embedded default is the SQLCipher store (server/sqlcipher/SqlHubStore). A failing disk
// throws StorageError.
class HubFeed
{
public:
    virtual ~HubFeed() = default;

    // Runs work in one transaction: committed when it returns, rolled back (nothing of it
    // kept) when it throws; the exception goes on. Not nested. Reads of the directory inside
    // it see the same state (one backend holds both).
    virtual void transaction(const std::function<void()> &work) = 0;

    // Ops.
    struct Held
    {
        qint64 hubSeq = 0;
        QByteArray canonical;
    };
    virtual std::optional<Held> findOp(const QString &id) const = 0;
    // The hlc of the device's accepted op with the next lower (clockBefore) or next higher
    // (clockAfter) seq than seq.
    virtual std::optional<quint64> clockBefore(const QString &device, qint64 seq) const = 0;
    virtual std::optional<quint64> clockAfter(const QString &device, qint64 seq) const = 0;
    // Stores an accepted op (its hubSeq: its own feed entry, appended apart).
    virtual void insertOp(const HubOp &op) = 0;
    // The ops of a root (of the root itself and of its children at any depth), or of one
    // record, in hub_seq order, with internalChild filled.
    virtual QList<HubOp> opsOfRoot(const QString &root) const = 0;
    virtual QList<HubOp> opsOfRecord(const QString &record) const = 0;

    // Roots and children.
    virtual std::optional<HubRoot> root(const QString &key) const = 0;
    // A new root, not shared, without marking nor members.
    virtual void insertRoot(const QString &key, const QString &owner, const QString &creator,
                            bool membersOnly, const QString &history)
        = 0;
    virtual void setRootShared(const QString &key) = 0;
    virtual void setRootTlp(const QString &key, const QString &tlp, quint64 hlc,
                            const QString &device)
        = 0;
    virtual std::optional<HubChild> child(const QString &key) const = 0;
    virtual void insertChild(const QString &key, const HubChild &child) = 0;
    virtual void setChildShared(const QString &key, bool shared) = 0;

    // Member lists: who is on a root's list from which hub_seq to which (inclusive).
    virtual bool isMember(const QString &root, const QString &analyst) const = 0; // now
    virtual QStringList membersOf(const QString &root) const = 0; // now, in id order
    virtual QStringList membersAt(const QString &root, qint64 hubSeq) const = 0;
    // Puts an analyst on the list from fromSeq (and marks the root as having members).
    virtual void addMember(const QString &root, const QString &analyst, qint64 fromSeq) = 0;
    // Takes them off after untilSeq (the removal itself still reaches them).
    virtual void removeMember(const QString &root, const QString &analyst, qint64 untilSeq) = 0;

    // Blob references: records (attachment, evidence) that name a blob, and the op (its first
    // hub_seq) that did; HubBlobRules serves a blob to devices that may receive such an op.
    virtual std::optional<QString> blobRefOf(const QString &record) const = 0;
    // The feed entries of the ops that name a blob (each record's first that did), in order:
    // who may receive them only (no canonical bytes, no signature, members not filled).
    virtual QList<FeedEntry> entriesNamingBlob(const QString &sha256) const = 0;
    // Whether an op of this record was accepted.
    virtual bool holdsRecord(const QString &record) const = 0;
    // Keeps the first reference of a record.
    virtual void addBlobRef(const QString &sha256, const QString &record, qint64 opSeq) = 0;
    virtual void dropBlobRefs(const QString &record) = 0;

    // The feed.
    virtual qint64 lastHubSeq() const = 0;
    // Appends an entry naming the op whose first entry is opSeq (entry.hubSeq: lastHubSeq + 1).
    virtual void appendEntry(const FeedEntry &entry, qint64 opSeq) = 0;
    // Entries after `after` that a device of `analyst` in `centre` may receive, in order, at
    // most limit: exactly those for which FeedEntry::isVisibleTo holds (members filled with
    // the analyst where membership decided it).
    virtual QList<FeedEntry> entriesAfter(qint64 after, int limit, const QString &centre,
                                          const QString &analyst = {}) const = 0;
};

} // namespace liaison
