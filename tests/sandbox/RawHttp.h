#pragma once
// Raw HTTP/1.x over a loopback QTcpSocket, for tests that send what a well-behaved client never
// would (oversized or ambiguous heads, pipelined requests) and look at the bytes that come back.

#include <QDeadlineTimer>
#include <QTcpSocket>
#include <QUrl>

namespace dbss::test {

struct RawAnswer {
    int status = 0; // 0: no complete answer
    QByteArray head;
    QByteArray body;
    QByteArray header(const QByteArray& name) const {
        for (const QByteArray& line : head.split('\n')) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0 && line.left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
                return line.mid(colon + 1).trimmed();
        }
        return {};
    }
};

class RawHttp {
public:
    explicit RawHttp(const QUrl& base) {
        m_socket.connectToHost(base.host(), quint16(base.port()));
        m_socket.waitForConnected(5000);
    }
    bool connected() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    QTcpSocket& socket() { return m_socket; }

    void send(const QByteArray& bytes) {
        m_socket.write(bytes);
        m_socket.waitForBytesWritten(5000);
    }

    // One answer (status line, headers, Content-Length body), or status 0 after timeoutMs.
    RawAnswer read(int timeoutMs = 5000) {
        QDeadlineTimer deadline(timeoutMs);
        RawAnswer a;
        while (true) {
            const qsizetype end = m_buffer.indexOf("\r\n\r\n");
            if (end >= 0) {
                const QByteArray head = m_buffer.left(end);
                RawAnswer parsed;
                parsed.head = head;
                const qint64 length = parsed.header("Content-Length").toLongLong();
                if (m_buffer.size() >= end + 4 + length) {
                    parsed.status = head.mid(9, 3).toInt();
                    parsed.body = m_buffer.mid(end + 4, length);
                    m_buffer.remove(0, end + 4 + length);
                    return parsed;
                }
            }
            if (deadline.hasExpired())
                return a;
            if (m_socket.bytesAvailable() == 0 && !m_socket.waitForReadyRead(int(deadline.remainingTime()))) {
                if (m_socket.state() != QAbstractSocket::ConnectedState || deadline.hasExpired()) {
                    m_buffer += m_socket.readAll();
                    if (m_buffer.indexOf("\r\n\r\n") < 0)
                        return a;
                }
            }
            m_buffer += m_socket.readAll();
        }
    }

    // True when the server closes the connection within timeoutMs (reading and dropping data).
    bool closedWithin(int timeoutMs) {
        QDeadlineTimer deadline(timeoutMs);
        while (!deadline.hasExpired()) {
            if (m_socket.state() != QAbstractSocket::ConnectedState)
                return true;
            m_socket.waitForReadyRead(int(qMin<qint64>(200, deadline.remainingTime())));
            m_buffer += m_socket.readAll();
        }
        return m_socket.state() != QAbstractSocket::ConnectedState;
    }
    QByteArray leftover() const { return m_buffer; }

private:
    QTcpSocket m_socket;
    QByteArray m_buffer;
};

} // namespace dbss::test
