#include "models/api/ApiClient.h"

#include "models/api/EndpointTable.h"
#include "models/api/NetworkSetup.h"
#include "models/api/OneShotBody.h"
#include "models/api/Redaction.h"
#include "models/api/Signer.h"
#include "models/api/TokenProvider.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSslCertificate>
#include <QTimer>

Q_LOGGING_CATEGORY(lcApi, "dbss.api", QtInfoMsg) // request summaries: QT_LOGGING_RULES="dbss.api.debug=true"

namespace dbss::api {

// ---------------------------------------------------------------- ApiReply

ApiReply::ApiReply(ApiRequest request, QObject* parent)
    : QObject(parent)
    , m_request(std::move(request)) {}

ApiReply::~ApiReply() {
    // Deleted while on the wire (its owner went away): stop the transfer, tell no one.
    if (m_inFlight) {
        m_inFlight->disconnect();
        m_inFlight->abort();
        m_inFlight->deleteLater();
    }
}

QByteArray ApiReply::header(const QByteArray& name) const {
    for (const auto& [n, v] : m_headers)
        if (n.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    return {};
}

void ApiReply::abort() {
    if (m_finished)
        return;
    m_aborted = true;
    if (m_inFlight) {
        m_inFlight->abort(); // finishes through ApiClient::onNetworkFinished
        return;
    }
    // Waiting for a retry: nothing on the wire, finish now.
    m_error = ApiError::make(ApiError::Kind::Cancelled, {}, m_request.operation);
    m_finished = true;
    Q_EMIT finished();
}

// ---------------------------------------------------------------- ApiClient

namespace {

bool isRetryableStatus(int status) {
    return status == 429 || status == 502 || status == 503 || status == 504;
}

// Every key and value percent-encoded as the signer canonicalises them. QUrlQuery leaves '+' as is,
// which the gateway reads as a space (form encoding): the signature would not match and a filter
// such as name=a+b would search for "a b". (API-helper change.)
QString encodedQuery(const QUrlQuery& query) {
    QStringList parts;
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded))
        parts << QString::fromLatin1(QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value));
    return parts.join(QLatin1Char('&'));
}

QString hostHeader(const QUrl& url) {
    const int defaultPort = url.scheme() == QLatin1String("https") ? 443 : 80;
    return url.port(defaultPort) == defaultPort ? url.host()
                                                : url.host() + QLatin1Char(':') + QString::number(url.port());
}

} // namespace

ApiClient::ApiClient(ClientConfig config, QObject* parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_manager(new QNetworkAccessManager(this)) {
    NetworkSetup::apply(m_manager, m_config); // proxy and extra CAs
    if (m_config.authKind == AuthKind::IamPassword) {
        // Token auth: scoped to the project id when known, else to the project named after the region.
        m_tokens = new TokenProvider(this,
                                     PasswordAuth{m_config.iamUser, m_config.iamPassword, m_config.iamDomain,
                                                  m_config.region, m_config.projectId},
                                     this);
    }
    qRegisterMetaType<RequestLogEntry>();
    qRegisterMetaType<ApiError>();
}

ApiClient::~ApiClient() {
    // In-flight requests die with the client; nobody is told (their owners are going away too).
    for (ApiReply* reply : findChildren<ApiReply*>(Qt::FindDirectChildrenOnly)) {
        if (reply->m_inFlight) {
            reply->m_inFlight->disconnect();
            reply->m_inFlight->abort();
        }
    }
}

QUrl ApiClient::endpoint(Service service) const {
    return EndpointTable::endpoint(service, m_config.region, m_config.endpointOverrides);
}

ApiReply* ApiClient::send(ApiRequest request) {
    auto* reply = new ApiReply(std::move(request), this);
    // With token auth the project id may come from the token (checked again in dispatch).
    if (reply->m_request.path.contains(QLatin1String("{project_id}")) && m_config.projectId.isEmpty() &&
        !m_tokens) {
        reply->m_error =
            ApiError::make(ApiError::Kind::Usage, tr("no project id"), reply->m_request.operation);
        QTimer::singleShot(0, reply, [this, reply] { finish(reply); });
        return reply;
    }
    dispatch(reply);
    return reply;
}

void ApiClient::dispatch(ApiReply* reply) {
    const ApiRequest& req = reply->m_request;
    HeaderList tokenHeaders;
    if (req.authenticated && m_tokens && !addTokenOrWait(reply, tokenHeaders))
        return; // dispatched again once IAM answered
    ++reply->m_attempt;

    QUrl url = endpoint(req.service);
    QString path = req.path;
    path.replace(QLatin1String("{project_id}"), m_config.projectId);
    url.setPath(url.path() + path);
    if (!req.query.isEmpty())
        url.setQuery(encodedQuery(req.query), QUrl::StrictMode);

    HeaderList headers{{"Host", hostHeader(url).toUtf8()}, {"Content-Type", "application/json;charset=utf8"}};
    if (req.authenticated && req.service != Service::Iam && !m_config.projectId.isEmpty())
        headers.append({"X-Project-Id", m_config.projectId.toUtf8()});
    headers += tokenHeaders;
    if (req.authenticated && !m_tokens) {
        if (m_config.ak.isEmpty() || m_config.sk.isEmpty()) {
            reply->m_error =
                ApiError::make(ApiError::Kind::Usage, tr("no access key configured"), req.operation);
            QTimer::singleShot(0, reply, [this, reply] { finish(reply); });
            return;
        }
        if (m_config.authKind == AuthKind::TemporaryAkSk && !m_config.securityToken.isEmpty())
            headers.append({"X-Security-Token", m_config.securityToken.toUtf8()});
        const QByteArray authorization =
            Signer::authorize(req.method, url, headers, req.body, m_config.ak.toUtf8(), m_config.sk.toUtf8(),
                              QDateTime::currentDateTimeUtc());
        headers.append({"Authorization", authorization});
    }

    QNetworkRequest netRequest(url);
    for (const auto& [name, value] : headers)
        netRequest.setRawHeader(name, value);
    netRequest.setTransferTimeout(m_config.timeoutMs);
    netRequest.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    if (const QString problem = NetworkSetup::prepare(m_manager, netRequest); !problem.isEmpty()) {
        reply->m_error = ApiError::make(ApiError::Kind::Usage, problem, req.operation);
        QTimer::singleShot(0, reply, [this, reply] { finish(reply); });
        return;
    }

    QNetworkReply* network = nullptr;
    if (req.readOnly) {
        network = m_manager->sendCustomRequest(netRequest, req.method, req.body);
    } else {
        // A mutation goes out at most once per dispatch (see OneShotBody).
        auto* body = new OneShotBody(req.body);
        netRequest.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        netRequest.setHeader(QNetworkRequest::ContentLengthHeader, req.body.size());
        network = m_manager->sendCustomRequest(netRequest, req.method, body);
        body->setParent(network);
    }
    reply->m_inFlight = network;
    if (!m_config.pinnedCertSha256.isEmpty()) {
        // A pinned certificate is accepted even if no CA vouches for it; nothing else is.
        connect(network, &QNetworkReply::sslErrors, network, [this, network](const QList<QSslError>& errors) {
            const QByteArray digest =
                network->sslConfiguration().peerCertificate().digest(QCryptographicHash::Sha256);
            if (digest.toHex().compare(m_config.pinnedCertSha256.toLower()) == 0 ||
                digest.toHex(':').compare(m_config.pinnedCertSha256.toLower()) == 0)
                network->ignoreSslErrors(errors);
        });
    }
    QElapsedTimer started;
    started.start();
    connect(network, &QNetworkReply::finished, reply,
            [this, reply, network, started] { onNetworkFinished(reply, network, started.elapsed()); });
}

void ApiClient::onNetworkFinished(ApiReply* reply, QNetworkReply* network, qint64 durationMs) {
    network->deleteLater();
    reply->m_inFlight = nullptr;
    const ApiRequest& req = reply->m_request;

    reply->m_status = network->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    reply->m_body = network->isOpen() ? network->readAll() : QByteArray(); // closed when aborted
    reply->m_headers = network->rawHeaderPairs();
    const QString requestId = QString::fromUtf8(network->rawHeader("X-Request-Id"));
    const QNetworkReply::NetworkError netError = network->error();

    ApiError error;
    if (reply->m_aborted) {
        error = ApiError::make(ApiError::Kind::Cancelled, {}, req.operation);
    } else if (reply->m_status >= 400) {
        error = ApiError::fromHttpResponse(reply->m_status, reply->m_body, requestId, req.operation);
    } else if (netError == QNetworkReply::OperationCanceledError || netError == QNetworkReply::TimeoutError) {
        error = ApiError::make(ApiError::Kind::Timeout, network->errorString(), req.operation);
    } else if (netError == QNetworkReply::SslHandshakeFailedError) {
        error = ApiError::make(ApiError::Kind::Tls, network->errorString(), req.operation);
    } else if (netError != QNetworkReply::NoError && reply->m_status == 0) {
        error = ApiError::make(ApiError::Kind::Network, network->errorString(), req.operation);
    }
    error.requestId = requestId.isEmpty() ? error.requestId : requestId;
    reply->m_error = error;

    RequestLogEntry entry;
    entry.time = QDateTime::currentDateTime();
    entry.operation = req.operation;
    entry.method = req.method;
    entry.url = network->url().toString(QUrl::RemoveUserInfo);
    entry.httpStatus = reply->m_status;
    entry.durationMs = durationMs;
    entry.requestId = requestId;
    entry.errorCode = error.errorCode;
    entry.attempt = reply->m_attempt;
    entry.requestBody = Redaction::redactBody(req.body);
    qCDebug(lcApi).noquote() << entry.summary();
    Q_EMIT requestLogged(entry);

    // Token auth: a 401 means the token was refused (expired, revoked); nothing was applied, so the
    // request goes again once with a fresh token, mutations included.
    if (m_tokens && req.authenticated && reply->m_status == 401 && !reply->m_tokenRetried &&
        !reply->m_aborted) {
        reply->m_tokenRetried = true;
        m_tokens->invalidate();
        dispatch(reply);
        return;
    }

    // Only read-only calls are repeated: a mutation that may have been applied is never sent twice.
    const bool transient = error.kind == ApiError::Kind::Network || error.kind == ApiError::Kind::Timeout ||
                           (error.kind == ApiError::Kind::Http && isRetryableStatus(reply->m_status));
    if (req.readOnly && transient && reply->m_attempt <= m_config.maxRetries) {
        int delayMs = m_config.retryBaseDelayMs * (1 << (reply->m_attempt - 1));
        delayMs += int(QRandomGenerator::global()->bounded(quint32(m_config.retryBaseDelayMs / 2 + 1)));
        bool ok = false;
        const int retryAfter = reply->header("Retry-After").trimmed().toInt(&ok);
        if (ok && retryAfter >= 0)
            delayMs = qMin(retryAfter, 60) * 1000;
        QTimer::singleShot(delayMs, reply, [this, reply] {
            if (!reply->m_finished)
                dispatch(reply);
        });
        return;
    }
    finish(reply);
}

void ApiClient::finish(ApiReply* reply) {
    if (reply->m_finished)
        return;
    reply->m_finished = true;
    Q_EMIT reply->finished();
}

// ---------------------------------------------------------------- IAM token authentication

// Adds X-Auth-Token when a valid token is cached and returns true; otherwise asks the TokenProvider
// and returns false: the reply is dispatched again (or finished with the IAM error) later.
bool ApiClient::addTokenOrWait(ApiReply* reply, HeaderList& headers) {
    const QByteArray token = m_tokens->currentToken();
    if (!token.isEmpty()) {
        if (reply->m_request.path.contains(QLatin1String("{project_id}")) && m_config.projectId.isEmpty()) {
            reply->m_error =
                ApiError::make(ApiError::Kind::Usage, tr("no project id"), reply->m_request.operation);
            QTimer::singleShot(0, reply, [this, reply] { finish(reply); });
            return false;
        }
        headers.append({"X-Auth-Token", token});
        return true;
    }
    m_tokens->ensureToken(reply, [this, reply](const ApiError& error) {
        if (reply->m_finished)
            return; // aborted while waiting
        if (error.isError() || m_tokens->currentToken().isEmpty()) {
            reply->m_error = error.isError()
                                 ? error
                                 : ApiError::make(ApiError::Kind::Http, tr("IAM issued an expired token"),
                                                  reply->m_request.operation);
            finish(reply);
            return;
        }
        if (m_config.projectId.isEmpty())
            m_config.projectId = m_tokens->info().projectId;
        dispatch(reply);
    });
    return false;
}

} // namespace dbss::api
