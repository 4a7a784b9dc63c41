// fleet list (--profiles A,B | --all-profiles) [--regions R1,R2]
// Every instance of several profiles and regions in one table (the console's fleet overview): each
// profile with its own credentials, every region with its own client, all in parallel. A profile,
// region or call that fails is reported on stderr and sets exit code 3; the rest is still printed.

#include "app/dbssctl/CmdSupport.h"
#include "app/dbssctl/Commands.h"
#include "app/dbssctl/ConsoleProfiles.h"
#include "models/api/EndpointTable.h"
#include "models/credentials/ProfileAccess.h"
#include "models/fleet/FleetModel.h"
#include "models/fleet/FleetOverviewModel.h"

#include <QEventLoop>
#include <QJsonObject>

namespace dbss::ctl {

namespace {

using fleet::FleetOverviewModel;
using fleet::FleetOverviewRow;

QJsonValue count(int n) {
    return n < 0 ? QJsonValue() : QJsonValue(n);
}

QJsonObject rowObject(const FleetOverviewRow& r) {
    return {{QStringLiteral("account"), r.profile},
            {QStringLiteral("region"), r.region},
            {QStringLiteral("instance_id"), r.instanceId},
            {QStringLiteral("instance"), r.instanceName},
            {QStringLiteral("status"), r.status},
            {QStringLiteral("specification"), r.specification},
            {QStringLiteral("databases_audited"), count(r.databasesAudited)},
            {QStringLiteral("databases_total"), count(r.databasesTotal)},
            {QStringLiteral("agents_on"), count(r.agentsOn)},
            {QStringLiteral("agents_total"), count(r.agentsTotal)},
            {QStringLiteral("risk_rules_on"), QJsonObject{{QStringLiteral("high"), count(r.riskHigh)},
                                                          {QStringLiteral("medium"), count(r.riskMedium)},
                                                          {QStringLiteral("low"), count(r.riskLow)}}},
            {QStringLiteral("sql_injection_rules_on"), count(r.sqlInjectionOn)},
            {QStringLiteral("sql_injection_rules_total"), count(r.sqlInjectionTotal)},
            {QStringLiteral("last_activity"), r.lastActivity.isValid()
                                                  ? QJsonValue(r.lastActivity.toUTC().toString(Qt::ISODate))
                                                  : QJsonValue()},
            {QStringLiteral("error"), r.error.isEmpty() ? QJsonValue() : QJsonValue(r.error)}};
}

// Which profiles and regions: usage errors (exit 2) before anything is sent.
std::optional<QList<fleet::FleetProfile>> chooseFleet(Session& s, ConsoleProfiles& access, int* code) {
    const bool all = s.args().has(QStringLiteral("--all-profiles"));
    const QStringList named = s.args().list(QStringLiteral("--profiles"));
    if (all == !named.isEmpty()) {
        *code = s.usage(ctlTr("fleet list needs either --profiles A,B or --all-profiles"));
        return std::nullopt;
    }
    const QStringList regions = s.args().list(QStringLiteral("--regions"));
    for (const QString& region : regions) {
        const auto info = api::EndpointTable::region(region);
        if (!info || !info->dbss) {
            *code =
                s.usage(ctlTr("--regions: '%1' is not a region where database audit is offered").arg(region));
            return std::nullopt;
        }
    }
    const QStringList names = all ? access.store().names() : named;
    if (names.isEmpty()) {
        *code = s.usage(ctlTr("there are no profiles (see 'dbssctl profile add')"));
        return std::nullopt;
    }
    QStringList unknown;
    QList<fleet::FleetProfile> profiles =
        credentials::fleetProfiles(&access.store(), names, regions, &unknown);
    if (!unknown.isEmpty()) {
        *code = s.usage(ctlTr("no profile named %1 (see 'dbssctl profile list')")
                            .arg(unknown.join(QStringLiteral(", "))));
        return std::nullopt;
    }
    return profiles;
}

int list(Session& s, const QStringList&) {
    ConsoleProfiles access;
    int code = ExitOk;
    const auto profiles = chooseFleet(s, access, &code);
    if (!profiles)
        return code;

    // The global options a single-profile command applies hold for every profile of the fleet.
    const GlobalOptions g = s.args().global;
    const fleet::FleetConfigLoader base = credentials::fleetConfigLoader(&access.store());
    auto loader = [base, g](const QString& profile, QObject* context,
                            std::function<void(fleet::FleetConfigResult)> done) {
        base(profile, context, [done, g](fleet::FleetConfigResult result) {
            result.config.deadline = QDeadlineTimer(qint64(g.deadlineSeconds) * 1000);
            result.config.maxResponseBytes = qint64(g.maxResponseMb) * 1024 * 1024;
            if (g.timeoutSeconds > 0)
                result.config.timeoutMs = g.timeoutSeconds * 1000;
            if (!g.proxy.isEmpty())
                result.config.proxy = g.proxy;
            if (!g.caFile.isEmpty())
                result.config.caFile = g.caFile;
            done(std::move(result));
        });
    };

    fleet::FleetModel model;
    FleetOverviewModel overview(&model);
    QStringList failures;
    QObject::connect(&model, &fleet::FleetModel::nodeFailed,
                     [&failures](const QString& profile, const QString& region, const QString& message) {
                         failures << (region.isEmpty() ? profile : profile + u'/' + region) +
                                         QStringLiteral(": ") + message;
                     });
    QEventLoop loop;
    QObject::connect(&overview, &FleetOverviewModel::finished, &loop, &QEventLoop::quit);
    model.load(*profiles, loader);
    loop.exec();

    Listing out;
    for (int c = 0; c < FleetOverviewModel::ColumnCount; ++c)
        out.headers << overview.headerData(c, Qt::Horizontal).toString();
    for (int r = 0; r < overview.rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < FleetOverviewModel::ColumnCount; ++c)
            cells << overview.index(r, c).data(models::RemoteTableModel::ExportRole).toString();
        out.rows << cells;
        const FleetOverviewRow& row = overview.rowAt(r);
        out.objects << rowObject(row);
        if (!row.error.isEmpty())
            failures
                << QStringLiteral("%1/%2/%3: %4").arg(row.profile, row.region, row.instanceId, row.error);
    }
    printListing(s, out);
    for (const QString& failure : failures)
        s.err() << "dbssctl: fleet: " << failure << '\n';
    return failures.isEmpty() ? ExitOk : ExitApi;
}

} // namespace

QList<Command> fleetCommands() {
    return {
        {{"fleet", "list"},
         QStringLiteral("(--profiles A,B | --all-profiles) [--regions R1,R2]"),
         {QStringLiteral("--profiles"), QStringLiteral("--all-profiles"), QStringLiteral("--regions")},
         0,
         false,
         list},
    };
}

} // namespace dbss::ctl
