// The dbss-console binary itself: command line, and a real start on the embedded sandbox.
#include <QDirIterator>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

class TestConsole : public QObject {
    Q_OBJECT
    QString m_bin;
    QTemporaryDir m_home;

    QProcessEnvironment env() const {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        e.insert(QStringLiteral("HOME"), m_home.path());
        e.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.path() + QStringLiteral("/.config"));
        e.insert(QStringLiteral("XDG_DATA_HOME"), m_home.path() + QStringLiteral("/.local/share"));
        return e;
    }

private Q_SLOTS:
    void initTestCase() {
        m_bin = qEnvironmentVariable("DBSS_CONSOLE_BIN");
        QVERIFY2(!m_bin.isEmpty(), "DBSS_CONSOLE_BIN is set by ctest");
        QVERIFY(m_home.isValid());
    }
    void helpAndVersion() {
        QProcess p;
        p.setProcessEnvironment(env());
        p.start(m_bin, {QStringLiteral("--help")});
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 0);
        const QByteArray help = p.readAllStandardOutput();
        QVERIFY(help.contains("--sandbox"));
        QVERIFY(help.contains("--lang"));
        p.start(m_bin, {QStringLiteral("--version")});
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(p.readAllStandardOutput().startsWith("dbss-console "));
        p.start(m_bin, {QStringLiteral("--no-such-option")});
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 2);
    }
    void helpNeedsNoDisplay() {
        // Over ssh there is no display: --help and --version still answer (QApplication would abort).
        QProcessEnvironment e = env();
        e.remove(QStringLiteral("DISPLAY"));
        e.remove(QStringLiteral("WAYLAND_DISPLAY"));
        e.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
        QProcess p;
        p.setProcessEnvironment(e);
        p.start(m_bin, {QStringLiteral("--help")});
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(p.readAllStandardOutput().contains("--sandbox"));
        p.start(m_bin, {QStringLiteral("--version")});
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 0);
    }

    void startsOnTheSandboxAndStaysUp() {
        QProcess p;
        p.setProcessEnvironment(env());
        p.start(m_bin, {QStringLiteral("--sandbox")});
        QVERIFY(p.waitForStarted(5000));
        QVERIFY2(!p.waitForFinished(4000), p.readAllStandardError().constData()); // still running: it opened
        p.terminate();
        QVERIFY(p.waitForFinished(5000));
        const QByteArray err = p.readAllStandardError();
        QVERIFY2(!err.contains("QAbstractItemModelTester") && !err.contains("ASSERT"), err.constData());
        // The layout was saved on close and the Sandbox profile exists, without its keys.
        QFile settings(m_home.path() + QStringLiteral("/.config/dbss-console/dbss-console.conf"));
        QVERIFY2(settings.open(QIODevice::ReadOnly), "settings written on close");
        QVERIFY(settings.readAll().contains("MainWindow"));
        QFile profiles(m_home.path() + QStringLiteral("/.config/dbss-console/profiles.ini"));
        QVERIFY2(profiles.open(QIODevice::ReadOnly), "the sandbox profile is saved like any other");
        QVERIFY(profiles.readAll().contains("Sandbox"));
        // The embedded sandbox keeps its state in the app's data folder (kept across starts).
        QVERIFY(
            QFile::exists(m_home.path() + QStringLiteral("/.local/share/dbss-console/sandbox-state.json")));
        // No file under this session's HOME holds the sandbox's demo keys (the keyring lives
        // elsewhere: the test script's own HOME).
        const QByteArray sk = "DbssSandboxDemoSecretKey0000000000000001";
        const QByteArray ak = "DBSSDEMOAK0000000001";
        QDirIterator it(m_home.path(), QDir::Files | QDir::Hidden | QDir::System,
                        QDirIterator::Subdirectories);
        int scanned = 0;
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            QVERIFY2(!bytes.contains(sk) && !bytes.contains(sk.toBase64()) && !bytes.contains(ak),
                     qPrintable(f.fileName()));
            ++scanned;
        }
        QVERIFY(scanned >= 2);
    }
};

QTEST_GUILESS_MAIN(TestConsole)
#include "tst_console.moc"
