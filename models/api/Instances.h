#pragma once

// Audit instances: ListAuditInstances (reference 3.2.1, GET /v1/{project_id}/dbss/audit/instances).
// The pattern every API area follows: plain structs keeping the raw object, a request builder,
// and a tolerant fromJson that records missing mandatory fields.

#include "models/api/ApiRequest.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace dbss::api {

struct AuditInstance {
    QString id; // used as {instance_id} in paths (documents 000/004: "the ID field")
    QString resourceId;
    QString name;
    QString status;           // ACTIVE, SHUTOFF, BUILD, ERROR, DELETING, FROZEN, HAWAIT, UPGRADEING
    QString task;             // NO_TASK, powering-on, powering-off, rebooting, delete_wait
    QString specification;    // "Low | 3 Proxy"
    QString resourceSpecCode; // dbss.bypassaudit.low
    QString version;
    QString newVersion;
    QString zone;
    QString region;
    QString connectIp;
    QString connectIpv6;
    QString chargeModel; // Period | Demand
    QString created;     // "2021-04-21 04:37:54" (UTC)
    QString expired;
    QString comment;
    QString vpcId;
    QString subnetId;
    QString securityGroupId;
    QString portId;
    QString keepDays;
    QString remainDays;
    QString scene;
    QString upgradeLog;
    int cpu = 0;
    int ram = 0; // MB
    int configNum = 0;
    int databaseLimit = 0;
    int effect = 0;  // 0: not frozen
    QJsonObject raw; // every field as the service sent it

    static AuditInstance fromJson(const QJsonObject& object, QStringList* missing, const QString& path = {});
};

struct ListAuditInstancesResponse {
    QList<AuditInstance> servers;
    qint64 total = 0;
    static ListAuditInstancesResponse fromJson(const QJsonObject& object, QStringList* missing);
};

ApiRequest listAuditInstances(int offset, int limit);

} // namespace dbss::api
