#include "server/HubRules.h"

#include "domain/Enums.h"
#include "domain/Schema.h"
#include "sync/Blob.h"
#include "sync/Hlc.h"
#include "sync/Protocol.h"

namespace liaison {

namespace {

// The centre code no device has: a feed entry for the members of its audience only.
constexpr char kNoCentre[] = "-";

QString recordKey(const QString &entity, const QString &id)
{
    return entity + QLatin1Char('/') + id;
}

bool isSharedValue(const FieldValue *value)
{
    const auto *text = value ? std::get_if<QString>(value) : nullptr;
    return text && *text == QLatin1String(kScopeShared);
}

// TLP markings that may never reach a whole other centre (TLP 2.0: AMBER+STRICT is for the
// owner organisation only, RED for named people only).
bool tlpForbidsSharing(const QString &tlp)
{
    return tlp == QLatin1String("amber+strict") || tlp == QLatin1String("red");
}

bool isTlpKey(const FieldValue &value)
{
    const auto *text = std::get_if<QString>(&value);
    Tlp tlp {};
    return text && parseTlp(*text, &tlp) && tlpKey(tlp) == *text;
}

HubError rejected(const char *code)
{
    return HubError(HubError::Kind::OpRejected, code);
}

} // namespace

HubRules::HubRules(HubDirectory &directory, HubFeed &feed, const HubBlobs &blobs)
    : m_directory(directory)
    , m_feed(feed)
    , m_blobs(blobs)
{ }

HubRules::Accepted HubRules::accept(const Op &op, const HubDevice &device, const QDateTime &now)
{
    const QByteArray body = op.canonical();
    const bool signatureOk = op.verifyCanonical(device.publicKey, body);
    Accepted accepted;
    m_feed.transaction([&] { accepted = acceptOne(op, body, signatureOk, device, now); });
    return accepted;
}

std::vector<HubRules::Outcome> HubRules::acceptBatch(const std::vector<Candidate> &ops,
                                                     const HubDevice &device, const QDateTime &now)
{
    std::vector<Outcome> outcomes(ops.size());
    m_feed.transaction([&] {
        for (std::size_t i = 0; i < ops.size(); ++i) {
            try {
                outcomes[i].accepted
                    = acceptOne(*ops[i].op, ops[i].canonical, ops[i].signatureOk, device, now);
            } catch (const HubError &e) {
                // Refused ops wrote nothing: the others of the batch go on in the transaction.
                outcomes[i].code = QString::fromUtf8(e.what());
            }
        }
    });
    return outcomes;
}

std::vector<HubRules::Outcome> HubRules::acceptBatch(const std::vector<Op> &ops,
                                                     const HubDevice &device, const QDateTime &now)
{
    std::vector<Candidate> candidates;
    candidates.reserve(ops.size());
    for (const Op &op : ops) {
        QByteArray body = op.canonical();
        const bool ok = op.verifyCanonical(device.publicKey, body);
        candidates.push_back({&op, std::move(body), ok});
    }
    return acceptBatch(candidates, device, now);
}

HubRules::Accepted HubRules::acceptOne(const Op &op, const QByteArray &canonical, bool signatureOk,
                                       const HubDevice &device, const QDateTime &now)
{
    using namespace protocol;
    // The connection authenticated as device; the op must be its own and well-formed.
    if (op.device != device.id)
        throw rejected(reject::OpDeviceMismatch);
    if (device.revoked)
        throw rejected(reject::DeviceRevoked);
    if (op.author != device.analystId || op.centre != device.centre)
        throw rejected(reject::AuthorOrCentreMismatch);
    if (HybridClock::wallMs(op.hlc)
        > quint64(now.toMSecsSinceEpoch() + HybridClock::kMaxForwardDriftMs))
        throw rejected(reject::ClockAhead);
    if (const auto have = m_feed.findOp(op.id())) {
        // A second, different op under the same id would fork the device's history.
        if (have->canonical != canonical)
            throw rejected(reject::ConflictingOp);
        return {have->hubSeq, true, {}};
    }
    if (!signatureOk)
        throw rejected(reject::BadSignature);
    checkClockIncreases(op);

    // Every rule is checked before the first write: a refused op leaves nothing behind (its
    // batch goes on in the same transaction).
    const Route route = routeFor(op);
    checkBlobRef(op, route.record);
    applyRoute(op, route);
    // Gap-free: the next hub_seq is max + 1 inside the writer's transaction.
    qint64 seq = m_feed.lastHubSeq();
    Accepted accepted;
    if (route.becameShared || route.childBecameShared) {
        // The record has just left its centre: everything written to it so far goes to the
        // other centres now, at new sequence numbers (their cursors are past the old ones),
        // in the order it was written and before the op that shares it, so that a receiver
        // meets the record's creation first. Comments still internal stay behind.
        const QList<HubOp> earlier
            = route.becameShared ? m_feed.opsOfRoot(route.root) : m_feed.opsOfRecord(route.record);
        for (const HubOp &o : earlier) {
            if (route.becameShared && o.internalChild)
                continue;
            accepted.entries << appendFeed(++seq, o.hubSeq, {}, route.hiddenFrom, o.canonical,
                                           o.sig);
        }
    }
    if (route.memberHistory) {
        // A new member gets what was written before they joined (the root's policy: all of
        // it, or only the record and its member list), for their devices only, before the op
        // that adds them. Internal comments stay behind.
        const QString memberList
            = QString::fromLatin1(findEntity(op.entity)->name) + QLatin1Char('/');
        for (const HubOp &o : m_feed.opsOfRoot(route.root)) {
            const bool sent = route.memberJoinedOnly
                ? o.record == route.root || o.record.startsWith(memberList)
                : !o.internalChild || route.memberAllHistory;
            if (sent)
                accepted.entries << appendFeed(++seq, o.hubSeq, {}, {}, o.canonical, o.sig, {},
                                               route.memberAnalyst);
        }
    }
    // The op itself: its hub_seq is its own feed entry, after what it republished.
    accepted.hubSeq = ++seq;
    applyMembership(route, accepted.hubSeq);
    m_feed.insertOp({accepted.hubSeq, op.id(), op.device, qint64(op.seq), op.hlc, route.root,
                     route.record, canonical, op.sig, false});
    applyBlobRef(op, route.record, accepted.hubSeq);
    accepted.entries << appendFeed(accepted.hubSeq, accepted.hubSeq, route.visibleTo, {}, canonical,
                                   op.sig, route.audience, route.analyst);
    return accepted;
}

void HubRules::checkBlobRef(const Op &op, const QString &record)
{
    const EntityDef *def = findEntity(op.entity);
    if (!def || !def->blobRef)
        return;
    if (const FieldValue *size = op.field(QStringLiteral("size"))) {
        const auto *n = std::get_if<qint64>(size);
        if (!n || *n < 0 || *n > m_blobs.blobLimits().maxBlobBytes)
            throw rejected(protocol::reject::InvalidBlobRef);
    }
    const FieldValue *value = op.field(QStringLiteral("sha256"));
    if (!value)
        return;
    const auto *sha = std::get_if<QString>(value);
    if (!sha || !blob::isSha256Hex(*sha))
        throw rejected(protocol::reject::InvalidBlobRef);
    // Set by the record's first op, never changed: a receiver keeps what it first saw.
    const std::optional<QString> previous = m_feed.blobRefOf(record);
    if (previous && *previous != *sha)
        throw rejected(protocol::reject::InvalidBlobRef);
    if (!previous && m_feed.holdsRecord(record))
        throw rejected(protocol::reject::InvalidBlobRef);
}

void HubRules::applyBlobRef(const Op &op, const QString &record, qint64 opSeq)
{
    // A deleted record no longer keeps its blob (collectBlobs removes it after the TTL).
    const blob::RefChange change = blob::refChange(op);
    if (!change.sha256.isEmpty())
        m_feed.addBlobRef(change.sha256, record, opSeq);
    if (change.dropped)
        m_feed.dropBlobRefs(record);
}

void HubRules::checkClockIncreases(const Op &op)
{
    // A device's stamps grow with its seq; two ops of one device with one stamp would merge by
    // arrival order, so the hub refuses what breaks the rule.
    const auto before = m_feed.clockBefore(op.device, qint64(op.seq));
    const auto after = m_feed.clockAfter(op.device, qint64(op.seq));
    if ((before && op.hlc <= *before) || (after && op.hlc >= *after))
        throw rejected(protocol::reject::ClockNotIncreasing);
}

HubRules::Audience HubRules::audienceOf(const QString &root) const
{
    Audience audience;
    const std::optional<HubRoot> found = m_feed.root(root);
    if (!found)
        return audience;
    audience.exists = true;
    audience.shared = found->shared;
    audience.membersOnly = found->membersOnly;
    audience.owner = found->owner;
    if (found->membersOnly || found->hasMembers)
        audience.members = m_feed.membersOf(root);
    return audience;
}

HubRules::Route HubRules::routeFor(const Op &op)
{
    // Reads and decides only: every rule is checked before anything is written, so a refused
    // op leaves nothing behind without a savepoint per op (a savepoint makes SQLCipher copy
    // and encrypt every page it touches into a sub-journal: ingest fell by more than half).
    Route route;
    const EntityDef *def = findEntity(op.entity);
    const QString recordId = recordKey(op.entity, op.entityId);
    route.record = recordId;
    QString childCentre = op.centre;
    bool childShared = false; // a scoped child's own scope (a comment's visibility)
    bool childExisted = false;
    bool childLegacy = false; // a scoped child that has no scope of its own yet
    if (def && !def->isChild()) {
        route.root = recordId;
    } else if (def) {
        const std::optional<HubChild> known = m_feed.child(recordId);
        childExisted = known.has_value();
        const QString stored = childExisted ? known->root : QString();
        if (childExisted) {
            childCentre = known->centre.isEmpty() ? op.centre : known->centre;
            // A child with no scope of its own follows its root: a kind that had none when it
            // was written (indicators before schema 10) and was not given one since.
            childShared = known->shared.value_or(def->unscopedFollowsRoot);
            childLegacy = def->unscopedFollowsRoot && !known->shared.has_value();
        }
        const FieldValue *parent = op.field(QString::fromLatin1(def->parentField));
        const QString *parentId = parent ? std::get_if<QString>(parent) : nullptr;
        QString named = parentId && !parentId->isEmpty()
            ? recordKey(QString::fromLatin1(def->parentEntity), *parentId)
            : QString();
        // The parent may be a child itself (attachment -> message -> channel): its root,
        // which the hub recorded when the parent came, is this record's root too.
        const EntityDef *parentDef = findEntity(QString::fromLatin1(def->parentEntity));
        if (!named.isEmpty() && parentDef && parentDef->isChild()) {
            const std::optional<HubChild> parentChild = m_feed.child(named);
            const QString parentRoot = parentChild ? parentChild->root : QString();
            if (parentRoot.isEmpty())
                throw rejected(protocol::reject::UnknownParent);
            named = parentRoot;
        }
        if (!stored.isEmpty() && !named.isEmpty() && named != stored)
            throw rejected(protocol::reject::ParentChanged);
        route.root = stored.isEmpty() ? named : stored;
        route.writes.insertChild = !childExisted && !named.isEmpty();
        const bool ownScope = op.field(QStringLiteral("scope")) != nullptr;
        route.writes.childScoped = def->isScopedChild() && (!def->unscopedFollowsRoot || ownScope);
        // A new child of a kind that follows its root while it has no scope of its own.
        if (!childExisted && def->unscopedFollowsRoot && !ownScope)
            childShared = true;
    }
    checkOwnRecord(op, def, route.root);
    if (op.entity == QLatin1String(entity::VisitApproval))
        checkApproval(op, route.root);
    if (route.root.isEmpty()) {
        if (def && def->isChild())
            throw rejected(protocol::reject::UnknownParent);
        // An entity this hub does not know (a newer Liaison's): the op's own scope decides, as
        // its author wrote it.
        route.visibleTo = op.scope == QLatin1String(kScopeShared) ? QString() : op.centre;
        return route;
    }
    const std::optional<HubRoot> found = m_feed.root(route.root);
    const bool exists = found.has_value();
    route.owner = exists ? found->owner : op.centre;
    bool shared = exists && found->shared;
    QString marking = exists ? found->tlp : QString();
    const bool markingStamped = exists && found->tlpStamped;
    const qint64 markingHlc = markingStamped ? qint64(found->tlpHlc) : 0;
    const QByteArray markingDevice = exists ? found->tlpDevice.toUtf8() : QByteArray();
    bool membersOnly = exists && found->membersOnly;
    const bool hasMembers = exists && found->hasMembers;
    const bool authorIsCreator = exists && found->creator == op.author;
    route.memberJoinedOnly = exists && found->history == QLatin1String("joined");
    const bool authorIsMember
        = (membersOnly || hasMembers) && m_feed.isMember(route.root, op.author);
    // A child names a record this hub holds: otherwise its author could claim the parent's id
    // (and its ownership) before the real owner creates it, and route by its own say.
    if (def && def->isChild() && !exists)
        throw rejected(protocol::reject::UnknownParent);
    const bool isRootOp = def && !def->isChild();
    route.writes.insertRoot = !exists;
    if (isRootOp) {
        // The marking the hub enforces is one of TLP 2.0's five keys, never a look-alike.
        const FieldValue *tlp = op.field(QStringLiteral("tlp"));
        if (tlp && !isTlpKey(*tlp))
            throw rejected(protocol::reject::InvalidTlp);
        // Ownership is fixed at creation: the creating op's centre, never relabelled.
        if (const FieldValue *owner = op.field(QStringLiteral("owner_centre"))) {
            const auto *text = std::get_if<QString>(owner);
            if (!text || *text != route.owner)
                throw rejected(protocol::reject::OwnerMismatch);
        }
        // The marking by the merge rule every replica applies: the greatest (hlc, device).
        const QByteArray device = op.device.toUtf8();
        if (tlp
            && (!markingStamped || markingHlc < qint64(op.hlc)
                || (markingHlc == qint64(op.hlc) && markingDevice < device))) {
            marking = std::get<QString>(*tlp);
            route.writes.tlp = marking;
        }
    }
    // A centre's internal record is invisible to the others: they cannot write to it either,
    // unless they are on its member list. A members-only record is its members' alone.
    if (membersOnly && !authorIsMember && !authorIsCreator)
        throw rejected(protocol::reject::NotMember);
    if (!membersOnly && !shared && route.owner != op.centre && !authorIsMember)
        throw rejected(protocol::reject::ScopeViolation);
    if (isRootOp) {
        const FieldValue *scopeField = op.field(QStringLiteral("scope"));
        const bool sharesNow = isSharedValue(scopeField);
        // The op's scope member and its scope field say the same thing, or the op is refused:
        // a record is shared by its scope field (docs/PROTOCOL.md, "Sharing").
        if (scopeField && (op.scope == QLatin1String(kScopeShared)) != sharesNow)
            throw rejected(protocol::reject::ScopeMismatch);
        if (!scopeField && !shared && op.scope == QLatin1String(kScopeShared))
            throw rejected(protocol::reject::ScopeMismatch);
        if (scopeField && op.centre != route.owner)
            throw rejected(protocol::reject::NotOwner);
        // Members-only is chosen at creation and kept: never widened, never narrowed to.
        const bool wantsMembers = scopeField && std::get_if<QString>(scopeField)
            && *std::get_if<QString>(scopeField) == QLatin1String(kScopeMembers);
        if (exists && scopeField && wantsMembers != membersOnly)
            throw rejected(protocol::reject::ScopeViolation);
        if (!exists && wantsMembers) {
            membersOnly = true;
            route.writes.membersOnly = true;
            const FieldValue *history = op.field(QStringLiteral("history"));
            const auto *text = history ? std::get_if<QString>(history) : nullptr;
            route.writes.history = text && *text == QLatin1String("joined")
                ? QStringLiteral("joined")
                : QStringLiteral("all");
        }
        // Raising the marking of a record already shared is allowed (it has left); sharing a
        // record marked AMBER+STRICT or RED is not.
        if (!shared && sharesNow && tlpForbidsSharing(marking))
            throw rejected(protocol::reject::TlpForbidsShare);
        if (!shared && sharesNow) {
            shared = true;
            route.becameShared = exists; // a record created shared has nothing to republish
            route.writes.rootShared = true;
        }
    }
    if (def && def->memberList)
        routeMember(op, route, membersOnly, authorIsMember, authorIsCreator, shared, marking);
    // The root's members receive its ops (beside its centre, or alone when members-only).
    const bool withMembers = hasMembers || route.member == Route::Member::Add;
    if (def && def->perAnalyst) {
        // Read markers: the analyst's own devices, wherever the record's root goes.
        route.analyst = op.author;
        return route;
    }
    if (def && def->isScopedChild()) {
        // An internal comment is its centre's alone, on a shared record too.
        if (!childShared && op.centre != childCentre)
            throw rejected(protocol::reject::ScopeViolation);
        const FieldValue *scopeField = op.field(QStringLiteral("scope"));
        if (def->field(QStringLiteral("tlp")))
            checkChildMarking(op, marking, isSharedValue(scopeField));
        if (scopeField && !isSharedValue(scopeField) && childLegacy) {
            // A child that followed its root gets a scope of its own, internal: only while
            // the root has not left its centre (then the child has left with it).
            if (shared)
                throw rejected(protocol::reject::ScopeViolation);
            childShared = false;
            route.writes.childInternal = true;
        }
        if (isSharedValue(scopeField) && !childShared) {
            childShared = true;
            route.childBecameShared = childExisted && shared;
            route.writes.childShared = true;
        }
        if (!shared && childCentre != route.owner) {
            // A named member of another centre wrote it: for the owner centre and the
            // members, never for the member's whole centre.
            route.visibleTo = route.owner;
            route.audience = route.root;
            return route;
        }
        route.visibleTo = shared && childShared ? QString() : childCentre;
        route.hiddenFrom = childCentre;
        if (!shared && childShared && withMembers)
            route.audience = route.root;
        return route;
    }
    route.visibleTo = membersOnly ? QString::fromLatin1(kNoCentre)
        : shared                  ? QString()
                                  : route.owner;
    route.hiddenFrom = route.owner;
    if (membersOnly || (!shared && withMembers))
        route.audience = route.root;
    return route;
}

void HubRules::routeMember(const Op &op, Route &route, bool membersOnly, bool authorIsMember,
                           bool authorIsCreator, bool shared, const QString &marking)
{
    // A member entry is "ROOT-ID.ANALYST-ID": one record per analyst and root, so adding and
    // removing the same analyst merge like any field.
    const QString rootId = route.root.mid(route.root.indexOf(QLatin1Char('/')) + 1);
    if (!op.entityId.startsWith(rootId + QLatin1Char('.')))
        throw rejected(protocol::reject::InvalidMember);
    const QString analyst = op.entityId.mid(rootId.size() + 1);
    if (const FieldValue *named = op.field(QStringLiteral("analyst_id"))) {
        const auto *text = std::get_if<QString>(named);
        if (!text || *text != analyst)
            throw rejected(protocol::reject::InvalidMember);
    }
    const QString centre = m_directory.analystCentre(analyst);
    if (centre.isEmpty())
        throw rejected(protocol::reject::InvalidMember);
    if (const FieldValue *named = op.field(QStringLiteral("centre"))) {
        const auto *text = std::get_if<QString>(named);
        if (!text || *text != centre)
            throw rejected(protocol::reject::InvalidMember);
    }
    const FieldValue *removedValue = op.field(QStringLiteral("removed"));
    const bool *removed = removedValue ? std::get_if<bool>(removedValue) : nullptr;
    if (!removed && !op.field(QStringLiteral("analyst_id")))
        return; // touches no membership
    const bool adding = !removed || !*removed;
    const bool ownerSide = op.centre == route.owner && (authorIsMember || !membersOnly);
    // Who may change the list (docs/PROTOCOL.md, "Members"): the root's creator; to add, any
    // current member, or, on a record that is not members-only, any analyst of the owner
    // centre; to remove someone else, an analyst of the owner centre as for adding; anyone on
    // the list may leave.
    const bool allowed = authorIsCreator
        || (adding ? authorIsMember || ownerSide
                   : ownerSide || (authorIsMember && analyst == op.author));
    if (!allowed)
        throw rejected(protocol::reject::NotMember);
    // TLP:AMBER+STRICT never leaves the owner centre, not even to a named person.
    if (adding && centre != route.owner && marking == QLatin1String("amber+strict"))
        throw rejected(protocol::reject::TlpForbidsShare);
    const bool already = m_feed.isMember(route.root, analyst);
    if (adding == already)
        return; // no change: already on the list, or already off it
    route.member = adding ? Route::Member::Add : Route::Member::Remove;
    route.memberAnalyst = analyst;
    if (adding) {
        // What the new member could not see before: a members-only record, or another
        // centre's record that is not shared.
        const bool couldSee = !membersOnly && (shared || centre == route.owner);
        route.memberHistory = !couldSee;
        route.memberAllHistory = membersOnly; // a members-only record has no internal part
    }
}

void HubRules::checkChildMarking(const Op &op, const QString &rootMarking, bool sharing)
{
    // A child with a marking of its own (an indicator, schema 10) is as strict as its root or
    // stricter. An op that shares it names its marking, which must allow it to follow the
    // root: never AMBER+STRICT, and RED only under a RED root (its named people).
    const FieldValue *tlp = op.field(QStringLiteral("tlp"));
    if (tlp && !isTlpKey(*tlp))
        throw rejected(protocol::reject::InvalidTlp);
    if (!sharing)
        return;
    if (!tlp)
        throw rejected(protocol::reject::TlpForbidsShare);
    const QString &key = std::get<QString>(*tlp);
    if (key == QLatin1String("amber+strict")
        || (key == QLatin1String("red") && rootMarking != QLatin1String("red")))
        throw rejected(protocol::reject::TlpForbidsShare);
}

void HubRules::checkOwnRecord(const Op &op, const EntityDef *def, const QString &root)
{
    if (!def || !def->perAnalyst)
        return;
    // A per-analyst record (read marker, chat draft) is its analyst's alone: its id is
    // "PARENT.ANALYST" and it names no other analyst, so nobody can squat another's record.
    if (const FieldValue *analyst = op.field(QStringLiteral("analyst_id"))) {
        const auto *text = std::get_if<QString>(analyst);
        if (!text || *text != op.author)
            throw rejected(protocol::reject::NotOwnRecord);
    }
    const QString prefix = QString::fromLatin1(def->parentEntity) + QLatin1Char('/');
    const QString channel = root.startsWith(prefix) ? root.mid(prefix.size()) : QString();
    if (channel.isEmpty() || op.entityId != channel + QLatin1Char('.') + op.author)
        throw rejected(protocol::reject::NotOwnRecord);
}

void HubRules::checkApproval(const Op &op, const QString &root)
{
    // Only the directory's team leads approve, each for their own centre, under their name.
    if (m_directory.analystRole(op.author) != QLatin1String(kRoleLead))
        throw rejected(protocol::reject::NotALead);
    const QString prefix = QString::fromLatin1(entity::Visit) + QLatin1Char('/');
    const QString visit = root.startsWith(prefix) ? root.mid(prefix.size()) : QString();
    if (visit.isEmpty() || op.entityId != visit + QLatin1Char('.') + op.centre)
        throw rejected(protocol::reject::NotOwnRecord);
    for (const char *name : {"analyst_id", "centre"}) {
        const FieldValue *value = op.field(QString::fromLatin1(name));
        const auto *text = value ? std::get_if<QString>(value) : nullptr;
        const QString &expected = name[0] == 'a' ? op.author : op.centre;
        if (value && (!text || *text != expected))
            throw rejected(protocol::reject::NotOwnRecord);
    }
}

void HubRules::applyMembership(const Route &route, qint64 hubSeq)
{
    if (route.member == Route::Member::Add)
        m_feed.addMember(route.root, route.memberAnalyst, hubSeq);
    else if (route.member == Route::Member::Remove)
        m_feed.removeMember(route.root, route.memberAnalyst, hubSeq);
}

void HubRules::applyRoute(const Op &op, const Route &route)
{
    const Route::Writes &w = route.writes;
    if (w.insertChild) {
        m_feed.insertChild(route.record,
                           {route.root, op.centre,
                            w.childScoped ? std::optional<bool>(w.childShared) : std::nullopt});
    } else if (w.childShared || w.childInternal) {
        m_feed.setChildShared(route.record, w.childShared);
    }
    if (w.insertRoot)
        m_feed.insertRoot(route.root, route.owner, op.author, w.membersOnly, w.history);
    if (w.tlp)
        m_feed.setRootTlp(route.root, *w.tlp, op.hlc, op.device);
    if (w.rootShared)
        m_feed.setRootShared(route.root);
}

FeedEntry HubRules::appendFeed(qint64 hubSeq, qint64 opSeq, const QString &visibleTo,
                               const QString &hiddenFrom, const QByteArray &canonical,
                               const QByteArray &sig, const QString &audience,
                               const QString &analyst)
{
    FeedEntry entry {hubSeq, visibleTo, hiddenFrom, canonical, sig, audience, analyst, {}};
    m_feed.appendEntry(entry, opSeq);
    if (!audience.isEmpty())
        entry.members = m_feed.membersAt(audience, hubSeq);
    return entry;
}

} // namespace liaison
