#include "models/fleet/FleetModel.h"
#include "models/fleet/FleetNode.h"

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
            node->error = tr("Loading stopped");
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
        Q_EMIT clientCreated(region->client);
    }
    // The clients hold their own copies; this one is not needed any more.
    result.config.sk.fill(QChar(u'\0'));
    result.config.securityToken.fill(QChar(u'\0'));
    result.config.iamPassword.fill(QChar(u'\0'));
    nodeChanged(profile);
    for (const auto& region : profile->children)
        loadRegion(region.get());
    updateLoading(); // a profile without regions is done now
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
        api::ClientConfig config = node->client->config();
        for (const api::IamProject& project : projects.projects)
            if (project.name == code)
                config.projectId = project.id;
        if (config.projectId.isEmpty()) {
            node->error = tr("The account has no project in %1.").arg(code);
            regionFinished(node, {});
            return;
        }
        Q_EMIT clientAboutToBeRemoved(node->client);
        node->client->deleteLater();
        node->client = new api::ApiClient(std::move(config), this);
        Q_EMIT clientCreated(node->client);
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

} // namespace dbss::fleet
