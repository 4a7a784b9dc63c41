// AgentsModel against a live dbss-sandbox under QAbstractItemModelTester: the agents of an
// instance and of one database, paging without a total, and the 1/0 switch.
#include "models/api/Agents.h"
#include "models/tables/AgentsModel.h"
#include "tests/common/SandboxProcess.h"
#include "tests/common/TestClient.h"
#include "tests/models/ModelTestUtil.h"

#include <QAbstractItemModelTester>

#include <memory>

using namespace dbss;
using models::AgentsModel;
using Column = AgentsModel::Column;

class TestAgentsModel : public QObject {
    Q_OBJECT
    std::unique_ptr<test::SandboxProcess> m_sandbox;
    std::unique_ptr<api::ApiClient> m_client;
    std::unique_ptr<AgentsModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QString m_instance;

    QHash<QString, int> serverStates(const QString& dbId = {}) {
        QHash<QString, int> states;
        const QJsonObject page = test::callJson(*m_client, api::listAuditAgents(m_instance, dbId, 0, 100));
        for (const QJsonValue& v : page.value(QLatin1String("agents")).toArray())
            states.insert(v[QLatin1String("agent_id")].toString(), v[QLatin1String("status")].toInt());
        return states;
    }

    void newModel(int pageSize) { test::newTestedModel(m_model, m_tester, m_client.get(), pageSize); }

private Q_SLOTS:
    void initTestCase() {
        QString error;
        QVERIFY2(test::startSandbox(m_sandbox, m_client, {}, &error), qPrintable(error));
        m_instance = test::instanceWithDatabases(*m_client, 3);
        QVERIFY(!m_instance.isEmpty());
        QVERIFY2(serverStates().size() >= 2, "the demo instance has an agent per database");
    }

    void loadsWithoutATotal() {
        newModel(1); // the answer has no total: the model asks for pages until one is short
        m_model->setInstance(m_instance);
        QVERIFY(test::waitIdle(*m_model));
        QVERIFY2(!m_model->lastError().isError(), qPrintable(m_model->lastError().userMessage()));
        const QHash<QString, int> server = serverStates();
        QCOMPARE(m_model->rowCount(), server.size());
        QVERIFY(m_model->isComplete());
        QCOMPARE(m_model->totalCount(), server.size());
        for (int r = 0; r < m_model->rowCount(); ++r) {
            const QString id = m_model->index(r, 0).data(AgentsModel::IdRole).toString();
            QCOMPARE(m_model->index(r, 0).data(AgentsModel::EnabledRole).toBool(), server.value(id) == 1);
            QCOMPARE(m_model->index(r, int(Column::Cpu)).data(AgentsModel::SortRole).typeId(),
                     QMetaType::Int);
        }
    }

    void perDatabase() {
        newModel(100);
        const QJsonObject dbs = test::callJson(*m_client, api::listAuditDatabases(m_instance, {}, 0, 100));
        const QString dbId = dbs[QLatin1String("databases")]
                                 .toArray()
                                 .first()[QLatin1String("database")][QLatin1String("id")]
                                 .toString();
        m_model->setInstance(m_instance, dbId);
        QVERIFY(test::waitIdle(*m_model));
        const QHash<QString, int> server = serverStates(dbId);
        QVERIFY(!server.isEmpty());
        QCOMPARE(m_model->rowCount(), server.size());
        QCOMPARE(m_model->databaseId(), dbId);
    }

    void switchAgent() {
        newModel(100);
        m_model->setInstance(m_instance);
        QVERIFY(test::waitIdle(*m_model));
        const QModelIndex check = m_model->index(0, int(Column::Enabled));
        const QString id = check.data(AgentsModel::IdRole).toString();
        const bool was = check.data(Qt::CheckStateRole).toInt() == Qt::Checked;
        QSignalSpy finished(m_model.get(), &AgentsModel::toggleFinished);
        QVERIFY(m_model->setData(check, was ? Qt::Unchecked : Qt::Checked, Qt::CheckStateRole));
        QVERIFY(m_model->isSwitching(id));
        QVERIFY(!m_model->switchIds({id}, was));
        QVERIFY(finished.wait(10000));
        QVERIFY(finished.first().at(2).toBool());
        QCOMPARE(serverStates().value(id), was ? 0 : 1);
        QCOMPARE(check.data(AgentsModel::EnabledRole).toBool(), !was);
        m_model->refresh();
        QVERIFY(test::waitIdle(*m_model));
        QCOMPARE(check.data(AgentsModel::EnabledRole).toBool(), !was);
    }
};

QTEST_GUILESS_MAIN(TestAgentsModel)
#include "tst_agentsmodel.moc"
