// Tags (001 3.4.1-3.4.5).
#include "tests/common/SandboxFixture.h"

#include <QTest>

using namespace dbss::test;

class TestTags : public QObject {
    Q_OBJECT
private:
    SandboxFixture m_sb;

    QString tagPath(const QString& resourceId, const QString& verb) const {
        return m_sb.v1(QStringLiteral("/auditInstance/%1/tags/%2").arg(resourceId, verb));
    }
    QJsonArray projectTags() {
        return m_sb.client->get(m_sb.v1(QStringLiteral("/auditInstance/tags")))
            .json()
            .value(QStringLiteral("tags"))
            .toArray();
    }
    TestResponse filter(const QJsonObject& body, const QString& query = {}) {
        return m_sb.client->postJson(
            m_sb.v1(QStringLiteral("/auditInstance/resource-instances/filter") + query), body);
    }
    int count(const QJsonObject& body) {
        return m_sb.client->postJson(m_sb.v1(QStringLiteral("/auditInstance/resource-instances/count")), body)
            .json()
            .value(QStringLiteral("total_count"))
            .toInt(-1);
    }
    static QJsonObject kv(const QString& key, const QJsonArray& values) {
        return {{QStringLiteral("key"), key}, {QStringLiteral("values"), values}};
    }

private Q_SLOTS:
    void initTestCase() {
        QString error;
        QVERIFY2(m_sb.start(&error), qPrintable(error));
    }

    void projectTagList() {
        const TestResponse r = m_sb.client->get(m_sb.v1(QStringLiteral("/auditInstance/tags")));
        QCOMPARE(r.status, 200);
        const QJsonArray tags = r.json().value(QStringLiteral("tags")).toArray();
        QVERIFY(!tags.isEmpty());
        for (const QJsonValue& v : tags) {
            const QString p = fieldProblem(v.toObject(), {{"key", "string"}, {"values", "array"}});
            QVERIFY2(p.isEmpty(), qPrintable(p));
        }
        const QString p = errorProblem(m_sb.client->get(m_sb.v1(QStringLiteral("/otherType/tags"))), 400,
                                       QStringLiteral("DBSS.10000001"));
        QVERIFY2(p.isEmpty(), qPrintable(p));
    }

    void createAndDelete() {
        const QString rid =
            m_sb.instance(QStringLiteral("ERROR")).value(QStringLiteral("resource_id")).toString();
        const QString iid = m_sb.instance(QStringLiteral("ERROR")).value(QStringLiteral("id")).toString();
        const int logBefore = m_sb.operateLog(iid).size();
        // The documented example: key1 without a value, key2=value3.
        const QJsonObject body{
            {QStringLiteral("tags"),
             QJsonArray{QJsonObject{{QStringLiteral("key"), QStringLiteral("key1")}},
                        QJsonObject{{QStringLiteral("key"), QStringLiteral("key2")},
                                    {QStringLiteral("value"), QStringLiteral("value3")}}}}};
        const TestResponse c = m_sb.client->postJson(tagPath(rid, QStringLiteral("create")), body);
        QCOMPARE(c.status, 204);
        QVERIFY(c.body.isEmpty());
        QCOMPARE(count({{QStringLiteral("tags"),
                         QJsonArray{kv(QStringLiteral("key2"), {QStringLiteral("value3")})}}}),
                 1);
        const TestResponse f = filter({{QStringLiteral("tags"), QJsonArray{kv(QStringLiteral("key1"), {})}}});
        QCOMPARE(f.status, 200);
        const QJsonArray res = f.json().value(QStringLiteral("resources")).toArray();
        QCOMPARE(res.size(), 1);
        const QString p = fieldProblem(res.first().toObject(), {{"resource_detail", "object?"},
                                                                {"resource_id", "string"},
                                                                {"resource_name", "string"},
                                                                {"tags", "array"},
                                                                {"sys_tags", "array"}});
        QVERIFY2(p.isEmpty(), qPrintable(p));
        QCOMPARE(res.first().toObject().value(QStringLiteral("resource_id")).toString(), rid);
        QCOMPARE(f.json().value(QStringLiteral("total_count")).toInt(), 1);
        QCOMPARE(m_sb.operateLog(iid).size(), logBefore + 1);

        // Delete key2 only when the value matches; key1 by key.
        const auto del = [&](const QJsonObject& b) {
            return m_sb.client->send("DELETE", tagPath(rid, QStringLiteral("delete")),
                                     QJsonDocument(b).toJson(QJsonDocument::Compact));
        };
        QCOMPARE(del({{QStringLiteral("tags"),
                       QJsonArray{QJsonObject{{QStringLiteral("key"), QStringLiteral("key2")},
                                              {QStringLiteral("value"), QStringLiteral("other")}}}}})
                     .status,
                 204);
        QCOMPARE(count({{QStringLiteral("tags"), QJsonArray{kv(QStringLiteral("key2"), {})}}}), 1);
        QCOMPARE(del(body).status, 204);
        QCOMPARE(count({{QStringLiteral("tags"), QJsonArray{kv(QStringLiteral("key2"), {})}}}), 0);
        QCOMPARE(count({{QStringLiteral("tags"), QJsonArray{kv(QStringLiteral("key1"), {})}}}), 0);
        for (const QJsonValue& v : projectTags())
            QVERIFY(v.toObject().value(QStringLiteral("key")).toString() != QLatin1String("key1"));
    }

    void rejections() {
        const QString rid = m_sb.instance().value(QStringLiteral("resource_id")).toString();
        const QJsonArray before = projectTags();
        const QList<QByteArray> bad{"{}",
                                    "{\"tags\":[]}",
                                    "{\"tags\":[{\"value\":\"v\"}]}",
                                    "{\"tags\":[{\"key\":\"\"}]}",
                                    "{\"tags\":[{\"key\":\"   \"}]}",
                                    "{\"tags\":[{\"key\":\"" + QByteArray(129, 'k') + "\"}]}",
                                    "{\"tags\":[{\"key\":\"k\",\"value\":\"" + QByteArray(256, 'v') + "\"}]}",
                                    "{\"tags\":[{\"key\":\"k\",\"value\":5}]}",
                                    "{\"tags\": [",
                                    "{\"tags\":[{\"key\":\"k\"}],\"sys_tags\":[{\"key\":\"_sys_enterprise_"
                                    "project_id\",\"value\":\"0\"}]}"};
        for (const QByteArray& body : bad) {
            const QString p =
                errorProblem(m_sb.client->send("POST", tagPath(rid, QStringLiteral("create")), body), 400,
                             QStringLiteral("DBSS.10000001"));
            QVERIFY2(p.isEmpty(), qPrintable(QString::fromUtf8(body.left(60)) + u' ' + p));
        }
        const QString p = errorProblem(
            m_sb.client->postJson(tagPath(QStringLiteral("nosuchresource"), QStringLiteral("create")),
                                  {{QStringLiteral("tags"),
                                    QJsonArray{QJsonObject{{QStringLiteral("key"), QStringLiteral("a")}}}}}),
            404, QStringLiteral("DBSS.10021004"));
        QVERIFY2(p.isEmpty(), qPrintable(p));
        QCOMPARE(projectTags(), before);
    }

    void filters() {
        const int total = m_sb.instances().size();
        QCOMPARE(count({}), total);
        const int prod = count({{QStringLiteral("tags"),
                                 QJsonArray{kv(QStringLiteral("env"), {QStringLiteral("production")})}}});
        QCOMPARE(prod, 2);
        QCOMPARE(count({{QStringLiteral("tags_any"),
                         QJsonArray{kv(QStringLiteral("env"),
                                       {QStringLiteral("production"), QStringLiteral("test")})}}}),
                 3);
        QCOMPARE(count({{QStringLiteral("not_tags_any"), QJsonArray{kv(QStringLiteral("env"), {})}}}),
                 total - 3);
        QCOMPARE(count({{QStringLiteral("tags"),
                         QJsonArray{kv(QStringLiteral("env"), {QStringLiteral("production")}),
                                    kv(QStringLiteral("owner"), {})}}}),
                 1);
        QCOMPARE(count({{QStringLiteral("without_any_tag"), true}}), total - 3);
        QCOMPARE(count({{QStringLiteral("matches"),
                         QJsonArray{QJsonObject{{QStringLiteral("key"), QStringLiteral("resource_name")},
                                                {QStringLiteral("value"), QStringLiteral("PROD-AUDIT")}}}}}),
                 2);
        // Paging of the filter.
        const TestResponse page = filter({}, QStringLiteral("?offset=1&limit=2"));
        QCOMPARE(page.json().value(QStringLiteral("resources")).toArray().size(), 2);
        QCOMPARE(page.json().value(QStringLiteral("total_count")).toInt(), total);
        for (const QString& q :
             {QStringLiteral("?limit=0"), QStringLiteral("?limit=1001"), QStringLiteral("?offset=-1")})
            QCOMPARE(filter({}, q).status, 400);
        // Malformed filters.
        QCOMPARE(filter({{QStringLiteral("tags"),
                          QJsonArray{kv(QStringLiteral("env"), {}), kv(QStringLiteral("env"), {})}}})
                     .status,
                 400);
        QCOMPARE(filter({{QStringLiteral("tags"),
                          QJsonArray{QJsonObject{{QStringLiteral("key"), QStringLiteral("env")}}}}})
                     .status,
                 400);
        QCOMPARE(filter({{QStringLiteral("matches"),
                          QJsonArray{QJsonObject{{QStringLiteral("key"), QStringLiteral("resource_id")},
                                                 {QStringLiteral("value"), QStringLiteral("x")}}}}})
                     .status,
                 400);
        QJsonArray eleven;
        for (int i = 0; i < 11; ++i)
            eleven.append(QStringLiteral("v%1").arg(i));
        QCOMPARE(filter({{QStringLiteral("tags"), QJsonArray{kv(QStringLiteral("env"), eleven)}}}).status,
                 400);
        QCOMPARE(filter({{QStringLiteral("without_any_tag"), QStringLiteral("yes")}}).status, 400);
    }
};

QTEST_GUILESS_MAIN(TestTags)
#include "tst_tags.moc"
