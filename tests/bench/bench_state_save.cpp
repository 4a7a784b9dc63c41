// Cost of one acknowledged write with --state, by size of the state (issue 19: the sandbox used
// to rewrite the whole state file on every change, 348 ms a write at 25 MB).
//   bench_state_save [SEED_ROWS [WRITES]]   defaults 140000 rows (about 25 MB), 40 writes
// Prints `name value unit` lines; DBSS_SANDBOX_BIN picks the sandbox binary (e.g. an older one).
#include "tests/bench/BenchSupport.h"
#include "tests/common/SandboxFixture.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace dbss::test;

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    dbss::bench::defaultSandboxBin();
    const int rows = argc > 1 ? std::atoi(argv[1]) : 140000;
    const int writes = argc > 2 ? std::atoi(argv[2]) : 40;
    QTemporaryDir dir;
    const QString state = dir.filePath(QStringLiteral("state.json"));
    SandboxFixture sb({QStringLiteral("--seed"), QString::number(rows), QStringLiteral("--state"), state});
    QString error;
    if (!sb.process.start(&error, 120000)) { // a million seeded rows take longer than the default
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    sb.client = std::make_unique<SandboxTestClient>(sb.process.url(), sb.process.ak(), sb.process.sk());
    const QString id = sb.instanceId();
    const QString agents = sb.v2(QStringLiteral("/%1/audit/agents").arg(id));
    const QJsonObject agent =
        sb.client->get(agents).json().value(QStringLiteral("agents")).toArray().first().toObject();
    std::vector<double> ms;
    std::vector<double> readMs;
    for (int i = 0; i < writes; ++i) {
        QElapsedTimer t;
        t.start();
        const TestResponse r =
            sb.client->postJson(sb.v1(QStringLiteral("/%1/audit/agent/switch").arg(id)),
                                {{QStringLiteral("agent_id"), agent.value(QStringLiteral("agent_id"))},
                                 {QStringLiteral("status"), i % 2}});
        ms.push_back(t.nsecsElapsed() / 1e6);
        if (r.status != 200) {
            std::fprintf(stderr, "write %d: HTTP %d %s\n", i, r.status, r.body.constData());
            return 1;
        }
        t.restart();
        sb.client->get(sb.v1(QStringLiteral("/dbss/audit/quota")));
        readMs.push_back(t.nsecsElapsed() / 1e6);
    }
    // Start-up on the state just written (version 2 snapshot + journal), until listening.
    sb.process.process().terminate(); // SIGTERM: the journal is folded into the snapshot at exit
    sb.process.process().waitForFinished(120000);
    QElapsedTimer load;
    load.start();
    SandboxProcess again({QStringLiteral("--state"), state});
    if (!again.start(&error, 120000)) {
        std::fprintf(stderr, "restart: %s\n", qPrintable(error));
        return 1;
    }
    const qint64 loadMs = load.elapsed();
    std::sort(ms.begin(), ms.end());
    std::sort(readMs.begin(), readMs.end());
    const auto pct = [](const std::vector<double>& v, double p) {
        return v[size_t(p * double(v.size() - 1))];
    };
    std::printf("state_save_seed_rows %d rows\n", rows);
    std::printf("state_save_file_size %.1f MB\n", double(QFileInfo(state).size()) / 1e6);
    std::printf("state_save_write_p50 %.2f ms\n", pct(ms, 0.5));
    std::printf("state_save_write_p95 %.2f ms\n", pct(ms, 0.95));
    std::printf("state_save_read_p50 %.2f ms\n", pct(readMs, 0.5));
    std::printf("state_load_until_listening %lld ms\n", static_cast<long long>(loadMs));
    return 0;
}
