#include "sync/Blob.h"

#include "crypto/Sodium.h"
#include "domain/Schema.h"
#include "sync/Op.h"

#include <sodium.h>

namespace liaison::blob {

int chunkCount(qint64 size)
{
    if (size <= 0)
        return 0;
    return int((size + kChunkBytes - 1) / kChunkBytes);
}

qint64 chunkSize(qint64 size, int index)
{
    const qint64 start = qint64(index) * kChunkBytes;
    if (index < 0 || start >= size)
        return 0;
    return std::min(kChunkBytes, size - start);
}

bool isSha256Hex(const QString &text)
{
    if (text.size() != 64)
        return false;
    for (const QChar c : text) {
        if (!((c >= QLatin1Char('0') && c <= QLatin1Char('9'))
              || (c >= QLatin1Char('a') && c <= QLatin1Char('f'))))
            return false;
    }
    return true;
}

QByteArray sha256(const QByteArray &data)
{
    ensureSodium();
    QByteArray out(crypto_hash_sha256_BYTES, Qt::Uninitialized);
    crypto_hash_sha256(reinterpret_cast<unsigned char *>(out.data()),
                       reinterpret_cast<const unsigned char *>(data.constData()),
                       static_cast<unsigned long long>(data.size()));
    return out;
}

QString sha256Hex(const QByteArray &data)
{
    return QString::fromLatin1(sha256(data).toHex());
}

QStringList hashesToHex(const QByteArray &packed)
{
    QStringList out;
    for (qsizetype i = 0; i + 32 <= packed.size(); i += 32)
        out << QString::fromLatin1(packed.mid(i, 32).toHex());
    return out;
}

std::optional<QByteArray> hashesFromHex(const QStringList &hex)
{
    QByteArray packed;
    packed.reserve(hex.size() * 32);
    for (const QString &h : hex) {
        if (!isSha256Hex(h))
            return std::nullopt;
        packed += QByteArray::fromHex(h.toLatin1());
    }
    return packed;
}

RefChange refChange(const Op &op)
{
    RefChange change;
    const EntityDef *def = findEntity(op.entity);
    if (!def || !def->blobRef)
        return change;
    if (const FieldValue *value = op.field(QStringLiteral("sha256"))) {
        if (const auto *sha = std::get_if<QString>(value); sha && isSha256Hex(*sha))
            change.sha256 = *sha;
    }
    if (const FieldValue *deleted = op.field(QStringLiteral("deleted"))) {
        const auto *b = std::get_if<bool>(deleted);
        change.dropped = b && *b;
    }
    return change;
}

Sha256::Sha256()
    : m_state(new crypto_hash_sha256_state)
{
    ensureSodium();
    crypto_hash_sha256_init(m_state);
}

Sha256::~Sha256()
{
    delete m_state;
}

void Sha256::add(const QByteArray &data)
{
    crypto_hash_sha256_update(m_state, reinterpret_cast<const unsigned char *>(data.constData()),
                              static_cast<unsigned long long>(data.size()));
}

QByteArray Sha256::finish()
{
    QByteArray out(crypto_hash_sha256_BYTES, Qt::Uninitialized);
    crypto_hash_sha256_final(m_state, reinterpret_cast<unsigned char *>(out.data()));
    return out;
}

} // namespace liaison::blob
