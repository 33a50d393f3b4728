#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>
#include <stdexcept>
#include <utility>

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

// An analyst's role in the hub's directory (docs/PROTOCOL.md §5 `devices`): a team lead of
// their centre approves visits (issue #12); set by the hub admin, never by a client.
inline constexpr char kRoleLead[] = "lead";
inline constexpr char kRoleAnalyst[] = "analyst";

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
    QString analystRole = QString::fromLatin1(kRoleAnalyst); // kRoleLead or kRoleAnalyst
};

struct EnrolmentCode
{
    QString code; // shown once to the admin, never stored in clear
    QDateTime expiresAt;
    QString analystId;
};

// Who the hub knows: centres, analysts, one-time enrolment codes and devices. A storage
// interface: the embedded default is the SQLCipher store (server/sqlcipher/SqlHubStore); the
// rules over it (HubRules) know no SQL. Errors are HubError (InvalidInput, UnknownCentre,
// CodeRejected); a failing disk throws StorageError.
class HubDirectory
{
public:
    virtual ~HubDirectory() = default;

    // Adds a centre or renames it. Code: 2-16 capital letters, digits or dashes.
    virtual void addCentre(const QString &code, const QString &name) = 0;
    // (code, name) in code order.
    virtual QList<std::pair<QString, QString>> centres() const = 0;

    // Makes a one-time code for a new analyst (or a new device of an existing one), valid for
    // validForSecs. Only a hash of the code is stored.
    virtual EnrolmentCode issueEnrolment(const QString &centre, const QString &analystName,
                                         const QString &email, qint64 validForSecs,
                                         const QDateTime &now = QDateTime::currentDateTimeUtc())
        = 0;
    // Makes a one-time code for another device of an existing analyst (a laptop beside the
    // desktop): redeemed, it binds the new device to that analyst and their centre, so that
    // per-analyst records (read markers, drafts) follow them. InvalidInput when the analyst is
    // not in the directory.
    virtual EnrolmentCode issueDeviceEnrolment(const QString &analystId, qint64 validForSecs,
                                               const QDateTime &now
                                               = QDateTime::currentDateTimeUtc())
        = 0;
    // Redeems a code for a device public key: binds the device to the analyst and centre.
    // Throws CodeRejected (unknown, used or expired; the same message for all three). A used
    // code presented again with the key it enrolled (not revoked) returns that device again,
    // so that an enrolment whose answer was lost can be finished.
    virtual HubDevice redeemEnrolment(const QString &code, const QByteArray &publicKey,
                                      const QDateTime &now = QDateTime::currentDateTimeUtc())
        = 0;

    // Every device, by centre, analyst name and id.
    virtual QList<HubDevice> devices() const = 0;
    virtual std::optional<HubDevice> device(const QString &id) const = 0;
    // Revokes a device: its ops accepted so far stay valid (lastValidSeq: the greatest seq the
    // feed holds of it), later ones are refused. Returns false when there is no such device.
    virtual bool revoke(const QString &deviceId) = 0;

    // The centre of an analyst; empty when the directory does not know the analyst.
    virtual QString analystCentre(const QString &analystId) const = 0;
    // Makes an analyst a team lead (kRoleLead) or an analyst again (kRoleAnalyst); InvalidInput
    // for another role or an unknown analyst.
    virtual void setAnalystRole(const QString &analystId, const QString &role) = 0;
    // kRoleLead or kRoleAnalyst (also for an analyst the directory does not know).
    virtual QString analystRole(const QString &analystId) const = 0;

    // What every backend does alike (HubDirectory.cpp, no storage).
    // Normalises what a person typed (case, spaces, dashes; O read as 0, I and L as 1).
    static QString normaliseCode(const QString &code);
    // The keyed hash a code is stored under (BLAKE2b-256 of the normalised code).
    static QByteArray codeHash(const QString &normalisedCode);
    // A new random code: 120 bits as 24 Crockford base32 characters; `grouped` is how the
    // admin sees it (groups of 4), `normalised` what is hashed.
    struct NewCode
    {
        QString grouped;
        QString normalised;
    };
    static NewCode makeCode();
    // The checks of addCentre and issueEnrolment on what the admin typed (InvalidInput).
    static void checkCentre(const QString &code, const QString &name);
    static void checkEnrolment(const QString &analystName, qint64 validForSecs);
};

} // namespace liaison
