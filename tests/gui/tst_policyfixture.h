#pragma once

// Shared by the policy GUI tests: the sandbox in-process (loopback HTTP), a client for it, and the
// raw API reads that say what an instance really has, independently of models/policy (the
// comparison and the apply are checked against these, not against the code under test).

#include "models/api/ApiClient.h"
#include "models/api/AuditScopes.h"
#include "models/api/Instances.h"
#include "models/api/Rules.h"
#include "models/policy/PolicyCompareModel.h"
#include "tests/gui/tst_dialogfixture.h"

#include <QMap>
#include <QSet>
#include <QSignalSpy>

namespace dbss::test {

using Kind = models::PolicyCompareModel::Kind;

// The form tests' fixture (in-process sandbox, client, typed reads) plus policy helpers.
struct PolicySandbox : DialogFixture {
    // Sends a write and waits: true when the service accepted it.
    bool write(const api::ApiRequest& request) {
        api::ApiReply* reply = client()->send(request);
        QSignalSpy done(reply, &api::ApiReply::finished);
        const bool ok = done.wait(15000) && reply->ok();
        reply->deleteLater();
        return ok;
    }

    // Ids of the running instances, in the API's order.
    QStringList activeInstances() {
        bool ok = false;
        const auto list = read<api::ListAuditInstancesResponse>(api::listAuditInstances(0, 1000), &ok);
        QStringList ids;
        for (const api::AuditInstance& i : list.servers)
            if (i.status == QLatin1String("ACTIVE"))
                ids << i.id;
        return ids;
    }

    QList<api::RiskRule> riskRules(const QString& instanceId) {
        bool ok = false;
        return read<api::ListRiskRulesResponse>(api::listRiskRules(instanceId, {}, {}), &ok).rules;
    }

    // What an instance has, by the key rows are matched by -> what is compared (status; scopes also
    // their operations), straight from the list operations.
    QMap<QString, QString> state(const QString& instanceId) {
        QMap<QString, QString> s;
        bool ok = false;
        for (const api::RiskRule& r : riskRules(instanceId))
            s.insert(models::PolicyCompareModel::keyOf(Kind::RiskRule, r.type, r.name), r.status);
        const auto sql =
            read<api::ListSqlInjectionRulesResponse>(api::listSqlInjectionRules(instanceId, {}), &ok);
        for (const api::SqlInjectionRule& r : sql.rules)
            s.insert(models::PolicyCompareModel::keyOf(Kind::SqlInjectionRule, r.type, r.name), r.status);
        const auto masks =
            read<api::ListMaskingRulesResponse>(api::listMaskingRules(instanceId, 0, 1000), &ok);
        for (const api::MaskingRule& r : masks.rules)
            s.insert(models::PolicyCompareModel::keyOf(Kind::MaskingRule, r.type, r.name), r.status);
        const auto scopes =
            read<api::ListAuditScopesResponse>(api::listAuditScopes(instanceId, 0, 1000), &ok);
        for (const api::AuditScope& r : scopes.scopes)
            s.insert(models::PolicyCompareModel::keyOf(Kind::AuditScope, {}, r.name), r.status + r.action);
        return s;
    }

    // The keys whose state differs between the two (or that only one has), sorted.
    static QStringList differences(const QMap<QString, QString>& a, const QMap<QString, QString>& b) {
        QSet<QString> keys;
        for (auto it = a.begin(); it != a.end(); ++it)
            if (b.value(it.key(), QStringLiteral("<absent>")) != it.value())
                keys.insert(it.key());
        for (auto it = b.begin(); it != b.end(); ++it)
            if (!a.contains(it.key()))
                keys.insert(it.key());
        QStringList sorted(keys.begin(), keys.end());
        sorted.sort();
        return sorted;
    }

    bool switchRisk(const QString& instanceId, const QStringList& ids, bool on) {
        return write(api::switchRiskRules(instanceId, ids, on));
    }

    bool addScope(const QString& instanceId, const QString& name) {
        api::NewAuditScope scope;
        scope.ruleName = name;
        scope.dbIds = {QStringLiteral("[ALL]")}; // every database, as the document spells it
        scope.dbNames = {QStringLiteral("[ALL]")};
        scope.actions = {QStringLiteral("SELECT")};
        return write(api::addAuditScope(instanceId, scope));
    }
};

// True for requests that change something (the list operations only read; one of them is a POST).
inline bool isMutation(const QString& operation) {
    return !operation.startsWith(QLatin1String("List")) && !operation.startsWith(QLatin1String("Show"));
}

} // namespace dbss::test
