#pragma once

#include "models/api/ClientConfig.h"

#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QSslConfiguration>

#include <optional>

class QNetworkAccessManager;
class QNetworkProxy;
class QNetworkRequest;

namespace dbss::api {

// How a client reaches the service through a company network (docs/security.md "Networks"):
// - by default the system proxy configuration (desktop settings, HTTPS_PROXY/HTTP_PROXY/NO_PROXY
//   or their lower-case forms, through Qt's system proxy factory); loopback is never proxied;
// - ClientConfig::proxy overrides it for one profile or one dbssctl run;
// - ClientConfig::caFile adds the CA certificates of a TLS-inspecting gateway to the system's
//   trusted CAs. Verification stays on: nothing is ignored, a certificate must chain to a CA.
// ApiClient creates one per QNetworkAccessManager (apply) and prepares each request with it.
class NetworkSetup : public QObject {
    Q_OBJECT
public:
    // Sets the proxy of `manager` and, when the config names a CA file, loads it once.
    static void apply(QNetworkAccessManager* manager, const ClientConfig& config);
    // Adds the extra CAs to the request's TLS configuration. Returns "" or, when the CA file could
    // not be loaded, why (the request must not be sent: it would fail for a less clear reason).
    static QString prepare(QNetworkAccessManager* manager, QNetworkRequest& request);

    // "" when `url` can be a proxy: http://HOST:PORT or socks5://HOST:PORT, no user or password
    // (proxy passwords would end up in settings files and process lists).
    static QString proxyProblem(const QString& url);
    static std::optional<QNetworkProxy> proxyFromUrl(const QString& url);
    // The certificates of a PEM file; empty with *error set when it is unreadable or has none.
    static QList<QSslCertificate> loadCaFile(const QString& path, QString* error);

private:
    explicit NetworkSetup(QObject* parent);
    QSslConfiguration m_ssl;
    bool m_hasCa = false;
    QString m_problem;
};

} // namespace dbss::api
