#pragma once

#include "services/ScheduleService.h"

#include <QAbstractListModel>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QStringList>
#include <QTimer>

namespace liaison {

// One visit or call as the calendar views show it, in the viewer's zone.
struct ScheduleEvent
{
    Visit visit;
    QString status; // ScheduleService::effectiveStatus: "approved" for an approved visit
    QDate firstDay; // viewer's local dates, both included (an all-day visit: its own dates)
    QDate lastDay;
    QDateTime localStart; // timed: start and end in the viewer's zone
    QDateTime localEnd;
    bool isCall() const { return visit.kind == QLatin1String("call"); }
    // Drawn in the all-day band: an all-day visit, or a timed event over several days.
    bool spansDays() const { return visit.allDay || firstDay != lastDay; }
};

// The events of a range of days for the Month, Week and Agenda views (issue #12): what
// ScheduleService::visitsBetween gives for the range (only the visible range is read),
// filtered by centre (the host centre, or the organiser's centre for a call) and by person
// (organiser or attendee), coloured by centre. Refreshed when a visit changes, local or
// remote (ScheduleService::visitChanged, coalesced: one read per burst).
class ScheduleEventModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Roles {
        IdRole = Qt::UserRole + 1,
        KindRole, // "in_person" or "call"
        CentreRole,
        StatusRole, // effective status key
        AllDayRole,
        FirstDayRole,
        LastDayRole,
        StartRole, // timed: QDateTime in the viewer's zone
        EndRole,
        ColourRole, // QColor of the centre
        CentreTagRole, // "CA", "US": the centre without colour
        HatchedRole, // bool: drawn hatched
    };

    explicit ScheduleEventModel(ScheduleService &service, QObject *parent = nullptr);

    // The days shown, viewer's local dates, both included.
    void setRange(const QDate &first, const QDate &last);
    QDate firstDay() const { return m_first; }
    QDate lastDay() const { return m_last; }
    // The viewer's IANA zone (the system's by default).
    void setViewerZone(const QString &zone);
    QString viewerZone() const { return m_zone; }
    // Empty: every centre / everyone.
    void setCentreFilter(const QString &centre);
    QString centreFilter() const { return m_centre; }
    void setPersonFilter(const QString &analystId);
    QString personFilter() const { return m_person; }
    // Reads the range again now (visitChanged does it after the current burst).
    void refresh();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;

    const ScheduleEvent &event(int row) const { return m_events.at(row); }
    int rowOf(const QString &id) const { return m_rowById.value(id, -1); }
    const QList<ScheduleEvent> &events() const { return m_events; }
    // The centre an event is filed under: the host centre, else its owner's.
    static QString eventCentre(const Visit &visit);
    // Rows of the events on a day, in the model's order.
    QList<int> rowsOn(const QDate &day) const;

    // A line for the Agenda view and tooltips: when, what, where, centre, status.
    QString describe(const ScheduleEvent &event) const;
    QString whenText(const ScheduleEvent &event) const;
    // A visit's or call's status in the UI language ("approved" -> "Approved").
    static QString statusText(const QString &status);

private:
    ScheduleService &m_service;
    QDate m_first;
    QDate m_last;
    QString m_zone;
    QString m_centre;
    QString m_person;
    QList<ScheduleEvent> m_events;
    QHash<QString, int> m_rowById;
    QTimer m_refreshTimer;
};

} // namespace liaison
