#include "models/api/Databases.h"

#include "models/api/ApiHelpers.h"

namespace dbss::api {

AuditDatabase AuditDatabase::fromJson(const QJsonObject& object, QStringList* missing, const QString& path) {
    // Each element is {"database": {...}}; the fields live in the inner object.
    const JsonReader outer(object, path, missing);
    if (!outer.has("database")) {
        outer.requiredString("database");
        return {};
    }
    const JsonReader r = outer.object("database");
    AuditDatabase d;
    d.id = r.requiredString("id");
    d.name = r.requiredString("name");
    d.type = r.requiredString("type");
    d.version = r.string("version");
    d.charset = r.string("charset");
    d.ip = r.string("ip");
    d.port = r.string("port");
    d.os = r.string("os");
    d.status = r.string("status");
    d.instanceName = r.string("instance_name");
    d.auditStatus = r.string("audit_status");
    d.agentUrl = r.strings("agent_url");
    d.dbClassification = r.string("db_classification");
    d.rdsId = r.string("rds_id");
    d.raw = r.raw();
    return d;
}

ListAuditDatabasesResponse ListAuditDatabasesResponse::fromJson(const QJsonObject& object,
                                                                QStringList* missing) {
    const JsonReader r(object, {}, missing);
    ListAuditDatabasesResponse resp;
    resp.databases = readItems<AuditDatabase>(r, "databases", true, missing);
    resp.total = r.integer("total", resp.databases.size());
    return resp;
}

ApiRequest listAuditDatabases(const QString& instanceId, const QString& status, int offset, int limit) {
    ApiRequest req = makeRequest("ListAuditDatabases", "GET",
                                 QStringLiteral("/v1/{project_id}/") + pathSegment(instanceId) +
                                     QStringLiteral("/dbss/audit/databases"),
                                 true);
    if (!status.isEmpty())
        req.query.addQueryItem(QStringLiteral("status"), status);
    addPaging(req, offset, limit);
    return req;
}

ApiRequest deleteAuditDatabase(const QString& instanceId, const QString& dbId) {
    return makeRequest("DeleteAuditDatabase", "DELETE",
                       QStringLiteral("/v2/{project_id}/") + pathSegment(instanceId) +
                           QStringLiteral("/audit/databases/") + pathSegment(dbId),
                       false);
}

ApiRequest switchAuditDatabase(const QString& instanceId, const QString& dbId, bool on) {
    ApiRequest req = makeRequest("SwitchAuditDatabase", "POST",
                                 QStringLiteral("/v2/{project_id}/") + pathSegment(instanceId) +
                                     QStringLiteral("/audit/databases/switch"),
                                 false);
    req.body = compactJson({{QStringLiteral("id"), dbId},
                            {QStringLiteral("status"), on ? QStringLiteral("ON") : QStringLiteral("OFF")}});
    return req;
}

} // namespace dbss::api
