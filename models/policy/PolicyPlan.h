#pragma once

#include "models/api/ApiRequest.h"
#include "models/policy/Policy.h"

#include <QJsonObject>
#include <QList>
#include <QMetaType>

namespace dbss::models {

// One difference between the desired policy and an instance, and how (or whether) the API can
// remove it.
struct PolicyChange {
    enum class Kind {
        SwitchRiskRule,         // SwitchRiskRule (documented)
        SwitchSqlInjectionRule, // SetAuditSqlRuleSwitch (contract from the SDK)
        SwitchMaskingRule,      // SetSensitiveMaskRuleSwitch (contract from the SDK)
        AddScope,               // AddAuditRuleScope (documented)
        UpdateScope,            // UpdateAuditScopeRule (contract from the SDK)
        DeleteScope,            // DeleteAuditScope (contract from the SDK)
        SwitchScope,            // SetAuditScopeRuleSwitch (contract from the SDK)
        MissingRule,            // the rule does not exist on the instance: the API cannot create it
        ExtraRule,              // the instance has a rule the policy lacks: the API cannot delete it
    };
    Kind kind = Kind::SwitchRiskRule;
    QString list; // "risk_rules", "sql_injection_rules", "masking_rules", "audit_scopes"
    QString name; // rule or scope name
    QString type; // rule type; empty for scopes
    QString from; // current state on the instance ("ON", "OFF", "absent", settings summary)
    QString to;   // desired state
    bool possible = true;
    QString reason;   // why not possible (translated)
    QString targetId; // the rule's/scope's id on the instance, if it exists there
    int request = -1; // index into PolicyPlan::requests; -1 when not possible

    static QString kindName(Kind kind); // stable, for JSON ("switch_risk_rule", ...)
    QString describe() const;           // one translated line for a preview
};

// The requests of a plan, each carrying one or more changes (risk rules: one switch-on and one
// switch-off request for all of them).
struct PolicyRequest {
    api::ApiRequest request;
    QList<int> changes; // indexes into PolicyPlan::changes
};

// "Make the instance like the policy": every difference, and the smallest set of calls.
struct PolicyPlan {
    QString instanceId;
    QList<PolicyChange> changes;
    QList<PolicyRequest> requests;
    // The policy file does not fit the instance (unknown rule names, a rule of another type):
    // a plan with errors is never applied.
    QStringList errors;

    bool isValid() const { return errors.isEmpty(); }
    bool inSync() const { return changes.isEmpty(); }
    int possibleCount() const;
    int impossibleCount() const;
    QJsonObject toJson() const; // for `policy diff --json` and the preview

    // desired: a file's policy or another instance's; current: read from instanceId.
    // With strictNames, a desired rule name unknown on the instance (or of another type) is an error;
    // otherwise (comparing two instances) it is a MissingRule change.
    static PolicyPlan compute(const Policy& desired, const Policy& current, const QString& instanceId,
                              bool strictNames = true);
};

} // namespace dbss::models

Q_DECLARE_METATYPE(dbss::models::PolicyPlan)
