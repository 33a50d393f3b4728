#pragma once

#include <QObject>
#include <QTemporaryDir>

#include <memory>
#include <vector>

namespace liaison {

class Workspace;
class HubServer;
class HubStore;
class MainWindow;

// `liaison --demo`: a throwaway hub on 127.0.0.1 (its own store in a temporary folder), two
// centres, one analyst in each (enrolled over the wire like a real device), demo incidents, and
// one window per analyst, so a new user sees the two centres syncing. Nothing outlives the
// process: the folder, its profiles and the hub are removed on exit.
class DemoSession : public QObject
{
    Q_OBJECT
public:
    explicit DemoSession(QObject *parent = nullptr);
    ~DemoSession() override;

    // Sets everything up and shows the windows once both analysts are enrolled. Returns false
    // (with *error) when the hub cannot start.
    bool start(QString *error);
    const std::vector<std::unique_ptr<MainWindow>> &windows() const { return m_windows; }
    Workspace &context(int i) const { return *m_contexts.at(std::size_t(i)); }
    int analystCount() const { return int(m_contexts.size()); }

signals:
    void ready();

private:
    void onEnrolled(int index);
    void seed();

    QTemporaryDir m_dir;
    std::unique_ptr<HubStore> m_hub;
    std::unique_ptr<HubServer> m_server;
    std::vector<std::unique_ptr<Workspace>> m_contexts;
    std::vector<std::unique_ptr<MainWindow>> m_windows;
    int m_enrolled = 0;
};

} // namespace liaison
