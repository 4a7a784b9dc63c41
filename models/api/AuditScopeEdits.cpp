#include "models/api/AuditScopeEdits.h"

#include "models/api/ApiHelpers.h"

namespace dbss::api {

namespace {
QString auditPath(const char* version, const QString& instanceId, const QString& rest) {
    return QLatin1Char('/') + QLatin1String(version) + QStringLiteral("/{project_id}/audit/") +
           pathSegment(instanceId) + rest;
}
} // namespace

ApiRequest updateAuditScope(const QString& instanceId, const QString& scopeId, const NewAuditScope& scope) {
    ApiRequest req = makeRequest(
        "UpdateAuditScopeRule", "POST",
        auditPath("v3", instanceId, QStringLiteral("/rule/scopes/") + pathSegment(scopeId)), false);
    req.body = compactJson(scope.toJson());
    req.successKey = "status";
    return req;
}

ApiRequest switchAuditScopes(const QString& instanceId, const QStringList& scopeIds, bool on) {
    ApiRequest req = makeRequest("SetAuditScopeRuleSwitch", "POST",
                                 auditPath("v2", instanceId, QStringLiteral("/rule/scopes/switch")), false);
    req.body = compactJson({{QStringLiteral("ids"), toJsonArray(scopeIds)},
                            {QStringLiteral("status"), on ? QStringLiteral("ON") : QStringLiteral("OFF")}});
    req.successKey = "status";
    return req;
}

ApiRequest deleteAuditScope(const QString& instanceId, const QString& scopeId) {
    ApiRequest req = makeRequest(
        "DeleteAuditScope", "DELETE",
        auditPath("v1", instanceId, QStringLiteral("/rule/scopes/") + pathSegment(scopeId)), false);
    req.successKey = "status";
    return req;
}

} // namespace dbss::api
