// Every read command of dbssctl against failing services (issue 19): an HTTP 500 from every call,
// a closed port, an untrusted certificate, a garbage 200 body and a redirect. Each must exit with the
// contract's code (3 API error, 4 network/TLS) and name the error on stderr — no command may print
// the error and exit 0. Also: secrets on the command line (--sk warning, --sk-stdin).

#include "CtlRunner.h"
#include "tests/common/HostileServer.h"
#include "tests/common/SandboxProcess.h"

#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

using namespace dbss::test;

namespace {

// Every command that only reads (they need a client). Instance and rule ids are arbitrary: every
// call fails before they matter.
QList<QStringList> readCommands(const QString& outDir) {
    const QString i = QStringLiteral("--instance");
    const QString id = QStringLiteral("inst-1");
    return {
        {"instances", "list"},
        {"instances", "show", id},
        {"instances", "jobs", id},
        {"account", "quota"},
        {"account", "specs"},
        {"account", "zones"},
        {"databases", "list", i, id},
        {"databases", "rds-candidates", i, id},
        {"agents", "list", i, id},
        {"rules", "scopes", "list", i, id},
        {"rules", "sql-injection", "list", i, id},
        {"rules", "risk", "list", i, id},
        {"rules", "risk", "show", i, id, "rule-1"},
        {"rules", "masks", "list", i, id},
        {"rules", "export", i, id, "--out", outDir},
        {"oplog", "list", i, id},
        {"tags", "list"},
        {"tags", "filter"},
        {"tags", "count"},
    };
}

QStringList connection(const QString& endpoint) {
    return {"--endpoint", endpoint, "--project-id", SandboxProcess::kProjectId};
}

// Credentials from the environment, as documented first (not --sk on the command line).
QProcessEnvironment credentials() {
    QProcessEnvironment env = cleanEnvironment();
    env.insert(QStringLiteral("DBSS_AK"), QLatin1String(SandboxProcess::kAk));
    env.insert(QStringLiteral("DBSS_SK"), QLatin1String(SandboxProcess::kSk));
    return env;
}

} // namespace

class TestDbssctlFailures : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    void everyReadCommand(const QString& endpoint, int expectedCode, const QByteArray& expectedText,
                          const QStringList& extra = {}) {
        for (const QStringList& command : readCommands(m_dir.filePath(QStringLiteral("export")))) {
            const CtlResult r = runCtl(connection(endpoint) + extra + command, {}, credentials());
            const QByteArray what = command.join(' ').toUtf8() + ": exit " + QByteArray::number(r.exitCode) +
                                    ", stderr: " + r.err;
            QVERIFY2(r.finished, what.constData());
            QVERIFY2(r.exitCode == expectedCode, what.constData());
            QVERIFY2(r.err.contains(expectedText), what.constData());
            QVERIFY2(r.err.startsWith("dbssctl: "), what.constData());
        }
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void http500_exit3() {
        SandboxProcess failing({"--fail-rate", "1", "--fail-status", "500"});
        QString error;
        QVERIFY2(failing.start(&error), qPrintable(error));
        everyReadCommand(failing.url().toString(), 3, "HTTP 500");
    }

    void connectionRefused_exit4() {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close(); // nothing listens there now
        everyReadCommand(QStringLiteral("http://127.0.0.1:%1").arg(port), 4, "cannot reach the service");
    }

    void untrustedCertificate_exit4() {
        SandboxProcess tls({"--tls"});
        QString error;
        QVERIFY2(tls.start(&error), qPrintable(error));
        QCOMPARE(tls.url().scheme(), QStringLiteral("https"));
        everyReadCommand(tls.url().toString(), 4, "certificate is not trusted");
    }

    void garbage200_exit3() {
        HostileServer hostile([](const HostileRequest&) {
            return HostileResponse{
                HostileServer::response(200, "<html><body>maintenance</body></html>", {}, "text/html")};
        });
        QVERIFY(hostile.listen());
        everyReadCommand(hostile.url().toString(), 3, "cannot be read");
    }

    void redirect_exit3_credentialsStayHome() {
        HostileServer catcher(
            [](const HostileRequest&) { return HostileResponse{HostileServer::response(200, "{}")}; });
        QVERIFY(catcher.listen());
        const QByteArray location = catcher.url().toEncoded() + "/elsewhere";
        HostileServer hostile([location](const HostileRequest&) {
            return HostileResponse{HostileServer::response(302, {}, {{"Location", location}})};
        });
        QVERIFY(hostile.listen());
        everyReadCommand(hostile.url().toString(), 3, location);
        // A write too: refused, not "switched OFF".
        const CtlResult w =
            runCtl(connection(hostile.url().toString()) +
                       QStringList{"rules", "risk", "switch", "--instance", "i", "--ids", "r1", "--off"},
                   {}, credentials());
        QCOMPARE(w.exitCode, 3);
        QVERIFY(!w.out.contains("switched"));
        QCOMPARE(catcher.connections(), 0);
    }

    void tooLarge_exit3_namesLimit() {
        HostileServer hostile([](const HostileRequest&) {
            return HostileResponse{
                "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n", 0, true,
                3 * 1024 * 1024};
        });
        QVERIFY(hostile.listen());
        const CtlResult r = runCtl(connection(hostile.url().toString()) +
                                       QStringList{"--max-response-mb", "1", "account", "quota"},
                                   {}, credentials());
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains("1 MiB"), r.err.constData());
    }

    void deadline_boundsTheCommand() {
        // Answers one byte every 300 ms, forever slower than the 2 s deadline of the command.
        HostileServer hostile([](const HostileRequest&) {
            return HostileResponse{HostileServer::response(200, QByteArray(600, ' ') + "{}"), 300};
        });
        QVERIFY(hostile.listen());
        const CtlResult r =
            runCtl(connection(hostile.url().toString()) + QStringList{"--deadline", "2", "account", "quota"},
                   {}, credentials(), 30000);
        QVERIFY(r.finished);
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.contains("no answer in time"), r.err.constData());
    }

    // ------------------------------------------------------------ secrets on the command line
    void skOnCommandLine_warns() {
        SandboxProcess sandbox;
        QString error;
        QVERIFY2(sandbox.start(&error), qPrintable(error));
        const QStringList conn = connection(sandbox.url().toString());

        const CtlResult onLine =
            runCtl(conn + QStringList{"--ak", sandbox.ak(), "--sk", sandbox.sk(), "account", "quota"});
        QCOMPARE(onLine.exitCode, 0);
        QVERIFY2(onLine.err.contains("warning: --sk is visible"), onLine.err.constData());
        QVERIFY(!onLine.err.contains(sandbox.sk().toUtf8()));

        const CtlResult fromEnv = runCtl(conn + QStringList{"account", "quota"}, {}, credentials());
        QCOMPARE(fromEnv.exitCode, 0);
        QVERIFY2(!fromEnv.err.contains("warning"), fromEnv.err.constData());

        const CtlResult fromStdin =
            runCtl(conn + QStringList{"--ak", sandbox.ak(), "--sk-stdin", "account", "quota"},
                   sandbox.sk().toUtf8() + "\n");
        QCOMPARE(fromStdin.exitCode, 0);
        QVERIFY2(!fromStdin.err.contains("warning"), fromStdin.err.constData());

        const CtlResult wrongStdin = runCtl(
            conn + QStringList{"--ak", sandbox.ak(), "--sk-stdin", "account", "quota"}, "not-the-secret\n");
        QCOMPARE(wrongStdin.exitCode, 3);

        QCOMPARE(
            runCtl(conn + QStringList{"--ak", "A", "--sk", "S", "--sk-stdin", "account", "quota"}).exitCode,
            2);
    }
};

QTEST_GUILESS_MAIN(TestDbssctlFailures)
#include "tst_dbssctl_failures.moc"
