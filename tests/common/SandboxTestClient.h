#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QPair>
#include <QUrl>

class QNetworkReply;

namespace dbss::test {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

struct TestResponse {
    int status = 0; // 0: no HTTP answer (connection error)
    int networkError = 0;
    QByteArray body;
    HeaderList headers;

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QByteArray header(const QByteArray& name) const;
};

// A small synchronous HTTP client for sandbox tests, with its own test-only SDK-HMAC-SHA256
// signer (the SDK algorithm, written a third time so sandbox tests do not depend on the
// client library). Requests go to the loopback sandbox only.
class SandboxTestClient {
public:
    SandboxTestClient(QUrl base, QString ak, QString sk);

    // Signs with the client's keys (host;x-sdk-date, plus content-type when a body is sent).
    TestResponse send(const QByteArray& method, const QString& pathAndQuery, const QByteArray& body = {});
    TestResponse get(const QString& pathAndQuery) { return send("GET", pathAndQuery); }
    TestResponse postJson(const QString& path, const QJsonObject& body);
    // With an IAM token instead of a signature.
    TestResponse sendWithToken(const QByteArray& token, const QByteArray& method, const QString& pathAndQuery,
                               const QByteArray& body = {});
    // Exactly these headers, nothing signed: for tests that build a wrong request on purpose.
    TestResponse sendRaw(const QByteArray& method, const QString& pathAndQuery, const QByteArray& body,
                         const HeaderList& headers);

    // Headers that sign (method, pathAndQuery, body) with ak/sk at `when`.
    HeaderList signedHeaders(const QByteArray& method, const QString& pathAndQuery, const QByteArray& body,
                             const QString& ak, const QString& sk, const QDateTime& when) const;
    static QByteArray signature(const QByteArray& method, const QString& pathAndQuery,
                                const HeaderList& headers, const QByteArray& body, const QByteArray& sk,
                                const QByteArray& sdkDate);
    QString hostHeader() const;

    struct Request {
        QByteArray method;
        QString pathAndQuery;
        QByteArray body;
    };
    // All requests in flight at once (QNAM keeps up to 6 connections per host), answers in order.
    QList<TestResponse> sendParallel(const QList<Request>& requests);
    // The same in two steps, so several clients can have requests in flight together.
    QList<QNetworkReply*> startParallel(const QList<Request>& requests);
    static QList<TestResponse> waitAll(const QList<QNetworkReply*>& replies);
    QUrl base() const { return m_base; }

    int timeoutMs = 15000;

private:
    QNetworkReply* start(const QByteArray& method, const QString& pathAndQuery, const QByteArray& body,
                         const HeaderList& headers);
    QUrl m_base;
    QString m_ak;
    QString m_sk;
    QNetworkAccessManager m_nam;
};

} // namespace dbss::test
