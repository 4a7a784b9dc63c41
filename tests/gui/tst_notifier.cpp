// Desktop notifications when long work ends while the window is not active: a fake
// org.freedesktop.Notifications service on a private D-Bus daemon (started here, loopback-free:
// a Unix socket in a temporary directory) records what the console sends.
#include "models/api/ApiClient.h"
#include "sandbox/SandboxServer.h"
#include "views/ExportController.h"
#include "views/MainWindow.h"
#include "views/Notifier.h"
#include "views/TableDock.h"

#include <QApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace dbss;

// The notification server's side of org.freedesktop.Notifications.Notify.
class FakeNotifications : public QObject {
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")
public:
    QStringList summaries;
    QStringList bodies;
    QString appName;
public Q_SLOTS:
    Q_SCRIPTABLE uint Notify(const QString& app, uint, const QString&, const QString& summary,
                             const QString& body, const QStringList&, const QVariantMap&, int) {
        appName = app;
        summaries << summary;
        bodies << body;
        return uint(summaries.size());
    }
};

class TestNotifier : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QProcess m_daemon;
    QString m_address;
    FakeNotifications m_fake;
    std::unique_ptr<sandbox::SandboxServer> m_server;

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        m_daemon.start(QStringLiteral("dbus-daemon"),
                       {QStringLiteral("--session"), QStringLiteral("--nofork"),
                        QStringLiteral("--print-address"),
                        QStringLiteral("--address=unix:dir=%1").arg(m_dir.path())});
        QVERIFY2(m_daemon.waitForStarted(10000), qPrintable(m_daemon.errorString()));
        QTRY_VERIFY_WITH_TIMEOUT(m_daemon.canReadLine(), 10000);
        m_address = QString::fromUtf8(m_daemon.readLine().trimmed());
        QVERIFY(!m_address.isEmpty());
        QDBusConnection service = QDBusConnection::connectToBus(m_address, QStringLiteral("fake-server"));
        QVERIFY2(service.isConnected(), qPrintable(service.lastError().message()));
        QVERIFY(service.registerObject(QStringLiteral("/org/freedesktop/Notifications"), &m_fake,
                                       QDBusConnection::ExportScriptableSlots));
        QVERIFY(service.registerService(QStringLiteral("org.freedesktop.Notifications")));

        m_server = std::make_unique<sandbox::SandboxServer>(sandbox::SandboxOptions{});
        QString error;
        QVERIFY2(m_server->listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
    }

    void cleanupTestCase() {
        QDBusConnection::disconnectFromBus(QStringLiteral("fake-server"));
        QDBusConnection::disconnectFromBus(QStringLiteral("console"));
        m_daemon.terminate();
        m_daemon.waitForFinished(5000);
    }

    void exportFinishedWhileInactiveNotifies() {
        api::ClientConfig config;
        config.region = m_server->options().region;
        config.projectId = m_server->options().projectId;
        config.ak = m_server->options().ak;
        config.sk = m_server->options().sk;
        for (api::Service s : {api::Service::Dbss, api::Service::Iam, api::Service::Drs, api::Service::Das})
            config.endpointOverrides.insert(s, m_server->baseUrl());
        api::ApiClient client(config);
        views::MainWindow window(&client, QStringLiteral("Sandbox"));
        views::Notifier* notifier = views::Notifier::install(
            &window, QDBusConnection::connectToBus(m_address, QStringLiteral("console")));
        window.show();
        QWidget elsewhere; // the user went on working in another window
        elsewhere.show();
        elsewhere.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&elsewhere));
        QVERIFY(!window.isActiveWindow());
        views::TableDock* dock = window.instancesDock();
        QTRY_VERIFY_WITH_TIMEOUT(dock->view()->model()->rowCount() >= 3, 10000);

        QTemporaryDir out;
        QSignalSpy done(window.exporter(), &views::ExportController::finished);
        window.exporter()->exportTo(dock, out.filePath(QStringLiteral("instances.csv")), false);
        QVERIFY(done.wait(10000));
        QCOMPARE(notifier->sentCount(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(m_fake.summaries.size(), 1, 10000);
        QCOMPARE(m_fake.summaries.first(), QStringLiteral("Export finished"));
        QVERIFY(m_fake.bodies.first().contains(QLatin1String("instances.csv")));
        QCOMPARE(m_fake.appName, QApplication::applicationDisplayName());
    }

    void activeWindowIsNotDisturbed() {
        QWidget window;
        views::Notifier* notifier = views::Notifier::install(
            &window, QDBusConnection::connectToBus(m_address, QStringLiteral("console")));
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        const qsizetype before = m_fake.summaries.size();
        QVERIFY(!notifier->notifyIfInactive(QStringLiteral("Export finished"), QStringLiteral("x")));
        QCOMPARE(notifier->sentCount(), 0);
        window.hide();
        QTRY_VERIFY(!window.isActiveWindow());
        QVERIFY(notifier->notifyIfInactive(QStringLiteral("Export finished"), QStringLiteral("y")));
        QTRY_COMPARE(m_fake.summaries.size(), before + 1);
    }
};

QTEST_MAIN(TestNotifier)
#include "tst_notifier.moc"
