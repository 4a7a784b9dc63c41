// ProfileStore against MemorySecretStore (as the keychain) and a temporary INI settings file.
#include "models/credentials/MemorySecretStore.h"
#include "models/credentials/ProfileStore.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace dbss::credentials;
using dbss::api::AuthKind;
using dbss::api::Service;

namespace {
const QByteArray kAk = "AKTESTPROFILE0000001";
const QByteArray kSk = "SkProfileStoreSecret/with+special=chars";
const QByteArray kToken = "TokenProfileStore00000000000000000000000001";
const QByteArray kPassword = "IamP@ss w0rd \xc3\xa9"; // UTF-8 on purpose
const QString kProjectId = QStringLiteral("0a1b2c3d4e5f60718293a4b5c6d7e8f9");

Profile makeProfile(const QString& name, AuthKind kind = AuthKind::AkSk) {
    Profile p;
    p.name = name;
    p.authKind = kind;
    p.region = QStringLiteral("ap-southeast-1");
    p.projectId = kProjectId;
    p.endpointOverrides.insert(Service::Dbss, QUrl(QStringLiteral("https://dbss.example.test:8443")));
    p.pinnedCertSha256 = QByteArray(64, 'a');
    p.timeoutMs = 15000;
    if (kind == AuthKind::IamPassword) {
        p.iamUser = QStringLiteral("operator");
        p.iamDomain = QStringLiteral("acme");
    }
    return p;
}

Secrets makeSecrets(AuthKind kind) {
    Secrets s;
    if (kind == AuthKind::IamPassword) {
        s.set(SecretKind::IamPassword, kPassword);
        return s;
    }
    s.set(SecretKind::AccessKey, kAk);
    s.set(SecretKind::SecretKey, kSk);
    if (kind == AuthKind::TemporaryAkSk)
        s.set(SecretKind::SecurityToken, kToken);
    return s;
}
} // namespace

class TestProfileStore : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<MemorySecretStore> m_keychain;
    std::unique_ptr<ProfileStore> m_store;

    QString settingsPath() const { return m_dir->filePath(QStringLiteral("dbss-console.ini")); }

    OperationResult wait(const std::function<void(ProfileStore::Done)>& start) {
        std::optional<OperationResult> result;
        start([&](OperationResult r) { result = std::move(r); });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 5000))
            return {false, QStringLiteral("timed out"), SecretStatus::Failed};
        return *result;
    }
    std::pair<Secrets, OperationResult> loadSecrets(const QString& name) {
        std::optional<std::pair<Secrets, OperationResult>> result;
        m_store->loadSecrets(name, this, [&](Secrets s, OperationResult r) { result.emplace(s, r); });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 5000))
            return {Secrets{}, OperationResult{false, QStringLiteral("timed out"), SecretStatus::Failed}};
        return *result;
    }
    void create(const Profile& p, SecretStorage storage = SecretStorage::Keychain) {
        QCOMPARE(m_store->save(p), QStringList());
        const auto r = wait(
            [&](auto done) { m_store->saveSecrets(p.name, makeSecrets(p.authKind), storage, this, done); });
        QVERIFY2(r.ok, qPrintable(r.message));
    }

private Q_SLOTS:
    void init() {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_settings = std::make_unique<QSettings>(settingsPath(), QSettings::IniFormat);
        m_keychain = std::make_unique<MemorySecretStore>();
        m_store = std::make_unique<ProfileStore>(m_settings.get(), m_keychain.get());
    }
    void cleanup() {
        m_store.reset();
        m_keychain.reset();
        m_settings.reset();
        m_dir.reset();
    }

    void saveAndLoadRoundTrip_data() {
        QTest::addColumn<int>("kind");
        QTest::newRow("aksk") << int(AuthKind::AkSk);
        QTest::newRow("temporary") << int(AuthKind::TemporaryAkSk);
        QTest::newRow("iam") << int(AuthKind::IamPassword);
    }
    void saveAndLoadRoundTrip() {
        QFETCH(int, kind);
        const Profile p = makeProfile(QStringLiteral("Prod (ap) 1"), AuthKind(kind));
        create(p);
        QCOMPARE(m_store->names(), QStringList{p.name});
        // A second QSettings on the same file: what the next start of the console sees.
        QSettings reread(settingsPath(), QSettings::IniFormat);
        const auto loaded = Profile::readFrom(reread, p.name);
        QVERIFY(loaded.has_value());
        QCOMPARE(*loaded, p);

        const auto [secrets, result] = loadSecrets(p.name);
        QVERIFY2(result.ok, qPrintable(result.message));
        const Secrets expected = makeSecrets(AuthKind(kind));
        for (auto k : kAllSecretKinds)
            QCOMPARE(secrets.value(k), expected.value(k));
    }

    void unicodeNameRoundTrip() {
        const QString name = QStringLiteral("生产 华北-北京四 @ops");
        create(makeProfile(name));
        QSettings reread(settingsPath(), QSettings::IniFormat);
        QCOMPARE(m_store->names(), QStringList{name});
        QVERIFY(Profile::readFrom(reread, name).has_value());
        QVERIFY(m_keychain->contains(name + QStringLiteral("/sk")));
    }

    void invalidProfileIsNotSaved_data() {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("expectedWords");
        QTest::newRow("empty name") << "name="
                                    << "Enter a profile name";
        QTest::newRow("slash in name") << "name=a/b"
                                       << "letters, digits";
        QTest::newRow("trailing space") << "name=abc "
                                        << "start or end with a space";
        QTest::newRow("project id") << "projectId=123"
                                    << "32-character";
        QTest::newRow("region") << "region=Beijing"
                                << "region";
        QTest::newRow("fingerprint") << "pin=abcd"
                                     << "SHA-256";
        QTest::newRow("endpoint") << "endpoint=ftp://x"
                                  << "DBSS endpoint override";
        QTest::newRow("timeout") << "timeout=10"
                                 << "timeout";
    }
    void invalidProfileIsNotSaved() {
        QFETCH(QString, field);
        QFETCH(QString, expectedWords);
        Profile p = makeProfile(QStringLiteral("ok"));
        const QString value = field.section(QLatin1Char('='), 1);
        if (field.startsWith(QLatin1String("name=")))
            p.name = value;
        else if (field.startsWith(QLatin1String("projectId=")))
            p.projectId = value;
        else if (field.startsWith(QLatin1String("region=")))
            p.region = value;
        else if (field.startsWith(QLatin1String("pin=")))
            p.pinnedCertSha256 = value.toLatin1();
        else if (field.startsWith(QLatin1String("endpoint=")))
            p.endpointOverrides[Service::Dbss] = QUrl(value);
        else if (field.startsWith(QLatin1String("timeout=")))
            p.timeoutMs = value.toInt();
        const QStringList problems = m_store->save(p);
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().contains(expectedWords, Qt::CaseInsensitive), qPrintable(problems.first()));
        QVERIFY(m_store->names().isEmpty());
    }

    void resolveFromRegionNeedsNoProjectId() {
        Profile p = makeProfile(QStringLiteral("resolve"));
        p.projectId.clear();
        p.resolveProjectId = true;
        QCOMPARE(m_store->save(p), QStringList());
        QCOMPARE(m_store->load(p.name)->resolveProjectId, true);
    }

    void fingerprintIsNormalised() {
        const QString colons = QStringLiteral("AB:").repeated(31) + QStringLiteral("AB");
        QCOMPARE(normalizeSha256Fingerprint(colons).value(), QByteArray("ab").repeated(32));
        QVERIFY(!normalizeSha256Fingerprint(QStringLiteral("zz").repeated(32)));
    }

    void renameMovesSecrets() {
        create(makeProfile(QStringLiteral("old")));
        const auto r = wait(
            [&](auto done) { m_store->rename(QStringLiteral("old"), QStringLiteral("new"), this, done); });
        QVERIFY2(r.ok, qPrintable(r.message));
        QCOMPARE(m_store->names(), QStringList{QStringLiteral("new")});
        QCOMPARE(m_keychain->keys().size(), 2);
        QVERIFY(m_keychain->contains(QStringLiteral("new/ak")));
        QVERIFY(m_keychain->contains(QStringLiteral("new/sk")));
        QVERIFY(!m_keychain->contains(QStringLiteral("old/ak")));
        QVERIFY(!m_keychain->contains(QStringLiteral("old/sk")));
        const auto [secrets, loaded] = loadSecrets(QStringLiteral("new"));
        QVERIFY(loaded.ok);
        QCOMPARE(secrets.value(SecretKind::SecretKey), kSk);
        QCOMPARE(m_store->load(QStringLiteral("new"))->region, QStringLiteral("ap-southeast-1"));
    }

    void renameToExistingNameFails() {
        create(makeProfile(QStringLiteral("a")));
        create(makeProfile(QStringLiteral("b")));
        const auto r =
            wait([&](auto done) { m_store->rename(QStringLiteral("a"), QStringLiteral("B"), this, done); });
        QVERIFY(!r.ok);
        QVERIFY2(r.message.contains(QLatin1String("already exists")), qPrintable(r.message));
        QCOMPARE(m_store->names(), (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
        QCOMPARE(m_keychain->keys().size(), 4);
    }

    void renameKeepsEverythingWhenKeychainIsLocked() {
        create(makeProfile(QStringLiteral("old")));
        m_keychain->setFailure(SecretStatus::Locked);
        const auto r = wait(
            [&](auto done) { m_store->rename(QStringLiteral("old"), QStringLiteral("new"), this, done); });
        QVERIFY(!r.ok);
        QCOMPARE(r.status, SecretStatus::Locked);
        QVERIFY2(r.message.contains(QLatin1String("locked")), qPrintable(r.message));
        m_keychain->setFailure(std::nullopt);
        QCOMPARE(m_store->names(), QStringList{QStringLiteral("old")});
        QVERIFY(m_keychain->contains(QStringLiteral("old/sk")));
        QVERIFY(!m_keychain->contains(QStringLiteral("new/sk")));
    }

    void renameChangingOnlyLetterCase() {
        create(makeProfile(QStringLiteral("prod")));
        const auto r = wait(
            [&](auto done) { m_store->rename(QStringLiteral("prod"), QStringLiteral("Prod"), this, done); });
        QVERIFY2(r.ok, qPrintable(r.message));
        QCOMPARE(m_store->names(), QStringList{QStringLiteral("Prod")});
        QVERIFY(m_keychain->contains(QStringLiteral("Prod/sk")));
        QVERIFY(!m_keychain->contains(QStringLiteral("prod/sk")));
    }

    void duplicateCopiesSecrets() {
        create(makeProfile(QStringLiteral("src"), AuthKind::TemporaryAkSk));
        const auto r = wait([&](auto done) {
            m_store->duplicate(QStringLiteral("src"), QStringLiteral("copy"), this, done);
        });
        QVERIFY2(r.ok, qPrintable(r.message));
        QCOMPARE(m_store->names(), (QStringList{QStringLiteral("copy"), QStringLiteral("src")}));
        QCOMPARE(m_keychain->keys().size(), 6);
        Profile expected = *m_store->load(QStringLiteral("src"));
        expected.name = QStringLiteral("copy");
        QCOMPARE(*m_store->load(QStringLiteral("copy")), expected);
        const auto [secrets, loaded] = loadSecrets(QStringLiteral("copy"));
        QVERIFY(loaded.ok);
        QCOMPARE(secrets.value(SecretKind::SecurityToken), kToken);
    }

    void removeDeletesSecrets() {
        create(makeProfile(QStringLiteral("gone"), AuthKind::TemporaryAkSk));
        create(makeProfile(QStringLiteral("kept")));
        const auto r = wait([&](auto done) { m_store->remove(QStringLiteral("gone"), this, done); });
        QVERIFY2(r.ok, qPrintable(r.message));
        QCOMPARE(m_store->names(), QStringList{QStringLiteral("kept")});
        QStringList keys = m_keychain->keys();
        keys.sort();
        QCOMPARE(keys, (QStringList{QStringLiteral("kept/ak"), QStringLiteral("kept/sk")}));
        QSettings reread(settingsPath(), QSettings::IniFormat);
        QVERIFY(!Profile::readFrom(reread, QStringLiteral("gone")));
        QVERIFY(Profile::readFrom(reread, QStringLiteral("kept")));
    }

    void removeRefusesWhenKeychainUnavailable() {
        create(makeProfile(QStringLiteral("p")));
        m_keychain->setFailure(SecretStatus::NoSessionBus);
        const auto r = wait([&](auto done) { m_store->remove(QStringLiteral("p"), this, done); });
        QVERIFY(!r.ok);
        QVERIFY2(r.message.contains(QLatin1String("D-Bus")), qPrintable(r.message));
        QCOMPARE(m_store->names(), QStringList{QStringLiteral("p")});
    }

    void sessionOnlySecretsStayOutOfTheKeychain() {
        m_keychain->setFailure(SecretStatus::NoSecretService); // why a user picks "session only"
        create(makeProfile(QStringLiteral("session")), SecretStorage::SessionOnly);
        m_keychain->setFailure(std::nullopt);
        QVERIFY(m_keychain->keys().isEmpty());
        QVERIFY(m_store->isSessionOnly(QStringLiteral("session")));
        m_keychain->setFailure(SecretStatus::NoSecretService);
        const auto [secrets, loaded] = loadSecrets(QStringLiteral("session"));
        QVERIFY2(loaded.ok, qPrintable(loaded.message));
        QCOMPARE(secrets.value(SecretKind::AccessKey), kAk);
        // Renaming and removing a session-only profile still work without a keychain.
        auto r = wait(
            [&](auto done) { m_store->rename(QStringLiteral("session"), QStringLiteral("s2"), this, done); });
        QVERIFY2(r.ok, qPrintable(r.message));
        QVERIFY(m_store->sessionStore()->contains(QStringLiteral("s2/sk")));
        QVERIFY(!m_store->sessionStore()->contains(QStringLiteral("session/sk")));
        r = wait([&](auto done) { m_store->remove(QStringLiteral("s2"), this, done); });
        QVERIFY2(r.ok, qPrintable(r.message));
        QVERIFY(m_store->sessionStore()->keys().isEmpty());
    }

    void keychainSaveMovesSessionSecretsOut() {
        create(makeProfile(QStringLiteral("p")), SecretStorage::SessionOnly);
        QVERIFY(m_store->isSessionOnly(QStringLiteral("p")));
        const auto r = wait([&](auto done) {
            m_store->saveSecrets(QStringLiteral("p"), makeSecrets(AuthKind::AkSk), SecretStorage::Keychain,
                                 this, done);
        });
        QVERIFY2(r.ok, qPrintable(r.message));
        QVERIFY(!m_store->isSessionOnly(QStringLiteral("p")));
        QCOMPARE(m_keychain->keys().size(), 2);
    }

    void keychainErrorOnSaveIsReported() {
        QCOMPARE(m_store->save(makeProfile(QStringLiteral("p"))), QStringList());
        m_keychain->setFailure(SecretStatus::NoSessionBus);
        const auto r = wait([&](auto done) {
            m_store->saveSecrets(QStringLiteral("p"), makeSecrets(AuthKind::AkSk), SecretStorage::Keychain,
                                 this, done);
        });
        QVERIFY(!r.ok);
        QCOMPARE(r.status, SecretStatus::NoSessionBus);
        QVERIFY(r.message.contains(QLatin1String("Keep for this session only")));
        QVERIFY(!r.message.contains(QString::fromLatin1(kSk)));
        QVERIFY(m_store->sessionStore()->keys().isEmpty());
    }

    void changingAuthKindDropsUnusedSecrets() {
        create(makeProfile(QStringLiteral("p"), AuthKind::TemporaryAkSk));
        QCOMPARE(m_keychain->keys().size(), 3);
        QCOMPARE(m_store->save(makeProfile(QStringLiteral("p"), AuthKind::IamPassword)), QStringList());
        const auto r = wait([&](auto done) {
            m_store->saveSecrets(QStringLiteral("p"), makeSecrets(AuthKind::IamPassword),
                                 SecretStorage::Keychain, this, done);
        });
        QVERIFY2(r.ok, qPrintable(r.message));
        QCOMPARE(m_keychain->keys(), QStringList{QStringLiteral("p/iam-password")});
    }

    void emptySecretFieldsKeepStoredSecrets() {
        create(makeProfile(QStringLiteral("p")));
        Secrets onlyAk;
        onlyAk.set(SecretKind::AccessKey, "AKNEW000000000000001");
        const auto r = wait([&](auto done) {
            m_store->saveSecrets(QStringLiteral("p"), onlyAk, SecretStorage::Keychain, this, done);
        });
        QVERIFY2(r.ok, qPrintable(r.message));
        const auto [secrets, loaded] = loadSecrets(QStringLiteral("p"));
        QCOMPARE(secrets.value(SecretKind::AccessKey), QByteArray("AKNEW000000000000001"));
        QCOMPARE(secrets.value(SecretKind::SecretKey), kSk);
    }

    void settingsFileHoldsNoSecret() {
        create(makeProfile(QStringLiteral("aksk"), AuthKind::AkSk));
        create(makeProfile(QStringLiteral("temp"), AuthKind::TemporaryAkSk));
        create(makeProfile(QStringLiteral("iam"), AuthKind::IamPassword));
        create(makeProfile(QStringLiteral("session"), AuthKind::TemporaryAkSk), SecretStorage::SessionOnly);
        auto r = wait(
            [&](auto done) { m_store->rename(QStringLiteral("temp"), QStringLiteral("temp2"), this, done); });
        QVERIFY(r.ok);
        r = wait([&](auto done) {
            m_store->duplicate(QStringLiteral("iam"), QStringLiteral("iam2"), this, done);
        });
        QVERIFY(r.ok);
        m_settings->sync();

        QFile file(settingsPath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.contains("ap-southeast-1")); // the scan reads the real file
        for (const QByteArray& secret : {kAk, kSk, kToken, kPassword}) {
            for (const QByteArray& form :
                 {secret, secret.toBase64(), secret.toHex(), secret.toPercentEncoding(),
                  QByteArray(secret).replace('/', '\\')}) {
                QVERIFY2(!bytes.contains(form), "a secret was found in the settings file");
            }
            // Distinctive 8-byte slices, in case an encoding split the value.
            for (qsizetype i = 0; i + 8 <= secret.size(); i += 4)
                QVERIFY2(!bytes.contains(secret.mid(i, 8)),
                         "part of a secret was found in the settings file");
        }
    }

    void callbacksAreNotRunAfterContextIsGone() {
        QCOMPARE(m_store->save(makeProfile(QStringLiteral("p"))), QStringList());
        bool called = false;
        auto* context = new QObject;
        m_store->saveSecrets(QStringLiteral("p"), makeSecrets(AuthKind::AkSk), SecretStorage::Keychain,
                             context, [&](OperationResult) { called = true; });
        delete context;
        // The store answers in order: once a later operation has answered, the first one has too.
        const auto later = wait([&](auto done) {
            m_store->saveSecrets(QStringLiteral("p"), makeSecrets(AuthKind::AkSk), SecretStorage::Keychain,
                                 this, done);
        });
        QVERIFY2(later.ok, qPrintable(later.message));
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
