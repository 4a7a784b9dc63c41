// Account-level DBSS operations: quota (001 3.1.3), ECS specifications (3.1.4), availability
// zones (3.1.5) and changing an instance's security group (3.1.7).
#include "sandbox/handlers/HandlerContext.h"
#include "sandbox/handlers/Validation.h"
#include "sandbox/store/InstanceFactory.h"

#include <QRegularExpression>

namespace dbss::sandbox {

namespace {

HttpReply quota(HandlerContext& ctx, ApiCall& call) {
    const ProjectData& p = ctx.project(call);
    // Table 3-19 names the field project_id while the example shows projectId: send both.
    return HttpReply::json(200, {{QStringLiteral("audit_quota"), p.auditQuota},
                                 {QStringLiteral("cpu"), p.cpuQuota},
                                 {QStringLiteral("project_id"), p.projectId},
                                 {QStringLiteral("projectId"), p.projectId},
                                 {QStringLiteral("ram"), p.ramQuota}});
}

HttpReply specifications(HandlerContext& ctx, ApiCall& call) {
    QJsonArray list;
    const QString region = ctx.region(call);
    for (const Edition* e : editions()) {
        QJsonArray azs{zoneName(region, 0), zoneName(region, 1)};
        if (QLatin1String(e->level) == QLatin1String("high"))
            azs.append(zoneName(region, 2));
        list.append(QJsonObject{{QStringLiteral("azs"), azs},
                                {QStringLiteral("id"), QLatin1String(e->ecsSpec)},
                                {QStringLiteral("level"), QLatin1String(e->level)},
                                {QStringLiteral("name"), QLatin1String(e->ecsSpec)},
                                {QStringLiteral("proxy"), e->proxy},
                                {QStringLiteral("ram"), e->ram},
                                {QStringLiteral("vcpus"), e->cpu},
                                {QStringLiteral("azType"), QJsonValue()},    // the documents' table
                                {QStringLiteral("az_type"), QJsonValue()}}); // the SDK's EcsSpecificationBean
    }
    return HttpReply::json(200, {{QStringLiteral("specification"), list}});
}

HttpReply zones(HandlerContext& ctx, ApiCall& call) {
    QJsonArray list;
    for (int i = 0; i < 3; ++i) {
        list.append(QJsonObject{{QStringLiteral("zone_name"), zoneName(ctx.region(call), i)},
                                {QStringLiteral("zone_number"), i + 1},
                                {QStringLiteral("az_type"), QStringLiteral("normal")},
                                {QStringLiteral("alias"), QStringLiteral("AZ %1").arg(i + 1)},
                                {QStringLiteral("alias_us"), QStringLiteral("AZ%1").arg(i + 1)}});
    }
    return HttpReply::json(200, {{QStringLiteral("azs"), list}});
}

HttpReply securityGroup(HandlerContext& ctx, ApiCall& call) {
    const ErrorShape shape = ErrorShape::Nested;
    QJsonObject body;
    if (Rejection r = parseJsonBody(call, shape, &body))
        return *r;
    // The documents name the instance by resource_id; the SDK (since 2024) by instance_id, the
    // list's id. Either is accepted; both must then name the same instance.
    const bool byId = body.contains(QStringLiteral("instance_id"));
    const bool byResource = body.contains(QStringLiteral("resource_id"));
    QString err = firstError({requireString(body, QStringLiteral("instance_id"), false),
                              requireString(body, QStringLiteral("resource_id"), false),
                              checkArray(body, QStringLiteral("securitygroup_ids"), true, true)});
    if (err.isEmpty() && !byId && !byResource)
        err = QStringLiteral("instance_id (or resource_id) is mandatory");
    if (!err.isEmpty())
        return badRequest(shape, err);
    const QJsonArray ids = body.value(QStringLiteral("securitygroup_ids")).toArray();
    // "Only one update is allowed at present" (Table 3-60).
    if (ids.size() != 1)
        return badRequest(shape, QStringLiteral("securitygroup_ids must hold exactly one security group id"));
    static const QRegularExpression uuid(
        // A UUID; the last group may have 11 digits, as the documents' own example id (3.1.7, 3.2.1).
        QStringLiteral("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{11,12}$"));
    const QString sg = ids.first().toString();
    if (!ids.first().isString() || !uuid.match(sg).hasMatch())
        return badRequest(shape, QStringLiteral("securitygroup_ids[0] must be a security group UUID"));
    ProjectData& p = ctx.project(call);
    const QString instanceId = body.value(QStringLiteral("instance_id")).toString();
    const QString resourceId = body.value(QStringLiteral("resource_id")).toString();
    InstanceRecord* instance = byId ? p.findInstance(instanceId) : p.findByResourceId(resourceId);
    if (!instance)
        return notFound(shape, byId ? QStringLiteral("audit instance %1 does not exist").arg(instanceId)
                                    : QStringLiteral("no audit instance has resource_id %1").arg(resourceId));
    if (byId && byResource && instance->resourceId() != resourceId)
        return badRequest(shape, QStringLiteral("instance_id and resource_id name different instances"));
    instance->bean.insert(QStringLiteral("security_group_id"), sg);
    Store::log(p, *instance, call.user, QStringLiteral("Instance"), QStringLiteral("Update"),
               instance->bean.value(QStringLiteral("name")).toString(),
               QStringLiteral("Modify the security group."));
    // The example response is an empty string; Table 3-61 documents {"result"}: send the table's.
    return HttpReply::json(200, {{QStringLiteral("result"), QStringLiteral("SUCCESS")}});
}

} // namespace

void registerAccountHandlers(Router& router, HandlerContext& ctx) {
    router.add("GET", QStringLiteral("/v1/{project_id}/dbss/audit/quota"),
               [&ctx](ApiCall& c) { return quota(ctx, c); });
    router.add("GET", QStringLiteral("/v1/{project_id}/dbss/audit/specification"),
               [&ctx](ApiCall& c) { return specifications(ctx, c); });
    router.add("GET", QStringLiteral("/v2/{project_id}/dbss/audit/availability-zone"),
               [&ctx](ApiCall& c) { return zones(ctx, c); });
    router
        .add("POST", QStringLiteral("/v1/{project_id}/dbss/audit/security-group"),
             [&ctx](ApiCall& c) { return securityGroup(ctx, c); })
        .mutation = true;
}

} // namespace dbss::sandbox
