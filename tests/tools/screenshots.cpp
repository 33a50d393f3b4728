// Renders the first-run dialog, the main window (with demo incidents), an incident and Settings in
// English and French to PNG files, for the README. Run by scripts/screenshots.sh under Xvfb. Usage:
// liaison-screenshots OUTPUT_DIR
#include "TestSupport.h"

#include "widgets/common/Translator.h"
#include "widgets/incident/IncidentDialog.h"
#include "widgets/incident/ShareIncidentDialog.h"
#include "widgets/profile/ProfileSetupDialog.h"
#include "widgets/shell/MainWindow.h"
#include "widgets/shell/SettingsDialog.h"

#include "services/IncidentService.h"
#include "storage/Profile.h"
#include "sync/SyncEngine.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QPixmap>
#include <QTabWidget>
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
    Workspace context(std::move(profile));
    context.opLog().setEnrolment(QStringLiteral("Marie Tremblay"), QStringLiteral("CCIRC"));
    HubEndpoint {QUrl(QStringLiteral("wss://hub.ccirc-cert.example:8443")),
                 QStringLiteral("3F:A1:0C:77:92:5B:E4:18:D6:2A:C9:41:7E:B3:05:6D:"
                                "88:F2:1B:4C:E0:93:5A:27:CD:6B:19:F8:42:0E:A7:D5"),
                 QStringLiteral("Marie Tremblay")}
        .save(context.profile().db());
    IncidentService &incidents = context.incidents();
    const struct
    {
        const char *title;
        Severity severity;
        Tlp tlp;
        const char *sector;
        IncidentStatus status;
        bool shared;
    } demo[] = {
        {"Ransomware at a regional water utility", Severity::Critical, Tlp::Amber, "ca.water",
         IncidentStatus::Investigating, true},
        {"Phishing wave impersonating a federal tax agency", Severity::High, Tlp::Green,
         "ca.government", IncidentStatus::Mitigating, true},
        {"Exposed OT gateway on a pipeline SCADA network", Severity::High, Tlp::Red,
         "ca.energy-utilities", IncidentStatus::Triage, false},
        {"Credential stuffing against a hospital portal", Severity::Medium, Tlp::Amber, "ca.health",
         IncidentStatus::New, false},
        {"Defacement of a municipal website", Severity::Low, Tlp::Clear, "ca.government",
         IncidentStatus::Resolved, true},
        {"DDoS on a payment processor", Severity::High, Tlp::Green, "ca.finance",
         IncidentStatus::New, true},
        {"Malicious update of a logistics app", Severity::Medium, Tlp::Amber, "ca.transportation",
         IncidentStatus::Closed, false},
    };
    QString firstId;
    for (const auto &d : demo) {
        IncidentDraft draft;
        draft.title = QString::fromUtf8(d.title);
        draft.severity = d.severity;
        draft.tlp = d.tlp;
        draft.sector = QString::fromLatin1(d.sector);
        const QString id = incidents.createIncident(draft);
        incidents.addIndicator(id, IndicatorType::Domain,
                               QStringLiteral("login-update.example.net"));
        incidents.setStatus(id, d.status);
        incidents.addComment(id, QStringLiteral("First report received and triaged."));
        if (firstId.isEmpty()) {
            firstId = id;
            incidents.setSummary(id,
                                 QStringLiteral("Encrypted SCADA historian; the ransom note "
                                                "names a known affiliate."));
            incidents.addIndicator(id, IndicatorType::IPv4, QStringLiteral("203.0.113.45"));
            incidents.addIndicator(
                id, IndicatorType::Sha256,
                QStringLiteral("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"));
            incidents.addComment(id, QStringLiteral("Utility confirms backups are intact."),
                                 CommentVisibility::Shared);
            incidents.addComment(id,
                                 QStringLiteral("Internal: the utility asked us to keep its "
                                                "name out of partner reports."));
        }
        if (d.shared)
            incidents.share(id);
        if (d.severity >= Severity::High)
            incidents.assign(id, QStringLiteral("Marie Tremblay"));
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
        window.resize(1400, 760);
        ok &= save(window,
                   out.filePath(QStringLiteral("main-window-%1.png").arg(QLatin1String(suffix))));
        IncidentDialog incident(incidents, firstId);
        incident.resize(900, 640);
        ok &= save(incident,
                   out.filePath(QStringLiteral("incident-%1.png").arg(QLatin1String(suffix))));
        // The comments tab: internal and shared comments, the composer saying who reads it.
        if (auto *tabs = incident.findChild<QTabWidget *>())
            tabs->setCurrentIndex(1);
        ok &= save(
            incident,
            out.filePath(QStringLiteral("incident-comments-%1.png").arg(QLatin1String(suffix))));
        // The share dialog of an internal AMBER incident with internal comments.
        for (const auto &i : incidents.incidents()) {
            if (i.scope == QLatin1String("centre") && i.tlp == QLatin1String("amber")) {
                ShareIncidentDialog share(i, incidents.comments(i.id),
                                          [&](const QString &a) { return context.analystName(a); });
                ok &= save(share,
                           out.filePath(QStringLiteral("share-%1.png").arg(QLatin1String(suffix))));
                break;
            }
        }
        SettingsDialog settings(context);
        settings.resize(640, 460);
        ok &= save(settings,
                   out.filePath(QStringLiteral("settings-%1.png").arg(QLatin1String(suffix))));
    }
    return ok ? 0 : 1;
}
