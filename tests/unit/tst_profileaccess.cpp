// loadProfileConfig: what `dbssctl --profile NAME` and the console use to connect with a profile.
#include "models/credentials/MemorySecretStore.h"
#include "models/credentials/ProfileAccess.h"
#include "models/credentials/ProfileStore.h"

#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace dbss::credentials;
using dbss::api::AuthKind;

class TestProfileAccess : public QObject {
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<MemorySecretStore> m_keychain;
    std::unique_ptr<ProfileStore> m_store;

    ProfileConfigResult load(const QString& name, const QProcessEnvironment& env = {}) {
        std::optional<ProfileConfigResult> result;
        loadProfileConfig(
            m_store.get(), name, this, [&](ProfileConfigResult r) { result = r; }, env);
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 5000))
            return {false, {}, QStringLiteral("timed out"), false};
        return *result;
    }
    void create(AuthKind kind, bool withSk = true) {
        Profile p;
        p.name = QStringLiteral("prod");
        p.authKind = kind;
        p.projectId = QStringLiteral("0a1b2c3d4e5f60718293a4b5c6d7e8f9");
        QCOMPARE(m_store->save(p), QStringList());
        Secrets s;
        s.set(SecretKind::AccessKey, "STOREDAK");
        if (withSk)
            s.set(SecretKind::SecretKey, "STOREDSK");
        std::optional<OperationResult> r;
        m_store->saveSecrets(p.name, s, SecretStorage::Keychain, this, [&](OperationResult x) { r = x; });
        QVERIFY(QTest::qWaitFor([&] { return r.has_value(); }, 5000));
        QVERIFY(r->ok);
    }

private Q_SLOTS:
    void init() {
        m_dir = std::make_unique<QTemporaryDir>();
        m_settings =
            std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("p.ini")), QSettings::IniFormat);
        m_keychain = std::make_unique<MemorySecretStore>();
        m_store = std::make_unique<ProfileStore>(m_settings.get(), m_keychain.get());
    }

    void profileWithStoredSecrets() {
        create(AuthKind::AkSk);
        const ProfileConfigResult r = load(QStringLiteral("prod"));
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(!r.fromEnvironment);
        QCOMPARE(r.config.ak, QStringLiteral("STOREDAK"));
        QCOMPARE(r.config.sk, QStringLiteral("STOREDSK"));
        QCOMPARE(r.config.projectId, QStringLiteral("0a1b2c3d4e5f60718293a4b5c6d7e8f9"));
    }

    void unknownProfileListsKnownOnes() {
        create(AuthKind::AkSk);
        const ProfileConfigResult r = load(QStringLiteral("nope"));
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QLatin1String("\"nope\"")) && r.error.contains(QLatin1String("prod")),
                 qPrintable(r.error));
    }

    void missingSecretIsNamed() {
        create(AuthKind::AkSk, false);
        const ProfileConfigResult r = load(QStringLiteral("prod"));
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QLatin1String("secret access key")), qPrintable(r.error));
        QVERIFY(!r.error.contains(QLatin1String("STOREDAK")));
    }

    void environmentKeysSkipTheKeychain() {
        create(AuthKind::AkSk);
        m_keychain->setFailure(SecretStatus::NoSessionBus); // a headless CI box without a keychain
        QProcessEnvironment env;
        env.insert(QStringLiteral("DBSS_AK"), QStringLiteral("ENVAK"));
        env.insert(QStringLiteral("DBSS_SK"), QStringLiteral("ENVSK"));
        const ProfileConfigResult r = load(QStringLiteral("prod"), env);
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(r.fromEnvironment);
        QCOMPARE(r.config.ak, QStringLiteral("ENVAK"));
        QCOMPARE(r.config.sk, QStringLiteral("ENVSK"));
    }

    void tokenFromEnvironmentOnStoredKeys() {
        create(AuthKind::AkSk);
        QProcessEnvironment env;
        env.insert(QStringLiteral("DBSS_SECURITY_TOKEN"), QStringLiteral("ENVTOKEN"));
        const ProfileConfigResult r = load(QStringLiteral("prod"), env);
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(r.fromEnvironment);
        QCOMPARE(r.config.authKind, AuthKind::TemporaryAkSk);
        QCOMPARE(r.config.ak, QStringLiteral("STOREDAK"));
        QCOMPARE(r.config.securityToken, QStringLiteral("ENVTOKEN"));
    }

    void keychainUnavailableIsExplained() {
        create(AuthKind::AkSk);
        m_keychain->setFailure(SecretStatus::NoSessionBus);
        const ProfileConfigResult r = load(QStringLiteral("prod"));
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QLatin1String("D-Bus")), qPrintable(r.error));
    }

    void saveWithSessionFallback() {
        Profile p;
        p.name = QStringLiteral("Sandbox");
        p.projectId = QStringLiteral("0a1b2c3d4e5f60718293a4b5c6d7e8f9");
        Secrets s;
        s.set(SecretKind::AccessKey, "DEMOAK");
        s.set(SecretKind::SecretKey, "DEMOSK");
        std::optional<SaveProfileResult> r;
        saveProfileWithSecrets(m_store.get(), p, s, true, this, [&](SaveProfileResult x) { r = x; });
        QVERIFY(QTest::qWaitFor([&] { return r.has_value(); }, 5000));
        QVERIFY2(r->result.ok, qPrintable(r->result.message));
        QCOMPARE(r->storedIn, SecretStorage::Keychain);
        QVERIFY(r->keychainProblem.isEmpty());
        QVERIFY(m_keychain->contains(QStringLiteral("Sandbox/sk")));

        // Keychain gone: memory only, with the reason; without the fallback: an error.
        m_keychain->setFailure(SecretStatus::NoSecretService);
        r.reset();
        saveProfileWithSecrets(m_store.get(), p, s, true, this, [&](SaveProfileResult x) { r = x; });
        QVERIFY(QTest::qWaitFor([&] { return r.has_value(); }, 5000));
        QVERIFY2(r->result.ok, qPrintable(r->result.message));
        QCOMPARE(r->storedIn, SecretStorage::SessionOnly);
        QVERIFY2(r->keychainProblem.contains(QLatin1String("Secret Service")),
                 qPrintable(r->keychainProblem));
        QVERIFY(m_store->sessionStore()->contains(QStringLiteral("Sandbox/sk")));
        r.reset();
        saveProfileWithSecrets(m_store.get(), p, s, false, this, [&](SaveProfileResult x) { r = x; });
        QVERIFY(QTest::qWaitFor([&] { return r.has_value(); }, 5000));
        QVERIFY(!r->result.ok);
        QCOMPARE(r->result.status, SecretStatus::NoSecretService);

        Profile bad = p;
        bad.name = QStringLiteral("a/b");
        r.reset();
        saveProfileWithSecrets(m_store.get(), bad, s, true, this, [&](SaveProfileResult x) { r = x; });
        QVERIFY(QTest::qWaitFor([&] { return r.has_value(); }, 5000));
        QVERIFY(!r->result.ok);
        QVERIFY(!m_store->contains(QStringLiteral("a/b")));
    }

    void sharedSettingsFileIsIni() {
        QStandardPaths::setTestModeEnabled(true);
        const auto settings = openProfileSettings();
        QCOMPARE(settings->format(), QSettings::IniFormat);
        QVERIFY2(settings->fileName().endsWith(QLatin1String("dbss-console/profiles.ini")),
                 qPrintable(settings->fileName()));
    }
};

QTEST_GUILESS_MAIN(TestProfileAccess)
#include "tst_profileaccess.moc"
