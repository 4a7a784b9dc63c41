// Rule and scope edits the API reference does not document but the official SDK does (its request
// and response models are the contract; see docs/policy.md): switching SQL-injection rules
// (SetAuditSqlRuleSwitch), masking rules (SetSensitiveMaskRuleSwitch) and audit scopes
// (SetAuditScopeRuleSwitch), editing (UpdateAuditScopeRule) and deleting (DeleteAuditScope) a scope.
#include "sandbox/handlers/HandlerContext.h"
#include "sandbox/handlers/ScopeBody.h"
#include "sandbox/handlers/Validation.h"

namespace dbss::sandbox {

namespace {

const ErrorShape kShape = ErrorShape::Nested;
const QStringList kOnOff{QStringLiteral("OFF"), QStringLiteral("ON")};

HttpReply success() {
    return HttpReply::json(200, {{QStringLiteral("status"), QStringLiteral("SUCCESS")}});
}

QJsonObject* findRow(Rows& rows, const QString& id) {
    for (QJsonObject& row : rows)
        if (row.value(QStringLiteral("id")).toString() == id)
            return &row;
    return nullptr;
}

// {"ids":[...],"status":"ON|OFF"} (BatchSwitchesRequestNew, AuditScopeSwitchRequestNew): every id
// must exist before anything changes; the rows are switched and the names returned.
Rejection switchRows(const QJsonObject& b, Rows& rows, const char* what, QStringList* names) {
    if (QString e = firstError({checkArray(b, QStringLiteral("ids"), true, true),
                                requireEnum(b, QStringLiteral("status"), kOnOff, true)});
        !e.isEmpty())
        return badRequest(kShape, e);
    std::vector<QJsonObject*> targets;
    for (const QJsonValue& v : b.value(QStringLiteral("ids")).toArray()) {
        if (!v.isString() || v.toString().isEmpty())
            return badRequest(kShape, QStringLiteral("ids must be an array of non-empty strings"));
        QJsonObject* row = findRow(rows, v.toString());
        if (!row)
            return notFound(kShape,
                            QStringLiteral("%1 %2 does not exist in this instance; nothing was changed")
                                .arg(QLatin1String(what), v.toString()));
        targets.push_back(row);
    }
    const QString status = b.value(QStringLiteral("status")).toString();
    for (QJsonObject* row : targets) {
        row->insert(QStringLiteral("status"), status);
        const QString name = row->value(QStringLiteral("name")).toString();
        if (!names->contains(name))
            *names << name;
    }
    return std::nullopt;
}

QString switchDetail(const QJsonObject& b, const char* on, const char* off) {
    return QLatin1String(b.value(QStringLiteral("status")).toString() == QLatin1String("ON") ? on : off);
}

HttpReply switchSqlRule(HandlerContext& ctx, ApiCall& call) {
    HttpReply reject;
    InstanceRecord* instance = ctx.instance(call, kShape, &reject);
    if (!instance)
        return reject;
    QJsonObject b;
    if (Rejection r = parseJsonBody(call, kShape, &b))
        return *r;
    if (QString e = firstError({requireString(b, QStringLiteral("id"), true, 1),
                                requireEnum(b, QStringLiteral("status"), kOnOff, true)});
        !e.isEmpty())
        return badRequest(kShape, e);
    const QString id = b.value(QStringLiteral("id")).toString();
    QJsonObject* rule = findRow(instance->sqlInjectionRules, id);
    if (!rule)
        return notFound(kShape,
                        QStringLiteral("SQL injection rule %1 does not exist in this instance").arg(id));
    rule->insert(QStringLiteral("status"), b.value(QStringLiteral("status")).toString());
    Store::log(ctx.project(call), *instance, call.user, QStringLiteral("Rules -> SQL injection"),
               QStringLiteral("Update"), rule->value(QStringLiteral("name")).toString(),
               switchDetail(b, "Enable a SQL injection rule.", "Disable a SQL injection rule."));
    return success();
}

HttpReply switchMasks(HandlerContext& ctx, ApiCall& call) {
    HttpReply reject;
    InstanceRecord* instance = ctx.instance(call, kShape, &reject);
    if (!instance)
        return reject;
    QJsonObject b;
    if (Rejection r = parseJsonBody(call, kShape, &b))
        return *r;
    QStringList names;
    if (Rejection r = switchRows(b, instance->masks, "masking rule", &names))
        return *r;
    Store::log(ctx.project(call), *instance, call.user, QStringLiteral("Rules -> Privacy data masking"),
               QStringLiteral("Update"), names.join(u','),
               switchDetail(b, "Enable masking rules.", "Disable masking rules."));
    return success();
}

HttpReply switchScopes(HandlerContext& ctx, ApiCall& call) {
    HttpReply reject;
    InstanceRecord* instance = ctx.instance(call, kShape, &reject);
    if (!instance)
        return reject;
    QJsonObject b;
    if (Rejection r = parseJsonBody(call, kShape, &b))
        return *r;
    QStringList names;
    if (Rejection r = switchRows(b, instance->scopes, "audit scope", &names))
        return *r;
    Store::log(ctx.project(call), *instance, call.user, QStringLiteral("Rules -> Audit scope"),
               QStringLiteral("Update"), names.join(u','),
               switchDetail(b, "Enable audit scopes.", "Disable audit scopes."));
    return success();
}

// The scope of the {id} path parameter; the full-audit scope cannot be edited or deleted.
QJsonObject* editableScope(InstanceRecord& instance, const ApiCall& call, HttpReply* reject) {
    const QString id = call.param(QStringLiteral("id"));
    QJsonObject* scope = findRow(instance.scopes, id);
    if (!scope)
        *reject = notFound(kShape, QStringLiteral("audit scope %1 does not exist in this instance").arg(id));
    else if (scope->value(QStringLiteral("all_audit")).toBool()) {
        *reject = badRequest(kShape, QStringLiteral("the full audit scope cannot be edited or deleted"));
        scope = nullptr;
    }
    return scope;
}

HttpReply updateScope(HandlerContext& ctx, ApiCall& call) {
    HttpReply reject;
    InstanceRecord* instance = ctx.instance(call, kShape, &reject);
    if (!instance)
        return reject;
    QJsonObject* scope = editableScope(*instance, call, &reject);
    if (!scope)
        return reject;
    QJsonObject b;
    if (Rejection r = parseJsonBody(call, kShape, &b))
        return *r;
    if (Rejection r = validateScopeBody(kShape, b, *instance, scope->value(QStringLiteral("id")).toString()))
        return *r;
    applyScopeBody(b, scope);
    Store::log(ctx.project(call), *instance, call.user, QStringLiteral("Rules -> Audit scope"),
               QStringLiteral("Update"), scope->value(QStringLiteral("name")).toString(),
               QStringLiteral("Edit an audit scope."));
    return success();
}

HttpReply deleteScope(HandlerContext& ctx, ApiCall& call) {
    HttpReply reject;
    InstanceRecord* instance = ctx.instance(call, kShape, &reject);
    if (!instance)
        return reject;
    QJsonObject* scope = editableScope(*instance, call, &reject);
    if (!scope)
        return reject;
    const QString name = scope->value(QStringLiteral("name")).toString();
    instance->scopes.erase(instance->scopes.begin() + (scope - instance->scopes.data()));
    Store::log(ctx.project(call), *instance, call.user, QStringLiteral("Rules -> Audit scope"),
               QStringLiteral("Delete"), name, QStringLiteral("Delete an audit scope."));
    return success();
}

} // namespace

void registerRuleEditHandlers(Router& router, HandlerContext& ctx) {
    auto mutation = [&router, &ctx](const char* method, const char* path,
                                    HttpReply (*handler)(HandlerContext&, ApiCall&)) {
        router.add(method, QLatin1String(path), [&ctx, handler](ApiCall& c) { return handler(ctx, c); })
            .mutation = true;
    };
    mutation("POST", "/v2/{project_id}/audit/{instance_id}/rule/sql/switch", switchSqlRule);
    mutation("POST", "/v2/{project_id}/audit/{instance_id}/sensitive/mask/rule/switch", switchMasks);
    mutation("POST", "/v2/{project_id}/audit/{instance_id}/rule/scopes/switch", switchScopes);
    mutation("POST", "/v3/{project_id}/audit/{instance_id}/rule/scopes/{id}", updateScope);
    mutation("DELETE", "/v1/{project_id}/audit/{instance_id}/rule/scopes/{id}", deleteScope);
}

} // namespace dbss::sandbox
