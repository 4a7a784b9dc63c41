#pragma once

#include "models/api/ApiError.h"
#include "models/api/ApiRequest.h"
#include "models/api/FieldRules.h"

#include <QObject>
#include <QPointer>

#include <functional>

namespace dbss::api {
class ApiClient;
class ApiReply;
} // namespace dbss::api

namespace dbss::models {

// The common part of a form's submission: validate, send one request at a time, report field
// errors (local or named by the API's rejection) or the ApiError. Subclasses add the typed
// values and a succeeded(...) signal. Nothing is sent while invalid or while a request is in flight.
class SubmitAction : public QObject {
    Q_OBJECT
public:
    explicit SubmitAction(api::ApiClient* client, QObject* parent = nullptr);
    ~SubmitAction() override; // aborts a request in flight

    bool isBusy() const { return !m_reply.isNull(); }
    const api::ApiError& lastError() const { return m_error; }
    const api::FieldErrors& fieldErrors() const { return m_fieldErrors; }
    void cancel();

Q_SIGNALS:
    void busyChanged(bool busy);
    // Local validation failed; nothing was sent.
    void invalid(const dbss::api::FieldErrors& errors);
    // The request failed; fieldErrors are the fields the API's message names (may be empty).
    void failed(const dbss::api::ApiError& error, const dbss::api::FieldErrors& fieldErrors);

protected:
    api::ApiClient* client() const { return m_client; }
    // If `errors` is non-empty: emits invalid() and returns false. Otherwise sends `request`;
    // on a 2xx `parse(reply)` runs, keeps the typed result and returns the parse error (if any);
    // then busyChanged(false) and, on success, emitSucceeded().
    // `knownFields` are the JSON keys an API rejection may name.
    bool submitChecked(const api::FieldErrors& errors, const api::ApiRequest& request,
                       const QStringList& knownFields,
                       std::function<api::ApiError(const api::ApiReply&)> parse);
    virtual void emitSucceeded() = 0;
    // For read calls that are not submissions (lists the form picks from).
    api::ApiReply* sendRead(const api::ApiRequest& request);

private:
    void onFinished();

    api::ApiClient* m_client;
    QPointer<api::ApiReply> m_reply;
    QStringList m_knownFields;
    std::function<api::ApiError(const api::ApiReply&)> m_parse;
    api::ApiError m_error;
    api::FieldErrors m_fieldErrors;
};

} // namespace dbss::models
