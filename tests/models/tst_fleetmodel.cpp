// FleetModel against a dbss-sandbox run as a fleet (--fleet): two accounts with two regions each
// load in parallel next to a profile with a wrong SK, an unreachable region and a profile whose
// credentials cannot be loaded; each failure stays on its own node, the rest loads. The tree is
// checked by QAbstractItemModelTester throughout.
#include "models/api/ApiClient.h"
#include "models/api/Instances.h"
#include "models/fleet/FleetModel.h"
#include "tests/common/FleetSandbox.h"
#include "tests/models/ModelTestUtil.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace dbss;
using fleet::FleetModel;
using Kind = FleetModel::NodeKind;

class TestFleetModel : public QObject {
    Q_OBJECT
    test::FleetSandbox m_fleet;

    QHash<QString, api::ClientConfig> configs() {
        api::ClientConfig wrongSk = m_fleet.beta();
        wrongSk.sk = QStringLiteral("NotTheSecretKey");
        wrongSk.maxRetries = 0;
        api::ClientConfig far = m_fleet.alpha();
        for (api::Service s : {api::Service::Dbss, api::Service::Iam, api::Service::Drs, api::Service::Das})
            far.endpointOverrides.insert(s, QUrl(QStringLiteral("http://127.0.0.1:1"))); // nothing listens
        far.maxRetries = 0;
        return {{QStringLiteral("alpha"), m_fleet.alpha()},
                {QStringLiteral("beta"), m_fleet.beta()},
                {QStringLiteral("wrong-sk"), wrongSk},
                {QStringLiteral("far"), far}};
    }
    static QList<fleet::FleetProfile> profiles() {
        return {{QStringLiteral("alpha"), {QStringLiteral("cn-north-4"), QStringLiteral("cn-east-3")}},
                {QStringLiteral("beta"), {QStringLiteral("cn-north-4"), QStringLiteral("cn-south-1")}},
                {QStringLiteral("wrong-sk"), {QStringLiteral("cn-north-4")}},
                {QStringLiteral("far"), {QStringLiteral("cn-north-4")}},
                {QStringLiteral("locked"), {QStringLiteral("cn-north-4")}}};
    }
    // The instances of one account's project, straight from the API.
    static QStringList serverIds(api::ClientConfig config) {
        api::ApiClient client(std::move(config));
        QStringList ids = test::instanceIds(client);
        ids.sort();
        return ids;
    }
    static QStringList modelIds(const FleetModel& model, const QModelIndex& region) {
        QStringList ids;
        for (int r = 0; r < model.rowCount(region); ++r)
            ids << model.index(r, 0, region).data(FleetModel::InstanceIdRole).toString();
        ids.sort();
        return ids;
    }

private Q_SLOTS:
    void initTestCase() {
        QString error;
        QVERIFY2(m_fleet.start(&error), qPrintable(error));
    }

    void loadsEveryAccountAndRegionAndKeepsFailuresOnTheirNodes() {
        FleetModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy failed(&model, &FleetModel::nodeFailed);
        QSignalSpy finished(&model, &FleetModel::finished);
        model.load(profiles(), test::FleetSandbox::loader(configs()));
        QVERIFY(model.isLoading());
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.regionsTotal(), 7);
        QVERIFY(finished.wait(20000));
        QVERIFY(!model.isLoading());
        QCOMPARE(model.regionsDone(), 7);

        // Healthy regions: exactly the instances of their project, in each account's own data.
        api::ClientConfig east = m_fleet.alpha();
        east.projectId = QString::fromLatin1(test::FleetSandbox::kEastProject);
        east.region = QStringLiteral("cn-east-3");
        api::ClientConfig south = m_fleet.beta();
        south.projectId = QString::fromLatin1(test::FleetSandbox::kOpsSouthProject);
        const QList<std::pair<QModelIndex, api::ClientConfig>> healthy{
            {model.regionIndex("alpha", "cn-north-4"), m_fleet.alpha()},
            {model.regionIndex("alpha", "cn-east-3"), east},
            {model.regionIndex("beta", "cn-north-4"), m_fleet.beta()},
            {model.regionIndex("beta", "cn-south-1"), south}};
        for (const auto& [region, config] : healthy) {
            QVERIFY(region.isValid());
            QVERIFY2(model.errorAt(region).isEmpty(), qPrintable(model.errorAt(region)));
            QVERIFY(model.rowCount(region) > 0);
            QCOMPARE(modelIds(model, region), serverIds(config));
            // The region's client reaches its own project (resolved through IAM where the profile
            // names another region's project).
            QCOMPARE(model.clientAt(region)->projectId(), config.projectId);
        }

        // Wrong SK: the profile loaded, its region failed with the documented 401.
        const QModelIndex wrong = model.regionIndex("wrong-sk", "cn-north-4");
        QVERIFY(model.errorAt(model.profileIndex("wrong-sk")).isEmpty());
        QVERIFY2(model.errorAt(wrong).contains("401"), qPrintable(model.errorAt(wrong)));
        QCOMPARE(model.rowCount(wrong), 0);
        QVERIFY(!model.clientAt(wrong));
        // Unreachable endpoint: a network error on that region.
        const QModelIndex far = model.regionIndex("far", "cn-north-4");
        QVERIFY(!model.errorAt(far).isEmpty());
        QCOMPARE(model.rowCount(far), 0);
        // Credentials that cannot be loaded: the error on the profile node, nothing sent for it.
        const QModelIndex locked = model.profileIndex("locked");
        QCOMPARE(model.errorAt(locked), QStringLiteral("The keychain is locked."));
        QCOMPARE(locked.siblingAtColumn(FleetModel::StatusColumn).data().toString(),
                 QStringLiteral("The keychain is locked."));
        QVERIFY(!model.clientAt(model.regionIndex("locked", "cn-north-4")));

        QSet<QString> failedNodes;
        for (const QList<QVariant>& args : failed)
            failedNodes << args.at(0).toString() + u'/' + args.at(1).toString();
        QCOMPARE(failedNodes, (QSet<QString>{"wrong-sk/cn-north-4", "far/cn-north-4", "locked/"}));
    }

    void summariesCountStatusesAndInstanceRefsCarryTheirClient() {
        FleetModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy finished(&model, &FleetModel::finished);
        model.load(profiles(), test::FleetSandbox::loader(configs()));
        QVERIFY(finished.wait(20000));

        fleet::StatusSummary expected;
        for (const QModelIndex& index : model.instanceIndexes()) {
            QCOMPARE(model.kind(index), Kind::Instance);
            const QString status = index.data(FleetModel::InstanceStatusRole).toString();
            switch (fleet::classifyStatus(status)) {
            case fleet::StatusClass::Running:
                ++expected.running;
                break;
            case fleet::StatusClass::Stopped:
                ++expected.stopped;
                break;
            case fleet::StatusClass::Error:
                ++expected.error;
                break;
            case fleet::StatusClass::Other:
                ++expected.other;
                break;
            }
            const fleet::FleetInstanceRef ref = model.instanceAt(index);
            QVERIFY(ref.isValid());
            QCOMPARE(ref.instanceId, index.data(FleetModel::InstanceIdRole).toString());
            QCOMPARE(ref.client.data(), model.clientAt(index.parent()));
            QCOMPARE(model.instanceIndex(ref.profile, ref.region, ref.instanceId), index);
        }
        const fleet::StatusSummary all = model.summary({});
        QCOMPARE(all.running, expected.running);
        QCOMPARE(all.stopped, expected.stopped);
        QCOMPARE(all.error, expected.error);
        QCOMPARE(all.other, expected.other);
        QCOMPARE(all.failedNodes, 3);
        QVERIFY(all.running > 0 && all.stopped > 0 && all.error > 0);

        const QModelIndex alpha = model.profileIndex("alpha");
        int running = 0;
        for (int r = 0; r < model.rowCount(alpha); ++r)
            running += model.index(r, 0, alpha).data(FleetModel::RunningCountRole).toInt();
        QCOMPARE(alpha.data(FleetModel::RunningCountRole).toInt(), running);
        QVERIFY(alpha.siblingAtColumn(FleetModel::StatusColumn)
                    .data()
                    .toString()
                    .contains(QString::number(running)));
    }

    void refreshKeepsNodesAndClients() {
        FleetModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy finished(&model, &FleetModel::finished);
        model.load(profiles().mid(0, 2), test::FleetSandbox::loader(configs()));
        QVERIFY(finished.wait(20000));
        const QModelIndex first = model.instanceIndexes().value(0);
        const QPersistentModelIndex kept(first);
        api::ApiClient* client = model.clientAt(model.regionIndex("alpha", "cn-north-4"));
        QSignalSpy removed(&model, &FleetModel::clientAboutToBeRemoved);
        model.refresh();
        QVERIFY(model.isLoading());
        QVERIFY(finished.wait(20000));
        QVERIFY(kept.isValid());
        QCOMPARE(model.clientAt(model.regionIndex("alpha", "cn-north-4")), client);
        QCOMPARE(removed.count(), 0);

        // Another fleet: every old client is announced before it goes.
        model.load(profiles().mid(0, 1), test::FleetSandbox::loader(configs()));
        QCOMPARE(removed.count(), 4);
        QVERIFY(finished.wait(20000));
    }

    void stopLeavesNodesSayingStopped() {
        FleetModel model;
        QSignalSpy finished(&model, &FleetModel::finished);
        model.load(profiles().mid(0, 2), test::FleetSandbox::loader(configs()));
        QVERIFY(model.isLoading());
        model.stop();
        QVERIFY(!model.isLoading());
        QCOMPARE(finished.count(), 1);
        QCOMPARE(model.errorAt(model.profileIndex("alpha")), FleetModel::tr("Stopped"));
    }
};

QTEST_GUILESS_MAIN(TestFleetModel)
#include "tst_fleetmodel.moc"
