#pragma once

// Editing, switching and deleting audit scopes. The API reference documents only list and add;
// these contracts come from the official SDK's models (UpdateAuditScopeRule, SetAuditScopeRuleSwitch,
// DeleteAuditScope), see docs/policy.md.

#include "models/api/AuditScopes.h"

namespace dbss::api {

// UpdateAuditScopeRule: POST /v3/{project_id}/audit/{instance_id}/rule/scopes/{id}, the body of an
// add (RuleScopeRequest: rule_name, db_ids, db_names mandatory) -> {"status":"SUCCESS"}.
ApiRequest updateAuditScope(const QString& instanceId, const QString& scopeId, const NewAuditScope& scope);

// SetAuditScopeRuleSwitch: POST /v2/{project_id}/audit/{instance_id}/rule/scopes/switch
// {"ids":["..."],"status":"ON|OFF"} -> {"status":"SUCCESS"}.
ApiRequest switchAuditScopes(const QString& instanceId, const QStringList& scopeIds, bool on);

// DeleteAuditScope: DELETE /v1/{project_id}/audit/{instance_id}/rule/scopes/{id} -> {"status":"SUCCESS"}.
ApiRequest deleteAuditScope(const QString& instanceId, const QString& scopeId);

} // namespace dbss::api
