// The dbss-sandbox command line (a contract: sandbox/README.md).
#include "tests/common/SandboxFixture.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

class TestCli : public QObject {
    Q_OBJECT
private:
    static QString bin() { return qEnvironmentVariable("DBSS_SANDBOX_BIN"); }

    static int run(const QStringList& args, QByteArray* out, QByteArray* err) {
        QProcess p;
        p.start(bin(), args);
        if (!p.waitForFinished(10000)) {
            p.kill();
            p.waitForFinished();
            return -1;
        }
        *out = p.readAllStandardOutput();
        *err = p.readAllStandardError();
        return p.exitCode();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(!bin().isEmpty(), "DBSS_SANDBOX_BIN is not set (run through ctest)"); }

    void firstLineAndKeys() {
        QProcess p;
        p.start(bin(), {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
        QVERIFY(p.waitForStarted());
        QByteArray text;
        while (text.count('\n') < 3 && p.waitForReadyRead(5000))
            text += p.readAllStandardOutput();
        p.terminate();
        p.waitForFinished(3000);
        const QList<QByteArray> lines = text.split('\n');
        QVERIFY2(QRegularExpression(QStringLiteral("^listening on http://127\\.0\\.0\\.1:[1-9][0-9]*$"))
                     .match(QString::fromUtf8(lines.at(0)))
                     .hasMatch(),
                 lines.at(0).constData());
        // Default demo keys, printed after the first line.
        QVERIFY(text.contains("ak: DBSSDEMOAK0000000001"));
        QVERIFY(text.contains("sk: DbssSandboxDemoSecretKey0000000000000001"));
        QVERIFY(text.contains("project id: 5f0c2a8e4b1d4e7a9c3f6b2d8e1a7c40"));
    }

    void usageErrors_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("remote without flag")
            << QStringList{"--listen", "0.0.0.0:0"} << QByteArray("--allow-remote");
        QTest::newRow("bad listen") << QStringList{"--listen", "localhost"} << QByteArray("HOST:PORT");
        QTest::newRow("bad port") << QStringList{"--listen", "127.0.0.1:70000"} << QByteArray("HOST:PORT");
        QTest::newRow("ak alone") << QStringList{"--ak", "X"} << QByteArray("--sk");
        QTest::newRow("unknown") << QStringList{"--frobnicate"} << QByteArray("unknown option");
        QTest::newRow("fail rate") << QStringList{"--fail-rate", "2"} << QByteArray("probability");
        QTest::newRow("seed") << QStringList{"--seed", "-1"} << QByteArray("--seed");
        QTest::newRow("missing value") << QStringList{"--region"} << QByteArray("needs a value");
        QTest::newRow("sk twice") << QStringList{"--ak", "A", "--sk", "S", "--sk-stdin"}
                                  << QByteArray("exclude each other");
        QTest::newRow("idle timeout") << QStringList{"--idle-timeout", "0"} << QByteArray("--idle-timeout");
    }

    void usageErrors() {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, message);
        QByteArray out;
        QByteArray err;
        QCOMPARE(run(args, &out, &err), 2);
        QVERIFY2(err.contains(message), err.constData());
        QVERIFY(out.isEmpty());
    }

    // The SK from the environment or stdin: it works, and neither /proc/PID/cmdline nor stdout
    // shows it. Given with --sk (the contract), it is blanked in cmdline once parsed.
    void secretsStayOutOfTheProcessList_data() {
        QTest::addColumn<QString>("how");
        QTest::newRow("environment") << QStringLiteral("env");
        QTest::newRow("stdin") << QStringLiteral("stdin");
        QTest::newRow("command line") << QStringLiteral("arg");
    }

    void secretsStayOutOfTheProcessList() {
        QFETCH(QString, how);
        const QString sk = QStringLiteral("EnvSecretKey00000000000000000000000000001");
        const QString password = QStringLiteral("Pw-from-%1").arg(how);
        QStringList args{QStringLiteral("--ak"), QStringLiteral("ENVAK000000000000001")};
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        if (how == QLatin1String("env")) {
            env.insert(QStringLiteral("DBSS_SANDBOX_SK"), sk);
            env.insert(QStringLiteral("DBSS_SANDBOX_IAM_PASSWORD"), password);
        } else if (how == QLatin1String("stdin")) {
            args << QStringLiteral("--sk-stdin") << QStringLiteral("--iam-password-stdin");
        } else {
            args << QStringLiteral("--sk") << sk << QStringLiteral("--iam-password") << password;
        }
        dbss::test::SandboxFixture sb(args);
        sb.process.process().setProcessEnvironment(env);
        if (how == QLatin1String("stdin")) {
            sb.process.process().setInputChannelMode(QProcess::ManagedInputChannel);
            QObject::connect(&sb.process.process(), &QProcess::started, &sb.process.process(),
                             [&] { sb.process.process().write((sk + u'\n' + password + u'\n').toUtf8()); });
        }
        QString error;
        QVERIFY2(sb.start(&error), qPrintable(error));
        // Requests signed with that SK are accepted ...
        dbss::test::SandboxTestClient client(sb.process.url(), QStringLiteral("ENVAK000000000000001"), sk);
        QCOMPARE(client.get(sb.v1(QStringLiteral("/dbss/audit/instances"))).status, 200);
        // ... and so is the password (IAM token).
        const QJsonObject auth{
            {QStringLiteral("auth"),
             QJsonObject{
                 {QStringLiteral("identity"),
                  QJsonObject{{QStringLiteral("methods"), QJsonArray{QStringLiteral("password")}},
                              {QStringLiteral("password"),
                               QJsonObject{{QStringLiteral("user"),
                                            QJsonObject{{QStringLiteral("name"), QStringLiteral("demo")},
                                                        {QStringLiteral("password"), password},
                                                        {QStringLiteral("domain"),
                                                         QJsonObject{{QStringLiteral("name"),
                                                                      QStringLiteral("demo-account")}}}}}}}}},
                 {QStringLiteral("scope"),
                  QJsonObject{
                      {QStringLiteral("project"), QJsonObject{{QStringLiteral("id"), sb.project()}}}}}}}};
        QCOMPARE(client
                     .sendRaw("POST", QStringLiteral("/v3/auth/tokens"),
                              QJsonDocument(auth).toJson(QJsonDocument::Compact),
                              {{"Content-Type", "application/json;charset=UTF-8"}})
                     .status,
                 201);
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(sb.process.process().processId()));
        QVERIFY(cmdline.open(QIODevice::ReadOnly));
        const QByteArray shown = cmdline.readAll();
        QVERIFY(shown.contains("ENVAK000000000000001"));
        QVERIFY2(!shown.contains(sk.toUtf8()) && !shown.contains(password.toUtf8()), shown.constData());
        if (how != QLatin1String("arg")) {
            QByteArray out;
            while (!out.contains("password:") && sb.process.process().waitForReadyRead(3000))
                out += sb.process.process().readAllStandardOutput();
            out += sb.process.process().readAllStandardOutput();
            QVERIFY2(!out.contains(sk.toUtf8()) && !out.contains(password.toUtf8()), out.constData());
        }
    }

    void help() {
        QByteArray out;
        QByteArray err;
        QCOMPARE(run({QStringLiteral("--help")}, &out, &err), 0);
        QVERIFY(out.contains("--listen HOST:PORT"));
    }

    void portInUse() {
        QProcess first;
        first.start(bin(), {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
        QVERIFY(first.waitForReadyRead(5000));
        const QByteArray line = first.readLine().trimmed();
        const QString port = QString::fromUtf8(line.mid(line.lastIndexOf(':') + 1));
        QByteArray out;
        QByteArray err;
        QCOMPARE(run({QStringLiteral("--listen"), QStringLiteral("127.0.0.1:") + port}, &out, &err), 1);
        QVERIFY2(err.contains("cannot listen"), err.constData());
        first.terminate();
        first.waitForFinished(3000);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
