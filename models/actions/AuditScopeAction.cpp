#include "models/actions/AuditScopeAction.h"

#include "models/api/FormEnums.h"
#include "models/api/ParseReply.h"

#include <QCoreApplication>

namespace dbss::models {

AuditScopeAction::AuditScopeAction(api::ApiClient* client, QObject* parent)
    : SubmitAction(client, parent) {}

AuditScopeAction::~AuditScopeAction() {
    if (m_listReply) {
        m_listReply->disconnect(this);
        m_listReply->abort();
        m_listReply->deleteLater();
    }
}

QStringList AuditScopeAction::fields() {
    return {QStringLiteral("instance_id"),  QStringLiteral("rule_name"),     QStringLiteral("db_ids"),
            QStringLiteral("db_names"),     QStringLiteral("db_users"),      QStringLiteral("source_ips"),
            QStringLiteral("source_ports"), QStringLiteral("exception_ips"), QStringLiteral("action")};
}

api::FieldErrors AuditScopeAction::validate(const QString& instanceId, const api::NewAuditScope& scope) {
    api::FieldChecker check;
    check.require(QStringLiteral("instance_id"), instanceId);
    check.require(QStringLiteral("rule_name"), scope.ruleName);
    if (scope.dbIds.isEmpty())
        check.add(QStringLiteral("db_ids"), tr("Select at least one database, or all databases."));
    else if (scope.dbIds.contains(api::enums::kAllDbIds) && scope.dbIds.size() > 1)
        check.add(QStringLiteral("db_ids"),
                  tr("\"All databases\" cannot be combined with single databases."));
    else if (scope.dbNames.size() != scope.dbIds.size())
        check.add(QStringLiteral("db_names"), tr("Every database needs its name."));
    auto noCommas = [&check](const QString& field, const QStringList& values) {
        for (const QString& v : values) {
            if (v.contains(QLatin1Char(','))) // the API joins each list with commas
                check.add(field, tr("A value cannot contain a comma: %1").arg(v));
        }
    };
    noCommas(QStringLiteral("db_ids"), scope.dbIds);
    noCommas(QStringLiteral("db_names"), scope.dbNames);
    noCommas(QStringLiteral("db_users"), scope.dbUsers);
    check.ipList(QStringLiteral("source_ips"), scope.sourceIps);
    check.portList(QStringLiteral("source_ports"), scope.sourcePorts);
    check.ipList(QStringLiteral("exception_ips"), scope.exceptionIps);
    const QStringList allowed = api::enums::scopeActions();
    for (const QString& a : scope.actions) {
        if (!allowed.contains(a))
            check.add(QStringLiteral("action"), tr("Unknown operation: %1").arg(a));
    }
    return check.errors();
}

void AuditScopeAction::loadDatabases(const QString& instanceId) {
    if (m_listReply) {
        m_listReply->disconnect(this);
        m_listReply->abort();
        m_listReply->deleteLater();
    }
    m_instanceId = instanceId;
    m_databases.clear();
    fetchPage(0);
}

void AuditScopeAction::fetchPage(int offset) {
    m_listReply = sendRead(api::listAuditDatabases(m_instanceId, {}, offset, kPageSize));
    api::ApiReply* reply = m_listReply;
    connect(reply, &api::ApiReply::finished, this, [this, reply, offset] {
        reply->deleteLater();
        m_listReply = nullptr;
        api::ListAuditDatabasesResponse page;
        api::ApiError error;
        if (!api::parseReply(*reply, &page, &error)) {
            Q_EMIT databasesFailed(error);
            return;
        }
        m_databases += page.databases;
        const int next = offset + int(page.databases.size());
        if (!page.databases.isEmpty() && next < page.total)
            fetchPage(next);
        else
            Q_EMIT databasesLoaded(m_databases);
    });
}

bool AuditScopeAction::submit(const QString& instanceId, const api::NewAuditScope& scope) {
    return submitChecked(validate(instanceId, scope), api::addAuditScope(instanceId, scope), fields(),
                         [this](const api::ApiReply& reply) {
                             api::ApiError error;
                             api::parseMutation(reply, &m_result, &error);
                             return error;
                         });
}

void AuditScopeAction::emitSucceeded() {
    Q_EMIT succeeded(m_result);
}

} // namespace dbss::models
