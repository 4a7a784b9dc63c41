#pragma once

// Instance lifecycle: creation jobs (reference 3.2.2), yearly/monthly purchase (3.2.3), and the
// start/stop/reboot actions the reference does not document but the official SDK has
// (huaweicloud-sdk-go-v3 services/dbss/v1/dbss_meta.go: StartAuditInstance, StopAuditInstance,
// RebootAuditInstance, body ServerIdBean {"instance_id"}; answer {"result"}).

#include "models/api/ApiRequest.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace dbss::api {

// ListAuditInstanceJobs: GET /v1/{project_id}/dbss/audit/jobs/{resource_id}
struct InstanceJob {
    QString jobId;
    QString status; // SUCCESS, RUNNING, FAIL, INIT, READY
    QString jobType;
    QString serverId;
    QString serverName;
    QString resourceId;   // the SDK's JobBean only
    qint64 beginTime = 0; // ms since epoch
    qint64 endTime = 0;
    QString chargeMode;
    QString errorCode;
    QString failReason;
    QJsonObject raw;
    static InstanceJob fromJson(const QJsonObject& object, QStringList* missing, const QString& path);
};
struct ListInstanceJobsResponse {
    QList<InstanceJob> jobs;
    static ListInstanceJobsResponse fromJson(const QJsonObject& object, QStringList* missing);
};
ApiRequest listInstanceJobs(const QString& resourceId);

// CreateInstancesPeriodOrder: POST /v2/{project_id}/dbss/audit/charge/period/order
struct PeriodOrderRequest {
    QString flavorRef;
    QString name;
    QString vpcId;
    QString availabilityZone;
    QString enterpriseProjectId = QStringLiteral("0");
    QString subnetId;
    QString ipAddress; // empty: assigned automatically
    QStringList securityGroupIds;
    QString comment;
    QString region;
    int chargingMode = 0; // 0 yearly/monthly, 1 pay-per-use
    int periodType = 2;   // 2 month, 3 year
    int periodNum = 1;
    bool autoRenew = false;
    QString productId;
    QString resourceSpecCode; // dbss.bypassaudit.low|medium|high
    QString productSpecDesc;  // empty: {"specDesc":{...}} naming resourceSpecCode
    QList<QPair<QString, QString>> tags;
    QJsonObject toJson() const;
};
struct PeriodOrderResponse {
    QString orderId;
    QString code;
    QString description;
    QJsonObject raw;
    static PeriodOrderResponse fromJson(const QJsonObject& object, QStringList* missing);
};
ApiRequest createPeriodOrder(const PeriodOrderRequest& order);

// Start/stop/reboot an audit instance (SDK): POST /v1/{project_id}/dbss/audit/instance/{start|stop|reboot}
enum class InstanceAction { Start, Stop, Reboot };
ApiRequest instanceAction(InstanceAction action, const QString& instanceId);

} // namespace dbss::api
