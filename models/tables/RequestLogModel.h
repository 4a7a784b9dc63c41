#pragma once

#include "models/api/RequestLogEntry.h"

#include <QAbstractTableModel>

#include <deque>

namespace dbss::api {
class ApiClient;
}

namespace dbss::models {

// Every exchange of one ApiClient, newest last, as redacted RequestLogEntry rows (never headers,
// never secrets). Keeps the most recent kMaxRows so a long session does not grow without bound.
class RequestLogModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum class Column {
        Time,
        Operation,
        Method,
        Url,
        Status,
        Duration,
        Attempt,
        ErrorCode,
        RequestId,
        Count
    };
    Q_ENUM(Column)
    enum Role { SortRole = Qt::UserRole + 3, BodyRole };
    static constexpr int kMaxRows = 5000;

    explicit RequestLogModel(api::ApiClient* client, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void addClient(api::ApiClient* client); // its requests are logged here too (the fleet's)
    void append(const api::RequestLogEntry& entry);
    void clear();

private:
    std::deque<api::RequestLogEntry> m_rows;
};

} // namespace dbss::models
