#include "widgets/print/VisitAgenda.h"

#include "domain/DomainText.h"
#include "domain/TimeZones.h"
#include "domain/ValidationError.h"
#include "services/ScheduleService.h"
#include "sync/OpLog.h"

#include <QCoreApplication>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QTimeZone>

namespace liaison {

namespace {

// The translation context of the agenda's words.
struct VisitAgenda
{
    Q_DECLARE_TR_FUNCTIONS(VisitAgenda)
};

QString esc(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>"));
}

// The visit's workflow state in the UI's words.
QString statusText(const QString &status)
{
    if (status == QLatin1String("draft"))
        return VisitAgenda::tr("Draft", "visit status");
    if (status == QLatin1String("proposed"))
        return VisitAgenda::tr("Proposed", "visit status");
    if (status == QLatin1String("approved"))
        return VisitAgenda::tr("Approved", "visit status");
    if (status == QLatin1String("confirmed"))
        return VisitAgenda::tr("Confirmed", "visit status");
    if (status == QLatin1String("completed"))
        return VisitAgenda::tr("Completed", "visit status");
    if (status == QLatin1String("cancelled"))
        return VisitAgenda::tr("Cancelled", "visit status");
    if (status == QLatin1String("tentative"))
        return VisitAgenda::tr("Tentative", "call status");
    return status;
}

QString answerText(const QString &rsvp)
{
    if (rsvp == QLatin1String("accepted"))
        return VisitAgenda::tr("accepted", "an attendee's answer");
    if (rsvp == QLatin1String("declined"))
        return VisitAgenda::tr("declined", "an attendee's answer");
    if (rsvp == QLatin1String("tentative"))
        return VisitAgenda::tr("tentative", "an attendee's answer");
    return VisitAgenda::tr("no answer yet", "an attendee's answer");
}

} // namespace

QString visitAgendaHtml(ScheduleService &schedule, const QString &visitId, const QLocale &locale)
{
    const auto found = schedule.visit(visitId);
    if (!found)
        throw ValidationError(QStringLiteral("visit"), QStringLiteral("not-found"));
    const Visit &v = *found;
    const QString zone = v.timezone.isEmpty() ? QStringLiteral("UTC") : v.timezone;
    QString html = QStringLiteral("<html><body>");
    html += QStringLiteral("<h1>%1</h1>").arg(esc(v.title));
    const auto row = [&html](const QString &label, const QString &value) {
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(esc(label), value);
    };
    html += QStringLiteral("<table cellpadding=\"3\">");
    if (v.allDay) {
        //: The days of a visit: %1 its first day, %2 its last day (both included)
        row(VisitAgenda::tr("Dates"),
            esc(VisitAgenda::tr("%1 to %2")
                    .arg(locale.toString(v.startDate, QLocale::LongFormat),
                         locale.toString(v.endDate, QLocale::LongFormat))));
    } else {
        const QDateTime start = inZone(v.startsAt, zone);
        const QDateTime end = inZone(v.endsAt, zone);
        //: %1 the start, %2 the end time, %3 the time zone's offset ("UTC−05:00")
        row(VisitAgenda::tr("When"),
            esc(VisitAgenda::tr("%1 to %2 (%3)")
                    .arg(locale.toString(start, QLocale::LongFormat),
                         locale.toString(end.time(), QLocale::ShortFormat),
                         offsetLabel(zone, v.startsAt))));
    }
    if (!v.hostCentre.isEmpty())
        row(VisitAgenda::tr("Host centre"), esc(v.hostCentre));
    if (!v.location.isEmpty())
        row(VisitAgenda::tr("Location"), esc(v.location));
    row(VisitAgenda::tr("Status"), esc(statusText(schedule.effectiveStatus(v))));
    if (v.travelBefore > 0 || v.travelAfter > 0)
        //: Travel days before and after a visit: %1 before, %2 after
        row(VisitAgenda::tr("Travel days"),
            esc(VisitAgenda::tr("%1 before, %2 after")
                    .arg(locale.toString(v.travelBefore), locale.toString(v.travelAfter))));
    if (!v.purpose.isEmpty())
        row(VisitAgenda::tr("Purpose"), esc(v.purpose));
    if (v.status == QLatin1String("cancelled") && !v.cancelReason.isEmpty())
        row(VisitAgenda::tr("Reason for cancelling"), esc(v.cancelReason));
    html += QStringLiteral("</table>");

    html += QStringLiteral("<h2>%1</h2><ul>").arg(esc(VisitAgenda::tr("Visitors and attendees")));
    const QList<VisitAttendee> people = schedule.attendeesOf(v.id);
    for (const VisitAttendee &a : people) {
        QString name = a.name;
        if (name.isEmpty() && !a.analystId.isEmpty())
            name = schedule.analystName(a.analystId);
        if (name.isEmpty())
            name = a.email;
        //: An attendee on a visit's agenda: %1 the name, %2 the answer ("accepted")
        html += QStringLiteral("<li>%1</li>")
                    .arg(esc(VisitAgenda::tr("%1 (%2)").arg(name, answerText(a.rsvp))));
    }
    if (people.isEmpty())
        html += QStringLiteral("<li>%1</li>").arg(esc(VisitAgenda::tr("Nobody yet")));
    html += QStringLiteral("</ul>");

    html += QStringLiteral("<h2>%1</h2><ul>").arg(esc(VisitAgenda::tr("Approvals")));
    const QList<VisitApproval> approvals = schedule.approvals(v.id);
    for (const VisitApproval &p : approvals) {
        //: %1 a centre, %2 the team lead who approved, %3 when
        html += QStringLiteral("<li>%1</li>")
                    .arg(esc(VisitAgenda::tr("%1: approved by %2 on %3")
                                 .arg(p.centre, schedule.analystName(p.analystId),
                                      locale.toString(inZone(p.approvedAt, zone),
                                                      QLocale::ShortFormat))));
    }
    if (approvals.isEmpty())
        html += QStringLiteral("<li>%1</li>").arg(esc(VisitAgenda::tr("None yet")));
    html += QStringLiteral("</ul>");

    html += QStringLiteral("<h2>%1</h2>").arg(esc(VisitAgenda::tr("Agenda")));
    const QList<AgendaItem> items = schedule.agendaOf(v.id);
    if (items.isEmpty()) {
        html += QStringLiteral("<p>%1</p>").arg(esc(VisitAgenda::tr("No agenda items yet.")));
    } else {
        html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\"><tr>"
                               "<th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr>")
                    .arg(esc(VisitAgenda::tr("When")), esc(VisitAgenda::tr("Item")),
                         esc(VisitAgenda::tr("Led by")), esc(VisitAgenda::tr("Location")));
        for (const AgendaItem &item : items) {
            const QString itemZone = item.timezone.isEmpty() ? zone : item.timezone;
            const QDateTime start = inZone(item.startsAt, itemZone);
            QString when = locale.toString(start, QLocale::ShortFormat);
            if (item.endsAt.isValid())
                when += QStringLiteral("–")
                    + locale.toString(inZone(item.endsAt, itemZone).time(), QLocale::ShortFormat);
            when += QLatin1Char(' ') + offsetLabel(itemZone, item.startsAt);
            html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                        .arg(esc(when), esc(item.title),
                             esc(item.owner.isEmpty() ? QString()
                                                      : schedule.analystName(item.owner)),
                             esc(item.location));
        }
        html += QStringLiteral("</table>");
    }
    html += QStringLiteral("</body></html>");
    return html;
}

void printVisitAgenda(ScheduleService &schedule, const QString &visitId, const QLocale &locale,
                      QPagedPaintDevice *device)
{
    QTextDocument document;
    document.setHtml(visitAgendaHtml(schedule, visitId, locale));
    document.print(device);
}

bool saveVisitAgendaPdf(ScheduleService &schedule, const QString &visitId, const QLocale &locale,
                        const QString &path, QString *error)
{
    const QString html = visitAgendaHtml(schedule, visitId, locale); // throws before any file
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)
        || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        if (error)
            //: %1 is a file's path, %2 the system's reason
            *error = VisitAgenda::tr("The agenda could not be written to %1: %2")
                         .arg(path, file.errorString());
        return false;
    }
    {
        QPdfWriter pdf(&file);
        const bool letter
            = locale.territory() == QLocale::Canada || locale.territory() == QLocale::UnitedStates;
        pdf.setPageSize(QPageSize(letter ? QPageSize::Letter : QPageSize::A4));
        pdf.setTitle(schedule.visit(visitId)->title);
        pdf.setCreator(QStringLiteral("Liaison"));
        QTextDocument document;
        document.setHtml(html);
        document.print(&pdf);
    }
    if (!file.commit()) {
        if (error)
            *error = VisitAgenda::tr("The agenda could not be written to %1: %2")
                         .arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace liaison
