#pragma once

#include <QDate>
#include <QDateTime>
#include <QDialog>
#include <QStringList>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTimeEdit;

namespace liaison {

class Workspace;

// Schedules a call (issue #12): title, start on the organiser's clock in their zone, duration,
// attendees (required or optional, with their answers; this analyst's own answer set here),
// a video or phone link, a linked incident or channel. The times are shown side by side in
// the viewer's zone, the organiser's and the centres' (Ottawa, Washington, Idaho Falls,
// St. John's). "Find a time…" proposes slots from the attendees' working hours.
class CallDialog : public QDialog
{
    Q_OBJECT
public:
    CallDialog(Workspace &context, const QString &callId, const QDate &day,
               QWidget *parent = nullptr);

    QString callId() const { return m_id; }
    bool save();
    // Adds an analyst of the directory as an attendee row (not saved until save()).
    void addAttendee(const QString &analystId, bool optional,
                     const QString &rsvp = QStringLiteral("needs-action"),
                     const QString &attendeeId = {});
    // The start as the form says it, in UTC (invalid in a gap).
    QDateTime startUtc() const;
    void setStartUtc(const QDateTime &utc);
    QString organiserZone() const;
    // The lines of the side-by-side times.
    QStringList zoneLines() const { return m_zoneLines; }
    // Opens the Find a time dialog (window-modal; returned for tests).
    class FindTimeDialog *findTime();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void load();
    void updateTimes();
    void updateState();
    QStringList attendeeAnalysts() const;

    Workspace &m_context;
    QString m_id;
    QStringList m_zoneLines;

    QLabel *m_statusLabel = nullptr;
    QLabel *m_titleLabel = nullptr;
    QLineEdit *m_title = nullptr;
    QLabel *m_dateLabel = nullptr;
    QDateEdit *m_date = nullptr;
    QTimeEdit *m_time = nullptr;
    QLabel *m_zoneLabel = nullptr;
    QComboBox *m_zone = nullptr;
    QLabel *m_durationLabel = nullptr;
    QSpinBox *m_duration = nullptr;
    QLabel *m_timesLabel = nullptr;
    QLabel *m_times = nullptr;
    QLabel *m_attendeesLabel = nullptr;
    QTableWidget *m_attendees = nullptr;
    QComboBox *m_people = nullptr;
    QPushButton *m_addPerson = nullptr;
    QPushButton *m_removePerson = nullptr;
    QLabel *m_myAnswerLabel = nullptr;
    QComboBox *m_myAnswer = nullptr;
    QLabel *m_linkLabel = nullptr;
    QLineEdit *m_link = nullptr;
    QLabel *m_incidentLabel = nullptr;
    QComboBox *m_incident = nullptr;
    QLabel *m_channelLabel = nullptr;
    QComboBox *m_channel = nullptr;
    QPushButton *m_findTime = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_confirm = nullptr;
    QPushButton *m_cancelCall = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace liaison
