// Account operations: quota (001 3.1.3), specifications (3.1.4), AZs (3.1.5), security group (3.1.7).
#include "tests/common/SandboxFixture.h"

#include <QTest>

using namespace dbss::test;

class TestAccount : public QObject {
    Q_OBJECT
private:
    SandboxFixture m_sb;

private Q_SLOTS:
    void initTestCase() {
        QString error;
        QVERIFY2(m_sb.start(&error), qPrintable(error));
    }

    void quota() {
        const TestResponse r = m_sb.client->get(m_sb.v1(QStringLiteral("/dbss/audit/quota")));
        QCOMPARE(r.status, 200);
        const QString p = fieldProblem(
            r.json(), {{"audit_quota", "int"}, {"cpu", "int"}, {"project_id", "string"}, {"ram", "int"}});
        QVERIFY2(p.isEmpty(), qPrintable(p));
        QCOMPARE(r.json().value(QStringLiteral("project_id")).toString(), m_sb.project());
    }

    void specifications() {
        const TestResponse r = m_sb.client->get(m_sb.v1(QStringLiteral("/dbss/audit/specification")));
        QCOMPARE(r.status, 200);
        const QJsonArray list = r.json().value(QStringLiteral("specification")).toArray();
        QCOMPARE(list.size(), 3);
        QStringList levels;
        for (const QJsonValue& v : list) {
            const QString p = fieldProblem(v.toObject(), {{"azs", "array"},
                                                          {"id", "string"},
                                                          {"level", "string"},
                                                          {"name", "string"},
                                                          {"proxy", "int"},
                                                          {"ram", "int"},
                                                          {"vcpus", "int"},
                                                          {"azType", "string?"}});
            QVERIFY2(p.isEmpty(), qPrintable(p));
            levels << v.toObject().value(QStringLiteral("level")).toString();
        }
        QCOMPARE(levels, (QStringList{"low", "medium", "high"}));
        QCOMPARE(list.at(2).toObject().value(QStringLiteral("proxy")).toInt(), 30); // Advanced edition
    }

    void zones() {
        const TestResponse r = m_sb.client->get(m_sb.v2(QStringLiteral("/dbss/audit/availability-zone")));
        QCOMPARE(r.status, 200);
        const QJsonArray azs = r.json().value(QStringLiteral("azs")).toArray();
        QCOMPARE(azs.size(), 3);
        for (const QJsonValue& v : azs) {
            const QString p = fieldProblem(v.toObject(), {{"zone_name", "string"},
                                                          {"zone_number", "int"},
                                                          {"az_type", "string"},
                                                          {"alias", "string"},
                                                          {"alias_us", "string"}});
            QVERIFY2(p.isEmpty(), qPrintable(p));
            QVERIFY(v.toObject()
                        .value(QStringLiteral("zone_name"))
                        .toString()
                        .startsWith(QStringLiteral("cn-north-4")));
        }
        // Wrong version of the path is not this API.
        QCOMPARE(m_sb.client->get(m_sb.v1(QStringLiteral("/dbss/audit/availability-zone"))).status, 404);
    }

    void securityGroup() {
        const QJsonObject inst = m_sb.instance();
        const QString path = m_sb.v1(QStringLiteral("/dbss/audit/security-group"));
        const QString sg = QStringLiteral("f0fbec06-bcf6-4c7e-99fa-f0ddfb1d9bd0");
        const QString rid = inst.value(QStringLiteral("resource_id")).toString();
        const int logBefore = m_sb.operateLog(inst.value(QStringLiteral("id")).toString()).size();
        const TestResponse r =
            m_sb.client->postJson(path, {{QStringLiteral("resource_id"), rid},
                                         {QStringLiteral("securitygroup_ids"), QJsonArray{sg}}});
        QCOMPARE(r.status, 200);
        QCOMPARE(m_sb.instance().value(QStringLiteral("security_group_id")).toString(), sg);
        QCOMPARE(m_sb.operateLog(inst.value(QStringLiteral("id")).toString()).size(), logBefore + 1);

        const QList<QJsonObject> bad{
            {{QStringLiteral("resource_id"), rid}, {QStringLiteral("securitygroup_ids"), QJsonArray{sg, sg}}},
            {{QStringLiteral("resource_id"), rid}, {QStringLiteral("securitygroup_ids"), QJsonArray{}}},
            {{QStringLiteral("resource_id"), rid},
             {QStringLiteral("securitygroup_ids"), QJsonArray{QStringLiteral("not-a-uuid")}}},
            {{QStringLiteral("resource_id"), rid}, {QStringLiteral("securitygroup_ids"), sg}},
            {{QStringLiteral("securitygroup_ids"), QJsonArray{sg}}}};
        for (const QJsonObject& body : bad) {
            const QString p =
                errorProblem(m_sb.client->postJson(path, body), 400, QStringLiteral("DBSS.10000001"));
            QVERIFY2(p.isEmpty(), qPrintable(p));
        }
        const QString p =
            errorProblem(m_sb.client->postJson(path, {{QStringLiteral("resource_id"), QStringLiteral("nope")},
                                                      {QStringLiteral("securitygroup_ids"), QJsonArray{sg}}}),
                         404, QStringLiteral("DBSS.10021004"));
        QVERIFY2(p.isEmpty(), qPrintable(p));
        QCOMPARE(m_sb.instance().value(QStringLiteral("security_group_id")).toString(), sg);
    }
};

QTEST_GUILESS_MAIN(TestAccount)
#include "tst_account.moc"
