#pragma once

#include "server/HubBlobs.h"
#include "server/HubDirectory.h"
#include "server/HubFeed.h"
#include "sync/Op.h"

#include <QDateTime>

#include <optional>
#include <vector>

namespace liaison {

struct EntityDef;

// The hub's acceptance rules in one place (docs/PROTOCOL.md §5 "Checks on a pushed op", §7.3,
// §7.4): device, author and centre, clock, duplicates and forks, signature, parents, scope and
// ownership, per-analyst records, TLP egress, member lists; and where an accepted op goes
// (its feed entries, republication when a record is shared, history for a new member). It
// talks to the directory and the feed through their interfaces only and knows no SQL: another
// backend implements storage, not rules.
class HubRules
{
public:
    // blobs: for the size a blob reference may name.
    HubRules(HubDirectory &directory, HubFeed &feed, const HubBlobs &blobs);

    // What accepting an op made: its hub_seq and the feed entries it appended (to send live);
    // a re-pushed op gets its first hub_seq back (duplicate), never a second row.
    struct Accepted
    {
        qint64 hubSeq = 0;
        bool duplicate = false;
        QList<FeedEntry> entries;
    };

    // Checks and stores one op pushed by device, in a transaction of its own (the signature is
    // checked here). Throws HubError(OpRejected) with the protocol code; a refused op leaves
    // nothing behind.
    Accepted accept(const Op &op, const HubDevice &device,
                    const QDateTime &now = QDateTime::currentDateTimeUtc());

    // A push: ops whose canonical bytes and signature the caller checked (a batch is verified
    // on every core first). Each is judged on its own, in order; those that pass are stored in
    // one transaction, committed before this returns (an ack may go out then).
    struct Candidate
    {
        const Op *op = nullptr;
        QByteArray canonical;
        bool signatureOk = false;
    };
    struct Outcome
    {
        Accepted accepted;
        QString code; // the rejection code; empty: accepted
        bool isAccepted() const { return code.isEmpty(); }
    };
    std::vector<Outcome> acceptBatch(const std::vector<Candidate> &ops, const HubDevice &device,
                                     const QDateTime &now = QDateTime::currentDateTimeUtc());
    // The same for ops whose signatures are to be checked here, one after the other.
    std::vector<Outcome> acceptBatch(const std::vector<Op> &ops, const HubDevice &device,
                                     const QDateTime &now = QDateTime::currentDateTimeUtc());

    // Who may receive the records of a root ("entity/id") as it is now: its owner centre,
    // every centre once shared, the analysts on its member list; a members-only root its
    // members alone; nobody for a root the hub does not hold. (Typing frames, docs/PROTOCOL.md
    // §11; ops are routed by their feed entries.)
    struct Audience
    {
        bool exists = false;
        bool shared = false;
        bool membersOnly = false;
        QString owner;
        QStringList members;
        bool includes(const QString &centre, const QString &analyst) const
        {
            if (!exists)
                return false;
            const bool member = !analyst.isEmpty() && members.contains(analyst);
            if (membersOnly)
                return member;
            return shared || owner == centre || member;
        }
    };
    Audience audienceOf(const QString &root) const;

private:
    struct Route
    {
        QString record; // "entity/id" of the op's own record
        QString root; // "entity/id" of the record that owns the scope; empty if unknown
        QString owner;
        QString visibleTo;
        QString hiddenFrom; // the centre that already holds what a share republishes
        bool becameShared = false; // the root has just been shared
        bool childBecameShared = false; // a comment of a shared root has just been shared
        QString audience; // the root, when its members receive the op
        QString analyst; // a per-analyst record's analyst
        enum class Member { None, Add, Remove } member = Member::None;
        QString memberAnalyst;
        bool memberHistory = false; // send the root's history to the new member
        bool memberJoinedOnly = false; // ... only the root record and its member list (the
                                       // root's policy "joined"; read with the root)
        bool memberAllHistory = false; // ... internal comments included (members-only root)
        // What accepting the op writes to the routing state, once every rule has passed.
        struct Writes
        {
            bool insertChild = false;
            bool childScoped = false;
            bool childShared = false;
            bool childInternal = false; // a child that followed its root gets its own scope
            bool insertRoot = false;
            bool rootShared = false;
            bool membersOnly = false; // a new root made members-only
            QString history; // a new root's member history policy ("all" or "joined")
            std::optional<QString> tlp; // the op's marking wins the merge
        } writes;
    };
    // In the caller's transaction.
    Accepted acceptOne(const Op &op, const QByteArray &canonical, bool signatureOk,
                       const HubDevice &device, const QDateTime &now);
    // Applies the acceptance rules (scope, ownership, TLP, per-analyst records) and says where
    // the op goes; reads only. Throws HubError(OpRejected) with the code.
    Route routeFor(const Op &op);
    void applyRoute(const Op &op, const Route &route);
    static void checkChildMarking(const Op &op, const QString &rootMarking, bool sharing);
    void checkOwnRecord(const Op &op, const EntityDef *def, const QString &root);
    // A visit approval comes from a team lead of the centre it approves for (not-a-lead), on
    // the record VISIT_ID.CENTRE, naming its author (not-own-record).
    void checkApproval(const Op &op, const QString &root);
    void routeMember(const Op &op, Route &route, bool membersOnly, bool authorIsMember,
                     bool authorIsCreator, bool shared, const QString &marking);
    void applyMembership(const Route &route, qint64 hubSeq);
    void checkClockIncreases(const Op &op);
    // A blob-referring record's op (attachment, evidence): its sha256 and size are well-formed
    // and never change (throws OpRejected "invalid-blob-ref"); applyBlobRef records the
    // reference (or drops it when the record is deleted).
    void checkBlobRef(const Op &op, const QString &record);
    void applyBlobRef(const Op &op, const QString &record, qint64 opSeq);
    FeedEntry appendFeed(qint64 hubSeq, qint64 opSeq, const QString &visibleTo,
                         const QString &hiddenFrom, const QByteArray &canonical,
                         const QByteArray &sig, const QString &audience = {},
                         const QString &analyst = {});

    HubDirectory &m_directory;
    HubFeed &m_feed;
    const HubBlobs &m_blobs;
};

} // namespace liaison
