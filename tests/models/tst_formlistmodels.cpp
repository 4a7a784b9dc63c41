// The small models of the buy form (SpecificationsModel, AvailabilityZonesModel, QuotaModel)
// against a live dbss-sandbox under QAbstractItemModelTester.
#include "models/api/AccountResources.h"
#include "models/tables/QuotaModel.h"
#include "models/tables/SpecificationsModel.h"
#include "tests/common/SandboxProcess.h"
#include "tests/common/TestClient.h"
#include "tests/models/ModelTestUtil.h"

#include <QAbstractItemModelTester>

#include <memory>

using namespace dbss;
using namespace dbss::models;

class TestFormListModels : public QObject {
    Q_OBJECT
    std::unique_ptr<test::SandboxProcess> m_sandbox;
    std::unique_ptr<api::ApiClient> m_client;

    template <class M> bool load(M& model) {
        model.refresh();
        return test::waitIdle(model) && !model.lastError().isError();
    }

private Q_SLOTS:
    void initTestCase() {
        QString error;
        QVERIFY2(test::startSandbox(m_sandbox, m_client,
                                    QStringList{QStringLiteral("--latency"), QStringLiteral("50")}, &error),
                 qPrintable(error));
    }

    void specifications() {
        SpecificationsModel model(m_client.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(load(model));
        const QJsonArray specs = test::callJson(*m_client, api::listEcsSpecification())
                                     .value(QLatin1String("specification"))
                                     .toArray();
        QVERIFY(!specs.isEmpty());
        QCOMPARE(model.rowCount(), specs.size());
        QCOMPARE(model.index(0, int(SpecificationsModel::Column::Vcpus))
                     .data(SpecificationsModel::SortRole)
                     .typeId(),
                 QMetaType::Int);
        // Only the specifications of one zone.
        const QString zone = model.index(0, 0).data(SpecificationsModel::ZonesRole).toStringList().value(0);
        QVERIFY(!zone.isEmpty());
        model.setZone(zone);
        QVERIFY(test::waitIdle(model));
        QVERIFY(model.rowCount() >= 1);
        for (int r = 0; r < model.rowCount(); ++r)
            QVERIFY(model.index(r, 0).data(SpecificationsModel::ZonesRole).toStringList().contains(zone));
    }

    void zones() {
        AvailabilityZonesModel model(m_client.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(load(model));
        const QJsonArray azs =
            test::callJson(*m_client, api::listAvailabilityZones()).value(QLatin1String("azs")).toArray();
        QVERIFY(!azs.isEmpty());
        QCOMPARE(model.rowCount(), azs.size());
        QCOMPARE(model.index(0, 0).data(AvailabilityZonesModel::IdRole).toString(),
                 azs.first()[QLatin1String("zone_name")].toString());
    }

    void quota() {
        QuotaModel model(m_client.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.remaining(QStringLiteral("audit_quota")), -1);
        QVERIFY(load(model));
        QCOMPARE(model.rowCount(), 3);
        const QJsonObject quota = test::callJson(*m_client, api::showAuditQuota());
        QCOMPARE(model.remaining(QStringLiteral("audit_quota")),
                 quota[QLatin1String("audit_quota")].toInteger());
        QCOMPARE(model.remaining(QStringLiteral("cpu")), quota[QLatin1String("cpu")].toInteger());
    }
};

QTEST_GUILESS_MAIN(TestFormListModels)
#include "tst_formlistmodels.moc"
