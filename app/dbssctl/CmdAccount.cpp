// account quota | specs | zones

#include "app/dbssctl/CmdSupport.h"
#include "app/dbssctl/Commands.h"
#include "models/api/AccountResources.h"

namespace dbss::ctl {

namespace {

int quota(Session& s, const QStringList&) {
    int code = 0;
    const auto q = s.fetch<api::AuditQuota>(api::showAuditQuota(), &code);
    if (!q)
        return code;
    Listing out;
    out.headers = {ctlTr("Instances"), ctlTr("CPU"), ctlTr("RAM (MB)"), ctlTr("Project")};
    out.rows.append(
        {QString::number(q->auditQuota), QString::number(q->cpu), QString::number(q->ram), q->projectId});
    out.objects.append(q->raw);
    return printListing(s, out);
}

int specs(Session& s, const QStringList&) {
    int code = 0;
    const auto r = s.fetch<api::ListEcsSpecificationResponse>(api::listEcsSpecification(), &code);
    if (!r)
        return code;
    Listing out;
    out.headers = {ctlTr("ID"),       ctlTr("Name"),    ctlTr("Level"), ctlTr("vCPUs"),
                   ctlTr("RAM (MB)"), ctlTr("Proxies"), ctlTr("AZs")};
    for (const api::EcsSpecification& e : r->specification) {
        out.rows.append({e.id, e.name, e.level, QString::number(e.vcpus), QString::number(e.ram),
                         QString::number(e.proxy), e.azs.join(QLatin1Char(','))});
        out.objects.append(e.raw);
    }
    return printListing(s, out);
}

int zones(Session& s, const QStringList&) {
    int code = 0;
    const auto r = s.fetch<api::ListAvailabilityZonesResponse>(api::listAvailabilityZones(), &code);
    if (!r)
        return code;
    Listing out;
    out.headers = {ctlTr("Zone"), ctlTr("Number"), ctlTr("Type"), ctlTr("Alias"), ctlTr("Alias (en)")};
    for (const api::AvailabilityZone& z : r->azs) {
        out.rows.append({z.zoneName, QString::number(z.zoneNumber), z.azType, z.alias, z.aliasUs});
        out.objects.append(z.raw);
    }
    return printListing(s, out);
}

} // namespace

QList<Command> accountCommands() {
    return {
        {{"account", "quota"}, {}, {}, 0, true, quota},
        {{"account", "specs"}, {}, {}, 0, true, specs},
        {{"account", "zones"}, {}, {}, 0, true, zones},
    };
}

} // namespace dbss::ctl
