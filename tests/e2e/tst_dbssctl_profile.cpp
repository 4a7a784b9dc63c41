// dbssctl --profile: profiles shared with the console (QSettings "dbss-console" + the keychain).
// Needs a session bus with an unlocked keyring, as scripts/test provides (dbus-run-session,
// gnome-keyring-daemon --unlock); the settings go to a throwaway XDG_CONFIG_HOME.

#include "CtlRunner.h"
#include "tests/common/SandboxProcess.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

using namespace dbss::test;

class TestDbssctlProfile : public QObject {
    Q_OBJECT
private:
    SandboxProcess m_sandbox;
    QTemporaryDir m_config;
    QString m_name = QStringLiteral("e2e-%1").arg(QUuid::createUuid().toString(QUuid::Id128).left(12));

    QProcessEnvironment env(bool withKeys = false) {
        QProcessEnvironment e = cleanEnvironment();
        e.insert("XDG_CONFIG_HOME", m_config.path());
        if (withKeys) {
            e.insert("DBSS_AK", m_sandbox.ak());
            e.insert("DBSS_SK", m_sandbox.sk());
        }
        return e;
    }
    QByteArray settingsText() {
        QByteArray all;
        QDirIterator it(m_config.path(), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            if (f.open(QIODevice::ReadOnly))
                all += f.readAll();
        }
        return all;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
                 "run under dbus-run-session with an unlocked gnome-keyring (scripts/test does)");
        QVERIFY(m_config.isValid());
        QString error;
        QVERIFY2(m_sandbox.start(&error), qPrintable(error));
    }

    void addUseRemove() {
        const CtlResult add = runCtl({"profile", "add", m_name, "--endpoint", m_sandbox.url().toString(),
                                      "--project-id", m_sandbox.projectId()},
                                     {}, env(true));
        QVERIFY2(add.exitCode == 0, add.err.constData());

        const CtlResult list = runCtl({"profile", "list", "--json"}, {}, env());
        QCOMPARE(list.exitCode, 0);
        bool found = false;
        for (const QJsonValue& v : QJsonDocument::fromJson(list.out).array())
            found |= v.toObject().value("name").toString() == m_name;
        QVERIFY(found);

        // The secret key is in the keychain, not in the settings file.
        QVERIFY(settingsText().contains(m_name.toUtf8()));
        QVERIFY(!settingsText().contains(m_sandbox.sk().toUtf8()));

        const CtlResult viaProfile = runCtl({"--profile", m_name, "instances", "list", "--json"}, {}, env());
        QVERIFY2(viaProfile.exitCode == 0, viaProfile.err.constData());
        const CtlResult direct =
            runCtl({"--endpoint", m_sandbox.url().toString(), "--ak", m_sandbox.ak(), "--sk", m_sandbox.sk(),
                    "--project-id", m_sandbox.projectId(), "instances", "list", "--json"});
        QCOMPARE(QJsonDocument::fromJson(viaProfile.out), QJsonDocument::fromJson(direct.out));

        const CtlResult show = runCtl({"profile", "show", m_name, "--json"}, {}, env());
        QCOMPARE(show.exitCode, 0);
        QVERIFY(!show.out.contains(m_sandbox.sk().toUtf8()));
        QVERIFY(!show.out.contains(m_sandbox.ak().toUtf8()));

        QCOMPARE(runCtl({"profile", "add", m_name}, {}, env(true)).exitCode, 2); // exists already
        QCOMPARE(runCtl({"profile", "remove", m_name}, {}, env()).exitCode, 0);
        QCOMPARE(runCtl({"--profile", m_name, "instances", "list"}, {}, env()).exitCode, 2);
        QCOMPARE(runCtl({"profile", "remove", m_name}, {}, env()).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestDbssctlProfile)
#include "tst_dbssctl_profile.moc"
