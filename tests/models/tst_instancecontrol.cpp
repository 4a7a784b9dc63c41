// Start/stop/reboot through InstanceControl against the sandbox: allowed states, the outcome
// reported once, and the instance list showing the new status afterwards.
#include "models/actions/InstanceControl.h"
#include "models/api/ApiClient.h"
#include "models/tables/InstancesModel.h"
#include "tests/common/SandboxProcess.h"
#include "tests/common/TestClient.h"

#include <QSignalSpy>
#include <QTest>

using namespace dbss;
using api::InstanceAction;

class TestInstanceControl : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void allowedStates() {
        QVERIFY(models::InstanceControl::allowed(InstanceAction::Start, QStringLiteral("SHUTOFF")));
        QVERIFY(!models::InstanceControl::allowed(InstanceAction::Start, QStringLiteral("ACTIVE")));
        QVERIFY(models::InstanceControl::allowed(InstanceAction::Stop, QStringLiteral("ACTIVE")));
        QVERIFY(!models::InstanceControl::allowed(InstanceAction::Stop, QStringLiteral("FROZEN")));
        QVERIFY(models::InstanceControl::allowed(InstanceAction::Reboot, QStringLiteral("ACTIVE")));
        QVERIFY(!models::InstanceControl::allowed(InstanceAction::Reboot, QStringLiteral("BUILD")));
    }

    void startThenStopAgainstTheSandbox() {
        test::SandboxProcess sandbox;
        QString error;
        QVERIFY2(sandbox.start(&error), qPrintable(error));
        api::ApiClient client(test::clientConfigFor(sandbox));
        models::InstancesModel instances(&client);
        instances.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(!instances.isLoading() && instances.rowCount() > 0, 10000);
        int row = -1;
        for (int r = 0; r < instances.rowCount(); ++r)
            if (instances.instance(r)->status == QLatin1String("SHUTOFF"))
                row = r;
        QVERIFY2(row >= 0, "the demo account has a stopped instance");
        const QString id = instances.instance(row)->id;

        models::InstanceControl control(&client);
        QSignalSpy finished(&control, &models::InstanceControl::finished);
        control.run(InstanceAction::Start, id, instances.instance(row)->name);
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.size(), 1);
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        // The list shows it leaving SHUTOFF (powering on or running).
        instances.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(!instances.isLoading(), 10000);
        QVERIFY(instances.instance(instances.rowOfId(id))->status != QLatin1String("SHUTOFF"));

        // Starting it again (no longer stopped) is refused by the service, and said so.
        control.run(InstanceAction::Start, id, QStringLiteral("again"));
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.last().at(0).toBool(), false);
        QVERIFY(finished.last().at(1).toString().contains(QLatin1String("failed")));
    }
};

QTEST_GUILESS_MAIN(TestInstanceControl)
#include "tst_instancecontrol.moc"
