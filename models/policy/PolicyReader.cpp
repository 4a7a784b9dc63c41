#include "models/policy/PolicyReader.h"

#include "models/api/AuditScopes.h"
#include "models/api/Databases.h"
#include "models/api/FormEnums.h"
#include "models/api/Pager.h"
#include "models/api/Rules.h"

namespace dbss::models {

namespace {

bool isOn(const QString& status) {
    // 3.5.1 says ON/OFF, elsewhere Enabled/Disabled: both read.
    return status.compare(QLatin1String("ON"), Qt::CaseInsensitive) == 0 ||
           status.compare(QLatin1String("Enabled"), Qt::CaseInsensitive) == 0;
}

QStringList csv(const QString& text) {
    QStringList out;
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!part.trimmed().isEmpty())
            out << part.trimmed();
    out.sort();
    return out;
}

template <class Item> PolicyRule ruleOf(const Item& item) {
    PolicyRule r;
    r.name = item.name;
    r.type = item.type;
    r.on = isOn(item.status);
    r.id = item.id;
    return r;
}

} // namespace

PolicyReader::PolicyReader(api::ApiClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client) {}

PolicyReader::~PolicyReader() = default; // m_context (a child) cancels the pagers

void PolicyReader::cancel() {
    delete m_context; // its pagers abort their requests; their callbacks die with it
    m_context = nullptr;
    m_pending = 0;
}

void PolicyReader::read(const QString& instanceId) {
    cancel();
    m_instanceId = instanceId;
    m_policy = Policy();
    m_error = api::ApiError();
    if (!m_client) {
        m_error = api::ApiError::make(api::ApiError::Kind::Usage, tr("no API client"));
        Q_EMIT finished(instanceId, Policy(), m_error);
        return;
    }
    m_context = new QObject(this);
    m_pending = 5;
    using namespace api;
    Pager::Options paged;
    Pager::Options single;
    single.paged = false; // these two lists answer everything at once

    fetchAllPages<ListAuditScopesResponse, AuditScope>(
        m_client,
        [instanceId](qint64 offset, int limit) { return listAuditScopes(instanceId, int(offset), limit); },
        &ListAuditScopesResponse::scopes, &ListAuditScopesResponse::total, paged, m_context,
        [this](QList<AuditScope> scopes, const ApiError& error) {
            for (const AuditScope& a : scopes) {
                PolicyScope s;
                s.name = a.name;
                s.on = isOn(a.status);
                s.fullAudit = a.allAudit;
                s.id = a.id;
                s.dbIds = a.dbIds == enums::kAllDbIds ? QStringList{QStringLiteral("ALL")} : csv(a.dbIds);
                s.databases =
                    a.dbIds == enums::kAllDbIds ? QStringList{QStringLiteral("ALL")} : csv(a.dbNames);
                s.users = csv(a.dbUsers);
                s.sourceIps = csv(a.sourceIps);
                s.sourcePorts = csv(a.sourcePorts);
                s.exceptionIps = csv(a.exceptionIps);
                s.actions = csv(a.action);
                m_policy.auditScopes << s;
            }
            partDone(error);
        });
    fetchAllPages<ListSqlInjectionRulesResponse, SqlInjectionRule>(
        m_client, [instanceId](qint64, int) { return listSqlInjectionRules(instanceId, {}); },
        &ListSqlInjectionRulesResponse::rules, &ListSqlInjectionRulesResponse::total, single, m_context,
        [this](QList<SqlInjectionRule> rules, const ApiError& error) {
            for (const SqlInjectionRule& r : rules)
                m_policy.sqlInjectionRules << ruleOf(r);
            partDone(error);
        });
    fetchAllPages<ListRiskRulesResponse, RiskRule>(
        m_client, [instanceId](qint64, int) { return listRiskRules(instanceId, {}, {}); },
        &ListRiskRulesResponse::rules, &ListRiskRulesResponse::total, single, m_context,
        [this](QList<RiskRule> rules, const ApiError& error) {
            for (const RiskRule& r : rules)
                m_policy.riskRules << ruleOf(r);
            partDone(error);
        });
    fetchAllPages<ListMaskingRulesResponse, MaskingRule>(
        m_client,
        [instanceId](qint64 offset, int limit) { return listMaskingRules(instanceId, int(offset), limit); },
        &ListMaskingRulesResponse::rules, &ListMaskingRulesResponse::total, paged, m_context,
        [this](QList<MaskingRule> rules, const ApiError& error) {
            for (const MaskingRule& r : rules)
                m_policy.maskingRules << ruleOf(r);
            partDone(error);
        });
    fetchAllPages<ListAuditDatabasesResponse, AuditDatabase>(
        m_client,
        [instanceId](qint64 offset, int limit) {
            return listAuditDatabases(instanceId, {}, int(offset), limit);
        },
        &ListAuditDatabasesResponse::databases, &ListAuditDatabasesResponse::total, paged, m_context,
        [this](QList<AuditDatabase> databases, const ApiError& error) {
            for (const AuditDatabase& d : databases)
                m_policy.databaseIds.insert(d.name, d.id);
            partDone(error);
        });
}

void PolicyReader::partDone(const api::ApiError& error) {
    if (error.isError() && !m_error.isError())
        m_error = error;
    if (--m_pending > 0)
        return;
    m_context->deleteLater();
    m_context = nullptr;
    Policy policy;
    if (!m_error.isError()) {
        // Scope database names as the instance's database list names them (the scope row's
        // db_names may be stale or abbreviated); ids the list does not know keep the scope's name.
        for (PolicyScope& s : m_policy.auditScopes) {
            if (s.dbIds == QStringList{QStringLiteral("ALL")} || s.dbIds.size() != s.databases.size())
                continue;
            QStringList names;
            for (const QString& id : s.dbIds) {
                const QString name = m_policy.databaseIds.key(id);
                names << (name.isEmpty() ? id : name);
            }
            names.sort();
            s.databases = names;
        }
        policy = std::move(m_policy);
        policy.sort();
    }
    m_policy = Policy();
    Q_EMIT finished(m_instanceId, policy, m_error);
}

} // namespace dbss::models
