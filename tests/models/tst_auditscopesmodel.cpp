// AuditScopesModel against a live dbss-sandbox under QAbstractItemModelTester: offset/limit
// pages, a new scope appears on refresh as one inserted row, and fetch errors keep the rows.
#include "models/api/AuditScopes.h"
#include "models/tables/AuditScopesModel.h"
#include "tests/common/SandboxProcess.h"
#include "tests/common/TestClient.h"
#include "tests/models/ModelTestUtil.h"

#include <QAbstractItemModelTester>

#include <memory>

using namespace dbss;
using models::AuditScopesModel;

class TestAuditScopesModel : public QObject {
    Q_OBJECT
    std::unique_ptr<test::SandboxProcess> m_sandbox;
    std::unique_ptr<api::ApiClient> m_client;
    std::unique_ptr<AuditScopesModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QString m_instance;

    QStringList serverIds() {
        QStringList ids;
        const QJsonObject page = test::callJson(*m_client, api::listAuditScopes(m_instance, 0, 1000));
        for (const QJsonValue& v : page.value(QLatin1String("scopes")).toArray())
            ids << v[QLatin1String("id")].toString();
        return ids;
    }

private Q_SLOTS:
    void initTestCase() {
        QString error;
        QVERIFY2(test::startSandbox(m_sandbox, m_client, {}, &error), qPrintable(error));
        m_instance = test::instanceWithDatabases(*m_client, 1);
        QVERIFY(!m_instance.isEmpty());
        test::newTestedModel(m_model, m_tester, m_client.get(), 1);
    }

    void loadsEveryPage() {
        m_model->setInstance(m_instance);
        QVERIFY(test::waitIdle(*m_model));
        QVERIFY2(!m_model->lastError().isError(), qPrintable(m_model->lastError().userMessage()));
        const QStringList expected = serverIds();
        QVERIFY(!expected.isEmpty());
        QCOMPARE(test::columnValues(*m_model, 0, AuditScopesModel::IdRole), expected);
        QCOMPARE(m_model->loader().pagesRequested(), expected.size());
        for (int c = 0; c < m_model->columnCount(); ++c)
            QVERIFY(!m_model->headerData(c, Qt::Horizontal).toString().isEmpty());
        QVERIFY(!m_model->index(0, int(AuditScopesModel::Column::Name)).data().toString().isEmpty());
    }

    void newScopeIsOneInsertedRow() {
        api::NewAuditScope scope;
        scope.ruleName = QStringLiteral("nightly-batch");
        const QJsonObject dbs = test::callJson(*m_client, api::listAuditDatabases(m_instance, {}, 0, 10));
        const QJsonObject db =
            dbs[QLatin1String("databases")].toArray().first()[QLatin1String("database")].toObject();
        scope.dbIds = {db[QLatin1String("id")].toString()};
        scope.dbNames = {db[QLatin1String("name")].toString()};
        scope.actions = {QStringLiteral("SELECT"), QStringLiteral("INSERT")};
        scope.sourceIps = {QStringLiteral("10.0.0.8")};
        int status = 0;
        test::callJson(*m_client, api::addAuditScope(m_instance, scope), &status);
        QCOMPARE(status, 200);

        const QPersistentModelIndex first = m_model->index(0, 0);
        const QString firstId = first.data(AuditScopesModel::IdRole).toString();
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        m_model->refresh();
        QVERIFY(test::waitIdle(*m_model));
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(first.data(AuditScopesModel::IdRole).toString(), firstId);
        QVERIFY(test::columnValues(*m_model, int(AuditScopesModel::Column::Name))
                    .contains(QStringLiteral("nightly-batch")));
        QCOMPARE(m_model->rowCount(), serverIds().size());
    }

    void unknownInstanceIsAnErrorNotARowChange() {
        m_model->setInstance(QStringLiteral("00000000-0000-0000-0000-000000000000"));
        QVERIFY(test::waitIdle(*m_model));
        QVERIFY(m_model->lastError().isError());
        QVERIFY(m_model->lastError().httpStatus >= 400);
        QCOMPARE(m_model->rowCount(), 0);
        QVERIFY(!m_model->isComplete());
    }
};

QTEST_GUILESS_MAIN(TestAuditScopesModel)
#include "tst_auditscopesmodel.moc"
