#pragma once

#include "domain/ScheduleTypes.h"

#include <QDialog>
#include <QHash>
#include <QStringList>

#include <memory>

class QListWidget;
class QSpinBox;

namespace liaison {

// What the call editor asks "find a time" for: the organiser's zone and days, the call's
// length, who is optional, and the earliest start (now).
struct FindTimeAsk
{
    QString timeZone;
    QDate firstDay;
    int days = 14;
    int lengthMinutes = 60;
    QStringList optional;
    QDateTime notBefore; // UTC
};

// "Find a time…" (issue #12, docs/FINDTIME.md) over the chosen attendees' working hours for
// the next days (14 by default): a grid, a row per day and a cell per half hour, green where
// everyone is free, days off (holidays), bookings and hours outside working hours greyed out
// (each with its own pattern as well as shade); and the best slots, of which picking one fills
// the call's start. (domain/FindTime stays out of this header: its Presence would meet
// sync/Presence in the files that include both.)
class FindTimeDialog : public QDialog
{
    Q_OBJECT
public:
    // names: Availability::who -> the name shown.
    FindTimeDialog(const QList<Availability> &people, const QHash<QString, QString> &names,
                   const FindTimeAsk &ask, QWidget *parent = nullptr);
    ~FindTimeDialog() override;

    QListWidget *slotList() const;
    QSpinBox *daysSpin() const;
    // The slots found, best first (UTC starts).
    QList<QDateTime> slotStarts() const;
    // The grid: its days, and a cell's presence key ("free", "day-off", "outside-hours",
    // "busy") as painted (free when everyone is free, else the first reason of anyone).
    int gridDays() const;
    QDate gridDay(int day) const;
    int gridCells(int day) const;
    QDateTime gridCellStart(int day, int cell) const;
    QString gridCell(int day, int cell) const;
    // The start of the slot picked (UTC), once accepted.
    QDateTime chosenStart() const;

private:
    void search();
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace liaison
