#pragma once

#include "models/api/RequestLogEntry.h"

#include <QAbstractTableModel>

#include <functional>
#include <vector>

namespace dbss::api {
class ApiClient;
}

namespace dbss::models {

// Every change sent from this window (switches, start/stop, forms, tags: each operation that is not
// a read), one row each: when, what, on which instance, the result and the request id to quote to
// support. Built from the client's request log, so nothing that changes something can be missed.
// Kept for the session (bounded), exportable like any table.
class ChangeHistoryModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum class Column { Time, Change, Instance, Result, RequestId, Count };
    Q_ENUM(Column)
    enum Role { SortRole = Qt::UserRole + 3, OkRole };
    static constexpr int kMaxRows = 2000;

    explicit ChangeHistoryModel(api::ApiClient* client, QObject* parent = nullptr);

    // Names the instance a request went to (by its URL); empty when it concerns none.
    void setInstanceNamer(std::function<QString(const QString& url)> namer) { m_namer = std::move(namer); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void record(const api::RequestLogEntry& entry); // ignored unless it is a change

private:
    struct Row {
        QDateTime time;
        QString change;
        QString instance;
        QString result;
        QString requestId;
        bool ok = false;
    };
    static QString describe(const api::RequestLogEntry& entry);
    std::vector<Row> m_rows;
    std::function<QString(const QString&)> m_namer;
};

} // namespace dbss::models
