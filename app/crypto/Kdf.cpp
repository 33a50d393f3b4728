#include "crypto/Kdf.h"

#include "crypto/Sodium.h"

#include <sodium.h>

#include <stdexcept>

namespace liaison {

namespace {
constexpr std::size_t kKeyBytes = 32;
constexpr char kCheckContext[] = "liaison-profile-key-check-v1";
} // namespace

KdfParams KdfParams::moderate()
{
    ensureSodium();
    KdfParams p;
    p.opsLimit = crypto_pwhash_OPSLIMIT_MODERATE;
    p.memLimit = crypto_pwhash_MEMLIMIT_MODERATE;
    p.salt.resize(crypto_pwhash_SALTBYTES);
    randombytes_buf(p.salt.data(), static_cast<std::size_t>(p.salt.size()));
    return p;
}

KdfParams KdfParams::fastForTests()
{
    KdfParams p = moderate();
    p.opsLimit = crypto_pwhash_OPSLIMIT_MIN;
    p.memLimit = crypto_pwhash_MEMLIMIT_MIN;
    return p;
}

bool KdfParams::isSane() const
{
    return salt.size() == static_cast<qsizetype>(crypto_pwhash_SALTBYTES)
        && opsLimit >= crypto_pwhash_OPSLIMIT_MIN && opsLimit <= crypto_pwhash_OPSLIMIT_SENSITIVE
        && memLimit >= crypto_pwhash_MEMLIMIT_MIN && memLimit <= crypto_pwhash_MEMLIMIT_SENSITIVE;
}

SecureBuffer deriveKey(const SecureBuffer &passphrase, const KdfParams &params)
{
    ensureSodium();
    if (!params.isSane())
        throw std::runtime_error("key derivation parameters are out of range");
    SecureBuffer key(kKeyBytes);
    const int rc = crypto_pwhash(key.data(), key.size(), passphrase.chars(), passphrase.size(),
                                 reinterpret_cast<const unsigned char *>(params.salt.constData()),
                                 params.opsLimit, static_cast<std::size_t>(params.memLimit),
                                 crypto_pwhash_ALG_ARGON2ID13);
    if (rc != 0)
        throw std::runtime_error("key derivation failed (out of memory)");
    return key;
}

QByteArray keyCheckValue(const SecureBuffer &key)
{
    ensureSodium();
    QByteArray out(crypto_generichash_BYTES, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char *>(out.data()),
                       static_cast<std::size_t>(out.size()),
                       reinterpret_cast<const unsigned char *>(kCheckContext),
                       sizeof(kCheckContext) - 1, key.data(), key.size());
    return out;
}

SecureBuffer sqlcipherRawKey(const SecureBuffer &key)
{
    // x' + 2 hex per byte + ' ; sodium_bin2hex writes a NUL terminator, hence +1.
    const std::size_t hexLen = key.size() * 2;
    SecureBuffer raw(hexLen + 3 + 1);
    raw.data()[0] = 'x';
    raw.data()[1] = '\'';
    sodium_bin2hex(reinterpret_cast<char *>(raw.data() + 2), hexLen + 1, key.data(), key.size());
    raw.data()[2 + hexLen] = '\'';
    raw.data()[3 + hexLen] = '\0';
    return raw; // size() includes the terminator; callers pass size() - 1 to SQLCipher
}

} // namespace liaison
