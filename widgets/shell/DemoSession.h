#pragma once

#include <QObject>
#include <QTemporaryDir>

#include <memory>
#include <vector>

class QProcess;

namespace liaison {

class Workspace;
class MainWindow;

// `liaison --demo`: a throwaway `liaison-hub` process on 127.0.0.1 (its own store in a private
// temporary folder), two centres, one analyst in each (enrolled over the wire like a real
// device), demo incidents, and one window per analyst, so a new user sees the two centres
// syncing. The desktop holds no hub code: the hub is the real program, found by
// findHubProgram(). Nothing outlives the session: the hub is stopped (terminated, then killed
// after a bounded wait) and the folder and its profiles removed; on Linux the hub also ends if
// this process dies without cleaning up.
class DemoSession : public QObject
{
    Q_OBJECT
public:
    explicit DemoSession(QObject *parent = nullptr);
    ~DemoSession() override;

    // Prepares the hub (init, centres, enrolment codes: `liaison-hub` runs with bounded waits),
    // starts it and begins enrolling; ready() follows once both analysts are enrolled and the
    // windows are shown. Returns false with a sentence for the user in *error when the hub
    // cannot be found, prepared or started.
    bool start(QString *error);
    const std::vector<std::unique_ptr<MainWindow>> &windows() const { return m_windows; }
    Workspace &context(int i) const { return *m_contexts.at(std::size_t(i)); }
    int analystCount() const { return int(m_contexts.size()); }
    bool isReady() const { return m_ready; }
    // Closes every demo window and emits finished() (File > Quit, Ctrl+Q, in any of them).
    void quit();

    // The running hub process (0 when none) and the loopback port it listens on.
    qint64 hubProcessId() const;
    quint16 hubPort() const { return m_port; }
    QString hubProgram() const { return m_program; }

    // Where the hub program is, in this order: $LIAISON_HUB_BINARY (an error if it names no
    // program), `liaison-hub` next to this program (appDir: an installed package), in the build
    // tree (appDir/../hub: app/desktop beside app/hub), then on the PATH. Empty, with a
    // sentence for the user in *error, when there is none.
    static QString findHubProgram(const QString &appDir, QString *error);

signals:
    void ready();
    // After start() succeeded: an analyst could not enrol, or the hub stopped on its own.
    // The sentence is for the user.
    void failed(const QString &reason);
    // The analyst quit the demo.
    void finished();

private:
    // Runs one administration command of the hub to its end (bounded); its standard output in
    // *output, or `failure` (a sentence for the user) in *error. The hub's own words go to the
    // log only.
    bool runHubCommand(const QStringList &args, const QString &failure, QByteArray *output,
                       QString *error);
    bool startHub(QString *error);
    void stopHub();
    void onHubFinished();
    QString hubDir() const;
    void onEnrolled(int index);
    void seed();

    QTemporaryDir m_dir;
    QString m_program;
    QProcess *m_hub = nullptr; // child of this; `serve`
    QByteArray m_hubErrors; // the tail of the hub's standard error, for the log
    quint16 m_port = 0;
    bool m_stopping = false;
    bool m_hubGone = false; // failed() said so once
    bool m_ready = false;
    std::vector<std::unique_ptr<Workspace>> m_contexts;
    std::vector<std::unique_ptr<MainWindow>> m_windows;
    int m_enrolled = 0;
};

} // namespace liaison
