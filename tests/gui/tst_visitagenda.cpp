// A visit's agenda printed to PDF (widgets/print/VisitAgenda) in English and French, from a
// real profile (SQLCipher file in a temporary folder): the visit, its visitors, the centres'
// approvals and its agenda items; the file is a PDF, private, and its text (when pdftotext
// is installed) is the agenda's.
#include "TestSupport.h"

#include "core/Clock.h"
#include "services/ScheduleService.h"
#include "widgets/common/Translator.h"
#include "widgets/print/VisitAgenda.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>

using namespace liaison;

class TestVisitAgenda : public QObject
{
    Q_OBJECT

    ManualClock m_clock {1'790'000'000'000};
    std::unique_ptr<test::TestReplica> m_replica;
    std::unique_ptr<ScheduleService> m_schedule;
    QString m_visit;

    // pdftotext's text of a PDF, empty when it is not installed.
    static QString pdfText(const QString &path)
    {
        const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        if (tool.isEmpty())
            return {};
        QProcess p;
        p.start(tool, {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
        if (!p.waitForFinished(30'000))
            return {};
        return QString::fromUtf8(p.readAllStandardOutput());
    }

private slots:
    void initTestCase()
    {
        m_replica = std::make_unique<test::TestReplica>(QStringLiteral("a1"),
                                                        QStringLiteral("CCIRC"), m_clock);
        m_replica->log->recordAnalyst(QStringLiteral("a1"), QStringLiteral("Alex Martin"),
                                      QStringLiteral("CCIRC"), QStringLiteral("lead"));
        m_replica->log->recordAnalyst(QStringLiteral("b1"), QStringLiteral("Bob Smith"),
                                      QStringLiteral("USCERT"));
        m_schedule = std::make_unique<ScheduleService>(*m_replica->log);
        Visit v;
        v.kind = QStringLiteral("in_person");
        v.title = QStringLiteral("Analyst exchange <Ottawa>");
        v.allDay = true;
        v.startDate = QDate(2027, 5, 3);
        v.endDate = QDate(2027, 5, 7);
        v.timezone = QStringLiteral("America/Toronto");
        v.hostCentre = QStringLiteral("CCIRC");
        v.location = QStringLiteral("CCIRC operations floor");
        v.purpose = QStringLiteral("Joint triage of the ransomware campaign");
        m_visit = m_schedule->saveVisit(v);
        m_schedule->addAttendee(m_visit,
                                VisitAttendee {{},
                                               QStringLiteral("b1"),
                                               {},
                                               {},
                                               {},
                                               QStringLiteral("visitor"),
                                               QStringLiteral("accepted")});
        m_schedule->propose(m_visit);
        m_schedule->approve(m_visit);
        // An agenda item (a meeting of the visit), written as the op log takes it.
        const QDateTime at
            = QDateTime(QDate(2027, 5, 4), QTime(9, 30), QTimeZone("America/Toronto"));
        m_replica->log->commit(
            {Change {QStringLiteral("meeting"),
                     QStringLiteral("m1"),
                     {{QStringLiteral("visit_id"), m_visit},
                      {QStringLiteral("title"), QStringLiteral("Briefing on the campaign")},
                      {QStringLiteral("starts_at"), at.toMSecsSinceEpoch()},
                      {QStringLiteral("ends_at"), at.addSecs(5400).toMSecsSinceEpoch()},
                      {QStringLiteral("timezone"), QStringLiteral("America/Toronto")},
                      {QStringLiteral("location"), QStringLiteral("Room 4")},
                      {QStringLiteral("owner"), QStringLiteral("a1")},
                      {QStringLiteral("deleted"), false}}}});
    }

    void cleanupTestCase()
    {
        Translator::instance().apply(Translator::Language::English);
        m_schedule.reset();
        m_replica.reset();
    }

    void englishAndFrench()
    {
        Translator::instance().apply(Translator::Language::English);
        const QString en
            = visitAgendaHtml(*m_schedule, m_visit, QLocale(QLocale::English, QLocale::Canada));
        QVERIFY(en.contains(QStringLiteral("Analyst exchange &lt;Ottawa&gt;")));
        QVERIFY(en.contains(QStringLiteral("Host centre")));
        QVERIFY(en.contains(QStringLiteral("May 3, 2027")));
        QVERIFY(en.contains(QStringLiteral("Bob Smith (accepted)")));
        QVERIFY(en.contains(QStringLiteral("CCIRC: approved by Alex Martin")));
        QVERIFY(en.contains(QStringLiteral("Briefing on the campaign")));
        QVERIFY(en.contains(QStringLiteral("Led by")));
        QVERIFY(en.contains(QStringLiteral("Alex Martin")));
        QVERIFY(en.contains(QStringLiteral("Room 4")));
        QVERIFY(en.contains(QStringLiteral("Proposed")));

        Translator::instance().apply(Translator::Language::French);
        const QString fr
            = visitAgendaHtml(*m_schedule, m_visit, QLocale(QLocale::French, QLocale::Canada));
        QVERIFY2(fr.contains(QStringLiteral("Centre hôte")), qPrintable(fr));
        QVERIFY(fr.contains(QStringLiteral("3 mai 2027")));
        QVERIFY(fr.contains(QStringLiteral("Bob Smith (accepté)")));
        QVERIFY(fr.contains(QStringLiteral("approuvée par Alex Martin")));
        QVERIFY(fr.contains(QStringLiteral("Animé par")));
        QVERIFY(fr.contains(QStringLiteral("Briefing on the campaign"))); // data stays as written
        QVERIFY(!fr.contains(QStringLiteral("Host centre")));
        Translator::instance().apply(Translator::Language::English);
    }

    void pdfFile()
    {
        QTemporaryDir dir;
        for (const QLocale::Language language : {QLocale::English, QLocale::French}) {
            const QString path = dir.filePath(QStringLiteral("agenda-%1.pdf").arg(int(language)));
            QString error;
            QVERIFY2(saveVisitAgendaPdf(*m_schedule, m_visit, QLocale(language, QLocale::Canada),
                                        path, &error),
                     qPrintable(error));
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            QVERIFY(bytes.startsWith("%PDF-"));
            QVERIFY(bytes.trimmed().endsWith("%%EOF"));
            QVERIFY(bytes.contains("/Type /Page") || bytes.contains("/Type/Page"));
#ifdef Q_OS_UNIX
            QCOMPARE(QFile::permissions(path) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                     QFileDevice::Permissions());
#endif
            const QString text = pdfText(path);
            if (!text.isEmpty()) {
                QVERIFY(text.contains(QStringLiteral("Briefing on the campaign")));
                QVERIFY(text.contains(QStringLiteral("Bob Smith")));
            }
        }
        // An unknown visit: refused, no file.
        const QString none = dir.filePath(QStringLiteral("none.pdf"));
        QVERIFY_THROWS_EXCEPTION(
            ValidationError,
            saveVisitAgendaPdf(*m_schedule, QStringLiteral("nope"), QLocale(), none, nullptr));
        QVERIFY(!QFile::exists(none));
        // A folder that does not exist: a sentence, no exception.
        QString error;
        QVERIFY(!saveVisitAgendaPdf(*m_schedule, m_visit, QLocale(),
                                    dir.filePath(QStringLiteral("no/such/folder/a.pdf")), &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_MAIN(TestVisitAgenda)
#include "tst_visitagenda.moc"
