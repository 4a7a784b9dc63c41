#include "models/credentials/ConnectionProbe.h"

#include "models/api/ApiClient.h"
#include "models/credentials/ClientConfigFactory.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QPointer>

namespace dbss::credentials {

void probeConnection(const api::ClientConfig& config, QObject* context,
                     std::function<void(ProbeResult)> done) {
    api::ClientConfig probeConfig = config;
    probeConfig.maxRetries = 0; // the user is waiting for a yes or no
    // Parented to the context: closing the dialog aborts the probe.
    auto* client = new api::ApiClient(probeConfig, context);
    wipeSecrets(probeConfig);

    api::ApiRequest request;
    request.service = api::Service::Dbss;
    request.method = "GET";
    request.path = QStringLiteral("/v1/{project_id}/dbss/audit/instances");
    request.query.addQueryItem(QStringLiteral("offset"), QStringLiteral("0"));
    request.query.addQueryItem(QStringLiteral("limit"), QStringLiteral("1"));
    request.operation = QStringLiteral("ListAuditInstances");
    api::ApiReply* reply = client->send(request);

    QObject::connect(reply, &api::ApiReply::finished, client, [client, reply, done = std::move(done)] {
        ProbeResult result;
        if (reply->ok()) {
            result.ok = true;
            const int total = reply->json().object().value(QStringLiteral("total")).toInt();
            result.message = QCoreApplication::translate(
                "ConnectionProbe", "Connected: %n audit instance(s) visible.", nullptr, total);
        } else {
            result.message = reply->error().userMessage();
        }
        reply->deleteLater();
        client->deleteLater();
        done(std::move(result));
    });
}

} // namespace dbss::credentials
