// The policy file format (docs/policy.md) and the plan computed from two policies: strict
// validation, stable output, matching by (name, type), the smallest set of requests, and what
// the API cannot change listed as such.
#include "models/policy/PolicyPlan.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace dbss::models;

namespace {

PolicyRule rule(const QString& name, const QString& type, bool on, const QString& id = {}) {
    PolicyRule r;
    r.name = name;
    r.type = type;
    r.on = on;
    r.id = id;
    return r;
}

PolicyScope scope(const QString& name, const QStringList& databases, const QString& id = {}) {
    PolicyScope s;
    s.name = name;
    s.databases = databases;
    s.id = id;
    return s;
}

// An instance: three risk rules, two SQL-injection rules, one mask, the full-audit scope.
Policy instance(const QString& idPrefix) {
    Policy p;
    p.riskRules = {rule("Slow_SQL", "OPERATE", true, idPrefix + "r1"),
                   rule("Drag", "OPERATE", true, idPrefix + "r2"),
                   rule("Login_Failure", "LOGIN", false, idPrefix + "r3")};
    p.sqlInjectionRules = {rule("Blind", "SYSTEM", true, idPrefix + "s1"),
                           rule("Error based", "SYSTEM", true, idPrefix + "s2")};
    p.maskingRules = {rule("Email", "BUILD_IN", true, idPrefix + "m1")};
    PolicyScope full = scope("Full audit rule", {}, idPrefix + "f");
    full.fullAudit = true;
    p.auditScopes = {full};
    p.databaseIds = {{"orders", idPrefix + "db1"}};
    p.sort();
    return p;
}

QJsonObject fileOf(const Policy& p) {
    return QJsonDocument::fromJson(p.toFileBytes()).object();
}

} // namespace

class TestPolicyJson : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void roundTripIsStableAndIdFree() {
        Policy p = instance("A-");
        std::reverse(p.riskRules.begin(), p.riskRules.end());
        const QByteArray bytes = p.toFileBytes();
        QVERIFY(!bytes.contains("A-"));
        QStringList errors;
        const auto back = Policy::fromFileBytes(bytes, &errors);
        QVERIFY2(back, qPrintable(errors.join('\n')));
        QCOMPARE(back->toFileBytes(), bytes);
        QCOMPARE(instance("B-").toFileBytes(), bytes); // ids never reach the file
        const QJsonArray risks = fileOf(p).value("risk_rules").toArray();
        QCOMPARE(risks.at(0).toObject().value("name").toString(),
                 QStringLiteral("Login_Failure")); // LOGIN < OPERATE
    }

    void refusesBadFiles_data() {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        const QByteArray head = R"("schema":"dbss-console/policy","version":1)";
        QTest::newRow("not json") << QByteArray("{") << "not valid JSON";
        QTest::newRow("other schema") << QByteArray(R"({"schema":"x","version":1})") << "not a policy file";
        QTest::newRow("future version")
            << QByteArray(R"({"schema":"dbss-console/policy","version":7})") << "version 7";
        QTest::newRow("version text") << QByteArray(R"({"schema":"dbss-console/policy","version":"1"})")
                                      << "version: must be a whole number";
        QTest::newRow("wrong type") << "{" + head +
                                           R"(,"risk_rules":[{"name":"a","type":"SYSTEM","enabled":true}]})"
                                    << "risk_rules[0].type: 'SYSTEM' is not a type of risk_rules";
        QTest::newRow("enabled text")
            << "{" + head + R"(,"masking_rules":[{"name":"a","type":"BUILD_IN","enabled":"yes"}]})"
            << "masking_rules[0].enabled: must be true or false";
        QTest::newRow("missing name")
            << "{" + head + R"(,"sql_injection_rules":[{"type":"SYSTEM","enabled":true}]})"
            << "sql_injection_rules[0].name: missing";
        QTest::newRow("twice")
            << "{" + head +
                   R"(,"risk_rules":[{"name":"a","type":"LOGIN","enabled":true},{"name":"a","type":"LOGIN","enabled":false}]})"
            << "listed twice";
        QTest::newRow("unknown field")
            << "{" + head + R"(,"risk_rules":[{"name":"a","type":"LOGIN","enabled":true,"id":"x"}]})"
            << "risk_rules[0].id: unknown field";
        QTest::newRow("scope without db") << "{" + head + R"(,"audit_scopes":[{"name":"s","enabled":true}]})"
                                          << "audit_scopes[0].databases";
        QTest::newRow("ALL and more")
            << "{" + head + R"(,"audit_scopes":[{"name":"s","enabled":true,"databases":["ALL","x"]}]})"
            << "cannot be combined";
    }
    void refusesBadFiles() {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        QStringList errors;
        QVERIFY(!Policy::fromFileBytes(json, &errors));
        QVERIFY2(errors.join('\n').contains(expected), qPrintable(errors.join('\n')));
    }

    void planGroupsRequests() {
        Policy desired = instance("A-");
        desired.riskRules[0].on = true;  // Login_Failure OFF -> ON
        desired.riskRules[1].on = false; // Drag ON -> OFF
        desired.riskRules[2].on = false; // Slow_SQL ON -> OFF
        desired.sqlInjectionRules[0].on = false;
        desired.sqlInjectionRules[1].on = false;
        desired.maskingRules[0].on = false;
        desired.auditScopes << scope("orders only", {"orders"});
        const Policy current = instance("B-");
        const PolicyPlan plan = PolicyPlan::compute(desired, current, "B", true);
        QVERIFY(plan.isValid());
        QCOMPARE(plan.changes.size(), 7);
        QCOMPARE(plan.possibleCount(), 7);
        QStringList operations;
        for (const PolicyRequest& r : plan.requests)
            operations << r.request.operation;
        // One switch-on and one switch-off for the risk rules; SQL injection one id per call.
        QCOMPARE(operations,
                 (QStringList{"SwitchRiskRule", "SwitchRiskRule", "SetAuditSqlRuleSwitch",
                              "SetAuditSqlRuleSwitch", "SetSensitiveMaskRuleSwitch", "AddAuditRuleScope"}));
        QCOMPARE(plan.requests[1].changes.size(), 2);
        QVERIFY(plan.requests[1].request.body.contains(R"("ids":"B-r2,B-r1")") ||
                plan.requests[1].request.body.contains(R"("ids":"B-r1,B-r2")"));
        // The new scope names the target's database id, not the source's.
        QVERIFY(plan.requests.last().request.body.contains("B-db1"));
        // Nothing to do once the target looks like the policy.
        QVERIFY(PolicyPlan::compute(desired, desired, "A", true).inSync());
    }

    void strictNamesAndImpossibleChanges() {
        Policy desired = instance("A-");
        desired.riskRules << rule("Custom", "OPERATE", true);
        desired.riskRules[0].type = "OPERATE"; // Login_Failure is LOGIN on the instance
        desired.sort();
        const PolicyPlan strict = PolicyPlan::compute(desired, instance("B-"), "B", true);
        QVERIFY(!strict.isValid());
        QVERIFY(strict.requests.isEmpty());
        const QString errors = strict.errors.join('\n');
        QVERIFY2(errors.contains("no rule named 'Custom'"), qPrintable(errors));
        QVERIFY2(errors.contains("'Login_Failure' is of type LOGIN"), qPrintable(errors));

        // Comparing instances: listed as changes the API cannot make, never silently skipped.
        const PolicyPlan loose = PolicyPlan::compute(desired, instance("B-"), "B", false);
        QVERIFY(loose.isValid());
        QCOMPARE(loose.impossibleCount(),
                 3); // Custom and Login_Failure(OPERATE) missing, Login_Failure(LOGIN) extra
        for (const PolicyChange& c : loose.changes) {
            QVERIFY(!c.possible);
            QCOMPARE(c.request, -1);
            QVERIFY(!c.reason.isEmpty());
        }

        // The full-audit scope cannot be deleted; a scope naming an absent database cannot be added.
        Policy noFull = instance("A-");
        noFull.auditScopes = {scope("elsewhere", {"ledger"})};
        const PolicyPlan scopes = PolicyPlan::compute(noFull, instance("B-"), "B", true);
        QCOMPARE(scopes.changes.size(), 2);
        QCOMPARE(scopes.possibleCount(), 0);
        QVERIFY(scopes.requests.isEmpty());
    }

    void managedLists() {
        // A file without audit_scopes leaves the instance's scopes alone.
        const QByteArray json =
            R"({"schema":"dbss-console/policy","version":1,"risk_rules":[{"name":"Drag","type":"OPERATE","enabled":false}]})";
        QStringList errors;
        const auto p = Policy::fromFileBytes(json, &errors);
        QVERIFY(p);
        QCOMPARE(p->managed, QStringList{"risk_rules"});
        Policy current = instance("B-");
        current.auditScopes << scope("other", {"ALL"}, "x");
        const PolicyPlan plan = PolicyPlan::compute(*p, current, "B", true);
        // A list the file has speaks for the whole list: the instance's other risk rules are
        // extra (the API cannot delete them); the scopes are not compared at all.
        QCOMPARE(plan.changes.size(), 3);
        QCOMPARE(plan.possibleCount(), 1);
        for (const PolicyChange& c : plan.changes) {
            QCOMPARE(c.list, QStringLiteral("risk_rules"));
            QCOMPARE(c.possible, c.name == QLatin1String("Drag"));
        }
    }
};

QTEST_GUILESS_MAIN(TestPolicyJson)
#include "tst_policyjson.moc"
