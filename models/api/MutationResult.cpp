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
        *error = reply.error();
        return false;
    }
    *out = MutationResult::fromBody(reply.body());
    if (!out->succeeded()) {
        *error = ApiError::make(
            ApiError::Kind::Http,
            QCoreApplication::translate("dbss::api", "the service answered %1").arg(out->status),
            reply.request().operation);
        error->httpStatus = reply.httpStatus();
        error->errorMsg = out->status;
        return false;
    }
    return true;
}

} // namespace dbss::api
