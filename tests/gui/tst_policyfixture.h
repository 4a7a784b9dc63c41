#pragma once

// Shared by the policy GUI tests: the sandbox in-process (loopback HTTP), a client for it, and the
// raw API reads that say what an instance really has, independently of models/policy (the
// comparison and the apply are checked against these, not against the code under test).

#include "models/api/ApiClient.h"
#include "models/api/AuditScopes.h"
#include "models/api/Instances.h"
#include "models/api/Rules.h"
#include "models/policy/PolicyCompareModel.h"
#include "sandbox/SandboxServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QSignalSpy>

#include <memory>

namespace dbss::test {

using Kind = models::PolicyCompareModel::Kind;

struct PolicySandbox {
    std::unique_ptr<sandbox::SandboxServer> server;
    std::unique_ptr<api::ApiClient> client;

    bool start(QString* error) {
        server = std::make_unique<sandbox::SandboxServer>(sandbox::SandboxOptions{});
        if (!server->listen(QHostAddress::LocalHost, 0, error))
            return false;
        api::ClientConfig config;
        config.region = server->options().region;
        config.projectId = server->options().projectId;
        config.ak = server->options().ak;
        config.sk = server->options().sk;
        for (api::Service s : {api::Service::Dbss, api::Service::Iam, api::Service::Drs, api::Service::Das})
            config.endpointOverrides.insert(s, server->baseUrl());
        client = std::make_unique<api::ApiClient>(config);
        return true;
    }

    // The body of a successful call, or an empty object.
    QJsonObject call(const api::ApiRequest& request) {
        api::ApiReply* reply = client->send(request);
        QSignalSpy done(reply, &api::ApiReply::finished);
        if (!done.wait(15000))
            return {};
        reply->deleteLater();
        return reply->error().isError()
                   ? QJsonObject{{QStringLiteral("failed"), reply->error().userMessage()}}
                   : reply->json().object();
    }

    // Ids of the running instances, in the API's order.
    QStringList activeInstances() {
        QStringList missing;
        const auto list =
            api::ListAuditInstancesResponse::fromJson(call(api::listAuditInstances(0, 1000)), &missing);
        QStringList ids;
        for (const api::AuditInstance& i : list.servers)
            if (i.status == QLatin1String("ACTIVE"))
                ids << i.id;
        return ids;
    }

    QList<api::RiskRule> riskRules(const QString& instanceId) {
        QStringList missing;
        return api::ListRiskRulesResponse::fromJson(call(api::listRiskRules(instanceId, {}, {})), &missing)
            .rules;
    }

    // What an instance has, by the key rows are matched by -> what is compared (status; scopes also
    // their operations), straight from the list operations.
    QMap<QString, QString> state(const QString& instanceId) {
        QMap<QString, QString> s;
        QStringList missing;
        for (const api::RiskRule& r : riskRules(instanceId))
            s.insert(models::PolicyCompareModel::keyOf(Kind::RiskRule, r.type, r.name), r.status);
        const auto sql = api::ListSqlInjectionRulesResponse::fromJson(
            call(api::listSqlInjectionRules(instanceId, {})), &missing);
        for (const api::SqlInjectionRule& r : sql.rules)
            s.insert(models::PolicyCompareModel::keyOf(Kind::SqlInjectionRule, r.type, r.name), r.status);
        const auto masks = api::ListMaskingRulesResponse::fromJson(
            call(api::listMaskingRules(instanceId, 0, 1000)), &missing);
        for (const api::MaskingRule& r : masks.rules)
            s.insert(models::PolicyCompareModel::keyOf(Kind::MaskingRule, r.type, r.name), r.status);
        const auto scopes =
            api::ListAuditScopesResponse::fromJson(call(api::listAuditScopes(instanceId, 0, 1000)), &missing);
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
        return !call(api::switchRiskRules(instanceId, ids, on)).contains(QStringLiteral("failed"));
    }

    bool addScope(const QString& instanceId, const QString& name) {
        api::NewAuditScope scope;
        scope.ruleName = name;
        scope.dbIds = {QStringLiteral("[ALL]")}; // every database, as the document spells it
        scope.dbNames = {QStringLiteral("[ALL]")};
        scope.actions = {QStringLiteral("SELECT")};
        return !call(api::addAuditScope(instanceId, scope)).contains(QStringLiteral("failed"));
    }
};

// True for requests that change something (the list operations only read; one of them is a POST).
inline bool isMutation(const QString& operation) {
    return !operation.startsWith(QLatin1String("List")) && !operation.startsWith(QLatin1String("Show"));
}

} // namespace dbss::test
