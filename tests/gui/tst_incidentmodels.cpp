// The incident window's item models under QAbstractItemModelTester: rows follow the service's
// signals one at a time (inserted, updated, removed; never a reset), and a language switch
// re-emits the data.
#include "TestSupport.h"
#include "models/incident/CommentListModel.h"
#include "models/incident/IncidentHistoryModel.h"
#include "models/incident/IndicatorListModel.h"
#include "models/incident/TaskListModel.h"

#include "services/IncidentService.h"
#include "sync/OpLog.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace liaison;

class TestIncidentModels : public QObject
{
    Q_OBJECT

    ManualClock m_clock {1'760'000'000'000};
    std::unique_ptr<test::TestReplica> m_replica;
    std::unique_ptr<IncidentService> m_service;
    QString m_id;

private slots:
    void init()
    {
        m_replica = std::make_unique<test::TestReplica>(QStringLiteral("marie"),
                                                        QStringLiteral("CCIRC"), m_clock);
        m_service = std::make_unique<IncidentService>(*m_replica->log);
        IncidentDraft d;
        d.title = QStringLiteral("Phishing wave");
        d.tlp = Tlp::Green;
        m_id = m_service->createIncident(d);
    }
    void cleanup()
    {
        m_service.reset();
        m_replica.reset();
    }

    void indicatorsFollowTheService()
    {
        IndicatorListModel model(*m_service, m_id);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        const QString a
            = m_service->addIndicator(m_id, IndicatorType::Domain, QStringLiteral("evil.example"));
        m_service->addIndicator(m_id, IndicatorType::IPv4, QStringLiteral("192.0.2.7"));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(inserted.size(), 2);
        QCOMPARE(model.index(0, IndicatorListModel::ValueColumn).data().toString(),
                 QStringLiteral("evil.example"));
        QCOMPARE(model.index(0, IndicatorListModel::TypeColumn).data().toString(),
                 QStringLiteral("Domain"));
        m_service->removeIndicator(a);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, IndicatorListModel::ValueColumn).data().toString(),
                 QStringLiteral("192.0.2.7"));
        QCOMPARE(resets.size(), 0);
    }

    void commentsSayWhoReadsThem()
    {
        m_replica->log->recordAnalyst(QStringLiteral("marie"), QStringLiteral("Marie Tremblay"),
                                      QStringLiteral("CCIRC"));
        const QString note = m_service->addComment(m_id, QStringLiteral("Vendor called"));
        CommentListModel model(*m_service, m_id, [this](const QString &analyst) {
            return m_replica->log->analystName(analyst);
        });
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(model.index(0, 0).data().toString().startsWith(QLatin1String("Marie Tremblay, ")));
        QVERIFY(!model.index(0, 0).data(CommentListModel::ShareableRole).toBool());
        // Once shared, the comment reads "internal" and can be let out later.
        m_service->share(m_id);
        QVERIFY(model.incidentShared());
        QCOMPARE(model.rowCount(), 2); // with the release record
        QModelIndex comment;
        for (int r = 0; r < model.rowCount(); ++r) {
            if (model.index(r, 0).data(CommentListModel::IdRole).toString() == note)
                comment = model.index(r, 0);
        }
        QVERIFY(comment.isValid());
        QVERIFY(comment.data().toString().contains(QLatin1String("(internal)")));
        QVERIFY(comment.data(CommentListModel::ShareableRole).toBool());
    }

    void tasksAskBeforeTheyChange()
    {
        TaskListModel model(*m_service, m_id);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QString task = m_service->addTask(m_id, QStringLiteral("Call the utility"));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, 0).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
        QSignalSpy asked(&model, &TaskListModel::doneToggled);
        QVERIFY(model.setData(model.index(0, 0), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked.at(0).at(0).toString(), task);
        QCOMPARE(model.index(0, 0).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
        m_service->setTaskDone(task, true);
        QCOMPARE(model.index(0, 0).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));

        AssigneeListModel assignees(*m_service, m_id);
        QAbstractItemModelTester assigneeTester(
            &assignees, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QString jean = m_service->assign(m_id, QStringLiteral("jean"));
        m_service->assign(m_id, QStringLiteral("luc"));
        QCOMPARE(assignees.rowCount(), 2);
        m_service->unassign(jean);
        QCOMPARE(assignees.rowCount(), 1);
        QCOMPARE(assignees.index(0, 0).data().toString(), QStringLiteral("luc"));
    }

    void historyGrowsAtTheTop()
    {
        IncidentHistoryModel model(*m_service, m_id);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int before = model.rowCount();
        QVERIFY(before >= 1);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        m_clock.advance(1000);
        m_service->setTitle(m_id, QStringLiteral("Phishing wave, second round"));
        QCOMPARE(model.rowCount(), before + 1);
        QVERIFY(model.index(0, IncidentHistoryModel::WhatColumn)
                    .data()
                    .toString()
                    .contains(QLatin1String("title")));
        QCOMPARE(resets.size(), 0);
    }
};

QTEST_MAIN(TestIncidentModels)
#include "tst_incidentmodels.moc"
