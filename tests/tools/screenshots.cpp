// Renders the first-run dialog, the main window (with demo incidents), an incident and Settings in
// English and French to PNG files, for the README. Run by scripts/screenshots.sh under Xvfb. Usage:
// liaison-screenshots OUTPUT_DIR
#include "TestSupport.h"

#include "widgets/common/Theme.h"
#include "widgets/common/Translator.h"
#include "widgets/incident/IncidentDialog.h"
#include "widgets/incident/ShareIncidentDialog.h"
#include "widgets/profile/ProfileSetupDialog.h"
#include "widgets/shell/MainWindow.h"
#include "widgets/shell/NavigationRail.h"
#include "widgets/shell/SettingsDialog.h"

#include "domain/Enums.h"
#include "domain/TimeZones.h"
#include "models/schedule/ScheduleEventModel.h"
#include "services/ChatService.h"
#include "services/IncidentService.h"
#include "services/ScheduleService.h"
#include "storage/Profile.h"
#include "sync/SyncEngine.h"
#include "widgets/board/BoardPage.h"
#include "widgets/board/BoardView.h"
#include "widgets/chat/ChatPage.h"
#include "widgets/contacts/ContactsPage.h"
#include "widgets/schedule/SchedulePage.h"
#include "widgets/schedule/VisitDialog.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QLineEdit>
#include <QPainter>
#include <QPixmap>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace liaison;

namespace {

bool save(QWidget &widget, const QString &path)
{
    widget.show();
    QTest::qWait(200); // let layouts and the style settle
    const bool ok = widget.grab().save(path);
    if (!ok)
        qWarning("cannot write %s", qPrintable(path));
    return ok;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Liaison-screenshots"));
    if (app.arguments().size() != 2) {
        qWarning("usage: liaison-screenshots OUTPUT_DIR");
        return 2;
    }
    const QDir out(app.arguments().at(1));
    QDir().mkpath(out.path());
    // The light palette whatever the machine's desktop, for pictures that compare over time;
    // the dark one for main-window-dark-*.png.
    qputenv("LIAISON_COLOR_SCHEME", "light");
    theme::apply(app);

    QTemporaryDir profileDir;
    auto profile = Profile::create(profileDir.path(), test::passphrase("screenshot passphrase"),
                                   KdfParams::fastForTests());
    Workspace context(std::move(profile));
    context.opLog().setEnrolment(QStringLiteral("marie"), QStringLiteral("CCIRC"));
    HubEndpoint {QUrl(QStringLiteral("wss://hub.ccirc-cert.example:8443")),
                 QStringLiteral("3F:A1:0C:77:92:5B:E4:18:D6:2A:C9:41:7E:B3:05:6D:"
                                "88:F2:1B:4C:E0:93:5A:27:CD:6B:19:F8:42:0E:A7:D5"),
                 QStringLiteral("Marie Tremblay")}
        .save(context.profile().db());
    IncidentService &incidents = context.incidents();
    const struct
    {
        const char *title;
        Severity severity;
        Tlp tlp;
        const char *sector;
        IncidentStatus status;
        bool shared;
    } demo[] = {
        {"Ransomware at a regional water utility", Severity::Critical, Tlp::Amber, "ca.water",
         IncidentStatus::Investigating, true},
        {"Phishing wave impersonating a federal tax agency", Severity::High, Tlp::Green,
         "ca.government", IncidentStatus::Mitigating, true},
        {"Exposed OT gateway on a pipeline SCADA network", Severity::High, Tlp::Red,
         "ca.energy-utilities", IncidentStatus::Triage, false},
        {"Credential stuffing against a hospital portal", Severity::Medium, Tlp::Amber, "ca.health",
         IncidentStatus::New, false},
        {"Defacement of a municipal website", Severity::Low, Tlp::Clear, "ca.government",
         IncidentStatus::Resolved, true},
        {"DDoS on a payment processor", Severity::High, Tlp::Green, "ca.finance",
         IncidentStatus::New, true},
        {"Malicious update of a logistics app", Severity::Medium, Tlp::Amber, "ca.transportation",
         IncidentStatus::Closed, false},
    };
    QString firstId;
    for (const auto &d : demo) {
        // The first incident's saves a moment apart, so that its history shows them one by one.
        const auto pause = [&firstId] {
            if (firstId.isEmpty())
                QTest::qWait(HistoryEdit::kEditGapMs + 100);
        };
        IncidentDraft draft;
        draft.title = QString::fromUtf8(d.title);
        draft.severity = d.severity;
        draft.tlp = d.tlp;
        draft.sector = QString::fromLatin1(d.sector);
        const QString id = incidents.createIncident(draft);
        pause();
        incidents.addIndicator(id, IndicatorType::Domain,
                               QStringLiteral("login-update.example.net"));
        pause();
        incidents.setStatus(id, d.status);
        pause();
        incidents.addComment(id, QStringLiteral("First report received and triaged."));
        pause();
        if (firstId.isEmpty()) {
            firstId = id;
            incidents.setSummary(id,
                                 QStringLiteral("Encrypted SCADA historian; the ransom note "
                                                "names a known affiliate."));
            incidents.addIndicator(id, IndicatorType::IPv4, QStringLiteral("203.0.113.45"));
            incidents.addIndicator(
                id, IndicatorType::Sha256,
                QStringLiteral("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"));
            incidents.addComment(id, QStringLiteral("Utility confirms backups are intact."),
                                 CommentVisibility::Shared);
            incidents.addComment(id,
                                 QStringLiteral("Internal: the utility asked us to keep its "
                                                "name out of partner reports."));
        }
        if (d.shared)
            incidents.share(id);
        if (d.severity >= Severity::High)
            incidents.assign(id, QStringLiteral("Marie Tremblay"));
    }

    // Chat: Dana of US-CERT and Marie of CCIRC on the bridge and in the first incident's channel.
    ManualClock danaClock(QDateTime::currentMSecsSinceEpoch());
    test::TestReplica dana(QStringLiteral("dana"), QStringLiteral("USCERT"), danaClock);
    ChatService danaChat(*dana.log);
    for (OpLog *log : {&context.opLog(), dana.log.get()}) {
        log->recordAnalyst(QStringLiteral("marie"), QStringLiteral("Marie Tremblay"),
                           QStringLiteral("CCIRC"));
        log->recordAnalyst(QStringLiteral("dana"), QStringLiteral("Dana Lee"),
                           QStringLiteral("USCERT"));
    }
    {
        const auto &them = dana.log->identity();
        context.opLog().registerDevice(them.deviceId, them.key->publicKey(), them.analystId,
                                       them.centre);
        const auto &me = context.opLog().identity();
        dana.log->registerDevice(me.deviceId, me.key->publicKey(), me.analystId, me.centre);
    }
    ChatService &chat = context.chat();
    const QString bridge = chat.ensureBridge();
    const QString channel = chat.incidentChannel(firstId);
    {
        const auto r = dana.log->applyRemote(context.opLog().pendingOutbox(10000));
        if (r.rejected > 0)
            qWarning("screenshots: %d ops refused: %s", r.rejected, qPrintable(r.errors.value(0)));
    }
    const auto exchange = [&](bool fromDana, const QString &where, const QString &text) {
        danaClock.advance(20 * 1000); // within the 300 s a replica follows (HLC)
        // As the hub would: delivered to the other side, acknowledged to the sender.
        OpLog &from = fromDana ? *dana.log : context.opLog();
        OpLog &to = fromDana ? context.opLog() : *dana.log;
        if (fromDana)
            danaChat.send(where, text);
        else
            chat.send(where, text);
        const std::vector<Op> ops = from.pendingOutbox(10000);
        to.applyRemote(ops);
        std::vector<std::pair<QString, qint64>> acked;
        for (const Op &op : ops)
            acked.push_back({op.id(), 0});
        from.acknowledge(acked, {});
    };
    exchange(true, bridge, QStringLiteral("Morning Ottawa. Are you seeing the tax-agency phish?"));
    exchange(false, bridge,
             QStringLiteral("Yes, since 06:00. Lures point to "
                            "hxxps://login-update[.]example[.]net/verify"));
    exchange(false, bridge, QStringLiteral("Shared it on the board with the indicators."));
    exchange(true, bridge, QStringLiteral("@marie.tremblay thanks, we block at the edge."));
    exchange(false, channel,
             QStringLiteral("The historian beacons to 203.0.113.45 every "
                            "300 s:\n```\n10:02:11 CONNECT 203.0.113.45:443\n"
                            "10:07:11 CONNECT 203.0.113.45:443\n```"));
    exchange(true, channel,
             QStringLiteral("Same address in an ICS-CERT case last spring. "
                            "Hash 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822c"
                            "d15d6c15b0f00a08 matches too."));
    exchange(false, channel, QStringLiteral("Adding both to the incident."));
    // The first incident changed from Dana's device at US-CERT, then a task by Marie: the
    // history tab's other centre and own device.
    {
        IncidentService danaIncidents(*dana.log);
        IncidentEdit e;
        e.status = IncidentStatus::Mitigating;
        danaIncidents.edit(firstId, e);
        danaIncidents.addIndicator(firstId, IndicatorType::Domain,
                                   QStringLiteral("update-check.example.org"));
        context.opLog().applyRemote(dana.log->pendingOutbox(10000));
        QTest::qWait(HistoryEdit::kEditGapMs + 100);
        incidents.addTask(firstId, QStringLiteral("Ask the utility for the historian's logs"),
                          QStringLiteral("marie"), QDate::currentDate().addDays(2));
    }

    // Points of contact of both centres (the hub's analysts are listed without being typed in).
    QString bobId;
    {
        const auto contact = [&](const char *name, const char *org, const char *centre,
                                 const char *role, QStringList langs, const char *email,
                                 const char *phone, const char *zone, const char *hours) {
            Contact c;
            c.name = QString::fromUtf8(name);
            c.organisation = QString::fromUtf8(org);
            c.centre = QLatin1String(centre);
            c.role = QString::fromUtf8(role);
            c.languages = langs;
            c.emails = {QLatin1String(email)};
            c.phones = {QLatin1String(phone)};
            c.timezone = QLatin1String(zone);
            c.workingHours = QLatin1String(hours);
            return context.schedule().saveContact(c);
        };
        const QString en = QStringLiteral("en");
        const QString fr = QStringLiteral("fr");
        contact("Alice Tremblay", "Canadian Centre for Cyber Security", "CCIRC", "Duty officer",
                {fr, en}, "alice.tremblay@cyber.example.ca", "+1 613 555 0100", "America/Toronto",
                "1-5 08:00-16:00");
        bobId = contact("Bob Martin", "CISA", "US-CERT", "Watch officer", {en},
                        "bob.martin@cisa.example.gov", "+1 202 555 0142", "America/New_York",
                        "1-4 07:00-15:30, 5 07:00-12:00");
        contact("Chloé Roy", "Canadian Centre for Cyber Security", "CCIRC", "Malware analyst", {fr},
                "chloe.roy@cyber.example.ca", "+1 709 555 0177", "America/St_Johns",
                "1-5 09:00-17:00");
        contact("Sam Poe", "Idaho National Laboratory", "US-CERT", "ICS liaison", {en},
                "sam.poe@inl.example.gov", "+1 208 555 0119", "America/Boise", "1-5 08:00-17:00");
    }

    // Schedule: Dana's visit to Ottawa next week (with its agenda), calls around it.
    ScheduleService &schedule = context.schedule();
    const QDate today = QDate::currentDate();
    const QDate monday = today.addDays(8 - today.dayOfWeek());
    QString visitId;
    {
        Visit v;
        v.title = QStringLiteral("Analyst exchange, Ottawa");
        v.kind = QStringLiteral("in_person");
        v.allDay = true;
        v.startDate = monday;
        v.endDate = monday.addDays(3);
        v.timezone = QStringLiteral("America/Toronto");
        v.hostCentre = QStringLiteral("CCIRC");
        v.travelBefore = 1;
        v.travelAfter = 1;
        v.location = QStringLiteral("Ottawa, room 201");
        v.purpose = QStringLiteral("Joint triage of the quarter's ICS incidents");
        visitId = schedule.saveVisit(v);
        VisitAttendee visitor;
        visitor.analystId = QStringLiteral("dana");
        visitor.name = QStringLiteral("Dana Lee");
        visitor.role = QStringLiteral("visitor");
        schedule.addAttendee(visitId, visitor);
        const char *items[] = {"Welcome and briefing", "ICS incident review", "Tabletop exercise"};
        for (int i = 0; i < 3; ++i) {
            AgendaItem a;
            a.visitId = visitId;
            a.title = QString::fromLatin1(items[i]);
            a.owner = QStringLiteral("Marie Tremblay");
            a.timezone = v.timezone;
            a.startsAt = *toUtc(monday.addDays(i), QTime(9, 30), v.timezone);
            a.endsAt = a.startsAt.addSecs(2 * 3600);
            schedule.saveAgendaItem(a);
        }
        schedule.propose(visitId);
        const char *calls[] = {"Weekly sync with US-CERT", "Phishing wave debrief",
                               "Vendor advisory review", "Monthly partners call"};
        for (int i = 0; i < 4; ++i) {
            Visit c;
            c.title = QString::fromLatin1(calls[i]);
            c.kind = QStringLiteral("call");
            c.timezone = QStringLiteral("America/Toronto");
            c.hostCentre = i % 2 == 0 ? QStringLiteral("CCIRC") : QStringLiteral("USCERT");
            c.startsAt = *toUtc(today.addDays(i * 3 - 2), QTime(10 + i, 0), c.timezone);
            c.endsAt = c.startsAt.addSecs(3600);
            schedule.saveVisit(c);
        }
    }

    bool ok = true;
    for (const auto &[language, suffix] :
         {std::pair {Translator::Language::English, "en"}, {Translator::Language::French, "fr"}}) {
        Translator::instance().apply(language);
        QTemporaryDir emptyDir;
        ProfileSetupDialog setup(emptyDir.path());
        ok &= save(setup,
                   out.filePath(QStringLiteral("first-run-%1.png").arg(QLatin1String(suffix))));
        MainWindow window(context);
        window.resize(1400, 760);
        ok &= save(window,
                   out.filePath(QStringLiteral("main-window-%1.png").arg(QLatin1String(suffix))));
        qputenv("LIAISON_COLOR_SCHEME", "dark");
        theme::apply(app);
        ok &= save(
            window,
            out.filePath(QStringLiteral("main-window-dark-%1.png").arg(QLatin1String(suffix))));
        qputenv("LIAISON_COLOR_SCHEME", "light");
        theme::apply(app);
        // The table view of the same incidents.
        window.boardPage()->setMode(BoardPage::Mode::Table);
        ok &= save(window,
                   out.filePath(QStringLiteral("board-table-%1.png").arg(QLatin1String(suffix))));
        window.boardPage()->setMode(BoardPage::Mode::Board);
        // Two windows side by side on a 1600-pixel screen: 800 pixels each, the resolved and
        // closed columns folded on the right-hand one.
        {
            MainWindow left(context);
            MainWindow right(context);
            left.resize(800, 640);
            right.resize(800, 640);
            left.navigation()->setCollapsed(true); // the compact rail: room for the board
            right.navigation()->setCollapsed(true);
            for (const char *status : {"mitigating", "resolved", "closed"}) {
                BoardView *board = right.boardPage()->board();
                board->setCollapsed(int(statusKeys().indexOf(QLatin1String(status))), true);
            }
            left.show();
            right.show();
            QTest::qWait(200);
            QPixmap both(1600, 640);
            both.fill(Qt::white);
            QPainter painter(&both);
            painter.drawPixmap(0, 0, left.grab());
            painter.drawPixmap(800, 0, right.grab());
            painter.end();
            ok &= both.save(
                out.filePath(QStringLiteral("side-by-side-%1.png").arg(QLatin1String(suffix))));
            for (int c = 0; c < right.boardPage()->board()->columnCount(); ++c)
                right.boardPage()->board()->setCollapsed(c, false); // QSettings: as it was
            right.navigation()->setCollapsed(false);
        }
        IncidentDialog incident(incidents, firstId);
        incident.resize(900, 640);
        ok &= save(incident,
                   out.filePath(QStringLiteral("incident-%1.png").arg(QLatin1String(suffix))));
        // The comments tab: internal and shared comments, the composer saying who reads it.
        if (auto *tabs = incident.findChild<QTabWidget *>())
            tabs->setCurrentIndex(1);
        ok &= save(
            incident,
            out.filePath(QStringLiteral("incident-comments-%1.png").arg(QLatin1String(suffix))));
        // The history tab: each save in words, who, from which device, old and new values.
        if (auto *tabs = incident.findChild<QTabWidget *>()) {
            if (auto *history = incident.findChild<QWidget *>(QStringLiteral("history")))
                tabs->setCurrentWidget(history->parentWidget());
        }
        ok &= save(
            incident,
            out.filePath(QStringLiteral("incident-history-%1.png").arg(QLatin1String(suffix))));
        // The share dialog of an internal AMBER incident with internal comments.
        for (const auto &i : incidents.incidents()) {
            if (i.scope == QLatin1String("centre") && i.tlp == QLatin1String("amber")) {
                ShareIncidentDialog share(i, incidents.comments(i.id),
                                          [&](const QString &a) { return context.analystName(a); });
                ok &= save(share,
                           out.filePath(QStringLiteral("share-%1.png").arg(QLatin1String(suffix))));
                break;
            }
        }
        window.showPage(MainWindow::ChatPage);
        window.chatPage()->openChannel(bridge);
        ok &= save(window, out.filePath(QStringLiteral("chat-%1.png").arg(QLatin1String(suffix))));
        window.chatPage()->openChannel(channel);
        ok &= save(window,
                   out.filePath(QStringLiteral("chat-incident-%1.png").arg(QLatin1String(suffix))));
        window.showPage(MainWindow::ContactsPage);
        window.contactsPage()->selectContact(bobId);
        ok &= save(window,
                   out.filePath(QStringLiteral("contacts-%1.png").arg(QLatin1String(suffix))));
        window.showPage(MainWindow::SchedulePage);
        window.schedulePage()->model()->setViewerZone(QStringLiteral("America/Toronto"));
        window.schedulePage()->setViewMode(SchedulePage::MonthMode);
        window.schedulePage()->setDate(monday);
        ok &= save(
            window,
            out.filePath(QStringLiteral("schedule-month-%1.png").arg(QLatin1String(suffix))));
        window.schedulePage()->setViewMode(SchedulePage::WeekMode);
        ok &= save(window,
                   out.filePath(QStringLiteral("schedule-week-%1.png").arg(QLatin1String(suffix))));
        window.schedulePage()->setViewMode(SchedulePage::MonthMode);
        VisitDialog visit(context, visitId, {});
        visit.resize(900, 760);
        ok &= save(visit, out.filePath(QStringLiteral("visit-%1.png").arg(QLatin1String(suffix))));
        SettingsDialog settings(context);
        settings.resize(640, 460);
        ok &= save(settings,
                   out.filePath(QStringLiteral("settings-%1.png").arg(QLatin1String(suffix))));
    }
    return ok ? 0 : 1;
}
