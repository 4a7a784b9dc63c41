// DRS connection (002) and DAS connection (003), both with flat error bodies.
#include "tests/common/SandboxFixture.h"

#include <QTest>

using namespace dbss::test;

class TestConnections : public QObject {
    Q_OBJECT
private:
    SandboxFixture m_sb;
    int m_row = 0;

    static QJsonObject drsExample(const QString& name) {
        return {{QStringLiteral("name"), name},
                {QStringLiteral("db_type"), QStringLiteral("mysql")},
                {QStringLiteral("description"), QStringLiteral("description")},
                {QStringLiteral("endpoint"),
                 QJsonObject{{QStringLiteral("endpoint_name"), QStringLiteral("mysql")},
                             {QStringLiteral("ip"), QStringLiteral("127.0.0.1")},
                             {QStringLiteral("db_port"), QStringLiteral("3306")},
                             {QStringLiteral("db_user"), QStringLiteral("root")},
                             {QStringLiteral("db_password"), QStringLiteral("password")}}},
                {QStringLiteral("ssl"), QJsonObject{{QStringLiteral("ssl_link"), false}}},
                {QStringLiteral("enterprise_project_id"), QStringLiteral("0")}};
    }
    QString drsPath() const { return QStringLiteral("/v5/%1/connections").arg(m_sb.project()); }

    static QJsonObject dasExample() {
        return {{QStringLiteral("engine_type"), QStringLiteral("mysql")},
                {QStringLiteral("network_type"), QStringLiteral("rds")},
                {QStringLiteral("username"), QStringLiteral("root")},
                {QStringLiteral("is_save_password"), true},
                {QStringLiteral("password"), QStringLiteral("Gauss_2345")},
                {QStringLiteral("sql_record_flag"), true},
                {QStringLiteral("remarks"), QStringLiteral("create by api")}};
    }
    QString dasPath(const QString& instance) const {
        return QStringLiteral("/v3/%1/instances/%2/create-connection").arg(m_sb.project(), instance);
    }

private Q_SLOTS:
    void initTestCase() {
        QString error;
        QVERIFY2(m_sb.start(&error), qPrintable(error));
    }

    void drsExampleSucceeds() {
        const TestResponse r = m_sb.client->postJson(drsPath(), drsExample(QStringLiteral("DRS-mysql")));
        QCOMPARE(r.status, 200);
        const QJsonObject o = r.json();
        const QString p = fieldProblem(o, {{"connection_id", "string"},
                                           {"name", "string"},
                                           {"create_time", "int"},
                                           {"db_type", "string"},
                                           {"endpoint", "object"},
                                           {"ssl", "object"},
                                           {"enterprise_project_id", "string"},
                                           {"description", "string"}});
        QVERIFY2(p.isEmpty(), qPrintable(p));
        QVERIFY(!o.value(QStringLiteral("endpoint")).toObject().contains(QStringLiteral("db_password")));
        QVERIFY(!r.body.contains("password\""));
        QCOMPARE(o.value(QStringLiteral("connection_id")).toString().size(), 36);
        // Names are unique, ignoring case: the documented DRS.10010065.
        const QString dup =
            errorProblem(m_sb.client->postJson(drsPath(), drsExample(QStringLiteral("drs-MYSQL"))), 400,
                         QStringLiteral("DRS.10010065"), ErrorBody::Flat);
        QVERIFY2(dup.isEmpty(), qPrintable(dup));
    }

    void drsRejections_data() {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("name 3 chars") << "name" << QJsonValue("abc");
        QTest::newRow("name 51 chars") << "name" << QJsonValue(QString(51, u'a'));
        QTest::newRow("name space") << "name" << QJsonValue("my conn");
        QTest::newRow("db_type") << "db_type" << QJsonValue("redis");
        QTest::newRow("description 256") << "description" << QJsonValue(QString(256, u'd'));
        QTest::newRow("endpoint missing") << "endpoint" << QJsonValue(QJsonValue::Undefined);
        QTest::newRow("port 0") << "endpoint.db_port" << QJsonValue("0");
        QTest::newRow("port 70000") << "endpoint.db_port" << QJsonValue("70000");
        QTest::newRow("ip") << "endpoint.ip" << QJsonValue("999.0.0.1");
        QTest::newRow("user missing") << "endpoint.db_user" << QJsonValue(QJsonValue::Undefined);
        QTest::newRow("password missing") << "endpoint.db_password" << QJsonValue(QJsonValue::Undefined);
        QTest::newRow("endpoint_name") << "endpoint.endpoint_name" << QJsonValue("teradata");
        QTest::newRow("ssl not bool") << "ssl" << QJsonValue(QJsonObject{{"ssl_link", "yes"}});
        QTest::newRow("vpc without subnet") << "vpc" << QJsonValue(QJsonObject{{"vpc_id", "v"}});
    }

    void drsRejections() {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        const QString fresh = QStringLiteral("valid-name-%1").arg(++m_row);
        QJsonObject body = drsExample(fresh);
        if (field.startsWith(QStringLiteral("endpoint."))) {
            QJsonObject e = body.value(QStringLiteral("endpoint")).toObject();
            const QString key = field.mid(9);
            if (value.isUndefined())
                e.remove(key);
            else
                e.insert(key, value);
            body.insert(QStringLiteral("endpoint"), e);
        } else if (value.isUndefined()) {
            body.remove(field);
        } else {
            body.insert(field, value);
        }
        const QString p = errorProblem(m_sb.client->postJson(drsPath(), body), 400,
                                       QStringLiteral("DRS.10000001"), ErrorBody::Flat);
        QVERIFY2(p.isEmpty(), qPrintable(p));
        // Nothing was created: the name is still free (and then taken).
        if (field != QLatin1String("name")) {
            QCOMPARE(m_sb.client->postJson(drsPath(), drsExample(fresh)).status, 200);
            QCOMPARE(m_sb.client->postJson(drsPath(), drsExample(fresh)).status, 400);
        }
        QCOMPARE(m_sb.client->send("POST", drsPath(), "not json").status, 400);
    }

    void drsMongo() {
        QJsonObject body = drsExample(QStringLiteral("mongo-1"));
        body.insert(QStringLiteral("db_type"), QStringLiteral("mongodb"));
        QJsonObject e = body.value(QStringLiteral("endpoint")).toObject();
        e.insert(QStringLiteral("endpoint_name"), QStringLiteral("mongodb"));
        e.insert(QStringLiteral("ip"), QStringLiteral("10.0.0.1:8635,10.0.0.2:8635"));
        body.insert(QStringLiteral("endpoint"), e);
        QCOMPARE(m_sb.client->postJson(drsPath(), body).status, 200);
        e.insert(QStringLiteral("ip"), QStringLiteral("10.0.0.1"));
        body.insert(QStringLiteral("endpoint"), e);
        body.insert(QStringLiteral("name"), QStringLiteral("mongo-2"));
        QCOMPARE(m_sb.client->postJson(drsPath(), body).status, 400);
    }

    void das() {
        const TestResponse c = m_sb.client->get(m_sb.v2(QStringLiteral("/audit/databases/rds")));
        const QString rdsId = c.json()
                                  .value(QStringLiteral("databases"))
                                  .toArray()
                                  .first()
                                  .toObject()
                                  .value(QStringLiteral("id"))
                                  .toString();
        QVERIFY(!rdsId.isEmpty());
        const TestResponse r = m_sb.client->postJson(dasPath(rdsId), dasExample());
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().keys(), QStringList{QStringLiteral("connection_id")});
        QCOMPARE(r.json().value(QStringLiteral("connection_id")).toString().size(), 36);

        const QString p404 =
            errorProblem(m_sb.client->postJson(dasPath(QStringLiteral("nosuchinstance0000000000000000in01")),
                                               dasExample()),
                         404, QStringLiteral("DAS.10000004"), ErrorBody::Flat);
        QVERIFY2(p404.isEmpty(), qPrintable(p404));
        const QList<QPair<QString, QJsonValue>> bad{
            {QStringLiteral("engine_type"), QStringLiteral("db2")},
            {QStringLiteral("network_type"), QStringLiteral("internet")},
            {QStringLiteral("username"), QJsonValue(QJsonValue::Undefined)},
            {QStringLiteral("is_save_password"), QStringLiteral("true")},
            {QStringLiteral("password"), QJsonValue(QJsonValue::Undefined)},
            {QStringLiteral("port"), 0},
            {QStringLiteral("port"), 65536},
            {QStringLiteral("port"), QStringLiteral("3306")},
            {QStringLiteral("node_ids"), QJsonArray{QStringLiteral("short")}},
            {QStringLiteral("sql_record_flag"), 1}};
        for (const auto& [field, value] : bad) {
            QJsonObject body = dasExample();
            if (value.isUndefined())
                body.remove(field);
            else
                body.insert(field, value);
            const QString p = errorProblem(m_sb.client->postJson(dasPath(rdsId), body), 400,
                                           QStringLiteral("DAS.10000001"), ErrorBody::Flat);
            QVERIFY2(p.isEmpty(), qPrintable(field + u' ' + p));
        }
    }

    void authAppliesToo() {
        const TestResponse r = m_sb.client->sendRaw(
            "POST", drsPath(), QJsonDocument(drsExample(QStringLiteral("unsigned"))).toJson(), {});
        const QString p = errorProblem(r, 401, QStringLiteral("DBSS.10020100"), ErrorBody::Flat);
        QVERIFY2(p.isEmpty(), qPrintable(p));
    }
};

QTEST_GUILESS_MAIN(TestConnections)
#include "tst_connections.moc"
