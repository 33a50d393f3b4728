#include "AppContext.h"

#include "core/Clock.h"
#include "services/ChatService.h"
#include "services/IncidentService.h"
#include "services/ScheduleService.h"
#include "storage/Profile.h"
#include "sync/OpLog.h"
#include "sync/SyncEngine.h"

namespace liaison {

AppContext::AppContext(std::unique_ptr<Profile> profile, QObject *parent)
    : AppContext(std::move(profile), SystemClock::instance(), parent)
{ }

AppContext::AppContext(std::unique_ptr<Profile> profile, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_profile(std::move(profile))
    , m_log(std::make_unique<OpLog>(m_profile->db(), clock))
    , m_incidents(std::make_unique<IncidentService>(*m_log))
    , m_chat(std::make_unique<ChatService>(*m_log))
    , m_schedule(std::make_unique<ScheduleService>(*m_log))
    , m_sync(std::make_unique<SyncEngine>(*m_log))
{ }

// The engine goes first: it must not touch the log while the log is being destroyed.
AppContext::~AppContext()
{
    m_sync.reset();
}

bool AppContext::startSync()
{
    if (!m_log->identity().isEnrolled() || !m_sync->useSavedHub())
        return false;
    m_sync->start();
    return true;
}

} // namespace liaison
