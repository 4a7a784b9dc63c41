#pragma once

#include "models/api/ApiError.h"
#include "models/policy/Policy.h"

#include <QObject>
#include <QPointer>

namespace dbss::api {
class ApiClient;
}

namespace dbss::models {

// Reads an instance's policy through the existing list operations (audit scopes, SQL-injection,
// risk and masking rules, and the instance's databases to name the scopes' databases), all in
// parallel. finished() once per read(): the policy, or the first error (then the policy is empty).
class PolicyReader : public QObject {
    Q_OBJECT
public:
    explicit PolicyReader(api::ApiClient* client, QObject* parent = nullptr);
    ~PolicyReader() override;

    void read(const QString& instanceId); // a read in progress is cancelled first
    void cancel();                        // no finished() for the cancelled read
    bool isRunning() const { return m_pending > 0; }
    QString instanceId() const { return m_instanceId; }

Q_SIGNALS:
    void finished(const QString& instanceId, const dbss::models::Policy& policy,
                  const dbss::api::ApiError& error);

private:
    void partDone(const api::ApiError& error);

    QPointer<api::ApiClient> m_client;
    QString m_instanceId;
    int m_run = 0;
    int m_pending = 0;
    api::ApiError m_error;
    Policy m_policy;
    QList<QPair<QString, QString>> m_databases; // id, name
    QObject* m_context = nullptr;               // owns this read's pagers and replies
};

} // namespace dbss::models
