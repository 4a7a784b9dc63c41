// SqlInjectionRulesModel against a live dbss-sandbox under QAbstractItemModelTester: one answer,
// the risk-level filter on the service, risk sorting by rank through a proxy.
#include "models/api/Rules.h"
#include "models/tables/SqlInjectionRulesModel.h"
#include "tests/common/SandboxProcess.h"
#include "tests/common/TestClient.h"
#include "tests/models/ModelTestUtil.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>

#include <memory>

using namespace dbss;
using models::SqlInjectionRulesModel;
using Column = SqlInjectionRulesModel::Column;

class TestSqlInjectionRulesModel : public QObject {
    Q_OBJECT
    std::unique_ptr<test::SandboxProcess> m_sandbox;
    std::unique_ptr<api::ApiClient> m_client;
    std::unique_ptr<SqlInjectionRulesModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QString m_instance;

    int serverCount(const QStringList& levels) {
        return int(test::callJson(*m_client, api::listSqlInjectionRules(m_instance, levels))
                       .value(QLatin1String("rules"))
                       .toArray()
                       .size());
    }

private Q_SLOTS:
    void initTestCase() {
        QString error;
        QVERIFY2(test::startSandbox(m_sandbox, m_client,
                                    QStringList{QStringLiteral("--latency"), QStringLiteral("50")}, &error),
                 qPrintable(error));
        m_instance = test::instanceWithDatabases(*m_client, 1);
        test::newTestedModel(m_model, m_tester, m_client.get());
        m_model->setInstance(m_instance);
        QVERIFY(test::waitIdle(*m_model));
    }

    void loadsEveryRule() {
        QVERIFY2(!m_model->lastError().isError(), qPrintable(m_model->lastError().userMessage()));
        QCOMPARE(m_model->rowCount(), serverCount({}));
        QVERIFY(m_model->rowCount() >= 3);
        QCOMPARE(m_model->loader().pagesRequested(), 1);
        QVERIFY(m_model->isComplete());
    }

    void riskLevelFilter() {
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        const QStringList levels{QStringLiteral("HIGH"), QStringLiteral("MEDIUM")};
        m_model->setRiskLevels(levels);
        QVERIFY(test::waitIdle(*m_model));
        QCOMPARE(m_model->rowCount(), serverCount(levels));
        for (const QString& level : test::columnValues(*m_model, 0, SqlInjectionRulesModel::RiskLevelRole))
            QVERIFY2(levels.contains(level), qPrintable(level));
        m_model->setRiskLevels({});
        QVERIFY(test::waitIdle(*m_model));
        QCOMPARE(m_model->rowCount(), serverCount({}));
        QCOMPARE(reset.count(), 0);
    }

    void riskSortsByRank() {
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(m_model.get());
        proxy.setSortRole(SqlInjectionRulesModel::SortRole);
        proxy.sort(int(Column::RiskLevel), Qt::DescendingOrder);
        int previous = 4;
        for (int r = 0; r < proxy.rowCount(); ++r) {
            const int rank =
                proxy.index(r, int(Column::RiskLevel)).data(SqlInjectionRulesModel::SortRole).toInt();
            QVERIFY(rank <= previous);
            previous = rank;
        }
        QCOMPARE(proxy.index(0, 0).data(SqlInjectionRulesModel::RiskLevelRole).toString(),
                 QStringLiteral("HIGH"));
    }
};

QTEST_GUILESS_MAIN(TestSqlInjectionRulesModel)
#include "tst_sqlinjectionrulesmodel.moc"
