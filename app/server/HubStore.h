#pragma once

#include "domain/Schema.h"
#include "storage/Database.h"
#include "sync/Op.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <stdexcept>

namespace liaison {

class HubError : public std::runtime_error
{
public:
    enum class Kind {
        AlreadyExists,
        NotAHub,
        BadKeyFile,
        UnknownCentre,
        InvalidInput,
        CodeRejected,
        OpRejected, // what() is the protocol error code (docs/PROTOCOL.md)
        Io
    };
    HubError(Kind kind, const std::string &what)
        : std::runtime_error(what)
        , m_kind(kind)
    { }
    Kind kind() const { return m_kind; }

private:
    Kind m_kind;
};

struct HubDevice
{
    QString id;
    QByteArray publicKey;
    QString analystId;
    QString analystName;
    QString centre;
    QDateTime enrolledAt;
    bool revoked = false;
    qint64 lastValidSeq = 0; // revoked: the last op seq accepted from it
};

struct EnrolmentCode
{
    QString code; // shown once to the admin, never stored in clear
    QDateTime expiresAt;
    QString analystId;
};

// The hub's own store: a folder with hub.key (32 random bytes, mode 0600), hub.db (SQLCipher
// keyed with it), tls.key (0600) and tls.crt (self-signed, made at init). Administration of
// centres, analysts, one-time enrolment codes and devices.
class HubStore
{
public:
    static constexpr char kKeyFile[] = "hub.key";
    static constexpr char kDatabaseFile[] = "hub.db";
    static constexpr char kTlsKeyFile[] = "tls.key";
    static constexpr char kTlsCertFile[] = "tls.crt";

    // Creates a new hub in dir; refuses (AlreadyExists) if one is there.
    static std::unique_ptr<HubStore> init(const QString &dir);
    static std::unique_ptr<HubStore> open(const QString &dir);

    // SHA-256 of the DER certificate, as colon-separated upper-case hex (what clients pin).
    QString certificateFingerprint() const;

    void addCentre(const QString &code, const QString &name);
    QList<std::pair<QString, QString>> centres() const;

    // Makes a one-time code for a new analyst (or a new device of an existing one), valid for
    // validFor. Only a hash of the code is stored.
    EnrolmentCode issueEnrolment(const QString &centre, const QString &analystName,
                                 const QString &email, qint64 validForSecs,
                                 const QDateTime &now = QDateTime::currentDateTimeUtc());
    // Redeems a code for a device public key: binds the device to the analyst and centre.
    // Throws CodeRejected (unknown, used or expired; the same message for all three). A used
    // code presented again with the key it enrolled (not revoked) returns that device again,
    // so that an enrolment whose answer was lost can be finished.
    HubDevice redeemEnrolment(const QString &code, const QByteArray &publicKey,
                              const QDateTime &now = QDateTime::currentDateTimeUtc());

    QList<HubDevice> devices() const;
    std::optional<HubDevice> device(const QString &id) const;
    // Returns false when there is no such device.
    bool revoke(const QString &deviceId);

    // A feed entry: an op at a hub_seq, and which centres may receive it there.
    struct StoredOp
    {
        qint64 hubSeq = 0;
        QString visibleTo; // empty: every centre; else only this one ("-": no centre as such)
        QString hiddenFrom; // a centre that already has it (republication)
        QByteArray canonical;
        QByteArray sig;
        QString audience; // a root whose members receive it too
        QString analyst; // only this analyst's devices
        QStringList members; // the audience's members at hubSeq (those known to the caller)
        bool isVisibleTo(const QString &centre, const QString &analystId = {}) const
        {
            if (!analyst.isEmpty())
                return analystId == analyst;
            if ((visibleTo.isEmpty() || visibleTo == centre) && hiddenFrom != centre)
                return true;
            return !audience.isEmpty() && !analystId.isEmpty() && members.contains(analystId);
        }
    };

    // Verifies and stores an op pushed by device (in the caller's transaction). Returns its
    // hub_seq and the feed entries it made (to send live); a re-pushed op gets its first
    // hub_seq back (duplicate = true), never a second row. Throws HubError(OpRejected) with
    // the protocol error code. Routing follows the record, not the op's own scope field: an
    // op is for every centre once its root record (the incident of an indicator...) is shared,
    // and sharing a record republishes what was written to it before (docs/PROTOCOL.md §5).
    struct Accepted
    {
        qint64 hubSeq = 0;
        bool duplicate = false;
        QList<StoredOp> entries;
    };
    Accepted accept(const Op &op, const HubDevice &device,
                    const QDateTime &now = QDateTime::currentDateTimeUtc());
    // The same with the canonical bytes and the signature check done by the caller (the hub
    // verifies a batch on every core first).
    Accepted accept(const Op &op, const QByteArray &canonical, bool signatureOk,
                    const HubDevice &device,
                    const QDateTime &now = QDateTime::currentDateTimeUtc());

    // Feed entries after hub_seq `after` that a device of `analyst` in `centre` may receive,
    // in order (members-only and per-analyst entries need the analyst).
    QList<StoredOp> opsAfter(qint64 after, int limit, const QString &centre,
                             const QString &analyst = {}) const;
    // The analysts on a root's member list now ("incident/ID"), in id order.
    QStringList membersOf(const QString &rootKey) const;
    qint64 lastHubSeq() const;

    Database &db() { return m_db; }

    // Blobs (docs/PROTOCOL.md §9; server/HubBlobs.cpp). Each call is its own transaction.
    struct BlobLimits
    {
        qint64 maxBlobBytes = 25 * 1024 * 1024; // a file (`max_blob_bytes` in hello)
        // Bytes a device may hold at the hub in uploads not finished and in blobs it uploaded
        // that no record refers to yet.
        qint64 deviceQuotaBytes = 256 * 1024 * 1024;
        // Unfinished uploads and unreferenced blobs are removed after this long.
        qint64 unreferencedTtlSecs = 24 * 3600;
    };
    void setBlobLimits(const BlobLimits &limits) { m_blobLimits = limits; }
    const BlobLimits &blobLimits() const { return m_blobLimits; }
    // An answer to blob-put / blob-chunk: refusal is a blob-refused code (empty: none);
    // have lists the chunks the hub already holds from this device (resume).
    struct BlobAnswer
    {
        QString refusal;
        QList<int> have;
        bool complete = false;
    };
    // Starts (or resumes) an upload. Throws HubError(InvalidInput) when the chunk list does not
    // fit the size.
    BlobAnswer putBlob(const HubDevice &device, const QString &sha256, qint64 size,
                       const QByteArray &chunkHashes,
                       const QDateTime &now = QDateTime::currentDateTimeUtc());
    BlobAnswer putBlobChunk(const HubDevice &device, const QString &sha256, int index,
                            const QByteArray &data,
                            const QDateTime &now = QDateTime::currentDateTimeUtc());
    struct BlobMeta
    {
        qint64 size = 0;
        QByteArray chunkHashes;
    };
    // A complete blob that a record the device may receive refers to; nullopt otherwise (one
    // answer for "no such blob" and "not for you").
    std::optional<BlobMeta> blobFor(const HubDevice &device, const QString &sha256) const;
    std::optional<QByteArray> blobChunkFor(const HubDevice &device, const QString &sha256,
                                           int index) const;
    // Removes unfinished uploads and unreferenced blobs older than the TTL; returns how many.
    int collectBlobs(const QDateTime &now = QDateTime::currentDateTimeUtc());
    // Bytes of blob chunks held (complete and unfinished), for tests and `liaison-hub status`.
    qint64 blobBytesStored() const;

    // Normalises what a person typed (case, spaces, dashes) before hashing.
    static QString normaliseCode(const QString &code);

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
        // What accepting the op writes to the routing tables, once every rule has passed.
        struct Writes
        {
            bool insertChild = false;
            bool childScoped = false;
            bool childShared = false;
            bool insertRoot = false;
            bool rootShared = false;
            bool membersOnly = false; // a new root made members-only
            QString history; // a new root's member history policy ("all" or "joined")
            std::optional<QString> tlp; // the op's marking wins the merge
        } writes;
    };
    HubStore() = default;
    // Applies the acceptance rules (scope, ownership, TLP, per-analyst records) and says where
    // the op goes; throws HubError(OpRejected) with the code.
    Route routeFor(const Op &op);
    void applyRoute(const Op &op, const Route &route);
    void checkOwnRecord(const Op &op, const EntityDef *def, const QString &root);
    void updateTlp(const QString &rootKey, const Op &op, const FieldValue &value);
    void upgradeFrom2();
    void upgradeFrom3();
    void upgradeFrom4();
    // A blob-referring record's op (attachment, evidence): its sha256 and size are well-formed
    // and never change (throws OpRejected "invalid-blob-ref"); applyBlobRef records the
    // reference (or drops it when the record is deleted).
    void checkBlobRef(const Op &op, const QString &record);
    void applyBlobRef(const Op &op, const QString &record, qint64 opSeq);
    bool mayFetch(const HubDevice &device, const QString &sha256) const;
    qint64 deviceBlobBytes(const QString &deviceId, const QString &except) const;
    void dropUpload(const QString &sha256, const QString &deviceId);
    bool isMember(const QString &rootKey, const QString &analyst) const;
    void routeMember(const Op &op, Route &route, bool membersOnly, bool authorIsMember,
                     bool authorIsCreator, bool shared, const QString &marking);
    void applyMembership(const Route &route, qint64 hubSeq);
    void checkClockIncreases(const Op &op);
    StoredOp appendFeed(qint64 hubSeq, qint64 opSeq, const QString &visibleTo,
                        const QString &hiddenFrom, const QByteArray &canonical,
                        const QByteArray &sig, const QString &audience = {},
                        const QString &analyst = {});
    static QByteArray codeHash(const QString &normalisedCode);

    QString m_dir;
    Database m_db;
    BlobLimits m_blobLimits;
};

} // namespace liaison
