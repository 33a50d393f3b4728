// `liaison --demo`: a real in-process hub on 127.0.0.1, two analysts enrolled over the wire,
// two real main windows (offscreen); the shared incidents reach the other centre, the internal
// ones do not.
#include "models/board/IncidentListModel.h"
#include "widgets/shell/DemoSession.h"
#include "widgets/shell/MainWindow.h"

#include "services/IncidentService.h"
#include "sync/SyncEngine.h"
#include "workspace/Workspace.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace liaison;

class TestDemo : public QObject
{
    Q_OBJECT

    static QStringList titles(IncidentListModel *model)
    {
        QStringList out;
        for (int r = 0; r < model->rowCount(); ++r)
            out << model->incidentAt(r).title;
        out.sort();
        return out;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void twoCentresSyncThroughTheDemoHub()
    {
        DemoSession demo;
        QSignalSpy ready(&demo, &DemoSession::ready);
        QString error;
        QVERIFY2(demo.start(&error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 30000);
        QCOMPARE(demo.windows().size(), std::size_t(2));
        QVERIFY(demo.windows()[0]->windowTitle().contains(QLatin1String("CCIRC")));
        for (int i = 0; i < 2; ++i)
            QTRY_COMPARE_WITH_TIMEOUT(demo.context(i).sync().state(), SyncEngine::State::UpToDate,
                                      20000);
        IncidentListModel *ccirc = demo.windows()[0]->incidentModel();
        IncidentListModel *uscert = demo.windows()[1]->incidentModel();
        // CCIRC: its 4 incidents and the one US-CERT shared; US-CERT: its 2 and CCIRC's 2 shared.
        QTRY_COMPARE_WITH_TIMEOUT(ccirc->rowCount(), 5, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(uscert->rowCount(), 4, 20000);
        QVERIFY(
            !titles(uscert).contains(QStringLiteral("Exposed OT gateway on a pipeline network")));
        QVERIFY(titles(uscert).contains(QStringLiteral("Ransomware at a regional water utility")));
        QVERIFY(titles(ccirc).contains(QStringLiteral("DDoS on a regional payment processor")));
        // An edit in one window reaches the other live.
        const QString id = [&] {
            for (int r = 0; r < ccirc->rowCount(); ++r) {
                if (ccirc->incidentAt(r).title.startsWith(QLatin1String("Ransomware")))
                    return ccirc->incidentAt(r).id;
            }
            return QString();
        }();
        demo.context(0).incidents().setStatus(id, IncidentStatus::Resolved);
        QTRY_COMPARE_WITH_TIMEOUT(demo.context(1).incidents().incident(id)->status,
                                  QStringLiteral("resolved"), 10000);
    }
};

QTEST_MAIN(TestDemo)
#include "tst_demo.moc"
