#include "models/actions/SecurityGroupAction.h"

#include "models/api/MutationResult.h"
#include "models/api/SecurityGroups.h"

namespace dbss::models {

SecurityGroupAction::SecurityGroupAction(api::ApiClient* client, QObject* parent)
    : SubmitAction(client, parent) {}

api::FieldErrors SecurityGroupAction::validate(const QString& instanceId, const QStringList& ids) {
    api::FieldChecker check;
    check.require(QStringLiteral("instance_id"), instanceId);
    if (ids.isEmpty())
        check.add(QStringLiteral("securitygroup_ids"), tr("This field is mandatory."));
    else if (ids.size() > 1)
        check.add(QStringLiteral("securitygroup_ids"), tr("Only one security group can be set at a time."));
    return check.errors();
}

bool SecurityGroupAction::submit(const QString& instanceId, const QStringList& ids) {
    m_instanceId = instanceId;
    m_ids = ids;
    return submitChecked(validate(instanceId, ids), api::setSecurityGroups(instanceId, ids),
                         {QStringLiteral("securitygroup_ids"), QStringLiteral("instance_id")},
                         [](const api::ApiReply& reply) {
                             api::MutationResult result;
                             api::ApiError error;
                             api::parseMutation(reply, &result, &error);
                             return error;
                         });
}

void SecurityGroupAction::emitSucceeded() {
    Q_EMIT succeeded(m_instanceId, m_ids);
}

} // namespace dbss::models
