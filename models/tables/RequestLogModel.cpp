#include "models/tables/RequestLogModel.h"

#include "models/OperationNames.h"
#include "models/api/ApiClient.h"
#include "models/tables/RemoteTableModel.h"

#include <QColor>

namespace dbss::models {

// Views sort every table by one role.
static_assert(int(RequestLogModel::SortRole) == int(RemoteTableModel::SortRole));

RequestLogModel::RequestLogModel(api::ApiClient* client, QObject* parent)
    : QAbstractTableModel(parent) {
    addClient(client);
}

void RequestLogModel::addClient(api::ApiClient* client) {
    if (client)
        connect(client, &api::ApiClient::requestLogged, this, &RequestLogModel::append);
}

int RequestLogModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RequestLogModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant RequestLogModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const api::RequestLogEntry& e = m_rows[size_t(index.row())];
    const auto column = Column(index.column());
    if (role == Qt::ToolTipRole && column == Column::Operation)
        return e.operation; // the API's name, for whoever reads the API documents
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (column) {
        case Column::Time:
            return e.time.toString(QStringLiteral("HH:mm:ss.zzz"));
        case Column::Operation:
            return operationTitle(e.operation);
        case Column::Method:
            return QString::fromLatin1(e.method);
        case Column::Url:
            return e.url;
        case Column::Status:
            return e.httpStatus ? QString::number(e.httpStatus) : tr("no answer");
        case Column::Duration:
            return tr("%1 ms").arg(e.durationMs);
        case Column::Attempt:
            return e.attempt;
        case Column::ErrorCode:
            return e.errorCode;
        case Column::RequestId:
            return e.requestId;
        case Column::Count:
            break;
        }
    } else if (role == SortRole) {
        switch (column) {
        case Column::Time:
            return e.time;
        case Column::Status:
            return e.httpStatus;
        case Column::Duration:
            return e.durationMs;
        case Column::Attempt:
            return e.attempt;
        default:
            return data(index, Qt::DisplayRole);
        }
    } else if (role == Qt::ForegroundRole && column == Column::Status) {
        if (e.httpStatus == 0 || e.httpStatus >= 400)
            return QColor(0xc6, 0x28, 0x28);
    } else if (role == BodyRole) {
        return e.requestBody; // already redacted
    }
    return {};
}

QVariant RequestLogModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::Time:
        return tr("Time");
    case Column::Operation:
        return tr("Operation");
    case Column::Method:
        return tr("Method");
    case Column::Url:
        return tr("URL");
    case Column::Status:
        return tr("Status");
    case Column::Duration:
        return tr("Duration");
    case Column::Attempt:
        return tr("Attempt");
    case Column::ErrorCode:
        return tr("Error code");
    case Column::RequestId:
        return tr("Request ID");
    case Column::Count:
        break;
    }
    return {};
}

void RequestLogModel::append(const api::RequestLogEntry& entry) {
    if (m_rows.size() >= size_t(kMaxRows)) {
        beginRemoveRows({}, 0, 0);
        m_rows.pop_front();
        endRemoveRows();
    }
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.push_back(entry);
    endInsertRows();
}

void RequestLogModel::clear() {
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

} // namespace dbss::models
