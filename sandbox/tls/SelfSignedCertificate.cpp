#include "sandbox/tls/SelfSignedCertificate.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

namespace dbss::sandbox {

bool SelfSignedCertificate::generate(SelfSignedCertificate* out, QString* error) {
    QTemporaryDir dir;
    if (!dir.isValid()) {
        *error = QStringLiteral("--tls: cannot create a temporary directory");
        return false;
    }
    const QString keyPath = dir.filePath(QStringLiteral("key.pem"));
    const QString certPath = dir.filePath(QStringLiteral("cert.pem"));
    QProcess openssl;
    openssl.start(
        QStringLiteral("openssl"),
        {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
         QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
         QStringLiteral("-keyout"), keyPath, QStringLiteral("-out"), certPath, QStringLiteral("-days"),
         QStringLiteral("30"), QStringLiteral("-subj"), QStringLiteral("/CN=dbss-sandbox"),
         QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1,IP:::1,DNS:localhost")});
    if (!openssl.waitForFinished(30000) || openssl.exitStatus() != QProcess::NormalExit ||
        openssl.exitCode() != 0) {
        *error = QStringLiteral("--tls: generating a certificate with the openssl tool failed: %1 %2")
                     .arg(openssl.errorString(), QString::fromUtf8(openssl.readAllStandardError()).trimmed());
        return false;
    }
    QFile certFile(certPath);
    QFile keyFile(keyPath);
    if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("--tls: the openssl tool wrote no certificate");
        return false;
    }
    out->certificate = QSslCertificate(certFile.readAll(), QSsl::Pem);
    out->key = QSslKey(keyFile.readAll(), QSsl::Ec, QSsl::Pem);
    if (out->certificate.isNull() || out->key.isNull()) {
        *error = QStringLiteral("--tls: the generated certificate or key cannot be read");
        return false;
    }
    return true;
}

QString SelfSignedCertificate::sha256Fingerprint() const {
    return QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
}

} // namespace dbss::sandbox
