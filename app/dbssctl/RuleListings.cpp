#include "app/dbssctl/RuleListings.h"

#include "app/dbssctl/CmdSupport.h"
#include "models/api/AuditScopes.h"
#include "models/api/Rules.h"

namespace dbss::ctl {

std::optional<Listing> scopesListing(Session& s, const QString& instance, int* code) {
    const auto scopes = fetchAllOffset<api::ListAuditScopesResponse, api::AuditScope>(
        s, [&](int offset, int limit) { return api::listAuditScopes(instance, offset, limit); },
        &api::ListAuditScopesResponse::scopes, &api::ListAuditScopesResponse::total, code);
    if (!scopes)
        return std::nullopt;
    Listing out;
    out.headers = {ctlTr("ID"),           ctlTr("Name"),          ctlTr("Status"),    ctlTr("Actions"),
                   ctlTr("Databases"),    ctlTr("Database IDs"),  ctlTr("Users"),     ctlTr("Source IPs"),
                   ctlTr("Source ports"), ctlTr("Exception IPs"), ctlTr("Full audit")};
    for (const api::AuditScope& a : *scopes) {
        out.rows.append({a.id, a.name, a.status, a.action, a.dbNames, a.dbIds, a.dbUsers, a.sourceIps,
                         a.sourcePorts, a.exceptionIps,
                         a.allAudit ? QStringLiteral("true") : QStringLiteral("false")});
        out.objects.append(a.raw);
    }
    return out;
}

std::optional<Listing> sqlInjectionListing(Session& s, const QString& instance, const QStringList& levels,
                                           int* code) {
    const auto r =
        s.fetch<api::ListSqlInjectionRulesResponse>(api::listSqlInjectionRules(instance, levels), code);
    if (!r)
        return std::nullopt;
    Listing out;
    out.headers = {ctlTr("ID"),   ctlTr("Name"),     ctlTr("Status"),  ctlTr("Risk level"),
                   ctlTr("Type"), ctlTr("Priority"), ctlTr("Feature"), ctlTr("Regex")};
    for (const api::SqlInjectionRule& a : r->rules) {
        out.rows.append(
            {a.id, a.name, a.status, a.riskLevel, a.type, QString::number(a.rank), a.feature, a.regex});
        out.objects.append(a.raw);
    }
    return out;
}

std::optional<Listing> riskListing(Session& s, const QString& instance, const QString& name,
                                   const QStringList& levels, int* code) {
    const auto r = s.fetch<api::ListRiskRulesResponse>(api::listRiskRules(instance, name, levels), code);
    if (!r)
        return std::nullopt;
    Listing out;
    out.headers = {ctlTr("ID"),       ctlTr("Name"),       ctlTr("Type"),   ctlTr("Status"),
                   ctlTr("Priority"), ctlTr("Risk level"), ctlTr("Feature")};
    for (const api::RiskRule& a : r->rules) {
        out.rows.append({a.id, a.name, a.type, a.status, QString::number(a.rank), a.riskLevel, a.feature});
        out.objects.append(a.raw);
    }
    return out;
}

std::optional<Listing> masksListing(Session& s, const QString& instance, int* code) {
    const auto rules = fetchAllOffset<api::ListMaskingRulesResponse, api::MaskingRule>(
        s, [&](int offset, int limit) { return api::listMaskingRules(instance, offset, limit); },
        &api::ListMaskingRulesResponse::rules, &api::ListMaskingRulesResponse::total, code);
    if (!rules)
        return std::nullopt;
    Listing out;
    out.headers = {ctlTr("ID"),         ctlTr("Name"),   ctlTr("Type"),   ctlTr("Regex"),
                   ctlTr("Mask value"), ctlTr("Status"), ctlTr("Changed")};
    for (const api::MaskingRule& a : *rules) {
        out.rows.append({a.id, a.name, a.type, a.regex, a.maskValue, a.status, a.operateTime});
        out.objects.append(a.raw);
    }
    return out;
}

api::NewAuditScope scopeFromArgs(Session& s, const QString& name) {
    api::NewAuditScope scope;
    scope.ruleName = name;
    scope.dbIds = s.args().list(QStringLiteral("--db-ids"));
    scope.dbNames = s.args().list(QStringLiteral("--db-names"));
    scope.dbUsers = s.args().list(QStringLiteral("--db-users"));
    scope.sourceIps = s.args().list(QStringLiteral("--source-ips"));
    scope.sourcePorts = s.args().list(QStringLiteral("--source-ports"));
    scope.exceptionIps = s.args().list(QStringLiteral("--exception-ips"));
    scope.actions = s.args().list(QStringLiteral("--action"));
    return scope;
}

} // namespace dbss::ctl
