#pragma once

#include "models/actions/SubmitAction.h"
#include "models/api/AuditScopes.h"
#include "models/api/Databases.h"
#include "models/api/MutationResult.h"

namespace dbss::models {

// Adds an audit scope policy to an instance (document 004). The form picks databases from the
// instance's list (loadDatabases) or "all databases" (db_ids ALL / db_names "All databases").
class AuditScopeAction : public SubmitAction {
    Q_OBJECT
public:
    explicit AuditScopeAction(api::ApiClient* client, QObject* parent = nullptr);
    ~AuditScopeAction() override;

    static api::FieldErrors validate(const QString& instanceId, const api::NewAuditScope& scope);
    static QStringList fields();

    void loadDatabases(const QString& instanceId); // databasesLoaded or databasesFailed follows
    bool submit(const QString& instanceId, const api::NewAuditScope& scope);

Q_SIGNALS:
    void databasesLoaded(const QList<dbss::api::AuditDatabase>& databases);
    void databasesFailed(const dbss::api::ApiError& error);
    void succeeded(const dbss::api::MutationResult& result);

private:
    void fetchPage(int offset);
    void emitSucceeded() override;

    static constexpr int kPageSize = 100;
    QString m_instanceId;
    QList<api::AuditDatabase> m_databases;
    QPointer<api::ApiReply> m_listReply;
    api::MutationResult m_result;
};

} // namespace dbss::models
