// TagsModel against a live dbss-sandbox under QAbstractItemModelTester: the project's tag keys
// and values; a tag added to an instance shows up on refresh as a diff.
#include "models/api/Tags.h"
#include "models/tables/TagsModel.h"
#include "tests/common/SandboxProcess.h"
#include "tests/common/TestClient.h"
#include "tests/models/ModelTestUtil.h"

#include <QAbstractItemModelTester>

#include <memory>

using namespace dbss;
using models::TagsModel;

class TestTagsModel : public QObject {
    Q_OBJECT
    std::unique_ptr<test::SandboxProcess> m_sandbox;
    std::unique_ptr<api::ApiClient> m_client;
    std::unique_ptr<TagsModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

private Q_SLOTS:
    void initTestCase() {
        QString error;
        QVERIFY2(test::startSandbox(m_sandbox, m_client, {}, &error), qPrintable(error));
        test::newTestedModel(m_model, m_tester, m_client.get());
    }

    void loadsProjectTags() {
        m_model->refresh();
        QVERIFY(test::waitIdle(*m_model));
        QVERIFY2(!m_model->lastError().isError(), qPrintable(m_model->lastError().userMessage()));
        const QJsonArray tags =
            test::callJson(*m_client, api::listProjectTags()).value(QLatin1String("tags")).toArray();
        QVERIFY(!tags.isEmpty());
        QCOMPARE(m_model->rowCount(), tags.size());
        const int env = m_model->rowOfId(QStringLiteral("env"));
        QVERIFY2(env >= 0, "the demo data tags instances with env");
        const QStringList values = m_model->index(env, 0).data(TagsModel::ValuesRole).toStringList();
        QVERIFY(values.contains(QStringLiteral("production")));
    }

    void addedTagAppearsOnRefresh() {
        // Tags belong to an instance's resource_id (not its id).
        const QString instance = test::callJson(*m_client, api::listAuditInstances(0, 1))
                                     .value(QLatin1String("servers"))
                                     .toArray()
                                     .first()[QLatin1String("resource_id")]
                                     .toString();
        QVERIFY(!instance.isEmpty());
        int status = 0;
        test::callJson(*m_client,
                       api::addResourceTags(instance, {{QStringLiteral("team"), QStringLiteral("audit")}}),
                       &status);
        QVERIFY2(status == 204 || status == 200, qPrintable(QString::number(status)));
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        m_model->refresh();
        QVERIFY(test::waitIdle(*m_model));
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(reset.count(), 0);
        const int team = m_model->rowOfId(QStringLiteral("team"));
        QVERIFY(team >= 0);
        QCOMPARE(m_model->index(team, int(TagsModel::Column::Values)).data().toString(),
                 QStringLiteral("audit"));
    }
};

QTEST_GUILESS_MAIN(TestTagsModel)
#include "tst_tagsmodel.moc"
