#include "models/tables/ChangeHistoryModel.h"

#include "models/OperationNames.h"
#include "models/api/ApiClient.h"

#include <QColor>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace dbss::models {

ChangeHistoryModel::ChangeHistoryModel(api::ApiClient* client, QObject* parent)
    : QAbstractTableModel(parent) {
    if (client)
        connect(client, &api::ApiClient::requestLogged, this, &ChangeHistoryModel::record);
}

QString ChangeHistoryModel::describe(const api::RequestLogEntry& entry) {
    QString text = operationTitle(entry.operation);
    // Switches say which way and which rows (the body is redacted, ids and status are no secrets).
    const QJsonObject body = QJsonDocument::fromJson(entry.requestBody).object();
    if (!entry.operation.startsWith(QLatin1String("Switch")) || body.isEmpty())
        return text;
    const QJsonValue status = body.value(QLatin1String("status"));
    const bool on = status.isString() ? status.toString() == QLatin1String("ON") : status.toInt() == 1;
    QString ids = body.value(QLatin1String("ids")).toString();
    for (const char* key : {"id", "agent_id"})
        if (ids.isEmpty())
            ids = body.value(QLatin1String(key)).toString();
    text = on ? tr("%1 on").arg(text) : tr("%1 off").arg(text);
    return ids.isEmpty() ? text : tr("%1: %2").arg(text, ids);
}

void ChangeHistoryModel::record(const api::RequestLogEntry& entry) {
    if (!isChange(entry.operation) || entry.method == "GET")
        return;
    Row row;
    row.time = entry.time;
    row.change = describe(entry);
    row.instance = m_namer ? m_namer(entry.url) : QString();
    row.ok = entry.httpStatus >= 200 && entry.httpStatus < 300;
    if (row.ok)
        row.result = tr("Done");
    else if (entry.httpStatus == 0)
        row.result = tr("No answer (the change may or may not have been made)");
    else
        row.result = entry.errorCode.isEmpty()
                         ? tr("Failed (HTTP %1)").arg(entry.httpStatus)
                         : tr("Failed (HTTP %1, %2)").arg(entry.httpStatus).arg(entry.errorCode);
    row.requestId = entry.requestId;
    if (m_rows.size() >= size_t(kMaxRows)) {
        beginRemoveRows({}, 0, 0);
        m_rows.erase(m_rows.begin());
        endRemoveRows();
    }
    const int r = int(m_rows.size());
    beginInsertRows({}, r, r);
    m_rows.push_back(std::move(row));
    endInsertRows();
}

int ChangeHistoryModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ChangeHistoryModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant ChangeHistoryModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows[size_t(index.row())];
    const auto column = Column(index.column());
    if (role == OkRole)
        return row.ok;
    if (role == SortRole && column == Column::Time)
        return row.time;
    if (role == Qt::ForegroundRole && column == Column::Result)
        return row.ok ? QVariant() : QVariant(QColor(0xc6, 0x28, 0x28));
    if (role != Qt::DisplayRole && role != SortRole && role != Qt::ToolTipRole)
        return {};
    switch (column) {
    case Column::Time:
        return QLocale().toString(row.time.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case Column::Change:
        return row.change;
    case Column::Instance:
        return row.instance;
    case Column::Result:
        return row.result;
    case Column::RequestId:
        return row.requestId;
    case Column::Count:
        break;
    }
    return {};
}

QVariant ChangeHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Column::Time:
        return tr("Time");
    case Column::Change:
        return tr("Change");
    case Column::Instance:
        return tr("Instance");
    case Column::Result:
        return tr("Result");
    case Column::RequestId:
        return tr("Request ID");
    case Column::Count:
        break;
    }
    return {};
}

} // namespace dbss::models
