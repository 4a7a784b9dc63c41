#pragma once

#include "models/api/AccountResources.h"
#include "models/tables/RemoteRowsModel.h"

namespace dbss::models {

// The instance specifications on sale (ListEcsSpecification) for the buy form; optionally only
// those offered in one availability zone. Column 0's display is the combo text, IdRole the id.
class SpecificationsModel : public RemoteRowsModel<api::EcsSpecification> {
    Q_OBJECT
public:
    enum class Column { Name, Level, Vcpus, Ram, Databases, Zones, Count };
    Q_ENUM(Column)
    enum Role { LevelRole = LastCommonRole + 1, ZonesRole };

    explicit SpecificationsModel(api::ApiClient* client, QObject* parent = nullptr);
    void setZone(const QString& zone); // "": every specification
    QString zone() const { return m_zone; }

    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    bool isPaged() const override { return false; }
    api::ApiRequest pageRequest(qint64 position, int pageSize) const override;
    bool parsePage(const api::ApiReply& reply, QList<api::EcsSpecification>* rows, qint64* total,
                   api::ApiError* error) const override;
    QString idOf(const api::EcsSpecification& row) const override { return row.id; }
    QVariant cellData(const api::EcsSpecification& row, int column, int role) const override;

private:
    QString m_zone;
};

// The availability zones of the region (ListAvailabilityZoneInfos) for the buy form.
class AvailabilityZonesModel : public RemoteRowsModel<api::AvailabilityZone> {
    Q_OBJECT
public:
    enum class Column { Name, Alias, Type, Number, Count };
    Q_ENUM(Column)

    explicit AvailabilityZonesModel(api::ApiClient* client, QObject* parent = nullptr);

    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    bool isPaged() const override { return false; }
    api::ApiRequest pageRequest(qint64 position, int pageSize) const override;
    bool parsePage(const api::ApiReply& reply, QList<api::AvailabilityZone>* rows, qint64* total,
                   api::ApiError* error) const override;
    QString idOf(const api::AvailabilityZone& row) const override { return row.zoneName; }
    QVariant cellData(const api::AvailabilityZone& row, int column, int role) const override;
};

} // namespace dbss::models
