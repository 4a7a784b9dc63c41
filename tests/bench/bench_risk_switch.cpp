// Figures for switching many risk rules at 20 ms service latency: one SwitchRiskRule request with
// every id (what RiskRulesModel sends) versus one request per id, sequentially and all at once.
//   bench_risk_switch [N ...]     (default 10 100 rules)
// The sandbox has ~10 preset risk rules per instance; the bench copies them in the state file
// to N rules with distinct ids.

#include "BenchState.h"
#include "BenchSupport.h"

#include "models/tables/RiskRulesModel.h"
#include "tests/common/TestClient.h"

#include <QTemporaryDir>

#include <cstdio>

using namespace dbss;

namespace {

constexpr int kLatencyMs = 20;

bool prepareState(const QString& path, int rules, QString* instanceId, QString* error) {
    return bench::seedState(
        path, 600,
        [&](std::vector<sandbox::InstanceRecord>& instances) {
            sandbox::InstanceRecord& first = instances[0];
            const sandbox::Rows preset = first.riskRules;
            if (preset.empty())
                return false;
            first.riskRules.clear();
            for (int i = 0; i < rules; ++i) {
                QJsonObject rule = preset[size_t(i) % preset.size()];
                rule.insert(QStringLiteral("id"), QStringLiteral("bench-rule-%1").arg(i));
                rule.insert(QStringLiteral("name"), QStringLiteral("Bench rule %1").arg(i));
                rule.insert(QStringLiteral("status"), QStringLiteral("OFF"));
                first.riskRules.push_back(rule);
            }
            *instanceId = first.id();
            return !instanceId->isEmpty();
        },
        error);
}

bool allOn(const models::RiskRulesModel& model, bool on) {
    for (const api::RiskRule& r : model.rows())
        if (model.isSwitching(r.id) || (r.status == QLatin1String("ON")) != on)
            return false;
    return true;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    bench::defaultSandboxBin();
    int failures = 0;
    for (int n : bench::sizesFrom(app.arguments(), {10, 100})) {
        QTemporaryDir dir;
        QString instanceId;
        QString error;
        const QString state = dir.filePath(QStringLiteral("state.json"));
        if (!prepareState(state, n, &instanceId, &error)) {
            std::fprintf(stderr, "cannot prepare %d rules: %s\n", n, qPrintable(error));
            return 1;
        }
        test::SandboxProcess sandbox(
            {QStringLiteral("--state"), state, QStringLiteral("--latency"), QString::number(kLatencyMs)});
        if (!sandbox.start(&error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        api::ApiClient client(test::clientConfigFor(sandbox));
        models::RiskRulesModel model(&client);
        model.setInstance(instanceId); // loads the rules
        bench::waitUntil([&] { return !model.isLoading(); }, 30000);
        QStringList ids;
        for (const api::RiskRule& r : model.rows())
            ids << r.id;
        std::printf("RiskRulesModel: switching %lld rules, dbss-sandbox --latency %d\n",
                    qlonglong(ids.size()), kLatencyMs);

        bool on = true;
        const auto measure = [&](const char* what, int requests, const std::function<void()>& send) {
            QElapsedTimer timer;
            timer.start();
            send();
            const bool ok = bench::waitUntil([&] { return allOn(model, on); }, 120000);
            const qint64 ms = timer.elapsed();
            std::printf("  %-28s %5d requests  %6lld ms  %7.2f ms/rule%s\n", what, requests, ms,
                        double(ms) / std::max<qsizetype>(1, ids.size()), ok ? "" : "  FAILED");
            failures += ok ? 0 : 1;
            on = !on;
        };
        measure("batch (one request)", 1, [&] { model.switchRules(ids, on); });
        measure("one by one, sequential", int(ids.size()), [&] {
            for (const QString& id : std::as_const(ids)) {
                model.switchRules({id}, on);
                bench::waitUntil([&] { return !model.isSwitching(id); }, 30000);
            }
        });
        measure("one by one, all at once", int(ids.size()), [&] {
            for (const QString& id : std::as_const(ids))
                model.switchRules({id}, on);
        });
        std::fflush(stdout);
    }
    return failures == 0 ? 0 : 1;
}
