#include "TestSupport.h"

#include "domain/ValidationError.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>

#include <cstring>
#include <stdexcept>

namespace liaison::test {

SecureBuffer passphrase(const char *text)
{
    return SecureBuffer::fromUtf8(text, std::strlen(text));
}

QByteArray randomBytes(qsizetype size, quint32 seed)
{
    QRandomGenerator rng(seed);
    QByteArray data(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        data[i] = char(rng.bounded(256));
    return data;
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &data)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size())
        return {};
    return path;
}

TestReplica::TestReplica(const QString &analyst, const QString &centre, const Clock &clock)
{
    profile = Profile::create(dir.path(), passphrase("correct horse battery staple"),
                              KdfParams::fastForTests());
    log = std::make_unique<OpLog>(profile->db(), clock);
    log->setEnrolment(analyst, centre);
}

Database openHubDatabase(const QString &hubDir)
{
    QFile keyFile(QDir(hubDir).filePath(QStringLiteral("hub.key")));
    if (!keyFile.open(QIODevice::ReadOnly) || keyFile.size() != 32)
        throw std::runtime_error("test: no hub.key in " + hubDir.toStdString());
    SecureBuffer key(32);
    keyFile.read(reinterpret_cast<char *>(key.data()), 32);
    Database db = Database::open(QDir(hubDir).filePath(QStringLiteral("hub.db")),
                                 sqlcipherRawKey(key), Database::OpenMode::ReadWrite);
    db.applyConnectionPragmas();
    return db;
}

QString refusal(const std::function<void()> &action)
{
    try {
        action();
    } catch (const ValidationError &e) {
        return e.field() + QLatin1Char('/') + e.code();
    }
    return {};
}

ProcessResult runProcess(const QString &binary, const QStringList &args,
                         const QProcessEnvironment &env, const QByteArray &input)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(binary, args);
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    ProcessResult r;
    if (!p.waitForFinished(60'000)) {
        p.kill();
        p.waitForFinished(5000);
        return r;
    }
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

} // namespace liaison::test
