// Rules: audit scopes (3.5.1, document 004), SQL injection (3.5.2), risk rules (3.5.3, 3.5.4,
// switch 3.1.1), masking rules (3.5.5): the documents' examples plus variants.

#include "ParseHelpers.h"
#include "models/api/AuditScopes.h"
#include "models/api/Rules.h"

#include <QJsonArray>
#include <QtTest>

using namespace dbss::api;

class TestRulesJson : public QObject {
    Q_OBJECT private Q_SLOTS : void scopesExample() {
        QStringList missing;
        const auto r = parseExample<ListAuditScopesResponse>(R"({"scopes":[{"id":"zX4W2ngBo47GiyUSBuNs",
            "name":"Full audit rule","action":"","status":"ON","exception_ips":"","source_ips":"","source_ports":"",
            "db_ids":"","db_names":"","db_users":"","all_audit":true}],"total":1})",
                                                             &missing);
        QVERIFY(missing.isEmpty());
        QCOMPARE(r.total, 1);
        QVERIFY(r.scopes[0].allAudit);
        QCOMPARE(r.scopes[0].name, QStringLiteral("Full audit rule"));
        parseExample<ListAuditScopesResponse>(R"({"scopes":[{"id":"a","name":null,"all_audit":"true"}]})",
                                              &missing);
        QCOMPARE(missing, QStringList{QStringLiteral("scopes[0].name")});
    }
    void addScopeMatchesDocument() {
        NewAuditScope s;
        s.ruleName = QStringLiteral("test");
        s.dbIds = {QStringLiteral("lQZpwJgB0g4pz3UTv74a")};
        s.dbNames = {QStringLiteral("MySQL")};
        const ApiRequest req = addAuditScope(QStringLiteral("inst"), s);
        QCOMPARE(req.path, QStringLiteral("/v1/{project_id}/audit/inst/rule/scopes"));
        QVERIFY(!req.readOnly);
        QCOMPARE(
            bodyObject(req.body),
            (QJsonObject{{"db_ids", "lQZpwJgB0g4pz3UTv74a"}, {"db_names", "MySQL"}, {"rule_name", "test"}}));
        s.sourceIps = {QStringLiteral("10.0.0.1"), QStringLiteral("10.0.0.2")};
        s.actions = {QStringLiteral("LOGIN")};
        const QJsonObject b = bodyObject(addAuditScope(QStringLiteral("inst"), s).body);
        QCOMPARE(b.value("source_ips").toString(), QStringLiteral("10.0.0.1,10.0.0.2"));
        QCOMPARE(b.value("action").toString(), QStringLiteral("LOGIN"));
        QVERIFY(!b.contains("db_users"));
    }

    void sqlInjectionExample() {
        // The reference example has a trailing comma; real services send valid JSON, so it is dropped here.
        QStringList missing;
        const auto r =
            parseExample<ListSqlInjectionRulesResponse>(R"json({"rules":[{"id":"zX4W2ngBo47GiyUSBuNs",
            "name":"MySQL error based SQL injection","status":"ON","type":"SYSTEM","risk_level":"HIGH","rank":1,
            "feature":"Regular expression","regex":"((.*?)(select)\\s+[0-9]+)"}],"total":1})json",
                                                        &missing);
        QVERIFY(missing.isEmpty());
        QCOMPARE(r.rules[0].riskLevel, QStringLiteral("HIGH"));
        QCOMPARE(r.rules[0].regex, QStringLiteral("((.*?)(select)\\s+[0-9]+)"));
        const ApiRequest req = listSqlInjectionRules(QStringLiteral("inst"), {QStringLiteral("HIGH")});
        QCOMPARE(req.method, QByteArray("POST"));
        QVERIFY(req.readOnly); // a query, though a POST
        QCOMPARE(req.path, QStringLiteral("/v1/{project_id}/inst/dbss/audit/rule/sql-injections"));
        QCOMPARE(bodyObject(req.body), (QJsonObject{{"risk_levels", "HIGH"}}));
    }

    void riskListExample() {
        QStringList missing;
        const auto r = parseExample<ListRiskRulesResponse>(R"({"rules":[{"id":"xX4W2ngBo47GiyUSBeOy",
            "name":"Database_drag_detection","type":"OPERATE","feature":"CLIENT[Any]OPERATE[[SELECT]OBJECT[Any]]",
            "status":"ON","rank":1,"risk_level":"HIGH"},{"id":"xn4W2ngBo47GiyUSBeP4",
            "name":"Database_Slow_SQL_Detection","type":"OPERATE","feature":"CLIENT[Any]OPERATE[[SELECT]OBJECT[Any]]",
            "status":"ON","rank":2,"risk_level":"LOW"}],"total":2})",
                                                           &missing);
        QVERIFY(missing.isEmpty());
        QCOMPARE(r.rules.size(), 2);
        QCOMPARE(r.rules[1].rank, 2);
        const ApiRequest req = listRiskRules(QStringLiteral("inst"), QStringLiteral("drag"),
                                             {QStringLiteral("HIGH"), QStringLiteral("LOW")});
        QCOMPARE(req.path, QStringLiteral("/v1/{project_id}/inst/dbss/audit/rule/risk"));
        QCOMPARE(req.query.queryItemValue("risk_levels"), QStringLiteral("HIGH,LOW"));
        QCOMPARE(req.query.queryItemValue("name"), QStringLiteral("drag"));
    }
    void riskShowExample() {
        QStringList missing;
        const auto d = parseExample<RiskRuleDetail>(R"({"status":"OFF","action":"LOGIN,SELECT,INSERT",
            "schemas":[{"schema":"dbss_audit","table":null,"column":null}],"rank":6,"ignore_case":false,
            "rule_id":"AWTOHznX7At9UslqwTfm","rule_name":"risk_rule_name_00","risk_level":"MEDIUM",
            "db_ids":"11111,22222","execution_symbol":"GREATER","execution_time":10000,"affect_symbol":"GREATER",
            "affect_rows":30,"client_ip":"192.168.0.1"})",
                                                    &missing);
        QVERIFY(missing.isEmpty());
        QCOMPARE(d.ruleId, QStringLiteral("AWTOHznX7At9UslqwTfm"));
        QCOMPARE(d.schemas.size(), 1);
        QCOMPARE(d.schemas[0].schema, QStringLiteral("dbss_audit"));
        QVERIFY(d.schemas[0].table.isEmpty());
        QCOMPARE(d.executionTime, 10000);
        QCOMPARE(d.clientIps, QStringLiteral("192.168.0.1")); // example's client_ip
        parseExample<RiskRuleDetail>(R"({"rule_name":"x","client_ips":"1.1.1.1-1.1.1.9"})", &missing);
        QCOMPARE(missing, QStringList{QStringLiteral("rule_id")});
        QCOMPARE(showRiskRule(QStringLiteral("inst"), QStringLiteral("AWTO")).path,
                 QStringLiteral("/v1/{project_id}/inst/dbss/audit/rule/risk/AWTO"));
    }
    void riskSwitchMatchesDocument() {
        const ApiRequest req =
            switchRiskRules(QStringLiteral("inst"), {QStringLiteral("c7ILB3kBcwCqSg3B2OpF")}, false);
        QCOMPARE(req.path, QStringLiteral("/v1/{project_id}/inst/audit/rule/risk/switch"));
        QVERIFY(!req.readOnly);
        QCOMPARE(bodyObject(req.body), (QJsonObject{{"ids", "c7ILB3kBcwCqSg3B2OpF"}, {"status", "OFF"}}));
        QCOMPARE(bodyObject(switchRiskRules(QStringLiteral("i"), {"a", "b"}, true).body),
                 (QJsonObject{{"ids", "a,b"}, {"status", "ON"}}));
    }

    void masksExample() {
        QStringList missing;
        const auto r = parseExample<ListMaskingRulesResponse>(R"({"rules":[{"id":"n34W2ngBo47GiyUSKOVL",
            "name":"GPS Information","type":"BUILD_IN","regex":"-","mask_value":"###","status":"ON",
            "operate_time":"2030-01-01 00:00:06"}]})",
                                                              &missing);
        QVERIFY(missing.isEmpty());
        QCOMPARE(r.total, 1);
        QCOMPARE(r.rules[0].maskValue, QStringLiteral("###"));
        parseExample<ListMaskingRulesResponse>(R"({"rules":"nope","total":0})", &missing);
        QCOMPARE(missing, QStringList{QStringLiteral("rules")});
        QCOMPARE(listMaskingRules(QStringLiteral("inst"), 0, 100).path,
                 QStringLiteral("/v1/{project_id}/inst/dbss/audit/sensitive/masks"));
    }
};

QTEST_GUILESS_MAIN(TestRulesJson)
#include "tst_rulesjson.moc"
