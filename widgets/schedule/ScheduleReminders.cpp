#include "widgets/schedule/ScheduleReminders.h"

#include "domain/TimeZones.h"
#include "models/schedule/CentreInfo.h"
#include "services/ScheduleService.h"
#include "sync/OpLog.h"
#include "workspace/Workspace.h"

#include <QLocale>
#include <QSettings>
#include <QTimeZone>

namespace liaison {

namespace {
constexpr char kMinutesKey[] = "schedule/reminderMinutes";
constexpr int kDefaultMinutes = 15;
} // namespace

ScheduleReminders::ScheduleReminders(Workspace &context, Show show, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_show(std::move(show))
{
    m_timer.setInterval(30 * 1000);
    connect(&m_timer, &QTimer::timeout, this, [this] { check(); });
    m_timer.start();
}

int ScheduleReminders::savedMinutes()
{
    return std::clamp(QSettings().value(QLatin1String(kMinutesKey), kDefaultMinutes).toInt(), 0,
                      24 * 60);
}

void ScheduleReminders::saveMinutes(int minutes)
{
    QSettings().setValue(QLatin1String(kMinutesKey), std::clamp(minutes, 0, 24 * 60));
}

int ScheduleReminders::check()
{
    const int minutes = savedMinutes();
    if (minutes <= 0 || !m_show)
        return 0;
    const ScheduleService &schedule = m_context.schedule();
    const QString me = m_context.identity().analystId;
    const QDateTime now
        = QDateTime::fromMSecsSinceEpoch(m_context.opLog().clock().nowMs(), QTimeZone::utc());
    // What starts from now to the reminder's horizon (a started event is not reminded).
    const QList<Visit> soon = schedule.visitsBetween(now, now.addSecs(qint64(minutes) * 60 + 1));
    int shown = 0;
    const QLocale locale;
    for (const Visit &v : soon) {
        if (v.startsAt < now || v.status == QLatin1String("cancelled"))
            continue;
        const QString key
            = v.id + QLatin1Char('@') + QString::number(v.startsAt.toMSecsSinceEpoch());
        if (m_shown.contains(key))
            continue;
        bool mine = v.organiser == me;
        for (const VisitAttendee &a : schedule.attendeesOf(v.id))
            mine = mine || (a.analystId == me && a.rsvp != QLatin1String("declined"));
        if (!mine)
            continue;
        m_shown.insert(key);
        const QDateTime local = inZone(v.startsAt, systemZone());
        const bool call = v.kind == QLatin1String("call");
        //: Tray notification title
        const QString title = call ? tr("Call reminder") : tr("Visit reminder");
        //: Tray notification: %1 the call's or visit's title, %2 when it starts (viewer's time)
        m_show(title,
               tr("%1 starts at %2.").arg(v.title, locale.toString(local, QLocale::ShortFormat)));
        ++shown;
    }
    return shown;
}

} // namespace liaison
