// Parsing of ListAuditInstances: the reference's own example response, plus variants a real
// service sends (extra fields, nulls, numbers as strings) and a body missing a mandatory field.
#include "models/api/Instances.h"

#include <QJsonDocument>
#include <QTest>

using namespace dbss::api;

static const char* kDocumentExample = R"({
    "servers" : [ {
        "name" : "DBSS-Test", "comment" : "", "connect_ipv6" : null, "status" : "ACTIVE",
        "task" : "NO_TASK", "id" : "8c53ed03-8ed7-4ff2-ad97-7b2d6d1dd364",
        "specification" : "Low | 3 Proxy", "zone" : "region-01-7a", "created" : "2021-04-21 04:37:54",
        "expired" : null, "subnet_id" : "97ef0bb5-3759-4db4-aa49-0d087ed49ce5", "cpu" : 4, "ram" : 16384,
        "region" : "eu-de", "version" : "21.04.16.164614", "charge_model" : "Demand", "remain_days" : null,
        "config_num" : 1, "effect" : null, "scene" : null, "connect_ip" : "192.168.0.229",
        "port_id" : "dc4bd420-e01c-4d12-a7ff-814f17c63079", "resource_id" : "062212d8-8e30-4783-9671-43f3f1f3bb1e",
        "vpc_id" : "76d98391-5abc-46ed-b8a8-f664202cb166", "security_group_id" : "f0fbec06-bcf6-4c7e-99fa-f0ddfb1d9bd",
        "resource_spec_code" : "dbss.bypassaudit.low", "keep_days" : null, "new_version" : null, "database_limit" : 3
    } ],
    "total" : 1
})";

class TestInstancesJson : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void documentExample() {
        QStringList missing;
        const auto resp = ListAuditInstancesResponse::fromJson(
            QJsonDocument::fromJson(kDocumentExample).object(), &missing);
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(',')));
        QCOMPARE(resp.total, 1);
        QCOMPARE(resp.servers.size(), 1);
        const AuditInstance& i = resp.servers.first();
        QCOMPARE(i.name, QStringLiteral("DBSS-Test"));
        QCOMPARE(i.id, QStringLiteral("8c53ed03-8ed7-4ff2-ad97-7b2d6d1dd364"));
        QCOMPARE(i.resourceId, QStringLiteral("062212d8-8e30-4783-9671-43f3f1f3bb1e"));
        QCOMPARE(i.ram, 16384);
        QCOMPARE(i.cpu, 4);
        QCOMPARE(i.databaseLimit, 3);
        QCOMPARE(i.chargeModel, QStringLiteral("Demand"));
        QVERIFY(i.connectIpv6.isEmpty()); // null is absent
        QVERIFY(i.expired.isEmpty());
        QCOMPARE(i.raw.value(QLatin1String("zone")).toString(), QStringLiteral("region-01-7a"));
    }
    void tolerantVariants() {
        // Unknown fields ignored, numbers as strings accepted, strings as numbers accepted.
        const QByteArray body =
            R"({"servers":[{"id":"a","name":"n","status":"SHUTOFF","cpu":"8","ram":"32768",
            "config_num":"2","future_field":{"x":1},"keep_days":30}],"total":"7","extra":[1,2]})";
        QStringList missing;
        const auto resp =
            ListAuditInstancesResponse::fromJson(QJsonDocument::fromJson(body).object(), &missing);
        QVERIFY(missing.isEmpty());
        QCOMPARE(resp.total, 7);
        QCOMPARE(resp.servers.first().cpu, 8);
        QCOMPARE(resp.servers.first().ram, 32768);
        QCOMPARE(resp.servers.first().keepDays, QStringLiteral("30"));
    }
    void missingMandatoryFieldIsNamed() {
        const QByteArray body =
            R"({"servers":[{"id":"a","name":"n","status":"ACTIVE"},{"id":"b","status":null}]})";
        QStringList missing;
        ListAuditInstancesResponse::fromJson(QJsonDocument::fromJson(body).object(), &missing);
        QCOMPARE(missing, QStringList({QStringLiteral("total"), QStringLiteral("servers[1].name"),
                                       QStringLiteral("servers[1].status")}));
    }
    void requestShape() {
        const ApiRequest req = listAuditInstances(20, 10);
        QCOMPARE(req.method, QByteArray("GET"));
        QCOMPARE(req.path, QStringLiteral("/v1/{project_id}/dbss/audit/instances"));
        QCOMPARE(req.query.queryItemValue(QStringLiteral("offset")), QStringLiteral("20"));
        QCOMPARE(req.query.queryItemValue(QStringLiteral("limit")), QStringLiteral("10"));
        QVERIFY(req.readOnly);
    }
};

QTEST_GUILESS_MAIN(TestInstancesJson)
#include "tst_instancesjson.moc"
