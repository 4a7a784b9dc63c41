// InstancesModel against a live dbss-sandbox process, checked all along by QAbstractItemModelTester.
#include "models/api/ApiClient.h"
#include "models/tables/InstancesModel.h"
#include "tests/common/SandboxProcess.h"
#include "tests/common/TestClient.h"
#include "tests/models/ModelTestUtil.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace dbss;
using models::InstancesModel;

class TestInstancesModel : public QObject {
    Q_OBJECT
    std::unique_ptr<test::SandboxProcess> m_sandbox;
    std::unique_ptr<api::ApiClient> m_client;
    std::unique_ptr<InstancesModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester; // a member: it must live as long as the model

    // The instance names as the API lists them, fetched in one call.
    QStringList namesFromApi() {
        api::ApiReply* reply = m_client->send(api::listAuditInstances(0, 1000));
        QSignalSpy done(reply, &api::ApiReply::finished);
        if (!done.wait(10000))
            return {};
        QStringList names;
        for (const QJsonValue& v : reply->json().object().value(QLatin1String("servers")).toArray())
            names << v.toObject().value(QLatin1String("name")).toString();
        reply->deleteLater();
        return names;
    }

    void newModel(int pageSize) { test::newTestedModel(m_model, m_tester, m_client.get(), pageSize); }

    bool load() {
        QSignalSpy loading(m_model.get(), &InstancesModel::loadingChanged);
        m_model->refresh();
        return QTest::qWaitFor([&] { return !m_model->isLoading(); }, 15000);
    }

private Q_SLOTS:
    void initTestCase() {
        QString error;
        QVERIFY2(test::startSandbox(m_sandbox, m_client,
                                    QStringList{QStringLiteral("--seed"), QStringLiteral("400")}, &error),
                 qPrintable(error));
    }

    void loadsEveryPageInOrder() {
        const QStringList expected = namesFromApi();
        QVERIFY2(expected.size() >= 3, "the seeded sandbox lists at least 3 instances");
        newModel(2); // several pages even for a small account
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        QVERIFY(load());
        QVERIFY2(!m_model->lastError().isError(), qPrintable(m_model->lastError().userMessage()));
        QCOMPARE(m_model->rowCount(), expected.size());
        QCOMPARE(m_model->totalCount(), expected.size());
        QCOMPARE(m_model->loadedCount(), expected.size());
        QStringList names;
        for (int row = 0; row < m_model->rowCount(); ++row)
            names << m_model->index(row, int(InstancesModel::Column::Name)).data().toString();
        QCOMPARE(names, expected);
        // Rows appear as pages arrive (one insertion per page of 2), not in one reset.
        QCOMPARE(inserted.count(), (expected.size() + 1) / 2);
        // Every column has a header and the id role is the API's id.
        for (int c = 0; c < m_model->columnCount(); ++c)
            QVERIFY(!m_model->headerData(c, Qt::Horizontal).toString().isEmpty());
        QVERIFY(!m_model->index(0, 0).data(InstancesModel::IdRole).toString().isEmpty());
    }

    void refreshKeepsRowsAndIndexes() {
        newModel(2);
        QVERIFY(load());
        const QPersistentModelIndex last = m_model->index(m_model->rowCount() - 1, 0);
        const QString lastId = last.data(InstancesModel::IdRole).toString();
        QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        QVERIFY(load());
        QCOMPARE(removed.count(), 0);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(inserted.count(), 0);
        QVERIFY(last.isValid());
        QCOMPARE(last.data(InstancesModel::IdRole).toString(), lastId);
    }

    void sortRoleGivesTimes() {
        newModel(100);
        QVERIFY(load());
        const QVariant created =
            m_model->index(0, int(InstancesModel::Column::Created)).data(InstancesModel::SortRole);
        QCOMPARE(created.typeId(), QMetaType::QDateTime);
        QVERIFY(created.toDateTime().isValid());
    }

    void wrongKeyShowsTheError() {
        api::ClientConfig config = test::clientConfigFor(*m_sandbox);
        config.sk = QStringLiteral("not-the-secret-key-00000000000000000000");
        api::ApiClient badClient(config);
        InstancesModel model(&badClient);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy errors(&model, &InstancesModel::errorChanged);
        model.refresh();
        QVERIFY(QTest::qWaitFor([&] { return !model.isLoading(); }, 10000));
        QCOMPARE(errors.count(), 1);
        QCOMPARE(model.lastError().kind, api::ApiError::Kind::Http);
        QCOMPARE(model.lastError().httpStatus, 401);
        QVERIFY(model.lastError().errorCode.startsWith(QLatin1String("DBSS.")) ||
                model.lastError().errorCode.startsWith(QLatin1String("APIGW.")));
        QCOMPARE(model.rowCount(), 0);
    }

    void destroyedWhileLoadingIsSafe() {
        newModel(1);
        m_model->refresh();
        QVERIFY(m_model->isLoading());
        const auto inFlight = test::repliesInFlight(*m_client);
        QVERIFY(!inFlight.isEmpty());
        m_tester.reset();
        m_model.reset(); // in-flight request cancelled with the model
        QVERIFY(test::allCancelled(inFlight));
        QVERIFY(test::noTransferRunning(*m_client));
        QTRY_VERIFY(test::allGone(inFlight));
    }
};

QTEST_GUILESS_MAIN(TestInstancesModel)
#include "tst_instancesmodel.moc"
