#include "Workspace.h"

#include "core/Clock.h"
#include "services/ChatAttachments.h"
#include "services/ChatService.h"
#include "services/DraftStore.h"
#include "services/IncidentService.h"
#include "services/ScheduleService.h"
#include "services/SearchIndex.h"
#include "storage/Profile.h"
#include "sync/BlobTransfer.h"
#include "sync/OpLog.h"
#include "sync/Presence.h"
#include "sync/SyncEngine.h"

namespace liaison {

Workspace::Workspace(std::unique_ptr<Profile> profile, QObject *parent)
    : Workspace(std::move(profile), SystemClock::instance(), parent)
{ }

Workspace::Workspace(std::unique_ptr<Profile> profile, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_profile(std::move(profile))
    , m_log(std::make_unique<OpLog>(m_profile->db(), clock))
    , m_incidents(std::make_unique<IncidentService>(*m_log))
    , m_chat(std::make_unique<ChatService>(*m_log))
    , m_schedule(std::make_unique<ScheduleService>(*m_log))
    , m_search(std::make_unique<SearchIndex>(m_profile->db()))
    , m_sync(std::make_unique<SyncEngine>(*m_log))
    , m_presence(std::make_unique<Presence>(*m_sync))
    , m_attachments(std::make_unique<ChatAttachments>(*m_log, *m_chat, *m_incidents))
{
    m_attachments->setTransfer(&m_sync->blobs());
    connect(m_log.get(), &OpLog::changesApplied, this, &Workspace::changesApplied);
    connect(m_log.get(), &OpLog::outboxChanged, this, &Workspace::outboxChanged);
    // An incident's channel follows the incident: shared with it, its named analysts as
    // members, its marking (written by the owner centre's device that sees the change).
    connect(m_incidents.get(), &IncidentService::incidentChanged, this,
            [this](const QString &id, const QStringList &fields) {
                if (fields.contains(QLatin1String("scope"))
                    || fields.contains(QLatin1String("tlp")))
                    followIncident(id);
            });
    connect(m_incidents.get(), &IncidentService::commentsChanged, this,
            [this](const QString &id) { followIncident(id); }); // a share-named release
    // Who this profile belongs to, for the unlock dialog of the next start (profile.json).
    connect(m_sync.get(), &SyncEngine::enrolled, this,
            [this](const QString &analystName, const QString &centre) {
                rememberHolder(analystName, centre);
            });
    if (m_log->identity().isEnrolled()) {
        const auto hub = savedHub();
        const QString name = hub && !hub->analystName.isEmpty()
            ? hub->analystName
            : m_log->analystName(m_log->identity().analystId);
        rememberHolder(name, m_log->identity().centre);
    }
}

void Workspace::rememberHolder(const QString &analystName, const QString &centre)
{
    try {
        m_profile->setHolder(ProfileHolder {analystName, centre});
    } catch (const std::exception &e) {
        // Only a greeting is lost: the profile itself is not touched.
        qWarning("profile holder not saved: %s", e.what());
    }
}

void Workspace::followIncident(const QString &incidentId)
{
    // Called from a signal: a refusal here must not escape into Qt's event loop.
    try {
        m_chat->followIncident(incidentId);
    } catch (const std::exception &e) {
        qWarning("incident channel not brought in line: %s", e.what());
    }
}

// The engine goes first: it must not touch the log while the log is being destroyed.
Workspace::~Workspace()
{
    m_presence.reset();
    m_attachments.reset();
    m_sync.reset();
}

const LocalIdentity &Workspace::identity() const
{
    return m_log->identity();
}

QString Workspace::analystName(const QString &analystId) const
{
    return m_log->analystName(analystId);
}

int Workspace::outboxSize() const
{
    return m_log->outboxSize();
}

std::optional<HubEndpoint> Workspace::savedHub() const
{
    return HubEndpoint::load(m_profile->db());
}

DraftStore Workspace::drafts()
{
    return DraftStore(m_profile->db());
}

bool Workspace::startSync()
{
    if (!m_log->identity().isEnrolled() || !m_sync->useSavedHub())
        return false;
    m_sync->start();
    return true;
}

} // namespace liaison
