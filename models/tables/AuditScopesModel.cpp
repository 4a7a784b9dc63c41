#include "models/tables/AuditScopesModel.h"

#include "models/tables/CellFormat.h"

namespace dbss::models {

using api::AuditScope;

AuditScopesModel::AuditScopesModel(api::ApiClient* client, QObject* parent)
    : RemoteRowsModel(client, int(Column::Count), parent) {}

api::ApiRequest AuditScopesModel::pageRequest(qint64 position, int pageSize) const {
    return api::listAuditScopes(instanceId(), position, pageSize);
}

bool AuditScopesModel::parsePage(const api::ApiReply& reply, QList<AuditScope>* rows, qint64* total,
                                 api::ApiError* error) const {
    return parseListReply(reply, &api::ListAuditScopesResponse::scopes, &api::ListAuditScopesResponse::total,
                          rows, total, error);
}

QVariant AuditScopesModel::display(const AuditScope& s, Column column) const {
    switch (column) {
    case Column::Name:
        return s.name;
    case Column::Status:
        return cell::onOffText(s.status);
    case Column::Action:
        return s.action;
    case Column::Databases:
        return s.dbNames.isEmpty() ? s.dbIds : s.dbNames;
    case Column::Users:
        return s.dbUsers;
    case Column::SourceIps:
        return s.sourceIps;
    case Column::SourcePorts:
        return s.sourcePorts;
    case Column::ExceptionIps:
        return s.exceptionIps;
    case Column::Count:
        break;
    }
    return {};
}

QVariant AuditScopesModel::cellData(const AuditScope& s, int column, int role) const {
    const auto c = Column(column);
    switch (role) {
    case Qt::DisplayRole:
        return display(s, c);
    case Qt::ToolTipRole:
        if (c == Column::Name)
            return s.allAudit ? tr("%1\nAudits everything").arg(s.name) : tr("%1\nID: %2").arg(s.name, s.id);
        return display(s, c);
    case Qt::DecorationRole:
        return c == Column::Status ? QVariant(cell::onOffColor(cell::isOnStatus(s.status))) : QVariant();
    case SortRole:
        return display(s, c);
    case StatusRole:
        return s.status;
    case AllAuditRole:
        return s.allAudit;
    default:
        return {};
    }
}

QVariant AuditScopesModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return RemoteRowsModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::Name:
        return tr("Scope");
    case Column::Status:
        return tr("Status");
    case Column::Action:
        return tr("Operations");
    case Column::Databases:
        return tr("Databases");
    case Column::Users:
        return tr("Users");
    case Column::SourceIps:
        return tr("Source IPs");
    case Column::SourcePorts:
        return tr("Source ports");
    case Column::ExceptionIps:
        return tr("Exception IPs");
    case Column::Count:
        break;
    }
    return {};
}

} // namespace dbss::models
