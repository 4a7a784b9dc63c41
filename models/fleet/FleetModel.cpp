#include "models/fleet/FleetModel.h"

#include "models/api/ApiClient.h"
#include "models/api/EndpointTable.h"
#include "models/api/Iam.h"
#include "models/api/Instances.h"
#include "models/api/Pager.h"
#include "models/api/ParseReply.h"

namespace dbss::fleet {

StatusClass classifyStatus(const QString& status) {
    if (status == QLatin1String("ACTIVE"))
        return StatusClass::Running;
    if (status == QLatin1String("SHUTOFF"))
        return StatusClass::Stopped;
    if (status == QLatin1String("ERROR") || status == QLatin1String("FROZEN"))
        return StatusClass::Error;
    return StatusClass::Other;
}

StatusSummary& StatusSummary::operator+=(const StatusSummary& o) {
    running += o.running;
    stopped += o.stopped;
    error += o.error;
    other += o.other;
    failedNodes += o.failedNodes;
    return *this;
}

struct FleetModel::Node {
    NodeKind kind = NodeKind::Profile;
    Node* parent = nullptr;
    int row = 0;
    QString profile;
    QString region;
    QString error;
    bool loading = false;
    bool done = false;                  // region: listed or failed (progress)
    QPointer<api::ApiClient> client;    // region
    QPointer<api::Pager> pager;         // region: listing in flight
    QPointer<api::ApiReply> projectAsk; // region: IAM project lookup in flight
    api::AuditInstance instance;        // instance
    std::vector<std::unique_ptr<Node>> children;

    StatusSummary summary() const {
        StatusSummary s;
        if (kind == NodeKind::Instance) {
            switch (classifyStatus(instance.status)) {
            case StatusClass::Running:
                ++s.running;
                break;
            case StatusClass::Stopped:
                ++s.stopped;
                break;
            case StatusClass::Error:
                ++s.error;
                break;
            case StatusClass::Other:
                ++s.other;
                break;
            }
            return s;
        }
        if (!error.isEmpty())
            ++s.failedNodes;
        for (const auto& child : children)
            s += child->summary();
        return s;
    }
    bool anyLoading() const {
        if (loading)
            return true;
        for (const auto& child : children)
            if (child->kind != NodeKind::Instance && child->anyLoading())
                return true;
        return false;
    }
};

FleetModel::FleetModel(QObject* parent)
    : QAbstractItemModel(parent) {}

FleetModel::~FleetModel() {
    ++m_generation;
    removeClients();
}

void FleetModel::load(const QList<FleetProfile>& profiles, FleetConfigLoader loader) {
    ++m_generation;
    removeClients();
    beginResetModel();
    m_roots.clear();
    m_profiles = profiles;
    m_loader = std::move(loader);
    for (const FleetProfile& p : profiles) {
        auto node = std::make_unique<Node>();
        node->kind = NodeKind::Profile;
        node->profile = p.name;
        node->row = int(m_roots.size());
        for (const QString& code : p.regions) {
            auto region = std::make_unique<Node>();
            region->kind = NodeKind::Region;
            region->parent = node.get();
            region->profile = p.name;
            region->region = code;
            region->row = int(node->children.size());
            node->children.push_back(std::move(region));
        }
        m_roots.push_back(std::move(node));
    }
    endResetModel();
    for (const auto& node : m_roots)
        loadProfile(node.get());
    updateLoading();
}

void FleetModel::refresh() {
    ++m_generation;
    for (const auto& profile : m_roots) {
        if (!profile->error.isEmpty() || profile->children.empty() || !profile->children.front()->client) {
            loadProfile(profile.get());
            continue;
        }
        for (const auto& region : profile->children)
            loadRegion(region.get());
    }
    updateLoading();
}

void FleetModel::stop() {
    ++m_generation;
    for (const auto& profile : m_roots) {
        auto stopNode = [this](Node* node) {
            if (!node->loading)
                return;
            node->loading = false;
            node->done = true;
            node->error = tr("Stopped");
            nodeChanged(node);
        };
        for (const auto& region : profile->children) {
            if (region->pager)
                region->pager->abort();
            if (region->projectAsk)
                region->projectAsk->abort();
            stopNode(region.get());
        }
        stopNode(profile.get());
    }
    updateLoading();
}

void FleetModel::clear() {
    load({}, {});
}

void FleetModel::removeClients() {
    for (const auto& profile : m_roots)
        for (const auto& region : profile->children) {
            if (region->pager)
                region->pager->abort();
            if (region->projectAsk)
                region->projectAsk->abort();
            if (region->client) {
                Q_EMIT clientAboutToBeRemoved(region->client);
                region->client->deleteLater();
                region->client = nullptr;
            }
        }
}

void FleetModel::loadProfile(Node* profile) {
    profile->loading = true;
    profile->error.clear();
    for (const auto& region : profile->children) {
        region->done = false;
        region->loading = true;
        region->error.clear();
    }
    nodeChanged(profile);
    if (!m_loader) {
        onConfig(profile, {false, {}, tr("No way to load the profile's credentials.")});
        return;
    }
    const int generation = m_generation;
    const QString name = profile->profile;
    m_loader(name, this, [this, generation, name](FleetConfigResult result) {
        if (generation != m_generation)
            return;
        const QModelIndex index = profileIndex(name);
        if (index.isValid())
            onConfig(nodeOf(index), std::move(result));
    });
}

void FleetModel::onConfig(Node* profile, FleetConfigResult result) {
    profile->loading = false;
    if (!result.ok) {
        profile->error = result.error.isEmpty() ? tr("The profile could not be loaded.") : result.error;
        for (const auto& region : profile->children) {
            region->loading = false;
            region->done = true;
            nodeChanged(region.get());
        }
        nodeChanged(profile);
        Q_EMIT nodeFailed(profile->profile, QString(), profile->error);
        Q_EMIT progressChanged(regionsDone(), regionsTotal());
        updateLoading();
        return;
    }
    for (const auto& region : profile->children) {
        if (region->client) {
            Q_EMIT clientAboutToBeRemoved(region->client);
            region->client->deleteLater();
        }
        region->client = new api::ApiClient(regionConfig(result.config, region->region), this);
    }
    // The clients hold their own copies; this one is not needed any more.
    result.config.sk.fill(QChar(u'\0'));
    result.config.securityToken.fill(QChar(u'\0'));
    result.config.iamPassword.fill(QChar(u'\0'));
    nodeChanged(profile);
    for (const auto& region : profile->children)
        loadRegion(region.get());
}

void FleetModel::loadRegion(Node* region) {
    region->loading = true;
    region->done = false;
    region->error.clear();
    nodeChanged(region);
    if (region->client->projectId().isEmpty() &&
        region->client->config().authKind != api::AuthKind::IamPassword)
        resolveProject(region);
    else
        listInstances(region);
}

// AK/SK credentials name no project: a region other than the profile's own finds its project by
// name (the region code), as the SDKs do.
void FleetModel::resolveProject(Node* region) {
    const int generation = m_generation;
    api::ApiReply* reply = region->client->send(api::listProjects(region->region));
    region->projectAsk = reply;
    const QString profile = region->profile;
    const QString code = region->region;
    connect(reply, &api::ApiReply::finished, this, [this, reply, generation, profile, code] {
        reply->deleteLater();
        if (generation != m_generation)
            return;
        Node* node = nodeOf(regionIndex(profile, code));
        if (!node)
            return;
        api::ListProjectsResponse projects;
        api::ApiError error;
        if (!api::parseReply(*reply, &projects, &error)) {
            regionFinished(node, error);
            return;
        }
        if (projects.projects.isEmpty()) {
            node->error = tr("The account has no project in %1.").arg(code);
            regionFinished(node, {});
            return;
        }
        api::ClientConfig config = node->client->config();
        config.projectId = projects.projects.front().id;
        Q_EMIT clientAboutToBeRemoved(node->client);
        node->client->deleteLater();
        node->client = new api::ApiClient(std::move(config), this);
        listInstances(node);
    });
}

void FleetModel::listInstances(Node* region) {
    const int generation = m_generation;
    const QString profile = region->profile;
    const QString code = region->region;
    api::Pager::Options options;
    options.maxParallel = 2; // the overview's calls share the same connections
    region->pager = api::fetchAllPages<api::ListAuditInstancesResponse, api::AuditInstance, qint64>(
        region->client,
        [](qint64 position, int size) { return api::listAuditInstances(int(position), size); },
        &api::ListAuditInstancesResponse::servers, &api::ListAuditInstancesResponse::total, options, this,
        [this, generation, profile, code](QList<api::AuditInstance> instances, const api::ApiError& error) {
            if (generation != m_generation)
                return;
            Node* node = nodeOf(regionIndex(profile, code));
            if (!node)
                return;
            if (!error.isError()) {
                std::vector<std::unique_ptr<Node>> rows;
                for (api::AuditInstance& instance : instances) {
                    auto row = std::make_unique<Node>();
                    row->kind = NodeKind::Instance;
                    row->profile = profile;
                    row->region = code;
                    row->instance = std::move(instance);
                    rows.push_back(std::move(row));
                }
                setInstances(node, std::move(rows));
            }
            regionFinished(node, error);
        });
}

void FleetModel::regionFinished(Node* region, const api::ApiError& error) {
    region->loading = false;
    region->done = true;
    if (error.isError())
        region->error = error.userMessage();
    nodeChanged(region);
    if (!region->error.isEmpty())
        Q_EMIT nodeFailed(region->profile, region->region, region->error);
    else
        Q_EMIT regionLoaded(region->profile, region->region);
    Q_EMIT progressChanged(regionsDone(), regionsTotal());
    updateLoading();
}

// Merged by id so the views keep selection and expansion: vanished rows removed, known rows
// updated, new rows appended in the service's order.
void FleetModel::setInstances(Node* region, std::vector<std::unique_ptr<Node>> instances) {
    const QModelIndex parent = indexOf(region);
    QHash<QString, Node*> incoming;
    for (const auto& node : instances)
        incoming.insert(node->instance.id, node.get());
    for (int i = int(region->children.size()) - 1; i >= 0; --i) {
        if (incoming.contains(region->children[size_t(i)]->instance.id))
            continue;
        beginRemoveRows(parent, i, i);
        region->children.erase(region->children.begin() + i);
        endRemoveRows();
    }
    QHash<QString, Node*> known;
    for (size_t i = 0; i < region->children.size(); ++i) {
        region->children[i]->row = int(i);
        known.insert(region->children[i]->instance.id, region->children[i].get());
    }
    std::vector<std::unique_ptr<Node>> added;
    for (auto& node : instances) {
        if (Node* old = known.value(node->instance.id)) {
            old->instance = std::move(node->instance);
            Q_EMIT dataChanged(indexOf(old, 0), indexOf(old, ColumnCount - 1));
        } else {
            added.push_back(std::move(node));
        }
    }
    if (added.empty())
        return;
    const int first = int(region->children.size());
    beginInsertRows(parent, first, first + int(added.size()) - 1);
    for (auto& node : added) {
        node->parent = region;
        node->row = int(region->children.size());
        region->children.push_back(std::move(node));
    }
    endInsertRows();
}

void FleetModel::nodeChanged(Node* node) {
    for (Node* n = node; n; n = n->parent)
        Q_EMIT dataChanged(indexOf(n, 0), indexOf(n, ColumnCount - 1));
}

void FleetModel::updateLoading() {
    bool loading = false;
    for (const auto& profile : m_roots)
        loading = loading || profile->anyLoading();
    if (loading == m_loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
    if (!loading)
        Q_EMIT finished();
}

bool FleetModel::isLoading() const {
    return m_loading;
}

int FleetModel::regionsDone() const {
    int n = 0;
    for (const auto& profile : m_roots)
        for (const auto& region : profile->children)
            n += region->done ? 1 : 0;
    return n;
}

int FleetModel::regionsTotal() const {
    int n = 0;
    for (const auto& profile : m_roots)
        n += int(profile->children.size());
    return n;
}

// ---------------------------------------------------------------- lookups

FleetModel::Node* FleetModel::nodeOf(const QModelIndex& index) const {
    if (!index.isValid() || index.model() != this)
        return nullptr;
    auto* parent = static_cast<Node*>(index.internalPointer());
    if (!parent)
        return m_roots.at(size_t(index.row())).get();
    return parent->children.at(size_t(index.row())).get();
}

QModelIndex FleetModel::indexOf(const Node* node, int column) const {
    if (!node)
        return {};
    return createIndex(node->row, column, node->parent);
}

FleetModel::NodeKind FleetModel::kind(const QModelIndex& index) const {
    const Node* node = nodeOf(index);
    return node ? node->kind : NodeKind::Profile;
}

StatusSummary FleetModel::summary(const QModelIndex& index) const {
    if (const Node* node = nodeOf(index))
        return node->summary();
    StatusSummary all;
    for (const auto& profile : m_roots)
        all += profile->summary();
    return all;
}

QString FleetModel::errorAt(const QModelIndex& index) const {
    const Node* node = nodeOf(index);
    return node ? node->error : QString();
}

api::ApiClient* FleetModel::clientAt(const QModelIndex& index) const {
    const Node* node = nodeOf(index);
    if (node && node->kind == NodeKind::Instance)
        node = node->parent;
    if (!node || node->kind != NodeKind::Region || !node->error.isEmpty())
        return nullptr;
    return node->client;
}

FleetInstanceRef FleetModel::instanceAt(const QModelIndex& index) const {
    const Node* node = nodeOf(index);
    if (!node || node->kind != NodeKind::Instance)
        return {};
    return {node->profile, node->region, node->instance.id, node->instance.name, node->parent->client};
}

const api::AuditInstance* FleetModel::instanceData(const QModelIndex& index) const {
    const Node* node = nodeOf(index);
    return node && node->kind == NodeKind::Instance ? &node->instance : nullptr;
}

QList<QModelIndex> FleetModel::instanceIndexes() const {
    QList<QModelIndex> out;
    for (const auto& profile : m_roots)
        for (const auto& region : profile->children)
            for (const auto& instance : region->children)
                out << indexOf(instance.get());
    return out;
}

QModelIndex FleetModel::profileIndex(const QString& profile) const {
    for (const auto& node : m_roots)
        if (node->profile == profile)
            return indexOf(node.get());
    return {};
}

QModelIndex FleetModel::regionIndex(const QString& profile, const QString& region) const {
    const Node* p = nodeOf(profileIndex(profile));
    if (!p)
        return {};
    for (const auto& node : p->children)
        if (node->region == region)
            return indexOf(node.get());
    return {};
}

QModelIndex FleetModel::instanceIndex(const QString& profile, const QString& region,
                                      const QString& instanceId) const {
    const Node* r = nodeOf(regionIndex(profile, region));
    if (!r)
        return {};
    for (const auto& node : r->children)
        if (node->instance.id == instanceId)
            return indexOf(node.get());
    return {};
}

// ---------------------------------------------------------------- QAbstractItemModel

QModelIndex FleetModel::index(int row, int column, const QModelIndex& parent) const {
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (!parent.isValid())
        return row < int(m_roots.size()) ? createIndex(row, column, nullptr) : QModelIndex();
    if (parent.column() != 0)
        return {};
    Node* node = nodeOf(parent);
    if (!node || row >= int(node->children.size()))
        return {};
    return createIndex(row, column, node);
}

QModelIndex FleetModel::parent(const QModelIndex& child) const {
    if (!child.isValid())
        return {};
    auto* parent = static_cast<Node*>(child.internalPointer());
    return parent ? indexOf(parent) : QModelIndex();
}

int FleetModel::rowCount(const QModelIndex& parent) const {
    if (!parent.isValid())
        return int(m_roots.size());
    if (parent.column() != 0)
        return 0;
    const Node* node = nodeOf(parent);
    return node ? int(node->children.size()) : 0;
}

int FleetModel::columnCount(const QModelIndex&) const {
    return ColumnCount;
}

namespace {
QString summaryText(const StatusSummary& s) {
    QStringList parts;
    parts << FleetModel::tr("%n running", nullptr, s.running)
          << FleetModel::tr("%n stopped", nullptr, s.stopped);
    if (s.error)
        parts << FleetModel::tr("%n in error", nullptr, s.error);
    if (s.other)
        parts << FleetModel::tr("%n other", nullptr, s.other);
    if (s.failedNodes)
        parts << FleetModel::tr("%n failed to load", nullptr, s.failedNodes);
    return parts.join(QStringLiteral(", "));
}
} // namespace

QVariant FleetModel::data(const QModelIndex& index, int role) const {
    const Node* node = nodeOf(index);
    if (!node)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        if (index.column() == NameColumn) {
            if (node->kind == NodeKind::Profile)
                return node->profile;
            if (node->kind == NodeKind::Region) {
                const std::optional<api::RegionInfo> info = api::EndpointTable::region(node->region);
                return info ? QStringLiteral("%1 (%2)").arg(node->region, info->displayName) : node->region;
            }
            return node->instance.name.isEmpty() ? node->instance.id : node->instance.name;
        }
        if (node->kind == NodeKind::Instance)
            return node->instance.status;
        if (!node->error.isEmpty())
            return node->error;
        if (node->loading)
            return tr("Loading…");
        if (node->kind == NodeKind::Region && !node->done)
            return QString();
        return summaryText(node->summary());
    case NodeKindRole:
        return int(node->kind);
    case ProfileRole:
        return node->profile;
    case RegionRole:
        return node->kind == NodeKind::Profile ? QVariant() : QVariant(node->region);
    case InstanceIdRole:
        return node->kind == NodeKind::Instance ? QVariant(node->instance.id) : QVariant();
    case InstanceStatusRole:
        return node->kind == NodeKind::Instance ? QVariant(node->instance.status) : QVariant();
    case ErrorRole:
        return node->error;
    case LoadingRole:
        return node->kind != NodeKind::Instance && node->anyLoading();
    case RunningCountRole:
        return node->summary().running;
    case StoppedCountRole:
        return node->summary().stopped;
    case ErrorCountRole:
        return node->summary().error;
    case OtherCountRole:
        return node->summary().other;
    case FailedNodesRole:
        return node->summary().failedNodes;
    case TotalCountRole:
        return node->summary().total();
    case RawRole:
        return node->kind == NodeKind::Instance ? QVariant(node->instance.raw) : QVariant();
    default:
        return {};
    }
}

QVariant FleetModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace dbss::fleet
