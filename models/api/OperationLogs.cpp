#include "models/api/OperationLogs.h"

#include "models/api/ApiHelpers.h"

namespace dbss::api {

bool OperationLogQuery::isValidRange(const QString& range) {
    static const QStringList ranges{QStringLiteral("HALF_HOUR"),  QStringLiteral("HOUR"),
                                    QStringLiteral("THREE_HOUR"), QStringLiteral("TWELVE_HOUR"),
                                    QStringLiteral("DAY"),        QStringLiteral("WEEK"),
                                    QStringLiteral("MONTH")};
    return ranges.contains(range);
}

QJsonObject OperationLogQuery::toJson() const {
    QJsonObject o;
    QJsonObject time;
    if (!timeRange.isEmpty())
        time.insert(QStringLiteral("time_range"), timeRange);
    if (!startTime.isEmpty() || !endTime.isEmpty()) {
        time.insert(QStringLiteral("start_time"), startTime);
        time.insert(QStringLiteral("end_time"), endTime);
    }
    if (!time.isEmpty())
        o.insert(QStringLiteral("time"), time);
    if (!userName.isEmpty())
        o.insert(QStringLiteral("user_name"), userName);
    // The documents call the action filter operate_name, the SDKs since 2024-10 action (CREATE, DELETE,
    // DOWNLOAD, UPDATE): the SDK's name is sent (docs/api-client-notes.md).
    if (!operateName.isEmpty())
        o.insert(QStringLiteral("action"), operateName);
    if (!result.isEmpty())
        o.insert(QStringLiteral("result"), result);
    // Documented as strings; the example sends numbers. Strings follow the table.
    o.insert(QStringLiteral("page"), QString::number(page));
    o.insert(QStringLiteral("size"), QString::number(size));
    return o;
}

OperationLog OperationLog::fromJson(const QJsonObject& object, QStringList* missing, const QString& path) {
    const JsonReader r(object, path, missing);
    OperationLog l;
    l.id = r.requiredString("id");
    l.user = r.string("user");
    l.time = r.string("time");
    l.function = r.string("function");
    l.action = r.string("action");
    l.name = r.string("name");
    l.description = r.string("description");
    l.result = r.string("result");
    l.raw = object;
    return l;
}

ListOperationLogsResponse ListOperationLogsResponse::fromJson(const QJsonObject& object,
                                                              QStringList* missing) {
    const JsonReader r(object, {}, missing);
    ListOperationLogsResponse resp;
    resp.operateLog = readItems<OperationLog>(r, "operate_log", true, missing);
    resp.totalNum = r.integer("total_num", resp.operateLog.size());
    return resp;
}

ApiRequest listOperationLogs(const QString& instanceId, const OperationLogQuery& query) {
    ApiRequest req = makeRequest("ListOperationLogs", "POST",
                                 QStringLiteral("/v1/{project_id}/") + pathSegment(instanceId) +
                                     QStringLiteral("/dbss/audit/operate-log"),
                                 true);
    req.body = compactJson(query.toJson());
    return req;
}

} // namespace dbss::api
