// Account, jobs, purchase and instance actions: the reference's own examples (3.1.3, 3.1.4, 3.1.5,
// 3.1.7, 3.2.2, 3.2.3) plus variants with extra fields, nulls and numbers as strings.

#include "ParseHelpers.h"
#include "models/api/AccountResources.h"
#include "models/api/InstanceJobs.h"
#include "models/api/SecurityGroups.h"

#include <QJsonArray>
#include <QtTest>

using namespace dbss::api;

class TestAccountJson : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void quotaExample() {
        QStringList missing;
        const auto q = parseExample<AuditQuota>(R"({"projectId":"0250cb8a80c24c0b9f20f557cb159aad","cpu":796,
            "ram":1622016,"audit_quota":1})",
                                                &missing);
        QVERIFY(missing.isEmpty());
        QCOMPARE(q.auditQuota, 1);
        QCOMPARE(q.cpu, 796);
        QCOMPARE(q.ram, 1622016);
        QCOMPARE(q.projectId, QStringLiteral("0250cb8a80c24c0b9f20f557cb159aad"));
    }
    void quotaVariants() {
        QStringList missing;
        const auto q = parseExample<AuditQuota>(
            R"({"project_id":"p","cpu":"12","ram":null,"audit_quota":"3","extra":{"a":1}})", &missing);
        QVERIFY(missing.isEmpty());
        QCOMPARE(q.auditQuota, 3);
        QCOMPARE(q.cpu, 12);
        QCOMPARE(q.ram, 0);
        QCOMPARE(q.projectId, QStringLiteral("p"));
        parseExample<AuditQuota>(R"({"cpu":1,"audit_quota":null})", &missing);
        QCOMPARE(missing, QStringList{QStringLiteral("audit_quota")});
    }

    void specificationExample() {
        QStringList missing;
        const auto r = parseExample<ListEcsSpecificationResponse>(R"({"specification":[
            {"level":"low","id":"s2.xlarge.4","name":"s2.xlarge.4","vcpus":4,"ram":16384,"proxy":3,"azs":["region-01-7a"]},
            {"level":"medium","id":"s2.2xlarge.4","name":"s2.2xlarge.4","vcpus":8,"ram":32768,"proxy":6,"azs":["region-01-7a"]},
            {"level":"high","id":"s3.4xlarge.4","name":"s3.4xlarge.4","vcpus":16,"ram":65536,"proxy":30,
             "azs":["region-01-7a","region-01-7b"]}]})",
                                                                  &missing);
        QVERIFY(missing.isEmpty());
        QCOMPARE(r.specification.size(), 3);
        QCOMPARE(r.specification[2].proxy, 30);
        QCOMPARE(r.specification[2].azs, (QStringList{"region-01-7a", "region-01-7b"}));
        QCOMPARE(r.specification[1].ram, 32768);
    }
    void specificationMissingId() {
        QStringList missing;
        const auto r = parseExample<ListEcsSpecificationResponse>(
            R"({"specification":[{"id":"a","azType":null},{"name":"no id","vcpus":"2"}]})", &missing);
        QCOMPARE(missing, QStringList{QStringLiteral("specification[1].id")});
        QCOMPARE(r.specification[1].vcpus, 2);
        parseExample<ListEcsSpecificationResponse>(R"({"specification":null})", &missing);
        QVERIFY(missing.contains(QStringLiteral("specification")));
    }

    void zonesExample() {
        QStringList missing;
        const auto r = parseExample<ListAvailabilityZonesResponse>(R"({"azs":[
            {"zone_name":"region-01-7a","zone_number":2,"az_type":"normal","alias":"AZ 2","alias_us":"AZ2"},
            {"zone_name":"region-01-7b","zone_number":1,"az_type":"normal","alias":"AZ 1","alias_us":"AZ1"},
            {"zone_name":"region-01-7c","zone_number":3,"az_type":"normal","alias":"AZ3","alias_us":"AZ3"}]})",
                                                                   &missing);
        QVERIFY(missing.isEmpty());
        QCOMPARE(r.azs.size(), 3);
        QCOMPARE(r.azs[0].zoneNumber, 2);
        QCOMPARE(r.azs[1].aliasUs, QStringLiteral("AZ1"));
    }

    void securityGroupRequest() {
        const ApiRequest req = setSecurityGroups(QStringLiteral("062212d8-8e30-4783-9671-43f3f1f3bb1e"),
                                                 {QStringLiteral("f0fbec06-bcf6-4c7e-99fa-f0ddfb1d9bd")});
        QCOMPARE(req.method, QByteArray("POST"));
        QCOMPARE(req.path, QStringLiteral("/v1/{project_id}/dbss/audit/security-group"));
        QVERIFY(!req.readOnly);
        const QJsonObject body = bodyObject(req.body);
        // The SDK's SecurityGroupRequest names the instance by instance_id (the documents: resource_id).
        QCOMPARE(body.value("instance_id").toString(),
                 QStringLiteral("062212d8-8e30-4783-9671-43f3f1f3bb1e"));
        QVERIFY(!body.contains("resource_id"));
        QCOMPARE(body.value("securitygroup_ids").toArray().size(), 1);
    }

    void jobsExample() {
        QStringList missing;
        const auto r = parseExample<ListInstanceJobsResponse>(R"({"jobs":[{"status":"SUCCESS","job_type":null,
            "job_id":"8abf9647852a1daa01852e517e1a1a0b","begin_time":1671519371000,"end_time":1671519417000,
            "error_code":null,"fail_reason":null,"charge_mode":"Demand","server_name":"DBSS-qct-1220",
            "server_id":"0aa8f621-bc19-4822-b66d-7ab9ae3c8693"}]})",
                                                              &missing);
        QVERIFY(missing.isEmpty());
        QCOMPARE(r.jobs.size(), 1);
        QCOMPARE(r.jobs[0].beginTime, Q_INT64_C(1671519371000));
        QCOMPARE(r.jobs[0].serverName, QStringLiteral("DBSS-qct-1220"));
        QVERIFY(r.jobs[0].errorCode.isEmpty());
        parseExample<ListInstanceJobsResponse>(R"({"jobs":[{"status":"RUNNING","begin_time":"17"}]})",
                                               &missing);
        QCOMPARE(missing, QStringList{QStringLiteral("jobs[0].job_id")});
    }
    void jobsPathEncoded() {
        const ApiRequest req = listInstanceJobs(QStringLiteral("a/b?c"));
        QCOMPARE(req.path, QStringLiteral("/v1/{project_id}/dbss/audit/jobs/a%2Fb%3Fc"));
        QVERIFY(req.readOnly);
    }

    void orderExample() {
        QStringList missing;
        const auto r = parseExample<PeriodOrderResponse>(
            R"({"description":" Success","code":"0","order_id":"CS1710190909OGQIS"})", &missing);
        QVERIFY(missing.isEmpty());
        QCOMPARE(r.orderId, QStringLiteral("CS1710190909OGQIS"));
        QCOMPARE(r.description, QStringLiteral("Success"));
        parseExample<PeriodOrderResponse>(R"({"code":0})", &missing);
        QCOMPARE(missing, QStringList{QStringLiteral("order_id")});
    }
    void orderRequestMatchesDocument() {
        PeriodOrderRequest o;
        o.flavorRef = QStringLiteral("c6.2xlarge.2");
        o.name = QStringLiteral("DBSS-test");
        o.vpcId = QStringLiteral("4c035747-f77b-4c6d-b23b-cb3a2b96c7e6");
        o.availabilityZone = QStringLiteral("cn-north-7b");
        o.region = QStringLiteral("cn-north-7");
        o.subnetId = QStringLiteral("6201dcf2-1374-43ec-ae8b-78b4081572d3");
        o.securityGroupIds = {QStringLiteral("59c45017-a484-481b-8440-18c2214ccb06")};
        o.productId = QStringLiteral("00301-225396-0--0");
        o.resourceSpecCode = QStringLiteral("dbss.bypassaudit.medium");
        const ApiRequest req = createPeriodOrder(o);
        QCOMPARE(req.path, QStringLiteral("/v2/{project_id}/dbss/audit/charge/period/order"));
        QVERIFY(!req.readOnly);
        const QJsonObject b = bodyObject(req.body);
        QCOMPARE(b.value("charging_mode").toInt(-1), 0);
        QCOMPARE(b.value("period_type").toInt(), 2);
        QCOMPARE(b.value("subscription_num").toInt(), 1);
        QCOMPARE(b.value("cloud_service_type").toString(), QStringLiteral("hws.service.type.dbss"));
        QCOMPARE(b.value("nics").toArray().at(0).toObject().value("subnet_id").toString(), o.subnetId);
        QCOMPARE(b.value("security_groups").toArray().at(0).toObject().value("id").toString(),
                 o.securityGroupIds.first());
        const QJsonObject product = b.value("product_infos").toArray().at(0).toObject();
        QCOMPARE(product.value("resource_type").toString(), QStringLiteral("hws.resource.type.dbss"));
        QCOMPARE(product.value("resource_spec_code").toString(), o.resourceSpecCode);
        // product_spec_desc is a JSON string {"specDesc":{...}}
        const QJsonObject desc =
            QJsonDocument::fromJson(product.value("product_spec_desc").toString().toUtf8()).object();
        QVERIFY(desc.value("specDesc").toObject().contains("en-us"));
    }

    void instanceActions() {
        const ApiRequest start = instanceAction(InstanceAction::Start, QStringLiteral("inst1"));
        QCOMPARE(start.path, QStringLiteral("/v1/{project_id}/dbss/audit/instance/start"));
        QCOMPARE(start.operation, QStringLiteral("StartAuditInstance"));
        QVERIFY(!start.readOnly);
        QCOMPARE(bodyObject(start.body).value("instance_id").toString(), QStringLiteral("inst1"));
        QCOMPARE(instanceAction(InstanceAction::Stop, QStringLiteral("x")).path,
                 QStringLiteral("/v1/{project_id}/dbss/audit/instance/stop"));
        QCOMPARE(instanceAction(InstanceAction::Reboot, QStringLiteral("x")).operation,
                 QStringLiteral("RebootAuditInstance"));
    }
};

QTEST_GUILESS_MAIN(TestAccountJson)
#include "tst_accountjson.moc"
