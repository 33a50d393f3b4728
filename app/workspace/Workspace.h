#pragma once

#include <QObject>

#include <memory>
#include <optional>

namespace liaison {

class ChatAttachments;
class ChatService;
class Clock;
class DraftStore;
class IncidentService;
class OpLog;
class Presence;
class Profile;
class ScheduleService;
class SearchIndex;
class SyncEngine;
struct HubEndpoint;
struct LocalIdentity;

// Everything that lives while a profile is unlocked: the profile, its op log, the services and
// the sync engine. GUI-free (Qt Core only): the desktop, liaison-cli and the demo each hold one
// per open profile. Views call the services and the few calls below, not the op log or the
// database. Members are destroyed in reverse order: the engine first, then the services, the
// log and the profile (which closes the database and releases the folder lock).
class Workspace : public QObject
{
    Q_OBJECT
public:
    // Throws StorageError when the op log cannot load its identity.
    explicit Workspace(std::unique_ptr<Profile> profile, QObject *parent = nullptr);
    Workspace(std::unique_ptr<Profile> profile, const Clock &clock, QObject *parent = nullptr);
    ~Workspace() override;

    Profile &profile() { return *m_profile; }
    OpLog &opLog() { return *m_log; }
    IncidentService &incidents() { return *m_incidents; }
    ChatService &chat() { return *m_chat; }
    // Files of chat messages, following the sync engine's transfers.
    ChatAttachments &attachments() { return *m_attachments; }
    ScheduleService &schedule() { return *m_schedule; }
    SearchIndex &search() { return *m_search; }
    SyncEngine &sync() { return *m_sync; }
    // Who is online and typing (off until the desktop turns it on).
    Presence &presence() { return *m_presence; }

    // This device: analyst, centre, enrolment.
    const LocalIdentity &identity() const;
    // An analyst's display name from the hub's directory (the id when unknown).
    QString analystName(const QString &analystId) const;
    // Local changes the hub has not acknowledged yet.
    int outboxSize() const;
    // The hub saved at enrolment, if any.
    std::optional<HubEndpoint> savedHub() const;
    // Unsaved edits kept at lock time (local to this device, never synced).
    DraftStore drafts();
    // Starts syncing with the hub saved at enrolment; false when there is none.
    bool startSync();

signals:
    // Local or remote changes were applied (any record).
    void changesApplied();
    void outboxChanged(int size);

private:
    void followIncident(const QString &incidentId);
    void rememberHolder(const QString &analystName, const QString &centre);

    std::unique_ptr<Profile> m_profile;
    std::unique_ptr<OpLog> m_log;
    std::unique_ptr<IncidentService> m_incidents;
    std::unique_ptr<ChatService> m_chat;
    std::unique_ptr<ScheduleService> m_schedule;
    std::unique_ptr<SearchIndex> m_search;
    std::unique_ptr<SyncEngine> m_sync;
    std::unique_ptr<Presence> m_presence;
    std::unique_ptr<ChatAttachments> m_attachments; // follows m_sync's transfers: goes first
};

} // namespace liaison
