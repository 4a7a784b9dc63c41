#include "models/api/Rules.h"

#include "models/api/ApiHelpers.h"

namespace dbss::api {

namespace {
QString instancePath(const QString& instanceId, const char* rest) {
    return QStringLiteral("/v1/{project_id}/") + pathSegment(instanceId) + QLatin1String(rest);
}
} // namespace

SqlInjectionRule SqlInjectionRule::fromJson(const QJsonObject& object, QStringList* missing,
                                            const QString& path) {
    const JsonReader r(object, path, missing);
    SqlInjectionRule s;
    s.id = r.requiredString("id");
    s.name = r.requiredString("name");
    s.status = r.string("status");
    s.riskLevel = r.string("risk_level");
    s.type = r.string("type");
    s.rank = int(r.integer("rank"));
    s.feature = r.string("feature");
    s.regex = r.string("regex");
    s.keywords = r.string("keywords");
    s.raw = object;
    return s;
}

ListSqlInjectionRulesResponse ListSqlInjectionRulesResponse::fromJson(const QJsonObject& object,
                                                                      QStringList* missing) {
    const JsonReader r(object, {}, missing);
    ListSqlInjectionRulesResponse resp;
    resp.rules = readItems<SqlInjectionRule>(r, "rules", true, missing);
    resp.total = r.integer("total", resp.rules.size());
    return resp;
}

ApiRequest listSqlInjectionRules(const QString& instanceId, const QStringList& riskLevels) {
    ApiRequest req = makeRequest("ListSqlInjectionRules", "POST",
                                 instancePath(instanceId, "/dbss/audit/rule/sql-injections"), true);
    QJsonObject body;
    if (!riskLevels.isEmpty())
        body.insert(QStringLiteral("risk_levels"), riskLevels.join(QLatin1Char(',')));
    req.body = compactJson(body);
    return req;
}

RiskRule RiskRule::fromJson(const QJsonObject& object, QStringList* missing, const QString& path) {
    const JsonReader r(object, path, missing);
    RiskRule s;
    s.id = r.requiredString("id");
    s.name = r.requiredString("name");
    s.type = r.string("type");
    s.feature = r.string("feature");
    s.status = r.string("status");
    s.rank = int(r.integer("rank"));
    s.riskLevel = r.string("risk_level");
    s.raw = object;
    return s;
}

ListRiskRulesResponse ListRiskRulesResponse::fromJson(const QJsonObject& object, QStringList* missing) {
    const JsonReader r(object, {}, missing);
    ListRiskRulesResponse resp;
    resp.rules = readItems<RiskRule>(r, "rules", true, missing);
    resp.total = r.integer("total", resp.rules.size());
    return resp;
}

ApiRequest listRiskRules(const QString& instanceId, const QString& name, const QStringList& riskLevels) {
    ApiRequest req =
        makeRequest("ListAuditRuleRisks", "GET", instancePath(instanceId, "/dbss/audit/rule/risk"), true);
    if (!name.isEmpty())
        req.query.addQueryItem(QStringLiteral("name"), name);
    if (!riskLevels.isEmpty())
        req.query.addQueryItem(QStringLiteral("risk_levels"), riskLevels.join(QLatin1Char(',')));
    return req;
}

RiskRuleDetail RiskRuleDetail::fromJson(const QJsonObject& object, QStringList* missing) {
    const JsonReader r(object, {}, missing);
    RiskRuleDetail d;
    d.ruleId = r.requiredString("rule_id");
    d.ruleName = r.string("rule_name");
    d.status = r.string("status");
    d.action = r.string("action");
    for (const QJsonValue& v : r.array("schemas")) {
        const JsonReader s(v.toObject());
        d.schemas.append({s.string("schema"), s.string("table"), s.string("column")});
    }
    d.rank = int(r.integer("rank"));
    d.ignoreCase = r.boolean("ignore_case");
    d.riskLevel = r.string("risk_level");
    d.dbIds = r.string("db_ids");
    d.executionSymbol = r.string("execution_symbol");
    d.executionTime = r.integer("execution_time");
    d.affectSymbol = r.string("affect_symbol");
    d.affectRows = r.integer("affect_rows");
    d.clientIps = r.has("client_ips") ? r.string("client_ips") : r.string("client_ip");
    d.raw = object;
    return d;
}

ApiRequest showRiskRule(const QString& instanceId, const QString& riskId) {
    return makeRequest("ShowAuditRuleRisk", "GET",
                       instancePath(instanceId, "/dbss/audit/rule/risk/") + pathSegment(riskId), true);
}

ApiRequest switchRiskRules(const QString& instanceId, const QStringList& ids, bool on) {
    ApiRequest req =
        makeRequest("SwitchRiskRule", "POST", instancePath(instanceId, "/audit/rule/risk/switch"), false);
    req.body = compactJson({{QStringLiteral("ids"), ids.join(QLatin1Char(','))},
                            {QStringLiteral("status"), on ? QStringLiteral("ON") : QStringLiteral("OFF")}});
    req.successKey = "status"; // documented answer {"status":"SUCCESS"}
    return req;
}

MaskingRule MaskingRule::fromJson(const QJsonObject& object, QStringList* missing, const QString& path) {
    const JsonReader r(object, path, missing);
    MaskingRule m;
    m.id = r.requiredString("id");
    m.name = r.requiredString("name");
    m.type = r.string("type");
    m.regex = r.string("regex");
    m.maskValue = r.string("mask_value");
    m.status = r.string("status");
    m.operateTime = r.string("operate_time");
    m.raw = object;
    return m;
}

ListMaskingRulesResponse ListMaskingRulesResponse::fromJson(const QJsonObject& object, QStringList* missing) {
    const JsonReader r(object, {}, missing);
    ListMaskingRulesResponse resp;
    resp.rules = readItems<MaskingRule>(r, "rules", true, missing);
    resp.total = r.integer("total", resp.rules.size());
    return resp;
}

ApiRequest listMaskingRules(const QString& instanceId, int offset, int limit) {
    ApiRequest req = makeRequest("ListAuditSensitiveMasks", "GET",
                                 instancePath(instanceId, "/dbss/audit/sensitive/masks"), true);
    addPaging(req, offset, limit);
    return req;
}

} // namespace dbss::api
