#include "sandbox/http/HttpFrontend.h"

#include "sandbox/Dispatcher.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QMetaEnum>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>
#include <QUuid>

#include <memory>

namespace dbss::sandbox {

namespace {

QByteArray methodName(QHttpServerRequest::Method m) {
    switch (m) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    default:
        return "UNKNOWN";
    }
}

void writeReply(QHttpServerResponder& responder, const HttpReply& reply) {
    responder.writeStatusLine(QHttpServerResponder::StatusCode(reply.status));
    if (!reply.contentType.isEmpty())
        responder.writeHeader("Content-Type", reply.contentType);
    if (reply.status != 204)
        responder.writeHeader("Content-Length", QByteArray::number(reply.body.size()));
    responder.writeHeader("X-Request-Id", QUuid::createUuid().toByteArray(QUuid::WithoutBraces));
    for (const auto& [name, value] : reply.headers)
        responder.writeHeader(name, value);
    responder.writeBody(reply.status == 204 ? QByteArray() : reply.body);
}

} // namespace

HttpFrontend::HttpFrontend(DispatchFn dispatch, QObject* parent)
    : QAbstractHttpServer(parent)
    , m_dispatch(std::move(dispatch)) {}

bool HttpFrontend::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) {
    ApiCall call;
    call.method = methodName(request.method());
    const QUrl url = request.url();
    call.encodedPath = url.path(QUrl::FullyEncoded);
    call.path = url.path(QUrl::FullyDecoded);
    call.encodedQuery = url.query(QUrl::FullyEncoded);
    call.query = QUrlQuery(url);
    call.headers = request.headers();
    call.body = request.body();

    const Outcome outcome = m_dispatch(call);
    if (outcome.drop) {
        // Deferred: the server still reads from the socket after this returns.
        QTimer::singleShot(0, socket, [socket] { socket->abort(); });
        return true;
    }
    if (outcome.delayMs <= 0) {
        QHttpServerResponder responder = makeResponder(request, socket);
        writeReply(responder, outcome.reply);
        return true;
    }
    // Kept alive past this call and answered from a timer, so latency stays concurrent.
    auto responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
    QTimer::singleShot(outcome.delayMs, socket,
                       [responder, reply = outcome.reply] { writeReply(*responder, reply); });
    return true;
}

void HttpFrontend::missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) {
    QHttpServerResponder responder = makeResponder(request, socket);
    writeReply(responder,
               HttpReply::error(ErrorShape::Nested, 404, QStringLiteral("APIGW.0101"),
                                QStringLiteral("The API does not exist or has not been published")));
}

} // namespace dbss::sandbox
