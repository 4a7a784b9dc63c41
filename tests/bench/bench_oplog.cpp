// Figures for OperationLogModel at large sizes (issue 11), as `name value unit` lines:
//   - load N rows (pages of 1000, 6 in flight) from a page server on loopback: time per row,
//     bytes per row kept by the model vs the row's JSON, GUI-thread heartbeat stall p99/max;
//   - sort and filter the N rows through QSortFilterProxyModel (as TableDock sets it up);
//   - CSV export vs writing the same bytes with QSaveFile directly.
//   bench_oplog [--small] [N ...]    (default 100000 1000000; --small: 2000 5000, for ctest)
// The page server (OplogPageServer.h) serves a synthetic log shaped like dbss-sandbox's rows in its
// own thread, so the figures are the client's alone; bench_dbssctl measures against dbss-sandbox.

#include "BenchSupport.h"
#include "OplogPageServer.h"

#include "models/api/ApiClient.h"
#include "models/export/CsvExporter.h"
#include "models/tables/OperationLogModel.h"

#include <QFile>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace dbss;

namespace {

void print(const char* name, qint64 n, double value, const char* unit) {
    std::printf("%s_%lld %.3f %s\n", name, static_cast<long long>(n), value, unit);
    std::fflush(stdout);
}

struct Heartbeat { // a 2 ms timer in the GUI thread; a gap beyond it is a stall
    QTimer timer;
    QElapsedTimer clock;
    std::vector<double> gaps;
    qint64 last = 0;
    Heartbeat() {
        timer.setTimerType(Qt::PreciseTimer);
        timer.setInterval(2);
        QObject::connect(&timer, &QTimer::timeout, &timer, [this] {
            const qint64 now = clock.nsecsElapsed();
            gaps.push_back(double(now - last) / 1e6);
            last = now;
        });
    }
    void start() {
        clock.start();
        last = 0;
        timer.start();
    }
    double percentile(double p) {
        if (gaps.empty())
            return 0;
        std::sort(gaps.begin(), gaps.end());
        return gaps[std::min(gaps.size() - 1, size_t(double(gaps.size()) * p))];
    }
};

bool runSize(qint64 n, const QString& dir, double* usPerRow) {
    bench::OplogPageServer server(n);
    api::ClientConfig config;
    config.projectId = QStringLiteral("0123456789abcdef0123456789abcdef");
    config.ak = QStringLiteral("BENCHAK");
    config.sk = QStringLiteral("bench-secret");
    for (api::Service s : {api::Service::Dbss, api::Service::Iam, api::Service::Drs, api::Service::Das})
        config.endpointOverrides.insert(s, server.url());
    api::ApiClient client(config);

    bench::resetPeakRss();
    const qint64 rssBefore = bench::rssKb();
    models::OperationLogModel model(&client);
    model.setLoadAll(true);
    Heartbeat heartbeat;
    QElapsedTimer timer;
    timer.start();
    heartbeat.start();
    model.setInstance(QStringLiteral("bench-instance"));
    bench::waitUntil([&] { return !model.isLoading(); }, 3600000);
    const qint64 loadMs = std::max<qint64>(1, timer.elapsed());
    heartbeat.timer.stop();
    if (model.lastError().isError() || model.rowCount() != n) {
        std::fprintf(stderr, "load failed at %lld rows: %s\n", static_cast<long long>(model.rowCount()),
                     qPrintable(model.lastError().userMessage()));
        return false;
    }
    *usPerRow = double(loadMs) * 1000.0 / double(n);
    print("oplog_model_load", n, double(loadMs), "ms");
    print("oplog_model_load_per_row", n, *usPerRow, "us");
    print("oplog_model_requests", n, double(model.loader().pagesRequested()), "pages");
    print("oplog_gui_stall_p99", n, heartbeat.percentile(0.99), "ms");
    print("oplog_gui_stall_max", n, heartbeat.percentile(1.0), "ms");

    const qint64 jsonBytes = bench::syntheticLogPage(n, 1, 1000).size();
    const qint64 jsonRows = std::min<qint64>(n, 1000);
    print("oplog_json_bytes_per_row", n, double(jsonBytes) / double(jsonRows), "B");
    print("oplog_model_bytes_per_row", n, double(model.logRows().memoryBytes()) / double(n), "B");
    malloc_trim(0);
    print("oplog_model_rss_per_row", n, double(bench::rssKb() - rssBefore) * 1024.0 / double(n), "B");

    QSortFilterProxyModel proxy; // as TableDock: SortRole, any column, case-insensitive
    proxy.setSortRole(models::RemoteTableModel::SortRole);
    proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy.setFilterKeyColumn(-1);
    proxy.setSourceModel(&model);
    timer.restart();
    proxy.sort(int(models::OperationLogModel::Column::Time), Qt::AscendingOrder);
    print("oplog_proxy_sort_time", n, double(timer.elapsed()), "ms");
    timer.restart();
    proxy.setFilterFixedString(QStringLiteral("audit report #1"));
    print("oplog_proxy_filter_text", n, double(timer.elapsed()), "ms");
    print("oplog_proxy_filter_rows", n, double(proxy.rowCount()), "rows");
    proxy.setSourceModel(nullptr);

    const QString csvPath = dir + QStringLiteral("/oplog.csv");
    QString error;
    timer.restart();
    if (!models::CsvExporter().writeFile(model, csvPath, &error)) {
        std::fprintf(stderr, "export failed: %s\n", qPrintable(error));
        return false;
    }
    const qint64 exportMs = std::max<qint64>(1, timer.elapsed());
    QFile written(csvPath);
    written.open(QIODevice::ReadOnly);
    const QByteArray bytes = written.readAll();
    timer.restart();
    QSaveFile raw(dir + QStringLiteral("/raw.csv"));
    raw.open(QIODevice::WriteOnly);
    for (qsizetype at = 0; at < bytes.size(); at += 1 << 16)
        raw.write(bytes.constData() + at, std::min<qsizetype>(1 << 16, bytes.size() - at));
    raw.commit();
    const qint64 rawMs = std::max<qint64>(1, timer.elapsed());
    const double exportMbs = bench::mb(bytes.size()) * 1000.0 / double(exportMs);
    const double rawMbs = bench::mb(bytes.size()) * 1000.0 / double(rawMs);
    print("oplog_csv_export", n, exportMbs, "MB/s");
    print("oplog_csv_qsavefile", n, rawMbs, "MB/s");
    print("oplog_csv_ratio", n, 100.0 * exportMbs / rawMbs, "%");
    return true;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments();
    const bool small = args.removeAll(QStringLiteral("--small")) > 0;
    const QList<int> sizes =
        bench::sizesFrom(args, small ? QList<int>{2000, 5000} : QList<int>{100000, 1000000});
    QTemporaryDir dir;
    std::printf("# bench_oplog on %d cores\n", QThread::idealThreadCount());
    QList<double> perRow;
    for (int n : sizes) {
        double us = 0;
        if (!runSize(n, dir.path(), &us))
            return 1;
        perRow << us;
    }
    if (perRow.size() >= 2)
        std::printf("oplog_model_linearity_%d_vs_%d %.2f x\n", sizes.last(), sizes.first(),
                    perRow.last() / perRow.first());
    return 0;
}
