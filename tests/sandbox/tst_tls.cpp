// --tls: HTTPS with a generated self-signed certificate whose SHA-256 fingerprint is printed.
#include "tests/common/SandboxProcess.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QTest>

using namespace dbss::test;

class TestTls : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void httpsWithPinnedFingerprint() {
        SandboxProcess sb({QStringLiteral("--tls")});
        QString error;
        QVERIFY2(sb.start(&error), qPrintable(error));
        QCOMPARE(sb.url().scheme(), QStringLiteral("https"));
        QByteArray fingerprint;
        while (fingerprint.isEmpty() && (sb.process().canReadLine() || sb.process().waitForReadyRead(5000))) {
            const QByteArray line = sb.process().readLine().trimmed();
            if (line.startsWith("tls certificate sha256 fingerprint: "))
                fingerprint = line.mid(line.indexOf(": ") + 2);
        }
        QCOMPARE(fingerprint.size(), 32 * 3 - 1);

        QNetworkAccessManager nam;
        QByteArray seen;
        QNetworkReply* reply = nam.get(
            QNetworkRequest(QUrl(sb.url().toString() + QStringLiteral("/v1/x/dbss/audit/instances"))));
        // Trust exactly the printed certificate, as a user pinning the fingerprint would.
        connect(reply, &QNetworkReply::sslErrors, reply, [&](const QList<QSslError>&) {
            const QSslCertificate peer = reply->sslConfiguration().peerCertificate();
            seen = peer.digest(QCryptographicHash::Sha256).toHex(':').toUpper();
            if (seen == fingerprint)
                reply->ignoreSslErrors();
        });
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        QCOMPARE(seen, fingerprint);
        // Unsigned request: the DBSS answer arrived over TLS.
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 401);
        reply->deleteLater();

        // Without pinning, the self-signed certificate is refused.
        QNetworkAccessManager fresh; // the first manager keeps the accepted connection
        QNetworkReply* strict = fresh.get(QNetworkRequest(sb.url()));
        connect(strict, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        QCOMPARE(strict->error(), QNetworkReply::SslHandshakeFailedError);
        strict->deleteLater();
    }
};

QTEST_GUILESS_MAIN(TestTls)
#include "tst_tls.moc"
