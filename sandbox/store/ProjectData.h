#pragma once

#include "sandbox/store/OperationLogStore.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QString>

#include <vector>

namespace dbss::sandbox {

using Rows = std::vector<QJsonObject>;

// One audit instance and everything that hangs off it. Rows keep the documented field names so
// handlers answer with them directly and the state file reads like the API.
struct InstanceRecord {
    QJsonObject bean;             // AuditInstanceListBean (001 3.2.1)
    Rows databases;               // DataBase (001 3.3.1, without the {"database":...} wrapper)
    Rows agents;                  // AuditAgentRespoonseAgents (Go SDK model) + "db_id" of its database
    Rows scopes;                  // RuleScopeInfo (001 3.5.1)
    Rows sqlInjectionRules;       // rules (001 3.5.2)
    Rows riskRules;               // union of 3.5.3 list fields and 3.5.4 detail fields
    Rows masks;                   // rules (001 3.5.5)
    OperationLogStore operateLog; // OperateLogInfo (001 3.1.6), oldest first
    QJsonObject job;              // creation job (001 3.2.2), empty for instances that predate the sandbox

    QString id() const { return bean.value(QStringLiteral("id")).toString(); }
    QString resourceId() const { return bean.value(QStringLiteral("resource_id")).toString(); }

    QJsonObject toJson() const;
    static InstanceRecord fromJson(const QJsonObject& object);
};

struct ProjectData {
    QString projectId;
    std::vector<InstanceRecord> instances;
    QMap<QString, Rows> tags; // resource_id -> [{"key","value"}]
    Rows drsConnections;      // DRS 002
    Rows dasConnections;      // DAS 003
    Rows rdsCandidates;       // RDS databases that may be added (ListRdsDatabases)
    qint64 auditQuota = 5;    // remaining instances (001 3.1.3)
    qint64 cpuQuota = 796;
    qint64 ramQuota = 1622016;
    qint64 nextSequence = 1; // ids and log rows

    // {instance_id} paths use the list's "id" (ServerIdBean in the Go SDK: "the ID field of the
    // instance list"); jobs, security groups and tags use "resource_id".
    InstanceRecord* findInstance(const QString& instanceId);
    InstanceRecord* findByResourceId(const QString& resourceId);
    QJsonObject toJson() const;
    static ProjectData fromJson(const QJsonObject& object);
};

Rows rowsFromJson(const QJsonArray& array);
QJsonArray rowsToJson(const Rows& rows);

} // namespace dbss::sandbox
