#pragma once

#include "models/actions/SubmitAction.h"
#include "models/api/Connections.h"

namespace dbss::models {

// Creates a DRS connection (document 002). The password travels in the request body only; the
// request log redacts it and nothing here keeps it after the request is built.
class DrsConnectionAction : public SubmitAction {
    Q_OBJECT
public:
    explicit DrsConnectionAction(api::ApiClient* client, QObject* parent = nullptr);

    static api::FieldErrors validate(const api::DrsConnectionRequest& request);
    static QStringList fields();

    bool submit(const api::DrsConnectionRequest& request);

Q_SIGNALS:
    void succeeded(const dbss::api::DrsConnection& connection);

private:
    void emitSucceeded() override;
    api::DrsConnection m_result;
};

} // namespace dbss::models
