// Issue 12: the documents' example requests and the SDK-shaped requests of every operation
// replayed against the sandbox, and each place where the two sources differ tried both ways.
#include "tests/common/SandboxFixture.h"
#include "tests/sandbox/SdkParityCases.h"

#include <QJsonDocument>
#include <QTest>

using namespace dbss::test;

class TestSdkParity : public QObject {
    Q_OBJECT
private:
    SandboxFixture m_sb;
    QHash<QString, QString> m_tokens;

    QString expand(QString text) const {
        for (auto it = m_tokens.cbegin(); it != m_tokens.cend(); ++it)
            text.replace(it.key(), it.value());
        return text;
    }
    QJsonObject instanceNamed(const QString& name) {
        for (const QJsonValue& v : m_sb.instances()) {
            if (v.toObject().value(QStringLiteral("name")).toString() == name)
                return v.toObject();
        }
        return {};
    }
    void replay(const parity::Case* begin, const parity::Case* end) {
        for (const parity::Case* c = begin; c != end; ++c) {
            const QByteArray body = c->body ? expand(QString::fromUtf8(c->body)).toUtf8() : QByteArray();
            if (c->body)
                QVERIFY2(QJsonDocument::fromJson(body).isObject(), c->name); // the data itself is valid JSON
            const TestResponse r = m_sb.client->send(c->method, expand(QString::fromLatin1(c->path)), body);
            QVERIFY2(r.status == c->status, qPrintable(QStringLiteral("%1: HTTP %2, expected %3: %4")
                                                           .arg(QLatin1String(c->name))
                                                           .arg(r.status)
                                                           .arg(c->status)
                                                           .arg(QString::fromUtf8(r.body))));
            const QJsonObject answer = r.json();
            for (const QString& key : QString::fromLatin1(c->keys).split(u',', Qt::SkipEmptyParts))
                QVERIFY2(answer.contains(key),
                         qPrintable(QStringLiteral("%1: no '%2' in %3")
                                        .arg(QLatin1String(c->name), key, QString::fromUtf8(r.body))));
        }
    }
    QString p1(const QString& rest) const {
        return m_sb.v1(QLatin1Char('/') + m_tokens[QStringLiteral("{iid}")] + rest);
    }
    TestResponse oplog(const QJsonObject& body) {
        return m_sb.client->postJson(p1(QStringLiteral("/dbss/audit/operate-log")), body);
    }
    QString securityGroupOf(const QString& id) {
        for (const QJsonValue& v : m_sb.instances()) {
            if (v.toObject().value(QStringLiteral("id")).toString() == id)
                return v.toObject().value(QStringLiteral("security_group_id")).toString();
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase() {
        QString error;
        QVERIFY2(m_sb.start(&error), qPrintable(error));
        const QJsonObject target =
            instanceNamed(QStringLiteral("prod-audit-02")); // "high": room for databases
        QVERIFY(!target.isEmpty());
        const QString iid = target.value(QStringLiteral("id")).toString();
        m_tokens.insert(QStringLiteral("{p}"), m_sb.project());
        m_tokens.insert(QStringLiteral("{iid}"), iid);
        m_tokens.insert(QStringLiteral("{rid}"), target.value(QStringLiteral("resource_id")).toString());
        m_tokens.insert(QStringLiteral("{region}"), target.value(QStringLiteral("region")).toString());
        m_tokens.insert(QStringLiteral("{az}"), target.value(QStringLiteral("zone")).toString());
        m_tokens.insert(QStringLiteral("{on}"),
                        instanceNamed(QStringLiteral("prod-audit-01")).value("id").toString());
        m_tokens.insert(QStringLiteral("{off}"), m_sb.instanceId(QStringLiteral("SHUTOFF")));
        const QJsonObject agent = m_sb.client->get(m_sb.v2(QStringLiteral("/%1/audit/agents").arg(iid)))
                                      .json()
                                      .value(QStringLiteral("agents"))
                                      .toArray()
                                      .first()
                                      .toObject();
        m_tokens.insert(QStringLiteral("{agent}"), agent.value(QStringLiteral("agent_id")).toString());
        // The agent's database (the list names it; db_id is the sandbox's own link, not sent).
        for (const QJsonValue& v : m_sb.databases(iid)) {
            const QJsonObject db = v.toObject().value(QStringLiteral("database")).toObject();
            if (db.value(QStringLiteral("name")) == agent.value(QStringLiteral("db_name")))
                m_tokens.insert(QStringLiteral("{db}"), db.value(QStringLiteral("id")).toString());
        }
        const QJsonArray risks = m_sb.client->get(p1(QStringLiteral("/dbss/audit/rule/risk")))
                                     .json()
                                     .value(QStringLiteral("rules"))
                                     .toArray();
        m_tokens.insert(QStringLiteral("{risk}"),
                        risks.first().toObject().value(QStringLiteral("id")).toString());
        const QJsonArray rds = m_sb.client->get(m_sb.v2(QStringLiteral("/audit/databases/rds")))
                                   .json()
                                   .value(QStringLiteral("databases"))
                                   .toArray();
        m_tokens.insert(QStringLiteral("{rds}"),
                        rds.first().toObject().value(QStringLiteral("id")).toString());
        for (auto it = m_tokens.cbegin(); it != m_tokens.cend(); ++it)
            QVERIFY2(!it.value().isEmpty(), qPrintable(it.key()));
    }

    void documentsExamples() { replay(std::begin(parity::kDocumentCases), std::end(parity::kDocumentCases)); }

    void sdkRequests() { replay(std::begin(parity::kSdkCases), std::end(parity::kSdkCases)); }

    // 3.1.7: the documents' resource_id and the SDK's instance_id (the list's id) both work.
    void securityGroupEitherName() {
        const QString path = m_sb.v1(QStringLiteral("/dbss/audit/security-group"));
        const QString iid = m_tokens[QStringLiteral("{iid}")];
        const QString a = QStringLiteral("0b5c3f2e-7d1a-4c9e-8f60-1a2b3c4d5e6f");
        const QString b = QStringLiteral("1c6d4a3f-8e2b-4d0f-9a71-2b3c4d5e6f70");
        QCOMPARE(
            m_sb.client->postJson(path, {{"instance_id", iid}, {"securitygroup_ids", QJsonArray{a}}}).status,
            200);
        QCOMPARE(securityGroupOf(iid), a);
        QCOMPARE(m_sb.client
                     ->postJson(path, {{"resource_id", m_tokens[QStringLiteral("{rid}")]},
                                       {"securitygroup_ids", QJsonArray{b}}})
                     .status,
                 200);
        QCOMPARE(securityGroupOf(iid), b);
        // Both, naming different instances; neither; an unknown instance_id.
        QVERIFY(errorProblem(m_sb.client->postJson(path, {{"instance_id", m_tokens[QStringLiteral("{on}")]},
                                                          {"resource_id", m_tokens[QStringLiteral("{rid}")]},
                                                          {"securitygroup_ids", QJsonArray{a}}}),
                             400, QStringLiteral("DBSS.10000001"))
                    .isEmpty());
        QVERIFY(errorProblem(m_sb.client->postJson(path, {{"securitygroup_ids", QJsonArray{a}}}), 400,
                             QStringLiteral("DBSS.10000001"))
                    .isEmpty());
        QVERIFY(errorProblem(m_sb.client->postJson(
                                 path, {{"instance_id", "nope"}, {"securitygroup_ids", QJsonArray{a}}}),
                             404, QStringLiteral("DBSS.10021004"))
                    .isEmpty());
        QCOMPARE(securityGroupOf(iid), b);
    }

    // 3.1.6: operate_name (documents) and action (SDK) filter the same rows; a null time is no range.
    void operationLogEitherFilter() {
        const QJsonObject all = oplog({{"time", QJsonValue()}, {"page", "1"}, {"size", "1000"}}).json();
        const int total = all.value(QStringLiteral("total_num")).toInt();
        QVERIFY(total > 2);
        int updates = 0;
        for (const QJsonValue& v : all.value(QStringLiteral("operate_log")).toArray())
            updates += v.toObject()
                           .value(QStringLiteral("action"))
                           .toString()
                           .compare("update", Qt::CaseInsensitive) == 0;
        QVERIFY(updates > 0 && updates < total);
        const QJsonObject byDocs = oplog({{"operate_name", "Update"}, {"size", 1000}}).json();
        const QJsonObject bySdk = oplog({{"action", "UPDATE"}, {"page", "1"}, {"size", "1000"}}).json();
        QCOMPARE(byDocs.value(QStringLiteral("total_num")).toInt(), updates);
        QCOMPARE(bySdk.value(QStringLiteral("total_num")).toInt(), updates);
        QCOMPARE(bySdk.value(QStringLiteral("operate_log")), byDocs.value(QStringLiteral("operate_log")));
        QCOMPARE(oplog({{"action", "update"}, {"operate_name", "UPDATE"}}).status,
                 200); // the same, ignoring case
        QVERIFY(errorProblem(oplog({{"action", "CREATE"}, {"operate_name", "DELETE"}}), 400,
                             QStringLiteral("DBSS.10000001"))
                    .isEmpty());
    }

    // SDK-only answers next to the documents' ones.
    void answersCarryBothSpellings() {
        const QJsonObject spec = m_sb.client->get(m_sb.v1(QStringLiteral("/dbss/audit/specification")))
                                     .json()
                                     .value("specification")
                                     .toArray()
                                     .first()
                                     .toObject();
        QVERIFY(spec.contains(QStringLiteral("azType")) && spec.contains(QStringLiteral("az_type")));
        const QJsonObject job =
            m_sb.client->get(m_sb.v1(QStringLiteral("/dbss/audit/jobs/") + m_tokens["{rid}"]))
                .json()
                .value("jobs")
                .toArray()
                .first()
                .toObject();
        QCOMPARE(job.value(QStringLiteral("resource_id")).toString(), m_tokens[QStringLiteral("{rid}")]);
        const QJsonObject risk =
            m_sb.client->get(p1(QStringLiteral("/dbss/audit/rule/risk/") + m_tokens["{risk}"])).json();
        QCOMPARE(risk.value(QStringLiteral("client_ip")), risk.value(QStringLiteral("client_ips")));
        // {db} was deleted by sdkRequests(): any database still there.
        const QString anyDb = m_sb.databases(m_tokens["{iid}"])
                                  .first()
                                  .toObject()
                                  .value(QStringLiteral("database"))
                                  .toObject()
                                  .value(QStringLiteral("id"))
                                  .toString();
        const QJsonObject switched =
            m_sb.client
                ->postJson(m_sb.v2(QStringLiteral("/%1/audit/databases/switch").arg(m_tokens["{iid}"])),
                           {{"id", anyDb}, {"status", "ON"}})
                .json();
        QCOMPARE(switched.value(QStringLiteral("status")).toString(), QStringLiteral("SUCCESS")); // SDK
        QCOMPARE(switched.value(QStringLiteral("result")).toString(),
                 QStringLiteral("SUCCESS")); // before 2024-12
    }

    // SqlRuleRequest (SDK) pages with page/size; without them every rule, as the documents.
    void sqlInjectionPaging() {
        const QString path = p1(QStringLiteral("/dbss/audit/rule/sql-injections"));
        const QJsonObject all = m_sb.client->postJson(path, {}).json();
        const int total = all.value(QStringLiteral("total")).toInt();
        QVERIFY(total >= 3);
        QCOMPARE(all.value(QStringLiteral("rules")).toArray().size(), total);
        const QJsonObject second = m_sb.client->postJson(path, {{"page", 2}, {"size", 2}}).json();
        QCOMPARE(second.value(QStringLiteral("total")).toInt(), total);
        QCOMPARE(second.value(QStringLiteral("rules")).toArray().size(), qMin(2, total - 2));
        QCOMPARE(second.value(QStringLiteral("rules")).toArray().first(),
                 all.value(QStringLiteral("rules")).toArray().at(2));
        QVERIFY(errorProblem(m_sb.client->postJson(path, {{"size", 0}}), 400, QStringLiteral("DBSS.10000001"))
                    .isEmpty());
    }
};

QTEST_MAIN(TestSdkParity)
#include "tst_sdkparity.moc"
