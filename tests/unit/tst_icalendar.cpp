#include "domain/ICalendar.h"
#include "domain/Schema.h"
#include "domain/ValidationError.h"

#include <QFile>
#include <QRandomGenerator>
#include <QtTest>

#include <libical/ical.h>

using namespace liaison;

namespace {

QDateTime utc(int y, int mo, int d, int h, int mi, int s = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), QTimeZone::utc());
}

// A wall-clock time in an IANA zone, as the UTC instant the scheduler keeps.
QDateTime at(const char *zone, int y, int mo, int d, int h, int mi)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), QTimeZone(zone)).toUTC();
}

Attendee attendee(const QString &name, const QString &email, const QString &rsvp,
                  bool optional = false)
{
    Attendee a;
    a.name = name;
    a.email = email;
    a.rsvp = rsvp;
    a.optional = optional;
    return a;
}

CalendarEvent call(const QString &uid, const char *zone, const QDateTime &start,
                   const QDateTime &end)
{
    CalendarEvent e;
    e.uid = uid;
    e.kind = QStringLiteral("call");
    e.title = QStringLiteral("Weekly call");
    e.start = start;
    e.end = end;
    e.timeZone = QString::fromLatin1(zone);
    e.organiserName = QStringLiteral("Julie Tremblay");
    e.organiserEmail = QStringLiteral("julie.tremblay@ccirc.example");
    e.status = QStringLiteral("confirmed");
    e.sequence = 3;
    e.updated = utc(2026, 2, 1, 12, 0, 7);
    return e;
}

CalendarEvent visit(const QString &uid, QDate first, QDate last)
{
    CalendarEvent e;
    e.uid = uid;
    e.kind = QStringLiteral("visit");
    e.title = QStringLiteral("Visite à Ottawa");
    e.allDay = true;
    e.startDate = first;
    e.endDate = last;
    e.timeZone = QStringLiteral("America/Toronto");
    e.organiserName = QStringLiteral("Marc Gagnon");
    e.organiserEmail = QStringLiteral("marc.gagnon@ccirc.example");
    e.status = QStringLiteral("tentative");
    e.updated = utc(2026, 2, 1, 12, 0);
    return e;
}

QByteArray fixture(const QString &name)
{
    QFile f(QStringLiteral(LIAISON_TEST_DATA "/ics/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return f.readAll();
}

QStringList codes(const ICalImport &r)
{
    QStringList out;
    for (const ICalProblem &p : r.problems)
        out << QString::number(p.component) + QLatin1Char(':') + p.code;
    return out;
}

QString describe(const CalendarEvent &e)
{
    QString s = QStringLiteral("%1 %2 [%3] %4 %5..%6 %7..%8 %9 org=%10<%11> st=%12 seq=%13 upd=%14")
                    .arg(e.uid, e.kind, e.title, e.timeZone, e.start.toString(Qt::ISODate),
                         e.end.toString(Qt::ISODate), e.startDate.toString(Qt::ISODate),
                         e.endDate.toString(Qt::ISODate), e.allDay ? "all-day" : "timed")
                    .arg(e.organiserName, e.organiserEmail, e.status)
                    .arg(e.sequence)
                    .arg(e.updated.toString(Qt::ISODate));
    s += QStringLiteral(" loc=[%1] url=[%2] desc=[%3]").arg(e.location, e.url, e.description);
    for (const Attendee &a : e.attendees) {
        s += QStringLiteral(" {%1 <%2> %3%4 a=%5 c=%6}")
                 .arg(a.name, a.email, a.rsvp, a.optional ? " opt" : "", a.analystId, a.contactId);
    }
    return s;
}

// Compares two lists of events and says which field differs.
bool sameEvents(const QList<CalendarEvent> &a, const QList<CalendarEvent> &b)
{
    if (a == b)
        return true;
    qWarning("events differ (%lld vs %lld)", qlonglong(a.size()), qlonglong(b.size()));
    for (qsizetype i = 0; i < std::max(a.size(), b.size()); ++i) {
        const QString x = i < a.size() ? describe(a.at(i)) : QString();
        const QString y = i < b.size() ? describe(b.at(i)) : QString();
        if (x != y || (i < a.size() && i < b.size() && !(a.at(i) == b.at(i))))
            qWarning("  %lld:\n    %s\n    %s", qlonglong(i), qPrintable(x), qPrintable(y));
    }
    return false;
}

const ICalProblem *problem(const ICalImport &r, const QString &code)
{
    for (const ICalProblem &p : r.problems) {
        if (p.code == code)
            return &p;
    }
    return nullptr;
}

// The offsets a written VTIMEZONE gives, through libical, against Qt's for the same zone.
int compareVTimezone(const QByteArray &ics, const QByteArray &tzid, const QDateTime &from,
                     const QDateTime &to, QString *firstDifference)
{
    icalcomponent *cal = icalparser_parse_string(ics.constData());
    if (!cal)
        return -1;
    icalcomponent *vtz = nullptr;
    for (icalcomponent *c = icalcomponent_get_first_component(cal, ICAL_VTIMEZONE_COMPONENT); c;
         c = icalcomponent_get_next_component(cal, ICAL_VTIMEZONE_COMPONENT)) {
        if (tzid == icalproperty_get_tzid(icalcomponent_get_first_property(c, ICAL_TZID_PROPERTY)))
            vtz = c;
    }
    if (!vtz) {
        icalcomponent_free(cal);
        return -1;
    }
    icaltimezone *zone = icaltimezone_new();
    icaltimezone_set_component(zone, icalcomponent_new_clone(vtz));
    const QTimeZone qt(tzid);
    int differences = 0;
    for (qint64 t = from.toSecsSinceEpoch(); t < to.toSecsSinceEpoch(); t += 3 * 3600) {
        icaltimetype tt
            = icaltime_from_timet_with_zone(time_t(t), 0, icaltimezone_get_utc_timezone());
        int daylight = 0;
        const int ical = icaltimezone_get_utc_offset_of_utc_time(zone, &tt, &daylight);
        const int expected = qt.offsetFromUtc(QDateTime::fromSecsSinceEpoch(t, QTimeZone::utc()));
        if (ical != expected && differences++ == 0) {
            *firstDifference
                = QStringLiteral("%1: libical %2, Qt %3")
                      .arg(QDateTime::fromSecsSinceEpoch(t, QTimeZone::utc()).toString(Qt::ISODate))
                      .arg(ical)
                      .arg(expected);
        }
    }
    icaltimezone_free(zone, 1);
    icalcomponent_free(cal);
    return differences;
}

} // namespace

class TestICalendar : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void roundTripEveryMethod();
    void writtenLines();
    void foldsBetweenCharacters();
    void ambiguousLocalTimeWrittenInUtc();
    void vtimezoneAgreesWithQt_data();
    void vtimezoneAgreesWithQt();
    void vtimezoneRules();
    void outlookRequest();
    void outlookReply();
    void outlookNamedZone();
    void thunderbirdExport();
    void thunderbirdInvitation();
    void rfc5545Examples();
    void rfc5546Request();
    void rfc5546ReplyCancelCounter();
    void vendorZoneNames();
    void problemsReported();
    void problemSentences();
    void refusals_data();
    void refusals();
    void truncatedAnywhere();
    void beginWithoutEnd();
    void hugeLine();
    void limits();
    void randomJunkNeverCrashes();
    void otherEncodings();
    void fuzzInvariants_data();
    void fuzzInvariants();
};

void TestICalendar::roundTrip_data()
{
    QTest::addColumn<QList<CalendarEvent>>("events");

    const auto one = [](const CalendarEvent &e) { return QList<CalendarEvent> {e}; };
    QTest::addRow("toronto winter")
        << one(call("t1", "America/Toronto", at("America/Toronto", 2026, 1, 20, 9, 0),
                    at("America/Toronto", 2026, 1, 20, 10, 0)));
    QTest::addRow("toronto summer")
        << one(call("t2", "America/Toronto", at("America/Toronto", 2026, 7, 2, 13, 30),
                    at("America/Toronto", 2026, 7, 2, 14, 15)));
    // Across the spring change (2026-03-08 02:00) and the autumn one (2026-11-01 02:00).
    QTest::addRow("new york across spring")
        << one(call("n1", "America/New_York", utc(2026, 3, 8, 6, 30), utc(2026, 3, 8, 7, 30)));
    QTest::addRow("new york across autumn")
        << one(call("n2", "America/New_York", utc(2026, 11, 1, 5, 0), utc(2026, 11, 1, 7, 0)));
    QTest::addRow("boise (mountain)")
        << one(call("b1", "America/Boise", at("America/Boise", 2026, 10, 31, 23, 0),
                    at("America/Boise", 2026, 11, 1, 3, 0)));
    QTest::addRow("st johns across spring")
        << one(call("s1", "America/St_Johns", utc(2026, 3, 8, 5, 0), utc(2026, 3, 8, 6, 0)));
    QTest::addRow("st johns across autumn")
        << one(call("s2", "America/St_Johns", utc(2026, 11, 1, 3, 0), utc(2026, 11, 1, 6, 0)));
    QTest::addRow("2006 and 2008 (the 2007 rule change)") << QList<CalendarEvent> {
        call("r1", "America/Toronto", utc(2006, 4, 1, 12, 0), utc(2006, 4, 1, 13, 0)),
        call("r2", "America/Toronto", utc(2008, 3, 10, 12, 0), utc(2008, 3, 10, 13, 0)),
        call("r3", "America/St_Johns", utc(2006, 10, 29, 2, 0), utc(2006, 10, 29, 4, 0))};
    QTest::addRow("utc, no zone") << one(
        call("u1", "", utc(2026, 5, 5, 5, 5), utc(2026, 5, 5, 6, 5)));
    QTest::addRow("utc by name") << one(
        call("u2", "UTC", utc(2026, 5, 5, 5, 5), utc(2026, 5, 5, 6, 5)));
    QTest::addRow("no end") << one(
        call("e0", "America/Toronto", utc(2026, 5, 5, 5, 5), utc(2026, 5, 5, 5, 5)));
    QTest::addRow("visit, three days") << one(visit("v1", QDate(2026, 6, 15), QDate(2026, 6, 17)));
    QTest::addRow("visit, one day") << one(visit("v2", QDate(2026, 12, 31), QDate(2026, 12, 31)));
    CalendarEvent noZoneVisit = visit("v3", QDate(2027, 2, 27), QDate(2027, 3, 2));
    noZoneVisit.timeZone.clear();
    QTest::addRow("visit, no zone, over february") << one(noZoneVisit);

    CalendarEvent many
        = call("m1", "America/Toronto", utc(2026, 4, 1, 14, 0), utc(2026, 4, 1, 15, 0));
    many.attendees = {attendee("Marc Gagnon", "marc.gagnon@ccirc.example", "accepted"),
                      attendee("Sam Rivera", "sam.rivera@cisa.example", "declined"),
                      attendee("Élise Côté", "elise.cote@ccirc.example", "tentative", true),
                      attendee("", "ops@cisa.example", "needs-action", true),
                      attendee("O'Brien, \"Pat\"; Lead", "pat@cisa.example", "accepted")};
    many.attendees[0].analystId = QStringLiteral("analyst-7f3a");
    many.attendees[1].contactId = QStringLiteral("contact-19");
    // Known to Liaison but without an address: kept by its id.
    Attendee noAddress = attendee("Directory Analyst", "", "needs-action");
    noAddress.analystId = QStringLiteral("analyst-0001");
    many.attendees << noAddress;
    QTest::addRow("many attendees, every answer") << one(many);

    CalendarEvent oneAttendee = many;
    oneAttendee.uid = QStringLiteral("m2");
    oneAttendee.attendees = {many.attendees.at(2)};
    QTest::addRow("one optional attendee") << one(oneAttendee);

    CalendarEvent text
        = call("x1", "America/Toronto", utc(2026, 9, 9, 13, 0), utc(2026, 9, 9, 14, 0));
    text.title = QStringLiteral("Réunion : incidents partagés, ordre du jour; suivi 🛡️✅");
    text.location = QStringLiteral("Salle « Champlain », 3e étage; Gatineau, QC");
    text.description = QStringLiteral(
        "Ligne 1, avec virgule; point-virgule\nLigne 2 : \\ barre oblique inverse\n\n"
        "Émoji 🇨🇦🇺🇸 et « guillemets » — tiret cadratin\tet tabulation. "
        "Une longue ligne qui dépasse largement soixante-quinze octets pour que libical la plie "
        "au bon endroit, même au milieu de caractères accentués éééééééééééé.");
    text.url = QStringLiteral("https://meet.example/j/123?pwd=a,b;c&x=%20");
    text.organiserName = QStringLiteral("Gagnon, Marc: chef d'équipe");
    text.status = QStringLiteral("cancelled");
    text.sequence = 0;
    QTest::addRow("text with commas, semicolons, newlines, accents, emoji") << one(text);

    CalendarEvent noOrganiser
        = call("o1", "America/Boise", utc(2026, 1, 1, 20, 0), utc(2026, 1, 1, 21, 0));
    noOrganiser.organiserEmail.clear();
    QTest::addRow("organiser without an address") << one(noOrganiser);
}

void TestICalendar::roundTrip()
{
    QFETCH(QList<CalendarEvent>, events);
    const QByteArray ics = writeCalendar(events, ICalMethod::Request);
    const ICalImport read = readCalendar(ics, QTimeZone("Europe/Paris"));
    QVERIFY2(read.problems.isEmpty(), qPrintable(read.problems.value(0).message()));
    QCOMPARE(read.method, QStringLiteral("REQUEST"));
    QVERIFY2(sameEvents(read.events, events), ics.constData());
    // And what was read writes the same bytes again (but for nothing: DTSTAMP is `updated`).
    QCOMPARE(writeCalendar(read.events, ICalMethod::Request), ics);
}

void TestICalendar::roundTripEveryMethod()
{
    QList<CalendarEvent> events {
        call("p1", "America/Toronto", utc(2026, 3, 1, 15, 0), utc(2026, 3, 1, 16, 0)),
        visit("p2", QDate(2026, 3, 2), QDate(2026, 3, 4))};
    events[0].attendees = {attendee("Sam Rivera", "sam.rivera@cisa.example", "accepted")};

    ICalImport published = readCalendar(writeCalendar(events, ICalMethod::Publish));
    QCOMPARE(published.method, QString());
    QVERIFY(sameEvents(published.events, events));

    ICalImport cancelled = readCalendar(writeCalendar(events, ICalMethod::Cancel));
    QCOMPARE(cancelled.method, QStringLiteral("CANCEL"));
    QList<CalendarEvent> expected = events;
    for (CalendarEvent &e : expected)
        e.status = QStringLiteral("cancelled");
    QVERIFY(sameEvents(cancelled.events, expected));
    QCOMPARE(cancelled.cancellations,
             (QList<ICalCancel> {{QStringLiteral("p1"), 3}, {QStringLiteral("p2"), 0}}));

    QVERIFY(readCalendar(writeCalendar({}, ICalMethod::Publish)).events.isEmpty());
}

void TestICalendar::writtenLines()
{
    CalendarEvent c
        = call("uid-1@liaison", "America/Toronto", at("America/Toronto", 2026, 3, 10, 9, 0),
               at("America/Toronto", 2026, 3, 10, 9, 45));
    c.attendees = {attendee("Sam Rivera", "sam.rivera@cisa.example", "tentative", true)};
    c.attendees[0].contactId = QStringLiteral("contact-42");
    c.location = QStringLiteral("Ottawa, salle 3");
    const CalendarEvent v = visit("uid-2@liaison", QDate(2026, 6, 15), QDate(2026, 6, 17));

    const QByteArray request = writeCalendar({c, v}, ICalMethod::Request);
    const QList<QByteArray> lines = request.split('\n');
    QVERIFY(request.endsWith("END:VCALENDAR\r\n"));
    for (const QByteArray &line : lines) {
        QVERIFY2(line.isEmpty() || line.endsWith('\r'), line.constData()); // CRLF
        QVERIFY2(line.size() <= 76, line.constData()); // 75 octets and the CR
    }
    const QByteArray unfolded = QByteArray(request).replace("\r\n ", "").replace("\r\n", "\n");
    for (const char *expected :
         {"BEGIN:VCALENDAR\nPRODID:-//Liaison//Liaison//EN\nVERSION:2.0\n", "\nMETHOD:REQUEST\n",
          "\nBEGIN:VTIMEZONE\nTZID:America/Toronto\n",
          "\nDTSTART;TZID=America/Toronto:20260310T090000\n",
          "\nDTEND;TZID=America/Toronto:20260310T094500\n", "\nDTSTAMP:20260201T120007Z\n",
          "\nLAST-MODIFIED:20260201T120007Z\n", "\nSEQUENCE:3\n", "\nSTATUS:CONFIRMED\n",
          "\nSUMMARY:Weekly call\n", "\nLOCATION:Ottawa\\, salle 3\n",
          "\nORGANIZER;CN=Julie Tremblay:mailto:julie.tremblay@ccirc.example\n",
          "\nATTENDEE;CN=Sam Rivera;ROLE=OPT-PARTICIPANT;PARTSTAT=TENTATIVE;RSVP=TRUE;"
          "X-LIAISON-CONTACT=contact-42:mailto:sam.rivera@cisa.example\n",
          "\nX-LIAISON-KIND:call\n", "\nDTSTART;VALUE=DATE:20260615\n",
          "\nDTEND;VALUE=DATE:20260618\n", "\nX-LIAISON-KIND:visit\n",
          "\nX-LIAISON-TZID:America/Toronto\n", "\nSTATUS:TENTATIVE\n"}) {
        QVERIFY2(unfolded.contains(expected), expected);
    }
    QCOMPARE(unfolded.count("BEGIN:VTIMEZONE"), 1); // all-day visits need none

    const QByteArray published = writeCalendar({c}, ICalMethod::Publish);
    QVERIFY(!published.contains("METHOD:"));
    QVERIFY(!published.contains("RSVP="));
    const QByteArray cancel = writeCalendar({c}, ICalMethod::Cancel);
    QVERIFY(cancel.contains("\r\nMETHOD:CANCEL\r\n"));
    QVERIFY(cancel.contains("\r\nSTATUS:CANCELLED\r\n"));
    QVERIFY(cancel.contains("\r\nSEQUENCE:3\r\n")); // raised by the caller, not here

    // UTC events: Z times, no VTIMEZONE.
    const QByteArray inUtc = writeCalendar(
        {call("u", "", utc(2026, 1, 2, 3, 4), utc(2026, 1, 2, 4, 4))}, ICalMethod::Publish);
    QVERIFY(inUtc.contains("\r\nDTSTART:20260102T030400Z\r\n"));
    QVERIFY(!inUtc.contains("VTIMEZONE"));
}

void TestICalendar::foldsBetweenCharacters()
{
    CalendarEvent e = call("f", "", utc(2026, 1, 1, 0, 0), utc(2026, 1, 1, 1, 0));
    e.title = QString(100, QChar(0xE9)) + QStringLiteral("🇨🇦").repeated(20); // under kMaxLabel
    e.description = QStringLiteral("x🛡️é").repeated(100);
    const QByteArray ics = writeCalendar({e}, ICalMethod::Publish);
    for (const QByteArray &line : ics.split('\n')) {
        QVERIFY(line.size() <= 76);
        // Every physical line is whole UTF-8 on its own: no sequence cut by a fold.
        QCOMPARE(QString::fromUtf8(line).toUtf8(), line);
    }
    QVERIFY(sameEvents(readCalendar(ics).events, {e}));
}

void TestICalendar::ambiguousLocalTimeWrittenInUtc()
{
    // 01:30 happens twice in Toronto on 2026-11-01: the second (EST, 06:30Z) cannot be written
    // as a local time (readers take the first), so it is written in UTC and keeps its zone in
    // X-LIAISON-TZID.
    const CalendarEvent second
        = call("amb", "America/Toronto", utc(2026, 11, 1, 6, 30), utc(2026, 11, 1, 7, 30));
    const QByteArray ics = writeCalendar({second}, ICalMethod::Publish);
    QVERIFY(ics.contains("\r\nDTSTART:20261101T063000Z\r\n"));
    QVERIFY(ics.contains("\r\nDTEND;TZID=America/Toronto:20261101T023000\r\n"));
    QVERIFY(ics.contains("\r\nX-LIAISON-TZID:America/Toronto\r\n"));
    QVERIFY(sameEvents(readCalendar(ics).events, {second}));

    // The first 01:30 (EDT, 05:30Z) is written as a local time.
    const CalendarEvent first
        = call("amb2", "America/Toronto", utc(2026, 11, 1, 5, 30), utc(2026, 11, 1, 5, 45));
    const QByteArray ics2 = writeCalendar({first}, ICalMethod::Publish);
    QVERIFY(ics2.contains("\r\nDTSTART;TZID=America/Toronto:20261101T013000\r\n"));
    QVERIFY(!ics2.contains("X-LIAISON-TZID"));
}

void TestICalendar::vtimezoneAgreesWithQt_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<int>("firstYear");
    QTest::addColumn<int>("lastYear");
    for (const char *zone :
         {"America/Toronto", "America/New_York", "America/Boise", "America/St_Johns",
          "America/Halifax", "America/Vancouver", "America/Regina", "America/Phoenix",
          "America/Whitehorse", "Europe/Paris", "Australia/Sydney", "Asia/Kolkata", "UTC"}) {
        QTest::addRow("%s 2005-2009", zone) << QByteArray(zone) << 2005 << 2009;
        QTest::addRow("%s 2026", zone) << QByteArray(zone) << 2026 << 2026;
    }
    QTest::addRow("America/St_Johns 2009-2012 (00:01 to 02:00)")
        << QByteArray("America/St_Johns") << 2009 << 2012;
}

void TestICalendar::vtimezoneAgreesWithQt()
{
    QFETCH(QByteArray, zone);
    QFETCH(int, firstYear);
    QFETCH(int, lastYear);
    if (!QTimeZone::isTimeZoneIdAvailable(zone))
        QSKIP("zone not in this system's tzdata");
    CalendarEvent a = call("a", "", utc(firstYear, 1, 10, 12, 0), utc(firstYear, 1, 10, 13, 0));
    CalendarEvent b = call("b", "", utc(lastYear, 7, 10, 12, 0), utc(lastYear, 7, 10, 13, 0));
    // "UTC" is written in UTC: use a fixed-offset zone for the no-transition case instead.
    a.timeZone = b.timeZone = QString::fromLatin1(zone == "UTC" ? "Etc/GMT+5" : zone);
    const QByteArray tzid = a.timeZone.toLatin1();
    const QByteArray ics = writeCalendar({a, b}, ICalMethod::Publish);
    QString difference;
    const int differences = compareVTimezone(ics, tzid, utc(firstYear, 1, 1, 0, 0),
                                             utc(lastYear + 1, 12, 31, 0, 0), &difference);
    QVERIFY2(differences == 0,
             qPrintable(QStringLiteral("%1 differences; first %2\n%3")
                            .arg(differences)
                            .arg(difference, QString::fromUtf8(ics))));
}

void TestICalendar::vtimezoneRules()
{
    const QByteArray ics = writeCalendar(
        {call("a", "America/Toronto", utc(2006, 1, 10, 12, 0), utc(2006, 1, 10, 13, 0)),
         call("b", "America/Toronto", utc(2008, 1, 10, 12, 0), utc(2008, 1, 10, 13, 0)),
         call("c", "America/St_Johns", utc(2026, 1, 10, 12, 0), utc(2026, 1, 10, 13, 0))},
        ICalMethod::Publish);
    const QByteArray text = QByteArray(ics).replace("\r\n ", "");
    // Toronto: the rule before 2007 ends with UNTIL, the new one is open.
    QVERIFY(text.contains("RRULE:FREQ=YEARLY;UNTIL=20061029T060000Z;BYDAY=-1SU;BYMONTH=10"));
    QVERIFY(text.contains("DTSTART:20070311T020000\r\nTZOFFSETFROM:-0500\r\nTZOFFSETTO:-0400"));
    QVERIFY(text.contains("RRULE:FREQ=YEARLY;BYDAY=2SU;BYMONTH=3\r\n"));
    QVERIFY(text.contains("RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=11\r\n"));
    // St. John's: half-hour offsets.
    QVERIFY(text.contains("TZOFFSETFROM:-0330\r\nTZOFFSETTO:-0230\r\nTZNAME:NDT"));
    QVERIFY(text.contains("TZOFFSETFROM:-0230\r\nTZOFFSETTO:-0330\r\nTZNAME:NST"));
}

void TestICalendar::outlookRequest()
{
    const ICalImport r = readCalendar(fixture("outlook-request.ics"));
    QCOMPARE(codes(r), QStringList());
    QCOMPARE(r.method, QStringLiteral("REQUEST"));
    QCOMPARE(r.events.size(), 2);
    const CalendarEvent &call = r.events.at(0);
    QCOMPARE(call.uid,
             QStringLiteral("040000008200E00074C5B7101A82E00800000000D0F1C9E2A1AADC0100"
                            "0000000000000010000000A1B2C3D4E5F60718293A4B5C6D7E8F90"));
    QCOMPARE(call.kind, QStringLiteral("call"));
    QCOMPARE(call.title, QStringLiteral("CCIRC / CISA weekly call"));
    QCOMPARE(call.timeZone, QStringLiteral("America/New_York")); // "Eastern Standard Time"
    QCOMPARE(call.start, utc(2026, 3, 12, 14, 0)); // 10:00 EDT, DST began on March 8
    QCOMPARE(call.end, utc(2026, 3, 12, 15, 0));
    QCOMPARE(call.location, QStringLiteral("Microsoft Teams Meeting"));
    QVERIFY(call.description.startsWith("Weekly sync on the shared incidents.\n\n____"));
    QVERIFY(call.description.endsWith("Join on your computer, mobile app or room device\n"));
    QCOMPARE(call.url,
             QStringLiteral("https://teams.example/l/meetup-join/19%3ameeting_abc%40thread"
                            ".v2/0?context=%7b%22Tid%22%3a%2200000000%22%7d"));
    QCOMPARE(call.organiserName, QStringLiteral("Gagnon, Marc"));
    QCOMPARE(call.organiserEmail, QStringLiteral("marc.gagnon@ccirc.example"));
    QCOMPARE(call.status, QStringLiteral("confirmed"));
    QCOMPARE(call.sequence, 0);
    QCOMPARE(call.updated, utc(2026, 3, 2, 15, 12));
    QCOMPARE(
        call.attendees,
        (QList<Attendee> {
            attendee("Tremblay, Julie", "julie.tremblay@ccirc.example", "needs-action"),
            attendee("sam.rivera@cisa.example", "sam.rivera@cisa.example", "needs-action", true)}));

    const CalendarEvent &visit = r.events.at(1);
    QVERIFY(visit.allDay);
    QCOMPARE(visit.kind, QStringLiteral("visit"));
    QCOMPARE(visit.title, QStringLiteral("Visite à la CISA"));
    QCOMPARE(visit.startDate, QDate(2026, 4, 20));
    QCOMPARE(visit.endDate, QDate(2026, 4, 22));
    QCOMPARE(visit.location, QStringLiteral("Arlington, VA"));
    QCOMPARE(visit.sequence, 2);
    QCOMPARE(visit.attendees.value(0).rsvp, QStringLiteral("tentative"));
}

void TestICalendar::outlookReply()
{
    const ICalImport r = readCalendar(fixture("outlook-reply.ics"));
    QCOMPARE(codes(r), QStringList());
    QCOMPARE(r.method, QStringLiteral("REPLY"));
    QVERIFY(r.events.isEmpty());
    ICalReply expected;
    expected.uid = QStringLiteral("040000008200E00074C5B7101A82E00800000000D0F1C9E2A1AADC0100"
                                  "0000000000000010000000A1B2C3D4E5F60718293A4B5C6D7E8F90");
    expected.email = QStringLiteral("julie.tremblay@ccirc.example");
    expected.rsvp = QStringLiteral("accepted");
    expected.stamp = utc(2026, 3, 3, 9, 15);
    QCOMPARE(r.replies, QList<ICalReply> {expected});
}

void TestICalendar::outlookNamedZone()
{
    // Outlook 2010 named its zones for display ("(UTC-03:30) Newfoundland"): neither IANA nor
    // Windows, so libical converts with the file's VTIMEZONE and the event is kept in UTC.
    const ICalImport r = readCalendar(fixture("outlook-2010-export.ics"));
    QCOMPARE(r.method, QStringLiteral("PUBLISH"));
    QCOMPARE(codes(r), QStringList {"1:custom-zone"});
    QCOMPARE(r.problems.at(0).detail, QStringLiteral("(UTC-03:30) Newfoundland"));
    QCOMPARE(r.events.size(), 1);
    QCOMPARE(r.events.at(0).start, utc(2026, 10, 5, 13, 0)); // 10:30 NDT
    QCOMPARE(r.events.at(0).end, utc(2026, 10, 5, 14, 0));
    QCOMPARE(r.events.at(0).timeZone, QString());
}

void TestICalendar::thunderbirdExport()
{
    const ICalImport r = readCalendar(fixture("thunderbird-export.ics"));
    QCOMPARE(codes(r), QStringList());
    QCOMPARE(r.events.size(), 3);
    const CalendarEvent &prep = r.events.at(0);
    QCOMPARE(prep.title, QStringLiteral("Préparation de la visite — ordre du jour"));
    QCOMPARE(prep.status, QStringLiteral("tentative"));
    QCOMPARE(prep.sequence, 1);
    QCOMPARE(prep.timeZone, QStringLiteral("America/Toronto"));
    QCOMPARE(prep.start, utc(2026, 11, 1, 5, 30)); // the first 01:30 (EDT)
    QCOMPARE(prep.end, utc(2026, 11, 1, 8, 0)); // 03:00 EST
    QCOMPARE(prep.location, QStringLiteral("Ottawa, salle 3"));
    QCOMPARE(prep.description,
             QStringLiteral("Ordre du jour :\n1. incidents partagés\n2. visite; logistique"));
    QCOMPARE(prep.updated, utc(2026, 2, 10, 14, 17, 25)); // LAST-MODIFIED
    QCOMPARE(
        prep.attendees,
        (QList<Attendee> {attendee("Marc Gagnon", "marc.gagnon@ccirc.example", "accepted"),
                          attendee("Sam Rivera", "sam.rivera@cisa.example", "needs-action", true),
                          attendee("Élise Côté", "elise.cote@ccirc.example", "declined")}));

    const CalendarEvent &visit = r.events.at(1);
    QVERIFY(visit.allDay);
    QCOMPARE(visit.title, QStringLiteral("Visite de la délégation de la CISA à Ottawa 🇨🇦"));
    QCOMPARE(visit.startDate, QDate(2026, 6, 15));
    QCOMPARE(visit.endDate, QDate(2026, 6, 17));
    QCOMPARE(visit.status, QStringLiteral("confirmed"));

    const CalendarEvent &newfoundland = r.events.at(2);
    QCOMPARE(newfoundland.timeZone, QStringLiteral("America/St_Johns"));
    QCOMPARE(newfoundland.start, utc(2026, 3, 8, 5, 0)); // 01:30 NST (-03:30)
    QCOMPARE(newfoundland.end, utc(2026, 3, 8, 6, 0)); // 03:30 NDT (-02:30)
}

void TestICalendar::thunderbirdInvitation()
{
    const ICalImport r = readCalendar(fixture("thunderbird-invitation.ics"));
    QCOMPARE(codes(r), QStringList());
    QCOMPARE(r.events.size(), 1);
    const CalendarEvent &e = r.events.at(0);
    QCOMPARE(e.start, utc(2026, 4, 28, 18, 0));
    QCOMPARE(e.end, utc(2026, 4, 28, 19, 0));
    QCOMPARE(e.organiserName, QStringLiteral("Julie Tremblay"));
    QCOMPARE(
        e.attendees,
        (QList<Attendee> {attendee("Julie Tremblay", "julie.tremblay@ccirc.example", "accepted"),
                          attendee("", "sam.rivera@cisa.example", "needs-action")}));
}

void TestICalendar::rfc5545Examples()
{
    const ICalImport r
        = readCalendar(fixture("rfc5545-examples.ics"), QTimeZone("America/Vancouver"));
    QCOMPARE(codes(r), (QStringList {"4:recurring", "6:not-an-event", "7:floating"}));
    QCOMPARE(r.problems.at(1).detail, QStringLiteral("VTODO"));
    QCOMPARE(r.problems.at(2).detail, QStringLiteral("America/Vancouver"));
    QCOMPARE(r.events.size(), 6);

    const CalendarEvent &interop = r.events.at(0);
    QCOMPARE(interop.uid, QStringLiteral("uid1@example.com"));
    QCOMPARE(interop.start, utc(1996, 9, 18, 14, 30));
    QCOMPARE(interop.end, utc(1996, 9, 20, 22, 0));
    QCOMPARE(interop.description,
             QStringLiteral("Networld+Interop Conference and Exhibit\n"
                            "Atlanta World Congress Center\nAtlanta, Georgia"));
    QCOMPARE(interop.organiserEmail, QStringLiteral("jsmith@example.com"));

    const CalendarEvent &review = r.events.at(1);
    QCOMPARE(review.timeZone, QStringLiteral("America/New_York"));
    QCOMPARE(review.start, utc(1998, 3, 12, 13, 30)); // 08:30 EST
    QCOMPARE(review.attendees,
             QList<Attendee> {attendee("", "employee-A@example.com", "needs-action")});

    const CalendarEvent &anniversary = r.events.at(3);
    QVERIFY(anniversary.allDay);
    QCOMPARE(anniversary.startDate, QDate(1997, 11, 2));
    QCOMPARE(anniversary.endDate, QDate(1997, 11, 2)); // no DTEND: one day

    const CalendarEvent &jazz = r.events.at(4);
    QCOMPARE(jazz.startDate, QDate(2007, 6, 28));
    QCOMPARE(jazz.endDate, QDate(2007, 7, 8));

    const CalendarEvent &floating = r.events.at(5);
    QCOMPARE(floating.timeZone, QStringLiteral("America/Vancouver"));
    QCOMPARE(floating.start, utc(1998, 1, 19, 7, 0));
    QCOMPARE(floating.end, utc(1998, 1, 19, 8, 30)); // DURATION:PT1H30M
}

void TestICalendar::rfc5546Request()
{
    const ICalImport r = readCalendar(fixture("rfc5546-request.ics"));
    // A DTEND with seven digits of time, and a room without mailto:.
    QCOMPARE(codes(r), (QStringList {"1:unreadable-line", "1:no-address"}));
    QCOMPARE(r.events.size(), 1);
    const CalendarEvent &e = r.events.at(0);
    QCOMPARE(e.start, utc(1997, 7, 1, 20, 0));
    QCOMPARE(e.end, e.start);
    QCOMPARE(e.attendees.size(), 5);
    QCOMPARE(e.attendees.at(0), attendee("", "a@example.com", "accepted"));
    QCOMPARE(e.attendees.at(4), attendee("", "e@example.com", "needs-action", true));
}

void TestICalendar::rfc5546ReplyCancelCounter()
{
    const ICalImport reply = readCalendar(fixture("rfc5546-reply.ics"));
    QCOMPARE(codes(reply), QStringList());
    QCOMPARE(reply.replies.size(), 1);
    QCOMPARE(reply.replies.at(0).uid,
             QStringLiteral("calsrv.example.com-873970198738777@example.com"));
    QCOMPARE(reply.replies.at(0).email, QStringLiteral("b@example.com"));
    QCOMPARE(reply.replies.at(0).rsvp, QStringLiteral("accepted"));
    QCOMPARE(reply.replies.at(0).stamp, utc(1997, 6, 12, 19, 0));

    const ICalImport cancel = readCalendar(fixture("rfc5546-cancel.ics"));
    QCOMPARE(codes(cancel), QStringList());
    QVERIFY(cancel.events.isEmpty()); // no DTSTART in the RFC's CANCEL
    QCOMPARE(cancel.cancellations,
             (QList<ICalCancel> {{"calsrv.example.com-873970198738777@example.com", 1}}));

    const ICalImport counter = readCalendar(fixture("rfc5546-counter.ics"));
    QCOMPARE(codes(counter), QStringList {"0:method"});
    QCOMPARE(counter.problems.at(0).detail, QStringLiteral("COUNTER"));
    QVERIFY(counter.events.isEmpty());
}

void TestICalendar::vendorZoneNames()
{
    const ICalImport r = readCalendar(fixture("vendor-zones.ics"));
    QCOMPARE(codes(r), QStringList());
    QCOMPARE(r.events.size(), 4);
    QCOMPARE(r.events.at(0).timeZone, QStringLiteral("America/Toronto"));
    QCOMPARE(r.events.at(0).start, utc(2026, 1, 15, 14, 0));
    QCOMPARE(r.events.at(0).end, utc(2026, 1, 15, 14, 30));
    QCOMPARE(r.events.at(1).timeZone, QStringLiteral("America/New_York"));
    QCOMPARE(r.events.at(1).start, utc(2026, 7, 15, 13, 0));
    QCOMPARE(r.events.at(1).end, utc(2026, 7, 15, 13, 45));
    QCOMPARE(r.events.at(2).timeZone, QStringLiteral("America/Denver"));
    QCOMPARE(r.events.at(2).start, utc(2026, 7, 15, 15, 0));
    QCOMPARE(r.events.at(3).timeZone, QStringLiteral("America/Toronto"));
    QCOMPARE(r.events.at(3).start, utc(2026, 1, 15, 14, 0));
}

void TestICalendar::problemsReported()
{
    const ICalImport r = readCalendar(fixture("problems.ics"));
    QCOMPARE(codes(r),
             (QStringList {"1:no-start", "2:unknown-zone", "3:unreadable-line", "3:recurring",
                           "3:no-address", "3:unknown-answer", "4:occurrence", "5:not-an-event",
                           "6:end-before-start", "6:unknown-status", "7:mixed-times", "8:no-uid",
                           "9:out-of-range", "10:unreadable-line", "10:no-start"}));
    QCOMPARE(problem(r, "unknown-zone")->detail, QStringLiteral("Mars/Olympus_Mons"));
    QCOMPARE(problem(r, "unknown-zone")->uid, QStringLiteral("unknown-zone@example.org"));
    QCOMPARE(problem(r, "no-address")->detail, QStringLiteral("Room 4"));
    QCOMPARE(problem(r, "unknown-answer")->detail, QStringLiteral("DELEGATED"));
    QCOMPARE(problem(r, "unknown-status")->detail, QStringLiteral("DRAFT"));

    QStringList uids;
    for (const CalendarEvent &e : r.events)
        uids << e.uid;
    const QString made = problem(r, "no-uid")->detail;
    QCOMPARE(uids,
             (QStringList {"unknown-zone@example.org", "weekly@example.org",
                           "backwards@example.org", "mixed@example.org", made, "p1d@example.org",
                           "allday-duration@example.org"}));
    // The same file gives the same made-up UID (importing twice makes no copies).
    QCOMPARE(problem(readCalendar(fixture("problems.ics")), "no-uid")->detail, made);

    const CalendarEvent &unknownZone = r.events.at(0);
    QCOMPARE(unknownZone.start, utc(2026, 3, 1, 10, 0));
    QCOMPARE(unknownZone.timeZone, QString());
    const CalendarEvent &weekly = r.events.at(1);
    QCOMPARE(weekly.start, utc(2026, 3, 2, 15, 0)); // the first occurrence
    QCOMPARE(weekly.attendees,
             QList<Attendee> {attendee("", "delegated@example.org", "needs-action")});
    QCOMPARE(r.events.at(2).end, r.events.at(2).start);
    QCOMPARE(r.events.at(2).status, QStringLiteral("confirmed"));
    QVERIFY(r.events.at(3).allDay);
    QCOMPARE(r.events.at(3).endDate, QDate(2026, 3, 11));
    // P1D from noon on the day before the spring change: 23 hours.
    QCOMPARE(r.events.at(5).start, utc(2026, 3, 7, 17, 0));
    QCOMPARE(r.events.at(5).end, utc(2026, 3, 8, 16, 0));
    QCOMPARE(r.events.at(6).endDate, QDate(2026, 6, 3));
}

void TestICalendar::problemSentences()
{
    const ICalImport r = readCalendar(fixture("problems.ics"));
    for (const ICalProblem &p : r.problems) {
        QVERIFY2(p.sentence() != p.code, qPrintable(p.code)); // every code has its sentence
        QVERIFY(!p.message().isEmpty());
    }
    QCOMPARE(problem(r, "unknown-zone")->message(),
             QStringLiteral("Event unknown-zone@example.org: an unknown time zone "
                            "Mars/Olympus_Mons: read as UTC"));
    const ICalProblem file {0, {}, QStringLiteral("file-truncated"), {}};
    QVERIFY(file.message().startsWith("In the file: "));
    const ICalProblem noUid {4, {}, QStringLiteral("no-start"), {}};
    QCOMPARE(noUid.message(), QStringLiteral("Component 4: an event without a start: left out"));
}

void TestICalendar::refusals_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("code");
    QTest::addRow("empty") << QByteArray() << "not-a-calendar";
    QTest::addRow("blank") << QByteArray("  \r\n\r\n") << "not-a-calendar";
    QTest::addRow("vcard") << QByteArray("BEGIN:VCARD\r\nVERSION:4.0\r\nFN:X\r\nEND:VCARD\r\n")
                           << "not-a-calendar";
    QTest::addRow("html") << QByteArray("<!DOCTYPE html><html><body>BEGIN:VCALENDAR</body></html>")
                          << "not-a-calendar";
    QTest::addRow("binary") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << "not-a-calendar";
    QTest::addRow("nul inside") << (QByteArray("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:a") + '\0'
                                    + "b\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
                                << "not-a-calendar";
    QTest::addRow("too large") << (QByteArray("BEGIN:VCALENDAR\r\n")
                                   + QByteArray(kICalMaxFileOctets, 'x'))
                               << "too-large";
}

void TestICalendar::refusals()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, code);
    try {
        readCalendar(bytes);
        QFAIL("no ValidationError");
    } catch (const ValidationError &e) {
        QCOMPARE(e.field(), QStringLiteral("ics"));
        QCOMPARE(e.code(), code);
        QVERIFY(!icalRefusalText(e.code()).isEmpty());
    }
    QVERIFY(icalRefusalText("too-large").contains("8"));
}

void TestICalendar::truncatedAnywhere()
{
    // Every prefix of a real file: a ValidationError or some events, never a crash; what was
    // complete before the cut is taken.
    const QByteArray ics = fixture("thunderbird-export.ics");
    const qsizetype secondEvent = ics.indexOf("BEGIN:VEVENT", ics.indexOf("END:VEVENT"));
    for (qsizetype n = 0; n < ics.size(); ++n) {
        try {
            const ICalImport r = readCalendar(ics.left(n));
            if (n > secondEvent)
                QVERIFY2(!r.events.isEmpty(), qPrintable(QString::number(n)));
            for (const CalendarEvent &e : r.events)
                QVERIFY(e.allDay ? e.startDate.isValid() : e.start.isValid());
        } catch (const ValidationError &) {
            QVERIFY(n < 40);
        }
    }
    const ICalImport cut = readCalendar(ics.left(ics.indexOf("SUMMARY:Appel")));
    QCOMPARE(cut.events.size(), 2);
    QCOMPARE(codes(cut), (QStringList {"0:file-truncated", "3:truncated"}));
}

void TestICalendar::beginWithoutEnd()
{
    const QByteArray ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"
                           "BEGIN:VEVENT\r\nUID:ok\r\nDTSTART:20260101T100000Z\r\nEND:VEVENT\r\n"
                           "BEGIN:VEVENT\r\nUID:open\r\nDTSTART:20260102T100000Z\r\n"
                           "BEGIN:VEVENT\r\nUID:inner\r\nDTSTART:20260103T100000Z\r\nEND:VEVENT\r\n"
                           "END:VCALENDAR\r\n";
    const ICalImport r = readCalendar(ics);
    QVERIFY(!r.events.isEmpty());
    QCOMPARE(r.events.at(0).uid, QStringLiteral("ok"));

    const ICalImport ends = readCalendar("BEGIN:VCALENDAR\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
                                         "END:VCALENDAR\r\n");
    QVERIFY(ends.events.isEmpty());
    QCOMPARE(codes(readCalendar("BEGIN:VCALENDAR")), QStringList {"0:file-truncated"});
}

void TestICalendar::hugeLine()
{
    QByteArray ics = "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:big\r\nDTSTART:20260101T100000Z\r\n"
                     "SUMMARY:";
    ics += QByteArray(5 * 1024 * 1024, 'a');
    ics += "\r\nDESCRIPTION:";
    for (int i = 0; i < 20000; ++i)
        ics += "0123456789abcdefghijklmnopqrstuvwxyz0123456789abcdefghijklmnopqrstu\r\n ";
    ics += "\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    const ICalImport r = readCalendar(ics);
    QCOMPARE(r.events.size(), 1);
    QCOMPARE(r.events.at(0).title.size(), qsizetype(kMaxLabel));
    QCOMPARE(r.events.at(0).description.size(), qsizetype(kMaxText));
    QCOMPARE(codes(r), (QStringList {"1:too-long", "1:too-long"}));
    QCOMPARE(r.problems.at(0).detail, QStringLiteral("SUMMARY"));
    QCOMPARE(r.problems.at(1).detail, QStringLiteral("DESCRIPTION"));
}

void TestICalendar::limits()
{
    QByteArray many = "BEGIN:VCALENDAR\r\n";
    for (int i = 0; i < kICalMaxEvents + 5; ++i)
        many += "BEGIN:VEVENT\r\nUID:" + QByteArray::number(i)
            + "\r\nDTSTART:20260101T100000Z\r\nEND:VEVENT\r\n";
    many += "END:VCALENDAR\r\n";
    const ICalImport r = readCalendar(many);
    QCOMPARE(r.events.size(), kICalMaxEvents);
    QCOMPARE(codes(r), QStringList {"0:too-many-events"});

    QByteArray crowd
        = "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:crowd\r\nDTSTART:20260101T100000Z\r\n";
    for (int i = 0; i < kICalMaxAttendees + 10; ++i)
        crowd += "ATTENDEE:mailto:a" + QByteArray::number(i) + "@example.org\r\n";
    crowd += "END:VEVENT\r\nEND:VCALENDAR\r\n";
    const ICalImport c = readCalendar(crowd);
    QCOMPARE(c.events.value(0).attendees.size(), kICalMaxAttendees);
    QCOMPARE(codes(c), QStringList {"1:too-many-attendees"});

    QByteArray noisy = "BEGIN:VCALENDAR\r\n";
    for (int i = 0; i < kICalMaxProblems + 10; ++i)
        noisy += "BEGIN:VTODO\r\nUID:t" + QByteArray::number(i) + "\r\nEND:VTODO\r\n";
    noisy += "END:VCALENDAR\r\n";
    const ICalImport n = readCalendar(noisy);
    QCOMPARE(n.problems.size(), kICalMaxProblems + 1);
    QCOMPARE(n.problems.last().code, QStringLiteral("too-many-problems"));

    // A hostile VTIMEZONE (a secondly rule) is not handed to libical to expand.
    const QByteArray hostile
        = "BEGIN:VCALENDAR\r\nBEGIN:VTIMEZONE\r\nTZID:Busy\r\n"
          "BEGIN:STANDARD\r\nDTSTART:16010101T000000\r\n"
          "RRULE:FREQ=SECONDLY\r\nTZOFFSETFROM:+0000\r\nTZOFFSETTO:+0100\r\n"
          "END:STANDARD\r\nEND:VTIMEZONE\r\nBEGIN:VEVENT\r\nUID:h\r\n"
          "DTSTART;TZID=Busy:21001231T235959\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    QElapsedTimer timer;
    timer.start();
    const ICalImport h = readCalendar(hostile);
    QCOMPARE(codes(h), QStringList {"1:unknown-zone"});
    QVERIFY(timer.elapsed() < 5000);
}

void TestICalendar::randomJunkNeverCrashes()
{
    // Lines of iCalendar put together at random, and bytes flipped in a real file.
    const QList<QByteArray> pieces {"BEGIN:VCALENDAR",
                                    "END:VCALENDAR",
                                    "BEGIN:VEVENT",
                                    "END:VEVENT",
                                    "BEGIN:VTIMEZONE",
                                    "END:VTIMEZONE",
                                    "BEGIN:STANDARD",
                                    "END:STANDARD",
                                    "TZID:X",
                                    "RRULE:FREQ=YEARLY",
                                    "TZOFFSETFROM:-0500",
                                    "TZOFFSETTO:-0400",
                                    "DTSTART:20260101T000000",
                                    "DTSTART;TZID=X:20260101T100000",
                                    "DTSTART;VALUE=DATE:20260229",
                                    "DTEND:20251231T000000Z",
                                    "DURATION:-P3W",
                                    "DURATION:P99999999W",
                                    "UID:u",
                                    "ATTENDEE;CN=\"a:b\":mailto:x",
                                    "ATTENDEE",
                                    "ORGANIZER:mailto:",
                                    "SEQUENCE:-5",
                                    "STATUS:CANCELLED",
                                    "METHOD:REPLY",
                                    "METHOD:CANCEL",
                                    "X-LIAISON-KIND:visit",
                                    "X-LIAISON-TZID:Nowhere",
                                    " folded",
                                    ";;;",
                                    ":",
                                    "=\"",
                                    "SUMMARY:\\",
                                    "DESCRIPTION:\\n\\,\\;\\\\"};
    QRandomGenerator rng(20261201);
    for (int round = 0; round < 3000; ++round) {
        QByteArray ics = "BEGIN:VCALENDAR\r\n";
        const int lines = rng.bounded(1, 30);
        for (int i = 0; i < lines; ++i)
            ics += pieces.at(rng.bounded(int(pieces.size()))) + (rng.bounded(5) ? "\r\n" : "\n");
        try {
            const ICalImport r = readCalendar(ics);
            const ICalImport again = readCalendar(writeCalendar(r.events, ICalMethod::Publish));
            QCOMPARE(again.events.size(), r.events.size());
        } catch (const ValidationError &) { }
    }
    const QByteArray real = fixture("outlook-request.ics");
    for (int round = 0; round < 1000; ++round) {
        QByteArray ics = real;
        for (int i = 0; i < 8; ++i)
            ics[rng.bounded(int(ics.size()))] = char(rng.bounded(256));
        try {
            readCalendar(ics);
        } catch (const ValidationError &) { }
    }
}

void TestICalendar::otherEncodings()
{
    const QByteArray ics = fixture("thunderbird-invitation.ics");
    const QString text = QString::fromUtf8(ics);
    // UTF-16 with its byte order mark, as a Windows editor saves it.
    QByteArray utf16("\xFF\xFE", 2);
    utf16 += QByteArray(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    QCOMPARE(readCalendar(utf16).events.size(), 1);
    // A UTF-8 byte order mark, LF only, CR only.
    QCOMPARE(readCalendar("\xEF\xBB\xBF" + ics).events.size(), 1);
    QCOMPARE(readCalendar(QByteArray(ics).replace("\r\n", "\n")).events.size(), 1);
    const ICalImport cr = readCalendar(QByteArray(ics).replace("\r\n", "\r"));
    QCOMPARE(cr.events.size(), 1);
    QCOMPARE(cr.events.at(0).attendees.size(), 2);
    // Invalid UTF-8 is read with replacement characters, not refused.
    const QByteArray latin1 = "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:l\r\n"
                              "DTSTART:20260101T100000Z\r\nSUMMARY:R\xE9union\r\nEND:VEVENT\r\n"
                              "END:VCALENDAR\r\n";
    QCOMPARE(readCalendar(latin1).events.value(0).title, QStringLiteral("R\uFFFDunion"));
}

void TestICalendar::fuzzInvariants_data()
{
    // The fuzzer's seeds and the inputs it once found wrong (tests/data/ics/fuzz).
    QTest::addColumn<QString>("path");
    for (const char *folder : {"/ics", "/ics/fuzz"}) {
        const QDir dir(QStringLiteral(LIAISON_TEST_DATA) + QLatin1String(folder));
        // Filtered by hand: a name filter is a PCRE2 JIT regular expression, whose generated
        // code valgrind reports as reading uninitialised memory.
        for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) {
            if (name.endsWith(QLatin1String(".ics")))
                QTest::newRow(qPrintable(QLatin1String(folder + 1) + u'/' + name))
                    << dir.filePath(name);
        }
    }
}

void TestICalendar::fuzzInvariants()
{
    // What tests/fuzz/fuzz_icalendar.cpp checks: what was read writes and reads back the same.
    QFETCH(QString, path);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QTimeZone floating("America/Toronto");
    ICalImport first;
    try {
        first = readCalendar(f.readAll(), floating);
    } catch (const ValidationError &) {
        return;
    }
    for (const ICalMethod method : {ICalMethod::Publish, ICalMethod::Request}) {
        const QByteArray written = writeCalendar(first.events, method);
        const ICalImport second = readCalendar(written, floating);
        QVERIFY2(second.problems.isEmpty(), qPrintable(second.problems.value(0).message()));
        QList<CalendarEvent> expected = first.events;
        for (qsizetype i = 0; i < expected.size() && i < second.events.size(); ++i) {
            if (!expected.at(i).updated.isValid())
                expected[i].updated = second.events.at(i).updated;
        }
        QVERIFY2(sameEvents(second.events, expected), written.constData());
    }
}

QTEST_GUILESS_MAIN(TestICalendar)
#include "tst_icalendar.moc"
