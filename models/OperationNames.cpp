#include "models/OperationNames.h"

#include <QCoreApplication>
#include <QHash>

namespace dbss::models {

namespace {
constexpr const char* kContext = "dbss::models::OperationNames";

struct Name {
    const char* api;
    const char* title;
};
// QT_TRANSLATE_NOOP lets lupdate collect the titles; operationTitle() translates at run time.
constexpr Name kNames[] = {
    {"AddAuditDatabase", QT_TRANSLATE_NOOP("dbss::models::OperationNames", "Add database")},
    {"AddAuditRuleScope", QT_TRANSLATE_NOOP("dbss::models::OperationNames", "Add audit scope")},
    {"AddRdsNoAgentDatabase", QT_TRANSLATE_NOOP("dbss::models::OperationNames", "Add RDS databases")},
    {"BatchAddResourceTag", QT_TRANSLATE_NOOP("dbss::models::OperationNames", "Add tags")},
    {"BatchDeleteResourceTag", QT_TRANSLATE_NOOP("dbss::models::OperationNames", "Delete tags")},
    {"CountResourceInstanceByTag",
     QT_TRANSLATE_NOOP("dbss::models::OperationNames", "Count instances by tag")},
    {"CreateConnection", QT_TRANSLATE_NOOP("dbss::models::OperationNames", "Create DRS connection")},
    {"CreateInstanceConnection", QT_TRANSLATE_NOOP("dbss::models::OperationNames", "Create DAS connection")},
    {"CreateInstancesPeriodOrder", QT_TRANSLATE_NOOP("dbss::models::OperationNames", "Buy instance")},
    {"DeleteAuditDatabase", QT_TRANSLATE_NOOP("dbss::models::OperationNames", "Delete database")},
    {"KeystoneCreateUserTokenByPassword",
     QT_TRANSLATE_NOOP("dbss::models::OperationNames", "Sign in (IAM token)")},
    {"KeystoneListProjects", QT_TRANSLATE_NOOP("dbss::models::OperationNames", "List projects")},
    {"ListAuditAgent", QT_TRANSLATE_NOOP("dbss::models::OperationNames", "List agents")},
    {"ListAuditDatabases", QT_TRANSLATE_NOOP("dbss::models::OperationNames", "List databases")},
    {"ListAuditInstanceJobs", QT_TRANSLATE_NOOP("dbss::models::OperationNames", "List instance jobs")},
    {"ListAuditInstances", QT_TRANSLATE_NOOP("dbss::models::OperationNames", "List instances")},
    {"ListAuditRuleRisks", QT_TRANSLATE_NOOP("dbss::models::OperationNames", "List risk rules")},
    {"ListAuditRuleScopes", QT_TRANSLATE_NOOP("dbss::models::OperationNames", "List audit scopes")},
    {"ListAuditSensitiveMasks", QT_TRANSLATE_NOOP("dbss::models::OperationNames", "List masking rules")},
    {"ListAvailabilityZoneInfos",
     QT_TRANSLATE_NOOP("dbss::models::OperationNames", "List availability zones")},
    {"ListEcsSpecification", QT_TRANSLATE_NOOP("dbss::models::OperationNames", "List specifications")},
    {"ListOperationLogs", QT_TRANSLATE_NOOP("dbss::models::OperationNames", "List operation logs")},
    {"ListProjectResourceTags", QT_TRANSLATE_NOOP("dbss::models::OperationNames", "List tags")},
    {"ListRdsDatabases", QT_TRANSLATE_NOOP("dbss::models::OperationNames", "List RDS databases")},
    {"ListResourceInstanceByTag", QT_TRANSLATE_NOOP("dbss::models::OperationNames", "List instances by tag")},
    {"ListSqlInjectionRules", QT_TRANSLATE_NOOP("dbss::models::OperationNames", "List SQL injection rules")},
    {"RebootAuditInstance", QT_TRANSLATE_NOOP("dbss::models::OperationNames", "Reboot instance")},
    {"SetAuditSecurityGroup", QT_TRANSLATE_NOOP("dbss::models::OperationNames", "Change security group")},
    {"ShowAuditQuota", QT_TRANSLATE_NOOP("dbss::models::OperationNames", "Show quota")},
    {"ShowAuditRuleRisk", QT_TRANSLATE_NOOP("dbss::models::OperationNames", "Show risk rule")},
    {"StartAuditInstance", QT_TRANSLATE_NOOP("dbss::models::OperationNames", "Start instance")},
    {"StopAuditInstance", QT_TRANSLATE_NOOP("dbss::models::OperationNames", "Stop instance")},
    {"SwitchAgent", QT_TRANSLATE_NOOP("dbss::models::OperationNames", "Switch agent")},
    {"SwitchAuditDatabase", QT_TRANSLATE_NOOP("dbss::models::OperationNames", "Switch database audit")},
    {"SwitchRiskRule", QT_TRANSLATE_NOOP("dbss::models::OperationNames", "Switch risk rules")},
    {"SetAuditSqlRuleSwitch", QT_TRANSLATE_NOOP("dbss::models::OperationNames", "Switch SQL injection rule")},
    {"SetSensitiveMaskRuleSwitch", QT_TRANSLATE_NOOP("dbss::models::OperationNames", "Switch masking rules")},
    {"SetAuditScopeRuleSwitch", QT_TRANSLATE_NOOP("dbss::models::OperationNames", "Switch audit scopes")},
    {"UpdateAuditScopeRule", QT_TRANSLATE_NOOP("dbss::models::OperationNames", "Edit audit scope")},
    {"DeleteAuditScope", QT_TRANSLATE_NOOP("dbss::models::OperationNames", "Delete audit scope")},
};
} // namespace

QString operationTitle(const QString& apiName) {
    static const QHash<QString, const char*> titles = [] {
        QHash<QString, const char*> h;
        for (const Name& n : kNames)
            h.insert(QLatin1String(n.api), n.title);
        return h;
    }();
    const char* title = titles.value(apiName);
    return title ? QCoreApplication::translate(kContext, title) : apiName;
}

bool isChange(const QString& apiName) {
    for (const char* prefix : {"List", "Show", "Count", "Keystone"})
        if (apiName.startsWith(QLatin1String(prefix)))
            return false;
    return !apiName.isEmpty();
}

} // namespace dbss::models
