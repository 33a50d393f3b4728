// The incident dialog over a real profile (offscreen): saving only what changed, bulk paste
// with a report, sharing confirmed above GREEN and recorded, a change made elsewhere while the
// analyst edits.
#include "TestSupport.h"
#include "models/incident/EvidenceListModel.h"
#include "models/incident/IncidentHistoryModel.h"
#include "widgets/common/DialogSupport.h"
#include "widgets/common/Translator.h"
#include "widgets/common/UiErrors.h"
#include "widgets/incident/ChangedElsewhere.h"
#include "widgets/incident/EvidenceTab.h"
#include "widgets/incident/IncidentDialog.h"
#include "widgets/incident/IncidentExport.h"
#include "widgets/incident/IncidentForm.h"
#include "widgets/incident/IndicatorsTab.h"
#include "widgets/incident/ShareIncidentDialog.h"
#include "widgets/incident/ShareWithPeopleDialog.h"

#include "domain/IncidentReference.h"
#include "services/IncidentService.h"
#include "storage/BlobStore.h"
#include "storage/Database.h"
#include "sync/OpLog.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QCompleter>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace liaison;

class TestIncidentDialog : public QObject
{
    Q_OBJECT

    ManualClock m_clock {1'760'000'000'000};
    std::unique_ptr<test::TestReplica> m_replica;
    std::unique_ptr<IncidentService> m_service;

    QString create(Tlp tlp)
    {
        IncidentDraft d;
        d.title = QStringLiteral("Ransomware at a utility");
        d.summary = QStringLiteral("First report");
        d.tlp = tlp;
        return m_service->createIncident(d);
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        m_replica = std::make_unique<test::TestReplica>(QStringLiteral("marie"),
                                                        QStringLiteral("CCIRC"), m_clock);
        m_service = std::make_unique<IncidentService>(*m_replica->log);
    }
    void cleanup()
    {
        Translator::instance().apply(Translator::Language::English);
        setNextSavePathForTesting(std::nullopt);
        setNextAnswerForTesting(std::nullopt);
        ShareIncidentDialog::clearAnswerForTesting();
        ShareWithPeopleDialog::clearAnswerForTesting();
        clearNextTextForTesting();
        m_service.reset();
        m_replica.reset();
    }

    void savesOnlyWhatChanged()
    {
        const QString id = create(Tlp::Amber);
        m_replica->log->recordAnalyst(QStringLiteral("marie"), QStringLiteral("Marie Tremblay"),
                                      QStringLiteral("CCIRC"));
        IncidentDialog dialog(*m_service, id);
        const auto before = m_replica->log->opsFor(QStringLiteral("incident"), id).size();
        QVERIFY(!dialog.hasUnsavedChanges());
        m_clock.advance(60'000); // a save of its own in the history
        dialog.titleEdit()->selectAll();
        QTest::keyClicks(dialog.titleEdit(), QStringLiteral("Ransomware at a water utility"));
        QVERIFY(dialog.hasUnsavedChanges());
        QVERIFY(dialog.save());
        QVERIFY(!dialog.hasUnsavedChanges());
        QCOMPARE(m_service->incident(id)->title, QStringLiteral("Ransomware at a water utility"));
        const auto after = m_replica->log->opsFor(QStringLiteral("incident"), id);
        QCOMPARE(after.size(), before + 1);
        // The new op carries the title and nothing else.
        const Op &last = after.back();
        QCOMPARE(last.fields.size(), std::size_t(1));
        QCOMPARE(last.fields.front().first, QStringLiteral("title"));
        // An empty title is refused, with a message, and nothing is written.
        dialog.titleEdit()->clear();
        QTest::keyClicks(dialog.titleEdit(), QStringLiteral(" "));
        QVERIFY(!dialog.save());
        QVERIFY(dialog.noticeLabel()->isVisibleTo(&dialog));
        QCOMPARE(m_replica->log->opsFor(QStringLiteral("incident"), id).size(), before + 1);
        auto *history = dialog.findChild<QTreeView *>(QStringLiteral("history"));
        QVERIFY(history->model()->rowCount() >= 2);
        // Who: the analyst's name from the directory and their centre, not their id.
        QCOMPARE(history->model()->index(0, 1).data().toString(),
                 QStringLiteral("Marie Tremblay (CCIRC)"));
    }

    void bulkPasteReportsRefusedLines()
    {
        const QString id = create(Tlp::Green);
        IncidentDialog dialog(*m_service, id);
        const QStringList refused = dialog.addIndicatorsFromText(
            QStringLiteral("192.0.2.10\nnot an indicator at all !!\nevil.example.com\n"
                           "999.1.1.1\nhttps://phish.example.net/login\n192.0.2.10\n"));
        QCOMPARE(refused.size(), 3);
        // Numbered as they stand in the box once the accepted lines have left it.
        QVERIFY(refused.at(0).startsWith(QLatin1String("line 1:")));
        QVERIFY(refused.at(1).startsWith(QLatin1String("line 2:")));
        QVERIFY(refused.at(1).contains(QLatin1String("invalid IPv4 address")));
        QVERIFY(refused.at(2).startsWith(QLatin1String("line 3:"))); // the duplicate
        QCOMPARE(m_service->indicators(id).size(), 3);
        auto *table = dialog.findChild<QTableView *>(QStringLiteral("indicators"));
        QCOMPARE(table->model()->rowCount(), 3);
        // Refused lines stay in the box to be corrected, not dropped.
        auto *paste = dialog.findChild<QPlainTextEdit *>(QStringLiteral("bulkPaste"));
        QCOMPARE(paste->toPlainText().split(QLatin1Char('\n')),
                 (QStringList {QStringLiteral("not an indicator at all !!"),
                               QStringLiteral("999.1.1.1"), QStringLiteral("192.0.2.10")}));
        // Defanged lines are taken, stored live.
        QVERIFY(dialog
                    .addIndicatorsFromText(QStringLiteral("hxxps://phish[.]example[.]net/a\n"
                                                          "c2(.)example(.)org"))
                    .isEmpty());
        QStringList stored;
        for (const Indicator &i : m_service->indicators(id))
            stored << i.value;
        QVERIFY(stored.contains(QStringLiteral("https://phish.example.net/a")));
        QVERIFY(stored.contains(QStringLiteral("c2.example.org")));
    }

    // The single-value field: the type follows what is typed (defanged too) until the analyst
    // picks one; an out-of-range address is reported as an invalid IPv4 address.
    void singleValueDetectsItsType()
    {
        const QString id = create(Tlp::Green);
        IncidentDialog dialog(*m_service, id);
        auto *tab = dialog.findChild<IndicatorsTab *>();
        auto *value = dialog.findChild<QLineEdit *>(QStringLiteral("indicatorValue"));
        auto *type = dialog.findChild<QComboBox *>(QStringLiteral("indicatorType"));
        QTest::keyClicks(value, QStringLiteral("hxxps://evil[.]example/x"));
        QCOMPARE(type->currentData().toString(), QStringLiteral("url"));
        QTRY_COMPARE(tab->detectedLabel()->text(), QStringLiteral("Detected: URL"));
        QTest::keyClick(value, Qt::Key_Return);
        QCOMPARE(m_service->indicators(id).size(), 1);
        QCOMPARE(m_service->indicators(id).first().value, QStringLiteral("https://evil.example/x"));
        QVERIFY(value->text().isEmpty());
        QTest::keyClicks(value, QStringLiteral("203.0.113.999"));
        QCOMPARE(type->currentData().toString(), QStringLiteral("ipv4"));
        QTest::keyClick(value, Qt::Key_Return);
        QVERIFY(tab->messageLabel()->text().contains(QLatin1String("invalid IPv4 address")));
        QCOMPARE(m_service->indicators(id).size(), 1);
        // Picked by the analyst: the type stays whatever is typed.
        value->clear();
        const int fileName = type->findData(QStringLiteral("filename"));
        type->setCurrentIndex(fileName);
        emit type->activated(fileName);
        QTest::keyClicks(value, QStringLiteral("evil.example"));
        QCOMPARE(type->currentData().toString(), QStringLiteral("filename"));
        QCOMPARE(tab->detectedLabel()->text(), QStringLiteral("Detected: Domain"));
    }

    // Copy out: defanged by default, live on request; above GREEN it asks first and the copy
    // is recorded in the timeline; at GREEN it does not ask.
    void copyOutIsDefangedAndRecorded()
    {
        const QString id = create(Tlp::Amber);
        m_service->addIndicator(id, IndicatorType::Url, QStringLiteral("https://evil.example/x"));
        IncidentDialog dialog(*m_service, id);
        auto *tab = dialog.findChild<IndicatorsTab *>();
        auto *table = dialog.findChild<QTableView *>(QStringLiteral("indicators"));
        QGuiApplication::clipboard()->setText(QStringLiteral("before"));
        QVERIFY(!tab->copySelected(IndicatorsTab::CopyForm::Defanged)); // nothing selected
        table->selectRow(0);
        setNextAnswerForTesting(false);
        QVERIFY(!tab->copySelected(IndicatorsTab::CopyForm::Defanged));
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("before"));
        QVERIFY(m_service->comments(id).isEmpty());
        setNextAnswerForTesting(true);
        QVERIFY(tab->copySelected(IndicatorsTab::CopyForm::Defanged));
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("hxxps://evil[.]example/x"));
        QCOMPARE(m_service->comments(id).size(), 1);
        QCOMPARE(m_service->comments(id).first().body,
                 QStringLiteral("copy-out tlp:amber indicators:1"));
        setNextAnswerForTesting(true);
        QVERIFY(tab->copySelected(IndicatorsTab::CopyForm::Live));
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("https://evil.example/x"));
        // GREEN: no question (a "no" answered ahead is left unused), nothing recorded.
        const QString green = create(Tlp::Green);
        m_service->addIndicator(green, IndicatorType::Domain, QStringLiteral("g.example"));
        IncidentDialog greenDialog(*m_service, green);
        greenDialog.findChild<QTableView *>(QStringLiteral("indicators"))->selectRow(0);
        setNextAnswerForTesting(false);
        QVERIFY(greenDialog.findChild<IndicatorsTab *>()->copySelected(
            IndicatorsTab::CopyForm::Defanged));
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("g[.]example"));
        QVERIFY(m_service->comments(green).isEmpty());
    }

    // The marking of selected indicators: never looser than the incident's; raising one that
    // has already left says so; the table shows the marking and "your centre only".
    void markingSelectedIndicators()
    {
        const QString id = create(Tlp::Green);
        m_service->addIndicator(id, IndicatorType::Domain, QStringLiteral("a.example"));
        m_service->share(id);
        IncidentDialog dialog(*m_service, id);
        auto *tab = dialog.findChild<IndicatorsTab *>();
        auto *table = dialog.findChild<QTableView *>(QStringLiteral("indicators"));
        table->selectRow(0);
        QVERIFY(tab->markSelected(Tlp::AmberStrict));
        QVERIFY(tab->messageLabel()->text().contains(QLatin1String("already been shared")));
        QCOMPARE(m_service->indicators(id).first().tlp, QStringLiteral("amber+strict"));
        QCOMPARE(table->model()->index(0, 2).data().toString(), QStringLiteral("TLP:AMBER+STRICT"));
        // Not shared yet: kept home, said in the table.
        const QString internal = create(Tlp::Amber);
        m_service->addIndicator(internal, IndicatorType::Domain, QStringLiteral("b.example"));
        IncidentDialog second(*m_service, internal);
        auto *secondTable = second.findChild<QTableView *>(QStringLiteral("indicators"));
        secondTable->selectRow(0);
        auto *secondTab = second.findChild<IndicatorsTab *>();
        setErrorsSilentForTesting(true);
        auto silent = qScopeGuard([] { setErrorsSilentForTesting(false); });
        QVERIFY(!secondTab->markSelected(Tlp::Green)); // looser than the incident
        QVERIFY(lastErrorForTesting().contains(QLatin1String("never less")));
        QVERIFY(secondTab->markSelected(Tlp::AmberStrict));
        QVERIFY(!secondTab->messageLabel()->text().contains(QLatin1String("already")));
        QCOMPARE(secondTable->model()->index(0, 2).data().toString(),
                 QStringLiteral("TLP:AMBER+STRICT (your centre only)"));
        // First and last seen, first before last.
        QVERIFY(!secondTab->setSeenForSelected(1'700'000'600'000, 1'700'000'000'000));
        QVERIFY(lastErrorForTesting().contains(QLatin1String("last seen before")));
        QVERIFY(secondTab->setSeenForSelected(1'700'000'000'000, 1'700'000'600'000));
        QCOMPARE(m_service->indicators(internal).first().lastSeen, qint64(1'700'000'600'000));
        QVERIFY(!secondTable->model()->index(0, 5).data().toString().isEmpty());
        // The share dialog names what stays.
        ShareIncidentDialog share(
            *m_service->incident(internal), {}, [](const QString &a) { return a; }, nullptr,
            int(m_service->indicatorsStayingInCentre(internal).size()));
        auto *staying = share.findChild<QLabel *>(QStringLiteral("stayingIndicators"));
        QVERIFY(staying->isVisibleTo(&share));
        QVERIFY(staying->text().startsWith(QLatin1String("1 indicator")));
        QVERIFY(staying->text().contains(QLatin1String("in your centre")));
    }

    // The Indicators tab in French, switched live, and back.
    void indicatorsTabInFrench()
    {
        auto &translator = Translator::instance();
        auto restore
            = qScopeGuard([&translator] { translator.apply(Translator::Language::English); });
        const QString id = create(Tlp::Amber);
        m_service->addIndicator(id, IndicatorType::Domain, QStringLiteral("evil.example"), {}, {});
        IncidentDialog dialog(*m_service, id);
        auto *tab = dialog.findChild<IndicatorsTab *>();
        auto *table = dialog.findChild<QTableView *>(QStringLiteral("indicators"));
        auto *value = dialog.findChild<QLineEdit *>(QStringLiteral("indicatorValue"));
        translator.apply(Translator::Language::French);
        QCOMPARE(table->model()->headerData(8, Qt::Horizontal).toString(),
                 QStringLiteral("Vu ailleurs"));
        QCOMPARE(table->model()->headerData(4, Qt::Horizontal).toString(),
                 QStringLiteral("Observé"));
        QCOMPARE(table->model()->index(0, 7).data().toString(), QStringLiteral("saisi par marie"));
        QTest::keyClicks(value, QStringLiteral("hxxps://evil[.]example/x"));
        QCOMPARE(tab->detectedLabel()->text(), QStringLiteral("Détecté\u00a0: URL"));
        table->selectRow(0);
        setNextAnswerForTesting(true);
        QVERIFY(tab->copySelected(IndicatorsTab::CopyForm::Defanged));
        QCOMPARE(tab->messageLabel()->text(), QStringLiteral("1 indicateur copié, neutralisé."));
        QVERIFY(tab->markSelected(Tlp::AmberStrict));
        QCOMPARE(table->model()->index(0, 2).data().toString(),
                 QStringLiteral("TLP:AMBER+STRICT (votre centre seulement)"));
        translator.apply(Translator::Language::English);
        QCOMPARE(table->model()->headerData(8, Qt::Horizontal).toString(),
                 QStringLiteral("Seen elsewhere"));
        QTRY_COMPARE(tab->detectedLabel()->text(), QStringLiteral("Detected: URL"));
    }

    // "Seen elsewhere": the other incident named in the row, a click opens it.
    void seenElsewhereLinksToTheOtherIncident()
    {
        const QString id = create(Tlp::Green);
        IncidentDraft d;
        d.title = QStringLiteral("Older phishing");
        d.tlp = Tlp::Green;
        const QString other = m_service->createIncident(d);
        m_service->addIndicator(other, IndicatorType::Domain, QStringLiteral("c2.example"));
        m_service->addIndicator(id, IndicatorType::Domain, QStringLiteral("c2[.]example"));
        m_service->addIndicator(id, IndicatorType::Domain, QStringLiteral("alone.example"));
        IncidentDialog dialog(*m_service, id);
        auto *tabs = dialog.findChild<QTabWidget *>();
        tabs->setCurrentWidget(dialog.findChild<IndicatorsTab *>());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *table = dialog.findChild<QTableView *>(QStringLiteral("indicators"));
        QVERIFY(table->isVisible());
        const int col = 8; // IndicatorListModel::ElsewhereColumn
        int row = -1;
        for (int r = 0; r < table->model()->rowCount(); ++r) {
            if (table->model()->index(r, 1).data().toString() == QLatin1String("c2.example"))
                row = r;
        }
        QVERIFY(row >= 0);
        QCOMPARE(table->model()->index(row, col).data().toString(),
                 QStringLiteral("Older phishing"));
        QVERIFY(table->model()->index(1 - row, col).data().toString().isEmpty());
        QSignalSpy requested(&dialog, &IncidentDialog::incidentRequested);
        const QModelIndex cell = table->model()->index(row, col);
        table->scrollTo(cell);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(cell).center());
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.first().first().toString(), other);
        // A new indicator elsewhere marks this one too, live.
        m_service->addIndicator(other, IndicatorType::Domain, QStringLiteral("alone.example"));
        int alone = 1 - row;
        QCOMPARE(table->model()->index(alone, col).data().toString(),
                 QStringLiteral("Older phishing"));
    }

    // Import a STIX bundle into the incident: accepted indicators appear in the table at once,
    // the report names what was skipped and why; a file that is not a bundle changes nothing.
    void importStixBundleReportsSkipped()
    {
        const QString id = create(Tlp::Amber);
        m_service->addIndicator(id, IndicatorType::Domain, QStringLiteral("known.example"));
        IncidentDialog dialog(*m_service, id);
        auto *table = dialog.findChild<QTableView *>(QStringLiteral("indicators"));
        QCOMPARE(table->model()->rowCount(), 1);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("feed.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"type": "bundle", "id": "bundle--1", "objects": [
            {"type": "indicator", "id": "indicator--a", "pattern_type": "stix",
             "pattern": "[ipv4-addr:value = '203.0.113.5']"},
            {"type": "indicator", "id": "indicator--b", "pattern_type": "stix",
             "pattern": "[domain-name:value = 'known.example']"},
            {"type": "indicator", "id": "indicator--c", "pattern_type": "stix",
             "pattern": "[ipv4-addr:value = '203.0.113.6']",
             "object_marking_refs": ["marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1"]},
            {"type": "malware", "id": "malware--d"}]})");
        file.close();
        QString report;
        QCOMPARE(dialog.importStix(path, &report), 1);
        QCOMPARE(table->model()->rowCount(), 2);
        QVERIFY2(report.contains(QLatin1String("indicator--b"))
                     && report.contains(QLatin1String("known.example"))
                     && report.contains(QLatin1String("indicator--c"))
                     && report.contains(QLatin1String("TLP:RED"))
                     && report.contains(QLatin1String("malware")),
                 qPrintable(report));
        const QString junk = dir.filePath(QStringLiteral("junk.json"));
        QFile bad(junk);
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("{\"type\": \"bundle\", \"objects\": [");
        bad.close();
        QCOMPARE(dialog.importStix(junk, &report), -1);
        QVERIFY(!report.isEmpty());
        QCOMPARE(dialog.importStix(dir.filePath(QStringLiteral("missing.json")), &report), -1);
        QCOMPARE(table->model()->rowCount(), 2);
    }

    void shareAboveGreenIsConfirmedAndRecorded()
    {
        const QString id = create(Tlp::Amber);
        const QString note = m_service->addComment(id, QStringLiteral("Utility name: Eau-Claire"));
        const QString update = m_service->addComment(id, QStringLiteral("Backups are intact"));
        IncidentDialog dialog(*m_service, id);
        auto *button = dialog.findChild<QPushButton *>(QStringLiteral("shareButton"));
        QVERIFY(button->isEnabled());
        ShareIncidentDialog::setNextAnswerForTesting(std::nullopt); // cancelled
        QVERIFY(!dialog.share());
        QCOMPARE(m_service->incident(id)->scope, QStringLiteral("centre"));
        QCOMPARE(m_service->comments(id).size(), 2);
        // The analyst picks one comment to go along; the other stays internal.
        ShareIncidentDialog::setNextAnswerForTesting(QStringList {update});
        QVERIFY(dialog.share());
        QCOMPARE(m_service->incident(id)->scope, QStringLiteral("shared"));
        QHash<QString, QString> scopes;
        QString release;
        for (const auto &c : m_service->comments(id)) {
            scopes.insert(c.id, c.scope);
            if (c.kind == QLatin1String("release"))
                release = c.id;
        }
        QCOMPARE(scopes.value(note), QStringLiteral("centre"));
        QCOMPARE(scopes.value(update), QStringLiteral("shared"));
        QVERIFY(!release.isEmpty());
        QVERIFY(!button->isEnabled()); // a shared incident never goes back
        auto *comments = dialog.findChild<QListView *>(QStringLiteral("comments"));
        QCOMPARE(comments->model()->rowCount(), 3);
        QStringList texts;
        for (int i = 0; i < comments->model()->rowCount(); ++i)
            texts << comments->model()->index(i, 0).data().toString();
        const QString all = texts.join(QLatin1Char('|'));
        QVERIFY2(all.contains(QLatin1String("TLP:AMBER")), qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("with 1 of its comments")), qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("(internal):\nUtility name")), qPrintable(all));
        // The composer says who will read the next comment, and can write a shared one.
        auto *composer = dialog.findChild<QLabel *>(QStringLiteral("composerScope"));
        auto *shared = dialog.findChild<QCheckBox *>(QStringLiteral("commentShared"));
        QVERIFY(shared->isEnabled());
        QVERIFY(composer->text().contains(QLatin1String("only CCIRC")));
        shared->setChecked(true);
        QVERIFY(composer->text().contains(QLatin1String("counterpart centre will see")));
        // GREEN with nothing internal: no question asked.
        const QString green = create(Tlp::Green);
        IncidentDialog other(*m_service, green);
        QVERIFY(other.share());
    }

    // An internal comment can be let out later, once the incident is shared; recorded.
    void aCommentCanBeSharedLater()
    {
        setErrorsSilentForTesting(true);
        const QString id = create(Tlp::Green);
        const QString note = m_service->addComment(id, QStringLiteral("Vendor confirmed the CVE"));
        IncidentDialog dialog(*m_service, id);
        QVERIFY(!dialog.shareComment(note)); // not shared yet: the comment cannot go alone
        QVERIFY(lastErrorForTesting().contains(QLatin1String("Share the incident first")));
        ShareIncidentDialog::setNextAnswerForTesting(QStringList {});
        QVERIFY(dialog.share());
        auto *comments = dialog.findChild<QListView *>(QStringLiteral("comments"));
        bool offered = false;
        for (int i = 0; i < comments->model()->rowCount(); ++i)
            offered = offered
                || (comments->model()->index(i, 0).data(Qt::UserRole).toString() == note
                    && comments->model()->index(i, 0).data(Qt::UserRole + 1).toBool());
        QVERIFY(offered);
        QVERIFY(dialog.shareComment(note)); // GREEN: no question
        QString scope;
        for (const auto &c : m_service->comments(id))
            if (c.id == note)
                scope = c.scope;
        QCOMPARE(scope, QStringLiteral("shared"));
        QStringList texts;
        for (int i = 0; i < comments->model()->rowCount(); ++i)
            texts << comments->model()->index(i, 0).data().toString();
        QVERIFY2(texts.join(QLatin1Char('|')).contains(QLatin1String("shared 1 comment")),
                 qPrintable(texts.join(QLatin1Char('|'))));
        setErrorsSilentForTesting(false);
    }

    void amberStrictAndRedAreRefusedWithTheReason()
    {
        setErrorsSilentForTesting(true);
        {
            const QString id = create(Tlp::AmberStrict);
            IncidentDialog dialog(*m_service, id);
            auto *button = dialog.findChild<QPushButton *>(QStringLiteral("shareButton"));
            QVERIFY(button->toolTip().contains(tlpLabel(Tlp::AmberStrict)));
            QVERIFY(!dialog.share());
            QVERIFY(lastErrorForTesting().contains(tlpLabel(Tlp::AmberStrict)));
            QCOMPARE(m_service->incident(id)->scope, QStringLiteral("centre"));
        }
        // Lowering AMBER+STRICT asks for a reason; without one nothing is saved.
        const QString id = create(Tlp::AmberStrict);
        IncidentDialog dialog(*m_service, id);
        auto *tlpBox = dialog.findChildren<QComboBox *>().at(2);
        QCOMPARE(tlpBox->currentData().toString(), QStringLiteral("amber+strict"));
        tlpBox->setCurrentIndex(tlpBox->findData(QStringLiteral("amber")));
        emit tlpBox->activated(tlpBox->currentIndex());
        setNextTextForTesting(std::nullopt);
        QVERIFY(!dialog.save());
        QCOMPARE(m_service->incident(id)->tlp, QStringLiteral("amber+strict"));
        QVERIFY(dialog.noticeLabel()->text().contains(QLatin1String("reason")));
        setNextTextForTesting(QStringLiteral("Owner agreed to partner sharing"));
        QVERIFY(dialog.save());
        QCOMPARE(m_service->incident(id)->tlp, QStringLiteral("amber"));
        auto *comments = dialog.findChild<QListView *>(QStringLiteral("comments"));
        QVERIFY(comments->model()
                    ->index(comments->model()->rowCount() - 1, 0)
                    .data()
                    .toString()
                    .contains(QLatin1String("from TLP:AMBER+STRICT to TLP:AMBER. Reason: Owner "
                                            "agreed to partner sharing")));
        // Raised after sharing: saved, and the analyst is told the partner already has it.
        ShareIncidentDialog::setNextAnswerForTesting(QStringList {});
        QVERIFY(dialog.share());
        tlpBox->setCurrentIndex(tlpBox->findData(QStringLiteral("red")));
        emit tlpBox->activated(tlpBox->currentIndex());
        QVERIFY(dialog.save());
        QCOMPARE(m_service->incident(id)->tlp, QStringLiteral("red"));
        QVERIFY(dialog.noticeLabel()->text().contains(QLatin1String("already holds")));
        setErrorsSilentForTesting(false);
    }

    void redGoesToNamedPeople()
    {
        const QString id = create(Tlp::Red);
        m_replica->log->recordAnalyst(QStringLiteral("john"), QStringLiteral("John Smith"),
                                      QStringLiteral("USCERT"));
        m_replica->log->recordAnalyst(QStringLiteral("jane"), QStringLiteral("Jane Doe"),
                                      QStringLiteral("USCERT"));
        m_replica->log->recordAnalyst(QStringLiteral("luc"), QStringLiteral("Luc Gagnon"),
                                      QStringLiteral("CCIRC"));
        IncidentDialog dialog(*m_service, id);
        auto *button = dialog.findChild<QPushButton *>(QStringLiteral("shareButton"));
        QVERIFY(button->isEnabled());
        QVERIFY(button->toolTip().contains(tlpLabel(Tlp::Red)));
        // The real dialog offers the other centre's analysts only, none ticked.
        {
            ShareWithPeopleDialog people(*m_service->incident(id), m_service->counterpartAnalysts(),
                                         {}, &dialog);
            auto *list = people.findChild<QListWidget *>(QStringLiteral("sharePeople"));
            QCOMPARE(list->count(), 2);
            QCOMPARE(list->item(0)->text(), QStringLiteral("Jane Doe (USCERT)"));
            QCOMPARE(list->item(0)->checkState(), Qt::Unchecked);
            list->item(1)->setCheckState(Qt::Checked);
            QCOMPARE(people.picked(), QStringList {QStringLiteral("john")});
        }
        ShareWithPeopleDialog::setNextAnswerForTesting(std::nullopt); // cancelled
        QVERIFY(!dialog.share());
        QVERIFY(m_service->members(id).isEmpty());
        ShareWithPeopleDialog::setNextAnswerForTesting(QStringList {QStringLiteral("john")});
        QVERIFY(dialog.share());
        QCOMPARE(m_service->members(id).size(), 1);
        QCOMPARE(m_service->incident(id)->scope, QStringLiteral("centre")); // never the centre
        const auto labels = dialog.findChildren<QLabel *>();
        const bool named = std::any_of(labels.begin(), labels.end(), [](QLabel *l) {
            return l->text().contains(QLatin1String("John Smith"));
        });
        QVERIFY(named);
        auto *comments = dialog.findChild<QListView *>(QStringLiteral("comments"));
        const QString last
            = comments->model()->index(comments->model()->rowCount() - 1, 0).data().toString();
        QVERIFY2(last.contains(QLatin1String("with 1 named person")), qPrintable(last));
        // Unticked later: taken off the list, recorded.
        ShareWithPeopleDialog::setNextAnswerForTesting(QStringList {});
        QVERIFY(dialog.share());
        QVERIFY(m_service->members(id).isEmpty());
    }

    // 100,000 characters in every free-text field: refused with a sentence, the app stays up,
    // and what was typed stays in the box (it ended the app with std::terminate before).
    void hugeTextIsRefusedNotFatal()
    {
        setErrorsSilentForTesting(true);
        const QString id = create(Tlp::Green);
        IncidentDialog dialog(*m_service, id);
        const QString huge(100'000, QLatin1Char('x'));
        auto *summary = dialog.findChildren<QPlainTextEdit *>().first();
        dialog.titleEdit()->selectAll();
        QTest::keyClicks(dialog.titleEdit(), QStringLiteral("A new title"));
        summary->setPlainText(huge);
        const auto opsBefore = m_replica->log->opsFor(QStringLiteral("incident"), id).size();
        QVERIFY(!dialog.save());
        QVERIFY2(dialog.noticeLabel()->text().contains(QLatin1String("summary is too long")),
                 qPrintable(dialog.noticeLabel()->text()));
        QCOMPARE(summary->toPlainText().size(), huge.size());
        // One refused field saves nothing: the new title waits with it, not half a save.
        QCOMPARE(m_replica->log->opsFor(QStringLiteral("incident"), id).size(), opsBefore);
        QCOMPARE(m_service->incident(id)->title, QStringLiteral("Ransomware at a utility"));
        QVERIFY(dialog.hasUnsavedChanges());
        summary->setPlainText(QStringLiteral("Short again"));
        QVERIFY(dialog.save());
        auto *composer = dialog.findChild<QPlainTextEdit *>(QStringLiteral("newComment"));
        composer->setPlainText(huge);
        auto *commentButton = dialog.findChild<QPushButton *>(QStringLiteral("commentButton"));
        QVERIFY(commentButton);
        commentButton->click();
        QVERIFY2(lastErrorForTesting().contains(QLatin1String("text is too long")),
                 qPrintable(lastErrorForTesting()));
        QCOMPARE(composer->toPlainText().size(), huge.size());
        QVERIFY(m_service->comments(id).isEmpty());
        QVERIFY(!dialog.addTask(huge, huge, {}));
        QVERIFY(!dialog.assign(huge));
        QVERIFY(m_service->tasks(id).isEmpty());
        setErrorsSilentForTesting(false);
    }

    void changeElsewhereKeepsTheAnalystsText()
    {
        const QString id = create(Tlp::Amber);
        IncidentDialog dialog(*m_service, id);
        dialog.titleEdit()->selectAll();
        QTest::keyClicks(dialog.titleEdit(), QStringLiteral("My better title"));
        // Elsewhere (another window, or a remote op): the title and the summary change.
        m_service->setTitle(id, QStringLiteral("Their title"));
        m_service->setSummary(id, QStringLiteral("Their summary"));
        QCOMPARE(dialog.titleEdit()->text(), QStringLiteral("My better title"));
        QVERIFY(dialog.changedBanner()->isVisibleTo(&dialog));
        QVERIFY(dialog.changedBanner()->label()->text().contains(QLatin1String("title")));
        auto *summary = dialog.findChildren<QPlainTextEdit *>().first();
        QCOMPARE(summary->toPlainText(), QStringLiteral("Their summary")); // untouched: updated
        QVERIFY(dialog.save());
        QCOMPARE(m_service->incident(id)->title, QStringLiteral("My better title"));
        QCOMPARE(m_service->incident(id)->summary, QStringLiteral("Their summary"));
    }

    // A language switch at run time retranslates the open window: the form's labels and
    // boxes, the tab titles, the lists' headers and rows, the composer (it stayed in the old
    // language until reopened before).
    void retranslatesOnLanguageSwitch()
    {
        auto &translator = Translator::instance();
        translator.apply(Translator::Language::English);
        // The later tests read English, even when this one fails half-way.
        const auto english
            = qScopeGuard([&translator] { translator.apply(Translator::Language::English); });
        const QString id = create(Tlp::Green);
        m_service->setStatus(id, IncidentStatus::Investigating);
        m_service->addIndicator(id, IndicatorType::Domain, QStringLiteral("evil.example"));
        m_service->addTask(id, QStringLiteral("Call the utility"));
        IncidentDialog dialog(*m_service, id);
        dialog.show();
        auto *tabs = dialog.findChild<QTabWidget *>(QStringLiteral("incidentTabs"));
        QVERIFY(tabs);
        QLabel *titleLabel = nullptr;
        for (QLabel *label : dialog.findChildren<QLabel *>()) {
            if (label->buddy() == dialog.titleEdit())
                titleLabel = label;
        }
        QVERIFY(titleLabel);
        auto *statusBox = dialog.findChildren<QComboBox *>().at(0);
        auto *share = dialog.findChild<QPushButton *>(QStringLiteral("shareButton"));
        auto *commentButton = dialog.findChild<QPushButton *>(QStringLiteral("commentButton"));
        auto *composer = dialog.findChild<QLabel *>(QStringLiteral("composerScope"));
        auto *indicators = dialog.findChild<QTableView *>(QStringLiteral("indicators"));
        auto *tasks = dialog.findChild<QTableView *>(QStringLiteral("tasks"));
        auto *history = dialog.findChild<QTreeView *>(QStringLiteral("history"));
        QCOMPARE(tabs->tabText(0), QStringLiteral("&Indicators"));
        QCOMPARE(tabs->tabText(3), QStringLiteral("&Evidence"));
        QCOMPARE(tabs->tabText(4), QStringLiteral("&History"));
        QCOMPARE(titleLabel->text(), QStringLiteral("&Title:"));
        QCOMPARE(statusBox->currentText(), QStringLiteral("Investigating"));
        QCOMPARE(share->text(), QStringLiteral("Share with the counterpart centre…"));
        QCOMPARE(commentButton->text(), QStringLiteral("Comment"));
        QVERIFY(composer->text().startsWith(QLatin1String("Internal comment")));
        QCOMPARE(indicators->model()->index(0, 0).data().toString(), QStringLiteral("Domain"));
        QCOMPARE(tasks->model()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Task"));
        QCOMPARE(history->model()->headerData(0, Qt::Horizontal).toString(),
                 QStringLiteral("When"));

        translator.apply(Translator::Language::French);
        QTRY_COMPARE(tabs->tabText(0), QStringLiteral("&Indicateurs"));
        QCOMPARE(tabs->tabText(1), QStringLiteral("&Commentaires et chronologie"));
        QCOMPARE(tabs->tabText(2), QStringLiteral("Tâches et respo&nsables"));
        QCOMPARE(tabs->tabText(3), QStringLiteral("Pr&euves"));
        QCOMPARE(tabs->tabText(4), QStringLiteral("&Historique"));
        QCOMPARE(titleLabel->text(),
                 QCoreApplication::translate("liaison::IncidentForm", "&Title:"));
        QVERIFY(titleLabel->text().startsWith(QLatin1String("&Titre")));
        QCOMPARE(statusBox->currentText(), QStringLiteral("Enquête en cours"));
        QCOMPARE(share->text(), QStringLiteral("Partager avec le centre homologue…"));
        QCOMPARE(commentButton->text(), QStringLiteral("Commenter"));
        QVERIFY2(composer->text().startsWith(QLatin1String("Commentaire interne")),
                 qPrintable(composer->text()));
        QCOMPARE(indicators->model()->index(0, 0).data().toString(), QStringLiteral("Domaine"));
        QCOMPARE(tasks->model()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Tâche"));
        QCOMPARE(history->model()->headerData(0, Qt::Horizontal).toString(),
                 QStringLiteral("Quand"));

        translator.apply(Translator::Language::English);
        QTRY_COMPARE(tabs->tabText(0), QStringLiteral("&Indicators"));
        QCOMPARE(statusBox->currentText(), QStringLiteral("Investigating"));
    }

    void tasksAndAssignees()
    {
        const QString id = create(Tlp::Amber);
        IncidentDialog dialog(*m_service, id);
        QVERIFY(!dialog.addTask(QStringLiteral("   "), {}, {}));
        QVERIFY(!dialog.addTask(QStringLiteral("Call the utility"), {}, QDate(1850, 1, 1)));
        QVERIFY(m_service->tasks(id).isEmpty());
        QVERIFY(dialog.addTask(QStringLiteral("Call the utility"), QStringLiteral("marie"),
                               QDate(2026, 12, 1)));
        auto *tasks = dialog.findChild<QTableView *>(QStringLiteral("tasks"));
        QCOMPARE(tasks->model()->rowCount(), 1);
        QCOMPARE(tasks->model()->index(0, 1).data().toString(), QStringLiteral("marie"));
        QVERIFY(!tasks->model()->index(0, 2).data().toString().isEmpty());
        // Ticking the box marks the task done.
        tasks->model()->setData(tasks->model()->index(0, 0), Qt::Checked, Qt::CheckStateRole);
        QVERIFY(m_service->tasks(id).first().done);
        m_replica->log->recordAnalyst(QStringLiteral("jean"), QStringLiteral("Jean Roy"),
                                      QStringLiteral("USCERT"));
        QVERIFY(dialog.assign(QStringLiteral("jean")));
        QVERIFY(!dialog.assign(QStringLiteral("jean"))); // once
        auto *assignees = dialog.findChild<QListView *>(QStringLiteral("assignees"));
        QCOMPARE(assignees->model()->rowCount(), 1);
        QCOMPARE(assignees->model()->index(0, 0).data().toString(), QStringLiteral("Jean Roy"));
        QCOMPARE(m_service->incidentsAssignedTo(QStringLiteral("jean")), QSet<QString> {id});
    }

    // Assignees come from the directory: the names complete as they are typed, Enter assigns
    // the one picked, and a name the directory does not know is refused in words.
    void assigneesComeFromTheDirectory()
    {
        const QString id = create(Tlp::Amber);
        m_replica->log->recordAnalyst(QStringLiteral("jean"), QStringLiteral("Jean Roy"),
                                      QStringLiteral("USCERT"));
        m_replica->log->recordAnalyst(QStringLiteral("luc"), QStringLiteral("Luc Gagnon"),
                                      QStringLiteral("CCIRC"));
        m_replica->log->recordAnalyst(QStringLiteral("luc2"), QStringLiteral("Luc Gagnon"),
                                      QStringLiteral("USCERT"));
        IncidentDialog dialog(*m_service, id);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *field = dialog.findChild<QLineEdit *>(QStringLiteral("newAssignee"));
        auto *message = dialog.findChild<QLabel *>(QStringLiteral("assignMessage"));
        QVERIFY(field && message && field->completer());
        QCompleter *completer = field->completer();
        completer->setCompletionPrefix(QStringLiteral("roy"));
        QCOMPARE(completer->completionCount(), 1);
        QCOMPARE(completer->currentCompletion(), QStringLiteral("Jean Roy (USCERT)"));

        // Unknown: refused, said, nothing written.
        field->setText(QStringLiteral("Nobody Here"));
        QTest::keyClick(field, Qt::Key_Return);
        QVERIFY(m_service->assignees(id).isEmpty());
        QVERIFY(!message->isHidden());
        QCOMPARE(message->text(),
                 QStringLiteral("Not assigned: “Nobody Here” is not in the directory. Pick an "
                                "analyst from the list that opens as you type."));
        QCOMPARE(field->text(), QStringLiteral("Nobody Here")); // kept, to be corrected
        // Two analysts share the name: the centre decides.
        field->setText(QStringLiteral("luc gagnon"));
        QTest::keyClick(field, Qt::Key_Return);
        QVERIFY(m_service->assignees(id).isEmpty());
        QVERIFY(message->text().contains(QLatin1String("several analysts")));
        field->setText(QStringLiteral("Luc Gagnon (USCERT)"));
        QTest::keyClick(field, Qt::Key_Return);
        QCOMPARE(m_service->incidentsAssignedTo(QStringLiteral("luc2")), QSet<QString> {id});
        QVERIFY(field->text().isEmpty());
        QVERIFY(message->isHidden());
        // A pick in the completion list assigns at once (Enter in the list).
        emit completer->activated(QStringLiteral("Jean Roy (USCERT)"));
        QCOMPARE(m_service->incidentsAssignedTo(QStringLiteral("jean")), QSet<QString> {id});
        auto *assignees = dialog.findChild<QListView *>(QStringLiteral("assignees"));
        QCOMPARE(assignees->model()->rowCount(), 2);
        // In French, the refusal too.
        Translator::instance().apply(Translator::Language::French);
        QCoreApplication::processEvents();
        field->setText(QStringLiteral("Personne"));
        QTest::keyClick(field, Qt::Key_Return);
        QCOMPARE(message->text(),
                 QStringLiteral("Non assigné\u00a0: «\u00a0Personne\u00a0» n’est pas dans "
                                "l’annuaire. Choisissez un analyste dans la liste qui s’ouvre "
                                "pendant la saisie."));
        Translator::instance().apply(Translator::Language::English);
    }

    // The window shows the incident's reference (title bar and header) and its PAP; a Canadian
    // centre's analyst sees Canada's sectors first. Exporting says where the file went.
    void referencePapAndSectors()
    {
        const QString id = create(Tlp::Green);
        const auto incident = m_service->incident(id);
        const QString reference = incidentReference(incident->ownerCentre, incident->createdAt, id);
        IncidentDialog dialog(*m_service, id);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.windowTitle(),
                 QStringLiteral("%1 — Ransomware at a utility").arg(reference));
        auto *header = dialog.findChild<QLabel *>(QStringLiteral("reference"));
        QVERIFY(header);
        QCOMPARE(header->text(), reference);
        auto *pap = dialog.findChild<QLabel *>(QStringLiteral("pap"));
        QVERIFY(pap);
        QCOMPARE(pap->text(), QStringLiteral("PAP:AMBER")); // the default of a new incident
        QVERIFY(pap->toolTip().startsWith(QLatin1String("PAP:AMBER: passive")));
        QVERIFY(pap->isVisible());
        QComboBox *sectorBox = nullptr;
        for (auto *box : dialog.findChild<IncidentForm *>()->findChildren<QComboBox *>()) {
            if (box->findData(QStringLiteral("ca.finance")) >= 0)
                sectorBox = box;
        }
        QVERIFY(sectorBox);
        QVERIFY(sectorBox->itemData(1).toString().startsWith(QLatin1String("ca.")));
        QVERIFY(sectorBox->itemData(sectorBox->count() - 1)
                    .toString()
                    .startsWith(QLatin1String("us.")));
        // French: the same reference, the PAP explained in French.
        Translator::instance().apply(Translator::Language::French);
        QTRY_VERIFY(pap->toolTip().startsWith(QStringLiteral("PAP:AMBER\u00a0:")));
        QCOMPARE(dialog.windowTitle(),
                 QStringLiteral("%1 — Ransomware at a utility").arg(reference));
        Translator::instance().apply(Translator::Language::English);

        // Export from the incident window: a message beside it says where the file is.
        const QString path = m_replica->dir.filePath(QStringLiteral("one.json"));
        setNextSavePathForTesting(path);
        exportIncidentsInteractively(&dialog, *m_service, {id}, ExportFormat::Stix,
                                     QStringLiteral("incident"));
        QVERIFY(QFile::exists(path));
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = dialog.findChild<QMessageBox *>(QStringLiteral("savedFileMessage"))));
        QCOMPARE(box->text(), QStringLiteral("Saved: %1").arg(QDir::toNativeSeparators(path)));
        box->close();
    }

    void evidenceFilesAskBeforeLeavingAndAreRecorded()
    {
        const QString id = create(Tlp::Amber);
        IncidentDialog dialog(*m_service, id);
        EvidenceTab *tab = dialog.evidenceTab();
        QTemporaryDir files;
        const QByteArray data = QByteArray("MZ\x90\x00 not really a PE file ").repeated(20000);
        const QString path = files.filePath(QStringLiteral("sample.exe"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(data);
        }
        QVERIFY(!tab->addFile(files.filePath(QStringLiteral("missing.bin"))));
        QVERIFY(tab->message().contains(QStringLiteral("could not be read")));
        QVERIFY(tab->addFile(path));
        auto *table = dialog.findChild<QTableView *>(QStringLiteral("evidence"));
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->index(0, EvidenceListModel::NameColumn).data().toString(),
                 QStringLiteral("sample.exe"));
        QCOMPARE(table->model()->index(0, EvidenceListModel::StateColumn).data().toString(),
                 QStringLiteral("On this computer"));
        const QString evidenceId
            = table->model()->index(0, 0).data(EvidenceListModel::IdRole).toString();
        auto releases = [&](const QString &prefix) {
            int n = 0;
            for (const auto &c : m_service->comments(id))
                n += c.body.startsWith(prefix) ? 1 : 0;
            return n;
        };
        // TLP:AMBER: saving asks; No writes nothing and records nothing.
        const QString out = files.filePath(QStringLiteral("saved.exe"));
        setNextAnswerForTesting(false);
        QVERIFY(!tab->saveFile(evidenceId, out));
        QVERIFY(!QFile::exists(out));
        QCOMPARE(releases(QStringLiteral("save-evidence")), 0);
        setNextAnswerForTesting(true);
        QVERIFY(tab->saveFile(evidenceId, out));
        QFile saved(out);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QCOMPARE(saved.readAll(), data);
        QCOMPARE(releases(QStringLiteral("save-evidence tlp:amber")), 1);
        // Opening always asks, and hands over a copy in a folder of this user's only.
        QString handed;
        EvidenceTab::setOpenerForTesting([&](const QString &p) {
            handed = p;
            return true;
        });
        auto restore = qScopeGuard([] {
            EvidenceTab::setOpenerForTesting(
                [](const QString &p) { return QDesktopServices::openUrl(QUrl::fromLocalFile(p)); });
        });
        setNextAnswerForTesting(false);
        QVERIFY(!tab->openFile(evidenceId));
        QVERIFY(handed.isEmpty());
        setNextAnswerForTesting(true);
        QVERIFY(tab->openFile(evidenceId));
        QVERIFY(!handed.isEmpty());
        QFile copy(handed);
        QVERIFY(copy.open(QIODevice::ReadOnly));
        QCOMPARE(copy.readAll(), data);
#ifdef Q_OS_UNIX
        QCOMPARE(QFileInfo(QFileInfo(handed).absolutePath()).permissions()
                     & (QFile::ReadGroup | QFile::ReadOther | QFile::ExeOther),
                 QFileDevice::Permissions());
#endif
        QCOMPARE(releases(QStringLiteral("open-evidence tlp:amber")), 1);
        QDir(QFileInfo(handed).absolutePath()).removeRecursively();
        // Above the hub's limit: refused with the limit, nothing added.
        BlobStore::saveHubMaxBytes(m_replica->profile->db(), 1000);
        QVERIFY(!tab->addFile(path));
        QVERIFY2(tab->message().contains(QStringLiteral("larger than the hub accepts")),
                 qPrintable(tab->message()));
        QCOMPARE(table->model()->rowCount(), 1);
        // Not on this computer and no hub: said, nothing written.
        m_replica->profile->db().exec("DELETE FROM blobs");
        setNextAnswerForTesting(true);
        QVERIFY(!tab->saveFile(evidenceId, out + QStringLiteral(".2")));
        QVERIFY(tab->message().contains(QStringLiteral("not on this computer")));
        // Removed after asking.
        setNextAnswerForTesting(true);
        QVERIFY(tab->removeFile(evidenceId));
        QCOMPARE(table->model()->rowCount(), 0);
        // The history keeps who added and who removed it.
        auto *history = dialog.findChild<QTreeView *>(QStringLiteral("history"));
        QStringList evidenceSentences;
        for (int r = 0; r < history->model()->rowCount(); ++r) {
            for (const QString &sentence : history->model()
                                               ->index(r, IncidentHistoryModel::WhatColumn)
                                               .data(IncidentHistoryModel::SentencesRole)
                                               .toStringList()) {
                if (sentence.contains(QLatin1String("the evidence file")))
                    evidenceSentences << sentence;
            }
        }
        QCOMPARE(evidenceSentences.size(), 2);
        const QString both = evidenceSentences.join(QLatin1Char('\n'));
        QVERIFY2(both.contains(QLatin1String(" removed the evidence file")), qPrintable(both));
        QVERIFY2(both.contains(QLatin1String(" added the evidence file")), qPrintable(both));
    }
};

QTEST_MAIN(TestIncidentDialog)
#include "tst_incidentdialog.moc"
