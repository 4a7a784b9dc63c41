// FleetOverviewModel on a sandbox fleet: one row per instance of every account and region, its
// counts equal to what the per-instance models (DatabasesModel, AgentsModel, RiskRulesModel,
// SqlInjectionRulesModel) show for the same instance; rows whose calls fail say why; stop, sorting
// through a proxy and the CSV export.
#include "models/export/CsvExporter.h"
#include "models/fleet/FleetModel.h"
#include "models/fleet/FleetOverviewModel.h"
#include "models/tables/AgentsModel.h"
#include "models/tables/DatabasesModel.h"
#include "models/tables/RiskRulesModel.h"
#include "models/tables/SqlInjectionRulesModel.h"
#include "tests/common/FleetSandbox.h"
#include "tests/models/ModelTestUtil.h"

#include <QBuffer>
#include <QSortFilterProxyModel>

using namespace dbss;
using fleet::FleetModel;
using fleet::FleetOverviewModel;
using Column = FleetOverviewModel::Column;

namespace {
QList<fleet::FleetProfile> twoAccounts() {
    return {{QStringLiteral("alpha"), {QStringLiteral("cn-north-4"), QStringLiteral("cn-east-3")}},
            {QStringLiteral("beta"), {QStringLiteral("cn-north-4"), QStringLiteral("cn-south-1")}}};
}

// Rows of a per-instance model once loaded, each handed to `row(index)`.
template <class Model>
bool eachRow(Model& model, const QString& instance, const std::function<void(const QModelIndex&)>& row) {
    model.setInstance(instance);
    model.fetchAll();
    if (!test::waitIdle(model) || model.lastError().isError())
        return false;
    for (int r = 0; r < model.rowCount(); ++r)
        row(model.index(r, 0));
    return true;
}
} // namespace

class TestFleetOverview : public QObject {
    Q_OBJECT
    test::FleetSandbox m_fleet;

    QHash<QString, api::ClientConfig> configs() const {
        return {{QStringLiteral("alpha"), m_fleet.alpha()}, {QStringLiteral("beta"), m_fleet.beta()}};
    }

private Q_SLOTS:
    void initTestCase() {
        QString error;
        QVERIFY2(m_fleet.start(&error), qPrintable(error));
    }

    void countsEqualThePerInstanceModels() {
        FleetModel fleetModel;
        FleetOverviewModel overview(&fleetModel);
        QAbstractItemModelTester tester(&overview, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy finished(&overview, &FleetOverviewModel::finished);
        fleetModel.load(twoAccounts(), test::FleetSandbox::loader(configs()));
        QVERIFY(finished.wait(30000));
        QVERIFY(!overview.isLoading());
        QCOMPARE(overview.rowCount(), fleetModel.instanceIndexes().size());
        QCOMPARE(overview.failedRows(), 0);
        QCOMPARE(overview.loadedCount(), overview.rowCount());
        QSet<QString> regions;

        for (int r = 0; r < overview.rowCount(); ++r) {
            const fleet::FleetOverviewRow& row = overview.rowAt(r);
            regions << row.profile + u'/' + row.region;
            const QModelIndex node = overview.fleetIndex(r);
            QVERIFY(node.isValid());
            api::ApiClient* client = fleetModel.clientAt(node);
            QVERIFY(client);
            QCOMPARE(row.status, node.data(FleetModel::InstanceStatusRole).toString());

            models::DatabasesModel databases(client);
            int audited = 0;
            QVERIFY(eachRow(databases, row.instanceId, [&](const QModelIndex& i) {
                audited += i.data(models::DatabasesModel::AuditOnRole).toBool() ? 1 : 0;
            }));
            QCOMPARE(row.databasesTotal, databases.rowCount());
            QCOMPARE(row.databasesAudited, audited);

            models::AgentsModel agents(client);
            int agentsOn = 0;
            QVERIFY(eachRow(agents, row.instanceId, [&](const QModelIndex& i) {
                agentsOn += i.data(models::AgentsModel::EnabledRole).toBool() ? 1 : 0;
            }));
            QCOMPARE(row.agentsTotal, agents.rowCount());
            QCOMPARE(row.agentsOn, agentsOn);

            models::RiskRulesModel risks(client);
            QHash<QString, int> byLevel;
            QVERIFY(eachRow(risks, row.instanceId, [&](const QModelIndex& i) {
                if (i.data(models::RiskRulesModel::EnabledRole).toBool())
                    ++byLevel[i.data(models::RiskRulesModel::RiskLevelRole).toString()];
            }));
            QVERIFY(risks.rowCount() > 0);
            QCOMPARE(row.riskHigh, byLevel.value("HIGH"));
            QCOMPARE(row.riskMedium, byLevel.value("MEDIUM"));
            QCOMPARE(row.riskLow, byLevel.value("LOW"));

            models::SqlInjectionRulesModel injection(client);
            int injectionOn = 0;
            QVERIFY(eachRow(injection, row.instanceId, [&](const QModelIndex& i) {
                injectionOn += i.data(models::SqlInjectionRulesModel::StatusRole).toString() == "ON" ? 1 : 0;
            }));
            QCOMPARE(row.sqlInjectionTotal, injection.rowCount());
            QCOMPARE(row.sqlInjectionOn, injectionOn);
            QVERIFY(row.lastActivityKnown);
        }
        QCOMPARE(regions.size(), 4);
    }

    void sortsThroughAProxyAndExportsAsCsv() {
        FleetModel fleetModel;
        FleetOverviewModel overview(&fleetModel);
        QSignalSpy finished(&overview, &FleetOverviewModel::finished);
        fleetModel.load(twoAccounts(), test::FleetSandbox::loader(configs()));
        QVERIFY(finished.wait(30000));

        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&overview);
        proxy.setSortRole(FleetOverviewModel::SortRole);
        proxy.sort(Column::DatabasesColumn, Qt::DescendingOrder);
        int previous = INT_MAX;
        for (int r = 0; r < proxy.rowCount(); ++r) {
            const int audited =
                proxy.index(r, Column::DatabasesColumn).data(FleetOverviewModel::SortRole).toInt();
            QVERIFY(audited <= previous);
            previous = audited;
        }

        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QString error;
        QVERIFY2(models::CsvExporter().write(proxy, &buffer, &error), qPrintable(error));
        const QStringList lines =
            QString::fromUtf8(buffer.data()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), overview.rowCount() + 1);
        QVERIFY(lines.first().startsWith(QStringLiteral("Account,Region,Instance,Status")));
        const fleet::FleetOverviewRow& top = overview.rowAt(proxy.mapToSource(proxy.index(0, 0)).row());
        QVERIFY2(
            lines.at(1).contains(QStringLiteral("%1 / %2").arg(top.databasesAudited).arg(top.databasesTotal)),
            qPrintable(lines.at(1)));
        QVERIFY(!buffer.data().contains(m_fleet.sandbox->sk().toUtf8()));
    }

    void rowsWhoseCallsFailSayWhy() {
        test::FleetSandbox doomed;
        QString error;
        QVERIFY2(doomed.start(&error), qPrintable(error));
        FleetModel fleetModel;
        FleetOverviewModel overview(&fleetModel);
        overview.setAutoRefresh(false);
        QSignalSpy listed(&fleetModel, &FleetModel::finished);
        QHash<QString, api::ClientConfig> cfg{{QStringLiteral("alpha"), doomed.alpha()}};
        cfg[QStringLiteral("alpha")].maxRetries = 0;
        fleetModel.load(twoAccounts().mid(0, 1), test::FleetSandbox::loader(cfg));
        QVERIFY(listed.wait(20000));
        QVERIFY(!fleetModel.instanceIndexes().isEmpty());

        doomed.sandbox.reset(); // the service goes away between the listing and the overview
        QSignalSpy finished(&overview, &FleetOverviewModel::finished);
        overview.refresh();
        QVERIFY(finished.wait(30000));
        QCOMPARE(overview.rowCount(), fleetModel.instanceIndexes().size());
        QCOMPARE(overview.failedRows(), overview.rowCount());
        for (int r = 0; r < overview.rowCount(); ++r) {
            const fleet::FleetOverviewRow& row = overview.rowAt(r);
            QVERIFY2(row.error.contains(FleetOverviewModel::tr("Databases")), qPrintable(row.error));
            QVERIFY(row.error.contains(FleetOverviewModel::tr("Operation log")));
            QCOMPARE(row.databasesTotal, -1);
            QCOMPARE(overview.index(r, Column::DatabasesColumn).data().toString(), QStringLiteral("-"));
            QCOMPARE(overview.index(r, Column::ErrorColumn).data().toString(), row.error);
        }
    }

    void stopEndsLoadingAndMarksUnfinishedRows() {
        FleetModel fleetModel;
        FleetOverviewModel overview(&fleetModel);
        overview.setAutoRefresh(false);
        QSignalSpy listed(&fleetModel, &FleetModel::finished);
        fleetModel.load(twoAccounts(), test::FleetSandbox::loader(configs()));
        QVERIFY(listed.wait(20000));
        QSignalSpy finished(&overview, &FleetOverviewModel::finished);
        overview.refresh();
        QVERIFY(overview.isLoading());
        overview.stop();
        QVERIFY(!overview.isLoading());
        QCOMPARE(finished.count(), 1);
        QCOMPARE(overview.failedRows(), overview.rowCount());
        QVERIFY(overview.rowAt(0).error.contains(FleetOverviewModel::tr("Stopped")));
    }
};

QTEST_GUILESS_MAIN(TestFleetOverview)
#include "tst_fleetoverview.moc"
