#include "models/tables/AgentsModel.h"

#include "models/tables/CellFormat.h"

namespace dbss::models {

using api::AuditAgent;

AgentsModel::AgentsModel(api::ApiClient* client, QObject* parent)
    : RemoteRowsModel(client, int(Column::Count), parent) {}

void AgentsModel::setInstance(const QString& instance, const QString& databaseId) {
    changeInstance(instance, databaseId != m_dbId, [&] { m_dbId = databaseId; });
}

api::ApiRequest AgentsModel::pageRequest(qint64 position, int pageSize) const {
    return api::listAuditAgents(instanceId(), m_dbId, position, pageSize);
}

bool AgentsModel::parsePage(const api::ApiReply& reply, QList<AuditAgent>* rows, qint64* total,
                            api::ApiError* error) const {
    return parseListReply(reply, &api::ListAuditAgentsResponse::agents, &api::ListAuditAgentsResponse::total,
                          rows, total, error);
}

void AgentsModel::setOn(AuditAgent& row, bool on) const {
    row.status = on ? 1 : 0;
    row.raw.insert(QStringLiteral("status"), row.status);
}

api::ApiRequest AgentsModel::switchRequest(const QStringList& ids, bool on) const {
    return api::switchAgent(instanceId(), ids.value(0), on);
}

QVariant AgentsModel::display(const AuditAgent& a, Column column) const {
    switch (column) {
    case Column::Id:
        return a.agentId;
    case Column::Enabled:
        return a.status == 1 ? tr("On") : tr("Off");
    case Column::Type:
        return a.agentType == QLatin1String("APP") ? tr("Application side") : tr("Database side");
    case Column::Database:
        return a.dbName;
    case Column::Address:
        return a.agentIp;
    case Column::Os:
        return a.agentOs;
    case Column::Nic:
        return a.agentNic;
    case Column::Cpu:
        return tr("%1 %").arg(a.cpuThreshold);
    case Column::Memory:
        return tr("%1 %").arg(a.memThreshold);
    case Column::Capture:
        return a.datacapStatus == 1 ? tr("Capturing") : tr("Idle");
    case Column::Count:
        break;
    }
    return {};
}

QVariant AgentsModel::cellData(const AuditAgent& a, int column, int role) const {
    const auto c = Column(column);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return display(a, c);
    case Qt::DecorationRole:
        return c == Column::Enabled ? QVariant(cell::onOffColor(isOn(a))) : QVariant();
    case SortRole:
        if (c == Column::Cpu)
            return a.cpuThreshold;
        if (c == Column::Memory)
            return a.memThreshold;
        if (c == Column::Enabled)
            return a.status;
        return display(a, c);
    case TypeRole:
        return a.agentType;
    case EnabledRole:
        return isOn(a);
    default:
        return {};
    }
}

QVariant AgentsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return RemoteRowsModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::Id:
        return tr("Agent ID");
    case Column::Enabled:
        return tr("Enabled");
    case Column::Type:
        return tr("Type");
    case Column::Database:
        return tr("Database");
    case Column::Address:
        return tr("Address");
    case Column::Os:
        return tr("OS");
    case Column::Nic:
        return tr("NIC");
    case Column::Cpu:
        return tr("CPU threshold");
    case Column::Memory:
        return tr("Memory threshold");
    case Column::Capture:
        return tr("Capture");
    case Column::Count:
        break;
    }
    return {};
}

} // namespace dbss::models
