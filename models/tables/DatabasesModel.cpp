#include "models/tables/DatabasesModel.h"

#include "models/tables/CellFormat.h"

namespace dbss::models {

using api::AuditDatabase;

DatabasesModel::DatabasesModel(api::ApiClient* client, QObject* parent)
    : RemoteRowsModel(client, int(Column::Count), parent) {}

void DatabasesModel::setStatusFilter(const QString& status) {
    if (status == m_status)
        return;
    m_status = status;
    refresh(); // same instance: rows that still match stay, the others are removed
}

api::ApiRequest DatabasesModel::pageRequest(qint64 position, int pageSize) const {
    return api::listAuditDatabases(instanceId(), m_status, position, pageSize);
}

bool DatabasesModel::parsePage(const api::ApiReply& reply, QList<AuditDatabase>* rows, qint64* total,
                               api::ApiError* error) const {
    return parseListReply(reply, &api::ListAuditDatabasesResponse::databases,
                          &api::ListAuditDatabasesResponse::total, rows, total, error);
}

bool DatabasesModel::isOn(const AuditDatabase& row) const {
    return cell::isOnStatus(row.status);
}

void DatabasesModel::setOn(AuditDatabase& row, bool on) const {
    row.status = on ? QStringLiteral("ON") : QStringLiteral("OFF");
    row.raw.insert(QStringLiteral("status"), row.status);
}

api::ApiRequest DatabasesModel::switchRequest(const QStringList& ids, bool on) const {
    return api::switchAuditDatabase(instanceId(), ids.value(0), on);
}

QVariant DatabasesModel::display(const AuditDatabase& d, Column column) const {
    switch (column) {
    case Column::Name:
        return d.name;
    case Column::Audit:
        return cell::onOffText(d.status);
    case Column::Type:
        return d.type;
    case Column::Version:
        return d.version;
    case Column::Address:
        return d.port.isEmpty() ? d.ip : d.ip + QLatin1Char(':') + d.port;
    case Column::Os:
        return d.os;
    case Column::Charset:
        return d.charset;
    case Column::Classification:
        return d.dbClassification;
    case Column::AgentStatus:
        return d.auditStatus;
    case Column::Count:
        break;
    }
    return {};
}

QVariant DatabasesModel::cellData(const AuditDatabase& d, int column, int role) const {
    const auto c = Column(column);
    switch (role) {
    case Qt::DisplayRole:
        return display(d, c);
    case Qt::ToolTipRole:
        if (c == Column::Name)
            return tr("%1\nID: %2").arg(d.name, d.id);
        if (c == Column::Audit && isSwitching(d.id))
            return tr("Switching audit %1…").arg(cell::onOffText(d.status));
        return display(d, c);
    case Qt::DecorationRole:
        return c == Column::Audit ? QVariant(cell::onOffColor(isOn(d))) : QVariant();
    case SortRole:
        return display(d, c);
    case TypeRole:
        return d.type;
    case AuditOnRole:
        return isOn(d);
    case AuditStatusRole:
        return d.auditStatus;
    default:
        return {};
    }
}

QVariant DatabasesModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return RemoteRowsModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::Name:
        return tr("Database");
    case Column::Audit:
        return tr("Audit");
    case Column::Type:
        return tr("Type");
    case Column::Version:
        return tr("Version");
    case Column::Address:
        return tr("Address");
    case Column::Os:
        return tr("OS");
    case Column::Charset:
        return tr("Charset");
    case Column::Classification:
        return tr("Source");
    case Column::AgentStatus:
        return tr("Audit status");
    case Column::Count:
        break;
    }
    return {};
}

} // namespace dbss::models
