#include "TestSupport.h"

#include "crypto/DeviceKey.h"
#include "crypto/Kdf.h"
#include "crypto/SecureBuffer.h"

#include <QtTest>

#include <cstring>

using namespace liaison;
using liaison::test::passphrase;

class TestCrypto : public QObject
{
    Q_OBJECT
private slots:
    void secureBufferOwnsAndMoves()
    {
        SecureBuffer a = SecureBuffer::fromBytes("secret", 6);
        QCOMPARE(a.size(), 6u);
        QVERIFY(std::memcmp(a.data(), "secret", 6) == 0);
        SecureBuffer b = std::move(a);
        QCOMPARE(b.size(), 6u);
        QVERIFY(a.isEmpty());
        QVERIFY(a.data() == nullptr);
        QVERIFY(b.equals(SecureBuffer::fromBytes("secret", 6)));
        QVERIFY(!b.equals(SecureBuffer::fromBytes("secreT", 6)));
        QVERIFY(!b.equals(SecureBuffer::fromBytes("secrets", 7)));
        SecureBuffer zero(16);
        for (std::size_t i = 0; i < zero.size(); ++i)
            QCOMPARE(zero.data()[i], std::uint8_t(0));
    }

    void keyDerivationIsDeterministicPerSalt()
    {
        const KdfParams params = KdfParams::fastForTests();
        const SecureBuffer k1 = deriveKey(passphrase("correct horse"), params);
        const SecureBuffer k2 = deriveKey(passphrase("correct horse"), params);
        QCOMPARE(k1.size(), 32u);
        QVERIFY(k1.equals(k2));
        QVERIFY(!k1.equals(deriveKey(passphrase("correct horsE"), params)));
        KdfParams otherSalt = KdfParams::fastForTests();
        QVERIFY(otherSalt.salt != params.salt);
        QVERIFY(!k1.equals(deriveKey(passphrase("correct horse"), otherSalt)));
        QCOMPARE(keyCheckValue(k1), keyCheckValue(k2));
        QVERIFY(keyCheckValue(k1) != keyCheckValue(deriveKey(passphrase("x"), params)));
    }

    void insaneParametersAreRefused()
    {
        KdfParams p = KdfParams::fastForTests();
        p.memLimit = std::uint64_t(1) << 40;
        QVERIFY(!p.isSane());
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, deriveKey(passphrase("x"), p));
        p = KdfParams::fastForTests();
        p.salt.chop(1);
        QVERIFY(!p.isSane());
        QVERIFY(KdfParams::moderate().isSane());
    }

    void rawKeyForm()
    {
        SecureBuffer key(32);
        key.data()[0] = 0xab;
        key.data()[31] = 0x01;
        const SecureBuffer raw = sqlcipherRawKey(key);
        QCOMPARE(raw.size(), 68u); // x' + 64 hex + ' + NUL
        const QByteArray text(raw.chars(), int(raw.size() - 1));
        QVERIFY(text.startsWith("x'ab"));
        QVERIFY(text.endsWith("01'"));
    }

    void deviceKeyRoundTrip()
    {
        const DeviceKey key = DeviceKey::generate();
        QVERIFY(key.isValid());
        const QByteArray sig = key.sign("message");
        QVERIFY(DeviceKey::verify(key.publicKey(), "message", sig));
        QVERIFY(!DeviceKey::verify(key.publicKey(), "messagE", sig));
        QVERIFY(!DeviceKey::verify(key.publicKey().left(31), "message", sig));
        const DeviceKey again = DeviceKey::fromSecretKey(
            SecureBuffer::fromBytes(key.secretKey().data(), key.secretKey().size()));
        QCOMPARE(again.publicKey(), key.publicKey());
        QCOMPARE(again.deviceId(), key.deviceId());
        QCOMPARE(key.deviceId().size(), 16);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, DeviceKey::fromSecretKey(SecureBuffer(10)));
    }
};

QTEST_GUILESS_MAIN(TestCrypto)
#include "tst_crypto.moc"
