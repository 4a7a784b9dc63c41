#include "models/api/SecurityGroups.h"

#include "models/api/ApiHelpers.h"

namespace dbss::api {

ApiRequest setSecurityGroups(const QString& instanceId, const QStringList& securityGroupIds) {
    ApiRequest req = makeRequest("SetAuditSecurityGroup", "POST",
                                 QStringLiteral("/v1/{project_id}/dbss/audit/security-group"), false);
    // The documents (2024-04) name the instance by resource_id; the SDKs since 2024-10
    // (SecurityGroupRequest, generated from the service's definition) by instance_id, the list's id.
    req.body = compactJson({{QStringLiteral("instance_id"), instanceId},
                            {QStringLiteral("securitygroup_ids"), toJsonArray(securityGroupIds)}});
    return req;
}

} // namespace dbss::api
