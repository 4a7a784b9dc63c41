#pragma once

#include "models/actions/SubmitAction.h"
#include "models/api/Connections.h"

namespace dbss::models {

// Creates a DAS connection to a cloud DB instance (document 003).
class DasConnectionAction : public SubmitAction {
    Q_OBJECT
public:
    explicit DasConnectionAction(api::ApiClient* client, QObject* parent = nullptr);

    // request.port: 0 = not sent, negative = the user typed something that is not a number.
    static api::FieldErrors validate(const api::DasConnectionRequest& request);
    static QStringList fields();

    bool submit(const api::DasConnectionRequest& request);

Q_SIGNALS:
    void succeeded(const dbss::api::DasConnection& connection);

private:
    void emitSucceeded() override;
    api::DasConnection m_result;
};

} // namespace dbss::models
