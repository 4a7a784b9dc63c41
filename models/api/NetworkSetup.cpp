#include "models/api/NetworkSetup.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkProxyFactory>
#include <QNetworkRequest>
#include <QUrl>

namespace dbss::api {

NetworkSetup::NetworkSetup(QObject* parent)
    : QObject(parent) {}

QString NetworkSetup::proxyProblem(const QString& text) {
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    const QString scheme = url.scheme();
    if (!url.isValid() || url.host().isEmpty() ||
        (scheme != QLatin1String("http") && scheme != QLatin1String("socks5")))
        return tr("The proxy must be a URL like http://proxy.example.com:3128 or socks5://HOST:PORT, "
                  "not '%1'.")
            .arg(text);
    if (!url.userInfo().isEmpty())
        return tr("The proxy URL cannot contain a user name or password (they would be stored in "
                  "plain text).");
    if (!url.path().isEmpty() && url.path() != QLatin1String("/"))
        return tr("The proxy URL has no path: give only the scheme, host and port.");
    return {};
}

std::optional<QNetworkProxy> NetworkSetup::proxyFromUrl(const QString& text) {
    if (!proxyProblem(text).isEmpty())
        return std::nullopt;
    const QUrl url(text.trimmed());
    const bool socks = url.scheme() == QLatin1String("socks5");
    return QNetworkProxy(socks ? QNetworkProxy::Socks5Proxy : QNetworkProxy::HttpProxy, url.host(),
                         quint16(url.port(socks ? 1080 : 8080)));
}

QList<QSslCertificate> NetworkSetup::loadCaFile(const QString& path, QString* error) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("The CA certificate file %1 cannot be read: %2").arg(path, file.errorString());
        return {};
    }
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(file.read(4 << 20), QSsl::Pem);
    if (certificates.isEmpty())
        *error = tr("The CA certificate file %1 contains no PEM certificate.").arg(path);
    return certificates;
}

void NetworkSetup::apply(QNetworkAccessManager* manager, const ClientConfig& config) {
    // Qt's default on Linux, made explicit: desktop settings and the *_PROXY variables apply.
    QNetworkProxyFactory::setUseSystemConfiguration(true);
    auto* setup = new NetworkSetup(manager);
    if (!config.proxy.isEmpty()) {
        if (const auto proxy = proxyFromUrl(config.proxy))
            manager->setProxy(*proxy);
        else
            setup->m_problem = proxyProblem(config.proxy);
    }
    if (!config.caFile.isEmpty() && setup->m_problem.isEmpty()) {
        const QList<QSslCertificate> extra = loadCaFile(config.caFile, &setup->m_problem);
        if (!extra.isEmpty()) {
            // The system's CAs stay trusted (setting CAs switches off Qt's on-demand loading of them).
            setup->m_ssl = QSslConfiguration::defaultConfiguration();
            setup->m_ssl.setCaCertificates(QSslConfiguration::systemCaCertificates() + extra);
            setup->m_hasCa = true;
        }
    }
}

QString NetworkSetup::prepare(QNetworkAccessManager* manager, QNetworkRequest& request) {
    const auto* setup = manager->findChild<NetworkSetup*>(QString(), Qt::FindDirectChildrenOnly);
    if (!setup)
        return {};
    if (setup->m_hasCa)
        request.setSslConfiguration(setup->m_ssl);
    return setup->m_problem;
}

} // namespace dbss::api
