// GET /v1/{project_id}/dbss/audit/instances (001 3.2.1) against the dbss-sandbox binary.
#include "tests/common/SandboxAsserts.h"
#include "tests/common/SandboxProcess.h"
#include "tests/common/SandboxTestClient.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>

using namespace dbss::test;

class TestInstances : public QObject {
    Q_OBJECT
private:
    SandboxProcess m_sandbox;
    std::unique_ptr<SandboxTestClient> m_client;
    QString m_path;

    QJsonArray servers(const QString& query, int* total = nullptr) {
        const TestResponse r = m_client->get(m_path + query);
        if (r.status != 200)
            return {};
        if (total)
            *total = r.json().value(QStringLiteral("total")).toInt(-1);
        return r.json().value(QStringLiteral("servers")).toArray();
    }

private Q_SLOTS:
    void initTestCase() {
        QString error;
        QVERIFY2(m_sandbox.start(&error), qPrintable(error));
        m_client = std::make_unique<SandboxTestClient>(m_sandbox.url(), m_sandbox.ak(), m_sandbox.sk());
        m_path = QStringLiteral("/v1/%1/dbss/audit/instances").arg(m_sandbox.projectId());
    }

    void everyDocumentedField() {
        const TestResponse r = m_client->get(m_path);
        QCOMPARE(r.status, 200);
        QVERIFY(r.header("Content-Type").startsWith("application/json"));
        const QJsonObject body = r.json();
        QCOMPARE(body.keys(), (QStringList{QStringLiteral("servers"), QStringLiteral("total")}));
        const QJsonArray list = body.value(QStringLiteral("servers")).toArray();
        QCOMPARE(body.value(QStringLiteral("total")).toInt(), list.size());
        QVERIFY(list.size() >= 3);
        QSet<QString> statuses;
        QSet<QString> ids;
        for (const QJsonValue& v : list) {
            const QJsonObject s = v.toObject();
            // Table 3-72 AuditInstanceListBean; nullable where the example shows null.
            const QString p = fieldProblem(s, {{"charge_model", "string"},
                                               {"comment", "string"},
                                               {"config_num", "int"},
                                               {"connect_ip", "string"},
                                               {"connect_ipv6", "string?"},
                                               {"cpu", "int"},
                                               {"created", "string"},
                                               {"database_limit", "int"},
                                               {"effect", "int?"},
                                               {"expired", "string?"},
                                               {"id", "string"},
                                               {"keep_days", "string?"},
                                               {"name", "string"},
                                               {"new_version", "string?"},
                                               {"port_id", "string"},
                                               {"ram", "int"},
                                               {"region", "string"},
                                               {"remain_days", "string?"},
                                               {"resource_id", "string"},
                                               {"resource_spec_code", "string"},
                                               {"scene", "string?"},
                                               {"security_group_id", "string?"},
                                               {"specification", "string"},
                                               {"status", "string"},
                                               {"subnet_id", "string?"},
                                               {"task", "string"},
                                               {"version", "string"},
                                               {"vpc_id", "string?"},
                                               {"zone", "string"},
                                               {"upgrade_log", "string?"}});
            QVERIFY2(p.isEmpty(), qPrintable(p));
            QVERIFY(QStringList({"Period", "Demand"})
                        .contains(s.value(QStringLiteral("charge_model")).toString()));
            QVERIFY(QStringList(
                        {"SHUTOFF", "ACTIVE", "DELETING", "BUILD", "ERROR", "HAWAIT", "FROZEN", "UPGRADEING"})
                        .contains(s.value(QStringLiteral("status")).toString()));
            QCOMPARE(s.value(QStringLiteral("region")).toString(), QStringLiteral("cn-north-4"));
            QVERIFY(QDateTime::fromString(s.value(QStringLiteral("created")).toString(),
                                          QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                        .isValid());
            statuses.insert(s.value(QStringLiteral("status")).toString());
            ids.insert(s.value(QStringLiteral("id")).toString());
        }
        QCOMPARE(ids.size(), list.size());
        // Demo data: several statuses so the console shows more than the happy path.
        QVERIFY(statuses.contains(QStringLiteral("ACTIVE")));
        QVERIFY(statuses.contains(QStringLiteral("SHUTOFF")));
        QVERIFY(statuses.size() >= 3);
        QVERIFY(statuses.contains(QStringLiteral("FROZEN")));
        for (const QJsonValue& v : list) {
            const QJsonObject s = v.toObject();
            if (s.value(QStringLiteral("status")).toString() != QLatin1String("FROZEN"))
                continue;
            // A lapsed yearly instance: frozen (effect 1), expired in the past, days past expiry.
            QCOMPARE(s.value(QStringLiteral("effect")).toInt(), 1);
            QVERIFY(QDateTime::fromString(s.value(QStringLiteral("expired")).toString(),
                                          QStringLiteral("yyyy-MM-dd HH:mm:ss")) <
                    QDateTime::currentDateTimeUtc().toLocalTime());
            QVERIFY(s.value(QStringLiteral("remain_days")).toString().toInt() > 0);
            QVERIFY(s.value(QStringLiteral("keep_days")).isNull());
        }
    }

    void paging() {
        int total = 0;
        const QJsonArray all = servers(QString(), &total);
        QVERIFY(total >= 3);
        int t = 0;
        const QJsonArray page = servers(QStringLiteral("?offset=1&limit=2"), &t);
        QCOMPARE(t, total);
        QCOMPARE(page.size(), 2);
        QCOMPARE(page.at(0), all.at(1));
        QCOMPARE(page.at(1), all.at(2));
        QCOMPARE(servers(QStringLiteral("?limit=1"), &t).size(), 1);
        QCOMPARE(servers(QStringLiteral("?offset=%1&limit=10").arg(total - 1), &t).size(), 1);
        QCOMPARE(servers(QStringLiteral("?offset=%1").arg(total), &t).size(), 0);
        QCOMPARE(t, total);
        QCOMPARE(servers(QStringLiteral("?offset=100000&limit=1000"), &t).size(), 0);
    }

    void badPaging_data() {
        QTest::addColumn<QString>("query");
        QTest::newRow("limit not a number") << "?limit=abc";
        QTest::newRow("limit negative") << "?limit=-1";
        QTest::newRow("limit zero") << "?limit=0";
        QTest::newRow("limit above 1000") << "?limit=1001";
        QTest::newRow("limit empty") << "?limit=";
        QTest::newRow("limit fraction") << "?limit=1.5";
        QTest::newRow("offset negative") << "?offset=-1";
        QTest::newRow("offset not a number") << "?offset=x&limit=1";
        QTest::newRow("offset huge") << "?offset=99999999999999999999";
    }

    void badPaging() {
        QFETCH(QString, query);
        const QString p = errorProblem(m_client->get(m_path + query), 400, QStringLiteral("DBSS.10000001"));
        QVERIFY2(p.isEmpty(), qPrintable(p));
    }

    void seededScale() {
        SandboxProcess seeded({QStringLiteral("--seed"), QStringLiteral("2000")});
        QString error;
        QVERIFY2(seeded.start(&error), qPrintable(error));
        SandboxTestClient client(seeded.url(), seeded.ak(), seeded.sk());
        const TestResponse a = client.get(m_path + QStringLiteral("?limit=1000"));
        QCOMPARE(a.status, 200);
        QCOMPARE(a.json().value(QStringLiteral("total")).toInt(), 10); // 2000 rows / 200 per instance

        // Same N, same instances.
        SandboxProcess again({QStringLiteral("--seed"), QStringLiteral("2000")});
        QVERIFY2(again.start(&error), qPrintable(error));
        SandboxTestClient client2(again.url(), again.ak(), again.sk());
        const QJsonArray x = a.json().value(QStringLiteral("servers")).toArray();
        const QJsonArray y = client2.get(m_path + QStringLiteral("?limit=1000"))
                                 .json()
                                 .value(QStringLiteral("servers"))
                                 .toArray();
        QCOMPARE(x.size(), y.size());
        for (qsizetype i = 0; i < x.size(); ++i) {
            QCOMPARE(x.at(i).toObject().value(QStringLiteral("id")),
                     y.at(i).toObject().value(QStringLiteral("id")));
            QCOMPARE(x.at(i).toObject().value(QStringLiteral("name")),
                     y.at(i).toObject().value(QStringLiteral("name")));
        }
    }
};

QTEST_GUILESS_MAIN(TestInstances)
#include "tst_instances.moc"
