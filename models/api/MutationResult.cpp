#include "models/api/MutationResult.h"

#include "models/api/ApiClient.h"
#include "models/api/JsonReader.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace dbss::api {

bool MutationResult::succeeded() const {
    return status.compare(QLatin1String("FAILED"), Qt::CaseInsensitive) != 0 &&
           status.compare(QLatin1String("FAIL"), Qt::CaseInsensitive) != 0 &&
           status.compare(QLatin1String("ERROR"), Qt::CaseInsensitive) != 0;
}

MutationResult MutationResult::fromBody(const QByteArray& body) {
    MutationResult result;
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (doc.isObject()) {
        const JsonReader r(doc.object());
        result.raw = doc.object();
        result.status = r.has("status") ? r.string("status") : r.string("result");
    }
    return result;
}

bool parseMutation(const ApiReply& reply, MutationResult* out, ApiError* error) {
    if (!reply.ok()) {
        *error = reply.error(); // ApiClient already refused any status but the documented one
        return false;
    }
    const ApiRequest& request = reply.request();
    // A 2xx we cannot read as the documented answer: the write probably happened, but we cannot
    // say so. Kind::Parse makes callers re-read the state instead of reporting success.
    const auto unreadable = [&](const QString& why) {
        *error = ApiError::make(ApiError::Kind::Parse, why, request.operation);
        error->httpStatus = reply.httpStatus();
        error->requestId = QString::fromUtf8(reply.header("X-Request-Id"));
        return false;
    };
    *out = {};
    const QByteArray body = reply.body().trimmed();
    if (reply.httpStatus() == 204 && request.successKey.isEmpty())
        return true; // no content, as documented (tags)
    // The security-group document's example answer is a bare JSON string "".
    if (body == "\"\"" && request.successKey.isEmpty())
        return true;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (!doc.isObject())
        return unreadable(
            body.isEmpty() ? QCoreApplication::translate("dbss::api", "the answer is empty")
                           : QCoreApplication::translate("dbss::api", "the answer is not a JSON object (%1)")
                                 .arg(parseError.errorString()));
    *out = MutationResult::fromBody(body);
    if (!out->succeeded()) {
        *error = ApiError::make(
            ApiError::Kind::Http,
            QCoreApplication::translate("dbss::api", "the service answered %1").arg(out->status),
            request.operation);
        error->httpStatus = reply.httpStatus();
        error->errorMsg = out->status;
        return false;
    }
    if (!request.successKey.isEmpty()) {
        const QString key = QString::fromLatin1(request.successKey);
        const QJsonValue value = out->raw.value(key);
        if (value.toString().compare(QLatin1String("SUCCESS"), Qt::CaseInsensitive) != 0)
            return unreadable(
                value.isUndefined()
                    ? QCoreApplication::translate("dbss::api", "the answer has no \"%1\"").arg(key)
                    : QCoreApplication::translate("dbss::api", "the answer says %1=%2, not SUCCESS")
                          .arg(key, value.toVariant().toString()));
    }
    return true;
}

} // namespace dbss::api
