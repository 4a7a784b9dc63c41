#pragma once

// Switching SQL-injection and privacy-masking rules on and off. The API reference documents no
// such operation; the contract (path, body, answer) comes from the official SDK's request and
// response models (SetAuditSqlRuleSwitch, SetSensitiveMaskRuleSwitch), see docs/policy.md.

#include "models/api/ApiRequest.h"

#include <QStringList>

namespace dbss::api {

// SetAuditSqlRuleSwitch: POST /v2/{project_id}/audit/{instance_id}/rule/sql/switch
// {"id":"...","status":"ON|OFF"} -> {"status":"SUCCESS"}. One rule per request (RuleSqlIdRequest).
ApiRequest switchSqlInjectionRule(const QString& instanceId, const QString& ruleId, bool on);

// SetSensitiveMaskRuleSwitch: POST /v2/{project_id}/audit/{instance_id}/sensitive/mask/rule/switch
// {"ids":["..."],"status":"ON|OFF"} -> {"status":"SUCCESS"} (BatchSwitchesRequestNew: a JSON array).
ApiRequest switchMaskingRules(const QString& instanceId, const QStringList& ruleIds, bool on);

} // namespace dbss::api
