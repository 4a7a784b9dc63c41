#pragma once

#include "models/api/ApiError.h"
#include "models/api/ApiRequest.h"
#include "models/api/ClientConfig.h"
#include "models/api/RequestLogEntry.h"

#include <QJsonDocument>
#include <QObject>
#include <QPointer>

class QNetworkAccessManager;

namespace dbss::api {
class TokenProvider;
}
class QNetworkReply;

namespace dbss::api {

// The answer to one ApiClient::send(). Emits finished() exactly once (also after abort()).
// Owned by the ApiClient until finished; the receiver then calls deleteLater().
class ApiReply : public QObject {
    Q_OBJECT
public:
    ~ApiReply() override;
    const ApiRequest& request() const { return m_request; }
    bool isFinished() const { return m_finished; }
    bool ok() const { return m_finished && !m_error.isError(); }
    const ApiError& error() const { return m_error; }
    int httpStatus() const { return m_status; }
    const QByteArray& body() const { return m_body; }
    QJsonDocument json() const { return QJsonDocument::fromJson(m_body); }
    QByteArray header(const QByteArray& name) const;
    void abort(); // cancels; finished() follows with Kind::Cancelled

Q_SIGNALS:
    void finished();

private:
    friend class ApiClient;
    explicit ApiReply(ApiRequest request, QObject* parent);
    ApiRequest m_request;
    bool m_finished = false;
    bool m_aborted = false;
    // Why the client itself stopped the current attempt (see ApiClient::onNetworkFinished).
    enum class Stop { None, TooLarge, Deadline };
    Stop m_stop = Stop::None;
    qint64 m_deadlineMs = 0; // the limit the attempt ran into, for the message
    int m_attempt = 0;
    bool m_tokenRetried = false; // IAM token auth: a 401 is retried once with a new token
    int m_status = 0;
    QByteArray m_body;
    QList<QPair<QByteArray, QByteArray>> m_headers;
    ApiError m_error;
    QPointer<QNetworkReply> m_inFlight;
};

// Owns the QNetworkAccessManager. Signs every request (AK/SK or IAM token), applies the deadline
// and the size limit, refuses redirects, retries read-only calls on transient failures (RetryPolicy,
// the one layer that retries), and logs every exchange with secrets redacted.
class ApiClient : public QObject {
    Q_OBJECT
public:
    explicit ApiClient(ClientConfig config, QObject* parent = nullptr);
    ~ApiClient() override;

    const ClientConfig& config() const { return m_config; }
    QString projectId() const { return m_config.projectId; }
    QUrl endpoint(Service service) const;

    ApiReply* send(ApiRequest request);

Q_SIGNALS:
    void requestLogged(const dbss::api::RequestLogEntry& entry);

private:
    void dispatch(ApiReply* reply);
    void watch(ApiReply* reply, QNetworkReply* network);
    void onNetworkFinished(ApiReply* reply, QNetworkReply* network, qint64 startedMs);
    ApiError classify(ApiReply* reply, QNetworkReply* network) const;
    void finish(ApiReply* reply);

    ClientConfig m_config;
    QNetworkAccessManager* m_manager;

    // ---- IAM token authentication (AuthKind::IamPassword), see TokenProvider.
public:
    TokenProvider* tokenProvider() const { return m_tokens; }

private:
    bool addTokenOrWait(ApiReply* reply, QList<QPair<QByteArray, QByteArray>>& headers);
    TokenProvider* m_tokens = nullptr;
};

} // namespace dbss::api
