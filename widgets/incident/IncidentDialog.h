#pragma once

#include <QDialog>
#include <QHash>
#include <QSet>

class QDate;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;

namespace liaison {

class BlobTransfer;
class ChangedElsewhereBanner;
struct ConflictField;
class CommentsTab;
class EvidenceTab;
class HistoryTab;
class IncidentForm;
class IncidentService;
struct Incident;
class IndicatorsTab;
class TasksTab;

// One incident's window: the form of its own fields (IncidentForm) over one tab per area:
// indicators, comments and timeline, tasks and assignees, history, each over its own item
// model. The window coordinates what spans them: saving the fields the analyst changed in
// one edit, keeping unsaved edits as a draft at lock time, sharing (confirmed above
// TLP:GREEN, recorded in the timeline) and letting comments out later. A change made
// elsewhere to a field the analyst is editing keeps their text, says which field and who
// made it, and lets them compare both values and keep either (ChangedElsewhereBanner).
class IncidentDialog : public QDialog
{
    Q_OBJECT
public:
    IncidentDialog(IncidentService &service, const QString &incidentId, QWidget *parent = nullptr);

    const QString &incidentId() const { return m_id; }
    bool hasUnsavedChanges() const;
    // Applies the fields the analyst changed; false (with a message) when a value is refused.
    bool save();

    // The fields someone else changed while the analyst was editing them (named in the
    // banner), with both values as the analyst reads them.
    QList<ConflictField> conflicts() const;
    ChangedElsewhereBanner *changedBanner() const { return m_changed; }
    // The banner's Compare…: asks which to keep (CompareChangesDialog), then resolves.
    bool compareConflicts();
    // Keeps, per field, yours (true: saved now, replacing theirs) or theirs (your edit of
    // that field is dropped); the other fields being edited stay as they are. False when
    // saving yours was refused (with a message).
    bool resolveConflicts(const QHash<QString, bool> &keepMine);
    // Locking: keeps what the analyst typed and has not saved (changed fields, the comment
    // being written) as a local draft in the profile, never an op. False when nothing was
    // unsaved or it could not be kept.
    bool saveDraft();
    // Puts a kept draft back into the window, as unsaved edits, and forgets it. False when
    // there was none.
    bool restoreDraft();

    // Bulk paste: one indicator per line; a line's type is guessed.
    // Returns the lines that were refused ("line N: reason"), which stay in the paste box.
    QStringList addIndicatorsFromText(const QString &text);
    // Imports the indicators of a STIX 2.1 bundle file; returns how many were added (-1 when
    // the file could not be read) and the report of what was skipped and why.
    int importStix(const QString &path, QString *report);
    // Shares after asking (above TLP:GREEN); true when shared. TLP:RED goes to named people
    // of the other centres instead (chosen in ShareWithPeopleDialog), never a whole centre.
    bool share();
    // Lets one internal comment of a shared incident out (its author's centre only).
    bool shareComment(const QString &commentId);
    // Adds a task; an invalid date or an empty title gives a message and adds nothing.
    bool addTask(const QString &title, const QString &assignee, const QDate &due);
    bool assign(const QString &analyst);

    // Evidence downloads and progress through the profile's sync engine (nullptr: no hub).
    void setTransfer(BlobTransfer *transfer);
    EvidenceTab *evidenceTab() const { return m_evidence; }

    QLabel *noticeLabel() const { return m_notice; }
    QLineEdit *titleEdit() const;

signals:
    // The analyst asked for the incident's chat channel.
    void chatRequested(const QString &incidentId);
    // The analyst asked for another incident (an indicator seen elsewhere).
    void incidentRequested(const QString &incidentId);

protected:
    void changeEvent(QEvent *event) override;
    void done(int result) override;

private:
    bool shareWithPeople(const Incident &incident);
    void retranslateUi();
    void updateWindowTitle();
    void load(bool keepEdits);
    void onChanged(const QString &id, const QStringList &fields);
    QString draftRecord() const;
    void showNotice(const QString &text);
    // Saves these of the changed fields; the others stay changed.
    bool saveFields(const QSet<QString> &fields);
    void updateConflicts();

    IncidentService &m_service;
    QString m_id;
    QString m_title;
    QString m_reference; // "CCIRC-2026-7KQ4MX", for the window title too

    QLabel *m_notice = nullptr;
    ChangedElsewhereBanner *m_changed = nullptr;
    QStringList m_conflicts; // fields changed elsewhere while being edited here
    IncidentForm *m_form = nullptr;
    QTabWidget *m_tabs = nullptr;
    IndicatorsTab *m_indicators = nullptr;
    CommentsTab *m_comments = nullptr;
    TasksTab *m_tasks = nullptr;
    EvidenceTab *m_evidence = nullptr;
    HistoryTab *m_history = nullptr;
    QPushButton *m_chatButton = nullptr;
};

} // namespace liaison
