#pragma once

#include "models/actions/SubmitAction.h"
#include "models/api/AccountResources.h"
#include "models/api/InstanceJobs.h"

namespace dbss::models {

// Orders a yearly/monthly audit instance (reference 3.2.3). loadChoices() reads what the form
// offers: quota (3.1.3), ECS specifications (3.1.4) and availability zones (3.1.5).
class BuyInstanceAction : public SubmitAction {
    Q_OBJECT
public:
    explicit BuyInstanceAction(api::ApiClient* client, QObject* parent = nullptr);
    ~BuyInstanceAction() override;

    static api::FieldErrors validate(const api::PeriodOrderRequest& order);
    static QStringList fields();

    void loadChoices(); // choicesLoaded or choicesFailed follows (once)
    bool submit(const api::PeriodOrderRequest& order);

Q_SIGNALS:
    void choicesLoaded(const dbss::api::AuditQuota& quota,
                       const QList<dbss::api::EcsSpecification>& specifications,
                       const QList<dbss::api::AvailabilityZone>& zones);
    void choicesFailed(const dbss::api::ApiError& error);
    void succeeded(const dbss::api::PeriodOrderResponse& response);

private:
    void onChoiceFinished();
    void emitSucceeded() override;

    QList<QPointer<api::ApiReply>> m_reads;
    api::AuditQuota m_quota;
    QList<api::EcsSpecification> m_specs;
    QList<api::AvailabilityZone> m_zones;
    api::ApiError m_readError;
    api::PeriodOrderResponse m_result;
};

} // namespace dbss::models
