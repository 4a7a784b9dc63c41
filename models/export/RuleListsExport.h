#pragma once

#include "models/export/CsvExporter.h"

#include <QObject>
#include <QPointer>

#include <memory>
#include <vector>

namespace dbss::api {
class ApiClient;
}

namespace dbss::models {

class RemoteTableModel;

// "Export rule lists": the audit scopes, SQL injection, risk and masking rules of one instance
// in one go, loaded completely (their own models, so the docks' filters do not apply), written
// either one file per list into a folder or into one file with a leading `list` column (the
// other columns are the union of the lists' titles).
class RuleListsExport : public QObject {
    Q_OBJECT
public:
    enum class Layout { FilePerList, OneFile };
    Q_ENUM(Layout)

    RuleListsExport(api::ApiClient* client, QString instanceId, QObject* parent = nullptr);
    ~RuleListsExport() override;

    // target: a folder for FilePerList, a file for OneFile.
    void start(const QString& target, Layout layout, const CsvOptions& options = {});
    void cancel();
    static QStringList listNames(); // "audit_scopes", "sql_injection_rules", "risk_rules", "masking_rules"

Q_SIGNALS:
    void progress(int listsLoaded, int lists);
    void finished(bool ok, const QString& error, const QStringList& files);

private:
    void onListLoaded();
    bool writeFiles(QStringList* files, QString* error) const;
    bool writeOneFile(QString* error) const;
    void end(bool ok, const QString& error, const QStringList& files = {});

    QPointer<api::ApiClient> m_client;
    QString m_instanceId;
    QString m_target;
    Layout m_layout = Layout::FilePerList;
    CsvOptions m_options;
    std::vector<std::unique_ptr<RemoteTableModel>> m_lists;
    bool m_running = false;
};

} // namespace dbss::models
