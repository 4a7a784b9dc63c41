#include "models/api/Agents.h"

#include "models/api/ApiHelpers.h"

namespace dbss::api {

AuditAgent AuditAgent::fromJson(const QJsonObject& object, QStringList* missing, const QString& path) {
    const JsonReader r(object, path, missing);
    AuditAgent a;
    a.agentId = r.requiredString("agent_id");
    a.agentType = r.string("agent_type");
    a.agentOs = r.string("agent_os");
    a.agentIp = r.string("agent_ip");
    a.status = int(r.integer("status"));
    a.memThreshold = int(r.integer("mem_threshold"));
    a.cpuThreshold = int(r.integer("cpu_threshold"));
    a.agentNic = r.string("agent_nic");
    a.dbName = r.string("db_name");
    a.datacapStatus = int(r.integer("datacap_status"));
    a.raw = object;
    return a;
}

ListAuditAgentsResponse ListAuditAgentsResponse::fromJson(const QJsonObject& object, QStringList* missing) {
    const JsonReader r(object, {}, missing);
    ListAuditAgentsResponse resp;
    resp.agents = readItems<AuditAgent>(r, "agents", true, missing);
    resp.total = r.integer("total", resp.agents.size());
    return resp;
}

ApiRequest listAuditAgents(const QString& instanceId, const QString& dbId, int offset, int limit) {
    ApiRequest req = makeRequest("ListAuditAgent", "GET",
                                 QStringLiteral("/v2/{project_id}/") + pathSegment(instanceId) +
                                     QStringLiteral("/audit/agents"),
                                 true);
    if (!dbId.isEmpty())
        req.query.addQueryItem(QStringLiteral("db_id"), dbId);
    addPaging(req, offset, limit);
    return req;
}

ApiRequest switchAgent(const QString& instanceId, const QString& agentId, bool on) {
    ApiRequest req = makeRequest("SwitchAgent", "POST",
                                 QStringLiteral("/v1/{project_id}/") + pathSegment(instanceId) +
                                     QStringLiteral("/audit/agent/switch"),
                                 false);
    req.body = compactJson({{QStringLiteral("agent_id"), agentId}, {QStringLiteral("status"), on ? 1 : 0}});
    req.successKey = "result"; // documented answer {"result":"SUCCESS"}
    return req;
}

} // namespace dbss::api
