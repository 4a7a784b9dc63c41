#include "models/tables/RemoteTableModel.h"

namespace dbss::models {

bool RemoteTableModel::switchIds(const QStringList& /*ids*/, bool /*on*/) {
    return false;
}

void RemoteTableModel::fetchAll() {
    if (!isComplete())
        refresh();
}

void RemoteTableModel::setLoading(bool loading) {
    if (m_loading == loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

void RemoteTableModel::setError(const api::ApiError& error) {
    reportError(error);
    setLoading(false); // an error path never leaves the loading flag set
}

void RemoteTableModel::reportError(const api::ApiError& error) {
    m_lastError = error;
    Q_EMIT errorChanged(m_lastError);
}

void RemoteTableModel::clearError() {
    if (!m_lastError.isError())
        return;
    m_lastError = {};
    Q_EMIT errorChanged(m_lastError);
}

void RemoteTableModel::setProgress(qint64 loaded, qint64 total) {
    m_loaded = loaded;
    m_total = total;
    Q_EMIT progressChanged(loaded, total);
}

} // namespace dbss::models
