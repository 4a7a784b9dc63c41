#pragma once

#include "models/export/CsvCellSource.h"
#include "models/tables/OperationLogRows.h"
#include "models/tables/RemoteRowsModel.h"

#include <QDateTime>

namespace dbss::models {

// The operation log of one instance (ListOperationLogs, page/size pages). Large (a million rows):
// rows are kept by column (OperationLogRows), the first page loads, further pages on fetchMore()
// (views scroll) or fetchAll() ("Load all", export); loadedCount()/totalCount() say how far.
// The query (time range preset or custom start/end, user, operation, result) is the scope:
// changing it resets.
class OperationLogModel : public InstanceRowsModel, public CsvCellSource {
    Q_OBJECT
public:
    enum class Column { Time, User, Function, Action, Name, Result, Description, Count };
    Q_ENUM(Column)
    enum Role {
        TimeRole = LastCommonRole + 1, // QDateTime (UTC)
        ResultRole,                    // success | fail
    };

    struct TimeRange {
        QString value; // the API's name, e.g. "DAY"
        QString title; // translated
    };
    static QList<TimeRange> timeRanges(); // the API's presets, shortest first

    explicit OperationLogModel(api::ApiClient* client, QObject* parent = nullptr);

    const api::OperationLogQuery& query() const { return m_query; }
    void setQuery(const api::OperationLogQuery& query);                // page and size are the model's own
    void setTimeRange(const QString& preset);                          // clears a custom range
    void setCustomRange(const QDateTime& start, const QDateTime& end); // any spec, sent as UTC
    void setUserFilter(const QString& user);
    void setOperationFilter(const QString& operation);
    void setResultFilter(const QString& result); // "", "success", "fail"

    // No virtual rowCount()/columnCount() round trip per index: a proxy sorting a million rows
    // asks for two indexes per comparison.
    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const OperationLogRows& logRows() const { return m_rows; }
    // The needle is in one of the row's display texts (what a proxy's fixed-string filter over
    // every column matches), without building them: OperationLogProxy asks this once per row.
    bool displayContains(qint64 row, const TextNeedle& needle) const;
    Cells csvCells() const override; // ExportRole's text as UTF-8, from the columns

protected:
    api::Pager::Mode pagingMode() const override { return api::Pager::Mode::PageSize; }
    api::ApiRequest pageRequest(qint64 page, int pageSize) const override;
    bool takePage(const api::ApiReply& reply, qint64 index, qint64* rows, qint64* total,
                  api::ApiError* error) override;
    void mergePage(qint64 index, bool replacing) override;
    void dropPages() override { m_parsed.clear(); }
    void beginReplace() override;
    void removeUnseen() override;
    void clearRows() override;
    qint64 heldRows() const override { return m_rows.size(); }
    int rowOfId(const QString& id) const override { return int(m_rows.find(id)); }
    QString idAt(int row) const override { return m_rows.id(row); }

private:
    QVariant display(qint64 row, Column column) const;
    api::OperationLogQuery m_query;
    OperationLogRows m_rows;
    std::vector<bool> m_seen;                 // rows delivered by the replacing run in progress
    QHash<qint64, OperationLogRows> m_parsed; // pages parsed, waiting for their turn
    struct ResultHits { // displayContains(): the translated results, decided once per needle
        TextNeedle needle;
        bool succeeded = false;
        bool failed = false;
    };
    mutable ResultHits m_resultHits;
};

} // namespace dbss::models
