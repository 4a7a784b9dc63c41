#include "models/api/Instances.h"

#include "models/api/JsonReader.h"

namespace dbss::api {

AuditInstance AuditInstance::fromJson(const QJsonObject& object, QStringList* missing, const QString& path) {
    const JsonReader r(object, path, missing);
    AuditInstance i;
    i.id = r.requiredString("id");
    i.name = r.requiredString("name");
    i.status = r.requiredString("status");
    i.resourceId = r.string("resource_id");
    i.task = r.string("task");
    i.specification = r.string("specification");
    i.resourceSpecCode = r.string("resource_spec_code");
    i.version = r.string("version");
    i.newVersion = r.string("new_version");
    i.zone = r.string("zone");
    i.region = r.string("region");
    i.connectIp = r.string("connect_ip");
    i.connectIpv6 = r.string("connect_ipv6");
    i.chargeModel = r.string("charge_model");
    i.created = r.string("created");
    i.expired = r.string("expired");
    i.comment = r.string("comment");
    i.vpcId = r.string("vpc_id");
    i.subnetId = r.string("subnet_id");
    i.securityGroupId = r.string("security_group_id");
    i.portId = r.string("port_id");
    i.keepDays = r.string("keep_days");
    i.remainDays = r.string("remain_days");
    i.scene = r.string("scene");
    i.upgradeLog = r.string("upgrade_log");
    i.cpu = int(r.integer("cpu"));
    i.ram = int(r.integer("ram"));
    i.configNum = int(r.integer("config_num"));
    i.databaseLimit = int(r.integer("database_limit"));
    i.effect = int(r.integer("effect"));
    i.raw = object;
    return i;
}

ListAuditInstancesResponse ListAuditInstancesResponse::fromJson(const QJsonObject& object,
                                                                QStringList* missing) {
    const JsonReader r(object, {}, missing);
    ListAuditInstancesResponse resp;
    const QJsonArray servers = r.requiredArray("servers");
    resp.total = r.requiredInteger("total");
    for (qsizetype n = 0; n < servers.size(); ++n)
        resp.servers.append(
            AuditInstance::fromJson(servers.at(n).toObject(), missing, QStringLiteral("servers[%1]").arg(n)));
    return resp;
}

ApiRequest listAuditInstances(int offset, int limit) {
    ApiRequest req;
    req.operation = QStringLiteral("ListAuditInstances");
    req.path = QStringLiteral("/v1/{project_id}/dbss/audit/instances");
    req.query.addQueryItem(QStringLiteral("offset"), QString::number(offset));
    req.query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    return req;
}

} // namespace dbss::api
