#pragma once

#include "domain/Holidays.h"

#include <QColor>
#include <QDate>
#include <QString>

namespace liaison {

// What the scheduler's views assume of a centre the directory names only by its id: the zone
// its analysts work in, the holidays they have off, and how its events look in a calendar.
// The hub's directory carries no zone per analyst; these are the centres' own (docs/SCHEDULE.md,
// "Schedule page").
struct CentreInfo
{
    QString zone; // IANA id; empty when the centre is not one we know
    Country country = Country::Canada;
    QString region; // holiday region ("ON", "DC")
    bool hasHolidays = false;
};

CentreInfo centreInfo(const QString &centre);
// The centre's country ("CA", "US"), empty when the centre is not one we know.
QString centreCountryCode(const QString &centre);
// This system's IANA zone, or UTC when the system's is not one the tz database knows.
QString systemZone();
// The centre's zone, else fallback.
QString centreZone(const QString &centre, const QString &fallback);
// The holiday observed at the centre on day, named in the UI language; empty when none.
QString centreHoliday(const QString &centre, const QDate &day);

// A stable colour per centre (the same on every run and device), dark enough for white text.
QColor centreColour(const QString &centre);
// A short tag that says the centre without colour ("CA", "US", else the id's first letters).
QString centreTag(const QString &centre);
// Whether the centre's events are drawn hatched (every other centre), so that two centres
// differ in pattern as well as in colour.
bool centreHatched(const QString &centre);

} // namespace liaison
