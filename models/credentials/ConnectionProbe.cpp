#include "models/credentials/ConnectionProbe.h"

#include "models/api/ApiClient.h"
#include "models/credentials/ClientConfigFactory.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QPointer>

#include <memory>

namespace dbss::credentials {

void probeConnection(const api::ClientConfig& config, QObject* context,
                     std::function<void(ProbeResult)> done) {
    api::ClientConfig probeConfig = config;
    probeConfig.maxRetries = 0; // the user is waiting for a yes or no
    // Not a child of the context: a widget deletes its children before QObject's guards are cleared,
    // and an abort from there would call back into a half-destroyed dialog. The flag below is what
    // tells the answer that its receiver is gone.
    auto* client = new api::ApiClient(probeConfig);
    wipeSecrets(probeConfig);

    api::ApiRequest request;
    request.service = api::Service::Dbss;
    request.method = "GET";
    request.path = QStringLiteral("/v1/{project_id}/dbss/audit/instances");
    request.query.addQueryItem(QStringLiteral("offset"), QStringLiteral("0"));
    request.query.addQueryItem(QStringLiteral("limit"), QStringLiteral("1"));
    request.operation = QStringLiteral("ListAuditInstances");
    QPointer<api::ApiReply> reply = client->send(request);

    auto receiverAlive = std::make_shared<bool>(true);
    QObject::connect(context, &QObject::destroyed, client, [receiverAlive, reply] {
        *receiverAlive = false;
        if (reply && !reply->isFinished())
            reply->abort(); // finished() follows; the client is freed there
    });
    QObject::connect(
        reply, &api::ApiReply::finished, client, [client, reply, receiverAlive, done = std::move(done)] {
            if (*receiverAlive) {
                ProbeResult result;
                if (reply->ok()) {
                    result.ok = true;
                    const int total = reply->json().object().value(QStringLiteral("total")).toInt();
                    result.message = QCoreApplication::translate(
                        "ConnectionProbe", "Connected: %n audit instance(s) visible.", nullptr, total);
                } else {
                    result.message = reply->error().userMessage();
                }
                done(std::move(result));
            }
            reply->deleteLater();
            client->deleteLater();
        });
}

} // namespace dbss::credentials
