#include "TestSupport.h"

#include "crypto/Kdf.h"
#include "storage/Database.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <stdexcept>

using namespace liaison;

class TestDatabase : public QObject
{
    Q_OBJECT

private:
    SecureBuffer key()
    {
        SecureBuffer k(32);
        for (std::size_t i = 0; i < k.size(); ++i)
            k.data()[i] = static_cast<std::uint8_t>(i * 7 + 1);
        return sqlcipherRawKey(k);
    }

    Database openDb(const QString &path)
    {
        Database db = Database::open(path, key(), Database::OpenMode::ReadWriteCreate);
        db.exec("PRAGMA journal_mode = WAL");
        db.applyConnectionPragmas();
        return db;
    }

private slots:
    void typedRoundTrip()
    {
        QTemporaryDir dir;
        Database db = openDb(dir.filePath("t.db"));
        db.exec("CREATE TABLE t (i INTEGER, r REAL, s TEXT, b BLOB, n TEXT)");
        db.prepare("INSERT INTO t VALUES (?1, ?2, ?3, ?4, ?5)")
            .bind(1, std::int64_t(1) << 60)
            .bind(2, 2.5)
            .bind(3, QStringLiteral("Résumé — 事件"))
            .bind(4, QByteArray("\x00\x01\x02", 3))
            .bindNull(5)
            .exec();
        auto st = db.prepare("SELECT i, r, s, b, n FROM t");
        QVERIFY(st.step());
        QCOMPARE(st.int64(0), std::int64_t(1) << 60);
        QCOMPARE(st.real(1), 2.5);
        QCOMPARE(st.text(2), QStringLiteral("Résumé — 事件"));
        QCOMPARE(st.blob(3), QByteArray("\x00\x01\x02", 3));
        QVERIFY(st.isNull(4));
        QVERIFY(!st.step());
    }

    void transactionRollsBackOnException()
    {
        QTemporaryDir dir;
        Database db = openDb(dir.filePath("t.db"));
        db.exec("CREATE TABLE t (v INTEGER)");
        try {
            Transaction tx(db);
            db.exec("INSERT INTO t VALUES (1)");
            throw std::runtime_error("boom");
        } catch (const std::runtime_error &) { }
        QCOMPARE(db.scalarInt("SELECT count(*) FROM t"), 0);
        {
            Transaction tx(db);
            db.exec("INSERT INTO t VALUES (2)");
            tx.commit();
        }
        QCOMPARE(db.scalarInt("SELECT count(*) FROM t"), 1);
    }

    void errorsAreTyped()
    {
        QTemporaryDir dir;
        Database db = openDb(dir.filePath("t.db"));
        try {
            db.exec("SELECT * FROM no_such_table");
            QFAIL("expected an exception");
        } catch (const StorageError &e) {
            QVERIFY(QByteArray(e.what()).contains("no_such_table"));
        }
    }

    void fileIsEncryptedOnDisk()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("t.db");
        const QByteArray secret = "CANARY-plaintext-8c1f2e";
        {
            Database db = openDb(path);
            db.exec("CREATE TABLE t (s TEXT)");
            for (int i = 0; i < 200; ++i)
                db.prepare("INSERT INTO t VALUES (?1)").bindText(1, secret).exec();
            db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
        }
        for (const QString &f : {path, path + "-wal"}) {
            QFile file(f);
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QByteArray bytes = file.readAll();
            QVERIFY2(!bytes.contains(secret), qPrintable(f));
            QVERIFY(!bytes.contains("CREATE TABLE"));
            if (f == path) {
                QVERIFY(bytes.size() >= 4096);
                QVERIFY(!bytes.startsWith("SQLite format 3"));
            }
        }
        // And a wrong key cannot read it.
        SecureBuffer other(32);
        Database wrong
            = Database::open(path, sqlcipherRawKey(other), Database::OpenMode::ReadWrite);
        try {
            wrong.verifyReadable();
            QFAIL("a wrong key must not read the file");
        } catch (const StorageError &e) {
            QVERIFY(e.isNotADatabase());
        }
    }

    void readerSeesSnapshotWhileWriterWrites()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("t.db");
        Database writer = openDb(path);
        writer.exec("CREATE TABLE t (v INTEGER)");
        writer.exec("INSERT INTO t VALUES (1)");
        Database reader = openDb(path);
        QCOMPARE(reader.scalarInt("SELECT count(*) FROM t"), 1);

        Transaction tx(writer);
        for (int i = 0; i < 100; ++i)
            writer.exec("INSERT INTO t VALUES (2)");
        // WAL: the reader is not blocked and sees the last committed state.
        QCOMPARE(reader.scalarInt("SELECT count(*) FROM t"), 1);
        tx.commit();
        QCOMPARE(reader.scalarInt("SELECT count(*) FROM t"), 101);
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
