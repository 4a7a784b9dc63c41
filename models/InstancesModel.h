#pragma once

#include "models/RemoteTableModel.h"
#include "models/api/Instances.h"
#include <QPointer>

#include <vector>

namespace dbss::api {
class ApiClient;
class ApiReply;
} // namespace dbss::api

namespace dbss::models {

// The audit instances of the client's project (ListAuditInstances), fetched page by page.
// A refresh merges by instance id: changed rows are updated in place, new rows inserted and
// vanished rows removed, so selections and scroll positions survive.
class InstancesModel : public RemoteTableModel {
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
    ~InstancesModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    const api::AuditInstance* instance(int row) const;
    int rowOfId(const QString& id) const;

    static QString statusText(const QString& status); // "ACTIVE" -> "Running" (translated)
    static constexpr int kDefaultPageSize = 100;
    void setPageSize(int size) { m_pageSize = size; }

public Q_SLOTS:
    void refresh() override;
    void cancel() override;

private:
    void fetchPage(int offset);
    void onPage(api::ApiReply* reply, int offset);
    void merge(const QList<api::AuditInstance>& page);
    void finishRefresh();
    QVariant displayValue(const api::AuditInstance& i, Column column) const;

    QPointer<api::ApiClient> m_client;
    std::vector<api::AuditInstance> m_rows;
    QSet<QString> m_seen; // ids delivered by the refresh in progress
    QPointer<api::ApiReply> m_inFlight;
    int m_pageSize = kDefaultPageSize;
};

} // namespace dbss::models
