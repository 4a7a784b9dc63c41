// Rules of an instance: audit scopes list (001 3.5.1) and add (004, flat errors), SQL injection
// rules (3.5.2), risk rules list/show/switch (3.5.3, 3.5.4, 3.1.1), masking rules (3.5.5).
#include "sandbox/handlers/HandlerContext.h"
#include "sandbox/handlers/ScopeBody.h"
#include "sandbox/handlers/Validation.h"
#include "sandbox/store/RuleCatalog.h"

#include <QSet>

namespace dbss::sandbox {

namespace {

constexpr qsizetype kMaxLimit = 1000;

HttpReply listScopes(HandlerContext& ctx, ApiCall& call) {
    HttpReply reject;
    InstanceRecord* instance = ctx.instance(call, ErrorShape::Nested, &reject);
    if (!instance)
        return reject;
    Paging paging;
    if (Rejection r = parseOffsetLimit(call, ErrorShape::Nested, kMaxLimit, kMaxLimit, &paging))
        return *r;
    return HttpReply::json(200, {{QStringLiteral("scopes"),
                                  pageOf(instance->scopes, paging, [](const QJsonObject& o) { return o; })},
                                 {QStringLiteral("total"), qint64(instance->scopes.size())}});
}

HttpReply addScope(HandlerContext& ctx, ApiCall& call) {
    const ErrorShape shape = ErrorShape::Flat; // 004 documents the flat error body
    HttpReply reject;
    InstanceRecord* instance = ctx.instance(call, shape, &reject);
    if (!instance)
        return reject;
    QJsonObject b;
    if (Rejection r = parseJsonBody(call, shape, &b))
        return *r;
    if (Rejection r = validateScopeBody(shape, b, *instance))
        return *r;
    ProjectData& p = ctx.project(call);
    QJsonObject row{{QStringLiteral("id"), Store::newId(p)},
                    {QStringLiteral("status"), QStringLiteral("ON")},
                    {QStringLiteral("all_audit"), false}};
    applyScopeBody(b, &row);
    instance->scopes.push_back(row);
    const QString name = row.value(QStringLiteral("name")).toString();
    Store::log(p, *instance, call.user, QStringLiteral("Rules -> Audit scope"), QStringLiteral("Create"),
               name, QStringLiteral("Add an audit scope."));
    return HttpReply::json(200, {{QStringLiteral("status"), QStringLiteral("SUCCESS")}});
}

// Comma-separated risk levels from `allowed`; empty means no filter.
bool parseLevels(const QString& text, const QStringList& allowed, QSet<QString>* out) {
    if (text.isEmpty())
        return true;
    bool ok = false;
    for (const QString& level : splitCsv(text, &ok)) {
        if (!ok || !allowed.contains(level))
            return false;
        out->insert(level);
    }
    return true;
}

HttpReply sqlInjections(HandlerContext& ctx, ApiCall& call) {
    const ErrorShape shape = ErrorShape::Nested;
    HttpReply reject;
    InstanceRecord* instance = ctx.instance(call, shape, &reject);
    if (!instance)
        return reject;
    QJsonObject b;
    if (Rejection r = parseJsonBody(call, shape, &b, true))
        return *r;
    // The SDK's SqlRuleRequest adds page (1-based) and size (integers) to the documents' risk_levels.
    if (QString e = firstError({requireString(b, QStringLiteral("risk_levels"), false),
                                checkInt(b, QStringLiteral("page"), false, 1, 1'000'000),
                                checkInt(b, QStringLiteral("size"), false, 1, kMaxLimit)});
        !e.isEmpty())
        return badRequest(shape, e);
    QSet<QString> levels;
    const QStringList allowed{QStringLiteral("HIGH"), QStringLiteral("MEDIUM"), QStringLiteral("LOW")};
    if (!parseLevels(b.value(QStringLiteral("risk_levels")).toString(), allowed, &levels))
        return badRequest(shape, QStringLiteral("risk_levels must be comma-separated from HIGH,MEDIUM,LOW"));
    Rows matched;
    for (const QJsonObject& r : instance->sqlInjectionRules) {
        if (levels.isEmpty() || levels.contains(r.value(QStringLiteral("risk_level")).toString()))
            matched.push_back(r);
    }
    Paging paging{0, qsizetype(matched.size())}; // without page/size: every rule, as the documents
    if (b.contains(QStringLiteral("page")) || b.contains(QStringLiteral("size"))) {
        paging.limit = qsizetype(b.value(QStringLiteral("size")).toInteger(10));
        paging.offset = qsizetype(b.value(QStringLiteral("page")).toInteger(1) - 1) * paging.limit;
    }
    return HttpReply::json(
        200, {{QStringLiteral("rules"), pageOf(matched, paging, [](const QJsonObject& o) { return o; })},
              {QStringLiteral("total"), qint64(matched.size())}});
}

HttpReply listRisks(HandlerContext& ctx, ApiCall& call) {
    const ErrorShape shape = ErrorShape::Nested;
    HttpReply reject;
    InstanceRecord* instance = ctx.instance(call, shape, &reject);
    if (!instance)
        return reject;
    QSet<QString> levels;
    const QStringList allowed{QStringLiteral("LOW"), QStringLiteral("MEDIUM"), QStringLiteral("HIGH"),
                              QStringLiteral("NO_RISK")};
    if (!parseLevels(call.queryValue(QStringLiteral("risk_levels")), allowed, &levels) ||
        (call.hasQuery(QStringLiteral("risk_levels")) &&
         call.queryValue(QStringLiteral("risk_levels")).isEmpty()))
        return badRequest(shape,
                          QStringLiteral("risk_levels must be comma-separated from LOW,MEDIUM,HIGH,NO_RISK"));
    const QString name = call.queryValue(QStringLiteral("name"));
    if (name.size() > 64)
        return badRequest(shape, QStringLiteral("name must have at most 64 characters"));
    QJsonArray rules;
    for (const QJsonObject& r : instance->riskRules) {
        if (!levels.isEmpty() && !levels.contains(r.value(QStringLiteral("risk_level")).toString()))
            continue;
        // A name filter matches part of the rule name, ignoring case, like the console's search.
        if (!name.isEmpty() &&
            !r.value(QStringLiteral("name")).toString().contains(name, Qt::CaseInsensitive))
            continue;
        rules.append(riskRuleListView(r));
    }
    return HttpReply::json(200, {{QStringLiteral("rules"), rules}, {QStringLiteral("total"), rules.size()}});
}

HttpReply showRisk(HandlerContext& ctx, ApiCall& call) {
    const ErrorShape shape = ErrorShape::Nested;
    HttpReply reject;
    InstanceRecord* instance = ctx.instance(call, shape, &reject);
    if (!instance)
        return reject;
    const QString id = call.param(QStringLiteral("risk_id"));
    for (const QJsonObject& r : instance->riskRules) {
        if (r.value(QStringLiteral("id")).toString() == id)
            return HttpReply::json(200, riskRuleDetailView(r));
    }
    return notFound(shape, QStringLiteral("risk rule %1 does not exist in this instance").arg(id));
}

HttpReply switchRisks(HandlerContext& ctx, ApiCall& call) {
    const ErrorShape shape = ErrorShape::Nested;
    HttpReply reject;
    InstanceRecord* instance = ctx.instance(call, shape, &reject);
    if (!instance)
        return reject;
    QJsonObject b;
    if (Rejection r = parseJsonBody(call, shape, &b))
        return *r;
    if (QString e = firstError(
            {requireString(b, QStringLiteral("ids"), true),
             requireEnum(b, QStringLiteral("status"), {QStringLiteral("OFF"), QStringLiteral("ON")}, true)});
        !e.isEmpty())
        return badRequest(shape, e);
    bool ok = false;
    const QStringList ids = splitCsv(b.value(QStringLiteral("ids")).toString(), &ok);
    if (!ok)
        return badRequest(shape, QStringLiteral("ids must be comma-separated risk rule ids"));
    // All or nothing: every id must exist before any rule changes.
    std::vector<QJsonObject*> targets;
    for (const QString& id : ids) {
        auto it =
            std::find_if(instance->riskRules.begin(), instance->riskRules.end(), [&](const QJsonObject& r) {
                return r.value(QStringLiteral("id")).toString() == id;
            });
        if (it == instance->riskRules.end())
            return notFound(
                shape,
                QStringLiteral("risk rule %1 does not exist in this instance; nothing was changed").arg(id));
        targets.push_back(&*it);
    }
    const QString status = b.value(QStringLiteral("status")).toString();
    QStringList names;
    for (QJsonObject* r : targets) {
        r->insert(QStringLiteral("status"), status);
        if (!names.contains(r->value(QStringLiteral("name")).toString()))
            names << r->value(QStringLiteral("name")).toString();
    }
    ProjectData& p = ctx.project(call);
    Store::log(p, *instance, call.user, QStringLiteral("Rules -> Risk rules"), QStringLiteral("Update"),
               names.join(u','),
               status == QLatin1String("ON") ? QStringLiteral("Enable risk rules.")
                                             : QStringLiteral("Disable risk rules."));
    return HttpReply::json(200, {{QStringLiteral("status"), QStringLiteral("SUCCESS")}});
}

HttpReply listMasks(HandlerContext& ctx, ApiCall& call) {
    HttpReply reject;
    InstanceRecord* instance = ctx.instance(call, ErrorShape::Nested, &reject);
    if (!instance)
        return reject;
    Paging paging;
    if (Rejection r = parseOffsetLimit(call, ErrorShape::Nested, kMaxLimit, kMaxLimit, &paging))
        return *r;
    return HttpReply::json(200, {{QStringLiteral("rules"),
                                  pageOf(instance->masks, paging, [](const QJsonObject& o) { return o; })},
                                 {QStringLiteral("total"), qint64(instance->masks.size())}});
}

} // namespace

void registerRuleHandlers(Router& router, HandlerContext& ctx) {
    router.add("GET", QStringLiteral("/v1/{project_id}/{instance_id}/dbss/audit/rule/scopes"),
               [&ctx](ApiCall& c) { return listScopes(ctx, c); });
    router
        .add(
            "POST", QStringLiteral("/v1/{project_id}/audit/{instance_id}/rule/scopes"),
            [&ctx](ApiCall& c) { return addScope(ctx, c); }, ErrorShape::Flat)
        .mutation = true;
    router.add("POST", QStringLiteral("/v1/{project_id}/{instance_id}/dbss/audit/rule/sql-injections"),
               [&ctx](ApiCall& c) { return sqlInjections(ctx, c); });
    router.add("GET", QStringLiteral("/v1/{project_id}/{instance_id}/dbss/audit/rule/risk"),
               [&ctx](ApiCall& c) { return listRisks(ctx, c); });
    router.add("GET", QStringLiteral("/v1/{project_id}/{instance_id}/dbss/audit/rule/risk/{risk_id}"),
               [&ctx](ApiCall& c) { return showRisk(ctx, c); });
    router
        .add("POST", QStringLiteral("/v1/{project_id}/{instance_id}/audit/rule/risk/switch"),
             [&ctx](ApiCall& c) { return switchRisks(ctx, c); })
        .mutation = true;
    router.add("GET", QStringLiteral("/v1/{project_id}/{instance_id}/dbss/audit/sensitive/masks"),
               [&ctx](ApiCall& c) { return listMasks(ctx, c); });
}

} // namespace dbss::sandbox
