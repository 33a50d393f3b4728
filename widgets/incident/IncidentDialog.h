#pragma once

#include <QDialog>
#include <QSet>

#include <array>
#include <optional>
#include <utility>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class QTreeWidget;

namespace liaison {

class IncidentService;
class OpLog;

// Views and edits one incident: its fields, indicators (validated per type, bulk paste),
// comments and timeline (releases shown as sentences), and its history from the op log.
// Edits are saved field by field (only what the analyst changed); a change made elsewhere to
// a field the analyst is editing keeps their text and says so. Sharing with the counterpart
// centre is an explicit action, confirmed above TLP:GREEN and recorded in the timeline.
class IncidentDialog : public QDialog
{
    Q_OBJECT
public:
    IncidentDialog(IncidentService &service, OpLog &log, const QString &incidentId,
                   QWidget *parent = nullptr);

    const QString &incidentId() const { return m_id; }
    bool hasUnsavedChanges() const;
    // Applies the fields the analyst changed; false (with a message) when a value is refused.
    bool save();
    // Locking: keeps what the analyst typed and has not saved (changed fields, the comment
    // being written) as a local draft in the profile, never an op. False when nothing was
    // unsaved or it could not be kept.
    bool saveDraft();
    // Puts a kept draft back into the window, as unsaved edits, and forgets it. False when
    // there was none.
    bool restoreDraft();

    // Bulk paste: one indicator per line; a line's type is guessed unless type is given.
    // Returns the lines that were refused ("line N: reason"), which stay in the paste box.
    QStringList addIndicatorsFromText(const QString &text);
    // Imports the indicators of a STIX 2.1 bundle file; returns how many were added (-1 when
    // the file could not be read) and the report of what was skipped and why.
    int importStix(const QString &path, QString *report);
    // Shares after asking (above TLP:GREEN); true when shared.
    bool share();
    // Lets one internal comment of a shared incident out (its author's centre only).
    bool shareComment(const QString &commentId);
    // Adds a task; an invalid date or an empty title gives a message and adds nothing.
    bool addTask(const QString &title, const QString &assignee, const QDate &due);
    bool assign(const QString &analyst);

    QLabel *noticeLabel() const { return m_notice; }
    QLineEdit *titleEdit() const { return m_title; }

protected:
    void done(int result) override;

private:
    void load(bool keepEdits);
    void loadIndicators();
    void loadComments();
    void loadHistory();
    void loadTasks();
    void loadAssignees();
    void onChanged(const QString &id, const QStringList &fields);
    void addIndicator();
    void addComment();
    void updateComposerScope();
    QString draftRecord() const;
    // The fields edited with a choice box, by their field name.
    std::array<std::pair<const char *, QComboBox *>, 4> choiceFields() const;
    bool confirm(const QString &title, const QString &text);
    QString releaseSentence(const QString &body, const QString &author) const;

    IncidentService &m_service;
    OpLog &m_log;
    QString m_id;
    QSet<QString> m_dirty; // fields the analyst changed and has not saved
    bool m_loading = false;

    QLineEdit *m_title = nullptr;
    QPlainTextEdit *m_summary = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_severity = nullptr;
    QComboBox *m_tlp = nullptr;
    QComboBox *m_sector = nullptr;
    QLabel *m_owner = nullptr;
    QLabel *m_scope = nullptr;
    QLabel *m_notice = nullptr;
    QPushButton *m_shareButton = nullptr;
    QPushButton *m_saveButton = nullptr;

    QTableWidget *m_indicators = nullptr;
    QComboBox *m_indicatorType = nullptr;
    QLineEdit *m_indicatorValue = nullptr;
    QLabel *m_indicatorMessage = nullptr;
    QPlainTextEdit *m_paste = nullptr;

    QTableWidget *m_tasks = nullptr;
    QLineEdit *m_taskTitle = nullptr;
    QLineEdit *m_taskAssignee = nullptr;
    QCheckBox *m_taskHasDue = nullptr;
    QDateEdit *m_taskDue = nullptr;
    QLabel *m_taskMessage = nullptr;
    QListWidget *m_assignees = nullptr;
    QLineEdit *m_newAssignee = nullptr;

    QListWidget *m_comments = nullptr;
    QPlainTextEdit *m_newComment = nullptr;
    QCheckBox *m_commentShared = nullptr;
    QLabel *m_composerScope = nullptr;
    bool m_shared = false;
    QTreeWidget *m_history = nullptr;
};

} // namespace liaison
