#pragma once

#include "models/api/ApiError.h"

#include <QAbstractTableModel>

namespace dbss::models {

// What every table backed by the API has in common, so one view (TableDock) can show any of them:
// a loading flag, progress (rows loaded of total), the last error, refresh() and cancel().
class RemoteTableModel : public QAbstractTableModel {
    Q_OBJECT
    Q_PROPERTY(bool loading READ isLoading NOTIFY loadingChanged)
public:
    // Roles every remote model answers (models add their own after LastCommonRole).
    enum CommonRole {
        IdRole = Qt::UserRole + 1, // the row's id as the API names it
        RawRole,                   // QJsonObject: every field as the service sent it
        SortRole,                  // raw value for sorting (numbers, date-times)
        LastCommonRole = SortRole,
    };

    using QAbstractTableModel::QAbstractTableModel;

    bool isLoading() const { return m_loading; }
    const api::ApiError& lastError() const { return m_lastError; }
    int loadedCount() const { return m_loaded; }
    int totalCount() const { return m_total; }

public Q_SLOTS:
    virtual void refresh() = 0;
    virtual void cancel() = 0;

Q_SIGNALS:
    void loadingChanged(bool loading);
    void progressChanged(int loaded, int total);
    void errorChanged(const dbss::api::ApiError& error); // kind None when cleared
    void refreshed();                                    // a refresh completed successfully

protected:
    void setLoading(bool loading);
    void setError(const api::ApiError& error); // also ends loading
    void clearError();
    void setProgress(int loaded, int total);

private:
    bool m_loading = false;
    int m_loaded = 0;
    int m_total = 0;
    api::ApiError m_lastError;
};

} // namespace dbss::models
