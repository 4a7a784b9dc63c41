// The SDK-contract rule operations (docs/policy.md): switching SQL-injection rules
// (SetAuditSqlRuleSwitch), masking rules (SetSensitiveMaskRuleSwitch) and audit scopes
// (SetAuditScopeRuleSwitch), editing (UpdateAuditScopeRule) and deleting (DeleteAuditScope) scopes:
// validation as the SDK models declare it, documented error codes, one operation-log row each.
#include "tests/common/SandboxFixture.h"

#include <QTest>

using namespace dbss::test;

class TestRuleEdits : public QObject {
    Q_OBJECT
private:
    SandboxFixture m_sb;
    QString m_id;

    QString v(const char* version, const QString& rest) const {
        return QStringLiteral("/%1/%2/audit/%3").arg(QLatin1String(version), m_sb.project(), m_id) + rest;
    }
    QJsonArray list(const QString& rest, const char* key, bool post = false) {
        const QString path = m_sb.v1(QStringLiteral("/%1").arg(m_id) + rest);
        const TestResponse r = post ? m_sb.client->postJson(path, {}) : m_sb.client->get(path);
        return r.json().value(QLatin1String(key)).toArray();
    }
    QJsonObject find(const QJsonArray& rows, const QString& id) {
        for (const QJsonValue& row : rows)
            if (row.toObject().value(QStringLiteral("id")).toString() == id)
                return row.toObject();
        return {};
    }
    QJsonArray scopes() { return list(QStringLiteral("/dbss/audit/rule/scopes"), "scopes"); }
    QString addScope(const QString& name) {
        const TestResponse r = m_sb.client->postJson(
            m_sb.v1(QStringLiteral("/audit/%1/rule/scopes").arg(m_id)),
            {{"rule_name", name}, {"db_ids", "[ALL]"}, {"db_names", "[All databases]"}});
        if (r.status != 200)
            return {};
        for (const QJsonValue& s : scopes())
            if (s.toObject().value("name").toString() == name)
                return s.toObject().value("id").toString();
        return {};
    }

private Q_SLOTS:
    void initTestCase() {
        QString error;
        QVERIFY2(m_sb.start(&error), qPrintable(error));
        m_id = m_sb.instanceId();
    }

    void sqlInjectionSwitch() {
        const QJsonArray rules = list(QStringLiteral("/dbss/audit/rule/sql-injections"), "rules", true);
        QVERIFY(!rules.isEmpty());
        const QString ruleId = rules.first().toObject().value("id").toString();
        const qsizetype logRows = m_sb.operateLog(m_id).size();
        const QString path = v("v2", QStringLiteral("/rule/sql/switch"));
        TestResponse r = m_sb.client->postJson(path, {{"id", ruleId}, {"status", "OFF"}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value("status").toString(), QStringLiteral("SUCCESS"));
        QCOMPARE(find(list(QStringLiteral("/dbss/audit/rule/sql-injections"), "rules", true), ruleId)
                     .value("status")
                     .toString(),
                 QStringLiteral("OFF"));
        QCOMPARE(m_sb.operateLog(m_id).size(), logRows + 1);
        QVERIFY(errorProblem(m_sb.client->postJson(path, {{"id", ruleId}, {"status", "MAYBE"}}), 400,
                             "DBSS.10000001")
                    .isEmpty());
        QVERIFY(
            errorProblem(m_sb.client->postJson(path, {{"status", "ON"}}), 400, "DBSS.10000001").isEmpty());
        QVERIFY(errorProblem(m_sb.client->postJson(path, {{"id", "nope"}, {"status", "ON"}}), 404,
                             "DBSS.10021004")
                    .isEmpty());
        QCOMPARE(m_sb.operateLog(m_id).size(), logRows + 1); // refusals leave no row
    }

    void maskingSwitch() {
        const QJsonArray masks = list(QStringLiteral("/dbss/audit/sensitive/masks"), "rules");
        QVERIFY(masks.size() >= 2);
        const QString a = masks.at(0).toObject().value("id").toString();
        const QString b = masks.at(1).toObject().value("id").toString();
        const QString path = v("v2", QStringLiteral("/sensitive/mask/rule/switch"));
        QCOMPARE(m_sb.client->postJson(path, {{"ids", QJsonArray{a, b}}, {"status", "OFF"}}).status, 200);
        const QJsonArray after = list(QStringLiteral("/dbss/audit/sensitive/masks"), "rules");
        QCOMPARE(find(after, a).value("status").toString(), QStringLiteral("OFF"));
        QCOMPARE(find(after, b).value("status").toString(), QStringLiteral("OFF"));
        // ids is a JSON array (BatchSwitchesRequestNew), not a comma-separated string.
        QVERIFY(
            errorProblem(m_sb.client->postJson(path, {{"ids", a}, {"status", "ON"}}), 400, "DBSS.10000001")
                .isEmpty());
        QVERIFY(errorProblem(m_sb.client->postJson(path, {{"ids", QJsonArray{}}, {"status", "ON"}}), 400,
                             "DBSS.10000001")
                    .isEmpty());
        // All or nothing: one unknown id changes nothing.
        QVERIFY(errorProblem(m_sb.client->postJson(path, {{"ids", QJsonArray{a, "nope"}}, {"status", "ON"}}),
                             404, "DBSS.10021004")
                    .isEmpty());
        QCOMPARE(
            find(list(QStringLiteral("/dbss/audit/sensitive/masks"), "rules"), a).value("status").toString(),
            QStringLiteral("OFF"));
    }

    void scopeSwitchUpdateDelete() {
        const QString id = addScope(QStringLiteral("edit-me"));
        QVERIFY(!id.isEmpty());
        const QString switchPath = v("v2", QStringLiteral("/rule/scopes/switch"));
        QCOMPARE(m_sb.client->postJson(switchPath, {{"ids", QJsonArray{id}}, {"status", "OFF"}}).status, 200);
        QCOMPARE(find(scopes(), id).value("status").toString(), QStringLiteral("OFF"));

        const QString updatePath = v("v3", QStringLiteral("/rule/scopes/") + id);
        TestResponse r = m_sb.client->postJson(updatePath, {{"rule_name", "edited"},
                                                            {"db_ids", "[ALL]"},
                                                            {"db_names", "[All databases]"},
                                                            {"action", "SELECT,LOGIN"},
                                                            {"source_ips", "10.1.1.1"}});
        QCOMPARE(r.status, 200);
        const QJsonObject edited = find(scopes(), id);
        QCOMPARE(edited.value("name").toString(), QStringLiteral("edited"));
        QCOMPARE(edited.value("action").toString(), QStringLiteral("SELECT,LOGIN"));
        QCOMPARE(edited.value("source_ips").toString(), QStringLiteral("10.1.1.1"));
        QCOMPARE(edited.value("status").toString(), QStringLiteral("OFF")); // an edit keeps the switch
        // The add's validation: mandatory db_ids, known actions, unique names, known databases.
        QVERIFY(errorProblem(m_sb.client->postJson(updatePath, {{"rule_name", "x"}, {"db_names", "a"}}), 400,
                             "DBSS.10000001")
                    .isEmpty());
        QVERIFY(errorProblem(m_sb.client->postJson(updatePath, {{"rule_name", "x"},
                                                                {"db_ids", "[ALL]"},
                                                                {"db_names", "[All databases]"},
                                                                {"action", "DANCE"}}),
                             400, "DBSS.10000001")
                    .isEmpty());
        QVERIFY(
            errorProblem(m_sb.client->postJson(
                             updatePath, {{"rule_name", "x"}, {"db_ids", "no-such-db"}, {"db_names", "x"}}),
                         404, "DBSS.10021004")
                .isEmpty());
        const QString other = addScope(QStringLiteral("taken"));
        QVERIFY(!other.isEmpty());
        QVERIFY(errorProblem(m_sb.client->postJson(updatePath, {{"rule_name", "taken"},
                                                                {"db_ids", "[ALL]"},
                                                                {"db_names", "[All databases]"}}),
                             400, "DBSS.10000001")
                    .isEmpty());

        const QString deletePath = v("v1", QStringLiteral("/rule/scopes/") + id);
        r = m_sb.client->send("DELETE", deletePath);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value("status").toString(), QStringLiteral("SUCCESS"));
        QVERIFY(find(scopes(), id).isEmpty());
        QVERIFY(errorProblem(m_sb.client->send("DELETE", deletePath), 404, "DBSS.10021004").isEmpty());

        // The built-in full-audit scope can be switched but neither edited nor deleted.
        QString full;
        for (const QJsonValue& s : scopes())
            if (s.toObject().value("all_audit").toBool())
                full = s.toObject().value("id").toString();
        QVERIFY(!full.isEmpty());
        QVERIFY(errorProblem(m_sb.client->send("DELETE", v("v1", QStringLiteral("/rule/scopes/") + full)),
                             400, "DBSS.10000001")
                    .isEmpty());
        QVERIFY(!find(scopes(), full).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRuleEdits)
#include "tst_ruleedits.moc"
