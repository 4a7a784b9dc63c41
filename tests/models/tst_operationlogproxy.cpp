// OperationLogProxy against the plain QSortFilterProxyModel set up as TableDock sets up every table
// (SortRole, fixed-string filter over every column, case-insensitive), on an OperationLogModel
// loaded from a live dbss-sandbox (--seed 2000): the same rows in the same order for every column
// and direction, for filters that hit times, translated results, names, nothing, and for a
// regular expression or case-sensitive filter; while rows arrive too. Both under
// QAbstractItemModelTester. CsvExporter writes the same bytes from the model's UTF-8 columns
// (CsvCellSource, through either proxy) as cell by cell through data().
#include "models/export/CsvExporter.h"
#include "models/tables/OperationLogModel.h"
#include "models/tables/OperationLogProxy.h"
#include "tests/common/SandboxProcess.h"
#include "tests/common/TestClient.h"
#include "tests/models/ModelTestUtil.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QIdentityProxyModel>
#include <QSignalSpy>
#include <QSortFilterProxyModel>

#include <memory>

using namespace dbss;
using models::OperationLogModel;
using models::OperationLogProxy;
using Column = OperationLogModel::Column;

namespace {

QByteArray csv(const QAbstractItemModel& model, models::CsvOptions options = {}) {
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QString error;
    if (!models::CsvExporter(std::move(options)).write(model, &buffer, &error))
        qWarning("export failed: %s", qPrintable(error));
    return buffer.data();
}

QStringList ids(const QAbstractItemModel& proxy) {
    return test::columnValues(proxy, 0, OperationLogModel::IdRole);
}

void setUpAsTableDock(QSortFilterProxyModel& proxy, QAbstractItemModel* source) {
    proxy.setSourceModel(source);
    proxy.setSortRole(models::RemoteTableModel::SortRole);
    proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy.setFilterKeyColumn(-1);
}

} // namespace

class TestOperationLogProxy : public QObject {
    Q_OBJECT
    std::unique_ptr<test::SandboxProcess> m_sandbox;
    std::unique_ptr<api::ApiClient> m_client;
    std::unique_ptr<OperationLogModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_modelTester;
    QString m_instance;

    // The instance with the longest log of the seeded sandbox.
    QString longestLog() {
        QString best;
        int most = 0;
        for (const QString& id : test::instanceIds(*m_client)) {
            api::OperationLogQuery q;
            q.timeRange = QStringLiteral("MONTH");
            q.page = 1;
            q.size = 1000;
            const int n = test::callJson(*m_client, api::listOperationLogs(id, q))
                              .value(QLatin1String("operate_log"))
                              .toArray()
                              .size();
            if (n > most) {
                most = n;
                best = id;
            }
        }
        return most >= 150 ? best : QString();
    }

    // Every row of the longest log in m_model.
    bool loadWholeLog() {
        m_model->setInstance(m_instance);
        if (!test::waitIdle(*m_model))
            return false;
        m_model->fetchAll();
        return test::waitIdle(*m_model);
    }

private Q_SLOTS:
    void initTestCase() {
        QString error;
        QVERIFY2(test::startSandbox(m_sandbox, m_client, {QStringLiteral("--seed"), QStringLiteral("2000")},
                                    &error),
                 qPrintable(error));
        m_instance = longestLog();
        QVERIFY(!m_instance.isEmpty());
    }

    void init() {
        test::newTestedModel(m_model, m_modelTester, m_client.get(), 50)
            .setTimeRange(QStringLiteral("MONTH"));
    }

    void sameAsPlainProxy_data() {
        QTest::addColumn<QString>("filter");
        QTest::newRow("none") << QString();
        QTest::newRow("letter") << QStringLiteral("a");
        QTest::newRow("upper case") << QStringLiteral("ADD");
        QTest::newRow("translated result") << QStringLiteral("succeeded");
        QTest::newRow("failed") << QStringLiteral("FAIL");
        QTest::newRow("raw result is not shown") << QStringLiteral("success");
        QTest::newRow("time") << QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM"));
        QTest::newRow("time of day") << QStringLiteral(":0");
        QTest::newRow("regex characters") << QStringLiteral("a.*(b");
        QTest::newRow("non-ASCII") << QStringLiteral("数据库");
        QTest::newRow("nothing") << QStringLiteral("no such text anywhere");
    }

    void sameAsPlainProxy() {
        QFETCH(QString, filter);
        OperationLogModel& model = *m_model;
        QVERIFY(loadWholeLog());
        QVERIFY(model.rowCount() >= 150);

        QSortFilterProxyModel plain;
        setUpAsTableDock(plain, &model);
        OperationLogProxy fast;
        fast.setSourceModel(&model);
        QAbstractItemModelTester tester(&fast, QAbstractItemModelTester::FailureReportingMode::QtTest);
        plain.setFilterFixedString(filter);
        fast.setFilterFixedString(filter);
        for (int c = 0; c < int(Column::Count); ++c) {
            for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                plain.sort(c, order);
                fast.sort(c, order);
                QCOMPARE(ids(fast), ids(plain));
            }
        }
        // Case-sensitive and regular-expression filters are QSortFilterProxyModel's own.
        plain.setFilterCaseSensitivity(Qt::CaseSensitive);
        fast.setFilterCaseSensitivity(Qt::CaseSensitive);
        QCOMPARE(ids(fast), ids(plain));
        const QRegularExpression re(QStringLiteral("^(Add|Delete)"));
        plain.setFilterRegularExpression(re);
        fast.setFilterRegularExpression(re);
        QCOMPARE(ids(fast), ids(plain));
    }

    // setFilterText (what the dock calls: one rebuild instead of Qt's range-by-range update) gives
    // the plain proxy's rows, sorted by the column sorted on, through every change of text, including back to
    // none; the persistent index of a kept row follows it; a selection of a dropped row goes.
    void filterTextSameAsPlainProxy() {
        OperationLogModel& model = *m_model;
        QVERIFY(loadWholeLog());

        QSortFilterProxyModel plain;
        setUpAsTableDock(plain, &model);
        OperationLogProxy fast;
        fast.setSourceModel(&model);
        QAbstractItemModelTester tester(&fast, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy layouts(&fast, &QAbstractItemModel::layoutChanged);
        const QStringList texts{QStringLiteral("a"),
                                QStringLiteral("ADD"),
                                QStringLiteral("succeeded"),
                                QString(),
                                QStringLiteral(":0"),
                                QStringLiteral("a.*(b"),
                                QStringLiteral("数据库"),
                                QStringLiteral("no such text anywhere"),
                                QString()};
        for (int c : {int(Column::Time), int(Column::User), int(Column::Result)}) {
            plain.sort(c, Qt::DescendingOrder);
            fast.sort(c, Qt::DescendingOrder);
            for (const QString& text : texts) {
                plain.setFilterFixedString(text);
                fast.setFilterText(text);
                // The same rows in the same order of the sorted column; rows that tie may come in
                // another order (Qt's stable sort keeps what the previous filters left).
                QStringList fastIds = ids(fast), plainIds = ids(plain);
                QCOMPARE(test::columnValues(fast, c, OperationLogModel::SortRole),
                         test::columnValues(plain, c, OperationLogModel::SortRole));
                fastIds.sort();
                plainIds.sort();
                QCOMPARE(fastIds, plainIds);
            }
        }
        QVERIFY(layouts.count() >= texts.size() - 1); // a text equal to the last one changes nothing

        // A row kept by the new text keeps its persistent index; one dropped loses it.
        fast.sort(int(Column::Time), Qt::AscendingOrder);
        fast.setFilterText(QString());
        const QString keptId = fast.index(0, 0).data(OperationLogModel::IdRole).toString();
        const QPersistentModelIndex kept = fast.index(0, 0);
        const QString text = fast.index(0, int(Column::Description)).data().toString();
        plain.setFilterFixedString(text);
        const QStringList keptIds = ids(plain);
        QPersistentModelIndex dropped;
        for (int r = 0; r < fast.rowCount() && !dropped.isValid(); ++r)
            if (!keptIds.contains(fast.index(r, 0).data(OperationLogModel::IdRole).toString()))
                dropped = fast.index(r, 0);
        QVERIFY(dropped.isValid());
        fast.setFilterText(text);
        QVERIFY(fast.rowCount() > 0 && fast.rowCount() < model.rowCount());
        QVERIFY(kept.isValid());
        QCOMPARE(kept.data(OperationLogModel::IdRole).toString(), keptId);
        QVERIFY(!dropped.isValid());
    }

    // The exporter's UTF-8 fast path (OperationLogModel is a CsvCellSource) against data() cell by
    // cell (a QIdentityProxyModel hides the source): byte for byte, sorted, filtered, with a column
    // order, with and without the formula guard.
    void csvSameBytesAsCellByCell() {
        OperationLogModel& model = *m_model;
        QVERIFY(loadWholeLog());
        OperationLogProxy fast;
        fast.setSourceModel(&model);
        QIdentityProxyModel slow;
        slow.setSourceModel(&fast);
        const QByteArray all = csv(fast);
        QCOMPARE(all, csv(slow));
        QCOMPARE(all.count("\r\n"), model.rowCount() + 1);
        QVERIFY(all.contains('T') && all.contains("Z,")); // ISO-8601 UTC times
        fast.sort(int(Column::Name), Qt::DescendingOrder);
        fast.setFilterFixedString(QStringLiteral("fail"));
        QVERIFY(fast.rowCount() > 0 && fast.rowCount() < model.rowCount());
        models::CsvOptions options;
        options.columns = {int(Column::Description), int(Column::Result), int(Column::Time)};
        options.bom = true;
        QCOMPARE(csv(fast, options), csv(slow, options));
        options.neutraliseFormulas = false;
        QCOMPARE(csv(fast, options), csv(slow, options));
        QIdentityProxyModel direct; // the model itself, no proxy in between
        direct.setSourceModel(&model);
        QCOMPARE(csv(model), csv(direct));
    }

    // Rows arriving (fetchMore) while sorted by time and filtered land where the plain proxy puts them.
    void rowsArriveWhileSortedAndFiltered() {
        OperationLogModel& model = *m_model;
        QSortFilterProxyModel plain;
        setUpAsTableDock(plain, &model);
        OperationLogProxy fast;
        fast.setSourceModel(&model);
        QAbstractItemModelTester tester(&fast, QAbstractItemModelTester::FailureReportingMode::QtTest);
        plain.sort(int(Column::Time), Qt::AscendingOrder);
        plain.setFilterFixedString(QStringLiteral("fail"));
        fast.sort(int(Column::Time), Qt::AscendingOrder);
        fast.setFilterText(QStringLiteral("fail")); // as the dock filters
        model.setInstance(m_instance);
        QVERIFY(test::waitIdle(model));
        QCOMPARE(model.rowCount(), 50);
        model.fetchAll();
        QVERIFY(test::waitIdle(model));
        QVERIFY(model.rowCount() > 50);
        QVERIFY(fast.rowCount() > 0);
        QVERIFY(fast.rowCount() < model.rowCount());
        QCOMPARE(ids(fast), ids(plain));
        qint64 last = std::numeric_limits<qint64>::min();
        for (int r = 0; r < fast.rowCount(); ++r) {
            const qint64 t = fast.index(r, 0).data(OperationLogModel::SortRole).toLongLong();
            QVERIFY(t >= last);
            last = t;
        }
    }
};

QTEST_GUILESS_MAIN(TestOperationLogProxy)
#include "tst_operationlogproxy.moc"
