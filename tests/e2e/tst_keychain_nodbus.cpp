// With no D-Bus session the keychain fails with a clear cause, and the secret is written nowhere.
// The environment is cut off before QtKeychain is first used, so this process never had a bus.
#include "models/credentials/KeychainSecretStore.h"
#include "models/credentials/MemorySecretStore.h"
#include "models/credentials/ProfileStore.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace dbss::credentials;

namespace {
const QByteArray kAk = "AKNODBUS000000000001";
const QByteArray kSk = "SkNoDbusMustNotLandAnywhere0000000000001";

QStringList filesContaining(const QString& root, const QByteArray& needle, int* scanned) {
    QStringList hits;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        ++*scanned;
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            hits << file.fileName();
    }
    return hits;
}
} // namespace

class TestKeychainNoDbus : public QObject {
    Q_OBJECT

    QTemporaryDir m_root;

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_root.isValid());
        // No bus address, no X11/Wayland display to autolaunch one, no runtime dir with a "bus" socket.
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        qunsetenv("DISPLAY");
        qunsetenv("WAYLAND_DISPLAY");
        for (const char* var :
             {"HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_RUNTIME_DIR"}) {
            const QString dir = m_root.filePath(QString::fromLatin1(var).toLower());
            QVERIFY(QDir().mkpath(dir));
            qputenv(var, QFile::encodeName(dir));
        }
        QFile::setPermissions(m_root.filePath(QStringLiteral("xdg_runtime_dir")),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QCoreApplication::setOrganizationName(QStringLiteral("dbss-console-test"));
        QCoreApplication::setApplicationName(QStringLiteral("nodbus"));
    }

    void rawStoreReportsNoSessionBus() {
        KeychainSecretStore keychain;
        std::optional<SecretResult> result;
        keychain.write(QStringLiteral("nodbus/sk"), kSk, this, [&](SecretResult r) { result = r; });
        QVERIFY(QTest::qWaitFor([&] { return result.has_value(); }, 20000));
        QCOMPARE(result->status, SecretStatus::NoSessionBus);
        QVERIFY(result->isError());
        const QString message = result->userMessage();
        QVERIFY2(message.contains(QLatin1String("no D-Bus session bus")), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("Keep for this session only")), qPrintable(message));
        QVERIFY(!message.contains(QString::fromLatin1(kSk)));

        // Reading is the same cause, not "not found".
        result.reset();
        keychain.read(QStringLiteral("nodbus/sk"), this, [&](SecretResult r) { result = r; });
        QVERIFY(QTest::qWaitFor([&] { return result.has_value(); }, 20000));
        QCOMPARE(result->status, SecretStatus::NoSessionBus);
    }

    void profileSecretsAreWrittenNowhere() {
        KeychainSecretStore keychain;
        QSettings settings(m_root.filePath(QStringLiteral("profiles.ini")), QSettings::IniFormat);
        ProfileStore store(&settings, &keychain);
        Profile p;
        p.name = QStringLiteral("nodbus");
        p.resolveProjectId = true;
        QCOMPARE(store.save(p), QStringList());
        Secrets secrets;
        secrets.set(SecretKind::AccessKey, kAk);
        secrets.set(SecretKind::SecretKey, kSk);
        std::optional<OperationResult> result;
        store.saveSecrets(p.name, secrets, SecretStorage::Keychain, this,
                          [&](OperationResult r) { result = r; });
        QVERIFY(QTest::qWaitFor([&] { return result.has_value(); }, 20000));
        QVERIFY(!result->ok);
        QCOMPARE(result->status, SecretStatus::NoSessionBus);
        QVERIFY2(result->message.contains(QLatin1String("D-Bus")), qPrintable(result->message));
        QVERIFY(store.sessionStore()->keys().isEmpty()); // no silent switch to memory either
        settings.sync();

        int scanned = 0;
        for (const QByteArray& secret : {kAk, kSk}) {
            const QStringList hits = filesContaining(m_root.path(), secret, &scanned);
            QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char(' '))));
        }
        QVERIFY(scanned > 0); // the settings file at least was scanned
    }
};

QTEST_GUILESS_MAIN(TestKeychainNoDbus)
#include "tst_keychain_nodbus.moc"
