// Instance life cycle: creation jobs (001 3.2.2), yearly/monthly purchase (3.2.3) and
// start/stop/reboot (huaweicloud-sdk-go-v3 services/dbss/v1/dbss_meta.go: POST
// /v1/{project_id}/dbss/audit/instance/{start,stop,reboot}, body ServerIdBean {"instance_id"},
// response {"result"}).
#include "sandbox/handlers/HandlerContext.h"
#include "sandbox/handlers/Validation.h"
#include "sandbox/store/InstanceFactory.h"

#include <QJsonDocument>
#include <QRegularExpression>

namespace dbss::sandbox {

namespace {

HttpReply listJobs(HandlerContext& ctx, ApiCall& call) {
    ProjectData& p = ctx.project(call);
    if (advanceJobs(p, QDateTime::currentMSecsSinceEpoch()))
        ctx.store.save(nullptr);
    const QString resourceId = call.param(QStringLiteral("resource_id"));
    const InstanceRecord* instance = p.findByResourceId(resourceId);
    if (!instance)
        return notFound(ErrorShape::Nested,
                        QStringLiteral("no audit instance has resource_id %1").arg(resourceId));
    QJsonArray jobs;
    if (!instance->job.isEmpty())
        jobs.append(publicView(instance->job));
    return HttpReply::json(200, {{QStringLiteral("jobs"), jobs}});
}

QString checkKeyValueBeans(const QJsonObject& body, const QString& key) {
    if (QString e = checkArray(body, key, false, false); !e.isEmpty())
        return e;
    for (const QJsonValue& v : body.value(key).toArray()) {
        const QJsonObject kv = v.toObject();
        if (!v.isObject())
            return QStringLiteral("%1 items must be objects").arg(key);
        if (QString e = firstError(
                {requireString(kv, QStringLiteral("key"), true, 1, 128),
                 requireString(kv, QStringLiteral("value"), false, 0, 255)}); // SDK KeyValueBean: optional
            !e.isEmpty())
            return key + QStringLiteral(": ") + e;
    }
    return {};
}

QString validateOrder(const QJsonObject& b, const QString& region) {
    static const QRegularExpression nameRe(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
    const QString dbssType = QStringLiteral("hws.service.type.dbss");
    QString e = firstError({requireString(b, QStringLiteral("flavor_ref"), true, 1, 128),
                            requireString(b, QStringLiteral("name"), true, 1, 64),
                            requireString(b, QStringLiteral("vpc_id"), true, 1, 64),
                            requireString(b, QStringLiteral("availability_zone"), true),
                            requireString(b, QStringLiteral("enterprise_project_id"), false, 1, 64),
                            checkArray(b, QStringLiteral("nics"), true, true),
                            checkArray(b, QStringLiteral("security_groups"), true, true),
                            requireString(b, QStringLiteral("comment"), false, 0, 255),
                            requireString(b, QStringLiteral("region"), true),
                            requireEnum(b, QStringLiteral("cloud_service_type"), {dbssType}, true),
                            checkInt(b, QStringLiteral("charging_mode"), true, 0, 1),
                            checkInt(b, QStringLiteral("period_type"), true, 0, 5),
                            checkInt(b, QStringLiteral("period_num"), true, 1, 9),
                            checkInt(b, QStringLiteral("subscription_num"), true, 1, 1),
                            checkArray(b, QStringLiteral("product_infos"), true, true),
                            checkKeyValueBeans(b, QStringLiteral("tags")),
                            requireString(b, QStringLiteral("promotion_info"), false),
                            checkInt(b, QStringLiteral("is_auto_renew"), false, 0, 1)});
    if (!e.isEmpty())
        return e;
    if (!nameRe.match(b.value(QStringLiteral("name")).toString()).hasMatch())
        return QStringLiteral("name may contain only letters, digits, '_' and '-' (at most 64)");
    if (b.value(QStringLiteral("region")).toString() != region)
        return QStringLiteral("region must be %1, the region of this endpoint").arg(region);
    for (const QString& az : b.value(QStringLiteral("availability_zone")).toString().split(u',')) {
        if (az != zoneName(region, 0) && az != zoneName(region, 1) && az != zoneName(region, 2))
            return QStringLiteral("availability_zone '%1' is not a zone of %2").arg(az, region);
    }
    for (const QJsonValue& v : b.value(QStringLiteral("nics")).toArray()) {
        const QJsonObject nic = v.toObject();
        if (QString n = firstError({requireString(nic, QStringLiteral("subnet_id"), true, 1, 64),
                                    requireString(nic, QStringLiteral("ip_address"), false)});
            !n.isEmpty())
            return QStringLiteral("nics: ") + n;
        const QString ip = nic.value(QStringLiteral("ip_address")).toString();
        if (!ip.isEmpty() && !isValidIpv4(ip))
            return QStringLiteral("nics: ip_address '%1' is not an IPv4 address").arg(ip);
    }
    for (const QJsonValue& v : b.value(QStringLiteral("security_groups")).toArray()) {
        if (QString n = requireString(v.toObject(), QStringLiteral("id"), true, 1, 64); !n.isEmpty())
            return QStringLiteral("security_groups: ") + n;
    }
    for (const QJsonValue& v : b.value(QStringLiteral("product_infos")).toArray()) {
        const QJsonObject pi = v.toObject();
        QString n = firstError(
            {requireString(pi, QStringLiteral("product_id"), true, 1, 64),
             requireEnum(pi, QStringLiteral("cloud_service_type"), {dbssType}, true),
             requireEnum(pi, QStringLiteral("resource_type"), {QStringLiteral("hws.resource.type.dbss")},
                         true),
             requireEnum(pi, QStringLiteral("resource_spec_code"),
                         {QStringLiteral("dbss.bypassaudit.low"), QStringLiteral("dbss.bypassaudit.medium"),
                          QStringLiteral("dbss.bypassaudit.high")},
                         true),
             requireString(pi, QStringLiteral("product_spec_desc"), false)});
        if (!n.isEmpty())
            return QStringLiteral("product_infos: ") + n;
        // Mandatory in the documents, optional in the SDK: checked when given.
        if (!pi.contains(QStringLiteral("product_spec_desc")) ||
            pi.value(QStringLiteral("product_spec_desc")).isNull())
            continue;
        // "JSON string format: {"specDesc":{...}}"
        const QJsonDocument desc =
            QJsonDocument::fromJson(pi.value(QStringLiteral("product_spec_desc")).toString().toUtf8());
        if (!desc.isObject() || !desc.object().value(QStringLiteral("specDesc")).isObject())
            return QStringLiteral(
                "product_infos: product_spec_desc must be a JSON string {\"specDesc\":{...}}");
    }
    return {};
}

HttpReply purchase(HandlerContext& ctx, ApiCall& call) {
    const ErrorShape shape = ErrorShape::Nested;
    QJsonObject b;
    if (Rejection r = parseJsonBody(call, shape, &b))
        return *r;
    if (const QString e = validateOrder(b, ctx.region(call)); !e.isEmpty())
        return badRequest(shape, e);
    ProjectData& p = ctx.project(call);
    if (p.auditQuota <= 0)
        return HttpReply::error(shape, 400, codes::kQuota, QStringLiteral("Insufficient quota"));

    const QString specCode = b.value(QStringLiteral("product_infos"))
                                 .toArray()
                                 .first()
                                 .toObject()
                                 .value(QStringLiteral("resource_spec_code"))
                                 .toString();
    InstanceSpec spec;
    spec.name = b.value(QStringLiteral("name")).toString();
    spec.status = QStringLiteral("BUILD");
    spec.chargeModel = b.value(QStringLiteral("charging_mode")).toInt() == 0 ? QStringLiteral("Period")
                                                                             : QStringLiteral("Demand");
    spec.level = specCode.section(u'.', -1);
    const QString az = b.value(QStringLiteral("availability_zone")).toString().section(u',', 0, 0);
    spec.zoneIndex = az.back().unicode() - u'a';
    const QString ip = b.value(QStringLiteral("nics"))
                           .toArray()
                           .first()
                           .toObject()
                           .value(QStringLiteral("ip_address"))
                           .toString();
    spec.connectIp = ip.isEmpty() ? QStringLiteral("192.168.0.%1").arg(100 + p.nextSequence % 150) : ip;
    spec.comment = b.value(QStringLiteral("comment")).toString();
    spec.created = QDateTime::currentDateTimeUtc();
    const int periodType = b.value(QStringLiteral("period_type")).toInt();
    const int periodNum = b.value(QStringLiteral("period_num")).toInt();
    spec.periodDays = periodNum * (periodType == 3 ? 365 : periodType == 2 ? 30 : periodType == 1 ? 7 : 1);
    spec.vpcId = b.value(QStringLiteral("vpc_id")).toString();
    spec.subnetId = b.value(QStringLiteral("nics"))
                        .toArray()
                        .first()
                        .toObject()
                        .value(QStringLiteral("subnet_id"))
                        .toString();
    spec.securityGroupId = b.value(QStringLiteral("security_groups"))
                               .toArray()
                               .first()
                               .toObject()
                               .value(QStringLiteral("id"))
                               .toString();
    InstanceRecord r = makeInstance(p, ctx.region(call), spec);
    r.job = makeJob(p, r, QDateTime::currentMSecsSinceEpoch(), QStringLiteral("INIT"), true);
    for (const QJsonValue& t : b.value(QStringLiteral("tags")).toArray())
        p.tags[r.resourceId()].push_back(t.toObject());
    Store::log(p, r, call.user, QStringLiteral("Instance"), QStringLiteral("Create"), spec.name,
               QStringLiteral("Buy an audit instance (%1).").arg(specCode));
    p.instances.push_back(std::move(r));
    --p.auditQuota;
    if (const Edition* e = editionByLevel(spec.level)) {
        p.cpuQuota -= e->cpu;
        p.ramQuota -= e->ram;
    }
    const QString orderId =
        QStringLiteral("CS%1%2")
            .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyMMddHHmm")))
            .arg(Store::newId(p).toUpper().remove(QRegularExpression(QStringLiteral("[^A-Z]"))).left(5));
    return HttpReply::json(200, {{QStringLiteral("description"), QStringLiteral("Success")},
                                 {QStringLiteral("code"), QStringLiteral("0")},
                                 {QStringLiteral("order_id"), orderId}});
}

enum class Action { Start, Stop, Reboot };

HttpReply instanceAction(HandlerContext& ctx, ApiCall& call, Action action) {
    const ErrorShape shape = ErrorShape::Nested;
    QJsonObject b;
    if (Rejection r = parseJsonBody(call, shape, &b))
        return *r;
    if (const QString e = requireString(b, QStringLiteral("instance_id"), true); !e.isEmpty())
        return badRequest(shape, e);
    ProjectData& p = ctx.project(call);
    const QString id = b.value(QStringLiteral("instance_id")).toString();
    InstanceRecord* r = p.findInstance(id);
    if (!r)
        return notFound(shape, QStringLiteral("audit instance %1 does not exist").arg(id));
    const QString status = r->bean.value(QStringLiteral("status")).toString();
    // 3.2.1: SHUTOFF can be started; only ACTIVE allows operations (stop, reboot).
    const QString needed = action == Action::Start ? QStringLiteral("SHUTOFF") : QStringLiteral("ACTIVE");
    if (status != needed)
        return badRequest(
            shape, QStringLiteral("instance %1 is %2; this operation needs %3").arg(id, status, needed));
    const char* verb = action == Action::Start ? "Start" : action == Action::Stop ? "Stop" : "Reboot";
    if (action != Action::Reboot)
        r->bean.insert(QStringLiteral("status"),
                       action == Action::Start ? QStringLiteral("ACTIVE") : QStringLiteral("SHUTOFF"));
    Store::log(p, *r, call.user, QStringLiteral("Instance"), QStringLiteral("Operate"),
               r->bean.value(QStringLiteral("name")).toString(),
               QStringLiteral("%1 the audit instance.").arg(QLatin1String(verb)));
    return HttpReply::json(200, {{QStringLiteral("result"), QStringLiteral("SUCCESS")}});
}

} // namespace

void registerJobHandlers(Router& router, HandlerContext& ctx) {
    router.add("GET", QStringLiteral("/v1/{project_id}/dbss/audit/jobs/{resource_id}"),
               [&ctx](ApiCall& c) { return listJobs(ctx, c); });
    router
        .add("POST", QStringLiteral("/v2/{project_id}/dbss/audit/charge/period/order"),
             [&ctx](ApiCall& c) { return purchase(ctx, c); })
        .mutation = true;
    const std::pair<const char*, Action> actions[] = {
        {"start", Action::Start}, {"stop", Action::Stop}, {"reboot", Action::Reboot}};
    for (const auto& [verb, action] : actions) {
        router
            .add("POST", QStringLiteral("/v1/{project_id}/dbss/audit/instance/") + QLatin1String(verb),
                 [&ctx, action = action](ApiCall& c) { return instanceAction(ctx, c, action); })
            .mutation = true;
    }
}

} // namespace dbss::sandbox
