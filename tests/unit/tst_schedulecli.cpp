// liaison-cli call|visit|schedule run as processes on real profiles (SQLCipher files in a
// temporary folder), enrolled in this process (no hub: these commands work offline): a call in
// another zone, a visit through the workflow, the JSON list, .ics export into another centre's
// profile and the errors with their exit codes. Every process wait is bounded.
#include "TestSupport.h"

#include "core/Clock.h"
#include "storage/Profile.h"
#include "sync/OpLog.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

using namespace liaison;

namespace {
const char kPassphrase[] = "correct horse battery staple";

using Result = test::ProcessResult;
} // namespace

class TestScheduleCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    Result cli(const QString &profile, const QStringList &args)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LIAISON_PASSPHRASE"), QLatin1String(kPassphrase));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        return test::runProcess(
            QStringLiteral(LIAISON_CLI_BINARY),
            QStringList {QStringLiteral("--profile"), m_dir.filePath(profile)} + args, env);
    }

    // A profile enrolled as analyst of centre, with both team leads in its directory.
    void makeProfile(const QString &name, const QString &analyst, const QString &centre)
    {
        ManualClock clock(QDateTime::currentMSecsSinceEpoch());
        auto profile = Profile::create(m_dir.filePath(name), test::passphrase(kPassphrase),
                                       KdfParams::fastForTests());
        OpLog log(profile->db(), clock);
        log.setEnrolment(analyst, centre);
        log.recordAnalyst(QStringLiteral("a1"), QStringLiteral("Alex Martin"),
                          QStringLiteral("CCIRC"), QStringLiteral("lead"));
        log.recordAnalyst(QStringLiteral("b1"), QStringLiteral("Bob Smith"),
                          QStringLiteral("USCERT"), QStringLiteral("lead"));
    }

    static QJsonArray array(const Result &r)
    {
        return QJsonDocument::fromJson(r.out.toUtf8()).array();
    }

private slots:
    void initTestCase()
    {
        makeProfile(QStringLiteral("ca"), QStringLiteral("a1"), QStringLiteral("CCIRC"));
        makeProfile(QStringLiteral("us"), QStringLiteral("b1"), QStringLiteral("USCERT"));
    }

    void callsVisitsAndFiles()
    {
        const Result call
            = cli(QStringLiteral("ca"),
                  {QStringLiteral("call"), QStringLiteral("add"), QStringLiteral("--title"),
                   QStringLiteral("Weekly sync"), QStringLiteral("--start"),
                   QStringLiteral("2027-03-10T10:00"), QStringLiteral("--duration"),
                   QStringLiteral("45"), QStringLiteral("--tz"), QStringLiteral("America/Toronto"),
                   QStringLiteral("--attendee"), QStringLiteral("b1"), QStringLiteral("--attendee"),
                   QStringLiteral("marie@uscert.example"), QStringLiteral("--link"),
                   QStringLiteral("https://meet.example/j/1")});
        QCOMPARE(call.code, 0);
        const QString callId = call.out.trimmed();
        QVERIFY(!QUuid::fromString(callId).isNull());

        const Result visit = cli(
            QStringLiteral("ca"),
            {QStringLiteral("visit"), QStringLiteral("add"), QStringLiteral("--title"),
             QStringLiteral("Analyst exchange"), QStringLiteral("--host"), QStringLiteral("CCIRC"),
             QStringLiteral("--from"), QStringLiteral("2027-05-03"), QStringLiteral("--to"),
             QStringLiteral("2027-05-07"), QStringLiteral("--visitor"), QStringLiteral("b1"),
             QStringLiteral("--location"), QStringLiteral("Ottawa")});
        QCOMPARE(visit.code, 0);
        const QString visitId = visit.out.trimmed();

        // The workflow: proposed, approved by CCIRC's lead; US-CERT's approval is missing.
        QCOMPARE(
            cli(QStringLiteral("ca"), {QStringLiteral("visit"), QStringLiteral("propose"), visitId})
                .out.trimmed(),
            QStringLiteral("proposed"));
        QCOMPARE(
            cli(QStringLiteral("ca"), {QStringLiteral("visit"), QStringLiteral("approve"), visitId})
                .code,
            0);
        const Result early = cli(QStringLiteral("ca"),
                                 {QStringLiteral("visit"), QStringLiteral("confirm"), visitId});
        QCOMPARE(early.code, 7);
        QVERIFY2(early.err.contains(QStringLiteral("A team lead of each centre")),
                 qPrintable(early.err));

        // The list as JSON: the call in its zone with its offset, the visit with its approval.
        const Result all
            = cli(QStringLiteral("ca"),
                  {QStringLiteral("schedule"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(all.code, 0);
        const QJsonArray list = array(all);
        QCOMPARE(list.size(), 2);
        const QJsonObject c = list.at(0).toObject();
        QCOMPARE(c.value("id").toString(), callId);
        QCOMPARE(c.value("kind").toString(), QStringLiteral("call"));
        QCOMPARE(c.value("status").toString(), QStringLiteral("tentative"));
        QCOMPARE(c.value("start").toString(), QStringLiteral("2027-03-10T10:00:00-05:00"));
        QCOMPARE(c.value("end").toString(), QStringLiteral("2027-03-10T10:45:00-05:00"));
        QCOMPARE(c.value("timezone").toString(), QStringLiteral("America/Toronto"));
        QCOMPARE(c.value("attendees").toArray().size(), 2);
        for (const QJsonValue &a : c.value("attendees").toArray())
            QCOMPARE(a.toObject().value("rsvp").toString(), QStringLiteral("needs-action"));
        const QJsonObject v = list.at(1).toObject();
        QCOMPARE(v.value("kind").toString(), QStringLiteral("in_person"));
        QCOMPARE(v.value("host").toString(), QStringLiteral("CCIRC"));
        QCOMPARE(v.value("status").toString(), QStringLiteral("proposed"));
        QCOMPARE(v.value("start_date").toString(), QStringLiteral("2027-05-03"));
        QCOMPARE(v.value("end_date").toString(), QStringLiteral("2027-05-07"));
        QCOMPARE(v.value("start").toString(), QStringLiteral("2027-05-03T00:00:00-04:00"));
        const QJsonArray approvals = v.value("approvals").toArray();
        QCOMPARE(approvals.size(), 1);
        QCOMPARE(approvals.at(0).toObject().value("centre").toString(), QStringLiteral("CCIRC"));

        // Days: only May.
        const Result may = cli(
            QStringLiteral("ca"),
            {QStringLiteral("schedule"), QStringLiteral("list"), QStringLiteral("--from"),
             QStringLiteral("2027-05-01"), QStringLiteral("--to"), QStringLiteral("2027-05-31"),
             QStringLiteral("--tz"), QStringLiteral("America/Toronto"), QStringLiteral("--json")});
        QCOMPARE(array(may).size(), 1);
        QCOMPARE(array(may).at(0).toObject().value("id").toString(), visitId);

        // Export from CCIRC, import into US-CERT's profile.
        const QString ics = m_dir.filePath(QStringLiteral("all.ics"));
        const Result exported = cli(
            QStringLiteral("ca"),
            {QStringLiteral("schedule"), QStringLiteral("export"), QStringLiteral("--ics"), ics});
        QCOMPARE(exported.code, 0);
        QCOMPARE(exported.out.trimmed(), QStringLiteral("2"));
#ifdef Q_OS_UNIX
        QCOMPARE(QFile::permissions(ics) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
#endif
        const Result imported = cli(QStringLiteral("us"),
                                    {QStringLiteral("schedule"), QStringLiteral("import"),
                                     QStringLiteral("--ics"), ics, QStringLiteral("--json")});
        QCOMPARE(imported.code, 0);
        const QJsonObject report = QJsonDocument::fromJson(imported.out.toUtf8()).object();
        QCOMPARE(report.value("created").toInt(), 2);
        QCOMPARE(report.value("problems").toArray().size(), 0);
        const QJsonArray there = array(
            cli(QStringLiteral("us"),
                {QStringLiteral("schedule"), QStringLiteral("list"), QStringLiteral("--json")}));
        QCOMPARE(there.size(), 2);
        QCOMPARE(there.at(0).toObject().value("start").toString(),
                 QStringLiteral("2027-03-10T10:00:00-05:00"));
        QCOMPARE(there.at(1).toObject().value("status").toString(), QStringLiteral("draft"));

        // CCIRC cancels the call and sends a CANCEL: US-CERT's copy is cancelled.
        QCOMPARE(cli(QStringLiteral("ca"),
                     {QStringLiteral("call"), QStringLiteral("cancel"), callId,
                      QStringLiteral("--reason"), QStringLiteral("Moved to email")})
                     .out.trimmed(),
                 QStringLiteral("cancelled"));
        const QString cancel = m_dir.filePath(QStringLiteral("cancel.ics"));
        QCOMPARE(cli(QStringLiteral("ca"),
                     {QStringLiteral("schedule"), QStringLiteral("export"), QStringLiteral("--ics"),
                      cancel, QStringLiteral("--id"), callId, QStringLiteral("--method"),
                      QStringLiteral("cancel")})
                     .code,
                 0);
        QFile cancelFile(cancel);
        QVERIFY(cancelFile.open(QIODevice::ReadOnly));
        QVERIFY(cancelFile.readAll().contains("METHOD:CANCEL"));
        QCOMPARE(cli(QStringLiteral("us"),
                     {QStringLiteral("schedule"), QStringLiteral("import"), QStringLiteral("--ics"),
                      cancel})
                     .code,
                 0);
        QCOMPARE(array(cli(QStringLiteral("us"),
                           {QStringLiteral("schedule"), QStringLiteral("list"),
                            QStringLiteral("--json")}))
                     .at(0)
                     .toObject()
                     .value("status")
                     .toString(),
                 QStringLiteral("cancelled"));
    }

    void errors()
    {
        const QStringList call {QStringLiteral("call"),       QStringLiteral("add"),
                                QStringLiteral("--title"),    QStringLiteral("T"),
                                QStringLiteral("--duration"), QStringLiteral("30")};
        // 02:30 on 2027-03-14 does not exist in Ottawa (clocks go from 02:00 to 03:00).
        const Result gap
            = cli(QStringLiteral("ca"),
                  call
                      + QStringList {QStringLiteral("--start"), QStringLiteral("2027-03-14T02:30"),
                                     QStringLiteral("--tz"), QStringLiteral("America/Toronto")});
        QCOMPARE(gap.code, 7);
        QVERIFY(gap.err.contains(QStringLiteral("does not exist")));
        QCOMPARE(
            cli(QStringLiteral("ca"),
                call
                    + QStringList {QStringLiteral("--start"), QStringLiteral("2027-03-10T10:00"),
                                   QStringLiteral("--tz"), QStringLiteral("Mars/Base")})
                .code,
            2);
        QCOMPARE(cli(QStringLiteral("ca"),
                     call
                         + QStringList {QStringLiteral("--start"), QStringLiteral("tomorrow"),
                                        QStringLiteral("--tz"), QStringLiteral("UTC")})
                     .code,
                 2);
        const Result nobody
            = cli(QStringLiteral("ca"),
                  call
                      + QStringList {QStringLiteral("--start"), QStringLiteral("2027-03-10T10:00"),
                                     QStringLiteral("--tz"), QStringLiteral("UTC"),
                                     QStringLiteral("--attendee"), QStringLiteral("nobody-here")});
        QCOMPARE(nobody.code, 7);
        const Result backwards
            = cli(QStringLiteral("ca"),
                  {QStringLiteral("visit"), QStringLiteral("add"), QStringLiteral("--title"),
                   QStringLiteral("V"), QStringLiteral("--host"), QStringLiteral("CCIRC"),
                   QStringLiteral("--from"), QStringLiteral("2027-05-07"), QStringLiteral("--to"),
                   QStringLiteral("2027-05-03")});
        QCOMPARE(backwards.code, 7);
        QVERIFY2(backwards.err.contains(QStringLiteral("The end comes before the start.")),
                 qPrintable(backwards.err));
        const Result unknown
            = cli(QStringLiteral("ca"),
                  {QStringLiteral("visit"), QStringLiteral("propose"), QStringLiteral("nope")});
        QCOMPARE(unknown.code, 7);
        QVERIFY(unknown.err.contains(QStringLiteral("no longer exists")));
        QCOMPARE(cli(QStringLiteral("ca"),
                     {QStringLiteral("visit"), QStringLiteral("cancel"), QStringLiteral("nope")})
                     .code,
                 2); // --reason is required
        QCOMPARE(cli(QStringLiteral("ca"),
                     {QStringLiteral("schedule"), QStringLiteral("export"), QStringLiteral("--ics"),
                      m_dir.filePath(QStringLiteral("x.ics")), QStringLiteral("--id"),
                      QStringLiteral("nope")})
                     .code,
                 7);
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("x.ics"))));
        const QString garbage = test::writeFile(m_dir, QStringLiteral("garbage.ics"),
                                                QByteArray("this is not a calendar"));
        const Result bad = cli(QStringLiteral("us"),
                               {QStringLiteral("schedule"), QStringLiteral("import"),
                                QStringLiteral("--ics"), garbage});
        QCOMPARE(bad.code, 7);
        QVERIFY(bad.err.contains(QStringLiteral("nothing was taken")));
        QCOMPARE(
            cli(QStringLiteral("ca"), {QStringLiteral("schedule"), QStringLiteral("frobnicate")})
                .code,
            2);
    }
};

QTEST_GUILESS_MAIN(TestScheduleCli)
#include "tst_schedulecli.moc"
