#include "models/tables/SpecificationsModel.h"

#include "models/tables/CellFormat.h"

namespace dbss::models {

using api::AvailabilityZone;
using api::EcsSpecification;

SpecificationsModel::SpecificationsModel(api::ApiClient* client, QObject* parent)
    : RemoteRowsModel(client, int(Column::Count), parent) {}

void SpecificationsModel::setZone(const QString& zone) {
    if (zone != m_zone)
        changeScope([&] { m_zone = zone; });
}

api::ApiRequest SpecificationsModel::pageRequest(qint64, int) const {
    return api::listEcsSpecification();
}

bool SpecificationsModel::parsePage(const api::ApiReply& reply, QList<EcsSpecification>* rows, qint64* total,
                                    api::ApiError* error) const {
    if (!parseListReply(reply, &api::ListEcsSpecificationResponse::specification,
                        static_cast<int api::ListEcsSpecificationResponse::*>(nullptr), rows, total, error))
        return false;
    if (!m_zone.isEmpty()) // the service cannot filter: done here
        rows->removeIf([this](const EcsSpecification& s) { return !s.azs.contains(m_zone); });
    *total = int(rows->size());
    return true;
}

QVariant SpecificationsModel::cellData(const EcsSpecification& s, int column, int role) const {
    const auto c = Column(column);
    if (role == LevelRole)
        return s.level;
    if (role == ZonesRole)
        return s.azs;
    if (role == SortRole) {
        switch (c) {
        case Column::Vcpus:
            return s.vcpus;
        case Column::Ram:
            return s.ram;
        case Column::Databases:
            return s.proxy;
        default:
            break;
        }
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != SortRole)
        return {};
    switch (c) {
    case Column::Name:
        return s.name.isEmpty() ? s.id : s.name;
    case Column::Level:
        return cell::editionText(s.level);
    case Column::Vcpus:
        return s.vcpus;
    case Column::Ram:
        return tr("%1 GB").arg(s.ram / 1024.0, 0, 'g', 3);
    case Column::Databases:
        return s.proxy;
    case Column::Zones:
        return s.azs.join(QStringLiteral(", "));
    case Column::Count:
        break;
    }
    return {};
}

QVariant SpecificationsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return RemoteRowsModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::Name:
        return tr("Specification");
    case Column::Level:
        return tr("Edition");
    case Column::Vcpus:
        return tr("vCPUs");
    case Column::Ram:
        return tr("Memory");
    case Column::Databases:
        return tr("Databases");
    case Column::Zones:
        return tr("Availability zones");
    case Column::Count:
        break;
    }
    return {};
}

AvailabilityZonesModel::AvailabilityZonesModel(api::ApiClient* client, QObject* parent)
    : RemoteRowsModel(client, int(Column::Count), parent) {}

api::ApiRequest AvailabilityZonesModel::pageRequest(qint64, int) const {
    return api::listAvailabilityZones();
}

bool AvailabilityZonesModel::parsePage(const api::ApiReply& reply, QList<AvailabilityZone>* rows,
                                       qint64* total, api::ApiError* error) const {
    return parseListReply(reply, &api::ListAvailabilityZonesResponse::azs,
                          static_cast<int api::ListAvailabilityZonesResponse::*>(nullptr), rows, total,
                          error);
}

QVariant AvailabilityZonesModel::cellData(const AvailabilityZone& z, int column, int role) const {
    const auto c = Column(column);
    if (role == SortRole && c == Column::Number)
        return z.zoneNumber;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != SortRole)
        return {};
    switch (c) {
    case Column::Name:
        return z.alias.isEmpty() ? z.zoneName : z.alias;
    case Column::Alias:
        return z.zoneName;
    case Column::Type:
        return z.azType;
    case Column::Number:
        return z.zoneNumber;
    case Column::Count:
        break;
    }
    return {};
}

QVariant AvailabilityZonesModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return RemoteRowsModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::Name:
        return tr("Availability zone");
    case Column::Alias:
        return tr("Code");
    case Column::Type:
        return tr("Type");
    case Column::Number:
        return tr("Number");
    case Column::Count:
        break;
    }
    return {};
}

} // namespace dbss::models
