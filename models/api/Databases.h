#pragma once

// Databases of an audit instance: list (reference 3.3.1); adding a self-built (ECS) or RDS
// database by description (document 000, v2), RDS databases without agent (reference 3.3.2), and
// the RDS databases that can be added (SDK ListRdsDatabases: GET
// /v2/{project_id}/audit/databases/rds?db_type&offset&limit, answer {"databases":
// [RdsDbListResponseDatabases], "total_count"}; huaweicloud-sdk-go-v3
// services/dbss/v1/model/model_rds_db_list_response_databases.go); and from the official SDK
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

// AddAuditDatabase (v2): POST /v2/{project_id}/audit/{instance_id}/databases
struct NewDatabase {
    QString dbClassification = QStringLiteral("ECS"); // ECS | RDS
    QString name;
    QString type; // MYSQL, ORACLE, POSTGRESQL, ...
    QString version;
    QString charset; // GBK | UTF8
    QString ip;
    QString port;               // a string in the document
    QString os;                 // LINUX64 | WINDOWS64 | UNIX
    QString instanceName;       // optional
    QJsonObject toJson() const; // {"database": {...}}
};
struct AddDatabaseResponse {
    QString id;
    QJsonObject raw;
    static AddDatabaseResponse fromJson(const QJsonObject& object, QStringList* missing);
};
ApiRequest addAuditDatabase(const QString& instanceId, const NewDatabase& database);

// An RDS database the instance may audit (candidate for AddRdsNoAgentDatabase).
struct RdsDatabase {
    QString id;
    QString dbName;
    QString status;
    QString port;
    QString ip;
    QString instanceName;
    QString type;
    QString version;
    bool isSupported = true;
    QString enterpriseId;
    QJsonObject raw;
    static RdsDatabase fromJson(const QJsonObject& object, QStringList* missing, const QString& path);
};
struct ListRdsDatabasesResponse {
    QList<RdsDatabase> databases;
    qint64 totalCount = 0;
    static ListRdsDatabasesResponse fromJson(const QJsonObject& object, QStringList* missing);
};
// dbType: "" (all) or MYSQL, POSTGRESQL, ...
ApiRequest listRdsDatabases(const QString& dbType, int offset, int limit);

// AddRdsNoAgentDatabase: POST /v1/{project_id}/{instance_id}/dbss/audit/databases/rds
struct AddRdsDatabasesResponse {
    QStringList legalDbIds;   // added
    QStringList illegalDbIds; // refused
    QJsonObject raw;
    static AddRdsDatabasesResponse fromJson(const QJsonObject& object, QStringList* missing);
};
ApiRequest addRdsDatabases(const QString& instanceId, const QList<RdsDatabase>& databases);

} // namespace dbss::api
