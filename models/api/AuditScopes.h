#pragma once

// Audit scope policies: list (reference 3.5.1) and add (document 004).

#include "models/api/ApiRequest.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace dbss::api {

struct AuditScope {
    QString id;
    QString name;
    QString action;
    QString status; // ON | OFF (the reference also says Enabled/Disabled)
    QString exceptionIps;
    QString sourceIps;
    QString sourcePorts;
    QString dbIds;
    QString dbNames;
    QString dbUsers;
    bool allAudit = false;
    QJsonObject raw;
    static AuditScope fromJson(const QJsonObject& object, QStringList* missing, const QString& path);
};
struct ListAuditScopesResponse {
    QList<AuditScope> scopes;
    qint64 total = 0;
    static ListAuditScopesResponse fromJson(const QJsonObject& object, QStringList* missing);
};
// ListAuditRuleScopes: GET /v1/{project_id}/{instance_id}/dbss/audit/rule/scopes?offset&limit
ApiRequest listAuditScopes(const QString& instanceId, int offset, int limit);

// AddAuditRuleScope: POST /v1/{project_id}/audit/{instance_id}/rule/scopes. List fields are sent
// comma-separated, as the document specifies; empty optional fields are left out.
struct NewAuditScope {
    QString ruleName;
    QStringList dbIds;   // ["ALL"] for every database
    QStringList dbNames; // ["All databases"]
    QStringList dbUsers;
    QStringList sourceIps;
    QStringList sourcePorts;
    QStringList exceptionIps;
    QStringList actions;
    QJsonObject toJson() const;
};
ApiRequest addAuditScope(const QString& instanceId, const NewAuditScope& scope);

} // namespace dbss::api
