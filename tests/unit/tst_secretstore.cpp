// The secret store contract on MemorySecretStore, keychain error classification, buffer wiping.
#include "models/credentials/KeychainErrors.h"
#include "models/credentials/MemorySecretStore.h"
#include "models/credentials/Secrets.h"

#include <QTest>

#include <qt6keychain/keychain.h>

using namespace dbss::credentials;

class TestSecretStore : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void memoryStoreAnswersLaterAndInOrder() {
        MemorySecretStore store;
        QStringList events;
        store.write(QStringLiteral("p/sk"), "one", this,
                    [&](SecretResult r) { events << QStringLiteral("write:%1").arg(int(r.status)); });
        store.read(QStringLiteral("p/sk"), this,
                   [&](SecretResult r) { events << QStringLiteral("read:") + QString::fromLatin1(r.value); });
        store.remove(QStringLiteral("p/sk"), this,
                     [&](SecretResult r) { events << QStringLiteral("remove:%1").arg(int(r.status)); });
        store.read(QStringLiteral("p/sk"), this, [&](SecretResult r) {
            events << QStringLiteral("read-missing:%1:%2").arg(int(r.status)).arg(r.isError());
        });
        QVERIFY(events.isEmpty()); // never answered inside the call
        QTRY_COMPARE(events.size(), 4);
        QCOMPARE(events, (QStringList{QStringLiteral("write:0"), QStringLiteral("read:one"),
                                      QStringLiteral("remove:0"),
                                      QStringLiteral("read-missing:%1:0").arg(int(SecretStatus::NotFound))}));
    }

    void storeKeepsItsOwnCopy() {
        MemorySecretStore store;
        QByteArray buffer("secret-value");
        store.write(QStringLiteral("k"), buffer, this, [](SecretResult) {});
        wipe(buffer);
        QByteArray read;
        store.read(QStringLiteral("k"), this, [&](SecretResult r) { read = r.value; });
        QTRY_COMPARE(read, QByteArray("secret-value"));
    }

    void wipeZeroesOwnedBuffersOnly() {
        QByteArray owned("0123456789");
        QByteArray shared = owned; // implicitly shared: wiping `owned` must not touch `shared`
        wipe(owned);
        QVERIFY(owned.isEmpty());
        QCOMPARE(shared, QByteArray("0123456789"));

        QString text = QStringLiteral("pass") + QString::number(42);
        QString sharedText = text;
        wipe(text);
        QVERIFY(text.isEmpty());
        QCOMPARE(sharedText, QStringLiteral("pass42"));
    }

    void secretsClearWipesEveryKind() {
        Secrets s;
        for (auto kind : kAllSecretKinds)
            s.set(kind, secretKindKey(kind).toLatin1());
        QVERIFY(!s.isEmpty());
        QCOMPARE(s.value(SecretKind::SecurityToken), QByteArray("token"));
        s.clear();
        QVERIFY(s.isEmpty());
    }

    void keysPerProfileAndKind() {
        QCOMPARE(secretKey(QStringLiteral("Prod 1"), SecretKind::AccessKey), QStringLiteral("Prod 1/ak"));
        QCOMPARE(secretKey(QStringLiteral("p"), SecretKind::SecretKey), QStringLiteral("p/sk"));
        QCOMPARE(secretKey(QStringLiteral("p"), SecretKind::SecurityToken), QStringLiteral("p/token"));
        QCOMPARE(secretKey(QStringLiteral("p"), SecretKind::IamPassword), QStringLiteral("p/iam-password"));
    }

    void classifyKeychainErrors_data() {
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("hasBus");
        QTest::addColumn<int>("expected");
        QTest::newRow("ok") << int(QKeychain::NoError) << QString() << true << int(SecretStatus::Ok);
        QTest::newRow("not found") << int(QKeychain::EntryNotFound) << "No match" << true
                                   << int(SecretStatus::NotFound);
        QTest::newRow("no bus (glib)")
            << int(QKeychain::OtherError) << "Cannot autolaunch D-Bus without X11 $DISPLAY" << false
            << int(SecretStatus::NoSessionBus);
        QTest::newRow("no backend, no bus")
            << int(QKeychain::NoBackendAvailable) << "" << false << int(SecretStatus::NoSessionBus);
        QTest::newRow("no backend") << int(QKeychain::NoBackendAvailable) << "" << true
                                    << int(SecretStatus::NoSecretService);
        QTest::newRow("no secret service")
            << int(QKeychain::OtherError)
            << "The name org.freedesktop.secrets was not provided by any .service files" << true
            << int(SecretStatus::NoSecretService);
        QTest::newRow("denied") << int(QKeychain::AccessDeniedByUser) << "" << true
                                << int(SecretStatus::Locked);
        QTest::newRow("locked text") << int(QKeychain::OtherError)
                                     << "Cannot create an item in a locked collection" << true
                                     << int(SecretStatus::Locked);
        QTest::newRow("no login keyring")
            << int(QKeychain::OtherError)
            << "Object does not exist at path \u201c/org/freedesktop/secrets/collection/login\u201d" << true
            << int(SecretStatus::Locked);
        QTest::newRow("other") << int(QKeychain::OtherError) << "Unknown error" << true
                               << int(SecretStatus::Failed);
    }
    void classifyKeychainErrors() {
        QFETCH(int, code);
        QFETCH(QString, text);
        QFETCH(bool, hasBus);
        QFETCH(int, expected);
        QCOMPARE(int(classifyKeychainError(code, text, hasBus)), expected);
    }

    void userMessagesNameCauseAndRemedy_data() {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("cause");
        QTest::addColumn<QString>("remedy");
        QTest::newRow("bus") << int(SecretStatus::NoSessionBus) << "D-Bus session bus"
                             << "dbus-run-session";
        QTest::newRow("service") << int(SecretStatus::NoSecretService) << "no Secret Service"
                                 << "gnome-keyring";
        QTest::newRow("locked") << int(SecretStatus::Locked) << "locked"
                                << "Unlock";
        QTest::newRow("failed") << int(SecretStatus::Failed) << "reported an error"
                                << "session only";
    }
    void userMessagesNameCauseAndRemedy() {
        QFETCH(int, status);
        QFETCH(QString, cause);
        QFETCH(QString, remedy);
        SecretResult r{SecretStatus(status), {}, QStringLiteral("backend text")};
        QVERIFY(r.isError());
        const QString message = r.userMessage();
        QVERIFY2(message.contains(cause), qPrintable(message));
        QVERIFY2(message.contains(remedy), qPrintable(message));
        QVERIFY(message.contains(QLatin1String("backend text")));
        QVERIFY((SecretResult{SecretStatus::NotFound, {}, {}}.userMessage().isEmpty()));
    }
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
