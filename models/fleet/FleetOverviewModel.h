#pragma once

#include "models/tables/RemoteTableModel.h"

#include <QDateTime>
#include <QHash>
#include <QPointer>

#include <memory>
#include <vector>

namespace dbss::api {
class ApiClient;
}

namespace dbss::fleet {

class FleetModel;

// One instance of the fleet with its audit coverage. A count is -1 while unknown (not loaded yet,
// or its call failed: `error` then says which and why).
struct FleetOverviewRow {
    QString profile;
    QString region;
    QString instanceId;
    QString instanceName;
    QString status; // raw (ACTIVE, SHUTOFF, ...)
    QString specification;
    int databasesAudited = -1; // database audit switched on
    int databasesTotal = -1;
    int agentsOn = -1;
    int agentsTotal = -1;
    int riskHigh = -1; // risk rules switched on, by level
    int riskMedium = -1;
    int riskLow = -1;
    int sqlInjectionOn = -1; // SQL-injection rules switched on
    int sqlInjectionTotal = -1;
    QDateTime lastActivity; // UTC time of the newest operation-log row; invalid: none (or unknown)
    bool lastActivityKnown = false;
    QString error;   // "Agents: ...; Risk rules: ..." for the calls that failed; empty when all answered
    int pending = 0; // calls still out for this row
};

// The fleet as one table: a row per instance of a FleetModel, across every profile and region,
// with its databases, agents, risk and SQL-injection rules and last operation-log activity. Each
// row costs five list calls; at most maxInFlightPerClient() go out at once per ApiClient (each has
// its own connection pool to its host), rows in fleet order. A RemoteTableModel, so a TableDock
// shows its progress with Stop, CsvExporter writes it and SortRole sorts it through a proxy.
class FleetOverviewModel : public models::RemoteTableModel {
    Q_OBJECT
public:
    enum Column {
        AccountColumn,
        RegionColumn,
        InstanceColumn,
        StatusColumn,
        SpecificationColumn,
        DatabasesColumn, // "audited / total"; SortRole: audited
        AgentsColumn,    // "on / total"; SortRole: on
        RiskHighColumn,  // enabled high-level risk rules
        RiskMediumColumn,
        RiskLowColumn,
        SqlInjectionColumn, // "on / total"; SortRole: on
        LastActivityColumn, // local time; SortRole: UTC QDateTime
        ErrorColumn,        // why a call of the row failed
        ColumnCount
    };

    enum Role {
        InstanceIdRole = RemoteTableModel::LastCommonRole + 1,
        ProfileRole,
        RegionRole,
        RowErrorRole, // QString, as the Error column
    };

    // Follows `fleet`: when it finishes loading, the rows are rebuilt and loaded (autoRefresh).
    explicit FleetOverviewModel(FleetModel* fleet, QObject* parent = nullptr);
    ~FleetOverviewModel() override;

    void setAutoRefresh(bool on) { m_autoRefresh = on; }
    void setMaxInFlightPerClient(int n);
    int maxInFlightPerClient() const { return m_maxPerClient; }

    const FleetOverviewRow& rowAt(int row) const { return m_rows.at(size_t(row)); }
    int rowOf(const QString& profile, const QString& region, const QString& instanceId) const;
    // The FleetModel instance node of a row (for "select a row, every dock follows").
    QModelIndex fleetIndex(int row) const;
    int failedRows() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

public Q_SLOTS:
    void refresh() override; // rows from the fleet's instances now, then their counts
    void cancel() override;  // stop(): rows not finished keep "-" and say "Stopped"
    void stop() { cancel(); }

Q_SIGNALS:
    void finished(); // every row answered, failed or was stopped

private:
    enum class Call { Databases, Agents, RiskRules, SqlInjection, OperationLog };
    struct Lane; // one client's queue of calls and what it has in flight
    void pump(Lane& lane);
    void start(Lane& lane, int row, Call call);
    void callDone(Lane* lane, int row, Call call, const api::ApiError& error);
    void rowChanged(int row);
    void abortAll();

    QPointer<FleetModel> m_fleet;
    std::vector<FleetOverviewRow> m_rows;
    std::vector<std::unique_ptr<Lane>> m_lanes;
    int m_maxPerClient = 6;
    int m_outstanding = 0; // calls not yet answered
    int m_rowsDone = 0;
    int m_generation = 0;
    bool m_autoRefresh = true;
};

} // namespace dbss::fleet
