#include "crypto/SecureBuffer.h"

#include "crypto/Sodium.h"

#include <QByteArray>
#include <QString>
#include <QtGlobal>

#include <sodium.h>

#include <cstdlib>
#include <cstring>
#include <new>
#include <utility>

namespace liaison {

SecureBuffer::SecureBuffer(std::size_t size)
{
    ensureSodium();
    // sodium_malloc(0) is legal but returns a pointer we still must free; keep one byte so
    // data() is never null for a live buffer.
    m_data = static_cast<std::uint8_t *>(sodium_malloc(size == 0 ? 1 : size));
    if (!m_data)
        throw std::bad_alloc();
    m_size = size;
    sodium_memzero(m_data, size == 0 ? 1 : size);
}

SecureBuffer::~SecureBuffer()
{
    release();
}

SecureBuffer::SecureBuffer(SecureBuffer &&other) noexcept
    : m_data(std::exchange(other.m_data, nullptr))
    , m_size(std::exchange(other.m_size, 0))
{ }

SecureBuffer &SecureBuffer::operator=(SecureBuffer &&other) noexcept
{
    if (this != &other) {
        release();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

SecureBuffer SecureBuffer::fromBytes(const void *data, std::size_t size)
{
    SecureBuffer buffer(size);
    if (size)
        std::memcpy(buffer.m_data, data, size);
    return buffer;
}

SecureBuffer SecureBuffer::fromUtf8(const char *data, std::size_t size)
{
    return fromBytes(data, size);
}

bool SecureBuffer::equals(const SecureBuffer &other) const
{
    if (m_size != other.m_size)
        return false;
    if (m_size == 0)
        return true;
    return sodium_memcmp(m_data, other.m_data, m_size) == 0;
}

void SecureBuffer::release()
{
    if (m_data)
        sodium_free(m_data); // wipes before freeing
    m_data = nullptr;
    m_size = 0;
}

void secureWipe(void *data, std::size_t size)
{
    if (data && size)
        sodium_memzero(data, size);
}

std::optional<SecureBuffer> takeSecretFromEnvironment(const char *name)
{
#ifdef Q_OS_UNIX
    // POSIX getenv hands out the environment's own storage, which can then be wiped in place.
    char *value = ::getenv(name);
    if (!value)
        return std::nullopt;
    const std::size_t size = std::strlen(value);
    SecureBuffer secret = SecureBuffer::fromUtf8(value, size);
    secureWipe(value, size);
#else
    if (!qEnvironmentVariableIsSet(name))
        return std::nullopt;
    QString value = qEnvironmentVariable(name);
    QByteArray utf8 = value.toUtf8();
    SecureBuffer secret = SecureBuffer::fromUtf8(utf8.constData(), std::size_t(utf8.size()));
    secureWipe(utf8.data(), std::size_t(utf8.size()));
    secureWipe(value.data(), std::size_t(value.size()) * sizeof(QChar));
#endif
    qunsetenv(name);
    return secret;
}

} // namespace liaison
