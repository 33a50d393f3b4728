// The incident window's audit trail people can read, on real profiles (offscreen, English and
// French; also run at 200%): the History tab's sentences for every kind of change made through
// the services, with old and new values, grouped by save, who and from which device; a change
// from another centre's device through a real hub; a hostile title shown as text; the
// timeline's times and status changes; the "someone else changed this" banner, its comparison
// and keeping either value without losing another field being edited.
#include "HubHarness.h"
#include "TestSupport.h"
#include "models/incident/IncidentHistoryModel.h"
#include "widgets/common/DialogSupport.h"
#include "widgets/common/Translator.h"
#include "widgets/common/UiErrors.h"
#include "widgets/incident/ChangedElsewhere.h"
#include "widgets/incident/IncidentDialog.h"

#include "domain/DomainText.h"
#include "services/IncidentService.h"
#include "sync/SyncEngine.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace liaison;
using test::HubDeviceHandle;
using test::HubHarness;

namespace {

// Every row's sentences (whole values), newest edit first.
QList<QStringList> editsOf(const QAbstractItemModel *model)
{
    QList<QStringList> out;
    for (int r = 0; r < model->rowCount(); ++r)
        out << model->index(r, IncidentHistoryModel::WhatColumn)
                   .data(IncidentHistoryModel::SentencesRole)
                   .toStringList();
    return out;
}

QString dump(const QList<QStringList> &edits)
{
    QStringList rows;
    for (const QStringList &e : edits)
        rows << e.join(QStringLiteral(" | "));
    return rows.join(QLatin1Char('\n'));
}

QTreeView *historyOf(IncidentDialog &dialog)
{
    return dialog.findChild<QTreeView *>(QStringLiteral("history"));
}

} // namespace

class TestIncidentHistory : public QObject
{
    Q_OBJECT

    ManualClock m_clock {1'760'000'000'000};
    std::unique_ptr<test::TestReplica> m_replica;
    std::unique_ptr<IncidentService> m_service;

    void step() { m_clock.advance(60'000); }

    QString create(Tlp tlp, const QString &title = QStringLiteral("Ransomware at a utility"))
    {
        IncidentDraft d;
        d.title = title;
        d.summary = QStringLiteral("First report");
        d.tlp = tlp;
        return m_service->createIncident(d);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        setErrorsSilentForTesting(true);
        Translator::instance().apply(Translator::Language::English);
    }
    void init()
    {
        m_replica = std::make_unique<test::TestReplica>(QStringLiteral("marie"),
                                                        QStringLiteral("CCIRC"), m_clock);
        m_service = std::make_unique<IncidentService>(*m_replica->log);
        m_replica->log->recordAnalyst(QStringLiteral("marie"), QStringLiteral("Marie Tremblay"),
                                      QStringLiteral("CCIRC"));
        m_replica->log->recordAnalyst(QStringLiteral("sam"), QStringLiteral("Sam Hill"),
                                      QStringLiteral("USCERT"));
    }
    void cleanup()
    {
        Translator::instance().apply(Translator::Language::English);
        CompareChangesDialog::clearAnswerForTesting();
        m_service.reset();
        m_replica.reset();
    }

    // Each kind of change through the services, one save at a time: one row per save, its
    // sentences in words with old and new values, never a column name or an id.
    void everyKindOfChangeReadsAsSentences()
    {
        const QString id = create(Tlp::Amber);
        const auto edit = [&](const std::function<void()> &change) {
            step();
            change();
        };
        edit([&] {
            IncidentEdit e;
            e.severity = Severity::Critical;
            e.status = IncidentStatus::Triage;
            m_service->edit(id, e);
        });
        QString indicator;
        edit([&] {
            indicator = m_service->addIndicator(id, IndicatorType::Domain,
                                                QStringLiteral("evil.example"));
        });
        edit([&] { m_service->removeIndicator(indicator); });
        edit([&] { m_service->addComment(id, QStringLiteral("Vendor called back")); });
        QString task;
        const QDate due(2026, 12, 5);
        edit([&] { task = m_service->addTask(id, QStringLiteral("Call the utility"), {}, due); });
        edit([&] { m_service->setTaskDone(task, true); });
        QString assignee;
        edit([&] { assignee = m_service->assign(id, QStringLiteral("sam")); });
        edit([&] { m_service->unassign(assignee); });
        QTemporaryDir dir;
        const QString path = test::writeFile(dir, QStringLiteral("capture.pcap"), "pcap bytes");
        QString evidence;
        edit([&] { evidence = m_service->addEvidence(id, path); });
        edit([&] { m_service->removeEvidence(evidence); });
        edit([&] { m_service->share(id); });
        edit([&] { m_service->setTlp(id, Tlp::Red); });
        edit([&] { m_service->recordRelease(id, ReleaseAction::ExportCsv); });
        edit([&] { m_service->shareWithAnalysts(id, {QStringLiteral("sam")}); });

        IncidentDialog dialog(*m_service, id);
        dialog.resize(900, 700);
        dialog.show();
        QTreeView *view = historyOf(dialog);
        QVERIFY(view);
        const QList<QStringList> edits = editsOf(view->model());
        const QString who = QStringLiteral("Marie Tremblay");
        const QList<QStringList> expected = {
            {who + QStringLiteral(" shared this incident with Sam Hill (USCERT) by name."),
             releaseSentence(QStringLiteral("share-named tlp:red analysts:sam"), who)},
            {who + QStringLiteral(" exported this incident as CSV (TLP:RED).")},
            // The marking's release record says it once, not the field besides.
            {who + QStringLiteral(" changed the marking from TLP:AMBER to TLP:RED.")},
            {who
             + QStringLiteral(" shared this incident with the counterpart centre "
                              "(TLP:AMBER).")},
            {who + QStringLiteral(" removed the evidence file “capture.pcap”.")},
            {who
             + QStringLiteral(" added the evidence file “capture.pcap” (%1).")
                   .arg(QLocale().formattedDataSize(10))},
            {who + QStringLiteral(" took Sam Hill off this incident.")},
            {who + QStringLiteral(" assigned Sam Hill to this incident.")},
            {who + QStringLiteral(" marked the task “Call the utility” done.")},
            {who
             + QStringLiteral(" added the task “Call the utility”, due %1.")
                   .arg(QLocale().toString(due, QLocale::ShortFormat))},
            {who + QStringLiteral(" wrote a comment: “Vendor called back”")},
            {who + QStringLiteral(" deleted the indicator evil.example (Domain).")},
            {who + QStringLiteral(" added the indicator evil.example (Domain).")},
            // One save of two fields: one row, a sentence each, old -> new.
            {who + QStringLiteral(" changed the severity from Medium to Critical."),
             who + QStringLiteral(" changed the status from New to Triage.")},
            {who
             + QStringLiteral(" created the incident “Ransomware at a utility” (Medium, "
                              "TLP:AMBER).")},
        };
        QVERIFY2(edits == expected, qPrintable(dump(edits)));
        // Who, and from which device: the directory's name and the centre, this device.
        const QModelIndex top = view->model()->index(0, 0);
        QCOMPARE(top.siblingAtColumn(IncidentHistoryModel::WhoColumn).data().toString(),
                 QStringLiteral("Marie Tremblay (CCIRC)"));
        QCOMPARE(top.siblingAtColumn(IncidentHistoryModel::DeviceColumn).data().toString(),
                 QStringLiteral("This device"));
        // When: local time, with the time zone.
        const QString when
            = top.siblingAtColumn(IncidentHistoryModel::WhenColumn).data().toString();
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(m_clock.nowMs());
        QVERIFY2(when.startsWith(QLocale().toString(at.date(), QLocale::ShortFormat)),
                 qPrintable(when));
        QVERIFY2(when.endsWith(at.timeZoneAbbreviation()), qPrintable(when));
        // A row is as tall as its sentences (at 200% too): the two-change save is not cut.
        view->resizeColumnToContents(IncidentHistoryModel::WhenColumn);
        const QModelIndex twoLines = view->model()->index(13, IncidentHistoryModel::WhatColumn);
        QTRY_VERIFY(view->visualRect(twoLines).height() >= 2 * view->fontMetrics().lineSpacing());
        // No raw field names, ids or keys anywhere.
        for (const QStringList &e : edits) {
            for (const QString &s : e) {
                for (const QString &raw : {id, indicator, task, QStringLiteral("incident_id"),
                                           QStringLiteral("analyst_id"), QStringLiteral("tlp:")})
                    QVERIFY2(!s.contains(raw), qPrintable(s));
            }
        }
    }

    // The timeline beside the comments: times with their zone, and status changes.
    void timelineShowsTimesAndStatusChanges()
    {
        const QString id = create(Tlp::Green);
        step();
        m_service->addComment(id, QStringLiteral("Vendor called"));
        step();
        m_service->setStatus(id, IncidentStatus::Investigating);
        const qint64 statusAt = m_clock.nowMs();
        step();
        m_service->share(id);
        IncidentDialog dialog(*m_service, id);
        auto *timeline = dialog.findChild<QListView *>(QStringLiteral("comments"));
        QVERIFY(timeline);
        QAbstractItemModel *model = timeline->model();
        QCOMPARE(model->rowCount(), 3);
        QVERIFY(model->index(0, 0).data().toString().startsWith(QLatin1String("Marie Tremblay, ")));
        QCOMPARE(model->index(1, 0).data().toString(),
                 historyTimeText(statusAt)
                     + QStringLiteral(":\nMarie Tremblay changed the status from New to "
                                      "Investigating."));
        const QString release = model->index(2, 0).data().toString();
        QVERIFY2(release.startsWith(historyTimeText(m_clock.nowMs()) + QStringLiteral(":\n")),
                 qPrintable(release));
        QVERIFY(release.contains(QLatin1String("shared this incident")));
        // A later status change appears in the open window.
        step();
        m_service->setStatus(id, IncidentStatus::Resolved);
        QCOMPARE(model->rowCount(), 4);
        QVERIFY(model->index(3, 0).data().toString().endsWith(
            QLatin1String("changed the status from Investigating to Resolved.")));
    }

    // Markup in a title is text: shown as typed in the list, escaped in the tooltip (which Qt
    // would otherwise read as rich text).
    void hostileTitleShowsAsText()
    {
        const QString hostile = QStringLiteral("<b>Bold</b> <img src=x onerror=alert(1)>");
        const QString id = create(Tlp::Green);
        step();
        m_service->setTitle(id, hostile);
        IncidentDialog dialog(*m_service, id);
        QTreeView *view = historyOf(dialog);
        const QModelIndex what = view->model()->index(0, IncidentHistoryModel::WhatColumn);
        QCOMPARE(what.data().toString(),
                 QStringLiteral("Marie Tremblay changed the title from “Ransomware at a utility” "
                                "to “%1”.")
                     .arg(hostile));
        const QString tip = what.data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QLatin1String("&lt;b&gt;Bold&lt;/b&gt;")), qPrintable(tip));
        QVERIFY2(tip.contains(QLatin1String("&lt;img")), qPrintable(tip));
        QVERIFY(!tip.contains(QLatin1String("<img")));
        QVERIFY(!tip.contains(QLatin1String("<b>")));
    }

    // Long texts are cut in the list (first line, 80 characters) and whole in the tooltip.
    void longTextsAreCutInTheList()
    {
        const QString id = create(Tlp::Green);
        step();
        const QString longSummary = QString(200, QLatin1Char('x')) + QStringLiteral("\nsecond");
        m_service->setSummary(id, longSummary);
        IncidentHistoryModel model(*m_service, id);
        const QModelIndex what = model.index(0, IncidentHistoryModel::WhatColumn);
        QVERIFY(
            what.data().toString().contains(QString(80, QLatin1Char('x')) + QStringLiteral("…")));
        QVERIFY(!what.data().toString().contains(QString(81, QLatin1Char('x'))));
        QVERIFY(what.data(IncidentHistoryModel::SentencesRole)
                    .toStringList()
                    .first()
                    .contains(longSummary));
    }

    // In French: the same history in Canadian French, live.
    void historyInFrench()
    {
        const QString id = create(Tlp::Amber);
        step();
        m_service->setSeverity(id, Severity::Critical);
        step();
        const QString task = m_service->addTask(id, QStringLiteral("Appeler le fournisseur"));
        step();
        m_service->setTaskDone(task, true);
        IncidentDialog dialog(*m_service, id);
        QTreeView *view = historyOf(dialog);
        Translator::instance().apply(Translator::Language::French);
        QTRY_COMPARE(view->model()->headerData(0, Qt::Horizontal).toString(),
                     QStringLiteral("Quand"));
        const QList<QStringList> edits = editsOf(view->model());
        const QList<QStringList> expected = {
            {QStringLiteral("Marie Tremblay a marqué la tâche «\u00a0Appeler le "
                            "fournisseur\u00a0» comme faite.")},
            {QStringLiteral("Marie Tremblay a ajouté la tâche «\u00a0Appeler le "
                            "fournisseur\u00a0».")},
            {QStringLiteral("Marie Tremblay a changé le champ «\u00a0%1\u00a0» de Moyenne à "
                            "Critique.")
                 .arg(fieldLabel({}, QStringLiteral("severity")))},
            {QStringLiteral("Marie Tremblay a créé l’incident «\u00a0Ransomware at a "
                            "utility\u00a0» (Moyenne, TLP:AMBER).")},
        };
        QVERIFY2(edits == expected, qPrintable(dump(edits)));
        QCOMPARE(view->model()->index(0, IncidentHistoryModel::DeviceColumn).data().toString(),
                 QStringLiteral("Cet appareil"));
        // Back to English, live.
        Translator::instance().apply(Translator::Language::English);
        QTRY_VERIFY(editsOf(view->model()).first().first().endsWith(QLatin1String("done.")));
    }

    // Someone else changes two fields being edited here: the banner names them and who; the
    // comparison shows both values; keeping theirs drops only that field's draft, keeping
    // mine saves mine, and a third field being edited is neither lost nor saved.
    void bannerComparesAndKeepsEither()
    {
        const QString id = create(Tlp::Amber);
        IncidentDialog dialog(*m_service, id);
        dialog.show();
        ChangedElsewhereBanner *banner = dialog.changedBanner();
        QVERIFY(!banner->isVisible());
        dialog.titleEdit()->selectAll();
        QTest::keyClicks(dialog.titleEdit(), QStringLiteral("My better title"));
        auto *summary = dialog.findChildren<QPlainTextEdit *>().first();
        summary->setPlainText(QStringLiteral("My summary, not saved yet"));
        QComboBox *severity = nullptr;
        for (QComboBox *box : dialog.findChildren<QComboBox *>()) {
            if (box->accessibleName() == QLatin1String("Severity"))
                severity = box;
        }
        QVERIFY(severity);
        severity->setCurrentIndex(severity->findData(QStringLiteral("high")));
        emit severity->activated(severity->currentIndex()); // as a pick from the list does
        QVERIFY(dialog.hasUnsavedChanges());

        step();
        IncidentEdit theirs;
        theirs.title = QStringLiteral("Their title");
        theirs.severity = Severity::Low;
        m_service->edit(id, theirs);
        QVERIFY(banner->isVisible());
        const QString text = banner->label()->text();
        QVERIFY2(text.startsWith(QLatin1String("Marie Tremblay (CCIRC) changed the title and "
                                               "severity while you were editing.")),
                 qPrintable(text));
        QVERIFY(banner->compareButton()->isVisible());
        // Nothing typed was replaced.
        QCOMPARE(dialog.titleEdit()->text(), QStringLiteral("My better title"));
        QCOMPARE(severity->currentData().toString(), QStringLiteral("high"));

        const QList<ConflictField> conflicts = dialog.conflicts();
        QCOMPARE(conflicts.size(), 2);
        CompareChangesDialog compare(conflicts, &dialog);
        const auto box = [&](const char *name) {
            return compare.findChild<QPlainTextEdit *>(QLatin1String(name))->toPlainText();
        };
        QCOMPARE(box("theirs_title"), QStringLiteral("Their title"));
        QCOMPARE(box("yours_title"), QStringLiteral("My better title"));
        QCOMPARE(box("theirs_severity"), QStringLiteral("Low"));
        QCOMPARE(box("yours_severity"), QStringLiteral("High"));
        QVERIFY(compare.keepMineButton(QStringLiteral("title"))->isChecked()); // the default
        compare.keepTheirsButton(QStringLiteral("title"))->click();
        const QHash<QString, bool> choices = compare.choices();
        QCOMPARE(choices.value(QStringLiteral("title")), false);
        QCOMPARE(choices.value(QStringLiteral("severity")), true);

        // The banner's Compare…, answered with those choices (a minute later: its own save).
        step();
        CompareChangesDialog::setNextAnswerForTesting(choices);
        banner->compareButton()->click();
        QVERIFY(!banner->isVisible());
        // Theirs kept: the box shows their title, and it is no longer an edit of mine.
        QCOMPARE(dialog.titleEdit()->text(), QStringLiteral("Their title"));
        QCOMPARE(m_service->incident(id)->title, QStringLiteral("Their title"));
        // Mine kept: written.
        QCOMPARE(m_service->incident(id)->severity, QStringLiteral("high"));
        // The summary being edited is still mine, unsaved.
        QCOMPARE(summary->toPlainText(), QStringLiteral("My summary, not saved yet"));
        QCOMPARE(m_service->incident(id)->summary, QStringLiteral("First report"));
        QVERIFY(dialog.hasUnsavedChanges());
        step();
        QVERIFY(dialog.save());
        QCOMPARE(m_service->incident(id)->summary, QStringLiteral("My summary, not saved yet"));
        QCOMPARE(m_service->incident(id)->title, QStringLiteral("Their title"));
        // The history says it all, in order.
        const QList<QStringList> edits = editsOf(historyOf(dialog)->model());
        QCOMPARE(edits.at(0).first(),
                 QStringLiteral("Marie Tremblay changed the summary from “First report” to “My "
                                "summary, not saved yet”."));
        QCOMPARE(edits.at(1).first(),
                 QStringLiteral("Marie Tremblay changed the severity from Low to High."));
    }

    // Cancelling the comparison changes nothing; keeping mine for every field writes mine.
    void bannerCancelKeepsEverything()
    {
        const QString id = create(Tlp::Amber);
        IncidentDialog dialog(*m_service, id);
        dialog.titleEdit()->selectAll();
        QTest::keyClicks(dialog.titleEdit(), QStringLiteral("Mine"));
        step();
        m_service->setTitle(id, QStringLiteral("Theirs"));
        CompareChangesDialog::setNextAnswerForTesting(std::nullopt);
        QVERIFY(!dialog.compareConflicts());
        QCOMPARE(dialog.titleEdit()->text(), QStringLiteral("Mine"));
        QVERIFY(dialog.changedBanner()->isVisibleTo(&dialog));
        QVERIFY(dialog.resolveConflicts({{QStringLiteral("title"), true}}));
        QCOMPARE(m_service->incident(id)->title, QStringLiteral("Mine"));
        QVERIFY(!dialog.changedBanner()->isVisibleTo(&dialog));
        QVERIFY(!dialog.hasUnsavedChanges());
    }

    // Another centre's analyst on their own device, through a real hub: the history names them,
    // their centre and their device, and the banner says it was them.
    void remoteChangeFromAnotherCentre()
    {
        HubHarness hub;
        QVERIFY(hub.startHub());
        HubDeviceHandle &marie = hub.addDevice(QString::fromLatin1(HubHarness::kCcirc),
                                               QStringLiteral("Marie Tremblay"));
        HubDeviceHandle &sam
            = hub.addDevice(QString::fromLatin1(HubHarness::kUscert), QStringLiteral("Sam Hill"));
        marie.ws->sync().start();
        sam.ws->sync().start();
        const QString samId = sam.ws->identity().analystId;
        QTRY_COMPARE_WITH_TIMEOUT(marie.ws->analystName(samId), QStringLiteral("Sam Hill"), 15000);
        IncidentService &mine = marie.ws->incidents();
        IncidentDraft d;
        d.title = QStringLiteral("Phishing wave");
        d.tlp = Tlp::Green;
        const QString id = mine.createSharedIncident(d);
        QTRY_VERIFY_WITH_TIMEOUT(sam.ws->incidents().incident(id).has_value(), 15000);

        IncidentDialog dialog(mine, id);
        dialog.show();
        dialog.titleEdit()->selectAll();
        QTest::keyClicks(dialog.titleEdit(), QStringLiteral("Phishing wave, my title"));
        sam.clock->advance(60'000);
        IncidentEdit e;
        e.title = QStringLiteral("Phishing wave, second round");
        e.severity = Severity::Critical;
        sam.ws->incidents().edit(id, e);
        QTRY_COMPARE_WITH_TIMEOUT(mine.incident(id)->severity, QStringLiteral("critical"), 15000);

        QTreeView *view = historyOf(dialog);
        QTRY_VERIFY(view->model()->rowCount() >= 2);
        const QModelIndex top = view->model()->index(0, 0);
        QCOMPARE(top.siblingAtColumn(IncidentHistoryModel::WhoColumn).data().toString(),
                 QStringLiteral("Sam Hill (USCERT)"));
        QCOMPARE(top.siblingAtColumn(IncidentHistoryModel::DeviceColumn).data().toString(),
                 QStringLiteral("Their device"));
        QCOMPARE(top.siblingAtColumn(IncidentHistoryModel::WhatColumn)
                     .data(IncidentHistoryModel::SentencesRole)
                     .toStringList(),
                 QStringList({QStringLiteral("Sam Hill changed the severity from Medium to "
                                             "Critical."),
                              QStringLiteral("Sam Hill changed the title from “Phishing wave” "
                                             "to “Phishing wave, second round”.")}));
        // The banner names Sam and the title (the severity was not being edited here).
        ChangedElsewhereBanner *banner = dialog.changedBanner();
        QVERIFY(banner->isVisible());
        QVERIFY2(banner->label()->text().startsWith(
                     QLatin1String("Sam Hill (USCERT) changed the title while you were editing.")),
                 qPrintable(banner->label()->text()));
        const QList<ConflictField> conflicts = dialog.conflicts();
        QCOMPARE(conflicts.size(), 1);
        QCOMPARE(conflicts.first().theirs, QStringLiteral("Phishing wave, second round"));
        QCOMPARE(conflicts.first().yours, QStringLiteral("Phishing wave, my title"));
        // Keeping mine writes mine, and it reaches Sam.
        marie.clock->advance(120'000);
        QVERIFY(dialog.resolveConflicts({{QStringLiteral("title"), true}}));
        QTRY_COMPARE_WITH_TIMEOUT(sam.ws->incidents().incident(id)->title,
                                  QStringLiteral("Phishing wave, my title"), 15000);
        // On Sam's side: Marie, her centre, her device.
        IncidentHistoryModel theirs(sam.ws->incidents(), id);
        QTRY_COMPARE(theirs.index(0, IncidentHistoryModel::WhoColumn).data().toString(),
                     QStringLiteral("Marie Tremblay (CCIRC)"));
        QCOMPARE(theirs.index(0, IncidentHistoryModel::DeviceColumn).data().toString(),
                 QStringLiteral("Their device"));
        QCOMPARE(theirs.index(0, IncidentHistoryModel::WhatColumn).data().toString(),
                 QStringLiteral("Marie Tremblay changed the title from “Phishing wave, second "
                                "round” to “Phishing wave, my title”."));
    }

    // A device the directory does not know, and an analyst it has no name for, are said so.
    void unknownDeviceAndAnalyst()
    {
        ManualClock theirClock(1'760'000'000'000);
        test::TestReplica them(QStringLiteral("x-42"), QStringLiteral("USCERT"), theirClock);
        const QString id = create(Tlp::Green);
        IncidentHistoryModel model(*m_service, id);
        QCOMPARE(model.deviceText(them.log->identity().deviceId), QStringLiteral("Unknown device"));
        QCOMPARE(model.whoText(QStringLiteral("x-42"), QStringLiteral("USCERT")),
                 QStringLiteral("Someone at USCERT"));
        // Once the directory knows the device (not its name: devices have none), it is theirs.
        m_replica->log->registerDevice(them.log->identity().deviceId,
                                       them.log->identity().key->publicKey(), QStringLiteral("sam"),
                                       QStringLiteral("USCERT"));
        model.reload();
        QCOMPARE(model.deviceText(them.log->identity().deviceId), QStringLiteral("Their device"));
    }
};

QTEST_MAIN(TestIncidentHistory)
#include "tst_incidenthistory.moc"
