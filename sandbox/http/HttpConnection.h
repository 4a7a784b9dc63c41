#pragma once

#include "sandbox/http/ApiCall.h"
#include "sandbox/http/HttpLimits.h"
#include "sandbox/http/HttpReply.h"
#include "sandbox/http/RequestHead.h"

#include <QObject>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <functional>
#include <optional>

namespace dbss::sandbox {

struct Outcome;

// What the server does with a request: admit() sees it before its body is read (route, size,
// authentication from the headers) and may refuse it; dispatch() handles the complete request.
struct RequestHandlers {
    std::function<std::optional<HttpReply>(ApiCall&)> admit;
    std::function<Outcome(ApiCall&)> dispatch;
};

// One client connection: HTTP/1.1 requests one after the other (a pipelined request waits in the
// socket until the previous one is answered). The head is parsed as it arrives, the body is read
// only after the head was admitted, and only as many bytes as Content-Length announced.
class HttpConnection : public QObject {
    Q_OBJECT
public:
    HttpConnection(QTcpSocket* socket, const RequestHandlers& handlers, const HttpLimits& limits);

private:
    enum class State { Head, Body, Busy, Draining, Closed };

    void onReadyRead();
    void process();
    void startRequest(); // the head is complete: admit, then read the body
    void answer(const Outcome& outcome);
    void write(const HttpReply& reply, bool keepAlive);
    void refuse(const HttpReply& reply); // answer, then discard input and close
    void refuse(int status, const QString& message);
    void finishDraining();
    void close();

    QPointer<QTcpSocket> m_socket;
    const RequestHandlers& m_handlers;
    const HttpLimits& m_limits;
    State m_state = State::Head;
    QByteArray m_buffer;
    RequestHead m_head;
    ApiCall m_call;
    QTimer m_deadline; // a complete request within requestTimeoutMs, else close / 408
    QTimer m_drainTimer;
    qint64 m_drained = 0;
};

} // namespace dbss::sandbox
