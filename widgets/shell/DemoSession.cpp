#include "DemoSession.h"

#include "widgets/shell/MainWindow.h"

#include "crypto/SecureBuffer.h"
#include "crypto/Sodium.h"
#include "server/HubServer.h"
#include "server/HubStore.h"
#include "services/ChatService.h"
#include "services/IncidentService.h"
#include "storage/Profile.h"
#include "sync/OpLog.h"
#include "sync/SyncEngine.h"
#include "workspace/Workspace.h"

#include <sodium.h>

#include <QGuiApplication>
#include <QScreen>

namespace liaison {

namespace {
struct DemoAnalyst
{
    const char *centre;
    const char *centreName;
    const char *name;
};
constexpr DemoAnalyst kAnalysts[] = {
    {"CCIRC", "Canadian Cyber Incident Response Centre", "Marie Tremblay"},
    {"USCERT", "US-CERT", "John Smith"},
};
} // namespace

DemoSession::DemoSession(QObject *parent)
    : QObject(parent)
{ }

DemoSession::~DemoSession()
{
    m_windows.clear();
    for (auto &context : m_contexts)
        context->sync().stop();
    m_contexts.clear();
    m_server.reset();
    m_hub.reset();
}

bool DemoSession::start(QString *error)
{
    if (!m_dir.isValid()) {
        *error = m_dir.errorString();
        return false;
    }
    try {
        m_hub = HubStore::init(m_dir.filePath(QStringLiteral("hub")));
        for (const auto &a : kAnalysts)
            m_hub->directory().addCentre(QString::fromLatin1(a.centre),
                                         QString::fromLatin1(a.centreName));
        m_server = std::make_unique<HubServer>(*m_hub);
        if (!m_server->listen(QHostAddress::LocalHost, 0, true, error))
            return false;
        const QUrl url(QStringLiteral("ws://127.0.0.1:%1").arg(m_server->port()));
        int index = 0;
        for (const auto &a : kAnalysts) {
            // A random passphrase nobody needs: the profile dies with the process.
            SecureBuffer passphrase(32);
            ensureSodium();
            randombytes_buf(passphrase.data(), passphrase.size());
            auto profile = Profile::create(m_dir.filePath(QStringLiteral("profile-%1").arg(index)),
                                           passphrase, KdfParams::moderate());
            auto context = std::make_unique<Workspace>(std::move(profile));
            const auto code = m_hub->directory().issueEnrolment(
                QString::fromLatin1(a.centre), QString::fromUtf8(a.name), {}, 3600);
            connect(&context->sync(), &SyncEngine::enrolled, this,
                    [this, index] { onEnrolled(index); });
            connect(&context->sync(), &SyncEngine::enrolmentFailed, this,
                    [](const QString &reason) {
                        qWarning("demo enrolment failed: %s", qPrintable(reason));
                    });
            context->sync().enrol(url, code.code, {});
            m_contexts.push_back(std::move(context));
            ++index;
        }
    } catch (const std::exception &e) {
        *error = QString::fromLocal8Bit(e.what());
        return false;
    }
    return true;
}

void DemoSession::onEnrolled(int)
{
    if (++m_enrolled < int(m_contexts.size()))
        return;
    seed();
    const QRect screen = QGuiApplication::primaryScreen()
        ? QGuiApplication::primaryScreen()->availableGeometry()
        : QRect(0, 0, 1600, 900);
    const int width = screen.width() / int(m_contexts.size());
    for (std::size_t i = 0; i < m_contexts.size(); ++i) {
        m_contexts[i]->startSync();
        auto window = std::make_unique<MainWindow>(*m_contexts[i]);
        //: Window title detail in the demo: %1 is the centre code
        window->setTitleDetail(tr("%1 (demo)").arg(QLatin1String(kAnalysts[i].centre)));
        window->setGeometry(screen.left() + int(i) * width, screen.top(), width, screen.height());
        window->show();
        m_windows.push_back(std::move(window));
    }
    emit ready();
}

void DemoSession::seed()
{
    struct Demo
    {
        int analyst;
        const char *title;
        const char *summary;
        Severity severity;
        Tlp tlp;
        const char *sector;
        IncidentStatus status;
        bool shared;
        const char *indicator;
    };
    const Demo demo[] = {
        {0, "Ransomware at a regional water utility",
         "Encrypted SCADA historian; ransom note names a known affiliate.", Severity::Critical,
         Tlp::Amber, "ca.water", IncidentStatus::Investigating, true, "203.0.113.45"},
        {0, "Phishing wave impersonating a federal tax agency",
         "Lures with refund links; credential harvesting pages hosted abroad.", Severity::High,
         Tlp::Green, "ca.government", IncidentStatus::Mitigating, true, "refund-cra.example.net"},
        {0, "Exposed OT gateway on a pipeline network",
         "Internal: vendor remote-access gateway reachable from the Internet.", Severity::High,
         Tlp::Red, "ca.energy-utilities", IncidentStatus::Triage, false, "198.51.100.23"},
        {0, "Credential stuffing against a hospital portal", "", Severity::Medium, Tlp::Amber,
         "ca.health", IncidentStatus::New, false, "192.0.2.77"},
        {1, "DDoS on a regional payment processor",
         "Volumetric attack, 40 Gb/s peaks, mitigated upstream.", Severity::High, Tlp::Green,
         "us.financial-services", IncidentStatus::Mitigating, true, "198.51.100.99"},
        {1, "Malicious update of a logistics application", "", Severity::Medium, Tlp::Amber,
         "us.transportation-systems", IncidentStatus::New, false, "update-cdn.example.org"},
    };
    for (const auto &d : demo) {
        IncidentService &incidents = m_contexts.at(std::size_t(d.analyst))->incidents();
        IncidentDraft draft;
        draft.title = QString::fromUtf8(d.title);
        draft.summary = QString::fromUtf8(d.summary);
        draft.severity = d.severity;
        draft.tlp = d.tlp;
        draft.sector = QString::fromLatin1(d.sector);
        const QString id = incidents.createIncident(draft);
        const QString value = QString::fromLatin1(d.indicator);
        incidents.addIndicator(
            id, value.front().isDigit() ? IndicatorType::IPv4 : IndicatorType::Domain, value);
        const QString comment
            = incidents.addComment(id, QStringLiteral("First report received and triaged."));
        incidents.addComment(id,
                             QStringLiteral("Internal: the utility's CISO asked us to keep "
                                            "its name out of partner reports."));
        incidents.setStatus(id, d.status);
        if (d.shared)
            incidents.share(id, {comment}); // the internal note stays behind
    }
    m_contexts.at(0)->chat().createChannel(QStringLiteral("CCIRC ↔ US-CERT"),
                                           QStringLiteral("shared"), true);
}

} // namespace liaison
