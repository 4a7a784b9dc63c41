#pragma once

// Audit agents: ListAuditAgent from the official SDK (huaweicloud-sdk-go-v3 dbss_meta.go:
// GET /v2/{project_id}/{instance_id}/audit/agents?db_id&offset&limit, answer {"agents":[
// AuditAgentRespoonseAgents]}), and SwitchAgent (reference 3.1.2).

#include "models/api/ApiRequest.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace dbss::api {

struct AuditAgent {
    QString agentId;
    QString agentType; // DB | APP
    QString agentOs;
    QString agentIp;
    int status = 0; // 1 enabled, 0 disabled
    int memThreshold = 0;
    int cpuThreshold = 0;
    QString agentNic;
    QString dbName;
    int datacapStatus = 0;
    QJsonObject raw;
    static AuditAgent fromJson(const QJsonObject& object, QStringList* missing, const QString& path);
};
struct ListAuditAgentsResponse {
    QList<AuditAgent> agents;
    qint64 total = 0; // not in the SDK model: the number of rows when absent
    static ListAuditAgentsResponse fromJson(const QJsonObject& object, QStringList* missing);
};
// dbId: "" for the agents of every database
ApiRequest listAuditAgents(const QString& instanceId, const QString& dbId, int offset, int limit);

// SwitchAgent: POST /v1/{project_id}/{instance_id}/audit/agent/switch {"agent_id","status":1|0}
ApiRequest switchAgent(const QString& instanceId, const QString& agentId, bool on);

} // namespace dbss::api
