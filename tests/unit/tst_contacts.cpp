// The contact directory (issue #12): ScheduleService's contacts with lists of addresses,
// phones and languages, working hours, the analysts of the hub's directory listed without
// being typed in; and the .vcf exchange (services/ContactExchange): round trips, a malformed
// file imported not at all, duplicates updated. Real SQLCipher profiles in temporary folders.
#include "TestSupport.h"

#include "core/Clock.h"
#include "services/ContactExchange.h"
#include "services/ScheduleService.h"

#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>

#include <functional>

using namespace liaison;
using liaison::test::refusal;
using liaison::test::TestReplica;

namespace {
QByteArray sample(const char *name)
{
    QFile f(QStringLiteral(LIAISON_TEST_DATA "/vcard/") + QLatin1String(name));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

Contact jane()
{
    Contact c;
    c.name = QStringLiteral("Jane Doe");
    c.organisation = QStringLiteral("CISA");
    c.centre = QStringLiteral("US-CERT");
    c.role = QStringLiteral("Watch officer");
    c.emails = {QStringLiteral("Jane.Doe@cisa.example.GOV"), QStringLiteral("jd@example.gov")};
    c.phones = {QStringLiteral("+1 202-555-0100"), QStringLiteral("(202) 555 0199 ext. 12")};
    c.languages = {QStringLiteral("en-US"), QStringLiteral("fr")};
    c.timezone = QStringLiteral("America/New_York");
    c.notes = QStringLiteral("Prefers calls before noon;\nnot on Fridays, please");
    c.workingHours = QStringLiteral("1-4 08:00-16:00, 5 08:00-12:00");
    return c;
}

int contactOps(TestReplica &r)
{
    return int(r.profile->db().scalarInt("SELECT count(*) FROM ops WHERE entity = 'contact'"));
}
} // namespace

class TestContacts : public QObject
{
    Q_OBJECT

    ManualClock m_clock;

private slots:
    void workingHours()
    {
        const auto hours = parseWorkingHours(QStringLiteral("1-4 08:00-16:00, 5 8:00-12:00"));
        QVERIFY(hours);
        QCOMPARE(hours->size(), 5);
        QCOMPARE(hours->at(0).first, 1);
        QCOMPARE(hours->at(0).second.startMinute, 8 * 60);
        QCOMPARE(hours->at(4).second.endMinute, 12 * 60);
        QCOMPARE(formatWorkingHours(*hours), QStringLiteral("1-4 08:00-16:00, 5 08:00-12:00"));
        QCOMPARE(
            formatWorkingHours(*parseWorkingHours(QStringLiteral("1 09:00-17:00,2 09:00-17:00"))),
            QStringLiteral("1-2 09:00-17:00"));
        QVERIFY(parseWorkingHours(QStringLiteral("1-5 22:00-24:00")));
        for (const char *bad :
             {"", "Mo-Fr 09:00-17:00", "1-5 17:00-09:00", "5-1 09:00-17:00", "1-5 09:00-25:00",
              "1-5 09:60-17:00", "1-5 09:00-17:00, 5 08:00-12:00", "8 09:00-17:00", "1-5"})
            QVERIFY2(!parseWorkingHours(QLatin1String(bad)), bad);
    }

    void listsAreStoredAndChecked()
    {
        TestReplica r(QStringLiteral("a1"), QStringLiteral("CCIRC"), m_clock);
        ScheduleService sched(*r.log);
        const QString id = sched.saveContact(jane());
        const auto back = sched.contact(id);
        QVERIFY(back);
        QCOMPARE(back->emails,
                 QStringList({QStringLiteral("Jane.Doe@cisa.example.gov"),
                              QStringLiteral("jd@example.gov")})); // the domain lowercased
        QCOMPARE(back->email(), QStringLiteral("Jane.Doe@cisa.example.gov"));
        QCOMPARE(back->phones.size(), 2);
        QCOMPARE(back->phone(), QStringLiteral("+1 202-555-0100"));
        QCOMPARE(back->languages, QStringList({QStringLiteral("en"), QStringLiteral("fr")}));
        QCOMPARE(back->workingHours, QStringLiteral("1-4 08:00-16:00, 5 08:00-12:00"));
        QCOMPARE(back->timezone, QStringLiteral("America/New_York"));
        QVERIFY(!back->isAnalyst());
        // Stored in the schema's columns: one address a line, languages comma-separated.
        QCOMPARE(r.profile->db().scalarText("SELECT email FROM contacts").value_or(QString()),
                 QStringLiteral("Jane.Doe@cisa.example.gov\njd@example.gov"));
        QCOMPARE(r.profile->db().scalarText("SELECT language FROM contacts").value_or(QString()),
                 QStringLiteral("en,fr"));

        const int ops = contactOps(r);
        Contact bad = jane();
        bad.emails << QStringLiteral("not-an-address");
        QCOMPARE(refusal([&] { sched.saveContact(bad); }), QStringLiteral("email/invalid"));
        bad = jane();
        bad.phones = {QStringLiteral("call me")};
        QCOMPARE(refusal([&] { sched.saveContact(bad); }), QStringLiteral("phone/invalid"));
        bad = jane();
        bad.languages = {QStringLiteral("english!")};
        QCOMPARE(refusal([&] { sched.saveContact(bad); }), QStringLiteral("language/invalid"));
        bad = jane();
        bad.workingHours = QStringLiteral("weekdays");
        QCOMPARE(refusal([&] { sched.saveContact(bad); }), QStringLiteral("working_hours/invalid"));
        bad = jane();
        bad.timezone = QStringLiteral("Mars/Olympus_Mons");
        QCOMPARE(refusal([&] { sched.saveContact(bad); }), QStringLiteral("timezone/unknown"));
        bad = jane();
        bad.name = QStringLiteral("   ");
        QCOMPARE(refusal([&] { sched.saveContact(bad); }), QStringLiteral("name/required"));
        // Several at once: the second is refused, so the first is not saved either.
        Contact good = jane();
        good.name = QStringLiteral("John Roe");
        bad = jane();
        bad.emails = {QStringLiteral("@")};
        QCOMPARE(refusal([&] {
                     sched.saveContacts({good, bad});
                 }),
                 QStringLiteral("email/invalid"));
        QCOMPARE(contactOps(r), ops);
        QCOMPARE(sched.contacts().size(), 1);

        // An edit writes only what changed; removing asks nothing more.
        Contact edited = *back;
        edited.phones.removeLast();
        sched.saveContact(edited);
        QCOMPARE(contactOps(r), ops + 1);
        QCOMPARE(sched.contact(id)->phones, QStringList {QStringLiteral("+1 202-555-0100")});
        sched.removeContact(id);
        QVERIFY(!sched.contact(id));
        QVERIFY(sched.contacts().isEmpty());
    }

    void analystsOfTheDirectoryAreListed()
    {
        TestReplica r(QStringLiteral("a1"), QStringLiteral("CCIRC"), m_clock);
        ScheduleService sched(*r.log);
        r.log->recordAnalyst(QStringLiteral("a1"), QStringLiteral("Me Myself"),
                             QStringLiteral("CCIRC"));
        r.log->recordAnalyst(QStringLiteral("u7"), QStringLiteral("Bob Martin"),
                             QStringLiteral("USCERT"), QStringLiteral("lead"));
        r.log->recordAnalyst(QStringLiteral("c3"), QStringLiteral("Claire Gagnon"),
                             QStringLiteral("CCIRC"));
        const int ops = contactOps(r);
        QList<Contact> list = sched.directory();
        QCOMPARE(list.size(), 2); // not this device's own analyst
        QCOMPARE(list.at(0).name, QStringLiteral("Bob Martin"));
        QVERIFY(list.at(0).fromDirectory);
        QVERIFY(list.at(0).isAnalyst());
        QCOMPARE(list.at(0).analystRole, QStringLiteral("lead"));
        QCOMPARE(list.at(0).centre, QStringLiteral("USCERT"));
        QVERIFY(list.at(0).id.isEmpty());
        QCOMPARE(list.at(1).analystRole, QStringLiteral("analyst"));
        QCOMPARE(contactOps(r), ops); // derived: nothing written
        QVERIFY(sched.contacts().isEmpty());

        // A contact naming the account replaces the derived entry, and is an analyst too.
        Contact bob = jane();
        bob.name = QStringLiteral("Robert Martin");
        bob.analystId = QStringLiteral("u7");
        const QString id = sched.saveContact(bob);
        list = sched.directory();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(1).name, QStringLiteral("Robert Martin"));
        QCOMPARE(list.at(1).id, id);
        QVERIFY(!list.at(1).fromDirectory);
        QCOMPARE(list.at(1).analystRole, QStringLiteral("lead"));
        QCOMPARE(list.at(0).name, QStringLiteral("Claire Gagnon"));

        // Their calls and visits: a call with the contact, another with the analyst's account.
        const auto call = [&](const char *title, int day, const VisitAttendee &who) {
            Visit v;
            v.title = QLatin1String(title);
            v.kind = QStringLiteral("call");
            v.timezone = QStringLiteral("America/Toronto");
            v.startsAt = QDateTime(QDate(2027, 3, day), QTime(15, 0), QTimeZone::utc());
            v.endsAt = v.startsAt.addSecs(3600);
            const QString visit = sched.saveVisit(v);
            sched.addAttendee(visit, who);
            return visit;
        };
        VisitAttendee asContact;
        asContact.contactId = id;
        asContact.role = QStringLiteral("required");
        VisitAttendee asAnalyst;
        asAnalyst.analystId = QStringLiteral("u7");
        asAnalyst.role = QStringLiteral("required");
        VisitAttendee someoneElse;
        someoneElse.analystId = QStringLiteral("c3");
        someoneElse.role = QStringLiteral("required");
        call("Second", 12, asAnalyst);
        call("First", 10, asContact);
        call("Not theirs", 11, someoneElse);
        const QDateTime before = QDateTime(QDate(2027, 3, 1), QTime(0, 0), QTimeZone::utc());
        QList<Visit> theirs = sched.visitsOf(*sched.contact(id), before);
        QCOMPARE(theirs.size(), 2);
        QCOMPARE(theirs.at(0).title, QStringLiteral("First"));
        QCOMPARE(theirs.at(1).title, QStringLiteral("Second"));
        // Claire, from the directory, is found by her account alone; ended calls are left out.
        QCOMPARE(sched.visitsOf(list.at(0), before).size(), 1);
        QCOMPARE(sched
                     .visitsOf(*sched.contact(id),
                               QDateTime(QDate(2027, 3, 11), QTime(0, 0), QTimeZone::utc()))
                     .size(),
                 1);
    }

    void vcardRoundTrip()
    {
        TestReplica a(QStringLiteral("a1"), QStringLiteral("CCIRC"), m_clock);
        ScheduleService schedA(*a.log);
        schedA.saveContact(jane());
        Contact claude;
        claude.name = QStringLiteral("Claude Bélanger");
        claude.emails = {QStringLiteral("claude@cyber.example.ca")};
        claude.languages = {QStringLiteral("fr")};
        claude.analystId = QStringLiteral("c9");
        schedA.saveContact(claude);
        const QList<Contact> before = schedA.contacts();
        const QByteArray vcf = exportContacts(before);
        QVERIFY(vcf.startsWith("BEGIN:VCARD\r\nVERSION:4.0\r\n"));
        QVERIFY2(vcf.contains("EMAIL;TYPE=work;PREF=1:Jane.Doe@cisa.example.gov"), vcf.constData());
        QVERIFY(vcf.contains("X-LIAISON-WORKING-HOURS:1-4 08:00-16:00\\, 5 08:00-12:00"));

        TestReplica b(QStringLiteral("b1"), QStringLiteral("USCERT"), m_clock);
        ScheduleService schedB(*b.log);
        const ContactImport imported = importContacts(schedB, vcf);
        QCOMPARE(imported.created, 2);
        QCOMPARE(imported.updated, 0);
        const QList<Contact> after = schedB.contacts();
        QCOMPARE(after.size(), 2);
        for (int i = 0; i < 2; ++i) {
            QCOMPARE(after.at(i).id, before.at(i).id); // the UID is the id
            QCOMPARE(after.at(i).name, before.at(i).name);
            QCOMPARE(after.at(i).organisation, before.at(i).organisation);
            QCOMPARE(after.at(i).centre, before.at(i).centre);
            QCOMPARE(after.at(i).role, before.at(i).role);
            QCOMPARE(after.at(i).emails, before.at(i).emails);
            QCOMPARE(after.at(i).phones, before.at(i).phones);
            QCOMPARE(after.at(i).languages, before.at(i).languages);
            QCOMPARE(after.at(i).timezone, before.at(i).timezone);
            QCOMPARE(after.at(i).notes, before.at(i).notes);
            QCOMPARE(after.at(i).workingHours, before.at(i).workingHours);
            QCOMPARE(after.at(i).analystId, before.at(i).analystId);
        }
        QCOMPARE(exportContacts(after), vcf); // .vcf -> contacts -> the same .vcf

        // Exported to a private file, atomically.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("contacts.vcf"));
        QString error;
        QVERIFY(writeContactsFile(path, after, &error));
        QFile written(path);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(written.readAll(), vcf);
#ifdef Q_OS_UNIX
        QCOMPARE(QFileInfo(path).permissions() & ~(QFile::ReadUser | QFile::WriteUser),
                 QFile::ReadOwner | QFile::WriteOwner);
#endif
        QVERIFY(
            !writeContactsFile(dir.filePath(QStringLiteral("no/such/folder.vcf")), after, &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(importContactsFile(schedB, path).updated, 2);
        QCOMPARE(schedB.contacts().size(), 2);
    }

    void otherApplicationsCards()
    {
        TestReplica r(QStringLiteral("a1"), QStringLiteral("CCIRC"), m_clock);
        ScheduleService sched(*r.log);
        const ContactImport imported = importContacts(sched, sample("thunderbird.vcf"));
        QCOMPARE(imported.created, 2);
        const auto alice = sched.contact(QStringLiteral("8c0f4f6e-6f1a-4d5c-9a3e-1b2c3d4e5f60"));
        QVERIFY(alice);
        QCOMPARE(alice->name, QStringLiteral("Alice Tremblay"));
        QCOMPARE(alice->role, QStringLiteral("Senior Analyst")); // TITLE without ROLE
        QCOMPARE(alice->languages, QStringList {QStringLiteral("fr")});
        QCOMPARE(alice->timezone, QStringLiteral("America/Toronto"));
        QCOMPARE(alice->phones.size(), 2);
        // Outlook (3.0, no UUID UIDs) and Apple cards are taken too.
        QVERIFY(importContacts(sched, sample("outlook.vcf")).created >= 1);
        QVERIFY(importContacts(sched, sample("apple.vcf")).created >= 1);
        // A card whose UID is not a UUID gets the same id each time: imported again, updated.
        const int count = int(sched.contacts().size());
        const ContactImport again = importContacts(sched, sample("outlook.vcf"));
        QCOMPARE(again.created, 0);
        QCOMPARE(int(sched.contacts().size()), count);
    }

    void malformedFilesImportNothing_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("field");
        const QByteArray good = "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Good One\r\n"
                                "EMAIL:good@example.ca\r\nEND:VCARD\r\n";
        QTest::newRow("no FN") << good
                + "BEGIN:VCARD\r\nVERSION:4.0\r\nEMAIL:x@example.ca\r\n"
                  "END:VCARD\r\n"
                               << 6 << QString();
        QTest::newRow("unterminated") << good + "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Cut\r\n"
                                      << 6 << QString();
        QTest::newRow("bad email") << good
                + "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Bad Mail\r\n"
                  "EMAIL:nobody-at-example\r\nEND:VCARD\r\n"
                                   << 6 << QStringLiteral("email");
        QTest::newRow("unknown zone") << good
                + "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Far Away\r\n"
                  "TZ:Mars/Olympus_Mons\r\nEND:VCARD\r\n"
                                      << 9 << QString(); // the parser's own refusal, at its line
        QTest::newRow("bad hours") << good
                + "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Odd Hours\r\n"
                  "X-LIAISON-WORKING-HOURS:whenever\r\nEND:VCARD\r\n"
                                   << 6 << QStringLiteral("working_hours");
        QTest::newRow("version 2.1") << QByteArray("BEGIN:VCARD\r\nVERSION:2.1\r\nFN:Old\r\n"
                                                   "END:VCARD\r\n")
                                     << 2 << QString();
    }

    void malformedFilesImportNothing()
    {
        QFETCH(QByteArray, data);
        QFETCH(int, line);
        QFETCH(QString, field);
        TestReplica r(QStringLiteral("a1"), QStringLiteral("CCIRC"), m_clock);
        ScheduleService sched(*r.log);
        sched.saveContact(jane());
        const int ops = contactOps(r);
        try {
            importContacts(sched, data);
            QFAIL("imported");
        } catch (const ContactImportError &e) {
            QCOMPARE(e.line(), line);
            QCOMPARE(e.field(), field);
            QVERIFY2(e.message().contains(QString::number(line)), qPrintable(e.message()));
        }
        QCOMPARE(contactOps(r), ops); // nothing half-imported
        QCOMPARE(sched.contacts().size(), 1);
    }

    // Seeded mutations of a real export (bytes flipped, dropped, lines duplicated): each import
    // either saves or is refused with a ContactImportError and writes no op; nothing else
    // escapes.
    void mutatedFilesAreTakenWholeOrRefused()
    {
        TestReplica r(QStringLiteral("a1"), QStringLiteral("CCIRC"), m_clock);
        ScheduleService sched(*r.log);
        const QString id = sched.saveContact(jane());
        Contact other = jane();
        other.name = QStringLiteral("Émile Côté");
        other.emails = {QStringLiteral("emile@cyber.example.ca")};
        sched.saveContact(other);
        const QByteArray base
            = exportContacts(sched.contacts()) + sample("thunderbird.vcf") + sample("outlook.vcf");
        QRandomGenerator random(20261201);
        int refused = 0;
        int taken = 0;
        for (int round = 0; round < 400; ++round) {
            QByteArray data = base;
            for (int m = 0; m < 1 + int(random.bounded(4)); ++m) {
                const int at = int(random.bounded(quint32(data.size())));
                switch (random.bounded(4)) {
                case 0: data[at] = char(random.bounded(256)); break;
                case 1: data.remove(at, 1 + int(random.bounded(8))); break;
                case 2: data.insert(at, data.mid(at, int(random.bounded(80)))); break;
                default: data.insert(at, "\r\n:;="[random.bounded(5)]); break;
                }
            }
            const int ops = contactOps(r);
            try {
                importContacts(sched, data);
                ++taken;
            } catch (const ContactImportError &e) {
                ++refused;
                QVERIFY(!e.message().isEmpty());
                QVERIFY(e.line() >= 0);
                QCOMPARE(contactOps(r), ops);
            }
        }
        qInfo("%d mutated files imported, %d refused", taken, refused);
        QVERIFY(refused > 0);
        QVERIFY(taken > 0);
        QVERIFY(sched.contact(id)); // never lost: an import updates, it does not remove
    }

    void duplicatesAreUpdated()
    {
        TestReplica r(QStringLiteral("a1"), QStringLiteral("CCIRC"), m_clock);
        ScheduleService sched(*r.log);
        const QString id = sched.saveContact(jane());
        // Same address, no UID, from another program: updates Jane, keeps what it leaves out.
        const QByteArray other = "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Jane Q. Doe\r\n"
                                 "EMAIL:JD@example.gov\r\nTITLE:Deputy\r\nEND:VCARD\r\n"
                                 // twice in one file: one contact
                                 "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Sam Poe\r\n"
                                 "EMAIL:sam@example.gov\r\nEND:VCARD\r\n"
                                 "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Samuel Poe\r\n"
                                 "EMAIL:sam@example.gov\r\nTEL:+1 202 555 0142\r\nEND:VCARD\r\n";
        const ContactImport imported = importContacts(sched, other);
        QCOMPARE(imported.updated, 1);
        QCOMPARE(imported.created, 1);
        QCOMPARE(imported.ids.value(0), id);
        QCOMPARE(imported.ids.value(1), imported.ids.value(2));
        QCOMPARE(sched.contacts().size(), 2);
        const Contact updated = *sched.contact(id);
        QCOMPARE(updated.name, QStringLiteral("Jane Q. Doe"));
        QCOMPARE(updated.role, QStringLiteral("Deputy"));
        QCOMPARE(updated.emails, QStringList {QStringLiteral("JD@example.gov")}); // the card's
        QCOMPARE(updated.timezone, QStringLiteral("America/New_York")); // kept
        QCOMPARE(updated.workingHours, QStringLiteral("1-4 08:00-16:00, 5 08:00-12:00"));
        const Contact sam = *sched.contact(imported.ids.value(1));
        QCOMPARE(sam.name, QStringLiteral("Samuel Poe"));
        QCOMPARE(sam.phones, QStringList {QStringLiteral("+1 202 555 0142")});

        // Same UID: updated, even with other addresses; a removed contact comes back.
        Contact renamed = updated;
        renamed.name = QStringLiteral("Jane Doe-Smith");
        renamed.emails = {QStringLiteral("jane.smith@example.gov")};
        const QByteArray byUid = exportContacts({renamed});
        sched.removeContact(id);
        QCOMPARE(importContacts(sched, byUid).created, 1);
        QCOMPARE(sched.contact(id)->name, QStringLiteral("Jane Doe-Smith"));
        renamed.name = QStringLiteral("Jane Smith");
        QCOMPARE(importContacts(sched, exportContacts({renamed})).updated, 1);
        QCOMPARE(sched.contacts().size(), 2);
        QCOMPARE(sched.contact(id)->name, QStringLiteral("Jane Smith"));
    }
};

QTEST_GUILESS_MAIN(TestContacts)
#include "tst_contacts.moc"
