#pragma once

#include "crypto/Kdf.h"
#include "crypto/SecureBuffer.h"
#include "storage/Database.h"

#include <QString>

#include <memory>
#include <stdexcept>

class QLockFile;

namespace liaison {

// Why a profile could not be opened or created. Each case leaves the files on disk untouched.
class ProfileError : public std::runtime_error
{
public:
    enum class Kind {
        NotAProfile, // no profile here (or the folder holds something else)
        WrongPassphrase, // the passphrase does not derive this profile's key
        Corrupt, // the key fits but the database or its settings are damaged
        SchemaTooNew, // written by a newer Liaison
        AlreadyExists, // create() on a folder that holds a profile
        Locked, // another Liaison process has it open
        Io, // the file system refused (permissions, disk full)
    };
    ProfileError(Kind kind, const std::string &detail)
        : std::runtime_error(detail)
        , m_kind(kind)
    { }
    Kind kind() const { return m_kind; }

private:
    Kind m_kind;
};

// Who a profile belongs to, kept beside the key's settings in profile.json (not encrypted: the
// unlock dialog shows it before the key exists). Empty until the profile has enrolled.
struct ProfileHolder
{
    QString analyst; // display name
    QString centre; // centre code
    bool isEmpty() const { return analyst.isEmpty() && centre.isEmpty(); }
};

// A folder holding one analyst's encrypted store: liaison.db (SQLCipher, raw 256-bit key) and
// profile.json (Argon2id parameters, salt, key check; nothing secret).
class Profile
{
public:
    static constexpr char kDatabaseFile[] = "liaison.db";
    static constexpr char kSettingsFile[] = "profile.json";

    ~Profile();
    Profile(const Profile &) = delete;
    Profile &operator=(const Profile &) = delete;

    static bool exists(const QString &dir);
    static std::unique_ptr<Profile> create(const QString &dir, const SecureBuffer &passphrase,
                                           const KdfParams &params = KdfParams::moderate());
    static std::unique_ptr<Profile> open(const QString &dir, const SecureBuffer &passphrase);

    // Re-encrypts the database under a key from newPassphrase. Crash-safe: at every instant
    // either the old or the new passphrase opens the profile (see docs/SECURITY-MODEL.md).
    // Throws ProfileError::WrongPassphrase when currentPassphrase is not this profile's.
    void changePassphrase(const SecureBuffer &currentPassphrase, const SecureBuffer &newPassphrase,
                          const KdfParams &params = KdfParams::moderate());

    // The holder saved in dir's settings, readable without the passphrase; empty when none or
    // when the settings cannot be read.
    static ProfileHolder readHolder(const QString &dir);
    // Saves the holder in the settings (atomically; nothing written when unchanged).
    // Throws ProfileError::Io when the settings cannot be written.
    void setHolder(const ProfileHolder &holder);

    // Where the desktop and liaison-cli keep the profile when no --profile is given:
    // <data>/Liaison/profile (~/.local/share/Liaison/profile, %APPDATA%\Liaison\profile).
    // A profile left at the doubled <data>/Liaison/Liaison/profile of earlier versions is
    // moved there when it is not open, else used where it is.
    static QString defaultDir();

    Database &db() { return m_db; }
    const QString &dir() const { return m_dir; }
    QString databasePath() const;

    // Test seam: changePassphrase() throws after step n (1..4) as if the process died there.
    static void setRekeyFailurePointForTesting(int step);
    // Test seam: create() stops at this schema version (to make fixtures of older schemas).
    static void setCreateSchemaVersionForTesting(int version);

private:
    Profile() = default;
    void openDatabase(const SecureBuffer &key, bool create);
    static void recoverInterruptedRekey(const QString &dir);
    void reopenAfterFailure(const SecureBuffer &key);

    QString m_dir;
    std::unique_ptr<QLockFile> m_lock; // declared first: released after the database closes
    Database m_db;
};

} // namespace liaison
