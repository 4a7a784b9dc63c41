#pragma once

#include "views/SubmitDialog.h"

class QLineEdit;

namespace dbss::api {
class ApiClient;
}
namespace dbss::models {
class SecurityGroupAction;
}

namespace dbss::views {

// Changes an audit instance's security group (reference 3.1.7: one group per update).
class SecurityGroupsDialog : public SubmitDialog {
    Q_OBJECT
public:
    // instanceId: the instance list's id (sent as instance_id); current: its security group, prefilled.
    SecurityGroupsDialog(api::ApiClient* client, const QString& instanceId, const QString& current = {},
                         QWidget* parent = nullptr);

    models::SecurityGroupAction* action() const { return m_action; }

Q_SIGNALS:
    void submitted(const QString& instanceId, const QString& securityGroupId);

protected:
    void submit() override;

private:
    QString m_instanceId;
    models::SecurityGroupAction* m_action;
    QLineEdit* m_group;
};

} // namespace dbss::views
