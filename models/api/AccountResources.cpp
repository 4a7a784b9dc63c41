#include "models/api/AccountResources.h"

#include "models/api/ApiHelpers.h"

namespace dbss::api {

AuditQuota AuditQuota::fromJson(const QJsonObject& object, QStringList* missing) {
    const JsonReader r(object, {}, missing);
    AuditQuota q;
    q.auditQuota = r.requiredInteger("audit_quota");
    q.cpu = r.integer("cpu");
    q.ram = r.integer("ram");
    q.projectId = r.has("project_id") ? r.string("project_id") : r.string("projectId");
    q.raw = object;
    return q;
}

ApiRequest showAuditQuota() {
    return makeRequest("ShowAuditQuota", "GET", QStringLiteral("/v1/{project_id}/dbss/audit/quota"), true);
}

EcsSpecification EcsSpecification::fromJson(const QJsonObject& object, QStringList* missing,
                                            const QString& path) {
    const JsonReader r(object, path, missing);
    EcsSpecification s;
    s.id = r.requiredString("id");
    s.name = r.string("name", s.id);
    s.level = r.string("level");
    s.vcpus = int(r.integer("vcpus"));
    s.ram = int(r.integer("ram"));
    s.proxy = int(r.integer("proxy"));
    s.azs = r.strings("azs");
    s.azType = r.has("az_type") ? r.string("az_type") : r.string("azType"); // SDK : documents' table
    s.raw = object;
    return s;
}

ListEcsSpecificationResponse ListEcsSpecificationResponse::fromJson(const QJsonObject& object,
                                                                    QStringList* missing) {
    const JsonReader r(object, {}, missing);
    ListEcsSpecificationResponse resp;
    resp.specification = readItems<EcsSpecification>(r, "specification", true, missing);
    return resp;
}

ApiRequest listEcsSpecification() {
    return makeRequest("ListEcsSpecification", "GET",
                       QStringLiteral("/v1/{project_id}/dbss/audit/specification"), true);
}

AvailabilityZone AvailabilityZone::fromJson(const QJsonObject& object, QStringList* missing,
                                            const QString& path) {
    const JsonReader r(object, path, missing);
    AvailabilityZone z;
    z.zoneName = r.requiredString("zone_name");
    z.zoneNumber = int(r.integer("zone_number"));
    z.azType = r.string("az_type");
    z.alias = r.string("alias");
    z.aliasUs = r.string("alias_us");
    z.raw = object;
    return z;
}

ListAvailabilityZonesResponse ListAvailabilityZonesResponse::fromJson(const QJsonObject& object,
                                                                      QStringList* missing) {
    const JsonReader r(object, {}, missing);
    ListAvailabilityZonesResponse resp;
    resp.azs = readItems<AvailabilityZone>(r, "azs", true, missing);
    return resp;
}

ApiRequest listAvailabilityZones() {
    return makeRequest("ListAvailabilityZoneInfos", "GET",
                       QStringLiteral("/v2/{project_id}/dbss/audit/availability-zone"), true);
}

} // namespace dbss::api
