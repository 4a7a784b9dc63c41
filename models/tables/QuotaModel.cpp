#include "models/tables/QuotaModel.h"

namespace dbss::models {

QuotaModel::QuotaModel(api::ApiClient* client, QObject* parent)
    : RemoteRowsModel(client, int(Column::Count), parent) {}

qint64 QuotaModel::remaining(const QString& id) const {
    const QuotaItem* item = row(rowOfId(id));
    return item ? item->value : -1;
}

api::ApiRequest QuotaModel::pageRequest(qint64, int) const {
    return api::showAuditQuota();
}

bool QuotaModel::parsePage(const api::ApiReply& reply, QList<QuotaItem>* rows, qint64* total,
                           api::ApiError* error) const {
    api::AuditQuota quota;
    if (!api::parseReply(reply, &quota, error))
        return false;
    const auto item = [&](const char* id, qint64 value) {
        rows->append(QuotaItem{QLatin1String(id), value, {{QLatin1String(id), value}}});
    };
    item("audit_quota", quota.auditQuota);
    item("cpu", quota.cpu);
    item("ram", quota.ram);
    *total = int(rows->size());
    return true;
}

QVariant QuotaModel::cellData(const QuotaItem& q, int column, int role) const {
    if (Column(column) == Column::Remaining) {
        if (role == SortRole)
            return q.value;
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return q.id == QLatin1String("ram") ? tr("%1 MB").arg(q.value) : QString::number(q.value);
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != SortRole)
        return {};
    if (q.id == QLatin1String("audit_quota"))
        return tr("Instances");
    if (q.id == QLatin1String("cpu"))
        return tr("vCPUs");
    if (q.id == QLatin1String("ram"))
        return tr("Memory");
    return q.id;
}

QVariant QuotaModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return RemoteRowsModel::headerData(section, orientation, role);
    return Column(section) == Column::Item ? tr("Resource") : tr("Remaining");
}

} // namespace dbss::models
