#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>

namespace liaison {

// Owns bytes in libsodium's guarded heap (sodium_malloc): page-aligned, guard pages on both
// sides, excluded from core dumps, wiped with sodium_memzero when freed. Keys and passphrases
// live here and nowhere else; a QString or QByteArray copy of a secret is a bug.
class SecureBuffer
{
public:
    SecureBuffer() = default;
    explicit SecureBuffer(std::size_t size);
    ~SecureBuffer();

    SecureBuffer(SecureBuffer &&other) noexcept;
    SecureBuffer &operator=(SecureBuffer &&other) noexcept;
    SecureBuffer(const SecureBuffer &) = delete;
    SecureBuffer &operator=(const SecureBuffer &) = delete;

    // Copies size bytes from data and leaves the caller to wipe its own copy.
    static SecureBuffer fromBytes(const void *data, std::size_t size);
    // Copies a UTF-8 passphrase typed by the user (e.g. from QLineEdit::text().toUtf8()).
    static SecureBuffer fromUtf8(const char *data, std::size_t size);

    std::uint8_t *data() { return m_data; }
    const std::uint8_t *data() const { return m_data; }
    const char *chars() const { return reinterpret_cast<const char *>(m_data); }
    std::size_t size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }

    // Constant-time comparison.
    bool equals(const SecureBuffer &other) const;

private:
    void release();

    std::uint8_t *m_data = nullptr;
    std::size_t m_size = 0;
};

// Wipes a non-secure buffer the caller had to use briefly (e.g. a QByteArray from a widget).
void secureWipe(void *data, std::size_t size);

// Moves a secret (a passphrase given to a script) out of the environment variable name into
// secure memory and removes the variable, so that child processes do not inherit it; nullopt
// when it is not set. On POSIX the variable's bytes are also wiped where they live, so that
// /proc/PID/environ stops showing them. On Windows the value is read as UTF-16 (the ANSI code
// page would mangle a non-ASCII passphrase) and the copies made here are wiped; the system's
// copy in the environment block is released by the removal, not wiped.
std::optional<SecureBuffer> takeSecretFromEnvironment(const char *name);

} // namespace liaison
