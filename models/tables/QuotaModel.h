#pragma once

#include "models/api/AccountResources.h"
#include "models/tables/RemoteRowsModel.h"

namespace dbss::models {

// One quota figure of ShowAuditQuota as a row (instances left, vCPUs, memory).
struct QuotaItem {
    QString id; // "audit_quota", "cpu", "ram"
    qint64 value = 0;
    QJsonObject raw;
};

// The project's remaining DBSS quota (ShowAuditQuota) as a two-column list, for the buy form.
class QuotaModel : public RemoteRowsModel<QuotaItem> {
    Q_OBJECT
public:
    enum class Column { Item, Remaining, Count };
    Q_ENUM(Column)

    explicit QuotaModel(api::ApiClient* client, QObject* parent = nullptr);
    qint64 remaining(const QString& id) const; // -1 while unknown

    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    bool isPaged() const override { return false; }
    api::ApiRequest pageRequest(qint64 position, int pageSize) const override;
    bool parsePage(const api::ApiReply& reply, QList<QuotaItem>* rows, qint64* total,
                   api::ApiError* error) const override;
    QString idOf(const QuotaItem& row) const override { return row.id; }
    QVariant cellData(const QuotaItem& row, int column, int role) const override;
};

} // namespace dbss::models
