// From the keychain to a real call: a profile whose secrets are in the keychain reaches a live
// dbss-sandbox through the probe the "Test connection" button uses; a wrong key fails without
// echoing it. Runs under the test script's private D-Bus session and gnome-keyring.
#include "models/credentials/ClientConfigFactory.h"
#include "models/credentials/ConnectionProbe.h"
#include "models/credentials/KeychainSecretStore.h"
#include "models/credentials/ProfileStore.h"
#include "tests/common/SandboxProcess.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace dbss::credentials;
using dbss::api::Service;

class TestKeychainConnection : public QObject {
    Q_OBJECT

    dbss::test::SandboxProcess m_sandbox;
    QTemporaryDir m_dir;
    KeychainSecretStore m_keychain;
    const QString m_name = QStringLiteral("conn-") + QUuid::createUuid().toString(QUuid::Id128).left(8);

    ProbeResult probe(ProfileStore& store) {
        std::optional<std::pair<Secrets, OperationResult>> loaded;
        store.loadSecrets(m_name, this, [&](Secrets s, OperationResult r) { loaded.emplace(s, r); });
        if (!QTest::qWaitFor([&] { return loaded.has_value(); }, 20000))
            return {false, QStringLiteral("keychain timed out")};
        if (!loaded->second.ok)
            return {false, loaded->second.message};
        dbss::api::ClientConfig config = makeClientConfig(*store.load(m_name), loaded->first);
        std::optional<ProbeResult> result;
        probeConnection(config, this, [&](ProbeResult r) { result = r; });
        wipeSecrets(config);
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 30000))
            return {false, QStringLiteral("probe timed out")};
        return *result;
    }

    OperationResult saveSecrets(ProfileStore& store, const QString& sk) {
        Secrets secrets;
        secrets.set(SecretKind::AccessKey, m_sandbox.ak().toUtf8());
        secrets.set(SecretKind::SecretKey, sk.toUtf8());
        std::optional<OperationResult> result;
        store.saveSecrets(m_name, secrets, SecretStorage::Keychain, this,
                          [&](OperationResult r) { result = r; });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 20000))
            return {false, QStringLiteral("timed out"), SecretStatus::Failed};
        return *result;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
                 "run under dbus-run-session with an unlocked gnome-keyring (scripts/test does)");
        QString error;
        QVERIFY2(m_sandbox.start(&error), qPrintable(error));
    }

    void probeWithKeychainSecrets() {
        QSettings settings(m_dir.filePath(QStringLiteral("p.ini")), QSettings::IniFormat);
        ProfileStore store(&settings, &m_keychain);
        Profile p;
        p.name = m_name;
        p.projectId = m_sandbox.projectId();
        for (auto service : {Service::Dbss, Service::Iam, Service::Drs, Service::Das})
            p.endpointOverrides.insert(service, m_sandbox.url());
        p.timeoutMs = 10000;
        QCOMPARE(store.save(p), QStringList());

        OperationResult saved = saveSecrets(store, m_sandbox.sk());
        QVERIFY2(saved.ok, qPrintable(saved.message));
        const ProbeResult good = probe(store);
        QVERIFY2(good.ok, qPrintable(good.message));
        QVERIFY2(good.message.startsWith(QLatin1String("Connected")), qPrintable(good.message));

        const QString wrongSk = QStringLiteral("WrongSecretKeyForProbe0000000000000001");
        saved = saveSecrets(store, wrongSk);
        QVERIFY2(saved.ok, qPrintable(saved.message));
        const ProbeResult bad = probe(store);
        QVERIFY(!bad.ok);
        QVERIFY2(bad.message.contains(QLatin1String("401")) || bad.message.contains(QLatin1String("APIGW")),
                 qPrintable(bad.message));
        QVERIFY(!bad.message.contains(wrongSk));
        QVERIFY(!bad.message.contains(m_sandbox.sk()));

        std::optional<OperationResult> removed;
        store.remove(m_name, this, [&](OperationResult r) { removed = r; });
        QVERIFY(QTest::qWaitFor([&] { return removed.has_value(); }, 20000));
        QVERIFY2(removed->ok, qPrintable(removed->message));
    }

    void probeReceiverGoneMidFlight() {
        dbss::api::ClientConfig config;
        config.projectId = m_sandbox.projectId();
        config.ak = m_sandbox.ak();
        config.sk = m_sandbox.sk();
        for (auto service : {Service::Dbss, Service::Iam, Service::Drs, Service::Das})
            config.endpointOverrides.insert(service, m_sandbox.url());
        int calls = 0;
        auto* receiver = new QObject;
        probeConnection(config, receiver, [&](ProbeResult) { ++calls; });
        delete receiver; // the dialog closed while the call was in flight
        // The first request was aborted when its receiver went (before the second was sent), so its
        // end was delivered before the second probe's answer came over the network.
        std::optional<ProbeResult> second;
        probeConnection(config, this, [&](ProbeResult r) { second = r; });
        QVERIFY(QTest::qWaitFor([&] { return second.has_value(); }, 30000));
        QVERIFY2(second->ok, qPrintable(second->message));
        QCOMPARE(calls, 0);
    }
};

QTEST_GUILESS_MAIN(TestKeychainConnection)
#include "tst_keychain_connection.moc"
