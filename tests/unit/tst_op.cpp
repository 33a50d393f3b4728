#define DEVICE_ID "9d24e2eeaf27c2a0"
#define AUTH_SIGNATURE                                                                             \
    "6ec7dcac9ccc83fe54af4b50ef1bfb7c88abd916ea888da2f5250afce2b115cc7e5f9368642d676da3bb38ee4e09" \
    "7a8144301dbff738d4a44c9cc1bcb0511c0e"
#define SIGNATURE                                                                                  \
    "250a261e18ab852f3b1111c47c5aea468cbbd912bb54dca3eb6fdd2abb014456b3840bc08dbe1ae7d22334161b84" \
    "9915075368a165cfeb802cb5c6320de9f30a"
#include "crypto/DeviceKey.h"
#include "sync/Hlc.h"
#include "sync/Op.h"

#include <QtTest>

using namespace liaison;

namespace {

// The test vector of docs/PROTOCOL.md: device seed = 32 bytes 0x00..0x1f.
DeviceKey vectorKey()
{
    QByteArray seed;
    for (int i = 0; i < 32; ++i)
        seed.append(char(i));
    return DeviceKey::fromSeed(seed);
}

Op vectorOp(const DeviceKey &key)
{
    Op op;
    op.device = key.deviceId();
    op.seq = 1;
    op.hlc = HybridClock::pack(1'700'000'000'000, 0);
    op.author = QStringLiteral("analyst-1");
    op.centre = QStringLiteral("CCIRC");
    op.scope = QStringLiteral("centre");
    op.entity = QStringLiteral("incident");
    op.entityId = QStringLiteral("4f9d1c2e-0000-4000-8000-000000000001");
    op.fields = {{QStringLiteral("title"), QStringLiteral("Phishing \"wave\" à Ottawa\n")},
                 {QStringLiteral("severity"), QStringLiteral("high")},
                 {QStringLiteral("created_at"), qint64(1'700'000'000'000)},
                 {QStringLiteral("deleted"), false},
                 {QStringLiteral("sector"), FieldValue()}};
    normaliseFields(op.fields);
    op.signWith(key);
    return op;
}

} // namespace

class TestOp : public QObject
{
    Q_OBJECT
private slots:
    void testVector()
    {
        const DeviceKey key = vectorKey();
        QCOMPARE(key.publicKey().toHex(),
                 QByteArray("03a107bff3ce10be1d70dd18e74bc09967e4d6309ba50d5f1ddc8664125531b8"));
        QCOMPARE(key.deviceId(), QStringLiteral(DEVICE_ID));
        const Op op = vectorOp(key);
        const QByteArray expected
            = "{\"author\":\"analyst-1\",\"centre\":\"CCIRC\",\"device\":\"" DEVICE_ID "\","
              "\"entity\":\"incident\",\"entity_id\":\"4f9d1c2e-0000-4000-8000-000000000001\","
              "\"fields\":{\"created_at\":1700000000000,\"deleted\":false,\"sector\":null,"
              "\"severity\":\"high\",\"title\":\"Phishing \\\"wave\\\" \xc3\xa0 Ottawa\\u000a\"},"
              "\"hlc\":\"018bcfe568000000\",\"id\":\"" DEVICE_ID ":1\",\"scope\":\"centre\","
              "\"seq\":1,\"v\":1}";
        QCOMPARE(op.canonical(), expected);
        QCOMPARE(op.sig.toHex(), QByteArray(SIGNATURE));
        QVERIFY(op.verify(key.publicKey()));
    }

    void challengeResponseVector()
    {
        // docs/PROTOCOL.md §6: the auth frame's signature for a known challenge.
        QByteArray challenge;
        for (int i = 0; i < 32; ++i)
            challenge.append(char(0x20 + i));
        const QByteArray sig = vectorKey().sign(QByteArray("liaison-auth-v1\n") + challenge);
        QCOMPARE(sig.toHex(), QByteArray(AUTH_SIGNATURE));
    }

    void jsonRoundTrip()
    {
        const DeviceKey key = vectorKey();
        const Op op = vectorOp(key);
        QString error;
        const auto parsed = Op::fromJson(op.toJson(), &error);
        QVERIFY2(parsed.has_value(), qPrintable(error));
        QCOMPARE(parsed->canonical(), op.canonical());
        QVERIFY(parsed->verify(key.publicKey()));
    }

    void tamperingIsDetected()
    {
        const DeviceKey key = vectorKey();
        Op op = vectorOp(key);
        Op changedField = op;
        changedField.fields[3].second = QStringLiteral("low");
        QVERIFY(!changedField.verify(key.publicKey()));
        Op changedScope = op;
        changedScope.scope = QStringLiteral("shared");
        QVERIFY(!changedScope.verify(key.publicKey()));
        Op changedAuthor = op;
        changedAuthor.author = QStringLiteral("analyst-2");
        QVERIFY(!changedAuthor.verify(key.publicKey()));
        const DeviceKey other = DeviceKey::generate();
        QVERIFY(!op.verify(other.publicKey()));
        Op resigned = op;
        resigned.signWith(other); // a valid signature, but by another device
        QVERIFY(!resigned.verify(key.publicKey()));
    }

    void rejectsMalformed_data()
    {
        QTest::addColumn<QByteArray>("json");
        const QByteArray good = vectorOp(vectorKey()).toJson();
        QTest::addRow("not json") << QByteArray("{nope");
        QTest::addRow("array") << QByteArray("[1,2]");
        QTest::addRow("wrong version") << QByteArray(good).replace("\"v\":1", "\"v\":2");
        QTest::addRow("bad scope")
            << QByteArray(good).replace("\"scope\":\"centre\"", "\"scope\":\"world\"");
        QTest::addRow("bad hlc") << QByteArray(good).replace("018bcfe568000000", "zz");
        QTest::addRow("id mismatch") << QByteArray(good).replace(":1\"", ":2\"");
        QTest::addRow("fractional seq") << QByteArray(good).replace("\"seq\":1", "\"seq\":1.5");
        QTest::addRow("unsafe integer") << QByteArray(good).replace("1700000000000,", "1e300,");
        QTest::addRow("nested object")
            << QByteArray(good).replace("\"deleted\":false", "\"deleted\":{}");
        QTest::addRow("short sig")
            << QByteArray(good).replace("\"sig\":\"", "\"sig\":\"AAAA\",\"x\":\"");
        QTest::addRow("no fields") << QByteArray(good).replace("\"fields\":{", "\"fieldz\":{");
        QTest::addRow("empty device")
            << QByteArray(good).replace("\"device\":\"" DEVICE_ID "\"", "\"device\":\"\"");
    }

    void rejectsMalformed()
    {
        QFETCH(QByteArray, json);
        QString error;
        QVERIFY(!Op::fromJson(json, &error).has_value());
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestOp)
#include "tst_op.moc"
