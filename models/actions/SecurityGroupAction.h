#pragma once

#include "models/actions/SubmitAction.h"

namespace dbss::models {

// Changes the security group of an audit instance (reference 3.1.7). The reference allows one
// security group per update ("Only one update is allowed at present").
class SecurityGroupAction : public SubmitAction {
    Q_OBJECT
public:
    explicit SecurityGroupAction(api::ApiClient* client, QObject* parent = nullptr);

    static api::FieldErrors validate(const QString& instanceId, const QStringList& securityGroupIds);
    bool submit(const QString& instanceId, const QStringList& securityGroupIds);

Q_SIGNALS:
    void succeeded(const QString& instanceId, const QStringList& securityGroupIds);

private:
    void emitSucceeded() override;
    QString m_instanceId;
    QStringList m_ids;
};

} // namespace dbss::models
