// Figures for the operation log: N rows of ONE instance loaded into OperationLogModel from a real
// dbss-sandbox process (page size and parallelism variants: time to first row, time to all rows,
// memory), then written as CSV through CsvExporter (MB/s).
//   bench_oplog [N ...]     (default 10000 50000)
// The sandbox's --seed N spreads N rows over N/200 instances; the bench moves them all into the
// first instance of the state file so one list holds N rows.

#include "BenchState.h"
#include "BenchSupport.h"

#include "models/CsvExporter.h"
#include "models/OperationLogModel.h"
#include "tests/common/TestClient.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace dbss;

namespace {

// Seeds N rows, then gathers every instance's log into the first instance (oldest first, as the
// sandbox keeps a log).
bool prepareState(const QString& path, int rows, QString* instanceId, QString* error) {
    return bench::seedState(
        path, rows,
        [&](QJsonArray& instances) {
            QList<QJsonObject> log;
            for (qsizetype i = 0; i < instances.size(); ++i) {
                QJsonObject inst = instances.at(i).toObject();
                for (const QJsonValue& v : inst.value(QStringLiteral("operate_log")).toArray())
                    log << v.toObject();
                inst.insert(QStringLiteral("operate_log"), QJsonArray());
                instances.replace(i, inst);
            }
            std::stable_sort(log.begin(), log.end(), [](const QJsonObject& a, const QJsonObject& b) {
                return a.value(QStringLiteral("time")).toString() <
                       b.value(QStringLiteral("time")).toString();
            });
            QJsonArray merged;
            for (const QJsonObject& row : std::as_const(log))
                merged.append(row);
            QJsonObject first = instances.at(0).toObject();
            first.insert(QStringLiteral("operate_log"), merged);
            instances.replace(0, first);
            *instanceId = bench::instanceIdOf(first);
            return merged.size() == rows && !instanceId->isEmpty();
        },
        error);
}

struct LoadFigures {
    qint64 firstRowMs = -1;
    qint64 allRowsMs = -1;
    int rows = 0;
    int requests = 0;
};

LoadFigures load(models::OperationLogModel& model, const QString& instanceId, int pageSize, int parallel) {
    LoadFigures f;
    model.setPageSize(pageSize);
    model.setMaxParallel(parallel);
    model.setLoadAll(true);
    model.setTimeRange(QString()); // every row (the seeded rows span 30 days)
    QElapsedTimer timer;
    const QMetaObject::Connection first =
        QObject::connect(&model, &QAbstractItemModel::rowsInserted, &model, [&] {
            if (f.firstRowMs < 0)
                f.firstRowMs = timer.elapsed();
        });
    timer.start();
    model.setInstance(instanceId); // a new scope loads at once
    dbss::bench::waitUntil(
        [&] { return !model.isLoading() && (model.isComplete() || model.lastError().isError()); }, 600000);
    f.allRowsMs = timer.elapsed();
    QObject::disconnect(first);
    f.rows = model.rowCount();
    f.requests = model.loader().requestsSent();
    if (model.lastError().isError())
        std::fprintf(stderr, "load failed: %s\n", qPrintable(model.lastError().userMessage()));
    return f;
}

// To a QBuffer, to a file (QSaveFile), and to a QBuffer without the Time column (how much of the
// cost is the date-time of each row).
void exportCsv(const models::OperationLogModel& model, const QString& dir) {
    models::CsvOptions noTime;
    for (int c = 1; c < model.columnCount(); ++c)
        noTime.columns << c;
    const struct {
        const char* what;
        models::CsvExporter exporter;
        bool file;
    } targets[] = {{"QBuffer", models::CsvExporter(), false},
                   {"file", models::CsvExporter(), true},
                   {"QBuffer, no Time column", models::CsvExporter(noTime), false}};
    for (const auto& t : targets) {
        dbss::bench::resetPeakRss();
        const qint64 before = dbss::bench::rssKb();
        QString error;
        QElapsedTimer timer;
        timer.start();
        qint64 bytes = 0;
        bool ok = false;
        if (!t.file) {
            QBuffer buffer;
            buffer.open(QIODevice::WriteOnly);
            ok = t.exporter.write(model, &buffer, &error);
            bytes = buffer.size();
        } else {
            const QString path = dir + QStringLiteral("/oplog.csv");
            ok = t.exporter.writeFile(model, path, &error);
            bytes = QFileInfo(path).size();
        }
        const qint64 ms = std::max<qint64>(1, timer.elapsed());
        std::printf(
            "  csv export to %-24s %7d rows  %6.2f MB  %6lld ms  %6.1f MB/s  %5.2f us/row  peak +%lld kB%s\n",
            t.what, model.rowCount(), dbss::bench::mb(bytes), ms,
            dbss::bench::mb(bytes) * 1000.0 / double(ms), double(ms) * 1000.0 / model.rowCount(),
            dbss::bench::peakRssKb() - before, ok ? "" : qPrintable(QStringLiteral("  FAILED: ") + error));
    }
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    dbss::bench::defaultSandboxBin();
    const QList<int> sizes = dbss::bench::sizesFrom(app.arguments(), {10000, 50000});
    const struct {
        int pageSize;
        int parallel;
    } variants[] = {{100, 1}, {100, 4}, {1000, 1}, {1000, 4}};

    int failures = 0;
    for (int n : sizes) {
        QTemporaryDir dir;
        QString instanceId;
        QString error;
        const QString state = dir.filePath(QStringLiteral("state.json"));
        if (!prepareState(state, n, &instanceId, &error)) {
            std::fprintf(stderr, "cannot prepare %d rows: %s\n", n, qPrintable(error));
            return 1;
        }
        test::SandboxProcess sandbox({QStringLiteral("--state"), state});
        if (!sandbox.start(&error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        api::ApiClient client(test::clientConfigFor(sandbox));
        std::printf("OperationLogModel: %d rows of one instance from dbss-sandbox (loopback, no latency)\n",
                    n);
        for (const auto& v : variants) {
            dbss::bench::resetPeakRss();
            const qint64 before = dbss::bench::rssKb();
            auto model = std::make_unique<models::OperationLogModel>(&client);
            const LoadFigures f = load(*model, instanceId, v.pageSize, v.parallel);
            malloc_trim(0);
            const qint64 after = dbss::bench::rssKb();
            std::printf("  load page %4d x%d  %7d rows  %4d requests  first row %5lld ms  all %6lld ms  "
                        "%6.2f us/row  VmHWM %lld kB (+%lld kB while loading), model keeps %lld B/row\n",
                        v.pageSize, v.parallel, f.rows, f.requests, f.firstRowMs, f.allRowsMs,
                        double(f.allRowsMs) * 1000.0 / std::max(1, f.rows), dbss::bench::peakRssKb(),
                        dbss::bench::peakRssKb() - before, (after - before) * 1024 / std::max(1, f.rows));
            if (f.rows != n)
                ++failures;
            if (&v == &variants[std::size(variants) - 1])
                exportCsv(*model, dir.path());
        }
        std::fflush(stdout);
    }
    return failures == 0 ? 0 : 1;
}
