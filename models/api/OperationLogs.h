#pragma once

// ListOperationLogs (reference 3.1.6): POST /v1/{project_id}/{instance_id}/dbss/audit/operate-log.
// A read-only POST paged by page/size; the time filter is a named range or a from/to pair (UTC,
// "yyyy-MM-dd HH:mm:ss").

#include "models/api/ApiRequest.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace dbss::api {

struct OperationLogQuery {
    QString timeRange; // HALF_HOUR HOUR THREE_HOUR TWELVE_HOUR DAY WEEK MONTH, or empty
    QString startTime; // with endTime instead of timeRange
    QString endTime;
    QString userName;
    QString operateName;
    QString result; // success | fail
    int page = 1;   // 1-based
    int size = 100;
    QJsonObject toJson() const;
    static bool isValidRange(const QString& range);
};

struct OperationLog {
    QString id;
    QString user;
    QString time;
    QString function;
    QString action;
    QString name;
    QString description;
    QString result;
    QJsonObject raw;
    static OperationLog fromJson(const QJsonObject& object, QStringList* missing, const QString& path);
};

struct ListOperationLogsResponse {
    QList<OperationLog> operateLog;
    qint64 totalNum = 0;
    static ListOperationLogsResponse fromJson(const QJsonObject& object, QStringList* missing);
};

ApiRequest listOperationLogs(const QString& instanceId, const OperationLogQuery& query);

} // namespace dbss::api
