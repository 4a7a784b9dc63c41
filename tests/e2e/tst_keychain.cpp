// The real KeychainSecretStore against the Secret Service of the test script's private D-Bus session
// and gnome-keyring (scripts/test starts both, with a throwaway HOME).
#include "models/credentials/KeychainSecretStore.h"
#include "models/credentials/ProfileStore.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace dbss::credentials;
using dbss::api::AuthKind;

namespace {
// Unique per run, so a keyring reused between runs cannot make a test pass.
const QByteArray kRun = QUuid::createUuid().toByteArray(QUuid::Id128);
const QByteArray kAk = "AKKEYCHAIN" + kRun.left(10);
const QByteArray kSk = "SkKeychainE2e-" + kRun;
const QByteArray kToken = "TokenKeychainE2e-" + kRun;

SecretResult waitResult(const std::function<void(SecretStore::Callback)>& start) {
    std::optional<SecretResult> result;
    start([&](SecretResult r) { result = std::move(r); });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 20000))
        return {SecretStatus::Failed, {}, QStringLiteral("timed out")};
    return *result;
}

// Files under `root` (bounded, it is a throwaway HOME) that contain `needle`.
QStringList filesContaining(const QString& root, const QByteArray& needle) {
    QStringList hits;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    int scanned = 0;
    while (it.hasNext() && scanned++ < 20000) {
        QFile file(it.next());
        if (file.size() > 16 * 1024 * 1024 || !file.open(QIODevice::ReadOnly))
            continue;
        if (file.readAll().contains(needle))
            hits << file.fileName();
    }
    return hits;
}
} // namespace

class TestKeychain : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    KeychainSecretStore m_keychain;
    const QString m_prefix = QStringLiteral("e2e-") + QString::fromLatin1(kRun.left(8));

    QString key(const char* suffix) const { return m_prefix + QLatin1Char('/') + QLatin1String(suffix); }

    OperationResult wait(const std::function<void(ProfileStore::Done)>& start) {
        std::optional<OperationResult> result;
        start([&](OperationResult r) { result = std::move(r); });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 20000))
            return {false, QStringLiteral("timed out"), SecretStatus::Failed};
        return *result;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
                 "run under dbus-run-session with an unlocked gnome-keyring (scripts/test does)");
        QVERIFY(m_dir.isValid());
    }

    void writeReadOverwriteDelete() {
        SecretResult r = waitResult([&](auto done) { m_keychain.write(key("sk"), kSk, this, done); });
        QVERIFY2(r.status == SecretStatus::Ok, qPrintable(r.userMessage()));
        r = waitResult([&](auto done) { m_keychain.read(key("sk"), this, done); });
        QCOMPARE(r.status, SecretStatus::Ok);
        QCOMPARE(r.value, kSk);

        r = waitResult([&](auto done) { m_keychain.write(key("sk"), kToken, this, done); });
        QCOMPARE(r.status, SecretStatus::Ok);
        r = waitResult([&](auto done) { m_keychain.read(key("sk"), this, done); });
        QCOMPARE(r.value, kToken);

        r = waitResult([&](auto done) { m_keychain.remove(key("sk"), this, done); });
        QCOMPARE(r.status, SecretStatus::Ok);
        r = waitResult([&](auto done) { m_keychain.read(key("sk"), this, done); });
        QCOMPARE(r.status, SecretStatus::NotFound); // a normal answer, not an error
        QVERIFY(!r.isError());
        QVERIFY(r.value.isEmpty());
        r = waitResult([&](auto done) { m_keychain.remove(key("sk"), this, done); });
        QVERIFY(!r.isError());
    }

    void queuedJobsRunInOrder() {
        // Many jobs at once, some enqueued from callbacks: all finish, in request order.
        constexpr int kCount = 20;
        QStringList order;
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < kCount; ++i) {
            const QString k = key("q") + QString::number(i);
            m_keychain.write(k, QByteArray::number(i) + kRun, this, [this, &order, k, i](SecretResult w) {
                order << QStringLiteral("w%1:%2").arg(i).arg(int(w.status));
                m_keychain.remove(k, this, [&order, i](SecretResult d) {
                    order << QStringLiteral("d%1:%2").arg(i).arg(int(d.status));
                });
            });
        }
        QVERIFY(QTest::qWaitFor([&] { return order.size() == 2 * kCount; }, 60000));
        qInfo("%d keychain writes + %d deletes took %lld ms", kCount, kCount, timer.elapsed());
        for (int i = 0; i < kCount; ++i) {
            QCOMPARE(order.at(i), QStringLiteral("w%1:0").arg(i));
            QCOMPARE(order.at(kCount + i), QStringLiteral("d%1:0").arg(i));
        }
        QCOMPARE(m_keychain.pendingCount(), 0);
    }

    void profileRoundTripRenameDelete() {
        QSettings settings(m_dir.filePath(QStringLiteral("profiles.ini")), QSettings::IniFormat);
        ProfileStore store(&settings, &m_keychain);
        Profile p;
        p.name = m_prefix + QStringLiteral(" prod");
        p.authKind = AuthKind::TemporaryAkSk;
        p.region = QStringLiteral("cn-north-4");
        p.resolveProjectId = true;
        QCOMPARE(store.save(p), QStringList());
        Secrets secrets;
        secrets.set(SecretKind::AccessKey, kAk);
        secrets.set(SecretKind::SecretKey, kSk);
        secrets.set(SecretKind::SecurityToken, kToken);
        auto r =
            wait([&](auto done) { store.saveSecrets(p.name, secrets, SecretStorage::Keychain, this, done); });
        QVERIFY2(r.ok, qPrintable(r.message));

        const QString renamed = m_prefix + QStringLiteral(" renamed");
        r = wait([&](auto done) { store.rename(p.name, renamed, this, done); });
        QVERIFY2(r.ok, qPrintable(r.message));
        // The keychain itself, not the store: the new keys exist and the old ones are gone.
        for (auto kind : {SecretKind::AccessKey, SecretKind::SecretKey, SecretKind::SecurityToken}) {
            const SecretResult moved =
                waitResult([&](auto done) { m_keychain.read(secretKey(renamed, kind), this, done); });
            QCOMPARE(moved.status, SecretStatus::Ok);
            QCOMPARE(moved.value, secrets.value(kind));
            const SecretResult old =
                waitResult([&](auto done) { m_keychain.read(secretKey(p.name, kind), this, done); });
            QCOMPARE(old.status, SecretStatus::NotFound);
        }
        std::optional<Secrets> loaded;
        store.loadSecrets(renamed, this, [&](Secrets s, OperationResult) { loaded = s; });
        QVERIFY(QTest::qWaitFor([&] { return loaded.has_value(); }, 20000));
        QCOMPARE(loaded->value(SecretKind::SecretKey), kSk);

        settings.sync();
        for (const QByteArray& secret : {kAk, kSk, kToken}) {
            const QStringList hits = filesContaining(m_dir.path(), secret);
            QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char(' '))));
        }
        // No plain-text copy anywhere in HOME either (an insecure fallback would write a settings
        // file there). The keyring's own file is encrypted, so it does not match either.
        if (QDir::homePath() != QDir::rootPath()) {
            const QStringList hits = filesContaining(QDir::homePath(), kSk);
            QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char(' '))));
        }

        r = wait([&](auto done) { store.remove(renamed, this, done); });
        QVERIFY2(r.ok, qPrintable(r.message));
        QVERIFY(store.names().isEmpty());
        for (auto kind : kAllSecretKinds) {
            const SecretResult gone =
                waitResult([&](auto done) { m_keychain.read(secretKey(renamed, kind), this, done); });
            QCOMPARE(gone.status, SecretStatus::NotFound);
        }
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
