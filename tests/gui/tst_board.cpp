// The incident board (kanban and table) with real widgets under the offscreen platform, over a
// real SQLCipher profile; remote changes arrive as signed ops from a second replica.
#include "TestSupport.h"
#include "models/board/IncidentFilterProxy.h"
#include "models/board/IncidentListModel.h"
#include "widgets/board/BoardPage.h"
#include "widgets/board/BoardView.h"
#include "widgets/board/NewIncidentDialog.h"
#include "widgets/common/DialogSupport.h"
#include "widgets/common/Translator.h"

#include "services/IncidentService.h"
#include "storage/Profile.h"
#include "sync/OpLog.h"
#include "workspace/Workspace.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace liaison;

class TestBoard : public QObject
{
    Q_OBJECT

    ManualClock m_clock {1'760'000'000'000};
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_context;
    std::unique_ptr<BoardPage> m_page;
    // The other centre's analyst: its ops reach us as remote ops.
    std::unique_ptr<test::TestReplica> m_remote;
    std::unique_ptr<IncidentService> m_remoteService;

    QString create(const QString &title, Tlp tlp = Tlp::Amber,
                   IncidentStatus status = IncidentStatus::New)
    {
        IncidentDraft d;
        d.title = title;
        d.tlp = tlp;
        d.sector = QStringLiteral("ca.energy-utilities");
        const QString id = m_context->incidents().createIncident(d);
        if (status != IncidentStatus::New)
            m_context->incidents().setStatus(id, status);
        return id;
    }

    int columnOf(const QString &status) const { return int(statusKeys().indexOf(status)); }

    QStringList idsIn(int column) const
    {
        QStringList out;
        QAbstractItemModel *model = m_page->board()->column(column)->model();
        for (int r = 0; r < model->rowCount(); ++r)
            out << model->index(r, 0).data(IncidentListModel::IdRole).toString();
        return out;
    }

    // Delivers everything the remote replica wrote since last time.
    void deliverRemote()
    {
        const auto ops = m_remote->log->pendingOutbox(1000);
        const auto result = m_context->opLog().applyRemote(ops);
        QCOMPARE(result.rejected, 0);
        for (const auto &op : ops)
            m_remote->log->acknowledge(op.id(), 1);
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        auto profile = Profile::create(
            m_dir.filePath(QString::number(QRandomGenerator::global()->generate())),
            test::passphrase("board test passphrase"), KdfParams::fastForTests());
        m_context = std::make_unique<Workspace>(std::move(profile), m_clock);
        m_context->opLog().setEnrolment(QStringLiteral("marie"), QStringLiteral("CCIRC"));
        m_remote = std::make_unique<test::TestReplica>(QStringLiteral("jean"),
                                                       QStringLiteral("CCIRC"), m_clock);
        m_remoteService = std::make_unique<IncidentService>(*m_remote->log);
        const auto &them = m_remote->log->identity();
        m_context->opLog().registerDevice(them.deviceId, them.key->publicKey(), them.analystId,
                                          them.centre);
        m_page = std::make_unique<BoardPage>(*m_context);
        m_page->resize(1200, 700);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    }

    void cleanup()
    {
        m_page.reset();
        m_remoteService.reset();
        m_remote.reset();
        m_context.reset();
    }

    void columnsFollowStatus()
    {
        QAbstractItemModelTester modelTester(m_page->model());
        QAbstractItemModelTester proxyTester(m_page->proxy());
        const QString a = create(QStringLiteral("Ransomware at a utility"));
        const QString b
            = create(QStringLiteral("Phishing wave"), Tlp::Green, IncidentStatus::Triage);
        const QString c
            = create(QStringLiteral("Closed long ago"), Tlp::Clear, IncidentStatus::Closed);
        QCOMPARE(m_page->board()->columnCount(), 6);
        QCOMPARE(idsIn(columnOf(QStringLiteral("new"))), QStringList {a});
        QCOMPARE(idsIn(columnOf(QStringLiteral("triage"))), QStringList {b});
        QCOMPARE(idsIn(columnOf(QStringLiteral("closed"))), QStringList {c});
        // The table shows the same incidents.
        m_page->setMode(BoardPage::Mode::Table);
        QCOMPARE(m_page->table()->model()->rowCount(), 3);
        m_page->setMode(BoardPage::Mode::Board);
    }

    void dropOnAColumnChangesTheStatus()
    {
        const QString a = create(QStringLiteral("Move me"));
        BoardColumnView *target
            = m_page->board()->column(columnOf(QStringLiteral("investigating")));
        QMimeData mime;
        mime.setData(QLatin1String(BoardColumnView::kMimeType), a.toUtf8());
        QDragEnterEvent enter(QPoint(10, 10), Qt::MoveAction, &mime, Qt::LeftButton,
                              Qt::NoModifier);
        QCoreApplication::sendEvent(target->viewport(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::MoveAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(target->viewport(), &drop);
        QVERIFY(drop.isAccepted());
        QCOMPARE(m_context->incidents().incident(a)->status, QStringLiteral("investigating"));
        QCOMPARE(idsIn(columnOf(QStringLiteral("investigating"))), QStringList {a});
        QVERIFY(idsIn(columnOf(QStringLiteral("new"))).isEmpty());
        // Foreign data (a file dragged from the desktop) is refused.
        QMimeData text;
        text.setText(QStringLiteral("not an incident"));
        QDragEnterEvent foreign(QPoint(10, 10), Qt::MoveAction, &text, Qt::LeftButton,
                                Qt::NoModifier);
        QCoreApplication::sendEvent(target->viewport(), &foreign);
        QVERIFY(!foreign.isAccepted());
    }

    void keyboardMovesACard()
    {
        const QString a = create(QStringLiteral("Keyboard user"));
        m_page->board()->selectIncident(a);
        BoardColumnView *fresh = m_page->board()->column(columnOf(QStringLiteral("new")));
        QVERIFY(fresh->hasFocus() || fresh->currentIndex().isValid());
        fresh->setFocus();
        QTest::keyClick(fresh, Qt::Key_Right, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(m_context->incidents().incident(a)->status, QStringLiteral("triage"));
        BoardColumnView *triage = m_page->board()->column(columnOf(QStringLiteral("triage")));
        QCOMPARE(triage->currentIndex().data(IncidentListModel::IdRole).toString(), a);
        QTest::keyClick(triage, Qt::Key_Left, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(m_context->incidents().incident(a)->status, QStringLiteral("new"));
    }

    void filters()
    {
        const QString ransom = create(QStringLiteral("Ransomware at a utility"), Tlp::Red);
        const QString phish = create(QStringLiteral("Phishing wave"), Tlp::Green);
        m_context->incidents().addIndicator(phish, IndicatorType::Domain,
                                            QStringLiteral("login-update.example.net"));
        auto *text = m_page->findChild<QLineEdit *>(QStringLiteral("boardFilter"));
        QVERIFY(text);
        // Full text reaches indicators too.
        text->setText(QStringLiteral("login-update"));
        QTRY_COMPARE(m_page->proxy()->rowCount(), 1);
        QCOMPARE(m_page->proxy()->index(0, 0).data(IncidentListModel::IdRole).toString(), phish);
        text->clear();
        QTRY_COMPARE(m_page->proxy()->rowCount(), 2);
        auto *tlp = m_page->findChild<QComboBox *>(QStringLiteral("tlpFilter"));
        tlp->setCurrentIndex(tlp->findData(QStringLiteral("red")));
        QCOMPARE(m_page->proxy()->rowCount(), 1);
        QCOMPARE(m_page->proxy()->index(0, 0).data(IncidentListModel::IdRole).toString(), ransom);
        tlp->setCurrentIndex(0);
        // Assigned to me.
        m_context->incidents().assign(ransom, QStringLiteral("marie"));
        auto *mine = m_page->findChild<QCheckBox *>(QStringLiteral("assignedToMe"));
        mine->setChecked(true);
        QCOMPARE(m_page->proxy()->rowCount(), 1);
        mine->setChecked(false);
        QCOMPARE(m_page->proxy()->rowCount(), 2);
    }

    // A remote change moves a card between columns with row signals only: the analyst's
    // selection in another column stays, and "changed since I last looked" picks it up.
    void remoteChangesKeepTheSelection()
    {
        const QString mine = create(QStringLiteral("Selected by the analyst"));
        const QString theirs = create(QStringLiteral("Changed by the other analyst"));
        // The remote replica learns our incident, then changes its status.
        {
            std::vector<Op> ours;
            for (const auto &op : m_context->opLog().pendingOutbox(100))
                ours.push_back(op);
            const auto &me = m_context->opLog().identity();
            m_remote->log->registerDevice(me.deviceId, me.key->publicKey(), me.analystId,
                                          me.centre);
            QCOMPARE(m_remote->log->applyRemote(ours).rejected, 0);
        }
        m_page->board()->selectIncident(mine);
        BoardColumnView *fresh = m_page->board()->column(columnOf(QStringLiteral("new")));
        QCOMPARE(fresh->currentIndex().data(IncidentListModel::IdRole).toString(), mine);

        QSignalSpy resets(m_page->model(), &QAbstractItemModel::modelReset);
        QSignalSpy layout(m_page->model(), &QAbstractItemModel::layoutChanged);
        m_remoteService->setStatus(theirs, IncidentStatus::Mitigating);
        deliverRemote();
        QCOMPARE(resets.count(), 0);
        QCOMPARE(layout.count(), 0);
        QCOMPARE(idsIn(columnOf(QStringLiteral("mitigating"))), QStringList {theirs});
        QCOMPARE(fresh->currentIndex().data(IncidentListModel::IdRole).toString(), mine);
        QVERIFY(fresh->selectionModel()->isSelected(fresh->currentIndex()));

        auto *unseen = m_page->findChild<QCheckBox *>(QStringLiteral("changedSinceLastLook"));
        unseen->setChecked(true);
        QCOMPARE(m_page->proxy()->rowCount(), 1);
        QCOMPARE(m_page->proxy()->index(0, 0).data(IncidentListModel::IdRole).toString(), theirs);
        m_context->incidents().markSeen(theirs);
        QCOMPARE(m_page->proxy()->rowCount(), 0);
    }

    void newIncidentDialog()
    {
        NewIncidentDialog dialog;
        auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());
        QTest::keyClicks(dialog.titleEdit(), QStringLiteral("   "));
        QVERIFY(!ok->isEnabled()); // spaces are not a title
        dialog.titleEdit()->setText(QStringLiteral("  Botnet C2 in a hosting provider  "));
        QVERIFY(ok->isEnabled());
        const IncidentDraft d = dialog.draft();
        QCOMPARE(d.title, QStringLiteral("Botnet C2 in a hosting provider"));
        QCOMPARE(d.tlp, Tlp::Amber); // the safe default
        const QString id = m_context->incidents().createIncident(d);
        QCOMPARE(m_context->incidents().incident(id)->scope, QStringLiteral("centre"));
    }

    // Export what the board shows as CSV: above GREEN it asks, and records who released it.
    void exportShownIncidentsAsCsv()
    {
        const QString amber = create(QStringLiteral("Amber one"), Tlp::Amber);
        const QString green = create(QStringLiteral("Green one"), Tlp::Green);
        const QString path = m_dir.filePath(QStringLiteral("export.csv"));
        QString error;
        setNextAnswerForTesting(false);
        QVERIFY(!m_page->exportTo(path, ExportFormat::Csv, &error));
        QVERIFY(!QFile::exists(path));
        QCOMPARE(m_context->incidents().comments(amber).size(), 0);
        setNextAnswerForTesting(true);
        QVERIFY2(m_page->exportTo(path, ExportFormat::Csv, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray csv = file.readAll();
        QVERIFY(csv.contains("Amber one") && csv.contains("Green one"));
        for (const QString &id : {amber, green}) {
            const auto comments = m_context->incidents().comments(id);
            QCOMPARE(comments.size(), 1);
            QVERIFY(comments.first().body.startsWith(QLatin1String("export-csv tlp:")));
        }
        // Filtered: only what is shown goes out.
        auto *tlp = m_page->findChild<QComboBox *>(QStringLiteral("tlpFilter"));
        tlp->setCurrentIndex(tlp->findData(QStringLiteral("green")));
        QVERIFY(m_page->exportTo(path, ExportFormat::Csv, &error)); // GREEN only: no question asked
        QFile again(path);
        QVERIFY(again.open(QIODevice::ReadOnly));
        const QByteArray second = again.readAll();
        QVERIFY(second.contains("Green one") && !second.contains("Amber one"));
        // A folder that does not exist: a clear error, nothing recorded.
        const int before = int(m_context->incidents().comments(green).size());
        QVERIFY(!m_page->exportTo(m_dir.filePath(QStringLiteral("no/such/dir/x.csv")),
                                  ExportFormat::Csv, &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(m_context->incidents().comments(green).size(), before);
    }

    // The board fits a 1366-pixel laptop screen beside the navigation rail, in both languages
    // (the filter bar is two rows).
    void fitsASmallScreen()
    {
        for (const auto language : {Translator::Language::English, Translator::Language::French}) {
            Translator::instance().apply(language);
            QCoreApplication::processEvents(); // the language change is a posted event
            QVERIFY2(m_page->minimumSizeHint().width() <= 1100,
                     qPrintable(QString::number(m_page->minimumSizeHint().width())));
        }
        Translator::instance().apply(Translator::Language::English);
        QCoreApplication::processEvents();
    }

    // The same for a STIX 2.1 bundle: confirmed, recorded as a STIX release, and a bundle
    // holding the shown incidents.
    void exportShownIncidentsAsStix()
    {
        const QString amber = create(QStringLiteral("Amber stix"), Tlp::Amber);
        const QString path = m_dir.filePath(QStringLiteral("export.json"));
        QString error;
        setNextAnswerForTesting(false);
        QVERIFY(!m_page->exportTo(path, ExportFormat::Stix, &error));
        QVERIFY(error.isEmpty());
        QVERIFY(!QFile::exists(path));
        setNextAnswerForTesting(true);
        QVERIFY2(m_page->exportTo(path, ExportFormat::Stix, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject bundle = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(bundle.value("type").toString(), QStringLiteral("bundle"));
        bool found = false;
        for (const auto &o : bundle.value("objects").toArray())
            found = found || o.toObject().value("id").toString() == "incident--" + amber;
        QVERIFY(found);
        const auto comments = m_context->incidents().comments(amber);
        QCOMPARE(comments.size(), 1);
        QVERIFY(comments.first().body.startsWith(QLatin1String("export-stix tlp:amber")));
    }
};

QTEST_MAIN(TestBoard)
#include "tst_board.moc"
