#pragma once

#include "server/HubBlobRules.h"
#include "server/HubBlobs.h"
#include "server/HubDirectory.h"
#include "server/HubFeed.h"
#include "server/HubRules.h"

#include <QString>

#include <memory>

namespace liaison {

// A hub's data: its folder (hub.key: 32 random bytes, mode 0600; tls.key (0600) and tls.crt,
// self-signed, made at init) and its store behind three interfaces, the directory (centres,
// analysts, one-time codes, devices), the feed (ops, hub_seq, pages) and the blobs (files),
// with the rules over them: HubRules (ops) and HubBlobRules (files). init and open use the
// embedded default backend, SQLCipher (hub.db keyed with hub.key: server/sqlcipher/SqlHubStore);
// another backend is handed in whole.
class HubStore
{
public:
    static constexpr char kKeyFile[] = "hub.key";
    static constexpr char kDatabaseFile[] = "hub.db";
    static constexpr char kTlsKeyFile[] = "tls.key";
    static constexpr char kTlsCertFile[] = "tls.crt";

    // Creates a new hub in dir; refuses (AlreadyExists) if one is there.
    static std::unique_ptr<HubStore> init(const QString &dir);
    static std::unique_ptr<HubStore> open(const QString &dir);

    // A hub whose folder holds the TLS files, over another backend (all three interfaces).
    HubStore(const QString &dir, std::shared_ptr<HubDirectory> directory,
             std::shared_ptr<HubFeed> feed, std::shared_ptr<HubBlobs> blobs);
    HubStore(const HubStore &) = delete;
    HubStore &operator=(const HubStore &) = delete;

    HubDirectory &directory() { return *m_directory; }
    const HubDirectory &directory() const { return *m_directory; }
    HubFeed &feed() { return *m_feed; }
    const HubFeed &feed() const { return *m_feed; }
    HubBlobs &blobs() { return *m_blobs; }
    const HubBlobs &blobs() const { return *m_blobs; }
    HubRules &rules() { return m_rules; }
    HubBlobRules &blobRules() { return m_blobRules; }

    QString dir() const { return m_dir; }
    QString path(const char *file) const;
    // SHA-256 of the DER certificate, as colon-separated upper-case hex (what clients pin).
    QString certificateFingerprint() const;

private:
    QString m_dir;
    std::shared_ptr<HubDirectory> m_directory;
    std::shared_ptr<HubFeed> m_feed;
    std::shared_ptr<HubBlobs> m_blobs;
    HubRules m_rules;
    HubBlobRules m_blobRules;
};

} // namespace liaison
