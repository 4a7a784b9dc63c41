#include "models/api/InstanceJobs.h"

#include "models/api/ApiHelpers.h"

namespace dbss::api {

InstanceJob InstanceJob::fromJson(const QJsonObject& object, QStringList* missing, const QString& path) {
    const JsonReader r(object, path, missing);
    InstanceJob j;
    j.jobId = r.requiredString("job_id");
    j.status = r.requiredString("status");
    j.jobType = r.string("job_type");
    j.serverId = r.string("server_id");
    j.serverName = r.string("server_name");
    j.resourceId = r.string("resource_id");
    j.beginTime = r.integer("begin_time");
    j.endTime = r.integer("end_time");
    j.chargeMode = r.string("charge_mode");
    j.errorCode = r.string("error_code");
    j.failReason = r.string("fail_reason");
    j.raw = object;
    return j;
}

ListInstanceJobsResponse ListInstanceJobsResponse::fromJson(const QJsonObject& object, QStringList* missing) {
    const JsonReader r(object, {}, missing);
    ListInstanceJobsResponse resp;
    resp.jobs = readItems<InstanceJob>(r, "jobs", true, missing);
    return resp;
}

ApiRequest listInstanceJobs(const QString& resourceId) {
    return makeRequest("ListAuditInstanceJobs", "GET",
                       QStringLiteral("/v1/{project_id}/dbss/audit/jobs/") + pathSegment(resourceId), true);
}

namespace {
// The document asks for a JSON string {"specDesc":{"zh-cn":{...},"en-us":{...}}} describing the product.
QString defaultSpecDesc(const QString& specCode) {
    const QJsonObject text{{QStringLiteral("resource_spec_code"), specCode}};
    const QJsonObject desc{{QStringLiteral("specDesc"),
                            QJsonObject{{QStringLiteral("zh-cn"), text}, {QStringLiteral("en-us"), text}}}};
    return QString::fromUtf8(QJsonDocument(desc).toJson(QJsonDocument::Compact));
}
} // namespace

QJsonObject PeriodOrderRequest::toJson() const {
    QJsonObject nic{{QStringLiteral("subnet_id"), subnetId}};
    if (!ipAddress.isEmpty())
        nic.insert(QStringLiteral("ip_address"), ipAddress);
    QJsonArray groups;
    for (const QString& id : securityGroupIds)
        groups.append(QJsonObject{{QStringLiteral("id"), id}});
    const QJsonObject product{{QStringLiteral("product_id"), productId},
                              {QStringLiteral("cloud_service_type"), QStringLiteral("hws.service.type.dbss")},
                              {QStringLiteral("resource_type"), QStringLiteral("hws.resource.type.dbss")},
                              {QStringLiteral("resource_spec_code"), resourceSpecCode},
                              {QStringLiteral("product_spec_desc"), productSpecDesc.isEmpty()
                                                                        ? defaultSpecDesc(resourceSpecCode)
                                                                        : productSpecDesc}};
    QJsonObject o{{QStringLiteral("flavor_ref"), flavorRef},
                  {QStringLiteral("name"), name},
                  {QStringLiteral("vpc_id"), vpcId},
                  {QStringLiteral("availability_zone"), availabilityZone},
                  {QStringLiteral("enterprise_project_id"), enterpriseProjectId},
                  {QStringLiteral("nics"), QJsonArray{nic}},
                  {QStringLiteral("security_groups"), groups},
                  {QStringLiteral("comment"), comment},
                  {QStringLiteral("region"), region},
                  {QStringLiteral("cloud_service_type"), QStringLiteral("hws.service.type.dbss")},
                  {QStringLiteral("charging_mode"), chargingMode},
                  {QStringLiteral("period_type"), periodType},
                  {QStringLiteral("period_num"), periodNum},
                  {QStringLiteral("subscription_num"), 1},
                  {QStringLiteral("is_auto_renew"), autoRenew ? 1 : 0},
                  {QStringLiteral("product_infos"), QJsonArray{product}}};
    if (!tags.isEmpty()) {
        QJsonArray t;
        for (const auto& [key, value] : tags)
            t.append(QJsonObject{{QStringLiteral("key"), key}, {QStringLiteral("value"), value}});
        o.insert(QStringLiteral("tags"), t);
    }
    return o;
}

PeriodOrderResponse PeriodOrderResponse::fromJson(const QJsonObject& object, QStringList* missing) {
    const JsonReader r(object, {}, missing);
    PeriodOrderResponse resp;
    resp.orderId = r.requiredString("order_id");
    resp.code = r.string("code");
    resp.description = r.string("description").trimmed();
    resp.raw = object;
    return resp;
}

ApiRequest createPeriodOrder(const PeriodOrderRequest& order) {
    ApiRequest req = makeRequest("CreateInstancesPeriodOrder", "POST",
                                 QStringLiteral("/v2/{project_id}/dbss/audit/charge/period/order"), false);
    req.body = compactJson(order.toJson());
    return req;
}

ApiRequest instanceAction(InstanceAction action, const QString& instanceId) {
    const char* operation = action == InstanceAction::Start  ? "StartAuditInstance"
                            : action == InstanceAction::Stop ? "StopAuditInstance"
                                                             : "RebootAuditInstance";
    const QString verb = action == InstanceAction::Start  ? QStringLiteral("start")
                         : action == InstanceAction::Stop ? QStringLiteral("stop")
                                                          : QStringLiteral("reboot");
    ApiRequest req =
        makeRequest(operation, "POST", QStringLiteral("/v1/{project_id}/dbss/audit/instance/") + verb, false);
    req.body = compactJson({{QStringLiteral("instance_id"), instanceId}});
    return req;
}

} // namespace dbss::api
