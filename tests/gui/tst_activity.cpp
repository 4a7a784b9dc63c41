// The activity chart above the operation log, against a dbss-sandbox process over HTTP: its buckets
// hold exactly the table's rows of each span (by result too), hovering names a bucket's counts,
// dragging across buckets shows that span in the table (the rows the chart counted there, nothing
// else) and Back returns to the range before.
#include "models/tables/OperationLogActivity.h"
#include "models/tables/OperationLogModel.h"
#include "tests/common/SandboxProcess.h"
#include "tests/common/TestClient.h"
#include "tests/models/ModelTestUtil.h"
#include "views/ActivityChart.h"
#include "views/ActivityChartView.h"
#include "views/InstanceDocks.h"
#include "views/TableDock.h"

#include <QApplication>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QMainWindow>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace dbss;
using models::OperationLogActivity;
using models::OperationLogModel;

class TestActivity : public QObject {
    Q_OBJECT
    std::unique_ptr<test::SandboxProcess> m_sandbox;
    std::unique_ptr<api::ApiClient> m_client;
    std::unique_ptr<QMainWindow> m_window;
    views::InstanceDocks* m_docks = nullptr;
    views::ActivityChart* m_chart = nullptr;

    OperationLogModel* log() const { return m_docks->operationLog(); }
    const QAbstractItemModel* table() const { return m_docks->operationLogDock()->view()->model(); }

    // Rows of the table (through the dock's proxy) with a time in [start, end) and, unless empty, that
    // result.
    quint64 tableRows(qint64 start, qint64 end, const QString& result = {}) const {
        quint64 n = 0;
        for (int r = 0; r < table()->rowCount(); ++r) {
            const QModelIndex i = table()->index(r, 0);
            const qint64 t = i.data(OperationLogModel::TimeRole).toDateTime().toMSecsSinceEpoch();
            n += t >= start && t < end &&
                 (result.isEmpty() || i.data(OperationLogModel::ResultRole) == result);
        }
        return n;
    }

    bool loadAll() {
        if (!test::waitIdle(*log()))
            return false;
        log()->fetchAll();
        return test::waitIdle(*log()) && log()->rowCount() == log()->totalCount();
    }

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QString error;
        QVERIFY2(test::startSandbox(m_sandbox, m_client, {QStringLiteral("--seed"), QStringLiteral("2000")},
                                    &error),
                 qPrintable(error));
        m_window = std::make_unique<QMainWindow>();
        m_window->setCentralWidget(new QWidget);
        m_docks = new views::InstanceDocks(m_client.get(), m_window.get());
        m_window->resize(1400, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_docks->operationLogDock()->raise();
        m_chart = m_docks->operationLogDock()->findChild<views::ActivityChart*>();
        QVERIFY(m_chart);
        auto* range = m_docks->operationLogDock()->findChild<QComboBox*>(QStringLiteral("operationLogRange"));
        QVERIFY(range);
        range->setCurrentIndex(range->findData(QStringLiteral("MONTH")));
        const QStringList ids = test::instanceIds(*m_client);
        QVERIFY(!ids.isEmpty());
        m_docks->setInstance(ids.first(), QString());
        QVERIFY(loadAll());
        QVERIFY(log()->rowCount() > 50);
    }

    void bucketsEqualTheTableRows() {
        const OperationLogActivity* a = m_chart->activity();
        QCOMPARE(a->bucketMs(), 12 * 3600 * 1000); // a month: 12-hour buckets
        QCOMPARE(a->total() + a->outside(), quint64(table()->rowCount()));
        QCOMPARE(a->outside(), 0u);
        const int success = int(a->keys().indexOf(QStringLiteral("success")));
        const int fail = int(a->keys().indexOf(QStringLiteral("fail")));
        QVERIFY(success >= 0 && fail >= 0); // the seed fails one operation in twenty
        for (int b = 0; b < a->bucketCount(); ++b) {
            QCOMPARE(a->bucketTotal(b), tableRows(a->bucketStart(b), a->bucketEnd(b)));
            QCOMPARE(quint64(a->count(b, success)),
                     tableRows(a->bucketStart(b), a->bucketEnd(b), QStringLiteral("success")));
            QCOMPARE(quint64(a->count(b, fail)),
                     tableRows(a->bucketStart(b), a->bucketEnd(b), QStringLiteral("fail")));
        }
        QVERIFY(m_chart->summaryText().contains(QLocale().toString(a->total())));
        // Stacked by user: the same rows, other keys.
        auto* stackBy = m_chart->findChild<QComboBox*>(QStringLiteral("activityStackBy"));
        stackBy->setCurrentIndex(1);
        QCOMPARE(a->stackBy(), OperationLogActivity::StackBy::User);
        QCOMPARE(a->total() + a->outside(), quint64(table()->rowCount()));
        QVERIFY(!a->keys().contains(QStringLiteral("success")));
        stackBy->setCurrentIndex(0);
    }

    void hoveringNamesTheCounts() {
        views::ActivityChartView* view = m_chart->chartView();
        view->redrawNow();
        const OperationLogActivity* a = m_chart->activity();
        QCOMPARE(view->shownSeries(), int(a->keys().size()));
        int busiest = 0;
        for (int b = 0; b < a->bucketCount(); ++b)
            if (a->bucketTotal(b) > a->bucketTotal(busiest))
                busiest = b;
        QCOMPARE(view->bucketAt(view->bucketCenter(busiest)), busiest);
        const QString tip = view->bucketToolTip(busiest);
        QVERIFY2(tip.contains(QStringLiteral("Total: %1").arg(QLocale().toString(a->bucketTotal(busiest)))),
                 qPrintable(tip));
        QVERIFY(tip.contains(QStringLiteral("Succeeded: ")));
    }

    void draggingASpanShowsItInTheTable() {
        const OperationLogActivity* a = m_chart->activity();
        views::ActivityChartView* view = m_chart->chartView();
        const int first = a->bucketCount() / 3;
        const int last = first + 4;
        quint64 expected = 0;
        for (int b = first; b <= last; ++b)
            expected += a->bucketTotal(b);
        QVERIFY(expected > 0);
        const qint64 start = a->bucketStart(first);
        const qint64 end = a->bucketEnd(last);
        const int before = int(log()->totalCount());

        QTest::mousePress(view->viewport(), Qt::LeftButton, {}, view->bucketCenter(first));
        QTest::mouseMove(view->viewport(), view->bucketCenter(first + 2));
        QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, view->bucketCenter(last));

        QVERIFY(log()->query().timeRange.isEmpty()); // a custom range now
        QVERIFY(loadAll());
        QCOMPARE(quint64(table()->rowCount()), expected);
        QCOMPARE(tableRows(start, end), expected); // every row inside the span
        auto* range = m_docks->operationLogDock()->findChild<QComboBox*>(QStringLiteral("operationLogRange"));
        QVERIFY(range->currentData().toString().isEmpty()); // the dock says "Custom range"
        auto* from =
            m_docks->operationLogDock()->findChild<QDateTimeEdit*>(QStringLiteral("operationLogFrom"));
        QCOMPARE(from->dateTime().toMSecsSinceEpoch(), start);
        // The chart now shows the span in finer buckets, the same rows.
        QCOMPARE(m_chart->activity()->total(), expected);
        QVERIFY(m_chart->activity()->bucketMs() < 12 * 3600 * 1000);

        auto* back = m_chart->findChild<QToolButton*>(QStringLiteral("activityBack"));
        QVERIFY(back->isEnabled());
        back->click();
        QCOMPARE(log()->query().timeRange, QStringLiteral("MONTH"));
        QCOMPARE(range->currentData().toString(), QStringLiteral("MONTH"));
        QVERIFY(test::waitIdle(*log()));
        QCOMPARE(int(log()->totalCount()), before);
        QVERIFY(!back->isEnabled());
    }

    void cleanupTestCase() { m_window.reset(); }
};

QTEST_MAIN(TestActivity)
#include "tst_activity.moc"
