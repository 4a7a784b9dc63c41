#pragma once

#include "models/api/ApiError.h"

#include <QAbstractTableModel>
#include <QStringList>

namespace dbss::models {

// What every table backed by the API has in common, so one view (TableDock) can show any of them:
// a loading flag, progress (rows loaded of total), the last error, refresh() and cancel(), and
// the on/off switch of rows where the API has one.
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
        // Optional, apart from the sequence: the cell as CsvExporter writes it (a model that answers
        // it saves the exporter a SortRole and a DisplayRole call per cell).
        ExportRole = Qt::UserRole + 64,
    };

    using QAbstractTableModel::QAbstractTableModel;

    bool isLoading() const { return m_loading; }
    const api::ApiError& lastError() const { return m_lastError; }
    // 64-bit: a service's total is not trusted to fit an int.
    qint64 loadedCount() const { return m_loaded; }
    qint64 totalCount() const { return m_total; }
    // True when every row the service has is loaded (export needs this; see fetchAll()).
    virtual bool isComplete() const { return !m_loading && m_loaded >= m_total; }

    // Rows with an on/off switch (risk rules, agents, databases' audit). The default has none.
    virtual bool canSwitch() const { return false; }
    // Switches the rows with these ids; false when nothing was sent (unknown ids, or every one
    // already has a switch in flight). Ends with toggleFinished().
    virtual bool switchIds(const QStringList& ids, bool on);
    virtual bool isSwitching(const QString& /*id*/) const { return false; }

public Q_SLOTS:
    virtual void refresh() = 0;
    virtual void cancel() = 0;
    // Loads every remaining page (with progress); ends with loadingChanged(false) and either
    // isComplete() or lastError(). The default: a model that always loads everything refreshes.
    virtual void fetchAll();

Q_SIGNALS:
    void loadingChanged(bool loading);
    void progressChanged(qint64 loaded, qint64 total);
    void errorChanged(const dbss::api::ApiError& error); // kind None when cleared
    void refreshed();                                    // a refresh completed successfully
    // A switch ended. applied: the service now has the rows `on` (after an ambiguous failure this is
    // what re-reading the rows found; error then still says what went wrong with the answer).
    void toggleFinished(const QStringList& ids, bool on, bool applied, const dbss::api::ApiError& error);

protected:
    void setLoading(bool loading);
    void setError(const api::ApiError& error);    // also ends loading
    void reportError(const api::ApiError& error); // keeps loading as it is (a failed toggle)
    void clearError();
    void setProgress(qint64 loaded, qint64 total);

private:
    bool m_loading = false;
    qint64 m_loaded = 0;
    qint64 m_total = 0;
    api::ApiError m_lastError;
};

} // namespace dbss::models
