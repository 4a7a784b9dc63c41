#include "models/tables/OperationLogModel.h"

#include "models/tables/CellFormat.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

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
    : InstanceRowsModel(client, int(Column::Count), parent) {
    setLoadAll(false);
    m_query.timeRange = QStringLiteral("DAY");
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

QModelIndex OperationLogModel::index(int row, int column, const QModelIndex& parent) const {
    if (parent.isValid() || row < 0 || row >= m_rows.size() || column < 0 || column >= int(Column::Count))
        return {};
    return createIndex(row, column);
}

int OperationLogModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

api::ApiRequest OperationLogModel::pageRequest(qint64 page, int pageSize) const {
    api::OperationLogQuery q = m_query;
    q.page = int(page); // the pager counts pages from 1 in PageSize mode, as the API does
    q.size = pageSize;
    return api::listOperationLogs(instanceId(), q);
}

namespace {
// Room reserved at most ahead of the rows (a total is the service's word; beyond, rows grow).
constexpr qint64 kReserveRowsMax = 2000000;

struct ParsedPage {
    OperationLogRows rows;
    qint64 total = 0;
    bool ok = false;
    api::ApiError error;
};

// JSON -> typed rows -> columns, in a worker thread (a 1000-row page is ~100 ms of CPU on a busy
// machine; the GUI thread only appends the finished columns).
ParsedPage parsePage(const QByteArray& body, const QString& operation, int httpStatus) {
    ParsedPage out;
    api::ListOperationLogsResponse page;
    out.ok = api::parseBody(body, operation, httpStatus, &page, &out.error);
    if (!out.ok)
        return out;
    out.rows.reserve(page.operateLog.size(), page.operateLog.size() * 128);
    for (const OperationLog& l : std::as_const(page.operateLog))
        out.rows.append(l);
    out.total = page.totalNum;
    return out;
}
} // namespace

bool OperationLogModel::takePage(const api::ApiReply& reply, qint64 index, qint64* rows, qint64*,
                                 api::ApiError* error) {
    if (!reply.ok()) {
        *error = reply.error();
        return false;
    }
    const int run = takeRun();
    auto* watcher = new QFutureWatcher<ParsedPage>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, run, index] {
        watcher->deleteLater();
        if (!pageWanted(run, index))
            return; // cancelled, refreshed or another scope meanwhile: the pager has moved on
        ParsedPage page = watcher->future().takeResult();
        const qint64 count = page.rows.size();
        if (page.ok) // the whole list's room at its first page; a total claiming more is not trusted
            m_rows.reserveFor(std::min<qint64>(page.total, kReserveRowsMax), page.rows);
        if (page.ok)
            m_parsed.insert(index, std::move(page.rows));
        pageTaken(run, index, page.ok, count, page.total, page.error); // may merge right away
    });
    // The body is copied (shared): the reply may be gone before the worker runs.
    watcher->setFuture(
        QtConcurrent::run(parsePage, reply.body(), reply.request().operation, reply.httpStatus()));
    *rows = api::Pager::kCountLater;
    return true;
}

void OperationLogModel::mergePage(qint64 index, bool replacing) {
    const OperationLogRows block = m_parsed.take(index);
    std::vector<qint64> added;
    for (qint64 r = 0; r < block.size(); ++r) {
        if (block.find(block.idBytes(r)) != r)
            continue; // the same id earlier in this page
        const qint64 at = m_rows.find(block.idBytes(r));
        if (at < 0) {
            added.push_back(r);
            continue;
        }
        if (replacing && m_seen[size_t(at)])
            continue; // the same id twice in one run (the log grew between pages)
        m_seen[size_t(at)] = true;
        if (!m_rows.sameRow(at, block, r)) {
            m_rows.assign(at, block, r);
            emitRowChanged(int(at));
        }
    }
    if (added.empty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(added.size()) - 1);
    for (qint64 r : added)
        m_rows.append(block, r);
    m_seen.resize(size_t(m_rows.size()), true);
    endInsertRows();
}

void OperationLogModel::beginReplace() {
    m_seen.assign(size_t(m_rows.size()), false);
}

void OperationLogModel::removeUnseen() {
    for (qint64 r = m_rows.size() - 1; r >= 0; --r) {
        if (m_seen[size_t(r)])
            continue;
        qint64 first = r; // a run of vanished rows in one go
        while (first > 0 && !m_seen[size_t(first - 1)])
            --first;
        beginRemoveRows({}, int(first), int(r));
        m_rows.erase(first, r);
        m_seen.erase(m_seen.begin() + qsizetype(first), m_seen.begin() + qsizetype(r) + 1);
        endRemoveRows();
        r = first;
    }
}

void OperationLogModel::clearRows() {
    m_rows.clear();
    m_seen.clear();
    m_parsed.clear();
}

QVariant OperationLogModel::display(qint64 r, Column column) const {
    switch (column) {
    case Column::Time:
        return m_rows.localTimeText(r);
    case Column::User:
        return m_rows.user(r);
    case Column::Function:
        return m_rows.function(r);
    case Column::Action:
        return m_rows.action(r);
    case Column::Name:
        return m_rows.name(r);
    case Column::Result: {
        const QString& result = m_rows.result(r);
        if (result == QLatin1String("success"))
            return tr("Succeeded");
        if (result == QLatin1String("fail"))
            return tr("Failed");
        return result;
    }
    case Column::Description:
        return m_rows.description(r);
    case Column::Count:
        break;
    }
    return {};
}

bool OperationLogModel::displayContains(qint64 row, const TextNeedle& needle) const {
    if (m_rows.contains(row, needle))
        return true;
    if (!m_resultHits.needle.sameAs(needle)) // display() of the result column, once per needle
        m_resultHits = {needle, needle.in(tr("Succeeded")), needle.in(tr("Failed"))};
    const QString& result = m_rows.result(row);
    if (result == QLatin1String("success"))
        return m_resultHits.succeeded;
    if (result == QLatin1String("fail"))
        return m_resultHits.failed;
    return needle.in(result);
}

CsvCellSource::Cells OperationLogModel::csvCells() const {
    // What data(ExportRole) gives, without the QVariant and QString: times as ISO-8601 UTC (or as
    // sent when not understood), results translated (each interned result once, here).
    std::vector<QByteArray> results;
    for (const QString& result : m_rows.resultValues())
        results.push_back(result == QLatin1String("success") ? tr("Succeeded").toUtf8()
                          : result == QLatin1String("fail")  ? tr("Failed").toUtf8()
                                                             : result.toUtf8());
    return [this, results = std::move(results)](int row, QByteArrayView* cells, QByteArray* scratch) {
        const OperationLogRows& rows = m_rows;
        const int time = int(Column::Time);
        cells[time] = rows.timeMs(row) == OperationLogRows::kNoTime ? rows.timeTextUtf8(row)
                                                                    : rows.isoUtcUtf8(row, scratch[time]);
        cells[int(Column::User)] = rows.userUtf8(row);
        cells[int(Column::Function)] = rows.functionUtf8(row);
        cells[int(Column::Action)] = rows.actionUtf8(row);
        cells[int(Column::Name)] = rows.nameUtf8(row);
        cells[int(Column::Result)] = results[rows.resultIndex(row)];
        cells[int(Column::Description)] = rows.descriptionUtf8(row);
        static_assert(int(Column::Count) == 7, "every column above");
    };
}

QVariant OperationLogModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const qint64 r = index.row();
    const auto c = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return display(r, c);
    case Qt::DecorationRole:
        if (c == Column::Result)
            return cell::onOffColor(m_rows.result(r) == QLatin1String("success"));
        return {};
    case IdRole:
        return m_rows.id(r);
    case RawRole:
        return m_rows.raw(r);
    case SortRole:
        if (c == Column::Time) // milliseconds: a million rows sort by integer, not by QDateTime
            return m_rows.timeMs(r);
        return display(r, c);
    case TimeRole: {
        const qint64 ms = m_rows.timeMs(r);
        return ms == OperationLogRows::kNoTime ? QDateTime() : QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    }
    case ResultRole:
        return m_rows.result(r);
    case ExportRole: // as CsvExporter writes any model: times as ISO-8601 UTC
        if (c == Column::Time && m_rows.timeMs(r) != OperationLogRows::kNoTime)
            return m_rows.isoUtcText(r);
        return display(r, c);
    default:
        return {};
    }
}

QVariant OperationLogModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return InstanceRowsModel::headerData(section, orientation, role);
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
