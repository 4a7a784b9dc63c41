#include "sandbox/http/HttpFrontend.h"

#include <QSslConfiguration>
#include <QSslServer>
#include <QSslSocket>

namespace dbss::sandbox {

HttpFrontend::HttpFrontend(RequestHandlers handlers, HttpLimits limits, QObject* parent)
    : QObject(parent)
    , m_handlers(std::move(handlers))
    , m_limits(limits)
    , m_server(std::make_unique<QTcpServer>()) {}

HttpFrontend::~HttpFrontend() = default;

void HttpFrontend::sslSetup(const QSslCertificate& certificate, const QSslKey& key) {
    auto server = std::make_unique<QSslServer>();
    QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
    conf.setLocalCertificate(certificate);
    conf.setPrivateKey(key);
    conf.setPeerVerifyMode(QSslSocket::VerifyNone);
    server->setSslConfiguration(conf);
    // A handshake that fails (e.g. a client refusing the self-signed certificate) closes the socket.
    connect(server.get(), &QSslServer::errorOccurred, this,
            [](QSslSocket* socket, QAbstractSocket::SocketError) { socket->deleteLater(); });
    m_server = std::move(server);
}

quint16 HttpFrontend::listen(const QHostAddress& address, quint16 port) {
    connect(m_server.get(), &QTcpServer::pendingConnectionAvailable, this, &HttpFrontend::acceptPending,
            Qt::UniqueConnection);
    if (!m_server->listen(address, port))
        return 0;
    return m_server->serverPort();
}

void HttpFrontend::acceptPending() {
    while (QTcpSocket* socket = m_server->nextPendingConnection()) {
        // The connection is a child of the socket: both go when the socket closes.
        new HttpConnection(socket, m_handlers, m_limits);
    }
}

} // namespace dbss::sandbox
