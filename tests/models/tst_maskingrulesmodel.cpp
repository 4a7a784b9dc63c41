// MaskingRulesModel against a live dbss-sandbox under QAbstractItemModelTester, with 30 % of
// requests answering 503 (reads are retried): every rule once, in the service's order.
#include "models/api/Rules.h"
#include "models/tables/MaskingRulesModel.h"
#include "tests/common/SandboxProcess.h"
#include "tests/common/TestClient.h"
#include "tests/models/ModelTestUtil.h"

#include <QAbstractItemModelTester>

#include <memory>

using namespace dbss;
using models::MaskingRulesModel;

class TestMaskingRulesModel : public QObject {
    Q_OBJECT
    std::unique_ptr<test::SandboxProcess> m_sandbox;
    std::unique_ptr<api::ApiClient> m_client;
    std::unique_ptr<MaskingRulesModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

private Q_SLOTS:
    void loadsUnderFailures() {
        QString error;
        QVERIFY2(test::startSandbox(m_sandbox, m_client,
                                    {QStringLiteral("--fail-rate"), QStringLiteral("0.3"),
                                     QStringLiteral("--fail-status"), QStringLiteral("503"),
                                     QStringLiteral("--fault-seed"), QStringLiteral("11")},
                                    &error,
                                    [](api::ClientConfig& config) {
                                        config.maxRetries = 8;
                                        config.retryBaseDelayMs = 10;
                                    }),
                 qPrintable(error));
        const QString instance = test::instanceWithDatabases(*m_client, 1);
        QVERIFY(!instance.isEmpty());
        QStringList expected;
        const QJsonObject page = test::callJson(*m_client, api::listMaskingRules(instance, 0, 1000));
        for (const QJsonValue& v : page.value(QLatin1String("rules")).toArray())
            expected << v[QLatin1String("id")].toString();
        QVERIFY(expected.size() >= 3);

        test::newTestedModel(m_model, m_tester, m_client.get(), 2);
        m_model->setInstance(instance);
        QVERIFY(test::waitIdle(*m_model));
        QVERIFY2(!m_model->lastError().isError(), qPrintable(m_model->lastError().userMessage()));
        QCOMPARE(test::columnValues(*m_model, 0, MaskingRulesModel::IdRole), expected);
        for (int r = 0; r < m_model->rowCount(); ++r)
            QVERIFY(!m_model->index(r, int(MaskingRulesModel::Column::Name)).data().toString().isEmpty());
        m_model->refresh();
        QVERIFY(test::waitIdle(*m_model));
        QCOMPARE(test::columnValues(*m_model, 0, MaskingRulesModel::IdRole), expected);
    }
};

QTEST_GUILESS_MAIN(TestMaskingRulesModel)
#include "tst_maskingrulesmodel.moc"
