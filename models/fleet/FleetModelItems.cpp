// FleetModel: lookups by node, profile, region and instance, and the QAbstractItemModel interface.
#include "models/api/EndpointTable.h"
#include "models/fleet/FleetModel.h"
#include "models/fleet/FleetNode.h"

namespace dbss::fleet {

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
