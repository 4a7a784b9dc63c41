// 200 parallel toggles from several clients leave a consistent state and log (issue 4).
#include "tests/common/SandboxFixture.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

using namespace dbss::test;

class TestConcurrency : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parallelToggles() {
        QTemporaryDir dir;
        const QString state = dir.filePath(QStringLiteral("state.json"));
        SandboxFixture sb({QStringLiteral("--state"), state}); // every switch is also saved
        QString error;
        QVERIFY2(sb.start(&error), qPrintable(error));
        const QString id = sb.instanceId();
        const QString riskPath = sb.v1(QStringLiteral("/%1/dbss/audit/rule/risk").arg(id));
        const QJsonArray rules = sb.client->get(riskPath).json().value(QStringLiteral("rules")).toArray();
        QVERIFY(rules.size() >= 4);
        const int logBefore = sb.operateLog(id).size();

        // 4 clients x 50 requests; each client toggles its own rule, plus every 10th request
        // switches two rules at once to mix writers on the same rule.
        QElapsedTimer timer;
        timer.start();
        std::vector<std::unique_ptr<SandboxTestClient>> clients;
        QList<QNetworkReply*> inFlight;
        const QString switchPath = sb.v1(QStringLiteral("/%1/audit/rule/risk/switch").arg(id));
        for (int c = 0; c < 4; ++c) {
            clients.push_back(
                std::make_unique<SandboxTestClient>(sb.process.url(), sb.process.ak(), sb.process.sk()));
            QList<SandboxTestClient::Request> batch;
            for (int i = 0; i < 50; ++i) {
                QString ids = rules.at(c).toObject().value(QStringLiteral("id")).toString();
                if (i % 10 == 0)
                    ids += u',' + rules.at((c + 1) % 4).toObject().value(QStringLiteral("id")).toString();
                const QJsonObject body{
                    {QStringLiteral("ids"), ids},
                    {QStringLiteral("status"), i % 2 ? QStringLiteral("ON") : QStringLiteral("OFF")}};
                batch.append({"POST", switchPath, QJsonDocument(body).toJson(QJsonDocument::Compact)});
            }
            inFlight += clients.back()->startParallel(batch);
        }
        const QList<TestResponse> answers = SandboxTestClient::waitAll(inFlight);
        qInfo("200 signed risk-rule switches from 4 clients: %lld ms", timer.elapsed());
        QCOMPARE(answers.size(), 200);
        for (const TestResponse& r : answers)
            QCOMPARE(r.status, 200);

        // Exactly one log row per request, and each rule's state is what its newest row says.
        const QJsonArray log = sb.operateLog(id);
        QCOMPARE(log.size(), logBefore + 200);
        const QJsonArray after = sb.client->get(riskPath).json().value(QStringLiteral("rules")).toArray();
        for (int c = 0; c < 4; ++c) {
            const QString name = after.at(c).toObject().value(QStringLiteral("name")).toString();
            QString expected;
            for (const QJsonValue& v : log) { // newest first
                if (v.toObject().value(QStringLiteral("name")).toString().split(u',').contains(name)) {
                    expected = v.toObject().value(QStringLiteral("description")).toString() ==
                                       QLatin1String("Enable risk rules.")
                                   ? QStringLiteral("ON")
                                   : QStringLiteral("OFF");
                    break;
                }
            }
            QCOMPARE(after.at(c).toObject().value(QStringLiteral("status")).toString(), expected);
        }

        // What was saved is what was served.
        sb.process.process().terminate();
        sb.process.process().waitForFinished(3000);
        SandboxFixture again({QStringLiteral("--state"), state});
        QVERIFY2(again.start(&error), qPrintable(error));
        QCOMPARE(again.client->get(riskPath).json().value(QStringLiteral("rules")).toArray(), after);
        QCOMPARE(again.operateLog(id), log);
    }
};

QTEST_GUILESS_MAIN(TestConcurrency)
#include "tst_concurrency.moc"
