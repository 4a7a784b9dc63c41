// Following an instance that is being created: the jobs model polls ListAuditInstanceJobs with a
// growing delay while a job is unfinished and stops when it has settled; the follower reads the
// instance list until an ordered instance is listed and no longer BUILD. The sandbox walks a new
// instance's job INIT -> RUNNING -> SUCCESS within four seconds.
#include "models/Backoff.h"
#include "models/InstanceFollower.h"
#include "models/api/ApiClient.h"
#include "models/api/InstanceJobs.h"
#include "models/tables/InstanceJobsModel.h"
#include "models/tables/InstancesModel.h"
#include "tests/common/SandboxProcess.h"
#include "tests/common/TestClient.h"
#include "tests/models/ModelTestUtil.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace dbss;

class TestInstanceJobs : public QObject {
    Q_OBJECT
    test::SandboxProcess m_sandbox;
    std::unique_ptr<api::ApiClient> m_client;

    // Orders an instance; returns its resource id once it is listed.
    QString order(const QString& name) {
        api::PeriodOrderRequest o;
        o.region = QStringLiteral("cn-north-4");
        o.availabilityZone = QStringLiteral("cn-north-4a");
        o.flavorRef = QStringLiteral("c3ne.xlarge.4");
        o.resourceSpecCode = QStringLiteral("dbss.bypassaudit.low");
        o.name = name;
        o.vpcId = QStringLiteral("vpc-1");
        o.subnetId = QStringLiteral("subnet-1");
        o.securityGroupIds = {QStringLiteral("sg-1")};
        o.productId = QStringLiteral("OFFI1");
        int status = 0;
        const QJsonObject answer = test::callJson(*m_client, api::createPeriodOrder(o), &status);
        if (status != 200 || answer.value(QLatin1String("order_id")).toString().isEmpty())
            return {};
        const QJsonObject list = test::callJson(*m_client, api::listAuditInstances(0, 1000));
        for (const QJsonValue& v : list.value(QLatin1String("servers")).toArray())
            if (v.toObject().value(QLatin1String("name")).toString() == name)
                return v.toObject().value(QLatin1String("resource_id")).toString();
        return {};
    }

private Q_SLOTS:
    void initTestCase() {
        QString error;
        QVERIFY2(m_sandbox.start(&error), qPrintable(error));
        m_client = std::make_unique<api::ApiClient>(test::clientConfigFor(m_sandbox));
    }

    void backoffGrowsToItsCeilingAndEnds() {
        models::Backoff b{100, 500, 6};
        QList<int> delays;
        while (!b.exhausted())
            delays << b.next();
        QCOMPARE(delays, (QList<int>{100, 200, 400, 500, 500, 500}));
        b.reset();
        QCOMPARE(b.next(), 100);
    }

    void transitionalStates() {
        using F = models::InstanceFollower;
        QVERIFY(F::isTransitional(QStringLiteral("BUILD"), {}));
        QVERIFY(F::isTransitional(QStringLiteral("ACTIVE"), QStringLiteral("rebooting")));
        QVERIFY(F::isTransitional(QStringLiteral("SHUTOFF"), QStringLiteral("powering-on")));
        QVERIFY(!F::isTransitional(QStringLiteral("ACTIVE"), QStringLiteral("NO_TASK")));
        QVERIFY(!F::isTransitional(QStringLiteral("SHUTOFF"), {}));
        QVERIFY(!F::isTransitional(QStringLiteral("ERROR"), QStringLiteral("rebooting")));
    }

    void jobsArePolledUntilSettled() {
        const QString resourceId = order(QStringLiteral("jobs-followed-1"));
        QVERIFY(!resourceId.isEmpty());
        models::InstanceJobsModel jobs(m_client.get());
        QAbstractItemModelTester tester(&jobs);
        jobs.setBackoff(models::Backoff{200, 800, 40});
        QSignalSpy settled(&jobs, &models::InstanceJobsModel::settled);
        QSignalSpy following(&jobs, &models::InstanceJobsModel::followingChanged);
        jobs.setResource(resourceId);
        // Unfinished at first: the model follows on its own (more than one read) …
        QTRY_VERIFY_WITH_TIMEOUT(jobs.isFollowing(), 5000);
        QVERIFY(jobs.summary().contains(QLatin1String("in progress")));
        // … and stops once the job has succeeded.
        QVERIFY(settled.wait(15000));
        QCOMPARE(jobs.rowCount(), 1);
        QCOMPARE(jobs.index(0, int(models::InstanceJobsModel::Column::Status)).data().toString(),
                 QStringLiteral("SUCCESS"));
        QVERIFY(!jobs.isFollowing());
        QVERIFY(!jobs.hasUnfinished());
        QCOMPARE(following.last().at(0).toBool(), false);
        // Settled means no more polling: no read in flight and no poll scheduled.
        QVERIFY(!jobs.isLoading());
        for (const QTimer* timer : jobs.findChildren<QTimer*>())
            QVERIFY(!timer->isActive());
        QCOMPARE(settled.size(), 1);
    }

    void followerWaitsForTheOrderedInstance() {
        models::InstancesModel instances(m_client.get());
        models::InstanceFollower follower(&instances);
        follower.setBackoff(models::Backoff{200, 800, 40});
        QSignalSpy settled(&follower, &models::InstanceFollower::settled);
        instances.refresh();
        QVERIFY(test::waitIdle(instances));
        const QString name = QStringLiteral("follower-ordered-1");
        QVERIFY(!order(name).isEmpty());
        follower.expect(name);
        QVERIFY(follower.isFollowing());
        QVERIFY(!follower.statusText().isEmpty());
        // The follower reads the list on its own until the instance is listed and running.
        QTRY_VERIFY_WITH_TIMEOUT(!settled.isEmpty() && settled.last().at(0).toStringList().contains(name),
                                 15000);
        // (The demo data's dev-audit-03 stays BUILD: the follower keeps an eye on that one.)
        QVERIFY(!follower.following().join(QLatin1Char(' ')).contains(name));
        QVERIFY(!follower.statusText().contains(name));
        bool active = false;
        for (int r = 0; r < instances.rowCount(); ++r)
            if (instances.instance(r)->name == name)
                active = instances.instance(r)->status == QLatin1String("ACTIVE");
        QVERIFY(active);
    }
};

QTEST_MAIN(TestInstanceJobs)
#include "tst_instancejobs.moc"
