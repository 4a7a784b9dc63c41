// Figures for the sandbox's operation-log store (issue 11): milliseconds per page request at N rows
// of one instance, without and with a time window and with filters, in-process (OperationLogStore)
// and over HTTP (a real dbss-sandbox on a state file holding the N rows); the time to load such a
// state file; the start-up time of `dbss-sandbox --seed 1000000`.
//   bench_sandbox_oplog [N ...]     (default 20000 1000000)
// Prints `name value unit` lines.

#include "BenchState.h"
#include "BenchSupport.h"

#include "sandbox/store/OperationLogLines.h"
#include "sandbox/store/OperationLogStore.h"
#include "tests/common/SandboxTestClient.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <cstdio>

using namespace dbss;
using sandbox::OperationLogStore;

namespace {

constexpr qint64 kNow = 1'767'225'600; // 2026-01-01 00:00:00 UTC: the rows' times are fixed
constexpr qint64 kSpan = 30 * 86400;   // spread over 30 days, oldest first

void print(const char* name, int rows, double value, const char* unit) {
    std::printf("%s_%d %.3f %s\n", name, rows, value, unit);
    std::fflush(stdout);
}

const char* const kUsers[] = {"admin", "dba-ops", "auditor"};
const char* const kActions[] = {"Create", "Update", "Update", "Delete", "DOWNLOAD"};

sandbox::OperationLogEntry entry(int i, int rows) {
    return {QStringLiteral("row%1").arg(i, 16, 10, QChar(u'0')),
            QLatin1String(kUsers[i % 3]),
            kNow - kSpan + qint64(i) * kSpan / rows,
            QStringLiteral("Database list"),
            QLatin1String(kActions[i % 5]),
            QStringLiteral("db%1").arg(i % 7),
            QStringLiteral("Open the audit agent."),
            i % 20 == 0 ? QStringLiteral("fail") : QStringLiteral("success")};
}

// A page as the sandbox answers it: the rows' indices, then their JSON text.
void page(const OperationLogStore& store, const OperationLogStore::Query& q) {
    QByteArray text;
    store.writeRowsJson(store.query(q), &text);
}

// Average ms of `fn` over `n` calls.
template <class Fn> double msPer(int n, Fn fn) {
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < n; ++i)
        fn(i);
    return double(t.nsecsElapsed()) / 1e6 / n;
}

void inProcess(int rows) {
    QElapsedTimer t;
    t.start();
    OperationLogStore store;
    for (int i = 0; i < rows; ++i)
        store.append(entry(i, rows));
    print("store_append_all", rows, double(t.elapsed()), "ms");
    const int pages = qMax(1, rows / 1000);
    OperationLogStore::Query q;
    q.limit = 1000;
    print("store_page1000_nowindow", rows,
          msPer(50,
                [&](int i) {
                    q.offset = qsizetype(i % pages) * 1000;
                    page(store, q);
                }),
          "ms");
    q.from = kNow - kSpan / 2;
    q.to = kNow - kSpan / 4;
    print("store_page1000_window", rows,
          msPer(50,
                [&](int i) {
                    q.offset = qsizetype(i % qMax(1, pages / 4)) * 1000;
                    page(store, q);
                }),
          "ms");
    q.user = QStringLiteral("auditor");
    q.action = QStringLiteral("update");
    q.offset = 0;
    print("store_page1000_window_user_action", rows, msPer(20, [&](int) { page(store, q); }), "ms");
    t.restart();
    const QJsonArray json = store.toJson();
    print("store_tojson", rows, double(t.elapsed()), "ms");
    t.restart();
    const OperationLogStore back = OperationLogStore::fromJson(json);
    print("store_fromjson", rows, double(t.elapsed()), "ms");
    if (back.size() != store.size())
        std::printf("store_fromjson_%d MISMATCH\n", rows);
    // The state file's form (version 2): string table + one line per row.
    t.restart();
    QByteArray lines;
    sandbox::OperationLogLines::writeRows(store, &lines);
    print("store_write_lines", rows, double(t.elapsed()), "ms");
    t.restart();
    OperationLogStore loaded;
    QString error;
    sandbox::OperationLogLines reader(&loaded, sandbox::OperationLogLines::stringTable(store), &error);
    qsizetype from = 0;
    while (from < lines.size()) {
        const qsizetype nl = lines.indexOf('\n', from);
        if (!reader.addRow(QByteArrayView(lines).sliced(from, nl - from), &error))
            break;
        from = nl + 1;
    }
    reader.finish();
    print("store_read_lines", rows, double(t.elapsed()), "ms");
    if (loaded.size() != store.size())
        std::printf("store_read_lines_%d MISMATCH %s\n", rows, qPrintable(error));
}

bool overHttp(int rows, const QString& dir) {
    QString error;
    QString instanceId;
    const QString path = dir + QStringLiteral("/state-%1.json").arg(rows);
    if (!bench::seedState(
            path, 10,
            [&](std::vector<sandbox::InstanceRecord>& instances) {
                for (sandbox::InstanceRecord& inst : instances)
                    inst.operateLog.clear();
                for (int i = 0; i < rows; ++i)
                    instances[0].operateLog.append(entry(i, rows));
                instanceId = instances[0].id();
                return true;
            },
            &error)) {
        std::fprintf(stderr, "state: %s\n", qPrintable(error));
        return false;
    }
    print("state_file_size", rows, bench::mb(QFileInfo(path).size()), "MB");

    QElapsedTimer t;
    t.start();
    test::SandboxProcess sandbox({QStringLiteral("--state"), path});
    if (!sandbox.start(&error, 120000)) {
        std::fprintf(stderr, "sandbox: %s\n", qPrintable(error));
        return false;
    }
    print("sandbox_load_state", rows, double(t.elapsed()), "ms");
    test::SandboxTestClient client(sandbox.url(), sandbox.ak(), sandbox.sk());
    const QString logPath =
        QStringLiteral("/v1/%1/%2/dbss/audit/operate-log").arg(sandbox.projectId(), instanceId);
    const int pages = qMax(1, rows / 1000);
    bool ok = true;
    print("http_page1000_nowindow", rows,
          msPer(20,
                [&](int i) {
                    ok &= client
                              .postJson(logPath,
                                        {{"page", QString::number(1 + i * 37 % pages)}, {"size", "1000"}})
                              .status == 200;
                }),
          "ms");
    const QJsonObject window{{"start_time", OperationLogStore::formatTime(kNow - kSpan)},
                             {"end_time", OperationLogStore::formatTime(kNow)}};
    print("http_page1000_window", rows,
          msPer(20,
                [&](int i) {
                    ok &= client
                              .postJson(logPath, {{"time", window},
                                                  {"page", QString::number(1 + i * 37 % pages)},
                                                  {"size", "1000"}})
                              .status == 200;
                }),
          "ms");
    print("http_page100_window_action", rows,
          msPer(20,
                [&](int i) {
                    ok &= client
                              .postJson(
                                  logPath,
                                  {{"time", window}, {"action", "UPDATE"}, {"page", 1 + i}, {"size", 100}})
                              .status == 200;
                }),
          "ms");
    return ok;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    bench::defaultSandboxBin();
    const QList<int> sizes = bench::sizesFrom(app.arguments(), {20000, 1000000});
    QTemporaryDir dir;
    bool ok = dir.isValid();
    for (int rows : sizes) {
        inProcess(rows);
        ok &= overHttp(rows, dir.path());
    }
    // Start-up with a seeded account of a million log rows (spread over 500 instances).
    const int seed = sizes.contains(1000000) ? 1000000 : sizes.constLast();
    QElapsedTimer t;
    t.start();
    test::SandboxProcess seeded({QStringLiteral("--seed"), QString::number(seed)});
    QString error;
    if (!seeded.start(&error, 120000)) {
        std::fprintf(stderr, "seed: %s\n", qPrintable(error));
        return 1;
    }
    print("sandbox_start_seed", seed, double(t.elapsed()), "ms");
    return ok ? 0 : 1;
}
