#include "models/api/AuditScopes.h"

#include "models/api/ApiHelpers.h"

namespace dbss::api {

AuditScope AuditScope::fromJson(const QJsonObject& object, QStringList* missing, const QString& path) {
    const JsonReader r(object, path, missing);
    AuditScope s;
    s.id = r.requiredString("id");
    s.name = r.requiredString("name");
    s.action = r.string("action");
    s.status = r.string("status");
    s.exceptionIps = r.string("exception_ips");
    s.sourceIps = r.string("source_ips");
    s.sourcePorts = r.string("source_ports");
    s.dbIds = r.string("db_ids");
    s.dbNames = r.string("db_names");
    s.dbUsers = r.string("db_users");
    s.allAudit = r.boolean("all_audit");
    s.raw = object;
    return s;
}

ListAuditScopesResponse ListAuditScopesResponse::fromJson(const QJsonObject& object, QStringList* missing) {
    const JsonReader r(object, {}, missing);
    ListAuditScopesResponse resp;
    resp.scopes = readItems<AuditScope>(r, "scopes", true, missing);
    resp.total = r.integer("total", resp.scopes.size());
    return resp;
}

ApiRequest listAuditScopes(const QString& instanceId, int offset, int limit) {
    ApiRequest req = makeRequest("ListAuditRuleScopes", "GET",
                                 QStringLiteral("/v1/{project_id}/") + pathSegment(instanceId) +
                                     QStringLiteral("/dbss/audit/rule/scopes"),
                                 true);
    addPaging(req, offset, limit);
    return req;
}

QJsonObject NewAuditScope::toJson() const {
    QJsonObject o{{QStringLiteral("rule_name"), ruleName},
                  {QStringLiteral("db_ids"), dbIds.join(QLatin1Char(','))},
                  {QStringLiteral("db_names"), dbNames.join(QLatin1Char(','))}};
    auto optional = [&o](const char* key, const QStringList& values) {
        if (!values.isEmpty())
            o.insert(QLatin1String(key), values.join(QLatin1Char(',')));
    };
    optional("db_users", dbUsers);
    optional("source_ips", sourceIps);
    optional("source_ports", sourcePorts);
    optional("exception_ips", exceptionIps);
    optional("action", actions);
    return o;
}

ApiRequest addAuditScope(const QString& instanceId, const NewAuditScope& scope) {
    ApiRequest req = makeRequest("AddAuditRuleScope", "POST",
                                 QStringLiteral("/v1/{project_id}/audit/") + pathSegment(instanceId) +
                                     QStringLiteral("/rule/scopes"),
                                 false);
    req.body = compactJson(scope.toJson());
    return req;
}

} // namespace dbss::api
