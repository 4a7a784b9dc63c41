// DRS: POST /v5/{project_id}/connections (002) and DAS: POST
// /v3/{project_id}/instances/{instance_id}/create-connection (003). Both use the flat error
// body. Their error-code tables are not among the seeds: the one documented DRS code
// (DRS.10010065, duplicate name) is used for that case; other rejections use DRS.10000001 /
// DAS.10000001 (invalid parameter) and DAS.10000004 (unknown instance), mirroring DBSS's codes.
#include "sandbox/handlers/HandlerContext.h"
#include "sandbox/handlers/Validation.h"
#include "sandbox/store/InstanceFactory.h"

#include <QRegularExpression>
#include <QUuid>

namespace dbss::sandbox {

namespace {

// 002: "IP addresses or domain names" — a DNS name is accepted where an address is.
bool isIpOrHostName(const QString& text) {
    static const QRegularExpression host(QStringLiteral(
        R"(^(?=.{1,253}$)(?![0-9.]+$)[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$)"));
    return isValidIp(text) || host.match(text).hasMatch();
}

HttpReply drsError(const QString& message) {
    return HttpReply::error(ErrorShape::Flat, 400, QStringLiteral("DRS.10000001"), message);
}

HttpReply dasError(int status, const QString& code, const QString& message) {
    return HttpReply::error(ErrorShape::Flat, status, code, message);
}

// 002 lists the engines "MySQL, PostgreSQL, Oracle, and MongoDB"; its value lists for db_type
// and endpoint_name were lost in the document. The sandbox takes the lowercase engine names of the
// example ("mysql") and, for endpoint_name, the scenario values of the official DRS API reference
// (engine, ecs_<engine>, cloud_<engine>), the same lists the console's form offers.
const QStringList kDrsTypes{QStringLiteral("mysql"), QStringLiteral("postgresql"), QStringLiteral("oracle"),
                            QStringLiteral("mongodb")};

QString validateEndpoint(const QJsonObject& e, const QString& dbType) {
    const QStringList endpointNames{
        QStringLiteral("mysql"),       QStringLiteral("ecs_mysql"),      QStringLiteral("cloud_mysql"),
        QStringLiteral("postgresql"),  QStringLiteral("ecs_postgresql"), QStringLiteral("cloud_postgresql"),
        QStringLiteral("oracle"),      QStringLiteral("ecs_oracle"),     QStringLiteral("mongodb"),
        QStringLiteral("ecs_mongodb"), QStringLiteral("cloud_mongodb")};
    QString err = firstError({requireString(e, QStringLiteral("id"), false),
                              requireEnum(e, QStringLiteral("endpoint_name"), endpointNames, true),
                              requireString(e, QStringLiteral("ip"), false),
                              requireString(e, QStringLiteral("db_port"), false),
                              requireString(e, QStringLiteral("db_user"), true, 1, 128),
                              requireString(e, QStringLiteral("db_password"), true, 1, 256),
                              requireString(e, QStringLiteral("instance_id"), false),
                              requireString(e, QStringLiteral("instance_name"), false),
                              requireString(e, QStringLiteral("db_name"), false)});
    if (!err.isEmpty())
        return QStringLiteral("endpoint: ") + err;
    const QString port = e.value(QStringLiteral("db_port")).toString();
    if (e.contains(QStringLiteral("db_port")) && !isValidPort(port))
        return QStringLiteral("endpoint: db_port must be an integer from 1 to 65535, got '%1'").arg(port);
    const QString ip = e.value(QStringLiteral("ip")).toString();
    if (!ip.isEmpty()) {
        // MongoDB takes up to three ip:port pairs; the others one IP address.
        if (dbType == QLatin1String("mongodb")) {
            const QStringList hosts = ip.split(u',');
            if (hosts.size() > 3)
                return QStringLiteral("endpoint: at most three MongoDB addresses");
            for (const QString& h : hosts) {
                const qsizetype colon = h.lastIndexOf(u':');
                if (colon < 0 || !isIpOrHostName(h.left(colon)) || !isValidPort(h.mid(colon + 1)))
                    return QStringLiteral("endpoint: MongoDB ip must be ip:port[,ip:port], got '%1'").arg(ip);
            }
        } else if (!isIpOrHostName(ip)) {
            return QStringLiteral("endpoint: ip '%1' is not an IP address or host name").arg(ip);
        }
    }
    return {};
}

HttpReply createDrsConnection(HandlerContext& ctx, ApiCall& call) {
    QJsonObject b;
    if (parseJsonBody(call, ErrorShape::Flat, &b))
        return drsError(QStringLiteral("the body is not a valid JSON object"));
    static const QRegularExpression nameRe(QStringLiteral("^[A-Za-z0-9_-]{4,50}$"));
    QString err = firstError({requireString(b, QStringLiteral("name"), true),
                              requireEnum(b, QStringLiteral("db_type"), kDrsTypes, true),
                              requireString(b, QStringLiteral("description"), false, 0, 255),
                              requireString(b, QStringLiteral("enterprise_project_id"), false)});
    if (err.isEmpty() && !nameRe.match(b.value(QStringLiteral("name")).toString()).hasMatch())
        err = QStringLiteral("name must be 4 to 50 letters, digits, '-' or '_'");
    if (err.isEmpty() && !b.value(QStringLiteral("endpoint")).isObject())
        err = QStringLiteral("endpoint is mandatory and must be an object");
    if (err.isEmpty())
        err = validateEndpoint(b.value(QStringLiteral("endpoint")).toObject(),
                               b.value(QStringLiteral("db_type")).toString());
    for (const char* key : {"config", "vpc", "ssl", "cloud"}) {
        if (err.isEmpty() && b.contains(QLatin1String(key)) && !b.value(QLatin1String(key)).isObject())
            err = QStringLiteral("%1 must be an object").arg(QLatin1String(key));
    }
    if (err.isEmpty() && b.contains(QStringLiteral("vpc"))) {
        const QJsonObject vpc = b.value(QStringLiteral("vpc")).toObject();
        err = firstError({requireString(vpc, QStringLiteral("vpc_id"), true),
                          requireString(vpc, QStringLiteral("subnet_id"), true),
                          requireString(vpc, QStringLiteral("security_group_id"), false)});
    }
    if (err.isEmpty() && b.contains(QStringLiteral("ssl")))
        err = checkBool(b.value(QStringLiteral("ssl")).toObject(), QStringLiteral("ssl_link"), false);
    if (err.isEmpty() && b.contains(QStringLiteral("cloud"))) {
        const QJsonObject cloud = b.value(QStringLiteral("cloud")).toObject();
        err = firstError({requireString(cloud, QStringLiteral("region"), true),
                          requireString(cloud, QStringLiteral("project_id"), true)});
    }
    if (!err.isEmpty())
        return drsError(err);
    ProjectData& p = ctx.project(call);
    const QString name = b.value(QStringLiteral("name")).toString();
    for (const QJsonObject& c : p.drsConnections) {
        // Names are case-insensitive (002).
        if (c.value(QStringLiteral("name")).toString().compare(name, Qt::CaseInsensitive) == 0)
            return dasError(400, QStringLiteral("DRS.10010065"),
                            QStringLiteral("Connection manager name is already exists."));
    }
    QJsonObject endpoint = b.value(QStringLiteral("endpoint")).toObject();
    endpoint.remove(QStringLiteral("db_password")); // never stored, never echoed (002 example)
    QJsonObject out{{QStringLiteral("connection_id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                    {QStringLiteral("name"), name},
                    {QStringLiteral("create_time"), QDateTime::currentMSecsSinceEpoch()},
                    {QStringLiteral("db_type"), b.value(QStringLiteral("db_type"))},
                    {QStringLiteral("endpoint"), endpoint},
                    {QStringLiteral("enterprise_project_id"),
                     b.value(QStringLiteral("enterprise_project_id")).toString(QStringLiteral("0"))},
                    {QStringLiteral("description"), b.value(QStringLiteral("description")).toString()}};
    for (const char* key : {"config", "vpc", "ssl"}) {
        if (b.contains(QLatin1String(key)))
            out.insert(QLatin1String(key), b.value(QLatin1String(key)));
    }
    p.drsConnections.push_back(out);
    return HttpReply::json(200, out);
}

// RDS instances the sandbox knows: the ListRdsDatabases candidates and audited RDS databases.
bool knownRdsInstance(const ProjectData& p, const QString& id) {
    for (const QJsonObject& c : p.rdsCandidates) {
        if (c.value(QStringLiteral("id")).toString() == id)
            return true;
    }
    for (const InstanceRecord& r : p.instances) {
        for (const QJsonObject& db : r.databases) {
            if (db.value(QStringLiteral("rds_id")).toString() == id)
                return true;
        }
    }
    return false;
}

HttpReply createDasConnection(HandlerContext& ctx, ApiCall& call) {
    QJsonObject b;
    if (parseJsonBody(call, ErrorShape::Flat, &b))
        return dasError(400, QStringLiteral("DAS.10000001"),
                        QStringLiteral("the body is not a valid JSON object"));
    // 003's value ranges for engine_type and network_type were lost; the sandbox accepts the values
    // of the official DAS API reference (the lists the console's form offers).
    QString err = firstError(
        {requireEnum(b, QStringLiteral("engine_type"),
                     {QStringLiteral("mysql"), QStringLiteral("sqlserver"), QStringLiteral("postgresql"),
                      QStringLiteral("taurus"), QStringLiteral("gaussdbv5"), QStringLiteral("mongodb"),
                      QStringLiteral("ddm")},
                     true),
         requireEnum(b, QStringLiteral("network_type"),
                     {QStringLiteral("rds"), QStringLiteral("gaussdb"), QStringLiteral("dds"),
                      QStringLiteral("ddm"), QStringLiteral("ecs"), QStringLiteral("gemini")},
                     true),
         requireString(b, QStringLiteral("username"), true, 1, 128),
         checkBool(b, QStringLiteral("is_save_password"), true),
         requireString(b, QStringLiteral("password"), true, 1, 256),
         checkArray(b, QStringLiteral("node_ids"), false, false),
         requireString(b, QStringLiteral("remarks"), false, 0, 255),
         // "Range [1,65536]" in 003 is taken as the port range 1-65535.
         checkInt(b, QStringLiteral("port"), false, 1, 65535),
         requireString(b, QStringLiteral("database_name"), false),
         checkBool(b, QStringLiteral("sql_record_flag"), false)});
    static const QRegularExpression nodeRe(QStringLiteral("^[A-Za-z0-9]{32}$"));
    for (const QJsonValue& v : b.value(QStringLiteral("node_ids")).toArray()) {
        if (err.isEmpty() && !nodeRe.match(v.toString()).hasMatch())
            err = QStringLiteral("node_ids items must be 32 letters or digits");
    }
    if (!err.isEmpty())
        return dasError(400, QStringLiteral("DAS.10000001"), err);
    ProjectData& p = ctx.project(call);
    const QString instanceId = call.param(QStringLiteral("instance_id"));
    if (!knownRdsInstance(p, instanceId))
        return dasError(404, QStringLiteral("DAS.10000004"),
                        QStringLiteral("instance %1 does not exist").arg(instanceId));
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QJsonObject stored = b;
    stored.remove(QStringLiteral("password"));
    stored.insert(QStringLiteral("connection_id"), id);
    stored.insert(QStringLiteral("instance_id"), instanceId);
    p.dasConnections.push_back(stored);
    return HttpReply::json(200, {{QStringLiteral("connection_id"), id}});
}

} // namespace

void registerConnectionHandlers(Router& router, HandlerContext& ctx) {
    router
        .add(
            "POST", QStringLiteral("/v5/{project_id}/connections"),
            [&ctx](ApiCall& c) { return createDrsConnection(ctx, c); }, ErrorShape::Flat)
        .mutation = true;
    router
        .add(
            "POST", QStringLiteral("/v3/{project_id}/instances/{instance_id}/create-connection"),
            [&ctx](ApiCall& c) { return createDasConnection(ctx, c); }, ErrorShape::Flat)
        .mutation = true;
}

} // namespace dbss::sandbox
