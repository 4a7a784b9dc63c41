#pragma once

// Rule policies of an audit instance: SQL injection rules (reference 3.5.2), risk rules (3.5.3,
// 3.5.4, switch 3.1.1) and privacy data masking rules (3.5.5).

#include "models/api/ApiRequest.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace dbss::api {

// ListSqlInjectionRules: POST /v1/{project_id}/{instance_id}/dbss/audit/rule/sql-injections
// (a read-only POST: the filter travels in the body).
struct SqlInjectionRule {
    QString id;
    QString name;
    QString status;    // ON | OFF
    QString riskLevel; // HIGH | MEDIUM | LOW
    QString type;      // SYSTEM | CUSTOMIZE
    int rank = 0;
    QString feature;
    QString regex;
    QString keywords;
    QJsonObject raw;
    static SqlInjectionRule fromJson(const QJsonObject& object, QStringList* missing, const QString& path);
};
struct ListSqlInjectionRulesResponse {
    QList<SqlInjectionRule> rules;
    qint64 total = 0;
    static ListSqlInjectionRulesResponse fromJson(const QJsonObject& object, QStringList* missing);
};
ApiRequest listSqlInjectionRules(const QString& instanceId, const QStringList& riskLevels);

// ListAuditRuleRisks: GET /v1/{project_id}/{instance_id}/dbss/audit/rule/risk?name&risk_levels
struct RiskRule {
    QString id;
    QString name;
    QString type; // OPERATE | LOGIN
    QString feature;
    QString status; // ON | OFF
    int rank = 0;
    QString riskLevel;
    QJsonObject raw;
    static RiskRule fromJson(const QJsonObject& object, QStringList* missing, const QString& path);
};
struct ListRiskRulesResponse {
    QList<RiskRule> rules;
    qint64 total = 0;
    static ListRiskRulesResponse fromJson(const QJsonObject& object, QStringList* missing);
};
ApiRequest listRiskRules(const QString& instanceId, const QString& name, const QStringList& riskLevels);

// ShowAuditRuleRisk: GET /v1/{project_id}/{instance_id}/dbss/audit/rule/risk/{risk_id}
struct RiskRuleSchema {
    QString schema;
    QString table;
    QString column;
};
struct RiskRuleDetail {
    QString ruleId;
    QString ruleName;
    QString status;
    QString action; // comma-separated operations
    QList<RiskRuleSchema> schemas;
    int rank = 0;
    bool ignoreCase = false;
    QString riskLevel;
    QString dbIds;
    QString executionSymbol;
    qint64 executionTime = 0;
    QString affectSymbol;
    qint64 affectRows = 0;
    QString clientIps; // documented client_ips, the example says client_ip: both accepted
    QJsonObject raw;
    static RiskRuleDetail fromJson(const QJsonObject& object, QStringList* missing);
};
ApiRequest showRiskRule(const QString& instanceId, const QString& riskId);

// SwitchRiskRule: POST /v1/{project_id}/{instance_id}/audit/rule/risk/switch {"ids":"a,b","status":"ON|OFF"}
ApiRequest switchRiskRules(const QString& instanceId, const QStringList& ids, bool on);

// ListAuditSensitiveMasks: GET /v1/{project_id}/{instance_id}/dbss/audit/sensitive/masks?offset&limit
struct MaskingRule {
    QString id;
    QString name;
    QString type; // BUILD_IN | user-defined
    QString regex;
    QString maskValue;
    QString status;
    QString operateTime;
    QJsonObject raw;
    static MaskingRule fromJson(const QJsonObject& object, QStringList* missing, const QString& path);
};
struct ListMaskingRulesResponse {
    QList<MaskingRule> rules;
    qint64 total = 0;
    static ListMaskingRulesResponse fromJson(const QJsonObject& object, QStringList* missing);
};
ApiRequest listMaskingRules(const QString& instanceId, int offset, int limit);

} // namespace dbss::api
