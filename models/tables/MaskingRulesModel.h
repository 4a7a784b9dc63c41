#pragma once

#include "models/api/Rules.h"
#include "models/tables/RemoteRowsModel.h"

namespace dbss::models {

// The privacy data masking rules of one instance (ListAuditSensitiveMasks, offset/limit pages).
class MaskingRulesModel : public RemoteRowsModel<api::MaskingRule, InstanceRowsModel> {
    Q_OBJECT
public:
    enum class Column { Name, Status, Type, Regex, MaskValue, Modified, Count };
    Q_ENUM(Column)
    enum Role { StatusRole = LastCommonRole + 1 };

    explicit MaskingRulesModel(api::ApiClient* client, QObject* parent = nullptr);

    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    api::ApiRequest pageRequest(qint64 position, int pageSize) const override;
    bool parsePage(const api::ApiReply& reply, QList<api::MaskingRule>* rows, qint64* total,
                   api::ApiError* error) const override;
    QString idOf(const api::MaskingRule& row) const override { return row.id; }
    QVariant cellData(const api::MaskingRule& row, int column, int role) const override;

private:
    QVariant display(const api::MaskingRule& row, Column column) const;
};

} // namespace dbss::models
