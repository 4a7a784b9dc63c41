// IAM tokens (001 2.1-2.3) and token authentication of DBSS calls.
#include "tests/common/SandboxFixture.h"

#include <QTest>
#include <QThread>

using namespace dbss::test;

namespace {

QJsonObject tokenRequest(const QString& user, const QString& password, const QString& domain,
                         const QString& project) {
    QJsonObject auth{
        {QStringLiteral("identity"),
         QJsonObject{{QStringLiteral("methods"), QJsonArray{QStringLiteral("password")}},
                     {QStringLiteral("password"),
                      QJsonObject{{QStringLiteral("user"),
                                   QJsonObject{{QStringLiteral("name"), user},
                                               {QStringLiteral("password"), password},
                                               {QStringLiteral("domain"),
                                                QJsonObject{{QStringLiteral("name"), domain}}}}}}}}}};
    if (!project.isEmpty())
        auth.insert(QStringLiteral("scope"),
                    QJsonObject{{QStringLiteral("project"), QJsonObject{{QStringLiteral("name"), project}}}});
    return {{QStringLiteral("auth"), auth}};
}

} // namespace

class TestIam : public QObject {
    Q_OBJECT
private:
    const QStringList m_iamArgs{QStringLiteral("--iam-user"),     QStringLiteral("alice"),
                                QStringLiteral("--iam-password"), QStringLiteral("S3cret!pass"),
                                QStringLiteral("--iam-domain"),   QStringLiteral("acme"),
                                QStringLiteral("--region"),       QStringLiteral("ap-southeast-1")};
    SandboxFixture m_sb{m_iamArgs};

    TestResponse requestToken(SandboxFixture& sb, const QJsonObject& body) {
        return sb.client->sendRaw("POST", QStringLiteral("/v3/auth/tokens"), QJsonDocument(body).toJson(),
                                  {{"Content-Type", "application/json"}});
    }

private Q_SLOTS:
    void initTestCase() {
        QString error;
        QVERIFY2(m_sb.start(&error), qPrintable(error));
    }

    void issueToken() {
        const TestResponse r =
            requestToken(m_sb, tokenRequest("alice", "S3cret!pass", "acme", "ap-southeast-1"));
        QCOMPARE(r.status, 201);
        QVERIFY(r.header("X-Subject-Token").size() > 20);
        const QJsonObject token = r.json().value(QStringLiteral("token")).toObject();
        const QDateTime expires =
            QDateTime::fromString(token.value(QStringLiteral("expires_at")).toString(), Qt::ISODateWithMs);
        QVERIFY(expires.isValid());
        QVERIFY(qAbs(QDateTime::currentDateTimeUtc().secsTo(expires) - 24 * 3600) < 60);
        QCOMPARE(token.value(QStringLiteral("methods")).toArray(), QJsonArray{QStringLiteral("password")});
        QCOMPARE(token.value(QStringLiteral("project")).toObject().value(QStringLiteral("id")).toString(),
                 m_sb.project());
        QCOMPARE(token.value(QStringLiteral("user")).toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("alice"));
        QVERIFY(!token.value(QStringLiteral("catalog")).toArray().isEmpty());

        // The token authenticates DBSS calls in place of a signature, and is logged as its user.
        const TestResponse list = m_sb.client->sendWithToken(
            r.header("X-Subject-Token"), "GET", m_sb.v1(QStringLiteral("/dbss/audit/instances")));
        QCOMPARE(list.status, 200);
        QVERIFY(list.json().value(QStringLiteral("total")).toInt() >= 3);
        const QString id = list.json()
                               .value(QStringLiteral("servers"))
                               .toArray()
                               .first()
                               .toObject()
                               .value(QStringLiteral("id"))
                               .toString();
        const QString agentPath = m_sb.v2(QStringLiteral("/%1/audit/agents").arg(id));
        const QJsonArray agents = m_sb.client->sendWithToken(r.header("X-Subject-Token"), "GET", agentPath)
                                      .json()
                                      .value(QStringLiteral("agents"))
                                      .toArray();
        QVERIFY(!agents.isEmpty());
        const QByteArray body =
            QJsonDocument(QJsonObject{{QStringLiteral("agent_id"),
                                       agents.first().toObject().value(QStringLiteral("agent_id"))},
                                      {QStringLiteral("status"), 0}})
                .toJson();
        QCOMPARE(m_sb.client
                     ->sendWithToken(r.header("X-Subject-Token"), "POST",
                                     m_sb.v1(QStringLiteral("/%1/audit/agent/switch").arg(id)), body)
                     .status,
                 200);
        QCOMPARE(m_sb.operateLog(id).first().toObject().value(QStringLiteral("user")).toString(),
                 QStringLiteral("alice"));
    }

    void wrongCredentials_data() {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("domain");
        QTest::newRow("password") << "alice"
                                  << "wrong"
                                  << "acme";
        QTest::newRow("user") << "bob"
                              << "S3cret!pass"
                              << "acme";
        QTest::newRow("domain") << "alice"
                                << "S3cret!pass"
                                << "other";
    }

    void wrongCredentials() {
        QFETCH(QString, user);
        QFETCH(QString, password);
        QFETCH(QString, domain);
        const TestResponse r = requestToken(m_sb, tokenRequest(user, password, domain, "ap-southeast-1"));
        QCOMPARE(r.status, 401);
        QVERIFY(r.header("X-Subject-Token").isEmpty());
        const QJsonObject e = r.json().value(QStringLiteral("error")).toObject();
        QCOMPARE(e.value(QStringLiteral("code")).toInt(), 401);
        QVERIFY(!e.value(QStringLiteral("message")).toString().isEmpty());
        QCOMPARE(e.value(QStringLiteral("title")).toString(), QStringLiteral("Unauthorized"));
    }

    void badTokenRequests() {
        QCOMPARE(requestToken(m_sb, tokenRequest("alice", "S3cret!pass", "acme", QString())).status,
                 400); // no project scope
        QCOMPARE(requestToken(m_sb, tokenRequest("alice", "S3cret!pass", "acme", "cn-north-4")).status,
                 401); // other project
        QCOMPARE(m_sb.client->sendRaw("POST", QStringLiteral("/v3/auth/tokens"), "{not json", {}).status,
                 400);
        QJsonObject noMethod = tokenRequest("alice", "S3cret!pass", "acme", "ap-southeast-1");
        QJsonObject auth = noMethod.value(QStringLiteral("auth")).toObject();
        QJsonObject identity = auth.value(QStringLiteral("identity")).toObject();
        identity.insert(QStringLiteral("methods"), QJsonArray{QStringLiteral("token")});
        auth.insert(QStringLiteral("identity"), identity);
        noMethod.insert(QStringLiteral("auth"), auth);
        QCOMPARE(requestToken(m_sb, noMethod).status, 400);
    }

    void unknownToken() {
        const TestResponse r = m_sb.client->sendWithToken("MIIunknowntoken", "GET",
                                                          m_sb.v1(QStringLiteral("/dbss/audit/instances")));
        const QString p = errorProblem(r, 401, QStringLiteral("DBSS.10020100"));
        QVERIFY2(p.isEmpty(), qPrintable(p));
    }

    void tokenForOtherProject() {
        const TestResponse t =
            requestToken(m_sb, tokenRequest("alice", "S3cret!pass", "acme", "ap-southeast-1"));
        const TestResponse r = m_sb.client->sendWithToken(
            t.header("X-Subject-Token"), "GET",
            QStringLiteral("/v1/00000000000000000000000000000000/dbss/audit/instances"));
        const QString p = errorProblem(r, 403, QStringLiteral("DBSS.10020100"));
        QVERIFY2(p.isEmpty(), qPrintable(p));
    }

    void expiredToken() {
        SandboxFixture sb(m_iamArgs + QStringList{QStringLiteral("--token-lifetime"), QStringLiteral("1")});
        QString error;
        QVERIFY2(sb.start(&error), qPrintable(error));
        const TestResponse t =
            requestToken(sb, tokenRequest("alice", "S3cret!pass", "acme", "ap-southeast-1"));
        QCOMPARE(t.status, 201);
        const QString path = sb.v1(QStringLiteral("/dbss/audit/instances"));
        QCOMPARE(sb.client->sendWithToken(t.header("X-Subject-Token"), "GET", path).status, 200);
        QThread::msleep(1300);
        const QString p = errorProblem(sb.client->sendWithToken(t.header("X-Subject-Token"), "GET", path),
                                       401, QStringLiteral("DBSS.10020100"));
        QVERIFY2(p.isEmpty(), qPrintable(p));
    }

    void projectsByRegion() {
        const TestResponse r = m_sb.client->get(QStringLiteral("/v3/projects?name=ap-southeast-1"));
        QCOMPARE(r.status, 200);
        const QJsonArray projects = r.json().value(QStringLiteral("projects")).toArray();
        QCOMPARE(projects.size(), 1);
        QCOMPARE(projects.first().toObject().value(QStringLiteral("id")).toString(), m_sb.project());
        QCOMPARE(projects.first().toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("ap-southeast-1"));
        QCOMPARE(m_sb.client->get(QStringLiteral("/v3/projects?name=eu-west-0"))
                     .json()
                     .value(QStringLiteral("projects"))
                     .toArray()
                     .size(),
                 0);
        QCOMPARE(
            m_sb.client->sendRaw("GET", QStringLiteral("/v3/projects?name=ap-southeast-1"), {}, {}).status,
            401);
    }
};

QTEST_GUILESS_MAIN(TestIam)
#include "tst_iam.moc"
