// Rules: audit scopes (001 3.5.1, 004), SQL injection (3.5.2), risk rules (3.5.3, 3.5.4, 3.1.1),
// masking rules (3.5.5).
#include "tests/common/SandboxFixture.h"

#include <QTest>

using namespace dbss::test;

class TestRules : public QObject {
    Q_OBJECT
private:
    SandboxFixture m_sb;
    QString m_id;

    QString p1(const QString& rest) const { return m_sb.v1(QStringLiteral("/%1").arg(m_id) + rest); }
    QJsonArray risks(const QString& query = {}) {
        return m_sb.client->get(p1(QStringLiteral("/dbss/audit/rule/risk") + query))
            .json()
            .value(QStringLiteral("rules"))
            .toArray();
    }

private Q_SLOTS:
    void initTestCase() {
        QString error;
        QVERIFY2(m_sb.start(&error), qPrintable(error));
        m_id = m_sb.instanceId();
    }

    void scopes() {
        const QString list = p1(QStringLiteral("/dbss/audit/rule/scopes"));
        const TestResponse r = m_sb.client->get(list);
        QCOMPARE(r.status, 200);
        const QJsonArray scopes = r.json().value(QStringLiteral("scopes")).toArray();
        QVERIFY(!scopes.isEmpty());
        QCOMPARE(r.json().value(QStringLiteral("total")).toInt(), scopes.size());
        for (const QJsonValue& v : scopes) {
            const QString p = fieldProblem(v.toObject(), {{"id", "string"},
                                                          {"name", "string"},
                                                          {"action", "string"},
                                                          {"status", "string"},
                                                          {"exception_ips", "string"},
                                                          {"source_ips", "string"},
                                                          {"source_ports", "string"},
                                                          {"db_ids", "string"},
                                                          {"db_names", "string"},
                                                          {"db_users", "string"},
                                                          {"all_audit", "bool"}});
            QVERIFY2(p.isEmpty(), qPrintable(p));
        }
        QCOMPARE(m_sb.client->get(list + QStringLiteral("?limit=abc")).status, 400);

        // 004's example, with a database id of this instance.
        const QString dbId = m_sb.databases(m_id)
                                 .first()
                                 .toObject()
                                 .value(QStringLiteral("database"))
                                 .toObject()
                                 .value(QStringLiteral("id"))
                                 .toString();
        const QString add = m_sb.v1(QStringLiteral("/audit/%1/rule/scopes").arg(m_id));
        const QJsonObject example{{QStringLiteral("db_ids"), dbId},
                                  {QStringLiteral("db_names"), QStringLiteral("MySQL")},
                                  {QStringLiteral("rule_name"), QStringLiteral("test")}};
        const TestResponse a = m_sb.client->postJson(add, example);
        QCOMPARE(a.status, 200);
        QCOMPARE(a.json(), (QJsonObject{{QStringLiteral("status"), QStringLiteral("SUCCESS")}}));
        const QJsonArray after = m_sb.client->get(list).json().value(QStringLiteral("scopes")).toArray();
        QCOMPARE(after.size(), scopes.size() + 1);
        QCOMPARE(after.last().toObject().value(QStringLiteral("name")).toString(), QStringLiteral("test"));
        QCOMPARE(after.last().toObject().value(QStringLiteral("db_ids")).toString(), dbId);

        // Each rejection in the flat shape, and nothing added.
        const QList<QPair<QString, QJsonValue>> bad{
            {QStringLiteral("rule_name"), QJsonValue(QJsonValue::Undefined)},
            {QStringLiteral("db_ids"), QJsonValue(QJsonValue::Undefined)},
            {QStringLiteral("db_names"), QJsonValue(QJsonValue::Undefined)},
            {QStringLiteral("source_ips"), QStringLiteral("10.0.0.1,10.0.0.300")},
            {QStringLiteral("exception_ips"), QStringLiteral("nope")},
            {QStringLiteral("source_ports"), QStringLiteral("80,0")},
            {QStringLiteral("source_ports"), QStringLiteral("65536")},
            {QStringLiteral("action"), QStringLiteral("SELECT,DROP_DATABASE")},
            {QStringLiteral("rule_name"), 5},
        };
        for (const auto& [field, value] : bad) {
            QJsonObject body = example;
            body.insert(QStringLiteral("rule_name"), QStringLiteral("other"));
            if (value.isUndefined())
                body.remove(field);
            else
                body.insert(field, value);
            const QString p = errorProblem(m_sb.client->postJson(add, body), 400,
                                           QStringLiteral("DBSS.10000001"), ErrorBody::Flat);
            QVERIFY2(p.isEmpty(), qPrintable(field + u' ' + p));
        }
        QCOMPARE(m_sb.client->postJson(add, example).status, 400); // same name again
        QJsonObject unknownDb = example;
        unknownDb.insert(QStringLiteral("rule_name"), QStringLiteral("x1"));
        unknownDb.insert(QStringLiteral("db_ids"), dbId + QStringLiteral(",nosuchdb"));
        const QString p = errorProblem(m_sb.client->postJson(add, unknownDb), 404,
                                       QStringLiteral("DBSS.10021004"), ErrorBody::Flat);
        QVERIFY2(p.isEmpty(), qPrintable(p));
        QCOMPARE(m_sb.client->get(list).json().value(QStringLiteral("scopes")).toArray().size(),
                 scopes.size() + 1);

        QJsonObject all{{QStringLiteral("db_ids"), QStringLiteral("[ALL]")},
                        {QStringLiteral("db_names"), QStringLiteral("[All databases]")},
                        {QStringLiteral("rule_name"), QStringLiteral("office hours")},
                        {QStringLiteral("action"), QStringLiteral("LOGIN,SELECT")},
                        {QStringLiteral("source_ips"), QStringLiteral("10.1.1.1,10.1.1.2")},
                        {QStringLiteral("source_ports"), QStringLiteral("3306")}};
        QCOMPARE(m_sb.client->postJson(add, all).status, 200);
    }

    void sqlInjection() {
        const QString path = p1(QStringLiteral("/dbss/audit/rule/sql-injections"));
        const TestResponse r =
            m_sb.client->postJson(path, {{QStringLiteral("risk_levels"), QStringLiteral("HIGH")}});
        QCOMPARE(r.status, 200);
        const QJsonArray rules = r.json().value(QStringLiteral("rules")).toArray();
        QVERIFY(!rules.isEmpty());
        QCOMPARE(r.json().value(QStringLiteral("total")).toInt(), rules.size());
        for (const QJsonValue& v : rules) {
            const QJsonObject o = v.toObject();
            QCOMPARE(o.value(QStringLiteral("risk_level")).toString(), QStringLiteral("HIGH"));
            const QString p = fieldProblem(o, {{"id", "string"},
                                               {"name", "string"},
                                               {"status", "string"},
                                               {"risk_level", "string"},
                                               {"type", "string"},
                                               {"rank", "int"},
                                               {"feature", "string"},
                                               {"regex", "string"},
                                               {"keywords", "string"}});
            QVERIFY2(p.isEmpty(), qPrintable(p));
            QVERIFY(o.value(QStringLiteral("rank")).toInt() >= 1 &&
                    o.value(QStringLiteral("rank")).toInt() <= 8);
        }
        const int all = m_sb.client->postJson(path, {}).json().value(QStringLiteral("total")).toInt();
        QVERIFY(all > rules.size());
        QCOMPARE(
            m_sb.client->postJson(path, {{QStringLiteral("risk_levels"), QStringLiteral("HIGH,LOW")}}).status,
            200);
        for (const QString& bad :
             {QStringLiteral("CRITICAL"), QStringLiteral("HIGH,"), QStringLiteral("NO_RISK")}) {
            const QString p =
                errorProblem(m_sb.client->postJson(path, {{QStringLiteral("risk_levels"), bad}}), 400,
                             QStringLiteral("DBSS.10000001"));
            QVERIFY2(p.isEmpty(), qPrintable(bad + u' ' + p));
        }
        QCOMPARE(m_sb.client->send("POST", path, "[1,2]").status, 400);
    }

    void riskListAndShow() {
        const QJsonArray rules = risks();
        QVERIFY(rules.size() >= 4);
        for (const QJsonValue& v : rules) {
            const QString p = fieldProblem(v.toObject(), {{"id", "string"},
                                                          {"name", "string"},
                                                          {"type", "string"},
                                                          {"feature", "string"},
                                                          {"status", "string"},
                                                          {"rank", "int"},
                                                          {"risk_level", "string"}});
            QVERIFY2(p.isEmpty(), qPrintable(p));
        }
        for (const QJsonValue& v : risks(QStringLiteral("?risk_levels=HIGH,NO_RISK"))) {
            const QString level = v.toObject().value(QStringLiteral("risk_level")).toString();
            QVERIFY(level == QLatin1String("HIGH") || level == QLatin1String("NO_RISK"));
        }
        QCOMPARE(risks(QStringLiteral("?name=drag")).size(), 1);
        QCOMPARE(m_sb.client->get(p1(QStringLiteral("/dbss/audit/rule/risk?risk_levels=SEVERE"))).status,
                 400);

        const QString id = rules.first().toObject().value(QStringLiteral("id")).toString();
        const TestResponse one = m_sb.client->get(p1(QStringLiteral("/dbss/audit/rule/risk/") + id));
        QCOMPARE(one.status, 200);
        const QString p = fieldProblem(one.json(), {{"rule_id", "string"},
                                                    {"rule_name", "string"},
                                                    {"status", "string"},
                                                    {"action", "string"},
                                                    {"schemas", "array"},
                                                    {"rank", "int"},
                                                    {"ignore_case", "bool"},
                                                    {"risk_level", "string"},
                                                    {"db_ids", "string"},
                                                    {"execution_symbol", "string"},
                                                    {"execution_time", "int"},
                                                    {"affect_symbol", "string"},
                                                    {"affect_rows", "int"},
                                                    {"client_ips", "string"}});
        QVERIFY2(p.isEmpty(), qPrintable(p));
        QCOMPARE(one.json().value(QStringLiteral("rule_id")).toString(), id);
        const QString p404 =
            errorProblem(m_sb.client->get(p1(QStringLiteral("/dbss/audit/rule/risk/nosuchrule"))), 404,
                         QStringLiteral("DBSS.10021004"));
        QVERIFY2(p404.isEmpty(), qPrintable(p404));
    }

    void riskSwitch() {
        const QJsonArray rules = risks();
        const QString a = rules.at(0).toObject().value(QStringLiteral("id")).toString();
        const QString b = rules.at(1).toObject().value(QStringLiteral("id")).toString();
        const QString path = p1(QStringLiteral("/audit/rule/risk/switch"));
        const int logBefore = m_sb.operateLog(m_id).size();

        // Comma-separated ids switch together.
        TestResponse r = m_sb.client->postJson(
            path, {{QStringLiteral("ids"), a + u',' + b}, {QStringLiteral("status"), QStringLiteral("OFF")}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json(), (QJsonObject{{QStringLiteral("status"), QStringLiteral("SUCCESS")}}));
        QCOMPARE(risks().at(0).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("OFF"));
        QCOMPARE(risks().at(1).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("OFF"));
        QCOMPARE(m_sb.client->get(p1(QStringLiteral("/dbss/audit/rule/risk/") + a))
                     .json()
                     .value(QStringLiteral("status"))
                     .toString(),
                 QStringLiteral("OFF"));
        QCOMPARE(m_sb.operateLog(m_id).size(), logBefore + 1);

        // One unknown id rejects the request; no rule changes and no log row.
        const QJsonArray before = risks();
        const QString p = errorProblem(
            m_sb.client->postJson(path, {{QStringLiteral("ids"), a + QStringLiteral(",nosuchrule")},
                                         {QStringLiteral("status"), QStringLiteral("ON")}}),
            404, QStringLiteral("DBSS.10021004"));
        QVERIFY2(p.isEmpty(), qPrintable(p));
        QCOMPARE(risks(), before);
        QCOMPARE(m_sb.operateLog(m_id).size(), logBefore + 1);

        const QList<QJsonObject> bad{
            {{QStringLiteral("ids"), a}, {QStringLiteral("status"), QStringLiteral("on")}},
            {{QStringLiteral("ids"), a}},
            {{QStringLiteral("status"), QStringLiteral("ON")}},
            {{QStringLiteral("ids"), a + u','}, {QStringLiteral("status"), QStringLiteral("ON")}},
            {{QStringLiteral("ids"), QJsonArray{a}}, {QStringLiteral("status"), QStringLiteral("ON")}}};
        for (const QJsonObject& body : bad) {
            const QString e =
                errorProblem(m_sb.client->postJson(path, body), 400, QStringLiteral("DBSS.10000001"));
            QVERIFY2(e.isEmpty(), qPrintable(e));
        }
        QCOMPARE(risks(), before);
        QCOMPARE(m_sb.client
                     ->postJson(
                         path, {{QStringLiteral("ids"), a}, {QStringLiteral("status"), QStringLiteral("ON")}})
                     .status,
                 200);
        QCOMPARE(risks().at(0).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("ON"));
    }

    void masks() {
        const QString path = p1(QStringLiteral("/dbss/audit/sensitive/masks"));
        const TestResponse r = m_sb.client->get(path);
        QCOMPARE(r.status, 200);
        const QJsonArray rules = r.json().value(QStringLiteral("rules")).toArray();
        QVERIFY(rules.size() >= 3);
        QCOMPARE(r.json().value(QStringLiteral("total")).toInt(), rules.size());
        for (const QJsonValue& v : rules) {
            const QString p = fieldProblem(v.toObject(), {{"id", "string"},
                                                          {"name", "string"},
                                                          {"type", "string"},
                                                          {"regex", "string"},
                                                          {"mask_value", "string"},
                                                          {"status", "string"},
                                                          {"operate_time", "string"}});
            QVERIFY2(p.isEmpty(), qPrintable(p));
        }
        const TestResponse page = m_sb.client->get(path + QStringLiteral("?offset=2&limit=2"));
        QCOMPARE(page.json().value(QStringLiteral("rules")).toArray().first(), rules.at(2));
        QCOMPARE(m_sb.client->get(path + QStringLiteral("?offset=-1")).status, 400);
        QCOMPARE(m_sb.client->get(m_sb.v1(QStringLiteral("/nosuch/dbss/audit/sensitive/masks"))).status, 404);
    }
};

QTEST_GUILESS_MAIN(TestRules)
#include "tst_rules.moc"
