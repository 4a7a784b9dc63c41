#include "models/fleet/FleetOverviewModel.h"

#include "models/api/Agents.h"
#include "models/api/ApiClient.h"
#include "models/api/Databases.h"
#include "models/api/Instances.h"
#include "models/api/OperationLogs.h"
#include "models/api/Pager.h"
#include "models/api/ParseReply.h"
#include "models/api/Rules.h"
#include "models/fleet/FleetModel.h"
#include "models/tables/CellFormat.h"

#include <deque>

namespace dbss::fleet {

namespace {
constexpr int kCallsPerRow = 5;

} // namespace

struct FleetOverviewModel::Lane {
    QPointer<api::ApiClient> client;
    std::deque<std::pair<int, Call>> queue;
    int inFlight = 0;
    QList<QPointer<QObject>> running; // ApiReply or Pager, for cancel()
};

FleetOverviewModel::FleetOverviewModel(FleetModel* fleet, QObject* parent)
    : RemoteTableModel(parent)
    , m_fleet(fleet) {
    connect(fleet, &FleetModel::finished, this, [this] {
        if (m_autoRefresh)
            refresh();
    });
    connect(fleet, &FleetModel::clientAboutToBeRemoved, this, [this](api::ApiClient* client) {
        for (auto& lane : m_lanes)
            if (lane->client == client && (lane->inFlight || !lane->queue.empty()))
                cancel();
    });
}

FleetOverviewModel::~FleetOverviewModel() {
    ++m_generation;
    abortAll();
}

void FleetOverviewModel::setMaxInFlightPerClient(int n) {
    m_maxPerClient = qMax(1, n);
}

void FleetOverviewModel::refresh() {
    ++m_generation;
    abortAll();
    beginResetModel();
    m_rows.clear();
    m_lanes.clear();
    m_outstanding = 0;
    m_rowsDone = 0;
    QHash<api::ApiClient*, Lane*> lanes;
    if (m_fleet) {
        for (const QModelIndex& index : m_fleet->instanceIndexes()) {
            const FleetInstanceRef ref = m_fleet->instanceAt(index);
            const api::AuditInstance* instance = m_fleet->instanceData(index);
            FleetOverviewRow row;
            row.profile = ref.profile;
            row.region = ref.region;
            row.instanceId = ref.instanceId;
            row.instanceName = ref.instanceName;
            row.status = instance->status;
            row.specification = instance->specification;
            const int rowIndex = int(m_rows.size());
            if (!ref.client) {
                row.error = tr("No connection for this region.");
                m_rows.push_back(std::move(row));
                ++m_rowsDone;
                continue;
            }
            Lane*& lane = lanes[ref.client.data()];
            if (!lane) {
                m_lanes.push_back(std::make_unique<Lane>());
                lane = m_lanes.back().get();
                lane->client = ref.client;
            }
            for (Call call :
                 {Call::Databases, Call::Agents, Call::RiskRules, Call::SqlInjection, Call::OperationLog})
                lane->queue.emplace_back(rowIndex, call);
            row.pending = kCallsPerRow;
            m_outstanding += kCallsPerRow;
            m_rows.push_back(std::move(row));
        }
    }
    endResetModel();
    clearError();
    setProgress(m_rowsDone, qint64(m_rows.size()));
    if (m_outstanding == 0) {
        setLoading(false);
        Q_EMIT finished();
        return;
    }
    setLoading(true);
    for (auto& lane : m_lanes)
        pump(*lane);
}

void FleetOverviewModel::cancel() {
    if (!isLoading())
        return;
    ++m_generation;
    abortAll();
    for (size_t i = 0; i < m_rows.size(); ++i) {
        FleetOverviewRow& row = m_rows[i];
        if (row.pending == 0)
            continue;
        row.pending = 0;
        row.error = row.error.isEmpty() ? tr("Stopped") : row.error + QStringLiteral("; ") + tr("Stopped");
        rowChanged(int(i));
    }
    for (auto& lane : m_lanes) {
        lane->queue.clear();
        lane->inFlight = 0;
    }
    m_outstanding = 0;
    setLoading(false);
    Q_EMIT finished();
}

void FleetOverviewModel::abortAll() {
    for (auto& lane : m_lanes) {
        const auto running = lane->running;
        lane->running.clear();
        for (const QPointer<QObject>& object : running) {
            if (auto* reply = qobject_cast<api::ApiReply*>(object.data()))
                reply->abort();
            else if (auto* pager = qobject_cast<api::Pager*>(object.data()))
                pager->abort();
        }
    }
}

void FleetOverviewModel::pump(Lane& lane) {
    while (lane.inFlight < m_maxPerClient && !lane.queue.empty() && lane.client) {
        const auto [row, call] = lane.queue.front();
        lane.queue.pop_front();
        ++lane.inFlight;
        start(lane, row, call);
    }
}

void FleetOverviewModel::start(Lane& lane, int row, Call call) {
    api::ApiClient* client = lane.client;
    const QString id = m_rows[size_t(row)].instanceId;
    const int generation = m_generation;
    Lane* lanePtr = &lane;
    auto alive = [this, generation] {
        return generation == m_generation;
    };
    api::Pager::Options paged;
    paged.maxParallel = 1; // one connection per call: the lane's bound holds
    switch (call) {
    case Call::Databases:
        lane.running << api::fetchAllPages<api::ListAuditDatabasesResponse, api::AuditDatabase, qint64>(
            client,
            [id](qint64 at, int size) { return api::listAuditDatabases(id, QString(), int(at), size); },
            &api::ListAuditDatabasesResponse::databases, &api::ListAuditDatabasesResponse::total, paged, this,
            [=, this](QList<api::AuditDatabase> rows, const api::ApiError& error) {
                if (!alive())
                    return;
                if (!error.isError()) {
                    FleetOverviewRow& r = m_rows[size_t(row)];
                    r.databasesTotal = int(rows.size());
                    r.databasesAudited = int(std::count_if(rows.cbegin(), rows.cend(), [](const auto& d) {
                        return models::cell::isOnStatus(d.status);
                    }));
                }
                callDone(lanePtr, row, call, error);
            });
        return;
    case Call::Agents:
        lane.running << api::fetchAllPages<api::ListAuditAgentsResponse, api::AuditAgent, qint64>(
            client, [id](qint64 at, int size) { return api::listAuditAgents(id, QString(), int(at), size); },
            &api::ListAuditAgentsResponse::agents, &api::ListAuditAgentsResponse::total, paged, this,
            [=, this](QList<api::AuditAgent> rows, const api::ApiError& error) {
                if (!alive())
                    return;
                if (!error.isError()) {
                    FleetOverviewRow& r = m_rows[size_t(row)];
                    r.agentsTotal = int(rows.size());
                    r.agentsOn = int(std::count_if(rows.cbegin(), rows.cend(),
                                                   [](const auto& a) { return a.status == 1; }));
                }
                callDone(lanePtr, row, call, error);
            });
        return;
    default:
        break;
    }
    api::ApiRequest request;
    if (call == Call::RiskRules) {
        request = api::listRiskRules(id, QString(), {});
    } else if (call == Call::SqlInjection) {
        request = api::listSqlInjectionRules(id, {});
    } else {
        api::OperationLogQuery query; // newest first: the first row is the last activity
        query.page = 1;
        query.size = 1;
        request = api::listOperationLogs(id, query);
    }
    api::ApiReply* reply = client->send(std::move(request));
    lane.running << reply;
    connect(reply, &api::ApiReply::finished, this, [=, this] {
        reply->deleteLater();
        if (!alive())
            return;
        api::ApiError error;
        FleetOverviewRow& r = m_rows[size_t(row)];
        if (call == Call::RiskRules) {
            api::ListRiskRulesResponse resp;
            if (api::parseReply(*reply, &resp, &error)) {
                r.riskHigh = r.riskMedium = r.riskLow = 0;
                for (const api::RiskRule& rule : resp.rules) {
                    if (!models::cell::isOnStatus(rule.status))
                        continue;
                    r.riskHigh += rule.riskLevel == QLatin1String("HIGH") ? 1 : 0;
                    r.riskMedium += rule.riskLevel == QLatin1String("MEDIUM") ? 1 : 0;
                    r.riskLow += rule.riskLevel == QLatin1String("LOW") ? 1 : 0;
                }
            }
        } else if (call == Call::SqlInjection) {
            api::ListSqlInjectionRulesResponse resp;
            if (api::parseReply(*reply, &resp, &error)) {
                r.sqlInjectionTotal = int(resp.rules.size());
                r.sqlInjectionOn =
                    int(std::count_if(resp.rules.cbegin(), resp.rules.cend(), [](const auto& rule) {
                        return models::cell::isOnStatus(rule.status);
                    }));
            }
        } else {
            api::ListOperationLogsResponse resp;
            if (api::parseReply(*reply, &resp, &error)) {
                r.lastActivityKnown = true;
                r.lastActivity = resp.operateLog.isEmpty()
                                     ? QDateTime()
                                     : models::cell::parseServiceTime(resp.operateLog.front().time);
            }
        }
        callDone(lanePtr, row, call, error);
    });
}

void FleetOverviewModel::callDone(Lane* lane, int row, Call call, const api::ApiError& error) {
    FleetOverviewRow& r = m_rows[size_t(row)];
    if (error.isError()) {
        QString what;
        switch (call) {
        case Call::Databases:
            what = tr("Databases");
            break;
        case Call::Agents:
            what = tr("Agents");
            break;
        case Call::RiskRules:
            what = tr("Risk rules");
            break;
        case Call::SqlInjection:
            what = tr("SQL injection rules");
            break;
        case Call::OperationLog:
            what = tr("Operation log");
            break;
        }
        const QString line = tr("%1: %2").arg(what, error.userMessage());
        r.error = r.error.isEmpty() ? line : r.error + QStringLiteral("; ") + line;
    }
    --r.pending;
    --m_outstanding;
    --lane->inFlight;
    if (r.pending == 0) {
        ++m_rowsDone;
        setProgress(m_rowsDone, qint64(m_rows.size()));
    }
    rowChanged(row);
    if (m_outstanding == 0) {
        for (auto& l : m_lanes)
            l->running.clear();
        setLoading(false);
        Q_EMIT finished();
        return;
    }
    pump(*lane);
}

void FleetOverviewModel::rowChanged(int row) {
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int FleetOverviewModel::rowOf(const QString& profile, const QString& region,
                              const QString& instanceId) const {
    for (size_t i = 0; i < m_rows.size(); ++i) {
        const FleetOverviewRow& r = m_rows[i];
        if (r.instanceId == instanceId && r.region == region && r.profile == profile)
            return int(i);
    }
    return -1;
}

QModelIndex FleetOverviewModel::fleetIndex(int row) const {
    if (!m_fleet || row < 0 || row >= int(m_rows.size()))
        return {};
    const FleetOverviewRow& r = m_rows[size_t(row)];
    return m_fleet->instanceIndex(r.profile, r.region, r.instanceId);
}

int FleetOverviewModel::failedRows() const {
    return int(
        std::count_if(m_rows.cbegin(), m_rows.cend(), [](const auto& r) { return !r.error.isEmpty(); }));
}

int FleetOverviewModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FleetOverviewModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

} // namespace dbss::fleet
