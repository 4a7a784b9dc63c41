#include "models/api/ApiClient.h"

#include "models/api/EndpointTable.h"
#include "models/api/Logging.h"
#include "models/api/NetworkSetup.h"
#include "models/api/OneShotBody.h"
#include "models/api/Redaction.h"
#include "models/api/RetryPolicy.h"
#include "models/api/Signer.h"
#include "models/api/TokenProvider.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSslCertificate>
#include <QTimer>

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
    // The DBSS API never redirects; following one would send the signature or token elsewhere.
    m_manager->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
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
    if (m_config.deadline.hasExpired()) {
        reply->m_error = ApiError::make(ApiError::Kind::Timeout, tr("the deadline passed before it was sent"),
                                        req.operation);
        QTimer::singleShot(0, reply, [this, reply] { finish(reply); });
        return;
    }

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
    netRequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    netRequest.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    if (const QString problem = NetworkSetup::prepare(m_manager, netRequest); !problem.isEmpty()) {
        reply->m_error = ApiError::make(ApiError::Kind::Usage, problem, req.operation);
        QTimer::singleShot(0, reply, [this, reply] { finish(reply); });
        return;
    }
    const qint64 attemptMs =
        m_config.deadline.isForever()
            ? m_config.timeoutMs
            : qBound<qint64>(1, m_config.deadline.remainingTime(), qint64(m_config.timeoutMs));
    reply->m_deadlineMs = attemptMs;
    netRequest.setTransferTimeout(int(attemptMs)); // idle limit; the QTimer in watch() bounds the whole

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
    watch(reply, network);
    QElapsedTimer started;
    started.start();
    connect(network, &QNetworkReply::finished, reply,
            [this, reply, network, started] { onNetworkFinished(reply, network, started.elapsed()); });
}

// Per attempt: a deadline for the whole exchange (a server trickling bytes cannot hold it), and the
// size limit, checked on the announced Content-Length before the body is read and on every chunk.
void ApiClient::watch(ApiReply* reply, QNetworkReply* network) {
    reply->m_stop = ApiReply::Stop::None;
    reply->m_body.clear();
    auto* timer = new QTimer(network);
    timer->setSingleShot(true);
    timer->setObjectName(QStringLiteral("attemptDeadline"));
    connect(timer, &QTimer::timeout, reply, [reply, network] {
        reply->m_stop = ApiReply::Stop::Deadline;
        network->abort();
    });
    timer->start(int(reply->m_deadlineMs));
    const qint64 limit = m_config.maxResponseBytes;
    connect(network, &QNetworkReply::metaDataChanged, network, [reply, network, limit] {
        const QVariant length = network->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && length.toLongLong() > limit && reply->m_stop == ApiReply::Stop::None) {
            reply->m_stop = ApiReply::Stop::TooLarge;
            network->abort();
        }
    });
    connect(network, &QNetworkReply::readyRead, network, [reply, network, limit] {
        if (reply->m_stop != ApiReply::Stop::None)
            return;
        // read(n) allocates n bytes: never more than what is there.
        reply->m_body += network->read(qMin(network->bytesAvailable(), limit + 1 - reply->m_body.size()));
        if (reply->m_body.size() > limit) {
            reply->m_stop = ApiReply::Stop::TooLarge;
            network->abort();
        }
    });
}

// What the finished attempt means. Anything but the documented complete answer is an error.
ApiError ApiClient::classify(ApiReply* reply, QNetworkReply* network) const {
    const ApiRequest& req = reply->m_request;
    const int status = reply->m_status;
    const QNetworkReply::NetworkError netError = network->error();
    using Kind = ApiError::Kind;
    if (reply->m_aborted)
        return ApiError::make(Kind::Cancelled, {}, req.operation);
    if (reply->m_stop == ApiReply::Stop::TooLarge)
        return ApiError::make(
            Kind::TooLarge, tr("larger than the limit of %1 MiB").arg(m_config.maxResponseBytes / 1048576.0),
            req.operation);
    if (reply->m_stop == ApiReply::Stop::Deadline)
        return ApiError::make(Kind::Timeout,
                              tr("no complete answer within %1 s").arg(reply->m_deadlineMs / 1000.0),
                              req.operation);
    if (status >= 300 && status < 400) {
        // Never followed: the credentials were made for this host only.
        const QByteArray location = network->rawHeader("Location");
        ApiError e = ApiError::make(
            Kind::Http,
            tr("redirected to %1; the API never redirects, so it was not followed")
                .arg(location.isEmpty() ? tr("(no Location)") : QString::fromUtf8(location.left(512))),
            req.operation);
        e.httpStatus = status;
        return e;
    }
    if (status >= 400)
        return ApiError::fromHttpResponse(status, reply->m_body, {}, req.operation);
    if (netError == QNetworkReply::OperationCanceledError || netError == QNetworkReply::TimeoutError)
        return ApiError::make(Kind::Timeout, network->errorString(), req.operation);
    if (netError == QNetworkReply::SslHandshakeFailedError)
        return ApiError::make(Kind::Tls, network->errorString(), req.operation);
    if (netError != QNetworkReply::NoError) {
        // Also a 2xx whose connection closed mid-body: the bytes received may even parse as JSON.
        const QString detail = status == 0 ? network->errorString()
                                           : tr("%1 (the answer was cut after %2 bytes)")
                                                 .arg(network->errorString())
                                                 .arg(reply->m_body.size());
        return ApiError::make(Kind::Network, detail, req.operation);
    }
    if (status < 200 || status > 299) {
        ApiError e = ApiError::make(Kind::Http, tr("unexpected HTTP status %1").arg(status), req.operation);
        e.httpStatus = status;
        return e;
    }
    const QVariant length = network->header(QNetworkRequest::ContentLengthHeader);
    if (length.isValid() && !network->hasRawHeader("Content-Encoding") &&
        length.toLongLong() != reply->m_body.size())
        return ApiError::make(
            Kind::Network,
            tr("the answer was cut: %1 of %2 bytes").arg(reply->m_body.size()).arg(length.toLongLong()),
            req.operation);
    if (req.successStatus != 0 && status != req.successStatus) {
        // A write answered with a 2xx that is not its documented success: applied or not, unknown.
        ApiError e = ApiError::make(
            Kind::Parse,
            tr("answered HTTP %1; the documented success is %2").arg(status).arg(req.successStatus),
            req.operation);
        e.httpStatus = status;
        return e;
    }
    return {};
}

void ApiClient::onNetworkFinished(ApiReply* reply, QNetworkReply* network, qint64 durationMs) {
    if (auto* timer = network->findChild<QTimer*>(QStringLiteral("attemptDeadline")))
        timer->stop();
    network->deleteLater();
    reply->m_inFlight = nullptr;
    const ApiRequest& req = reply->m_request;

    reply->m_status = network->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (network->isOpen() && reply->m_stop == ApiReply::Stop::None) // closed when aborted
        reply->m_body += network->read(
            qMin(network->bytesAvailable(), m_config.maxResponseBytes + 1 - reply->m_body.size()));
    if (reply->m_body.size() > m_config.maxResponseBytes)
        reply->m_stop = ApiReply::Stop::TooLarge;
    reply->m_headers = network->rawHeaderPairs();
    const QString requestId = QString::fromUtf8(network->rawHeader("X-Request-Id"));

    ApiError error = classify(reply, network);
    if (error.kind == ApiError::Kind::TooLarge || reply->m_stop == ApiReply::Stop::Deadline)
        reply->m_body.clear(); // never hand on a partial answer
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

    // Only read-only calls are repeated (RetryPolicy): a mutation that may have been applied is never
    // sent twice. No retry would end after the deadline.
    RetryPolicy policy;
    policy.maxRetries = m_config.maxRetries;
    policy.baseDelayMs = m_config.retryBaseDelayMs;
    policy.maxRetryAfterMs = m_config.maxRetryAfterMs;
    const RetryPolicy::Attempt attempt{reply->m_attempt,
                                       error.kind,
                                       reply->m_status,
                                       req.readOnly,
                                       reply->header("Retry-After"),
                                       QDateTime::currentDateTimeUtc(),
                                       m_config.retryJitter ? m_config.retryJitter()
                                                            : QRandomGenerator::global()->generateDouble()};
    const std::optional<int> delayMs = reply->m_aborted ? std::nullopt : policy.delayMs(attempt);
    if (delayMs && (m_config.deadline.isForever() || *delayMs < m_config.deadline.remainingTime())) {
        QTimer::singleShot(*delayMs, reply, [this, reply] {
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
