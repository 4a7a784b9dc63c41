// The HTTP layer refuses early (issue 19): oversized heads (431) and bodies (413) and callers
// that cannot be authenticated from their headers (401) are answered before the body is read;
// ambiguous framing (request smuggling) is refused and the connection closed; Connection: close,
// HTTP/1.0 and idle connections are honoured. Raw loopback sockets, real dbss-sandbox.
#include "tests/common/SandboxFixture.h"
#include "tests/sandbox/RawHttp.h"

#include <QTest>

using namespace dbss::test;

class TestWire : public QObject {
    Q_OBJECT
private:
    SandboxFixture m_sb{{QStringLiteral("--idle-timeout"), QStringLiteral("2")}};

    QString instancesPath() const { return m_sb.v1(QStringLiteral("/dbss/audit/instances")); }
    QString countPath() const { return m_sb.v1(QStringLiteral("/auditInstance/resource-instances/count")); }

    // A signed request head (body signed too, but not included).
    QByteArray signedHead(const QByteArray& method, const QString& path, const QByteArray& body,
                          const QByteArray& extra = {}, const QByteArray& version = "HTTP/1.1") const {
        QByteArray head = method + ' ' + path.toUtf8() + ' ' + version + "\r\n";
        for (const auto& [name, value] : m_sb.client->signedHeaders(
                 method, path, body, m_sb.process.ak(), m_sb.process.sk(), QDateTime::currentDateTimeUtc()))
            head += name + ": " + value + "\r\n";
        if (!body.isEmpty() || method == "POST")
            head += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
        return head + extra + "\r\n";
    }
    QByteArray unsignedHead(const QByteArray& method, const QString& path, const QByteArray& extra) const {
        return method + ' ' + path.toUtf8() + " HTTP/1.1\r\nHost: " + m_sb.client->hostHeader().toUtf8() +
               "\r\n" + extra + "\r\n";
    }

private Q_SLOTS:
    void initTestCase() {
        QString error;
        QVERIFY2(m_sb.start(&error), qPrintable(error));
    }

    void hugeBodyRefusedBeforeItIsSent() {
        // 1 GB announced, not one byte sent: the answer must come from the head alone.
        RawHttp raw(m_sb.process.url());
        raw.send(unsignedHead("POST", instancesPath(),
                              "Content-Type: application/json\r\nContent-Length: 1073741824\r\n"));
        const RawAnswer a = raw.read(3000);
        QCOMPARE(a.status, 413);
        QVERIFY2(a.body.contains("12582912"), a.body.constData()); // the limit is named
        QCOMPARE(a.header("Connection"), QByteArray("close"));
        QVERIFY(raw.closedWithin(3000));
    }

    void justUnderTheLimitIsRead() {
        // A signed request whose body is at the limit is read in full and reaches the handler.
        QByteArray body = "{\"without_any_tag\":true}";
        body += QByteArray(12 * 1024 * 1024 - body.size(), ' '); // JSON may end in whitespace
        RawHttp raw(m_sb.process.url());
        raw.send(signedHead("POST", m_sb.v1(QStringLiteral("/auditInstance/resource-instances/count")), body,
                            "Content-Type: application/json\r\n") +
                 body);
        const RawAnswer a = raw.read(15000);
        QCOMPARE(a.status, 200);
        QVERIFY2(a.body.contains("total_count"), a.body.constData());
    }

    void unauthenticatedBodyRefusedBeforeItIsSent() {
        const QList<QByteArray> heads{
            // no credentials at all
            unsignedHead("POST", countPath(),
                         "Content-Type: application/json\r\nContent-Length: 1000000\r\n"),
            // an unknown access key
            unsignedHead("POST", countPath(),
                         "Content-Type: application/json\r\nContent-Length: 1000000\r\nX-Sdk-Date: "
                         "20250101T000000Z\r\nAuthorization: SDK-HMAC-SHA256 Access=NOPE, "
                         "SignedHeaders=host;x-sdk-date, Signature=" +
                             QByteArray(64, 'a') + "\r\n"),
            // an unknown token
            unsignedHead(
                "POST", countPath(),
                "Content-Type: application/json\r\nContent-Length: 1000000\r\nX-Auth-Token: forged\r\n"),
        };
        for (const QByteArray& head : heads) {
            RawHttp raw(m_sb.process.url());
            raw.send(head);
            const RawAnswer a = raw.read(3000);
            QCOMPARE(a.status, 401);
            QVERIFY(raw.closedWithin(3000));
        }
        // Another project: 403 from the headers, too.
        RawHttp raw(m_sb.process.url());
        const QString other =
            QStringLiteral("/v1/ffffffffffffffffffffffffffffffff/auditInstance/resource-instances/count");
        QByteArray head = signedHead("POST", other, "{}", "Content-Type: application/json\r\n");
        head.replace("Content-Length: 2", "Content-Length: 1000000");
        raw.send(head);
        QCOMPARE(raw.read(3000).status, 403);
    }

    void wrongSignatureNeedsTheBody() {
        // A well-formed signature is checked once the body is there (it covers the body's hash).
        RawHttp raw(m_sb.process.url());
        const QString path = m_sb.v1(QStringLiteral("/auditInstance/resource-instances/count"));
        raw.send(signedHead("POST", path, "{\"a\":1}", "Content-Type: application/json\r\n") + "{\"a\":2}");
        const RawAnswer a = raw.read();
        QCOMPARE(a.status, 401);
        QVERIFY2(a.body.contains("signature mismatch"), a.body.constData());
    }

    void hugeHeadRefused() {
        RawHttp raw(m_sb.process.url());
        raw.send(unsignedHead("GET", instancesPath(), "X-Filler: " + QByteArray(40 * 1024, 'x') + "\r\n"));
        const RawAnswer a = raw.read(3000);
        QCOMPARE(a.status, 431);
        QVERIFY(raw.closedWithin(3000));

        // Many small headers: 431 as well.
        RawHttp many(m_sb.process.url());
        QByteArray lots;
        for (int i = 0; i < 200; ++i)
            lots += "X-H" + QByteArray::number(i) + ": v\r\n";
        many.send(unsignedHead("GET", instancesPath(), lots));
        QCOMPARE(many.read(3000).status, 431);
    }

    void endlessHeadRefusedWhileItArrives() {
        // No blank line ever comes: refused once the limit is passed, not when memory runs out.
        RawHttp raw(m_sb.process.url());
        raw.send("GET " + instancesPath().toUtf8() + " HTTP/1.1\r\nX-Filler: ");
        const QByteArray chunk(8 * 1024, 'y');
        for (int i = 0; i < 8 && raw.connected(); ++i)
            raw.send(chunk);
        QCOMPARE(raw.read(3000).status, 431);
    }

    void smugglingRefused_data() {
        QTest::addColumn<QByteArray>("framing");
        QTest::addColumn<int>("status");
        QTest::newRow("two Content-Length")
            << QByteArray("Content-Length: 2\r\nContent-Length: 2\r\n") << 400;
        QTest::newRow("different Content-Length")
            << QByteArray("Content-Length: 2\r\nContent-Length: 60\r\n") << 400;
        QTest::newRow("Content-Length and Transfer-Encoding")
            << QByteArray("Content-Length: 2\r\nTransfer-Encoding: chunked\r\n") << 400;
        QTest::newRow("chunked") << QByteArray("Transfer-Encoding: chunked\r\n") << 411;
        QTest::newRow("bad Content-Length") << QByteArray("Content-Length: 2, 2\r\n") << 400;
        QTest::newRow("negative Content-Length") << QByteArray("Content-Length: -1\r\n") << 400;
        QTest::newRow("folded header") << QByteArray("X-A: 1\r\n continued\r\nContent-Length: 2\r\n") << 400;
    }

    void smugglingRefused() {
        QFETCH(QByteArray, framing);
        QFETCH(int, status);
        // A second, complete request hides behind the first: it must never be answered.
        const QByteArray second = signedHead("GET", instancesPath(), {});
        RawHttp raw(m_sb.process.url());
        raw.send("POST " + instancesPath().toUtf8() +
                 " HTTP/1.1\r\nHost: " + m_sb.client->hostHeader().toUtf8() +
                 "\r\nContent-Type: application/json\r\n" + framing + "\r\n{}" + second);
        const RawAnswer a = raw.read(3000);
        QCOMPARE(a.status, status);
        QCOMPARE(a.header("Connection"), QByteArray("close"));
        QVERIFY(raw.closedWithin(3000));
        QVERIFY2(!raw.leftover().contains("HTTP/1.1"), raw.leftover().constData());
    }

    void keepAliveAndPipelining() {
        RawHttp raw(m_sb.process.url());
        raw.send(signedHead("GET", instancesPath(), {}) +
                 signedHead("GET", instancesPath() + "?limit=1", {}));
        const RawAnswer first = raw.read();
        const RawAnswer second = raw.read();
        QCOMPARE(first.status, 200);
        QCOMPARE(second.status, 200);
        QCOMPARE(first.header("Connection"), QByteArray("keep-alive"));
        QVERIFY(first.body.size() > second.body.size()); // answered in order
        QVERIFY(raw.connected());
    }

    void connectionCloseHonoured_data() {
        QTest::addColumn<QByteArray>("version");
        QTest::addColumn<QByteArray>("extra");
        QTest::addColumn<bool>("staysOpen");
        QTest::newRow("1.1 close") << QByteArray("HTTP/1.1") << QByteArray("Connection: close\r\n") << false;
        QTest::newRow("1.0") << QByteArray("HTTP/1.0") << QByteArray() << false;
        QTest::newRow("1.0 keep-alive")
            << QByteArray("HTTP/1.0") << QByteArray("Connection: keep-alive\r\n") << true;
    }

    void connectionCloseHonoured() {
        QFETCH(QByteArray, version);
        QFETCH(QByteArray, extra);
        QFETCH(bool, staysOpen);
        RawHttp raw(m_sb.process.url());
        raw.send(signedHead("GET", instancesPath(), {}, extra, version));
        const RawAnswer a = raw.read();
        QCOMPARE(a.status, 200);
        QCOMPARE(a.header("Connection"), staysOpen ? QByteArray("keep-alive") : QByteArray("close"));
        QCOMPARE(raw.closedWithin(staysOpen ? 500 : 3000), !staysOpen);
    }

    void idleConnectionClosed() {
        // --idle-timeout 2: an idle keep-alive connection is closed without an answer ...
        RawHttp idle(m_sb.process.url());
        QVERIFY(idle.connected());
        QVERIFY(idle.closedWithin(5000));
        QVERIFY(idle.leftover().isEmpty());
        // ... a request that never completes gets 408.
        RawHttp slow(m_sb.process.url());
        slow.send("GET " + instancesPath().toUtf8() + " HTTP/1.1\r\nHost: x\r\n");
        const RawAnswer a = slow.read(5000);
        QCOMPARE(a.status, 408);
        QVERIFY(slow.closedWithin(3000));
    }

    void expectContinue() {
        const QString path = m_sb.v1(QStringLiteral("/auditInstance/resource-instances/count"));
        const QByteArray body = "{\"without_any_tag\":true}";
        RawHttp raw(m_sb.process.url());
        raw.send(
            signedHead("POST", path, body, "Content-Type: application/json\r\nExpect: 100-continue\r\n"));
        QCOMPARE(raw.read().status, 100);
        raw.send(body);
        QCOMPARE(raw.read().status, 200);
    }

    void malformedRequestLines_data() {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<int>("status");
        QTest::newRow("HTTP/2") << QByteArray("GET / HTTP/2.0") << 505;
        QTest::newRow("absolute form") << QByteArray("GET http://evil/ HTTP/1.1") << 400;
        QTest::newRow("garbage") << QByteArray("\x16\x03\x01 hello") << 400;
    }

    void malformedRequestLines() {
        QFETCH(QByteArray, line);
        QFETCH(int, status);
        RawHttp raw(m_sb.process.url());
        raw.send(line + "\r\nHost: x\r\n\r\n");
        QCOMPARE(raw.read(3000).status, status);
        QVERIFY(raw.closedWithin(3000));
    }
};

QTEST_GUILESS_MAIN(TestWire)
#include "tst_wire.moc"
