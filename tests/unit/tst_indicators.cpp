#include "domain/IndicatorValidator.h"
#include "domain/MessageText.h"
#include "domain/Sectors.h"

#include <QtTest>

using namespace liaison;

class TestIndicators : public QObject
{
    Q_OBJECT
private slots:
    void validate_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("normalised");
        auto row = [](const char *name, const char *type, const QString &in, bool ok,
                      const QString &norm = {}) {
            QTest::newRow(name) << QString::fromLatin1(type) << in << ok << norm;
        };
        row("ipv4", "ipv4", " 192.0.2.10 ", true, "192.0.2.10");
        row("ipv4 octet > 255", "ipv4", "192.0.2.256", false);
        row("ipv4 leading zero", "ipv4", "192.0.2.010", false);
        row("ipv4 three parts", "ipv4", "192.0.2", false);
        row("ipv6", "ipv6", "2001:DB8::1", true, "2001:db8::1");
        row("ipv6 bad", "ipv6", "2001:db8:::1", false);
        row("ipv6 given ipv4", "ipv6", "192.0.2.1", false);
        row("cidr v4", "cidr", "198.51.100.0/24", true, "198.51.100.0/24");
        row("cidr v6", "cidr", "2001:db8::/32", true, "2001:db8::/32");
        row("cidr prefix too long", "cidr", "198.51.100.0/33", false);
        row("cidr no prefix", "cidr", "198.51.100.0", false);
        row("domain", "domain", "Phish.Example.ORG.", true, "phish.example.org");
        row("domain idn", "domain", QStringLiteral("bücher.example"), true,
            QStringLiteral("bücher.example"));
        row("domain single label", "domain", "localhost", false);
        row("domain bad hyphen", "domain", "-bad.example.com", false);
        row("domain numeric tld", "domain", "1.2.3.4", false);
        row("url", "url", "https://evil.example.com/login?x=1", true,
            "https://evil.example.com/login?x=1");
        row("url no host", "url", "https:///nohost", false);
        row("url javascript", "url", "javascript:alert(1)", false);
        row("email", "email", "Soc@Example.COM", true, "Soc@example.com");
        row("email no domain", "email", "soc@", false);
        row("email double dot", "email", "a..b@example.com", false);
        row("md5", "md5", "D41D8CD98F00B204E9800998ECF8427E", true,
            "d41d8cd98f00b204e9800998ecf8427e");
        row("md5 short", "md5", "d41d8cd98f00b204e9800998ecf8427", false);
        row("md5 not hex", "md5", "z41d8cd98f00b204e9800998ecf8427e", false);
        row("sha1", "sha1", "da39a3ee5e6b4b0d3255bfef95601890afd80709", true,
            "da39a3ee5e6b4b0d3255bfef95601890afd80709");
        row("sha256", "sha256", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
            true, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        row("sha256 as sha1", "sha1",
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", false);
        row("cve", "cve", "cve-2021-44228", true, "CVE-2021-44228");
        row("cve short id", "cve", "CVE-2021-442", false);
        row("cve year", "cve", "CVE-1970-1234", false);
        row("filename", "filename", "invoice.pdf.exe", true, "invoice.pdf.exe");
        row("filename with slash", "filename", "../etc/passwd", false);
        row("empty", "domain", "   ", false);
        // Defanged forms are read refanged (stored live).
        row("defanged url", "url", "hxxps://evil[.]example[.]com/login", true,
            "https://evil.example.com/login");
        row("defanged url upper", "url", "HXXP://evil(.)example(.)com", true,
            "http://evil.example.com");
        row("defanged scheme brackets", "url", "https[://]evil[.]example", true,
            "https://evil.example");
        row("defanged domain", "domain", "phish[.]example(.)org", true, "phish.example.org");
        row("defanged ipv4", "ipv4", "203[.]0[.]113[.]7", true, "203.0.113.7");
        row("defanged email", "email", "soc[@]example[.]com", true, "soc@example.com");
        row("defanged ipv6", "ipv6", "2001[:]db8[:][:]1", true, "2001:db8::1");
        row("defanged cidr", "cidr", "198[.]51[.]100[.]0/24", true, "198.51.100.0/24");
        row("file name kept as typed", "filename", "report[.]pdf", true, "report[.]pdf");
        row("invalid ipv4 as domain", "domain", "203.0.113.999", false);
    }

    void refusalReasons()
    {
        // An out-of-range address is an invalid IPv4 address, not "not a domain".
        QCOMPARE(validateIndicator(IndicatorType::IPv4, QStringLiteral("203.0.113.999")).reason,
                 QStringLiteral("invalid-ipv4"));
        QCOMPARE(validateIndicator(IndicatorType::Domain, QStringLiteral("203.0.113.999")).reason,
                 QStringLiteral("invalid-ipv4"));
        QCOMPARE(validateIndicator(IndicatorType::Domain, QStringLiteral("203.0.113.9")).reason,
                 QStringLiteral("is-ipv4"));
        QCOMPARE(validateIndicator(IndicatorType::IPv4, QStringLiteral("evil.example")).reason,
                 QStringLiteral("not-ipv4"));
    }

    void defangRoundTrip_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("live");
        QTest::addColumn<QString>("defanged");
        QTest::newRow("url") << "url"
                             << "https://evil.example.com/a.b/c?d=e.f"
                             << "hxxps://evil[.]example[.]com/a.b/c?d=e.f";
        QTest::newRow("http") << "url"
                              << "http://x.example"
                              << "hxxp://x[.]example";
        QTest::newRow("ftp") << "url"
                             << "ftp://files.example/x"
                             << "fxp://files[.]example/x";
        QTest::newRow("domain") << "domain"
                                << "phish.example.org"
                                << "phish[.]example[.]org";
        QTest::newRow("ipv4") << "ipv4"
                              << "192.0.2.1"
                              << "192[.]0[.]2[.]1";
        QTest::newRow("ipv6") << "ipv6"
                              << "2001:db8::1"
                              << "2001[:]db8[:][:]1";
        QTest::newRow("cidr") << "cidr"
                              << "198.51.100.0/24"
                              << "198[.]51[.]100[.]0/24";
        QTest::newRow("email") << "email"
                               << "Soc@example.com"
                               << "Soc[@]example[.]com";
        QTest::newRow("md5") << "md5"
                             << "d41d8cd98f00b204e9800998ecf8427e"
                             << "d41d8cd98f00b204e9800998ecf8427e";
        QTest::newRow("filename") << "filename"
                                  << "invoice.pdf.exe"
                                  << "invoice.pdf.exe";
    }

    void defangRoundTrip()
    {
        QFETCH(QString, type);
        QFETCH(QString, live);
        QFETCH(QString, defanged);
        IndicatorType t;
        QVERIFY(parseIndicatorType(type, &t));
        QCOMPARE(defang(live, type), defanged);
        const IndicatorCheck back = validateIndicator(t, defanged);
        QVERIFY(back.valid);
        QCOMPARE(back.normalised, validateIndicator(t, live).normalised);
    }

    void validate()
    {
        QFETCH(QString, type);
        QFETCH(QString, input);
        QFETCH(bool, valid);
        QFETCH(QString, normalised);
        IndicatorType t;
        QVERIFY(parseIndicatorType(type, &t));
        const auto check = validateIndicator(t, input);
        QCOMPARE(check.valid, valid);
        if (valid)
            QCOMPARE(check.normalised, normalised);
        else
            QVERIFY(!check.reason.isEmpty());
    }

    void guess()
    {
        IndicatorType t;
        QVERIFY(guessIndicatorType(QStringLiteral("8.8.8.8"), &t));
        QCOMPARE(t, IndicatorType::IPv4);
        QVERIFY(guessIndicatorType(QStringLiteral("d41d8cd98f00b204e9800998ecf8427e"), &t));
        QCOMPARE(t, IndicatorType::Md5);
        QVERIFY(guessIndicatorType(QStringLiteral("CVE-2024-3094"), &t));
        QCOMPARE(t, IndicatorType::Cve);
        QVERIFY(guessIndicatorType(QStringLiteral("evil.example.net"), &t));
        QCOMPARE(t, IndicatorType::Domain);
        QVERIFY(!guessIndicatorType(QStringLiteral("not an indicator at all"), &t));
        // Typed or pasted defanged.
        QVERIFY(guessIndicatorType(QStringLiteral("hxxps://evil[.]example/x"), &t));
        QCOMPARE(t, IndicatorType::Url);
        QVERIFY(guessIndicatorType(QStringLiteral("evil(.)example(.)net"), &t));
        QCOMPARE(t, IndicatorType::Domain);
        QVERIFY(guessIndicatorType(QStringLiteral("soc[@]example[.]com"), &t));
        QCOMPARE(t, IndicatorType::Email);
        // Four numbers are an address, valid or not (validation then says why not).
        QVERIFY(guessIndicatorType(QStringLiteral("203.0.113.999"), &t));
        QCOMPARE(t, IndicatorType::IPv4);
        QCOMPARE(refang(QStringLiteral("hXXps[://]a[.]b[dot]c[@]d[:]e")),
                 QStringLiteral("https://a.b.c@d:e"));
        QCOMPARE(indicatorTypeKeys().size(), 11);
    }

    // 16 US and 10 Canadian sectors, unique ids, and every sector maps to the other country.
    void sectorsAndTheirMapping()
    {
        int us = 0;
        int ca = 0;
        QSet<QString> ids;
        for (const auto &s : sectors()) {
            ids.insert(QString::fromLatin1(s.id));
            const bool isUs = qstrcmp(s.country, "US") == 0;
            (isUs ? us : ca)++;
            const QStringList other = counterpartSectors(QString::fromLatin1(s.id));
            QVERIFY2(!other.isEmpty(), s.id);
            for (const QString &o : other)
                QCOMPARE(QString::fromLatin1(findSector(o)->country),
                         QString::fromLatin1(isUs ? "CA" : "US"));
        }
        QCOMPARE(us, 16);
        QCOMPARE(ca, 10);
        QCOMPARE(ids.size(), 26);
        QCOMPARE(counterpartSectors(QStringLiteral("ca.finance")),
                 QStringList {QStringLiteral("us.financial-services")});
        QCOMPARE(sectorName(QStringLiteral("us.energy")), QStringLiteral("Energy"));
        QCOMPARE(sectorName(QStringLiteral("unknown")), QStringLiteral("unknown"));
        QVERIFY(counterpartSectors(QStringLiteral("unknown")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestIndicators)
#include "tst_indicators.moc"
