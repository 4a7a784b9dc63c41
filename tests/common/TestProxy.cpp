#include "tests/common/TestProxy.h"

#include <QHostAddress>
#include <QMutexLocker>
#include <QPointer>
#include <QSemaphore>

#include <QTcpServer>
#include <QTcpSocket>
#include <memory>

namespace dbss::test {

namespace {

// One client connection: its request head decides between a tunnel and request forwarding.
class ProxyConnection : public QObject {
public:
    ProxyConnection(QTcpSocket* client, TestProxy* owner)
        : QObject(client)
        , m_client(client)
        , m_owner(owner) {
        connect(client, &QTcpSocket::readyRead, this, [this] { onClientData(); });
        connect(client, &QTcpSocket::disconnected, this, [this] {
            if (m_upstream)
                m_upstream->disconnectFromHost();
            m_client->deleteLater();
        });
    }

private:
    static quint16 portOf(const QByteArray& authority, quint16 fallback) {
        const int colon = authority.lastIndexOf(':');
        bool ok = false;
        const int port = colon > 0 ? authority.mid(colon + 1).toInt(&ok) : 0;
        return ok && port > 0 && port < 65536 ? quint16(port) : fallback;
    }

    void openUpstream(quint16 port) {
        m_upstream = new QTcpSocket(this);
        connect(m_upstream, &QTcpSocket::readyRead, this, [this] { m_client->write(m_upstream->readAll()); });
        connect(m_upstream, &QTcpSocket::disconnected, m_client, &QTcpSocket::disconnectFromHost);
        connect(m_upstream, &QTcpSocket::errorOccurred, m_client, &QTcpSocket::disconnectFromHost);
        m_upstream->connectToHost(QHostAddress::LocalHost, port);
    }

    void onClientData() {
        m_buffer += m_client->readAll();
        if (m_tunnel) {
            m_upstream->write(m_buffer);
            m_buffer.clear();
            return;
        }
        // Complete requests: head up to CRLFCRLF plus Content-Length bytes of body.
        while (true) {
            const qsizetype end = m_buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QByteArray head = m_buffer.left(end + 4);
            const QList<QByteArray> lines = head.split('\n');
            const QByteArray requestLine = lines.value(0).trimmed();
            const QList<QByteArray> parts = requestLine.split(' ');
            if (parts.size() != 3) {
                m_client->disconnectFromHost();
                return;
            }
            if (parts[0] == "CONNECT") {
                m_owner->record(QString::fromLatin1(requestLine));
                m_tunnel = true;
                openUpstream(portOf(parts[1], 443));
                connect(m_upstream, &QTcpSocket::connected, this,
                        [this] { m_client->write("HTTP/1.1 200 Connection established\r\n\r\n"); });
                m_upstream->write(m_buffer.mid(end + 4)); // buffered until connected
                m_buffer.clear();
                return;
            }
            qsizetype length = 0;
            for (const QByteArray& line : lines) {
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            }
            if (m_buffer.size() < end + 4 + length)
                return;
            const QByteArray body = m_buffer.mid(end + 4, length);
            m_buffer.remove(0, end + 4 + length);
            m_owner->record(QString::fromLatin1(requestLine));
            // "GET http://host:port/path HTTP/1.1" -> "GET /path HTTP/1.1" to 127.0.0.1:port.
            QByteArray target = parts[1];
            quint16 port = 80;
            if (target.startsWith("http://")) {
                const qsizetype slash = target.indexOf('/', 7);
                const QByteArray authority = target.mid(7, slash < 0 ? -1 : slash - 7);
                port = portOf(authority, 80);
                target = slash < 0 ? QByteArray("/") : target.mid(slash);
            }
            if (!m_upstream)
                openUpstream(port);
            QByteArray rewritten = parts[0] + ' ' + target + ' ' + parts[2] + "\r\n";
            for (qsizetype i = 1; i + 1 < lines.size(); ++i) { // the last is empty (head ends in LF)
                if (!lines[i].toLower().startsWith("proxy-"))
                    rewritten += lines[i] + '\n';
            }
            m_upstream->write(rewritten + body);
        }
    }

    QTcpSocket* m_client;
    TestProxy* m_owner;
    QPointer<QTcpSocket> m_upstream;
    QByteArray m_buffer;
    bool m_tunnel = false;
};

} // namespace

TestProxy::TestProxy() = default;

TestProxy::~TestProxy() {
    m_thread.quit();
    m_thread.wait(5000);
}

bool TestProxy::start() {
    // Shared with the proxy thread: its release() may still touch the semaphore (a futex wake)
    // after acquire() below has returned.
    auto ready = std::make_shared<QSemaphore>();
    auto* server = new QTcpServer; // lives and dies in the proxy thread
    server->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, server, &QObject::deleteLater);
    QObject::connect(&m_thread, &QThread::started, server, [this, server, ready] {
        QObject::connect(server, &QTcpServer::newConnection, server, [this, server] {
            while (QTcpSocket* client = server->nextPendingConnection())
                new ProxyConnection(client, this);
        });
        if (server->listen(QHostAddress::LocalHost, 0))
            m_port = server->serverPort();
        ready->release();
    });
    m_thread.start();
    ready->acquire();
    return m_port != 0;
}

void TestProxy::record(const QString& line) {
    QMutexLocker lock(&m_mutex);
    m_lines << line;
}

QStringList TestProxy::requestLines() const {
    QMutexLocker lock(&m_mutex);
    return m_lines;
}

} // namespace dbss::test
