#pragma once
// The requests of the documents' examples and of the official SDKs (huaweicloud-sdk-go-v3 /
// -python-v3, services/dbss/v1, drs/v5, das/v3), written down as this test's own data.
//
// Tokens replaced before sending: {p} project, {iid} an ACTIVE instance with room for databases
// (its list `id`), {rid} its resource_id, {db} one of its databases, {agent} one of its agents,
// {risk} one of its risk rules, {rds} an RDS instance the sandbox knows, {region}/{az} the
// sandbox's region and first zone, {off} a SHUTOFF instance, {on} another ACTIVE instance.
// Ids in the examples that must name existing objects are replaced by tokens; every other value
// is the example's own (including the 11-digit last group of the security group id).
//
// `keys`: top-level fields the answer must carry (the documents' table and the SDK response model).

namespace dbss::test::parity {

struct Case {
    const char* name;
    const char* method;
    const char* path;
    const char* body; // nullptr: no body
    int status;
    const char* keys; // comma-separated
};

// The documents' example requests, one per operation (26; IAM is not in the documents' set).
inline const Case kDocumentCases[] = {
    {"3.2.1 instances", "GET", "/v1/{p}/dbss/audit/instances", nullptr, 200, "servers,total"},
    {"3.2.2 jobs", "GET", "/v1/{p}/dbss/audit/jobs/{rid}", nullptr, 200, "jobs"},
    {"3.2.3 order", "POST", "/v2/{p}/dbss/audit/charge/period/order", R"({
  "flavor_ref": "c6.2xlarge.2", "name": "DBSS-test", "vpc_id": "4c035747-f77b-4c6d-b23b-cb3a2b96c7e6",
  "availability_zone": "{az}", "comment": "", "region": "{region}",
  "nics": [ { "subnet_id": "6201dcf2-1374-43ec-ae8b-78b4081572d3" } ],
  "security_groups": [ { "id": "59c45017-a484-481b-8440-18c2214ccb06" } ],
  "cloud_service_type": "hws.service.type.dbss", "charging_mode": 0, "period_type": 2, "period_num": 1,
  "subscription_num": 1, "is_auto_renew": 0,
  "product_infos": [ { "product_id": "00301-225396-0--0", "cloud_service_type": "hws.service.type.dbss",
      "resource_type": "hws.resource.type.dbss", "resource_spec_code": "dbss.bypassaudit.medium",
      "product_spec_desc": "{\"specDesc\":{\"zh-cn\":{\"key1\":\"value1\"},\"en-us\":{\"key1\":\"value1\"}}}" } ],
  "promotion_info": "", "enterprise_project_id": "0" })",
     200, "code,order_id"},
    {"3.1.3 quota", "GET", "/v1/{p}/dbss/audit/quota", nullptr, 200,
     "audit_quota,cpu,ram,project_id,projectId"},
    {"3.1.4 specification", "GET", "/v1/{p}/dbss/audit/specification", nullptr, 200, "specification"},
    {"3.1.5 zones", "GET", "/v2/{p}/dbss/audit/availability-zone", nullptr, 200, "azs"},
    {"3.1.7 security group", "POST", "/v1/{p}/dbss/audit/security-group",
     R"({ "resource_id" : "{rid}", "securitygroup_ids" : [ "f0fbec06-bcf6-4c7e-99fa-f0ddfb1d9bd" ] })", 200,
     "result"},
    {"3.3.1 databases", "GET", "/v1/{p}/{iid}/dbss/audit/databases", nullptr, 200, "databases,total"},
    {"3.3.2 add RDS", "POST", "/v1/{p}/{iid}/dbss/audit/databases/rds", R"({ "databases": [
  { "id": "123751d3ee2f47aea64822e98318c6a8in01", "db_name": "rds1", "status": "ACTIVE", "port": "3306",
    "ip": "192.168.0.119", "instance_name": "rds1", "version": "8.0", "type": "MySQL" },
  { "id": "2343f7285d684fed8b09fac201c3fc7ain01", "db_name": "rds2", "status": "ACTIVE", "port": "3306",
    "ip": "192.168.0.92", "instance_name": "rds2", "version": "8.0", "type": "MySQL" } ] })",
     200, "illegal_db_id,legal_db_id"},
    {"000 add self-built", "POST", "/v2/{p}/audit/{iid}/databases", R"({ "database" : {
  "name" : "test", "type" : "POSTGRESQL", "version" : "7.4", "charset" : "UTF8", "ip" : "1.1.1.1",
  "port" : "66", "instance_name" : "testaaa", "os" : "LINUX64", "db_classification" : "ECS" } })",
     200, "id"},
    {"3.1.2 agent switch", "POST", "/v1/{p}/{iid}/audit/agent/switch",
     R"({ "agent_id" : "{agent}", "status" : 1 })", 200, "result"},
    {"3.5.1 scopes", "GET", "/v1/{p}/{iid}/dbss/audit/rule/scopes", nullptr, 200, "scopes,total"},
    {"004 add scope", "POST", "/v1/{p}/audit/{iid}/rule/scopes",
     R"({ "db_ids" : "{db}", "db_names" : "MySQL", "rule_name" : "test" })", 200, "status"},
    {"3.5.2 SQL injection", "POST", "/v1/{p}/{iid}/dbss/audit/rule/sql-injections",
     R"({ "risk_levels" : "HIGH" })", 200, "rules,total"},
    {"3.5.3 risk rules", "GET", "/v1/{p}/{iid}/dbss/audit/rule/risk", nullptr, 200, "rules,total"},
    {"3.5.4 risk rule", "GET", "/v1/{p}/{iid}/dbss/audit/rule/risk/{risk}", nullptr, 200,
     "rule_id,rule_name,status,risk_level,client_ips,client_ip"},
    {"3.1.1 risk switch", "POST", "/v1/{p}/{iid}/audit/rule/risk/switch",
     R"({ "ids" : "{risk}", "status" : "OFF" })", 200, "status"},
    {"3.5.5 masks", "GET", "/v1/{p}/{iid}/dbss/audit/sensitive/masks", nullptr, 200, "rules,total"},
    {"3.1.6 operation log", "POST", "/v1/{p}/{iid}/dbss/audit/operate-log",
     R"({ "time": { "time_range": "HOUR" }, "page": 1, "size": 10 })", 200, "total_num,operate_log"},
    {"3.4.1 project tags", "GET", "/v1/{p}/auditInstance/tags", nullptr, 200, "tags"},
    {"3.4.2 filter", "POST", "/v1/{p}/auditInstance/resource-instances/filter", R"({
  "matches" : [ { "key" : "resource_name", "value" : "resource1" } ],
  "not_tags" : [ { "key" : "key1", "values" : [ "*value1", "value2" ] } ],
  "tags" : [ { "key" : "key1", "values" : [ "*value1", "value2" ] } ],
  "tags_any" : [ { "key" : "key1", "values" : [ "value1", "value2" ] } ],
  "not_tags_any" : [ { "key" : "key1", "values" : [ "value1", "value2" ] } ] })",
     200, "resources,total_count"},
    {"3.4.3 count", "POST", "/v1/{p}/auditInstance/resource-instances/count", R"({
  "matches" : [ { "key" : "resource_name", "value" : "resource1" } ],
  "not_tags" : [ { "key" : "key1", "values" : [ "*value1", "value2" ] } ],
  "tags" : [ { "key" : "key1", "values" : [ "*value1", "value2" ] } ],
  "tags_any" : [ { "key" : "key1", "values" : [ "value1", "value2" ] } ],
  "not_tags_any" : [ { "key" : "key1", "values" : [ "value1", "value2" ] } ] })",
     200, "total_count"},
    // The example adds a sys_tags entry, which only the op_service permission may send: a tenant
    // (every sandbox account) is refused (sandbox/README.md); the same tags without it succeed below.
    {"3.4.4 tags create (op_service example)", "POST", "/v1/{p}/auditInstance/{rid}/tags/create", R"({
  "tags": [ { "key": "key1" }, { "key": "key2", "value": "value3" } ],
  "sys_tags": [ { "key": "_sys_enterprise_project_id", "value": "5aa119a8-d25b-45a7-8d1b-88e127885635" } ] })",
     400, "error"},
    {"3.4.4 tags create (tenant part)", "POST", "/v1/{p}/auditInstance/{rid}/tags/create",
     R"({ "tags": [ { "key": "key1" }, { "key": "key2", "value": "value3" } ] })", 204, ""},
    {"3.4.5 tags delete", "DELETE", "/v1/{p}/auditInstance/{rid}/tags/delete",
     R"({ "tags": [ { "key": "key1" }, { "key": "key2", "value": "value3" } ] })", 204, ""},
    {"002 DRS connection", "POST", "/v5/{p}/connections", R"({
  "name" : "DRS-mysql", "db_type" : "mysql", "description" : "description",
  "endpoint" : { "endpoint_name" : "mysql", "ip" : "127.0.0.1", "db_port" : "3306", "db_user" : "root",
                 "db_password" : "password" },
  "ssl" : { "ssl_link" : false }, "enterprise_project_id" : "0" })",
     200, "connection_id,name,db_type,endpoint,create_time"},
    {"003 DAS connection", "POST", "/v3/{p}/instances/{rds}/create-connection", R"({
  "engine_type" : "mysql", "network_type" : "rds", "username" : "root", "is_save_password" : true,
  "password" : "Gauss_2345", "sql_record_flag" : true, "remarks" : "create by api" })",
     200, "connection_id"},
};

// The same operations as the current SDKs build them (Go: pointer fields without omitempty are
// sent as null), plus the SDK-only operations the project uses.
inline const Case kSdkCases[] = {
    {"ListAuditInstances", "GET", "/v1/{p}/dbss/audit/instances?offset=0&limit=100", nullptr, 200,
     "servers,total"},
    {"ListAuditInstanceJobs", "GET", "/v1/{p}/dbss/audit/jobs/{rid}", nullptr, 200, "jobs"},
    {"CreateInstancesPeriodOrder", "POST", "/v2/{p}/dbss/audit/charge/period/order", R"({
  "name": "sdk-order", "flavor_ref": "s2.xlarge.4", "vpc_id": "4c035747-f77b-4c6d-b23b-cb3a2b96c7e6",
  "availability_zone": "{az}", "nics": [ { "subnet_id": "6201dcf2-1374-43ec-ae8b-78b4081572d3" } ],
  "security_groups": [ { "id": "59c45017-a484-481b-8440-18c2214ccb06" } ], "region": "{region}",
  "cloud_service_type": "hws.service.type.dbss", "charging_mode": 0, "period_type": 2, "period_num": 1,
  "subscription_num": 1, "tags": [ { "key": "env" } ], "is_auto_renew": 0,
  "product_infos": [ { "product_id": "00301-225396-0--0", "cloud_service_type": "hws.service.type.dbss",
      "resource_type": "hws.resource.type.dbss", "resource_spec_code": "dbss.bypassaudit.low" } ] })",
     200, "description,code,order_id"},
    {"ShowAuditQuota", "GET", "/v1/{p}/dbss/audit/quota", nullptr, 200, "project_id,audit_quota,cpu,ram"},
    {"ListEcsSpecification", "GET", "/v1/{p}/dbss/audit/specification", nullptr, 200, "specification"},
    {"ListAvailabilityZoneInfos", "GET", "/v2/{p}/dbss/audit/availability-zone", nullptr, 200, "azs"},
    {"UpdateAuditSecurityGroup", "POST", "/v1/{p}/dbss/audit/security-group",
     R"({"instance_id":"{iid}","securitygroup_ids":["59c45017-a484-481b-8440-18c2214ccb06"]})", 200,
     "result"},
    {"ListAuditDatabases", "GET", "/v1/{p}/{iid}/dbss/audit/databases?status=ON&offset=0&limit=10", nullptr,
     200, "databases,total"},
    {"AddRdsNoAgentDatabase", "POST", "/v1/{p}/{iid}/dbss/audit/databases/rds",
     R"({"databases":[{"id":"sdk0000000000000000000000000001in01","db_name":"sdk1","status":"ACTIVE","port":"3306",
        "ip":"192.168.0.77","instance_name":"sdk1","version":"8.0","type":"MYSQL","enterprise_id":"0"}]})",
     200, "illegal_db_id,legal_db_id"},
    {"AddAuditDatabaseNew", "POST", "/v2/{p}/audit/{iid}/databases",
     R"({"database":{"db_classification":"ECS","name":"sdkdb","type":"MYSQL","version":"8.0","charset":"UTF8",
        "ip":"10.0.0.9","port":"3306","os":"LINUX64"}})",
     200, "id"},
    {"SwitchAgent", "POST", "/v1/{p}/{iid}/audit/agent/switch", R"({"agent_id":"{agent}","status":0})", 200,
     "result"},
    {"ListAuditRuleScopes", "GET", "/v1/{p}/{iid}/dbss/audit/rule/scopes?offset=0&limit=10", nullptr, 200,
     "scopes,total"},
    {"CreateAuditScopeRule", "POST", "/v1/{p}/audit/{iid}/rule/scopes",
     R"({"action":"SELECT","db_ids":"[ALL]","db_names":"[All databases]","rule_name":"sdk-scope"})", 200,
     "status"},
    {"ListSqlInjectionRules", "POST", "/v1/{p}/{iid}/dbss/audit/rule/sql-injections",
     R"({"page":1,"size":2,"risk_levels":"HIGH,MEDIUM,LOW"})", 200, "rules,total"},
    {"ListAuditRuleRisks", "GET", "/v1/{p}/{iid}/dbss/audit/rule/risk?risk_levels=HIGH", nullptr, 200,
     "rules,total"},
    {"ShowAuditRuleRisk", "GET", "/v1/{p}/{iid}/dbss/audit/rule/risk/{risk}", nullptr, 200,
     "rule_id,rule_name,status,risk_level,client_ips"},
    {"SwitchRiskRule", "POST", "/v1/{p}/{iid}/audit/rule/risk/switch", R"({"ids":"{risk}","status":"ON"})",
     200, "status"},
    {"ListAuditSensitiveMasks", "GET", "/v1/{p}/{iid}/dbss/audit/sensitive/masks?offset=0&limit=10", nullptr,
     200, "rules,total"},
    {"ListAuditOperateLogs", "POST", "/v1/{p}/{iid}/dbss/audit/operate-log",
     R"({"time":null,"action":"UPDATE","page":"1","size":"10"})", 200, "total_num,operate_log"},
    {"ListProjectResourceTags", "GET", "/v1/{p}/auditInstance/tags", nullptr, 200, "tags"},
    {"ListResourceInstanceByTag", "POST", "/v1/{p}/auditInstance/resource-instances/filter?limit=10&offset=0",
     R"({"tags":[{"key":"env","values":[]}]})", 200, "resources,total_count"},
    {"CountResourceInstanceByTag", "POST", "/v1/{p}/auditInstance/resource-instances/count",
     R"({"tags_any":[{"key":"env","values":["production"]}]})", 200, "total_count"},
    {"BatchAddResourceTag", "POST", "/v1/{p}/auditInstance/{rid}/tags/create",
     R"({"tags":[{"key":"sdk","value":"yes"}]})", 204, ""},
    {"BatchDeleteResourceTag", "DELETE", "/v1/{p}/auditInstance/{rid}/tags/delete",
     R"({"tags":[{"key":"sdk"}]})", 204, ""},
    {"CreateConnection (DRS v5)", "POST", "/v5/{p}/connections",
     R"({"name":"sdk-mysql","db_type":"mysql","endpoint":{"endpoint_name":"mysql","ip":"127.0.0.1",
        "db_port":"3306","db_user":"root","db_password":"password"}})",
     200, "connection_id,name,db_type,endpoint"},
    {"CreateInstanceConnection (DAS v3)", "POST", "/v3/{p}/instances/{rds}/create-connection",
     R"({"engine_type":"mysql","network_type":"ecs","username":"root","is_save_password":false,
        "password":"Gauss_2345","port":3306})",
     200, "connection_id"},
    // SDK-only operations.
    {"ListAuditAgent", "GET", "/v2/{p}/{iid}/audit/agents?db_id={db}&offset=0&limit=10", nullptr, 200,
     "agents"},
    {"ListRdsDatabases", "GET", "/v2/{p}/audit/databases/rds?db_type=MYSQL&offset=0&limit=10", nullptr, 200,
     "databases,total_count"},
    {"SwitchAuditDatabase", "POST", "/v2/{p}/{iid}/audit/databases/switch", R"({"id":"{db}","status":"OFF"})",
     200, "status,result"},
    {"RebootAuditInstance", "POST", "/v1/{p}/dbss/audit/instance/reboot", R"({"instance_id":"{on}"})", 200,
     "result"},
    {"StartAuditInstance", "POST", "/v1/{p}/dbss/audit/instance/start", R"({"instance_id":"{off}"})", 200,
     "result"},
    {"StopAuditInstance", "POST", "/v1/{p}/dbss/audit/instance/stop", R"({"instance_id":"{off}"})", 200,
     "result"},
    {"DeleteAuditDatabase", "DELETE", "/v2/{p}/{iid}/audit/databases/{db}", nullptr, 200, "result"},
};

} // namespace dbss::test::parity
