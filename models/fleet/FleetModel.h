#pragma once

#include "models/api/ApiClient.h"
#include "models/api/ApiError.h"
#include "models/fleet/FleetConfig.h"

#include <QAbstractItemModel>
#include <QPointer>

#include <memory>
#include <vector>

namespace dbss::api {
struct AuditInstance;
} // namespace dbss::api

namespace dbss::fleet {

// How an instance node's status counts in the summaries: ACTIVE is running, SHUTOFF stopped,
// ERROR and FROZEN are errors, anything else (BUILD, DELETING, ...) is "other".
enum class StatusClass { Running, Stopped, Error, Other };
StatusClass classifyStatus(const QString& status);

// Counts under a node (an instance counts for itself). failedNodes: regions or profiles below
// (or at) the node that could not be loaded.
struct StatusSummary {
    int running = 0;
    int stopped = 0;
    int error = 0;
    int other = 0;
    int failedNodes = 0;
    int total() const { return running + stopped + error + other; }
    StatusSummary& operator+=(const StatusSummary& o);
};

// Everything a dock needs to follow an instance of the fleet. `client` is owned by the FleetModel
// (one ApiClient per profile and region, with that profile's credentials); it stays valid until
// clientAboutToBeRemoved(client) — hold it in a QPointer.
struct FleetInstanceRef {
    QString profile;
    QString region;
    QString instanceId; // the list's `id`: {instance_id} in paths
    QString instanceName;
    QPointer<api::ApiClient> client;
    bool isValid() const { return !instanceId.isEmpty() && client; }
};

// The fleet as a tree: profile › region › instance. Every profile's credentials load in parallel
// (FleetConfigLoader) and every region lists its instances with its own ApiClient; a profile or
// region that fails carries its error on its own node and never holds up the others.
class FleetModel : public QAbstractItemModel {
    Q_OBJECT
    Q_PROPERTY(bool loading READ isLoading NOTIFY loadingChanged)
public:
    enum class NodeKind { Profile, Region, Instance };
    Q_ENUM(NodeKind)

    enum Column {
        NameColumn,   // profile name / "cn-north-4 (CN North-Beijing4)" / instance name
        StatusColumn, // "3 running, 1 stopped" / "Loading…" / the error / the instance's status
        ColumnCount
    };

    enum Role {
        NodeKindRole = Qt::UserRole + 1, // int(NodeKind)
        ProfileRole,                     // every node
        RegionRole,                      // region and instance nodes
        InstanceIdRole,                  // instance nodes
        InstanceStatusRole,              // instance nodes: the raw status (ACTIVE, SHUTOFF, ...)
        ErrorRole,                       // QString: why this node failed to load; empty when fine
        LoadingRole,                     // bool: this node (or one below) is still loading
        RunningCountRole,                // int, StatusSummary of the node
        StoppedCountRole,
        ErrorCountRole,
        OtherCountRole,
        FailedNodesRole,
        TotalCountRole,
        RawRole, // instance nodes: QJsonObject, the instance as the service sent it
    };

    explicit FleetModel(QObject* parent = nullptr);
    ~FleetModel() override;

    // Replaces the fleet (clientAboutToBeRemoved for every old client, a model reset) and loads it:
    // `loader` for each profile in parallel, then every region's instances in parallel.
    void load(const QList<FleetProfile>& profiles, FleetConfigLoader loader);
    // Lists the instances again (keeping the clients); failed profiles load their config again.
    void refresh();
    void stop(); // cancels what is in flight; the nodes it hit say "Loading stopped"
    void clear();

    bool isLoading() const;
    const QList<FleetProfile>& profiles() const { return m_profiles; }
    // Progress in region nodes: finished (loaded or failed) of all.
    int regionsDone() const;
    int regionsTotal() const;

    NodeKind kind(const QModelIndex& index) const;
    StatusSummary summary(const QModelIndex& index) const; // invalid index: the whole fleet
    QString errorAt(const QModelIndex& index) const;
    // For a region or instance node: that region's client; nullptr for profiles and failed regions.
    api::ApiClient* clientAt(const QModelIndex& index) const;
    // For an instance node; an invalid ref otherwise.
    FleetInstanceRef instanceAt(const QModelIndex& index) const;
    // Every instance node, profile by profile, region by region (what the overview lists).
    QList<QModelIndex> instanceIndexes() const;
    const api::AuditInstance* instanceData(const QModelIndex& index) const;
    QModelIndex profileIndex(const QString& profile) const;
    QModelIndex regionIndex(const QString& profile, const QString& region) const;
    QModelIndex instanceIndex(const QString& profile, const QString& region, const QString& instanceId) const;

    // QAbstractItemModel
    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void loadingChanged(bool loading);
    void progressChanged(int regionsDone, int regionsTotal);
    // A profile (region empty) or a region could not be loaded; its node carries the message.
    void nodeFailed(const QString& profile, const QString& region, const QString& message);
    // A region's instances were listed (its rows are in the model).
    void regionLoaded(const QString& profile, const QString& region);
    void finished(); // nothing in flight any more (after load/refresh/stop)
    // A client made for a profile's region (its requests can be followed from here on).
    void clientCreated(dbss::api::ApiClient* client);
    // Before a client is deleted (load() of another fleet, clear(), destruction): drop it.
    void clientAboutToBeRemoved(dbss::api::ApiClient* client);

private:
    struct Node;
    Node* nodeOf(const QModelIndex& index) const;
    QModelIndex indexOf(const Node* node, int column = 0) const;
    void loadProfile(Node* profile);
    void onConfig(Node* profile, FleetConfigResult result);
    void loadRegion(Node* region);
    void resolveProject(Node* region);
    void listInstances(Node* region);
    void regionFinished(Node* region, const api::ApiError& error);
    void setInstances(Node* region, std::vector<std::unique_ptr<Node>> instances);
    void nodeChanged(Node* node); // dataChanged for it and its ancestors
    void removeClients();
    void updateLoading();

    QList<FleetProfile> m_profiles;
    FleetConfigLoader m_loader;
    std::vector<std::unique_ptr<Node>> m_roots;
    int m_generation = 0; // load()/refresh()/stop() count: late answers of an older one are dropped
    bool m_loading = false;
};

} // namespace dbss::fleet
