#pragma once

#include "models/api/ApiClient.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace dbss::api {

// A successful reply's body into a typed response T (T::fromJson(const QJsonObject&, QStringList*
// missing)): a body that is not a JSON object, or that lacks a mandatory field, becomes a Kind::Parse
// error naming what is wrong. Touches no QObject, so it may run in a worker thread on a copy of the
// body (operation and httpStatus label the error).
template <class T>
bool parseBody(const QByteArray& body, const QString& operation, int httpStatus, T* out, ApiError* error) {
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (!doc.isObject()) {
        *error = ApiError::make(ApiError::Kind::Parse,
                                QCoreApplication::translate("dbss::api", "the body is not a JSON object (%1)")
                                    .arg(parseError.errorString()),
                                operation);
        error->httpStatus = httpStatus;
        return false;
    }
    QStringList missing;
    *out = T::fromJson(doc.object(), &missing);
    if (!missing.isEmpty()) {
        *error = ApiError::make(ApiError::Kind::Parse,
                                QCoreApplication::translate("dbss::api", "mandatory field missing: %1")
                                    .arg(missing.join(QLatin1String(", "))),
                                operation);
        error->httpStatus = httpStatus;
        return false;
    }
    return true;
}

// Turns a finished reply into a typed response T: a transport/HTTP error is passed through, the
// body goes through parseBody().
template <class T> bool parseReply(const ApiReply& reply, T* out, ApiError* error) {
    if (!reply.ok()) {
        *error = reply.error();
        return false;
    }
    return parseBody(reply.body(), reply.request().operation, reply.httpStatus(), out, error);
}

} // namespace dbss::api
