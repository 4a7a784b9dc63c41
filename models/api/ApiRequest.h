#pragma once

#include "models/api/Service.h"

#include <QByteArray>
#include <QString>
#include <QUrlQuery>

namespace dbss::api {

// One HTTP call, described independently of transport and authentication.
// `path` may contain "{project_id}", which ApiClient replaces with the profile's project id.
struct ApiRequest {
    Service service = Service::Dbss;
    QByteArray method = "GET";
    QString path; // e.g. "/v1/{project_id}/dbss/audit/instances"
    QUrlQuery query;
    QByteArray body;           // exact bytes sent (and signed); empty for GET
    QString operation;         // API name for logs and errors, e.g. "ListAuditInstances"
    bool readOnly = true;      // read-only calls may be retried; mutations never are
    bool authenticated = true; // false only for IAM POST /v3/auth/tokens
    // A write succeeds only on its documented answer: this status (0: any 2xx, for reads) and,
    // when set, a JSON object whose field successKey is "SUCCESS" (see MutationResult).
    int successStatus = 0;
    QByteArray successKey;
};

} // namespace dbss::api
