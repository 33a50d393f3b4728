#pragma once

#include "domain/Enums.h"
#include "domain/IndicatorValidator.h"
#include "services/IncidentHistory.h"
#include "services/ServiceBase.h"

#include <QDate>
#include <QList>
#include <QSet>

#include <optional>

namespace liaison {

struct Incident
{
    QString id;
    QString title;
    QString summary;
    QString status;
    QString severity;
    QString tlp;
    QString pap;
    QString sector;
    QString ownerCentre;
    QString scope;
    qint64 createdAt = 0;
    quint64 updatedHlc = 0;
    bool deleted = false;
};

struct IncidentDraft
{
    QString title;
    QString summary;
    Severity severity = Severity::Medium;
    Tlp tlp = Tlp::Amber;
    QString pap = QStringLiteral("amber");
    QString sector;
    // Empty: a new random id. Otherwise the id to create the incident under (a UUID, lowercase,
    // no braces), so that a script that was killed can retry without making a duplicate;
    // refused (ValidationError "id") when malformed or already taken. Last, so that brace
    // initialisers of the fields above keep working (the default initialiser keeps
    // -Wmissing-field-initializers quiet about them).
    QString id = {};
};

struct Indicator
{
    QString id;
    QString incidentId;
    QString type;
    QString value; // live (refanged); defang() for a safe copy
    QString note;
    QString source; // "message:ID" from a chat message, "import:stix" imported, "" typed in
    // Schema 10. Its own marking (a TLP key; empty for one written before: its incident's).
    QString tlp;
    // What is shown and honoured at every egress: the stricter of its own marking and its
    // incident's (an incident raised above its indicators takes them along).
    QString effectiveTlp;
    // "shared" (follows its incident), "centre" (never leaves the owner centre) or empty
    // (written before schema 10: follows its incident).
    QString scope;
    bool ioc = false; // an indicator of compromise (not just an observable)
    bool sighted = false; // seen in the analyst's own networks or logs
    qint64 firstSeen = 0; // ms since the epoch; 0 = not known
    qint64 lastSeen = 0;
    // Its own marking keeps it in its centre whatever happens to its incident: AMBER+STRICT,
    // or RED in an incident that is not (the others follow the incident when it leaves).
    bool homeOnly = false;
    // It is marked so and has not left (an indicator raised after it left has left).
    bool staysInCentre() const { return homeOnly && scope != QLatin1String("shared"); }
};

// Changes of one indicator; unset fields are left as they are.
struct IndicatorEdit
{
    std::optional<Tlp> tlp;
    std::optional<bool> ioc;
    std::optional<bool> sighted;
    std::optional<qint64> firstSeen; // 0 clears
    std::optional<qint64> lastSeen; // 0 clears
    std::optional<QString> note;
};

// Another incident (that this analyst can see) holding an indicator of the same type and value.
struct IndicatorSighting
{
    QString indicatorId; // the indicator of this incident
    QString otherIncidentId;
    QString otherTitle;
};

struct IncidentComment
{
    QString id;
    QString incidentId;
    QString body;
    QString kind; // "comment" or "timeline"
    QString author;
    qint64 occurredAt = 0;
    QString scope; // "centre" (internal to its author's centre) or "shared"
    QString centre; // the author's centre (the only one that may share the comment)
};

// Who may read a comment: the author's centre only, or also the counterpart centre once the
// incident is shared.
enum class CommentVisibility { Internal, Shared };

struct IncidentTask
{
    QString id;
    QString incidentId;
    QString title;
    QString assignee;
    QString dueDate; // ISO 8601 date or empty
    bool done = false;
};

struct NamedChild
{
    QString id;
    QString name; // tag name or analyst id
};

// Several fields of an incident changed at once (the incident window's Save, `incident set`).
struct IncidentEdit
{
    std::optional<QString> title;
    std::optional<QString> summary;
    std::optional<IncidentStatus> status;
    std::optional<Severity> severity;
    std::optional<Tlp> tlp;
    QString tlpReason; // required when lowering TLP:AMBER+STRICT
    std::optional<QString> sector;
};

// What an analyst did that let an incident (or part of it) leave its scope or marking.
// A file kept on an incident (schema 7); its bytes are a blob of the profile (BlobStore).
struct EvidenceFile
{
    QString id;
    QString incidentId;
    QString name;
    QString mediaType;
    qint64 size = 0;
    QString sha256;
    QString addedBy; // analyst id of the op that added it
    qint64 addedAtMs = 0; // wall time of that op's HLC
    bool onThisComputer = false; // the blob is complete in this profile
};

// What an analyst did that let an incident (or part of it) leave its scope or marking.
enum class ReleaseAction {
    Share,
    ExportStix,
    ExportCsv,
    CopyOut,
    ShareNamed,
    UnshareNamed,
    SaveEvidence, // an evidence file written to disk
    OpenEvidence, // an evidence file handed to another program
    SaveAttachment, // a file sent in the incident's channel written to disk
    OpenAttachment // the same handed to another program
};

// The only API through which models and widgets read and change incidents.
class IncidentService : public ServiceBase
{
    Q_OBJECT
public:
    explicit IncidentService(OpLog &log, QObject *parent = nullptr);

    // New incidents start in the owner's centre scope; sharing is an explicit act.
    QString createIncident(const IncidentDraft &draft);
    // Creates the incident and shares it with both centres, with its release record, in one
    // transaction (three ops: the incident, its scope, the release). Refused (ValidationError
    // "tlp", as share()) for TLP:AMBER+STRICT and TLP:RED; nothing is written then.
    QString createSharedIncident(const IncidentDraft &draft);
    // True for the form newId() makes: a UUID in lowercase, without braces.
    static bool isIncidentId(const QString &id);
    void setTitle(const QString &id, const QString &title);
    void setSummary(const QString &id, const QString &summary);
    void setStatus(const QString &id, IncidentStatus status);
    void setSeverity(const QString &id, Severity severity);
    // Changes the marking and records it in the timeline (from, to, reason). Lowering
    // TLP:AMBER+STRICT needs a reason (ValidationError "reason"/"required").
    void setTlp(const QString &id, Tlp tlp, const QString &reason = {});
    void setSector(const QString &id, const QString &sector);
    // Applies every given field whose value differs, and the record of a marking change, in
    // one transaction; every value is checked first, so a refused one changes nothing.
    void edit(const QString &id, const IncidentEdit &edit);
    // Widens the scope to both centres (never the other way), with the internal comments the
    // analyst picked, and records the release, in one transaction. Refused (ValidationError
    // "tlp") for TLP:AMBER+STRICT and TLP:RED, and ("scope", "not-owner") outside the owner
    // centre.
    void share(const QString &id, const QStringList &commentIds = {});
    // Lets internal comments of a shared incident out, later, with a release record; only
    // comments written in this centre (ValidationError "comment"/"not-own"), only on a shared
    // incident ("scope"/"not-shared").
    void shareComments(const QString &incidentId, const QStringList &commentIds);
    // Why the marking forbids sharing with a whole centre ("share-forbidden-..."), or empty.
    static QString shareRefusal(const QString &tlp);
    // Shares the incident with named analysts of the hub's directory (the way TLP:RED leaves
    // its centre: to named people, never to a whole centre), with a release record, in one
    // transaction. Only the owner centre ("scope"/"not-owner"); never TLP:AMBER+STRICT to
    // another centre ("tlp"/"share-forbidden-amber-strict"); only analysts the directory
    // knows ("analyst"/"unknown"). Analysts already named are left as they are.
    void shareWithAnalysts(const QString &id, const QStringList &analystIds);
    // Takes an analyst off the list: they receive nothing written after it.
    void unshareWithAnalyst(const QString &id, const QString &analystId);
    struct Member
    {
        QString analystId;
        QString name;
        QString centre;
    };
    // The analysts the incident is shared with by name, by name.
    QList<Member> members(const QString &id) const;
    // The analysts of the other centres in this device's copy of the hub's directory (whom
    // an incident can be shared with by name), by name.
    QList<Member> counterpartAnalysts() const;
    // Every analyst of this device's copy of the hub's directory, both centres, by name: whom
    // an incident can be assigned to.
    QList<Member> directoryAnalysts() const;
    // Names exactly `analystIds` (adds the new ones, takes off the others), with their release
    // records, in one transaction; the same checks as shareWithAnalysts.
    void setNamedAnalysts(const QString &id, const QStringList &analystIds);
    void remove(const QString &id);

    // Throws ValidationError("value", reason) for an invalid indicator.
    // source: where it came from ("message:ID" for a chat message; empty when typed in).
    QString addIndicator(const QString &incidentId, IndicatorType type, const QString &value,
                         const QString &note = {}, const QString &source = {});
    // Adds many indicators in one transaction (an import); all valid or none added.
    struct NewIndicator
    {
        IndicatorType type {};
        QString value;
        QString note;
        QString source;
        // Schema 10. Unset: the incident's marking. Looser than the incident's is refused
        // (ValidationError "tlp"/"looser-than-incident").
        std::optional<Tlp> tlp = {};
        bool ioc = false;
        bool sighted = false;
        qint64 firstSeen = 0; // ms; 0 = not known
        qint64 lastSeen = 0; // after firstSeen ("last_seen"/"before-first-seen")
    };
    // Each new indicator is written with its marking and its scope: "centre" while the incident
    // has not left its centre (share() lets out those whose marking allows), else
    // indicatorScope().
    QStringList addIndicators(const QString &incidentId, const QList<NewIndicator> &indicators);
    QString addIndicator(const QString &incidentId, const NewIndicator &indicator);
    // Changes an indicator in one op. A marking looser than its incident's is refused; a new
    // marking is written with its scope (indicatorScope()) while the indicator has not left
    // its centre; one that has left (indicatorHasLeft()) may still be raised, which changes
    // nothing of what the other centre already holds (the UI says so).
    void editIndicator(const QString &indicatorId, const IndicatorEdit &edit);
    void setIndicatorTlp(const QString &indicatorId, Tlp tlp);
    void removeIndicator(const QString &indicatorId);
    // The scope an indicator marked indicatorTlp takes in an incident marked incidentTlp
    // (docs/PROTOCOL.md §7.2): "centre" for AMBER+STRICT, and for RED under an incident that is
    // not RED; "shared" (it follows its incident) otherwise.
    static QString indicatorScope(Tlp indicatorTlp, Tlp incidentTlp);
    // The indicator has reached the other centre: its incident is shared and it follows it.
    bool indicatorHasLeft(const Indicator &indicator) const;
    // Of the incident's indicators, those that stay in the centre when it is shared.
    QList<Indicator> indicatorsStayingInCentre(const QString &incidentId) const;
    // The strictest marking among the incident and its indicators (what an export of it
    // carries out; Tlp::Red when a marking cannot be read).
    Tlp strictestMarking(const QString &incidentId) const;
    // Records that indicators were copied out of Liaison (count, their strictest marking), in
    // the incident's timeline, as an export is.
    QString recordIndicatorCopy(const QString &incidentId, int count, Tlp strictest);
    // "Seen elsewhere": for the incident's indicators, the other live incidents of this
    // profile holding the same type and value (TheHive's similarity).
    QList<IndicatorSighting> indicatorsSeenElsewhere(const QString &incidentId) const;
    QString addComment(const QString &incidentId, const QString &body,
                       CommentVisibility visibility = CommentVisibility::Internal);
    // Records a release in the incident's timeline (a comment of kind "release", signed by
    // this device like any op, so the log says who released what, when, under which TLP).
    // Its body is machine-readable ("share tlp:amber"): views show it translated.
    QString recordRelease(const QString &incidentId, ReleaseAction action);
    // The same for many incidents (an export), in one transaction; all exist or none recorded.
    QStringList recordReleases(const QStringList &incidentIds, ReleaseAction action);
    static QString releaseBody(ReleaseAction action, const QString &tlp);
    // "tlp tlp:FROM tlp:TO" and the reason on a second line: a marking change in the timeline.
    static QString markingBody(const QString &from, const QString &to, const QString &reason);
    QString addTask(const QString &incidentId, const QString &title, const QString &assignee = {},
                    const QDate &due = {});
    void setTaskDone(const QString &taskId, bool done);
    QString assign(const QString &incidentId, const QString &analystId);
    void unassign(const QString &assigneeId);
    QString addTag(const QString &incidentId, const QString &name);
    void removeTag(const QString &tagId);

    // Evidence files. addEvidence reads the file into the profile's encrypted blob store (to
    // be uploaded to the hub) and records it on the incident; refused (ValidationError
    // "file" / "unreadable", "too-large", "empty-name") when it cannot be read or is above
    // the hub's limit (evidenceLimit()). name: as shown (the file's name by default).
    QString addEvidence(const QString &incidentId, const QString &filePath,
                        const QString &name = {});
    qint64 evidenceLimit() const;
    void removeEvidence(const QString &evidenceId);
    QList<EvidenceFile> evidence(const QString &incidentId) const;
    std::optional<EvidenceFile> evidenceFile(const QString &evidenceId) const;
    // Writes the file out (atomically, checked against its SHA-256) and records the release
    // (SaveEvidence or OpenEvidence) in the incident's timeline, in that order: a failed write
    // records nothing. Throws BlobError (NotHere: download it first).
    void exportEvidence(const QString &evidenceId, const QString &path, ReleaseAction action);

    std::optional<Incident> incident(const QString &id) const;
    QList<Incident> incidents() const; // not deleted, newest change first
    QList<Indicator> indicators(const QString &incidentId) const;
    std::optional<Indicator> indicator(const QString &indicatorId) const;
    // The analyst who added it (the author of its first op; empty when unknown).
    QString indicatorAuthor(const QString &indicatorId) const;
    QList<IncidentComment> comments(const QString &incidentId) const;
    QList<IncidentTask> tasks(const QString &incidentId) const;
    QList<NamedChild> assignees(const QString &incidentId) const;
    QList<NamedChild> tags(const QString &incidentId) const;
    // Incidents assigned to analystId (assignments not removed).
    QSet<QString> incidentsAssignedTo(const QString &analystId) const;
    // The incident's audit trail: the signed ops of the incident and of every record under
    // it (indicators, comments and releases, tasks, assignees, tags, members, evidence;
    // removed ones too), newest first; ops the hub refused are left out.
    QList<Op> history(const QString &incidentId) const;
    // The same as edits (groupHistory): what each save changed, old and new values.
    QList<HistoryEdit> historyEdits(const QString &incidentId) const;
    // Which device wrote an op, as the analyst can tell it: this one, one of the author's
    // devices in the hub's directory (number of count, in the directory's order), or one the
    // directory does not know. The directory gives devices no names.
    struct HistoryDevice
    {
        enum class Kind { ThisDevice, Known, Unknown };
        Kind kind = Kind::Unknown;
        int number = 0;
        int count = 0;
    };
    HistoryDevice historyDevice(const QString &deviceId) const;
    // The incident's status changes, oldest first, for its timeline.
    struct StatusChange
    {
        QString opId;
        QString author; // analyst id
        qint64 atMs = 0; // wall time of the op's HLC
        QString from; // status keys
        QString to;
    };
    QList<StatusChange> statusChanges(const QString &incidentId) const;

    // "Changed since I last looked": incidents that others changed (the incident or one of its
    // children) since the analyst last opened them on this device. Local, never synced.
    QSet<QString> unseenIncidents() const;
    void markSeen(const QString &incidentId);

signals:
    void incidentAdded(const QString &id);
    void incidentChanged(const QString &id, const QStringList &fields);
    void incidentRemoved(const QString &id);
    void indicatorsChanged(const QString &incidentId);
    void commentsChanged(const QString &incidentId);
    void tasksChanged(const QString &incidentId);
    void assigneesChanged(const QString &incidentId);
    void tagsChanged(const QString &incidentId);
    void evidenceChanged(const QString &incidentId);
    void linksChanged(const QString &incidentId); // its links to other incidents (schema 10)
    void templatesChanged(); // an incident template was added, changed or removed
    void seenChanged(const QString &incidentId, bool unseen);

private:
    void onApplied(const std::vector<RoutedChange> &changes);
    void requireIncident(const QString &id) const;
    // The incident, if this centre owns it (ValidationError "incident"/"not-found",
    // "scope"/"not-owner" otherwise).
    Incident ownIncident(const QString &id) const;
    // The checked change that creates draft's incident (in the owner's centre scope).
    Change creation(const IncidentDraft &draft) const;
    void setField(const QString &id, const char *field, FieldValue value);
    Change releaseChange(const QString &incidentId, const QString &body);
    // The scope ops that let the picked comments out; throws if one is not a comment of this
    // incident written in this centre.
    void appendCommentShares(const QString &incidentId, const QStringList &commentIds,
                             std::vector<Change> &changes) const;
    // The ops the hub refused (they stay in the signed log, never in the history).
    QSet<QString> refusedOps() const;
    QList<NamedChild> namedChildren(const char *table, const char *column,
                                    const QString &incidentId) const;
    // The ops that let the incident's indicators kept home follow it when it leaves with
    // marking tlp (those whose own marking allows it).
    void appendIndicatorShares(const Incident &incident, const QString &tlp,
                               std::vector<Change> &changes) const;
    // The incident has left its centre: shared, or shared with named people.
    bool incidentHasLeft(const Incident &incident) const;
    // The scope a new indicator (or one newly marked) takes: "centre" while its incident has
    // not left, else indicatorScope().
    QString newIndicatorScope(Tlp indicatorTlp, const Incident &incident) const;
};

} // namespace liaison
