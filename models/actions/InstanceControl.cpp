#include "models/actions/InstanceControl.h"

#include "models/api/ApiClient.h"
#include "models/api/MutationResult.h"

namespace dbss::models {

InstanceControl::InstanceControl(api::ApiClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client) {}

bool InstanceControl::allowed(api::InstanceAction action, const QString& status) {
    if (action == api::InstanceAction::Start)
        return status == QLatin1String("SHUTOFF");
    return status == QLatin1String("ACTIVE");
}

QString InstanceControl::actionName(api::InstanceAction action) {
    switch (action) {
    case api::InstanceAction::Start:
        return tr("Start");
    case api::InstanceAction::Stop:
        return tr("Stop");
    case api::InstanceAction::Reboot:
        return tr("Reboot");
    }
    return {};
}

void InstanceControl::run(api::InstanceAction action, const QString& instanceId,
                          const QString& instanceName) {
    if (!m_client)
        return;
    api::ApiReply* reply = m_client->send(api::instanceAction(action, instanceId));
    connect(reply, &api::ApiReply::finished, this, [this, reply, action, instanceName] {
        reply->deleteLater();
        api::MutationResult result;
        api::ApiError error;
        if (api::parseMutation(*reply, &result, &error)) {
            Q_EMIT finished(true, tr("%1 of %2 requested.").arg(actionName(action), instanceName));
            return;
        }
        Q_EMIT finished(false,
                        tr("%1 of %2 failed: %3").arg(actionName(action), instanceName, error.userMessage()));
    });
}

} // namespace dbss::models
