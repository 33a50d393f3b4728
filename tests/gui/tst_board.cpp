// The incident board (kanban and table) with real widgets under the offscreen platform, over a
// real SQLCipher profile; remote changes arrive as signed ops from a second replica.
#include "TestSupport.h"
#include "models/board/IncidentFilterProxy.h"
#include "models/board/IncidentListModel.h"
#include "widgets/board/BoardPage.h"
#include "widgets/board/BoardView.h"
#include "widgets/board/IncidentCardDelegate.h"
#include "widgets/board/NewIncidentDialog.h"
#include "widgets/common/DialogSupport.h"
#include "widgets/common/Translator.h"
#include "widgets/shell/MainWindow.h"

#include "domain/IncidentReference.h"
#include "domain/Sectors.h"

#include "services/IncidentService.h"
#include "storage/Profile.h"
#include "sync/OpLog.h"
#include "workspace/Workspace.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QRandomGenerator>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QToolButton>

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

    // Every card of every open column fits its column: no sideways scroll bar in the column,
    // the card inside the viewport, and the scope chip wide enough for its whole label.
    static void checkCardsFit(BoardView *board, const QString &where)
    {
        for (int c = 0; c < board->columnCount(); ++c) {
            BoardColumnView *view = board->column(c);
            if (board->isCollapsed(c))
                continue;
            QVERIFY2(view->horizontalScrollBar()->maximum() == 0
                         && !view->horizontalScrollBar()->isVisible(),
                     qPrintable(QStringLiteral("%1: column %2 scrolls sideways (viewport %3)")
                                    .arg(where)
                                    .arg(c)
                                    .arg(view->viewport()->width())));
            QAbstractItemModel *model = view->model();
            for (int r = 0; r < model->rowCount(); ++r) {
                const QModelIndex index = model->index(r, IncidentListModel::TitleColumn);
                QStyleOptionViewItem option;
                option.initFrom(view);
                option.font = view->font();
                option.fontMetrics = view->fontMetrics();
                option.rect = view->visualRect(index);
                const auto l = IncidentCardDelegate::layoutCard(option, index);
                const QString what
                    = QStringLiteral("%1: card %2 of column %3").arg(where).arg(r).arg(c);
                QVERIFY2(QRectF(view->viewport()->rect()).contains(l.card.adjusted(1, 1, -1, -1))
                             || l.card.top() > view->viewport()->height(),
                         qPrintable(what + QStringLiteral(" is wider than its column")));
                QVERIFY2(!l.scopeText.isEmpty(), qPrintable(what));
                const QFontMetrics chip(l.smallFont);
                QVERIFY2(chip.horizontalAdvance(l.scopeText) <= l.scope.width() - 4
                             && l.card.contains(l.scope),
                         qPrintable(what + QStringLiteral(": scope \"") + l.scopeText
                                    + QStringLiteral("\" cut (%1 px for %2)")
                                          .arg(l.scope.width())
                                          .arg(chip.horizontalAdvance(l.scopeText))));
                if (!index.data(IncidentListModel::AssigneesRole).toStringList().isEmpty())
                    QVERIFY2(l.people.width() >= option.fontMetrics.height(),
                             qPrintable(what + QStringLiteral(": no room for the initials")));
                QVERIFY2(chip.horizontalAdvance(l.tlpText) <= l.tlp.width() - 4,
                         qPrintable(what + QStringLiteral(": TLP badge cut")));
            }
        }
    }

    // Fills each column: shared and centre-only, every TLP, long titles, assignees.
    void fillBoard()
    {
        const Tlp tlps[] = {Tlp::Clear, Tlp::Green, Tlp::Amber, Tlp::AmberStrict, Tlp::Red};
        const QStringList statuses = statusKeys();
        for (int i = 0; i < statuses.size(); ++i) {
            IncidentStatus status = IncidentStatus::New;
            QVERIFY(parseStatus(statuses.at(i), &status));
            const QString id = create(
                QStringLiteral("Exposed OT gateway on a pipeline SCADA network, case %1").arg(i),
                tlps[i % 5], status);
            const QString other
                = create(QStringLiteral("Short %1").arg(i), Tlp::AmberStrict, status);
            if (i % 5 < 3) // AMBER+STRICT and RED stay in their centre
                m_context->incidents().share(id);
            m_context->incidents().assign(other, QStringLiteral("Marie Tremblay"));
            m_context->incidents().assign(other, QStringLiteral("Jean Roy"));
        }
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
        Translator::instance().apply(Translator::Language::English); // whatever a failure left
        QCoreApplication::processEvents();
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
        setNextSavePathForTesting(std::nullopt);
        QSettings().remove(QLatin1String(BoardView::collapsedSettingsKey()));
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

    // Export says where it wrote the file (in the status bar), and while the hub is not
    // connected the status bar counts the changes waiting; in both languages.
    void exportSaysWhereAndOfflineCountsWaiting()
    {
        const QString green = create(QStringLiteral("Green one"), Tlp::Green);
        MainWindow window(*m_context);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QString path = m_dir.filePath(QStringLiteral("said.csv"));
        setNextSavePathForTesting(path);
        window.boardPage()->exportCsvAction()->trigger();
        QVERIFY(QFile::exists(path));
        QCOMPARE(window.statusBar()->currentMessage(),
                 QStringLiteral("Saved: %1").arg(QDir::toNativeSeparators(path)));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto incident = m_context->incidents().incident(green);
        QVERIFY(file.readAll().contains(
            incidentReference(incident->ownerCentre, incident->createdAt, green).toUtf8()));
        // Cancelled: nothing said, nothing written.
        window.statusBar()->clearMessage();
        setNextSavePathForTesting(QString());
        window.boardPage()->exportStixAction()->trigger();
        QVERIFY(window.statusBar()->currentMessage().isEmpty());

        // No hub here: offline, and the local changes wait.
        auto *outbox = window.findChild<QLabel *>(QStringLiteral("outboxStatus"));
        QVERIFY(outbox);
        const int waiting = m_context->outboxSize();
        QVERIFY(waiting > 1);
        QCOMPARE(outbox->text(), QStringLiteral("Offline: %1 changes waiting").arg(waiting));
        create(QStringLiteral("One more"), Tlp::Green);
        QTRY_COMPARE(outbox->text(),
                     QStringLiteral("Offline: %1 changes waiting").arg(m_context->outboxSize()));
        Translator::instance().apply(Translator::Language::French);
        QTRY_COMPARE(outbox->text(),
                     QStringLiteral("Hors ligne\u00a0: %1 modifications en attente")
                         .arg(m_context->outboxSize()));
        setNextSavePathForTesting(path);
        window.boardPage()->exportCsvAction()->trigger();
        QCOMPARE(window.statusBar()->currentMessage(),
                 QStringLiteral("Enregistré\u00a0: %1").arg(QDir::toNativeSeparators(path)));
        Translator::instance().apply(Translator::Language::English);
    }

    // A Canadian centre's analyst sees Canada's sectors first; a US centre's, the US ones.
    void ownCountrySectorsFirst()
    {
        for (const auto &[centre, prefix] :
             {std::pair {QStringLiteral("CCIRC"), QStringLiteral("ca.")},
              std::pair {QStringLiteral("USCERT"), QStringLiteral("us.")}}) {
            NewIncidentDialog dialog(centre);
            auto *sector = dialog.findChild<QComboBox *>(QStringLiteral("sector"));
            QVERIFY(sector);
            QCOMPARE(sector->itemData(0).toString(), QString()); // (none)
            QVERIFY2(sector->itemData(1).toString().startsWith(prefix),
                     qPrintable(sector->itemData(1).toString()));
            QCOMPARE(sector->count(), int(sectors().size()) + 1);
        }
        const QList<Sector> canadian = sectorsFirstFor(QStringLiteral("CA"));
        QCOMPARE(canadian.size(), sectors().size());
        QCOMPARE(QLatin1String(canadian.at(9).country), QLatin1String("CA"));
        QCOMPARE(QLatin1String(canadian.at(10).country), QLatin1String("US"));
        QCOMPARE(QLatin1String(sectorsFirstFor(QString()).first().id),
                 QLatin1String(sectors().first().id));
        // The board's filter too (this profile is CCIRC's).
        auto *filter = m_page->findChild<QComboBox *>(QStringLiteral("sectorFilter"));
        QVERIFY(filter);
        QVERIFY(filter->itemData(1).toString().startsWith(QLatin1String("ca.")));
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

    // A 1366 x 768 laptop and half a 1600-pixel screen: the main window shrinks to 800 pixels
    // or less, cards fit their columns and show the scope whole, in both languages.
    void cardsFitALaptopAndHalfAScreen()
    {
        fillBoard();
        m_page.reset();
        for (const auto language : {Translator::Language::English, Translator::Language::French}) {
            Translator::instance().apply(language);
            QCoreApplication::processEvents();
            const QString lang = language == Translator::Language::French ? QStringLiteral("fr")
                                                                          : QStringLiteral("en");
            MainWindow window(*m_context);
            window.show(); // at its default size (no saved geometry in test mode)
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            BoardView *board = window.boardPage()->board();
            QCoreApplication::processEvents();
            checkCardsFit(board, lang + QStringLiteral(" at the default size"));
            QCOMPARE(board->scrollArea()->horizontalScrollBar()->maximum(), 0);
            window.resize(1366, 740);
            QCoreApplication::processEvents();
            checkCardsFit(board, lang + QStringLiteral(" at 1366"));
            QCOMPARE(board->scrollArea()->horizontalScrollBar()->maximum(), 0);
            QVERIFY2(window.minimumSizeHint().width() <= 800,
                     qPrintable(QString::number(window.minimumSizeHint().width())));
            window.resize(800, 700);
            QCoreApplication::processEvents();
            QCOMPARE(window.width(), 800);
            checkCardsFit(board, lang + QStringLiteral(" at 800"));
            // At half a screen the board scrolls sideways as a whole (cards never do), until
            // the analyst collapses the columns they do not need: three stay open.
            int open = board->columnCount();
            for (int c = board->columnCount() - 1;
                 c >= 0 && board->scrollArea()->horizontalScrollBar()->maximum() > 0; --c) {
                board->setCollapsed(c, true);
                --open;
                QCoreApplication::processEvents();
            }
            QVERIFY2(open >= 3, qPrintable(QString::number(open)));
            QCOMPARE(board->scrollArea()->horizontalScrollBar()->maximum(), 0);
            checkCardsFit(board, lang + QStringLiteral(" at 800, columns collapsed"));
            for (int c = 0; c < board->columnCount(); ++c)
                board->setCollapsed(c, false);
        }
        Translator::instance().apply(Translator::Language::English);
        QCoreApplication::processEvents();
    }

    // A card says what it is: reference, scope, owner, age; the age reads as "3 h" / "2 d".
    void cardDetails()
    {
        const QString id = create(QStringLiteral("Phishing wave"), Tlp::Green);
        m_context->incidents().share(id);
        m_clock.advance(3 * 3600 * 1000 + 120 * 1000);
        const QModelIndex index = m_page->board()->column(0)->model()->index(0, 0);
        QCOMPARE(index.data(IncidentListModel::IdRole).toString(), id);
        const QString reference = index.data(IncidentListModel::ReferenceRole).toString();
        QVERIFY2(reference.startsWith(QLatin1String("CCIRC-2025-")), qPrintable(reference));
        const QString tip = IncidentCardDelegate::describe(index);
        QVERIFY2(tip.contains(reference) && tip.contains(QLatin1String("Shared"))
                     && tip.contains(QLatin1String("3 h")),
                 qPrintable(tip));
        QCOMPARE(IncidentCardDelegate::shortDuration(30 * 1000), QStringLiteral("< 1 min"));
        QCOMPARE(IncidentCardDelegate::shortDuration(5 * 60 * 1000), QStringLiteral("5 min"));
        QCOMPARE(IncidentCardDelegate::shortDuration(3 * 3600 * 1000), QStringLiteral("3 h"));
        QCOMPARE(IncidentCardDelegate::shortDuration(qint64(2) * 86400 * 1000),
                 QStringLiteral("2 d"));
        QCOMPARE(IncidentCardDelegate::initials(QStringLiteral("Marie Tremblay")),
                 QStringLiteral("MT"));
        QCOMPARE(IncidentCardDelegate::initials(QStringLiteral("jean")), QStringLiteral("JE"));
        Translator::instance().apply(Translator::Language::French);
        QCoreApplication::processEvents();
        QCOMPARE(IncidentCardDelegate::shortDuration(qint64(2) * 86400 * 1000),
                 QStringLiteral("2\u00a0j"));
        QCOMPARE(IncidentCardDelegate::shortDuration(qint64(1) * 86400 * 1000 * 3),
                 QStringLiteral("3\u00a0j"));
        const QString frTip = IncidentCardDelegate::describe(index);
        QVERIFY2(frTip.contains(QStringLiteral("Partagé")), qPrintable(frTip));
        Translator::instance().apply(Translator::Language::English);
        QCoreApplication::processEvents();
    }

    // The reference: the same on every replica (a fixed function of id, owner and year), read
    // back tolerantly, and found by the search field.
    void references()
    {
        const qint64 oct2025 = 1'760'000'000'000;
        QCOMPARE(incidentReference(QStringLiteral("CCIRC"), oct2025,
                                   QStringLiteral("6f1c0f7e-3a9b-4c2d-9e8f-0a1b2c3d4e5f")),
                 QStringLiteral("CCIRC-2025-43A0Y1"));
        QCOMPARE(incidentReference(QStringLiteral("uscert"), oct2025 + qint64(90) * 86400 * 1000,
                                   QStringLiteral("00000000-0000-4000-8000-000000000000")),
                 QStringLiteral("USCERT-2026-VE05BR"));
        QCOMPARE(normalizeIncidentReference(QStringLiteral(" ccirc-2025-43aoy1 ")),
                 QStringLiteral("CCIRC-2025-43A0Y1"));
        QCOMPARE(normalizeIncidentReference(QStringLiteral("CCIRC-2025-43A 0Y1")),
                 QStringLiteral("CCIRC-2025-43A0Y1"));
        QVERIFY(normalizeIncidentReference(QStringLiteral("ransomware 2025")).isEmpty());
        QVERIFY(normalizeIncidentReference(QStringLiteral("CCIRC-2025-43A0")).isEmpty());
        const QString a = create(QStringLiteral("Ransomware at a utility"));
        const QString b = create(QStringLiteral("Phishing wave"));
        const QString ref = m_page->model()->reference(m_page->model()->rowOf(b));
        QVERIFY(ref != m_page->model()->reference(m_page->model()->rowOf(a)));
        auto *text = m_page->findChild<QLineEdit *>(QStringLiteral("boardFilter"));
        text->setText(ref.toLower());
        QTRY_COMPARE(m_page->proxy()->rowCount(), 1);
        QCOMPARE(m_page->proxy()->index(0, 0).data(IncidentListModel::IdRole).toString(), b);
        text->clear();
        QTRY_COMPARE(m_page->proxy()->rowCount(), 2);
    }

    // Columns fold into a strip and open again; the choice outlives the board.
    void collapsingColumns()
    {
        const QString a = create(QStringLiteral("Move me onto a strip"));
        BoardView *board = m_page->board();
        const int closed = columnOf(QStringLiteral("closed"));
        QVERIFY(!board->isCollapsed(closed));
        board->collapseButton(closed)->click();
        QVERIFY(board->isCollapsed(closed));
        QVERIFY(!board->column(closed)->isVisible());
        QVERIFY(board->collapsedStrip(closed)->isVisible());
        QVERIFY(board->collapsedStrip(closed)->text().contains(QLatin1String("Closed")));
        QCOMPARE(QSettings().value(QLatin1String(BoardView::collapsedSettingsKey())).toStringList(),
                 QStringList {QStringLiteral("closed")});
        // A card dropped on the strip takes its status.
        QMimeData mime;
        mime.setData(QLatin1String(BoardColumnView::kMimeType), a.toUtf8());
        QDragEnterEvent enter(QPoint(5, 5), Qt::MoveAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(board->collapsedStrip(closed), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(5, 5), Qt::MoveAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(board->collapsedStrip(closed), &drop);
        QCOMPARE(m_context->incidents().incident(a)->status, QStringLiteral("closed"));
        // Remembered.
        m_page = std::make_unique<BoardPage>(*m_context);
        m_page->show();
        QVERIFY(m_page->board()->isCollapsed(closed));
        QVERIFY(!m_page->board()->isCollapsed(0));
        m_page->board()->collapsedStrip(closed)->click();
        QVERIFY(!m_page->board()->isCollapsed(closed));
        QVERIFY(m_page->board()->column(closed)->isVisible());
        QVERIFY(QSettings()
                    .value(QLatin1String(BoardView::collapsedSettingsKey()))
                    .toStringList()
                    .isEmpty());
    }

    // Only the focused column shows a selection.
    void selectionOnlyInTheFocusedColumn()
    {
        const QString a = create(QStringLiteral("In New"));
        const QString b = create(QStringLiteral("In Triage"), Tlp::Amber, IncidentStatus::Triage);
        BoardView *board = m_page->board();
        board->selectIncident(a);
        BoardColumnView *fresh = board->column(columnOf(QStringLiteral("new")));
        BoardColumnView *triage = board->column(columnOf(QStringLiteral("triage")));
        QVERIFY(fresh->selectionModel()->hasSelection());
        board->selectIncident(b);
        QVERIFY(triage->selectionModel()->hasSelection());
        QVERIFY(!fresh->selectionModel()->hasSelection());
        QCOMPARE(board->currentIncident(), b);
        // Focus by the keyboard (Tab) or the mouse does the same.
        fresh->setCurrentIndex(fresh->model()->index(0, 0));
        QVERIFY(fresh->selectionModel()->hasSelection());
        QFocusEvent in(QEvent::FocusIn, Qt::TabFocusReason);
        QCoreApplication::sendEvent(fresh, &in);
        QVERIFY(!triage->selectionModel()->hasSelection());
    }

    // The table: columns as wide as their header and cells in each language, no sideways
    // scroll bar on a laptop, sortable by any column, widths and order kept.
    void tableFitsAndSorts()
    {
        fillBoard();
        m_page->resize(1366 - 160, 700);
        m_page->setMode(BoardPage::Mode::Table);
        QTableView *table = m_page->table();
        QHeaderView *header = table->horizontalHeader();
        QCOMPARE(header->logicalIndex(0), int(IncidentListModel::ReferenceColumn));
        for (const auto language : {Translator::Language::English, Translator::Language::French}) {
            Translator::instance().apply(language);
            QCoreApplication::processEvents();
            for (int c = 0; c < IncidentListModel::ColumnCount; ++c) {
                if (c == IncidentListModel::TitleColumn)
                    continue;
                const QString what
                    = QStringLiteral("column %1 (%2)")
                          .arg(c)
                          .arg(table->model()->headerData(c, Qt::Horizontal).toString());
                QVERIFY2(header->sectionSize(c) >= header->sectionSizeHint(c), qPrintable(what));
                QVERIFY2(header->sectionSize(c)
                             >= static_cast<QAbstractItemView *>(table)->sizeHintForColumn(c),
                         qPrintable(what));
            }
            QVERIFY2(table->horizontalScrollBar()->maximum() == 0,
                     qPrintable(QString::number(table->horizontalScrollBar()->maximum())));
        }
        Translator::instance().apply(Translator::Language::English);
        QCoreApplication::processEvents();
        // Any column sorts: the rows follow the sort value, ascending then descending.
        QAbstractItemModel *model = table->model();
        for (int c = 0; c < IncidentListModel::ColumnCount; ++c) {
            for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                header->setSortIndicator(c, order);
                QCOMPARE(header->sortIndicatorSection(), c);
                for (int r = 0; r + 1 < model->rowCount(); ++r) {
                    const QVariant x = model->index(r, c).data(IncidentListModel::SortRole);
                    const QVariant y = model->index(r + 1, c).data(IncidentListModel::SortRole);
                    const bool strings = x.typeId() == QMetaType::QString;
                    const int cmp = strings ? x.toString().localeAwareCompare(y.toString())
                                            : (x.toULongLong() < y.toULongLong()       ? -1
                                                   : x.toULongLong() > y.toULongLong() ? 1
                                                                                       : 0);
                    QVERIFY2(order == Qt::AscendingOrder ? cmp <= 0 : cmp >= 0,
                             qPrintable(QStringLiteral("column %1 row %2").arg(c).arg(r)));
                }
            }
        }
        // Widths and order come back with the saved state.
        header->resizeSection(IncidentListModel::SectorColumn, 333);
        header->moveSection(header->visualIndex(IncidentListModel::ScopeColumn), 1);
        const QByteArray state = m_page->saveState();
        m_page = std::make_unique<BoardPage>(*m_context);
        m_page->restoreState(state);
        QCOMPARE(m_page->mode(), BoardPage::Mode::Table);
        QHeaderView *restored = m_page->table()->horizontalHeader();
        QCOMPARE(restored->sectionSize(IncidentListModel::SectorColumn), 333);
        QCOMPARE(restored->logicalIndex(1), int(IncidentListModel::ScopeColumn));
        QCOMPARE(restored->logicalIndex(0), int(IncidentListModel::ReferenceColumn));
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
