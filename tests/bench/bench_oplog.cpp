// Figures for OperationLogModel at large sizes (issue 11), as `name value unit` lines:
//   - load N rows (pages of 1000, 6 in flight) from a page server on loopback: time per row,
//     bytes per row kept by the model vs the row's JSON, GUI-thread heartbeat stall p99/max;
//   - sort and filter the N rows through the dock's OperationLogProxy (and, up to 200 000 rows,
//     the plain QSortFilterProxyModel other tables use);
//   - CSV export vs writing the same bytes with QSaveFile directly (and through the sorted proxy
//     into memory).
//   bench_oplog [--small] [N ...]    (default 100000 1000000; --small: 2000 5000, for ctest)
// The page server (OplogPageServer.h) serves a synthetic log shaped like dbss-sandbox's rows in its
// own thread, so the figures are the client's alone; bench_dbssctl measures against dbss-sandbox.

#include "BenchSupport.h"
#include "OplogPageServer.h"

#include "models/api/ApiClient.h"
#include "models/export/CsvExporter.h"
#include "models/tables/OperationLogModel.h"
#include "models/tables/OperationLogProxy.h"

#include <QBuffer>

#include <QFile>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace dbss;

namespace {

void print(const char* name, qint64 n, double value, const char* unit) {
    std::printf("%s_%lld %.3f %s\n", name, static_cast<long long>(n), value, unit);
    std::fflush(stdout);
}

double processCpuMs() {
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

// A 2 ms timer in the GUI thread; a gap beyond it is a stall. Each gap is also split into the CPU
// time the GUI thread itself used in it (its own work) and the rest (waiting for a core: on a
// shared machine the scheduler, not the program).
struct Heartbeat {
    QTimer timer;
    QElapsedTimer clock;
    std::vector<double> gaps, busy;
    qint64 last = 0;
    double lastCpu = 0;
    static double threadCpuMs() {
        timespec t{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
        return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
    }
    Heartbeat() {
        timer.setTimerType(Qt::PreciseTimer);
        timer.setInterval(2);
        QObject::connect(&timer, &QTimer::timeout, &timer, [this] {
            const qint64 now = clock.nsecsElapsed();
            const double cpu = threadCpuMs();
            gaps.push_back(double(now - last) / 1e6);
            busy.push_back(cpu - lastCpu);
            last = now;
            lastCpu = cpu;
        });
    }
    void start() {
        clock.start();
        last = 0;
        lastCpu = threadCpuMs();
        timer.start();
    }
    static double percentile(std::vector<double>& v, double p) {
        if (v.empty())
            return 0;
        std::sort(v.begin(), v.end());
        return v[std::min(v.size() - 1, size_t(double(v.size()) * p))];
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
    print("oplog_gui_stall_p99", n, Heartbeat::percentile(heartbeat.gaps, 0.99), "ms");
    print("oplog_gui_stall_max", n, Heartbeat::percentile(heartbeat.gaps, 1.0), "ms");
    print("oplog_gui_busy_p99", n, Heartbeat::percentile(heartbeat.busy, 0.99), "ms");
    print("oplog_gui_busy_max", n, Heartbeat::percentile(heartbeat.busy, 1.0), "ms");

    const qint64 jsonBytes = bench::syntheticLogPage(n, 1, 1000).size();
    const qint64 jsonRows = std::min<qint64>(n, 1000);
    print("oplog_json_bytes_per_row", n, double(jsonBytes) / double(jsonRows), "B");
    print("oplog_model_bytes_per_row", n, double(model.logRows().memoryBytes()) / double(n), "B");
    malloc_trim(0);
    print("oplog_model_rss_per_row", n, double(bench::rssKb() - rssBefore) * 1024.0 / double(n), "B");

    // The dock's proxy (OperationLogProxy: time compared as integers, one displayContains() per
    // row); the plain QSortFilterProxyModel every other table uses, for comparison, up to 200 000.
    auto sortAndFilter = [&](QSortFilterProxyModel& proxy, const char* label) {
        proxy.setSortRole(models::RemoteTableModel::SortRole);
        proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
        proxy.setFilterKeyColumn(-1);
        proxy.setSourceModel(&model);
        timer.restart();
        proxy.sort(int(models::OperationLogModel::Column::Time), Qt::AscendingOrder);
        print(qPrintable(QStringLiteral("oplog_%1_sort_time").arg(QLatin1String(label))), n,
              double(timer.elapsed()), "ms");
        // As the dock filters: TableProxy::setFilterText (the plain proxy: setFilterFixedString).
        auto filter = [&proxy](const QString& text) {
            if (auto* table = qobject_cast<models::TableProxy*>(&proxy))
                table->setFilterText(text);
            else
                proxy.setFilterFixedString(text);
            return proxy.rowCount();
        };
        timer.restart();
        const int kept = filter(QStringLiteral("audit report #1"));
        print(qPrintable(QStringLiteral("oplog_%1_filter_text").arg(QLatin1String(label))), n,
              double(timer.elapsed()), "ms");
        print(qPrintable(QStringLiteral("oplog_%1_filter_rows").arg(QLatin1String(label))), n, double(kept),
              "rows");
        timer.restart();
        filter(QString()); // every row back, sorted
        print(qPrintable(QStringLiteral("oplog_%1_filter_clear").arg(QLatin1String(label))), n,
              double(timer.elapsed()), "ms");
        filter(QStringLiteral("audit report #1"));
    };
    models::OperationLogProxy dockProxy;
    sortAndFilter(dockProxy, "proxy");
    if (n <= 200000) {
        QSortFilterProxyModel plain;
        sortAndFilter(plain, "plainproxy");
        if (plain.rowCount() != dockProxy.rowCount())
            std::fprintf(stderr, "the proxies disagree: %d vs %d rows\n", plain.rowCount(),
                         dockProxy.rowCount());
        plain.setSourceModel(nullptr);
    }
    dockProxy.setFilterText(QString()); // the export below goes through the sorted proxy too
    QString proxyError;
    timer.restart();
    QBuffer sink;
    sink.open(QIODevice::WriteOnly);
    models::CsvExporter().write(dockProxy, &sink, &proxyError);
    print("oplog_csv_export_via_proxy", n,
          bench::mb(sink.size()) * 1000.0 / double(std::max<qint64>(1, timer.elapsed())), "MB/s");
    dockProxy.setSourceModel(nullptr);

    // Export and the plain QSaveFile write of its bytes, alternating, 5 of each, medians; each file
    // removed after its write, so neither inherits the other's dirty pages (this VM's disk throttles
    // writers once enough are waiting).
    const QString csvPath = dir + QStringLiteral("/oplog.csv");
    const QString rawPath = dir + QStringLiteral("/raw.csv");
    QByteArray bytes;
    std::vector<double> exportMs, rawMs, exportCpuMs, rawCpuMs;
    for (int round = 0; round < 5; ++round) {
        QString error;
        timer.restart();
        double cpu0 = processCpuMs();
        if (!models::CsvExporter().writeFile(model, csvPath, &error)) {
            std::fprintf(stderr, "export failed: %s\n", qPrintable(error));
            return false;
        }
        exportMs.push_back(double(std::max<qint64>(1, timer.nsecsElapsed() / 1000)) / 1000.0);
        exportCpuMs.push_back(processCpuMs() - cpu0);
        if (bytes.isEmpty()) {
            QFile written(csvPath);
            written.open(QIODevice::ReadOnly);
            bytes = written.readAll();
        }
        QFile::remove(csvPath);
        timer.restart();
        cpu0 = processCpuMs();
        QSaveFile raw(rawPath);
        raw.open(QIODevice::WriteOnly);
        for (qsizetype at = 0; at < bytes.size(); at += 1 << 16)
            raw.write(bytes.constData() + at, std::min<qsizetype>(1 << 16, bytes.size() - at));
        raw.commit();
        rawMs.push_back(double(std::max<qint64>(1, timer.nsecsElapsed() / 1000)) / 1000.0);
        rawCpuMs.push_back(std::max(0.001, processCpuMs() - cpu0));
        QFile::remove(rawPath);
    }
    const double exportMbs = bench::mb(bytes.size()) * 1000.0 / Heartbeat::percentile(exportMs, 0.5);
    const double rawMbs = bench::mb(bytes.size()) * 1000.0 / Heartbeat::percentile(rawMs, 0.5);
    print("oplog_csv_export", n, exportMbs, "MB/s");
    print("oplog_csv_qsavefile", n, rawMbs, "MB/s");
    print("oplog_csv_ratio", n, 100.0 * exportMbs / rawMbs, "%");
    // The same in CPU time of the process (user + system, every thread: the export formats blocks
    // on the thread pool): what a busy machine's scheduler does not blur.
    const double exportCpu = Heartbeat::percentile(exportCpuMs, 0.5);
    const double rawCpu = Heartbeat::percentile(rawCpuMs, 0.5);
    print("oplog_csv_export_cpu", n, exportCpu, "ms");
    print("oplog_csv_qsavefile_cpu", n, rawCpu, "ms");
    print("oplog_csv_ratio_cpu", n, 100.0 * rawCpu / std::max(0.001, exportCpu), "%");
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
