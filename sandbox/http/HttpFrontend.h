#pragma once

#include "sandbox/http/HttpConnection.h"
#include "sandbox/http/HttpLimits.h"

#include <QHostAddress>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpServer>

#include <memory>

namespace dbss::sandbox {

// The sandbox's own small HTTP/1.1 server on QTcpServer (QSslServer with --tls). It replaced
// QAbstractHttpServer (Qt 6.4), which read whole requests, headers and bodies of any size, before
// our code could refuse them. Each accepted socket gets an HttpConnection.
class HttpFrontend : public QObject {
    Q_OBJECT
public:
    HttpFrontend(RequestHandlers handlers, HttpLimits limits, QObject* parent = nullptr);
    ~HttpFrontend() override;

    void sslSetup(const QSslCertificate& certificate, const QSslKey& key); // before listen()
    quint16 listen(const QHostAddress& address, quint16 port);             // 0 on failure
    const HttpLimits& limits() const { return m_limits; }

private:
    void acceptPending();

    RequestHandlers m_handlers;
    HttpLimits m_limits;
    std::unique_ptr<QTcpServer> m_server;
};

} // namespace dbss::sandbox
