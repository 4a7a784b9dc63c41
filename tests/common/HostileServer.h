#pragma once

// A scripted HTTP/1.1 server on 127.0.0.1 that answers whatever a test tells it to: redirects,
// garbage, cut or endless bodies, one byte at a time. It runs in its own thread, so it serves both
// an in-process ApiClient and a dbssctl child the test waits for. Records every request it reads.

#include <QByteArray>
#include <QList>
#include <QMutex>
#include <QPair>
#include <QSemaphore>
#include <QThread>
#include <QUrl>

#include <functional>

namespace dbss::test {

struct HostileRequest {
    QByteArray method;
    QByteArray target; // path and query as sent
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QByteArray header(const QByteArray& name) const;
};

struct HostileResponse {
    QByteArray raw;        // written as is: status line, headers, body
    int trickleMs = 0;     // > 0: one byte every trickleMs milliseconds
    bool close = true;     // close the connection once written; false: keep it open (hang)
    qint64 repeatTail = 0; // after raw, write this many more 'x' bytes (an endless-looking body)
};

class HostileServer : public QThread {
public:
    using Handler = std::function<HostileResponse(const HostileRequest&)>;
    explicit HostileServer(Handler handler);
    ~HostileServer() override;

    bool listen(); // blocks until listening on 127.0.0.1:<ephemeral>
    QUrl url() const;
    int connections() const;
    QList<HostileRequest> requests() const;

    // A complete answer with Content-Length.
    static QByteArray response(int status, const QByteArray& body,
                               const QList<QPair<QByteArray, QByteArray>>& headers = {},
                               const QByteArray& contentType = "application/json");

protected:
    void run() override;

private:
    friend class HostileConnection;
    void record(const HostileRequest& request);
    void countConnection();

    Handler m_handler;
    QSemaphore m_ready;
    mutable QMutex m_mutex;
    quint16 m_port = 0;
    int m_connections = 0;
    QList<HostileRequest> m_requests;
};

} // namespace dbss::test
