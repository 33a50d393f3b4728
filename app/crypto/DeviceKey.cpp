#include "crypto/DeviceKey.h"

#include "crypto/Sodium.h"

#include <sodium.h>

#include <stdexcept>

namespace liaison {

DeviceKey DeviceKey::generate()
{
    ensureSodium();
    DeviceKey key;
    key.m_publicKey.resize(crypto_sign_PUBLICKEYBYTES);
    key.m_secretKey = SecureBuffer(crypto_sign_SECRETKEYBYTES);
    crypto_sign_keypair(reinterpret_cast<unsigned char *>(key.m_publicKey.data()),
                        key.m_secretKey.data());
    return key;
}

DeviceKey DeviceKey::fromSecretKey(SecureBuffer secretKey)
{
    ensureSodium();
    if (secretKey.size() != crypto_sign_SECRETKEYBYTES)
        throw std::invalid_argument("device secret key has the wrong size");
    DeviceKey key;
    key.m_publicKey.resize(crypto_sign_PUBLICKEYBYTES);
    crypto_sign_ed25519_sk_to_pk(reinterpret_cast<unsigned char *>(key.m_publicKey.data()),
                                 secretKey.data());
    key.m_secretKey = std::move(secretKey);
    return key;
}

DeviceKey DeviceKey::fromSeed(const QByteArray &seed)
{
    ensureSodium();
    if (seed.size() != crypto_sign_SEEDBYTES)
        throw std::invalid_argument("seed must be 32 bytes");
    DeviceKey key;
    key.m_publicKey.resize(crypto_sign_PUBLICKEYBYTES);
    key.m_secretKey = SecureBuffer(crypto_sign_SECRETKEYBYTES);
    crypto_sign_seed_keypair(reinterpret_cast<unsigned char *>(key.m_publicKey.data()),
                             key.m_secretKey.data(),
                             reinterpret_cast<const unsigned char *>(seed.constData()));
    return key;
}

QByteArray DeviceKey::sign(const QByteArray &message) const
{
    if (!isValid())
        throw std::logic_error("signing with an empty device key");
    QByteArray sig(crypto_sign_BYTES, Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char *>(sig.data()), nullptr,
                         reinterpret_cast<const unsigned char *>(message.constData()),
                         static_cast<unsigned long long>(message.size()), m_secretKey.data());
    return sig;
}

bool DeviceKey::verify(const QByteArray &publicKey, const QByteArray &message,
                       const QByteArray &signature)
{
    ensureSodium();
    if (publicKey.size() != crypto_sign_PUBLICKEYBYTES || signature.size() != crypto_sign_BYTES)
        return false;
    return crypto_sign_verify_detached(
               reinterpret_cast<const unsigned char *>(signature.constData()),
               reinterpret_cast<const unsigned char *>(message.constData()),
               static_cast<unsigned long long>(message.size()),
               reinterpret_cast<const unsigned char *>(publicKey.constData()))
        == 0;
}

QString DeviceKey::deviceIdFor(const QByteArray &publicKey)
{
    ensureSodium();
    unsigned char hash[32];
    crypto_generichash(hash, sizeof hash,
                       reinterpret_cast<const unsigned char *>(publicKey.constData()),
                       static_cast<std::size_t>(publicKey.size()), nullptr, 0);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(hash), 8).toHex());
}

} // namespace liaison
