#include "models/tables/InstancesModel.h"

#include "models/tables/CellFormat.h"

#include <QColor>

namespace dbss::models {

using api::AuditInstance;

namespace {

QColor statusColor(const QString& status) {
    if (status == QLatin1String("ACTIVE"))
        return QColor(0x2e, 0x7d, 0x32);
    if (status == QLatin1String("ERROR") || status == QLatin1String("FROZEN"))
        return QColor(0xc6, 0x28, 0x28);
    if (status == QLatin1String("SHUTOFF"))
        return QColor(0x75, 0x75, 0x75);
    return QColor(0xef, 0x6c, 0x00); // transitional: BUILD, DELETING, HAWAIT, UPGRADEING
}

} // namespace

InstancesModel::InstancesModel(api::ApiClient* client, QObject* parent)
    : RemoteRowsModel(client, int(Column::Count), parent) {}

api::ApiRequest InstancesModel::pageRequest(qint64 position, int pageSize) const {
    return api::listAuditInstances(int(position), pageSize);
}

bool InstancesModel::parsePage(const api::ApiReply& reply, QList<AuditInstance>* rows, qint64* total,
                               api::ApiError* error) const {
    return parseListReply(reply, &api::ListAuditInstancesResponse::servers,
                          &api::ListAuditInstancesResponse::total, rows, total, error);
}

QString InstancesModel::statusText(const QString& status) {
    if (status == QLatin1String("ACTIVE"))
        return tr("Running");
    if (status == QLatin1String("SHUTOFF"))
        return tr("Stopped");
    if (status == QLatin1String("BUILD"))
        return tr("Creating");
    if (status == QLatin1String("DELETING"))
        return tr("Deleting");
    if (status == QLatin1String("DELETED"))
        return tr("Deleted");
    if (status == QLatin1String("ERROR"))
        return tr("Error");
    if (status == QLatin1String("HAWAIT"))
        return tr("Waiting for standby");
    if (status == QLatin1String("FROZEN"))
        return tr("Frozen");
    if (status == QLatin1String("UPGRADEING"))
        return tr("Upgrading");
    return status;
}

QVariant InstancesModel::displayValue(const AuditInstance& i, Column column) const {
    switch (column) {
    case Column::Name:
        return i.name;
    case Column::Status:
        return statusText(i.status);
    case Column::Specification:
        return cell::specificationText(i.specification);
    case Column::Version:
        return i.version;
    case Column::Zone:
        return i.zone;
    case Column::Address:
        return i.connectIpv6.isEmpty() ? i.connectIp : i.connectIp + QStringLiteral(", ") + i.connectIpv6;
    case Column::ChargeMode:
        if (i.chargeModel == QLatin1String("Period"))
            return tr("Yearly/Monthly");
        if (i.chargeModel == QLatin1String("Demand"))
            return tr("Pay-per-use");
        return i.chargeModel;
    case Column::Created:
        return cell::localTimeText(i.created);
    case Column::Expires:
        return i.expired.isEmpty() ? QString() : cell::localTimeText(i.expired);
    case Column::Count:
        break;
    }
    return {};
}

QVariant InstancesModel::cellData(const AuditInstance& i, int col, int role) const {
    const auto column = Column(col);
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(i, column);
    case Qt::ToolTipRole:
        if (column == Column::Status && !i.task.isEmpty() && i.task != QLatin1String("NO_TASK"))
            return tr("%1 (task: %2)").arg(statusText(i.status), i.task);
        if (column == Column::Name)
            return tr("%1\nID: %2").arg(i.name, i.id);
        return displayValue(i, column);
    case Qt::DecorationRole:
        return column == Column::Status ? QVariant(statusColor(i.status)) : QVariant();
    case StatusRole:
        return i.status;
    case SortRole:
        if (column == Column::Created)
            return cell::parseServiceTime(i.created);
        if (column == Column::Expires)
            return cell::parseServiceTime(i.expired);
        return displayValue(i, column);
    default:
        return {};
    }
}

QVariant InstancesModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return RemoteRowsModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::Name:
        return tr("Name");
    case Column::Status:
        return tr("Status");
    case Column::Specification:
        return tr("Specification");
    case Column::Version:
        return tr("Version");
    case Column::Zone:
        return tr("AZ");
    case Column::Address:
        return tr("IP address");
    case Column::ChargeMode:
        return tr("Billing");
    case Column::Created:
        return tr("Created");
    case Column::Expires:
        return tr("Expires");
    case Column::Count:
        break;
    }
    return {};
}

QHash<int, QByteArray> InstancesModel::roleNames() const {
    QHash<int, QByteArray> names = RemoteRowsModel::roleNames();
    names.insert(IdRole, "instanceId");
    names.insert(RawRole, "raw");
    names.insert(SortRole, "sortValue");
    names.insert(StatusRole, "status");
    return names;
}

} // namespace dbss::models
