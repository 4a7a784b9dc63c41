// OperationLogModel against a live dbss-sandbox (--seed 2000: a couple of hundred log rows per
// instance) under QAbstractItemModelTester: first page then fetchMore, fetchAll with parallel
// pages in order, query changes reset, custom time ranges, and no lost or doubled rows under
// --fail-rate 0.3 with --latency 50; cancel, refresh and a new query while a page is still being
// parsed in the worker thread.
#include "models/api/OperationLogs.h"
#include "models/tables/OperationLogModel.h"
#include "tests/common/SandboxProcess.h"
#include "tests/common/TestClient.h"
#include "tests/models/ModelTestUtil.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSemaphore>
#include <QThreadPool>

#include <memory>

using namespace dbss;
using models::OperationLogModel;
using Column = OperationLogModel::Column;

namespace {

// Occupies every worker of the global pool (where pages are parsed) until release(): a page that
// arrives meanwhile waits, parsed-but-not-merged, for the test to cancel or restart the load.
// The semaphores are shared with the workers: a worker may still be inside release() or
// acquire() when the gate (on the test's stack) is gone and the next gate takes its place.
class WorkerGate {
public:
    WorkerGate() {
        for (int i = 0; i < m_workers; ++i)
            QThreadPool::globalInstance()->start([state = m_state] {
                state->started.release();
                state->gate.acquire();
            });
        m_state->started.acquire(m_workers);
    }
    ~WorkerGate() { release(); }
    void release() {
        m_state->gate.release(m_workers - m_released);
        m_released = m_workers;
    }

private:
    struct State {
        QSemaphore started, gate;
    };
    const int m_workers = QThreadPool::globalInstance()->maxThreadCount();
    int m_released = 0;
    std::shared_ptr<State> m_state = std::make_shared<State>();
};

// The answered pages of the model's load are all waiting for a worker.
bool pageWaitsForParse(const api::ApiClient& client, const models::RemoteTableModel& model) {
    return test::repliesInFlight(client).isEmpty() && model.isLoading();
}

// Lets every queued parse finish and its result reach the GUI thread.
void drainWorkers() {
    QVERIFY(QThreadPool::globalInstance()->waitForDone(10000));
    QCoreApplication::processEvents();
}

struct Fixture {
    std::unique_ptr<test::SandboxProcess> sandbox;
    std::unique_ptr<api::ApiClient> client;
    std::unique_ptr<OperationLogModel> model;
    std::unique_ptr<QAbstractItemModelTester> tester;
    QString instanceId;

    bool start(const QStringList& flags, QString* error) {
        if (!test::startSandbox(sandbox, client,
                                QStringList{QStringLiteral("--seed"), QStringLiteral("2000")} + flags, error,
                                [](api::ClientConfig& config) {
                                    config.maxRetries = 8;
                                    config.retryBaseDelayMs = 10;
                                }))
            return false;
        int best = 0;
        for (const QString& id : test::instanceIds(*client)) {
            const int total = int(allIds(id).size());
            if (total > best) {
                best = total;
                instanceId = id;
            }
        }
        if (best < 150) {
            *error = QStringLiteral("the seeded sandbox has no instance with 150 log rows");
            return false;
        }
        return true;
    }

    void newModel(int pageSize) {
        test::newTestedModel(model, tester, client.get(), pageSize).setTimeRange(QStringLiteral("MONTH"));
    }

    // Every log row id of the query, in the service's order, in one call.
    QStringList allIds(const QString& instance, api::OperationLogQuery query = {}) {
        if (query.timeRange.isEmpty() && query.startTime.isEmpty())
            query.timeRange = QStringLiteral("MONTH");
        query.page = 1;
        query.size = 1000;
        QStringList ids;
        const QJsonObject page = test::callJson(*client, api::listOperationLogs(instance, query));
        for (const QJsonValue& v : page.value(QLatin1String("operate_log")).toArray())
            ids << v[QLatin1String("id")].toString();
        return ids;
    }
};

} // namespace

class TestOperationLogModel : public QObject {
    Q_OBJECT
    Fixture m_f;

private Q_SLOTS:
    void initTestCase() {
        QString error;
        QVERIFY2(m_f.start({}, &error), qPrintable(error));
    }

    void presets() {
        const auto ranges = OperationLogModel::timeRanges();
        QCOMPARE(ranges.size(), 7);
        for (const auto& r : ranges) {
            QVERIFY(api::OperationLogQuery::isValidRange(r.value));
            QVERIFY(!r.title.isEmpty());
        }
    }

    void firstPageThenFetchMore() {
        const QStringList expected = m_f.allIds(m_f.instanceId);
        m_f.newModel(50);
        OperationLogModel& model = *m_f.model;
        model.setInstance(m_f.instanceId);
        QVERIFY(test::waitIdle(model));
        QVERIFY2(!model.lastError().isError(), qPrintable(model.lastError().userMessage()));
        QCOMPARE(model.rowCount(), 50);
        QCOMPARE(model.totalCount(), expected.size());
        QVERIFY(!model.isComplete());
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QVERIFY(!model.canFetchMore({})); // one fetch at a time
        QVERIFY(test::waitIdle(model));
        QCOMPARE(model.rowCount(), 100);
        QCOMPARE(test::columnValues(model, 0, OperationLogModel::IdRole), expected.mid(0, 100));
        // Times sort as times (UTC milliseconds, so a million rows sort by integer), newest first as
        // the service lists them.
        const QVariant first = model.index(0, int(Column::Time)).data(OperationLogModel::SortRole);
        const QVariant last = model.index(99, int(Column::Time)).data(OperationLogModel::SortRole);
        QCOMPARE(first.typeId(), QMetaType::LongLong);
        QCOMPARE(first.toLongLong(),
                 model.index(0, 0).data(OperationLogModel::TimeRole).toDateTime().toMSecsSinceEpoch());
        QVERIFY(first.toLongLong() >= last.toLongLong());
        // A refresh re-reads the rows shown, without resetting or dropping the ones beyond page 1.
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        model.refresh();
        QVERIFY(test::waitIdle(model));
        QCOMPARE(model.rowCount(), 100);
        QCOMPARE(reset.count() + removed.count(), 0);
    }

    void fetchAllInParallelInOrder() {
        const QStringList expected = m_f.allIds(m_f.instanceId);
        m_f.newModel(20);
        OperationLogModel& model = *m_f.model;
        model.setMaxParallel(4);
        model.setInstance(m_f.instanceId);
        QVERIFY(test::waitIdle(model));
        QSignalSpy progress(&model, &OperationLogModel::progressChanged);
        model.fetchAll();
        QVERIFY(test::waitIdle(model));
        QVERIFY(model.isComplete());
        QCOMPARE(test::columnValues(model, 0, OperationLogModel::IdRole), expected);
        QCOMPARE(model.loadedCount(), expected.size());
        QVERIFY(progress.count() >= (expected.size() - 20) / 20);
        QVERIFY(model.loader().maxInFlightSeen() >= 2);
        QVERIFY(model.loader().maxInFlightSeen() <= 4);
        QCOMPARE(model.loader().pagesRequested(), int((expected.size() + 19) / 20));
    }

    void queryChangeResets() {
        m_f.newModel(100);
        OperationLogModel& model = *m_f.model;
        model.setInstance(m_f.instanceId);
        QVERIFY(test::waitIdle(model));
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setResultFilter(QStringLiteral("fail"));
        QCOMPARE(reset.count(), 1);
        model.setResultFilter(QStringLiteral("fail"));
        QCOMPARE(reset.count(), 1); // unchanged query: nothing happens
        QVERIFY(test::waitIdle(model));
        api::OperationLogQuery q;
        q.result = QStringLiteral("fail");
        const QStringList expected = m_f.allIds(m_f.instanceId, q);
        QVERIFY(!expected.isEmpty());
        QCOMPARE(model.totalCount(), expected.size());
        for (const QString& r : test::columnValues(model, 0, OperationLogModel::ResultRole))
            QCOMPARE(r, QStringLiteral("fail"));
    }

    void customRange() {
        m_f.newModel(1000);
        OperationLogModel& model = *m_f.model;
        const QDateTime end = QDateTime::currentDateTimeUtc();
        const QDateTime start = end.addDays(-3);
        model.setCustomRange(start, end);
        model.setInstance(m_f.instanceId);
        QVERIFY(test::waitIdle(model));
        QVERIFY2(!model.lastError().isError(), qPrintable(model.lastError().userMessage()));
        QVERIFY(model.query().timeRange.isEmpty());
        QVERIFY(model.rowCount() > 0);
        QVERIFY(model.rowCount() < int(m_f.allIds(m_f.instanceId).size()));
        for (int r = 0; r < model.rowCount(); ++r) {
            const QDateTime t = model.index(r, 0).data(OperationLogModel::TimeRole).toDateTime();
            QVERIFY(t >= start.addSecs(-1) && t <= end.addSecs(1));
        }
    }

    void staleQueryDropped() {
        m_f.newModel(10);
        OperationLogModel& model = *m_f.model;
        model.setInstance(m_f.instanceId);
        QVERIFY(model.isLoading());
        const auto firstQuery = test::repliesInFlight(*m_f.client);
        model.setResultFilter(QStringLiteral("success")); // the first query's page must not land
        QVERIFY(test::waitIdle(model));
        QTRY_VERIFY(test::allGone(firstQuery)); // cancelled, or answered and dropped
        QCOMPARE(model.rowCount(), 10);
        for (const QString& r : test::columnValues(model, 0, OperationLogModel::ResultRole))
            QCOMPARE(r, QStringLiteral("success"));
    }

    // A page answered but not yet parsed (the workers are busy) when the load is cancelled,
    // restarted by refresh(), or replaced by another query: nothing of the old run lands, nothing
    // is lost or doubled in the new one.
    void cancelRefreshAndQueryWhileParsing() {
        const QStringList expected = m_f.allIds(m_f.instanceId);
        m_f.newModel(20);
        OperationLogModel& model = *m_f.model;
        {
            WorkerGate gate;
            model.setInstance(m_f.instanceId);
            QTRY_VERIFY(pageWaitsForParse(*m_f.client, model));
            QCOMPARE(model.rowCount(), 0);
            model.cancel();
            QVERIFY(!model.isLoading());
        }
        drainWorkers();
        QCOMPARE(model.rowCount(), 0); // the cancelled page never landed
        QVERIFY(!model.isLoading());

        {
            WorkerGate gate;
            model.refresh();
            QTRY_VERIFY(pageWaitsForParse(*m_f.client, model));
            model.refresh(); // the first run's page is dropped, the second run's lands once
            QTRY_VERIFY(pageWaitsForParse(*m_f.client, model));
            QCOMPARE(model.rowCount(), 0);
        }
        QVERIFY(test::waitIdle(model));
        QVERIFY2(!model.lastError().isError(), qPrintable(model.lastError().userMessage()));
        QCOMPARE(test::columnValues(model, 0, OperationLogModel::IdRole), expected.mid(0, 20));

        {
            WorkerGate gate;
            model.fetchAll();
            QTRY_VERIFY(pageWaitsForParse(*m_f.client, model));
            model.setResultFilter(QStringLiteral("fail")); // the pages of the unfiltered list must not land
        }
        QVERIFY(test::waitIdle(model));
        api::OperationLogQuery failed;
        failed.result = QStringLiteral("fail");
        QCOMPARE(test::columnValues(model, 0, OperationLogModel::IdRole),
                 m_f.allIds(m_f.instanceId, failed).mid(0, 20));
    }

    // With 50 ms per answer, four pages in flight load the list in well under the sequential time.
    void parallelPagesAreFaster() {
        Fixture f;
        QString error;
        QVERIFY2(f.start({QStringLiteral("--latency"), QStringLiteral("50")}, &error), qPrintable(error));
        const QStringList expected = f.allIds(f.instanceId);
        qint64 elapsed[2] = {};
        for (int parallel : {1, 4}) {
            f.newModel(20);
            f.model->setMaxParallel(parallel);
            f.model->setLoadAll(true);
            QElapsedTimer timer;
            timer.start();
            f.model->setInstance(f.instanceId);
            QVERIFY(test::waitIdle(*f.model, 30000));
            elapsed[parallel == 1 ? 0 : 1] = timer.elapsed();
            QCOMPARE(test::columnValues(*f.model, 0, OperationLogModel::IdRole), expected);
        }
        qInfo("%lld rows in pages of 20 at 50 ms latency: %lld ms sequential, %lld ms with 4 in flight",
              qint64(expected.size()), elapsed[0], elapsed[1]);
        QVERIFY(elapsed[1] * 10 < elapsed[0] * 8); // measured: 857 ms vs 401 ms
    }

    void noRowLostOrDoubledUnderFailures() {
        Fixture f;
        QString error;
        QVERIFY2(f.start({QStringLiteral("--fail-rate"), QStringLiteral("0.3"),
                          QStringLiteral("--fail-status"), QStringLiteral("503"), QStringLiteral("--latency"),
                          QStringLiteral("50"), QStringLiteral("--fault-seed"), QStringLiteral("3")},
                         &error),
                 qPrintable(error));
        const QStringList expected = f.allIds(f.instanceId);
        f.newModel(25);
        f.model->setInstance(f.instanceId);
        QVERIFY(test::waitIdle(*f.model, 30000));
        f.model->fetchAll();
        QVERIFY(test::waitIdle(*f.model, 60000));
        QVERIFY2(!f.model->lastError().isError(), qPrintable(f.model->lastError().userMessage()));
        QCOMPARE(test::columnValues(*f.model, 0, OperationLogModel::IdRole), expected);
    }
};

QTEST_GUILESS_MAIN(TestOperationLogModel)
#include "tst_operationlogmodel.moc"
