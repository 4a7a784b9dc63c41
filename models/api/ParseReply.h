#pragma once

#include "models/api/ApiClient.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace dbss::api {

// Turns a finished reply into a typed response T (T::fromJson(const QJsonObject&, QStringList* missing)).
// A transport/HTTP error is passed through; a body that is not a JSON object, or that lacks a
// mandatory field, becomes a Kind::Parse error naming what is wrong.
template <class T> bool parseReply(const ApiReply& reply, T* out, ApiError* error) {
    if (!reply.ok()) {
        *error = reply.error();
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(reply.body(), &parseError);
    if (!doc.isObject()) {
        *error = ApiError::make(ApiError::Kind::Parse,
                                QCoreApplication::translate("dbss::api", "the body is not a JSON object (%1)")
                                    .arg(parseError.errorString()),
                                reply.request().operation);
        error->httpStatus = reply.httpStatus();
        return false;
    }
    QStringList missing;
    *out = T::fromJson(doc.object(), &missing);
    if (!missing.isEmpty()) {
        *error = ApiError::make(ApiError::Kind::Parse,
                                QCoreApplication::translate("dbss::api", "mandatory field missing: %1")
                                    .arg(missing.join(QLatin1String(", "))),
                                reply.request().operation);
        error->httpStatus = reply.httpStatus();
        return false;
    }
    return true;
}

} // namespace dbss::api
