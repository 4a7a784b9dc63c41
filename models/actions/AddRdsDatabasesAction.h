#pragma once

#include "models/actions/SubmitAction.h"
#include "models/api/Databases.h"

namespace dbss::models {

// Adds agent-free RDS databases (reference 3.3.2), picked from the candidates the service lists
// (SDK ListRdsDatabases). The answer tells which ids were accepted (legal_db_id) and which refused
// (illegal_db_id); both are success at the HTTP level.
class AddRdsDatabasesAction : public SubmitAction {
    Q_OBJECT
public:
    explicit AddRdsDatabasesAction(api::ApiClient* client, QObject* parent = nullptr);
    ~AddRdsDatabasesAction() override;

    static api::FieldErrors validate(const QString& instanceId, const QList<api::RdsDatabase>& databases);

    // Fetches every candidate page (dbType "" = all types); candidatesLoaded or candidatesFailed follows.
    void loadCandidates(const QString& dbType = {});
    bool isLoading() const { return !m_listReply.isNull(); }

    bool submit(const QString& instanceId, const QList<api::RdsDatabase>& databases);

Q_SIGNALS:
    void candidatesLoaded(const QList<dbss::api::RdsDatabase>& databases);
    void candidatesFailed(const dbss::api::ApiError& error);
    void succeeded(const dbss::api::AddRdsDatabasesResponse& response);

private:
    void fetchPage(int offset);
    void emitSucceeded() override;

    static constexpr int kPageSize = 100;
    QString m_dbType;
    QList<api::RdsDatabase> m_candidates;
    QPointer<api::ApiReply> m_listReply;
    api::AddRdsDatabasesResponse m_result;
};

} // namespace dbss::models
