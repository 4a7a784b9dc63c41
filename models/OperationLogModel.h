#pragma once

#include "models/RemoteRowsModel.h"
#include "models/api/OperationLogs.h"

#include <QDateTime>

namespace dbss::models {

// The operation log of one instance (ListOperationLogs, page/size pages). Large: the first page
// loads, further pages on fetchMore() (views scroll) or fetchAll() (export). The query (time
// range preset or custom start/end, user, operation, result) is the scope: changing it resets.
class OperationLogModel : public RemoteRowsModel<api::OperationLog> {
    Q_OBJECT
public:
    enum class Column { Time, User, Function, Action, Name, Result, Description, Count };
    Q_ENUM(Column)
    enum Role { TimeRole = LastCommonRole + 1, ResultRole };

    struct TimeRange {
        QString value; // the API's name, e.g. "DAY"
        QString title; // translated
    };
    static QList<TimeRange> timeRanges(); // the API's presets, shortest first

    explicit OperationLogModel(api::ApiClient* client, QObject* parent = nullptr);

    QString instanceId() const { return m_instanceId; }
    void setInstance(const QString& instanceId);
    const api::OperationLogQuery& query() const { return m_query; }
    void setQuery(const api::OperationLogQuery& query);                // page and size are the model's own
    void setTimeRange(const QString& preset);                          // clears a custom range
    void setCustomRange(const QDateTime& start, const QDateTime& end); // any spec, sent as UTC
    void setUserFilter(const QString& user);
    void setOperationFilter(const QString& operation);
    void setResultFilter(const QString& result); // "", "success", "fail"

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    bool hasScope() const override { return !m_instanceId.isEmpty(); }
    api::ApiRequest pageRequest(int page, int pageSize) const override;
    bool parsePage(const api::ApiReply& reply, QList<api::OperationLog>* rows, int* total,
                   api::ApiError* error) const override;
    QString idOf(const api::OperationLog& row) const override { return row.id; }
    QVariant cellData(const api::OperationLog& row, int column, int role) const override;

private:
    QVariant display(const api::OperationLog& row, Column column) const;
    QString m_instanceId;
    api::OperationLogQuery m_query;
};

} // namespace dbss::models
