#pragma once

#include "models/export/CsvExporter.h"

#include <QObject>
#include <QPointer>

class QAbstractItemModel;

namespace dbss::models {

class RemoteTableModel;

// Exports a model to a file without blocking: if the model behind it (through any proxies) is a
// RemoteTableModel that has not loaded every row, fetchAll() first (progress, cancel), then the
// CsvExporter writes through QSaveFile. Ends with finished() exactly once.
class CsvExportJob : public QObject {
    Q_OBJECT
public:
    CsvExportJob(QAbstractItemModel* model, QString path, CsvOptions options = {}, QObject* parent = nullptr);

    static RemoteTableModel* remoteSource(QAbstractItemModel* model); // through proxies
    bool isRunning() const { return m_running; }

public Q_SLOTS:
    void start();
    void cancel(); // stops fetching; nothing is written

Q_SIGNALS:
    void progress(qint64 loaded, qint64 total);
    void finished(bool ok, const QString& error); // error is empty on success

private:
    void onLoadingChanged(bool loading);
    void writeNow();
    void end(bool ok, const QString& error);

    QPointer<QAbstractItemModel> m_model;
    QPointer<RemoteTableModel> m_remote;
    QString m_path;
    CsvExporter m_exporter;
    bool m_running = false;
};

} // namespace dbss::models
