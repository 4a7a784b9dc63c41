#include "models/OperationLogModel.h"

#include "models/CellFormat.h"

namespace dbss::models {

using api::OperationLog;

namespace {
bool sameQuery(const api::OperationLogQuery& a, const api::OperationLogQuery& b) {
    return a.timeRange == b.timeRange && a.startTime == b.startTime && a.endTime == b.endTime &&
           a.userName == b.userName && a.operateName == b.operateName && a.result == b.result;
}
} // namespace

QList<OperationLogModel::TimeRange> OperationLogModel::timeRanges() {
    return {
        {QStringLiteral("HALF_HOUR"), tr("Last 30 minutes")},
        {QStringLiteral("HOUR"), tr("Last hour")},
        {QStringLiteral("THREE_HOUR"), tr("Last 3 hours")},
        {QStringLiteral("TWELVE_HOUR"), tr("Last 12 hours")},
        {QStringLiteral("DAY"), tr("Last day")},
        {QStringLiteral("WEEK"), tr("Last week")},
        {QStringLiteral("MONTH"), tr("Last month")},
    };
}

OperationLogModel::OperationLogModel(api::ApiClient* client, QObject* parent)
    : RemoteRowsModel(client, parent) {
    setLoadAll(false);
    m_query.timeRange = QStringLiteral("DAY");
}

void OperationLogModel::setInstance(const QString& instanceId) {
    if (instanceId != m_instanceId)
        changeScope([&] { m_instanceId = instanceId; });
}

void OperationLogModel::setQuery(const api::OperationLogQuery& query) {
    if (sameQuery(query, m_query))
        return;
    // Another query is another list (ordered by time): reset rather than merge into the old one.
    changeScope([&] { m_query = query; });
}

void OperationLogModel::setTimeRange(const QString& preset) {
    api::OperationLogQuery q = m_query;
    q.timeRange = preset;
    q.startTime.clear();
    q.endTime.clear();
    setQuery(q);
}

void OperationLogModel::setCustomRange(const QDateTime& start, const QDateTime& end) {
    const QString format = QStringLiteral("yyyy-MM-dd HH:mm:ss");
    api::OperationLogQuery q = m_query;
    q.timeRange.clear();
    q.startTime = start.toUTC().toString(format);
    q.endTime = end.toUTC().toString(format);
    setQuery(q);
}

void OperationLogModel::setUserFilter(const QString& user) {
    api::OperationLogQuery q = m_query;
    q.userName = user;
    setQuery(q);
}

void OperationLogModel::setOperationFilter(const QString& operation) {
    api::OperationLogQuery q = m_query;
    q.operateName = operation;
    setQuery(q);
}

void OperationLogModel::setResultFilter(const QString& result) {
    api::OperationLogQuery q = m_query;
    q.result = result;
    setQuery(q);
}

int OperationLogModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(Column::Count);
}

api::ApiRequest OperationLogModel::pageRequest(int page, int pageSize) const {
    api::OperationLogQuery q = m_query;
    q.page = page + 1; // the API counts pages from 1
    q.size = pageSize;
    return api::listOperationLogs(m_instanceId, q);
}

bool OperationLogModel::parsePage(const api::ApiReply& reply, QList<OperationLog>* rows, int* total,
                                  api::ApiError* error) const {
    return parseListReply(reply, &api::ListOperationLogsResponse::operateLog,
                          &api::ListOperationLogsResponse::totalNum, rows, total, error);
}

QVariant OperationLogModel::display(const OperationLog& l, Column column) const {
    switch (column) {
    case Column::Time:
        return cell::localTimeText(l.time);
    case Column::User:
        return l.user;
    case Column::Function:
        return l.function;
    case Column::Action:
        return l.action;
    case Column::Name:
        return l.name;
    case Column::Result:
        if (l.result == QLatin1String("success"))
            return tr("Succeeded");
        if (l.result == QLatin1String("fail"))
            return tr("Failed");
        return l.result;
    case Column::Description:
        return l.description;
    case Column::Count:
        break;
    }
    return {};
}

QVariant OperationLogModel::cellData(const OperationLog& l, int column, int role) const {
    const auto c = Column(column);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return display(l, c);
    case Qt::DecorationRole:
        if (c == Column::Result)
            return cell::onOffColor(l.result == QLatin1String("success"));
        return {};
    case SortRole:
        if (c == Column::Time)
            return cell::parseServiceTime(l.time);
        return display(l, c);
    case TimeRole:
        return cell::parseServiceTime(l.time);
    case ResultRole:
        return l.result;
    default:
        return {};
    }
}

QVariant OperationLogModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return RemoteRowsModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::Time:
        return tr("Time");
    case Column::User:
        return tr("User");
    case Column::Function:
        return tr("Function");
    case Column::Action:
        return tr("Action");
    case Column::Name:
        return tr("Object");
    case Column::Result:
        return tr("Result");
    case Column::Description:
        return tr("Description");
    case Column::Count:
        break;
    }
    return {};
}

} // namespace dbss::models
