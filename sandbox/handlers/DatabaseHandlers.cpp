// Databases of an audit instance: list (001 3.3.1), add agent-free RDS databases (001 3.3.2),
// add a self-built database (000, v2, flat errors), and from huaweicloud-sdk-go-v3
// services/dbss/v1/dbss_meta.go: DeleteAuditDatabase (DELETE /v2/{p}/{i}/audit/databases/{db_id},
// {"result"}), SwitchAuditDatabase (POST /v2/{p}/{i}/audit/databases/switch, SwitchAuditDbRequest
// {"id","status":ON|OFF,"lts_audit_switch"}, {"result"}) and ListRdsDatabases (GET
// /v2/{p}/audit/databases/rds?db_type&offset&limit, {"databases":[RdsDbListResponseDatabases],
// "total_count"}).
#include "sandbox/handlers/HandlerContext.h"
#include "sandbox/handlers/Validation.h"
#include "sandbox/store/InstanceFactory.h"

namespace dbss::sandbox {

namespace {

constexpr qsizetype kMaxLimit = 1000;

// The 18 database types of 001 Table 3-108 and 000 Table 4.
const QStringList& dbTypes() {
    static const QStringList types{
        QStringLiteral("MYSQL"),     QStringLiteral("ORACLE"),   QStringLiteral("POSTGRESQL"),
        QStringLiteral("SQLSERVER"), QStringLiteral("DAMENG"),   QStringLiteral("TAURUS"),
        QStringLiteral("DWS"),       QStringLiteral("KINGBASE"), QStringLiteral("GAUSSDBOPENGAUSS"),
        QStringLiteral("GREENPLUM"), QStringLiteral("HIGHGO"),   QStringLiteral("SHENTONG"),
        QStringLiteral("GBASE8A"),   QStringLiteral("GBASE8S"),  QStringLiteral("GBASEXDM"),
        QStringLiteral("MONGODB"),   QStringLiteral("DDS")};
    return types;
}

HttpReply listDatabases(HandlerContext& ctx, ApiCall& call) {
    const ErrorShape shape = ErrorShape::Nested;
    HttpReply reject;
    InstanceRecord* instance = ctx.instance(call, shape, &reject);
    if (!instance)
        return reject;
    Paging paging;
    if (Rejection r = parseOffsetLimit(call, shape, kMaxLimit, kMaxLimit, &paging))
        return *r;
    const QString status = call.queryValue(QStringLiteral("status"));
    if (call.hasQuery(QStringLiteral("status")) && status != QLatin1String("ON") &&
        status != QLatin1String("OFF"))
        return badRequest(shape, QStringLiteral("status must be ON or OFF, got '%1'").arg(status));
    Rows matched;
    for (const QJsonObject& db : instance->databases) {
        if (status.isEmpty() || db.value(QStringLiteral("status")).toString() == status)
            matched.push_back(db);
    }
    return HttpReply::json(
        200, {{QStringLiteral("databases"), pageOf(matched, paging,
                                                   [](const QJsonObject& db) {
                                                       return QJsonObject{{QStringLiteral("database"), db}};
                                                   })},
              {QStringLiteral("total"), qint64(matched.size())}});
}

Rejection checkLimit(const InstanceRecord& instance, qsizetype adding, ErrorShape shape) {
    const qsizetype limit = instance.bean.value(QStringLiteral("database_limit")).toInt();
    if (qsizetype(instance.databases.size()) + adding > limit)
        return HttpReply::error(shape, 400, codes::kDbLimit,
                                QStringLiteral("Failed to add database, exceeding the limit (%1 of %2 used)")
                                    .arg(instance.databases.size())
                                    .arg(limit));
    return std::nullopt;
}

HttpReply addRds(HandlerContext& ctx, ApiCall& call) {
    const ErrorShape shape = ErrorShape::Nested;
    HttpReply reject;
    InstanceRecord* instance = ctx.instance(call, shape, &reject);
    if (!instance)
        return reject;
    QJsonObject b;
    if (Rejection r = parseJsonBody(call, shape, &b))
        return *r;
    if (QString e = firstError({checkArray(b, QStringLiteral("databases"), true, true),
                                checkInt(b, QStringLiteral("total_count"), false, 0, 1000)});
        !e.isEmpty())
        return badRequest(shape, e);
    const QJsonArray list = b.value(QStringLiteral("databases")).toArray();
    for (const QJsonValue& v : list) {
        const QJsonObject d = v.toObject();
        QString e = firstError({v.isObject() ? QString() : QStringLiteral("databases items must be objects"),
                                requireString(d, QStringLiteral("id"), true, 1, 64),
                                requireString(d, QStringLiteral("db_name"), true, 1, 128),
                                requireString(d, QStringLiteral("status"), true),
                                requireString(d, QStringLiteral("port"), true),
                                requireString(d, QStringLiteral("ip"), true),
                                requireString(d, QStringLiteral("instance_name"), true, 1, 128),
                                requireString(d, QStringLiteral("version"), true, 1, 32),
                                requireString(d, QStringLiteral("type"), true),
                                requireString(d, QStringLiteral("enterprise_id"), false),
                                requireString(d, QStringLiteral("enterprise_name"), false)});
        if (e.isEmpty() && !isValidPort(d.value(QStringLiteral("port")).toString()))
            e = QStringLiteral("port must be from 1 to 65535");
        if (e.isEmpty() && !isValidIp(d.value(QStringLiteral("ip")).toString()))
            e = QStringLiteral("ip '%1' is not an IP address").arg(d.value(QStringLiteral("ip")).toString());
        // The example sends "MySQL": types compare case-insensitively.
        if (e.isEmpty() && !dbTypes().contains(d.value(QStringLiteral("type")).toString().toUpper()))
            e = QStringLiteral("type '%1' is not a supported database type")
                    .arg(d.value(QStringLiteral("type")).toString());
        if (!e.isEmpty())
            return badRequest(shape, e);
    }
    // Already audited here -> illegal; the rest are added (all or nothing against the limit).
    QJsonArray legal;
    QJsonArray illegal;
    std::vector<QJsonObject> toAdd;
    for (const QJsonValue& v : list) {
        const QJsonObject d = v.toObject();
        const QString id = d.value(QStringLiteral("id")).toString();
        bool present = legal.contains(id);
        for (const QJsonObject& db : instance->databases)
            present = present || db.value(QStringLiteral("rds_id")).toString() == id;
        (present ? illegal : legal).append(id);
        if (!present)
            toAdd.push_back(d);
    }
    if (Rejection r = checkLimit(*instance, qsizetype(toAdd.size()), shape))
        return *r;
    ProjectData& p = ctx.project(call);
    for (const QJsonObject& d : toAdd) {
        DatabaseSpec s;
        s.name = d.value(QStringLiteral("db_name")).toString();
        s.type = d.value(QStringLiteral("type")).toString().toUpper();
        s.version = d.value(QStringLiteral("version")).toString();
        s.ip = d.value(QStringLiteral("ip")).toString();
        s.port = d.value(QStringLiteral("port")).toString().toInt();
        s.classification = QStringLiteral("RDS");
        s.instanceName = d.value(QStringLiteral("instance_name")).toString();
        s.rdsId = d.value(QStringLiteral("id")).toString();
        s.status = QStringLiteral("OFF");
        s.auditStatus = instance->bean.value(QStringLiteral("status")).toString() == QLatin1String("ACTIVE")
                            ? QStringLiteral("ACTIVE")
                            : QStringLiteral("SHUTOFF");
        addDatabase(p, *instance, s);
        Store::log(p, *instance, call.user, QStringLiteral("Database list"), QStringLiteral("Create"), s.name,
                   QStringLiteral("Add an agent-free RDS database."));
    }
    return HttpReply::json(
        200, {{QStringLiteral("illegal_db_id"), illegal}, {QStringLiteral("legal_db_id"), legal}});
}

HttpReply addSelfBuilt(HandlerContext& ctx, ApiCall& call) {
    const ErrorShape shape = ErrorShape::Flat; // 000 documents the flat error body
    HttpReply reject;
    InstanceRecord* instance = ctx.instance(call, shape, &reject);
    if (!instance)
        return reject;
    QJsonObject b;
    if (Rejection r = parseJsonBody(call, shape, &b))
        return *r;
    if (!b.value(QStringLiteral("database")).isObject())
        return badRequest(shape, QStringLiteral("database is mandatory and must be an object"));
    const QJsonObject d = b.value(QStringLiteral("database")).toObject();
    QString e = firstError(
        {requireEnum(d, QStringLiteral("db_classification"), {QStringLiteral("RDS"), QStringLiteral("ECS")},
                     true),
         requireString(d, QStringLiteral("name"), true, 1, 128),
         requireEnum(d, QStringLiteral("type"), dbTypes(), true),
         requireString(d, QStringLiteral("version"), true, 1, 32),
         requireEnum(d, QStringLiteral("charset"), {QStringLiteral("GBK"), QStringLiteral("UTF8")}, true),
         requireString(d, QStringLiteral("ip"), true), requireString(d, QStringLiteral("port"), true),
         requireEnum(d, QStringLiteral("os"),
                     {QStringLiteral("LINUX64"), QStringLiteral("WINDOWS64"), QStringLiteral("UNIX")}, true),
         requireString(d, QStringLiteral("instance_name"), false, 0, 128)});
    if (e.isEmpty() && !isValidIp(d.value(QStringLiteral("ip")).toString()))
        e = QStringLiteral("ip '%1' is not an IP address").arg(d.value(QStringLiteral("ip")).toString());
    if (e.isEmpty() && !isValidPort(d.value(QStringLiteral("port")).toString()))
        e = QStringLiteral("port must be from 1 to 65535, got '%1'")
                .arg(d.value(QStringLiteral("port")).toString());
    if (!e.isEmpty())
        return badRequest(shape, e);
    if (Rejection r = checkLimit(*instance, 1, shape))
        return *r;
    ProjectData& p = ctx.project(call);
    DatabaseSpec s;
    s.name = d.value(QStringLiteral("name")).toString();
    s.type = d.value(QStringLiteral("type")).toString();
    s.version = d.value(QStringLiteral("version")).toString();
    s.charset = d.value(QStringLiteral("charset")).toString();
    s.ip = d.value(QStringLiteral("ip")).toString();
    s.port = d.value(QStringLiteral("port")).toString().toInt();
    s.os = d.value(QStringLiteral("os")).toString();
    s.classification = d.value(QStringLiteral("db_classification")).toString();
    s.instanceName = d.value(QStringLiteral("instance_name")).toString();
    s.status = QStringLiteral("OFF"); // a new database is audited once switched on
    s.auditStatus = instance->bean.value(QStringLiteral("status")).toString() == QLatin1String("ACTIVE")
                        ? QStringLiteral("ACTIVE")
                        : QStringLiteral("SHUTOFF");
    const QJsonObject db = addDatabase(p, *instance, s);
    Store::log(p, *instance, call.user, QStringLiteral("Database list"), QStringLiteral("Create"), s.name,
               QStringLiteral("Create a database."));
    return HttpReply::json(200, {{QStringLiteral("id"), db.value(QStringLiteral("id"))}});
}

HttpReply deleteDatabase(HandlerContext& ctx, ApiCall& call) {
    const ErrorShape shape = ErrorShape::Nested;
    HttpReply reject;
    InstanceRecord* instance = ctx.instance(call, shape, &reject);
    if (!instance)
        return reject;
    const QString dbId = call.param(QStringLiteral("db_id"));
    auto it =
        std::find_if(instance->databases.begin(), instance->databases.end(), [&](const QJsonObject& db) {
            return db.value(QStringLiteral("id")).toString() == dbId;
        });
    if (it == instance->databases.end())
        return notFound(shape, QStringLiteral("database %1 does not exist in this instance").arg(dbId));
    const QString name = it->value(QStringLiteral("name")).toString();
    instance->databases.erase(it);
    std::erase_if(instance->agents,
                  [&](const QJsonObject& a) { return a.value(QStringLiteral("db_id")).toString() == dbId; });
    instance->bean.insert(QStringLiteral("config_num"), int(instance->databases.size()));
    ProjectData& p = ctx.project(call);
    Store::log(p, *instance, call.user, QStringLiteral("Database list"), QStringLiteral("Delete"), name,
               QStringLiteral("Delete an audited database."));
    return HttpReply::json(200, {{QStringLiteral("result"), QStringLiteral("SUCCESS")}});
}

HttpReply switchDatabase(HandlerContext& ctx, ApiCall& call) {
    const ErrorShape shape = ErrorShape::Nested;
    HttpReply reject;
    InstanceRecord* instance = ctx.instance(call, shape, &reject);
    if (!instance)
        return reject;
    QJsonObject b;
    if (Rejection r = parseJsonBody(call, shape, &b))
        return *r;
    if (QString e = firstError(
            {requireString(b, QStringLiteral("id"), true),
             requireEnum(b, QStringLiteral("status"), {QStringLiteral("ON"), QStringLiteral("OFF")}, true),
             checkInt(b, QStringLiteral("lts_audit_switch"), false, -2147483648LL, 2147483647LL)});
        !e.isEmpty())
        return badRequest(shape, e);
    const QString dbId = b.value(QStringLiteral("id")).toString();
    for (QJsonObject& db : instance->databases) {
        if (db.value(QStringLiteral("id")).toString() != dbId)
            continue;
        const QString status = b.value(QStringLiteral("status")).toString();
        db.insert(QStringLiteral("status"), status);
        ProjectData& p = ctx.project(call);
        Store::log(p, *instance, call.user, QStringLiteral("Database list"), QStringLiteral("Update"),
                   db.value(QStringLiteral("name")).toString(),
                   status == QLatin1String("ON") ? QStringLiteral("Enable database audit.")
                                                 : QStringLiteral("Disable database audit."));
        // The current SDK's SwitchAuditDatabaseResponse reads status, releases before 2024-12 result.
        return HttpReply::json(200, {{QStringLiteral("status"), QStringLiteral("SUCCESS")},
                                     {QStringLiteral("result"), QStringLiteral("SUCCESS")}});
    }
    return notFound(shape, QStringLiteral("database %1 does not exist in this instance").arg(dbId));
}

HttpReply listRdsCandidates(HandlerContext& ctx, ApiCall& call) {
    const ErrorShape shape = ErrorShape::Nested;
    Paging paging;
    if (Rejection r = parseOffsetLimit(call, shape, kMaxLimit, kMaxLimit, &paging))
        return *r;
    const QString type = call.queryValue(QStringLiteral("db_type")).toUpper();
    if (call.hasQuery(QStringLiteral("db_type")) && !dbTypes().contains(type) &&
        type != QLatin1String("MARIADB"))
        return badRequest(shape, QStringLiteral("db_type '%1' is not a database type").arg(type));
    Rows matched;
    for (const QJsonObject& c : ctx.project(call).rdsCandidates) {
        if (type.isEmpty() || c.value(QStringLiteral("type")).toString().toUpper() == type)
            matched.push_back(c);
    }
    return HttpReply::json(200, {{QStringLiteral("databases"),
                                  pageOf(matched, paging,
                                         [](const QJsonObject& c) {
                                             QJsonObject out = c;
                                             out.remove(QStringLiteral("enterprise_name"));
                                             out.insert(QStringLiteral("type"),
                                                        c.value(QStringLiteral("type")).toString().toUpper());
                                             out.insert(QStringLiteral("is_supported"), true);
                                             return out;
                                         })},
                                 {QStringLiteral("total_count"), qint64(matched.size())}});
}

} // namespace

void registerDatabaseHandlers(Router& router, HandlerContext& ctx) {
    router.add("GET", QStringLiteral("/v1/{project_id}/{instance_id}/dbss/audit/databases"),
               [&ctx](ApiCall& c) { return listDatabases(ctx, c); });
    router
        .add("POST", QStringLiteral("/v1/{project_id}/{instance_id}/dbss/audit/databases/rds"),
             [&ctx](ApiCall& c) { return addRds(ctx, c); })
        .mutation = true;
    router
        .add(
            "POST", QStringLiteral("/v2/{project_id}/audit/{instance_id}/databases"),
            [&ctx](ApiCall& c) { return addSelfBuilt(ctx, c); }, ErrorShape::Flat)
        .mutation = true;
    router
        .add("DELETE", QStringLiteral("/v2/{project_id}/{instance_id}/audit/databases/{db_id}"),
             [&ctx](ApiCall& c) { return deleteDatabase(ctx, c); })
        .mutation = true;
    router
        .add("POST", QStringLiteral("/v2/{project_id}/{instance_id}/audit/databases/switch"),
             [&ctx](ApiCall& c) { return switchDatabase(ctx, c); })
        .mutation = true;
    router.add("GET", QStringLiteral("/v2/{project_id}/audit/databases/rds"),
               [&ctx](ApiCall& c) { return listRdsCandidates(ctx, c); });
}

} // namespace dbss::sandbox
