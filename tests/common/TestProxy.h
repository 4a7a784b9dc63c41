#pragma once

#include <QMutex>
#include <QStringList>
#include <QThread>

namespace dbss::test {

// A tiny HTTP proxy on 127.0.0.1 for tests of the proxy settings: CONNECT tunnels (HTTPS) and
// absolute-form requests (plain HTTP, rewritten to origin form). Whatever host a request names is
// reached on 127.0.0.1 (the test's "proxy DNS"): nothing ever leaves the loopback interface.
// Runs in its own thread, so a test may block on a child process while the proxy serves it.
class TestProxy {
public:
    TestProxy();
    ~TestProxy();
    TestProxy(const TestProxy&) = delete;
    TestProxy& operator=(const TestProxy&) = delete;

    bool start(); // listens on an ephemeral loopback port
    quint16 port() const { return m_port; }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }
    // The request lines seen, e.g. "CONNECT 127.0.0.1:4443 HTTP/1.1", "GET http://h:1/v1/x HTTP/1.1".
    QStringList requestLines() const;

    void record(const QString& line); // called from the proxy thread

private:
    QThread m_thread;
    quint16 m_port = 0;
    mutable QMutex m_mutex;
    QStringList m_lines;
};

} // namespace dbss::test
