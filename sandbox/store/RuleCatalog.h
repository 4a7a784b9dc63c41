#pragma once

#include "sandbox/store/ProjectData.h"

namespace dbss::sandbox {

// The rules a new audit instance starts with: the full-audit scope, the system SQL-injection
// rules, the preset risk rules and the built-in masking rules, modelled on the documents'
// examples (001 3.5.1-3.5.5).
void addDefaultRules(ProjectData& project, InstanceRecord& instance, const QString& createdAt);

QJsonObject riskRuleListView(const QJsonObject& rule);   // 001 3.5.3 rules item
QJsonObject riskRuleDetailView(const QJsonObject& rule); // 001 3.5.4 body

} // namespace dbss::sandbox
