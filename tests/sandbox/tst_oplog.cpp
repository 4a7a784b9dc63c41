// Operation logs (001 3.1.6) over a --seed account: filters, time ranges, paging, rejections.
#include "tests/common/SandboxFixture.h"

#include <QTest>

using namespace dbss::test;

class TestOplog : public QObject {
    Q_OBJECT
private:
    SandboxFixture m_sb{{QStringLiteral("--seed"), QStringLiteral("1000")}};
    QString m_id;

    TestResponse query(const QJsonObject& body) {
        return m_sb.client->postJson(m_sb.v1(QStringLiteral("/%1/dbss/audit/operate-log").arg(m_id)), body);
    }
    int total(const QJsonObject& body) {
        return query(body).json().value(QStringLiteral("total_num")).toInt(-1);
    }

private Q_SLOTS:
    void initTestCase() {
        QString error;
        QVERIFY2(m_sb.start(&error), qPrintable(error));
        m_id = m_sb.instanceId();
    }

    void rowsAndFields() {
        const TestResponse r = query({{QStringLiteral("page"), 1}, {QStringLiteral("size"), 1000}});
        QCOMPARE(r.status, 200);
        const QJsonArray rows = r.json().value(QStringLiteral("operate_log")).toArray();
        QCOMPARE(r.json().value(QStringLiteral("total_num")).toInt(), 200); // 1000 rows over 5 instances
        QCOMPARE(rows.size(), 200);
        QString previous = QStringLiteral("9999");
        for (const QJsonValue& v : rows) {
            const QJsonObject o = v.toObject();
            const QString p = fieldProblem(o, {{"id", "string"},
                                               {"user", "string"},
                                               {"time", "string"},
                                               {"function", "string"},
                                               {"action", "string"},
                                               {"name", "string"},
                                               {"description", "string"},
                                               {"result", "string"}});
            QVERIFY2(p.isEmpty(), qPrintable(p));
            QVERIFY(o.value(QStringLiteral("time")).toString() <= previous); // newest first
            previous = o.value(QStringLiteral("time")).toString();
            QVERIFY(QStringList({"success", "fail"}).contains(o.value(QStringLiteral("result")).toString()));
        }
        // Default page size 10; the documented example body.
        const TestResponse example = query(
            {{QStringLiteral("time"), QJsonObject{{QStringLiteral("time_range"), QStringLiteral("MONTH")}}},
             {QStringLiteral("page"), 1},
             {QStringLiteral("size"), 10}});
        QCOMPARE(example.json().value(QStringLiteral("operate_log")).toArray().size(), 10);
        QCOMPARE(query({}).json().value(QStringLiteral("operate_log")).toArray().size(), 10);
        // Pages are consecutive slices; strings work as well as numbers.
        const QJsonArray p2 = query({{QStringLiteral("page"), QStringLiteral("2")},
                                     {QStringLiteral("size"), QStringLiteral("7")}})
                                  .json()
                                  .value(QStringLiteral("operate_log"))
                                  .toArray();
        QCOMPARE(p2.size(), 7);
        QCOMPARE(p2.first(), rows.at(7));
    }

    void filters() {
        const int all = total({});
        const int day = total(
            {{QStringLiteral("time"), QJsonObject{{QStringLiteral("time_range"), QStringLiteral("DAY")}}}});
        const int week = total(
            {{QStringLiteral("time"), QJsonObject{{QStringLiteral("time_range"), QStringLiteral("WEEK")}}}});
        QVERIFY(day < week);
        QVERIFY(week < all);
        QVERIFY(day > 0);
        const int fails = total({{QStringLiteral("result"), QStringLiteral("fail")}});
        const int successes = total({{QStringLiteral("result"), QStringLiteral("success")}});
        QCOMPARE(fails + successes, all);
        QVERIFY(fails > 0);
        const int auditor = total({{QStringLiteral("user_name"), QStringLiteral("auditor")}});
        QVERIFY(auditor > 0 && auditor < all);
        QCOMPARE(total({{QStringLiteral("user_name"), QStringLiteral("nobody")}}), 0);
        const TestResponse downloads = query(
            {{QStringLiteral("operate_name"), QStringLiteral("DOWNLOAD")}, {QStringLiteral("size"), 1000}});
        QVERIFY(downloads.json().value(QStringLiteral("total_num")).toInt() > 0);
        for (const QJsonValue& v : downloads.json().value(QStringLiteral("operate_log")).toArray())
            QCOMPARE(v.toObject().value(QStringLiteral("action")).toString(), QStringLiteral("DOWNLOAD"));
        // An absolute window covering everything.
        const QString from =
            QDateTime::currentDateTimeUtc().addDays(-40).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        const QString to =
            QDateTime::currentDateTimeUtc().addSecs(60).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        QCOMPARE(total({{QStringLiteral("time"), QJsonObject{{QStringLiteral("start_time"), from},
                                                             {QStringLiteral("end_time"), to}}}}),
                 all);
    }

    void rejections_data() {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("time_range") << QByteArray(R"({"time":{"time_range":"YEAR"}})");
        QTest::newRow("start without end") << QByteArray(R"({"time":{"start_time":"2024-01-01 00:00:00"}})");
        QTest::newRow("bad time format")
            << QByteArray(R"({"time":{"start_time":"2024-01-01","end_time":"2024-01-02"}})");
        QTest::newRow("start after end") << QByteArray(
            R"({"time":{"start_time":"2024-01-02 00:00:00","end_time":"2024-01-01 00:00:00"}})");
        QTest::newRow("range and window") << QByteArray(
            R"({"time":{"time_range":"DAY","start_time":"2024-01-01 00:00:00","end_time":"2024-01-02 00:00:00"}})");
        QTest::newRow("time not object") << QByteArray(R"({"time":"DAY"})");
        QTest::newRow("result") << QByteArray(R"({"result":"ok"})");
        QTest::newRow("page 0") << QByteArray(R"({"page":0})");
        QTest::newRow("page text") << QByteArray(R"({"page":"first"})");
        QTest::newRow("size 0") << QByteArray(R"({"size":0})");
        QTest::newRow("size 1001") << QByteArray(R"({"size":1001})");
        QTest::newRow("size fraction") << QByteArray(R"({"size":2.5})");
        QTest::newRow("user not string") << QByteArray(R"({"user_name":7})");
        QTest::newRow("not json") << QByteArray("{\"page\":");
        QTest::newRow("array") << QByteArray("[]");
    }

    void rejections() {
        QFETCH(QByteArray, body);
        const QString p = errorProblem(
            m_sb.client->send("POST", m_sb.v1(QStringLiteral("/%1/dbss/audit/operate-log").arg(m_id)), body),
            400, QStringLiteral("DBSS.10000001"));
        QVERIFY2(p.isEmpty(), qPrintable(p));
    }

    void unknownInstance() {
        const QString p =
            errorProblem(m_sb.client->postJson(m_sb.v1(QStringLiteral("/nosuch/dbss/audit/operate-log")), {}),
                         404, QStringLiteral("DBSS.10021004"));
        QVERIFY2(p.isEmpty(), qPrintable(p));
    }
};

QTEST_GUILESS_MAIN(TestOplog)
#include "tst_oplog.moc"
