#pragma once

// Changing the security groups of an audit instance (reference 3.1.7).

#include "models/api/ApiRequest.h"

#include <QStringList>

namespace dbss::api {

// SetAuditSecurityGroup: POST /v1/{project_id}/dbss/audit/security-group (answers "" on success).
// instanceId: the instance list's `id`, sent as the SDK's instance_id (docs/api-client-notes.md).
ApiRequest setSecurityGroups(const QString& instanceId, const QStringList& securityGroupIds);

} // namespace dbss::api
