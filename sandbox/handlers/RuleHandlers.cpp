// Rules of an instance: audit scopes list (001 3.5.1) and add (004, flat errors), SQL injection
// rules (3.5.2), risk rules list/show/switch (3.5.3, 3.5.4, 3.1.1), masking rules (3.5.5).
#include "sandbox/handlers/HandlerContext.h"
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

// Operations an audit scope may name (001 Table 3-191, action).
const QStringList& scopeActions() {
    static const QStringList actions{QStringLiteral("REVOKE"),
                                     QStringLiteral("DROP_TABLE"),
                                     QStringLiteral("SELECT_FOR_UPDATE"),
                                     QStringLiteral("SELECT"),
                                     QStringLiteral("ROLLBACK"),
                                     QStringLiteral("CREATE_TABLESPACE"),
                                     QStringLiteral("DELETE"),
                                     QStringLiteral("GRANT"),
                                     QStringLiteral("DROP_USER"),
                                     QStringLiteral("DROP_TABLESPACE"),
                                     QStringLiteral("UPDATE"),
                                     QStringLiteral("INSERT"),
                                     QStringLiteral("CREATE_USER"),
                                     QStringLiteral("CREATE_TABLE"),
                                     QStringLiteral("LOGIN")};
    return actions;
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
    QString e = firstError({requireString(b, QStringLiteral("rule_name"), true, 1, 64),
                            requireString(b, QStringLiteral("db_ids"), true),
                            requireString(b, QStringLiteral("db_names"), true),
                            requireString(b, QStringLiteral("action"), false),
                            requireString(b, QStringLiteral("db_users"), false, 0, 1024),
                            requireString(b, QStringLiteral("exception_ips"), false),
                            requireString(b, QStringLiteral("source_ips"), false),
                            requireString(b, QStringLiteral("source_ports"), false)});
    if (e.isEmpty())
        e = firstError(
            {checkCsvIps(QStringLiteral("source_ips"), b.value(QStringLiteral("source_ips")).toString()),
             checkCsvIps(QStringLiteral("exception_ips"),
                         b.value(QStringLiteral("exception_ips")).toString()),
             checkCsvPorts(QStringLiteral("source_ports"),
                           b.value(QStringLiteral("source_ports")).toString())});
    const QString action = b.value(QStringLiteral("action")).toString();
    if (e.isEmpty() && !action.isEmpty()) {
        bool ok = false;
        for (const QString& a : splitCsv(action, &ok)) {
            if (!ok || !scopeActions().contains(a))
                e = QStringLiteral("action must be comma-separated from %1, got '%2'")
                        .arg(scopeActions().join(u','), action);
        }
    }
    if (!e.isEmpty())
        return badRequest(shape, e);
    const QString name = b.value(QStringLiteral("rule_name")).toString();
    for (const QJsonObject& s : instance->scopes) {
        if (s.value(QStringLiteral("name")).toString() == name)
            return badRequest(shape, QStringLiteral("an audit scope named '%1' already exists").arg(name));
    }
    // db_ids: "[ALL]" or ids of this instance's databases; one unknown id rejects the request.
    const QString dbIds = b.value(QStringLiteral("db_ids")).toString();
    if (dbIds != QLatin1String("[ALL]")) {
        bool ok = false;
        const QStringList ids = splitCsv(dbIds, &ok);
        if (!ok)
            return badRequest(shape, QStringLiteral("db_ids must be [ALL] or comma-separated database ids"));
        for (const QString& id : ids) {
            const bool known = std::any_of(
                instance->databases.cbegin(), instance->databases.cend(),
                [&](const QJsonObject& db) { return db.value(QStringLiteral("id")).toString() == id; });
            if (!known)
                return notFound(shape, QStringLiteral("database %1 does not exist in this instance").arg(id));
        }
    }
    ProjectData& p = ctx.project(call);
    instance->scopes.push_back(
        {{QStringLiteral("id"), Store::newId(p)},
         {QStringLiteral("name"), name},
         {QStringLiteral("action"), action},
         {QStringLiteral("status"), QStringLiteral("ON")},
         {QStringLiteral("exception_ips"), b.value(QStringLiteral("exception_ips")).toString()},
         {QStringLiteral("source_ips"), b.value(QStringLiteral("source_ips")).toString()},
         {QStringLiteral("source_ports"), b.value(QStringLiteral("source_ports")).toString()},
         {QStringLiteral("db_ids"), dbIds},
         {QStringLiteral("db_names"), b.value(QStringLiteral("db_names")).toString()},
         {QStringLiteral("db_users"), b.value(QStringLiteral("db_users")).toString()},
         {QStringLiteral("all_audit"), false}});
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
