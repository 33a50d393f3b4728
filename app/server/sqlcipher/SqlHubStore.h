#pragma once

#include "server/HubBlobs.h"
#include "server/HubDirectory.h"
#include "server/HubFeed.h"
#include "storage/Database.h"

#include <memory>

namespace liaison {

class SecureBuffer;

// The embedded, default backend of the hub: one SQLCipher database (hub.db) holding the
// directory, the feed and the blobs, so that one transaction covers them. Hub schema 5
// (meta.hub_schema); older stores are upgraded when opened, each upgrade in one transaction.
// Storage only: the acceptance rules are HubRules', those of files HubBlobRules'.
class SqlHubStore final : public HubDirectory, public HubFeed, public HubBlobs
{
public:
    // A new store in a new database file keyed with key (32 bytes).
    static std::unique_ptr<SqlHubStore> create(const QString &path, const SecureBuffer &key);
    // An existing one, upgraded to this schema; HubError(BadKeyFile) when the key does not
    // open it, NotAHub when its schema is unknown.
    static std::unique_ptr<SqlHubStore> open(const QString &path, const SecureBuffer &key);

    // HubDirectory
    void addCentre(const QString &code, const QString &name) override;
    QList<std::pair<QString, QString>> centres() const override;
    EnrolmentCode issueDeviceEnrolment(const QString &analystId, qint64 validForSecs,
                                       const QDateTime &now) override;
    EnrolmentCode issueEnrolment(const QString &centre, const QString &analystName,
                                 const QString &email, qint64 validForSecs,
                                 const QDateTime &now = QDateTime::currentDateTimeUtc()) override;
    HubDevice redeemEnrolment(const QString &code, const QByteArray &publicKey,
                              const QDateTime &now = QDateTime::currentDateTimeUtc()) override;
    QList<HubDevice> devices() const override;
    std::optional<HubDevice> device(const QString &id) const override;
    bool revoke(const QString &deviceId) override;
    QString analystCentre(const QString &analystId) const override;
    void setAnalystRole(const QString &analystId, const QString &role) override;
    QString analystRole(const QString &analystId) const override;

    // HubFeed
    void transaction(const std::function<void()> &work) override;
    std::optional<Held> findOp(const QString &id) const override;
    std::optional<quint64> clockBefore(const QString &device, qint64 seq) const override;
    std::optional<quint64> clockAfter(const QString &device, qint64 seq) const override;
    void insertOp(const HubOp &op) override;
    QList<HubOp> opsOfRoot(const QString &root) const override;
    QList<HubOp> opsOfRecord(const QString &record) const override;
    std::optional<HubRoot> root(const QString &key) const override;
    void insertRoot(const QString &key, const QString &owner, const QString &creator,
                    bool membersOnly, const QString &history) override;
    void setRootShared(const QString &key) override;
    void setRootTlp(const QString &key, const QString &tlp, quint64 hlc,
                    const QString &device) override;
    std::optional<HubChild> child(const QString &key) const override;
    void insertChild(const QString &key, const HubChild &child) override;
    void setChildShared(const QString &key, bool shared) override;
    bool isMember(const QString &root, const QString &analyst) const override;
    QStringList membersOf(const QString &root) const override;
    QStringList membersAt(const QString &root, qint64 hubSeq) const override;
    void addMember(const QString &root, const QString &analyst, qint64 fromSeq) override;
    void removeMember(const QString &root, const QString &analyst, qint64 untilSeq) override;
    std::optional<QString> blobRefOf(const QString &record) const override;
    QList<FeedEntry> entriesNamingBlob(const QString &sha256) const override;
    bool holdsRecord(const QString &record) const override;
    void addBlobRef(const QString &sha256, const QString &record, qint64 opSeq) override;
    void dropBlobRefs(const QString &record) override;
    qint64 lastHubSeq() const override;
    void appendEntry(const FeedEntry &entry, qint64 opSeq) override;
    QList<FeedEntry> entriesAfter(qint64 after, int limit, const QString &centre,
                                  const QString &analyst = {}) const override;

    // HubBlobs (SqlHubBlobs.cpp; transaction() above serves both)
    std::optional<StoredBlob> storedBlob(const QString &sha256) const override;
    std::optional<QByteArray> blobChunk(const QString &sha256, int index) const override;
    std::optional<Upload> upload(const QString &sha256, const QString &device) const override;
    void startUpload(const QString &sha256, const QString &device, const Upload &upload,
                     const QDateTime &now) override;
    void dropUpload(const QString &sha256, const QString &device) override;
    void putUploadChunk(const QString &sha256, const QString &device, int index,
                        const QByteArray &data) override;
    QList<int> uploadedChunks(const QString &sha256, const QString &device) const override;
    void readUpload(const QString &sha256, const QString &device,
                    const std::function<void(const QByteArray &)> &chunk) const override;
    void completeUpload(const QString &sha256, const QString &device,
                        const QDateTime &now) override;
    qint64 deviceBytes(const QString &device, const QString &except) const override;
    int removeStale(const QDateTime &before) override;
    qint64 blobBytesStored() const override;

private:
    SqlHubStore() = default;
    void upgradeFrom4();
    void upgradeFrom5();
    Database &sql() const { return const_cast<Database &>(m_db); }
    void upgradeFrom2();
    void upgradeFrom3();
    void mergeTlp(const QString &rootKey, quint64 hlc, const QString &device, const QString &tlp);
    QList<HubOp> readOps(Statement &st) const;

    Database m_db;
};

} // namespace liaison
