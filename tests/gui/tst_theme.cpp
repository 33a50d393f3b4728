// The app's colours: WCAG contrast of text against its background for the main palette roles,
// the badges, the error and warning colours and the TLP 2.0 badges, in the light and the dark
// palette (fails below 4.5:1); the scheme follows the desktop's window colour; the bundled
// icons load and take the colour asked.
#include "widgets/common/Theme.h"

#include "domain/Enums.h"

#include <QApplication>
#include <QImage>
#include <QTest>

using namespace liaison;

namespace {

constexpr double kMinimum = 4.5;

QString name(theme::Scheme scheme)
{
    return scheme == theme::Scheme::Dark ? QStringLiteral("dark") : QStringLiteral("light");
}

void expectContrast(const QString &what, const QColor &text, const QColor &background)
{
    const double ratio = theme::contrastRatio(text, background);
    QVERIFY2(ratio >= kMinimum,
             qPrintable(QStringLiteral("%1: %2 on %3 is %4:1")
                            .arg(what, text.name(), background.name())
                            .arg(ratio, 0, 'f', 2)));
}

} // namespace

class TestTheme : public QObject
{
    Q_OBJECT

private slots:
    void ratiosAreWcags()
    {
        QCOMPARE(qRound(theme::contrastRatio(Qt::black, Qt::white) * 100), 2100);
        QCOMPARE(theme::contrastRatio(Qt::white, Qt::white), 1.0);
        // WCAG's own example of a grey that just fails on white.
        const double grey = theme::contrastRatio(QColor(0x77, 0x77, 0x77), Qt::white);
        QVERIFY2(grey > 4.47 && grey < 4.49, qPrintable(QString::number(grey)));
        QCOMPARE(theme::contrastRatio(Qt::red, Qt::black),
                 theme::contrastRatio(Qt::black, Qt::red));
    }

    void paletteRoles_data()
    {
        QTest::addColumn<int>("scheme");
        QTest::addRow("light") << int(theme::Scheme::Light);
        QTest::addRow("dark") << int(theme::Scheme::Dark);
    }

    void paletteRoles()
    {
        QFETCH(int, scheme);
        const auto s = theme::Scheme(scheme);
        const QPalette p = theme::palette(s);
        QCOMPARE(theme::schemeOf(p), s);
        const struct
        {
            const char *what;
            QPalette::ColorRole text, background;
        } pairs[] = {
            {"WindowText on Window", QPalette::WindowText, QPalette::Window},
            {"Text on Base", QPalette::Text, QPalette::Base},
            {"Text on AlternateBase", QPalette::Text, QPalette::AlternateBase},
            {"ButtonText on Button", QPalette::ButtonText, QPalette::Button},
            {"HighlightedText on Highlight", QPalette::HighlightedText, QPalette::Highlight},
            {"PlaceholderText on Base", QPalette::PlaceholderText, QPalette::Base},
            {"PlaceholderText on Window", QPalette::PlaceholderText, QPalette::Window},
            {"Link on Base", QPalette::Link, QPalette::Base},
            {"Link on Window", QPalette::Link, QPalette::Window},
            {"ToolTipText on ToolTipBase", QPalette::ToolTipText, QPalette::ToolTipBase},
        };
        for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
            for (const auto &pair : pairs)
                expectContrast(name(s) + QLatin1Char(' ') + QLatin1String(pair.what),
                               p.color(group, pair.text), p.color(group, pair.background));
        }
        for (const theme::Tone tone :
             {theme::Tone::Unread, theme::Tone::Mention, theme::Tone::Pending, theme::Tone::Error,
              theme::Tone::Warning}) {
            const QString what = name(s) + QStringLiteral(" tone %1").arg(int(tone));
            expectContrast(what + QStringLiteral(" badge"), theme::toneText(tone, p),
                           theme::toneBackground(tone, p));
            expectContrast(what + QStringLiteral(" on window"), theme::toneOnWindow(tone, p),
                           p.color(QPalette::Window));
            expectContrast(what + QStringLiteral(" on base"), theme::toneOnWindow(tone, p),
                           p.color(QPalette::Base));
        }
    }

    // FIRST's TLP 2.0 colours on black, as every TLP badge of the app draws them.
    void tlpBadges()
    {
        for (const Tlp tlp : {Tlp::Clear, Tlp::Green, Tlp::Amber, Tlp::AmberStrict, Tlp::Red}) {
            const QString key = tlpKey(tlp);
            const QColor text = theme::tlpText(key);
            QVERIFY2(text.isValid(), qPrintable(key));
            expectContrast(tlpLabel(tlp), text, theme::tlpBackground());
        }
        QCOMPARE(theme::tlpText(QStringLiteral("red")), QColor(0xff, 0x2b, 0x2b));
        QCOMPARE(theme::tlpText(QStringLiteral("amber")), QColor(0xff, 0xc0, 0x00));
        QCOMPARE(theme::tlpText(QStringLiteral("green")), QColor(0x33, 0xff, 0x00));
    }

    // The desktop's palette decides: a dark window colour gives Liaison's dark palette.
    void followsTheDesktop()
    {
        qunsetenv("LIAISON_COLOR_SCHEME");
        auto *app = qobject_cast<QApplication *>(QCoreApplication::instance());
        QVERIFY(app);
        QPalette desktop;
        desktop.setColor(QPalette::Window, QColor(0x30, 0x30, 0x30));
        app->setPalette(desktop);
        QCOMPARE(theme::apply(*app), theme::Scheme::Dark);
        QCOMPARE(app->palette().color(QPalette::Window),
                 theme::palette(theme::Scheme::Dark).color(QPalette::Window));
        desktop.setColor(QPalette::Window, QColor(0xee, 0xee, 0xee));
        app->setPalette(desktop);
        QCOMPARE(theme::apply(*app), theme::Scheme::Light);
        QCOMPARE(app->palette().color(QPalette::Base), QColor(Qt::white));
        // Forced (screenshots, or an analyst who wants the other one).
        qputenv("LIAISON_COLOR_SCHEME", "dark");
        QCOMPARE(theme::apply(*app), theme::Scheme::Dark);
        qunsetenv("LIAISON_COLOR_SCHEME");
    }

    void iconsLoadInTheirColour()
    {
        for (const char *icon : {"board", "chat", "schedule", "contacts", "collapse", "expand"}) {
            const QIcon i = theme::icon(QLatin1String(icon), QColor(0x12, 0x80, 0x40));
            QVERIFY2(!i.isNull(), icon);
            QImage image = i.pixmap(QSize(24, 24), 2.0).toImage();
            QCOMPARE(image.width(), 48); // crisp at 200%
            bool inked = false;
            for (int y = 0; y < image.height() && !inked; ++y) {
                for (int x = 0; x < image.width() && !inked; ++x) {
                    const QColor c = image.pixelColor(x, y);
                    inked = c.alpha() == 255 && c.rgb() == QColor(0x12, 0x80, 0x40).rgb();
                }
            }
            QVERIFY2(inked, icon);
        }
    }
};

QTEST_MAIN(TestTheme)
#include "tst_theme.moc"
