// IAM token/projects (reference 2.1, 2.2) and the DRS/DAS connection documents (002, 003).

#include "ParseHelpers.h"
#include "models/api/Connections.h"
#include "models/api/Iam.h"

#include <QJsonArray>
#include <QtTest>

using namespace dbss::api;

class TestIamConnJson : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void tokenRequestMatchesDocument() {
        PasswordAuth a{QStringLiteral("username"),
                       QStringLiteral("pw-not-logged"),
                       QStringLiteral("domainname"),
                       QStringLiteral("ap-southeast-1"),
                       {}};
        const ApiRequest req = createPasswordToken(a);
        QCOMPARE(req.service, Service::Iam);
        QCOMPARE(req.path, QStringLiteral("/v3/auth/tokens"));
        QVERIFY(!req.authenticated);
        const QJsonObject auth = bodyObject(req.body).value("auth").toObject();
        QCOMPARE(auth.value("identity").toObject().value("methods").toArray(), QJsonArray{"password"});
        const QJsonObject user =
            auth.value("identity").toObject().value("password").toObject().value("user").toObject();
        QCOMPARE(user.value("name").toString(), QStringLiteral("username"));
        QCOMPARE(user.value("domain").toObject().value("name").toString(), QStringLiteral("domainname"));
        QCOMPARE(auth.value("scope").toObject().value("project").toObject(),
                 (QJsonObject{{"name", "ap-southeast-1"}}));
        a.projectId = QStringLiteral("p1");
        QCOMPARE(bodyObject(createPasswordToken(a).body)["auth"]
                     .toObject()["scope"]
                     .toObject()["project"]
                     .toObject(),
                 (QJsonObject{{"id", "p1"}}));
    }
    void tokenResponse() {
        QStringList missing;
        const auto t = parseExample<TokenInfo>(R"({"token":{"expires_at":"2019-02-13T06:52:13.855000Z",
            "methods":["password"],"catalog":[],"project":{"id":"0a1b","name":"cn-north-4"}}})",
                                               &missing);
        QVERIFY(missing.isEmpty());
        QCOMPARE(t.expiresAt, QDateTime(QDate(2019, 2, 13), QTime(6, 52, 13, 855), Qt::UTC));
        QCOMPARE(t.projectId, QStringLiteral("0a1b"));
        parseExample<TokenInfo>(R"({"token":{"methods":["password"]}})", &missing);
        QCOMPARE(missing, QStringList{QStringLiteral("token.expires_at")});
    }
    void projects() {
        QStringList missing;
        const auto r = parseExample<ListProjectsResponse>(R"({"projects":[{"domain_id":"d","is_domain":false,
            "parent_id":"d","name":"cn-north-4","description":"","id":"0a1b2c","enabled":true}],
            "links":{"self":"x"}})",
                                                          &missing);
        QVERIFY(missing.isEmpty());
        QCOMPARE(r.projects[0].id, QStringLiteral("0a1b2c"));
        const ApiRequest req = listProjects(QStringLiteral("cn-north-4"));
        QCOMPARE(req.service, Service::Iam);
        QCOMPARE(req.query.queryItemValue("name"), QStringLiteral("cn-north-4"));
    }

    void drsMatchesDocument() {
        DrsConnectionRequest c;
        c.name = QStringLiteral("DRS-mysql");
        c.dbType = QStringLiteral("mysql");
        c.description = QStringLiteral("description");
        c.ip = QStringLiteral("127.0.0.1");
        c.dbPort = QStringLiteral("3306");
        c.dbUser = QStringLiteral("root");
        c.dbPassword = QStringLiteral("password");
        c.enterpriseProjectId = QStringLiteral("0");
        const ApiRequest req = createDrsConnection(c);
        QCOMPARE(req.service, Service::Drs);
        QCOMPARE(req.path, QStringLiteral("/v5/{project_id}/connections"));
        QVERIFY(!req.readOnly);
        const QJsonObject expected = QJsonDocument::fromJson(R"({"name":"DRS-mysql","db_type":"mysql",
            "description":"description","endpoint":{"endpoint_name":"mysql","ip":"127.0.0.1","db_port":"3306",
            "db_user":"root","db_password":"password"},"ssl":{"ssl_link":false},"enterprise_project_id":"0"})")
                                         .object();
        QCOMPARE(bodyObject(req.body), expected);

        QStringList missing;
        const auto r = parseExample<DrsConnection>(R"({"name":"DRS-mysql","db_type":"mysql","endpoint":{
            "endpoint_name":"mysql","ip":"127.0.0.1","db_port":"3306","db_user":"root","db_password":"echoed"},
            "description":"description","connection_id":"835e1d79-24ac-411d-a1c8-22c000280659",
            "ssl":{"ssl_link":false},"create_time":1716879012121,"enterprise_project_id":"0"})",
                                                   &missing);
        QVERIFY(missing.isEmpty());
        QCOMPARE(r.connectionId, QStringLiteral("835e1d79-24ac-411d-a1c8-22c000280659"));
        QCOMPARE(r.createTime, Q_INT64_C(1716879012121));
        QVERIFY(!QJsonDocument(r.raw).toJson().contains("echoed")); // a returned password is not kept
        parseExample<DrsConnection>(R"({"name":"x"})", &missing);
        QCOMPARE(missing, QStringList{QStringLiteral("connection_id")});
    }
    void dasMatchesDocument() {
        DasConnectionRequest c;
        c.instanceId = QStringLiteral("bcfa975193f1402fa11a6d4fd6baf5fbin01");
        c.engineType = QStringLiteral("mysql");
        c.networkType = QStringLiteral("rds");
        c.username = QStringLiteral("root");
        c.password = QStringLiteral("Gauss_2345");
        c.sqlRecord = true;
        c.sqlRecordSet = true;
        c.remarks = QStringLiteral("create by api");
        const ApiRequest req = createDasConnection(c);
        QCOMPARE(req.service, Service::Das);
        QCOMPARE(req.path,
                 QStringLiteral(
                     "/v3/{project_id}/instances/bcfa975193f1402fa11a6d4fd6baf5fbin01/create-connection"));
        const QJsonObject expected = QJsonDocument::fromJson(R"({"engine_type":"mysql","network_type":"rds",
            "username":"root","is_save_password":true,"password":"Gauss_2345","sql_record_flag":true,
            "remarks":"create by api"})")
                                         .object();
        QCOMPARE(bodyObject(req.body), expected);
        QStringList missing;
        QCOMPARE(parseExample<DasConnection>(R"({"connection_id":"99af0766-c3f4-4e4e-a95e-14a1b070188e"})",
                                             &missing)
                     .connectionId,
                 QStringLiteral("99af0766-c3f4-4e4e-a95e-14a1b070188e"));
        QVERIFY(missing.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestIamConnJson)
#include "tst_iamconnjson.moc"
