#pragma once

#include "crypto/SecureBuffer.h"

#include <QByteArray>

#include <cstdint>

namespace liaison {

// Argon2id parameters; stored beside the database (they are not secret).
struct KdfParams
{
    std::uint64_t opsLimit = 0;
    std::uint64_t memLimit = 0; // bytes
    QByteArray salt; // crypto_pwhash_SALTBYTES

    // libsodium's MODERATE limits (3 passes, 256 MiB): the default for real profiles.
    static KdfParams moderate();
    // libsodium's MIN limits: only for tests and benchmarks, never for a user's profile.
    static KdfParams fastForTests();

    // Parameters read from a file are checked before use, so a crafted file cannot make us
    // allocate gigabytes or spin for minutes.
    bool isSane() const;
};

// Derives a raw 256-bit SQLCipher key from a passphrase with Argon2id (crypto_pwhash).
// Throws std::runtime_error when the derivation fails (out of memory).
SecureBuffer deriveKey(const SecureBuffer &passphrase, const KdfParams &params);

// A keyed BLAKE2b check value of the key; lets us tell "wrong passphrase" from "corrupt file"
// without touching the database. Reveals nothing an attacker could not get from the database.
QByteArray keyCheckValue(const SecureBuffer &key);

// "x'<64 hex>'" in secure memory: SQLCipher's raw-key syntax, used with sqlite3_key().
SecureBuffer sqlcipherRawKey(const SecureBuffer &key);

} // namespace liaison
