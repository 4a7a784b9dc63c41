// Databases: list (001 3.3.1), add RDS (3.3.2), add self-built (000, flat errors), and the SDK's
// delete / switch / ListRdsDatabases; agents: list (SDK) and switch (001 3.1.2).
#include "tests/common/SandboxFixture.h"

#include <QTest>

using namespace dbss::test;

class TestDatabases : public QObject {
    Q_OBJECT
private:
    SandboxFixture m_sb;
    QString m_id; // an ACTIVE instance

    QString dbPath(const QString& rest = {}) const {
        return m_sb.v1(QStringLiteral("/%1/dbss/audit/databases").arg(m_id) + rest);
    }
    QString addPath() const { return m_sb.v2(QStringLiteral("/audit/%1/databases").arg(m_id)); }

    static QJsonObject selfBuilt() // 000's example request
    {
        return {{QStringLiteral("name"), QStringLiteral("test")},
                {QStringLiteral("type"), QStringLiteral("POSTGRESQL")},
                {QStringLiteral("version"), QStringLiteral("7.4")},
                {QStringLiteral("charset"), QStringLiteral("UTF8")},
                {QStringLiteral("ip"), QStringLiteral("1.1.1.1")},
                {QStringLiteral("port"), QStringLiteral("66")},
                {QStringLiteral("instance_name"), QStringLiteral("testaaa")},
                {QStringLiteral("os"), QStringLiteral("LINUX64")},
                {QStringLiteral("db_classification"), QStringLiteral("ECS")}};
    }

private Q_SLOTS:
    void initTestCase() {
        QString error;
        QVERIFY2(m_sb.start(&error), qPrintable(error));
        m_id = m_sb.instanceId();
        QVERIFY(!m_id.isEmpty());
    }

    void listHasEveryField() {
        const TestResponse r = m_sb.client->get(dbPath());
        QCOMPARE(r.status, 200);
        const QJsonArray list = r.json().value(QStringLiteral("databases")).toArray();
        QVERIFY(!list.isEmpty());
        QCOMPARE(r.json().value(QStringLiteral("total")).toInt(), list.size());
        for (const QJsonValue& v : list) {
            const QJsonObject db = v.toObject().value(QStringLiteral("database")).toObject();
            const QString p = fieldProblem(db, {{"id", "string"},
                                                {"name", "string"},
                                                {"type", "string"},
                                                {"version", "string"},
                                                {"charset", "string"},
                                                {"ip", "string"},
                                                {"port", "string"},
                                                {"os", "string"},
                                                {"status", "string"},
                                                {"instance_name", "string"},
                                                {"audit_status", "string?"},
                                                {"agent_url", "array"},
                                                {"db_classification", "string"},
                                                {"rds_id", "string?"},
                                                {"rds_obj_info", "string?"},
                                                {"dws_obj_info", "string?"}});
            QVERIFY2(p.isEmpty(), qPrintable(p));
        }
    }

    void statusFilterAndPaging() {
        const int total = m_sb.client->get(dbPath()).json().value(QStringLiteral("total")).toInt();
        const TestResponse on = m_sb.client->get(dbPath(QStringLiteral("?status=ON")));
        QCOMPARE(on.status, 200);
        for (const QJsonValue& v : on.json().value(QStringLiteral("databases")).toArray())
            QCOMPARE(v.toObject()
                         .value(QStringLiteral("database"))
                         .toObject()
                         .value(QStringLiteral("status"))
                         .toString(),
                     QStringLiteral("ON"));
        const TestResponse page = m_sb.client->get(dbPath(QStringLiteral("?offset=1&limit=1")));
        QCOMPARE(page.json().value(QStringLiteral("databases")).toArray().size(), total > 1 ? 1 : 0);
        QCOMPARE(page.json().value(QStringLiteral("total")).toInt(), total);
        for (const QString& q : {QStringLiteral("?status=on"), QStringLiteral("?status=MAYBE"),
                                 QStringLiteral("?limit=0"), QStringLiteral("?offset=-2")}) {
            const QString p = errorProblem(m_sb.client->get(dbPath(q)), 400, QStringLiteral("DBSS.10000001"));
            QVERIFY2(p.isEmpty(), qPrintable(q + u' ' + p));
        }
        const QString p =
            errorProblem(m_sb.client->get(m_sb.v1(QStringLiteral("/nosuchinstance/dbss/audit/databases"))),
                         404, QStringLiteral("DBSS.10021004"));
        QVERIFY2(p.isEmpty(), qPrintable(p));
    }

    void addSelfBuiltRejections_data() {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("classification") << "db_classification" << QJsonValue("VM");
        QTest::newRow("type") << "type" << QJsonValue("MYSQLX");
        QTest::newRow("type lowercase") << "type" << QJsonValue("mysql");
        QTest::newRow("charset") << "charset" << QJsonValue("LATIN1");
        QTest::newRow("os") << "os" << QJsonValue("MACOS");
        QTest::newRow("ip") << "ip" << QJsonValue("300.1.1.1");
        QTest::newRow("ip text") << "ip" << QJsonValue("db.example.com");
        QTest::newRow("port 0") << "port" << QJsonValue("0");
        QTest::newRow("port 65536") << "port" << QJsonValue("65536");
        QTest::newRow("port number type") << "port" << QJsonValue(3306);
        QTest::newRow("name missing") << "name" << QJsonValue(QJsonValue::Undefined);
        QTest::newRow("version empty") << "version" << QJsonValue("");
    }

    void addSelfBuiltRejections() {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        const QJsonArray before = m_sb.databases(m_id);
        QJsonObject db = selfBuilt();
        if (value.isUndefined())
            db.remove(field);
        else
            db.insert(field, value);
        const TestResponse r = m_sb.client->postJson(addPath(), {{QStringLiteral("database"), db}});
        const QString p = errorProblem(r, 400, QStringLiteral("DBSS.10000001"), ErrorBody::Flat);
        QVERIFY2(p.isEmpty(), qPrintable(p));
        QCOMPARE(m_sb.databases(m_id), before);
    }

    void addSelfBuiltBadJson() {
        const QJsonArray before = m_sb.databases(m_id);
        const QString p = errorProblem(m_sb.client->send("POST", addPath(), "{\"database\": {"), 400,
                                       QStringLiteral("DBSS.10000001"), ErrorBody::Flat);
        QVERIFY2(p.isEmpty(), qPrintable(p));
        const QString p2 =
            errorProblem(m_sb.client->postJson(m_sb.v2(QStringLiteral("/audit/unknown/databases")),
                                               {{QStringLiteral("database"), selfBuilt()}}),
                         404, QStringLiteral("DBSS.10021004"), ErrorBody::Flat);
        QVERIFY2(p2.isEmpty(), qPrintable(p2));
        QCOMPARE(m_sb.databases(m_id), before);
    }

    void addSelfBuiltAndAgentFlow() {
        const int logBefore = m_sb.operateLog(m_id).size();
        const QJsonArray agentsBefore =
            m_sb.client->get(m_sb.v2(QStringLiteral("/%1/audit/agents").arg(m_id)))
                .json()
                .value(QStringLiteral("agents"))
                .toArray();
        // Make room first if the instance is full (demo data fills some instances).
        const TestResponse r = m_sb.client->postJson(addPath(), {{QStringLiteral("database"), selfBuilt()}});
        QCOMPARE(r.status, 200);
        const QString newId = r.json().value(QStringLiteral("id")).toString();
        QVERIFY(!newId.isEmpty());
        bool found = false;
        for (const QJsonValue& v : m_sb.databases(m_id)) {
            const QJsonObject db = v.toObject().value(QStringLiteral("database")).toObject();
            if (db.value(QStringLiteral("id")).toString() == newId) {
                found = true;
                QCOMPARE(db.value(QStringLiteral("name")).toString(), QStringLiteral("test"));
                QCOMPARE(db.value(QStringLiteral("port")).toString(), QStringLiteral("66"));
                QCOMPARE(db.value(QStringLiteral("agent_url")).toArray().size(), 1);
            }
        }
        QVERIFY(found);
        QCOMPARE(m_sb.operateLog(m_id).size(), logBefore + 1);

        // Its agent is listed (filter by db_id) and switches both ways.
        const QString agentsPath = m_sb.v2(QStringLiteral("/%1/audit/agents").arg(m_id));
        const TestResponse agents = m_sb.client->get(agentsPath + QStringLiteral("?db_id=") + newId);
        QCOMPARE(agents.status, 200);
        const QJsonArray list = agents.json().value(QStringLiteral("agents")).toArray();
        QCOMPARE(list.size(), 1);
        QCOMPARE(m_sb.client->get(agentsPath).json().value(QStringLiteral("agents")).toArray().size(),
                 agentsBefore.size() + 1);
        const QJsonObject agent = list.first().toObject();
        const QString p = fieldProblem(agent, {{"agent_id", "string"},
                                               {"agent_type", "string"},
                                               {"agent_os", "string"},
                                               {"agent_ip", "string"},
                                               {"mem_threshold", "int"},
                                               {"cpu_threshold", "int"},
                                               {"status", "int"},
                                               {"agent_nic", "string"},
                                               {"db_name", "string"},
                                               {"datacap_status", "int"},
                                               {"agent_url", "string"},
                                               {"universal", "bool"},
                                               {"sha256", "string"}});
        QVERIFY2(p.isEmpty(), qPrintable(p));
        const QString agentId = agent.value(QStringLiteral("agent_id")).toString();
        const QString switchPath = m_sb.v1(QStringLiteral("/%1/audit/agent/switch").arg(m_id));
        for (int status : {1, 0, 1}) {
            const TestResponse s = m_sb.client->postJson(
                switchPath, {{QStringLiteral("agent_id"), agentId}, {QStringLiteral("status"), status}});
            QCOMPARE(s.status, 200);
            QCOMPARE(s.json(), (QJsonObject{{QStringLiteral("result"), QStringLiteral("SUCCESS")}}));
            const QJsonObject now = m_sb.client->get(agentsPath + QStringLiteral("?db_id=") + newId)
                                        .json()
                                        .value(QStringLiteral("agents"))
                                        .toArray()
                                        .first()
                                        .toObject();
            QCOMPARE(now.value(QStringLiteral("status")).toInt(), status);
        }
        QCOMPARE(m_sb.operateLog(m_id).first().toObject().value(QStringLiteral("description")).toString(),
                 QStringLiteral("Open the audit agent."));

        // Rejected switches change nothing.
        const int logNow = m_sb.operateLog(m_id).size();
        const QList<QJsonObject> bad{
            {{QStringLiteral("agent_id"), agentId}, {QStringLiteral("status"), QStringLiteral("1")}},
            {{QStringLiteral("agent_id"), agentId}, {QStringLiteral("status"), 2}},
            {{QStringLiteral("agent_id"), agentId}},
            {{QStringLiteral("status"), 0}}};
        for (const QJsonObject& body : bad) {
            const QString e =
                errorProblem(m_sb.client->postJson(switchPath, body), 400, QStringLiteral("DBSS.10000001"));
            QVERIFY2(e.isEmpty(), qPrintable(e));
        }
        const QString e = errorProblem(
            m_sb.client->postJson(switchPath, {{QStringLiteral("agent_id"), QStringLiteral("nope")},
                                               {QStringLiteral("status"), 0}}),
            404, QStringLiteral("DBSS.10021004"));
        QVERIFY2(e.isEmpty(), qPrintable(e));
        QCOMPARE(m_sb.operateLog(m_id).size(), logNow);
        QCOMPARE(m_sb.client->get(agentsPath + QStringLiteral("?db_id=") + newId)
                     .json()
                     .value(QStringLiteral("agents"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("status"))
                     .toInt(),
                 1);

        // Switch the database's audit off, then delete it: gone with its agent.
        const QString dbSwitch = m_sb.v2(QStringLiteral("/%1/audit/databases/switch").arg(m_id));
        QCOMPARE(m_sb.client
                     ->postJson(dbSwitch, {{QStringLiteral("id"), newId},
                                           {QStringLiteral("status"), QStringLiteral("ON")}})
                     .status,
                 200);
        QCOMPARE(m_sb.client->get(dbPath(QStringLiteral("?status=ON"))).body.contains(newId.toUtf8()), true);
        QCOMPARE(m_sb.client
                     ->postJson(dbSwitch, {{QStringLiteral("id"), newId},
                                           {QStringLiteral("status"), QStringLiteral("OFF")}})
                     .status,
                 200);
        QCOMPARE(m_sb.client->get(dbPath(QStringLiteral("?status=ON"))).body.contains(newId.toUtf8()), false);
        QCOMPARE(m_sb.client
                     ->postJson(dbSwitch, {{QStringLiteral("id"), newId},
                                           {QStringLiteral("status"), QStringLiteral("YES")}})
                     .status,
                 400);
        QCOMPARE(m_sb.client
                     ->postJson(dbSwitch, {{QStringLiteral("id"), QStringLiteral("nope")},
                                           {QStringLiteral("status"), QStringLiteral("ON")}})
                     .status,
                 404);
        const QString del = m_sb.v2(QStringLiteral("/%1/audit/databases/%2").arg(m_id, newId));
        const TestResponse d = m_sb.client->send("DELETE", del);
        QCOMPARE(d.status, 200);
        QCOMPARE(d.json().value(QStringLiteral("result")).toString(), QStringLiteral("SUCCESS"));
        QVERIFY(!m_sb.client->get(dbPath()).body.contains(newId.toUtf8()));
        QCOMPARE(m_sb.client->get(agentsPath).json().value(QStringLiteral("agents")).toArray().size(),
                 agentsBefore.size());
        const QString p404 =
            errorProblem(m_sb.client->send("DELETE", del), 404, QStringLiteral("DBSS.10021004"));
        QVERIFY2(p404.isEmpty(), qPrintable(p404));
    }

    void databaseLimit() {
        // Fill the instance to its database_limit; the next add is refused with DBSS.10020118.
        const QJsonObject inst = m_sb.instance(QStringLiteral("SHUTOFF"));
        const QString id = inst.value(QStringLiteral("id")).toString();
        const int limit = inst.value(QStringLiteral("database_limit")).toInt();
        const QString path = m_sb.v2(QStringLiteral("/audit/%1/databases").arg(id));
        int count = m_sb.databases(id).size();
        for (; count < limit; ++count) {
            QJsonObject db = selfBuilt();
            db.insert(QStringLiteral("name"), QStringLiteral("fill%1").arg(count));
            QCOMPARE(m_sb.client->postJson(path, {{QStringLiteral("database"), db}}).status, 200);
        }
        const QString p =
            errorProblem(m_sb.client->postJson(path, {{QStringLiteral("database"), selfBuilt()}}), 400,
                         QStringLiteral("DBSS.10020118"), ErrorBody::Flat);
        QVERIFY2(p.isEmpty(), qPrintable(p));
        QCOMPARE(m_sb.databases(id).size(), limit);
    }

    void rdsDocumentedExample() {
        // 001 3.3.2's example request, verbatim, on an instance with room.
        QString target;
        for (const QJsonValue& v : m_sb.instances()) {
            if (v.toObject().value(QStringLiteral("database_limit")).toInt() >= 30)
                target = v.toObject().value(QStringLiteral("id")).toString();
        }
        const QByteArray body = R"({"databases": [
            {"id": "123751d3ee2f47aea64822e98318c6a8in01", "db_name": "rds1", "status": "ACTIVE", "port": "3306",
             "ip": "192.168.0.119", "instance_name": "rds1", "version": "8.0", "type": "MySQL", "enterprise_id": "0"},
            {"id": "2343f7285d684fed8b09fac201c3fc7ain01", "db_name": "rds2", "status": "ACTIVE", "port": "3306",
             "ip": "192.168.0.92", "instance_name": "rds2", "version": "8.0", "type": "MySQL", "enterprise_id": "0"}]})";
        const TestResponse r = m_sb.client->send(
            "POST", m_sb.v1(QStringLiteral("/%1/dbss/audit/databases/rds").arg(target)), body);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QStringLiteral("legal_db_id")).toArray(),
                 (QJsonArray{QStringLiteral("123751d3ee2f47aea64822e98318c6a8in01"),
                             QStringLiteral("2343f7285d684fed8b09fac201c3fc7ain01")}));
        QCOMPARE(r.json().value(QStringLiteral("illegal_db_id")).toArray(), QJsonArray());
        int rds = 0;
        for (const QJsonValue& v : m_sb.databases(target)) {
            const QJsonObject db = v.toObject().value(QStringLiteral("database")).toObject();
            if (db.value(QStringLiteral("rds_id")).toString().endsWith(QStringLiteral("in01")) &&
                db.value(QStringLiteral("db_classification")).toString() == QLatin1String("RDS") &&
                db.value(QStringLiteral("type")).toString() == QLatin1String("MYSQL"))
                ++rds;
        }
        QVERIFY(rds >= 2);
    }

    void rdsCandidatesAndAdd() {
        const TestResponse c = m_sb.client->get(m_sb.v2(QStringLiteral("/audit/databases/rds")));
        QCOMPARE(c.status, 200);
        const QJsonArray candidates = c.json().value(QStringLiteral("databases")).toArray();
        QVERIFY(candidates.size() >= 2);
        QCOMPARE(c.json().value(QStringLiteral("total_count")).toInt(), candidates.size());
        for (const QJsonValue& v : candidates) {
            const QString p = fieldProblem(v.toObject(), {{"id", "string"},
                                                          {"db_name", "string"},
                                                          {"status", "string"},
                                                          {"port", "string"},
                                                          {"ip", "string"},
                                                          {"instance_name", "string"},
                                                          {"type", "string"},
                                                          {"version", "string"},
                                                          {"is_supported", "bool"},
                                                          {"enterprise_id", "string"}});
            QVERIFY2(p.isEmpty(), qPrintable(p));
        }
        QCOMPARE(m_sb.client->get(m_sb.v2(QStringLiteral("/audit/databases/rds?db_type=POSTGRESQL")))
                     .json()
                     .value(QStringLiteral("total_count"))
                     .toInt(),
                 1);
        QCOMPARE(m_sb.client->get(m_sb.v2(QStringLiteral("/audit/databases/rds?db_type=FOO"))).status, 400);

        // Add two candidates to an instance with room (a fresh one from prod: limit 30).
        QString target;
        for (const QJsonValue& v : m_sb.instances()) {
            if (v.toObject().value(QStringLiteral("database_limit")).toInt() >= 30)
                target = v.toObject().value(QStringLiteral("id")).toString();
        }
        QVERIFY(!target.isEmpty());
        QJsonArray body;
        for (int i = 0; i < 2; ++i) {
            QJsonObject d = candidates.at(i).toObject();
            d.remove(QStringLiteral("is_supported"));
            body.append(d);
        }
        const QString path = m_sb.v1(QStringLiteral("/%1/dbss/audit/databases/rds").arg(target));
        const TestResponse r = m_sb.client->postJson(
            path, {{QStringLiteral("databases"), body}, {QStringLiteral("total_count"), 2}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QStringLiteral("legal_db_id")).toArray().size(), 2);
        QCOMPARE(r.json().value(QStringLiteral("illegal_db_id")).toArray().size(), 0);
        // Adding them again: already audited, so illegal and nothing added.
        const int count = m_sb.databases(target).size();
        const TestResponse again = m_sb.client->postJson(path, {{QStringLiteral("databases"), body}});
        QCOMPARE(again.json().value(QStringLiteral("illegal_db_id")).toArray().size(), 2);
        QCOMPARE(m_sb.databases(target).size(), count);
        // Invalid entries reject the whole request.
        QJsonObject bad = body.first().toObject();
        bad.insert(QStringLiteral("port"), QStringLiteral("99999"));
        QCOMPARE(m_sb.client->postJson(path, {{QStringLiteral("databases"), QJsonArray{bad}}}).status, 400);
        QCOMPARE(m_sb.client->postJson(path, {{QStringLiteral("databases"), QJsonArray()}}).status, 400);
        // enterprise_id may be left out (the documents' example does, tst_sdkparity), not mistyped.
        QJsonObject numericEnterprise = body.first().toObject();
        numericEnterprise.insert(QStringLiteral("enterprise_id"), 0);
        QCOMPARE(m_sb.client->postJson(path, {{QStringLiteral("databases"), QJsonArray{numericEnterprise}}})
                     .status,
                 400);
        QCOMPARE(m_sb.databases(target).size(), count);
    }
};

QTEST_GUILESS_MAIN(TestDatabases)
#include "tst_databases.moc"
