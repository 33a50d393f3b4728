#include "DemoSession.h"

#include "widgets/shell/MainWindow.h"

#include "core/Logging.h"
#include "crypto/SecureBuffer.h"
#include "crypto/Sodium.h"
#include "services/ChatService.h"
#include "services/IncidentService.h"
#include "storage/Profile.h"
#include "sync/OpLog.h"
#include "sync/SyncEngine.h"
#include "workspace/Workspace.h"

#include <sodium.h>

#include <algorithm>

#include <QAction>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QScreen>
#include <QStandardPaths>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#include <unistd.h>
#endif

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

// Bounds on the hub process (ms): starting the program, one administration command (init makes
// the store, its key file and a TLS certificate), `serve` printing its port, and stopping.
constexpr int kStartMs = 10000;
constexpr int kCommandMs = 30000;
constexpr int kListenMs = 15000;
constexpr int kStopMs = 5000;
constexpr int kErrorTail = 2048; // bytes of the hub's standard error kept for the log

const QString kHubName = QStringLiteral("liaison-hub");

QString executableIn(const QString &dir)
{
#ifdef Q_OS_WIN
    const QFileInfo file(QDir(dir).filePath(kHubName + QStringLiteral(".exe")));
#else
    const QFileInfo file(QDir(dir).filePath(kHubName));
#endif
    return file.isFile() && file.isExecutable() ? file.canonicalFilePath() : QString();
}

// The hub's own last words go to the log, never to the user (they may name internals): the
// user gets a sentence in their language for the step that failed.
void logHubErrors(const char *step, const QByteArray &errors)
{
    const QByteArray text = errors.trimmed();
    if (!text.isEmpty())
        qCWarning(lcUi, "demo hub (%s): %s", step, text.right(kErrorTail).constData());
    else
        qCWarning(lcUi, "demo hub (%s) stopped without a message", step);
}
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
    stopHub();
}

QString DemoSession::findHubProgram(const QString &appDir, QString *error)
{
    const QString fromEnvironment = qEnvironmentVariable("LIAISON_HUB_BINARY");
    if (!fromEnvironment.isEmpty()) {
        const QFileInfo file(fromEnvironment);
        if (file.isFile() && file.isExecutable())
            return file.absoluteFilePath();
        //: %1 is the file that the environment variable LIAISON_HUB_BINARY names
        *error = tr("LIAISON_HUB_BINARY names %1, which is not a program Liaison can run.")
                     .arg(QDir::toNativeSeparators(fromEnvironment));
        return {};
    }
    for (const QString &dir : {appDir, QDir(appDir).filePath(QStringLiteral("../hub"))}) {
        const QString program = executableIn(dir);
        if (!program.isEmpty())
            return program;
    }
    const QString onPath = QStandardPaths::findExecutable(kHubName);
    if (!onPath.isEmpty())
        return onPath;
    //: %1 is the folder of the Liaison program
    *error = tr("The demo needs the liaison-hub program, which is neither next to Liaison (%1) "
                "nor on the PATH. Install it, or set LIAISON_HUB_BINARY to its path.")
                 .arg(QDir::toNativeSeparators(appDir));
    return {};
}

qint64 DemoSession::hubProcessId() const
{
    return m_hub && m_hub->state() == QProcess::Running ? m_hub->processId() : 0;
}

QString DemoSession::hubDir() const
{
    return m_dir.filePath(QStringLiteral("hub"));
}

bool DemoSession::runHubCommand(const QStringList &args, const QString &failure, QByteArray *output,
                                QString *error)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.start(m_program, args);
    if (!process.waitForStarted(kStartMs)) {
        //: %1 is the path of the liaison-hub program
        *error = tr("The liaison-hub program (%1) could not be started.")
                     .arg(QDir::toNativeSeparators(m_program));
        return false;
    }
    if (!process.waitForFinished(kCommandMs)) {
        process.kill();
        process.waitForFinished(kStopMs);
        *error = tr("The demo hub took too long to prepare.");
        return false;
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        logHubErrors(qPrintable(args.value(0)), process.readAllStandardError());
        *error = failure;
        return false;
    }
    *output = process.readAllStandardOutput();
    return true;
}

bool DemoSession::startHub(QString *error)
{
    m_hub = new QProcess(this);
    m_hub->setProcessChannelMode(QProcess::SeparateChannels);
    m_hub->setStandardInputFile(QProcess::nullDevice());
#ifdef Q_OS_LINUX
    // If this process dies without stopping the hub (a crash, SIGKILL), the kernel sends the
    // hub SIGTERM: no orphan keeps the port and the store open.
    const pid_t parent = getpid();
    m_hub->setChildProcessModifier([parent] {
        ::prctl(PR_SET_PDEATHSIG, SIGTERM);
        if (getppid() != parent) // died between fork and prctl
            ::raise(SIGTERM);
    });
#endif
    m_hub->start(m_program,
                 {QStringLiteral("serve"), QStringLiteral("--data"), hubDir(),
                  QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                  QStringLiteral("--plain-loopback")});
    if (!m_hub->waitForStarted(kStartMs)) {
        *error = tr("The liaison-hub program (%1) could not be started.")
                     .arg(QDir::toNativeSeparators(m_program));
        return false;
    }
    // "Listening on 127.0.0.1:0 (port N)", one line on standard output once it listens.
    static const QRegularExpression portLine(QStringLiteral("\\(port (\\d+)\\)"));
    QByteArray out;
    const QDeadlineTimer deadline(kListenMs);
    while (!out.contains('\n') && !deadline.hasExpired()) {
        if (!m_hub->waitForReadyRead(int(std::clamp<qint64>(deadline.remainingTime(), 1, 200)))
            && m_hub->state() != QProcess::Running)
            break;
        out += m_hub->readAllStandardOutput();
    }
    const auto match = portLine.match(QString::fromUtf8(out));
    const uint port = match.hasMatch() ? match.captured(1).toUInt() : 0;
    if (port == 0 || port > 65535) {
        const bool exited = m_hub->state() != QProcess::Running;
        stopHub(); // its errors, read to the end
        logHubErrors("serve", m_hubErrors);
        *error = exited ? tr("The demo hub stopped before it was ready.")
                        : tr("The demo hub did not start listening in time.");
        return false;
    }
    m_port = quint16(port);
    // From now on nobody reads the hub's output but to keep it from piling up; the tail of its
    // errors says why, should it stop.
    connect(m_hub, &QProcess::readyReadStandardOutput, m_hub,
            [this] { m_hub->readAllStandardOutput(); });
    connect(m_hub, &QProcess::readyReadStandardError, m_hub, [this] {
        m_hubErrors += m_hub->readAllStandardError();
        if (m_hubErrors.size() > kErrorTail)
            m_hubErrors = m_hubErrors.right(kErrorTail);
    });
    connect(m_hub, &QProcess::finished, this, &DemoSession::onHubFinished);
    if (m_hub->state() == QProcess::NotRunning) // it ended while we read its port line
        QMetaObject::invokeMethod(this, &DemoSession::onHubFinished, Qt::QueuedConnection);
    return true;
}

void DemoSession::onHubFinished()
{
    if (m_stopping || m_hubGone)
        return;
    m_hubGone = true;
    m_hubErrors += m_hub->readAllStandardError();
    logHubErrors("serve", m_hubErrors);
    emit failed(tr("The demo hub stopped: the windows can no longer sync."));
}

void DemoSession::stopHub()
{
    if (!m_hub)
        return;
    m_stopping = true;
    if (m_hub->state() != QProcess::NotRunning) {
#ifdef Q_OS_WIN
        m_hub->kill(); // a console program gets no WM_CLOSE; its store is throwaway
#else
        m_hub->terminate(); // SIGTERM: the hub finishes the frame in hand and exits
        if (!m_hub->waitForFinished(kStopMs))
            m_hub->kill();
#endif
        m_hub->waitForFinished(kStopMs);
    }
    m_hubErrors += m_hub->readAllStandardError();
    delete m_hub;
    m_hub = nullptr;
    m_port = 0;
}

bool DemoSession::start(QString *error)
{
    if (!m_dir.isValid()) {
        qCWarning(lcUi) << "demo folder:" << m_dir.errorString();
        *error = tr("The demo could not make a private temporary folder.");
        return false;
    }
    m_program = findHubProgram(QCoreApplication::applicationDirPath(), error);
    if (m_program.isEmpty())
        return false;
    const QString data = hubDir();
    QByteArray output;
    if (!runHubCommand({QStringLiteral("init"), QStringLiteral("--data"), data},
                       tr("The demo hub's store could not be created."), &output, error))
        return false;
    for (const auto &a : kAnalysts) {
        if (!runHubCommand({QStringLiteral("centre"), QStringLiteral("add"),
                            QStringLiteral("--data"), data, QStringLiteral("--code"),
                            QString::fromLatin1(a.centre), QStringLiteral("--name"),
                            QString::fromLatin1(a.centreName)},
                           tr("The demo centres could not be added to the hub."), &output, error))
            return false;
    }
    QStringList codes;
    for (const auto &a : kAnalysts) {
        if (!runHubCommand({QStringLiteral("enroll"), QStringLiteral("--data"), data,
                            QStringLiteral("--centre"), QString::fromLatin1(a.centre),
                            QStringLiteral("--analyst"), QString::fromUtf8(a.name),
                            QStringLiteral("--valid"), QStringLiteral("1h"),
                            QStringLiteral("--json")},
                           tr("The demo hub could not issue enrolment codes."), &output, error))
            return false;
        const QString code
            = QJsonDocument::fromJson(output).object().value(QLatin1String("code")).toString();
        if (code.isEmpty()) {
            *error = tr("The demo hub could not issue enrolment codes.");
            return false;
        }
        codes << code;
    }
    if (!startHub(error))
        return false;
    const QUrl url(QStringLiteral("ws://127.0.0.1:%1").arg(m_port));
    try {
        for (int index = 0; index < int(std::size(kAnalysts)); ++index) {
            // A random passphrase nobody needs: the profile dies with the session.
            SecureBuffer passphrase(32);
            ensureSodium();
            randombytes_buf(passphrase.data(), passphrase.size());
            auto profile = Profile::create(m_dir.filePath(QStringLiteral("profile-%1").arg(index)),
                                           passphrase, KdfParams::moderate());
            auto context = std::make_unique<Workspace>(std::move(profile));
            connect(&context->sync(), &SyncEngine::enrolled, this,
                    [this, index] { onEnrolled(index); });
            connect(&context->sync(), &SyncEngine::enrolmentFailed, this,
                    [this, index](const QString &reason) {
                        //: %1 is the analyst's name, %2 the reason (a sentence)
                        emit failed(tr("%1 could not enrol with the demo hub: %2")
                                        .arg(QString::fromUtf8(kAnalysts[index].name), reason));
                    });
            context->sync().enrol(url, codes.at(index), {});
            m_contexts.push_back(std::move(context));
        }
    } catch (const std::exception &e) {
        qCWarning(lcUi, "demo profiles: %s", e.what());
        *error = tr("The demo analysts' profiles could not be created.");
        stopHub();
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
        // File > Quit (Ctrl+Q) in either window ends the demo, not only that window.
        QAction *quit = window->quitAction();
        disconnect(quit, nullptr, window.get(), nullptr);
        connect(quit, &QAction::triggered, this, &DemoSession::quit);
        window->show();
        m_windows.push_back(std::move(window));
    }
    m_ready = true;
    emit ready();
}

void DemoSession::quit()
{
    for (const auto &window : m_windows)
        window->close(); // each saves its view state
    emit finished();
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
    m_contexts.at(0)->chat().ensureBridge();
}

} // namespace liaison
