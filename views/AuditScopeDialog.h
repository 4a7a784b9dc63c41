#pragma once

#include "models/api/AuditScopes.h"
#include "views/SubmitDialog.h"

class QCheckBox;
class QLineEdit;
class QListWidget;

namespace dbss::api {
class ApiClient;
struct AuditDatabase;
} // namespace dbss::api
namespace dbss::models {
class AuditScopeAction;
}

namespace dbss::views {

// Adds an audit scope policy (document 004): rule name, databases of the instance (or all),
// database users, source IPs and ports, exception IPs and the operations audited.
class AuditScopeDialog : public SubmitDialog {
    Q_OBJECT
public:
    AuditScopeDialog(api::ApiClient* client, const QString& instanceId, QWidget* parent = nullptr);

    api::NewAuditScope scope() const; // the values as entered
    QListWidget* databaseList() const { return m_databases; }
    QListWidget* actionList() const { return m_actions; }
    QCheckBox* allDatabasesBox() const { return m_allDatabases; }
    models::AuditScopeAction* action() const { return m_action; }

Q_SIGNALS:
    void submitted(const QString& instanceId, const dbss::api::NewAuditScope& scope);
    void databasesLoaded(); // the instance's databases are listed (or failed: see errorBanner())

protected:
    void submit() override;

private:
    void showDatabases(const QList<api::AuditDatabase>& databases);

    QString m_instanceId;
    models::AuditScopeAction* m_action;
    QLineEdit* m_name;
    QCheckBox* m_allDatabases;
    QListWidget* m_databases;
    QLineEdit* m_users;
    QLineEdit* m_sourceIps;
    QLineEdit* m_sourcePorts;
    QLineEdit* m_exceptionIps;
    QListWidget* m_actions;
};

} // namespace dbss::views
