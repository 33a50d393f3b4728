// Renders the first-run dialog and the main window (with demo incidents) in English and French
// to PNG files, for the README. Run by scripts/screenshots.sh under Xvfb.
// Usage: liaison-screenshots OUTPUT_DIR
#include "TestSupport.h"

#include "AppContext.h"
#include "MainWindow.h"
#include "ProfileSetupDialog.h"
#include "Translator.h"

#include "services/IncidentService.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QPixmap>
#include <QTemporaryDir>
#include <QTest>

using namespace liaison;

namespace {

bool save(QWidget &widget, const QString &path)
{
    widget.show();
    QTest::qWait(200); // let layouts and the style settle
    const bool ok = widget.grab().save(path);
    if (!ok)
        qWarning("cannot write %s", qPrintable(path));
    return ok;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Liaison-screenshots"));
    if (app.arguments().size() != 2) {
        qWarning("usage: liaison-screenshots OUTPUT_DIR");
        return 2;
    }
    const QDir out(app.arguments().at(1));
    QDir().mkpath(out.path());

    QTemporaryDir profileDir;
    auto profile = Profile::create(profileDir.path(), test::passphrase("screenshot passphrase"),
                                   KdfParams::fastForTests());
    AppContext context(std::move(profile));
    context.opLog().setEnrolment(QStringLiteral("Marie Tremblay"), QStringLiteral("CCIRC"));
    IncidentService &incidents = context.incidents();
    const struct
    {
        const char *title;
        Severity severity;
        Tlp tlp;
        const char *sector;
    } demo[] = {
        {"Ransomware at a regional water utility", Severity::Critical, Tlp::AmberStrict, "water"},
        {"Phishing wave impersonating a federal tax agency", Severity::High, Tlp::Green,
         "government"},
        {"Exposed OT gateway on a pipeline SCADA network", Severity::High, Tlp::Red, "energy"},
        {"Credential stuffing against a hospital portal", Severity::Medium, Tlp::Amber, "health"},
        {"Defacement of a municipal website", Severity::Low, Tlp::Clear, "government"},
    };
    for (const auto &d : demo) {
        IncidentDraft draft;
        draft.title = QString::fromUtf8(d.title);
        draft.severity = d.severity;
        draft.tlp = d.tlp;
        draft.sector = QString::fromLatin1(d.sector);
        const QString id = incidents.createIncident(draft);
        incidents.addIndicator(id, IndicatorType::Domain,
                               QStringLiteral("login-update.example.net"));
    }

    bool ok = true;
    for (const auto &[language, suffix] :
         {std::pair {Translator::Language::English, "en"}, {Translator::Language::French, "fr"}}) {
        Translator::instance().apply(language);
        QTemporaryDir emptyDir;
        ProfileSetupDialog setup(emptyDir.path());
        ok &= save(setup,
                   out.filePath(QStringLiteral("first-run-%1.png").arg(QLatin1String(suffix))));
        MainWindow window(context);
        window.resize(1280, 650);
        ok &= save(window,
                   out.filePath(QStringLiteral("main-window-%1.png").arg(QLatin1String(suffix))));
    }
    return ok ? 0 : 1;
}
