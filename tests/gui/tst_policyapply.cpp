// Applying policies from the console, against the sandbox over loopback HTTP: "make B like A" sends
// the plan and the re-read (through the list operations, not the code under test) shows B like A;
// the desktop is told when the apply ends while the window is not active; File ▸ Export Policy
// writes a file that Apply Policy reads back; a refused policy file says why and sends nothing.
#include "models/policy/Policy.h"
#include "models/policy/PolicyPlan.h"
#include "models/tables/InstancesModel.h"
#include "tests/gui/tst_policyfixture.h"
#include "views/MainWindow.h"
#include "views/Notifier.h"
#include "views/PolicyActions.h"
#include "views/PolicyCompareDock.h"
#include "views/PolicyPreviewDialog.h"

#include <QApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QFile>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace dbss;

// The server side of org.freedesktop.Notifications.Notify (as in tst_notifier).
class FakeNotifications : public QObject {
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")
public:
    QStringList summaries;
public Q_SLOTS:
    Q_SCRIPTABLE uint Notify(const QString&, uint, const QString&, const QString& summary, const QString&,
                             const QStringList&, const QVariantMap&, int) {
        summaries << summary;
        return uint(summaries.size());
    }
};

class TestPolicyApply : public QObject {
    Q_OBJECT
    test::PolicySandbox m_sandbox;
    QString m_a;
    QString m_b;
    QTemporaryDir m_dir;
    QProcess m_daemon;
    QString m_busAddress;
    FakeNotifications m_fake;

    bool instancesLoaded(views::MainWindow& window) {
        return QTest::qWaitFor([&] { return window.instancesModel()->rowCount() >= 2; }, 10000);
    }

    void startNotificationBus() {
        m_daemon.start(QStringLiteral("dbus-daemon"),
                       {QStringLiteral("--session"), QStringLiteral("--nofork"),
                        QStringLiteral("--print-address"),
                        QStringLiteral("--address=unix:dir=%1").arg(m_dir.path())});
        QVERIFY2(m_daemon.waitForStarted(10000), qPrintable(m_daemon.errorString()));
        QTRY_VERIFY_WITH_TIMEOUT(m_daemon.canReadLine(), 10000);
        m_busAddress = QString::fromUtf8(m_daemon.readLine().trimmed());
        QDBusConnection service = QDBusConnection::connectToBus(m_busAddress, QStringLiteral("fake-server"));
        QVERIFY2(service.isConnected(), qPrintable(service.lastError().message()));
        QVERIFY(service.registerObject(QStringLiteral("/org/freedesktop/Notifications"), &m_fake,
                                       QDBusConnection::ExportScriptableSlots));
        QVERIFY(service.registerService(QStringLiteral("org.freedesktop.Notifications")));
    }

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        qRegisterMetaType<views::PolicyPreviewDialog*>(); // previewReady's argument, for QSignalSpy
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_sandbox.start(&error), qPrintable(error));
        const QStringList active = m_sandbox.activeInstances();
        QVERIFY(active.size() >= 2);
        m_a = active.at(0);
        m_b = active.at(1);
        startNotificationBus();
    }

    void cleanupTestCase() {
        QDBusConnection::disconnectFromBus(QStringLiteral("fake-server"));
        QDBusConnection::disconnectFromBus(QStringLiteral("console"));
        m_daemon.terminate();
        m_daemon.waitForFinished(5000);
    }

    void menusOfferThePolicyCommands() {
        views::MainWindow window(m_sandbox.client(), QStringLiteral("Sandbox"));
        views::PolicyActions* policy = window.policy();
        QStringList menuTexts;
        for (QAction* menu : window.menuBar()->actions())
            for (QAction* a : menu->menu()->actions())
                menuTexts << a->text();
        QVERIFY(menuTexts.contains(policy->exportAction()->text()));
        QVERIFY(menuTexts.contains(policy->applyAction()->text()));
        QVERIFY(menuTexts.contains(policy->compareAction()->text()));
    }

    void makeLikeAppliesAndTheReReadShowsBLikeA() {
        // B differs from A: two risk rules switched off, A has a scope B lacks.
        QStringList ids;
        for (const api::RiskRule& r : m_sandbox.riskRules(m_b))
            if (r.status == QLatin1String("ON") && ids.size() < 2)
                ids << r.id;
        QVERIFY(m_sandbox.switchRisk(m_b, ids, false));
        QVERIFY(m_sandbox.addScope(m_a, QStringLiteral("policy-apply-scope")));
        QCOMPARE(test::PolicySandbox::differences(m_sandbox.state(m_a), m_sandbox.state(m_b)).size(), 3);

        views::MainWindow window(m_sandbox.client(), QStringLiteral("Sandbox"));
        window.show();
        QVERIFY(instancesLoaded(window));
        views::PolicyCompareDock* dock = window.policy()->compareDock();
        QSignalSpy read(dock, &views::PolicyCompareDock::readFinished);
        dock->compare({m_a, m_b});
        QVERIFY(read.wait(15000));
        views::PolicyPreviewDialog* preview = dock->alignTo(m_b);
        QVERIFY(preview);
        views::Notifier* notifier = views::Notifier::install(
            preview, QDBusConnection::connectToBus(m_busAddress, QStringLiteral("console")));
        preview->show();

        // The user goes on in another window while the apply runs.
        QWidget elsewhere;
        elsewhere.show();
        elsewhere.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&elsewhere));
        QSignalSpy finished(preview, &views::PolicyPreviewDialog::applyFinished);
        QSignalSpy compared(dock, &views::PolicyCompareDock::readFinished);
        preview->applyButton()->click();
        QVERIFY(finished.wait(20000));
        const auto report = finished.first().first().value<models::PolicyReport>();
        QCOMPARE(report.count(models::PolicyOutcome::State::Applied), 3);
        QCOMPARE(report.requestsSent, 2);
        QVERIFY(report.complete());
        // The report is in the table: one "Applied" per change, and the re-read is named.
        for (int r = 0; r < preview->changesTable()->rowCount(); ++r)
            QCOMPARE(preview->changesTable()->item(r, views::PolicyPreviewDialog::ResultColumn)->text(),
                     QStringLiteral("Applied"));
        QVERIFY(preview->reportLabel()->text().contains(QLatin1String("Re-read")));
        QVERIFY(!preview->applyButton()->isEnabled());

        // What the service has now, read without the policy code: B is like A.
        QCOMPARE(test::PolicySandbox::differences(m_sandbox.state(m_a), m_sandbox.state(m_b)), QStringList());
        // The comparison is read again and agrees; the desktop was told.
        QTRY_COMPARE_WITH_TIMEOUT(compared.count(), 1, 15000); // it may have ended during the reads above
        QCOMPARE(dock->compareModel()->differenceCount(), 0);
        QCOMPARE(notifier->sentCount(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(m_fake.summaries.size(), 1, 10000);
        QCOMPARE(m_fake.summaries.first(), preview->windowTitle());
        preview->reject();
    }

    void exportedPolicyAppliesBackWithNothingToSend() {
        views::MainWindow window(m_sandbox.client(), QStringLiteral("Sandbox"));
        window.show();
        QVERIFY(instancesLoaded(window));
        const QString path = m_dir.filePath(QStringLiteral("a.json"));
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old");
        old.close();
        QSignalSpy exported(window.policy(), &views::PolicyActions::exportFinished);
        window.policy()->exportPolicyTo(m_a, path);
        QVERIFY(exported.wait(15000));
        QVERIFY2(exported.first().first().toBool(), qPrintable(exported.first().at(1).toString()));
        QStringList errors;
        const auto policy = models::Policy::fromFile(path, &errors);
        QVERIFY2(policy, qPrintable(errors.join(QLatin1Char('\n'))));
        QVERIFY(!policy->riskRules.isEmpty());

        // Applied to the instance it came from: the preview says there is nothing to send.
        QSignalSpy ready(window.policy(), &views::PolicyActions::previewReady);
        QVERIFY(window.policy()->applyPolicyFrom(path, m_a));
        QVERIFY(ready.wait(15000));
        auto* preview = ready.first().first().value<views::PolicyPreviewDialog*>();
        QVERIFY(preview);
        QVERIFY(preview->plan().inSync());
        QCOMPARE(preview->changesTable()->rowCount(), 0);
        QVERIFY(!preview->applyButton()->isEnabled());
        preview->reject();
    }

    void refusedPolicyFileSaysWhyAndSendsNothing() {
        views::MainWindow window(m_sandbox.client(), QStringLiteral("Sandbox"));
        window.show();
        QVERIFY(instancesLoaded(window));
        const QString path = m_dir.filePath(QStringLiteral("future.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            R"({"schema": "dbss-console/policy", "version": 99, "risk_rules": []})"); // a future version
        file.close();

        test::DispatchCounter sent(m_sandbox.client());
        QVERIFY(!window.policy()->applyPolicyFrom(path, m_b));
        QTRY_VERIFY(window.findChild<QMessageBox*>(QStringLiteral("policyFileError")));
        auto* box = window.findChild<QMessageBox*>(QStringLiteral("policyFileError"));
        QVERIFY(box->isVisible());
        QVERIFY2(box->text().contains(QLatin1String("version")), qPrintable(box->text()));
        QVERIFY(box->text().contains(QLatin1String("nothing was sent")));
        QCOMPARE(sent.count(), 0);
        box->close();
    }

    void unknownRuleNamesBlockTheApply() {
        views::MainWindow window(m_sandbox.client(), QStringLiteral("Sandbox"));
        window.show();
        QVERIFY(instancesLoaded(window));
        // A well-formed file naming a rule the instance does not have: the plan is refused.
        const QString path = m_dir.filePath(QStringLiteral("unknown.json"));
        QSignalSpy exported(window.policy(), &views::PolicyActions::exportFinished);
        window.policy()->exportPolicyTo(m_a, path);
        QVERIFY(exported.wait(15000));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray bytes = file.readAll();
        file.close();
        QStringList errors;
        const auto policy = models::Policy::fromFileBytes(bytes, &errors);
        QVERIFY(policy && !policy->riskRules.isEmpty());
        const QString known = policy->riskRules.first().name;
        bytes.replace(known.toUtf8(), "No_Such_Rule_Anywhere");
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(bytes);
        file.close();

        int mutations = 0;
        connect(m_sandbox.client(), &api::ApiClient::requestLogged, this,
                [&mutations](const api::RequestLogEntry& e) { mutations += test::isMutation(e.operation); });
        QSignalSpy ready(window.policy(), &views::PolicyActions::previewReady);
        QVERIFY(window.policy()->applyPolicyFrom(path, m_b));
        QVERIFY(ready.wait(15000));
        auto* preview = ready.first().first().value<views::PolicyPreviewDialog*>();
        QVERIFY(preview);
        QVERIFY(!preview->plan().isValid());
        QVERIFY(!preview->applyButton()->isEnabled());
        QVERIFY2(preview->summaryLabel()->text().contains(QLatin1String("No_Such_Rule_Anywhere")),
                 qPrintable(preview->summaryLabel()->text()));
        preview->apply(); // even asked directly, nothing goes out
        QCOMPARE(mutations, 0);
        preview->reject();
    }
};

QTEST_MAIN(TestPolicyApply)
#include "tst_policyapply.moc"
