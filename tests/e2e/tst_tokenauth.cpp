// IAM token authentication through ApiClient + TokenProvider against a live dbss-sandbox: one IAM
// call for concurrent requests, renewal before expiry, one retry with a fresh token on 401, the
// project id taken from the token, and no token or password in the request log.

#include "models/api/ApiClient.h"
#include "models/api/Instances.h"
#include "models/api/TokenProvider.h"
#include "tests/common/SandboxProcess.h"

#include <QDeadlineTimer>
#include <QtTest>

using namespace dbss::api;
using dbss::test::SandboxProcess;

namespace {

const QString kUser = QStringLiteral("e2e-user");
const QString kPassword = QStringLiteral("E2e-Pass-4471");
const QString kDomain = QStringLiteral("e2e-domain");

ClientConfig tokenConfig(SandboxProcess& sandbox, bool withProjectId) {
    ClientConfig c;
    for (Service s : {Service::Dbss, Service::Iam, Service::Drs, Service::Das})
        c.endpointOverrides.insert(s, sandbox.url());
    c.authKind = AuthKind::IamPassword;
    c.iamUser = kUser;
    c.iamPassword = kPassword;
    c.iamDomain = kDomain;
    c.region = QStringLiteral("cn-north-4");
    if (withProjectId)
        c.projectId = sandbox.projectId();
    return c;
}

bool waitAll(const QList<ApiReply*>& replies, int ms = 30000) {
    QDeadlineTimer deadline(ms);
    auto allDone = [&] {
        return std::all_of(replies.cbegin(), replies.cend(), [](ApiReply* r) { return r->isFinished(); });
    };
    while (!allDone() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 50);
    return allDone();
}

} // namespace

class TestTokenAuth : public QObject {
    Q_OBJECT
private:
    QStringList sandboxArgs(int lifetime) {
        return {"--iam-user",   kUser,   "--iam-password",   kPassword,
                "--iam-domain", kDomain, "--token-lifetime", QString::number(lifetime)};
    }

private Q_SLOTS:
    void concurrentRequestsShareOneToken() {
        SandboxProcess sandbox(sandboxArgs(3600));
        QString error;
        QVERIFY2(sandbox.start(&error), qPrintable(error));
        ApiClient client(tokenConfig(sandbox, false)); // project id from the token
        QList<RequestLogEntry> log;
        connect(&client, &ApiClient::requestLogged, this, [&](const RequestLogEntry& e) { log.append(e); });
        QList<ApiReply*> replies;
        for (int i = 0; i < 5; ++i)
            replies << client.send(listAuditInstances(0, 10));
        QVERIFY(waitAll(replies));
        for (ApiReply* r : replies)
            QVERIFY2(r->ok(), qPrintable(r->error().userMessage()));
        QCOMPARE(client.tokenProvider()->tokensIssued(), 1);
        QCOMPARE(client.projectId(), sandbox.projectId());
        const auto tokenCalls = std::count_if(log.cbegin(), log.cend(), [](const RequestLogEntry& e) {
            return e.url.endsWith(QLatin1String("/v3/auth/tokens"));
        });
        QCOMPARE(tokenCalls, 1);
        // Neither the password nor the token is in the log.
        const QByteArray token = client.tokenProvider()->currentToken();
        QVERIFY(!token.isEmpty());
        for (const RequestLogEntry& e : log) {
            QVERIFY(!e.requestBody.contains(kPassword.toUtf8()));
            QVERIFY(!e.summary().contains(QString::fromUtf8(token)));
            QVERIFY(!e.url.contains(QString::fromUtf8(token)));
        }
        qDeleteAll(replies);
    }

    void renewedBeforeExpiry() {
        SandboxProcess sandbox(sandboxArgs(4));
        QString error;
        QVERIFY2(sandbox.start(&error), qPrintable(error));
        ApiClient client(tokenConfig(sandbox, true));
        ApiReply* first = client.send(listAuditInstances(0, 10));
        QVERIFY(waitAll({first}));
        QVERIFY2(first->ok(), qPrintable(first->error().userMessage()));
        QCOMPARE(client.tokenProvider()->tokensIssued(), 1);
        // 3.3 s later by the provider's clock: inside the renewal margin (1 s) of a 4 s token.
        client.tokenProvider()->setClock([] { return QDateTime::currentDateTimeUtc().addMSecs(3300); });
        ApiReply* second = client.send(listAuditInstances(0, 10));
        QVERIFY(waitAll({second}));
        QVERIFY(second->ok());
        QCOMPARE(client.tokenProvider()->tokensIssued(), 2);
        delete first;
        delete second;
    }

    void refusedTokenRenewedOnceOn401() {
        SandboxProcess sandbox(sandboxArgs(2));
        QString error;
        QVERIFY2(sandbox.start(&error), qPrintable(error));
        ApiClient client(tokenConfig(sandbox, true));
        ApiReply* first = client.send(listAuditInstances(0, 10));
        QVERIFY(waitAll({first}));
        QVERIFY(first->ok());
        QTest::qWait(2500); // the service now refuses the token ...
        // ... while our clock still believes it fresh: the service's 401 is what tells us.
        const QDateTime frozen = QDateTime::currentDateTimeUtc().addSecs(-3);
        client.tokenProvider()->setClock([frozen] { return frozen; });
        QList<int> statuses;
        connect(&client, &ApiClient::requestLogged, this,
                [&](const RequestLogEntry& e) { statuses.append(e.httpStatus); });
        ApiReply* second = client.send(listAuditInstances(0, 10));
        QVERIFY(waitAll({second}));
        QVERIFY2(second->ok(), qPrintable(second->error().userMessage()));
        QCOMPARE(client.tokenProvider()->tokensIssued(), 2);
        QCOMPARE(statuses, (QList<int>{401, 201, 200})); // refused, new token, success
        delete first;
        delete second;
    }

    void wrongPasswordIsAnError() {
        SandboxProcess sandbox(sandboxArgs(3600));
        QString error;
        QVERIFY2(sandbox.start(&error), qPrintable(error));
        ClientConfig config = tokenConfig(sandbox, true);
        config.iamPassword = QStringLiteral("not-the-password");
        ApiClient client(config);
        ApiReply* reply = client.send(listAuditInstances(0, 10));
        QVERIFY(waitAll({reply}));
        QVERIFY(!reply->ok());
        QCOMPARE(reply->error().kind, ApiError::Kind::Http);
        QCOMPARE(reply->error().httpStatus, 401);
        QCOMPARE(client.tokenProvider()->tokensIssued(), 0);
        delete reply;
    }
};

QTEST_GUILESS_MAIN(TestTokenAuth)
#include "tst_tokenauth.moc"
