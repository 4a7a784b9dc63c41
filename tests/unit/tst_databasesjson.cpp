// Databases and agents: the reference's example (3.3.1, 3.3.2), document 000 (v2 add), the SDK
// models (ListRdsDatabases, ListAuditAgent, SwitchAuditDatabase, DeleteAuditDatabase), variants.

#include "ParseHelpers.h"
#include "models/api/Agents.h"
#include "models/api/Databases.h"
#include "models/api/MutationResult.h"

#include <QJsonArray>
#include <QtTest>

using namespace dbss::api;

class TestDatabasesJson : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void listExample() {
        QStringList missing;
        const auto r = parseExample<ListAuditDatabasesResponse>(R"({"databases":[{"database":{
            "id":"zLKv83gBCwCqSg3BJt0m","name":"db01","type":"MYSQL","version":"5.0","charset":"UTF8",
            "ip":"192.168.0.204","port":"3306","os":"LINUX64","status":"OFF","instance_name":"",
            "audit_status":null,"agent_url":["zrKw83gBCwCqSg3Bkt1P"],"db_classification":"ECS"}}]})",
                                                                &missing);
        QVERIFY(missing.isEmpty());
        QCOMPARE(r.databases.size(), 1);
        QCOMPARE(r.total, 1); // absent in the example: the row count
        const AuditDatabase& d = r.databases[0];
        QCOMPARE(d.id, QStringLiteral("zLKv83gBCwCqSg3BJt0m"));
        QCOMPARE(d.port, QStringLiteral("3306"));
        QCOMPARE(d.status, QStringLiteral("OFF"));
        QVERIFY(d.auditStatus.isEmpty());
        QCOMPARE(d.agentUrl, QStringList{QStringLiteral("zrKw83gBCwCqSg3Bkt1P")});
        QCOMPARE(d.raw.value("name").toString(), QStringLiteral("db01"));
    }
    void listVariants() {
        QStringList missing;
        const auto r =
            parseExample<ListAuditDatabasesResponse>(R"({"total":"7","new_field":[1,2],"databases":[
            {"database":{"id":"a","name":"n","type":"ORACLE","port":1521,"rds_obj_info":null,"x":{}}},
            {"database":null},
            {"database":{"id":"c","type":"MYSQL"}}]})",
                                                     &missing);
        QCOMPARE(r.total, 7);
        QCOMPARE(r.databases[0].port, QStringLiteral("1521")); // number accepted as string
        QCOMPARE(missing, (QStringList{"databases[1].database", "databases[2].database.name"}));
    }
    void listRequest() {
        const ApiRequest req = listAuditDatabases(QStringLiteral("inst"), QStringLiteral("ON"), 20, 10);
        QCOMPARE(req.path, QStringLiteral("/v1/{project_id}/inst/dbss/audit/databases"));
        QCOMPARE(req.query.queryItemValue("status"), QStringLiteral("ON"));
        QCOMPARE(req.query.queryItemValue("offset"), QStringLiteral("20"));
        QCOMPARE(req.query.queryItemValue("limit"), QStringLiteral("10"));
        QVERIFY(req.readOnly);
    }
    void deleteAndSwitch() {
        const ApiRequest del = deleteAuditDatabase(QStringLiteral("inst"), QStringLiteral("db1"));
        QCOMPARE(del.method, QByteArray("DELETE"));
        QCOMPARE(del.path, QStringLiteral("/v2/{project_id}/inst/audit/databases/db1"));
        QVERIFY(!del.readOnly);
        const ApiRequest sw = switchAuditDatabase(QStringLiteral("inst"), QStringLiteral("db1"), false);
        QCOMPARE(sw.path, QStringLiteral("/v2/{project_id}/inst/audit/databases/switch"));
        QCOMPARE(bodyObject(sw.body), (QJsonObject{{"id", "db1"}, {"status", "OFF"}}));
        QVERIFY(!sw.readOnly);
    }

    void addSelfBuiltMatchesDocument() {
        NewDatabase db;
        db.name = QStringLiteral("test");
        db.type = QStringLiteral("POSTGRESQL");
        db.version = QStringLiteral("7.4");
        db.charset = QStringLiteral("UTF8");
        db.ip = QStringLiteral("1.1.1.1");
        db.port = QStringLiteral("66");
        db.instanceName = QStringLiteral("testaaa");
        db.os = QStringLiteral("LINUX64");
        const ApiRequest req = addAuditDatabase(QStringLiteral("inst"), db);
        QCOMPARE(req.path, QStringLiteral("/v2/{project_id}/audit/inst/databases"));
        QVERIFY(!req.readOnly);
        const QJsonObject expected =
            QJsonDocument::fromJson(R"({"database":{"name":"test","type":"POSTGRESQL",
            "version":"7.4","charset":"UTF8","ip":"1.1.1.1","port":"66","instance_name":"testaaa","os":"LINUX64",
            "db_classification":"ECS"}})")
                .object();
        QCOMPARE(bodyObject(req.body), expected);
        QStringList missing;
        QCOMPARE(parseExample<AddDatabaseResponse>(R"({"id":"Fadq-Y4B51p4J06sRc4F"})", &missing).id,
                 QStringLiteral("Fadq-Y4B51p4J06sRc4F"));
        QVERIFY(missing.isEmpty());
        parseExample<AddDatabaseResponse>(R"({"id":null})", &missing);
        QCOMPARE(missing, QStringList{QStringLiteral("id")});
    }

    void rdsCandidatesAndAdd() {
        QStringList missing;
        const auto list = parseExample<ListRdsDatabasesResponse>(R"({"databases":[
            {"id":"123751d3ee2f47aea64822e98318c6a8in01","db_name":"rds1","status":"ACTIVE","port":"3306",
             "ip":"192.168.0.119","instance_name":"rds1","type":"MYSQL","version":"8.0","is_supported":true},
            {"id":"2343f7285d684fed8b09fac201c3fc7ain01","db_name":"rds2","status":"ACTIVE","port":3306,
             "ip":"192.168.0.92","instance_name":"rds2","type":"MYSQL","version":"8.0","is_supported":"false",
             "enterprise_id":null}],"total_count":2})",
                                                                 &missing);
        QVERIFY(missing.isEmpty());
        QCOMPARE(list.totalCount, 2);
        QVERIFY(!list.databases[1].isSupported);
        QCOMPARE(list.databases[1].port, QStringLiteral("3306"));

        const ApiRequest req = addRdsDatabases(QStringLiteral("inst"), list.databases);
        QCOMPARE(req.path, QStringLiteral("/v1/{project_id}/inst/dbss/audit/databases/rds"));
        const QJsonArray sent = bodyObject(req.body).value("databases").toArray();
        QCOMPARE(sent.size(), 2);
        QCOMPARE(sent[0].toObject().value("db_name").toString(), QStringLiteral("rds1"));
        QCOMPARE(sent[1].toObject().value("enterprise_id").toString(), QStringLiteral("0"));

        const auto added = parseExample<AddRdsDatabasesResponse>(R"({"illegal_db_id":[],
            "legal_db_id":["123751d3ee2f47aea64822e98318c6a8in01","2343f7285d684fed8b09fac201c3fc7ain01"]})",
                                                                 &missing);
        QVERIFY(missing.isEmpty());
        QCOMPARE(added.legalDbIds.size(), 2);
        QVERIFY(added.illegalDbIds.isEmpty());
        QVERIFY(listRdsDatabases(QString(), 0, 50).query.queryItemValue("db_type").isEmpty());
        QCOMPARE(listRdsDatabases(QStringLiteral("MYSQL"), 0, 50).path,
                 QStringLiteral("/v2/{project_id}/audit/databases/rds"));
    }

    void agents() {
        QStringList missing;
        const auto r = parseExample<ListAuditAgentsResponse>(R"({"agents":[
            {"agent_id":"ASWDSDSDSWEWDSDSD","agent_type":"DB","agent_os":"LINUX64","agent_ip":"192.168.0.1",
             "status":1,"mem_threshold":"80","cpu_threshold":80,"agent_nic":null,"db_name":"db01","unknown":true},
            {"agent_type":"APP","status":"0"}]})",
                                                             &missing);
        QCOMPARE(missing, QStringList{QStringLiteral("agents[1].agent_id")});
        QCOMPARE(r.agents[0].memThreshold, 80);
        QCOMPARE(r.agents[0].status, 1);
        QCOMPARE(r.agents[1].status, 0);
        QCOMPARE(r.total, 2);

        const ApiRequest list = listAuditAgents(QStringLiteral("inst"), QStringLiteral("db1"), 0, 100);
        QCOMPARE(list.path, QStringLiteral("/v2/{project_id}/inst/audit/agents"));
        QCOMPARE(list.query.queryItemValue("db_id"), QStringLiteral("db1"));
        const ApiRequest sw = switchAgent(QStringLiteral("inst"), QStringLiteral("ASWDSDSDSWEWDSDSD"), true);
        QCOMPARE(sw.path, QStringLiteral("/v1/{project_id}/inst/audit/agent/switch"));
        QCOMPARE(bodyObject(sw.body), (QJsonObject{{"agent_id", "ASWDSDSDSWEWDSDSD"}, {"status", 1}}));
        QVERIFY(!sw.readOnly);
    }

    void mutationShapes() {
        QVERIFY(MutationResult::fromBody(R"({"result":"SUCCESS"})").succeeded());
        QCOMPARE(MutationResult::fromBody(R"({"result":"SUCCESS"})").status, QStringLiteral("SUCCESS"));
        QVERIFY(MutationResult::fromBody(R"({"status":"SUCCESS"})").succeeded());
        QVERIFY(MutationResult::fromBody(R"("")").succeeded());      // security group answers ""
        QVERIFY(MutationResult::fromBody(QByteArray()).succeeded()); // 204
        QVERIFY(!MutationResult::fromBody(R"({"status":"FAILED"})").succeeded());
        QVERIFY(!MutationResult::fromBody(R"({"result":"fail"})").succeeded());
    }
};

QTEST_GUILESS_MAIN(TestDatabasesJson)
#include "tst_databasesjson.moc"
