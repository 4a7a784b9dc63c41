#pragma once

// Helpers shared by the model tests: synchronous API calls for expected values, waiting for a
// model to finish loading, and finding a seeded instance with data.
#include "models/RemoteTableModel.h"
#include "models/api/ApiClient.h"
#include "models/api/Databases.h"
#include "models/api/Instances.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

namespace dbss::test {

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
