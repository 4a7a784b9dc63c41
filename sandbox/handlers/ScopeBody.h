#pragma once

// The body of an audit scope add (004) and edit (SDK RuleScopeRequest): one validation for both.

#include "sandbox/handlers/Validation.h"
#include "sandbox/store/ProjectData.h"

namespace dbss::sandbox {

// Operations an audit scope may name (001 Table 3-191, action).
const QStringList& scopeActions();

// Checks every field, that the name is unique in the instance (apart from the scope `editedId`)
// and that db_ids is "[ALL]" or ids of the instance's databases (404 otherwise).
Rejection validateScopeBody(ErrorShape shape, const QJsonObject& body, const InstanceRecord& instance,
                            const QString& editedId = {});

// The stored row's fields taken from a valid body (id, status and all_audit are the caller's).
void applyScopeBody(const QJsonObject& body, QJsonObject* row);

} // namespace dbss::sandbox
