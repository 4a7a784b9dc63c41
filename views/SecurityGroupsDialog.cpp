#include "views/SecurityGroupsDialog.h"

#include "models/actions/SecurityGroupAction.h"

#include <QLabel>
#include <QLineEdit>

namespace dbss::views {

SecurityGroupsDialog::SecurityGroupsDialog(api::ApiClient* client, const QString& instanceId,
                                           const QString& current, QWidget* parent)
    : SubmitDialog(parent)
    , m_instanceId(instanceId)
    , m_action(new models::SecurityGroupAction(client, this))
    , m_group(new QLineEdit(current)) {
    setWindowTitle(tr("Security Group"));
    auto* idLabel = new QLabel(instanceId);
    idLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    addField(QStringLiteral("instance_id"), tr("Instance ID:"), idLabel);
    m_group->setPlaceholderText(tr("Security group id (one group per change)"));
    addField(QStringLiteral("securitygroup_ids"), tr("&Security group:"), m_group);
    bindAction(m_action);
    connect(m_action, &models::SecurityGroupAction::succeeded, this,
            [this](const QString& id, const QStringList& groups) {
                Q_EMIT submitted(id, groups.value(0));
                accept();
            });
}

void SecurityGroupsDialog::submit() {
    m_action->submit(m_instanceId, api::splitList(m_group->text()));
}

} // namespace dbss::views
