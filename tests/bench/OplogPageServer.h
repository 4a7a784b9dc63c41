#pragma once
// An HTTP/1.1 server on 127.0.0.1 in its own thread that answers ListOperationLogs pages of a
// synthetic log of N rows, shaped like dbss-sandbox's seeded rows (same fields and value sets,
// unique ids, names and descriptions). The bench uses it for figures at 1 000 000 rows that are
// about the client alone: no signature check, pages built in the server thread, keep-alive.

#include <QByteArray>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <memory>

namespace dbss::bench {

// Row i of the synthetic log (oldest first), as a service object.
inline QJsonObject syntheticLogRow(qint64 i) {
    static const char* const users[] = {"dbss-admin", "dba-ops", "auditor"};
    static const char* const actions[][3] = {
        {"Database list", "Create", "Create a database"},
        {"Database list", "Update", "Open the audit agent"},
        {"Rules -> Risk rules", "Update", "Enable a risk rule"},
        {"Report", "DOWNLOAD", "Download an audit report"},
    };
    const auto& a = actions[i % 4];
    const qint64 t = 1767225600 + i; // from 2026-01-01 00:00:00 UTC, one row a second
    char time[64];
    const qint64 day = t / 86400, sec = t % 86400;
    // days since 1970 -> date (valid for this century)
    qint64 z = day + 719468, era = z / 146097, doe = z - era * 146097;
    qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365,
           doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    qint64 mp = (5 * doy + 2) / 153, d = doy - (153 * mp + 2) / 5 + 1, m = mp < 10 ? mp + 3 : mp - 9;
    qint64 y = yoe + era * 400 + (m <= 2);
    std::snprintf(time, sizeof time, "%04lld-%02lld-%02lld %02lld:%02lld:%02lld", static_cast<long long>(y),
                  static_cast<long long>(m), static_cast<long long>(d), static_cast<long long>(sec / 3600),
                  static_cast<long long>(sec / 60 % 60), static_cast<long long>(sec % 60));
    return QJsonObject{
        {QStringLiteral("id"),
         QStringLiteral("5f1c2a9e-%1-4c7b-9d1e-7a3b2c1d0e9f").arg(i, 8, 16, QLatin1Char('0'))},
        {QStringLiteral("user"), QLatin1String(users[i % 3])},
        {QStringLiteral("time"), QLatin1String(time)},
        {QStringLiteral("function"), QLatin1String(a[0])},
        {QStringLiteral("action"), QLatin1String(a[1])},
        {QStringLiteral("name"), QStringLiteral("db%1_1").arg(i % 97)},
        {QStringLiteral("description"), QStringLiteral("%1 #%2.").arg(QLatin1String(a[2])).arg(i)},
        {QStringLiteral("result"), i % 20 == 0 ? QStringLiteral("fail") : QStringLiteral("success")},
    };
}

// Newest first, as the service lists a log.
inline QByteArray syntheticLogPage(qint64 rows, qint64 page, qint64 size) {
    QJsonArray list;
    for (qint64 k = (page - 1) * size; k < qMin(rows, page * size); ++k)
        list.append(syntheticLogRow(rows - 1 - k));
    return QJsonDocument(
               QJsonObject{{QStringLiteral("operate_log"), list}, {QStringLiteral("total_num"), rows}})
        .toJson(QJsonDocument::Compact);
}

class OplogPageServer {
public:
    explicit OplogPageServer(qint64 rows)
        : m_rows(rows) {
        m_server->moveToThread(&m_thread);
        m_thread.start();
        QMetaObject::invokeMethod(
            m_server.get(),
            [this] {
                m_server->listen(QHostAddress::LocalHost, 0);
                m_port = m_server->serverPort();
            },
            Qt::BlockingQueuedConnection);
    }
    ~OplogPageServer() {
        QMetaObject::invokeMethod(
            m_server.get(), [this] { m_server.reset(); }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }

private:
    struct Server : QTcpServer {
        qint64 rows = 0;
        void incomingConnection(qintptr fd) override {
            auto* socket = new QTcpSocket(this);
            socket->setSocketDescriptor(fd);
            auto buffer = std::make_shared<QByteArray>();
            QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
                *buffer += socket->readAll();
                for (;;) {
                    const qsizetype end = buffer->indexOf("\r\n\r\n");
                    if (end < 0)
                        return;
                    qint64 length = 0;
                    for (const QByteArray& line : buffer->left(end).split('\n'))
                        if (line.toLower().startsWith("content-length:"))
                            length = line.mid(15).trimmed().toLongLong();
                    if (buffer->size() < end + 4 + length)
                        return;
                    const QJsonObject q = QJsonDocument::fromJson(buffer->mid(end + 4, length)).object();
                    buffer->remove(0, end + 4 + length);
                    const QByteArray body =
                        syntheticLogPage(rows, q.value(QStringLiteral("page")).toVariant().toLongLong(),
                                         q.value(QStringLiteral("size")).toVariant().toLongLong());
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " +
                                  QByteArray::number(body.size()) + "\r\n\r\n" + body);
                }
            });
            QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    };

    qint64 m_rows;
    QThread m_thread;
    std::unique_ptr<Server> m_server = [this] {
        auto s = std::make_unique<Server>();
        s->rows = m_rows;
        return s;
    }();
    quint16 m_port = 0;
};

} // namespace dbss::bench
