// The console session: --sandbox stores its account as the "Sandbox" profile (secrets in the OS
// keychain of the test's private D-Bus session), opens it, and switching profiles replaces the
// window and its client. Nothing secret reaches the settings files.
#include "models/credentials/ProfileAccess.h"
#include "models/credentials/ProfileStore.h"
#include "sandbox/SandboxServer.h"
#include "views/ConsoleController.h"
#include "views/MainWindow.h"
#include "views/TableDock.h"
#include "views/WelcomeDialog.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QDirIterator>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace dbss;

class TestConsoleController : public QObject {
    Q_OBJECT
    std::unique_ptr<sandbox::SandboxServer> m_server;

    views::SandboxAccount account() const {
        const sandbox::SandboxOptions& o = m_server->options();
        return {m_server->baseUrl(), o.ak, o.sk, o.projectId, o.region};
    }

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        credentials::openProfileSettings()->clear();
        m_server = std::make_unique<sandbox::SandboxServer>(sandbox::SandboxOptions{});
        QString error;
        QVERIFY2(m_server->listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
    }

    void firstStartWelcomesAndOffersTheSandbox() {
        // No profile at all: a welcome, not a bare Profiles dialog; "Try the Sandbox" opens it.
        views::ConsoleController controller;
        QList<bool> starts; // the reset flag of each start
        controller.setSandboxStarter([this, &starts](bool reset, QString*) {
            starts << reset;
            return std::optional<views::SandboxAccount>(account());
        });
        QSignalSpy opened(&controller, &views::ConsoleController::profileOpened);
        controller.start(std::nullopt, {});
        const auto findWelcome = [] {
            views::WelcomeDialog* found = nullptr;
            for (QWidget* w : QApplication::topLevelWidgets())
                if (auto* d = qobject_cast<views::WelcomeDialog*>(w); d && d->isVisible())
                    found = d;
            return found;
        };
        QTRY_VERIFY(findWelcome());
        views::WelcomeDialog* welcome = findWelcome();
        QVERIFY(!controller.window()); // nothing opened behind it
        QVERIFY(welcome->sandboxButton()->isEnabled());
        welcome->sandboxButton()->click();
        QVERIFY(opened.wait(10000));
        QCOMPARE(opened.first().first().toString(), views::ConsoleController::sandboxProfileName());
        QCOMPARE(starts, QList<bool>{false});

        // File ▸ Reset Sandbox: asks, then starts it afresh and reopens.
        QAction* reset = nullptr;
        for (QAction* a : controller.window()->menuBar()->actions().first()->menu()->actions())
            if (a->text().startsWith(QLatin1String("Reset &Sandbox")))
                reset = a;
        QVERIFY(reset && reset->isVisible());
        QTimer::singleShot(100, [] {
            if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget()))
                for (QAbstractButton* b : box->buttons())
                    if (box->buttonRole(b) == QMessageBox::DestructiveRole)
                        b->click();
        });
        reset->trigger();
        QVERIFY(opened.wait(10000));
        QCOMPARE(starts, (QList<bool>{false, true}));
    }

    void sandboxProfileOpensAndSwitches() {
        views::ConsoleController controller;
        QSignalSpy opened(&controller, &views::ConsoleController::profileOpened);
        controller.start(account(), {});
        QVERIFY(opened.wait(10000));
        QCOMPARE(opened.first().first().toString(), views::ConsoleController::sandboxProfileName());
        QVERIFY(controller.store()->contains(views::ConsoleController::sandboxProfileName()));
        views::MainWindow* first = controller.window();
        QVERIFY(first);
        QTRY_VERIFY_WITH_TIMEOUT(first->instancesDock()->view()->model()->rowCount() >= 3, 10000);

        // A second profile on the same account: its keys saved through the store like the UI does.
        credentials::Profile second =
            *controller.store()->load(views::ConsoleController::sandboxProfileName());
        second.name = QStringLiteral("Second");
        credentials::Secrets secrets;
        secrets.set(credentials::SecretKind::AccessKey, m_server->options().ak.toUtf8());
        secrets.set(credentials::SecretKind::SecretKey, m_server->options().sk.toUtf8());
        bool done = false;
        credentials::saveProfileWithSecrets(controller.store(), second, secrets, true, this,
                                            [&done](const credentials::SaveProfileResult& r) {
                                                QVERIFY(r.result.ok);
                                                done = true;
                                            });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);

        QPointer<views::MainWindow> old = first;
        controller.openProfile(QStringLiteral("Second"));
        QVERIFY(opened.wait(10000));
        QCOMPARE(opened.last().first().toString(), QStringLiteral("Second"));
        QVERIFY(old.isNull()); // the first window and its client are gone
        QVERIFY(controller.window()->windowTitle().contains(QLatin1String("Second")));
        QTRY_VERIFY_WITH_TIMEOUT(controller.window()->instancesDock()->view()->model()->rowCount() >= 3,
                                 10000);
        QCOMPARE(QSettings().value(QStringLiteral("session/lastProfile")).toString(),
                 QStringLiteral("Second"));
    }

    void settingsHoldNoSecret() {
        const QByteArray sk = m_server->options().sk.toUtf8();
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
        QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        int scanned = 0;
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(!f.readAll().contains(sk), qPrintable(f.fileName()));
            ++scanned;
        }
        QVERIFY(scanned >= 1);
    }

    void unknownProfileFails() {
        views::ConsoleController controller;
        QSignalSpy failed(&controller, &views::ConsoleController::failed);
        // No window yet: the failure is reported (the app shows it and quits) with the profile's name.
        controller.openProfile(QStringLiteral("no-such-profile"));
        QVERIFY(failed.wait(10000));
        QVERIFY(failed.first().first().toString().contains(QLatin1String("no-such-profile")));
    }
};

QTEST_MAIN(TestConsoleController)
#include "tst_consolecontroller.moc"
