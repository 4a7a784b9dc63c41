#pragma once

#include "models/api/ClientConfig.h"

#include <QObject>
#include <QString>

#include <functional>

namespace dbss::credentials {

struct ProbeResult {
    bool ok = false;
    QString message; // for the user: what was reached, or the API error (code, message, request id)
};

// "Test connection": one real read call with the given configuration. The answer comes later, only
// while `context` lives. Views take this as a std::function so they never build a request.
using ConnectionProbe =
    std::function<void(const api::ClientConfig& config, QObject* context, std::function<void(ProbeResult)>)>;

// The real probe: ListAuditInstances (GET /v1/{project_id}/dbss/audit/instances?offset=0&limit=1).
void probeConnection(const api::ClientConfig& config, QObject* context,
                     std::function<void(ProbeResult)> done);

} // namespace dbss::credentials
