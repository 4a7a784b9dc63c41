// dbssctl behind a company network: an explicit --proxy, the HTTP(S)_PROXY variables, and a
// TLS-inspecting gateway's CA given with --ca-file (verification stays on). The proxy is a tiny
// loopback proxy in this process (tests/common/TestProxy); host names it is asked for end on
// 127.0.0.1, so the ".invalid" names below are never resolved by anyone.
#include "tests/common/SandboxProcess.h"
#include "tests/common/TestProxy.h"
#include "tests/e2e/CtlRunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>

using namespace dbss::test;

class TestProxy_ : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    static QStringList credentials(const SandboxProcess& sb, const QString& endpoint) {
        return {QStringLiteral("--endpoint"), endpoint, QStringLiteral("--ak"),         sb.ak(),
                QStringLiteral("--sk"),       sb.sk(),  QStringLiteral("--project-id"), sb.projectId()};
    }
    static int instanceCount(const CtlResult& r) {
        return int(QJsonDocument::fromJson(r.out).array().size());
    }
    static bool sawLine(const TestProxy& proxy, const QString& start) {
        for (const QString& line : proxy.requestLines())
            if (line.startsWith(start))
                return true;
        return false;
    }
    // Starts dbss-sandbox --tls and keeps its certificate in a file (--tls-cert-out).
    bool startTls(SandboxProcess& sb, const QString& pem) {
        QString error;
        if (!sb.start(&error)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        return QFile::exists(pem);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void explicitProxyForPlainHttp() {
        SandboxProcess sb;
        QString error;
        QVERIFY2(sb.start(&error), qPrintable(error));
        TestProxy proxy;
        QVERIFY(proxy.start());
        const CtlResult r =
            runCtl(credentials(sb, sb.url().toString()) +
                   QStringList{QStringLiteral("--proxy"), proxy.url(), QStringLiteral("instances"),
                               QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(instanceCount(r) > 0);
        // Loopback is never proxied by the system settings; the explicit proxy is used all the same.
        QVERIFY2(sawLine(proxy, QStringLiteral("GET %1/v1/").arg(sb.url().toString())),
                 qPrintable(proxy.requestLines().join(QLatin1Char('\n'))));
    }

    void environmentProxyForPlainHttp() {
        SandboxProcess sb;
        QString error;
        QVERIFY2(sb.start(&error), qPrintable(error));
        TestProxy proxy;
        QVERIFY(proxy.start());
        QProcessEnvironment env = cleanEnvironment();
        env.insert(QStringLiteral("HTTP_PROXY"), proxy.url());
        env.remove(QStringLiteral("http_proxy"));
        env.remove(QStringLiteral("NO_PROXY"));
        env.remove(QStringLiteral("no_proxy"));
        const QString endpoint = QStringLiteral("http://dbss-sandbox.invalid:%1").arg(sb.url().port());
        const CtlResult r =
            runCtl(credentials(sb, endpoint) + QStringList{QStringLiteral("instances"),
                                                           QStringLiteral("list"), QStringLiteral("--json")},
                   {}, env);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(instanceCount(r) > 0);
        QVERIFY(sawLine(proxy, QStringLiteral("GET %1/v1/").arg(endpoint)));
    }

    void caFileTrustsTheGateway() {
        const QString pem = m_dir.filePath(QStringLiteral("sandbox-ca.pem"));
        SandboxProcess sb({QStringLiteral("--tls"), QStringLiteral("--tls-cert-out"), pem});
        QVERIFY(startTls(sb, pem));
        QCOMPARE(QSslCertificate::fromPath(pem).size(), 1);
        const QStringList list{QStringLiteral("instances"), QStringLiteral("list"), QStringLiteral("--json")};

        // Without the CA the self-signed certificate is refused (exit 4, TLS).
        const CtlResult refused = runCtl(credentials(sb, sb.url().toString()) + list);
        QCOMPARE(refused.exitCode, 4);

        const CtlResult direct = runCtl(credentials(sb, sb.url().toString()) +
                                        QStringList{QStringLiteral("--ca-file"), pem} + list);
        QVERIFY2(direct.exitCode == 0, direct.err.constData());
        QVERIFY(instanceCount(direct) > 0);

        // Through the proxy: a CONNECT tunnel, the certificate still verified end to end.
        TestProxy proxy;
        QVERIFY(proxy.start());
        const CtlResult tunnelled = runCtl(
            credentials(sb, sb.url().toString()) +
            QStringList{QStringLiteral("--ca-file"), pem, QStringLiteral("--proxy"), proxy.url()} + list);
        QVERIFY2(tunnelled.exitCode == 0, tunnelled.err.constData());
        QVERIFY(sawLine(proxy, QStringLiteral("CONNECT 127.0.0.1:%1 ").arg(sb.url().port())));
    }

    // HTTPS_PROXY: the host name goes to the proxy in CONNECT; the sandbox's certificate is
    // accepted by its pinned fingerprint (it is issued for 127.0.0.1/localhost only).
    void environmentHttpsProxy() {
        const QString pem = m_dir.filePath(QStringLiteral("sandbox-pin.pem"));
        SandboxProcess sb({QStringLiteral("--tls"), QStringLiteral("--tls-cert-out"), pem});
        QVERIFY(startTls(sb, pem));
        const QSslCertificate cert = QSslCertificate::fromPath(pem).value(0);
        const QString pin = QString::fromLatin1(cert.digest(QCryptographicHash::Sha256).toHex());
        TestProxy proxy;
        QVERIFY(proxy.start());
        QProcessEnvironment env = cleanEnvironment();
        env.insert(QStringLiteral("HTTPS_PROXY"), proxy.url());
        env.remove(QStringLiteral("https_proxy"));
        env.remove(QStringLiteral("NO_PROXY"));
        env.remove(QStringLiteral("no_proxy"));
        const QString endpoint = QStringLiteral("https://dbss-sandbox.invalid:%1").arg(sb.url().port());
        const CtlResult r =
            runCtl(credentials(sb, endpoint) + QStringList{QStringLiteral("--pin-cert"), pin,
                                                           QStringLiteral("instances"),
                                                           QStringLiteral("list"), QStringLiteral("--json")},
                   {}, env);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(instanceCount(r) > 0);
        QVERIFY(sawLine(proxy, QStringLiteral("CONNECT dbss-sandbox.invalid:%1 ").arg(sb.url().port())));
    }

    // The explicit proxy is really used: when it is down, nothing goes around it.
    void proxyDownIsANetworkError() {
        SandboxProcess sb;
        QString error;
        QVERIFY2(sb.start(&error), qPrintable(error));
        quint16 closedPort = 0;
        {
            TestProxy gone;
            QVERIFY(gone.start());
            closedPort = gone.port();
        }
        const CtlResult r = runCtl(credentials(sb, sb.url().toString()) +
                                   QStringList{QStringLiteral("--proxy"),
                                               QStringLiteral("http://127.0.0.1:%1").arg(closedPort),
                                               QStringLiteral("--timeout"), QStringLiteral("5"),
                                               QStringLiteral("instances"), QStringLiteral("list")});
        QCOMPARE(r.exitCode, 4);
    }

    void badOptionsAreUsageErrors() {
        const QStringList list{QStringLiteral("--endpoint"),   QStringLiteral("http://127.0.0.1:9"),
                               QStringLiteral("--ak"),         QStringLiteral("A"),
                               QStringLiteral("--sk"),         QStringLiteral("S"),
                               QStringLiteral("--project-id"), QStringLiteral("p"),
                               QStringLiteral("instances"),    QStringLiteral("list")};
        CtlResult r = runCtl(list + QStringList{QStringLiteral("--proxy"), QStringLiteral("ftp://proxy:21")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--proxy"), r.err.constData());
        r = runCtl(list + QStringList{QStringLiteral("--proxy"), QStringLiteral("http://u:secret@proxy:1")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!r.err.contains("secret"));
        const QString missing = m_dir.filePath(QStringLiteral("nope.pem"));
        r = runCtl(list + QStringList{QStringLiteral("--ca-file"), missing});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(missing.toUtf8()), r.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestProxy_)
#include "tst_proxy.moc"
