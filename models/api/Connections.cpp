#include "models/api/Connections.h"

#include "models/api/ApiHelpers.h"

#include <QJsonArray>

namespace dbss::api {

namespace {
void insertIfSet(QJsonObject& o, const char* key, const QString& value) {
    if (!value.isEmpty())
        o.insert(QLatin1String(key), value);
}
} // namespace

QJsonObject DrsConnectionRequest::toJson() const {
    QJsonObject endpoint{{QStringLiteral("endpoint_name"), endpointName.isEmpty() ? dbType : endpointName},
                         {QStringLiteral("db_user"), dbUser},
                         {QStringLiteral("db_password"), dbPassword}};
    insertIfSet(endpoint, "ip", ip);
    insertIfSet(endpoint, "db_port", dbPort);
    insertIfSet(endpoint, "instance_id", instanceId);
    insertIfSet(endpoint, "instance_name", instanceName);
    insertIfSet(endpoint, "db_name", dbName);
    insertIfSet(endpoint, "id", endpointId);
    if (!sourceShards.isEmpty()) {
        QJsonArray shards; // BaseEndpoint each: the main endpoint's scenario and account, its own address
        for (const QString& shard : sourceShards) {
            const qsizetype colon = shard.lastIndexOf(QLatin1Char(':'));
            QJsonObject s{{QStringLiteral("endpoint_name"), endpoint.value(QLatin1String("endpoint_name"))},
                          {QStringLiteral("ip"), colon > 0 ? shard.left(colon) : shard},
                          {QStringLiteral("db_user"), dbUser},
                          {QStringLiteral("db_password"), dbPassword}};
            if (colon > 0)
                s.insert(QStringLiteral("db_port"), shard.mid(colon + 1));
            shards.append(s);
        }
        endpoint.insert(QStringLiteral("source_sharding"), shards);
    }
    QJsonObject ssl{{QStringLiteral("ssl_link"), sslLink}};
    if (sslLink) {
        insertIfSet(ssl, "ssl_cert_name", sslCertName);
        insertIfSet(ssl, "ssl_cert_key", sslCertKey);
        insertIfSet(ssl, "ssl_cert_check_sum", sslCertCheckSum);
        insertIfSet(ssl, "ssl_cert_password", sslCertPassword);
    }
    QJsonObject o{{QStringLiteral("name"), name},
                  {QStringLiteral("db_type"), dbType},
                  {QStringLiteral("endpoint"), endpoint},
                  {QStringLiteral("ssl"), ssl}};
    if (!driverName.isEmpty())
        o.insert(QStringLiteral("config"), QJsonObject{{QStringLiteral("driver_name"), driverName}});
    insertIfSet(o, "description", description);
    insertIfSet(o, "enterprise_project_id", enterpriseProjectId);
    if (!vpcId.isEmpty()) {
        QJsonObject vpc{{QStringLiteral("vpc_id"), vpcId}, {QStringLiteral("subnet_id"), subnetId}};
        insertIfSet(vpc, "security_group_id", securityGroupId);
        o.insert(QStringLiteral("vpc"), vpc);
    }
    if (!region.isEmpty()) {
        QJsonObject cloud{{QStringLiteral("region"), region}, {QStringLiteral("project_id"), projectId}};
        insertIfSet(cloud, "az_code", azCode);
        o.insert(QStringLiteral("cloud"), cloud);
    }
    return o;
}

DrsConnection DrsConnection::fromJson(const QJsonObject& object, QStringList* missing) {
    const JsonReader r(object, {}, missing);
    DrsConnection c;
    c.connectionId = r.requiredString("connection_id");
    c.name = r.string("name");
    c.dbType = r.string("db_type");
    c.createTime = r.integer("create_time");
    c.description = r.string("description");
    const JsonReader endpoint = r.object("endpoint");
    c.endpointIp = endpoint.string("ip");
    c.endpointPort = endpoint.string("db_port");
    c.endpointUser = endpoint.string("db_user");
    c.raw = object;
    c.raw.remove(QStringLiteral("db_password")); // never keep a password a service echoes back
    if (c.raw.value(QStringLiteral("endpoint")).isObject()) {
        QJsonObject e = c.raw.value(QStringLiteral("endpoint")).toObject();
        e.remove(QStringLiteral("db_password"));
        c.raw.insert(QStringLiteral("endpoint"), e);
    }
    return c;
}

ApiRequest createDrsConnection(const DrsConnectionRequest& request) {
    ApiRequest req = makeRequest("CreateConnection", "POST", QStringLiteral("/v5/{project_id}/connections"),
                                 false, Service::Drs);
    req.body = compactJson(request.toJson());
    return req;
}

QJsonObject DasConnectionRequest::toJson() const {
    QJsonObject o{{QStringLiteral("engine_type"), engineType},
                  {QStringLiteral("network_type"), networkType},
                  {QStringLiteral("username"), username},
                  {QStringLiteral("is_save_password"), savePassword},
                  {QStringLiteral("password"), password}};
    if (!nodeIds.isEmpty())
        o.insert(QStringLiteral("node_ids"), toJsonArray(nodeIds));
    insertIfSet(o, "remarks", remarks);
    if (port > 0)
        o.insert(QStringLiteral("port"), port);
    insertIfSet(o, "database_name", databaseName);
    if (sqlRecordSet)
        o.insert(QStringLiteral("sql_record_flag"), sqlRecord);
    return o;
}

DasConnection DasConnection::fromJson(const QJsonObject& object, QStringList* missing) {
    const JsonReader r(object, {}, missing);
    return {r.requiredString("connection_id"), object};
}

ApiRequest createDasConnection(const DasConnectionRequest& request) {
    ApiRequest req = makeRequest("CreateInstanceConnection", "POST",
                                 QStringLiteral("/v3/{project_id}/instances/") +
                                     pathSegment(request.instanceId) + QStringLiteral("/create-connection"),
                                 false, Service::Das);
    req.body = compactJson(request.toJson());
    return req;
}

} // namespace dbss::api
