#pragma once

#include "core/Clock.h"
#include "crypto/DeviceKey.h"
#include "sync/Hlc.h"
#include "sync/Op.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace liaison {

class ChangeRouter;
class Database;
struct EntityDef;

// Who this device is: its key pair, and the analyst and centre it was enrolled for.
struct LocalIdentity
{
    QString deviceId;
    QString analystId;
    QString centre;
    std::shared_ptr<const DeviceKey> key;
    bool isEnrolled() const { return !analystId.isEmpty() && !centre.isEmpty(); }
};

// A local edit before it becomes an op.
struct Change
{
    QString entity;
    QString entityId;
    Fields fields;
};

// What applying an op changed in the materialised state (for fine-grained signals).
struct AppliedChange
{
    QString entity;
    QString entityId;
    QStringList fields; // the fields whose materialised value changed
    bool created = false;
    bool remote = false;
};

struct RemoteApplyResult
{
    int applied = 0;
    int duplicates = 0;
    int rejected = 0;
    int unknownDevice = 0; // refused because their device is not in the directory (yet)
    QStringList errors; // one short reason per rejected op (safe to log: no payload)
};

// The op log and its materialised view. Every write goes through here: one transaction holds
// the op, its effect on the tables and (for local edits) its outbox row.
class OpLog : public QObject
{
    Q_OBJECT
public:
    explicit OpLog(Database &db, const Clock &clock = SystemClock::instance(),
                   QObject *parent = nullptr);
    ~OpLog() override;

    // Loads the device identity from the profile, creating the device key on first use.
    const LocalIdentity &identity() const { return m_identity; }
    // The wall clock this log stamps with (injected: tests make it jump); services read the
    // time from it too.
    const Clock &clock() const { return m_clock; }
    // Binds this device to an analyst and centre (enrolment); registers its own key. One
    // transaction, which also runs alsoWrite (the sync engine saves the hub's address there),
    // so that a crash leaves the profile either enrolled with everything or not at all.
    void setEnrolment(const QString &analystId, const QString &centre,
                      const std::function<void(Database &)> &alsoWrite = {});

    // Known devices (from the hub's directory); ops of unknown or revoked devices are refused.
    // A revoked device's ops up to lastValidSeq (the last one the hub accepted) stay valid.
    void registerDevice(const QString &deviceId, const QByteArray &publicKey,
                        const QString &analystId, const QString &centre, bool revoked = false,
                        qint64 lastValidSeq = 0);

    // Analysts' display names, from the hub's directory (local, never synced). analystName()
    // falls back to the id for an analyst the directory has not named.
    void recordAnalyst(const QString &analystId, const QString &name, const QString &centre,
                       const QString &role = {});
    // "lead" for a team lead of the hub's directory, else "analyst".
    QString analystRole(const QString &analystId) const;
    QString analystName(const QString &analystId) const;

    // Makes, signs and applies ops for changes in one transaction. Throws
    // std::invalid_argument for a change that breaks a rule (unknown entity or field, wrong
    // type, narrowing a shared record) and StorageError on I/O errors; nothing is written then.
    std::vector<Op> commit(const std::vector<Change> &changes);

    // Verifies (signature, device known and not revoked, author and centre match it) and
    // applies remote ops in one transaction. Duplicates are counted, not applied twice.
    RemoteApplyResult applyRemote(const std::vector<Op> &ops);

    // applyRemote in three steps, so that a sync can check the signatures of one page on
    // another thread while it applies the page before: prepare (database thread: drops known
    // ops, authorises devices), verify (any thread, pure), apply (database thread).
    struct RemoteBatch
    {
        std::vector<Op> ops;
        std::vector<char> state; // 0 refused, 1 verified, 2 authorised and not checked yet
        std::vector<QByteArray> keys;
        std::vector<QByteArray> bodies;
        RemoteApplyResult result;
        // The hub cursor these ops bring the replica to, stored in the same transaction
        // (0: none); not moved when an op's device is unknown (those ops are pulled again).
        qint64 cursor = 0;
    };
    RemoteBatch prepareRemote(std::vector<Op> ops) const;
    static void verifyRemote(RemoteBatch &batch);
    RemoteApplyResult applyVerified(RemoteBatch &batch);

    // How far this replica has the hub's feed (meta hub_cursor); only ever moves forward.
    qint64 hubCursor() const;
    void setHubCursor(qint64 cursor);

    // Ops waiting for a hub ack, oldest first.
    std::vector<Op> pendingOutbox(int limit) const;
    // The same in wire form (Op::wireJson), straight from the stored bytes: what a push sends.
    QList<QByteArray> pendingOutboxWire(int limit) const;
    int outboxSize() const;
    // Removes acked ops from the outbox and records their hub sequence.
    void acknowledge(const QString &opId, qint64 hubSeq);
    // The same for a whole ack frame in one transaction; rejected ops (id, code) leave the
    // outbox too and are listed in rejected_ops (they stay in the signed log), and the records
    // they touched are materialised again without them (changesApplied names those records).
    void acknowledge(const std::vector<std::pair<QString, qint64>> &acked,
                     const std::vector<std::pair<QString, QString>> &rejected);
    int rejectedCount() const;

    // BLAKE2b-256 over every materialised table in a fixed order: equal on two replicas iff
    // their derived state is byte-identical.
    QByteArray stateHash() const;
    // The same over the part two centres share: records of scope shared and their children.
    // Equal on every device of every centre once they have synced.
    QByteArray sharedStateHash() const;

    std::optional<Op> loadOp(const QString &opId) const;
    std::vector<Op> opsFor(const QString &entity, const QString &entityId) const;

    // Current materialised scope of a record (children: their parent's); "centre" by default.
    QString scopeOf(const QString &entity, const QString &entityId) const;

    Database &database() { return m_db; }

    // Where the services subscribe to the changes of the entities they own (one lookup per
    // batch of changesApplied, not one string comparison per service and change).
    ChangeRouter &router() { return *m_router; }

signals:
    // Emitted after the transaction that made them has committed.
    void changesApplied(const QList<liaison::AppliedChange> &changes);
    void outboxChanged(int size);

private:
    // The devices row, in the caller's transaction.
    void writeDevice(const QString &deviceId, const QByteArray &publicKey, const QString &analystId,
                     const QString &centre, bool revoked, qint64 lastValidSeq);
    struct DeviceInfo
    {
        QByteArray publicKey;
        QString analystId;
        QString centre;
        bool revoked = false;
        qint64 lastValidSeq = 0;
    };
    struct Stamp;

    void loadIdentity();
    QByteArray hashState(bool sharedOnly) const;
    void persistClock();
    void storeHubCursor(qint64 cursor); // inside the caller's transaction
    bool storeOp(const Op &op, const QByteArray &canonical);
    struct RowState;
    RowState loadRow(const EntityDef &def, const QString &id) const;
    // Materialises a record again from its ops in the log, leaving out those the hub refused:
    // a refused change must not stay in its author's view (no other replica has it).
    void rebuildRecord(const QString &entity, const QString &entityId, QList<AppliedChange> &out);
    // row: the row as loadRow() read it in this transaction (saves reading it twice).
    void materialise(const Op &op, bool remote, QList<AppliedChange> &out,
                     const RowState *row = nullptr);
    QString scopeForChange(const EntityDef *def, const Change &change, const RowState &row) const;
    std::optional<DeviceInfo> deviceInfo(const QString &deviceId) const;

    Database &m_db;
    const Clock &m_clock;
    HybridClock m_hlc;
    LocalIdentity m_identity;
    qint64 m_nextSeq = 1;
    mutable int m_outboxCount = -1; // cached count(*) of the outbox; -1 = unknown
    mutable QHash<QString, DeviceInfo> m_deviceCache;
    std::unique_ptr<ChangeRouter> m_router; // the first receiver of changesApplied
};

} // namespace liaison

Q_DECLARE_METATYPE(liaison::AppliedChange)
