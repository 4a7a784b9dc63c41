// agents list --instance ID | agents switch --instance ID --agent ID --on|--off

#include "app/dbssctl/CmdSupport.h"
#include "app/dbssctl/Commands.h"
#include "models/api/Agents.h"

namespace dbss::ctl {

namespace {

std::optional<QList<api::AuditAgent>> allAgents(Session& s, const QString& instance, int* code) {
    return fetchAllOffset<api::ListAuditAgentsResponse, api::AuditAgent>(
        s, [&](int offset, int limit) { return api::listAuditAgents(instance, {}, offset, limit); },
        &api::ListAuditAgentsResponse::agents, &api::ListAuditAgentsResponse::total, code);
}

int list(Session& s, const QStringList&) {
    int code = 0;
    const auto instance = requiredOption(s, QStringLiteral("--instance"), &code);
    const auto agents = instance ? allAgents(s, *instance, &code) : std::nullopt;
    if (!agents)
        return code;
    Listing out;
    out.headers = {ctlTr("Agent ID"), ctlTr("Type"),   ctlTr("OS"),    ctlTr("IP"),
                   ctlTr("Database"), ctlTr("Status"), ctlTr("CPU %"), ctlTr("Memory %")};
    for (const api::AuditAgent& a : *agents) {
        out.rows.append({a.agentId, a.agentType, a.agentOs, a.agentIp, a.dbName,
                         a.status == 1 ? QStringLiteral("ON") : QStringLiteral("OFF"),
                         QString::number(a.cpuThreshold), QString::number(a.memThreshold)});
        out.objects.append(a.raw);
    }
    return printListing(s, out);
}

int switchAgent(Session& s, const QStringList&) {
    int code = 0;
    const auto instance = requiredOption(s, QStringLiteral("--instance"), &code);
    const auto agent = instance ? requiredOption(s, QStringLiteral("--agent"), &code) : std::nullopt;
    const auto on = agent ? onOffFlag(s, &code) : std::nullopt;
    if (!on)
        return code;
    return runWrite(
        s, api::switchAgent(*instance, *agent, *on),
        ctlTr("agent %1 switched %2").arg(*agent, *on ? QStringLiteral("ON") : QStringLiteral("OFF")),
        [&]() -> std::optional<bool> {
            int c = 0;
            const auto agents = allAgents(s, *instance, &c);
            if (!agents)
                return std::nullopt;
            for (const api::AuditAgent& a : *agents)
                if (a.agentId == *agent)
                    return (a.status == 1) == *on;
            return false;
        });
}

} // namespace

QList<Command> agentCommands() {
    return {
        {{"agents", "list"}, QStringLiteral("--instance ID"), {"--instance"}, 0, true, list},
        {{"agents", "switch"},
         QStringLiteral("--instance ID --agent ID --on|--off"),
         {"--instance", "--agent", "--on", "--off"},
         0,
         true,
         switchAgent},
    };
}

} // namespace dbss::ctl
