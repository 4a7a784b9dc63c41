// api::Pager against a scripted service on loopback that lies (issue 19): a page larger than asked,
// a total near 2^31 (64-bit counts, bounded page count), a failing page (no retry by the pager);
// and the normal run: every row once, in order, at most maxParallel in flight.

#include "models/api/ApiClient.h"
#include "models/api/Instances.h"
#include "models/api/Pager.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>

#include <map>

using namespace dbss::api;

namespace {

// Answers ListAuditInstances: `total` announced, rows offset.. of the asked limit (+ `extraRows`),
// HTTP 500 for the offset `failAt`.
class ScriptedService : public QTcpServer {
public:
    qint64 total = 0;
    qint64 rows = 0; // rows that really exist
    int extraRows = 0;
    qint64 failAt = -1;
    int requests = 0;

    ScriptedService() { listen(QHostAddress::LocalHost, 0); }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(serverPort()); }

protected:
    void incomingConnection(qintptr fd) override {
        auto* socket = new QTcpSocket(this);
        socket->setSocketDescriptor(fd);
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
            *buffer += socket->readAll();
            qsizetype end;
            while ((end = buffer->indexOf("\r\n\r\n")) >= 0) {
                const QByteArray head = buffer->left(end);
                buffer->remove(0, end + 4);
                ++requests;
                const QUrlQuery query(QUrl(QString::fromUtf8(head.split(' ').value(1))).query());
                const qint64 offset = query.queryItemValue(QStringLiteral("offset")).toLongLong();
                const qint64 limit = query.queryItemValue(QStringLiteral("limit")).toLongLong();
                QByteArray status = "200 OK", body;
                if (offset == failAt) {
                    status = "500 Internal Server Error";
                    body = R"({"error":{"error_code":"DBSS.00000001","error_msg":"boom"}})";
                } else {
                    QJsonArray servers;
                    for (qint64 i = offset; i < qMin(rows, offset + limit) + extraRows; ++i)
                        servers.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("i%1").arg(i)},
                                                   {QStringLiteral("name"), QStringLiteral("n%1").arg(i)},
                                                   {QStringLiteral("status"), QStringLiteral("ACTIVE")}});
                    body = QJsonDocument(QJsonObject{{QStringLiteral("servers"), servers},
                                                     {QStringLiteral("total"), total}})
                               .toJson(QJsonDocument::Compact);
                }
                socket->write("HTTP/1.1 " + status +
                              "\r\nContent-Type: application/json\r\nContent-Length: " +
                              QByteArray::number(body.size()) + "\r\n\r\n" + body);
            }
        });
    }
};

struct Run {
    QStringList ids;
    ApiError error;
    qint64 requested = 0;
    int maxInFlight = 0;
};

// A client of the scripted service that does not retry (the pager must not either).
ClientConfig configFor(const ScriptedService& service) {
    ClientConfig config;
    config.projectId = QStringLiteral("p");
    config.ak = QStringLiteral("AK");
    config.sk = QStringLiteral("SK");
    config.maxRetries = 0;
    config.endpointOverrides.insert(Service::Dbss, service.url());
    return config;
}

Run run(const ScriptedService& service, Pager::Options options) {
    ApiClient client(configFor(service));
    Run r;
    bool done = false;
    QObject context;
    Pager* pager = forEachPage<ListAuditInstancesResponse, AuditInstance, qint64>(
        &client, [](qint64 offset, int limit) { return listAuditInstances(int(offset), limit); },
        &ListAuditInstancesResponse::servers, &ListAuditInstancesResponse::total, options, &context,
        [&r](QList<AuditInstance>& rows) {
            for (const AuditInstance& i : rows)
                r.ids << i.id;
        },
        [&](const ApiError& error) {
            r.error = error;
            done = true;
        });
    QObject::connect(pager, &Pager::finished, &context, [&r, pager] {
        r.requested = pager->pagesRequested();
        r.maxInFlight = pager->maxInFlightSeen();
    });
    if (!QTest::qWaitFor([&] { return done; }, 20000))
        r.error = ApiError::make(ApiError::Kind::Timeout, QStringLiteral("the pager did not finish"));
    return r;
}

} // namespace

class TestPager : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void everyRowOnceInOrder() {
        ScriptedService service;
        service.total = service.rows = 25;
        Pager::Options options;
        options.pageSize = 2;
        const Run r = run(service, options);
        QVERIFY2(!r.error.isError(), qPrintable(r.error.userMessage()));
        QStringList expected;
        for (int i = 0; i < 25; ++i)
            expected << QStringLiteral("i%1").arg(i);
        QCOMPARE(r.ids, expected);
        QCOMPARE(r.requested, qint64(13));
        QVERIFY(r.maxInFlight <= kMaxParallelPages);
        QVERIFY(r.maxInFlight >= 2);
    }

    // Pages whose rows are counted later (parsed in a worker) free their connection but stay held:
    // with every count deferred, the pager requests up to maxHeld pages, never more than
    // maxParallel at once, and delivers every row in order once the counts come in.
    void deferredCountsFreeConnectionsUpToMaxHeld() {
        ScriptedService service;
        service.total = service.rows = 40;
        ApiClient client(configFor(service));
        Pager::Options options;
        options.pageSize = 2;
        options.maxParallel = 2;
        options.maxHeld = 5;
        std::map<qint64, qint64> waiting; // page -> rows, counted later
        Pager pager(
            &client, [](qint64 offset, int limit) { return listAuditInstances(int(offset), limit); },
            [&waiting](const ApiReply& reply, qint64 index, qint64* rows, qint64*, ApiError* error) {
                ListAuditInstancesResponse page;
                if (!parseReply(reply, &page, error))
                    return false;
                waiting[index] = page.servers.size();
                *rows = Pager::kCountLater;
                return true;
            },
            options);
        QList<qint64> delivered;
        connect(&pager, &Pager::pageReady, this, [&delivered](qint64 index) { delivered << index; });
        QSignalSpy finished(&pager, &Pager::finished);
        pager.start();
        QVERIFY(QTest::qWaitFor([&] { return waiting.size() == 1; }, 5000));
        pager.countDone(pager.run(), 0, true, waiting[0], 40, {}); // the total: 20 pages
        // Page 0 is delivered; pages 1 to 5 are held, and nothing more is asked meanwhile.
        QVERIFY(QTest::qWaitFor([&] { return waiting.size() == 6; }, 5000));
        QTest::qWait(50);
        QCOMPARE(pager.pagesRequested(), qint64(6));
        QCOMPARE(pager.maxInFlightSeen(), 2);
        for (qint64 index = 1; index < 20; ++index) {
            QVERIFY(QTest::qWaitFor([&] { return waiting.count(index) > 0; }, 5000));
            pager.countDone(pager.run(), index, true, waiting[index], 40, {});
        }
        QVERIFY(QTest::qWaitFor([&] { return finished.count() == 1; }, 5000));
        QVERIFY(!finished.first().first().value<ApiError>().isError());
        QCOMPARE(delivered.size(), 20);
        for (qint64 i = 0; i < 20; ++i)
            QCOMPARE(delivered[i], i);
        QCOMPARE(pager.pagesRequested(), qint64(20));
        QVERIFY(pager.maxInFlightSeen() <= 2);
    }

    void defaultsAreTheLargestPageAndQtsConnectionLimit() {
        const Pager::Options options;
        QCOMPARE(options.pageSize, 1000);
        QCOMPARE(options.maxParallel, 6);
        QCOMPARE(options.maxHeld, 24);
    }

    void pageLargerThanAskedIsRefused() {
        ScriptedService service;
        service.total = service.rows = 10;
        service.extraRows = 1; // ignores limit
        Pager::Options options;
        options.pageSize = 4;
        const Run r = run(service, options);
        QCOMPARE(r.error.kind, ApiError::Kind::Parse);
        QVERIFY2(r.error.detail.contains(QLatin1String("page 1 has 5 rows, more than the 4 asked")),
                 qPrintable(r.error.detail));
        QVERIFY(r.ids.isEmpty());
    }

    void lyingTotalIsBoundedAnd64Bit() {
        ScriptedService service;
        service.rows = 3;
        service.total = (qint64(1) << 31) + 5; // an int would wrap to a negative count
        const Run r = run(service, Pager::Options{});
        QCOMPARE(r.error.kind, ApiError::Kind::Parse);
        QVERIFY2(r.error.detail.contains(QLatin1String("2147483653 rows")), qPrintable(r.error.detail));
        QVERIFY2(r.error.detail.contains(QLatin1String("2147484 pages")), qPrintable(r.error.detail));
        QCOMPARE(r.requested, qint64(1)); // refused before asking for more
        QCOMPARE(service.requests, 1);

        Pager::Options few;
        few.pageSize = 2;
        few.maxPages = 3;
        service.total = service.rows = 7; // 4 pages of 2
        const Run bounded = run(service, few);
        QVERIFY(bounded.error.detail.contains(QLatin1String("more than the 3 pages allowed")));
    }

    void failedPageFailsTheRunWithoutRetry() {
        ScriptedService service;
        service.total = service.rows = 20;
        service.failAt = 8;
        Pager::Options options;
        options.pageSize = 4;
        options.maxParallel = 1;
        const Run r = run(service, options);
        QCOMPARE(r.error.kind, ApiError::Kind::Http);
        QCOMPARE(r.error.httpStatus, 500);
        QCOMPARE(r.ids.size(), 8); // the pages before it, delivered; nothing after
        QCOMPARE(service.requests, 3);
    }
};

QTEST_GUILESS_MAIN(TestPager)
#include "tst_pager.moc"
