// rules sql-injection switch, masks switch, scopes switch|update|delete: operations whose contract
// comes from the official SDK, not the API reference (docs/policy.md).

#include "app/dbssctl/CmdSupport.h"
#include "app/dbssctl/Commands.h"
#include "models/api/AuditScopeEdits.h"
#include "models/api/RuleSwitches.h"
#include "models/api/Rules.h"

namespace dbss::ctl {

namespace {

int sqlInjectionSwitch(Session& s, const QStringList&) {
    int code = 0;
    const auto instance = requiredOption(s, QStringLiteral("--instance"), &code);
    const auto id = instance ? requiredOption(s, QStringLiteral("--id"), &code) : std::nullopt;
    const auto on = id ? onOffFlag(s, &code) : std::nullopt;
    if (!on)
        return code;
    const QString state = *on ? QStringLiteral("ON") : QStringLiteral("OFF");
    return runWrite(s, api::switchSqlInjectionRule(*instance, *id, *on),
                    ctlTr("SQL injection rule %1 switched %2").arg(*id, state), [&]() -> std::optional<bool> {
                        int c = 0;
                        const auto r = s.fetch<api::ListSqlInjectionRulesResponse>(
                            api::listSqlInjectionRules(*instance, {}), &c);
                        if (!r)
                            return std::nullopt;
                        for (const api::SqlInjectionRule& rule : r->rules)
                            if (rule.id == *id)
                                return rule.status.compare(state, Qt::CaseInsensitive) == 0;
                        return false;
                    });
}

int masksSwitch(Session& s, const QStringList&) {
    int code = 0;
    const auto instance = requiredOption(s, QStringLiteral("--instance"), &code);
    const auto on = instance ? onOffFlag(s, &code) : std::nullopt;
    if (!on)
        return code;
    const QStringList ids = s.args().list(QStringLiteral("--ids"));
    if (ids.isEmpty())
        return s.usage(ctlTr("'rules masks switch' needs --ids A[,B]"));
    const QString state = *on ? QStringLiteral("ON") : QStringLiteral("OFF");
    return runWrite(
        s, api::switchMaskingRules(*instance, ids, *on),
        ctlTr("masking rules %1 switched %2").arg(ids.join(QLatin1Char(',')), state),
        [&]() -> std::optional<bool> {
            int c = 0;
            const auto rules = fetchAllOffset<api::ListMaskingRulesResponse, api::MaskingRule>(
                s, [&](int offset, int limit) { return api::listMaskingRules(*instance, offset, limit); },
                &api::ListMaskingRulesResponse::rules, &api::ListMaskingRulesResponse::total, &c);
            if (!rules)
                return std::nullopt;
            for (const api::MaskingRule& rule : *rules)
                if (ids.contains(rule.id) && rule.status.compare(state, Qt::CaseInsensitive) != 0)
                    return false;
            return true;
        });
}

std::optional<QList<api::AuditScope>> allScopes(Session& s, const QString& instance) {
    int c = 0;
    return fetchAllOffset<api::ListAuditScopesResponse, api::AuditScope>(
        s, [&](int offset, int limit) { return api::listAuditScopes(instance, offset, limit); },
        &api::ListAuditScopesResponse::scopes, &api::ListAuditScopesResponse::total, &c);
}

int scopesSwitch(Session& s, const QStringList&) {
    int code = 0;
    const auto instance = requiredOption(s, QStringLiteral("--instance"), &code);
    const auto on = instance ? onOffFlag(s, &code) : std::nullopt;
    if (!on)
        return code;
    const QStringList ids = s.args().list(QStringLiteral("--ids"));
    if (ids.isEmpty())
        return s.usage(ctlTr("'rules scopes switch' needs --ids A[,B]"));
    const QString state = *on ? QStringLiteral("ON") : QStringLiteral("OFF");
    return runWrite(s, api::switchAuditScopes(*instance, ids, *on),
                    ctlTr("audit scopes %1 switched %2").arg(ids.join(QLatin1Char(',')), state),
                    [&]() -> std::optional<bool> {
                        const auto scopes = allScopes(s, *instance);
                        if (!scopes)
                            return std::nullopt;
                        for (const api::AuditScope& a : *scopes)
                            if (ids.contains(a.id) && a.status.compare(state, Qt::CaseInsensitive) != 0)
                                return false;
                        return true;
                    });
}

int scopesUpdate(Session& s, const QStringList&) {
    int code = 0;
    const auto instance = requiredOption(s, QStringLiteral("--instance"), &code);
    const auto id = instance ? requiredOption(s, QStringLiteral("--id"), &code) : std::nullopt;
    const auto name = id ? requiredOption(s, QStringLiteral("--name"), &code) : std::nullopt;
    if (!name)
        return code;
    api::NewAuditScope scope;
    scope.ruleName = *name;
    scope.dbIds = s.args().list(QStringLiteral("--db-ids"));
    scope.dbNames = s.args().list(QStringLiteral("--db-names"));
    if (scope.dbIds.isEmpty() || scope.dbNames.isEmpty())
        return s.usage(ctlTr("'rules scopes update' needs --db-ids and --db-names"));
    scope.dbUsers = s.args().list(QStringLiteral("--db-users"));
    scope.sourceIps = s.args().list(QStringLiteral("--source-ips"));
    scope.sourcePorts = s.args().list(QStringLiteral("--source-ports"));
    scope.exceptionIps = s.args().list(QStringLiteral("--exception-ips"));
    scope.actions = s.args().list(QStringLiteral("--action"));
    return runWrite(s, api::updateAuditScope(*instance, *id, scope), ctlTr("audit scope %1 updated").arg(*id),
                    [&]() -> std::optional<bool> {
                        const auto scopes = allScopes(s, *instance);
                        if (!scopes)
                            return std::nullopt;
                        for (const api::AuditScope& a : *scopes)
                            if (a.id == *id)
                                return a.name == *name && a.dbIds == scope.dbIds.join(QLatin1Char(','));
                        return false;
                    });
}

int scopesDelete(Session& s, const QStringList&) {
    int code = 0;
    const auto instance = requiredOption(s, QStringLiteral("--instance"), &code);
    const auto id = instance ? requiredOption(s, QStringLiteral("--id"), &code) : std::nullopt;
    if (!id)
        return code;
    return runWrite(s, api::deleteAuditScope(*instance, *id), ctlTr("audit scope %1 deleted").arg(*id),
                    [&]() -> std::optional<bool> {
                        const auto scopes = allScopes(s, *instance);
                        if (!scopes)
                            return std::nullopt;
                        return std::none_of(scopes->cbegin(), scopes->cend(),
                                            [&](const api::AuditScope& a) { return a.id == *id; });
                    });
}

} // namespace

QList<Command> ruleEditCommands() {
    const QString i = QStringLiteral("--instance");
    return {
        {{"rules", "sql-injection", "switch"},
         QStringLiteral("--instance ID --id RULE_ID --on|--off"),
         {i, "--id", "--on", "--off"},
         0,
         true,
         sqlInjectionSwitch},
        {{"rules", "masks", "switch"},
         QStringLiteral("--instance ID --ids A[,B] --on|--off"),
         {i, "--ids", "--on", "--off"},
         0,
         true,
         masksSwitch},
        {{"rules", "scopes", "switch"},
         QStringLiteral("--instance ID --ids A[,B] --on|--off"),
         {i, "--ids", "--on", "--off"},
         0,
         true,
         scopesSwitch},
        {{"rules", "scopes", "update"},
         QStringLiteral(
             "--instance ID --id SCOPE_ID --name N --db-ids A[,B] --db-names A[,B] [--db-users ..] "
             "[--source-ips ..] [--source-ports ..] [--exception-ips ..] [--action ..]"),
         {i, "--id", "--name", "--db-ids", "--db-names", "--db-users", "--source-ips", "--source-ports",
          "--exception-ips", "--action"},
         0,
         true,
         scopesUpdate},
        {{"rules", "scopes", "delete"},
         QStringLiteral("--instance ID --id SCOPE_ID"),
         {i, "--id"},
         0,
         true,
         scopesDelete},
    };
}

} // namespace dbss::ctl
