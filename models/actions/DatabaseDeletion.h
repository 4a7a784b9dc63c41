#pragma once

#include "models/api/ApiError.h"

#include <QObject>
#include <QPointer>

namespace dbss::api {
class ApiClient;
}

namespace dbss::models {

// Deletes databases from an audit instance (the SDK's DeleteAuditDatabase), one request each, and
// reports once when all have answered. The view asks for confirmation first.
class DatabaseDeletion : public QObject {
    Q_OBJECT
public:
    explicit DatabaseDeletion(api::ApiClient* client, QObject* parent = nullptr);

    bool isBusy() const { return m_outstanding > 0; }
    void setClient(api::ApiClient* client) { m_client = client; } // the instance's account/region
    // False when nothing was sent (busy, no instance, no ids).
    bool remove(const QString& instanceId, const QStringList& dbIds);

Q_SIGNALS:
    // deleted: ids the service confirmed; message: one line for the status bar or a dialog.
    void finished(const QStringList& deleted, const QStringList& failed, const QString& message);

private:
    QPointer<api::ApiClient> m_client;
    int m_outstanding = 0;
    QStringList m_deleted;
    QStringList m_failed;
    QStringList m_errors;
};

} // namespace dbss::models
