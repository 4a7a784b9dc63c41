// Agents: switch (001 3.1.2) and ListAuditAgent (huaweicloud-sdk-go-v3
// services/dbss/v1/dbss_meta.go: GET /v2/{project_id}/{instance_id}/audit/agents?db_id&offset&limit,
// response {"agents":[AuditAgentRespoonseAgents]}).
#include "sandbox/handlers/HandlerContext.h"
#include "sandbox/handlers/Validation.h"

namespace dbss::sandbox {

namespace {

QJsonObject agentView(const QJsonObject& agent) {
    QJsonObject out = agent;
    out.remove(QStringLiteral("db_id")); // the sandbox's own link, not an SDK field
    return out;
}

HttpReply listAgents(HandlerContext& ctx, ApiCall& call) {
    const ErrorShape shape = ErrorShape::Nested;
    HttpReply reject;
    InstanceRecord* instance = ctx.instance(call, shape, &reject);
    if (!instance)
        return reject;
    Paging paging;
    if (Rejection r = parseOffsetLimit(call, shape, 1000, 1000, &paging))
        return *r;
    const QString dbId = call.queryValue(QStringLiteral("db_id"));
    if (call.hasQuery(QStringLiteral("db_id"))) {
        const bool known =
            std::any_of(instance->databases.cbegin(), instance->databases.cend(), [&](const QJsonObject& db) {
                return db.value(QStringLiteral("id")).toString() == dbId;
            });
        if (!known)
            return notFound(shape, QStringLiteral("database %1 does not exist in this instance").arg(dbId));
    }
    Rows matched;
    for (const QJsonObject& a : instance->agents) {
        if (dbId.isEmpty() || a.value(QStringLiteral("db_id")).toString() == dbId)
            matched.push_back(a);
    }
    return HttpReply::json(200, {{QStringLiteral("agents"), pageOf(matched, paging, agentView)}});
}

HttpReply switchAgent(HandlerContext& ctx, ApiCall& call) {
    const ErrorShape shape = ErrorShape::Nested;
    HttpReply reject;
    InstanceRecord* instance = ctx.instance(call, shape, &reject);
    if (!instance)
        return reject;
    QJsonObject b;
    if (Rejection r = parseJsonBody(call, shape, &b))
        return *r;
    // status is an Integer, 1 enabled / 0 disabled (Table 3-11): "1" as a string is refused.
    if (QString e = firstError({requireString(b, QStringLiteral("agent_id"), true),
                                checkInt(b, QStringLiteral("status"), true, 0, 1)});
        !e.isEmpty())
        return badRequest(shape, e);
    const QString agentId = b.value(QStringLiteral("agent_id")).toString();
    const int status = b.value(QStringLiteral("status")).toInt();
    for (QJsonObject& a : instance->agents) {
        if (a.value(QStringLiteral("agent_id")).toString() != agentId)
            continue;
        a.insert(QStringLiteral("status"), status);
        ProjectData& p = ctx.project(call);
        Store::log(p, *instance, call.user, QStringLiteral("Database list"), QStringLiteral("Update"),
                   a.value(QStringLiteral("db_name")).toString(),
                   status == 1 ? QStringLiteral("Open the audit agent.")
                               : QStringLiteral("Close the audit agent."));
        return HttpReply::json(200, {{QStringLiteral("result"), QStringLiteral("SUCCESS")}});
    }
    return notFound(shape, QStringLiteral("agent %1 does not exist in this instance").arg(agentId));
}

} // namespace

void registerAgentHandlers(Router& router, HandlerContext& ctx) {
    router.add("GET", QStringLiteral("/v2/{project_id}/{instance_id}/audit/agents"),
               [&ctx](ApiCall& c) { return listAgents(ctx, c); });
    router
        .add("POST", QStringLiteral("/v1/{project_id}/{instance_id}/audit/agent/switch"),
             [&ctx](ApiCall& c) { return switchAgent(ctx, c); })
        .mutation = true;
}

} // namespace dbss::sandbox
