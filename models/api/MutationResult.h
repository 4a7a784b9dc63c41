#pragma once

#include "models/api/ApiError.h"

#include <QJsonObject>
#include <QString>

namespace dbss::api {

class ApiReply;

// The answer of a switch/add/delete call. The documents disagree on its shape: {"status":"SUCCESS"},
// {"result":"SUCCESS"}, a bare JSON string "" (security group), or no body at all (tags, 204).
// Success needs the documented status (checked by ApiClient) and a readable documented body;
// a status/result saying FAILED is a definite failure, anything unreadable is Kind::Parse
// (outcome unknown: the caller re-reads the state).
struct MutationResult {
    QString status; // "SUCCESS", "FAILED", ... or empty
    QJsonObject raw;

    bool succeeded() const;
    static MutationResult fromBody(const QByteArray& body);
};

// reply -> MutationResult; an HTTP error, a 2xx saying FAILED, or an answer that is not the
// documented one (HTML, cut or empty JSON, missing successKey) becomes *error.
bool parseMutation(const ApiReply& reply, MutationResult* out, ApiError* error);

} // namespace dbss::api
