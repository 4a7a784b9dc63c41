// Figures for the API library: parsing large list responses, and fetching a long list through the
// Pager sequentially versus in parallel from an in-process sandbox with latency.

#include "models/api/ApiClient.h"
#include "models/api/Instances.h"
#include "models/api/OperationLogs.h"
#include "models/api/Pager.h"
#include "sandbox/SandboxServer.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace dbss::api;

namespace {

// The reference's example instance (3.2.1), repeated with distinct ids.
QByteArray instancesBody(int n) {
    const QJsonObject example =
        QJsonDocument::fromJson(R"({"name":"DBSS-Test","comment":"","connect_ipv6":null,
        "status":"ACTIVE","task":"NO_TASK","id":"8c53ed03-8ed7-4ff2-ad97-7b2d6d1dd364","specification":"Low | 3 Proxy",
        "zone":"region-01-7a","created":"2021-04-21 04:37:54","expired":null,"subnet_id":"97ef0bb5-3759-4db4-aa49-0d087ed49ce5",
        "cpu":4,"ram":16384,"region":"eu-de","version":"21.04.16.164614","charge_model":"Demand","remain_days":null,
        "config_num":1,"effect":null,"scene":null,"connect_ip":"192.168.0.229","port_id":"dc4bd420-e01c-4d12-a7ff-814f17c63079",
        "resource_id":"062212d8-8e30-4783-9671-43f3f1f3bb1e","vpc_id":"76d98391-5abc-46ed-b8a8-f664202cb166",
        "security_group_id":"f0fbec06-bcf6-4c7e-99fa-f0ddfb1d9bd","resource_spec_code":"dbss.bypassaudit.low",
        "keep_days":null,"new_version":null,"database_limit":3})")
            .object();
    QJsonArray servers;
    for (int i = 0; i < n; ++i) {
        QJsonObject o = example;
        o.insert(QStringLiteral("id"), QStringLiteral("inst-%1").arg(i));
        servers.append(o);
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("servers"), servers}, {QStringLiteral("total"), n}})
        .toJson();
}

QByteArray oplogBody(int n) {
    QJsonArray rows;
    for (int i = 0; i < n; ++i)
        rows.append(
            QJsonObject{{QStringLiteral("id"), QStringLiteral("log-%1").arg(i)},
                        {QStringLiteral("user"), QStringLiteral("hby-test")},
                        {QStringLiteral("time"), QStringLiteral("2021-04-22 06:40:52")},
                        {QStringLiteral("function"), QStringLiteral("Database list")},
                        {QStringLiteral("action"), QStringLiteral("Delete")},
                        {QStringLiteral("name"), QStringLiteral("db01")},
                        {QStringLiteral("description"), QStringLiteral("Delete an audited database.")},
                        {QStringLiteral("result"), QStringLiteral("success")}});
    return QJsonDocument(QJsonObject{{QStringLiteral("operate_log"), rows}, {QStringLiteral("total_num"), n}})
        .toJson();
}

} // namespace

class BenchApi : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parseInstances1000() {
        const QByteArray body = instancesBody(1000);
        int rows = 0;
        QBENCHMARK {
            QStringList missing;
            const auto resp =
                ListAuditInstancesResponse::fromJson(QJsonDocument::fromJson(body).object(), &missing);
            rows = int(resp.servers.size());
        }
        QCOMPARE(rows, 1000);
    }

    void parseOperationLogs10000() {
        const QByteArray body = oplogBody(10000);
        int rows = 0;
        QBENCHMARK {
            QStringList missing;
            const auto resp =
                ListOperationLogsResponse::fromJson(QJsonDocument::fromJson(body).object(), &missing);
            rows = int(resp.operateLog.size());
        }
        QCOMPARE(rows, 10000);
    }

    void pagerSequentialVersusParallel() {
        dbss::sandbox::SandboxOptions options;
        options.seed = 20000; // 100 instances
        options.latencyMs = 50;
        dbss::sandbox::SandboxServer server(options);
        QString error;
        QVERIFY2(server.listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
        ClientConfig config;
        for (Service s : {Service::Dbss, Service::Iam, Service::Drs, Service::Das})
            config.endpointOverrides.insert(s, server.baseUrl());
        config.ak = options.ak;
        config.sk = options.sk;
        config.projectId = options.projectId;
        ApiClient client(config);
        for (int parallel : {1, 2, 4, 6, 8}) {
            QElapsedTimer timer;
            timer.start();
            int rows = -1;
            QObject context;
            fetchAllPages<ListAuditInstancesResponse, AuditInstance>(
                &client, [](int offset, int limit) { return listAuditInstances(offset, limit); },
                &ListAuditInstancesResponse::servers, &ListAuditInstancesResponse::total,
                Pager::Options{Pager::Mode::OffsetLimit, 5, parallel}, &context,
                [&](QList<AuditInstance> items, const ApiError&) { rows = int(items.size()); });
            QDeadlineTimer deadline(60000);
            while (rows < 0 && !deadline.hasExpired())
                QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 20);
            QCOMPARE(rows, 100);
            qInfo("Pager: 100 instances in 20 pages at %d ms latency, %d in parallel: %lld ms",
                  options.latencyMs, parallel, timer.elapsed());
        }
    }
};

QTEST_GUILESS_MAIN(BenchApi)
#include "bench_api.moc"
