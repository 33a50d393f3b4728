#include "AppContext.h"

#include "core/Clock.h"
#include "services/ChatService.h"
#include "services/IncidentService.h"
#include "services/ScheduleService.h"
#include "storage/Profile.h"
#include "sync/OpLog.h"

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
{ }

AppContext::~AppContext() = default;

} // namespace liaison
