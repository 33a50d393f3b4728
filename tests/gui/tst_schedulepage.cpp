// The Schedule page (offscreen, also at 200%) against a real hub on 127.0.0.1 with analysts of
// both centres, each with their own SQLCipher profile: a visit planned through the visit
// editor, proposed, approved from each centre by its team lead (an analyst sees no Approve
// button and the service refuses them), confirmed; a call whose time is found with "find a
// time" over the attendees' hours and bookings; the month and week views placing events on
// their days and hours (read from the views' layout, not from pixels); the keyboard.
#include "HubHarness.h"
#include "TestSupport.h"

#include "models/schedule/ScheduleEventModel.h"
#include "widgets/common/DialogSupport.h"
#include "widgets/common/UiErrors.h"
#include "widgets/schedule/CalendarViews.h"
#include "widgets/schedule/CallDialog.h"
#include "widgets/schedule/FindTimeDialog.h"
#include "widgets/schedule/SchedulePage.h"
#include "widgets/schedule/ScheduleReminders.h"
#include "widgets/schedule/VisitDialog.h"

#include "domain/TimeZones.h"
#include "server/HubDirectory.h"
#include "services/ScheduleService.h"
#include "sync/OpLog.h"
#include "sync/SyncEngine.h"

#include "storage/Profile.h"
#include "workspace/Workspace.h"

#include <QComboBox>
#include <QDateEdit>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace liaison;
using namespace liaison::test;

namespace {
const QString kToronto = QStringLiteral("America/Toronto");

QPushButton *button(QWidget *dialog, const char *name)
{
    return dialog->findChild<QPushButton *>(QString::fromLatin1(name));
}

// Visible as the analyst would see it: shown in its dialog (which is open).
bool shown(QWidget *dialog, const char *name)
{
    QPushButton *b = button(dialog, name);
    return b && !b->isHidden();
}

void tick(QListWidget *list, const QString &id)
{
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->data(Qt::UserRole).toString() == id)
            list->item(i)->setCheckState(Qt::Checked);
    }
}
} // namespace

class TestSchedulePage : public QObject
{
    Q_OBJECT

    std::unique_ptr<HubHarness> m_hub;
    HubDeviceHandle *m_marie = nullptr; // CCIRC analyst
    HubDeviceHandle *m_luc = nullptr; // CCIRC team lead
    HubDeviceHandle *m_dana = nullptr; // US-CERT team lead
    HubDeviceHandle *m_sam = nullptr; // US-CERT analyst

    QString id(HubDeviceHandle *d) const { return d->ws->identity().analystId; }

    bool allUpToDate() const
    {
        for (HubDeviceHandle *d : {m_marie, m_luc, m_dana, m_sam}) {
            if (d->ws->sync().state() != SyncEngine::State::UpToDate || d->ws->outboxSize() != 0)
                return false;
        }
        return true;
    }

    std::unique_ptr<SchedulePage> page(HubDeviceHandle *d)
    {
        auto p = std::make_unique<SchedulePage>(*d->ws);
        p->model()->setViewerZone(kToronto);
        p->resize(1000, 720);
        p->show();
        return p;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        setErrorsSilentForTesting(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::Canada));
    }

    void init()
    {
        m_hub = std::make_unique<HubHarness>();
        QVERIFY(m_hub->startHub());
        const QString ccirc = QString::fromLatin1(HubHarness::kCcirc);
        const QString uscert = QString::fromLatin1(HubHarness::kUscert);
        m_marie = &m_hub->addDevice(ccirc, QStringLiteral("Marie Tremblay"));
        m_luc = &m_hub->addDevice(ccirc, QStringLiteral("Luc Gagnon"));
        m_dana = &m_hub->addDevice(uscert, QStringLiteral("Dana Lee"));
        m_sam = &m_hub->addDevice(uscert, QStringLiteral("Sam Hill"));
        m_hub->store().directory().setAnalystRole(id(m_luc), QString::fromLatin1(kRoleLead));
        m_hub->store().directory().setAnalystRole(id(m_dana), QString::fromLatin1(kRoleLead));
        for (HubDeviceHandle *d : {m_marie, m_luc, m_dana, m_sam})
            d->ws->sync().start();
        QTRY_VERIFY_WITH_TIMEOUT(allUpToDate(), 15000);
        QTRY_COMPARE_WITH_TIMEOUT(m_marie->ws->opLog().analystRole(id(m_dana)),
                                  QStringLiteral("lead"), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(m_dana->ws->opLog().analystRole(id(m_luc)),
                                  QStringLiteral("lead"), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(m_marie->ws->analystName(id(m_sam)), QStringLiteral("Sam Hill"),
                                  10000);
    }

    void cleanup() { m_hub.reset(); }

    // Planned in the visit editor by a CCIRC analyst, proposed, approved by a lead of each
    // centre from their own editors, then confirmed: each step's button only where allowed.
    void visitPlannedApprovedAndConfirmed()
    {
        auto marie = page(m_marie);
        VisitDialog *dialog = marie->newVisit(QDate(2027, 3, 12));
        QVERIFY(dialog->isVisible());
        dialog->findChild<QLineEdit *>(QStringLiteral("title"))
            ->setText(QStringLiteral("Analyst exchange, Ottawa"));
        auto *host = dialog->findChild<QComboBox *>(QStringLiteral("host"));
        host->setCurrentIndex(host->findData(QString::fromLatin1(HubHarness::kCcirc)));
        tick(dialog->findChild<QListWidget *>(QStringLiteral("visitors")), id(m_sam));
        // Across the spring change (2027-03-14 in Ottawa and Washington).
        dialog->findChild<QDateEdit *>(QStringLiteral("lastDay"))->setDate(QDate(2027, 3, 16));
        dialog->findChild<QSpinBox *>(QStringLiteral("travelBefore"))->setValue(1);
        dialog->findChild<QSpinBox *>(QStringLiteral("travelAfter"))->setValue(1);
        dialog->findChild<QLineEdit *>(QStringLiteral("location"))
            ->setText(QStringLiteral("Ottawa, room 201"));
        dialog->findChild<QPlainTextEdit *>(QStringLiteral("purpose"))
            ->setPlainText(QStringLiteral("Joint triage"));
        button(dialog, "addAgendaItem")->click();
        auto *agenda = dialog->findChild<QTableWidget *>(QStringLiteral("agenda"));
        QCOMPARE(agenda->rowCount(), 1);
        agenda->item(0, 0)->setText(QStringLiteral("Welcome and briefing"));
        agenda->item(0, 1)->setText(QStringLiteral("Luc Gagnon"));
        // The clocks change during the visit: the agenda shows both zones.
        QVERIFY(!agenda->isColumnHidden(4));
        QVERIFY(!agenda->item(0, 4)->text().isEmpty());
        // Warnings in words, not blocking: the change of clocks during the visit.
        QVERIFY(!dialog->warnings().isEmpty());
        QVERIFY(!shown(dialog, "propose")); // not saved yet
        QVERIFY(!shown(dialog, "agendaPdf"));
        button(dialog, "save")->click();
        QCOMPARE(lastErrorForTesting(), QString());
        const QString visit = dialog->visitId();
        QVERIFY(!visit.isEmpty());
        ScheduleService &mine = m_marie->ws->schedule();
        const Visit saved = *mine.visit(visit);
        QCOMPARE(saved.startDate, QDate(2027, 3, 12));
        QCOMPARE(saved.endDate, QDate(2027, 3, 16));
        QCOMPARE(saved.travelBefore, 1);
        QCOMPARE(saved.hostCentre, QString::fromLatin1(HubHarness::kCcirc));
        QCOMPARE(mine.attendeesOf(visit).size(), 1);
        QCOMPARE(mine.attendeesOf(visit).value(0).analystId, id(m_sam));
        QCOMPARE(mine.agendaOf(visit).size(), 1);
        QCOMPARE(mine.agendaOf(visit).value(0).title, QStringLiteral("Welcome and briefing"));
        QCOMPARE(inZone(mine.agendaOf(visit).value(0).startsAt, kToronto).time(), QTime(9, 0));
        // The saved visit's agenda as a PDF: a real PDF, owner-only.
        QVERIFY(shown(dialog, "agendaPdf"));
        QTemporaryDir pdfDir;
        const QString pdf = pdfDir.filePath(QStringLiteral("agenda.pdf"));
        QVERIFY(dialog->saveAgendaPdf(pdf));
        QFile written(pdf);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QVERIFY(written.read(5) == "%PDF-");
        QCOMPARE(written.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());

        // Marie is no team lead: no Approve button, and the service refuses her too.
        QVERIFY(shown(dialog, "propose"));
        QVERIFY(!shown(dialog, "approve"));
        QVERIFY(!shown(dialog, "confirm"));
        button(dialog, "propose")->click();
        QCOMPARE(mine.visit(visit)->status, QStringLiteral("proposed"));
        QVERIFY(!shown(dialog, "propose"));
        QVERIFY(!shown(dialog, "approve"));
        QCOMPARE(refusal([&] { mine.approve(visit); }), QStringLiteral("approval/not-a-lead"));
        QVERIFY(dialog->approvalsText().contains(QStringLiteral("USCERT: waiting")));

        // Dana, US-CERT's lead, approves from her own page; Sam, an analyst there, cannot.
        QTRY_VERIFY_WITH_TIMEOUT(m_dana->ws->schedule().visit(visit).has_value(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(m_sam->ws->schedule().visit(visit).has_value(), 10000);
        auto sam = page(m_sam);
        QWidget *samDialog = sam->openEvent(visit);
        QVERIFY(samDialog);
        QVERIFY(!shown(samDialog, "approve"));
        auto dana = page(m_dana);
        auto *danaDialog = qobject_cast<VisitDialog *>(dana->openEvent(visit));
        QVERIFY(danaDialog);
        QCOMPARE(danaDialog->findChild<QTableWidget *>(QStringLiteral("agenda"))->rowCount(), 1);
        QVERIFY(shown(danaDialog, "approve"));
        button(danaDialog, "approve")->click();
        QCOMPARE(lastErrorForTesting(), QString());
        QVERIFY(!shown(danaDialog, "approve"));
        QVERIFY(shown(danaDialog, "withdrawApproval"));
        QVERIFY(
            danaDialog->approvalsText().contains(QStringLiteral("USCERT: approved by Dana Lee")));

        // Luc approves for CCIRC; Marie's open editor follows and offers Confirm.
        QTRY_VERIFY_WITH_TIMEOUT(m_luc->ws->schedule().approvals(visit).size() == 1, 10000);
        auto luc = page(m_luc);
        QWidget *lucDialog = luc->openEvent(visit);
        QVERIFY(shown(lucDialog, "approve"));
        button(lucDialog, "approve")->click();
        QTRY_VERIFY_WITH_TIMEOUT(shown(dialog, "confirm"), 10000);
        QVERIFY(dialog->approvalsText().contains(QStringLiteral("CCIRC: approved by Luc Gagnon")));
        QVERIFY(dialog->approvalsText().contains(QStringLiteral("USCERT: approved by Dana Lee")));
        button(dialog, "confirm")->click();
        QCOMPARE(mine.visit(visit)->status, QStringLiteral("confirmed"));
        QVERIFY(shown(dialog, "complete"));
        QTRY_COMPARE_WITH_TIMEOUT(m_dana->ws->schedule().visit(visit)->status,
                                  QStringLiteral("confirmed"), 10000);

        // Cancel asks a reason; nothing happens without one.
        setNextTextForTesting(std::nullopt);
        button(dialog, "cancelVisit")->click();
        QCOMPARE(mine.visit(visit)->status, QStringLiteral("confirmed"));
        setNextTextForTesting(QStringLiteral("Travel freeze"));
        button(dialog, "cancelVisit")->click();
        QCOMPARE(mine.visit(visit)->status, QStringLiteral("cancelled"));
        QCOMPARE(mine.visit(visit)->cancelReason, QStringLiteral("Travel freeze"));
        QVERIFY(!shown(dialog, "cancelVisit"));
        QVERIFY(!button(dialog, "save")->isEnabled());
        clearNextTextForTesting();
        // A PDF that cannot be written is said in a sentence, and nothing is left behind.
        QVERIFY(!dialog->saveAgendaPdf(pdfDir.filePath(QStringLiteral("no/such/dir/a.pdf"))));
        QVERIFY(!lastErrorForTesting().isEmpty());
        QVERIFY(!QFile::exists(pdfDir.filePath(QStringLiteral("no/such/dir/a.pdf"))));
        clearLastErrorForTesting();
    }

    // The month and week views put a multi-day visit over its days and a call on its day
    // and hour (viewer in Ottawa); filters by centre and person; remote edits arrive live.
    void monthAndWeekViews()
    {
        ScheduleService &sched = m_marie->ws->schedule();
        Visit v;
        v.title = QStringLiteral("Exchange");
        v.kind = QStringLiteral("in_person");
        v.allDay = true;
        v.startDate = QDate(2027, 3, 8);
        v.endDate = QDate(2027, 3, 12);
        v.timezone = kToronto;
        v.hostCentre = QString::fromLatin1(HubHarness::kCcirc);
        const QString visit = sched.saveVisit(v);
        VisitAttendee sam;
        sam.analystId = id(m_sam);
        sam.role = QStringLiteral("visitor");
        sched.addAttendee(visit, sam);
        Visit c;
        c.title = QStringLiteral("Weekly sync");
        c.kind = QStringLiteral("call");
        c.timezone = kToronto;
        c.hostCentre = QString::fromLatin1(HubHarness::kCcirc);
        c.startsAt = QDateTime(QDate(2027, 3, 10), QTime(15, 0), QTimeZone::utc()); // 10:00 EST
        c.endsAt = c.startsAt.addSecs(3600);
        const QString call = sched.saveVisit(c);

        auto p = page(m_marie);
        QVERIFY(QTest::qWaitForWindowExposed(p.get()));
        p->setDate(QDate(2027, 3, 10));
        MonthView *month = p->monthView();
        QCOMPARE(p->model()->rowCount(), 2);
        QCOMPARE(p->model()->firstDay(), MonthView::gridRange(QDate(2027, 3, 10)).first);
        const QList<QRect> visitRects = month->eventRects(visit);
        QCOMPARE(visitRects.size(), 1); // Monday to Friday: one week row
        const QRect bar = visitRects.first();
        QCOMPARE(month->dateAt(QPoint(bar.left() + 3, bar.center().y())), QDate(2027, 3, 8));
        QCOMPARE(month->dateAt(QPoint(bar.right() - 3, bar.center().y())), QDate(2027, 3, 12));
        QCOMPARE(month->eventAt(bar.center()), visit);
        const QList<QRect> callRects = month->eventRects(call);
        QCOMPARE(callRects.size(), 1);
        QVERIFY(month->dayRect(QDate(2027, 3, 10)).contains(callRects.first()));
        // A visit over a weekend boundary is a bar per week.
        Visit longer = v;
        longer.title = QStringLiteral("Long exchange");
        longer.startDate = QDate(2027, 3, 18);
        longer.endDate = QDate(2027, 3, 23);
        const QString longId = sched.saveVisit(longer);
        QTRY_COMPARE(p->model()->rowCount(), 3);
        QCOMPARE(month->eventRects(longId).size(), 2);

        p->setViewMode(SchedulePage::WeekMode);
        WeekView *week = p->weekView();
        QCOMPARE(p->model()->firstDay(), WeekView::weekRange(QDate(2027, 3, 10)).first);
        QCOMPARE(p->model()->rowCount(), 2);
        const QRect callRect = week->eventRects(call).value(0);
        QVERIFY(week->dayRect(QDate(2027, 3, 10)).contains(callRect));
        QVERIFY(qAbs(callRect.top() - week->yOfMinute(10 * 60)) <= 1);
        QVERIFY(qAbs(callRect.bottom() + 2 - week->yOfMinute(11 * 60)) <= 1);
        const QRect band = week->eventRects(visit).value(0);
        QCOMPARE(week->dateAt(QPoint(band.left() + 3, band.center().y())), QDate(2027, 3, 8));
        QCOMPARE(week->dateAt(QPoint(band.right() - 3, band.center().y())), QDate(2027, 3, 12));
        QVERIFY(band.bottom() < callRect.top());

        // Filters: by centre (both are CCIRC's) and by person (Sam visits, is not on the call).
        QComboBox *centre = p->centreFilter();
        centre->setCurrentIndex(centre->findData(QString::fromLatin1(HubHarness::kUscert)));
        QCOMPARE(p->model()->rowCount(), 0);
        centre->setCurrentIndex(0);
        QCOMPARE(p->model()->rowCount(), 2);
        QComboBox *person = p->personFilter();
        person->setCurrentIndex(person->findData(id(m_sam)));
        QCOMPARE(p->model()->rowCount(), 1);
        QCOMPARE(p->model()->event(0).visit.id, visit);
        person->setCurrentIndex(0);

        // Another device's visit arrives while the page is open.
        Visit lucs = v;
        lucs.title = QStringLiteral("Luc's visit");
        const QString remote = m_luc->ws->schedule().saveVisit(lucs);
        QTRY_VERIFY_WITH_TIMEOUT(p->model()->rowOf(remote) >= 0, 10000);
        QVERIFY(!week->eventRects(remote).isEmpty());

        // The agenda lists the same events, in words.
        p->setViewMode(SchedulePage::AgendaMode);
        QVERIFY(p->agendaView()->model()->rowCount() >= 3);
        QVERIFY(p->model()
                    ->index(p->model()->rowOf(call))
                    .data()
                    .toString()
                    .contains(QStringLiteral("Weekly sync")));
    }

    // Arrows move the selected day, PageUp/PageDown the period, Home goes to today, Enter
    // opens the selected day's event.
    void keyboardNavigation()
    {
        Visit v;
        v.title = QStringLiteral("Exchange");
        v.kind = QStringLiteral("in_person");
        v.allDay = true;
        v.startDate = QDate(2027, 3, 11);
        v.endDate = QDate(2027, 3, 11);
        v.timezone = kToronto;
        v.hostCentre = QString::fromLatin1(HubHarness::kCcirc);
        const QString visit = m_marie->ws->schedule().saveVisit(v);
        auto p = page(m_marie);
        QVERIFY(QTest::qWaitForWindowExposed(p.get()));
        p->setDate(QDate(2027, 3, 10));
        MonthView *month = p->monthView();
        month->setFocus();
        QTest::keyClick(month, Qt::Key_Right);
        QCOMPARE(p->date(), QDate(2027, 3, 11));
        QCOMPARE(month->selectedDate(), QDate(2027, 3, 11));
        QCOMPARE(month->selectedEvent(), visit);
        QTest::keyClick(month, Qt::Key_Return);
        QTRY_COMPARE(p->findChildren<VisitDialog *>().size(), 1);
        QCOMPARE(p->findChildren<VisitDialog *>().value(0)->visitId(), visit);
        p->findChildren<VisitDialog *>().value(0)->close();
        month->setFocus();
        QTest::keyClick(month, Qt::Key_Down);
        QCOMPARE(p->date(), QDate(2027, 3, 18));
        QTest::keyClick(month, Qt::Key_Left);
        QCOMPARE(p->date(), QDate(2027, 3, 17));
        QTest::keyClick(month, Qt::Key_PageDown);
        QCOMPARE(p->date(), QDate(2027, 4, 17));
        QVERIFY(p->periodTitle().contains(QStringLiteral("April")));
        QCOMPARE(p->model()->firstDay(), MonthView::gridRange(QDate(2027, 4, 1)).first);
        QTest::keyClick(month, Qt::Key_PageUp);
        QCOMPARE(p->date(), QDate(2027, 3, 17));
        // Past the grid's edge: the view follows the selected day.
        for (int i = 0; i < 3; ++i)
            QTest::keyClick(month, Qt::Key_Down);
        QCOMPARE(p->date(), QDate(2027, 4, 7));
        QVERIFY(month->dayRect(QDate(2027, 4, 7)).isValid());
        QTest::keyClick(month, Qt::Key_Home);
        QCOMPARE(p->date(), QDate::currentDate());
        // The week view: Up and Down move a day, PageDown a week.
        p->setDate(QDate(2027, 3, 10));
        p->setViewMode(SchedulePage::WeekMode);
        WeekView *week = p->weekView();
        week->setFocus();
        QTest::keyClick(week, Qt::Key_Down);
        QCOMPARE(p->date(), QDate(2027, 3, 11));
        QTest::keyClick(week, Qt::Key_PageDown);
        QCOMPARE(p->date(), QDate(2027, 3, 18));
        QCOMPARE(p->model()->firstDay(), WeekView::weekRange(QDate(2027, 3, 18)).first);
        p->goToday();
        QCOMPARE(p->date(), QDate::currentDate());
    }

    // A call with Dana: find a time over both analysts' hours, with Dana's booking greyed
    // out, pick the best slot, save; times side by side, St. John's half hour included; Dana
    // answers from her side.
    void findTimeAndPickSlot()
    {
        // Dana is busy on the next weekday at 10:00 Ottawa time.
        QDate busyDay = inZone(QDateTime::currentDateTimeUtc(), kToronto).date().addDays(1);
        while (busyDay.dayOfWeek() > 5)
            busyDay = busyDay.addDays(1);
        const QDateTime busyStart = *toUtc(busyDay, QTime(10, 0), kToronto);
        Visit booked;
        booked.title = QStringLiteral("US-CERT stand-up");
        booked.kind = QStringLiteral("call");
        booked.timezone = QStringLiteral("America/New_York");
        booked.hostCentre = QString::fromLatin1(HubHarness::kUscert);
        booked.startsAt = busyStart;
        booked.endsAt = busyStart.addSecs(3600);
        booked.scope = QStringLiteral("shared");
        const QString bookedId = m_dana->ws->schedule().saveVisit(booked);
        QTRY_VERIFY_WITH_TIMEOUT(m_marie->ws->schedule().visit(bookedId).has_value(), 10000);

        auto p = page(m_marie);
        CallDialog *call = p->newCall(QDate::currentDate());
        call->findChild<QLineEdit *>(QStringLiteral("title"))->setText(QStringLiteral("Triage"));
        call->addAttendee(id(m_dana), false);
        QCOMPARE(call->organiserZone(), kToronto);
        FindTimeDialog *find = call->findTime();
        QCOMPARE(find->daysSpin()->value(), 14);
        QCOMPARE(find->gridDays(), 14);
        const QList<QDateTime> starts = find->slotStarts();
        QVERIFY(!starts.isEmpty());
        for (const QDateTime &s : starts) {
            // Never over Dana's booking, always within both working days (9-17 Ottawa and
            // Washington: the same clock).
            QVERIFY(s.addSecs(3600) <= busyStart || s >= busyStart.addSecs(3600));
            const QTime local = inZone(s, kToronto).time();
            QVERIFY(local >= QTime(9, 0) && local <= QTime(16, 0));
        }
        // The grid greys out the booking and the nights.
        int dayIndex = -1;
        for (int d = 0; d < find->gridDays(); ++d) {
            if (find->gridDay(d) == busyDay)
                dayIndex = d;
        }
        QVERIFY(dayIndex >= 0);
        int busyCell = -1;
        for (int c = 0; c < find->gridCells(dayIndex); ++c) {
            if (find->gridCellStart(dayIndex, c) == busyStart)
                busyCell = c;
        }
        QVERIFY(busyCell > 0);
        QCOMPARE(find->gridCell(dayIndex, busyCell), QStringLiteral("busy"));
        QCOMPARE(find->gridCell(dayIndex, 0), QStringLiteral("outside-hours"));
        QCOMPARE(find->gridCell(dayIndex, busyCell + 2), QStringLiteral("free"));
        find->slotList()->setCurrentRow(0);
        button(find, "useSlot")->click();
        QCOMPARE(call->startUtc(), starts.first());

        // The same instant on each clock, St. John's with its half hour.
        const QStringList lines = call->zoneLines();
        QVERIFY(lines.size() >= 4);
        const QString stJohns = offsetLabel(QStringLiteral("America/St_Johns"), starts.first());
        QVERIFY(stJohns.endsWith(QStringLiteral(":30")));
        bool found = false;
        for (const QString &l : lines)
            found = found || l.contains(stJohns);
        QVERIFY2(found, qPrintable(lines.join(QLatin1Char('|'))));

        button(call, "save")->click();
        QCOMPARE(lastErrorForTesting(), QString());
        const QString callId = call->callId();
        const Visit saved = *m_marie->ws->schedule().visit(callId);
        QCOMPARE(saved.startsAt, starts.first());
        QCOMPARE(saved.endsAt, starts.first().addSecs(3600));
        QCOMPARE(saved.scope, QStringLiteral("shared"));
        QCOMPARE(m_marie->ws->schedule().attendeesOf(callId).size(), 1);

        // Dana sees it and answers; Marie sees the answer.
        QTRY_VERIFY_WITH_TIMEOUT(m_dana->ws->schedule().visit(callId).has_value(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(m_dana->ws->schedule().attendeesOf(callId).size(), 1, 10000);
        auto dana = page(m_dana);
        auto *danaCall = qobject_cast<CallDialog *>(dana->openEvent(callId));
        QVERIFY(danaCall);
        auto *answer = danaCall->findChild<QComboBox *>(QStringLiteral("myAnswer"));
        QVERIFY(!answer->isHidden());
        answer->setCurrentIndex(answer->findData(QStringLiteral("accepted")));
        emit answer->activated(answer->currentIndex());
        QTRY_COMPARE_WITH_TIMEOUT(m_marie->ws->schedule().attendeesOf(callId).value(0).rsvp,
                                  QStringLiteral("accepted"), 10000);
        // Marie is not on her own call's list: no answer of hers to give.
        QVERIFY(call->findChild<QComboBox *>(QStringLiteral("myAnswer"))->isHidden());
    }

    // Many events over two years in a profile of its own (no hub): a month reads only its six
    // weeks, places every event of a quiet day, says how many did not fit on a crowded one,
    // and paints from code as the benchmark will (the time is printed, never asserted).
    void monthOfManyEvents()
    {
        QTemporaryDir dir;
        Workspace ws(Profile::create(dir.filePath(QStringLiteral("p")),
                                     passphrase("many events passphrase"),
                                     KdfParams::fastForTests()));
        ws.opLog().setEnrolment(QStringLiteral("marie"), QStringLiteral("CCIRC"));
        ScheduleService &sched = ws.schedule();
        const QDate first(2027, 1, 1);
        int inMarch = 0;
        const QPair<QDate, QDate> grid = MonthView::gridRange(QDate(2027, 3, 1));
        for (int i = 0; i < 1500; ++i) {
            Visit c;
            c.title = QStringLiteral("Call %1").arg(i);
            c.kind = QStringLiteral("call");
            c.timezone = kToronto;
            c.hostCentre = i % 3 == 0 ? QStringLiteral("USCERT") : QStringLiteral("CCIRC");
            const QDate day = first.addDays(i * 730 / 1500);
            c.startsAt = *toUtc(day, QTime(9 + i % 8, 0), kToronto);
            c.endsAt = c.startsAt.addSecs(1800);
            sched.saveVisit(c);
            inMarch += day >= grid.first && day <= grid.second ? 1 : 0;
        }
        // A crowded day: ten calls on March 17.
        QStringList crowded;
        for (int i = 0; i < 10; ++i) {
            Visit c;
            c.title = QStringLiteral("Crowded %1").arg(i);
            c.kind = QStringLiteral("call");
            c.timezone = kToronto;
            c.hostCentre = QStringLiteral("CCIRC");
            c.startsAt = *toUtc(QDate(2027, 3, 17), QTime(8 + i, 0), kToronto);
            c.endsAt = c.startsAt.addSecs(1800);
            crowded << sched.saveVisit(c);
        }
        ScheduleEventModel model(sched);
        model.setViewerZone(kToronto);
        MonthView view(model);
        view.resize(1200, 800);
        QImage image(view.size(), QImage::Format_ARGB32_Premultiplied);
        QElapsedTimer timer;
        timer.start();
        view.setMonth(QDate(2027, 3, 1));
        view.render(&image);
        qInfo("month of %d events painted in %lld ms", model.rowCount(), timer.elapsed());
        QCOMPARE(model.rowCount(), inMarch + 10);
        QVERIFY(view.hiddenOn(QDate(2027, 3, 17)) > 0);
        // On the crowded day, each event is either placed in it or counted in "+N more".
        const QList<int> onCrowded = model.rowsOn(QDate(2027, 3, 17));
        QVERIFY(onCrowded.size() >= crowded.size());
        int placed = 0;
        for (int row : onCrowded) {
            const QList<QRect> rects = view.eventRects(model.event(row).visit.id);
            QVERIFY(rects.size() <= 1);
            placed += int(rects.size());
            if (!rects.isEmpty())
                QVERIFY(view.dayRect(QDate(2027, 3, 17)).contains(rects.first()));
        }
        QVERIFY(placed > 0);
        QCOMPARE(placed + view.hiddenOn(QDate(2027, 3, 17)), int(onCrowded.size()));
        // Every event of a quiet day is placed in its day.
        for (int row : model.rowsOn(QDate(2027, 3, 3))) {
            const QList<QRect> rects = view.eventRects(model.event(row).visit.id);
            QCOMPARE(rects.size(), 1);
            QVERIFY(view.dayRect(QDate(2027, 3, 3)).contains(rects.first()));
        }
    }

    // A reminder the set minutes before my call, once; none for someone not on it, none for an
    // attendee who declined, none when turned off.
    void remindersBeforeACall()
    {
        const QDateTime now
            = QDateTime::fromMSecsSinceEpoch(m_marie->clock->nowMs(), QTimeZone::utc());
        Visit c;
        c.title = QStringLiteral("Triage call");
        c.kind = QStringLiteral("call");
        c.timezone = kToronto;
        c.hostCentre = QString::fromLatin1(HubHarness::kCcirc);
        c.scope = QStringLiteral("shared");
        c.startsAt = now.addSecs(18 * 60);
        c.endsAt = c.startsAt.addSecs(1800);
        const QString call = m_marie->ws->schedule().saveVisit(c);
        VisitAttendee dana;
        dana.analystId = id(m_dana);
        dana.role = QStringLiteral("required");
        const QString danaAttendee = m_marie->ws->schedule().addAttendee(call, dana);
        QTRY_COMPARE_WITH_TIMEOUT(m_dana->ws->schedule().attendeesOf(call).size(), 1, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(m_sam->ws->schedule().visit(call).has_value(), 10000);
        QStringList shown;
        const auto show = [&shown](const QString &title, const QString &text) {
            shown << title + QLatin1Char('|') + text;
        };
        ScheduleReminders marie(*m_marie->ws, show);
        ScheduleReminders sam(*m_sam->ws, show);
        ScheduleReminders::saveMinutes(15);
        QCOMPARE(marie.check(), 0); // 18 minutes ahead: not yet
        m_marie->clock->advance(4 * 60 * 1000);
        QCOMPARE(marie.check(), 1);
        QVERIFY(shown.value(0).startsWith(QStringLiteral("Call reminder|Triage call starts at")));
        QCOMPARE(marie.check(), 0); // once
        m_sam->clock->advance(4 * 60 * 1000);
        QCOMPARE(sam.check(), 0); // not on the call
        // Dana declines: no reminder for her.
        m_dana->clock->advance(4 * 60 * 1000);
        m_dana->ws->schedule().setRsvp(danaAttendee, QStringLiteral("declined"));
        ScheduleReminders danaReminders(*m_dana->ws, show);
        QCOMPARE(danaReminders.check(), 0);
        // Turned off.
        ScheduleReminders::saveMinutes(0);
        ScheduleReminders again(*m_marie->ws, show);
        QCOMPARE(again.check(), 0);
        ScheduleReminders::saveMinutes(15);
        QCOMPARE(again.check(), 1);
        QCOMPARE(shown.size(), 2);
    }
};

QTEST_MAIN(TestSchedulePage)
#include "tst_schedulepage.moc"
