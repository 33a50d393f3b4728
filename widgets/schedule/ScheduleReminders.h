#pragma once

#include <QObject>
#include <QSet>
#include <QTimer>

#include <functional>

namespace liaison {

class Workspace;

// Reminders before a call or a visit (issue #12), shown the way chat notifications are (the
// session's tray icon, through Show): for the calls and visits this analyst organises or
// attends (not declined, not cancelled), once each, the set number of minutes before they
// start (Settings; 0 turns them off). Checked every 30 seconds against the op log's clock.
class ScheduleReminders : public QObject
{
    Q_OBJECT
public:
    using Show = std::function<void(const QString &title, const QString &text)>;
    ScheduleReminders(Workspace &context, Show show, QObject *parent = nullptr);

    // How long before (minutes, QSettings; 15 by default, 0 = no reminders).
    static int savedMinutes();
    static void saveMinutes(int minutes);
    // Shows the reminders due now; returns how many it showed.
    int check();

private:
    Workspace &m_context;
    Show m_show;
    QSet<QString> m_shown; // id and start: a moved event is reminded again
    QTimer m_timer;
};

} // namespace liaison
