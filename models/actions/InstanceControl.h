#pragma once

#include "models/api/ApiError.h"
#include "models/api/InstanceJobs.h"

#include <QObject>
#include <QPointer>

namespace dbss::api {
class ApiClient;
}

namespace dbss::models {

// Start, stop or reboot an audit instance (the SDK's instance actions). Reports the outcome once;
// a lost answer is reported as such (the instance list, refreshed afterwards, shows what happened).
class InstanceControl : public QObject {
    Q_OBJECT
public:
    explicit InstanceControl(api::ApiClient* client, QObject* parent = nullptr);

    // Which actions the API allows in a status: start needs SHUTOFF; stop and reboot need ACTIVE.
    static bool allowed(api::InstanceAction action, const QString& status);
    static QString actionName(api::InstanceAction action); // translated verb for messages

    void run(api::InstanceAction action, const QString& instanceId, const QString& instanceName);

Q_SIGNALS:
    void finished(bool ok, const QString& message); // message for the status bar / a dialog

private:
    QPointer<api::ApiClient> m_client;
};

} // namespace dbss::models
