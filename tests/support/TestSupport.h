#pragma once

#include "crypto/Kdf.h"
#include "crypto/SecureBuffer.h"
#include "storage/Profile.h"
#include "sync/OpLog.h"

#include <QTemporaryDir>

#include <memory>

namespace liaison::test {

SecureBuffer passphrase(const char *text);

// A fresh profile in a temporary folder, fast KDF limits, enrolled as analyst/centre.
struct TestReplica
{
    QTemporaryDir dir;
    std::unique_ptr<Profile> profile;
    std::unique_ptr<OpLog> log;

    TestReplica(const QString &analyst, const QString &centre, const Clock &clock);
};

} // namespace liaison::test
