#include "HubHarness.h"

#include "TestSupport.h"

#include "crypto/DeviceKey.h"
#include "sync/SyncEngine.h"

#include <QDateTime>

namespace liaison::test {

namespace {
const char kPassphrase[] = "correct horse battery staple";
} // namespace

int HubDeviceHandle::framesOfType(const char *type) const
{
    const QString needle = QStringLiteral("\"t\":\"%1\"").arg(QLatin1String(type));
    int n = 0;
    for (const QString &f : frames)
        n += f.contains(needle) ? 1 : 0;
    return n;
}

HubHarness::HubHarness()
{
    m_hubDir = m_dir.filePath(QStringLiteral("hub"));
    m_store = HubStore::init(m_hubDir);
    m_store->directory().addCentre(QString::fromLatin1(kCcirc),
                                   QStringLiteral("Canadian Cyber Incident Response Centre"));
    m_store->directory().addCentre(QString::fromLatin1(kUscert), QStringLiteral("US-CERT"));
}

HubHarness::~HubHarness()
{
    m_devices.clear();
    stopHub();
}

QUrl HubHarness::url() const
{
    return QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(m_port));
}

bool HubHarness::startHub()
{
    if (!m_store)
        m_store = HubStore::open(m_hubDir);
    m_server = std::make_unique<HubServer>(*m_store);
    QString error;
    if (!m_server->listen(QHostAddress::LocalHost, m_port, true, &error)) {
        qWarning("hub: %s", qPrintable(error));
        return false;
    }
    m_port = m_server->port();
    return true;
}

void HubHarness::stopHub()
{
    m_server.reset();
    m_store.reset();
}

void HubHarness::attach(HubDeviceHandle &d, std::unique_ptr<Profile> profile)
{
    d.ws = std::make_unique<Workspace>(std::move(profile), *d.clock);
    d.ws->sync().setReconnectBaseForTesting(50);
    d.ws->sync().setHub(url());
    HubDeviceHandle *raw = &d;
    connect(&d.ws->sync(), &SyncEngine::frameReceived, this,
            [raw](const QString &text) { raw->frames << text; });
}

HubDeviceHandle &HubHarness::addDevice(const QString &centre, const QString &name)
{
    auto d = std::make_unique<HubDeviceHandle>();
    d->name = name;
    d->dir = m_dir.filePath(QStringLiteral("device-%1").arg(++m_made));
    d->clock = std::make_unique<ManualClock>(QDateTime::currentMSecsSinceEpoch());
    attach(*d, Profile::create(d->dir, passphrase(kPassphrase), KdfParams::fastForTests()));
    QString existing;
    for (const auto &other : m_devices) {
        if (other->name == name && other->ws)
            existing = other->ws->identity().analystId;
    }
    const auto code = existing.isEmpty()
        ? m_store->directory().issueEnrolment(centre, name, {}, 3600)
        : m_store->directory().issueDeviceEnrolment(existing, 3600);
    const HubDevice device = m_store->directory().redeemEnrolment(
        code.code, d->ws->opLog().identity().key->publicKey());
    d->ws->opLog().setEnrolment(device.analystId, device.centre);
    m_devices.push_back(std::move(d));
    return *m_devices.back();
}

void HubHarness::restart(HubDeviceHandle &d)
{
    d.ws.reset();
    d.frames.clear();
    attach(d, Profile::open(d.dir, passphrase(kPassphrase)));
}

QString HubHarness::enrolRawDevice(const QString &analystId, const DeviceKey &key)
{
    const auto code = m_store->directory().issueDeviceEnrolment(analystId, 3600);
    return m_store->directory().redeemEnrolment(code.code, key.publicKey()).id;
}

} // namespace liaison::test
