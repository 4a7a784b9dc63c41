#pragma once

// Database connections of other services: DRS (document 002, POST /v5/{project_id}/connections)
// and DAS (document 003, POST /v3/{project_id}/instances/{instance_id}/create-connection).
// Both bodies carry a database password: the request log redacts it, nothing else prints it.

#include "models/api/ApiRequest.h"

#include <QJsonObject>
#include <QStringList>

namespace dbss::api {

struct DrsConnectionRequest {
    QString name;   // 4-50 chars: letters, digits, -, _
    QString dbType; // mysql, postgresql, oracle, mongodb, ...
    QString description;
    QString endpointName; // scenario type, e.g. "mysql"
    QString ip;
    QString dbPort; // a string in the document
    QString dbUser;
    QString dbPassword;
    QString instanceId;
    QString instanceName;
    QString dbName;
    QString endpointId;       // endpoint.id: "database information ID"
    QStringList sourceShards; // endpoint.source_sharding: "host:port" each, same scenario and account
    bool sslLink = false;
    QString sslCertName;     // ssl.ssl_cert_name
    QString sslCertKey;      // ssl.ssl_cert_key: the certificate, Base64
    QString sslCertCheckSum; // ssl.ssl_cert_check_sum: mandatory when SSL is on
    QString sslCertPassword; // ssl.ssl_cert_password: mandatory for a .p12 certificate (redacted)
    QString driverName;      // config.driver_name (the SDK's ConnectionConfig)
    QString vpcId;
    QString subnetId;
    QString securityGroupId;
    QString region; // "cloud" block, with projectId
    QString projectId;
    QString azCode; // cloud.az_code
    QString enterpriseProjectId;
    QJsonObject toJson() const;
};
struct DrsConnection {
    QString connectionId;
    QString name;
    QString dbType;
    qint64 createTime = 0; // ms since epoch
    QString description;
    QString endpointIp;
    QString endpointPort;
    QString endpointUser;
    QJsonObject raw;
    static DrsConnection fromJson(const QJsonObject& object, QStringList* missing);
};
ApiRequest createDrsConnection(const DrsConnectionRequest& request);

struct DasConnectionRequest {
    QString instanceId;  // path
    QString engineType;  // mysql, postgresql, ...
    QString networkType; // rds, ecs, ...
    QString username;
    QString password;
    bool savePassword = true;
    QStringList nodeIds;
    QString remarks;
    int port = 0; // 0: not sent
    QString databaseName;
    bool sqlRecord = false;
    bool sqlRecordSet = false;
    QJsonObject toJson() const;
};
struct DasConnection {
    QString connectionId;
    QJsonObject raw;
    static DasConnection fromJson(const QJsonObject& object, QStringList* missing);
};
ApiRequest createDasConnection(const DasConnectionRequest& request);

} // namespace dbss::api
