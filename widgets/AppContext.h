#pragma once

#include <QObject>

#include <memory>

namespace liaison {

class ChatService;
class Clock;
class IncidentService;
class OpLog;
class Profile;
class ScheduleService;
class SyncEngine;

// Everything that lives while a profile is unlocked: the profile, its op log and the services
// the views use. Members are destroyed in reverse order: services, then the log, then the
// profile (which closes the database and releases the folder lock).
class AppContext : public QObject
{
    Q_OBJECT
public:
    // Throws StorageError when the op log cannot load its identity.
    explicit AppContext(std::unique_ptr<Profile> profile, QObject *parent = nullptr);
    AppContext(std::unique_ptr<Profile> profile, const Clock &clock, QObject *parent = nullptr);
    ~AppContext() override;

    Profile &profile() { return *m_profile; }
    OpLog &opLog() { return *m_log; }
    IncidentService &incidents() { return *m_incidents; }
    ChatService &chat() { return *m_chat; }
    ScheduleService &schedule() { return *m_schedule; }
    SyncEngine &sync() { return *m_sync; }
    // Starts syncing with the hub saved at enrolment; false when there is none.
    bool startSync();

private:
    std::unique_ptr<Profile> m_profile;
    std::unique_ptr<OpLog> m_log;
    std::unique_ptr<IncidentService> m_incidents;
    std::unique_ptr<ChatService> m_chat;
    std::unique_ptr<ScheduleService> m_schedule;
    std::unique_ptr<SyncEngine> m_sync;
};

} // namespace liaison
