// The dbss-console binary itself: command line, and a real start on the embedded sandbox.
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

class TestConsole : public QObject {
    Q_OBJECT
    QString m_bin;
    QTemporaryDir m_home;

    QProcessEnvironment env() const
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        e.insert(QStringLiteral("HOME"), m_home.path());
        e.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.path() + QStringLiteral("/.config"));
        return e;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_bin = qEnvironmentVariable("DBSS_CONSOLE_BIN");
        QVERIFY2(!m_bin.isEmpty(), "DBSS_CONSOLE_BIN is set by ctest");
        QVERIFY(m_home.isValid());
    }
    void helpAndVersion()
    {
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
    void startsOnTheSandboxAndStaysUp()
    {
        QProcess p;
        p.setProcessEnvironment(env());
        p.start(m_bin, {QStringLiteral("--sandbox")});
        QVERIFY(p.waitForStarted(5000));
        QVERIFY2(!p.waitForFinished(4000), p.readAllStandardError().constData()); // still running: it opened
        p.terminate();
        QVERIFY(p.waitForFinished(5000));
        const QByteArray err = p.readAllStandardError();
        QVERIFY2(!err.contains("QAbstractItemModelTester") && !err.contains("ASSERT"), err.constData());
        // The layout was saved on close, and no secret went to the settings file.
        QFile settings(m_home.path() + QStringLiteral("/.config/dbss-console/dbss-console.conf"));
        QVERIFY2(settings.open(QIODevice::ReadOnly), "settings written on close");
        const QByteArray text = settings.readAll();
        QVERIFY(text.contains("MainWindow"));
        QVERIFY(!text.contains("DbssSandboxDemoSecretKey")); // the sandbox's demo SK
    }
};

QTEST_GUILESS_MAIN(TestConsole)
#include "tst_console.moc"
