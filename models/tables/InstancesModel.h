#pragma once

#include "models/api/Instances.h"
#include "models/tables/RemoteRowsModel.h"

namespace dbss::models {

// The audit instances of the client's project (ListAuditInstances), fetched by the shared pager
// (the largest pages, in parallel once the total is known). A refresh merges by instance id:
// changed rows are updated in place, new rows inserted and vanished rows removed, so selections
// and scroll positions survive.
class InstancesModel : public RemoteRowsModel<api::AuditInstance> {
    Q_OBJECT
public:
    enum class Column {
        Name,
        Status,
        Specification,
        Version,
        Zone,
        Address,
        ChargeMode,
        Created,
        Expires,
        Count
    };
    Q_ENUM(Column)
    enum Role {
        StatusRole = LastCommonRole + 1, // raw status code, e.g. "ACTIVE"
    };

    explicit InstancesModel(api::ApiClient* client, QObject* parent = nullptr);

    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    const api::AuditInstance* instance(int r) const { return row(r); }

    static QString statusText(const QString& status); // "ACTIVE" -> "Running" (translated)

protected:
    api::ApiRequest pageRequest(qint64 position, int pageSize) const override;
    bool parsePage(const api::ApiReply& reply, QList<api::AuditInstance>* rows, qint64* total,
                   api::ApiError* error) const override;
    QString idOf(const api::AuditInstance& row) const override { return row.id; }
    QVariant cellData(const api::AuditInstance& row, int column, int role) const override;

private:
    QVariant displayValue(const api::AuditInstance& i, Column column) const;
};

} // namespace dbss::models
