#include "models/export/CsvExportJob.h"

#include "models/tables/RemoteTableModel.h"

#include <QAbstractProxyModel>
#include <QTimer>

namespace dbss::models {

CsvExportJob::CsvExportJob(QAbstractItemModel* model, QString path, CsvOptions options, QObject* parent)
    : QObject(parent)
    , m_model(model)
    , m_remote(remoteSource(model))
    , m_path(std::move(path))
    , m_exporter(std::move(options)) {}

RemoteTableModel* CsvExportJob::remoteSource(QAbstractItemModel* model) {
    while (model) {
        if (auto* remote = qobject_cast<RemoteTableModel*>(model))
            return remote;
        auto* proxy = qobject_cast<QAbstractProxyModel*>(model);
        model = proxy ? proxy->sourceModel() : nullptr;
    }
    return nullptr;
}

void CsvExportJob::start() {
    if (m_running)
        return;
    m_running = true;
    if (!m_model) {
        end(false, tr("nothing to export"));
        return;
    }
    if (!m_remote || m_remote->isComplete()) {
        QTimer::singleShot(0, this, &CsvExportJob::writeNow); // finished() always after start() returns
        return;
    }
    connect(m_remote, &RemoteTableModel::progressChanged, this, &CsvExportJob::progress);
    connect(m_remote, &RemoteTableModel::loadingChanged, this, &CsvExportJob::onLoadingChanged);
    m_remote->fetchAll();
    if (!m_remote->isLoading())
        QTimer::singleShot(0, this, [this] { onLoadingChanged(false); });
}

void CsvExportJob::cancel() {
    if (!m_running)
        return;
    if (m_remote) {
        m_remote->disconnect(this);
        if (m_remote->isLoading())
            m_remote->cancel();
    }
    end(false, tr("cancelled"));
}

void CsvExportJob::onLoadingChanged(bool loading) {
    if (loading || !m_running)
        return;
    if (m_remote)
        m_remote->disconnect(this);
    if (!m_remote || !m_model) {
        end(false, tr("the list went away"));
        return;
    }
    if (!m_remote->isComplete()) {
        end(false, tr("could not load every row: %1").arg(m_remote->lastError().userMessage()));
        return;
    }
    writeNow();
}

void CsvExportJob::writeNow() {
    if (!m_running)
        return;
    if (!m_model) {
        end(false, tr("the list went away"));
        return;
    }
    QString error;
    const bool ok = m_exporter.writeFile(*m_model, m_path, &error);
    end(ok, error);
}

void CsvExportJob::end(bool ok, const QString& error) {
    m_running = false;
    Q_EMIT finished(ok, error);
}

} // namespace dbss::models
