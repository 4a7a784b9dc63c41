#pragma once

#include "models/actions/SubmitAction.h"
#include "models/api/Databases.h"

namespace dbss::models {

// Adds a self-built (or RDS) database to an audit instance by description (document 000, v2).
class AddDatabaseAction : public SubmitAction {
    Q_OBJECT
public:
    explicit AddDatabaseAction(api::ApiClient* client, QObject* parent = nullptr);

    // The document's rules: every field but instance_name mandatory, enums, IPv4/IPv6, port 1-65535.
    static api::FieldErrors validate(const QString& instanceId, const api::NewDatabase& database);
    static QStringList fields(); // the JSON keys of database, plus "instance_id"

    // False when invalid (invalid() emitted) or busy; else the request is on its way.
    bool submit(const QString& instanceId, const api::NewDatabase& database);

Q_SIGNALS:
    void succeeded(const dbss::api::AddDatabaseResponse& response);

private:
    void emitSucceeded() override;
    api::AddDatabaseResponse m_result;
};

} // namespace dbss::models
