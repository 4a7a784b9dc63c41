#pragma once

#include "models/api/AccountResources.h"
#include "models/api/InstanceJobs.h"
#include "views/SubmitDialog.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace dbss::api {
class ApiClient;
}
namespace dbss::models {
class BuyInstanceAction;
}

namespace dbss::views {

// Orders a yearly/monthly audit instance (reference 3.2.3) in the client's region. The steps are
// sections of one page: quota, location (AZ), specification, network (VPC, subnet, security
// groups), period. Specifications and zones come from the service (3.1.4, 3.1.5).
class BuyInstanceWizard : public SubmitDialog {
    Q_OBJECT
public:
    explicit BuyInstanceWizard(api::ApiClient* client, QWidget* parent = nullptr);

    api::PeriodOrderRequest order() const;
    QLabel* quotaLabel() const { return m_quota; }
    QLabel* specDetail() const { return m_specDetail; }
    models::BuyInstanceAction* action() const { return m_action; }

Q_SIGNALS:
    void choicesLoaded(); // specifications, zones and quota shown (or the banner says why not)
    void submitted(const dbss::api::PeriodOrderResponse& response, const QString& name);

protected:
    void submit() override;

private:
    void growToFit(); // taller when the loaded choices need it
    void showChoices(const api::AuditQuota& quota, const QList<api::EcsSpecification>& specs,
                     const QList<api::AvailabilityZone>& zones);
    void fillZones();
    void showSpecDetail();
    void updatePeriodRange();

    QString m_region;
    models::BuyInstanceAction* m_action;
    QList<api::EcsSpecification> m_specs;
    QList<api::AvailabilityZone> m_zones;
    QLabel* m_quota;
    QComboBox* m_zone;
    QComboBox* m_spec;
    QLabel* m_specDetail = nullptr;
    QLineEdit* m_name;
    QLineEdit* m_vpc;
    QLineEdit* m_subnet;
    QLineEdit* m_ip;
    QLineEdit* m_groups;
    QLineEdit* m_enterprise;
    QComboBox* m_periodType;
    QSpinBox* m_periodNum;
    QCheckBox* m_autoRenew;
    QLineEdit* m_product;
    QLineEdit* m_comment;
};

} // namespace dbss::views
