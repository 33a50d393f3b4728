#include "TestSupport.h"

#include "crypto/DeviceKey.h"
#include "server/HubStore.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace liaison;

namespace {

HubError::Kind hubError(const std::function<void()> &fn)
{
    try {
        fn();
    } catch (const HubError &e) {
        return e.kind();
    }
    return HubError::Kind(-1);
}

} // namespace

class TestHubStore : public QObject
{
    Q_OBJECT
private slots:
    void initMakesPrivateFilesAndRefusesToOverwrite()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath("hub");
        QString fingerprint;
        {
            auto hub = HubStore::init(data);
            fingerprint = hub->certificateFingerprint();
        }
        QVERIFY(QRegularExpression(QStringLiteral("^([0-9A-F]{2}:){31}[0-9A-F]{2}$"))
                    .match(fingerprint)
                    .hasMatch());
#ifdef Q_OS_UNIX
        for (const char *secret : {HubStore::kKeyFile, HubStore::kTlsKeyFile}) {
            const auto perms = QFile(QDir(data).filePath(QLatin1String(secret))).permissions();
            QVERIFY2(!(perms & (QFileDevice::ReadGroup | QFileDevice::ReadOther)), secret);
        }
#endif
        QCOMPARE(hubError([&] { HubStore::init(data); }), HubError::Kind::AlreadyExists);
        auto again = HubStore::open(data);
        QCOMPARE(again->certificateFingerprint(), fingerprint);
        QCOMPARE(hubError([&] { HubStore::open(dir.filePath("nothing-here")); }),
                 HubError::Kind::NotAHub);
    }

    void wrongKeyFileIsRefused()
    {
        QTemporaryDir dir;
        HubStore::init(dir.path());
        QFile key(QDir(dir.path()).filePath(HubStore::kKeyFile));
        QVERIFY(key.open(QIODevice::ReadWrite));
        key.write(QByteArray(32, 'k'));
        key.close();
        QCOMPARE(hubError([&] { HubStore::open(dir.path()); }), HubError::Kind::BadKeyFile);
    }

    void enrolmentCodesWorkOnceAndExpire()
    {
        QTemporaryDir dir;
        auto hub = HubStore::init(dir.path());
        QCOMPARE(hubError([&] {
                     hub->directory().issueEnrolment(QStringLiteral("CCIRC"), QStringLiteral("A"),
                                                     {}, 3600);
                 }),
                 HubError::Kind::UnknownCentre);
        QCOMPARE(hubError([&] {
                     hub->directory().addCentre(QStringLiteral("bad code"), QStringLiteral("x"));
                 }),
                 HubError::Kind::InvalidInput);
        hub->directory().addCentre(QStringLiteral("CCIRC"),
                                   QStringLiteral("Canadian Cyber Incident Response Centre"));
        hub->directory().addCentre(QStringLiteral("US-CERT"), QStringLiteral("US-CERT"));
        QCOMPARE(hub->directory().centres().size(), 2);

        const QDateTime now = QDateTime::currentDateTimeUtc();
        const auto code = hub->directory().issueEnrolment(
            QStringLiteral("CCIRC"), QStringLiteral("Marie Tremblay"),
            QStringLiteral("marie@example.gc.ca"), 3600, now);
        QCOMPARE(code.code.size(), 29); // 24 characters in groups of 4
        // Only a hash is stored.
        QCOMPARE(test::openHubDatabase(hub->dir()).scalarInt("SELECT count(*) FROM enrolments"), 1);
        QCOMPARE(
            test::openHubDatabase(hub->dir()).scalarInt("SELECT length(code_hash) FROM enrolments"),
            32);

        const DeviceKey device = DeviceKey::generate();
        // Typed in lower case with spaces: still the same code.
        const QString typed = code.code.toLower().replace(QLatin1Char('-'), QLatin1Char(' '));
        const HubDevice enrolled = hub->directory().redeemEnrolment(typed, device.publicKey(), now);
        QCOMPARE(enrolled.id, device.deviceId());
        QCOMPARE(enrolled.centre, QStringLiteral("CCIRC"));
        QCOMPARE(enrolled.analystName, QStringLiteral("Marie Tremblay"));
        QVERIFY(!enrolled.revoked);

        // Used once: refused, with the same answer as an unknown code.
        const DeviceKey second = DeviceKey::generate();
        QCOMPARE(
            hubError([&] { hub->directory().redeemEnrolment(code.code, second.publicKey(), now); }),
            HubError::Kind::CodeRejected);
        QCOMPARE(hubError([&] {
                     hub->directory().redeemEnrolment(
                         QStringLiteral("0000-0000-0000-0000-0000-0000"), second.publicKey(), now);
                 }),
                 HubError::Kind::CodeRejected);
        // Expired.
        const auto late = hub->directory().issueEnrolment(
            QStringLiteral("US-CERT"), QStringLiteral("John Smith"), {}, 600, now);
        QCOMPARE(hubError([&] {
                     hub->directory().redeemEnrolment(late.code, second.publicKey(),
                                                      now.addSecs(601));
                 }),
                 HubError::Kind::CodeRejected);
        QCOMPARE(hubError([&] {
                     hub->directory().issueEnrolment(QStringLiteral("US-CERT"), QStringLiteral("X"),
                                                     {}, 10);
                 }),
                 HubError::Kind::InvalidInput);

        QCOMPARE(hub->directory().devices().size(), 1);
        QVERIFY(hub->directory().revoke(device.deviceId()));
        QVERIFY(hub->directory().device(device.deviceId())->revoked);
        QVERIFY(!hub->directory().revoke(QStringLiteral("0123456789abcdef")));
    }

    // The answer to an enrolment can be lost (connection dropped, client killed after the hub
    // committed): the same key presenting the same code gets the same device again, also
    // after the code's expiry; another key, another code, or a revoked device do not.
    void usedCodeRepresentedByItsDevice()
    {
        QTemporaryDir dir;
        auto hub = HubStore::init(dir.path());
        hub->directory().addCentre(QStringLiteral("CCIRC"), QStringLiteral("CCIRC"));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const auto code = hub->directory().issueEnrolment(QStringLiteral("CCIRC"),
                                                          QStringLiteral("Lost"), {}, 600, now);
        const auto other = hub->directory().issueEnrolment(QStringLiteral("CCIRC"),
                                                           QStringLiteral("Other"), {}, 600, now);
        const DeviceKey key = DeviceKey::generate();
        const HubDevice first = hub->directory().redeemEnrolment(code.code, key.publicKey(), now);
        const HubDevice again
            = hub->directory().redeemEnrolment(code.code, key.publicKey(), now.addSecs(5));
        QCOMPARE(again.id, first.id);
        QCOMPARE(again.analystId, first.analystId);
        QCOMPARE(again.centre, first.centre);
        QCOMPARE(hub->directory()
                     .redeemEnrolment(code.code.toLower(), key.publicKey(), now.addSecs(3600))
                     .id,
                 first.id);
        QCOMPARE(hub->directory().devices().size(), 1);
        QCOMPARE(hubError([&] {
                     hub->directory().redeemEnrolment(code.code, DeviceKey::generate().publicKey(),
                                                      now);
                 }),
                 HubError::Kind::CodeRejected);
        // Its key with another analyst's code: refused (and that code stays unused).
        QCOMPARE(
            hubError([&] { hub->directory().redeemEnrolment(other.code, key.publicKey(), now); }),
            HubError::Kind::CodeRejected);
        QCOMPARE(test::openHubDatabase(hub->dir())
                     .scalarInt("SELECT count(*) FROM enrolments WHERE used_at IS NULL"),
                 1);
        QVERIFY(hub->directory().revoke(key.deviceId()));
        QCOMPARE(
            hubError([&] { hub->directory().redeemEnrolment(code.code, key.publicKey(), now); }),
            HubError::Kind::CodeRejected);
    }

    void commandLine()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath("hub");
        auto run = [&](const QStringList &args, QByteArray *output) {
            QProcess p;
            p.start(QStringLiteral(LIAISON_HUB_BINARY), args);
            if (!p.waitForFinished(30000))
                return -1;
            *output = p.readAllStandardOutput() + p.readAllStandardError();
            return p.exitCode();
        };
        QByteArray output;
        QCOMPARE(run({"init", "--data", data}, &output), 0);
        QVERIFY(output.contains("fingerprint"));
        QCOMPARE(run({"init", "--data", data}, &output), 1);
        QVERIFY(output.contains("already exists"));
        QCOMPARE(run({"centre", "add", "--data", data, "--code", "CCIRC", "--name",
                      "Canadian Cyber Incident Response Centre"},
                     &output),
                 0);
        QCOMPARE(run({"enroll", "--data", data, "--centre", "CCIRC", "--analyst", "Marie Tremblay",
                      "--valid", "2h"},
                     &output),
                 0);
        QVERIFY(QRegularExpression(QStringLiteral("code: [0-9A-Z]{4}(-[0-9A-Z]{4}){5}"))
                    .match(QString::fromUtf8(output))
                    .hasMatch());
        QCOMPARE(run({"enroll", "--data", data, "--centre", "CCIRC", "--analyst", "X", "--valid",
                      "soon"},
                     &output),
                 2);
        QCOMPARE(run({"enroll", "--data", data, "--centre", "NOPE", "--analyst", "X"}, &output), 1);
        QVERIFY(output.contains("unknown centre"));
        QCOMPARE(run({"devices", "--data", data}, &output), 0);
        QCOMPARE(run({"revoke", "--data", data, "--device", "0000000000000000"}, &output), 1);
        QCOMPARE(run({"frobnicate", "--data", data}, &output), 2);
    }
};

QTEST_GUILESS_MAIN(TestHubStore)
#include "tst_hubstore.moc"
