#include "BenchHub.h"

#include "BenchUtil.h"

#include "server/HubStore.h"

#include <QProcessEnvironment>
#include <QRegularExpression>

namespace liaison::bench {

HubProcess::~HubProcess()
{
    if (m_process.state() != QProcess::NotRunning)
        stop();
}

bool HubProcess::start(const QString &dir, bool plain, const QString &traceFile)
{
    m_plain = plain;
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("LIAISON_TRACE"));
    if (!traceFile.isEmpty())
        env.insert(QStringLiteral("LIAISON_TRACE"), traceFile);
    m_process.setProcessEnvironment(env);
    QStringList args {QStringLiteral("serve"), QStringLiteral("--data"), dir,
                      QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")};
    if (plain)
        args << QStringLiteral("--plain-loopback");
    m_process.start(QStringLiteral(LIAISON_HUB_BINARY), args);
    if (!m_process.waitForStarted(10000))
        return false;
    static const QRegularExpression portLine(QStringLiteral("\\(port (\\d+)\\)"));
    QByteArray out;
    for (int i = 0; i < 100 && !out.contains('\n'); ++i) {
        m_process.waitForReadyRead(100);
        out += m_process.readAllStandardOutput();
    }
    const auto match = portLine.match(QString::fromUtf8(out));
    m_port = match.hasMatch() ? quint16(match.captured(1).toUInt()) : 0;
    return m_port != 0;
}

QUrl HubProcess::url() const
{
    return QUrl(QStringLiteral("%1://127.0.0.1:%2")
                    .arg(m_plain ? QStringLiteral("ws") : QStringLiteral("wss"))
                    .arg(m_port));
}

double HubProcess::peakRssMib() const
{
    return peakRssMibOf(m_process.processId());
}

bool HubProcess::stop()
{
    m_process.terminate();
    return m_process.waitForFinished(15000) && m_process.exitCode() == 0;
}

std::unique_ptr<test::TestReplica> enrol(HubStore &store, const QString &centre,
                                         const QString &name, const liaison::Clock &clock)
{
    auto replica = std::make_unique<test::TestReplica>(QStringLiteral("pending"), centre, clock);
    const auto code = store.directory().issueEnrolment(centre, name, {}, 3600);
    const auto device
        = store.directory().redeemEnrolment(code.code, replica->log->identity().key->publicKey());
    replica->log->setEnrolment(device.analystId, device.centre);
    return replica;
}

} // namespace liaison::bench
