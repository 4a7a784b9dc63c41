#pragma once

#include "models/api/ApiError.h"

#include <QJsonObject>
#include <QString>

namespace dbss::api {

class ApiReply;

// The answer of a switch/add/delete call. The documents disagree on its shape: {"status":"SUCCESS"},
// {"result":"SUCCESS"}, a bare JSON string "" (security group), or no body at all (tags, 204).
// All of these are success unless the status/result says FAILED.
struct MutationResult {
    QString status; // "SUCCESS", "FAILED", ... or empty
    QJsonObject raw;

    bool succeeded() const;
    static MutationResult fromBody(const QByteArray& body);
};

// reply -> MutationResult; an HTTP error, or a 2xx saying FAILED, becomes *error.
bool parseMutation(const ApiReply& reply, MutationResult* out, ApiError* error);

} // namespace dbss::api
