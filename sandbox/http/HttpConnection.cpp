#include "sandbox/http/HttpConnection.h"

#include "sandbox/Dispatcher.h"

#include <QSslSocket>
#include <QUrl>
#include <QUuid>

#include <sys/socket.h>

namespace dbss::sandbox {

namespace {

QByteArray reason(int status) {
    switch (status) {
    case 100:
        return "Continue";
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 202:
        return "Accepted";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 409:
        return "Conflict";
    case 411:
        return "Length Required";
    case 413:
        return "Content Too Large";
    case 417:
        return "Expectation Failed";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    case 505:
        return "HTTP Version Not Supported";
    default:
        return "Status";
    }
}

QByteArray encode(const HttpReply& reply, bool keepAlive, bool withBody) {
    QByteArray out = "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + reason(reply.status) + "\r\n";
    if (!reply.contentType.isEmpty())
        out += "Content-Type: " + reply.contentType + "\r\n";
    if (reply.status != 204)
        out += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n";
    out += "X-Request-Id: " + QUuid::createUuid().toByteArray(QUuid::WithoutBraces) + "\r\n";
    out += keepAlive ? "Connection: keep-alive\r\n" : "Connection: close\r\n";
    for (const auto& [name, value] : reply.headers)
        out += name + ": " + value + "\r\n";
    out += "\r\n";
    if (withBody && reply.status != 204)
        out += reply.body;
    return out;
}

// Errors of the HTTP layer, in API Gateway's shape (APIGW.0201: bad request, entity or headers too large).
HttpReply protocolError(int status, const QString& message) {
    return HttpReply::error(ErrorShape::Nested, status, QStringLiteral("APIGW.0201"), message);
}

} // namespace

HttpConnection::HttpConnection(QTcpSocket* socket, const RequestHandlers& handlers, const HttpLimits& limits)
    : QObject(socket)
    , m_socket(socket)
    , m_handlers(handlers)
    , m_limits(limits) {
    socket->setReadBufferSize(limits.socketReadBuffer);
    m_deadline.setSingleShot(true);
    m_deadline.setInterval(limits.requestTimeoutMs);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        if (m_state != State::Head && m_state != State::Body)
            return;
        if (m_buffer.isEmpty() && m_state == State::Head)
            close(); // idle keep-alive connection
        else
            refuse(408, QStringLiteral("the request was not complete within %1 s")
                            .arg(m_limits.requestTimeoutMs / 1000.0));
    });
    m_drainTimer.setSingleShot(true);
    connect(&m_drainTimer, &QTimer::timeout, this, &HttpConnection::finishDraining);
    connect(socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(socket, &QTcpSocket::disconnected, this, [this] {
        m_state = State::Closed;
        if (m_socket)
            m_socket->deleteLater();
    });
    connect(socket, &QTcpSocket::bytesWritten, this, [this] {
        // Half-close after a refusal so the peer sees the answer, then EOF (plain TCP only).
        if (m_state == State::Draining && m_socket && m_socket->bytesToWrite() == 0 &&
            !qobject_cast<QSslSocket*>(m_socket.data()))
            ::shutdown(int(m_socket->socketDescriptor()), SHUT_WR);
    });
    m_deadline.start();
    if (socket->bytesAvailable() > 0)
        QTimer::singleShot(0, this, &HttpConnection::onReadyRead);
}

void HttpConnection::onReadyRead() {
    if (!m_socket)
        return;
    switch (m_state) {
    case State::Draining: {
        const QByteArray discarded = m_socket->read(m_limits.socketReadBuffer);
        m_drained += discarded.size();
        if (m_drained > m_limits.maxDrainBytes)
            finishDraining();
        else if (m_socket->bytesAvailable() > 0)
            QTimer::singleShot(0, this, &HttpConnection::onReadyRead);
        return;
    }
    case State::Busy:
    case State::Closed:
        return; // a pipelined request waits in the socket until this one is answered
    case State::Head:
        // Never hold more than the head limit (plus one byte, to notice it was passed).
        m_buffer += m_socket->read(qMax<qint64>(0, m_limits.maxHeadBytes + 1 - m_buffer.size()));
        break;
    case State::Body:
        m_buffer += m_socket->read(qMax<qint64>(0, m_head.contentLength - m_buffer.size()));
        break;
    }
    process();
}

void HttpConnection::process() {
    while (m_socket && (m_state == State::Head || m_state == State::Body)) {
        if (m_state == State::Head) {
            // Top up from the socket: a pipelined request may have waited there while Busy.
            if (m_buffer.size() <= m_limits.maxHeadBytes && m_socket->bytesAvailable() > 0)
                m_buffer += m_socket->read(m_limits.maxHeadBytes + 1 - m_buffer.size());
            if (m_buffer.isEmpty())
                return;
            const HeadParse parsed = parseRequestHead(m_buffer, m_limits, &m_head);
            if (parsed.state == HeadParse::State::Incomplete)
                return;
            if (parsed.state == HeadParse::State::Error) {
                refuse(parsed.status, parsed.message);
                return;
            }
            m_buffer.remove(0, parsed.consumed);
            startRequest();
            continue;
        }
        // Body: bytes beyond the head already read belong to this body (or, pipelined, to the next
        // request: they are kept for it).
        if (m_buffer.size() < m_head.contentLength) {
            if (m_socket->bytesAvailable() > 0) {
                m_buffer += m_socket->read(m_head.contentLength - m_buffer.size());
                continue;
            }
            return;
        }
        m_call.body = m_buffer.left(m_head.contentLength);
        m_buffer.remove(0, m_head.contentLength);
        m_state = State::Busy;
        m_deadline.stop();
        answer(m_handlers.dispatch(m_call));
    }
}

void HttpConnection::startRequest() {
    m_call = ApiCall();
    m_call.method = m_head.method;
    const QUrl url = QUrl::fromEncoded("http://sandbox" + m_head.target);
    if (!url.isValid()) {
        refuse(400, QStringLiteral("the request target is not a valid URL path"));
        return;
    }
    m_call.encodedPath = url.path(QUrl::FullyEncoded);
    m_call.path = url.path(QUrl::FullyDecoded);
    m_call.encodedQuery = url.query(QUrl::FullyEncoded);
    m_call.query = QUrlQuery(url);
    m_call.headers = m_head.headers;

    // Refused before one byte of the body is read.
    if (m_head.contentLength > m_limits.maxBodyBytes) {
        refuse(413, QStringLiteral("the request body of %1 bytes exceeds the limit of %2 bytes")
                        .arg(m_head.contentLength)
                        .arg(m_limits.maxBodyBytes));
        return;
    }
    if (std::optional<HttpReply> refusal = m_handlers.admit(m_call)) {
        refuse(*refusal);
        return;
    }
    if (m_head.expectContinue && m_head.contentLength > m_buffer.size())
        m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
    m_buffer.reserve(m_head.contentLength);
    m_state = State::Body;
}

void HttpConnection::answer(const Outcome& outcome) {
    if (!m_socket)
        return;
    if (outcome.drop) {
        close(); // reset, or a write applied whose answer is lost
        return;
    }
    const bool keepAlive = m_head.keepAlive;
    if (outcome.delayMs <= 0) {
        write(outcome.reply, keepAlive);
        return;
    }
    // Answered from a timer, so latency stays concurrent across connections.
    QTimer::singleShot(outcome.delayMs, this,
                       [this, reply = outcome.reply, keepAlive] { write(reply, keepAlive); });
}

void HttpConnection::write(const HttpReply& reply, bool keepAlive) {
    if (!m_socket || m_state == State::Closed)
        return;
    m_socket->write(encode(reply, keepAlive, m_head.method != "HEAD"));
    if (!keepAlive) {
        m_state = State::Closed;
        m_socket->disconnectFromHost(); // after the answer is written
        return;
    }
    m_state = State::Head;
    m_deadline.start();
    QTimer::singleShot(0, this, &HttpConnection::process);
}

void HttpConnection::refuse(int status, const QString& message) {
    refuse(protocolError(status, message));
}

void HttpConnection::refuse(const HttpReply& reply) {
    if (!m_socket)
        return;
    m_deadline.stop();
    m_buffer.clear();
    m_state = State::Draining;
    m_socket->write(encode(reply, false, true));
    m_drainTimer.start(m_limits.drainMs);
    if (m_socket->bytesAvailable() > 0)
        QTimer::singleShot(0, this, &HttpConnection::onReadyRead);
}

void HttpConnection::finishDraining() {
    if (!m_socket || m_state != State::Draining)
        return;
    m_state = State::Closed;
    m_socket->disconnectFromHost();
}

void HttpConnection::close() {
    m_state = State::Closed;
    m_deadline.stop();
    if (m_socket) {
        m_socket->abort();
        m_socket->deleteLater();
    }
}

} // namespace dbss::sandbox
