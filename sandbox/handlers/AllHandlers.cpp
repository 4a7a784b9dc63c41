#include "sandbox/handlers/HandlerContext.h"

#include "sandbox/handlers/Validation.h"

namespace dbss::sandbox {

QString HandlerContext::region(const ApiCall& call) const {
    const QString projectId = call.param(QStringLiteral("project_id"));
    for (const SandboxTenant& t : options.tenants)
        if (t.projectId == projectId)
            return t.region;
    return options.region;
}

InstanceRecord* HandlerContext::instance(const ApiCall& call, ErrorShape shape, HttpReply* reject) {
    const QString id = call.param(QStringLiteral("instance_id"));
    InstanceRecord* r = project(call).findInstance(id);
    if (!r)
        *reject = notFound(shape, QStringLiteral("audit instance %1 does not exist").arg(id));
    return r;
}

void registerAllHandlers(Router& router, HandlerContext& ctx) {
    registerInstanceHandlers(router, ctx);
    registerOperateLogHandlers(router, ctx);
    registerIamHandlers(router, ctx);
    registerAccountHandlers(router, ctx);
    registerJobHandlers(router, ctx);
    registerDatabaseHandlers(router, ctx);
    registerAgentHandlers(router, ctx);
    registerRuleHandlers(router, ctx);
    registerTagHandlers(router, ctx);
    registerConnectionHandlers(router, ctx);
}

} // namespace dbss::sandbox
