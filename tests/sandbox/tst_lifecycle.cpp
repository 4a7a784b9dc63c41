// Purchase (001 3.2.3), creation jobs (3.2.2), start/stop/reboot (Go SDK) and the quota.
#include "tests/common/SandboxFixture.h"

#include <QElapsedTimer>
#include <QTest>
#include <QThread>

using namespace dbss::test;

class TestLifecycle : public QObject {
    Q_OBJECT
private:
    SandboxFixture m_sb;

    // 001's example request (3.2.3), moved to the sandbox's region, with another name.
    static QJsonObject withName(const QString& name) {
        const QJsonObject product{
            {QStringLiteral("product_id"), QStringLiteral("00301-225396-0--0")},
            {QStringLiteral("cloud_service_type"), QStringLiteral("hws.service.type.dbss")},
            {QStringLiteral("resource_type"), QStringLiteral("hws.resource.type.dbss")},
            {QStringLiteral("resource_spec_code"), QStringLiteral("dbss.bypassaudit.medium")},
            {QStringLiteral("product_spec_desc"),
             QStringLiteral(
                 "{\"specDesc\":{\"zh-cn\":{\"key1\":\"value1\"},\"en-us\":{\"key1\":\"value1\"}}}")}};
        QJsonObject o{{QStringLiteral("flavor_ref"), QStringLiteral("c6.2xlarge.2")},
                      {QStringLiteral("vpc_id"), QStringLiteral("4c035747-f77b-4c6d-b23b-cb3a2b96c7e6")},
                      {QStringLiteral("availability_zone"), QStringLiteral("cn-north-4b")},
                      {QStringLiteral("comment"), QString()},
                      {QStringLiteral("region"), QStringLiteral("cn-north-4")},
                      {QStringLiteral("nics"),
                       QJsonArray{QJsonObject{{QStringLiteral("subnet_id"),
                                               QStringLiteral("6201dcf2-1374-43ec-ae8b-78b4081572d3")}}}},
                      {QStringLiteral("security_groups"),
                       QJsonArray{QJsonObject{
                           {QStringLiteral("id"), QStringLiteral("59c45017-a484-481b-8440-18c2214ccb06")}}}},
                      {QStringLiteral("cloud_service_type"), QStringLiteral("hws.service.type.dbss")},
                      {QStringLiteral("charging_mode"), 0},
                      {QStringLiteral("period_type"), 2},
                      {QStringLiteral("period_num"), 1},
                      {QStringLiteral("subscription_num"), 1},
                      {QStringLiteral("is_auto_renew"), 0},
                      {QStringLiteral("product_infos"), QJsonArray{product}},
                      {QStringLiteral("promotion_info"), QString()},
                      {QStringLiteral("enterprise_project_id"), QStringLiteral("0")}};
        o.insert(QStringLiteral("name"), name);
        return o;
    }
    QString orderPath() const { return m_sb.v2(QStringLiteral("/dbss/audit/charge/period/order")); }
    int quota() {
        return m_sb.client->get(m_sb.v1(QStringLiteral("/dbss/audit/quota")))
            .json()
            .value(QStringLiteral("audit_quota"))
            .toInt();
    }
    QJsonObject byName(const QString& name) {
        for (const QJsonValue& v : m_sb.instances()) {
            if (v.toObject().value(QStringLiteral("name")).toString() == name)
                return v.toObject();
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase() {
        QString error;
        QVERIFY2(m_sb.start(&error), qPrintable(error));
    }

    void jobsOfExistingInstance() {
        const QString rid =
            m_sb.instance(QStringLiteral("BUILD")).value(QStringLiteral("resource_id")).toString();
        const TestResponse r = m_sb.client->get(m_sb.v1(QStringLiteral("/dbss/audit/jobs/") + rid));
        QCOMPARE(r.status, 200);
        const QJsonArray jobs = r.json().value(QStringLiteral("jobs")).toArray();
        QCOMPARE(jobs.size(), 1);
        const QString p = fieldProblem(jobs.first().toObject(), {{"job_id", "string"},
                                                                 {"status", "string"},
                                                                 {"job_type", "string?"},
                                                                 {"server_id", "string"},
                                                                 {"server_name", "string"},
                                                                 {"begin_time", "int"},
                                                                 {"end_time", "int?"},
                                                                 {"charge_mode", "string"},
                                                                 {"error_code", "string?"},
                                                                 {"fail_reason", "string?"},
                                                                 {"ha_id", "string?"},
                                                                 {"ha_name", "string?"}});
        QVERIFY2(p.isEmpty(), qPrintable(p));
        QCOMPARE(jobs.first().toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("RUNNING"));
        QVERIFY(jobs.first().toObject().value(QStringLiteral("begin_time")).toInteger() >
                1'000'000'000'000LL); // 13 digits
        const QString p404 = errorProblem(m_sb.client->get(m_sb.v1(QStringLiteral("/dbss/audit/jobs/nope"))),
                                          404, QStringLiteral("DBSS.10021004"));
        QVERIFY2(p404.isEmpty(), qPrintable(p404));
    }

    void purchaseMovesThroughStates() {
        const int quotaBefore = quota();
        const TestResponse r = m_sb.client->postJson(orderPath(), withName(QStringLiteral("DBSS-test")));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QStringLiteral("code")).toString(), QStringLiteral("0"));
        QVERIFY(r.json().value(QStringLiteral("order_id")).toString().startsWith(QStringLiteral("CS")));
        QVERIFY(r.json().value(QStringLiteral("description")).isString());
        QCOMPARE(quota(), quotaBefore - 1);

        const QJsonObject inst = byName(QStringLiteral("DBSS-test"));
        QCOMPARE(inst.value(QStringLiteral("status")).toString(), QStringLiteral("BUILD"));
        QCOMPARE(inst.value(QStringLiteral("resource_spec_code")).toString(),
                 QStringLiteral("dbss.bypassaudit.medium"));
        QCOMPARE(inst.value(QStringLiteral("zone")).toString(), QStringLiteral("cn-north-4b"));
        QCOMPARE(inst.value(QStringLiteral("charge_model")).toString(), QStringLiteral("Period"));
        const QString jobs = m_sb.v1(QStringLiteral("/dbss/audit/jobs/") +
                                     inst.value(QStringLiteral("resource_id")).toString());
        QStringList seen;
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 8000) {
            const QString s = m_sb.client->get(jobs)
                                  .json()
                                  .value(QStringLiteral("jobs"))
                                  .toArray()
                                  .first()
                                  .toObject()
                                  .value(QStringLiteral("status"))
                                  .toString();
            if (seen.isEmpty() || seen.last() != s)
                seen << s;
            if (s == QLatin1String("SUCCESS"))
                break;
            QThread::msleep(250);
        }
        QCOMPARE(seen, (QStringList{"INIT", "RUNNING", "SUCCESS"}));
        QCOMPARE(byName(QStringLiteral("DBSS-test")).value(QStringLiteral("status")).toString(),
                 QStringLiteral("ACTIVE"));
        QVERIFY(m_sb.client->get(jobs)
                    .json()
                    .value(QStringLiteral("jobs"))
                    .toArray()
                    .first()
                    .toObject()
                    .value(QStringLiteral("end_time"))
                    .isDouble());
    }

    void purchaseRejections_data() {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("name chars") << "name" << QJsonValue("bad name!");
        QTest::newRow("name long") << "name" << QJsonValue(QString(65, u'a'));
        QTest::newRow("region") << "region" << QJsonValue("eu-west-0");
        QTest::newRow("zone") << "availability_zone" << QJsonValue("cn-north-4z");
        QTest::newRow("service type") << "cloud_service_type" << QJsonValue("hws.service.type.ecs");
        QTest::newRow("charging mode") << "charging_mode" << QJsonValue(2);
        QTest::newRow("period type") << "period_type" << QJsonValue(6);
        QTest::newRow("subscriptions") << "subscription_num" << QJsonValue(2);
        QTest::newRow("nics empty") << "nics" << QJsonValue(QJsonArray());
        QTest::newRow("nic ip") << "nics"
                                << QJsonValue(
                                       QJsonArray{QJsonObject{{"subnet_id", "s"}, {"ip_address", "1.2.3"}}});
        QTest::newRow("spec code") << "product_infos"
                                   << QJsonValue(QJsonArray{
                                          QJsonObject{{"product_id", "p"},
                                                      {"cloud_service_type", "hws.service.type.dbss"},
                                                      {"resource_type", "hws.resource.type.dbss"},
                                                      {"resource_spec_code", "dbss.bypassaudit.huge"},
                                                      {"product_spec_desc", "{\"specDesc\":{}}"}}});
        QTest::newRow("spec desc not json")
            << "product_infos"
            << QJsonValue(QJsonArray{QJsonObject{{"product_id", "p"},
                                                 {"cloud_service_type", "hws.service.type.dbss"},
                                                 {"resource_type", "hws.resource.type.dbss"},
                                                 {"resource_spec_code", "dbss.bypassaudit.low"},
                                                 {"product_spec_desc", "specDesc"}}});
        QTest::newRow("vpc missing") << "vpc_id" << QJsonValue(QJsonValue::Undefined);
        // A tag's value is optional (the SDK's KeyValueBean); its key is not.
        QTest::newRow("tags without key") << "tags" << QJsonValue(QJsonArray{QJsonObject{{"value", "v"}}});
    }

    void purchaseRejections() {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        const int quotaBefore = quota();
        const int count = m_sb.instances().size();
        QJsonObject body = withName(QStringLiteral("rejected-1"));
        if (value.isUndefined())
            body.remove(field);
        else
            body.insert(field, value);
        const QString p =
            errorProblem(m_sb.client->postJson(orderPath(), body), 400, QStringLiteral("DBSS.10000001"));
        QVERIFY2(p.isEmpty(), qPrintable(p));
        QCOMPARE(quota(), quotaBefore);
        QCOMPARE(m_sb.instances().size(), count);
    }

    void quotaExhausted() {
        int left = quota();
        QVERIFY(left > 0);
        for (int i = 0; left > 0; ++i, --left)
            QCOMPARE(m_sb.client->postJson(orderPath(), withName(QStringLiteral("fill-%1").arg(i))).status,
                     200);
        const int count = m_sb.instances().size();
        const QString p =
            errorProblem(m_sb.client->postJson(orderPath(), withName(QStringLiteral("one-too-many"))), 400,
                         QStringLiteral("DBSS.10021016"));
        QVERIFY2(p.isEmpty(), qPrintable(p));
        QCOMPARE(m_sb.instances().size(), count);
        QCOMPARE(quota(), 0);
    }

    void startStopReboot() {
        const QString active = m_sb.instanceId(QStringLiteral("ACTIVE"));
        const QString shutoff = m_sb.instanceId(QStringLiteral("SHUTOFF"));
        const auto act = [&](const QString& verb, const QString& id) {
            return m_sb.client->postJson(m_sb.v1(QStringLiteral("/dbss/audit/instance/") + verb),
                                         {{QStringLiteral("instance_id"), id}});
        };
        const auto status = [&](const QString& id) {
            for (const QJsonValue& v : m_sb.instances()) {
                if (v.toObject().value(QStringLiteral("id")).toString() == id)
                    return v.toObject().value(QStringLiteral("status")).toString();
            }
            return QString();
        };
        QCOMPARE(act(QStringLiteral("start"), active).status, 400); // already running
        QCOMPARE(act(QStringLiteral("stop"), shutoff).status, 400);
        QCOMPARE(act(QStringLiteral("reboot"), shutoff).status, 400);
        QCOMPARE(status(active), QStringLiteral("ACTIVE"));
        const TestResponse stop = act(QStringLiteral("stop"), active);
        QCOMPARE(stop.status, 200);
        QCOMPARE(stop.json().value(QStringLiteral("result")).toString(), QStringLiteral("SUCCESS"));
        QCOMPARE(status(active), QStringLiteral("SHUTOFF"));
        QCOMPARE(act(QStringLiteral("start"), active).status, 200);
        QCOMPARE(status(active), QStringLiteral("ACTIVE"));
        QCOMPARE(act(QStringLiteral("reboot"), active).status, 200);
        QCOMPARE(status(active), QStringLiteral("ACTIVE"));
        const QString p = errorProblem(act(QStringLiteral("start"), QStringLiteral("nope")), 404,
                                       QStringLiteral("DBSS.10021004"));
        QVERIFY2(p.isEmpty(), qPrintable(p));
        QCOMPARE(m_sb.client->postJson(m_sb.v1(QStringLiteral("/dbss/audit/instance/start")), {}).status,
                 400);
        QCOMPARE(m_sb.operateLog(active).first().toObject().value(QStringLiteral("description")).toString(),
                 QStringLiteral("Reboot the audit instance."));
    }
};

QTEST_GUILESS_MAIN(TestLifecycle)
#include "tst_lifecycle.moc"
