#include "models/actions/SubmitAction.h"

#include "models/Logging.h"
#include "models/api/ApiClient.h"

#include <QCoreApplication>

namespace dbss::models {

SubmitAction::SubmitAction(api::ApiClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client) {}

SubmitAction::~SubmitAction() {
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void SubmitAction::cancel() {
    if (m_reply)
        m_reply->abort(); // finished() follows with Kind::Cancelled
}

bool SubmitAction::submitChecked(const api::FieldErrors& errors, const api::ApiRequest& request,
                                 const QStringList& knownFields,
                                 std::function<api::ApiError(const api::ApiReply&)> parse) {
    m_fieldErrors = errors;
    m_error = {};
    if (!errors.isEmpty()) {
        Q_EMIT invalid(errors);
        return false;
    }
    if (isBusy()) {
        m_error = api::ApiError::make(
            api::ApiError::Kind::Usage,
            QCoreApplication::translate("dbss::models::SubmitAction", "a request is already in flight"),
            request.operation);
        return false;
    }
    m_knownFields = knownFields;
    m_parse = std::move(parse);
    m_reply = m_client->send(request);
    connect(m_reply, &api::ApiReply::finished, this, &SubmitAction::onFinished);
    Q_EMIT busyChanged(true);
    return true;
}

api::ApiReply* SubmitAction::sendRead(const api::ApiRequest& request) {
    return m_client->send(request);
}

void SubmitAction::onFinished() {
    api::ApiReply* reply = m_reply;
    m_reply = nullptr;
    if (!reply)
        return;
    reply->deleteLater();
    const api::ApiError error = reply->ok() ? m_parse(*reply) : reply->error();
    Q_EMIT busyChanged(false);
    if (!error.isError()) {
        emitSucceeded();
        return;
    }
    m_error = error;
    m_fieldErrors = error.kind == api::ApiError::Kind::Http ? api::fieldsNamedIn(error, m_knownFields)
                                                            : api::FieldErrors{};
    qCDebug(lcModels).noquote() << "submission failed:" << m_error.userMessage();
    Q_EMIT failed(m_error, m_fieldErrors);
}

} // namespace dbss::models
