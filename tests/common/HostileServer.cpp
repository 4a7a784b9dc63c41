#include "tests/common/HostileServer.h"

#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace dbss::test {

QByteArray HostileRequest::header(const QByteArray& name) const {
    for (const auto& [n, v] : headers)
        if (n.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    return {};
}

// One accepted connection: reads a request (head and Content-Length body), asks the handler, writes.
class HostileConnection : public QObject {
public:
    HostileConnection(HostileServer* server, QTcpSocket* socket)
        : QObject(socket)
        , m_server(server)
        , m_socket(socket) {
        connect(socket, &QTcpSocket::readyRead, this, [this] { onData(); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }

private:
    void onData() {
        m_buffer += m_socket->readAll();
        while (!m_answering) {
            const qsizetype end = m_buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            HostileRequest request;
            const QList<QByteArray> lines = m_buffer.left(end).split('\n');
            const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
            request.method = first.value(0);
            request.target = first.value(1);
            qint64 length = 0;
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines[i].indexOf(':');
                if (colon <= 0)
                    continue;
                const QByteArray name = lines[i].left(colon).trimmed();
                const QByteArray value = lines[i].mid(colon + 1).trimmed();
                request.headers.append({name, value});
                if (name.compare("Content-Length", Qt::CaseInsensitive) == 0)
                    length = value.toLongLong();
            }
            if (m_buffer.size() < end + 4 + length)
                return;
            request.body = m_buffer.mid(end + 4, length);
            m_buffer.remove(0, end + 4 + length);
            m_server->record(request);
            answer(m_server->m_handler(request));
        }
    }

    void answer(const HostileResponse& response) {
        m_response = response;
        if (response.repeatTail > 0)
            m_response.raw += QByteArray(response.repeatTail, 'x');
        m_sent = 0;
        m_answering = true;
        if (m_response.trickleMs <= 0) {
            m_socket->write(m_response.raw);
            finishAnswer();
            return;
        }
        auto* timer = new QTimer(this);
        connect(timer, &QTimer::timeout, this, [this, timer] {
            if (m_sent >= m_response.raw.size()) {
                timer->deleteLater();
                finishAnswer();
                return;
            }
            m_socket->write(m_response.raw.mid(m_sent, 1));
            ++m_sent;
        });
        timer->start(m_response.trickleMs);
    }

    void finishAnswer() {
        m_answering = false;
        if (m_response.close) {
            m_socket->flush();
            m_socket->disconnectFromHost();
        }
    }

    HostileServer* m_server;
    QTcpSocket* m_socket;
    QByteArray m_buffer;
    HostileResponse m_response;
    qint64 m_sent = 0;
    bool m_answering = false;
};

HostileServer::HostileServer(Handler handler)
    : m_handler(std::move(handler)) {}

HostileServer::~HostileServer() {
    quit();
    wait(5000);
}

bool HostileServer::listen() {
    start();
    if (!m_ready.tryAcquire(1, 10000))
        return false;
    QMutexLocker lock(&m_mutex);
    return m_port != 0;
}

void HostileServer::run() {
    QTcpServer server;
    const bool ok = server.listen(QHostAddress::LocalHost, 0);
    {
        QMutexLocker lock(&m_mutex);
        m_port = ok ? server.serverPort() : 0;
    }
    QObject::connect(&server, &QTcpServer::newConnection, &server, [this, &server] {
        while (QTcpSocket* socket = server.nextPendingConnection()) {
            countConnection();
            new HostileConnection(this, socket);
        }
    });
    m_ready.release();
    if (ok)
        exec();
}

QUrl HostileServer::url() const {
    QMutexLocker lock(&m_mutex);
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}

int HostileServer::connections() const {
    QMutexLocker lock(&m_mutex);
    return m_connections;
}

QList<HostileRequest> HostileServer::requests() const {
    QMutexLocker lock(&m_mutex);
    return m_requests;
}

void HostileServer::record(const HostileRequest& request) {
    QMutexLocker lock(&m_mutex);
    m_requests.append(request);
}

void HostileServer::countConnection() {
    QMutexLocker lock(&m_mutex);
    ++m_connections;
}

QByteArray HostileServer::response(int status, const QByteArray& body,
                                   const QList<QPair<QByteArray, QByteArray>>& headers,
                                   const QByteArray& contentType) {
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + " Status\r\n";
    if (!contentType.isEmpty())
        out += "Content-Type: " + contentType + "\r\n";
    bool hasLength = false;
    for (const auto& [name, value] : headers) {
        out += name + ": " + value + "\r\n";
        hasLength = hasLength || name.compare("Content-Length", Qt::CaseInsensitive) == 0;
    }
    if (!hasLength)
        out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    return out + "\r\n" + body;
}

} // namespace dbss::test
