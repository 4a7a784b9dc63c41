// The one error parser: both documented body shapes, IAM's shape, and bodies that are not JSON.
#include "models/api/ApiError.h"
#include "models/api/Redaction.h"

#include <QTest>

using dbss::api::ApiError;
namespace Redaction = dbss::api::Redaction;

class TestApiError : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void shapes_data() {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("requestId");
        // Reference chapter 6 / every 3.x operation.
        QTest::newRow("nested")
            << 400
            << QByteArray(
                   R"({"error":{"error_code":"DBSS.10000001","error_msg":"Enter a valid request message"}})")
            << "DBSS.10000001"
            << "Enter a valid request message"
            << "";
        // Documents 000, 002, 004: flat, with PDP details.
        QTest::newRow("flat")
            << 400
            << QByteArray(
                   R"({"error_code":"DBSS.10020118","error_msg":"Failed to add database, exceeding the limit","details":[],"encoded_authorization_message":null})")
            << "DBSS.10020118"
            << "Failed to add database, exceeding the limit"
            << "";
        QTest::newRow("iam")
            << 401
            << QByteArray(
                   R"({"error":{"code":401,"title":"Unauthorized","message":"The request you have made requires authentication."}})")
            << "401"
            << "The request you have made requires authentication."
            << "";
        QTest::newRow("iam title only")
            << 401 << QByteArray(R"({"error":{"message":null,"title":"Unauthorized"}})") << ""
            << "Unauthorized"
            << "";
        QTest::newRow("api gateway")
            << 401
            << QByteArray(
                   R"({"error_code":"APIGW.0301","error_msg":"Incorrect IAM authentication information","request_id":"abc123"})")
            << "APIGW.0301"
            << "Incorrect IAM authentication information"
            << "abc123";
        QTest::newRow("unknown fields")
            << 500
            << QByteArray(
                   R"({"error":{"error_code":"DBSS.11000000","error_msg":"x","extra":{"a":1}},"more":true})")
            << "DBSS.11000000"
            << "x"
            << "";
    }
    void shapes() {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QString, code);
        QFETCH(QString, message);
        QFETCH(QString, requestId);
        const ApiError e = ApiError::fromHttpResponse(status, body, {}, QStringLiteral("Op"));
        QCOMPARE(e.kind, ApiError::Kind::Http);
        QCOMPARE(e.httpStatus, status);
        QCOMPARE(e.errorCode, code);
        QCOMPARE(e.errorMsg, message);
        QCOMPARE(e.requestId, requestId);
        QVERIFY(e.userMessage().contains(QString::number(status)));
        QVERIFY(e.userMessage().startsWith(QLatin1String("Op failed")));
    }
    void headerRequestIdWins() {
        const ApiError e = ApiError::fromHttpResponse(
            403, R"({"error_code":"APIGW.0302","error_msg":"m","request_id":"body-id"})",
            QStringLiteral("hdr-id"), {});
        QCOMPARE(e.requestId, QStringLiteral("hdr-id"));
        QVERIFY(e.userMessage().contains(QLatin1String("hdr-id")));
    }
    void notJson() {
        const ApiError html = ApiError::fromHttpResponse(
            502, "<html><head><title>502 Bad Gateway</title></head><body><h1>nginx</h1></body></html>", {},
            QStringLiteral("Op"));
        QCOMPARE(html.errorCode, QString());
        QCOMPARE(html.detail, QStringLiteral("502 Bad Gateway"));
        QVERIFY(html.userMessage().contains(QLatin1String("502 Bad Gateway")));
        const ApiError empty = ApiError::fromHttpResponse(503, {}, {}, QStringLiteral("Op"));
        QCOMPARE(empty.kind, ApiError::Kind::Http);
        QCOMPARE(empty.userMessage(), QStringLiteral("Op failed: HTTP 503"));
    }
    void redaction() {
        QVERIFY(Redaction::isSecretHeader("Authorization"));
        QVERIFY(Redaction::isSecretHeader("x-auth-token"));
        QVERIFY(Redaction::isSecretHeader("X-Subject-Token"));
        QVERIFY(Redaction::isSecretHeader("X-Security-Token"));
        QVERIFY(!Redaction::isSecretHeader("X-Sdk-Date"));
        const QByteArray body =
            R"({"auth":{"identity":{"password":{"user":{"name":"u","password":"S3cret!"}}}},
            "db_password":"hunter2","name":"keep","list":[{"user_pwd":"p"}]})";
        const QByteArray out = Redaction::redactBody(body);
        QVERIFY(!out.contains("S3cret!"));
        QVERIFY(!out.contains("hunter2"));
        QVERIFY(!out.contains("\"p\""));
        QVERIFY(out.contains("\"keep\""));
        QVERIFY(!Redaction::redactBody("password=hunter2").contains("hunter2"));
    }
};

QTEST_GUILESS_MAIN(TestApiError)
#include "tst_apierror.moc"
