// Issue 12, client side: every documented example response parsed by the client's parsers, the
// SDK-shaped answers next to them, and the request fields where the client follows the SDK.
// Example bodies are the documents' (made well-formed where the documents' JSON is not).
#include "models/api/AccountResources.h"
#include "models/api/Agents.h"
#include "models/api/AuditScopes.h"
#include "models/api/Connections.h"
#include "models/api/Databases.h"
#include "models/api/InstanceJobs.h"
#include "models/api/Instances.h"
#include "models/api/MutationResult.h"
#include "models/api/OperationLogs.h"
#include "models/api/Rules.h"
#include "models/api/SecurityGroups.h"
#include "models/api/Tags.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace dbss::api;

namespace {

// clang-format off
// The documents' example responses (001 3.x, 000, 002, 003).
const char* const kInstances = R"json({"servers":[{"name":"DBSS-Test","comment":"","connect_ipv6":null,"status":"ACTIVE","task":"NO_TASK",
"id":"8c53ed03-8ed7-4ff2-ad97-7b2d6d1dd364","specification":"Low | 3 Proxy","zone":"region-01-7a",
"created":"2021-04-21 04:37:54","expired":null,"subnet_id":"97ef0bb5-3759-4db4-aa49-0d087ed49ce5","cpu":4,
"ram":16384,"region":"eu-de","version":"21.04.16.164614","charge_model":"Demand","remain_days":null,"config_num":1,
"effect":null,"scene":null,"connect_ip":"192.168.0.229","port_id":"dc4bd420-e01c-4d12-a7ff-814f17c63079",
"resource_id":"062212d8-8e30-4783-9671-43f3f1f3bb1e","vpc_id":"76d98391-5abc-46ed-b8a8-f664202cb166",
"security_group_id":"f0fbec06-bcf6-4c7e-99fa-f0ddfb1d9bd","resource_spec_code":"dbss.bypassaudit.low",
"keep_days":null,"new_version":null,"database_limit":3}],"total":1})json";
const char* const kJobs = R"json({"jobs":[{"status":"SUCCESS","job_type":null,"job_id":"8abf9647852a1daa01852e517e1a1a0b",
"begin_time":1671519371000,"end_time":1671519417000,"fail_reason":null,"charge_mode":"Demand",
"server_name":"DBSS-qct-1220","server_id":"0aa8f621-bc19-4822-b66d-7ab9ae3c8693"}]})json";
const char* const kOrder = R"json({"description":" Success","code":"0","order_id":"CS1710190909OGQIS"})json";
const char* const kQuota = R"json({"projectId":"0250cb8a80c24c0b9f20f557cb159aad","cpu":796,"ram":1622016,"audit_quota":1})json";
const char* const kSpecs = R"json({"specification":[
{"level":"low","id":"s2.xlarge.4","name":"s2.xlarge.4","vcpus":4,"ram":16384,"proxy":3,"azs":["region-01-7a"]},
{"level":"medium","id":"s2.2xlarge.4","name":"s2.2xlarge.4","vcpus":8,"ram":32768,"proxy":6,"azs":["region-01-7a"]},
{"level":"high","id":"s3.4xlarge.4","name":"s3.4xlarge.4","vcpus":16,"ram":65536,"proxy":30,
 "azs":["region-01-7a","region-01-7b"]}]})json";
const char* const kZones = R"json({"azs":[
{"zone_name":"region-01-7a","zone_number":2,"az_type":"normal","alias":"AZ 2","alias_us":"AZ2"},
{"zone_name":"region-01-7b","zone_number":1,"az_type":"normal","alias":"AZ 1","alias_us":"AZ1"},
{"zone_name":"region-01-7c","zone_number":3,"az_type":"normal","alias":"AZ3","alias_us":"AZ3"}]})json";
const char* const kDbs = R"json({"databases":[{"database":{"id":"zLKv83gBCwCqSg3BJt0m","name":"db01","type":"MYSQL",
"version":"5.0","charset":"UTF8","ip":"192.168.0.204","port":"3306","os":"LINUX64","status":"OFF",
"instance_name":"","audit_status":null,"agent_url":["zrKw83gBCwCqSg3Bkt1P"],"db_classification":"ECS"}}]})json";
const char* const kRds = R"json({"illegal_db_id":[],"legal_db_id":["123751d3ee2f47aea64822e98318c6a8in01",
"2343f7285d684fed8b09fac201c3fc7ain01"]})json";
const char* const kAdded = R"json({"id":"Fadq-Y4B51p4J06sRc4F"})json";
const char* const kScopes = R"json({"scopes":[{"id":"zX4W2ngBo47GiyUSBuNs","name":"Full audit rule","action":"",
"status":"ON","exception_ips":"","source_ips":"","source_ports":"","db_ids":"","db_names":"","db_users":"",
"all_audit":true}],"total":1})json";
const char* const kSql = R"json({"rules":[{"id":"zX4W2ngBo47GiyUSBuNs","name":"MySQL error based SQL injection",
"status":"ON","type":"SYSTEM","risk_level":"HIGH","rank":1,"feature":"Regular expression",
"regex":"((.*?)(select)\\s+[0-9]+\\s+from\\s+\\()"}],"total":1})json";
const char* const kRisks = R"json({"rules":[{"id":"xX4W2ngBo47GiyUSBeOy","name":"Database_drag_detection","type":"OPERATE",
"feature":"CLIENT[Any]OPERATE[[SELECT]OBJECT[Any]]","status":"ON","rank":1,"risk_level":"HIGH"},
{"id":"xn4W2ngBo47GiyUSBeP4","name":"Database_Slow_SQL_Detection","type":"OPERATE",
"feature":"CLIENT[Any]OPERATE[[SELECT]OBJECT[Any]]","status":"ON","rank":2,"risk_level":"LOW"}],"total":2})json";
const char* const kRisk = R"json({"status":"OFF","action":"LOGIN,SELECT,INSERT","schemas":[{"schema":"dbss_audit","table":null,
"column":null}],"rank":6,"ignore_case":false,"rule_id":"AWTOHznX7At9UslqwTfm","rule_name":"risk_rule_name_00",
"risk_level":"MEDIUM","db_ids":"11111,22222","execution_symbol":"GREATER","execution_time":10000,
"affect_symbol":"GREATER","affect_rows":30,"client_ip":"192.168.0.1"})json";
const char* const kMasks = R"json({"rules":[{"id":"n34W2ngBo47GiyUSKOVL","name":"GPS Information","type":"BUILD_IN",
"regex":"-","mask_value":"###","status":"ON","operate_time":"2030-01-01 00:00:06"}]})json";
const char* const kLogs = R"json({"total_num":3,"operate_log":[
{"id":"1LJP-HgBCwCqSg3BVuAp","user":"hby-test","time":"2021-04-22 06:40:52","function":"Database list",
 "action":"Delete","name":"db01","description":"Delete an audited database.","result":"success"},
{"id":"07JO-HgBCwCqSg3ByOAD","user":"hby-test","time":"2021-04-22 06:40:15","function":"Database list",
 "action":"Update","name":"db01","description":"Close the audit agent.","result":"success"},
{"id":"ULKM93gBCwCqSg3BZeD1","user":"hby-test","time":"2021-04-22 03:07:56","function":"Database list",
 "action":"Create","name":"db01","description":"Create a database.","result":"success"}]})json";
const char* const kTags = R"json({"tags":[{"key":"key1","values":["value1","value2"]},{"key":"key2","values":["value1","value2"]}]})json";
const char* const kTagged = R"json({"resources":[{"resource_detail":null,"resource_id":"cdfs_cefs_wesas_12_dsad",
"resource_name":"resouce1","tags":[{"key":"key1","value":"value1"},{"key":"key2","value":"value1"}],
"total_count":1000}]})json";
const char* const kCount = R"json({"total_count":1000})json";
const char* const kDrs = R"json({"name":"DRS-mysql","db_type":"mysql","endpoint":{"endpoint_name":"mysql","ip":"127.0.0.1",
"db_port":"3306","db_user":"root"},"description":"description","connection_id":"835e1d79-24ac-411d-a1c8-22c000280659",
"ssl":{"ssl_link":false},"create_time":1716879012121,"enterprise_project_id":"0"})json";
const char* const kDas = R"json({"connection_id":"99af0766-c3f4-4e4e-a95e-14a1b070188e"})json";
// The same answers as the SDK response models name their fields.
const char* const kSdkQuota = R"json({"project_id":"p1","audit_quota":2,"cpu":8,"ram":1024})json";
const char* const kSdkSpecs = R"json({"specification":[{"id":"s","level":"low","name":"s","proxy":3,"ram":1,"vcpus":1,
"azs":[],"az_type":"normal"}]})json";
const char* const kTableSpecs = R"json({"specification":[{"id":"s","azType":"dedicated"}]})json";
const char* const kSdkRisk = R"json({"rule_id":"r","rule_name":"n","client_ips":"10.0.0.1-10.0.0.9"})json";
const char* const kSdkJobs = R"json({"jobs":[{"job_id":"j","status":"SUCCESS","resource_id":"r1","error_code":null}]})json";
const char* const kSdkAgents = R"json({"agents":[{"agent_id":"a","agent_type":"DB","agent_os":"LINUX64","agent_ip":"10.0.0.1",
"status":1}]})json";
const char* const kSdkRds = R"json({"databases":[{"id":"i","db_name":"d","status":"ACTIVE","port":"3306","ip":"10.0.0.2",
"type":"MYSQL","version":"8.0","is_supported":false}],"total_count":7})json";
// clang-format on

// Parses `json` with T::fromJson; *problem names a JSON error or the missing mandatory fields.
template <class T> T parse(const char* json, QString* problem) {
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(json), &error);
    if (!doc.isObject()) {
        *problem = error.errorString();
        return T();
    }
    QStringList missing;
    T value = T::fromJson(doc.object(), &missing);
    *problem = missing.join(u',');
    return value;
}

QJsonObject bodyOf(const ApiRequest& req) {
    return QJsonDocument::fromJson(req.body).object();
}

} // namespace

class TestSdkParityClient : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void documentsExampleResponses() {
        QString problem;
        const ListAuditInstancesResponse instances = parse<ListAuditInstancesResponse>(kInstances, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(QStringLiteral("instances: ") + problem));
        QCOMPARE(instances.servers.size(), 1);
        QCOMPARE(instances.servers[0].resourceId, QStringLiteral("062212d8-8e30-4783-9671-43f3f1f3bb1e"));
        QCOMPARE(instances.servers[0].databaseLimit, 3);
        const ListInstanceJobsResponse jobs = parse<ListInstanceJobsResponse>(kJobs, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(QStringLiteral("jobs: ") + problem));
        QCOMPARE(jobs.jobs[0].endTime, Q_INT64_C(1671519417000));
        const PeriodOrderResponse order = parse<PeriodOrderResponse>(kOrder, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(QStringLiteral("order: ") + problem));
        QCOMPARE(order.orderId, QStringLiteral("CS1710190909OGQIS"));
        const AuditQuota quota = parse<AuditQuota>(kQuota, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(QStringLiteral("quota: ") + problem));
        QCOMPARE(quota.projectId, QStringLiteral("0250cb8a80c24c0b9f20f557cb159aad"));
        const ListEcsSpecificationResponse specs = parse<ListEcsSpecificationResponse>(kSpecs, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(QStringLiteral("specs: ") + problem));
        QCOMPARE(specs.specification.size(), 3);
        QCOMPARE(specs.specification[2].azs.size(), 2);
        const ListAvailabilityZonesResponse zones = parse<ListAvailabilityZonesResponse>(kZones, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(QStringLiteral("zones: ") + problem));
        QCOMPARE(zones.azs.size(), 3);
        const ListAuditDatabasesResponse dbs = parse<ListAuditDatabasesResponse>(kDbs, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(QStringLiteral("dbs: ") + problem));
        QCOMPARE(dbs.total, 1);
        QCOMPARE(dbs.databases[0].agentUrl, QStringList{QStringLiteral("zrKw83gBCwCqSg3Bkt1P")});
        const AddRdsDatabasesResponse rds = parse<AddRdsDatabasesResponse>(kRds, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(QStringLiteral("rds: ") + problem));
        QCOMPARE(rds.legalDbIds.size(), 2);
        const AddDatabaseResponse added = parse<AddDatabaseResponse>(kAdded, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(QStringLiteral("added: ") + problem));
        QCOMPARE(added.id, QStringLiteral("Fadq-Y4B51p4J06sRc4F"));
        const ListAuditScopesResponse scopes = parse<ListAuditScopesResponse>(kScopes, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(QStringLiteral("scopes: ") + problem));
        QVERIFY(scopes.scopes[0].allAudit);
        const ListSqlInjectionRulesResponse sql = parse<ListSqlInjectionRulesResponse>(kSql, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(QStringLiteral("sql: ") + problem));
        QCOMPARE(sql.rules[0].rank, 1);
        const ListRiskRulesResponse risks = parse<ListRiskRulesResponse>(kRisks, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(QStringLiteral("risks: ") + problem));
        QCOMPARE(risks.total, 2);
        const RiskRuleDetail risk = parse<RiskRuleDetail>(kRisk, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(QStringLiteral("risk: ") + problem));
        QCOMPARE(risk.clientIps, QStringLiteral("192.168.0.1"));
        const ListMaskingRulesResponse masks = parse<ListMaskingRulesResponse>(kMasks, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(QStringLiteral("masks: ") + problem));
        QCOMPARE(masks.rules[0].maskValue, QStringLiteral("###"));
        const ListOperationLogsResponse logs = parse<ListOperationLogsResponse>(kLogs, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(QStringLiteral("logs: ") + problem));
        QCOMPARE(logs.totalNum, 3);
        QCOMPARE(logs.operateLog.size(), 3);
        const ListProjectTagsResponse tags = parse<ListProjectTagsResponse>(kTags, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(QStringLiteral("tags: ") + problem));
        QCOMPARE(tags.tags.size(), 2);
        const ListTaggedResourcesResponse tagged = parse<ListTaggedResourcesResponse>(kTagged, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(QStringLiteral("tagged: ") + problem));
        QCOMPARE(tagged.totalCount, 1000);
        const CountTaggedResourcesResponse count = parse<CountTaggedResourcesResponse>(kCount, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(QStringLiteral("count: ") + problem));
        QCOMPARE(count.totalCount, 1000);
        const DrsConnection drs = parse<DrsConnection>(kDrs, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(QStringLiteral("drs: ") + problem));
        QCOMPARE(drs.endpointPort, QStringLiteral("3306"));
        const DasConnection das = parse<DasConnection>(kDas, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(QStringLiteral("das: ") + problem));
        QCOMPARE(das.connectionId, QStringLiteral("99af0766-c3f4-4e4e-a95e-14a1b070188e"));
    }

    // Answers as the SDK models name their fields.
    void sdkShapedResponses() {
        QString problem;
        const AuditQuota sdkQuota = parse<AuditQuota>(kSdkQuota, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(QStringLiteral("sdkQuota: ") + problem));
        QCOMPARE(sdkQuota.projectId, QStringLiteral("p1"));
        const ListEcsSpecificationResponse sdkSpecs =
            parse<ListEcsSpecificationResponse>(kSdkSpecs, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(QStringLiteral("sdkSpecs: ") + problem));
        QCOMPARE(sdkSpecs.specification[0].azType, QStringLiteral("normal"));
        const ListEcsSpecificationResponse tableSpecs =
            parse<ListEcsSpecificationResponse>(kTableSpecs, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(QStringLiteral("tableSpecs: ") + problem));
        QCOMPARE(tableSpecs.specification[0].azType, QStringLiteral("dedicated"));
        const RiskRuleDetail sdkRisk = parse<RiskRuleDetail>(kSdkRisk, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(QStringLiteral("sdkRisk: ") + problem));
        QCOMPARE(sdkRisk.clientIps, QStringLiteral("10.0.0.1-10.0.0.9"));
        const ListInstanceJobsResponse sdkJobs = parse<ListInstanceJobsResponse>(kSdkJobs, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(QStringLiteral("sdkJobs: ") + problem));
        QCOMPARE(sdkJobs.jobs[0].resourceId, QStringLiteral("r1"));
        const ListAuditAgentsResponse sdkAgents = parse<ListAuditAgentsResponse>(kSdkAgents, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(QStringLiteral("sdkAgents: ") + problem));
        QCOMPARE(sdkAgents.total, 1); // ListAuditAgentResponse has no total
        const ListRdsDatabasesResponse sdkRds = parse<ListRdsDatabasesResponse>(kSdkRds, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(QStringLiteral("sdkRds: ") + problem));
        QCOMPARE(sdkRds.totalCount, 7);
        QVERIFY(!sdkRds.databases[0].isSupported);
    }

    // Success answers of the writes: the documents' and the SDK response models' (docs/api-client-notes.md).
    void mutationAnswers() {
        // {"status"}: SwitchRiskRule, CreateAuditScopeRule, SwitchAuditDatabase (SDK);
        // {"result"}: SwitchAgent, DeleteAuditDatabase, Start/Stop/Reboot, UpdateAuditSecurityGroup.
        QCOMPARE(MutationResult::fromBody(R"({"status":"SUCCESS"})").status, QStringLiteral("SUCCESS"));
        QCOMPARE(MutationResult::fromBody(R"({"result":"SUCCESS"})").status, QStringLiteral("SUCCESS"));
        QVERIFY(MutationResult::fromBody(R"({"status":"SUCCESS"})").succeeded());
        QVERIFY(MutationResult::fromBody(R"({"result":"SUCCESS"})").succeeded());
        QVERIFY(!MutationResult::fromBody(R"({"status":"FAILED"})").succeeded());
    }

    // Where the sources differ, the client sends the current SDK's names.
    void requestsFollowTheSdk() {
        const QJsonObject sg = bodyOf(setSecurityGroups(QStringLiteral("iid"), {QStringLiteral("sg")}));
        QCOMPARE(sg.value(QStringLiteral("instance_id")).toString(), QStringLiteral("iid"));
        QVERIFY(!sg.contains(QStringLiteral("resource_id")));
        OperationLogQuery q;
        q.operateName = QStringLiteral("DOWNLOAD");
        const QJsonObject log = bodyOf(listOperationLogs(QStringLiteral("iid"), q));
        QCOMPARE(log.value(QStringLiteral("action")).toString(), QStringLiteral("DOWNLOAD"));
        QVERIFY(!log.contains(QStringLiteral("operate_name")));
        QCOMPARE(log.value(QStringLiteral("page")), QJsonValue(QStringLiteral("1"))); // strings, as both
        const QJsonObject sw =
            bodyOf(switchAuditDatabase(QStringLiteral("iid"), QStringLiteral("db"), false));
        QCOMPARE(sw.value(QStringLiteral("status")).toString(),
                 QStringLiteral("OFF")); // SwitchAuditDbRequest enum
        QCOMPARE(sw.value(QStringLiteral("id")).toString(), QStringLiteral("db"));
        const QJsonObject agent = bodyOf(switchAgent(QStringLiteral("iid"), QStringLiteral("a"), true));
        QCOMPARE(agent.value(QStringLiteral("status")), QJsonValue(1)); // integer in both
    }
};

QTEST_MAIN(TestSdkParityClient)
#include "tst_sdkparityclient.moc"
