// CsvExportJob and RuleListsExport against a live dbss-sandbox: an export of a partly loaded
// list fetches the remaining pages first (through the user's proxy), cancel writes nothing, and
// the four rule lists of an instance go to four files or one file with a `list` column.
#include "models/api/AuditScopes.h"
#include "models/api/Rules.h"
#include "models/export/CsvExportJob.h"
#include "models/export/RuleListsExport.h"
#include "models/tables/OperationLogModel.h"
#include "models/tables/RiskRulesModel.h"
#include "tests/common/SandboxProcess.h"
#include "tests/common/TestClient.h"
#include "tests/models/CsvTestParser.h"
#include "tests/models/ModelTestUtil.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>

#include <memory>

using namespace dbss;
using models::CsvExportJob;
using models::OperationLogModel;
using models::RuleListsExport;

namespace {

QList<QStringList> readCsv(const QString& path, bool* ok) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *ok = false;
        return {};
    }
    return test::parseCsv(QString::fromUtf8(f.readAll()), ok);
}

} // namespace

class TestCsvExportJob : public QObject {
    Q_OBJECT
    std::unique_ptr<test::SandboxProcess> m_sandbox;
    std::unique_ptr<api::ApiClient> m_client;
    QString m_instance;
    QTemporaryDir m_dir;

    int listSize(const api::ApiRequest& request, const char* member) {
        return int(test::callJson(*m_client, request).value(QLatin1String(member)).toArray().size());
    }

private Q_SLOTS:
    void initTestCase() {
        QString error;
        QVERIFY2(test::startSandbox(m_sandbox, m_client,
                                    QStringList{QStringLiteral("--seed"), QStringLiteral("1000"),
                                                QStringLiteral("--latency"), QStringLiteral("20")},
                                    &error),
                 qPrintable(error));
        int best = 0;
        for (const QString& id : test::instanceIds(*m_client)) {
            api::OperationLogQuery q;
            q.timeRange = QStringLiteral("MONTH");
            const int total = test::callJson(*m_client, api::listOperationLogs(id, q))
                                  .value(QLatin1String("total_num"))
                                  .toInt();
            if (total > best) {
                best = total;
                m_instance = id;
            }
        }
        QVERIFY2(best > 60, "the seeded instance has more log rows than one page");
    }

    void fetchesRemainingPagesThroughTheProxy() {
        OperationLogModel model(m_client.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(20);
        model.setTimeRange(QStringLiteral("MONTH"));
        model.setInstance(m_instance);
        QVERIFY(test::waitIdle(model));
        QCOMPARE(model.rowCount(), 20);
        const int total = model.totalCount();
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(models::RemoteTableModel::SortRole);
        proxy.sort(int(OperationLogModel::Column::Time), Qt::AscendingOrder); // oldest first in the file
        QCOMPARE(CsvExportJob::remoteSource(&proxy), &model);

        const QString path = m_dir.filePath(QStringLiteral("oplog.csv"));
        CsvExportJob job(&proxy, path);
        QSignalSpy progress(&job, &CsvExportJob::progress);
        QSignalSpy finished(&job, &CsvExportJob::finished);
        job.start();
        QVERIFY(finished.wait(30000));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        QVERIFY(progress.count() >= 2);
        QCOMPARE(model.rowCount(), total);

        bool ok = false;
        const QList<QStringList> records = readCsv(path, &ok);
        QVERIFY(ok);
        QCOMPARE(records.size(), total + 1);
        QCOMPARE(records[0].first(), model.headerData(0, Qt::Horizontal).toString());
        // ISO-8601 UTC times, in the proxy's order (ascending).
        for (int r = 1; r < records.size(); ++r) {
            const QDateTime t = QDateTime::fromString(records[r][0], Qt::ISODate);
            QVERIFY2(t.isValid() && records[r][0].endsWith(u'Z'), qPrintable(records[r][0]));
            if (r > 1)
                QVERIFY(QDateTime::fromString(records[r - 1][0], Qt::ISODate) <= t);
        }
    }

    void cancelWritesNothing() {
        OperationLogModel model(m_client.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(5);
        model.setTimeRange(QStringLiteral("MONTH"));
        model.setInstance(m_instance);
        QVERIFY(test::waitIdle(model));
        const QString path = m_dir.filePath(QStringLiteral("cancelled.csv"));
        CsvExportJob job(&model, path);
        QSignalSpy finished(&job, &CsvExportJob::finished);
        job.start();
        QVERIFY(job.isRunning());
        QVERIFY(model.isLoading());
        const auto inFlight = test::repliesInFlight(*m_client);
        job.cancel();
        QCOMPARE(finished.count(), 1);
        QVERIFY(!finished.first().at(0).toBool());
        QVERIFY(!model.isLoading());
        QTRY_VERIFY(test::allGone(inFlight));
        QCOMPARE(finished.count(), 1);
        QVERIFY(!QFile::exists(path));
        QVERIFY(model.rowCount() < model.totalCount()); // the fetch really stopped
    }

    void completeModelWritesAtOnce() {
        models::RiskRulesModel model(m_client.get());
        model.setInstance(m_instance);
        QVERIFY(test::waitIdle(model));
        const QString path = m_dir.filePath(QStringLiteral("risk.csv"));
        models::CsvOptions options;
        options.bom = true;
        options.columns = {int(models::RiskRulesModel::Column::Enabled),
                           int(models::RiskRulesModel::Column::Name)};
        CsvExportJob job(&model, path, options);
        QSignalSpy finished(&job, &CsvExportJob::finished);
        job.start();
        QCOMPARE(finished.count(), 0); // always after start() returns
        QVERIFY(finished.wait(5000));
        QVERIFY(finished.first().at(0).toBool());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        bool ok = false;
        const QList<QStringList> records = test::parseCsv(QString::fromUtf8(bytes.mid(3)), &ok);
        QVERIFY(ok);
        QCOMPARE(records.size(), model.rowCount() + 1);
        QCOMPARE(records[0], (QStringList{model.headerData(1, Qt::Horizontal).toString(),
                                          model.headerData(0, Qt::Horizontal).toString()}));
    }

    void ruleListsOneFilePerList() {
        const QString folder = m_dir.filePath(QStringLiteral("lists"));
        QVERIFY(QDir().mkpath(folder));
        RuleListsExport exporter(m_client.get(), m_instance);
        QSignalSpy finished(&exporter, &RuleListsExport::finished);
        exporter.start(folder, RuleListsExport::Layout::FilePerList);
        QVERIFY(finished.wait(30000));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        const QStringList files = finished.first().at(2).toStringList();
        QCOMPARE(files.size(), 4);
        const QList<int> expected{
            listSize(api::listAuditScopes(m_instance, 0, 1000), "scopes"),
            listSize(api::listSqlInjectionRules(m_instance, {}), "rules"),
            listSize(api::listRiskRules(m_instance, {}, {}), "rules"),
            listSize(api::listMaskingRules(m_instance, 0, 1000), "rules"),
        };
        for (int i = 0; i < 4; ++i) {
            QVERIFY(files[i].endsWith(RuleListsExport::listNames()[i] + QStringLiteral(".csv")));
            bool ok = false;
            const QList<QStringList> records = readCsv(files[i], &ok);
            QVERIFY(ok);
            QCOMPARE(records.size(), expected[i] + 1);
        }
    }

    void ruleListsInOneFile() {
        const QString path = m_dir.filePath(QStringLiteral("all-rules.csv"));
        RuleListsExport exporter(m_client.get(), m_instance);
        QSignalSpy finished(&exporter, &RuleListsExport::finished);
        exporter.start(path, RuleListsExport::Layout::OneFile);
        QVERIFY(finished.wait(30000));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        bool ok = false;
        const QList<QStringList> records = readCsv(path, &ok);
        QVERIFY(ok);
        QCOMPARE(records[0].first(), QStringLiteral("list"));
        QSet<QString> lists;
        for (int r = 1; r < records.size(); ++r) {
            QCOMPARE(records[r].size(), records[0].size());
            QVERIFY(RuleListsExport::listNames().contains(records[r][0]));
            lists.insert(records[r][0]);
        }
        QVERIFY(lists.contains(QStringLiteral("risk_rules")));
        QVERIFY(lists.contains(QStringLiteral("sql_injection_rules")));
    }

    void ruleListsFailWhenTheFolderIsMissing() {
        RuleListsExport exporter(m_client.get(), m_instance);
        QSignalSpy finished(&exporter, &RuleListsExport::finished);
        exporter.start(m_dir.filePath(QStringLiteral("no/such/folder")),
                       RuleListsExport::Layout::FilePerList);
        QVERIFY(finished.wait(30000));
        QVERIFY(!finished.first().at(0).toBool());
        QVERIFY(!finished.first().at(1).toString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCsvExportJob)
#include "tst_csvexportjob.moc"
