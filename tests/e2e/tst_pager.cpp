// Pager against a live dbss-sandbox with a large seeded account: every row exactly once and in
// order, with bounded parallelism, also when the service fails requests (503, 429).

#include "models/api/ApiClient.h"
#include "models/api/Instances.h"
#include "models/api/OperationLogs.h"
#include "models/api/Pager.h"
#include "models/api/RequestLogEntry.h"
#include "tests/common/SandboxProcess.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QSet>
#include <QSignalSpy>
#include <QtTest>

using namespace dbss::api;
using dbss::test::SandboxProcess;

namespace {

ClientConfig configFor(SandboxProcess& sandbox) {
    ClientConfig c;
    for (Service s : {Service::Dbss, Service::Iam, Service::Drs, Service::Das})
        c.endpointOverrides.insert(s, sandbox.url());
    c.ak = sandbox.ak();
    c.sk = sandbox.sk();
    c.projectId = sandbox.projectId();
    c.retryBaseDelayMs = 20; // keep the test fast; the policy is the same
    c.maxRetries = 3;
    return c;
}

bool waitFor(const bool& flag, int ms) {
    QDeadlineTimer deadline(ms);
    while (!flag && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 50);
    return flag;
}

struct Outcome {
    QList<AuditInstance> rows;
    ApiError error;
    int requested = 0;
    int maxInFlight = 0;
    qint64 ms = 0;
};

Outcome fetchInstances(ApiClient& client, int pageSize, int parallel) {
    Outcome out;
    bool done = false;
    QObject context;
    QElapsedTimer timer;
    timer.start();
    Pager* pager = fetchAllPages<ListAuditInstancesResponse, AuditInstance>(
        &client, [](int offset, int limit) { return listAuditInstances(offset, limit); },
        &ListAuditInstancesResponse::servers, &ListAuditInstancesResponse::total,
        Pager::Options{Pager::Mode::OffsetLimit, pageSize, parallel}, &context,
        [&](QList<AuditInstance> rows, const ApiError& error) {
            out.rows = std::move(rows);
            out.error = error;
            done = true;
        });
    QObject::connect(pager, &Pager::finished, &context, [&, pager] {
        out.requested = int(pager->pagesRequested());
        out.maxInFlight = pager->maxInFlightSeen();
    });
    if (!waitFor(done, 120000))
        out.error = ApiError::make(ApiError::Kind::Timeout, QStringLiteral("the pager did not finish"));
    out.ms = timer.elapsed();
    return out;
}

QStringList ids(const QList<AuditInstance>& rows) {
    QStringList list;
    for (const AuditInstance& i : rows)
        list << i.id;
    return list;
}

} // namespace

class TestPager : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void offsetLimit_allRowsInOrder() {
        SandboxProcess sandbox({"--seed", "20000"});
        QString error;
        QVERIFY2(sandbox.start(&error), qPrintable(error));
        ApiClient client(configFor(sandbox));

        const Outcome sequential = fetchInstances(client, 7, 1);
        QVERIFY2(!sequential.error.isError(), qPrintable(sequential.error.userMessage()));
        QCOMPARE(sequential.rows.size(), 100); // the seed's instance count for 20000 rows
        QCOMPARE(sequential.maxInFlight, 1);

        const Outcome parallel = fetchInstances(client, 7, 4);
        QVERIFY(!parallel.error.isError());
        const QStringList parallelIds = ids(parallel.rows);
        QCOMPARE(parallelIds, ids(sequential.rows)); // same rows, same order
        QCOMPARE(QSet<QString>(parallelIds.cbegin(), parallelIds.cend()).size(), 100);
        QCOMPARE(parallel.maxInFlight, 4);
        QCOMPARE(parallel.requested, 15); // ceil(100 / 7): no page twice without a failure
    }

    void parallelIsFaster() {
        SandboxProcess sandbox({"--seed", "20000", "--latency", "150"});
        QString error;
        QVERIFY2(sandbox.start(&error), qPrintable(error));
        ApiClient client(configFor(sandbox));
        const Outcome one = fetchInstances(client, 10, 1);
        const Outcome four = fetchInstances(client, 10, 4);
        QVERIFY(!one.error.isError() && !four.error.isError());
        QCOMPARE(ids(four.rows), ids(one.rows));
        qInfo("100 rows in 10 pages at 150 ms latency: sequential %lld ms, 4 in parallel %lld ms", one.ms,
              four.ms);
        QVERIFY(four.ms * 2 < one.ms);
    }

    void failures_noRowLostOrDuplicated_data() {
        QTest::addColumn<QString>("status");
        QTest::newRow("503") << QStringLiteral("503");
        QTest::newRow("429") << QStringLiteral("429");
    }
    void failures_noRowLostOrDuplicated() {
        QFETCH(QString, status);
        SandboxProcess reference({"--seed", "20000"});
        QString error;
        QVERIFY2(reference.start(&error), qPrintable(error));
        ApiClient clean(configFor(reference));
        const Outcome expected = fetchInstances(clean, 7, 4);
        QVERIFY(!expected.error.isError());

        SandboxProcess flaky(
            {"--seed", "20000", "--fail-rate", "0.3", "--fail-status", status, "--fault-seed", "7"});
        QVERIFY2(flaky.start(&error), qPrintable(error));
        ApiClient client(configFor(flaky));
        int injected = 0;
        QObject::connect(&client, &ApiClient::requestLogged, &client, [&](const RequestLogEntry& e) {
            injected += e.httpStatus == status.toInt() ? 1 : 0;
        });
        const Outcome got = fetchInstances(client, 7, 4);
        QVERIFY2(!got.error.isError(), qPrintable(got.error.userMessage()));
        QCOMPARE(ids(got.rows), ids(expected.rows));
        QVERIFY(injected > 0); // the faults really happened
        qInfo("with 30%% %s answers (%d injected): %d rows, %d page requests by the pager for 15 pages",
              qPrintable(status), injected, int(got.rows.size()), got.requested);

        // Without the client's own retries a failed page fails the run: ApiClient is the one layer
        // that retries, the pager never repeats a page (issue 19: no multiplied retries).
        ClientConfig noRetry = configFor(flaky);
        noRetry.maxRetries = 0;
        ApiClient bare(noRetry);
        const Outcome failed = fetchInstances(bare, 7, 4);
        QVERIFY(failed.error.isError());
        QCOMPARE(failed.error.httpStatus, status.toInt());
        QVERIFY(failed.rows.isEmpty());
        QVERIFY(failed.requested <= 15);
        qInfo("no client retries: failed with %s after %d page requests",
              qPrintable(failed.error.userMessage()), failed.requested);
    }

    void pageSizeMode_operationLogs() {
        SandboxProcess sandbox({"--seed", "20000"});
        QString error;
        QVERIFY2(sandbox.start(&error), qPrintable(error));
        ApiClient client(configFor(sandbox));
        const Outcome instances = fetchInstances(client, 100, 1);
        QVERIFY(!instances.rows.isEmpty());
        const QString instance = instances.rows.first().id;

        auto run = [&](int parallel) {
            QList<OperationLog> rows;
            bool done = false;
            QObject context;
            fetchAllPages<ListOperationLogsResponse, OperationLog>(
                &client,
                [&](int page, int size) {
                    OperationLogQuery q;
                    q.timeRange = QStringLiteral("MONTH");
                    q.page = page;
                    q.size = size;
                    return listOperationLogs(instance, q);
                },
                &ListOperationLogsResponse::operateLog, &ListOperationLogsResponse::totalNum,
                Pager::Options{Pager::Mode::PageSize, 25, parallel}, &context,
                [&](QList<OperationLog> r, const ApiError& e) {
                    if (e.isError())
                        qWarning() << e.userMessage();
                    rows = std::move(r);
                    done = true;
                });
            if (!waitFor(done, 60000))
                return QStringList{QStringLiteral("timeout")};
            QStringList list;
            for (const OperationLog& l : rows)
                list << l.id;
            return list;
        };
        const QStringList one = run(1);
        const QStringList four = run(4);
        QVERIFY(one.size() > 25);
        QCOMPARE(four, one);
        QCOMPARE(QSet<QString>(four.cbegin(), four.cend()).size(), four.size());
    }
};

QTEST_GUILESS_MAIN(TestPager)
#include "tst_pager.moc"
