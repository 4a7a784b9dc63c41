#pragma once

#include "sandbox/http/ApiCall.h"
#include "sandbox/http/HttpReply.h"

#include <QAbstractHttpServer>

#include <functional>

namespace dbss::sandbox {

struct Outcome;

// The QAbstractHttpServer (Qt 6.4) glue: copies each request into an ApiCall, asks the
// dispatcher for an Outcome, then answers now, answers later (latency) or drops the connection.
class HttpFrontend : public QAbstractHttpServer {
    Q_OBJECT
public:
    using DispatchFn = std::function<Outcome(ApiCall&)>;
    explicit HttpFrontend(DispatchFn dispatch, QObject* parent = nullptr);

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    DispatchFn m_dispatch;
};

} // namespace dbss::sandbox
