// Real unavailable keychains, each in a child process with its own D-Bus session and HOME:
// a locked keyring (gnome-keyring running, never unlocked) and a bus without any Secret Service.
// The child (this binary with --child) writes one secret and prints only the outcome.
#include "models/credentials/KeychainSecretStore.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace dbss::credentials;

namespace {
const QByteArray kSecret = "SkUnavailableKeychain000000000000000001";

int runChild(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    KeychainSecretStore keychain;
    std::optional<SecretResult> result;
    keychain.write(QStringLiteral("unavailable/sk"), kSecret, &app, [&](SecretResult r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 30000)) {
        std::puts("status=timeout");
        return 1;
    }
    std::printf("status=%d\nmessage=%s\n", int(result->status), qPrintable(result->userMessage()));
    return 0;
}

struct ChildOutcome {
    int status = -1;
    QString message;
    QString raw;
};
} // namespace

class TestKeychainUnavailable : public QObject {
    Q_OBJECT

    ChildOutcome runInSession(const QStringList& dbusArgs, const QString& shellPrefix, QTemporaryDir& home) {
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), home.path());
        for (const char* var : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "DISPLAY",
                                "WAYLAND_DISPLAY", "DBUS_SESSION_BUS_ADDRESS"})
            env.remove(QString::fromLatin1(var));
        // Its own runtime dir: otherwise gnome-keyring-daemon --start finds the test script's daemon
        // (its control socket lives there) and attaches to it instead of serving the child's bus.
        const QString runtime = home.filePath(QStringLiteral("run"));
        QDir().mkpath(runtime);
        QFile::setPermissions(runtime,
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime);
        child.setProcessEnvironment(env);
        const QString self = QCoreApplication::applicationFilePath();
        child.start(QStringLiteral("dbus-run-session"),
                    dbusArgs + QStringList{QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"),
                                           shellPrefix + QStringLiteral(" exec \"$0\" --child"), self});
        ChildOutcome outcome;
        if (!child.waitForFinished(60000)) {
            child.kill();
            child.waitForFinished();
            return outcome;
        }
        outcome.raw = QString::fromUtf8(child.readAllStandardOutput());
        for (const QString& line : outcome.raw.split(QLatin1Char('\n'))) {
            if (line.startsWith(QLatin1String("status=")))
                outcome.status = line.mid(7).toInt();
            else if (line.startsWith(QLatin1String("message=")))
                outcome.message = line.mid(8);
        }
        return outcome;
    }

    static QStringList filesContaining(const QString& root, const QByteArray& needle) {
        QStringList hits;
        QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
                hits << file.fileName();
        }
        return hits;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("dbus-run-session")).isEmpty(),
                 "dbus-run-session is needed (package dbus)");
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("gnome-keyring-daemon")).isEmpty(),
                 "gnome-keyring-daemon is needed (package gnome-keyring)");
    }

    void lockedKeyring() {
        QTemporaryDir home;
        QVERIFY(home.isValid());
        // Started but never unlocked: the unlock prompt cannot be shown without a display.
        // Wait (up to 10 s) until the daemon owns the Secret Service name: on a loaded machine the
        // child could otherwise ask before it is there and see "no Secret Service" instead.
        const ChildOutcome outcome = runInSession(
            {},
            QStringLiteral("gnome-keyring-daemon --start --components=secrets >/dev/null; i=0; "
                           "while [ $i -lt 100 ] && ! dbus-send --session --print-reply "
                           "--dest=org.freedesktop.DBus /org/freedesktop/DBus "
                           "org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null "
                           "| grep -q true; do sleep 0.1; i=$((i+1)); done;"),
            home);
        QVERIFY2(outcome.status == int(SecretStatus::Locked), qPrintable(outcome.raw));
        QVERIFY2(outcome.message.contains(QLatin1String("locked")), qPrintable(outcome.message));
        QVERIFY(!outcome.raw.contains(QString::fromLatin1(kSecret)));
        const QStringList hits = filesContaining(home.path(), kSecret);
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char(' '))));
    }

    void noSecretService() {
        QTemporaryDir home;
        QVERIFY(home.isValid());
        // A session bus with no service directories: nothing can provide org.freedesktop.secrets.
        const QString config = home.filePath(QStringLiteral("bus.conf"));
        QFile file(config);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\"\n"
                   " \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
                   "<busconfig><type>session</type><listen>unix:tmpdir=/tmp</listen>\n"
                   "<policy context=\"default\"><allow send_destination=\"*\" eavesdrop=\"true\"/>"
                   "<allow eavesdrop=\"true\"/><allow own=\"*\"/></policy></busconfig>\n");
        file.close();
        const ChildOutcome outcome =
            runInSession({QStringLiteral("--config-file=") + config}, QStringLiteral(":;"), home);
        QVERIFY2(outcome.status == int(SecretStatus::NoSecretService), qPrintable(outcome.raw));
        QVERIFY2(outcome.message.contains(QLatin1String("no Secret Service")), qPrintable(outcome.message));
        const QStringList hits = filesContaining(home.path(), kSecret);
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char(' '))));
    }
};

int main(int argc, char** argv) {
    if (argc > 1 && qstrcmp(argv[1], "--child") == 0)
        return runChild(1, argv);
    QCoreApplication app(argc, argv);
    TestKeychainUnavailable test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_keychain_unavailable.moc"
