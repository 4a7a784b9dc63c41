// Proxy and extra-CA settings (models/api/NetworkSetup) and their place in a profile (QSettings).
#include "models/api/NetworkSetup.h"
#include "models/credentials/Profile.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkProxyFactory>
#include <QNetworkRequest>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace dbss;

class TestNetworkSetup : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_pem; // a certificate made with the openssl tool (as dbss-sandbox --tls does)

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_pem = m_dir.filePath(QStringLiteral("gateway-ca.pem"));
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                       QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                       QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                       QStringLiteral("-keyout"), m_dir.filePath(QStringLiteral("key.pem")),
                       QStringLiteral("-out"), m_pem, QStringLiteral("-days"), QStringLiteral("2"),
                       QStringLiteral("-subj"), QStringLiteral("/CN=Test Gateway CA")});
        QVERIFY(openssl.waitForFinished(30000));
        QCOMPARE(openssl.exitCode(), 0);
    }

    void proxyUrls_data() {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<int>("type");
        QTest::addColumn<int>("port");
        QTest::newRow("http") << "http://proxy.corp.example:3128" << true << int(QNetworkProxy::HttpProxy)
                              << 3128;
        QTest::newRow("http default port")
            << "http://proxy.corp.example" << true << int(QNetworkProxy::HttpProxy) << 8080;
        QTest::newRow("socks5") << "socks5://10.0.0.1:1080" << true << int(QNetworkProxy::Socks5Proxy)
                                << 1080;
        QTest::newRow("trailing slash")
            << "http://10.0.0.1:3128/" << true << int(QNetworkProxy::HttpProxy) << 3128;
        QTest::newRow("ftp") << "ftp://proxy:21" << false << 0 << 0;
        QTest::newRow("no scheme") << "proxy.corp.example:3128" << false << 0 << 0;
        QTest::newRow("password") << "http://user:secret@proxy:3128" << false << 0 << 0;
        QTest::newRow("path") << "http://proxy:3128/pac" << false << 0 << 0;
        QTest::newRow("empty host") << "http://:3128" << false << 0 << 0;
    }
    void proxyUrls() {
        QFETCH(QString, url);
        QFETCH(bool, ok);
        QCOMPARE(api::NetworkSetup::proxyProblem(url).isEmpty(), ok);
        const auto proxy = api::NetworkSetup::proxyFromUrl(url);
        QCOMPARE(proxy.has_value(), ok);
        if (ok) {
            QFETCH(int, type);
            QFETCH(int, port);
            QCOMPARE(int(proxy->type()), type);
            QCOMPARE(int(proxy->port()), port);
        }
    }

    void passwordNeverEchoed() {
        const QString problem = api::NetworkSetup::proxyProblem(QStringLiteral("http://u:s3cret@proxy:1"));
        QVERIFY(!problem.isEmpty());
        QVERIFY(!problem.contains(QLatin1String("s3cret")));
    }

    void caFileErrorsNameTheFile() {
        QString error;
        QVERIFY(
            api::NetworkSetup::loadCaFile(m_dir.filePath(QStringLiteral("missing.pem")), &error).isEmpty());
        QVERIFY2(error.contains(QLatin1String("missing.pem")), qPrintable(error));
        const QString notPem = m_dir.filePath(QStringLiteral("not.pem"));
        QFile f(notPem);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("hello\n");
        f.close();
        error.clear();
        QVERIFY(api::NetworkSetup::loadCaFile(notPem, &error).isEmpty());
        QVERIFY2(error.contains(QLatin1String("no PEM certificate")), qPrintable(error));
        error.clear();
        QCOMPARE(api::NetworkSetup::loadCaFile(m_pem, &error).size(), 1);
        QVERIFY(error.isEmpty());
    }

    // The extra CA joins the system's CAs (it does not replace them); verification is not relaxed.
    void extraCaAddedToRequests() {
        QNetworkAccessManager manager;
        api::ClientConfig config;
        config.caFile = m_pem;
        api::NetworkSetup::apply(&manager, config);
        QVERIFY(QNetworkProxyFactory::usesSystemConfiguration());
        QNetworkRequest request(QUrl(QStringLiteral("https://dbss.cn-north-4.myhuaweicloud.com/")));
        QCOMPARE(api::NetworkSetup::prepare(&manager, request), QString());
        const QList<QSslCertificate> cas = request.sslConfiguration().caCertificates();
        QString error;
        const QSslCertificate extra = api::NetworkSetup::loadCaFile(m_pem, &error).value(0);
        QVERIFY(cas.contains(extra));
        QCOMPARE(cas.size(), QSslConfiguration::systemCaCertificates().size() + 1);
        QCOMPARE(request.sslConfiguration().peerVerifyMode(),
                 QSslConfiguration::defaultConfiguration().peerVerifyMode());
        QVERIFY(request.sslConfiguration().peerVerifyMode() != QSslSocket::VerifyNone);
    }

    void proxyOverrideSetOnManager() {
        QNetworkAccessManager manager;
        api::ClientConfig config;
        config.proxy = QStringLiteral("http://127.0.0.1:3128");
        api::NetworkSetup::apply(&manager, config);
        QCOMPARE(manager.proxy().type(), QNetworkProxy::HttpProxy);
        QCOMPARE(manager.proxy().hostName(), QStringLiteral("127.0.0.1"));
        QCOMPARE(manager.proxy().port(), quint16(3128));

        QNetworkAccessManager plain; // no override: the system configuration decides
        api::NetworkSetup::apply(&plain, api::ClientConfig{});
        QCOMPARE(plain.proxy().type(), QNetworkProxy::DefaultProxy);
    }

    // A CA file that vanished after the profile was saved: requests fail with the reason.
    void unreadableCaFailsRequests() {
        QNetworkAccessManager manager;
        api::ClientConfig config;
        config.caFile = m_dir.filePath(QStringLiteral("gone.pem"));
        api::NetworkSetup::apply(&manager, config);
        QNetworkRequest request(QUrl(QStringLiteral("https://example.invalid/")));
        QVERIFY(api::NetworkSetup::prepare(&manager, request).contains(QLatin1String("gone.pem")));
    }

    void profileKeepsProxyAndCa() {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        credentials::Profile p;
        p.name = QStringLiteral("corp");
        p.resolveProjectId = true;
        p.proxy = QStringLiteral("http://proxy.corp.example:3128");
        p.caFile = m_pem;
        QCOMPARE(p.validate(), QStringList());
        p.writeTo(settings);
        const auto back = credentials::Profile::readFrom(settings, QStringLiteral("corp"));
        QVERIFY(back.has_value());
        QCOMPARE(back->proxy, p.proxy);
        QCOMPARE(back->caFile, p.caFile);
        QVERIFY(*back == p);

        p.proxy = QStringLiteral("http://u:p@proxy:1");
        p.caFile = m_dir.filePath(QStringLiteral("missing.pem"));
        const QStringList problems = p.validate();
        QCOMPARE(problems.size(), 2);
        QVERIFY(problems.join(QLatin1Char(' ')).contains(QLatin1String("missing.pem")));
    }
};

QTEST_GUILESS_MAIN(TestNetworkSetup)
#include "tst_networksetup.moc"
