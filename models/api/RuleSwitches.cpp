#include "models/api/RuleSwitches.h"

#include "models/api/ApiHelpers.h"

namespace dbss::api {

namespace {
QString v2AuditPath(const QString& instanceId, const char* rest) {
    return QStringLiteral("/v2/{project_id}/audit/") + pathSegment(instanceId) + QLatin1String(rest);
}
QString onOff(bool on) {
    return on ? QStringLiteral("ON") : QStringLiteral("OFF");
}
} // namespace

ApiRequest switchSqlInjectionRule(const QString& instanceId, const QString& ruleId, bool on) {
    ApiRequest req =
        makeRequest("SetAuditSqlRuleSwitch", "POST", v2AuditPath(instanceId, "/rule/sql/switch"), false);
    req.body = compactJson({{QStringLiteral("id"), ruleId}, {QStringLiteral("status"), onOff(on)}});
    req.successKey = "status";
    return req;
}

ApiRequest switchMaskingRules(const QString& instanceId, const QStringList& ruleIds, bool on) {
    ApiRequest req = makeRequest("SetSensitiveMaskRuleSwitch", "POST",
                                 v2AuditPath(instanceId, "/sensitive/mask/rule/switch"), false);
    req.body =
        compactJson({{QStringLiteral("ids"), toJsonArray(ruleIds)}, {QStringLiteral("status"), onOff(on)}});
    req.successKey = "status";
    return req;
}

} // namespace dbss::api
