// The fleet overview at 30 ms service latency: 3 profiles × 3 regions × 40 instances (360
// instances, five list calls each) from one dbss-sandbox run as a fleet (--fleet: 3 accounts with
// their own keys, a project per region, --seed 8000 data = 40 instances per project).
//   bench_fleet            the full size; prints `name value unit` lines
//   bench_fleet --small    3 × 3 × 3 instances, no latency (ctest: keeps it building and working)
// Target (docs/benchmarks.md, "Fleet"): the overview complete within 3 s.

#include "BenchSupport.h"

#include "models/fleet/FleetModel.h"
#include "models/fleet/FleetOverviewModel.h"
#include "tests/common/SandboxProcess.h"
#include "tests/common/TestClient.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

using namespace dbss;

namespace {

const QStringList kRegions{QStringLiteral("cn-north-4"), QStringLiteral("cn-east-3"),
                           QStringLiteral("cn-south-1")};

struct Account {
    QString ak;
    QString sk;
    QStringList projects; // one per region of kRegions
};

QString projectId(int account, int region) {
    return QStringLiteral("%1%2")
        .arg(account, 16, 10, QLatin1Char('0'))
        .arg(region + 1, 16, 10, QLatin1Char('0'));
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    bench::defaultSandboxBin();
    const bool small = app.arguments().contains(QStringLiteral("--small"));
    const int seed = small ? 600 : 8000; // max(3, seed / 200) instances per project
    const int latency = small ? 0 : 30;
    const int perProject = qMax(3, seed / 200);

    // Account 0 is the sandbox's main account (its first region is the main project).
    QList<Account> accounts;
    for (int a = 0; a < 3; ++a) {
        Account acc;
        acc.ak = a == 0 ? QString::fromLatin1(test::SandboxProcess::kAk)
                        : QStringLiteral("BENCHFLEETAK%1").arg(a, 8, 10, QLatin1Char('0'));
        acc.sk = a == 0 ? QString::fromLatin1(test::SandboxProcess::kSk)
                        : QStringLiteral("BenchFleetSecretKey%1").arg(a, 20, 10, QLatin1Char('0'));
        for (int r = 0; r < kRegions.size(); ++r)
            acc.projects << (a == 0 && r == 0 ? QString::fromLatin1(test::SandboxProcess::kProjectId)
                                              : projectId(a, r));
        accounts << acc;
    }
    QJsonArray tenants;
    for (int a = 0; a < accounts.size(); ++a)
        for (int r = 0; r < kRegions.size(); ++r) {
            if (a == 0 && r == 0)
                continue;
            tenants.append(QJsonObject{{QStringLiteral("ak"), accounts[a].ak},
                                       {QStringLiteral("sk"), accounts[a].sk},
                                       {QStringLiteral("project_id"), accounts[a].projects[r]},
                                       {QStringLiteral("region"), kRegions[r]},
                                       {QStringLiteral("seed"), seed}});
        }
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("fleet.json")));
    if (!file.open(QIODevice::WriteOnly))
        return 1;
    file.write(QJsonDocument(QJsonObject{{QStringLiteral("tenants"), tenants}}).toJson());
    file.close();

    test::SandboxProcess sandbox({QStringLiteral("--fleet"), file.fileName(), QStringLiteral("--seed"),
                                  QString::number(seed), QStringLiteral("--latency"),
                                  QString::number(latency)});
    QString error;
    if (!sandbox.start(&error, 60000)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }

    // Each profile names its first region's project; the others are found through IAM.
    QList<fleet::FleetProfile> profiles;
    QHash<QString, api::ClientConfig> configs;
    for (int a = 0; a < accounts.size(); ++a) {
        const QString name = QStringLiteral("account-%1").arg(a + 1);
        profiles.append({name, kRegions});
        api::ClientConfig config = test::clientConfigFor(sandbox);
        config.ak = accounts[a].ak;
        config.sk = accounts[a].sk;
        config.projectId = accounts[a].projects[0];
        configs.insert(name, config);
    }
    auto loader = [configs](const QString& profile, QObject* context,
                            std::function<void(fleet::FleetConfigResult)> done) {
        QTimer::singleShot(0, context, [configs, profile, done] {
            done({true, configs.value(profile), {}});
        });
    };

    fleet::FleetModel model;
    fleet::FleetOverviewModel overview(&model);
    qint64 treeMs = -1;
    QElapsedTimer timer;
    QObject::connect(&model, &fleet::FleetModel::finished, [&] { treeMs = timer.elapsed(); });
    bool done = false;
    QObject::connect(&overview, &fleet::FleetOverviewModel::finished, [&] { done = true; });
    timer.start();
    model.load(profiles, loader);
    if (!bench::waitUntil([&] { return done; }, 120000)) {
        std::fprintf(stderr, "the overview did not finish\n");
        return 1;
    }
    const qint64 overviewMs = timer.elapsed();

    const int expected = accounts.size() * int(kRegions.size()) * perProject;
    const char* size = small ? "fleet_small" : "fleet";
    std::printf("%s_instances %d count\n", size, overview.rowCount());
    std::printf("%s_tree_loaded %lld ms\n", size, treeMs);
    std::printf("%s_overview_complete %lld ms\n", size, overviewMs);
    std::printf("%s_failed_rows %d count\n", size, overview.failedRows());
    std::printf("%s_calls_in_flight_per_client %d count\n", size, overview.maxInFlightPerClient());
    std::printf("%s_peak_rss %.1f MB\n", size, double(bench::peakRssKb()) / 1024.0);
    if (overview.rowCount() != expected || overview.failedRows() != 0) {
        std::fprintf(stderr, "expected %d rows without errors\n", expected);
        return 1;
    }
    return 0;
}
