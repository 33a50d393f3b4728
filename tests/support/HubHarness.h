#pragma once

// A real hub (HubServer over a HubStore in a temporary folder) on 127.0.0.1 and desktop-like
// devices (a Workspace over a SQLCipher profile in its own folder), for tests that follow
// files and messages from one device to another through it. The hub can be stopped and
// started again on the same port with the same store, as a killed and restarted hub process.
#include "core/Clock.h"
#include "crypto/DeviceKey.h"
#include "server/HubServer.h"
#include "server/HubStore.h"
#include "workspace/Workspace.h"

#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>
#include <vector>

namespace liaison::test {

struct HubDeviceHandle
{
    QString name;
    QString dir;
    std::unique_ptr<ManualClock> clock;
    std::unique_ptr<Workspace> ws;
    QStringList frames; // every frame its engine received, as text
    int framesOfType(const char *type) const;
};

class HubHarness : public QObject
{
    Q_OBJECT
public:
    static constexpr char kCcirc[] = "CCIRC";
    static constexpr char kUscert[] = "USCERT";

    HubHarness();
    ~HubHarness() override;

    bool startHub(); // the same port and store as before, if it ran before
    void stopHub(); // sockets closed, store closed: what a killed hub leaves
    bool hubRunning() const { return bool(m_server); }
    HubStore &store() { return *m_store; }
    QString hubDir() const { return m_hubDir; }
    quint16 port() const { return m_port; }
    QUrl url() const;

    // A new analyst of centre (another device of `name` when one exists), engine not started.
    HubDeviceHandle &addDevice(const QString &centre, const QString &name);
    // Closes the workspace and opens its folder again (a restart of the app).
    void restart(HubDeviceHandle &d);
    // A device key enrolled for an existing analyst (a raw second device of theirs).
    QString enrolRawDevice(const QString &analystId, const DeviceKey &key);

private:
    void attach(HubDeviceHandle &d, std::unique_ptr<Profile> profile);

    QTemporaryDir m_dir;
    QString m_hubDir;
    std::unique_ptr<HubStore> m_store;
    std::unique_ptr<HubServer> m_server;
    quint16 m_port = 0;
    std::vector<std::unique_ptr<HubDeviceHandle>> m_devices;
    int m_made = 0;
};

} // namespace liaison::test
