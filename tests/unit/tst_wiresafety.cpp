// ApiClient against a hostile loopback server (issue 19): redirects are never followed and never
// carry credentials elsewhere, a write succeeds only on its documented answer, answers are bounded
// in size and time, cut transfers are errors, and only read-only transient failures are retried.

#include "models/api/Agents.h"
#include "models/api/ApiClient.h"
#include "models/api/Instances.h"
#include "models/api/MutationResult.h"
#include "models/api/Rules.h"
#include "models/api/SecurityGroups.h"
#include "models/api/Tags.h"
#include "tests/common/HostileServer.h"

#include <QSignalSpy>
#include <QtTest>

using namespace dbss;
using dbss::test::HostileRequest;
using dbss::test::HostileResponse;
using dbss::test::HostileServer;
using Kind = api::ApiError::Kind;

Q_DECLARE_METATYPE(api::ApiRequest)

namespace {

constexpr const char* kSk = "WireSafetySecretKey0000000000000000000001";

api::ClientConfig configFor(const QUrl& url) {
    api::ClientConfig config;
    config.projectId = QStringLiteral("0a1b2c3d4e5f60718293a4b5c6d7e8f9");
    config.ak = QStringLiteral("WIRESAFETYAK00000001");
    config.sk = QLatin1String(kSk);
    config.timeoutMs = 10000;
    config.maxRetries = 0;
    config.retryBaseDelayMs = 10;
    for (api::Service s : {api::Service::Dbss, api::Service::Iam, api::Service::Drs, api::Service::Das})
        config.endpointOverrides.insert(s, url);
    return config;
}

// Sends and waits; the reply is owned by the caller afterwards.
std::unique_ptr<api::ApiReply> exchange(api::ApiClient& client, const api::ApiRequest& request,
                                        int waitMs = 15000) {
    std::unique_ptr<api::ApiReply> reply(client.send(request));
    if (!reply->isFinished()) {
        QSignalSpy spy(reply.get(), &api::ApiReply::finished);
        spy.wait(waitMs);
    }
    return reply;
}

HostileServer::Handler fixed(const QByteArray& raw, int trickleMs = 0, bool close = true, qint64 tail = 0) {
    return [=](const HostileRequest&) {
        return HostileResponse{raw, trickleMs, close, tail};
    };
}

api::ApiRequest riskSwitch() {
    return api::switchRiskRules(QStringLiteral("inst-1"), {QStringLiteral("r1")}, false);
}

} // namespace

class TestWireSafety : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // ------------------------------------------------------------ redirects
    void redirect_neverFollowed_data() {
        QTest::addColumn<int>("status");
        QTest::addColumn<api::ApiRequest>("request");
        for (int status : {301, 302, 303, 307, 308}) {
            QTest::addRow("%d read", status) << status << api::listAuditInstances(0, 10);
            QTest::addRow("%d write", status) << status << riskSwitch();
        }
    }

    void redirect_neverFollowed() {
        QFETCH(int, status);
        QFETCH(api::ApiRequest, request);
        HostileServer catcher(fixed(HostileServer::response(200, R"({"status":"SUCCESS"})")));
        QVERIFY(catcher.listen());
        const QByteArray location = catcher.url().toEncoded() + "/stolen";
        HostileServer hostile(fixed(HostileServer::response(status, {}, {{"Location", location}})));
        QVERIFY(hostile.listen());

        api::ApiClient client(configFor(hostile.url()));
        const auto reply = exchange(client, request);
        QVERIFY(reply->isFinished());
        QVERIFY(!reply->ok());
        QCOMPARE(reply->error().kind, Kind::Http);
        QCOMPARE(reply->error().httpStatus, status);
        QVERIFY2(reply->error().userMessage().contains(QString::fromUtf8(location)),
                 qPrintable(reply->error().userMessage()));
        QCOMPARE(hostile.requests().size(), 1);
        QCOMPARE(catcher.connections(), 0);
        if (!request.readOnly) {
            api::MutationResult result;
            api::ApiError error;
            QVERIFY(!api::parseMutation(*reply, &result, &error));
            QVERIFY(!error.outcomeUnknown()); // answered, refused: not applied
        }
    }

    void redirect_iamTokenRequest_neverFollowed() {
        HostileServer catcher(
            fixed(HostileServer::response(201, R"({"token":{}})", {{"X-Subject-Token", "t"}})));
        QVERIFY(catcher.listen());
        HostileServer hostile(fixed(
            HostileServer::response(307, {}, {{"Location", catcher.url().toEncoded() + "/v3/auth/tokens"}})));
        QVERIFY(hostile.listen());
        api::ClientConfig config = configFor(hostile.url());
        config.authKind = api::AuthKind::IamPassword;
        config.iamUser = QStringLiteral("alice");
        config.iamPassword = QStringLiteral("IamPassword-do-not-leak");
        config.iamDomain = QStringLiteral("alice");
        api::ApiClient client(config);
        const auto reply = exchange(client, riskSwitch());
        QVERIFY(reply->isFinished());
        QVERIFY(!reply->ok());
        QCOMPARE(reply->error().httpStatus, 307);
        QCOMPARE(catcher.connections(), 0);
        const QList<HostileRequest> seen = hostile.requests();
        QCOMPARE(seen.size(), 1); // the token request only; the write was never sent
        QCOMPARE(seen.first().target, QByteArray("/v3/auth/tokens"));
    }

    // ------------------------------------------------------------ write success semantics
    void write_successOnlyOnDocumentedAnswer_data() {
        QTest::addColumn<api::ApiRequest>("request");
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<QString>("outcome"); // ok | failed | unknown
        const auto ok200 = [](const QByteArray& body) {
            return HostileServer::response(200, body);
        };
        QTest::newRow("risk SUCCESS") << riskSwitch() << ok200(R"({"status":"SUCCESS"})") << "ok";
        QTest::newRow("risk FAILED") << riskSwitch() << ok200(R"({"status":"FAILED"})") << "failed";
        QTest::newRow("risk HTML") << riskSwitch()
                                   << HostileServer::response(200, "<html><title>Portal</title></html>", {},
                                                              "text/html")
                                   << "unknown";
        QTest::newRow("risk empty") << riskSwitch() << ok200({}) << "unknown";
        QTest::newRow("risk {}") << riskSwitch() << ok200("{}") << "unknown";
        QTest::newRow("risk other value") << riskSwitch() << ok200(R"({"status":"RUNNING"})") << "unknown";
        QTest::newRow("risk wrong key") << riskSwitch() << ok200(R"({"result":"SUCCESS"})") << "unknown";
        QTest::newRow("risk cut JSON, close-delimited")
            << riskSwitch() << QByteArray("HTTP/1.1 200 OK\r\nConnection: close\r\n\r\n{\"status\":\"SUC")
            << "unknown";
        QTest::newRow("risk valid JSON cut short of Content-Length")
            << riskSwitch()
            << HostileServer::response(200, R"({"status":"SUCCESS"})", {{"Content-Length", "200"}})
            << "unknown";
        QTest::newRow("risk 202") << riskSwitch() << HostileServer::response(202, R"({"status":"SUCCESS"})")
                                  << "unknown";
        QTest::newRow("risk 204") << riskSwitch() << HostileServer::response(204, {}, {}, {}) << "unknown";
        QTest::newRow("risk 500") << riskSwitch() << HostileServer::response(500, "{}") << "failed";
        QTest::newRow("risk 502") << riskSwitch()
                                  << HostileServer::response(502, "bad gateway", {}, "text/plain")
                                  << "unknown";
        const api::ApiRequest agent = api::switchAgent(QStringLiteral("inst-1"), QStringLiteral("a1"), true);
        QTest::newRow("agent SUCCESS") << agent << ok200(R"({"result":"SUCCESS"})") << "ok";
        QTest::newRow("agent wrong key") << agent << ok200(R"({"status":"SUCCESS"})") << "unknown";
        const api::ApiRequest tags =
            api::addResourceTags(QStringLiteral("res-1"), {{QStringLiteral("k"), QStringLiteral("v")}});
        QTest::newRow("tags 204") << tags << HostileServer::response(204, {}, {}, {}) << "ok";
        QTest::newRow("tags 200") << tags << ok200("{}") << "unknown";
        const api::ApiRequest sg = api::setSecurityGroups(QStringLiteral("res-1"), {QStringLiteral("sg-1")});
        QTest::newRow("security group \"\"") << sg << ok200("\"\"") << "ok";
        QTest::newRow("security group result") << sg << ok200(R"({"result":"SUCCESS"})") << "ok";
        QTest::newRow("security group HTML") << sg << ok200("<html>login</html>") << "unknown";
    }

    void write_successOnlyOnDocumentedAnswer() {
        QFETCH(api::ApiRequest, request);
        QFETCH(QByteArray, raw);
        QFETCH(QString, outcome);
        HostileServer hostile(fixed(raw));
        QVERIFY(hostile.listen());
        api::ApiClient client(configFor(hostile.url()));
        const auto reply = exchange(client, request);
        QVERIFY(reply->isFinished());
        api::MutationResult result;
        api::ApiError error;
        const bool ok = api::parseMutation(*reply, &result, &error);
        QCOMPARE(hostile.requests().size(), 1); // never sent twice
        if (outcome == QLatin1String("ok")) {
            QVERIFY2(ok, qPrintable(error.userMessage()));
            return;
        }
        QVERIFY(!ok);
        QVERIFY(!error.userMessage().isEmpty());
        QCOMPARE(error.outcomeUnknown(), outcome == QLatin1String("unknown"));
    }

    // ------------------------------------------------------------ limits
    void size_announcedTooLarge_refusedBeforeReading() {
        // Headers announce 10 GB, then the server hangs: only the header can end this quickly.
        HostileServer hostile(
            fixed("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 10000000000\r\n\r\n{",
                  0, false));
        QVERIFY(hostile.listen());
        api::ClientConfig config = configFor(hostile.url());
        config.timeoutMs = 60000;
        api::ApiClient client(config);
        const auto reply = exchange(client, api::listAuditInstances(0, 10), 20000);
        QVERIFY(reply->isFinished());
        QCOMPARE(reply->error().kind, Kind::TooLarge);
        QVERIFY2(reply->error().userMessage().contains(QLatin1String("64 MiB")),
                 qPrintable(reply->error().userMessage()));
        QVERIFY(reply->body().isEmpty());
    }

    void size_streamedPastLimit_abandoned() {
        // No Content-Length: the body ends when the connection closes, 3 MiB later; the limit is 1 MiB.
        HostileServer hostile(
            fixed("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n", 0, true,
                  3 * 1024 * 1024));
        QVERIFY(hostile.listen());
        api::ClientConfig config = configFor(hostile.url());
        config.maxResponseBytes = 1024 * 1024;
        api::ApiClient client(config);
        const auto reply = exchange(client, api::listAuditInstances(0, 10));
        QCOMPARE(reply->error().kind, Kind::TooLarge);
        QVERIFY(reply->error().userMessage().contains(QLatin1String("1 MiB")));
        QVERIFY(reply->body().isEmpty());
    }

    void cutTransfer_validJson_isAnError() {
        HostileServer hostile(fixed(
            HostileServer::response(200, R"({"instances":[],"total":0})", {{"Content-Length", "500"}})));
        QVERIFY(hostile.listen());
        api::ApiClient client(configFor(hostile.url()));
        const auto reply = exchange(client, api::listAuditInstances(0, 10));
        QVERIFY(reply->isFinished());
        QVERIFY(!reply->ok());
        QCOMPARE(reply->error().kind, Kind::Network);
    }

    // ------------------------------------------------------------ deadlines
    void deadline_tricklingServer_cannotHoldARequest() {
        // One byte every 200 ms: an idle timer never fires; the deadline of 1.5 s does.
        HostileServer hostile(fixed(HostileServer::response(200, QByteArray(400, ' ') + "{}"), 200));
        QVERIFY(hostile.listen());
        api::ClientConfig config = configFor(hostile.url());
        config.timeoutMs = 1500;
        api::ApiClient client(config);
        const auto reply = exchange(client, api::listAuditInstances(0, 10), 20000);
        QVERIFY(reply->isFinished());
        QCOMPARE(reply->error().kind, Kind::Timeout);
        QVERIFY(reply->error().userMessage().contains(QLatin1String("1.5 s")) ||
                reply->error().detail.contains(QLatin1String("1.5")));
    }

    void deadline_boundsRetries() {
        HostileServer hostile(fixed(HostileServer::response(503, "{}", {{"Retry-After", "1"}})));
        QVERIFY(hostile.listen());
        api::ClientConfig config = configFor(hostile.url());
        config.maxRetries = 10;
        config.deadline = QDeadlineTimer(1500);
        api::ApiClient client(config);
        const auto reply = exchange(client, api::listAuditInstances(0, 10), 20000);
        QVERIFY(reply->isFinished());
        QCOMPARE(reply->error().httpStatus, 503);
        QVERIFY(hostile.requests().size() <= 2);
    }

    // ------------------------------------------------------------ retries
    void retry_onlyTransientReads_data() {
        QTest::addColumn<int>("status");
        QTest::addColumn<api::ApiRequest>("request");
        QTest::addColumn<int>("requests");
        QTest::newRow("503 read: 1 + 2 retries") << 503 << api::listAuditInstances(0, 10) << 3;
        QTest::newRow("500 read: not transient") << 500 << api::listAuditInstances(0, 10) << 1;
        QTest::newRow("503 write: never repeated") << 503 << riskSwitch() << 1;
        QTest::newRow("429 write: never repeated") << 429 << riskSwitch() << 1;
    }

    void retry_onlyTransientReads() {
        QFETCH(int, status);
        QFETCH(api::ApiRequest, request);
        QFETCH(int, requests);
        HostileServer hostile(fixed(HostileServer::response(status, "{}")));
        QVERIFY(hostile.listen());
        api::ClientConfig config = configFor(hostile.url());
        config.maxRetries = 2;
        config.retryJitter = [] {
            return 0.0;
        };
        api::ApiClient client(config);
        const auto reply = exchange(client, request);
        QVERIFY(reply->isFinished());
        QCOMPARE(reply->error().httpStatus, status);
        QCOMPARE(hostile.requests().size(), requests);
    }
};

QTEST_GUILESS_MAIN(TestWireSafety)
#include "tst_wiresafety.moc"
