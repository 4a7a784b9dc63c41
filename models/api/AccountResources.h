#pragma once

// What an account may buy (reference 3.1.3, 3.1.4, 3.1.5): quota, ECS specifications and
// availability zones.

#include "models/api/ApiRequest.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace dbss::api {

// ShowAuditQuota: GET /v1/{project_id}/dbss/audit/quota
struct AuditQuota {
    qint64 auditQuota = 0; // remaining instances
    qint64 cpu = 0;
    qint64 ram = 0;
    QString projectId; // documented as project_id, the example says projectId: both accepted
    QJsonObject raw;
    static AuditQuota fromJson(const QJsonObject& object, QStringList* missing);
};
ApiRequest showAuditQuota();

// ListEcsSpecification: GET /v1/{project_id}/dbss/audit/specification
struct EcsSpecification {
    QString id;
    QString name;
    QString level; // low, medium, high
    int vcpus = 0;
    int ram = 0;   // MB
    int proxy = 0; // 3 basic, 6 professional, 30 advanced
    QStringList azs;
    QString azType; // "meaningless at the moment" (3.1.4)
    QJsonObject raw;
    static EcsSpecification fromJson(const QJsonObject& object, QStringList* missing, const QString& path);
};
struct ListEcsSpecificationResponse {
    QList<EcsSpecification> specification;
    static ListEcsSpecificationResponse fromJson(const QJsonObject& object, QStringList* missing);
};
ApiRequest listEcsSpecification();

// ListAvailabilityZoneInfos: GET /v2/{project_id}/dbss/audit/availability-zone
struct AvailabilityZone {
    QString zoneName;
    int zoneNumber = 0;
    QString azType;
    QString alias;
    QString aliasUs;
    QJsonObject raw;
    static AvailabilityZone fromJson(const QJsonObject& object, QStringList* missing, const QString& path);
};
struct ListAvailabilityZonesResponse {
    QList<AvailabilityZone> azs;
    static ListAvailabilityZonesResponse fromJson(const QJsonObject& object, QStringList* missing);
};
ApiRequest listAvailabilityZones();

} // namespace dbss::api
