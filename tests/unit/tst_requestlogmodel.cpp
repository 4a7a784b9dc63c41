// RequestLogModel, the request log's ring buffer, under QAbstractItemModelTester: columns and roles
// of an entry, the bound of kMaxRows (oldest rows leave first, as row removals), clear(), and the
// connection to a client's requestLogged().
#include "models/api/ApiClient.h"
#include "models/tables/RequestLogModel.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace dbss;
using models::RequestLogModel;
using Column = RequestLogModel::Column;

namespace {
api::RequestLogEntry entry(int n, int status = 200) {
    api::RequestLogEntry e;
    e.time = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5, 678));
    e.operation = QStringLiteral("op%1").arg(n);
    e.method = "POST";
    e.url = QStringLiteral("https://dbss.example.test/v1/p/dbss/audit/instances?offset=%1").arg(n);
    e.httpStatus = status;
    e.durationMs = 1000 + n;
    e.requestId = QStringLiteral("req-%1").arg(n);
    e.errorCode = status >= 400 ? QStringLiteral("DBSS.0001") : QString();
    e.attempt = 2;
    e.requestBody = R"({"password":"***"})";
    return e;
}
} // namespace

class TestRequestLogModel : public QObject {
    Q_OBJECT
    std::unique_ptr<RequestLogModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    QVariant cell(int row, Column column, int role = Qt::DisplayRole) const {
        return m_model->index(row, int(column)).data(role);
    }

private Q_SLOTS:
    void init() {
        m_model = std::make_unique<RequestLogModel>(nullptr);
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }
    void cleanup() {
        m_tester.reset();
        m_model.reset();
    }

    void showsAnEntry() {
        QCOMPARE(m_model->columnCount(), int(Column::Count));
        for (int c = 0; c < int(Column::Count); ++c)
            QVERIFY(!m_model->headerData(c, Qt::Horizontal).toString().isEmpty());
        m_model->append(entry(1));
        m_model->append(entry(2, 404));
        m_model->append(entry(3, 0));
        QCOMPARE(m_model->rowCount(), 3);
        QCOMPARE(cell(0, Column::Time).toString(), QStringLiteral("03:04:05.678"));
        QCOMPARE(cell(0, Column::Operation).toString(), QStringLiteral("op1")); // unknown: as it is
        api::RequestLogEntry known = entry(4);
        known.operation = QStringLiteral("ListAuditInstances");
        m_model->append(known);
        QCOMPARE(cell(3, Column::Operation).toString(), QStringLiteral("List instances"));
        QCOMPARE(cell(3, Column::Operation, Qt::ToolTipRole).toString(),
                 QStringLiteral("ListAuditInstances"));
        QCOMPARE(cell(0, Column::Method).toString(), QStringLiteral("POST"));
        QVERIFY(cell(0, Column::Url).toString().endsWith(QLatin1String("offset=1")));
        QCOMPARE(cell(0, Column::Status).toString(), QStringLiteral("200"));
        QCOMPARE(cell(0, Column::Duration).toString(), QStringLiteral("1001 ms"));
        QCOMPARE(cell(0, Column::Attempt).toInt(), 2);
        QCOMPARE(cell(1, Column::ErrorCode).toString(), QStringLiteral("DBSS.0001"));
        QCOMPARE(cell(1, Column::RequestId).toString(), QStringLiteral("req-2"));
        QCOMPARE(cell(2, Column::Status).toString(), QStringLiteral("no answer"));
        // Sorting uses raw values: numbers as numbers, the time as a date-time.
        QCOMPARE(cell(0, Column::Duration, RequestLogModel::SortRole).typeId(), QMetaType::LongLong);
        QCOMPARE(cell(0, Column::Time, RequestLogModel::SortRole).toDateTime(), entry(1).time);
        QCOMPARE(cell(2, Column::Operation, RequestLogModel::SortRole).toString(), QStringLiteral("op3"));
        // Failures stand out; successes keep the view's colour.
        QVERIFY(!cell(0, Column::Status, Qt::ForegroundRole).isValid());
        QVERIFY(cell(1, Column::Status, Qt::ForegroundRole).value<QColor>().isValid());
        QVERIFY(cell(2, Column::Status, Qt::ForegroundRole).value<QColor>().isValid());
        QCOMPARE(cell(0, Column::Operation, RequestLogModel::BodyRole).toByteArray(),
                 QByteArray(R"({"password":"***"})"));
    }

    void keepsTheNewestRows() {
        constexpr int extra = 3;
        // Filling is not what is tested, and the tester checks the whole model at each insertion
        // (quadratic over 5000 rows): it watches again from the full buffer on.
        m_tester.reset();
        for (int i = 0; i < RequestLogModel::kMaxRows; ++i)
            m_model->append(entry(i));
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        for (int i = RequestLogModel::kMaxRows; i < RequestLogModel::kMaxRows + extra; ++i)
            m_model->append(entry(i));
        QCOMPARE(m_model->rowCount(), RequestLogModel::kMaxRows);
        QCOMPARE(removed.count(), extra);
        QCOMPARE(inserted.count(), extra);
        for (const QList<QVariant>& args : removed) { // always the oldest row
            QCOMPARE(args.at(1).toInt(), 0);
            QCOMPARE(args.at(2).toInt(), 0);
        }
        QCOMPARE(cell(0, Column::Operation).toString(), QStringLiteral("op%1").arg(extra));
        QCOMPARE(cell(RequestLogModel::kMaxRows - 1, Column::Operation).toString(),
                 QStringLiteral("op%1").arg(RequestLogModel::kMaxRows + extra - 1));
    }

    void clearEmptiesTheLog() {
        m_model->append(entry(1));
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        m_model->clear();
        QCOMPARE(reset.count(), 1);
        QCOMPARE(m_model->rowCount(), 0);
        m_model->append(entry(2));
        QCOMPARE(cell(0, Column::Operation).toString(), QStringLiteral("op2"));
    }

    void logsEveryExchangeOfItsClient() {
        api::ClientConfig config;
        config.projectId = QStringLiteral("0a1b2c3d4e5f60718293a4b5c6d7e8f9");
        config.ak = QStringLiteral("AK");
        config.sk = QStringLiteral("SK");
        config.maxRetries = 0;
        config.endpointOverrides.insert(api::Service::Dbss, QUrl(QStringLiteral("http://127.0.0.1:1")));
        api::ApiClient client(config); // a closed loopback port: refused at once
        m_tester.reset();
        m_model = std::make_unique<RequestLogModel>(&client);
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        api::ApiRequest request;
        request.method = "GET";
        request.path = QStringLiteral("/v1/{project_id}/dbss/audit/instances");
        request.operation = QStringLiteral("ListAuditInstances");
        api::ApiReply* reply = client.send(request);
        QSignalSpy finished(reply, &api::ApiReply::finished);
        QVERIFY(finished.wait(10000));
        QCOMPARE(m_model->rowCount(), 1);
        QCOMPARE(cell(0, Column::Operation, Qt::ToolTipRole).toString(),
                 QStringLiteral("ListAuditInstances"));
        QCOMPARE(cell(0, Column::Status).toString(), QStringLiteral("no answer"));
        QVERIFY(!cell(0, Column::Url).toString().contains(QLatin1String("SK")));
        delete reply;
        m_tester.reset();
        m_model.reset(); // before the client
    }
};

QTEST_GUILESS_MAIN(TestRequestLogModel)
#include "tst_requestlogmodel.moc"
