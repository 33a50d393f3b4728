#pragma once

#include "storage/Database.h"
#include "sync/Op.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

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
    // Throws CodeRejected (unknown, used or expired; the same message for all three).
    HubDevice redeemEnrolment(const QString &code, const QByteArray &publicKey,
                              const QDateTime &now = QDateTime::currentDateTimeUtc());

    QList<HubDevice> devices() const;
    std::optional<HubDevice> device(const QString &id) const;
    // Returns false when there is no such device.
    bool revoke(const QString &deviceId);

    // Verifies and stores an op pushed by device (in the caller's transaction). Returns its
    // hub_seq; a re-pushed op gets its first hub_seq back (duplicate = true), never a second
    // row. Throws HubError(OpRejected) with the protocol error code.
    struct Accepted
    {
        qint64 hubSeq = 0;
        bool duplicate = false;
    };
    Accepted accept(const Op &op, const HubDevice &device,
                    const QDateTime &now = QDateTime::currentDateTimeUtc());

    struct StoredOp
    {
        qint64 hubSeq = 0;
        QString centre;
        QString scope;
        QByteArray canonical;
        QByteArray sig;
    };
    // Ops after hub_seq `after` that a device of `centre` may see: shared ones and its own
    // centre's, in hub_seq order.
    QList<StoredOp> opsAfter(qint64 after, int limit, const QString &centre) const;
    qint64 lastHubSeq() const;

    Database &db() { return m_db; }

    // Normalises what a person typed (case, spaces, dashes) before hashing.
    static QString normaliseCode(const QString &code);

private:
    HubStore() = default;
    static QByteArray codeHash(const QString &normalisedCode);

    QString m_dir;
    Database m_db;
};

} // namespace liaison
