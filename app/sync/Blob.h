#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

struct crypto_hash_sha256_state;

namespace liaison {

struct Op;

// The blob format both sides share (docs/PROTOCOL.md §9): a file is named by the SHA-256 of its
// bytes and moves in chunks of 256 KiB (the last one shorter), each with its own SHA-256.
namespace blob {

inline constexpr qint64 kChunkBytes = 256 * 1024;
// Default file size limit of a hub (its setting `max_blob_bytes`, sent in `hello`).
inline constexpr qint64 kDefaultMaxBytes = 25 * 1024 * 1024;

// How many chunks a blob of size bytes has (0 for an empty blob).
int chunkCount(qint64 size);
// The size of chunk index of a blob of size bytes.
qint64 chunkSize(qint64 size, int index);

// 64 lowercase hex digits.
bool isSha256Hex(const QString &text);
QByteArray sha256(const QByteArray &data); // 32 bytes
QString sha256Hex(const QByteArray &data);

// Chunk hashes on the wire: a JSON array of 64-hex strings; in storage 32 bytes each.
QStringList hashesToHex(const QByteArray &packed);
std::optional<QByteArray> hashesFromHex(const QStringList &hex);

// What an op of a record that names a blob (attachment, evidence) does to the reference: names
// the blob (sha256, well-formed), drops it (the record deleted), both or neither. The hub
// applies it when it accepts the op and when it upgrades an older store.
struct RefChange
{
    QString sha256; // empty: names none
    bool dropped = false;
};
RefChange refChange(const Op &op);

// Incremental SHA-256 (libsodium), for files too large to hold at once.
class Sha256
{
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;
    void add(const QByteArray &data);
    QByteArray finish(); // 32 bytes; the object is spent

private:
    crypto_hash_sha256_state *m_state;
};

} // namespace blob
} // namespace liaison
