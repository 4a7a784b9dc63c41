// Tags (reference 3.4) and operation logs (3.1.6): the documents' examples plus variants.

#include "ParseHelpers.h"
#include "models/api/OperationLogs.h"
#include "models/api/Tags.h"

#include <QJsonArray>
#include <QtTest>

using namespace dbss::api;

class TestTagsOplogJson : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void projectTagsExample() {
        QStringList missing;
        const auto r =
            parseExample<ListProjectTagsResponse>(R"({"tags":[{"key":"key1","values":["value1","value2"]},
            {"key":"key2","values":["value1","value2"]}]})",
                                                  &missing);
        QVERIFY(missing.isEmpty());
        QCOMPARE(r.tags.size(), 2);
        QCOMPARE(r.tags[1].values, (QStringList{"value1", "value2"}));
        QCOMPARE(listProjectTags().path, QStringLiteral("/v1/{project_id}/auditInstance/tags"));
    }
    void filterExample() {
        // The reference example is not valid JSON (total_count inside a resource, a missing comma);
        // this is the same data, well-formed, with total_count where the example puts it.
        QStringList missing;
        const auto r = parseExample<ListTaggedResourcesResponse>(R"({"resources":[{"resource_detail":null,
            "resource_id":"cdfs_cefs_wesas_12_dsad","resource_name":"resouce1","tags":[{"key":"key1","value":"value1"},
            {"key":"key2","value":"value1"}],"total_count":1000}]})",
                                                                 &missing);
        QVERIFY(missing.isEmpty());
        QCOMPARE(r.totalCount, 1000);
        QCOMPARE(r.resources[0].tags.size(), 2);
        const auto top = parseExample<ListTaggedResourcesResponse>(
            R"({"resources":[{"resource_id":"a","tags":[]}],"total_count":"5"})", &missing);
        QCOMPARE(top.totalCount, 5);
        QCOMPARE(top.resources[0].resourceName, QStringLiteral("a")); // no name: the id
        parseExample<ListTaggedResourcesResponse>(R"({"resources":[{"resource_name":"x"}]})", &missing);
        QCOMPARE(missing, QStringList{QStringLiteral("resources[0].resource_id")});
    }
    void filterRequest() {
        TagFilter f;
        f.tags = {{QStringLiteral("key1"), {QStringLiteral("*value1"), QStringLiteral("value2")}, {}}};
        f.matchResourceName = QStringLiteral("resource1");
        const ApiRequest req = filterResourcesByTag(f, 0, 1000);
        QCOMPARE(req.path, QStringLiteral("/v1/{project_id}/auditInstance/resource-instances/filter"));
        QCOMPARE(req.query.queryItemValue("limit"), QStringLiteral("1000"));
        QVERIFY(req.readOnly);
        const QJsonObject b = bodyObject(req.body);
        QCOMPARE(b.value("tags").toArray().at(0).toObject().value("values").toArray().size(), 2);
        QCOMPARE(b.value("matches").toArray().at(0).toObject().value("key").toString(),
                 QStringLiteral("resource_name"));
        QVERIFY(!b.contains("not_tags"));
        QCOMPARE(countResourcesByTag(f).path,
                 QStringLiteral("/v1/{project_id}/auditInstance/resource-instances/count"));
        QStringList missing;
        QCOMPARE(parseExample<CountTaggedResourcesResponse>(R"({"total_count":1000})", &missing).totalCount,
                 1000);
        parseExample<CountTaggedResourcesResponse>(R"({})", &missing);
        QCOMPARE(missing, QStringList{QStringLiteral("total_count")});
    }
    void addDeleteMatchDocument() {
        const ApiRequest add = addResourceTags(QStringLiteral("res1"), {{"key1", "v"}, {"key2", "value3"}});
        QCOMPARE(add.path, QStringLiteral("/v1/{project_id}/auditInstance/res1/tags/create"));
        QCOMPARE(add.method, QByteArray("POST"));
        QVERIFY(!add.readOnly);
        QCOMPARE(bodyObject(add.body).value("tags").toArray().size(), 2);
        const ApiRequest del = deleteResourceTags(QStringLiteral("res1"), {{"key1", ""}, {"key2", "value3"}});
        QCOMPARE(del.method, QByteArray("DELETE"));
        QCOMPARE(del.path, QStringLiteral("/v1/{project_id}/auditInstance/res1/tags/delete"));
        const QJsonArray tags = bodyObject(del.body).value("tags").toArray();
        QCOMPARE(tags.at(0).toObject(), (QJsonObject{{"key", "key1"}})); // as in the example: value left out
        QCOMPARE(tags.at(1).toObject(), (QJsonObject{{"key", "key2"}, {"value", "value3"}}));
    }

    void oplogExample() {
        QStringList missing;
        const auto r = parseExample<ListOperationLogsResponse>(R"({"total_num":3,"operate_log":[
            {"id":"1LJP-HgBCwCqSg3BVuAp","user":"hby-test","time":"2021-04-22 06:40:52","function":"Database list",
             "action":"Delete","name":"db01","description":"Delete an audited database.","result":"success"},
            {"id":"07JO-HgBCwCqSg3ByOAD","user":"hby-test","time":"2021-04-22 06:40:15","function":"Database list",
             "action":"Update","name":"db01","description":"Close the audit agent.","result":"success"},
            {"id":"ULKM93gBCwCqSg3BZeD1","user":"hby-test","time":"2021-04-22 03:07:56","function":"Database list",
             "action":"Create","name":"db01","description":"Create a database.","result":"success"}]})",
                                                               &missing);
        QVERIFY(missing.isEmpty());
        QCOMPARE(r.totalNum, 3);
        QCOMPARE(r.operateLog[2].action, QStringLiteral("Create"));
        const auto v = parseExample<ListOperationLogsResponse>(
            R"({"total_num":"2","operate_log":[{"id":"a","user":null,"time":1619073652},{"user":"x"}]})",
            &missing);
        QCOMPARE(v.totalNum, 2);
        QCOMPARE(v.operateLog[0].time, QStringLiteral("1619073652"));
        QCOMPARE(missing, QStringList{QStringLiteral("operate_log[1].id")});
    }
    void oplogRequest() {
        OperationLogQuery q;
        q.timeRange = QStringLiteral("HOUR");
        q.page = 1;
        q.size = 10;
        const ApiRequest req = listOperationLogs(QStringLiteral("inst"), q);
        QCOMPARE(req.path, QStringLiteral("/v1/{project_id}/inst/dbss/audit/operate-log"));
        QVERIFY(req.readOnly);
        const QJsonObject b = bodyObject(req.body);
        QCOMPARE(b.value("time").toObject(), (QJsonObject{{"time_range", "HOUR"}}));
        QCOMPARE(b.value("page").toString(), QStringLiteral("1"));
        QCOMPARE(b.value("size").toString(), QStringLiteral("10"));
        q.timeRange.clear();
        q.startTime = QStringLiteral("2021-04-22 00:00:00");
        q.endTime = QStringLiteral("2021-04-22 12:00:00");
        q.result = QStringLiteral("fail");
        const QJsonObject b2 = bodyObject(listOperationLogs(QStringLiteral("inst"), q).body);
        QCOMPARE(b2.value("time").toObject().value("start_time").toString(), q.startTime);
        QCOMPARE(b2.value("result").toString(), QStringLiteral("fail"));
        QVERIFY(OperationLogQuery::isValidRange(QStringLiteral("TWELVE_HOUR")));
        QVERIFY(!OperationLogQuery::isValidRange(QStringLiteral("YEAR")));
    }
};

QTEST_GUILESS_MAIN(TestTagsOplogJson)
#include "tst_tagsoplogjson.moc"
