// `dbssctl oplog list --json` against dbss-sandbox --latency 30 versus what the official SDKs do
// (page after page, 1000 rows each, sequentially), same sandbox, same run, rows compared by id;
// then the same with a --from/--to window covering every row; medians of 3 alternating runs up to
// 200 000 rows, with the CPU time of dbssctl and of the sandbox while it ran. Prints `name value unit`.
//   bench_dbssctl [--small] [N ...]   (default 100000; --small: 3000, for ctest)
// The sandbox's --seed N spreads N rows over N/200 instances; the bench gathers them into the first.

#include "BenchState.h"
#include "BenchSupport.h"

#include "models/api/ApiClient.h"
#include "models/api/OperationLogs.h"
#include "models/api/ParseReply.h"
#include "tests/common/TestClient.h"

#include <QDateTime>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>

using namespace dbss;

namespace {

bool prepareState(const QString& path, int rows, QString* instanceId, QString* error) {
    return bench::seedState(
        path, rows,
        [&](std::vector<sandbox::InstanceRecord>& instances) {
            std::vector<QJsonObject> log;
            log.reserve(size_t(rows));
            for (sandbox::InstanceRecord& inst : instances) {
                for (qsizetype i = 0; i < inst.operateLog.size(); ++i)
                    log.push_back(inst.operateLog.row(i));
                inst.operateLog.clear();
            }
            std::stable_sort(log.begin(), log.end(), [](const QJsonObject& a, const QJsonObject& b) {
                return a.value(QStringLiteral("time")).toString() <
                       b.value(QStringLiteral("time")).toString();
            });
            QJsonArray merged;
            for (const QJsonObject& row : log)
                merged.append(row);
            instances[0].operateLog = sandbox::OperationLogStore::fromJson(merged);
            *instanceId = instances[0].id();
            return merged.size() == rows && !instanceId->isEmpty();
        },
        error);
}

// The SDK way: page 1, 2, ... of 1000 rows, each request after the previous answer.
QStringList sequentialIds(api::ApiClient& client, const QString& instance, api::OperationLogQuery q,
                          QString* error) {
    QStringList ids;
    q.size = 1000;
    for (q.page = 1;; ++q.page) {
        api::ApiReply* reply = client.send(api::listOperationLogs(instance, q));
        bench::waitUntil([&] { return reply->isFinished(); }, 600000);
        api::ListOperationLogsResponse page;
        api::ApiError e;
        const bool ok = api::parseReply(*reply, &page, &e);
        reply->deleteLater();
        if (!ok) {
            *error = e.userMessage();
            return {};
        }
        for (const api::OperationLog& l : std::as_const(page.operateLog))
            ids << l.id;
        if (page.operateLog.size() < q.size || ids.size() >= page.totalNum)
            return ids;
    }
}

// dbssctl as a user runs it; its stdout (the JSON array) read back for the ids. *ms: from the start
// of the process to its end (reading the 28 MB of output back is the bench's work, not dbssctl's).
QStringList dbssctlIds(const test::SandboxProcess& sandbox, const QString& instance, const QStringList& extra,
                       const QString& outPath, qint64* ms, QString* error) {
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DBSS_AK"), sandbox.ak());
    env.insert(QStringLiteral("DBSS_SK"), sandbox.sk());
    p.setProcessEnvironment(env);
    p.setStandardOutputFile(outPath);
    const QString bin = qEnvironmentVariableIsEmpty("DBSSCTL_BIN")
                            ? QCoreApplication::applicationDirPath() + QStringLiteral("/../bin/dbssctl")
                            : qEnvironmentVariable("DBSSCTL_BIN");
    QElapsedTimer timer;
    timer.start();
    p.start(bin, QStringList{QStringLiteral("--endpoint"), sandbox.url().toString(),
                             QStringLiteral("--project-id"), sandbox.projectId(), QStringLiteral("--json"),
                             QStringLiteral("oplog"), QStringLiteral("list"), QStringLiteral("--instance"),
                             instance} +
                     extra);
    const bool finished = p.waitForFinished(3600000);
    *ms = std::max<qint64>(1, timer.elapsed());
    if (!finished || p.exitCode() != 0) {
        *error = QString::fromUtf8(p.readAllStandardError());
        return {};
    }
    QFile f(outPath);
    f.open(QIODevice::ReadOnly);
    QStringList ids;
    for (const QJsonValue& v : QJsonDocument::fromJson(f.readAll()).array())
        ids << v[QLatin1String("id")].toString();
    return ids;
}

qint64 median(std::vector<qint64> v) {
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

// User + system CPU of a running process, from /proc (Linux).
qint64 cpuMsOf(qint64 pid) {
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray stat = f.readAll();
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return 0;
    return (fields[11].toLongLong() + fields[12].toLongLong()) * 1000 / sysconf(_SC_CLK_TCK);
}

// User + system CPU of the finished children (dbssctl), cumulative.
qint64 childrenCpuMs() {
    rusage u{};
    getrusage(RUSAGE_CHILDREN, &u);
    return (qint64(u.ru_utime.tv_sec) + u.ru_stime.tv_sec) * 1000 +
           (u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1000;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    bench::defaultSandboxBin();
    QStringList args = app.arguments();
    const bool small = args.removeAll(QStringLiteral("--small")) > 0;
    const QList<int> sizes = bench::sizesFrom(args, small ? QList<int>{3000} : QList<int>{100000});
    const int maxRepeats = small ? 1 : 3;
    std::printf("# bench_dbssctl on %d cores, dbss-sandbox --latency 30\n", QThread::idealThreadCount());
    QList<double> perRow;
    for (int n : sizes) {
        QTemporaryDir dir;
        QString instance, error;
        const QString state = dir.filePath(QStringLiteral("state.json"));
        if (!prepareState(state, n, &instance, &error)) {
            std::fprintf(stderr, "cannot prepare %d rows: %s\n", n, qPrintable(error));
            return 1;
        }
        const int repeats = n > 200000 ? 1 : maxRepeats;
        test::SandboxProcess sandbox(
            {QStringLiteral("--state"), state, QStringLiteral("--latency"), QStringLiteral("30")});
        if (!sandbox.start(&error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        api::ApiClient client(test::clientConfigFor(sandbox));
        const QString format = QStringLiteral("yyyy-MM-dd HH:mm:ss");
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QString from = now.addDays(-40).toString(format), to = now.addDays(1).toString(format);
        const struct {
            const char* name;
            QStringList flags;
        } variants[] = {{"all", {}},
                        {"window", {QStringLiteral("--from"), from, QStringLiteral("--to"), to}}};
        for (const auto& v : variants) {
            api::OperationLogQuery q;
            if (!v.flags.isEmpty()) {
                q.startTime = from;
                q.endTime = to;
            }
            // Alternating runs, medians: on a shared machine one run's ratio mostly measures the load.
            std::vector<qint64> sdkMs, ctlMs, sandboxCpuMs, ctlCpuMs;
            QStringList sdk, ctl;
            for (int run = 0; run < repeats; ++run) {
                QElapsedTimer timer;
                timer.start();
                sdk = sequentialIds(client, instance, q, &error);
                sdkMs.push_back(std::max<qint64>(1, timer.elapsed()));
                const qint64 sandboxCpu = cpuMsOf(sandbox.process().processId());
                const qint64 childrenCpu = childrenCpuMs();
                qint64 ms = 0;
                ctl = dbssctlIds(sandbox, instance, v.flags, dir.filePath(QStringLiteral("out.json")), &ms,
                                 &error);
                ctlMs.push_back(ms);
                ctlCpuMs.push_back(childrenCpuMs() - childrenCpu);
                sandboxCpuMs.push_back(cpuMsOf(sandbox.process().processId()) - sandboxCpu);
                if (sdk.isEmpty() || ctl.isEmpty()) {
                    std::fprintf(stderr, "%s failed: %s\n", v.name, qPrintable(error));
                    return 1;
                }
            }
            const qint64 ctlMedian = median(ctlMs), sdkMedian = median(sdkMs);
            std::printf("dbssctl_oplog_json_%s_%d %lld ms\n", v.name, n, static_cast<long long>(ctlMedian));
            std::printf("sdk_sequential_1000_%s_%d %lld ms\n", v.name, n, static_cast<long long>(sdkMedian));
            std::printf("dbssctl_speedup_%s_%d %.2f x\n", v.name, n, double(sdkMedian) / double(ctlMedian));
            std::printf("dbssctl_rows_identical_%s_%d %d bool\n", v.name, n, ctl == sdk ? 1 : 0);
            std::printf("dbssctl_per_row_%s_%d %.3f us\n", v.name, n, double(ctlMedian) * 1000.0 / n);
            // CPU, which the load does not inflate: dbssctl's own, and the sandbox's while dbssctl ran.
            std::printf("dbssctl_cpu_%s_%d %lld ms\n", v.name, n, static_cast<long long>(median(ctlCpuMs)));
            std::printf("sandbox_cpu_during_dbssctl_%s_%d %lld ms\n", v.name, n,
                        static_cast<long long>(median(sandboxCpuMs)));
            std::printf("dbssctl_runs_%s_%d %d runs\n", v.name, n, repeats);
            std::fflush(stdout);
            if (ctl != sdk)
                return 1;
            const qint64 ctlMsMedian = ctlMedian;
            if (&v == &variants[0])
                perRow << double(ctlMsMedian) / n;
        }
    }
    if (perRow.size() >= 2)
        std::printf("dbssctl_linearity_%d_vs_%d %.2f x\n", sizes.last(), sizes.first(),
                    perRow.last() / perRow.first());
    return 0;
}
