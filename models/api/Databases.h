#pragma once

// Databases of an audit instance: list (reference 3.3.1), and from the official SDK
// (huaweicloud-sdk-go-v3 services/dbss/v1/dbss_meta.go) DeleteAuditDatabase
// (DELETE /v2/{project_id}/{instance_id}/audit/databases/{db_id}, answer {"result"}) and
// SwitchAuditDatabase (POST /v2/{project_id}/{instance_id}/audit/databases/switch,
// body SwitchAuditDbRequest {"id","status":"ON|OFF"}, answer {"status"} or {"result"}).

#include "models/api/ApiRequest.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace dbss::api {

struct AuditDatabase {
    QString id;
    QString name;
    QString type; // MYSQL, ORACLE, POSTGRESQL, ...
    QString version;
    QString charset;
    QString ip;
    QString port;
    QString os;
    QString status; // audit switch: ON | OFF
    QString instanceName;
    QString auditStatus; // ACTIVE | SHUTOFF | ERROR
    QStringList agentUrl;
    QString dbClassification; // RDS | ECS
    QString rdsId;
    QJsonObject raw; // the inner "database" object
    static AuditDatabase fromJson(const QJsonObject& object, QStringList* missing, const QString& path);
};

struct ListAuditDatabasesResponse {
    QList<AuditDatabase> databases;
    qint64 total = 0; // the reference example omits it: then the number of rows
    static ListAuditDatabasesResponse fromJson(const QJsonObject& object, QStringList* missing);
};

// status: "" (all), "ON", "OFF"
ApiRequest listAuditDatabases(const QString& instanceId, const QString& status, int offset, int limit);
ApiRequest deleteAuditDatabase(const QString& instanceId, const QString& dbId);
ApiRequest switchAuditDatabase(const QString& instanceId, const QString& dbId, bool on);

} // namespace dbss::api
