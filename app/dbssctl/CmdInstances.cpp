// instances list | show ID | jobs ID | start ID | stop ID | reboot ID | security-groups ID --set SG[,SG]

#include "app/dbssctl/CmdSupport.h"
#include "app/dbssctl/Commands.h"
#include "models/api/InstanceJobs.h"
#include "models/api/Instances.h"
#include "models/api/SecurityGroups.h"

#include <QDateTime>
#include <QRegularExpression>

namespace dbss::ctl {

namespace {

std::optional<QList<api::AuditInstance>> allInstances(Session& s, int* code) {
    return fetchAllOffset<api::ListAuditInstancesResponse, api::AuditInstance>(
        s, [](int offset, int limit) { return api::listAuditInstances(offset, limit); },
        &api::ListAuditInstancesResponse::servers, &api::ListAuditInstancesResponse::total, code);
}

// An instance named by its id or its resource id.
std::optional<api::AuditInstance> findInstance(Session& s, const QString& id, int* code) {
    const auto list = allInstances(s, code);
    if (!list)
        return std::nullopt;
    for (const api::AuditInstance& i : *list) {
        if (i.id == id || i.resourceId == id)
            return i;
    }
    api::ApiError error =
        api::ApiError::make(api::ApiError::Kind::Http, ctlTr("no audit instance '%1'").arg(id),
                            QStringLiteral("ListAuditInstances"));
    error.httpStatus = 404;
    error.errorMsg = ctlTr("no audit instance '%1'").arg(id);
    *code = s.fail(error);
    return std::nullopt;
}

int list(Session& s, const QStringList&) {
    int code = 0;
    const auto instances = allInstances(s, &code);
    if (!instances)
        return code;
    Listing out;
    // The console's InstancesModel columns, with the id first so scripts can use it.
    out.headers = {ctlTr("ID"), ctlTr("Name"), ctlTr("Status"),   ctlTr("Specification"), ctlTr("Version"),
                   ctlTr("AZ"), ctlTr("IP"),   ctlTr("Charging"), ctlTr("Created"),       ctlTr("Expires")};
    for (const api::AuditInstance& i : *instances) {
        QString ip = i.connectIp;
        if (!i.connectIpv6.isEmpty())
            ip += (ip.isEmpty() ? QString() : QStringLiteral(" ")) + i.connectIpv6;
        out.rows.append({i.id, i.name, i.status, i.specification, i.version, i.zone, ip, i.chargeModel,
                         i.created, i.expired});
        out.objects.append(i.raw);
    }
    return printListing(s, out);
}

int show(Session& s, const QStringList& pos) {
    int code = 0;
    const auto instance = findInstance(s, pos.at(0), &code);
    return instance ? printObject(s, instance->raw) : code;
}

int jobs(Session& s, const QStringList& pos) {
    int code = 0;
    // Jobs are keyed by resource id; accept the instance id too.
    const auto instance = findInstance(s, pos.at(0), &code);
    if (!instance)
        return code;
    const QString resourceId = instance->resourceId.isEmpty() ? instance->id : instance->resourceId;
    const auto resp = s.fetch<api::ListInstanceJobsResponse>(api::listInstanceJobs(resourceId), &code);
    if (!resp)
        return code;
    Listing out;
    out.headers = {ctlTr("Job ID"), ctlTr("Status"), ctlTr("Server"), ctlTr("Charging"),
                   ctlTr("Begin"),  ctlTr("End"),    ctlTr("Error"),  ctlTr("Reason")};
    auto when = [](qint64 ms) {
        return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC)
                            .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                      : QString();
    };
    for (const api::InstanceJob& j : resp->jobs) {
        out.rows.append({j.jobId, j.status, j.serverName, j.chargeMode, when(j.beginTime), when(j.endTime),
                         j.errorCode, j.failReason});
        out.objects.append(j.raw);
    }
    return printListing(s, out);
}

int action(Session& s, const QStringList& pos, api::InstanceAction what, const char* done) {
    return runWrite(s, api::instanceAction(what, pos.at(0)), ctlTr(done).arg(pos.at(0)));
}

int securityGroups(Session& s, const QStringList& pos) {
    int code = 0;
    const QStringList groups = s.args().list(QStringLiteral("--set"));
    if (groups.isEmpty())
        return s.usage(ctlTr("'instances security-groups' needs --set SG[,SG]"));
    const auto instance = findInstance(s, pos.at(0), &code);
    if (!instance)
        return code;
    return runWrite(s, api::setSecurityGroups(instance->id, groups),
                    ctlTr("security groups of %1 set to %2").arg(pos.at(0), groups.join(QLatin1Char(','))),
                    [&]() -> std::optional<bool> {
                        int c = 0;
                        const auto again = findInstance(s, pos.at(0), &c);
                        if (!again)
                            return std::nullopt;
                        return groups.contains(again->securityGroupId);
                    });
}

// An extension of the contract: buy an instance (CreateInstancesPeriodOrder, reference 3.2.3).
int buy(Session& s, const QStringList&) {
    int code = 0;
    api::PeriodOrderRequest o;
    for (const auto& [option, field] :
         {std::pair{"--name", &o.name}, std::pair{"--flavor", &o.flavorRef},
          std::pair{"--az", &o.availabilityZone}, std::pair{"--vpc", &o.vpcId},
          std::pair{"--subnet", &o.subnetId}, std::pair{"--product-id", &o.productId}}) {
        const auto v = requiredOption(s, QLatin1String(option), &code);
        if (!v)
            return code;
        *field = *v;
    }
    const QString edition = s.args().value(QStringLiteral("--edition")).toLower();
    if (edition != QLatin1String("low") && edition != QLatin1String("medium") &&
        edition != QLatin1String("high"))
        return s.usage(ctlTr("--edition is low, medium or high"));
    o.resourceSpecCode = QStringLiteral("dbss.bypassaudit.") + edition;
    o.securityGroupIds = s.args().list(QStringLiteral("--security-group"));
    if (o.securityGroupIds.isEmpty())
        return s.usage(ctlTr("'instances buy' needs --security-group SG"));
    static const QRegularExpression nameRule(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
    if (!nameRule.match(o.name).hasMatch())
        return s.usage(ctlTr("--name: up to 64 letters, digits, '_' or '-'"));
    const QString period = s.args().value(QStringLiteral("--period")).toLower();
    if (!period.isEmpty() && period != QLatin1String("month") && period != QLatin1String("year"))
        return s.usage(ctlTr("--period is month or year"));
    o.periodType = period == QLatin1String("year") ? 3 : 2;
    bool ok = true;
    const QString count = s.args().value(QStringLiteral("--count"));
    o.periodNum = count.isEmpty() ? 1 : count.toInt(&ok);
    if (!ok || o.periodNum < 1 || o.periodNum > (o.periodType == 3 ? 3 : 9))
        return s.usage(ctlTr("--count is 1-9 months or 1-3 years"));
    o.region = s.client().config().region;
    o.ipAddress = s.args().value(QStringLiteral("--ip"));
    o.comment = s.args().value(QStringLiteral("--comment"));
    o.autoRenew = s.args().flags.contains(QStringLiteral("--auto-renew"));
    const QString enterprise = s.args().value(QStringLiteral("--enterprise-project-id"));
    if (!enterprise.isEmpty())
        o.enterpriseProjectId = enterprise;

    const auto reply = s.send(api::createPeriodOrder(o));
    api::PeriodOrderResponse order;
    api::ApiError error;
    if (api::parseReply(*reply, &order, &error)) {
        if (s.args().global.format == Format::Json)
            return printObject(s, order.raw);
        s.out() << ctlTr("order %1 placed for instance '%2'").arg(order.orderId, o.name) << '\n';
        return ExitOk;
    }
    if (!error.outcomeUnknown())
        return s.fail(error);
    // Never order twice: look for the instance instead.
    s.err() << "dbssctl: " << error.userMessage() << '\n'
            << ctlTr("dbssctl: the answer was lost; reading the instances to see whether it was ordered")
            << '\n';
    const auto list = allInstances(s, &code);
    if (list && std::any_of(list->cbegin(), list->cend(),
                            [&](const api::AuditInstance& i) { return i.name == o.name; })) {
        s.out() << ctlTr("instance '%1' ordered").arg(o.name) << ' '
                << ctlTr("(verified after a lost answer)") << '\n';
        return ExitOk;
    }
    if (list)
        s.err() << ctlTr("dbssctl: the change was NOT applied") << '\n';
    return exitCodeFor(error); // 4 after a lost answer, 3 after an unreadable one
}

} // namespace

QList<Command> instanceCommands() {
    return {
        {{"instances", "list"}, {}, {}, 0, true, list},
        {{"instances", "show"}, QStringLiteral("ID"), {}, 1, true, show},
        {{"instances", "jobs"}, QStringLiteral("ID"), {}, 1, true, jobs},
        {{"instances", "start"},
         QStringLiteral("ID"),
         {},
         1,
         true,
         [](Session& s, const QStringList& p) {
             return action(s, p, api::InstanceAction::Start,
                           QT_TRANSLATE_NOOP("dbssctl", "instance %1 starting"));
         }},
        {{"instances", "stop"},
         QStringLiteral("ID"),
         {},
         1,
         true,
         [](Session& s, const QStringList& p) {
             return action(s, p, api::InstanceAction::Stop,
                           QT_TRANSLATE_NOOP("dbssctl", "instance %1 stopping"));
         }},
        {{"instances", "reboot"},
         QStringLiteral("ID"),
         {},
         1,
         true,
         [](Session& s, const QStringList& p) {
             return action(s, p, api::InstanceAction::Reboot,
                           QT_TRANSLATE_NOOP("dbssctl", "instance %1 rebooting"));
         }},
        {{"instances", "buy"},
         QStringLiteral(
             "--name N --edition low|medium|high --flavor F --az AZ --vpc V --subnet S --security-group SG "
             "--product-id P [--period month|year] [--count N] [--ip IP] [--comment C] [--auto-renew] "
             "[--enterprise-project-id E]"),
         {"--name", "--edition", "--flavor", "--az", "--vpc", "--subnet", "--security-group", "--product-id",
          "--period", "--count", "--ip", "--comment", "--auto-renew", "--enterprise-project-id"},
         0,
         true,
         buy},
        {{"instances", "security-groups"},
         QStringLiteral("ID --set SG[,SG]"),
         {QStringLiteral("--set")},
         1,
         true,
         securityGroups},
    };
}

} // namespace dbss::ctl
