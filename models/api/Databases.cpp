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

QJsonObject NewDatabase::toJson() const {
    QJsonObject db{{QStringLiteral("db_classification"), dbClassification},
                   {QStringLiteral("name"), name},
                   {QStringLiteral("type"), type},
                   {QStringLiteral("version"), version},
                   {QStringLiteral("charset"), charset},
                   {QStringLiteral("ip"), ip},
                   {QStringLiteral("port"), port},
                   {QStringLiteral("os"), os}};
    if (!instanceName.isEmpty())
        db.insert(QStringLiteral("instance_name"), instanceName);
    return {{QStringLiteral("database"), db}};
}

AddDatabaseResponse AddDatabaseResponse::fromJson(const QJsonObject& object, QStringList* missing) {
    const JsonReader r(object, {}, missing);
    return {r.requiredString("id"), object};
}

ApiRequest addAuditDatabase(const QString& instanceId, const NewDatabase& database) {
    ApiRequest req = makeRequest("AddAuditDatabase", "POST",
                                 QStringLiteral("/v2/{project_id}/audit/") + pathSegment(instanceId) +
                                     QStringLiteral("/databases"),
                                 false);
    req.body = compactJson(database.toJson());
    return req;
}

RdsDatabase RdsDatabase::fromJson(const QJsonObject& object, QStringList* missing, const QString& path) {
    const JsonReader r(object, path, missing);
    RdsDatabase d;
    d.id = r.requiredString("id");
    d.dbName = r.string("db_name");
    d.status = r.string("status");
    d.port = r.string("port");
    d.ip = r.string("ip");
    d.instanceName = r.string("instance_name");
    d.type = r.string("type");
    d.version = r.string("version");
    d.isSupported = r.boolean("is_supported", true);
    d.enterpriseId = r.string("enterprise_id");
    d.raw = object;
    return d;
}

ListRdsDatabasesResponse ListRdsDatabasesResponse::fromJson(const QJsonObject& object, QStringList* missing) {
    const JsonReader r(object, {}, missing);
    ListRdsDatabasesResponse resp;
    resp.databases = readItems<RdsDatabase>(r, "databases", true, missing);
    resp.totalCount = r.integer("total_count", resp.databases.size());
    return resp;
}

ApiRequest listRdsDatabases(const QString& dbType, int offset, int limit) {
    ApiRequest req =
        makeRequest("ListRdsDatabases", "GET", QStringLiteral("/v2/{project_id}/audit/databases/rds"), true);
    if (!dbType.isEmpty())
        req.query.addQueryItem(QStringLiteral("db_type"), dbType);
    addPaging(req, offset, limit);
    return req;
}

AddRdsDatabasesResponse AddRdsDatabasesResponse::fromJson(const QJsonObject& object, QStringList* missing) {
    const JsonReader r(object, {}, missing);
    AddRdsDatabasesResponse resp;
    resp.legalDbIds = r.strings("legal_db_id");
    resp.illegalDbIds = r.strings("illegal_db_id");
    resp.raw = object;
    return resp;
}

ApiRequest addRdsDatabases(const QString& instanceId, const QList<RdsDatabase>& databases) {
    QJsonArray list;
    for (const RdsDatabase& d : databases) {
        list.append(QJsonObject{{QStringLiteral("id"), d.id},
                                {QStringLiteral("db_name"), d.dbName},
                                {QStringLiteral("status"), d.status},
                                {QStringLiteral("port"), d.port},
                                {QStringLiteral("ip"), d.ip},
                                {QStringLiteral("instance_name"), d.instanceName},
                                {QStringLiteral("version"), d.version},
                                {QStringLiteral("type"), d.type},
                                {QStringLiteral("enterprise_id"),
                                 d.enterpriseId.isEmpty() ? QStringLiteral("0") : d.enterpriseId}});
    }
    ApiRequest req = makeRequest("AddRdsNoAgentDatabase", "POST",
                                 QStringLiteral("/v1/{project_id}/") + pathSegment(instanceId) +
                                     QStringLiteral("/dbss/audit/databases/rds"),
                                 false);
    req.body =
        compactJson({{QStringLiteral("databases"), list}, {QStringLiteral("total_count"), list.size()}});
    return req;
}

} // namespace dbss::api
