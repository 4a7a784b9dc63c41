// Fault injection: --latency, --fail-rate/--fail-status, --reset-rate, --lost-write-rate,
// --fault-seed (sandbox/README.md command line; issue 4).
#include "tests/common/SandboxFixture.h"

#include <QElapsedTimer>
#include <QTcpSocket>
#include <QTest>

using namespace dbss::test;

class TestFaults : public QObject {
    Q_OBJECT
private:
    static QString instancesPath(const SandboxFixture& sb) {
        return sb.v1(QStringLiteral("/dbss/audit/instances"));
    }

private Q_SLOTS:
    void latencyIsConcurrent() {
        SandboxFixture sb({QStringLiteral("--latency"), QStringLiteral("300")});
        QString error;
        QVERIFY2(sb.start(&error), qPrintable(error));
        QElapsedTimer one;
        one.start();
        QCOMPARE(sb.client->get(instancesPath(sb)).status, 200);
        QVERIFY(one.elapsed() >= 290);
        QList<SandboxTestClient::Request> five;
        for (int i = 0; i < 5; ++i)
            five.append({"GET", instancesPath(sb), {}});
        QElapsedTimer all;
        all.start();
        const QList<TestResponse> answers = sb.client->sendParallel(five);
        const qint64 ms = all.elapsed();
        for (const TestResponse& r : answers)
            QCOMPARE(r.status, 200);
        qInfo("5 parallel requests with 300 ms latency: %lld ms", ms);
        QVERIFY2(ms < 1000, "latency must not serialise requests");
    }

    void failStatus429() {
        SandboxFixture sb({QStringLiteral("--fail-rate"), QStringLiteral("1"),
                           QStringLiteral("--fail-status"), QStringLiteral("429")});
        QString error;
        QVERIFY2(sb.start(&error), qPrintable(error));
        const TestResponse r = sb.client->get(instancesPath(sb));
        const QString p = errorProblem(r, 429, QStringLiteral("APIGW.0308"));
        QVERIFY2(p.isEmpty(), qPrintable(p));
        QCOMPARE(r.header("Retry-After"), QByteArray("1"));
    }

    void failStatus503() {
        SandboxFixture sb({QStringLiteral("--fail-rate"), QStringLiteral("1")}); // default --fail-status 503
        QString error;
        QVERIFY2(sb.start(&error), qPrintable(error));
        const QString p =
            errorProblem(sb.client->get(instancesPath(sb)), 503, QStringLiteral("DBSS.11000000"));
        QVERIFY2(p.isEmpty(), qPrintable(p));
    }

    void reset() {
        SandboxFixture sb({QStringLiteral("--reset-rate"), QStringLiteral("1")});
        QString error;
        QVERIFY2(sb.start(&error), qPrintable(error));
        const TestResponse r = sb.client->get(instancesPath(sb));
        QCOMPARE(r.status, 0);
        QVERIFY(r.networkError != 0);
    }

    void lostWriteIsApplied() {
        SandboxFixture sb({QStringLiteral("--lost-write-rate"), QStringLiteral("1")});
        QString error;
        QVERIFY2(sb.start(&error), qPrintable(error));
        const QString id = sb.instanceId();
        const QString agents = sb.v2(QStringLiteral("/%1/audit/agents").arg(id));
        const QJsonObject agent =
            sb.client->get(agents).json().value(QStringLiteral("agents")).toArray().first().toObject();
        const int before = agent.value(QStringLiteral("status")).toInt();
        const int logBefore = sb.operateLog(id).size();
        // One request on a raw socket: QNetworkAccessManager silently re-sends a request whose
        // connection closes before an answer, which would apply the write twice.
        const QString path = sb.v1(QStringLiteral("/%1/audit/agent/switch").arg(id));
        const QByteArray body =
            QJsonDocument(QJsonObject{{QStringLiteral("agent_id"), agent.value(QStringLiteral("agent_id"))},
                                      {QStringLiteral("status"), 1 - before}})
                .toJson(QJsonDocument::Compact);
        QByteArray request = "POST " + path.toUtf8() + " HTTP/1.1\r\n";
        for (const auto& [name, value] : sb.client->signedHeaders(
                 "POST", path, body, sb.process.ak(), sb.process.sk(), QDateTime::currentDateTimeUtc()))
            request += name + ": " + value + "\r\n";
        request += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
        QTcpSocket socket;
        socket.connectToHost(sb.process.url().host(), quint16(sb.process.url().port()));
        QVERIFY(socket.waitForConnected(5000));
        socket.write(request);
        QVERIFY(socket.waitForBytesWritten(5000));
        QVERIFY(!socket.waitForReadyRead(3000) || socket.readAll().isEmpty()); // the answer never came
        QVERIFY(socket.state() != QAbstractSocket::ConnectedState || !socket.waitForReadyRead(500));
        // ... but the write happened, exactly once.
        QCOMPARE(sb.client->get(agents)
                     .json()
                     .value(QStringLiteral("agents"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("status"))
                     .toInt(),
                 1 - before);
        QCOMPARE(sb.operateLog(id).size(), logBefore + 1);
        // Rejected writes are answered normally (nothing was applied).
        QCOMPARE(sb.client->postJson(sb.v1(QStringLiteral("/%1/audit/agent/switch").arg(id)), {}).status,
                 400);
    }

    void deterministicWithSeed() {
        const auto run = [this](const QString& seed) {
            SandboxFixture sb(
                {QStringLiteral("--fail-rate"), QStringLiteral("0.5"), QStringLiteral("--fault-seed"), seed});
            QString error;
            if (!sb.start(&error))
                return QList<int>();
            QList<int> statuses;
            for (int i = 0; i < 24; ++i)
                statuses << sb.client->get(instancesPath(sb)).status;
            return statuses;
        };
        const QList<int> a = run(QStringLiteral("7"));
        const QList<int> b = run(QStringLiteral("7"));
        const QList<int> c = run(QStringLiteral("8"));
        QCOMPARE(a.size(), 24);
        QCOMPARE(a, b);
        QVERIFY(a != c);
        QVERIFY(a.contains(200) && a.contains(503));
    }
};

QTEST_GUILESS_MAIN(TestFaults)
#include "tst_faults.moc"
