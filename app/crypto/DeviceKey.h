#pragma once

#include "crypto/SecureBuffer.h"

#include <QByteArray>
#include <QString>

namespace liaison {

// A device's Ed25519 key pair (libsodium crypto_sign). The secret half stays in secure memory.
class DeviceKey
{
public:
    static DeviceKey generate();
    // From a 64-byte libsodium secret key (seed || public key).
    static DeviceKey fromSecretKey(SecureBuffer secretKey);
    // Deterministic from a 32-byte seed: only for test vectors.
    static DeviceKey fromSeed(const QByteArray &seed);

    const QByteArray &publicKey() const { return m_publicKey; }
    const SecureBuffer &secretKey() const { return m_secretKey; }
    bool isValid() const { return m_secretKey.size() == 64; }

    // Detached signature (64 bytes) over message.
    QByteArray sign(const QByteArray &message) const;
    static bool verify(const QByteArray &publicKey, const QByteArray &message,
                       const QByteArray &signature);

    // Stable short device identifier: hex of the first 8 bytes of BLAKE2b-256(public key).
    static QString deviceIdFor(const QByteArray &publicKey);
    QString deviceId() const { return deviceIdFor(m_publicKey); }

private:
    QByteArray m_publicKey;
    SecureBuffer m_secretKey;
};

} // namespace liaison
