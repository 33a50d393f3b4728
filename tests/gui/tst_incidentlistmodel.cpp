#include "TestSupport.h"
#include "models/board/IncidentListModel.h"

#include "services/IncidentService.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTest>

using namespace liaison;

class TestIncidentListModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void loadsExistingIncidents();
    void followsServiceWithoutReset();
    void rolesAndHeaders();

private:
    IncidentDraft draft(const QString &title) const;

    ManualClock m_clock;
    std::unique_ptr<test::TestReplica> m_replica;
    std::unique_ptr<IncidentService> m_service;
};

void TestIncidentListModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestIncidentListModel::init()
{
    m_replica = std::make_unique<test::TestReplica>(QStringLiteral("analyst-ca"),
                                                    QStringLiteral("ccirc"), m_clock);
    m_service = std::make_unique<IncidentService>(*m_replica->log);
}

void TestIncidentListModel::cleanup()
{
    m_service.reset();
    m_replica.reset();
}

IncidentDraft TestIncidentListModel::draft(const QString &title) const
{
    IncidentDraft d;
    d.title = title;
    d.severity = Severity::High;
    d.tlp = Tlp::AmberStrict;
    d.sector = QStringLiteral("energy");
    return d;
}

void TestIncidentListModel::loadsExistingIncidents()
{
    const QString a = m_service->createIncident(draft(QStringLiteral("Phishing wave")));
    m_clock.advance(1000);
    const QString b = m_service->createIncident(draft(QStringLiteral("Grid SCADA probe")));
    m_service->remove(a);

    IncidentListModel model(*m_service);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.columnCount(), int(IncidentListModel::ColumnCount));
    QCOMPARE(model.rowOf(b), 0);
    QCOMPARE(model.rowOf(a), -1);
    QCOMPARE(model.index(0, IncidentListModel::TitleColumn).data().toString(),
             QStringLiteral("Grid SCADA probe"));
}

void TestIncidentListModel::followsServiceWithoutReset()
{
    IncidentListModel model(*m_service);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(IncidentListModel::SortRole);
    proxy.sort(IncidentListModel::UpdatedColumn, Qt::DescendingOrder);
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::Fatal);

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy layout(&model, &QAbstractItemModel::layoutChanged);

    // Add: one row inserted.
    const QString first = m_service->createIncident(draft(QStringLiteral("Ransomware at utility")));
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 0);
    QCOMPARE(inserted.at(0).at(2).toInt(), 0);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.rowOf(first), 0);

    m_clock.advance(1000);
    const QString second = m_service->createIncident(draft(QStringLiteral("DDoS on registrar")));
    m_clock.advance(1000);
    const QString third = m_service->createIncident(draft(QStringLiteral("Credential stuffing")));
    QCOMPARE(inserted.count(), 3);
    QCOMPARE(model.rowOf(third), 2);

    // Change: dataChanged for that one row only.
    changed.clear();
    m_clock.advance(1000);
    m_service->setStatus(second, IncidentStatus::Investigating);
    QCOMPARE(changed.count(), 1);
    const auto topLeft = changed.at(0).at(0).value<QModelIndex>();
    const auto bottomRight = changed.at(0).at(1).value<QModelIndex>();
    QCOMPARE(topLeft.row(), model.rowOf(second));
    QCOMPARE(bottomRight.row(), model.rowOf(second));
    const QModelIndex status = model.index(model.rowOf(second), IncidentListModel::StatusColumn);
    QCOMPARE(status.data(IncidentListModel::StatusKeyRole).toString(),
             QStringLiteral("investigating"));
    QCOMPARE(status.data().toString(), QStringLiteral("Investigating"));
    // The proxy now puts the most recently changed incident first.
    QCOMPARE(proxy.index(0, 0).data(IncidentListModel::IdRole).toString(), second);

    changed.clear();
    m_service->setTlp(third, Tlp::Red);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), model.rowOf(third));
    QCOMPARE(model.index(model.rowOf(third), IncidentListModel::TlpColumn).data().toString(),
             QStringLiteral("TLP:RED"));

    // Remove: one row removed, the index of the rows after it stays right.
    m_service->remove(first);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.at(0).at(1).toInt(), 0);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.rowOf(first), -1);
    for (const QString &id : {second, third}) {
        const int row = model.rowOf(id);
        QVERIFY(row >= 0);
        QCOMPARE(model.index(row, 0).data(IncidentListModel::IdRole).toString(), id);
    }

    // Changes after a removal still land on the right row.
    changed.clear();
    m_service->setTitle(third, QStringLiteral("Credential stuffing (banks)"));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.index(model.rowOf(third), IncidentListModel::TitleColumn).data().toString(),
             QStringLiteral("Credential stuffing (banks)"));

    QCOMPARE(reset.count(), 0);
    QCOMPARE(layout.count(), 0);
}

void TestIncidentListModel::rolesAndHeaders()
{
    const QString id = m_service->createIncident(draft(QStringLiteral("Phishing wave")));
    IncidentListModel model(*m_service);
    for (int column = 0; column < model.columnCount(); ++column)
        QVERIFY(!model.headerData(column, Qt::Horizontal).toString().isEmpty());
    QCOMPARE(model.headerData(IncidentListModel::TitleColumn, Qt::Horizontal).toString(),
             QStringLiteral("Title"));

    const int row = model.rowOf(id);
    QCOMPARE(
        model.index(row, IncidentListModel::TitleColumn).data(IncidentListModel::IdRole).toString(),
        id);
    QCOMPARE(model.index(row, 0).data(IncidentListModel::TlpKeyRole).toString(),
             QStringLiteral("amber+strict"));
    QCOMPARE(model.index(row, IncidentListModel::TlpColumn).data().toString(),
             QStringLiteral("TLP:AMBER+STRICT"));
    QCOMPARE(model.index(row, IncidentListModel::SeverityColumn).data().toString(),
             QStringLiteral("High"));
    QCOMPARE(model.index(row, IncidentListModel::StatusColumn).data().toString(),
             QStringLiteral("New"));
    QCOMPARE(model.index(row, IncidentListModel::OwnerCentreColumn).data().toString(),
             QStringLiteral("ccirc"));
    QCOMPARE(model.index(row, IncidentListModel::ScopeColumn).data().toString(),
             QStringLiteral("Centre only"));
    QVERIFY(!model.index(row, IncidentListModel::UpdatedColumn).data().toString().isEmpty());
    QVERIFY(model.roleNames().contains(IncidentListModel::IdRole));
}

QTEST_MAIN(TestIncidentListModel)
#include "tst_incidentlistmodel.moc"
