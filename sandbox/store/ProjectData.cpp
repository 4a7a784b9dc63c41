#include "sandbox/store/ProjectData.h"

namespace dbss::sandbox {

Rows rowsFromJson(const QJsonArray& array) {
    Rows rows;
    rows.reserve(size_t(array.size()));
    for (const QJsonValue& v : array)
        rows.push_back(v.toObject());
    return rows;
}

QJsonArray rowsToJson(const Rows& rows) {
    QJsonArray array;
    for (const QJsonObject& row : rows)
        array.append(row);
    return array;
}

QJsonObject InstanceRecord::toJson() const {
    return {{QStringLiteral("bean"), bean},
            {QStringLiteral("databases"), rowsToJson(databases)},
            {QStringLiteral("agents"), rowsToJson(agents)},
            {QStringLiteral("scopes"), rowsToJson(scopes)},
            {QStringLiteral("sql_injection_rules"), rowsToJson(sqlInjectionRules)},
            {QStringLiteral("risk_rules"), rowsToJson(riskRules)},
            {QStringLiteral("masks"), rowsToJson(masks)},
            {QStringLiteral("operate_log"), operateLog.toJson()},
            {QStringLiteral("job"), job}};
}

InstanceRecord InstanceRecord::fromJson(const QJsonObject& o) {
    InstanceRecord r;
    r.bean = o.value(QStringLiteral("bean")).toObject();
    r.databases = rowsFromJson(o.value(QStringLiteral("databases")).toArray());
    r.agents = rowsFromJson(o.value(QStringLiteral("agents")).toArray());
    r.scopes = rowsFromJson(o.value(QStringLiteral("scopes")).toArray());
    r.sqlInjectionRules = rowsFromJson(o.value(QStringLiteral("sql_injection_rules")).toArray());
    r.riskRules = rowsFromJson(o.value(QStringLiteral("risk_rules")).toArray());
    r.masks = rowsFromJson(o.value(QStringLiteral("masks")).toArray());
    r.operateLog = OperationLogStore::fromJson(o.value(QStringLiteral("operate_log")).toArray());
    r.job = o.value(QStringLiteral("job")).toObject();
    return r;
}

InstanceRecord* ProjectData::findInstance(const QString& instanceId) {
    if (instanceId.isEmpty())
        return nullptr;
    for (InstanceRecord& r : instances) {
        if (r.id() == instanceId)
            return &r;
    }
    return nullptr;
}

InstanceRecord* ProjectData::findByResourceId(const QString& resourceId) {
    if (resourceId.isEmpty())
        return nullptr;
    for (InstanceRecord& r : instances) {
        if (r.resourceId() == resourceId)
            return &r;
    }
    return nullptr;
}

QJsonObject ProjectData::toJson() const {
    QJsonArray list;
    for (const InstanceRecord& r : instances)
        list.append(r.toJson());
    QJsonObject tagObject;
    for (auto it = tags.cbegin(); it != tags.cend(); ++it)
        tagObject.insert(it.key(), rowsToJson(it.value()));
    return {{QStringLiteral("project_id"), projectId},
            {QStringLiteral("instances"), list},
            {QStringLiteral("tags"), tagObject},
            {QStringLiteral("drs_connections"), rowsToJson(drsConnections)},
            {QStringLiteral("das_connections"), rowsToJson(dasConnections)},
            {QStringLiteral("rds_candidates"), rowsToJson(rdsCandidates)},
            {QStringLiteral("audit_quota"), auditQuota},
            {QStringLiteral("cpu_quota"), cpuQuota},
            {QStringLiteral("ram_quota"), ramQuota},
            {QStringLiteral("next_sequence"), nextSequence}};
}

ProjectData ProjectData::fromJson(const QJsonObject& o) {
    ProjectData p;
    p.projectId = o.value(QStringLiteral("project_id")).toString();
    for (const QJsonValue& v : o.value(QStringLiteral("instances")).toArray())
        p.instances.push_back(InstanceRecord::fromJson(v.toObject()));
    const QJsonObject tagObject = o.value(QStringLiteral("tags")).toObject();
    for (auto it = tagObject.begin(); it != tagObject.end(); ++it)
        p.tags.insert(it.key(), rowsFromJson(it.value().toArray()));
    p.drsConnections = rowsFromJson(o.value(QStringLiteral("drs_connections")).toArray());
    p.dasConnections = rowsFromJson(o.value(QStringLiteral("das_connections")).toArray());
    p.rdsCandidates = rowsFromJson(o.value(QStringLiteral("rds_candidates")).toArray());
    p.auditQuota = o.value(QStringLiteral("audit_quota")).toInteger(5);
    p.cpuQuota = o.value(QStringLiteral("cpu_quota")).toInteger(796);
    p.ramQuota = o.value(QStringLiteral("ram_quota")).toInteger(1622016);
    p.nextSequence = o.value(QStringLiteral("next_sequence")).toInteger(1);
    return p;
}

} // namespace dbss::sandbox
