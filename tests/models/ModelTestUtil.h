#pragma once

// Helpers shared by the model tests: the common setup (a sandbox and a client on it, a model under
// QAbstractItemModelTester), synchronous API calls for expected values, waiting for a model to
// finish loading, and finding a seeded instance with data.
#include "models/api/ApiClient.h"
#include "models/api/Databases.h"
#include "models/api/Instances.h"
#include "models/tables/RemoteTableModel.h"
#include "tests/common/ClientRequests.h"
#include "tests/common/SandboxProcess.h"
#include "tests/common/TestClient.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

#include <functional>
#include <memory>

namespace dbss::test {

// A dbss-sandbox started with `flags` and a client on it; `tune` adjusts the client's configuration
// first (e.g. more retries under fault injection).
inline bool startSandbox(std::unique_ptr<SandboxProcess>& sandbox, std::unique_ptr<api::ApiClient>& client,
                         const QStringList& flags, QString* error,
                         const std::function<void(api::ClientConfig&)>& tune = {}) {
    sandbox = std::make_unique<SandboxProcess>(flags);
    if (!sandbox->start(error))
        return false;
    api::ClientConfig config = clientConfigFor(*sandbox);
    if (tune)
        tune(config);
    client = std::make_unique<api::ApiClient>(config);
    return true;
}

// A new model on `client` under a QAbstractItemModelTester (held as a member, so it watches the
// model for its whole life); the old tester goes before the old model. pageSize 0: the default.
template <class Model>
Model& newTestedModel(std::unique_ptr<Model>& model, std::unique_ptr<QAbstractItemModelTester>& tester,
                      api::ApiClient* client, int pageSize = 0) {
    tester.reset();
    model = std::make_unique<Model>(client);
    if constexpr (requires(Model & m) { m.setPageSize(1); }) {
        if (pageSize > 0)
            model->setPageSize(pageSize);
    }
    tester = std::make_unique<QAbstractItemModelTester>(
        model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    return *model;
}

inline QJsonObject callJson(api::ApiClient& client, const api::ApiRequest& request, int* status = nullptr) {
    api::ApiReply* reply = client.send(request);
    QSignalSpy done(reply, &api::ApiReply::finished);
    if (!reply->isFinished() && !done.wait(15000))
        return {};
    if (status)
        *status = reply->httpStatus();
    const QJsonObject object = reply->json().object();
    reply->deleteLater();
    return object;
}

inline bool waitIdle(const models::RemoteTableModel& model, int ms = 20000) {
    return QTest::qWaitFor([&] { return !model.isLoading(); }, ms);
}

inline QStringList columnValues(const QAbstractItemModel& model, int column, int role = Qt::DisplayRole) {
    QStringList values;
    for (int r = 0; r < model.rowCount(); ++r)
        values << model.index(r, column).data(role).toString();
    return values;
}

inline QStringList instanceIds(api::ApiClient& client) {
    QStringList ids;
    const QJsonObject page = callJson(client, api::listAuditInstances(0, 1000));
    for (const QJsonValue& v : page.value(QLatin1String("servers")).toArray())
        ids << v.toObject().value(QLatin1String("id")).toString();
    return ids;
}

// The first instance with at least minDatabases databases (the demo data's first instance has 3).
inline QString instanceWithDatabases(api::ApiClient& client, int minDatabases) {
    for (const QString& id : instanceIds(client)) {
        const QJsonObject page = callJson(client, api::listAuditDatabases(id, {}, 0, 100));
        if (page.value(QLatin1String("databases")).toArray().size() >= minDatabases)
            return id;
    }
    return {};
}

} // namespace dbss::test
