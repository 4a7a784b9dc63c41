// DatabasesModel against a live dbss-sandbox under QAbstractItemModelTester: pages, the status
// filter as a diff, the audit switch (optimistic, guarded, confirmed), instance scope resets.
#include "models/api/Databases.h"
#include "models/tables/DatabasesModel.h"
#include "tests/common/SandboxProcess.h"
#include "tests/common/TestClient.h"
#include "tests/models/ModelTestUtil.h"

#include <QAbstractItemModelTester>

#include <memory>

using namespace dbss;
using models::DatabasesModel;
using Column = DatabasesModel::Column;

class TestDatabasesModel : public QObject {
    Q_OBJECT
    std::unique_ptr<test::SandboxProcess> m_sandbox;
    std::unique_ptr<api::ApiClient> m_client;
    std::unique_ptr<DatabasesModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QString m_instance;

    QHash<QString, QString> serverStates() {
        QHash<QString, QString> states;
        const QJsonObject page = test::callJson(*m_client, api::listAuditDatabases(m_instance, {}, 0, 100));
        for (const QJsonValue& v : page.value(QLatin1String("databases")).toArray()) {
            const QJsonObject db = v[QLatin1String("database")].toObject();
            states.insert(db[QLatin1String("id")].toString(), db[QLatin1String("status")].toString());
        }
        return states;
    }

    void newModel(int pageSize) { test::newTestedModel(m_model, m_tester, m_client.get(), pageSize); }

private Q_SLOTS:
    void initTestCase() {
        QString error;
        QVERIFY2(test::startSandbox(m_sandbox, m_client,
                                    QStringList{QStringLiteral("--latency"), QStringLiteral("50")}, &error),
                 qPrintable(error));
        m_instance = test::instanceWithDatabases(*m_client, 3);
        QVERIFY2(!m_instance.isEmpty(), "the demo data has an instance with three databases");
    }

    void loadsPageByPage() {
        newModel(1); // one database per page: three pages, two of them in parallel
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        QSignalSpy progress(m_model.get(), &DatabasesModel::progressChanged);
        m_model->setInstance(m_instance);
        QVERIFY(m_model->isLoading());
        QVERIFY(test::waitIdle(*m_model));
        QVERIFY2(!m_model->lastError().isError(), qPrintable(m_model->lastError().userMessage()));
        const QHash<QString, QString> server = serverStates();
        QCOMPARE(m_model->rowCount(), server.size());
        QCOMPARE(inserted.count(), server.size());
        QCOMPARE(m_model->loadedCount(), server.size());
        QCOMPARE(m_model->totalCount(), server.size());
        QVERIFY(progress.count() >= server.size());
        QVERIFY(m_model->isComplete());
        QCOMPARE(m_model->loader().pagesRequested(), server.size());
        QVERIFY(m_model->loader().maxInFlightSeen() >= 2);
        for (int r = 0; r < m_model->rowCount(); ++r) {
            const QString id = m_model->index(r, 0).data(DatabasesModel::IdRole).toString();
            QCOMPARE(m_model->index(r, 0).data(DatabasesModel::AuditOnRole).toBool(),
                     server.value(id) == QLatin1String("ON"));
            QVERIFY(!m_model->index(r, int(Column::Type)).data().toString().isEmpty());
        }
    }

    void statusFilterIsADiff() {
        newModel(100);
        m_model->setInstance(m_instance);
        QVERIFY(test::waitIdle(*m_model));
        const int all = m_model->rowCount();
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        m_model->setStatusFilter(QStringLiteral("ON"));
        QVERIFY(test::waitIdle(*m_model));
        for (int r = 0; r < m_model->rowCount(); ++r)
            QVERIFY(m_model->index(r, 0).data(DatabasesModel::AuditOnRole).toBool());
        const QHash<QString, QString> server = serverStates();
        QCOMPARE(m_model->rowCount(), int(std::count(server.begin(), server.end(), QStringLiteral("ON"))));
        m_model->setStatusFilter({});
        QVERIFY(test::waitIdle(*m_model));
        QCOMPARE(m_model->rowCount(), all);
        QCOMPARE(reset.count(), 0);
    }

    void auditSwitch() {
        newModel(100);
        m_model->setInstance(m_instance);
        QVERIFY(test::waitIdle(*m_model));
        const QModelIndex check = m_model->index(0, int(Column::Audit));
        QVERIFY(m_model->flags(check).testFlag(Qt::ItemIsUserCheckable));
        const QString id = check.data(DatabasesModel::IdRole).toString();
        const bool was = check.data(Qt::CheckStateRole).toInt() == Qt::Checked;
        QSignalSpy finished(m_model.get(), &DatabasesModel::toggleFinished);
        QVERIFY(m_model->setData(check, was ? Qt::Unchecked : Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(check.data(Qt::CheckStateRole).toInt() == Qt::Checked, !was);
        QVERIFY(!m_model->setData(check, was ? Qt::Checked : Qt::Unchecked, Qt::CheckStateRole)); // in flight
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.first().at(2).toBool(), true);
        QCOMPARE(serverStates().value(id), was ? QStringLiteral("OFF") : QStringLiteral("ON"));

        // Two rows switched together: one request each (the API takes one id), both confirmed.
        const QStringList ids{m_model->index(1, 0).data(DatabasesModel::IdRole).toString(),
                              m_model->index(2, 0).data(DatabasesModel::IdRole).toString()};
        finished.clear();
        QVERIFY(m_model->switchIds(ids, false));
        QVERIFY(QTest::qWaitFor([&] { return finished.count() == 2; }, 10000));
        const QHash<QString, QString> now = serverStates();
        QCOMPARE(now.value(ids[0]), QStringLiteral("OFF"));
        QCOMPARE(now.value(ids[1]), QStringLiteral("OFF"));
        QVERIFY(!m_model->switchIds({QStringLiteral("not-a-database")}, true)); // nothing to send
    }

    void instanceChangeResetsAndDropsStalePages() {
        newModel(1);
        const QStringList instances = test::instanceIds(*m_client);
        m_model->setInstance(m_instance);
        QVERIFY(m_model->isLoading());
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        const auto stale = test::repliesInFlight(*m_client);
        m_model->setInstance(QString()); // before the first page: it must never arrive
        QCOMPARE(reset.count(), 1);
        QVERIFY(!m_model->isLoading());
        QTRY_VERIFY_WITH_TIMEOUT(test::allGone(stale), 10000); // cancelled, or answered and dropped
        QCOMPARE(m_model->rowCount(), 0);
        m_model->setInstance(m_instance);
        m_model->setInstance(m_instance); // unchanged: no second reset
        QCOMPARE(reset.count(), 2);
        QVERIFY(test::waitIdle(*m_model));
        QCOMPARE(m_model->rowCount(), serverStates().size());
    }
};

QTEST_GUILESS_MAIN(TestDatabasesModel)
#include "tst_databasesmodel.moc"
