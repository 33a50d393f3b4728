// The vCard reader and writer: RFC 6350's own example and exports in the style of Thunderbird
// (4.0), Outlook and Apple Contacts (3.0), written by hand under tests/data/vcard; folding
// across UTF-8, escapes, parameters, groups; every refusal with its exact line; the limits;
// write -> parse round trips.
#include "domain/VCard.h"

#include <QFile>
#include <QtTest>

using namespace liaison;

namespace {

QByteArray sample(const char *name)
{
    QFile f(QStringLiteral(LIAISON_TEST_DATA "/vcard/") + QLatin1String(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing sample %s", name);
    return f.readAll();
}

// A card from lines joined by CRLF.
QByteArray card(const QList<QByteArray> &lines)
{
    QByteArray out;
    for (const QByteArray &l : lines)
        out += l + "\r\n";
    return out;
}

QByteArray minimal(const QByteArray &name = "A")
{
    return card({"BEGIN:VCARD", "VERSION:4.0", "FN:" + name, "END:VCARD"});
}

VCardContact parseOne(const QByteArray &data)
{
    const QList<VCardContact> cards = parseVCards(data);
    if (cards.size() != 1)
        qFatal("expected one card, got %d", int(cards.size()));
    return cards.first();
}

const VCardProperty *extra(const VCardContact &c, const char *name)
{
    for (const VCardProperty &p : c.extra) {
        if (p.name.compare(QLatin1String(name), Qt::CaseInsensitive) == 0)
            return &p;
    }
    return nullptr;
}

VCardContact fullContact()
{
    VCardContact c;
    c.uid = QStringLiteral("urn:uuid:4fbe8971-0bc3-424c-9c26-36c3e1eff6b1");
    c.kind = QStringLiteral("individual");
    c.fullName = QStringLiteral("Hélène Côté-Beauchemin, ing.; M.Sc. \\ «Léna»");
    c.name = {QStringLiteral("Côté-Beauchemin"), QStringLiteral("Hélène"), QString(),
              QStringLiteral("Mme"), QStringLiteral("ing.,M.Sc.")};
    c.organisation = QStringLiteral("Centre canadien pour la cybersécurité");
    c.organisationUnits = {QStringLiteral("Gestion des incidents"), QStringLiteral("Équipe 2")};
    c.title = QStringLiteral("Analyste principale");
    c.role = QStringLiteral("Agente de liaison");
    c.notes = QStringLiteral(
        "Première ligne\nDeuxième ligne, avec virgule; et point-virgule\n"
        "Une très longue ligne qui dépasse largement soixante-quinze octets "
        "pour forcer le pliage au milieu des caractères accentués éééééé 🙂🙂");
    c.emails = {{QStringLiteral("helene.cote@cyber.example.ca"), {QStringLiteral("work")}, 1, {}},
                {QStringLiteral("hcote@example.org"), {QStringLiteral("home")}, 0, {}}};
    c.phones = {
        {QStringLiteral("+1-613-555-0100;ext=12"),
         {QStringLiteral("work"), QStringLiteral("voice")},
         1,
         {}},
        {QStringLiteral("(613) 555 0199"), {QStringLiteral("cell")}, 0, QStringLiteral("item1")}};
    c.languages = {QStringLiteral("fr-CA"), QStringLiteral("en-CA")};
    c.timeZone = QStringLiteral("America/Toronto");
    c.centre = QStringLiteral("CCCS");
    c.workingHours = QStringLiteral("Mo-Fr 08:00-16:00");
    c.analystId = QStringLiteral("a-1234");
    c.extra = {{QStringLiteral("item1"), QStringLiteral("X-ABLabel"), {}, QStringLiteral("bureau")},
               {{},
                QStringLiteral("X-CUSTOM"),
                {{QStringLiteral("X-PARAM"), {QStringLiteral("a:b;c,d"), QStringLiteral("e")}},
                 {QStringLiteral("X-CARET"), {QStringLiteral("line\nnext \"q\" ^")}}},
                QStringLiteral("raw\\,value\\nkept")}};
    return c;
}

} // namespace

class TestVCard : public QObject
{
    Q_OBJECT
private slots:
    void rfc6350Example();
    void thunderbird();
    void outlook();
    void apple();
    void samplesRoundTrip_data();
    void samplesRoundTrip();
    void writeThenParse();
    void writerFormat();
    void foldingAcrossUtf8();
    void lfAndCrlf();
    void escapes();
    void quotedParameters();
    void groups();
    void timeZones();
    void phonesAndUris();
    void severalCards();
    void emptyAndBlankLines();
    void errors_data();
    void errors();
    void wholeFileOrNothing();
    void limits();
    void messages();
};

void TestVCard::rfc6350Example()
{
    const VCardContact c = parseOne(sample("rfc6350-section8.vcf"));
    QCOMPARE(c.fullName, QStringLiteral("Simon Perreault"));
    QCOMPARE(c.name, (QStringList {"Perreault", "Simon", "", "", "ing. jr,M.Sc."}));
    QCOMPARE(c.organisation, QStringLiteral("Viagenie"));
    QCOMPARE(c.languages, (QStringList {"fr", "en"}));
    QCOMPARE(c.timeZone, QStringLiteral("-05:00"));
    QCOMPARE(c.emails.size(), 1);
    QCOMPARE(c.emails.first().value, QStringLiteral("simon.perreault@viagenie.ca"));
    QCOMPARE(c.emails.first().types, QStringList {"work"});
    QCOMPARE(c.phones.size(), 2);
    QCOMPARE(c.phones.at(0).value, QStringLiteral("+1-418-656-9254;ext=102"));
    QCOMPARE(c.phones.at(0).types, (QStringList {"work", "voice"}));
    QCOMPARE(c.phones.at(0).pref, 1);
    QCOMPARE(c.phones.at(1).types, (QStringList {"work", "cell", "voice", "video", "text"}));
    QCOMPARE(c.phones.at(1).pref, 0);
    // What Liaison does not map is kept as written, in order; the folded ADR and KEY unfolded.
    QStringList names;
    for (const VCardProperty &p : c.extra)
        names << p.name;
    QCOMPARE(names, (QStringList {"BDAY", "ANNIVERSARY", "GENDER", "ADR", "GEO", "KEY", "URL"}));
    QCOMPARE(extra(c, "ADR")->value,
             QStringLiteral(";Suite D2-630;2875 Laurier;Quebec;QC;G1V 2M2;Canada"));
    QCOMPARE(extra(c, "KEY")->value,
             QStringLiteral("http://www.viagenie.ca/simon.perreault/simon.asc"));
    QCOMPARE(extra(c, "KEY")->parameters.size(), 2);
    QCOMPARE(extra(c, "GEO")->value, QStringLiteral("geo:46.772673,-71.282945"));
}

void TestVCard::thunderbird()
{
    const QList<VCardContact> cards = parseVCards(sample("thunderbird.vcf"));
    QCOMPARE(cards.size(), 2);
    const VCardContact &a = cards.first();
    QCOMPARE(a.fullName, QStringLiteral("Alice Tremblay"));
    QCOMPARE(a.notes, QStringLiteral("Duty officer, week 12\nCall before 16:00; not after"));
    QCOMPARE(a.organisation, QStringLiteral("Canadian Centre for Cyber Security"));
    QCOMPARE(a.organisationUnits, QStringList {"Incident Management"});
    QCOMPARE(a.title, QStringLiteral("Senior Analyst"));
    QCOMPARE(a.emails.first().pref, 1);
    QCOMPARE(a.phones.size(), 2);
    QCOMPARE(a.phones.at(1).value, QStringLiteral("+1 613 555 0199"));
    QCOMPARE(a.phones.at(1).types, QStringList {"cell"});
    QCOMPARE(a.languages, QStringList {"fr-CA"});
    QCOMPARE(a.timeZone, QStringLiteral("America/Toronto"));
    QCOMPARE(a.uid, QStringLiteral("8c0f4f6e-6f1a-4d5c-9a3e-1b2c3d4e5f60"));
    QVERIFY(extra(a, "NICKNAME"));
    QCOMPARE(cards.at(1).fullName, QStringLiteral("Bob Martin"));
}

void TestVCard::outlook()
{
    // UTF-8 with a BOM, LF line ends, vCard 3.0 with TYPE values without a name.
    const VCardContact c = parseOne(sample("outlook.vcf"));
    QCOMPARE(c.fullName, QStringLiteral("Hélène Côté"));
    QCOMPARE(c.name, (QStringList {"Côté", "Hélène", "", "Mme", ""}));
    QCOMPARE(c.organisation, QStringLiteral("Centre canadien pour la cybersécurité"));
    QCOMPARE(c.phones.size(), 2);
    QCOMPARE(c.phones.at(0).types, (QStringList {"work", "voice"}));
    QCOMPARE(c.phones.at(1).types, (QStringList {"cell", "voice"}));
    // 3.0's "pref" type is 4.0's PREF=1; "internet" says nothing in 4.0.
    QCOMPARE(c.emails.first().types, QStringList());
    QCOMPARE(c.emails.first().pref, 1);
    const VCardProperty *adr = extra(c, "ADR");
    QVERIFY(adr);
    QCOMPARE(adr->parameters.size(), 2);
    QCOMPARE(adr->parameters.at(0).name, QStringLiteral("TYPE"));
    QCOMPARE(adr->parameters.at(0).values, QStringList {"WORK"});
    QVERIFY(extra(c, "X-MS-OL-DEFAULT-POSTAL-ADDRESS"));
    QVERIFY(extra(c, "REV"));
}

void TestVCard::apple()
{
    const VCardContact c = parseOne(sample("apple.vcf"));
    QCOMPARE(c.fullName, QStringLiteral("Linh Nguyen"));
    QCOMPARE(c.organisation, QStringLiteral("CISA"));
    QCOMPARE(c.organisationUnits, (QStringList {"Threat Hunting", ""}));
    QCOMPARE(c.emails.size(), 1);
    QCOMPARE(c.emails.first().group, QStringLiteral("item1"));
    QCOMPARE(c.emails.first().types, QStringList {"work"});
    QCOMPARE(c.emails.first().pref, 1);
    QCOMPARE(c.phones.size(), 2);
    QCOMPARE(c.phones.at(0).pref, 1);
    QCOMPARE(c.phones.at(1).group, QStringLiteral("item2"));
    // The producer's PRODID is not kept (export writes Liaison's); labels keep their group.
    QVERIFY(!extra(c, "PRODID"));
    QCOMPARE(c.extra.at(0).group, QStringLiteral("item1"));
    QCOMPARE(c.extra.at(0).value, QStringLiteral("_$!<Other>!$_"));
    QCOMPARE(extra(c, "X-ABUID")->value,
             QStringLiteral("5A1B2C3D-4E5F-6071-8293-A4B5C6D7E8F9:ABPerson"));
}

void TestVCard::samplesRoundTrip_data()
{
    QTest::addColumn<QString>("file");
    for (const char *f : {"rfc6350-section8.vcf", "thunderbird.vcf", "outlook.vcf", "apple.vcf"})
        QTest::newRow(f) << QString::fromLatin1(f);
}

void TestVCard::samplesRoundTrip()
{
    QFETCH(QString, file);
    const QList<VCardContact> cards = parseVCards(sample(file.toLatin1().constData()));
    const QByteArray written = writeVCards(cards);
    QCOMPARE(parseVCards(written), cards);
    // Written again, the same bytes: export is stable.
    QCOMPARE(writeVCards(parseVCards(written)), written);
}

void TestVCard::writeThenParse()
{
    const VCardContact c = fullContact();
    const QByteArray written = writeVCards({c, c});
    const QList<VCardContact> back = parseVCards(written);
    QCOMPARE(back.size(), 2);
    QCOMPARE(back.at(0).fullName, c.fullName);
    QCOMPARE(back.at(0).notes, c.notes);
    QCOMPARE(back.at(0).phones, c.phones);
    QCOMPARE(back.at(0).extra, c.extra);
    QCOMPARE(back.at(0), c);
    QCOMPARE(back.at(1), c);
    // The unknown property goes out as it came in.
    QVERIFY2(written.contains("X-CUSTOM;X-PARAM=\"a:b;c,d\",e;X-CARET=line^nnext ^'q^' ^^:raw\\,"),
             written.constData());
    // An offset time zone is written as 4.0's utc-offset.
    VCardContact offset;
    offset.fullName = QStringLiteral("x");
    offset.timeZone = QStringLiteral("-03:30");
    const QByteArray text = writeVCards({offset});
    QVERIFY(text.contains("TZ;VALUE=utc-offset:-0330\r\n"));
    QCOMPARE(parseOne(text).timeZone, QStringLiteral("-03:30"));
}

void TestVCard::writerFormat()
{
    const QByteArray written = writeVCards({fullContact()});
    QVERIFY(written.startsWith("BEGIN:VCARD\r\nVERSION:4.0\r\nPRODID:-//Liaison//Liaison "));
    QVERIFY(written.endsWith("END:VCARD\r\n"));
    QVERIFY(written.contains("FN:Hélène Côté-Beauchemin\\, ing.\\; M.Sc. \\\\ «Léna»\r\n"));
    QVERIFY(written.contains("EMAIL;TYPE=work;PREF=1:helene.cote@cyber.example.ca\r\n"));
    QVERIFY(
        written.contains("TEL;VALUE=uri;TYPE=work,voice;PREF=1:tel:+1-613-555-0100;ext=12\r\n"));
    QVERIFY(written.contains("item1.TEL;TYPE=cell:(613) 555 0199\r\n"));
    QVERIFY(written.contains("LANG;PREF=1:fr-CA\r\nLANG;PREF=2:en-CA\r\n"));
    QVERIFY(written.contains("X-LIAISON-CENTRE:CCCS\r\n"));
    int folded = 0;
    const QList<QByteArray> lines = written.split('\n');
    for (const QByteArray &raw : lines) {
        if (raw.isEmpty())
            continue;
        QVERIFY2(raw.endsWith('\r'), raw.constData()); // CRLF only
        const QByteArray line = raw.chopped(1);
        QVERIFY2(line.size() <= 75, line.constData());
        // Each physical line is valid UTF-8 on its own: no sequence is split.
        QCOMPARE(QString::fromUtf8(line).toUtf8(), line);
        QVERIFY(!QString::fromUtf8(line).contains(QChar::ReplacementCharacter));
        if (line.startsWith(' '))
            ++folded;
    }
    QVERIFY2(folded >= 2, written.constData()); // the long NOTE
}

void TestVCard::foldingAcrossUtf8()
{
    // "é" (C3 A9) split by a fold between its two bytes, with CRLF and a tab fold.
    const QByteArray data = "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:H\xC3\r\n \xA9l\xC3\xA8ne\r\n"
                            "NOTE:a\r\n\tb\r\nEND:VCARD\r\n";
    const VCardContact c = parseOne(data);
    QCOMPARE(c.fullName, QStringLiteral("Hélène"));
    QCOMPARE(c.notes, QStringLiteral("ab"));
    // A fold that leaves half a sequence at the end of the card's last line is invalid UTF-8.
    try {
        parseVCards("BEGIN:VCARD\r\nVERSION:4.0\r\nFN:H\xC3\r\nEND:VCARD\r\n");
        QFAIL("no error");
    } catch (const VCardError &e) {
        QCOMPARE(e.code(), QStringLiteral("invalid-utf8"));
        QCOMPARE(e.line(), 3);
    }
    // The writer never splits a sequence, whatever the position: names of every length.
    for (int n = 60; n < 90; ++n) {
        VCardContact w;
        w.fullName = QString(n, QChar(u'é')) + QStringLiteral("🙂");
        const QByteArray written = writeVCards({w});
        for (const QByteArray &line : written.split('\n'))
            QVERIFY(!QString::fromUtf8(line).contains(QChar::ReplacementCharacter));
        QCOMPARE(parseOne(written).fullName, w.fullName);
    }
}

void TestVCard::lfAndCrlf()
{
    const QByteArray lf = "BEGIN:VCARD\nVERSION:4.0\nFN:Ann\n Marie\nEND:VCARD\n";
    QCOMPARE(parseOne(lf).fullName, QStringLiteral("AnnMarie"));
    QByteArray mixed = lf;
    mixed.replace("FN:Ann\n", "FN:Ann\r\n");
    QCOMPARE(parseOne(mixed).fullName, QStringLiteral("AnnMarie"));
    // No final line end.
    QCOMPARE(parseOne("BEGIN:VCARD\nVERSION:4.0\nFN:x\nEND:VCARD").fullName, QStringLiteral("x"));
}

void TestVCard::escapes()
{
    const VCardContact c = parseOne(
        card({"BEGIN:VCARD", "VERSION:4.0", "FN:Smith\\, John\\; Jr. \\\\ x",
              "NOTE:one\\ntwo\\Nthree \\q end\\", "N:O\\;Brien;Mary\\, Ann;;;", "END:VCARD"}));
    QCOMPARE(c.fullName, QStringLiteral("Smith, John; Jr. \\ x"));
    // \n and \N are newlines; another escaped character stands for itself, a final \ too.
    QCOMPARE(c.notes, QStringLiteral("one\ntwo\nthree q end\\"));
    QCOMPARE(c.name, (QStringList {"O;Brien", "Mary, Ann", "", "", ""}));
    const QByteArray written = writeVCards({c});
    QVERIFY(written.contains("FN:Smith\\, John\\; Jr. \\\\ x\r\n"));
    QVERIFY(written.contains("N:O\\;Brien;Mary\\, Ann;;;\r\n"));
    QCOMPARE(parseOne(written), c);
}

void TestVCard::quotedParameters()
{
    const VCardContact c
        = parseOne(card({"BEGIN:VCARD", "VERSION:4.0", "FN:x",
                         "X-FOO;LABEL=\"Suite 5: 1; 2, 3\";TYPE=a,\"b,c\",d;X-E=:v:w;x",
                         "X-CARET;LABEL=\"line^nnext ^'q^' ^^ ^x\":v", "END:VCARD"}));
    const VCardProperty *foo = extra(c, "X-FOO");
    QVERIFY(foo);
    QCOMPARE(foo->parameters.size(), 3);
    QCOMPARE(foo->parameters.at(0).values, QStringList {"Suite 5: 1; 2, 3"});
    QCOMPARE(foo->parameters.at(1).values, (QStringList {"a", "b,c", "d"}));
    QCOMPARE(foo->parameters.at(2).values, QStringList {""});
    // The value starts after the first colon outside quotes.
    QCOMPARE(foo->value, QStringLiteral("v:w;x"));
    QCOMPARE(extra(c, "X-CARET")->parameters.at(0).values, QStringList {"line\nnext \"q\" ^ ^x"});
    QCOMPARE(parseOne(writeVCards({c})), c);
}

void TestVCard::groups()
{
    const VCardContact c = parseOne(card(
        {"BEGIN:VCARD", "VERSION:4.0", "FN:x", "work.EMAIL;TYPE=WORK:a@example.org",
         "work.X-ABLABEL:Office", "home-2.NOTE:grouped note", "NOTE:plain note", "END:VCARD"}));
    QCOMPARE(c.emails.first().group, QStringLiteral("work"));
    QCOMPARE(c.emails.first().types, QStringList {"work"});
    // A grouped NOTE is kept as it is; the plain one is the contact's notes.
    QCOMPARE(c.notes, QStringLiteral("plain note"));
    QCOMPARE(c.extra.size(), 2);
    QCOMPARE(c.extra.at(1).group, QStringLiteral("home-2"));
    QCOMPARE(parseOne(writeVCards({c})), c);
}

void TestVCard::timeZones()
{
    const auto tz = [](const QByteArray &line) {
        return parseOne(card({"BEGIN:VCARD", "VERSION:4.0", "FN:x", line, "END:VCARD"})).timeZone;
    };
    QCOMPARE(tz("TZ:America/Vancouver"), QStringLiteral("America/Vancouver"));
    QCOMPARE(tz("TZ;VALUE=text:Europe/Paris"), QStringLiteral("Europe/Paris"));
    QCOMPARE(tz("TZ;VALUE=utc-offset:-0500"), QStringLiteral("-05:00"));
    QCOMPARE(tz("TZ:+05:30"), QStringLiteral("+05:30"));
    QCOMPARE(tz("TZ:-03"), QStringLiteral("-03:00"));
    // A URI is not a zone Liaison can use: kept as it is.
    const VCardContact uri = parseOne(card({"BEGIN:VCARD", "VERSION:4.0", "FN:x",
                                            "TZ;VALUE=uri:https://example.org/tz/x", "END:VCARD"}));
    QVERIFY(uri.timeZone.isEmpty());
    QVERIFY(extra(uri, "TZ"));
}

void TestVCard::phonesAndUris()
{
    const VCardContact c = parseOne(
        card({"BEGIN:VCARD", "VERSION:4.0", "FN:x", "TEL;VALUE=uri;TYPE=voice:TEL:+1-555-0100",
              "TEL;VALUE=uri:sip:analyst@example.org", "TEL;TYPE=fax:+1 555 0101", "END:VCARD"}));
    QCOMPARE(c.phones.size(), 2);
    QCOMPARE(c.phones.at(0).value, QStringLiteral("+1-555-0100"));
    QCOMPARE(c.phones.at(1).value, QStringLiteral("+1 555 0101"));
    QCOMPARE(extra(c, "TEL")->value, QStringLiteral("sip:analyst@example.org"));
    QCOMPARE(parseOne(writeVCards({c})), c);
}

void TestVCard::severalCards()
{
    QByteArray data;
    for (int i = 0; i < 50; ++i)
        data += minimal("Card " + QByteArray::number(i));
    const QList<VCardContact> cards = parseVCards(data);
    QCOMPARE(cards.size(), 50);
    QCOMPARE(cards.at(49).fullName, QStringLiteral("Card 49"));
    // Liaison's extensions.
    const VCardContact l = parseOne(card(
        {"BEGIN:VCARD", "VERSION:4.0", "FN:x", "X-LIAISON-CENTRE:CISA", "X-LIAISON-ANALYST-ID:u-7",
         "X-LIAISON-WORKING-HOURS:Mo-Fr 09:00-17:00", "X-LIAISON-OTHER:kept", "END:VCARD"}));
    QCOMPARE(l.centre, QStringLiteral("CISA"));
    QCOMPARE(l.analystId, QStringLiteral("u-7"));
    QCOMPARE(l.workingHours, QStringLiteral("Mo-Fr 09:00-17:00"));
    QVERIFY(extra(l, "X-LIAISON-OTHER"));
}

void TestVCard::emptyAndBlankLines()
{
    QVERIFY(parseVCards({}).isEmpty());
    QVERIFY(parseVCards("\r\n\r\n").isEmpty());
    QCOMPARE(parseVCards(minimal() + "\r\n\r\n" + minimal()).size(), 2);
    // A repeated single property: the first is mapped, the others kept; an empty first one
    // is written again so that the same one is mapped after a round trip.
    const VCardContact c = parseOne(
        card({"BEGIN:VCARD", "VERSION:4.0", "FN:x", "TITLE:", "TITLE:Boss", "END:VCARD"}));
    QCOMPARE(c.title, QString());
    QCOMPARE(extra(c, "TITLE")->value, QStringLiteral("Boss"));
    QCOMPARE(parseOne(writeVCards({c})), c);
}

void TestVCard::errors_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("line");
    const QByteArray begin = "BEGIN:VCARD\r\nVERSION:4.0\r\n";
    auto row = [](const char *name, const QByteArray &data, const char *code, int line) {
        QTest::newRow(name) << data << QString::fromLatin1(code) << line;
    };
    row("missing FN", begin + "N:A;B;;;\r\nEND:VCARD\r\n", "missing-fn", 1);
    row("missing FN in the second card", minimal() + begin + "NOTE:x\r\nEND:VCARD\r\n",
        "missing-fn", 5);
    row("missing END", minimal() + begin + "FN:x\r\n", "missing-end", 5);
    row("BEGIN inside a card",
        begin + "FN:x\r\nBEGIN:VCARD\r\nVERSION:4.0\r\nFN:y\r\nEND:VCARD\r\n", "nested-begin", 4);
    row("2.1 refused", "BEGIN:VCARD\r\nVERSION:2.1\r\nFN:x\r\nEND:VCARD\r\n", "version-2.1", 2);
    row("version 5", "BEGIN:VCARD\r\nVERSION:5.0\r\nFN:x\r\nEND:VCARD\r\n", "unsupported-version",
        2);
    row("VERSION not first", "BEGIN:VCARD\r\nFN:x\r\nVERSION:4.0\r\nEND:VCARD\r\n",
        "missing-version", 2);
    row("no VERSION at all", "BEGIN:VCARD\r\nEND:VCARD\r\n", "missing-version", 2);
    row("VERSION twice", begin + "FN:x\r\nVERSION:4.0\r\nEND:VCARD\r\n", "duplicate-version", 4);
    row("invalid UTF-8", begin + "FN:\xC3\x28\r\nEND:VCARD\r\n", "invalid-utf8", 3);
    row("overlong UTF-8", begin + "FN:\xC0\xAF\r\nEND:VCARD\r\n", "invalid-utf8", 3);
    row("UTF-8 surrogate", begin + "FN:\xED\xA0\x80\r\nEND:VCARD\r\n", "invalid-utf8", 3);
    row("Latin-1 text", begin + "FN:H\xE9l\xE8ne\r\nEND:VCARD\r\n", "invalid-utf8", 3);
    // The line where the bad content line starts, after folded lines counted one by one.
    row("line number after folds",
        begin + "NOTE:a\r\n b\r\n c\r\nFN:ok\r\nTITLE:x\r\n \xFF\r\nEND:VCARD\r\n", "invalid-utf8",
        7);
    row("line number with LF", "BEGIN:VCARD\nVERSION:4.0\nFN:x\n\nno colon\nEND:VCARD\n",
        "malformed-line", 5);
    row("control character",
        begin
            + "FN:a\x01"
              "b\r\nEND:VCARD\r\n",
        "control-character", 3);
    row("fold at the start", " FN:x\r\n" + minimal(), "fold-at-start", 1);
    row("outside a card", "FN:x\r\n" + minimal(), "outside-card", 1);
    row("END without BEGIN", minimal() + "END:VCARD\r\n", "end-without-begin", 5);
    row("not a vCard", "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n", "not-vcard", 1);
    row("END of something else", begin + "FN:x\r\nEND:VCALENDAR\r\n", "malformed-value", 4);
    row("no colon", begin + "FN x\r\nEND:VCARD\r\n", "malformed-line", 3);
    row("bad name", begin + "F N:x\r\nEND:VCARD\r\n", "malformed-line", 3);
    row("empty group", begin + ".FN:x\r\nEND:VCARD\r\n", "malformed-line", 3);
    row("unclosed quote", begin + "FN:x\r\nEMAIL;LABEL=\"work:a@b\r\nEND:VCARD\r\n",
        "bad-parameter", 4);
    row("quote inside a value", begin + "FN:x\r\nEMAIL;LABEL=wo\"rk:a@b\r\nEND:VCARD\r\n",
        "bad-parameter", 4);
    row("parameter without a name", begin + "FN:x\r\nEMAIL;=x:a@b\r\nEND:VCARD\r\n",
        "bad-parameter", 4);
    row("text after a quoted value", begin + "FN:x\r\nEMAIL;L=\"a\"b:a@b\r\nEND:VCARD\r\n",
        "bad-parameter", 4);
    row("bare TYPE in 4.0", begin + "FN:x\r\nTEL;WORK:123\r\nEND:VCARD\r\n", "bad-parameter", 4);
    row("PREF 0", begin + "FN:x\r\nEMAIL;PREF=0:a@b\r\nEND:VCARD\r\n", "bad-parameter", 4);
    row("PREF not a number", begin + "FN:x\r\nLANG;PREF=first:fr\r\nEND:VCARD\r\n", "bad-parameter",
        4);
    row("N with six parts", begin + "FN:x\r\nN:a;b;c;d;e;f\r\nEND:VCARD\r\n", "malformed-value", 4);
    row("unknown time zone", begin + "FN:x\r\nTZ:Mars/Olympus_Mons\r\nEND:VCARD\r\n",
        "bad-time-zone", 4);
    row("offset that is not", begin + "FN:x\r\nTZ;VALUE=utc-offset:Toronto\r\nEND:VCARD\r\n",
        "bad-time-zone", 4);
    row("offset out of range", begin + "FN:x\r\nTZ:+25:00\r\nEND:VCARD\r\n", "bad-time-zone", 4);
    row("oversize line", begin + "FN:" + QByteArray(kVCardMaxLineOctets, 'x') + "\r\nEND:VCARD\r\n",
        "line-too-long", 3);
    QByteArray folds = begin + "FN:x\r\nNOTE:";
    for (int i = 0; i < kVCardMaxLineOctets / 1000 + 1; ++i)
        folds += QByteArray(1000, 'y') + "\r\n ";
    row("oversize once unfolded", folds + "\r\nEND:VCARD\r\n", "line-too-long", 4);
    row("too large", QByteArray(kVCardMaxFileOctets + 1, '\n'), "too-large", 0);
}

void TestVCard::errors()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, code);
    QFETCH(int, line);
    try {
        parseVCards(data);
        QFAIL("parsed without an error");
    } catch (const VCardError &e) {
        QCOMPARE(e.code(), code);
        QCOMPARE(e.line(), line);
    }
}

void TestVCard::wholeFileOrNothing()
{
    // Two good cards and a broken third: an error, not two cards.
    const QByteArray data = minimal("one") + minimal("two")
        + "BEGIN:VCARD\r\nVERSION:4.0\r\nNOTE:no name\r\nEND:VCARD\r\n";
    QVERIFY_THROWS_EXCEPTION(VCardError, parseVCards(data));
    try {
        parseVCards(data);
    } catch (const VCardError &e) {
        QCOMPARE(e.line(), 9);
    }
}

void TestVCard::limits()
{
    // 10,000 cards are read; the 10,001st is refused at its BEGIN.
    QByteArray many;
    for (int i = 0; i < kVCardMaxCards; ++i)
        many += "BEGIN:VCARD\nVERSION:4.0\nFN:x\nEND:VCARD\n";
    QCOMPARE(parseVCards(many).size(), kVCardMaxCards);
    try {
        parseVCards(many + "BEGIN:VCARD\nVERSION:4.0\nFN:x\nEND:VCARD\n");
        QFAIL("no error");
    } catch (const VCardError &e) {
        QCOMPARE(e.code(), QStringLiteral("too-many-cards"));
        QCOMPARE(e.line(), 4 * kVCardMaxCards + 1);
    }
    // Properties per card: FN is the first; the 1,001st is refused.
    QByteArray big = "BEGIN:VCARD\nVERSION:4.0\nFN:x\n";
    for (int i = 1; i < kVCardMaxPropertiesPerCard + 1; ++i)
        big += "X-A:" + QByteArray::number(i) + "\n";
    try {
        parseVCards(big + "END:VCARD\n");
        QFAIL("no error");
    } catch (const VCardError &e) {
        QCOMPARE(e.code(), QStringLiteral("too-many-properties"));
        QCOMPARE(e.line(), 3 + kVCardMaxPropertiesPerCard);
    }
    // At the limit, the export (which adds its PRODID) reads back.
    QByteArray full = "BEGIN:VCARD\nVERSION:4.0\nFN:x\n";
    for (int i = 1; i < kVCardMaxPropertiesPerCard; ++i)
        full += "X-A:" + QByteArray::number(i) + "\n";
    const QList<VCardContact> atLimit = parseVCards(full + "END:VCARD\n");
    QCOMPARE(atLimit.first().extra.size(), kVCardMaxPropertiesPerCard - 1);
    QCOMPARE(parseVCards(writeVCards(atLimit)), atLimit);
    // Parameters on one line.
    QByteArray params = "BEGIN:VCARD\nVERSION:4.0\nFN:x\nX-A";
    for (int i = 0; i <= kVCardMaxParameters; ++i)
        params += ";P=1";
    try {
        parseVCards(params + ":v\nEND:VCARD\n");
        QFAIL("no error");
    } catch (const VCardError &e) {
        QCOMPARE(e.code(), QStringLiteral("too-many-parameters"));
        QCOMPARE(e.line(), 4);
    }
    // Exactly at the file limit is still read.
    QByteArray padded = minimal();
    padded += QByteArray(kVCardMaxFileOctets - padded.size(), '\n');
    QCOMPARE(parseVCards(padded).size(), 1);
}

void TestVCard::messages()
{
    const VCardError missing(3, QStringLiteral("missing-fn"));
    QCOMPARE(missing.message(),
             QStringLiteral("Line 3: The card that starts here has no FN (formatted name)."));
    QCOMPARE(VCardError(0, QStringLiteral("too-large")).message(),
             QStringLiteral("The file is larger than 4 MiB."));
    QVERIFY(VCardError(2, QStringLiteral("version-2.1")).message().contains(QLatin1String("2.1")));
}

QTEST_GUILESS_MAIN(TestVCard)
#include "tst_vcard.moc"
