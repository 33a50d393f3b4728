#pragma once

#include "crypto/Kdf.h"
#include "crypto/SecureBuffer.h"
#include "storage/Database.h"
#include "storage/Profile.h"
#include "sync/OpLog.h"

#include <QProcessEnvironment>
#include <QStringList>
#include <QTemporaryDir>

#include <functional>
#include <memory>

namespace liaison::test {

SecureBuffer passphrase(const char *text);

// size bytes from a seeded generator (the same bytes for the same seed).
QByteArray randomBytes(qsizetype size, quint32 seed);
// Writes data to dir/name; the path, or empty when it could not be written.
QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &data);

// "field/code" of the ValidationError that action throws; empty when it throws none.
QString refusal(const std::function<void()> &action);

// What a program run to its end said: its exit code (-1 when it crashed or did not end within a
// minute, then killed), standard output and standard error.
struct ProcessResult
{
    int code = -1;
    QString out;
    QString err;
};
// Runs binary with args and env, input on its standard input (then closed), to its end.
ProcessResult runProcess(const QString &binary, const QStringList &args,
                         const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment(),
                         const QByteArray &input = {});

// A fresh profile in a temporary folder, fast KDF limits, enrolled as analyst/centre.
struct TestReplica
{
    QTemporaryDir dir;
    std::unique_ptr<Profile> profile;
    std::unique_ptr<OpLog> log;

    TestReplica(const QString &analyst, const QString &centre, const Clock &clock);
};

// The embedded hub backend's SQLCipher file (hub.db in hubDir, keyed with its hub.key) on a
// connection of the test's own, to check what the hub wrote (the store lends out none).
Database openHubDatabase(const QString &hubDir);

} // namespace liaison::test
