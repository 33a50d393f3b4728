#include "TestSupport.h"

#include "services/ChatService.h"
#include "services/IncidentService.h"
#include "services/ScheduleService.h"
#include "services/SearchIndex.h"
#include "storage/Migrations.h"
#include "storage/Profile.h"
#include "sync/OpLog.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace liaison;
using liaison::test::passphrase;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

ProfileError::Kind openError(const QString &dir, const char *pass)
{
    try {
        Profile::open(dir, passphrase(pass));
    } catch (const ProfileError &e) {
        return e.kind();
    }
    return ProfileError::Kind(-1);
}

void copyDir(const QString &from, const QString &to)
{
    QDir().mkpath(to);
    for (const auto &name : QDir(from).entryList(QDir::Files))
        QFile::copy(QDir(from).filePath(name), QDir(to).filePath(name));
}

int incidentCount(Profile &p)
{
    return int(p.db().scalarInt("SELECT count(*) FROM incidents"));
}

} // namespace

class TestProfile : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { Profile::setRekeyFailurePointForTesting(0); }

#ifdef Q_OS_UNIX
    void filesArePrivateWhateverTheUmask()
    {
        // umask 022 made the folder 0755 and its files 0644: any local user could copy the
        // database and its salt and guess the passphrase offline.
        const mode_t saved = ::umask(022);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("profile"));
        constexpr auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup
            | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther
            | QFileDevice::ExeOther;
        auto checkPrivate = [&] {
            QVERIFY(!(QFile::permissions(path) & others));
            const auto files = QDir(path).entryInfoList(QDir::Files | QDir::Hidden);
            QVERIFY(files.size() >= 2);
            for (const QFileInfo &f : files)
                QVERIFY2(!(f.permissions() & others), qPrintable(f.fileName()));
        };
        {
            auto p
                = Profile::create(path, passphrase("umask passphrase"), KdfParams::fastForTests());
            p->db().exec("CREATE TABLE probe (x)"); // the WAL exists by now
            checkPrivate();
        }
        // Loosened by someone else: opening tightens it again.
        QFile::setPermissions(
            path, QFile::permissions(path) | QFileDevice::ReadOther | QFileDevice::ExeOther);
        QFile::setPermissions(QDir(path).filePath(QStringLiteral("liaison.db")),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                  | QFileDevice::ReadOther);
        {
            auto p = Profile::open(path, passphrase("umask passphrase"));
            checkPrivate();
        }
        ::umask(saved);
    }
#endif

    void roundTrip()
    {
        QTemporaryDir dir;
        {
            auto p = Profile::create(dir.path(), passphrase("first passphrase"),
                                     KdfParams::fastForTests());
            QCOMPARE(schemaVersion(p->db()), latestSchemaVersion());
            p->db().exec("INSERT INTO meta(key, value) VALUES ('probe', 'kept')");
        }
        QVERIFY(Profile::exists(dir.path()));
        auto p = Profile::open(dir.path(), passphrase("first passphrase"));
        QCOMPARE(p->db().scalarText("SELECT value FROM meta WHERE key = 'probe'").value(),
                 QStringLiteral("kept"));
        QCOMPARE(p->db().scalarText("PRAGMA journal_mode").value(), QStringLiteral("wal"));
        QCOMPARE(p->db().scalarInt("PRAGMA foreign_keys"), 1);
        QCOMPARE(p->db().scalarInt("PRAGMA temp_store"), 2);
    }

    void profileFilesHoldNoPlaintext()
    {
        const QByteArray canary = "CANARY-incident-title-5d1e";
        QTemporaryDir dir;
        {
            auto p
                = Profile::create(dir.path(), passphrase("right one"), KdfParams::fastForTests());
            OpLog log(p->db());
            log.setEnrolment(QStringLiteral("a1"), QStringLiteral("CCIRC"));
            for (int i = 0; i < 50; ++i) {
                log.commit({{QStringLiteral("incident"),
                             QStringLiteral("i%1").arg(i),
                             {{QStringLiteral("title"), QString::fromLatin1(canary)}}}});
            }
            // While open: the WAL holds the recent pages, encrypted too.
            for (const auto &name : QDir(dir.path()).entryList(QDir::Files | QDir::Hidden)) {
                QFile f(dir.filePath(name));
                QVERIFY(f.open(QIODevice::ReadOnly));
                QVERIFY2(!f.readAll().contains(canary), qPrintable(name));
            }
        }
        QFile db(dir.filePath(Profile::kDatabaseFile));
        QVERIFY(db.open(QIODevice::ReadOnly));
        const QByteArray bytes = db.readAll();
        QVERIFY(bytes.size() > 4096);
        QVERIFY(!bytes.startsWith("SQLite format 3"));
        QVERIFY(!bytes.contains(canary));
    }

    void emptyDatabaseIsCorruptNotANewProfile()
    {
        QTemporaryDir dir;
        Profile::create(dir.path(), passphrase("right one"), KdfParams::fastForTests());
        QFile db(dir.filePath(Profile::kDatabaseFile));
        QVERIFY(db.open(QIODevice::WriteOnly | QIODevice::Truncate));
        db.close();
        QCOMPARE(openError(dir.path(), "right one"), ProfileError::Kind::Corrupt);
        QCOMPARE(QFileInfo(dir.filePath(Profile::kDatabaseFile)).size(), 0);
    }

    void createRefusesExistingProfile()
    {
        QTemporaryDir dir;
        Profile::create(dir.path(), passphrase("a passphrase"), KdfParams::fastForTests());
        try {
            Profile::create(dir.path(), passphrase("another"), KdfParams::fastForTests());
            QFAIL("create over an existing profile must fail");
        } catch (const ProfileError &e) {
            QCOMPARE(e.kind(), ProfileError::Kind::AlreadyExists);
        }
    }

    void wrongPassphraseLeavesFilesUntouched()
    {
        QTemporaryDir dir;
        Profile::create(dir.path(), passphrase("right one"), KdfParams::fastForTests());
        const QString db = dir.filePath(Profile::kDatabaseFile);
        const QString settings = dir.filePath(Profile::kSettingsFile);
        const QByteArray before = fileHash(db) + fileHash(settings);
        QCOMPARE(openError(dir.path(), "wrong one"), ProfileError::Kind::WrongPassphrase);
        QCOMPARE(openError(dir.path(), ""), ProfileError::Kind::WrongPassphrase);
        QCOMPARE(fileHash(db) + fileHash(settings), before);
        QVERIFY(Profile::open(dir.path(), passphrase("right one")));
    }

    void notAProfile()
    {
        QTemporaryDir dir;
        QCOMPARE(openError(dir.path(), "x"), ProfileError::Kind::NotAProfile);
        QCOMPARE(openError(dir.filePath("missing"), "x"), ProfileError::Kind::NotAProfile);
        QFile other(dir.filePath(Profile::kSettingsFile));
        QVERIFY(other.open(QIODevice::WriteOnly));
        other.write("{\"format\":\"something-else\"}");
        other.close();
        QCOMPARE(openError(dir.path(), "x"), ProfileError::Kind::NotAProfile);
    }

    void damagedSettingsAreCorrupt()
    {
        QTemporaryDir dir;
        Profile::create(dir.path(), passphrase("right one"), KdfParams::fastForTests());
        QFile f(dir.filePath(Profile::kSettingsFile));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray json = f.readAll();
        f.close();
        // A crafted file asking for 1 TiB of memory is refused before any derivation.
        json.replace("\"mem\": 8192", "\"mem\": 1099511627776");
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(json);
        f.close();
        QCOMPARE(openError(dir.path(), "right one"), ProfileError::Kind::Corrupt);
    }

    void damagedDatabaseIsCorrupt()
    {
        QTemporaryDir dir;
        Profile::create(dir.path(), passphrase("right one"), KdfParams::fastForTests());
        QFile f(dir.filePath(Profile::kDatabaseFile));
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.seek(100);
        f.write(QByteArray(200, '\x5a')); // inside page 1: its HMAC no longer matches
        f.close();
        const QByteArray before = fileHash(dir.filePath(Profile::kDatabaseFile));
        QCOMPARE(openError(dir.path(), "right one"), ProfileError::Kind::Corrupt);
        QCOMPARE(fileHash(dir.filePath(Profile::kDatabaseFile)), before);
    }

    void secondOpenIsLocked()
    {
        QTemporaryDir dir;
        auto p = Profile::create(dir.path(), passphrase("right one"), KdfParams::fastForTests());
        QCOMPARE(openError(dir.path(), "right one"), ProfileError::Kind::Locked);
    }

    void newerSchemaIsRefused()
    {
        QTemporaryDir dir;
        {
            auto p
                = Profile::create(dir.path(), passphrase("right one"), KdfParams::fastForTests());
            p->db().exec("UPDATE meta SET value = 999 WHERE key = 'schema_version'");
        }
        const QByteArray before = fileHash(dir.filePath(Profile::kDatabaseFile));
        QCOMPARE(openError(dir.path(), "right one"), ProfileError::Kind::SchemaTooNew);
        QCOMPARE(fileHash(dir.filePath(Profile::kDatabaseFile)), before);
    }

    void migratesEachEarlierSchema_data()
    {
        QTest::addColumn<int>("version");
        for (int v = 1; v < latestSchemaVersion(); ++v)
            QTest::addRow("schema %d", v) << v;
    }

    void migratesEachEarlierSchema()
    {
        // Fixtures made by tools/make-fixture (schema N, passphrase "fixture passphrase",
        // one incident "Fixture incident" with one indicator).
        QFETCH(int, version);
        const QString fixture = QStringLiteral(LIAISON_TEST_DATA "/profile-schema%1").arg(version);
        QVERIFY2(QFileInfo::exists(fixture + "/profile.json"), qPrintable(fixture));
        QTemporaryDir dir;
        copyDir(fixture, dir.path());
        auto p = Profile::open(dir.path(), passphrase("fixture passphrase"));
        QCOMPARE(schemaVersion(p->db()), latestSchemaVersion());
        QCOMPARE(incidentCount(*p), 1);
        QCOMPARE(p->db().scalarText("SELECT title FROM incidents").value(),
                 QStringLiteral("Fixture incident"));
        // Schema 2 added full-text search over existing rows.
        SearchIndex search(p->db());
        QCOMPARE(search.searchIncidents(QStringLiteral("fixture")).size(), 1);
        QCOMPARE(search.searchIncidents(QStringLiteral("phish.example")).size(), 1); // indicator
        if (version == 4) {
            // Schema 5 rebuilt the comments table: the comment and its search entry survive,
            // and a comment written before comments had a visibility counts as internal.
            QCOMPARE(p->db().scalarInt("SELECT count(*) FROM comments WHERE scope IS NULL"), 1);
            QCOMPARE(search.searchIncidents(QStringLiteral("beaconing")).size(), 1);
        }
        if (version == 7) {
            // Schema 8 orders messages by their first op: both fixture messages have a place,
            // the first before the second, and they are found by full-text search.
            QCOMPARE(p->db().scalarInt("SELECT count(*) FROM messages WHERE _ohlc IS NOT NULL "
                                       "AND _odev IS NOT NULL"),
                     2);
            QCOMPARE(p->db()
                         .scalarText("SELECT body FROM messages ORDER BY _ohlc, _odev LIMIT 1")
                         .value(),
                     QStringLiteral("First fixture message"));
            OpLog log(p->db());
            ChatService chat(log);
            ChatSearch query;
            query.text = QStringLiteral("second fixture");
            QCOMPARE(chat.search(query).size(), 1);
        }
        if (version == 8) {
            // Schema 9 extends contacts and visits: the old ones read as before, a timed
            // in-person visit in draft with its contact as attendee, no approval.
            OpLog log(p->db());
            ScheduleService schedule(log);
            QCOMPARE(schedule.contacts().size(), 1);
            const QList<Visit> visits = schedule.visits();
            QCOMPARE(visits.size(), 1);
            QCOMPARE(visits.at(0).title, QStringLiteral("Fixture visit"));
            QVERIFY(!visits.at(0).allDay);
            QCOMPARE(visits.at(0).travelBefore, 0);
            QCOMPARE(schedule.attendees(visits.at(0).id).size(), 1);
            QVERIFY(schedule.approvals(visits.at(0).id).isEmpty());
            QCOMPARE(log.analystRole(QStringLiteral("fixture-analyst")), QStringLiteral("analyst"));
        }
        if (version == 9) {
            // Schema 10 gives indicators a scope of their own: the fixture's indicator has
            // none, so it follows its incident, before and after the incident is shared.
            OpLog log(p->db());
            IncidentService incidents(log);
            const QString indicator = p->db().scalarText("SELECT id FROM indicators").value();
            const QString incident = p->db().scalarText("SELECT id FROM incidents").value();
            QCOMPARE(p->db().scalarInt("SELECT count(*) FROM indicators WHERE scope IS NULL"), 1);
            QCOMPARE(log.scopeOf(QStringLiteral("indicator"), indicator), QStringLiteral("centre"));
            QVERIFY(p->db().scalarInt("SELECT count(*) FROM incidents WHERE reporter IS NULL "
                                      "AND closed_at IS NULL AND resolution IS NULL")
                    == 1);
            incidents.share(incident);
            QCOMPARE(log.scopeOf(QStringLiteral("indicator"), indicator), QStringLiteral("shared"));
            QVERIFY(p->db().scalarInt("SELECT count(*) FROM incident_links") == 0);
            QVERIFY(p->db().scalarInt("SELECT count(*) FROM incident_templates") == 0);
        }
        // The op log is intact: the device can go on editing.
        OpLog log(p->db());
        QVERIFY(log.identity().isEnrolled());
        QVERIFY(log.outboxSize() >= 2);
    }

    void changePassphrase()
    {
        QTemporaryDir dir;
        {
            auto p = Profile::create(dir.path(), passphrase("old passphrase"),
                                     KdfParams::fastForTests());
            p->db().exec("INSERT INTO meta(key, value) VALUES ('probe', 'kept')");
            p->changePassphrase(passphrase("old passphrase"), passphrase("new passphrase"),
                                KdfParams::fastForTests());
            QVERIFY_THROWS_EXCEPTION(ProfileError,
                                     p->changePassphrase(passphrase("not the current one"),
                                                         passphrase("x"),
                                                         KdfParams::fastForTests()));
            // Still usable after the switch.
            QCOMPARE(p->db().scalarText("SELECT value FROM meta WHERE key = 'probe'").value(),
                     QStringLiteral("kept"));
        }
        QCOMPARE(openError(dir.path(), "old passphrase"), ProfileError::Kind::WrongPassphrase);
        auto p = Profile::open(dir.path(), passphrase("new passphrase"));
        QCOMPARE(p->db().scalarText("SELECT value FROM meta WHERE key = 'probe'").value(),
                 QStringLiteral("kept"));
        QCOMPARE(schemaVersion(p->db()), latestSchemaVersion());
        QVERIFY(!QFileInfo::exists(dir.filePath("liaison.db.rekey")));
        QVERIFY(!QFileInfo::exists(dir.filePath("profile.next.json")));
    }

    void changePassphraseInterrupted_data()
    {
        QTest::addColumn<int>("step");
        QTest::addColumn<bool>("newWins");
        QTest::addRow("after the copy") << 1 << false;
        QTest::addRow("after the new settings") << 2 << false;
        QTest::addRow("after the database switch") << 3 << true;
        QTest::addRow("after the settings switch") << 4 << true;
    }

    void changePassphraseInterrupted()
    {
        QFETCH(int, step);
        QFETCH(bool, newWins);
        QTemporaryDir dir;
        {
            auto p = Profile::create(dir.path(), passphrase("old passphrase"),
                                     KdfParams::fastForTests());
            p->db().exec("INSERT INTO meta(key, value) VALUES ('probe', 'kept')");
            Profile::setRekeyFailurePointForTesting(step);
            try {
                p->changePassphrase(passphrase("old passphrase"), passphrase("new passphrase"),
                                    KdfParams::fastForTests());
                QFAIL("the simulated crash did not happen");
            } catch (const ProfileError &) { }
            Profile::setRekeyFailurePointForTesting(0);
        } // the "crashed" process lets go of its files
        const auto oldResult = openError(dir.path(), "old passphrase");
        const auto newResult = openError(dir.path(), "new passphrase");
        // Exactly one of the two opens the profile; never neither, never both.
        const auto works = ProfileError::Kind(-1);
        QCOMPARE(oldResult == works, !newWins);
        QCOMPARE(newResult == works, newWins);
        auto p
            = Profile::open(dir.path(), passphrase(newWins ? "new passphrase" : "old passphrase"));
        QCOMPARE(p->db().scalarText("SELECT value FROM meta WHERE key = 'probe'").value(),
                 QStringLiteral("kept"));
        QVERIFY(!QFileInfo::exists(dir.filePath("liaison.db.rekey")));
        QVERIFY(!QFileInfo::exists(dir.filePath("profile.next.json")));
    }

    // Who the profile belongs to, readable without the key (the unlock dialog's greeting),
    // kept through a change of passphrase; a folder without a profile has none.
    void holderIsReadWithoutTheKey()
    {
        QTemporaryDir dir;
        QVERIFY(Profile::readHolder(dir.path()).isEmpty());
        {
            auto p = Profile::create(dir.path(), passphrase("old passphrase"),
                                     KdfParams::fastForTests());
            QVERIFY(Profile::readHolder(dir.path()).isEmpty());
            p->setHolder({QStringLiteral("Marie Tremblay"), QStringLiteral("CCIRC")});
            p->changePassphrase(passphrase("old passphrase"), passphrase("new passphrase"),
                                KdfParams::fastForTests());
        }
        const ProfileHolder holder = Profile::readHolder(dir.path());
        QCOMPARE(holder.analyst, QStringLiteral("Marie Tremblay"));
        QCOMPARE(holder.centre, QStringLiteral("CCIRC"));
        QVERIFY(Profile::open(dir.path(), passphrase("new passphrase")));
        QFile settings(dir.filePath(QLatin1String(Profile::kSettingsFile)));
        QVERIFY(settings.open(QIODevice::ReadOnly));
        QVERIFY(settings.readAll().contains("\"holder\""));
    }

    // The default profile folder is <data>/Liaison/profile, not <data>/Liaison/Liaison/profile;
    // a profile left at the doubled path by an earlier version moves there (and stays where it
    // is while it is open).
    void defaultDirHasNoDoubledFolder()
    {
        QTemporaryDir home;
        const QByteArray oldHome = qgetenv("HOME");
        const QString oldOrganisation = QCoreApplication::organizationName();
        const QString oldApplication = QCoreApplication::applicationName();
        qputenv("HOME", QFile::encodeName(home.path()));
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("Liaison"));
        QCoreApplication::setApplicationName(QStringLiteral("Liaison"));
        const auto restore = qScopeGuard([&] {
            qputenv("HOME", oldHome);
            QCoreApplication::setOrganizationName(oldOrganisation);
            QCoreApplication::setApplicationName(oldApplication);
        });
        const QString appData = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QVERIFY2(appData.endsWith(QLatin1String("/Liaison/Liaison")), qPrintable(appData));
        const QString doubled = appData + QStringLiteral("/profile");
        const QString expected = QFileInfo(appData).absolutePath() + QStringLiteral("/profile");
        QCOMPARE(Profile::defaultDir(), expected);
        QVERIFY(!Profile::defaultDir().contains(QLatin1String("Liaison/Liaison")));

        Profile::create(doubled, passphrase("old passphrase"), KdfParams::fastForTests());
        {
            // Open at the old place: left alone.
            auto open = Profile::open(doubled, passphrase("old passphrase"));
            QCOMPARE(Profile::defaultDir(), doubled);
        }
        QCOMPARE(Profile::defaultDir(), expected);
        QVERIFY(Profile::exists(expected));
        QVERIFY(!Profile::exists(doubled));
        QVERIFY(Profile::open(expected, passphrase("old passphrase")));
    }
};

QTEST_GUILESS_MAIN(TestProfile)
#include "tst_profile.moc"
