#pragma once

#include "models/api/AuditScopes.h"
#include "models/tables/RemoteRowsModel.h"

namespace dbss::models {

// The audit scope policies of one instance (ListAuditRuleScopes), offset/limit pages.
class AuditScopesModel : public RemoteRowsModel<api::AuditScope, InstanceRowsModel> {
    Q_OBJECT
public:
    enum class Column { Name, Status, Action, Databases, Users, SourceIps, SourcePorts, ExceptionIps, Count };
    Q_ENUM(Column)
    enum Role { StatusRole = LastCommonRole + 1, AllAuditRole };

    explicit AuditScopesModel(api::ApiClient* client, QObject* parent = nullptr);

    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    api::ApiRequest pageRequest(qint64 position, int pageSize) const override;
    bool parsePage(const api::ApiReply& reply, QList<api::AuditScope>* rows, qint64* total,
                   api::ApiError* error) const override;
    QString idOf(const api::AuditScope& row) const override { return row.id; }
    QVariant cellData(const api::AuditScope& row, int column, int role) const override;

private:
    QVariant display(const api::AuditScope& row, Column column) const;
};

} // namespace dbss::models
