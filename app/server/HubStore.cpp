#include "server/HubStore.h"

#include "core/Logging.h"
#include "core/PlatformSecurity.h"
#include "crypto/SecureBuffer.h"
#include "crypto/Sodium.h"
#include "server/SelfSignedCertificate.h"
#include "server/sqlcipher/SqlHubStore.h"

#include <sodium.h>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSslCertificate>

namespace liaison {

namespace {

// The centre code no device has: a feed entry for the members of its audience only.
constexpr char kNoCentre[] = "-";

QString pathIn(const QString &dir, const char *name)
{
    return QDir(dir).filePath(QLatin1String(name));
}

// Creates path with owner-only permissions; refuses to overwrite.
void writeSecretFile(const QString &path, const char *data, qsizetype size)
{
#ifdef Q_OS_WIN
    // Qt's permission flags set no ACL on Windows: the file is made with an owner-only DACL
    // before a byte of the secret is written to it.
    QString error;
    if (!createOwnerOnlyFile(path, &error))
        throw HubError(HubError::Kind::Io,
                       "cannot create " + path.toStdString() + ": " + error.toStdString());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::ExistingOnly)
#else
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                   QFileDevice::ReadOwner | QFileDevice::WriteOwner)
#endif
        || file.write(data, size) != size || !file.flush()) {
        throw HubError(HubError::Kind::Io, "cannot write " + path.toStdString());
    }
}

SecureBuffer readKeyFile(const QString &dir)
{
    QFile file(pathIn(dir, HubStore::kKeyFile));
    if (!file.exists())
        throw HubError(HubError::Kind::NotAHub, "no hub in this folder (run liaison-hub init)");
#ifdef Q_OS_UNIX
    if (file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther))
        throw HubError(HubError::Kind::BadKeyFile,
                       "hub.key must be readable by its owner only (chmod 600)");
#endif
    if (!file.open(QIODevice::ReadOnly) || file.size() != 32)
        throw HubError(HubError::Kind::BadKeyFile, "hub.key is unreadable or not 32 bytes");
    SecureBuffer key(32);
    if (file.read(reinterpret_cast<char *>(key.data()), 32) != 32)
        throw HubError(HubError::Kind::BadKeyFile, "hub.key is unreadable");
    return key;
}

} // namespace

HubStore::HubStore(const QString &dir, std::shared_ptr<HubDirectory> directory,
                   std::shared_ptr<HubFeed> feed, std::shared_ptr<HubBlobs> blobs)
    : m_dir(dir)
    , m_directory(std::move(directory))
    , m_feed(std::move(feed))
    , m_blobs(std::move(blobs))
    , m_rules(*m_directory, *m_feed, *m_blobs)
    , m_blobRules(*m_blobs, *m_feed)
{ }

std::unique_ptr<HubStore> HubStore::init(const QString &dir)
{
    ensureSodium();
    for (const char *name : {kKeyFile, kDatabaseFile, kTlsKeyFile, kTlsCertFile}) {
        if (QFileInfo::exists(pathIn(dir, name)))
            throw HubError(HubError::Kind::AlreadyExists,
                           "a hub already exists in this folder; init refuses to overwrite it");
    }
    if (!QDir().mkpath(dir))
        throw HubError(HubError::Kind::Io, "cannot create the hub folder");
    // 0700, or on Windows an owner-only DACL that hub.db, its journal and tls.crt inherit.
    QString permissionError;
    if (!restrictToOwner(dir, &permissionError))
        throw HubError(HubError::Kind::Io,
                       "cannot make the hub folder private: " + permissionError.toStdString());

    SecureBuffer key(32);
    randombytes_buf(key.data(), key.size());
    writeSecretFile(pathIn(dir, kKeyFile), key.chars(), 32);

    const SelfSignedCertificate tls
        = SelfSignedCertificate::generate(QStringLiteral("liaison-hub"));
    writeSecretFile(pathIn(dir, kTlsKeyFile), tls.privateKeyPem.chars(),
                    qsizetype(tls.privateKeyPem.size()));
    QFile cert(pathIn(dir, kTlsCertFile));
    if (!cert.open(QIODevice::WriteOnly | QIODevice::NewOnly) || cert.write(tls.certificatePem) < 0)
        throw HubError(HubError::Kind::Io, "cannot write tls.crt");
    cert.close();

    std::shared_ptr<SqlHubStore> store = SqlHubStore::create(pathIn(dir, kDatabaseFile), key);
    qCInfo(lcSync) << "hub initialised";
    return std::make_unique<HubStore>(dir, store, store, store);
}

std::unique_ptr<HubStore> HubStore::open(const QString &dir)
{
    const SecureBuffer key = readKeyFile(dir);
    std::shared_ptr<SqlHubStore> store = SqlHubStore::open(pathIn(dir, kDatabaseFile), key);
    return std::make_unique<HubStore>(dir, store, store, store);
}

QString HubStore::path(const char *file) const
{
    return pathIn(m_dir, file);
}

QString HubStore::certificateFingerprint() const
{
    QFile file(pathIn(m_dir, kTlsCertFile));
    if (!file.open(QIODevice::ReadOnly))
        throw HubError(HubError::Kind::Io, "cannot read tls.crt");
    const auto certs = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
    if (certs.isEmpty())
        throw HubError(HubError::Kind::Io, "tls.crt holds no certificate");
    return QString::fromLatin1(
        certs.first().digest(QCryptographicHash::Sha256).toHex(':').toUpper());
}

} // namespace liaison
