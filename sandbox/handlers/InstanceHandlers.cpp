// Audit instances: list (001 3.2.1).
#include "sandbox/handlers/HandlerContext.h"
#include "sandbox/handlers/Validation.h"
#include "sandbox/store/InstanceFactory.h"

namespace dbss::sandbox {

namespace {

// 001 gives no maximum for limit; 1000 is the one documented limit maximum in the reference
// (3.4.2, resource-instances filter), so the sandbox applies it here too. Absent limit: all rows
// up to that maximum.
constexpr qsizetype kMaxLimit = 1000;

HttpReply listInstances(HandlerContext& ctx, ApiCall& call) {
    Paging paging;
    if (Rejection r = parseOffsetLimit(call, ErrorShape::Nested, kMaxLimit, kMaxLimit, &paging))
        return *r;
    ProjectData& project = ctx.project(call);
    if (advanceJobs(project, QDateTime::currentMSecsSinceEpoch()))
        ctx.store.save(nullptr); // a purchased instance finished building
    std::vector<const InstanceRecord*> visible;
    for (const InstanceRecord& r : project.instances) {
        // "DELETED (not displayed)" (3.2.1, status).
        if (r.bean.value(QStringLiteral("status")).toString() != QLatin1String("DELETED"))
            visible.push_back(&r);
    }
    const QJsonArray servers = pageOf(visible, paging, [](const InstanceRecord* r) { return r->bean; });
    return HttpReply::json(
        200, {{QStringLiteral("servers"), servers}, {QStringLiteral("total"), qint64(visible.size())}});
}

} // namespace

void registerInstanceHandlers(Router& router, HandlerContext& ctx) {
    router.add("GET", QStringLiteral("/v1/{project_id}/dbss/audit/instances"),
               [&ctx](ApiCall& call) { return listInstances(ctx, call); });
}

} // namespace dbss::sandbox
