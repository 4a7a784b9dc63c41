// Operation logs: POST /v1/{project_id}/{instance_id}/dbss/audit/operate-log (001 3.1.6).
#include "sandbox/handlers/HandlerContext.h"
#include "sandbox/handlers/Validation.h"

#include <QDateTime>
#include <QHash>

namespace dbss::sandbox {

namespace {

constexpr qint64 kMaxSize = 1000; // not documented; same bound as the instance list
constexpr qint64 kDefaultSize = 10;

// page and size are declared String but the example sends numbers: accept both forms.
bool readCount(const QJsonObject& o, const QString& key, qint64 fallback, qint64 min, qint64 max, qint64* out,
               QString* error) {
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull()) {
        *out = fallback;
        return true;
    }
    qint64 n = -1;
    if (v.isString() && isDigits(v.toString()))
        n = v.toString().toLongLong();
    else if (v.isDouble() && v.toDouble() == double(v.toInteger()))
        n = v.toInteger();
    if (n < min || n > max) {
        *error = QStringLiteral("%1 must be an integer from %2 to %3").arg(key).arg(min).arg(max);
        return false;
    }
    *out = n;
    return true;
}

HttpReply operateLog(HandlerContext& ctx, ApiCall& call) {
    const ErrorShape shape = ErrorShape::Nested;
    HttpReply reject;
    InstanceRecord* instance = ctx.instance(call, shape, &reject);
    if (!instance)
        return reject;
    QJsonObject body;
    if (Rejection r = parseJsonBody(call, shape, &body))
        return *r;

    OperationLogStore::Query query;
    // The SDK declares `time` mandatory and sends "time":null when no range is set.
    const QJsonValue timeValue = body.value(QStringLiteral("time"));
    if (!timeValue.isUndefined() && !timeValue.isNull()) {
        if (!timeValue.isObject())
            return badRequest(shape, QStringLiteral("time must be a TimeRangeBean object"));
        const QJsonObject time = timeValue.toObject();
        static const QHash<QString, qint64> ranges{
            {QStringLiteral("HALF_HOUR"), 1800},   {QStringLiteral("HOUR"), 3600},
            {QStringLiteral("THREE_HOUR"), 10800}, {QStringLiteral("TWELVE_HOUR"), 43200},
            {QStringLiteral("DAY"), 86400},        {QStringLiteral("WEEK"), 7 * 86400},
            {QStringLiteral("MONTH"), 30 * 86400}};
        QString err = requireEnum(time, QStringLiteral("time_range"), ranges.keys(), false);
        if (err.isEmpty())
            err = requireString(time, QStringLiteral("start_time"), false);
        if (err.isEmpty())
            err = requireString(time, QStringLiteral("end_time"), false);
        if (!err.isEmpty())
            return badRequest(shape, err);
        const auto given = [&time](const char* key) {
            const QJsonValue v = time.value(QLatin1String(key));
            return !v.isUndefined() && !v.isNull();
        };
        const bool hasStart = given("start_time");
        const bool hasEnd = given("end_time");
        const bool hasRange = given("time_range");
        if (hasStart != hasEnd)
            return badRequest(shape, QStringLiteral("start_time and end_time must be used together"));
        if (hasStart && hasRange)
            return badRequest(shape,
                              QStringLiteral("give either time_range or start_time/end_time, not both"));
        if (hasRange) {
            query.to = QDateTime::currentSecsSinceEpoch();
            query.from = query.to - ranges.value(time.value(QStringLiteral("time_range")).toString());
        } else if (hasStart) {
            if (!OperationLogStore::parseTime(time.value(QStringLiteral("start_time")).toString(),
                                              &query.from) ||
                !OperationLogStore::parseTime(time.value(QStringLiteral("end_time")).toString(), &query.to))
                return badRequest(shape,
                                  QStringLiteral("start_time and end_time must be yyyy-MM-dd HH:mm:ss"));
            if (query.from > query.to)
                return badRequest(shape, QStringLiteral("start_time is after end_time"));
        }
    }
    QString err = requireString(body, QStringLiteral("user_name"), false, 0, 64);
    // The documents filter with operate_name (example value DOWNLOAD), the current SDKs with
    // action (CREATE, DELETE, DOWNLOAD, UPDATE): both name the row's action, ignoring case.
    if (err.isEmpty())
        err = requireString(body, QStringLiteral("operate_name"), false, 0, 64);
    if (err.isEmpty())
        err = requireString(body, QStringLiteral("action"), false, 0, 64);
    if (err.isEmpty())
        err = requireEnum(body, QStringLiteral("result"), {QStringLiteral("success"), QStringLiteral("fail")},
                          false);
    qint64 page = 0;
    qint64 size = 0;
    if (err.isEmpty())
        readCount(body, QStringLiteral("page"), 1, 1, 1'000'000, &page, &err);
    if (err.isEmpty())
        readCount(body, QStringLiteral("size"), kDefaultSize, 1, kMaxSize, &size, &err);
    if (!err.isEmpty())
        return badRequest(shape, err);
    const QString operateName = body.value(QStringLiteral("operate_name")).toString();
    const QString action = body.value(QStringLiteral("action")).toString();
    if (!operateName.isEmpty() && !action.isEmpty() && operateName.compare(action, Qt::CaseInsensitive) != 0)
        return badRequest(shape, QStringLiteral("operate_name and action name different actions; give one"));

    query.user = body.value(QStringLiteral("user_name")).toString();
    query.action = action.isEmpty() ? operateName : action;
    query.result = body.value(QStringLiteral("result")).toString();
    query.offset = qsizetype((page - 1) * size);
    query.limit = qsizetype(size);
    // Newest first, as the example response lists them.
    const OperationLogStore::Page result = instance->operateLog.query(query);
    // Written straight from the store (what QJsonDocument would write for the same object): a
    // 1000-row page as QJsonObjects cost most of the sandbox's time per request.
    HttpReply reply;
    reply.body.reserve(qsizetype(result.rows.size()) * 200 + 64);
    reply.body.append("{\"operate_log\":");
    instance->operateLog.writeRowsJson(result, &reply.body);
    reply.body.append(",\"total_num\":").append(QByteArray::number(result.total)).append('}');
    return reply;
}

} // namespace

void registerOperateLogHandlers(Router& router, HandlerContext& ctx) {
    router.add("POST", QStringLiteral("/v1/{project_id}/{instance_id}/dbss/audit/operate-log"),
               [&ctx](ApiCall& call) { return operateLog(ctx, call); });
}

} // namespace dbss::sandbox
